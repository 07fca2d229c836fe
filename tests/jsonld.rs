//! JSON-LD → RDF → RDFC over bundled contexts: context hashes, the JSON-LD edge cases (floats,
//! `@json`, protected terms, unknown contexts, undefined terms, a poison graph) and the W3C /
//! 1EdTech per-step vectors for eddsa-rdfc-2022 and Ed25519Signature2020. Natively and in wasm.
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::*;
use keurmerk::canon::jsonld;
use keurmerk::encoding::{ed25519_secret_multikey_decode, hex};
use keurmerk::proof::linked_data::canonical_nquads;
use keurmerk::sign::{sign_linked_data, IssuerKey, LinkedDataSuite};
use serde_json::Value;
use sha2::{Digest, Sha256};

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

const EDGE: &str = "external/jsonld-edge-cases";

fn nquads(path: &str) -> String {
    let (nq, dropped) = canonical_nquads(&json(path)).unwrap();
    assert!(dropped.is_empty(), "{path}: {dropped:?}");
    nq
}

#[test]
fn bundled_contexts_are_byte_exact() {
    let manifest = json("external/MANIFEST.json");
    let listed = manifest["contexts"].as_array().unwrap();
    assert_eq!(listed.len(), jsonld::contexts::BUNDLED.len());
    for c in listed {
        let url = c["url"].as_str().unwrap();
        let (_, text) = jsonld::contexts::BUNDLED
            .iter()
            .find(|(u, _)| *u == url)
            .unwrap_or_else(|| panic!("{url} not bundled"));
        assert_eq!(
            hex(&Sha256::digest(text.as_bytes())),
            c["sha256"].as_str().unwrap(),
            "{url}"
        );
        let doc = include_str!("../docs/contexts.md");
        assert!(
            doc.contains(c["sha256"].as_str().unwrap()),
            "docs/contexts.md lacks {url}"
        );
    }
}

#[test]
fn doubles_are_written_as_jsonld_js_writes_them() {
    let nq = nquads(&format!("{EDGE}/floats.json"));
    let xsd = "http://www.w3.org/2001/XMLSchema#";
    for want in [
        format!("\"3.0E-1\"^^<{xsd}double>"),
        format!("\"3.666666666666667E0\"^^<{xsd}double>"),
        format!("\"1.0E-1\"^^<{xsd}double>"),
        format!("\"1.5E-7\"^^<{xsd}double>"),
        format!("\"1.2345678E4\"^^<{xsd}double>"),
        format!("\"3.666666666666667E0\"^^<{xsd}float>"),
        format!("\"42\"^^<{xsd}float>"),
        format!("\"1.0E-1\"^^<{xsd}float>"),
    ] {
        assert!(nq.contains(&want), "missing {want} in\n{nq}");
    }
}

#[test]
fn json_literals_are_canonical_json() {
    let nq = nquads(&format!("{EDGE}/json_literal.json"));
    let want = r#""{\"a\":1e+21,\"b\":[1,2.5,true,null,\"é\\n\"],\"c\":{\"y\":0,\"z\":0.1}}"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON>"#;
    assert!(nq.contains(want), "{nq}");
    let xsd = "http://www.w3.org/2001/XMLSchema#";
    for want in [
        format!("\"42\"^^<{xsd}integer>"),
        format!("\"5.5E0\"^^<{xsd}double>"),
        format!("\"1.0E21\"^^<{xsd}double>"),
        format!("\"7\"^^<{xsd}integer>"),
        format!("\"1.234567890123457E29\"^^<{xsd}double>"),
    ] {
        assert!(nq.contains(&want), "missing {want} in\n{nq}");
    }
}

#[test]
fn protected_terms_cannot_be_redefined() {
    let err = canonical_nquads(&json(&format!("{EDGE}/protected_override.json"))).unwrap_err();
    assert_eq!(err.code.as_str(), "jsonld_protected_term");
}

#[test]
fn unknown_contexts_are_named_and_never_fetched() {
    let err = canonical_nquads(&json(&format!("{EDGE}/unknown_ctx.json"))).unwrap_err();
    assert_eq!(err.code.as_str(), "jsonld_unknown_context");
    let facts = err.facts.as_ref().unwrap();
    assert_eq!(facts.line, "jsonld_context_not_bundled");
    assert_eq!(
        facts.arg("context"),
        Some(&keurmerk::Arg::Text(
            "https://example.org/not-bundled/v1".into()
        ))
    );
    assert_eq!(err.code.effect().map(|v| v.as_str()), Some("indeterminate"));
}

#[test]
fn undefined_terms_are_reported_with_their_place() {
    let (_, none) = canonical_nquads(&json(&format!("{EDGE}/v1_defined.json"))).unwrap();
    assert!(none.is_empty(), "{none:?}");
    let (_, v1) = canonical_nquads(&json(&format!("{EDGE}/v1_undefined.json"))).unwrap();
    assert!(
        v1.iter().any(|d| d
            .pointer
            .starts_with("/credentialSubject/notDefinedAnywhere")),
        "{v1:?}"
    );
    assert!(
        v1.iter().any(|d| d.pointer.starts_with("/alsoUndefined")),
        "{v1:?}"
    );
    let (_, v2) = canonical_nquads(&json(&format!("{EDGE}/v2_undefined.json"))).unwrap();
    assert!(!v2.is_empty());
}

#[test]
fn a_poison_graph_stops_at_the_work_limit() {
    let err = canonical_nquads(&json(&format!("{EDGE}/poison_clique10.json"))).unwrap_err();
    assert_eq!(err.code.as_str(), "rdfc_work_limit", "{err}");
}

fn w3c_key() -> IssuerKey {
    let pair = json("external/w3c-vc-di-eddsa/keyPair.json");
    IssuerKey::from_seed(
        &ed25519_secret_multikey_decode(pair["privateKeyMultibase"].as_str().unwrap()).unwrap(),
    )
}

fn step(dir: &str, name: &str) -> String {
    text(&format!("external/w3c-vc-di-eddsa/{dir}/{name}")).to_owned()
}

fn sha(s: &str) -> String {
    hex(&Sha256::digest(s.as_bytes()))
}

#[test]
fn eddsa_rdfc_2022_w3c_steps() {
    let dir = "eddsa-rdfc-2022";
    let doc = nquads("external/w3c-vc-di-eddsa/unsigned.json");
    assert_eq!(doc, step(dir, "canonDocDataInt.txt"));
    assert_eq!(sha(&doc), step(dir, "docHashDataInt.txt").trim());
    let config = nquads(&format!(
        "external/w3c-vc-di-eddsa/{dir}/proofConfigDataInt.json"
    ));
    assert_eq!(config, step(dir, "proofCanonDataInt.txt"));
    assert_eq!(sha(&config), step(dir, "proofHashDataInt.txt").trim());
    let created = keurmerk::Timestamp::parse("2023-02-24T23:36:38Z")
        .unwrap()
        .0;
    let key = w3c_key();
    let unsigned = json("external/w3c-vc-di-eddsa/unsigned.json")
        .as_object()
        .unwrap()
        .clone();
    let signed = sign_linked_data(
        unsigned,
        &key,
        &key.did_key_vm(),
        created,
        LinkedDataSuite::EddsaRdfc2022,
    )
    .unwrap();
    assert_eq!(
        Value::Object(signed),
        json(&format!(
            "external/w3c-vc-di-eddsa/{dir}/signedDataInt.json"
        ))
    );
}

#[test]
fn ed25519_signature_2020_w3c_steps() {
    let dir = "Ed25519Signature2020";
    let signed_want = json(&format!("external/w3c-vc-di-eddsa/{dir}/signedEdSig.json"));
    let mut unsigned = signed_want.as_object().unwrap().clone();
    unsigned.remove("proof");
    let doc = nquads_of(&Value::Object(unsigned.clone()));
    assert_eq!(doc, step(dir, "canonDocEdSig.txt"));
    assert_eq!(sha(&doc), step(dir, "docHashEdSig.txt").trim());
    let config = nquads(&format!(
        "external/w3c-vc-di-eddsa/{dir}/proofConfigEdSig.json"
    ));
    assert_eq!(config, step(dir, "proofCanonEdSig.txt"));
    assert_eq!(sha(&config), step(dir, "proofHashEdSig.txt").trim());
    let created = keurmerk::Timestamp::parse(signed_want["proof"]["created"].as_str().unwrap())
        .unwrap()
        .0;
    let key = w3c_key();
    let signed = sign_linked_data(
        unsigned,
        &key,
        &key.did_key_vm(),
        created,
        LinkedDataSuite::Ed25519Signature2020,
    )
    .unwrap();
    assert_eq!(
        signed["proof"]["proofValue"],
        signed_want["proof"]["proofValue"]
    );
}

fn nquads_of(v: &Value) -> String {
    let (nq, dropped) = canonical_nquads(v).unwrap();
    assert!(dropped.is_empty(), "{dropped:?}");
    nq
}

#[test]
fn open_badges_1edtech_vector_steps_and_verdict() {
    let dir = "external/1edtech-ob-spec/ldp-test-vector";
    assert_eq!(
        nquads(&format!("{dir}/unsigned.json")),
        text(&format!("{dir}/document-canon.txt"))
    );
    let signed = json(&format!("{dir}/signed.json"));
    let mut config = signed["proof"].as_object().unwrap().clone();
    config.remove("proofValue");
    config.insert("@context".to_owned(), signed["@context"].clone());
    assert_eq!(
        nquads_of(&Value::Object(config)),
        text(&format!("{dir}/proof-canon.txt"))
    );
    let hashes = json(&format!("{dir}/key-and-hashes.json"));
    let text_of = |v: &Value| v.as_str().map(str::to_owned).unwrap_or_default();
    let flat = hashes.to_string();
    assert!(
        flat.contains("87f65a76d40146205e3b3e06cb0fbd153f97f9ce70372390f52566bb7f9e0773"),
        "{}",
        text_of(&hashes)
    );
    let report = external_verifier().verify(file(&format!("{dir}/signed.json")), now());
    assert_eq!(
        report.verdict.as_str(),
        "issuer_unknown",
        "{:?}",
        report.checks
    );
    assert_eq!(report.securing, vec!["eddsa-rdfc-2022".to_owned()]);
}
