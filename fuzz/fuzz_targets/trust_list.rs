//! Trust lists: signature check against the pinned operator key, and the list reader itself
//! (which the signature check would otherwise shield from most mutations).
#![no_main]
use keurmerk::intake::json;
use keurmerk::trust::{self, list, TrustStore};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let now = keurmerk_fuzz::now();
    if let Ok(anchor) = trust::anchor(&keurmerk_fuzz::operator_anchor()) {
        let store = TrustStore::load(&[data.to_vec()], &[anchor]);
        assert_eq!(store.lists.len() + store.rejected.len(), 1);
        let _ = store.vouches_for("did:web:badges.roc-voorbeeldstad.example", now);
    }
    if let Ok(Value::Object(doc)) = json::parse(data) {
        if let Ok(l) = list::parse(&doc) {
            for e in &l.entities {
                let _ = (e.status_at(now), e.name("nl"), e.is("did:example:x"));
            }
        }
    }
});
