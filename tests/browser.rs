//! In headless Chromium: the exported JS API (`Verifier`, `describe`, `headline`) end to end, and
//! proof that verification makes no network request (the page's resource timing list does not grow).
#![cfg(target_arch = "wasm32")]
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use js_sys::Reflect;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const NOW_MS: f64 = 1_795_305_600_000.0; // 2026-11-22T00:00:00Z

fn requests_so_far() -> u32 {
    web_sys::window()
        .unwrap()
        .performance()
        .unwrap()
        .get_entries_by_type("resource")
        .length()
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

#[wasm_bindgen_test]
fn exported_verifier_end_to_end_without_network() {
    let before = requests_so_far();
    let doc = common::text("own/did-web-document.json");
    let config =
        serde_json::json!({ "documents": { "did:web:badges.roc-voorbeeldstad.example": doc } })
            .to_string();
    let verifier = keurmerk::wasm::WasmVerifier::new(&config).unwrap();
    for (file, verdict) in [
        ("own/jcs-valid.json", "issuer_unknown"),
        ("own/jcs-did-web.json", "issuer_unknown"),
        ("own/jwt-ob3.jwt", "issuer_unknown"),
        ("own/jcs-tampered-achievement.json", "invalid"),
        ("own/jwt-alg-none.jwt", "invalid"),
        ("own/jcs-expired.json", "expired"),
        (
            "external/w3c-vc-di-eddsa/eddsa-jcs-2022/signedJCS.json",
            "invalid",
        ),
    ] {
        let report = verifier.verify(common::file(file), NOW_MS).unwrap();
        assert_eq!(
            get(&report, "verdict").as_string().unwrap(),
            verdict,
            "{file}"
        );
        let checks = js_sys::Array::from(&get(&report, "checks"));
        assert!(checks.length() >= 2, "{file}");
    }
    assert_eq!(
        requests_so_far(),
        before,
        "verification must not touch the network"
    );
}

#[wasm_bindgen_test]
fn misuse_throws_and_words_are_exported() {
    assert!(keurmerk::wasm::WasmVerifier::new("{\"documents\": 5}").is_err());
    assert!(keurmerk::wasm::WasmVerifier::new("{\"unknownOption\": true}").is_err());
    let verifier = keurmerk::wasm::WasmVerifier::new("{}").unwrap();
    assert!(verifier.verify(b"{}", f64::NAN).is_err());
    assert_eq!(
        keurmerk::wasm::describe("expired", "nl"),
        "Het credential is verlopen."
    );
    assert_eq!(keurmerk::wasm::headline("verified", "en"), "Verified");
}

/// The same verdicts in Chromium, through the exported API: every external vector (with
/// the manifest's documents) and every own vector.
#[wasm_bindgen_test]
fn every_vector_through_the_exported_api_in_the_browser() {
    let before = requests_so_far();
    let manifest = common::json("external/MANIFEST.json");
    let mut docs = serde_json::Map::new();
    for (url, path) in manifest["resolution"].as_object().unwrap() {
        let text = common::text(&format!("external/{}", path.as_str().unwrap()));
        docs.insert(url.clone(), serde_json::Value::String(text.to_owned()));
    }
    let config = serde_json::json!({ "documents": docs }).to_string();
    let verifier = keurmerk::wasm::WasmVerifier::new(&config).unwrap();
    let mut checked = 0;
    let mut failures = Vec::new();
    for v in manifest["vectors"].as_array().unwrap() {
        let path = v["path"].as_str().unwrap();
        let report = verifier
            .verify(common::file(&format!("external/{path}")), NOW_MS)
            .unwrap();
        let got = get(&report, "verdict").as_string().unwrap();
        if !common::mapped(v["expected"].as_str().unwrap()).contains(&got.as_str()) {
            failures.push(format!("{path}: {got}"));
        }
        checked += 1;
    }
    let expected = common::json("own/EXPECTED.json");
    for (name, e) in expected.as_object().unwrap() {
        let mut own_docs = serde_json::Map::new();
        for d in e["documents"].as_array().unwrap() {
            let (url, path) = d.as_str().unwrap().split_once('=').unwrap();
            own_docs.insert(
                url.to_owned(),
                serde_json::Value::String(common::text(&format!("own/{path}")).to_owned()),
            );
        }
        let own = keurmerk::wasm::WasmVerifier::new(
            &serde_json::json!({ "documents": own_docs }).to_string(),
        )
        .unwrap();
        let report = own
            .verify(common::file(&format!("own/{name}")), NOW_MS)
            .unwrap();
        let got = get(&report, "verdict").as_string().unwrap();
        if got != e["verdict"].as_str().unwrap() {
            failures.push(format!("{name}: {got}"));
        }
        checked += 1;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked >= 200 + 62);
    assert_eq!(
        requests_so_far(),
        before,
        "verification must not touch the network"
    );
}
