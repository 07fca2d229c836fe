//! EU Annex I descriptors, data-driven: every fixture in `tests/vectors/descriptors/` is signed as
//! `cases.json` says (or left unsigned), verified, and its descriptors compared with the expected
//! values, `signed` marks, display texts and `annex_i.missing`. Plus hostile text carried
//! untouched. Native and wasm.
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::*;
use keurmerk::parse::JwtProfile;
use keurmerk::sign::{sign_eddsa_jcs_2022, sign_jwt, sign_linked_data, IssuerKey, LinkedDataSuite};
use keurmerk::{Config, Policy, Report, Timestamp, Verifier};
use serde_json::{json, Value};

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

fn issuer() -> IssuerKey {
    IssuerKey::from_key_file(file("own/keys/issuer.key.json")).unwrap()
}

/// The bytes of a fixture, signed as the case says.
fn prepare(case: &Value) -> Vec<u8> {
    let mut doc = json(&format!("descriptors/{}", case["file"].as_str().unwrap()));
    let how = case["sign"].as_str().unwrap();
    if how == "none" {
        return serde_json::to_vec(&doc).unwrap();
    }
    let k = issuer();
    keurmerk::sign::set_issuer(doc.as_object_mut().unwrap(), &k.did_key());
    let at = Timestamp::parse("2026-07-01T00:00:00Z").unwrap().0;
    let map = doc.as_object().unwrap().clone();
    let mut signed = match how {
        "eddsa-jcs-2022" => Value::Object(sign_eddsa_jcs_2022(map, &k, &k.did_key_vm(), at)),
        "eddsa-rdfc-2022" => Value::Object(
            sign_linked_data(map, &k, &k.did_key_vm(), at, LinkedDataSuite::EddsaRdfc2022).unwrap(),
        ),
        "jwt-ob3" => {
            return sign_jwt(&map, &k, &k.did_key_vm(), JwtProfile::OpenBadges3).into_bytes();
        }
        other => panic!("unknown signing {other}"),
    };
    if let Some(Value::Object(add)) = case.get("after_signing") {
        let a = signed["credentialSubject"]["achievement"]
            .as_object_mut()
            .unwrap();
        for (k, v) in add {
            a.insert(k.clone(), v.clone());
        }
    }
    serde_json::to_vec(&signed).unwrap()
}

fn verify(bytes: &[u8], case: &Value) -> Report {
    let lenient = case["allow_undefined_terms"].as_bool().unwrap_or(false);
    Verifier::new(Config {
        policy: Policy {
            allow_undefined_terms: lenient,
            ..Policy::default()
        },
        lang: case["lang"].as_str().map(str::to_owned),
        ..Config::default()
    })
    .unwrap()
    .verify(bytes, now())
}

#[test]
fn every_fixture_states_what_cases_json_expects() {
    let cases = json("descriptors/cases.json");
    let cases = cases["cases"].as_array().unwrap();
    assert!(cases.len() >= 10, "all fixtures are listed");
    let mut failures = Vec::new();
    for case in cases {
        let name = case["file"].as_str().unwrap();
        let report = verify(&prepare(case), case);
        let got = serde_json::to_value(&report).unwrap();
        if std::env::var_os("KEURMERK_PRINT").is_some() {
            println!("== {name}\n{}", serde_json::to_string_pretty(&json!({"verdict": got["verdict"], "descriptors": got["descriptors"], "annex_i": got["annex_i"]})).unwrap());
        }
        if let Some(v) = case.get("verdict") {
            if &got["verdict"] != v {
                failures.push(format!("{name}: verdict {} != {v}", got["verdict"]));
            }
        }
        let expected = case["descriptors"].as_object().unwrap();
        for (element, want) in expected {
            let have = &got["descriptors"][element];
            if have.is_null() {
                failures.push(format!("{name}: {element} missing"));
                continue;
            }
            for (field, w) in want.as_object().unwrap() {
                let h = match field.as_str() {
                    "display_en" => &have["display"]["en"],
                    "display_nl" => &have["display"]["nl"],
                    f => &have[f],
                };
                if h != w {
                    failures.push(format!("{name}: {element}.{field} = {h}, expected {w}"));
                }
            }
        }
        for absent in case["absent"].as_array().into_iter().flatten() {
            let a = absent.as_str().unwrap();
            if !got["descriptors"][a].is_null() {
                failures.push(format!("{name}: {a} should be absent"));
            }
        }
        if got["annex_i"]["missing"] != case["missing"] {
            failures.push(format!(
                "{name}: missing = {}, expected {}",
                got["annex_i"]["missing"], case["missing"]
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn hostile_text_is_carried_untouched() {
    let mut doc = json("descriptors/mbo-240-sbu.json");
    let hostile = format!(
        "<script>alert(1)</script><img src=x onerror=alert(2)> javascript:alert(3) \u{202e}lave\u{202c} \u{200f}{}",
        "x".repeat(100_000)
    );
    doc["credentialSubject"]["achievement"]["name"] = json!(hostile);
    doc["credentialSubject"]["achievement"]["alignment"][2]["targetName"] = json!(hostile);
    doc["issuer"]["name"] = json!("<b>Uni</b>\u{202e}");
    let k = issuer();
    keurmerk::sign::set_issuer(doc.as_object_mut().unwrap(), &k.did_key());
    let at = Timestamp::parse("2026-07-01T00:00:00Z").unwrap().0;
    let bytes = serde_json::to_vec(&Value::Object(sign_eddsa_jcs_2022(
        doc.as_object().unwrap().clone(),
        &k,
        &k.did_key_vm(),
        at,
    )))
    .unwrap();
    let r = verify(&bytes, &json!({}));
    assert_eq!(r.verdict.as_str(), "issuer_unknown");
    assert_eq!(r.descriptors["title"].text, hostile);
    assert_eq!(r.descriptors["title"].display.nl, hostile);
    assert_eq!(r.descriptors["assessment"].text, hostile);
    assert_eq!(r.descriptors["awarding_body"].text, "<b>Uni</b>\u{202e}");
    assert!(r.descriptors["title"].signed);
}

#[test]
fn the_catalogue_has_dutch_and_english_for_everything() {
    let c = keurmerk::descriptors::vocab::catalogue();
    for e in keurmerk::descriptors::MANDATORY
        .iter()
        .chain(keurmerk::descriptors::OPTIONAL)
    {
        assert!(
            c["elements"][e]["nl"]
                .as_str()
                .is_some_and(|s| !s.is_empty()),
            "{e}"
        );
        assert!(
            c["elements"][e]["en"]
                .as_str()
                .is_some_and(|s| !s.is_empty()),
            "{e}"
        );
    }
    assert_eq!(c["concepts"]["participation"]["online"]["nl"], "Online");
}

/// ELM strings are language maps and `Concept` `prefLabel`s in many languages: the descriptors
/// follow the recruiter's language (the verifier's `lang`), and fall back to English.
#[test]
fn multilingual_elm_strings_follow_the_recruiters_language() {
    use keurmerk::descriptors::{extract, Coverage};
    let doc = json!({
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        "credentialSubject": {
            "hasClaim": {
                "title": { "en": "Digital content creation", "de": "Erstellung digitaler Inhalte", "fr": "Création de contenu numérique" },
                "specifiedBy": {
                    "learningOutcome": [{ "title": { "en": "Developing digital content", "nl": "Digitale inhoud ontwikkelen" } }],
                    "entryRequirement": { "noteLiteral": { "en": "An EU Login account", "fr": "Un compte EU Login" } }
                }
            }
        }
    });
    let doc = doc.as_object().unwrap();
    let text = |lang: &str, key: &str| {
        let (found, _) = extract(doc, &Coverage::All, lang);
        found.get(key).map(|d| d.text.clone()).unwrap_or_default()
    };
    assert_eq!(text("de", "title"), "Erstellung digitaler Inhalte");
    assert_eq!(text("fr", "title"), "Création de contenu numérique");
    assert_eq!(
        text("nl", "title"),
        "Digital content creation",
        "no Dutch: English"
    );
    assert_eq!(
        text("nl", "learning_outcomes"),
        "Digitale inhoud ontwikkelen"
    );
    assert_eq!(text("fr", "prerequisites"), "Un compte EU Login");
    assert_eq!(
        text("de-AT", "title"),
        "Erstellung digitaler Inhalte",
        "a regional tag"
    );
}
