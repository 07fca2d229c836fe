//! The next-wave vectors (../shared/vectors/next-wave, vendored in tests/vectors/next-wave): every
//! vector of the ECDSA/RSA issue's formats — Data Integrity ECDSA suites, VC-JWT and JWS with
//! ES256/ES384/RS256/PS256, Open Badges 3.0 JWTs baked in images, and the formats only named — gets
//! the verdict its manifest expects, with the DESIGN.md mapping. Native here; the same manifest runs
//! in wasm under Node and in Chromium through the npm package (tests/js/next-wave.test.mjs,
//! tests/e2e/next-wave.test.mjs), where ECDSA and RSA are WebCrypto's.
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::*;
use keurmerk::Timestamp;
use serde_json::Value;

/// The verdicts a vector's `expected` and `acceptable_alternatives` map to; and `expired` for a
/// credential past its stated `validUntil`, which DESIGN.md's precedence puts before
/// `indeterminate` (the W3C prc base proof is both).
fn accepted(v: &Value, now: Timestamp) -> Vec<&'static str> {
    let mut want = mapped(v["expected"].as_str().unwrap()).to_vec();
    for alt in v["acceptable_alternatives"]
        .as_array()
        .into_iter()
        .flatten()
    {
        want.extend(mapped(alt.as_str().unwrap()));
    }
    let until = v["validity"]["validUntil"]
        .as_str()
        .and_then(|t| Timestamp::parse(t).ok());
    if want.contains(&"indeterminate") && until.is_some_and(|(t, _)| t < now) {
        want.push("expired");
    }
    want
}

fn evaluate_at(manifest: &Value) -> Timestamp {
    Timestamp::parse(manifest["evaluate_at"].as_str().unwrap())
        .unwrap()
        .0
}

#[test]
fn every_next_wave_vector_of_these_formats_gets_the_mapped_verdict() {
    let manifest = json("next-wave/MANIFEST.json");
    let verifier = next_wave_verifier();
    let now = evaluate_at(&manifest);
    let mut failures = Vec::new();
    let mut checked = 0;
    for v in manifest["vectors"].as_array().unwrap() {
        if !NEXT_WAVE_IN_SCOPE.contains(&v["format"].as_str().unwrap()) {
            continue;
        }
        let path = v["path"].as_str().unwrap();
        let overridden;
        let verifier = if v["resolution_overrides"].is_object() {
            overridden = next_wave_verifier_for(v);
            &overridden
        } else {
            &verifier
        };
        let report = verifier.verify(file(&format!("next-wave/{path}")), now);
        let want = accepted(v, now);
        // invalid-signature and issuer-mismatch are both `invalid`: the deciding code tells them apart.
        let decided = report.deciding_check().map(|c| c.code.as_str());
        let code_ok = match v["expected"].as_str() {
            Some("issuer-mismatch") => decided == Some("issuer_mismatch"),
            Some("invalid-signature") => decided != Some("issuer_mismatch"),
            _ => true,
        };
        if !want.contains(&report.verdict.as_str()) || !code_ok {
            failures.push(format!(
                "{path}: expected {} → {want:?}, got {} {:?}",
                v["expected"],
                report.verdict.as_str(),
                codes(&report)
            ));
        }
        checked += 1;
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(
        checked, 76,
        "the in-scope set changed: update this count deliberately"
    );
}

/// Inputs no suite publishes (scripts/make-crafted.py): weak RSA, a point off the curve, a PS256
/// salt JOSE does not allow, an x5c chain, a forged token beside a genuine one by the wrong key.
#[test]
fn crafted_jose_inputs_get_their_verdict_and_code() {
    let expected = json("crafted/EXPECTED.json");
    let verifier = keurmerk::Verifier::new(keurmerk::Config::default()).unwrap();
    let mut failures = Vec::new();
    for (name, e) in expected.as_object().unwrap() {
        let r = verifier.verify(file(&format!("crafted/{name}")), now());
        let has_code = r.checks.iter().any(|c| c.code.as_str() == e["code"]);
        if r.verdict.as_str() != e["verdict"] || !has_code {
            failures.push(format!(
                "{name}: expected {} with {}, got {} {:?}",
                e["verdict"],
                e["code"],
                r.verdict.as_str(),
                codes(&r)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(expected.as_object().unwrap().len(), 8);
}

#[test]
fn a_forged_token_reads_differently_from_a_genuine_one_by_the_wrong_key() {
    let verifier = keurmerk::Verifier::new(keurmerk::Config::default()).unwrap();
    let forged = verifier.verify(file("crafted/es256-forged.jwt"), now());
    let wrong = verifier.verify(file("crafted/es256-signed-by-another-key.jwt"), now());
    let (f, w) = (
        forged.deciding_check().unwrap(),
        wrong.deciding_check().unwrap(),
    );
    assert_eq!(f.code.as_str(), "signature_invalid");
    assert_eq!(w.code.as_str(), "issuer_mismatch");
    #[cfg(not(target_arch = "wasm32"))]
    for lang in ["en", "nl", "de", "fr"] {
        assert_ne!(f.code.describe(lang), w.code.describe(lang));
    }
    // The wrong-key token's signature itself is genuine, and the report says with what.
    let proof = wrong
        .checks
        .iter()
        .find(|c| c.id == keurmerk::CheckId::Proof)
        .unwrap();
    assert_eq!(proof.code.as_str(), "signature_valid");
    assert!(proof.detail.contains("ES256, P-256)"), "{}", proof.detail);
    assert_eq!(wrong.signatures[0].algorithm, Some("ES256"));
    assert_eq!(wrong.signatures[0].key_type.as_deref(), Some("P-256"));
}

#[test]
fn an_x5c_chain_is_shown_and_proves_integrity_not_the_issuer() {
    let verifier = keurmerk::Verifier::new(keurmerk::Config::default()).unwrap();
    let r = verifier.verify(file("crafted/es256-x5c-chain.jwt"), now());
    assert_eq!(r.verdict.as_str(), "indeterminate");
    let s = &r.signatures[0];
    assert!(s.self_asserted);
    assert_eq!(s.certificates.len(), 2);
    assert!(s.certificates[0]
        .subject
        .starts_with("CN=diplomas.roc-voorbeeldstad.example, O=ROC Voorbeeldstad (fictief), C=NL"));
    assert_eq!(s.certificates[0].issuer, s.certificates[1].subject);
    let j: Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(
        j["signatures"][0]["certificates"][1]["subject"],
        "CN=Keurmerk Test Root CA, O=Keurmerk test, C=NL"
    );
    assert_eq!(j["signatures"][0]["selfAsserted"], true);
}

/// Open Badges 3.0's JWT `kid` is "a URI that can be dereferenced to an object of type JWK": a bare
/// JWK (or a JWK Set entry) the host supplies at an https URL is the key of that web origin.
#[test]
fn an_ob3_kid_url_naming_a_supplied_jwk_binds_to_an_issuer_of_the_same_origin() {
    use keurmerk::sign::{sign_compact, IssuerKey};
    let key = IssuerKey::from_seed(&[7; 32]);
    let jwk_url = "https://badges.roc-voorbeeldstad.example/keys/2026.json";
    let jwk = serde_json::json!({"kty": "OKP", "crv": "Ed25519",
        "x": keurmerk::encoding::base64url_encode(&key.public_key())});
    let verifier = keurmerk::Verifier::new(keurmerk::Config {
        documents: vec![keurmerk::Document {
            url: Some(jwk_url.to_owned()),
            bytes: jwk.to_string().into_bytes(),
        }],
        ..keurmerk::Config::default()
    })
    .unwrap();
    let token = |issuer: &str| {
        let payload = serde_json::json!({
            "@context": ["https://www.w3.org/ns/credentials/v2"],
            "type": ["VerifiableCredential"], "issuer": issuer,
            "validFrom": "2026-01-01T00:00:00Z", "credentialSubject": {"id": "did:example:learner"}});
        sign_compact(
            &serde_json::json!({"alg": "EdDSA", "typ": "vc+jwt", "kid": jwk_url}),
            &payload,
            &key,
        )
    };
    let same = verifier.verify(
        token("https://badges.roc-voorbeeldstad.example/issuer").as_bytes(),
        now(),
    );
    assert_eq!(
        same.verdict.as_str(),
        "issuer_unknown",
        "{:?}",
        codes(&same)
    );
    let other = verifier.verify(token("https://evil.example/issuer").as_bytes(), now());
    assert_eq!(
        other.deciding_check().unwrap().code.as_str(),
        "issuer_mismatch"
    );
}

/// VC-JWT 1.1 makes `kid` optional: the issuer's supplied document must then list exactly one key of
/// the algorithm's type under `assertionMethod` (never a guess among several).
#[test]
fn a_token_without_kid_uses_the_issuers_only_fitting_key() {
    use keurmerk::sign::{sign_compact, IssuerKey};
    let (key, other) = (
        IssuerKey::from_seed(&[3; 32]),
        IssuerKey::from_seed(&[4; 32]),
    );
    let did = "did:web:diplomas.roc-voorbeeldstad.example";
    let method = |id: &str, k: &IssuerKey| {
        serde_json::json!({"id": format!("{did}#{id}"), "type": "Multikey", "controller": did,
            "publicKeyMultibase": k.public_multibase()})
    };
    let verifier = |methods: Vec<serde_json::Value>| {
        let ids: Vec<_> = methods.iter().map(|m| m["id"].clone()).collect();
        let doc =
            serde_json::json!({"id": did, "verificationMethod": methods, "assertionMethod": ids});
        keurmerk::Verifier::new(keurmerk::Config {
            documents: vec![keurmerk::Document {
                url: None,
                bytes: doc.to_string().into_bytes(),
            }],
            ..keurmerk::Config::default()
        })
        .unwrap()
    };
    let payload = serde_json::json!({
        "@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
        "issuer": did, "validFrom": "2026-01-01T00:00:00Z", "credentialSubject": {"id": "did:example:l"}});
    let token = sign_compact(
        &serde_json::json!({"alg": "EdDSA", "typ": "vc+jwt"}),
        &payload,
        &key,
    );
    let one = verifier(vec![method("k1", &key)]).verify(token.as_bytes(), now());
    assert_eq!(one.verdict.as_str(), "issuer_unknown", "{:?}", codes(&one));
    let two =
        verifier(vec![method("k1", &key), method("k2", &other)]).verify(token.as_bytes(), now());
    assert_eq!(
        two.deciding_check().unwrap().code.as_str(),
        "key_unresolvable"
    );
    let none = keurmerk::Verifier::new(keurmerk::Config::default())
        .unwrap()
        .verify(token.as_bytes(), now());
    let decided = none.deciding_check().unwrap();
    assert_eq!(decided.code.as_str(), "key_unresolvable");
    assert_eq!(decided.wants.as_ref().unwrap().url, did);
}

/// A JCS proof or a JWT reads no contexts, but a context Keurmerk does not have leaves the meaning of
/// the credential's terms unknown offline: `indeterminate`, wanting the context; supplied, it counts.
#[test]
fn a_jcs_credential_with_an_unknown_context_is_indeterminate_until_the_context_is_supplied() {
    use keurmerk::sign::{sign_eddsa_jcs_2022, IssuerKey};
    let key = IssuerKey::from_seed(&[5; 32]);
    let context = "https://contexts.roc-voorbeeldstad.example/diploma/v1";
    let doc = serde_json::json!({
        "@context": ["https://www.w3.org/ns/credentials/v2", context],
        "type": ["VerifiableCredential"], "issuer": key.did_key(),
        "validFrom": "2026-01-01T00:00:00Z", "credentialSubject": {"id": "did:example:l"}});
    let signed = sign_eddsa_jcs_2022(
        doc.as_object().unwrap().clone(),
        &key,
        &key.did_key_vm(),
        keurmerk::Timestamp::parse("2026-01-01T00:00:00Z")
            .unwrap()
            .0,
    );
    let bytes = serde_json::Value::Object(signed).to_string();
    let without = keurmerk::Verifier::new(keurmerk::Config::default()).unwrap();
    let r = without.verify(bytes.as_bytes(), now());
    assert_eq!(r.verdict.as_str(), "indeterminate", "{:?}", codes(&r));
    let decided = r.deciding_check().unwrap();
    assert_eq!(decided.code.as_str(), "jsonld_unknown_context");
    assert_eq!(decided.wants.as_ref().unwrap().url, context);
    let with = keurmerk::Verifier::new(keurmerk::Config {
        documents: vec![keurmerk::Document {
            url: Some(context.to_owned()),
            bytes:
                br#"{"@context": {"@vocab": "https://contexts.roc-voorbeeldstad.example/vocab#"}}"#
                    .to_vec(),
        }],
        ..keurmerk::Config::default()
    })
    .unwrap();
    assert_eq!(
        with.verify(bytes.as_bytes(), now()).verdict.as_str(),
        "issuer_unknown"
    );
}

/// ES256K (secp256k1, RFC 8812), as Microsoft Entra Verified ID signs with a did:web document whose
/// key is an `EcdsaSecp256k1VerificationKey2019` JWK; checked in Rust everywhere (WebCrypto has no
/// secp256k1). A high-S signature verifies, as RFC 8812 imposes no low-S rule.
#[test]
fn es256k_tokens_with_an_entra_style_did_web_document() {
    use k256::ecdsa::{signature::Signer, Signature, SigningKey};
    use keurmerk::encoding::base64url_encode as b64;
    let key = SigningKey::from_slice(&[9; 32]).unwrap();
    let point = key.verifying_key().to_encoded_point(false);
    let did = "did:web:verifiedid.roc-voorbeeldstad.example";
    let doc = serde_json::json!({"id": did, "verificationMethod": [{"id": "#sig_1",
        "type": "EcdsaSecp256k1VerificationKey2019", "controller": did,
        "publicKeyJwk": {"kty": "EC", "crv": "secp256k1", "x": b64(point.x().unwrap()), "y": b64(point.y().unwrap())}}],
        "assertionMethod": ["#sig_1"]});
    let verifier = keurmerk::Verifier::new(keurmerk::Config {
        documents: vec![keurmerk::Document {
            url: None,
            bytes: doc.to_string().into_bytes(),
        }],
        ..keurmerk::Config::default()
    })
    .unwrap();
    let header = b64(br#"{"alg":"ES256K","typ":"JWT","kid":"did:web:verifiedid.roc-voorbeeldstad.example#sig_1"}"#);
    let vc = serde_json::json!({"iss": did, "nbf": 1_767_225_600, "vc": {
        "@context": ["https://www.w3.org/2018/credentials/v1"], "type": ["VerifiableCredential"],
        "credentialSubject": {"id": "did:example:l"}}});
    let input = format!("{header}.{}", b64(vc.to_string().as_bytes()));
    let sig: Signature = key.sign(input.as_bytes());
    let verify = |s: &Signature| {
        verifier.verify(format!("{input}.{}", b64(&s.to_bytes())).as_bytes(), now())
    };
    let r = verify(&sig);
    assert_eq!(r.verdict.as_str(), "issuer_unknown", "{:?}", codes(&r));
    assert_eq!(r.signatures[0].algorithm, Some("ES256K"));
    assert_eq!(r.signatures[0].key_type.as_deref(), Some("secp256k1"));
    // the same signature with s replaced by n − s (high-S) is the same signature
    let (rr, ss) = sig.split_scalars();
    let high = Signature::from_scalars(rr, -*ss).unwrap();
    assert_eq!(verify(&high).verdict.as_str(), "issuer_unknown");
    let mut changed = vc.clone();
    changed["vc"]["credentialSubject"]["id"] = "did:example:mallory".into();
    let forged = format!(
        "{header}.{}.{}",
        b64(changed.to_string().as_bytes()),
        b64(&sig.to_bytes())
    );
    let r = verifier.verify(forged.as_bytes(), now());
    assert_eq!(
        r.deciding_check().unwrap().code.as_str(),
        "signature_invalid"
    );
}
