//! Property test (docs/security.md): bounded, seeded mutations of every vector — own, adversarial,
//! external and next-wave (ECDSA, RSA, selective disclosure) — never panic, never make a rejected input accepted, and never change what an
//! accepted credential shows. Mutations: bit flips, truncation, field swaps, changed values,
//! duplicated keys and nesting, applied to the JSON inside JWTs and baked PNG/SVG badges as well.
//!
//! "Accepted" is `verified` or `issuer_unknown` (a good signature). For every vector V with report
//! B and every mutant M of it with report R:
//! - R accepted ⇒ B accepted with the same verdict and R shows nothing B did not show (everything
//!   but the checks, whose details count bytes, and the image; see [`shows_nothing_new`]), or M is
//!   byte for byte another vector that is accepted;
//! - a duplicated key ⇒ `unreadable` with `json_duplicate_key` (unless V was unreadable already);
//! - nesting past `MAX_JSON_DEPTH` ⇒ `unreadable` with `json_too_deep` (likewise).
//!
//! Bounded: a fixed seed and a few mutants per vector (natively 6, in wasm 2), a few seconds in a
//! debug build. `KEURMERK_PROPERTY_ROUNDS=N` (native only) runs N times as many, with other seeds.
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::collections::HashSet;

use common::*;
use keurmerk::encoding::{base64url_decode, base64url_encode};
use keurmerk::intake::{png, svg};
use keurmerk::limits::MAX_JSON_DEPTH;
use keurmerk::{Config, Document, Report, Verifier};
use serde_json::{Map, Value};

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

#[cfg(not(target_arch = "wasm32"))]
const MUTANTS_PER_VECTOR: usize = 6;
#[cfg(target_arch = "wasm32")]
const MUTANTS_PER_VECTOR: usize = 2;

/// xorshift64*: small, seeded, the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % u64::try_from(n.max(1)).unwrap()).unwrap()
    }
}

fn rounds() -> u64 {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(n) = std::env::var("KEURMERK_PROPERTY_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        return n;
    }
    1
}

fn accepted(r: &Report) -> bool {
    matches!(r.verdict.as_str(), "verified" | "issuer_unknown")
}

/// What a recruiter is shown: the report without its checks (their details count bytes) and image.
fn shown(r: &Report) -> Value {
    let mut j: Value = serde_json::from_str(&r.to_json()).unwrap();
    let m = j.as_object_mut().unwrap();
    m.remove("checks");
    m.remove("deciding"); // an index into `checks`
    m.remove("image");
    j
}

/// Every value a report shows (strings, numbers, booleans), but the JSON pointers it names as their
/// `source`.
fn leaves(v: &Value, out: &mut HashSet<String>) {
    match v {
        Value::Array(a) => a.iter().for_each(|i| leaves(i, out)),
        Value::Object(m) => m
            .iter()
            .filter(|(k, _)| k.as_str() != "source")
            .for_each(|(_, i)| leaves(i, out)),
        Value::Null => {}
        other => {
            out.insert(other.to_string());
        }
    }
}

/// Whether mutant report `r` shows only what the original `b` showed, with the same verdict. The
/// same, rearranged, is allowed: JSON-LD arrays are sets (`type: [A, B]` and `[B, A]` are the same
/// signed statements), and a value wrapped in arrays is the same statement too, which the summary
/// may then leave out (it reads the plain JSON shape) — it may show less, never something else.
fn shows_nothing_new(r: &Report, b: &Report) -> bool {
    if shown(r) == shown(b) {
        return true;
    }
    let (mut new, mut old) = (HashSet::new(), HashSet::new());
    leaves(&shown(r), &mut new);
    leaves(&shown(b), &mut old);
    r.verdict == b.verdict && new.is_subset(&old)
}

fn first_failure(r: &Report) -> &'static str {
    r.checks
        .iter()
        .find(|c| c.outcome == keurmerk::Outcome::Fail)
        .map_or("", |c| c.code.as_str())
}

/// One vector and the verifier it is checked with.
struct Vector {
    name: String,
    bytes: &'static [u8],
    verifier: usize,
}

fn operator_anchor() -> String {
    json("own/keys/operator.key.json")["publicKeyMultibase"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// With the own trust list, so that `verified` is reachable for the own issuers.
fn verifier_with(documents: Vec<Document>) -> Verifier {
    Verifier::new(Config {
        documents,
        trust_lists: vec![file("own/trust-list.signed.json").to_vec()],
        trust_anchors: vec![operator_anchor()],
        ..Config::default()
    })
    .unwrap()
}

fn documents(list: &Value, under: &str) -> Vec<Document> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let (url, path) = d.as_str().unwrap().split_once('=').unwrap();
            let path = if path.starts_with("own/") || path.starts_with("adversarial/") {
                path.to_owned()
            } else {
                format!("{under}/{path}")
            };
            Document {
                url: Some(url.to_owned()),
                bytes: file(&path).to_vec(),
            }
        })
        .collect()
}

/// Every vector: own and adversarial with their documents and the own trust list; external with
/// the manifest's resolution documents.
fn vectors() -> (Vec<Vector>, Vec<Verifier>) {
    let mut verifiers = vec![external_verifier()];
    let mut out = Vec::new();
    for v in json("external/MANIFEST.json")["vectors"]
        .as_array()
        .unwrap()
    {
        let name = format!("external/{}", v["path"].as_str().unwrap());
        out.push(Vector {
            bytes: file(&name),
            name,
            verifier: 0,
        });
    }
    verifiers.push(next_wave_verifier());
    for v in json("next-wave/MANIFEST.json")["vectors"]
        .as_array()
        .unwrap()
    {
        if NEXT_WAVE_IN_SCOPE.contains(&v["format"].as_str().unwrap()) {
            let name = format!("next-wave/{}", v["path"].as_str().unwrap());
            out.push(Vector {
                bytes: file(&name),
                name,
                verifier: verifiers.len() - 1,
            });
        }
    }
    for dir in ["own", "adversarial"] {
        for (name, e) in json(&format!("{dir}/EXPECTED.json")).as_object().unwrap() {
            verifiers.push(verifier_with(documents(&e["documents"], dir)));
            let name = format!("{dir}/{name}");
            out.push(Vector {
                bytes: file(&name),
                name,
                verifier: verifiers.len() - 1,
            });
        }
    }
    (out, verifiers)
}

// ── containers: the JSON inside a JWT, a PNG or an SVG is mutated and put back ──

enum Container {
    Json,
    Jwt(String, String),
    Png(Vec<u8>, Box<Container>),
    Svg(String, Box<Container>),
}

/// The JSON text inside `bytes` and how to put it back.
fn open(bytes: &[u8]) -> Option<(Container, Value)> {
    let body = bytes
        .strip_prefix(b"\xef\xbb\xbf")
        .unwrap_or(bytes)
        .trim_ascii();
    if bytes.starts_with(png::MAGIC) {
        let baked = png::extract(bytes).ok()?;
        let (inner, v) = open(&baked.text)?;
        return Some((Container::Png(bytes.to_vec(), Box::new(inner)), v));
    }
    if body.starts_with(b"<") {
        let (text, _) = svg::extract(body).ok()?;
        let (inner, v) = open(text.as_bytes())?;
        let original = String::from_utf8(body.to_vec()).ok()?;
        return Some((Container::Svg(original, Box::new(inner)), v));
    }
    // Strict JSON only: serde_json alone would quietly drop a duplicate member and so "repair" it.
    if let Ok(v) = keurmerk::intake::json::parse(body) {
        return Some((Container::Json, v));
    }
    let text = std::str::from_utf8(body).ok()?;
    let mut parts = text.split('.');
    let (Some(h), Some(p), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let payload = keurmerk::intake::json::parse(&base64url_decode(p).ok()?).ok()?;
    Some((Container::Jwt(h.to_owned(), s.to_owned()), payload))
}

fn close(c: &Container, json_text: &str) -> Vec<u8> {
    match c {
        Container::Json => json_text.as_bytes().to_vec(),
        Container::Jwt(h, s) => {
            format!("{h}.{}.{s}", base64url_encode(json_text.as_bytes())).into_bytes()
        }
        Container::Png(image, inner) => png::bake(image, &close(inner, json_text)).unwrap(),
        Container::Svg(image, inner) => {
            let text = String::from_utf8(close(inner, json_text)).unwrap();
            svg::bake(image, &text).unwrap().into_bytes()
        }
    }
}

// ── JSON mutations ──

/// JSON pointers of every value, the root excluded.
fn paths(v: &Value, at: &str, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, item) in m {
                let p = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                paths(item, &p, out);
            }
        }
        Value::Array(a) => {
            for (i, item) in a.iter().enumerate() {
                let p = format!("{at}/{i}");
                out.push(p.clone());
                paths(item, &p, out);
            }
        }
        _ => {}
    }
}

fn depth(v: &Value) -> usize {
    match v {
        Value::Object(m) => 1 + m.values().map(depth).max().unwrap_or(0),
        Value::Array(a) => 1 + a.iter().map(depth).max().unwrap_or(0),
        _ => 1,
    }
}

fn pick(v: &Value, rng: &mut Rng) -> Option<String> {
    let mut all = Vec::new();
    paths(v, "", &mut all);
    (!all.is_empty()).then(|| all.swap_remove(rng.below(all.len())))
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    BitFlip,
    Truncate,
    Swap,
    Change,
    Duplicate,
    Nest,
}

const KINDS: [Kind; 6] = [
    Kind::BitFlip,
    Kind::Truncate,
    Kind::Swap,
    Kind::Change,
    Kind::Duplicate,
    Kind::Nest,
];

/// What a mutant must get besides the general property.
enum Must {
    Anything,
    Fail(&'static str),
}

const MARK: &str = "\u{1}keurmerk-duplicate";

fn mutate(bytes: &[u8], kind: Kind, rng: &mut Rng) -> Option<(Vec<u8>, Must)> {
    let mut out = bytes.to_vec();
    if out.is_empty() {
        return None;
    }
    match kind {
        Kind::BitFlip => {
            for _ in 0..=rng.below(3) {
                let i = rng.below(out.len());
                out[i] ^= 1 << rng.below(8);
            }
            return Some((out, Must::Anything));
        }
        Kind::Truncate => {
            out.truncate(rng.below(out.len()));
            return Some((out, Must::Anything));
        }
        _ => {}
    }
    let (container, mut doc) = open(bytes)?;
    let path = pick(&doc, rng)?;
    let must = match kind {
        Kind::Swap => {
            // swap the values of two members of one object (or two items of one array)
            let (parent, _) = path.rsplit_once('/')?;
            let siblings: Vec<String> = match doc.pointer(parent)? {
                Value::Object(m) => m
                    .keys()
                    .map(|k| format!("{parent}/{}", k.replace('~', "~0").replace('/', "~1")))
                    .collect(),
                Value::Array(a) => (0..a.len()).map(|i| format!("{parent}/{i}")).collect(),
                _ => return None,
            };
            let other = siblings[rng.below(siblings.len())].clone();
            let a = doc.pointer(&path)?.clone();
            let b = doc.pointer(&other)?.clone();
            *doc.pointer_mut(&path)? = b;
            *doc.pointer_mut(&other)? = a;
            Must::Anything
        }
        Kind::Change => {
            let v = doc.pointer_mut(&path)?;
            *v = match (v.take(), rng.below(4)) {
                (Value::String(s), 0) => Value::String(s + "x"),
                (Value::String(s), 1) => Value::String(s.chars().rev().collect()),
                (Value::Number(n), _) => Value::from(n.as_f64().unwrap_or(0.0) + 1.0),
                (Value::Bool(b), _) => Value::Bool(!b),
                (_, 2) => Value::Null,
                (old, _) => Value::String(old.to_string()),
            };
            Must::Anything
        }
        Kind::Nest => {
            let levels = 1 + rng.below(MAX_JSON_DEPTH + 8);
            let v = doc.pointer_mut(&path)?;
            let mut inner = v.take();
            for _ in 0..levels {
                inner = if rng.below(2) == 0 {
                    Value::Array(vec![inner])
                } else {
                    let mut m = Map::new();
                    m.insert("a".to_owned(), inner);
                    Value::Object(m)
                };
            }
            *v = inner;
            if depth(&doc) > MAX_JSON_DEPTH {
                Must::Fail("json_too_deep")
            } else {
                Must::Anything
            }
        }
        Kind::Duplicate => {
            // an object gets a second member of a name it has: textually, as serde cannot
            let target = doc.pointer(&path)?;
            let parent = if target.is_object() {
                path.clone()
            } else {
                path.rsplit_once('/')?.0.to_owned()
            };
            let object = doc.pointer_mut(&parent)?.as_object_mut()?;
            let name = object.keys().next()?.clone();
            object.insert(MARK.to_owned(), Value::Null);
            let text = serde_json::to_string(&doc).ok()?;
            let mark = serde_json::to_string(MARK).ok()?;
            let name = serde_json::to_string(&name).ok()?;
            let text = text.replacen(&format!("{mark}:null"), &format!("{name}:null"), 1);
            return Some((close(&container, &text), Must::Fail("json_duplicate_key")));
        }
        Kind::BitFlip | Kind::Truncate => return None,
    };
    let text = serde_json::to_string(&doc).ok()?;
    Some((close(&container, &text), must))
}

#[test]
fn mutations_of_every_vector_never_create_acceptance_or_change_what_is_shown() {
    let (vectors, verifiers) = vectors();
    let good: HashSet<&[u8]> = vectors
        .iter()
        .filter(|v| accepted(&verifiers[v.verifier].verify(v.bytes, now())))
        .map(|v| v.bytes.trim_ascii())
        .collect();
    let mut failures = Vec::new();
    let (mut tried, mut rejected, mut kinds_seen) = (0usize, 0usize, [0usize; 6]);
    for round in 0..rounds() {
        let mut rng = Rng(0x6b65_7572_6d65_726b ^ round.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        for (n, v) in vectors.iter().enumerate() {
            let verifier = &verifiers[v.verifier];
            let base = verifier.verify(v.bytes, now());
            for m in 0..MUTANTS_PER_VECTOR {
                // every kind in turn, starting at a different one for each vector
                let k = (n + m) % KINDS.len();
                let Some((bytes, must)) = mutate(v.bytes, KINDS[k], &mut rng) else {
                    continue;
                };
                let r = verifier.verify(&bytes, now());
                tried += 1;
                kinds_seen[k] += 1;
                if !accepted(&r) {
                    rejected += 1;
                }
                let what = format!("{} ({:?} #{m}, round {round})", v.name, KINDS[k]);
                if let (Must::Fail(code), false) = (must, base.verdict.as_str() == "unreadable") {
                    if r.verdict.as_str() != "unreadable" || first_failure(&r) != code {
                        failures.push(format!(
                            "{what}: expected unreadable {code}, got {} {}",
                            r.verdict.as_str(),
                            first_failure(&r)
                        ));
                    }
                }
                if accepted(&r)
                    && !(accepted(&base) && shows_nothing_new(&r, &base))
                    && !good.contains(bytes.trim_ascii())
                {
                    if std::env::var("KEURMERK_PROPERTY_DEBUG").is_ok() {
                        eprintln!("{what}\n{}\n{}", shown(&base), shown(&r));
                    }
                    failures.push(format!(
                        "{what}: accepted as {}, the original was {}{}",
                        r.verdict.as_str(),
                        base.verdict.as_str(),
                        if accepted(&base) {
                            " and showed something else"
                        } else {
                            ""
                        }
                    ));
                }
            }
        }
    }
    eprintln!(
        "{tried} mutants of {} vectors, {rejected} rejected, by kind {kinds_seen:?}",
        vectors.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(vectors.len() >= 350, "{} vectors", vectors.len());
    assert!(
        tried >= vectors.len() * MUTANTS_PER_VECTOR * 3 / 4,
        "only {tried} mutants"
    );
    assert!(kinds_seen.iter().all(|&k| k > 0), "{kinds_seen:?}");
    assert!(rejected * 10 >= tried * 9, "{rejected} of {tried} rejected");
}

#[test]
fn mutations_of_status_and_trust_lists_never_clear_a_revocation_or_vouch_for_a_stranger() {
    let mut rng = Rng(0x7374_6174_7573_0001);
    let list_url = "https://status.roc-voorbeeldstad.example/lists/status-list-revocation.json";
    let revoked = file("own/status-revoked.json");
    let list = file("own/status-list-revocation.json");
    let stranger = file("adversarial/jcs-attacker-did-key-victim-name.json");
    let trust = file("own/trust-list.signed.json");
    let (mut lists, mut trusts) = (0, 0);
    let n = if cfg!(target_arch = "wasm32") { 12 } else { 60 };
    for i in 0..n {
        let kind = KINDS[i % KINDS.len()];
        if let Some((bytes, _)) = mutate(list, kind, &mut rng) {
            let config = Config {
                documents: vec![Document {
                    url: Some(list_url.to_owned()),
                    bytes,
                }],
                ..Config::default()
            };
            if let Ok(v) = Verifier::new(config) {
                let r = v.verify(revoked, now());
                assert!(
                    ["revoked", "indeterminate"].contains(&r.verdict.as_str()),
                    "a {kind:?} of the status list made a revoked credential {}",
                    r.verdict.as_str()
                );
                lists += 1;
            }
        }
        if let Some((bytes, _)) = mutate(trust, kind, &mut rng) {
            let v = Verifier::new(Config {
                trust_lists: vec![bytes],
                trust_anchors: vec![operator_anchor()],
                ..Config::default()
            })
            .unwrap();
            let r = v.verify(stranger, now());
            assert_eq!(r.verdict.as_str(), "issuer_unknown", "{kind:?}");
            trusts += 1;
        }
    }
    assert!(
        lists >= n / 3 && trusts >= n / 2,
        "{lists} lists, {trusts} trust lists"
    );
}
