//! EU descriptors from SD-JWTs: an SD-JWT VC's claims (the EUDI Learning Credential's Annex I
//! claims, the registered `iss`/`iat`, the holder's name) and a `vc+sd-jwt` VC through the Open
//! Badges readers; a descriptor from a claim the holder disclosed is `disclosed: true` (and
//! signed), one from the issuer-signed payload is only signed.
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::*;
use keurmerk::encoding::base64url_encode;
use keurmerk::sign::{sign_compact, IssuerKey};
use keurmerk::{Config, Report, Timestamp, Verifier};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// 2026-11-22T00:00:00Z
const NOW: i64 = 1_795_305_600;

fn disclosure(parts: &Value) -> (String, String) {
    let d = base64url_encode(parts.to_string().as_bytes());
    let digest = base64url_encode(&Sha256::digest(d.as_bytes()));
    (d, digest)
}

fn verify(sd: &str) -> Report {
    Verifier::new(Config::default())
        .unwrap()
        .verify(sd.as_bytes(), Timestamp::from_unix(NOW))
}

/// Whether pointer `a` is `b` or inside it.
fn within(a: &str, b: &str) -> bool {
    a.strip_prefix(b)
        .is_some_and(|r| r.is_empty() || r.starts_with('/'))
}

/// A disclosed descriptor is signed, and its source is or holds a disclosed claim; the others
/// touch none.
fn assert_marks_follow_the_disclosures(r: &Report, name: &str) {
    let disclosed: Vec<String> = r
        .disclosure
        .as_ref()
        .map(|d| d.disclosed.clone())
        .unwrap_or_default();
    for (k, d) in &r.descriptors {
        let touches = disclosed
            .iter()
            .any(|p| within(p, &d.source) || within(&d.source, p));
        assert_eq!(d.disclosed, touches, "{name}: {k} at {}", d.source);
        assert!(
            !d.disclosed || d.signed,
            "{name}: {k} disclosed but not signed"
        );
    }
}

#[test]
fn sd_jwt_vectors_mark_what_the_holder_disclosed() {
    let manifest = json("next-wave/MANIFEST.json");
    let verifier = next_wave_verifier();
    let now = Timestamp::parse(manifest["evaluate_at"].as_str().unwrap())
        .unwrap()
        .0;
    let mut seen = 0;
    for v in manifest["vectors"].as_array().unwrap() {
        let path = v["path"].as_str().unwrap();
        if !v["format"].as_str().unwrap().starts_with("sd-jwt") {
            continue;
        }
        let r = verifier.verify(file(&format!("next-wave/{path}")), now);
        assert_marks_follow_the_disclosures(&r, path);
        seen += 1;
    }
    assert!(seen >= 10, "{seen} SD-JWT vectors");
    // the IETF example 1 presentation: issuer and date from the always-visible iss and iat
    let r = verifier.verify(
        file("next-wave/ietf-sd-jwt-vc/ex01-presentation-kb.txt"),
        now,
    );
    assert_eq!(r.verdict.as_str(), "issuer_unknown");
    let body = &r.descriptors["awarding_body"];
    assert_eq!(
        (
            body.text.as_str(),
            body.source.as_str(),
            body.signed,
            body.disclosed
        ),
        ("https://example.com/issuer", "/iss", true, false)
    );
    assert_eq!(r.descriptors["date_of_issue"].value, "2023-05-02T04:00:00Z");
    let json = serde_json::to_value(&r).unwrap();
    assert!(json["descriptors"]["awarding_body"]
        .get("disclosed")
        .is_none());
}

/// A microcredential in the EUDI Learning Credential's claims: the holder discloses their name,
/// one of two learning outcomes and the level; the rest is in the issuer-signed payload.
fn learning_credential(key: &IssuerKey) -> String {
    let (given, given_d) = disclosure(&json!(["s1", "given_name", "Erika"]));
    let (family, family_d) = disclosure(&json!(["s2", "family_name", "Mustermann"]));
    let (outcome, outcome_d) = disclosure(&json!(["s3", "Analyze business processes"]));
    let (_, withheld_d) = disclosure(&json!(["s4", "Evaluate machine learning models"]));
    let (level, level_d) = disclosure(&json!(["s5", "level_of_learning_experience", 5]));
    let payload = json!({
        "iss": key.did_key(), "iat": 1_767_225_600, "exp": NOW + 86_400 * 365,
        "vct": "urn:eu.europa.ec.eudi:learning:credential:1",
        "issuing_authority": "Hogeschool Voorbeeld", "issuing_country": "NL",
        "achievement_title": "Applied AI in Business",
        "expected_study_time": "5 ECTS", "form_of_participation": "online",
        "types_of_quality_assurance": ["NVAO accreditation"],
        "learning_outcomes": [{"...": outcome_d}, {"...": withheld_d}],
        "_sd": [given_d, family_d, level_d], "_sd_alg": "sha-256"
    });
    let header = json!({"alg": "EdDSA", "typ": "dc+sd-jwt", "kid": key.did_key_vm()});
    let jws = sign_compact(&header, &payload, key);
    format!("{jws}~{given}~{family}~{outcome}~{level}~")
}

#[test]
fn a_learning_credential_sd_jwt_vc_maps_to_annex_i_with_disclosures_marked() {
    let key = IssuerKey::from_seed(&[5; 32]);
    let r = verify(&learning_credential(&key));
    assert_eq!(r.verdict.as_str(), "issuer_unknown", "{:?}", codes(&r));
    let d = &r.descriptors;
    let mark = |k: &str| (d[k].signed, d[k].disclosed);
    assert_eq!(d["learner"].text, "Erika Mustermann");
    assert_eq!(mark("learner"), (true, true));
    assert_eq!(d["level"].value["eqf"], 5);
    assert_eq!(mark("level"), (true, true));
    assert_eq!(d["learning_outcomes"].text, "Analyze business processes");
    assert_eq!(mark("learning_outcomes"), (true, true));
    for signed_only in [
        "title",
        "awarding_body",
        "country",
        "workload",
        "participation",
    ] {
        assert_eq!(mark(signed_only), (true, false), "{signed_only}");
    }
    assert_eq!(d["workload"].value, json!({"ects": 5}));
    assert_eq!(d["date_of_issue"].source, "/iat");
    assert_marks_follow_the_disclosures(&r, "learning credential");
    assert_eq!(r.disclosure.as_ref().unwrap().withheld, 1);
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["descriptors"]["learner"]["disclosed"], true);

    // tampered: a changed disclosure makes it invalid, and nothing is signed or disclosed
    let sd = learning_credential(&key).replace(
        &base64url_encode(json!(["s1", "given_name", "Erika"]).to_string().as_bytes()),
        &base64url_encode(
            json!(["s1", "given_name", "Mallory"])
                .to_string()
                .as_bytes(),
        ),
    );
    assert_eq!(verify(&sd).verdict.as_str(), "invalid");
}

#[test]
fn a_vc_sd_jwt_open_badge_goes_through_the_open_badges_readers() {
    let key = IssuerKey::from_seed(&[6; 32]);
    let achievement = json!({"id": "https://example.edu/achievements/1", "type": ["Achievement"],
        "name": "Data Literacy", "description": "Reads and questions data.",
        "criteria": {"narrative": "Passed the final assessment."}});
    let (ach, ach_d) = disclosure(&json!(["s1", "achievement", achievement]));
    let (name, name_d) = disclosure(&json!(["s2", "name", "Ada Lovelace"]));
    let payload = json!({
        "@context": ["https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": key.did_key(), "type": ["Profile"], "name": "Example University"},
        "validFrom": "2026-01-01T00:00:00Z",
        "credentialSubject": {"type": ["AchievementSubject"], "_sd": [ach_d, name_d]},
        "_sd_alg": "sha-256"
    });
    let header = json!({"alg": "EdDSA", "typ": "vc+sd-jwt", "kid": key.did_key_vm()});
    let sd = format!("{}~{ach}~{name}~", sign_compact(&header, &payload, &key));
    let r = verify(&sd);
    assert_eq!(r.verdict.as_str(), "issuer_unknown", "{:?}", codes(&r));
    let d = &r.descriptors;
    assert_eq!(d["title"].text, "Data Literacy");
    assert_eq!((d["title"].signed, d["title"].disclosed), (true, true));
    assert_eq!((d["learner"].signed, d["learner"].disclosed), (true, true));
    assert_eq!(
        (d["awarding_body"].signed, d["awarding_body"].disclosed),
        (true, false)
    );
    assert_marks_follow_the_disclosures(&r, "vc+sd-jwt");
}

#[cfg(all(feature = "cli", not(target_arch = "wasm32")))]
#[test]
fn the_cli_says_disclosed_by_the_holder() {
    let dir = std::env::temp_dir().join(format!("keurmerk-sd-desc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("learning.sd-jwt");
    std::fs::write(&path, learning_credential(&IssuerKey::from_seed(&[5; 32]))).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_keurmerk"))
        .args(["verify", "--now", "2026-11-22T00:00:00Z"])
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let line = |needle: &str| {
        text.lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle:?} not in\n{text}"))
            .to_owned()
    };
    assert!(
        line("Erika Mustermann").contains("(disclosed by the holder)"),
        "{text}"
    );
    assert!(
        !line("Applied AI in Business").contains("disclosed"),
        "{text}"
    );
    std::fs::remove_dir_all(&dir).ok();
}
