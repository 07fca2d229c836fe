//! Formats Keurmerk names and does not verify (issue 17, point 3): each gets `indeterminate` (or
//! `unreadable` when it holds no credential, never `invalid`), a stable code, and `named` words
//! that say what it is and what the recruiter could do instead; a presentation is opened and each
//! credential inside verified on its own. Vectors: next-wave/recognise (W3C, Blockcerts, CCG),
//! recognise/blockcerts-cert-verifier-js (MIT, cert-verifier-js 21de558) and constructed ones.
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::*;
use serde_json::Value;

fn verify(path: &str) -> Value {
    let verifier = keurmerk::Verifier::new(keurmerk::Config::default()).unwrap();
    let report = verifier.verify(file(path), now());
    serde_json::from_str(&report.to_json()).unwrap()
}

fn deciding(r: &Value) -> &Value {
    &r["checks"][r["deciding"].as_u64().unwrap() as usize]
}

/// (file, verdict, code, format, words the English `what` must contain, anchor)
type Expected = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
);

const NAMED: &[Expected] = &[
    (
        "next-wave/recognise/blockcerts/blockcerts-3.0-beta.json",
        "indeterminate",
        "blockchain_anchored",
        "blockcerts",
        "Blockcerts certificate anchored on the Bitcoin test network",
        Some("bitcoin_testnet"),
    ),
    (
        "next-wave/recognise/blockcerts/mocknet-v3-valid.json",
        "indeterminate",
        "blockchain_anchored",
        "blockcerts",
        "not anchored on any blockchain (mocknet)",
        Some("mocknet"),
    ),
    (
        "next-wave/recognise/blockcerts/mocknet-vc-v2-data-integrity-proof.json",
        "indeterminate",
        "blockchain_anchored",
        "blockcerts",
        "mocknet",
        Some("mocknet"),
    ),
    (
        "recognise/blockcerts-cert-verifier-js/v1-testnet-valid-1.2.json",
        "indeterminate",
        "blockchain_anchored",
        "blockcerts",
        "Blockcerts certificate anchored on Bitcoin",
        Some("bitcoin"),
    ),
    (
        "recognise/blockcerts-cert-verifier-js/v2-ethereum-ropsten-valid-2.0.json",
        "indeterminate",
        "blockchain_anchored",
        "blockcerts",
        "anchored on the Ethereum test network Ropsten",
        Some("ethereum_ropsten"),
    ),
    (
        "recognise/blockcerts-cert-verifier-js/v3-ethereum-sepolia-v3.json",
        "indeterminate",
        "blockchain_anchored",
        "blockcerts",
        "Sepolia",
        Some("ethereum_sepolia"),
    ),
    (
        "recognise/blockcerts-cert-verifier-js/v3-testnet-v3-did.json",
        "indeterminate",
        "blockchain_anchored",
        "blockcerts",
        "Bitcoin test network",
        Some("bitcoin_testnet"),
    ),
    (
        "next-wave/recognise/eip712/testBasicDocument-signed.json",
        "indeterminate",
        "proof_type_unsupported",
        "eip712",
        "EthereumEip712Signature2021",
        None,
    ),
    (
        "next-wave/recognise/w3c-vc-di-bbs/addSignedSDBase.json",
        "indeterminate",
        "cryptosuite_unsupported",
        "bbs_2023",
        "base proof",
        None,
    ),
    (
        "next-wave/recognise/w3c-vc-di-bbs/derivedRevealDocument.json",
        "indeterminate",
        "cryptosuite_unsupported",
        "bbs_2023",
        "derived proof",
        None,
    ),
    (
        "recognise/constructed/europass-edci-v2.xml",
        "indeterminate",
        "format_unsupported",
        "europass_xml",
        "Europass credential in XML",
        None,
    ),
    (
        "recognise/constructed/note.xml",
        "unreadable",
        "format_unknown",
        "xml",
        "XML document, not a credential format",
        None,
    ),
    (
        "recognise/constructed/ob05-badge.json",
        "indeterminate",
        "format_unsupported",
        "open_badges_0_5",
        "Open Badges 0.5 badge",
        None,
    ),
    (
        "recognise/constructed/sd-jwt-vc-type-metadata.json",
        "unreadable",
        "holds_no_credential",
        "type_metadata",
        "SD-JWT VC type metadata",
        None,
    ),
    (
        "recognise/constructed/jwtproof2020.json",
        "indeterminate",
        "proof_type_unsupported",
        "jwt_proof_2020",
        "the JWT in its proof.jwt",
        None,
    ),
    (
        "recognise/constructed/ob2-badge-class.json",
        "unreadable",
        "holds_no_credential",
        "badge_class",
        "badge class",
        None,
    ),
    (
        "recognise/constructed/ob2-issuer.json",
        "unreadable",
        "holds_no_credential",
        "issuer_profile",
        "issuer profile",
        None,
    ),
    (
        "recognise/constructed/ob3-achievement.json",
        "unreadable",
        "holds_no_credential",
        "achievement",
        "achievement",
        None,
    ),
    (
        "recognise/constructed/did-document.json",
        "unreadable",
        "holds_no_credential",
        "did_document",
        "DID document",
        None,
    ),
    (
        "recognise/constructed/ob2-cryptographic-key.json",
        "unreadable",
        "holds_no_credential",
        "public_key",
        "public key",
        None,
    ),
    (
        "recognise/constructed/jsonwebsignature2020.json",
        "indeterminate",
        "proof_type_unsupported",
        "legacy_proof",
        "JsonWebSignature2020",
        None,
    ),
];

#[test]
fn every_foreign_format_is_named_never_invalid() {
    let mut failures = Vec::new();
    for (path, verdict, code, format, words, anchor) in NAMED {
        let r = verify(path);
        let c = deciding(&r);
        let named = &c["named"];
        let ok = r["verdict"] == *verdict
            && c["code"] == *code
            && named["format"] == *format
            && named["what"]["en"]
                .as_str()
                .is_some_and(|w| w.contains(words))
            && !named["what"]["nl"].as_str().unwrap_or("").is_empty()
            && !named["instead"]["en"].as_str().unwrap_or("").is_empty()
            && named["anchor"].as_str() == *anchor;
        if !ok {
            failures.push(format!("{path}: {} {} {named}", r["verdict"], c["code"]));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_vp_jwt_is_opened_and_each_credential_verified() {
    let r = verify("next-wave/w3c-vc-jose-cose-test-suite/presentation-jose-multiple.txt");
    assert_eq!(r["verdict"], "indeterminate");
    let c = deciding(&r);
    assert_eq!(c["code"], "presentation");
    assert!(c["named"]["what"]["en"]
        .as_str()
        .unwrap()
        .contains("a presentation holding 2 credentials"));
    let p = &r["presentation"];
    assert_eq!(p["holder"], "https://example.issuer/vc-jose-cose");
    assert_eq!(p["securing"], "jwt:ES384");
    assert_eq!(p["signatureChecked"], false);
    let inner = p["credentials"].as_array().unwrap();
    assert_eq!(inner.len(), 2);
    // the vc+jwt and the vc+sd-jwt inside are read as credentials, each with its own checks
    assert_eq!(inner[0]["format"], "jwt");
    assert_eq!(inner[1]["format"], "sd_jwt");
    assert_eq!(p["notOpened"], 1, "the vc+cose entry is not read");
}

#[test]
fn a_json_ld_presentation_of_blockcerts_names_each_credential() {
    let r = verify("recognise/blockcerts-cert-verifier-js/v3-mocknet-verifiable-presentation.json");
    assert_eq!(deciding(&r)["code"], "presentation");
    let p = &r["presentation"];
    assert_eq!(p["holder"], "did:example:ebfeb1f712ebc6f1c276e12ec21");
    for inner in p["credentials"].as_array().unwrap() {
        assert_eq!(deciding(inner)["code"], "blockchain_anchored");
        assert_eq!(deciding(inner)["named"]["anchor"], "mocknet");
    }
}

#[test]
fn a_vc_1_1_vp_jwt_with_jwt_strings_is_opened() {
    use keurmerk::sign::{sign_compact, IssuerKey};
    let key = IssuerKey::from_seed(&[11; 32]);
    let vc = serde_json::json!({"@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiableCredential"], "issuer": key.did_key(),
        "validFrom": "2026-01-01T00:00:00Z", "credentialSubject": {"id": "did:example:l"}});
    let kid = key.did_key_vm();
    let token = sign_compact(
        &serde_json::json!({"alg": "EdDSA", "typ": "vc+jwt", "kid": kid}),
        &vc,
        &key,
    );
    let vp = serde_json::json!({"iss": "did:example:holder", "vp": {
        "@context": ["https://www.w3.org/2018/credentials/v1"], "type": ["VerifiablePresentation"],
        "verifiableCredential": [token]}});
    let holder = IssuerKey::from_seed(&[12; 32]);
    let vp_jwt = sign_compact(
        &serde_json::json!({"alg": "EdDSA", "typ": "JWT"}),
        &vp,
        &holder,
    );
    let verifier = keurmerk::Verifier::new(keurmerk::Config::default()).unwrap();
    let r = verifier.verify(vp_jwt.as_bytes(), now());
    assert_eq!(r.verdict.as_str(), "indeterminate");
    let p = r.presentation.as_ref().unwrap();
    assert_eq!(p.holder.as_deref(), Some("did:example:holder"));
    assert_eq!(p.credentials.len(), 1);
    assert_eq!(
        p.credentials[0].verdict.as_str(),
        "issuer_unknown",
        "{:?}",
        codes(&p.credentials[0])
    );
}
