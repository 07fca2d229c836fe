//! W3C vc-di-eddsa per-step vectors for eddsa-jcs-2022 (TestVectors/eddsa-jcs-2022): canonical
//! document, document hash, canonical proof config, proof hash, combined hash and signature, so a
//! failure points at one step. Runs natively and in wasm.
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::*;
use keurmerk::canon::jcs;
use keurmerk::encoding::{base58_encode, ed25519_secret_multikey_decode, hex};
use keurmerk::sign::IssuerKey;
use serde_json::Value;
use sha2::{Digest, Sha256};

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

const DIR: &str = "external/w3c-vc-di-eddsa/eddsa-jcs-2022";

fn step(name: &str) -> String {
    text(&format!("{DIR}/{name}"))
        .trim_end_matches('\n')
        .to_owned()
}

fn unsecured() -> Value {
    // The W3C unsigned input with the proof's @context (identical here) — vc-di-eddsa §3.3.2 step 4.
    json("external/w3c-vc-di-eddsa/unsigned.json")
}

#[test]
fn canonical_document_and_its_hash() {
    let canon = jcs::canonicalize(&unsecured());
    assert_eq!(canon, step("canonDocJCS.txt"));
    assert_eq!(
        hex(&Sha256::digest(canon.as_bytes())),
        step("docHashJCS.txt")
    );
}

#[test]
fn canonical_proof_config_and_its_hash() {
    let canon = jcs::canonicalize(&json(&format!("{DIR}/proofConfigJCS.json")));
    assert_eq!(canon, step("proofCanonJCS.txt"));
    assert_eq!(
        hex(&Sha256::digest(canon.as_bytes())),
        step("proofHashJCS.txt")
    );
}

#[test]
fn combined_hash_from_the_signed_document() {
    let signed = json(&format!("{DIR}/signedJCS.json"));
    let doc = signed.as_object().unwrap();
    let proof = doc["proof"].as_object().unwrap();
    let data = keurmerk::proof::eddsa_jcs_2022::hash_data(doc, proof, &[]).unwrap();
    assert_eq!(hex(&data), step("combinedHashJCS.txt"));
}

#[test]
fn signature_is_reproduced_and_verifies() {
    let pair = json("external/w3c-vc-di-eddsa/keyPair.json");
    let seed =
        ed25519_secret_multikey_decode(pair["privateKeyMultibase"].as_str().unwrap()).unwrap();
    let key = IssuerKey::from_seed(&seed);
    assert_eq!(
        key.public_multibase(),
        pair["publicKeyMultibase"].as_str().unwrap()
    );
    let combined: Vec<u8> = (0..64)
        .map(|i| u8::from_str_radix(&step("combinedHashJCS.txt")[2 * i..2 * i + 2], 16).unwrap())
        .collect();
    let sig = key.sign(&combined);
    assert_eq!(hex(&sig), step("sigHexJCS.txt"));
    assert_eq!(format!("z{}", base58_encode(&sig)), step("sigBTC58JCS.txt"));
    keurmerk::crypto::ed25519::verify(&key.public_key(), &combined, &sig).unwrap();
}

#[test]
fn signing_the_unsigned_input_reproduces_the_w3c_proof() {
    let pair = json("external/w3c-vc-di-eddsa/keyPair.json");
    let key = IssuerKey::from_seed(
        &ed25519_secret_multikey_decode(pair["privateKeyMultibase"].as_str().unwrap()).unwrap(),
    );
    let created = keurmerk::Timestamp::parse("2023-02-24T23:36:38Z")
        .unwrap()
        .0;
    let signed = keurmerk::sign::sign_eddsa_jcs_2022(
        unsecured().as_object().unwrap().clone(),
        &key,
        &key.did_key_vm(),
        created,
    );
    let want = json(&format!("{DIR}/signedJCS.json"));
    assert_eq!(Value::Object(signed), want);
}
