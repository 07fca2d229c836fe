//! Europass Digital Credentials sealed with JAdES (issue 18, first part): every vector of
//! tests/vectors/edc/ gets a verdict its manifest accepts (no trust list loaded), at the
//! manifest's `now`; the seal's three lines stay separate; the seal's identity is data.
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use keurmerk::{CheckId, Code, Config, Deferred, Native, Provider, Report, Timestamp, Verifier};
use serde_json::Value;

fn manifest() -> Value {
    common::json("edc/MANIFEST.json")
}

fn now() -> Timestamp {
    Timestamp::parse(manifest()["now"].as_str().unwrap())
        .unwrap()
        .0
}

fn verify(path: &str) -> Report {
    let v = Verifier::new(Config::default()).unwrap();
    v.verify(common::file(&format!("edc/{path}")), now())
}

fn code(r: &Report, id: CheckId) -> Vec<Code> {
    r.checks
        .iter()
        .filter(|c| c.id == id)
        .map(|c| c.code)
        .collect()
}

#[test]
fn every_vector_gets_an_expected_verdict() {
    let m = manifest();
    let entries = m["entries"].as_array().unwrap();
    assert!(entries.len() >= 8);
    for e in entries {
        let path = e["path"].as_str().unwrap();
        let expected: Vec<&str> = e["expected"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let r = verify(path);
        if expected == ["?"] {
            continue;
        }
        assert!(
            expected.contains(&r.verdict.as_str()),
            "{path}: {} not in {expected:?} ({:?})",
            r.verdict.as_str(),
            common::codes(&r)
        );
        // the reference check's word on the signature
        let verifies = e["reference_check"]["signature"] == "verifies";
        let proof = code(&r, CheckId::Proof);
        assert_eq!(proof.contains(&Code::SignatureValid), verifies, "{path}");
    }
}

#[test]
fn three_separate_lines_for_a_verified_seal() {
    let r = verify("elm-sample-mc-annex1-signed.jsonld");
    let proof = r.checks.iter().find(|c| c.id == CheckId::Proof).unwrap();
    assert_eq!(proof.code, Code::SignatureValid);
    assert!(
        proof.detail.contains("ORGANIZACION TEST"),
        "{}",
        proof.detail
    );
    // expired since 2025-05-10, only sigT says when it was sealed
    let cert = code(&r, CheckId::IssuerKey);
    assert_eq!(
        cert,
        [Code::SealCertificateOutsideValidity, Code::StatusNotChecked]
    );
    assert_eq!(r.verdict.as_str(), "indeterminate");
    assert_eq!(
        r.deciding_check().unwrap().code,
        Code::SealCertificateOutsideValidity
    );
    assert_eq!(code(&r, CheckId::Trust), [Code::TrustNoLists]);
    // the payload is the credential: its ELM descriptors are read, and signed
    assert!(!r.descriptors.is_empty());
    assert!(r.unsigned.is_empty());
}

#[test]
fn the_seal_is_stated_as_data() {
    let r = verify("elm-sample-mc-annex1-signed.jsonld");
    let seal = r.seal.as_ref().unwrap();
    assert_eq!(
        seal.subject.organisation.as_deref(),
        Some("ORGANIZACION TEST")
    );
    assert_eq!(seal.subject.country.as_deref(), Some("ES"));
    assert_eq!(
        seal.subject.organisation_identifier.as_deref(),
        Some("VATES-A00000000")
    );
    assert_eq!(seal.subject.common_name.as_deref(), Some("TEST SEAL"));
    assert!(seal
        .issuer
        .contains("ANF AC Qualified Certificates for eSeal"));
    assert_eq!(seal.not_after, "2025-05-10T14:31:15Z");
    assert!(seal.qualified.qc_compliance && seal.qualified.qc_type_eseal);
    assert!(!seal.qualified.qc_sscd);
    assert_eq!(
        seal.level_words,
        "advanced seal with a qualified certificate"
    );
    assert_eq!(seal.signing_time.as_deref(), Some("2023-09-27T11:54:17Z"));
    assert_eq!(seal.signing_time_source, Some("sigT"));
    // the credential's own issuer name is self-asserted
    let issuer = r.issuer.as_ref().unwrap();
    assert_eq!(issuer.name_source.as_deref(), Some("self_asserted"));
    let json: Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(json["seal"]["qualified"]["qcSSCD"], false);
    assert_eq!(
        json["seal"]["subject"]["organisationIdentifier"],
        "VATES-A00000000"
    );
}

#[test]
fn the_payload_bytes_are_what_is_sealed() {
    // same JSON value, other bytes: never re-serialised, so the seal fails
    let r = verify("constructed-elm-mc-payload-reserialised.jsonld");
    assert_eq!(code(&r, CheckId::Proof), [Code::SignatureInvalid]);
    assert_eq!(r.verdict.as_str(), "invalid");
    // the envelope's formatting is not sealed
    let pretty = verify("constructed-elm-mc-envelope-pretty.jsonld");
    assert_eq!(code(&pretty, CheckId::Proof), [Code::SignatureValid]);
    // CR LF inside the payload string (a presentation, not scored): the seal still verifies
    let vp = verify("edci-vp-jades-baseline-lta.json");
    assert_eq!(code(&vp, CheckId::Proof), [Code::SignatureValid]);
}

#[test]
fn a_credential_past_its_valid_until_is_expired() {
    let r = verify("edci-credential-signed.jsonld");
    assert_eq!(r.verdict.as_str(), "expired");
    assert_eq!(
        r.validity.as_ref().unwrap().valid_until.as_deref(),
        Some("2024-09-25T00:00:00Z")
    );
}

#[test]
fn a_certificate_valid_now_passes_and_stays_issuer_unknown() {
    // before the seal certificate expired: valid then, and the trust line says no lists loaded
    let at = Timestamp::parse("2024-01-01T00:00:00Z").unwrap().0;
    let v = Verifier::new(Config::default()).unwrap();
    let r = v.verify(common::file("edc/elm-sample-mc-annex1-signed.jsonld"), at);
    assert_eq!(
        code(&r, CheckId::IssuerKey),
        [Code::SealCertificateValid, Code::StatusNotChecked]
    );
    assert_eq!(
        r.verdict.as_str(),
        "issuer_unknown",
        "{:?}",
        common::codes(&r)
    );
}

#[test]
fn unknown_critical_members_are_refused() {
    use keurmerk::Verdict;
    let doc = common::json("edc/elm-sample-mc-annex1-signed.jsonld");
    let protected = doc["signatures"][0]["protected"].as_str().unwrap();
    let header: Value = serde_json::from_slice(&base64url(protected)).unwrap();
    let mut changed = header.clone();
    changed["crit"].as_array_mut().unwrap().push("sigPl".into());
    changed["sigPl"] = serde_json::json!({});
    let mut doc2 = doc.clone();
    doc2["signatures"][0]["protected"] = encode(&serde_json::to_vec(&changed).unwrap()).into();
    let v = Verifier::new(Config::default()).unwrap();
    let r = v.verify(&serde_json::to_vec(&doc2).unwrap(), now());
    assert_eq!(code(&r, CheckId::Proof), [Code::JwtHeaderInvalid]);
    assert_eq!(r.verdict, Verdict::Invalid);
}

/// As the wasm layer verifies with the platform's crypto: a fresh deferred provider each pass,
/// given every answer so far, at most `MAX_PASSES` passes (js/index.js). The final report, the
/// signatures asked, and the passes that asked.
fn deferred_passes(v: &Verifier, bytes: &[u8]) -> (Report, usize, usize) {
    const MAX_PASSES: usize = 4;
    let mut answers = Vec::new();
    let (mut asked, mut passes) = (0, 0);
    loop {
        let mut deferred = Deferred::deferring_everything();
        for (check, result) in &answers {
            deferred.answer(check, Clone::clone(result));
        }
        let report = v.verify_with(bytes, now(), &deferred);
        let more = deferred.asked();
        if more.is_empty() || passes + 1 == MAX_PASSES {
            return (report, asked, passes);
        }
        asked += more.len();
        passes += 1;
        for check in more {
            let result = Native.verify(&check);
            answers.push((check, result));
        }
    }
}

#[test]
fn a_deferred_provider_gives_the_same_report() {
    let v = Verifier::new(Config::default()).unwrap();
    let bytes = common::file("edc/elm-sample-certofpart-signed.jsonld");
    let (report, asked, _) = deferred_passes(&v, bytes);
    assert!(asked >= 2, "the seal and what stands behind it: {asked}");
    assert_eq!(report, v.verify(bytes, now()));
}

fn base64url(s: &str) -> Vec<u8> {
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut bits = 0u32;
    let mut n = 0;
    let mut out = Vec::new();
    for c in s.bytes() {
        let v = alphabet.iter().position(|&a| a == c).unwrap() as u32;
        bits = (bits << 6) | v;
        n += 6;
        if n >= 8 {
            n -= 8;
            out.push((bits >> n) as u8);
        }
    }
    out
}

fn encode(bytes: &[u8]) -> String {
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(alphabet[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// With the EU trusted lists imported (tests/vectors/edc-trust/, scripts/make-eidas-list.py), the
/// deferred provider is asked for the seal, then for the certificates behind it (the CA's
/// signature, the timestamp's, the embedded OCSP response's), and its answers give the report the
/// Rust provider gives (natively: RSA in Rust) within the npm package's four passes.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn with_the_eu_lists_the_deferred_provider_checks_the_seal_and_its_ca() {
    let op = common::json("edc-trust/operator.json");
    let v = Verifier::new(Config {
        trust_lists: vec![common::file("edc-trust/eidas-es.list.json").to_vec()],
        trust_anchors: vec![format!(
            "did:key:{}",
            op["publicKeyMultibase"].as_str().unwrap()
        )],
        ..Config::default()
    })
    .unwrap();
    let bytes = common::file("edc/elm-sample-mc-annex1-signed.jsonld");
    let direct = v.verify(bytes, now());
    assert_eq!(code(&direct, CheckId::Trust), [Code::TrustVouched]);
    let (report, asked, passes) = deferred_passes(&v, bytes);
    assert!(asked >= 2, "{asked} signatures asked");
    assert!(
        passes < 4,
        "answered within the four passes of the npm package: {passes}"
    );
    assert_eq!(report, direct);
}

/// The compact serialisation (tests/vectors/crafted-jades/, scripts/make-crafted-jades.py): a seal
/// `header.payload.signature` is read as a seal (recognised by `sigT`), a changed payload is
/// invalid, and a detached one (`header..signature`) is named, not unreadable. Natively: the RSA
/// seal is checked by the Rust provider (in the browser by WebCrypto, tests/e2e/edc.test.mjs).
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn compact_seals_get_their_expected_verdicts() {
    let expected = common::json("crafted-jades/EXPECTED.json");
    let v = Verifier::new(Config::default()).unwrap();
    for (file, e) in expected.as_object().unwrap() {
        let r = v.verify(common::file(&format!("crafted-jades/{file}")), now());
        assert_eq!(
            r.verdict.as_str(),
            e["verdict"],
            "{file}: {:?}",
            common::codes(&r)
        );
        if file == "compact-sealed.jades" {
            assert_eq!(r.securing, ["jades:RS256"]);
            let seal = r.seal.as_ref().unwrap();
            assert_eq!(
                seal.subject.organisation.as_deref(),
                Some("Keurmerk Test College")
            );
            assert_eq!(code(&r, CheckId::IssuerKey)[0], Code::SealCertificateValid);
        }
    }
}

/// The certificate line reads the OCSP response the seal embeds (`rVals.ocspVals`), signed by the
/// CA's responder: good at signing time for both ANF samples. A response changed by one byte does
/// not verify and is said so; the verdict does not move (the certificates have expired since).
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn the_embedded_ocsp_response_is_read_and_checked() {
    let v = Verifier::new(Config::default()).unwrap();
    let line = |bytes: &[u8]| {
        let r = v.verify(bytes, now());
        let c = r
            .checks
            .iter()
            .find(|c| c.id == CheckId::IssuerKey)
            .unwrap()
            .clone();
        (r.verdict, c)
    };
    let (_, c) = line(common::file("edc/elm-sample-mc-annex1-signed.jsonld"));
    assert!(
        c.detail.contains("produced 2023-09-27T11:54:17Z by C=ES, O=ANF Autoridad de Certificacion, CN=ANF AC Qualified Certificates for eSeal Responder 1468, says the certificate was not revoked then"),
        "{}",
        c.detail
    );
    let mut doc: Value = common::json("edc/elm-sample-mc-annex1-signed.jsonld");
    let members = doc["signatures"][0]["header"]["etsiU"]
        .as_array_mut()
        .unwrap();
    let mut changed = false;
    for m in members.iter_mut() {
        let Value::String(s) = m else { continue };
        let mut inner: Value = serde_json::from_slice(&base64url(s)).unwrap();
        if let Some(val) = inner.pointer_mut("/rVals/ocspVals/0/val") {
            let text = val.as_str().unwrap();
            // one base64 character near the end (inside the signature) changed
            let i = text.len() - 20;
            let c = if &text[i..=i] == "A" { "B" } else { "A" };
            *val = format!("{}{c}{}", &text[..i], &text[i + 1..]).into();
            *m = encode(&serde_json::to_vec(&inner).unwrap()).into();
            changed = true;
        }
    }
    assert!(changed, "the sample embeds an OCSP response");
    let (verdict, c) = line(&serde_json::to_vec(&doc).unwrap());
    assert_eq!(verdict.as_str(), "indeterminate");
    assert!(
        c.detail
            .contains("the embedded revocation data is not checked"),
        "{}",
        c.detail
    );
}
