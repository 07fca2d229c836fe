//! The next-wave vectors (../shared/vectors/next-wave, vendored in tests/vectors/next-wave): every
//! vector of the ECDSA/RSA issue's formats — Data Integrity ECDSA suites, VC-JWT and JWS with
//! ES256/ES384/RS256/PS256, Open Badges 3.0 JWTs baked in images, and the formats only named — gets
//! the verdict its manifest expects, with the DESIGN.md mapping. Native here; the same manifest runs
//! in wasm under Node and in Chromium through the npm package (tests/js/next-wave.test.mjs,
//! tests/e2e/next-wave.test.mjs), where ECDSA and RSA are WebCrypto's.
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::*;
use keurmerk::{Config, Document, Outcome, Report, Timestamp, Verifier};
use serde_json::Value;

/// The formats of this issue; SD-JWT VC and Open Badges 2.0 belong to the next one.
const IN_SCOPE: &[&str] = &[
    "json-ld",
    "vc-jwt",
    "vc-jwt (vc+jwt)",
    "png-baked",
    "svg-baked",
    "vp-jwt (vp+jwt)",
];

fn codes(r: &Report) -> Vec<&'static str> {
    r.checks
        .iter()
        .filter(|c| c.outcome != Outcome::Pass)
        .map(|c| c.code.as_str())
        .collect()
}

fn verifier(manifest: &Value) -> Verifier {
    let mut documents: Vec<Document> = manifest["resolution"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(url, path)| Document {
            url: Some(url.clone()),
            bytes: file(&format!("next-wave/{}", path.as_str().unwrap())).to_vec(),
        })
        .collect();
    for c in manifest["contexts"].as_array().unwrap() {
        let bytes = file(&format!("next-wave/{}", c["path"].as_str().unwrap()));
        documents.retain(|d| d.url.as_deref() != c["url"].as_str());
        documents.push(Document {
            url: Some(c["url"].as_str().unwrap().to_owned()),
            bytes: validator_cache_body(bytes).to_vec(),
        });
    }
    Verifier::new(Config {
        documents,
        ..Config::default()
    })
    .unwrap()
}

/// The 1EdTech validator caches a context as its URL, a blank line, then the JSON: the body.
fn validator_cache_body(bytes: &[u8]) -> &[u8] {
    match bytes.windows(2).position(|w| w == b"\n\n") {
        Some(i) if bytes.starts_with(b"http") => &bytes[i + 2..],
        _ => bytes,
    }
}

/// The verdicts a vector's `expected` and `acceptable_alternatives` map to; and `expired` for a
/// credential past its stated `validUntil`, which DESIGN.md's precedence puts before
/// `indeterminate` (the W3C prc base proof is both).
fn accepted(v: &Value, now: Timestamp) -> Vec<&'static str> {
    let mut want = mapped(v["expected"].as_str().unwrap()).to_vec();
    for alt in v["acceptable_alternatives"]
        .as_array()
        .into_iter()
        .flatten()
    {
        want.extend(mapped(alt.as_str().unwrap()));
    }
    let until = v["validity"]["validUntil"]
        .as_str()
        .and_then(|t| Timestamp::parse(t).ok());
    if want.contains(&"indeterminate") && until.is_some_and(|(t, _)| t < now) {
        want.push("expired");
    }
    want
}

fn evaluate_at(manifest: &Value) -> Timestamp {
    Timestamp::parse(manifest["evaluate_at"].as_str().unwrap())
        .unwrap()
        .0
}

#[test]
fn every_next_wave_vector_of_these_formats_gets_the_mapped_verdict() {
    let manifest = json("next-wave/MANIFEST.json");
    let verifier = verifier(&manifest);
    let now = evaluate_at(&manifest);
    let mut failures = Vec::new();
    let mut checked = 0;
    for v in manifest["vectors"].as_array().unwrap() {
        if !IN_SCOPE.contains(&v["format"].as_str().unwrap()) {
            continue;
        }
        let path = v["path"].as_str().unwrap();
        let report = verifier.verify(file(&format!("next-wave/{path}")), now);
        let want = accepted(v, now);
        if !want.contains(&report.verdict.as_str()) {
            failures.push(format!(
                "{path}: expected {} → {want:?}, got {} {:?}",
                v["expected"],
                report.verdict.as_str(),
                codes(&report)
            ));
        }
        checked += 1;
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(
        checked, 55,
        "the in-scope set changed: update this count deliberately"
    );
}
