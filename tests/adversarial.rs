//! The adversarial corpus (docs/security.md): attacks on the verifier, each with the verdict it must
//! get and the check code that says why. Files are in tests/vectors/adversarial (made by
//! scripts/make-adversarial.py); inputs too large to keep in git are built here. Nothing may
//! panic, take longer than its budget, or come out `verified` / `issuer_unknown` unless the corpus
//! says so. Runs natively and in wasm (where the stack is 1 MiB and `usize` has 32 bits).
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::*;
use keurmerk::{Config, Outcome, Report, Verifier};
use serde_json::{json, Value};

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

/// Longest one verification may take in a debug build, natively (release builds are ~20x faster).
#[cfg(not(target_arch = "wasm32"))]
const BUDGET: std::time::Duration = std::time::Duration::from_secs(5);

/// The operator key that signed own/trust-list.signed.json.
fn operator_anchor() -> String {
    json("own/keys/operator.key.json")["publicKeyMultibase"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// A verifier with `URL=PATH` documents (paths under tests/vectors) and, with `trust`, the own
/// signed trust list (it vouches for own/keys/issuer and the own did:web issuer).
fn verifier(documents: &[Value], trust: bool) -> Verifier {
    let documents = url_documents(documents, "");
    let (trust_lists, trust_anchors) = if trust {
        (
            vec![file("own/trust-list.signed.json").to_vec()],
            vec![operator_anchor()],
        )
    } else {
        (Vec::new(), Vec::new())
    };
    Verifier::new(Config {
        documents,
        trust_lists,
        trust_anchors,
        ..Config::default()
    })
    .unwrap()
}

fn failing(r: &Report) -> Vec<String> {
    r.checks
        .iter()
        .filter(|c| c.outcome != Outcome::Pass)
        .map(|c| format!("{}: {}", c.code.as_str(), c.detail))
        .collect()
}

/// Verifies, natively within [`BUDGET`].
fn timed_verify(v: &Verifier, bytes: &[u8], what: &str) -> Report {
    #[cfg(not(target_arch = "wasm32"))]
    let start = std::time::Instant::now();
    let report = v.verify(bytes, now());
    #[cfg(not(target_arch = "wasm32"))]
    assert!(
        start.elapsed() < BUDGET,
        "{what} took {:?}, over the budget of {BUDGET:?}",
        start.elapsed()
    );
    let _ = what;
    report
}

/// `verdict` and a check with `code`, or a line saying what came instead.
fn mismatch(name: &str, r: &Report, verdict: &str, code: &str) -> Option<String> {
    let has_code = r.checks.iter().any(|c| c.code.as_str() == code);
    (r.verdict.as_str() != verdict || !has_code).then(|| {
        format!(
            "{name}: expected {verdict} with {code}, got {} {:?}",
            r.verdict.as_str(),
            failing(r)
        )
    })
}

#[test]
fn every_adversarial_file_gets_its_verdict_and_code() {
    let expected = json("adversarial/EXPECTED.json");
    let mut failures = Vec::new();
    let mut accepted = 0;
    for (name, e) in expected.as_object().unwrap() {
        let v = verifier(
            e["documents"].as_array().unwrap(),
            e["trust"].as_bool().unwrap(),
        );
        let r = timed_verify(&v, file(&format!("adversarial/{name}")), name);
        let verdict = e["verdict"].as_str().unwrap();
        failures.extend(mismatch(name, &r, verdict, e["code"].as_str().unwrap()));
        assert_ne!(r.verdict.as_str(), "verified", "{name} must never verify");
        if r.verdict.as_str() == "issuer_unknown" {
            accepted += 1;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(expected.as_object().unwrap().len() >= 80);
    // The corpus is attacks, apart from a few controls and attacks that must be shown as what they
    // are: a good signature by someone no trust list vouches for.
    assert!(accepted <= 12, "{accepted} adversarial files were accepted");
}

#[test]
fn the_trust_list_cases_are_not_vacuous() {
    // The same verifier vouches for the real issuer …
    let real = verifier(&[], true).verify(file("own/jcs-valid.json"), now());
    assert_eq!(real.verdict.as_str(), "verified", "{:?}", failing(&real));
    // … but never for the attacker who borrows its name, in any spelling.
    let expected = json("adversarial/EXPECTED.json");
    let mut n = 0;
    for (name, e) in expected.as_object().unwrap() {
        if !e["trust"].as_bool().unwrap() {
            continue;
        }
        let r = verifier(e["documents"].as_array().unwrap(), true)
            .verify(file(&format!("adversarial/{name}")), now());
        let issuer = r.issuer.as_ref().unwrap();
        assert!(issuer.trusted_by.is_empty(), "{name}");
        assert_eq!(
            issuer.name_source.as_deref(),
            Some("self_asserted"),
            "{name}"
        );
        assert!(
            r.checks
                .iter()
                .any(|c| c.code.as_str() == "signature_valid"),
            "{name}: the attack is a good signature, so only trust can stop it"
        );
        n += 1;
    }
    assert!(n >= 7);
}

// ── inputs built here: too large for git ──

fn png_chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    let mut out = u32::try_from(data.len()).unwrap().to_be_bytes().to_vec();
    out.extend_from_slice(&body);
    out.extend_from_slice(&keurmerk::encoding::crc32(&body).to_be_bytes());
    out
}

/// A 1x1 PNG with `chunks` after IHDR.
fn png(chunks: &[Vec<u8>]) -> Vec<u8> {
    let mut out = keurmerk::intake::png::MAGIC.to_vec();
    out.extend(png_chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]));
    for c in chunks {
        out.extend_from_slice(c);
    }
    out.extend(png_chunk(b"IEND", b""));
    out
}

fn itxt(text: &[u8]) -> Vec<u8> {
    let mut data = b"openbadgecredential\0\0\0\0\0".to_vec();
    data.extend_from_slice(text);
    png_chunk(b"iTXt", &data)
}

fn svg(body: &str) -> Vec<u8> {
    format!("<svg xmlns=\"http://www.w3.org/2000/svg\">{body}</svg>").into_bytes()
}

fn with_subject(base: &str, f: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut doc = json(base);
    f(&mut doc);
    serde_json::to_vec(&doc).unwrap()
}

/// An inline context where each term is a compact IRI using the one before: defining the last one
/// defines them all, recursively.
fn term_chain(n: usize) -> Vec<u8> {
    with_subject("own/rdfc-valid.json", |doc| {
        let mut ctx = serde_json::Map::new();
        ctx.insert("t0".into(), json!("https://example.org/v#"));
        for i in 1..n {
            ctx.insert(format!("t{i}"), json!(format!("t{}:x", i - 1)));
        }
        doc["@context"]
            .as_array_mut()
            .unwrap()
            .push(Value::Object(ctx));
        doc["credentialSubject"][format!("t{}", n - 1)] = json!("boom");
    })
}

/// (what, input, verdict, code)
fn generated() -> Vec<(&'static str, Vec<u8>, &'static str, &'static str)> {
    let credential = file("own/rdfc-valid.json");
    let five_mb = "x".repeat(5 << 20);
    let three_mb = "x".repeat(3 << 20);
    vec![
        (
            "a 5 MB string",
            format!("{{\"name\":\"{five_mb}\"}}").into_bytes(),
            "unreadable",
            "input_too_large",
        ),
        (
            "a 3 MB string (under MAX_INPUT_BYTES, over MAX_JSON_BYTES)",
            format!("{{\"name\":\"{three_mb}\"}}").into_bytes(),
            "unreadable",
            "input_too_large",
        ),
        (
            "a 600 KB issuer name in a signed credential",
            with_subject("own/jcs-valid.json", |d| {
                d["issuer"]["name"] = json!("x".repeat(600 << 10));
            }),
            "unreadable",
            "json_string_too_long",
        ),
        (
            "a 5 MB credential chunk in a PNG",
            png(&[itxt(five_mb.as_bytes())]),
            "unreadable",
            "input_too_large",
        ),
        (
            "a 3 MB string in a PNG credential chunk",
            png(&[itxt(format!("{{\"name\":\"{three_mb}\"}}").as_bytes())]),
            "unreadable",
            "input_too_large",
        ),
        (
            "a 3 MB JWT payload",
            format!(
                "eyJhbGciOiJFZERTQSJ9.{}.AAAA",
                keurmerk::encoding::base64url_encode(
                    format!("{{\"vc\":\"{}\"}}", "x".repeat(2 << 20)).as_bytes()
                )
            )
            .into_bytes(),
            "unreadable",
            "input_too_large",
        ),
        (
            "10,001 PNG chunks before the credential",
            png(&[png_chunk(b"tEXt", b"k\0v").repeat(10_001), itxt(credential)]),
            "unreadable",
            "image_no_credential",
        ),
        (
            "100,000 nested SVG elements",
            svg(&"<g>".repeat(100_000)),
            "unreadable",
            "image_no_credential",
        ),
        (
            "100,000 nested SVG elements, each declaring namespaces",
            svg(&"<g xmlns:a=\"urn:a\" xmlns:b=\"urn:b\">".repeat(100_000)),
            "unreadable",
            "image_no_credential",
        ),
        (
            "100,000 DOCTYPEs, then 2 MB",
            svg(&("<!x>".repeat(100_000) + &" ".repeat(2 << 20))),
            "unreadable",
            "image_malformed",
        ),
        (
            "2 MB of & in the credential element (entity references)",
            svg(&format!(
                "<openbadges:credential xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">{}</openbadges:credential>",
                "&".repeat(2 << 20)
            )),
            "unreadable",
            "format_unknown",
        ),
        (
            "2 MB of & in an attribute",
            svg(&format!("<g a=\"{}\"/>", "&".repeat(2 << 20))),
            "unreadable",
            "image_no_credential",
        ),
        (
            "100,001 JSON values",
            format!("[{}0]", "0,".repeat(100_000)).into_bytes(),
            "unreadable",
            "json_too_many_values",
        ),
        (
            "100,000 nested arrays in a JWT payload",
            format!(
                "eyJhbGciOiJFZERTQSJ9.{}.AAAA",
                keurmerk::encoding::base64url_encode(
                    ("{\"a\":".to_owned() + &"[".repeat(100_000)).as_bytes()
                )
            )
            .into_bytes(),
            "unreadable",
            "json_too_deep",
        ),
        (
            "10,001 blank nodes (over MAX_QUADS statements)",
            with_subject("own/rdfc-valid.json", |d| {
                d["credentialSubject"]["achievement"]["related"] =
                    (0..10_001).map(|i| json!({ "inLanguage": format!("nl-{i}") })).collect();
            }),
            "invalid",
            "jsonld_invalid",
        ),
        (
            "an inline context whose 40,000 terms each use the one before",
            term_chain(40_000),
            "invalid",
            "jsonld_invalid_context",
        ),
        (
            "an inline context whose 60 terms each use the one before (under the limit)",
            term_chain(60),
            "invalid",
            "signature_invalid",
        ),
    ]
}

#[test]
fn generated_inputs_fail_closed_with_their_code() {
    let v = verifier(&[], true);
    let mut failures = Vec::new();
    let cases = generated();
    for (what, bytes, verdict, code) in &cases {
        let r = timed_verify(&v, bytes, what);
        failures.extend(mismatch(what, &r, verdict, code));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(cases.len(), 17);
}

#[test]
fn own_attacks_listed_in_docs_security_exist_with_their_verdicts() {
    // docs/security.md cites these from tests/vectors/own rather than copying them here.
    let own = json("own/EXPECTED.json");
    let doc = include_str!("../docs/security.md");
    for name in [
        "jwt-alg-none.jwt",
        "jwt-hs256-public-key-as-secret.jwt",
        "jwt-embedded-attacker-jwk.jwt",
        "jwt-kid-other-key.jwt",
        "jwt-kid-issuer-signed-by-other.jwt",
        "jcs-signed-by-other-key.json",
        "jcs-wrong-key-for-vm.json",
        "jcs-proof-purpose-changed.json",
        "rdfc-proof-purpose-changed.json",
        "rdfc-context-version-swapped.json",
        "jcs-proof-context-swapped.json",
        "rdfc-undefined-term-added.json",
        "jcs-duplicate-key.json",
        "rdfc-poison-graph.json",
        "status-list-bomb.json",
        "baked-compressed.png",
        "baked-bad-crc.png",
        "baked-two-credentials.png",
        "baked-xxe.svg",
    ] {
        let verdict = own[name]["verdict"].as_str().unwrap();
        assert!(
            !["verified", "issuer_unknown"].contains(&verdict)
                || name == "baked-two-credentials.png",
            "{name}"
        );
        assert!(
            doc.contains(name),
            "docs/security.md does not cite own/{name}"
        );
    }
    for name in json("adversarial/EXPECTED.json")
        .as_object()
        .unwrap()
        .keys()
    {
        assert!(
            doc.contains(name.as_str()),
            "docs/security.md does not list adversarial/{name}"
        );
    }
}
