//! Shared test support: the embedded vector files, the verdict mapping of DESIGN.md, a verifier
//! configured with the manifest's resolution documents.
#![allow(
    dead_code,
    unreachable_pub,
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use keurmerk::{Config, Document, Outcome, Report, Timestamp, Verifier};
use serde_json::Value;

include!(concat!(env!("OUT_DIR"), "/vector_files.rs"));

/// The codes of the checks that did not pass, for failure messages.
pub fn codes(r: &Report) -> Vec<&'static str> {
    r.checks
        .iter()
        .filter(|c| c.outcome != Outcome::Pass)
        .map(|c| c.code.as_str())
        .collect()
}

/// A file under tests/vectors.
pub fn file(path: &str) -> &'static [u8] {
    VECTOR_FILES
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, b)| *b)
        .unwrap_or_else(|| panic!("no vector {path}"))
}

pub fn json(path: &str) -> Value {
    serde_json::from_slice(file(path)).unwrap()
}

pub fn text(path: &str) -> &'static str {
    std::str::from_utf8(file(path)).unwrap()
}

/// The manifest's fixed evaluation time.
pub fn now() -> Timestamp {
    Timestamp::parse("2026-11-22T00:00:00Z").unwrap().0
}

/// Verdicts a manifest `expected` code may map to (DESIGN.md, "How the expected codes map").
pub fn mapped(expected: &str) -> &'static [&'static str] {
    match expected {
        "valid" => &["issuer_unknown"], // no trust list vouches in these tests
        "invalid-signature" | "issuer-mismatch" | "invalid-proof-purpose" => &["invalid"],
        "missing-proof" => &["invalid", "indeterminate"],
        "expired" => &["expired"],
        "not-yet-valid" => &["not_yet_valid"],
        "revoked" => &["revoked"],
        "status-unavailable" | "status-type-unsupported" => &["issuer_unknown"],
        "status-invalid" => &["indeterminate"],
        "malformed" => &["unreadable", "invalid"],
        "unknown-context"
        | "unsupported-cryptosuite"
        | "unsupported-proof-type"
        | "unsupported-algorithm"
        | "unresolvable-key" => &["indeterminate"],
        "resource-limit" => &["unreadable"],
        // The next wave (DESIGN.md): a key only the credential carries is never the issuer's.
        "valid-self-asserted-key" => &["issuer_unknown", "indeterminate"],
        "sd-base-proof" => &["indeterminate"],
        "invalid-disclosure" | "invalid-key-binding" => &["invalid"],
        "unsupported-presentation" => &["indeterminate", "unreadable"],
        other => panic!("unknown expected code {other}"),
    }
}

/// A verifier holding every resolution document of the external manifest.
pub fn external_verifier() -> Verifier {
    let manifest = json("external/MANIFEST.json");
    let documents = manifest["resolution"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(url, path)| Document {
            url: Some(url.clone()),
            bytes: file(&format!("external/{}", path.as_str().unwrap())).to_vec(),
        })
        .collect();
    Verifier::new(Config {
        documents,
        ..Config::default()
    })
    .unwrap()
}

/// Documents from `URL=PATH` strings, the path under tests/vectors prefixed by `dir`.
pub fn url_documents(documents: &[Value], dir: &str) -> Vec<Document> {
    documents
        .iter()
        .map(|d| {
            let (url, path) = d.as_str().unwrap().split_once('=').unwrap();
            Document {
                url: Some(url.to_owned()),
                bytes: file(&format!("{dir}{path}")).to_vec(),
            }
        })
        .collect()
}

/// A verifier with the given `URL=FILE` documents from tests/vectors/own.
pub fn own_verifier(documents: &[Value]) -> Verifier {
    Verifier::new(Config {
        documents: url_documents(documents, "own/"),
        ..Config::default()
    })
    .unwrap()
}

/// The next-wave formats checked so far: the ECDSA/RSA issue's, and SD-JWT (VC); Open Badges 2.0 comes later.
pub const NEXT_WAVE_IN_SCOPE: &[&str] = &[
    "json-ld",
    "vc-jwt",
    "vc-jwt (vc+jwt)",
    "png-baked",
    "svg-baked",
    "vp-jwt (vp+jwt)",
    "sd-jwt",
    "sd-jwt (vc+sd-jwt)",
    "sd-jwt-vc (dc+sd-jwt)",
    "ob2-signed (JWS)",
    "ob2-hosted",
];

/// A verifier holding the next-wave manifest's resolution documents and its extra contexts (as
/// documents the host supplies).
pub fn next_wave_verifier() -> Verifier {
    next_wave_verifier_for(&Value::Null)
}

/// As [`next_wave_verifier`], with a vector's `resolution_overrides` (`url -> {path, http_status}`):
/// the document behind a URL replaced, and a 410 answer given as `gone` (OB 2.0 hosted scenarios).
pub fn next_wave_verifier_for(vector: &Value) -> Verifier {
    let manifest = json("next-wave/MANIFEST.json");
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
    let mut gone = Vec::new();
    for (url, o) in vector["resolution_overrides"]
        .as_object()
        .into_iter()
        .flatten()
    {
        documents.retain(|d| d.url.as_deref() != Some(url.as_str()));
        documents.push(Document {
            url: Some(url.clone()),
            bytes: file(&format!("next-wave/{}", o["path"].as_str().unwrap())).to_vec(),
        });
        if o["http_status"] == 410 {
            gone.push(url.clone());
        }
    }
    Verifier::new(Config {
        documents,
        gone,
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

/// The verdict and code an own vector must get from the *synchronous* verifier on this target.
/// Natively that is its `EXPECTED.json` entry. In wasm, ECDSA and RSA belong to the platform
/// (WebCrypto, asynchronous): the synchronous call leaves a vector whose entry names such an
/// `algorithm` not checked — `indeterminate`, `signature_not_checked`, never accepted — and the npm
/// package's tests (tests/js/own-vectors.test.mjs) check its real verdict through WebCrypto.
pub fn own_expectation(e: &Value) -> (&str, &str) {
    let platform_only = e["algorithm"].as_str().is_some_and(|a| a != "EdDSA");
    if cfg!(target_arch = "wasm32") && platform_only {
        ("indeterminate", "signature_not_checked")
    } else {
        (e["verdict"].as_str().unwrap(), e["code"].as_str().unwrap())
    }
}
