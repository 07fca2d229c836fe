//! Issuer trust lists: signed lists verify against pinned operator keys; tampering, wrong anchors,
//! staleness, rollback, several lists, status history at the issue date, keys pinned for did:web
//! issuers, accreditation scope, and names from the list. Natively and in wasm.
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::*;
use keurmerk::sign::{sign_eddsa_jcs_2022, IssuerKey};
use keurmerk::{Config, Outcome, Report, Timestamp, Verifier};
use serde_json::{json, Value};

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

fn operator(n: u8) -> IssuerKey {
    IssuerKey::from_seed(&[n; 32])
}

fn own_key(name: &str) -> IssuerKey {
    IssuerKey::from_key_file(file(&format!("own/keys/{name}.key.json"))).unwrap()
}

fn at(s: &str) -> Timestamp {
    Timestamp::parse(s).unwrap().0
}

/// An unsigned list by `op` vouching for `entities`.
fn list(op: &IssuerKey, sequence: u64, entities: Value) -> Value {
    json!({
        "type": "KeurmerkTrustList",
        "schemeInformation": {
            "sequenceNumber": sequence,
            "issued": "2026-11-01T00:00:00Z",
            "nextUpdate": "2027-05-01T00:00:00Z",
            "operator": { "id": op.did_key(), "name": { "en": "Demo registry", "nl": "Demoregister" }, "country": "NL" },
            "name": { "en": "Dutch micro-credential issuers (test)" }
        },
        "trustedEntities": entities
    })
}

fn entity(id: &str, history: Value) -> Value {
    json!({ "id": id, "name": { "nl": "ROC Voorbeeldstad", "en": "ROC Voorbeeldstad (Regional Training Centre)" },
            "country": "NL", "homepage": "https://roc-voorbeeldstad.example", "statusHistory": history })
}

fn granted() -> Value {
    json!([{ "status": "granted", "from": "2024-01-01T00:00:00Z" }])
}

fn signed(op: &IssuerKey, unsigned: &Value) -> Vec<u8> {
    let doc = sign_eddsa_jcs_2022(
        unsigned.as_object().unwrap().clone(),
        op,
        &op.did_key_vm(),
        at("2026-11-01T00:00:00Z"),
    );
    serde_json::to_vec(&Value::Object(doc)).unwrap()
}

fn verifier(lists: Vec<Vec<u8>>, anchors: &[&IssuerKey]) -> Verifier {
    Verifier::new(Config {
        trust_lists: lists,
        trust_anchors: anchors.iter().map(|k| k.public_multibase()).collect(),
        ..Config::default()
    })
    .unwrap()
}

fn trust_codes(r: &Report) -> Vec<&'static str> {
    r.checks
        .iter()
        .filter(|c| c.id == keurmerk::CheckId::Trust)
        .map(|c| c.code.as_str())
        .collect()
}

fn issuer_did() -> String {
    own_key("issuer").did_key()
}

#[test]
fn a_signed_list_makes_a_listed_issuer_verified_with_its_name() {
    let op = operator(1);
    let l = signed(
        &op,
        &list(&op, 1, json!([entity(&issuer_did(), granted())])),
    );
    let r = verifier(vec![l], &[&op]).verify(file("own/jcs-valid.json"), now());
    assert_eq!(r.verdict.as_str(), "verified", "{:?}", r.checks);
    assert_eq!(trust_codes(&r), vec!["trust_vouched"]);
    let i = r.issuer.as_ref().unwrap();
    assert_eq!(
        i.name.as_deref(),
        Some("ROC Voorbeeldstad (Regional Training Centre)")
    );
    assert_eq!(i.name_source.as_deref(), Some("trust_list"));
    assert_eq!(
        i.self_asserted_name.as_deref(),
        Some("ROC Voorbeeldstad (fictief)")
    );
    assert_eq!(i.country.as_deref(), Some("NL"));
    assert_eq!(i.trusted_by[0].operator, op.did_key());
    assert_eq!(
        i.trusted_by[0].list,
        "Dutch micro-credential issuers (test)"
    );
    // the same list in Dutch
    let nl = Verifier::new(Config {
        trust_lists: vec![signed(
            &op,
            &list(&op, 1, json!([entity(&issuer_did(), granted())])),
        )],
        trust_anchors: vec![op.public_multibase()],
        lang: Some("nl".into()),
        ..Config::default()
    })
    .unwrap();
    assert_eq!(
        nl.verify(file("own/jcs-valid.json"), now())
            .issuer
            .unwrap()
            .name
            .as_deref(),
        Some("ROC Voorbeeldstad")
    );
}

#[test]
fn every_tampering_of_the_list_is_caught() {
    let op = operator(1);
    let good: Value = serde_json::from_slice(&signed(
        &op,
        &list(&op, 3, json!([entity("did:example:other", granted())])),
    ))
    .unwrap();
    let mut added = good.clone();
    added["trustedEntities"]
        .as_array_mut()
        .unwrap()
        .push(entity(&issuer_did(), granted()));
    let mut level = good.clone();
    level["trustedEntities"][0]["accreditations"] = json!([{ "framework": "EQF", "levels": [8] }]);
    let mut sequence = good.clone();
    sequence["schemeInformation"]["sequenceNumber"] = json!(99);
    for (what, forged) in [
        ("entity added", added),
        ("level changed", level),
        ("sequence changed", sequence),
    ] {
        let r = verifier(vec![serde_json::to_vec(&forged).unwrap()], &[&op])
            .verify(file("own/jcs-valid.json"), now());
        assert_eq!(r.verdict.as_str(), "issuer_unknown", "{what}");
        let rejected = r
            .checks
            .iter()
            .find(|c| c.code.as_str() == "trust_list_rejected")
            .unwrap_or_else(|| panic!("{what}"));
        assert_eq!(rejected.outcome, Outcome::Warn);
        assert!(
            rejected.detail.contains("changed after signing"),
            "{what}: {}",
            rejected.detail
        );
    }
}

#[test]
fn a_list_signed_by_a_key_that_is_not_an_anchor_is_not_used() {
    let (op, other) = (operator(1), operator(2));
    let l = signed(
        &op,
        &list(&op, 1, json!([entity(&issuer_did(), granted())])),
    );
    let r = verifier(vec![l.clone()], &[&other]).verify(file("own/jcs-valid.json"), now());
    assert_eq!(r.verdict.as_str(), "issuer_unknown");
    assert!(trust_codes(&r).contains(&"trust_list_rejected"));
    // no anchor at all
    let r = verifier(vec![l], &[]).verify(file("own/jcs-valid.json"), now());
    assert_eq!(r.verdict.as_str(), "issuer_unknown");
    // an anchored key that signs a list naming another operator
    let lying = signed(
        &other,
        &list(&op, 1, json!([entity(&issuer_did(), granted())])),
    );
    let r = verifier(vec![lying], &[&other]).verify(file("own/jcs-valid.json"), now());
    assert_eq!(r.verdict.as_str(), "issuer_unknown");
}

#[test]
fn a_stale_list_warns_and_a_rollback_is_refused() {
    let op = operator(1);
    let l = signed(
        &op,
        &list(&op, 1, json!([entity(&issuer_did(), granted())])),
    );
    let r = verifier(vec![l.clone()], &[&op])
        .verify(file("own/jcs-valid.json"), at("2027-06-01T00:00:00Z"));
    assert_eq!(r.verdict.as_str(), "verified");
    assert!(trust_codes(&r).contains(&"trust_list_stale"));
    // sequence 2 of the same operator no longer lists the issuer: sequence 1 is a rollback
    let newer = signed(
        &op,
        &list(
            &op,
            2,
            json!([entity("did:example:someone-else", granted())]),
        ),
    );
    let r = verifier(vec![l, newer], &[&op]).verify(file("own/jcs-valid.json"), now());
    assert_eq!(r.verdict.as_str(), "issuer_unknown");
    let rollback = r
        .checks
        .iter()
        .find(|c| c.code.as_str() == "trust_list_rejected")
        .unwrap();
    assert!(rollback.detail.contains("rollback"), "{}", rollback.detail);
    assert!(trust_codes(&r).contains(&"trust_issuer_not_listed"));
}

#[test]
fn of_two_lists_the_one_that_vouches_is_named() {
    let (a, b) = (operator(1), operator(2));
    let la = signed(
        &a,
        &list(
            &a,
            1,
            json!([entity("did:example:someone-else", granted())]),
        ),
    );
    let lb = signed(&b, &list(&b, 5, json!([entity(&issuer_did(), granted())])));
    let r = verifier(vec![la, lb], &[&a, &b]).verify(file("own/jcs-valid.json"), now());
    assert_eq!(r.verdict.as_str(), "verified");
    let by = &r.issuer.unwrap().trusted_by;
    assert_eq!(by.len(), 1);
    assert_eq!(by[0].operator, b.did_key());
    assert_eq!(by[0].sequence, 5);
}

#[test]
fn status_history_is_applied_at_the_issue_date() {
    let op = operator(1);
    // the credential's validFrom is 2026-06-30
    let withdrawn_after = json!([{ "status": "granted", "from": "2024-01-01T00:00:00Z" }, { "status": "withdrawn", "from": "2026-09-01T00:00:00Z" }]);
    let r = verifier(
        vec![signed(
            &op,
            &list(&op, 1, json!([entity(&issuer_did(), withdrawn_after)])),
        )],
        &[&op],
    )
    .verify(file("own/jcs-valid.json"), now());
    assert_eq!(
        r.verdict.as_str(),
        "verified",
        "issued while granted: stays trusted"
    );
    let withdrawn_before = json!([{ "status": "granted", "from": "2024-01-01T00:00:00Z" }, { "status": "withdrawn", "from": "2026-01-01T00:00:00Z" }]);
    let r = verifier(
        vec![signed(
            &op,
            &list(&op, 1, json!([entity(&issuer_did(), withdrawn_before)])),
        )],
        &[&op],
    )
    .verify(file("own/jcs-valid.json"), now());
    assert_eq!(r.verdict.as_str(), "issuer_unknown");
    assert!(trust_codes(&r).contains(&"trust_issuer_not_granted"));
    let suspended = json!([{ "status": "granted", "from": "2024-01-01T00:00:00Z" }, { "status": "suspended", "from": "2026-06-01T00:00:00Z" }, { "status": "granted", "from": "2026-08-01T00:00:00Z" }]);
    let r = verifier(
        vec![signed(
            &op,
            &list(&op, 1, json!([entity(&issuer_did(), suspended)])),
        )],
        &[&op],
    )
    .verify(file("own/jcs-valid.json"), now());
    assert_eq!(
        r.verdict.as_str(),
        "issuer_unknown",
        "issued during a suspension"
    );
}

#[test]
fn a_did_web_issuer_pinned_by_the_list_verifies_offline() {
    let op = operator(1);
    let web = own_key("did-web-issuer");
    let did = "did:web:badges.roc-voorbeeldstad.example";
    let mut e = entity(did, granted());
    e["keys"] =
        json!([{ "id": format!("{did}#key-1"), "publicKeyMultibase": web.public_multibase() }]);
    let r = verifier(vec![signed(&op, &list(&op, 1, json!([e])))], &[&op])
        .verify(file("own/jcs-did-web-no-document.json"), now());
    assert_eq!(r.verdict.as_str(), "verified", "{:?}", r.checks);
    // a pinned key that is not the signer's
    let mut wrong = entity(did, granted());
    wrong["keys"] = json!([{ "id": format!("{did}#key-1"), "publicKeyMultibase": operator(9).public_multibase() }]);
    let r = verifier(vec![signed(&op, &list(&op, 1, json!([wrong])))], &[&op])
        .verify(file("own/jcs-did-web-no-document.json"), now());
    assert_eq!(r.verdict.as_str(), "invalid");
}

#[test]
fn a_level_outside_the_accreditation_is_a_warning() {
    let op = operator(1);
    let issuer = own_key("issuer");
    let mut doc = json("own/templates/ob3-mbo.json");
    doc["credentialSubject"]["achievement"]["alignment"] = json!([{ "type": ["Alignment"], "targetType": "ext:EQFLevel",
        "targetName": "EQF 6", "targetUrl": "https://europa.eu/europass/en/description-eight-eqf-levels", "targetCode": "6" }]);
    keurmerk::sign::set_issuer(doc.as_object_mut().unwrap(), &issuer.did_key());
    let cred = sign_eddsa_jcs_2022(
        doc.as_object().unwrap().clone(),
        &issuer,
        &issuer.did_key_vm(),
        at("2026-07-01T00:00:00Z"),
    );
    let bytes = serde_json::to_vec(&Value::Object(cred)).unwrap();
    let mut e = entity(&issuer.did_key(), granted());
    e["accreditations"] = json!([{ "framework": "EQF", "levels": [3, 4], "body": "NVAO", "validFrom": "2024-01-01T00:00:00Z" }]);
    let r = verifier(vec![signed(&op, &list(&op, 1, json!([e.clone()])))], &[&op])
        .verify(&bytes, now());
    assert_eq!(r.verdict.as_str(), "verified");
    let w = r
        .checks
        .iter()
        .find(|c| c.code.as_str() == "trust_level_outside_accreditation")
        .unwrap();
    assert_eq!(w.outcome, Outcome::Warn);
    e["accreditations"][0]["levels"] = json!([5, 6]);
    let r = verifier(vec![signed(&op, &list(&op, 1, json!([e])))], &[&op]).verify(&bytes, now());
    assert!(!trust_codes(&r).contains(&"trust_level_outside_accreditation"));
}

#[test]
fn a_forged_credential_naming_a_listed_issuer_gets_nothing_from_the_list() {
    let op = operator(1);
    let l = signed(
        &op,
        &list(&op, 1, json!([entity(&issuer_did(), granted())])),
    );
    let v = verifier(vec![l], &[&op]);
    for forged in [
        "own/jcs-tampered-achievement.json",
        "own/jcs-signed-by-other-key.json",
        "own/jwt-embedded-attacker-jwk.jwt",
    ] {
        let r = v.verify(file(forged), now());
        // A key carried by the token itself: nothing shows whose it is (indeterminate), never verified.
        let want = if forged.contains("jwk") {
            "indeterminate"
        } else {
            "invalid"
        };
        assert_eq!(r.verdict.as_str(), want, "{forged}");
        assert_eq!(trust_codes(&r), vec!["not_reached"], "{forged}");
        let i = r.issuer.unwrap();
        assert_ne!(i.name_source.as_deref(), Some("trust_list"), "{forged}");
        assert!(i.trusted_by.is_empty());
    }
}

#[test]
fn misconfigured_anchors_are_misuse() {
    let bad = Verifier::new(Config {
        trust_anchors: vec!["not-a-key".into()],
        ..Config::default()
    });
    assert!(bad.is_err());
}
