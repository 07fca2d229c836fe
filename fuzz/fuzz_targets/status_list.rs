//! Status lists: as a status-list credential behind a revoked credential's entry (signature,
//! purpose, GZIP within its limit, bit lookup), as a bare `encodedList` or GZIP member, and as a
//! Token Status List (`{bits, lst}` ZLIB within its limit, least-significant-bit lookup), bare or
//! inside a Status List Token's payload.
#![no_main]
use keurmerk::status::{decode_list, entry_value, gzip, token_status_list};
use keurmerk::{Config, Document, Verifier};
use libfuzzer_sys::fuzz_target;

fn token_status_list(list: &serde_json::Map<String, serde_json::Value>) {
    let list = match list.get("status_list") {
        Some(serde_json::Value::Object(inner)) => inner,
        _ => list,
    };
    if let Ok(l) = token_status_list::decode(list) {
        for idx in [0, 7, l.len().saturating_sub(1), l.len(), u64::MAX] {
            let _ = l.value_at(idx);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(serde_json::Value::Object(m)) = serde_json::from_slice(data) {
        token_status_list(&m);
    }
    if let Some(serde_json::Value::String(token)) = token_status_list::document(data) {
        if let Ok(jws) = keurmerk::intake::jws::decode(&token) {
            token_status_list(&jws.payload);
        }
        return;
    }
    if data.trim_ascii_start().first() == Some(&b'{') {
        let config = Config {
            documents: vec![Document {
                url: Some(format!(
                    "{}/status-list-revocation.json",
                    keurmerk_fuzz::STATUS_BASE
                )),
                bytes: data.to_vec(),
            }],
            ..Config::default()
        };
        if let Ok(v) = Verifier::new(config) {
            let r = v.verify(keurmerk_fuzz::REVOKED_CREDENTIAL, keurmerk_fuzz::now());
            assert_ne!(r.verdict.as_str(), "verified", "no trust list is loaded");
        }
        return;
    }
    let bits = match std::str::from_utf8(data) {
        Ok(text) => decode_list(text.trim()),
        Err(_) => gzip::gunzip(data, keurmerk::limits::MAX_STATUS_LIST_BYTES),
    };
    if let Ok(bits) = bits {
        for (index, size) in [(0, 1), (7, 1), (u64::MAX / 8, 8), (3, 2), (1 << 40, 1)] {
            let _ = entry_value(&bits, index, size);
        }
    }
});
