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

/// The check of `r` with `code`.
fn check_with<'r>(r: &'r Report, code: &str) -> &'r keurmerk::Check {
    r.checks
        .iter()
        .find(|c| c.code.as_str() == code)
        .unwrap_or_else(|| panic!("a {code} check"))
}

/// The check that says a trust list was not used.
fn rejected(r: &Report) -> &keurmerk::Check {
    check_with(r, "trust_list_rejected")
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
        let check = rejected(&r);
        assert_eq!(check.outcome, Outcome::Warn);
        assert_eq!(check.line(), Some("trust_list_numbered"), "{what}");
        assert_eq!(
            check
                .facts
                .as_ref()
                .and_then(|f| f.then.as_ref())
                .map(|t| t.line),
            Some("trust_list_changed"),
            "{what}: {}",
            check.detail
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
    let rollback = rejected(&r);
    assert_eq!(
        rollback.line(),
        Some("trust_list_rollback"),
        "{}",
        rollback.detail
    );
    assert!(trust_codes(&r).contains(&"trust_issuer_not_listed"));
}

#[test]
fn two_different_lists_of_one_operator_with_one_sequence_number_are_not_both_used() {
    let op = operator(1);
    let l = signed(
        &op,
        &list(
            &op,
            1,
            json!([entity("did:example:someone-else", granted())]),
        ),
    );
    let other = signed(
        &op,
        &list(&op, 1, json!([entity(&issuer_did(), granted())])),
    );
    // the same list twice is one list, silently
    let r = verifier(vec![l.clone(), l.clone()], &[&op]).verify(file("own/jcs-valid.json"), now());
    assert!(!trust_codes(&r).contains(&"trust_list_rejected"));
    // a second, different list under the same number is refused, and said so
    let r = verifier(vec![l, other], &[&op]).verify(file("own/jcs-valid.json"), now());
    assert_eq!(r.verdict.as_str(), "issuer_unknown");
    let refused = rejected(&r);
    assert_eq!(
        refused.line(),
        Some("trust_list_same_sequence"),
        "{}",
        refused.detail
    );
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

/// The MBO template signed (eddsa-jcs-2022) by the own test issuer, stating `EQF level` and, if
/// given, the achievement's `id`.
fn mbo_credential_at_eqf(level: u32, achievement: Option<&str>) -> (IssuerKey, Vec<u8>) {
    let issuer = own_key("issuer");
    let mut doc = json("own/templates/ob3-mbo.json");
    if let Some(id) = achievement {
        doc["credentialSubject"]["achievement"]["id"] = json!(id);
    }
    doc["credentialSubject"]["achievement"]["alignment"] = json!([{ "type": ["Alignment"], "targetType": "ext:EQFLevel",
        "targetName": format!("EQF {level}"), "targetUrl": "https://europa.eu/europass/en/description-eight-eqf-levels", "targetCode": level.to_string() }]);
    keurmerk::sign::set_issuer(doc.as_object_mut().unwrap(), &issuer.did_key());
    let cred = sign_eddsa_jcs_2022(
        doc.as_object().unwrap().clone(),
        &issuer,
        &issuer.did_key_vm(),
        at("2026-07-01T00:00:00Z"),
    );
    (issuer, serde_json::to_vec(&Value::Object(cred)).unwrap())
}

#[test]
fn a_level_outside_the_accreditation_is_a_warning() {
    let op = operator(1);
    let (issuer, bytes) = mbo_credential_at_eqf(6, None);
    let mut e = entity(&issuer.did_key(), granted());
    e["accreditations"] = json!([{ "framework": "EQF", "levels": [3, 4], "body": "NVAO", "validFrom": "2024-01-01T00:00:00Z" }]);
    let r = verifier(vec![signed(&op, &list(&op, 1, json!([e.clone()])))], &[&op])
        .verify(&bytes, now());
    assert_eq!(r.verdict.as_str(), "verified");
    let w = check_with(&r, "trust_level_outside_accreditation");
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

/// A deterministic stand-in for the OS random source (RS256 does not use it; the API asks for one).
#[cfg(not(target_arch = "wasm32"))]
struct NoRandom;

#[cfg(not(target_arch = "wasm32"))]
impl rsa::rand_core::RngCore for NoRandom {
    fn next_u32(&mut self) -> u32 {
        7
    }
    fn next_u64(&mut self) -> u64 {
        7
    }
    fn fill_bytes(&mut self, dest: &mut [u8]) {
        dest.fill(7);
    }
    fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), rsa::rand_core::Error> {
        dest.fill(7);
        Ok(())
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl rsa::rand_core::CryptoRng for NoRandom {}

/// A did:web issuer that signs with P-256 (ecdsa-jcs-2019) or RSA (VC-JWT, RS256): the list pins
/// its key as a JWK or a multikey, and the credential verifies offline; a pin of another key makes
/// the signature fail, never pass.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn ecdsa_and_rsa_keys_pinned_by_the_list_bind_a_did_web_issuer() {
    use keurmerk::crypto::Algorithm;
    use keurmerk::parse::JwtProfile;
    use keurmerk::sign::{sign_ecdsa, sign_jwt_with, EcdsaSuite, SigningKey};
    let op = operator(1);
    let did = "did:web:badges.roc-voorbeeldstad.example";
    let vm = format!("{did}#key-1");
    let mut doc = json("own/templates/ob3-mbo.json");
    keurmerk::sign::set_issuer(doc.as_object_mut().unwrap(), did);
    let doc = doc.as_object().unwrap().clone();
    let p256 = SigningKey::read(file("own/keys/p256-issuer.key.json")).unwrap();
    let rsa = SigningKey::read(file("own/keys/rsa-issuer.key.json")).unwrap();
    let signed_at = at("2026-07-01T00:00:00Z");
    let ecdsa = sign_ecdsa(doc.clone(), &p256, &vm, signed_at, EcdsaSuite::EcdsaJcs2019).unwrap();
    let ecdsa = serde_json::to_vec(&Value::Object(ecdsa)).unwrap();
    let jwt = sign_jwt_with(
        &doc,
        &rsa,
        Algorithm::Rs256,
        &vm,
        JwtProfile::JoseCose,
        &mut NoRandom,
    )
    .unwrap()
    .into_bytes();
    let pinned = |pin: Value| {
        let mut e = entity(did, granted());
        e["keys"] = json!([pin]);
        verifier(vec![signed(&op, &list(&op, 1, json!([e])))], &[&op])
    };
    let jwk = |k: &SigningKey| json!({ "id": vm, "publicKeyJwk": k.public_jwk().unwrap() });
    for (what, credential, right, wrong) in [
        ("P-256 as JWK", &ecdsa, jwk(&p256), jwk(&rsa)),
        ("RSA as JWK", &jwt, jwk(&rsa), jwk(&p256)),
    ] {
        let r = pinned(right).verify(credential, now());
        assert_eq!(r.verdict.as_str(), "verified", "{what}: {:?}", r.checks);
        let r = pinned(wrong).verify(credential, now());
        assert_ne!(r.verdict.as_str(), "verified", "{what}: another key pinned");
        assert!(
            r.checks.iter().any(|c| c.outcome == Outcome::Fail),
            "{what}"
        );
    }
    // the P-256 key as a multikey (`zDn…`)
    let mb = p256.verification_method().unwrap();
    let mb = mb.rsplit('#').next().unwrap();
    let r = pinned(json!({ "id": vm, "publicKeyMultibase": mb })).verify(&ecdsa, now());
    assert_eq!(r.verdict.as_str(), "verified", "{:?}", r.checks);
}

/// An x5c JWT is only self-asserted (integrity, not the issuer) until a list pins its certificate
/// for the issuer (`x509[]`, the certificate's SHA-256 — JOSE `x5t#S256`): then the issuer is bound
/// and vouched for. A pin of another certificate changes nothing. Native: in wasm the ES256
/// signature is checked by WebCrypto in a second pass (`verifyDeferred`), not by `verify`.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn a_certificate_pinned_by_the_list_binds_an_x5c_issuer() {
    use sha2::Digest;
    let token = file("crafted/es256-x5c-chain.jwt");
    let text = std::str::from_utf8(token).unwrap().trim();
    let header: Value = serde_json::from_slice(
        &keurmerk::encoding::base64url_decode(text.split('.').next().unwrap()).unwrap(),
    )
    .unwrap();
    let der = keurmerk::encoding::base64_decode(header["x5c"][0].as_str().unwrap()).unwrap();
    let pin = keurmerk::encoding::base64url_encode(&sha2::Sha256::digest(&der));
    let op = operator(1);
    let issuer = "https://diplomas.roc-voorbeeldstad.example";
    let with = |x509: Value| {
        let mut e = entity(issuer, granted());
        e["x509"] = x509;
        verifier(vec![signed(&op, &list(&op, 1, json!([e])))], &[&op]).verify(token, now())
    };
    let r = with(json!([{ "certificateSha256": pin }]));
    assert_eq!(r.verdict.as_str(), "verified", "{:?}", r.checks);
    assert!(!r.signatures[0].self_asserted);
    let other = keurmerk::encoding::base64url_encode(&sha2::Sha256::digest(b"another certificate"));
    let r = with(json!([{ "certificateSha256": other }]));
    assert_ne!(r.verdict.as_str(), "verified");
    assert!(r.signatures[0].self_asserted);
}

/// A programme accreditation (DEQAR's programme reports, mapped by the operator) covers only the
/// achievements mapped to it: another achievement at that level gets the warning.
#[test]
fn a_programme_accreditation_covers_only_its_achievements() {
    let op = operator(1);
    let achievement = "https://roc-voorbeeldstad.example/achievements/zorgtechnologie";
    let (issuer, bytes) = mbo_credential_at_eqf(4, Some(achievement));
    let scoped = |achievements: Value| {
        let mut e = entity(&issuer.did_key(), granted());
        e["accreditations"] = json!([{ "framework": "EQF", "levels": [4], "body": "NVAO",
            "programmes": [{ "name": "Zorgtechnologie", "achievements": achievements }] }]);
        verifier(vec![signed(&op, &list(&op, 1, json!([e])))], &[&op]).verify(&bytes, now())
    };
    let r = scoped(json!([achievement]));
    assert_eq!(r.verdict.as_str(), "verified");
    assert!(!trust_codes(&r).contains(&"trust_level_outside_accreditation"));
    let r = scoped(json!([
        "https://roc-voorbeeldstad.example/achievements/other"
    ]));
    assert_eq!(r.verdict.as_str(), "verified");
    let w = check_with(&r, "trust_level_outside_accreditation");
    assert_eq!(w.outcome, Outcome::Warn);
    assert_eq!(
        w.line(),
        Some("trust_accreditation_programmes"),
        "{}",
        w.detail
    );
}
