//! EU Annex I descriptors: a credential following docs/profile.md states every element; an HE
//! micro-credential keeps 5 EC and EQF/NLQF 6; an edubadges-style ECTS that no context defines is
//! shown as unsigned; missing elements are listed; hostile text is carried untouched. Native and wasm.
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::*;
use keurmerk::sign::{sign_eddsa_jcs_2022, sign_linked_data, IssuerKey, LinkedDataSuite};
use keurmerk::{Config, Policy, Report, Timestamp, Verifier};
use serde_json::{json, Value};

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

fn issuer() -> IssuerKey {
    IssuerKey::from_key_file(file("own/keys/issuer.key.json")).unwrap()
}

fn align(t: &str, name: &str, code: &str, fw: &str) -> Value {
    json!({ "type": ["Alignment"], "targetType": t, "targetName": name, "targetCode": code, "targetFramework": fw,
            "targetUrl": "https://example.org/framework" })
}

fn signed_jcs(mut doc: Value) -> Vec<u8> {
    let k = issuer();
    keurmerk::sign::set_issuer(doc.as_object_mut().unwrap(), &k.did_key());
    let at = Timestamp::parse("2026-07-01T00:00:00Z").unwrap().0;
    serde_json::to_vec(&Value::Object(sign_eddsa_jcs_2022(
        doc.as_object().unwrap().clone(),
        &k,
        &k.did_key_vm(),
        at,
    )))
    .unwrap()
}

fn verify(bytes: &[u8], policy: Policy) -> Report {
    Verifier::new(Config {
        policy,
        ..Config::default()
    })
    .unwrap()
    .verify(bytes, now())
}

#[test]
fn a_credential_following_the_profile_states_every_element() {
    let mut doc = json("own/templates/ob3-mbo.json");
    doc["description"] = json!("Meer informatie: https://roc-voorbeeldstad.example/mc/zorgtech");
    doc["credentialSubject"]["result"] = json!([{ "type": ["Result"], "value": "Goed" }]);
    doc["credentialSubject"]["achievement"]["alignment"] = json!([
        align("ext:NLQFLevel", "NLQF 4", "4", "NLQF"),
        align("ext:EQFLevel", "EQF 4", "4", "EQF"),
        align("ext:Workload", "240 SBU", "240", "SBU"),
        align(
            "ext:AssessmentType",
            "Praktijkexamen",
            "practical",
            "EU assessment types"
        ),
        align(
            "ext:ParticipationForm",
            "Blended",
            "blended",
            "EU participation modes"
        ),
        align(
            "ext:QualityAssurance",
            "Inspectie van het Onderwijs",
            "inspectorate",
            "NL"
        ),
        align(
            "ext:Supervision",
            "Supervised with identity verification",
            "supervised-id",
            "Annex I"
        ),
        align(
            "ext:Stackability",
            "Stackable towards the MBO diploma Verzorgende-IG",
            "stackable",
            "Annex I"
        ),
        align("ext:Prerequisites", "MBO-2 diploma", "mbo2", "NL"),
        json!({ "type": ["Alignment"], "targetType": "ceasn:Competency", "targetName": "Zorgtechnologie toepassen",
                "targetUrl": "http://data.europa.eu/esco/skill/abc" }),
    ]);
    let r = verify(&signed_jcs(doc), Policy::default());
    assert_eq!(r.verdict.as_str(), "issuer_unknown");
    let a = r.annex_i.as_ref().unwrap();
    assert!(a.missing.is_empty(), "{:?}", a.missing);
    assert_eq!(a.present.len(), 16, "{:?}", a.present);
    let d = &r.descriptors;
    assert_eq!(
        d["level"].value,
        json!({ "eqf": 4, "nqf": { "framework": "NLQF", "level": "4" } })
    );
    assert_eq!(
        d["workload"].value,
        json!({ "hours": 240.0, "unit": "sbu" })
    );
    assert_eq!(d["participation"].text, "Blended");
    assert_eq!(
        d["quality_assurance"].source,
        "/credentialSubject/achievement/alignment/5"
    );
    assert_eq!(
        d["learning_outcomes"].value[0]["name"],
        "Zorgtechnologie toepassen"
    );
    assert_eq!(d["grade"].text, "Goed");
    assert_eq!(d["country"].value, "NL");
    assert!(d.values().all(|x| x.signed), "JCS signs everything");
    // the report's JSON shape
    let j: Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(j["descriptors"]["level"]["value"]["eqf"], 4);
    assert_eq!(j["annex_i"]["missing"], json!([]));
}

#[test]
fn a_higher_education_credential_keeps_5_ec_and_its_levels() {
    let mut doc = json("own/templates/ob3-mbo.json");
    doc["credentialSubject"]["achievement"]["alignment"] = json!([
        align("ext:Workload", "5 EC", "5", "EC"),
        json!({ "type": ["Alignment"], "targetName": "EQF level 6", "targetCode": "6", "targetFramework": "European Qualifications Framework (EQF)", "targetUrl": "https://europa.eu/europass/en/description-eight-eqf-levels" }),
        json!({ "type": ["Alignment"], "targetName": "NLQF niveau 6", "targetCode": "6", "targetFramework": "NLQF", "targetUrl": "https://www.nlqf.nl/nlqf-niveaus" }),
    ]);
    let r = verify(&signed_jcs(doc), Policy::default());
    assert_eq!(
        r.descriptors["workload"].value,
        json!({ "ects": 5.0, "unit": "ec", "hours_nl": 140.0 })
    );
    assert_eq!(
        r.descriptors["level"].value,
        json!({ "eqf": 6, "nqf": { "framework": "NLQF", "level": "6" } })
    );
}

#[test]
fn an_edubadges_style_ects_is_shown_as_not_signed() {
    let k = issuer();
    let mut doc = json("own/templates/ob3-mbo.json");
    keurmerk::sign::set_issuer(doc.as_object_mut().unwrap(), &k.did_key());
    let at = Timestamp::parse("2026-07-01T00:00:00Z").unwrap().0;
    let mut signed = sign_linked_data(
        doc.as_object().unwrap().clone(),
        &k,
        &k.did_key_vm(),
        at,
        LinkedDataSuite::EddsaRdfc2022,
    )
    .unwrap();
    signed["credentialSubject"]["achievement"]
        .as_object_mut()
        .unwrap()
        .insert("ECTS".into(), json!(3));
    let bytes = serde_json::to_vec(&Value::Object(signed)).unwrap();
    let lenient = verify(
        &bytes,
        Policy {
            allow_undefined_terms: true,
            ..Policy::default()
        },
    );
    assert_eq!(lenient.verdict.as_str(), "issuer_unknown");
    let w = &lenient.descriptors["workload"];
    assert_eq!(w.value, json!({ "ects": 3.0 }));
    assert!(!w.signed, "ECTS is dropped by JSON-LD, so not signed");
    assert!(lenient.descriptors["title"].signed);
}

#[test]
fn missing_mandatory_elements_are_listed_not_failed() {
    let r = verify(file("own/jcs-valid.json"), Policy::default());
    assert_eq!(r.verdict.as_str(), "issuer_unknown");
    let missing = &r.annex_i.as_ref().unwrap().missing;
    assert_eq!(missing, &vec!["participation", "quality_assurance"]);
    // creditsAvailable is kept in its stated unit, never converted to ECTS
    assert_eq!(
        r.descriptors["workload"].value,
        json!({ "credit_hours": 8.5 })
    );
}

#[test]
fn hostile_text_is_carried_untouched() {
    let mut doc = json("own/templates/ob3-mbo.json");
    let hostile = format!(
        "<script>alert(1)</script><img src=x onerror=y> \u{202e}evil\u{202c} {}",
        "x".repeat(20_000)
    );
    doc["credentialSubject"]["achievement"]["name"] = json!(hostile);
    let r = verify(&signed_jcs(doc), Policy::default());
    assert_eq!(r.descriptors["title"].text, hostile);
}
