//! Every vector is a test: the external set (../shared/vectors, vendored in tests/vectors/external)
//! with the DESIGN.md verdict mapping, and the project's own set (tests/vectors/own, made by
//! scripts/make-vectors.sh with the keurmerk CLI). Runs natively and in wasm (Node).
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::*;
use keurmerk::Outcome;
use serde_json::Value;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

#[test]
fn every_external_vector_gets_the_mapped_verdict() {
    let manifest = json("external/MANIFEST.json");
    let verifier = external_verifier();
    let mut checked = 0;
    let mut failures = Vec::new();
    for v in manifest["vectors"].as_array().unwrap().iter() {
        let path = v["path"].as_str().unwrap();
        let report = verifier.verify(file(&format!("external/{path}")), now());
        let want = mapped(v["expected"].as_str().unwrap());
        if !want.contains(&report.verdict.as_str()) {
            failures.push(format!(
                "{path}: expected {want:?}, got {} {:?}",
                report.verdict.as_str(),
                codes(&report)
            ));
        }
        checked += 1;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(
        checked, 200,
        "the in-scope set changed: update this count deliberately"
    );
}

#[test]
fn own_vectors_get_their_expected_verdict_and_code() {
    let expected = json("own/EXPECTED.json");
    let mut failures = Vec::new();
    for (name, e) in expected.as_object().unwrap() {
        let verifier = own_verifier(e["documents"].as_array().unwrap());
        let report = verifier.verify(file(&format!("own/{name}")), now());
        let (verdict, code) = own_expectation(e);
        let has_code = report.checks.iter().any(|c| c.code.as_str() == code);
        if report.verdict.as_str() != verdict || !has_code {
            failures.push(format!(
                "{name}: expected {verdict} with {code}, got {} {:?}",
                report.verdict.as_str(),
                codes(&report)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(expected.as_object().unwrap().len() >= 39);
}

#[test]
fn own_valid_credential_reports_issuer_validity_and_binding() {
    let report = own_verifier(&[]).verify(file("own/jcs-valid.json"), now());
    assert_eq!(report.verdict.as_str(), "issuer_unknown");
    let issuer = report.issuer.as_ref().unwrap();
    assert!(issuer.id.starts_with("did:key:z6Mk"));
    assert_eq!(issuer.name.as_deref(), Some("ROC Voorbeeldstad (fictief)"));
    assert_eq!(issuer.name_source.as_deref(), Some("self_asserted"));
    assert_eq!(report.securing, vec!["eddsa-jcs-2022".to_owned()]);
    let v = report.validity.as_ref().unwrap();
    assert_eq!(v.valid_from.as_deref(), Some("2026-06-30T00:00:00Z"));
    let cred = report.credential.as_ref().unwrap();
    assert_eq!(cred.profile.as_deref(), Some("open_badges_3"));
    assert_eq!(
        cred.subject_ids,
        vec!["did:example:learner-ĳsbrand-ë".to_owned()]
    );
    // the JSON shape of the report is stable
    let j: Value = serde_json::from_str(&report.to_json()).unwrap();
    assert_eq!(j["verdict"], "issuer_unknown");
    assert_eq!(j["checks"][2]["id"], "proof");
    assert_eq!(j["checks"][2]["code"], "signature_valid");
    assert_eq!(j["format"], "json");
}

#[test]
fn the_same_credential_changes_verdict_with_now() {
    let verifier = own_verifier(&[]);
    let at = |t: &str| keurmerk::Timestamp::parse(t).unwrap().0;
    let bytes = file("own/jcs-vc11.json");
    assert_eq!(
        verifier
            .verify(bytes, at("2026-01-31T23:00:00Z"))
            .verdict
            .as_str(),
        "not_yet_valid"
    );
    assert_eq!(
        verifier
            .verify(bytes, at("2026-02-01T08:00:00Z"))
            .verdict
            .as_str(),
        "issuer_unknown"
    );
    assert_eq!(
        verifier
            .verify(bytes, at("2031-02-01T08:00:01Z"))
            .verdict
            .as_str(),
        "expired"
    );
}

#[test]
fn limits_are_unreadable_with_the_limit_named() {
    let verifier = own_verifier(&[]);
    let huge = format!(
        "{{\"a\":\"{}\"}}",
        "x".repeat(keurmerk::limits::MAX_JSON_STRING_BYTES + 1)
    );
    let r = verifier.verify(huge.as_bytes(), now());
    assert_eq!(r.verdict.as_str(), "unreadable");
    // the limit is named in the line's words (en: "… the limit MAX_JSON_STRING_BYTES is …") and
    // its value is an argument: compared as data, which the wasm build carries too
    assert_eq!(r.checks[0].line(), Some("json_string_too_long"));
    let limit = r.checks[0]
        .facts
        .as_ref()
        .and_then(|f| f.arg("limit"))
        .cloned();
    assert_eq!(
        limit,
        Some(keurmerk::Arg::from(keurmerk::limits::MAX_JSON_STRING_BYTES))
    );
    let deep = "[".repeat(100_000);
    assert_eq!(
        verifier.verify(deep.as_bytes(), now()).checks[0]
            .code
            .as_str(),
        "json_too_deep"
    );
    let big = vec![b'{'; keurmerk::limits::MAX_INPUT_BYTES + 1];
    assert_eq!(
        verifier.verify(&big, now()).checks[0].code.as_str(),
        "input_too_large"
    );
    assert_eq!(
        verifier.verify(b"", now()).checks[0].code.as_str(),
        "input_empty"
    );
}

#[test]
fn truncations_and_bit_flips_of_every_own_vector_never_verify_or_panic() {
    let verifier = own_verifier(&[]);
    let expected = json("own/EXPECTED.json");
    for (name, e) in expected.as_object().unwrap() {
        if e["verdict"] != "issuer_unknown" {
            continue;
        }
        let bytes = file(&format!("own/{name}"));
        let step = (bytes.len() / 97).max(1);
        for cut in (0..bytes.len()).step_by(step) {
            let _ = verifier.verify(&bytes[..cut], now());
        }
        for i in (0..bytes.len()).step_by(step) {
            let mut flipped = bytes.to_vec();
            flipped[i] ^= 0x20;
            let r = verifier.verify(&flipped, now());
            if flipped.trim_ascii() != bytes.trim_ascii() {
                assert_ne!(r.verdict.as_str(), "verified", "{name} flip at {i}");
            }
        }
    }
}

#[test]
fn docs_report_lists_every_code() {
    let doc = include_str!("../docs/report.md");
    for code in keurmerk::Code::ALL {
        assert!(
            doc.contains(&format!("| `{}` |", code.as_str())),
            "docs/report.md lacks {}",
            code.as_str()
        );
    }
}

#[test]
fn undefined_terms_are_invalid_unless_the_policy_allows_them_as_unsigned() {
    let bytes = file("own/rdfc-undefined-term-added.json");
    let strict = own_verifier(&[]).verify(bytes, now());
    assert_eq!(strict.verdict.as_str(), "invalid");
    let lenient = keurmerk::Verifier::new(keurmerk::Config {
        policy: keurmerk::Policy {
            allow_undefined_terms: true,
            ..keurmerk::Policy::default()
        },
        ..keurmerk::Config::default()
    })
    .unwrap();
    let r = lenient.verify(bytes, now());
    assert_eq!(r.verdict.as_str(), "issuer_unknown");
    let warn = r
        .checks
        .iter()
        .find(|c| c.code.as_str() == "jsonld_undefined_terms_allowed")
        .unwrap();
    assert_eq!(warn.outcome, Outcome::Warn);
    assert_eq!(warn.line(), Some("proof_uncovered"));
    let parts = warn.facts.as_ref().and_then(|f| f.arg("parts"));
    assert!(
        matches!(parts, Some(keurmerk::Arg::Text(t)) if t.contains("/credentialSubject/achievement/ECTS")),
        "{parts:?}"
    );
    // The value is truly unsigned: changing it leaves the signature valid.
    let mut doc: Value = serde_json::from_slice(bytes).unwrap();
    doc["credentialSubject"]["achievement"]["ECTS"] = Value::from(60);
    let changed = lenient.verify(doc.to_string().as_bytes(), now());
    assert_eq!(changed.verdict.as_str(), "issuer_unknown");
}

#[test]
fn utf8_names_survive_baking_into_png_and_svg() {
    let issuer =
        keurmerk::sign::IssuerKey::from_key_file(file("own/keys/issuer.key.json")).unwrap();
    let mut doc = json("own/templates/ob3-mbo.json");
    doc["name"] = Value::from("Zorgtechnologie® — Ĳsbrand ë");
    keurmerk::sign::set_issuer(doc.as_object_mut().unwrap(), &issuer.did_key());
    let created = keurmerk::Timestamp::parse("2026-07-01T00:00:00Z")
        .unwrap()
        .0;
    let signed = keurmerk::sign::sign_eddsa_jcs_2022(
        doc.as_object().unwrap().clone(),
        &issuer,
        &issuer.did_key_vm(),
        created,
    );
    let text = serde_json::to_string(&Value::Object(signed)).unwrap();
    let png =
        keurmerk::intake::png::bake(file("own/templates/badge.png"), text.as_bytes()).unwrap();
    let svg = keurmerk::intake::svg::bake(common::text("own/templates/badge.svg"), &text).unwrap();
    for (what, bytes, format) in [("png", png, "png"), ("svg", svg.into_bytes(), "svg")] {
        let r = own_verifier(&[]).verify(&bytes, now());
        assert_eq!(
            r.verdict.as_str(),
            "issuer_unknown",
            "{what}: {:?}",
            r.checks
        );
        assert_eq!(
            r.credential.as_ref().unwrap().name.as_deref(),
            Some("Zorgtechnologie® — Ĳsbrand ë"),
            "{what}"
        );
        let j: Value = serde_json::from_str(&r.to_json()).unwrap();
        assert_eq!(j["format"], format);
        assert!(j["image"]["data_uri"]
            .as_str()
            .unwrap()
            .starts_with("data:image/"));
    }
}
