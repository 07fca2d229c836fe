//! `cargo bench`: warm verification time per input and per stage, median and p95 over many runs.
//! A plain harness (no criterion): figures go to docs/benchmarks.md, never into assertions.
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing
)]

use std::hint::black_box;
use std::time::Instant;

use keurmerk::{Config, Document, Timestamp, Verifier};

fn stats(name: &str, runs: usize, mut f: impl FnMut()) {
    for _ in 0..runs.min(200) {
        f(); // warm up
    }
    let mut t: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    t.sort_by(f64::total_cmp);
    let median = t[t.len() / 2];
    let p95 = t[t.len() * 95 / 100];
    println!("{name:<58} median {median:>9.1} µs   p95 {p95:>9.1} µs   ({runs} runs)");
}

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |p: &str| std::fs::read(format!("{root}/tests/vectors/{p}")).unwrap();
    let now = Timestamp::parse("2026-11-22T00:00:00Z").unwrap().0;
    let ob_doc = read("external/resolution/constructed-example.edu-issuers-565049.json");
    let verifier = Verifier::new(Config {
        documents: vec![Document {
            url: Some("https://example.edu/issuers/565049".into()),
            bytes: ob_doc,
        }],
        ..Config::default()
    })
    .unwrap();
    let ob = read("external/1edtech-ob-spec/ldp-test-vector/signed.json");
    let runs = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2000);

    println!("keurmerk {} — native, release", env!("CARGO_PKG_VERSION"));
    stats("verify: 1EdTech Open Badge, eddsa-rdfc-2022", runs, || {
        black_box(verifier.verify(black_box(&ob), now));
    });
    for (name, file) in [
        (
            "verify: own Open Badge, eddsa-rdfc-2022",
            "own/rdfc-valid.json",
        ),
        (
            "verify: own Open Badge, Ed25519Signature2020",
            "own/ed25519-2020-valid.json",
        ),
        (
            "verify: own Open Badge, eddsa-jcs-2022",
            "own/jcs-valid.json",
        ),
        ("verify: own Open Badge, VC-JWT EdDSA", "own/jwt-ob3.jwt"),
        (
            "verify: tampered Open Badge, eddsa-rdfc-2022",
            "own/rdfc-tampered-level.json",
        ),
        (
            "verify: poison graph (stopped by the work limit)",
            "own/rdfc-poison-graph.json",
        ),
    ] {
        let bytes = read(file);
        stats(name, runs, || {
            black_box(verifier.verify(black_box(&bytes), now));
        });
    }
    let doc: serde_json::Value = serde_json::from_slice(&read(
        "external/1edtech-ob-spec/ldp-test-vector/unsigned.json",
    ))
    .unwrap();
    stats("stage: JSON-LD → RDF (1EdTech document)", runs, || {
        black_box(keurmerk::canon::jsonld::to_dataset(black_box(&doc)).unwrap());
    });
    let ds = keurmerk::canon::jsonld::to_dataset(&doc).unwrap();
    stats("stage: RDFC-1.0 (1EdTech document, 16 quads)", runs, || {
        black_box(
            keurmerk::canon::rdfc::canonicalize(
                black_box(&ds.quads),
                &keurmerk::canon::rdfc::Budget::default(),
            )
            .unwrap(),
        );
    });
    stats("stage: JCS (1EdTech document)", runs, || {
        black_box(keurmerk::canon::jcs::canonicalize(black_box(&doc)));
    });
    let key = keurmerk::sign::IssuerKey::from_seed(&[7; 32]);
    let sig = key.sign(&[1; 64]);
    let pk = key.public_key();
    stats("stage: Ed25519 verify_strict", runs, || {
        keurmerk::proof::ed25519::verify(black_box(&pk), &[1; 64], &sig).unwrap();
    });
    stats(
        "stage: intake (strict JSON parse, 1EdTech signed)",
        runs,
        || {
            black_box(keurmerk::intake::read(black_box(&ob)).unwrap());
        },
    );
}
