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
fn misuse_throws() {
    assert!(keurmerk::wasm::WasmVerifier::new("{\"documents\": 5}").is_err());
    assert!(keurmerk::wasm::WasmVerifier::new("{\"unknownOption\": true}").is_err());
    let verifier = keurmerk::wasm::WasmVerifier::new("{}").unwrap();
    assert!(verifier.verify(b"{}", f64::NAN).is_err());
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
        if got != common::own_expectation(e).0 {
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

/// The two-pass entry point: an ES256 JWT asks for one check, as data with its bytes; the answer
/// the host gives decides the report; a malformed answer is misuse and throws.
#[wasm_bindgen_test]
fn verify_deferred_asks_the_host_and_reads_its_answers() {
    let verifier = keurmerk::wasm::WasmVerifier::new("{}").unwrap();
    let jwt = common::file("next-wave/constructed/jose/es256-did-jwk.jwt");
    let first = verifier.verify_deferred(jwt, NOW_MS, "[]").unwrap();
    let asked = js_sys::Array::from(&get(&first, "asked"));
    assert_eq!(asked.length(), 1);
    let check = asked.get(0);
    assert_eq!(get(&check, "alg").as_string().unwrap(), "ES256");
    let key = get(&check, "key");
    assert_eq!(get(&key, "kty").as_string().unwrap(), "EC");
    assert_eq!(get(&key, "crv").as_string().unwrap(), "P-256");
    assert!([33, 65].contains(&js_sys::Uint8Array::from(get(&key, "sec1")).length()));
    assert_eq!(
        js_sys::Uint8Array::from(get(&check, "signature")).length(),
        64
    );
    let message = js_sys::Uint8Array::from(get(&check, "message")).to_vec();
    let jwt_text = std::str::from_utf8(jwt).unwrap().trim();
    assert_eq!(
        message,
        &jwt_text.as_bytes()[..jwt_text.rfind('.').unwrap()],
        "a JWS signs header.payload"
    );
    let id = get(&check, "id").as_string().unwrap();
    assert_eq!(id.len(), 64);
    // (verdict, code of the deciding check, checks still asked); the deciding check's detail
    let verdict = |report: &wasm_bindgen::JsValue| {
        let r = get(report, "report");
        let checks = js_sys::Array::from(&get(&r, "checks"));
        let deciding = checks.get(get(&r, "deciding").as_f64().unwrap() as u32);
        let outcome = (
            get(&r, "verdict").as_string().unwrap(),
            get(&deciding, "code").as_string(),
            js_sys::Array::from(&get(report, "asked")).length(),
        );
        (outcome, get(&deciding, "detail").as_string().unwrap())
    };
    assert_eq!(
        verdict(&first).0,
        (
            "indeterminate".into(),
            Some("signature_not_checked".into()),
            1
        )
    );
    for (result, want, code) in [
        ("valid", "issuer_unknown", Some("trust_no_lists")),
        ("invalid", "invalid", Some("signature_invalid")),
        ("key_invalid", "invalid", Some("key_invalid")),
        (
            "unavailable",
            "indeterminate",
            Some("signature_not_checked"),
        ),
    ] {
        let answers = format!(r#"[{{"id":"{id}","result":"{result}","detail":"said the host"}}]"#);
        let (outcome, detail) = verdict(&verifier.verify_deferred(jwt, NOW_MS, &answers).unwrap());
        assert_eq!(
            outcome,
            (want.into(), code.map(str::to_owned), 0),
            "{result}"
        );
        assert_eq!(
            detail.ends_with("said the host"),
            result != "valid",
            "{result}: {detail}"
        );
    }
    for bad in [
        "{",
        r#"[{"id":"00","result":"valid"}]"#,
        r#"[{"id":"zz","result":"valid"}]"#,
        &format!(r#"[{{"id":"{id}","result":"maybe"}}]"#),
    ] {
        assert!(verifier.verify_deferred(jwt, NOW_MS, bad).is_err(), "{bad}");
    }
}
