//! `cargo bench --bench verify` (divan): warm verification per suite, each stage of the pipeline on
//! the 1EdTech badge, descriptor extraction, and scaling — credential size 1 KB → 1 MB, 1 → 10
//! proofs, poison graphs up to the RDFC work limit. Figures go to docs/benchmarks.md, never into
//! assertions. Native only; the wasm figures come from bench/ (Node and Chromium).
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing
)]

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    divan::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod benches {
    use std::sync::LazyLock;

    use divan::{black_box, Bencher};
    use keurmerk::sign::{sign_eddsa_jcs_2022, IssuerKey};
    use keurmerk::{Config, Document, Timestamp, Verifier};
    use serde_json::{json, Value};

    fn read(p: &str) -> Vec<u8> {
        std::fs::read(format!("{}/tests/vectors/{p}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    }

    fn now() -> Timestamp {
        Timestamp::parse("2026-11-22T00:00:00Z").unwrap().0
    }

    static VERIFIER: LazyLock<Verifier> = LazyLock::new(|| {
        Verifier::new(Config {
            documents: vec![Document {
                url: Some("https://example.edu/issuers/565049".into()),
                bytes: read("external/resolution/constructed-example.edu-issuers-565049.json"),
            }],
            ..Config::default()
        })
        .unwrap()
    });

    const SUITES: &[(&str, &str)] = &[
        (
            "1edtech-eddsa-rdfc-2022",
            "external/1edtech-ob-spec/ldp-test-vector/signed.json",
        ),
        ("own-eddsa-rdfc-2022", "own/rdfc-valid.json"),
        ("own-ed25519-signature-2020", "own/ed25519-2020-valid.json"),
        ("own-eddsa-jcs-2022", "own/jcs-valid.json"),
        ("own-vc-jwt-eddsa", "own/jwt-ob3.jwt"),
        ("own-rdfc-tampered", "own/rdfc-tampered-level.json"),
        ("own-baked-png", "own/baked-rdfc.png"),
    ];

    /// A whole verification, per suite.
    #[divan::bench(args = SUITES.iter().map(|s| s.0))]
    fn verify(b: Bencher, suite: &str) {
        let file = SUITES.iter().find(|s| s.0 == suite).unwrap().1;
        let bytes = read(file);
        b.bench(|| VERIFIER.verify(black_box(&bytes), now()));
    }

    /// Each stage on the 1EdTech badge.
    mod stage {
        use super::*;

        fn unsigned() -> Value {
            serde_json::from_slice(&read(
                "external/1edtech-ob-spec/ldp-test-vector/unsigned.json",
            ))
            .unwrap()
        }

        #[divan::bench]
        fn intake(b: Bencher) {
            let bytes = read("external/1edtech-ob-spec/ldp-test-vector/signed.json");
            b.bench(|| keurmerk::intake::read(black_box(&bytes)).unwrap());
        }

        #[divan::bench]
        fn jcs(b: Bencher) {
            let doc = unsigned();
            b.bench(|| keurmerk::canon::jcs::canonicalize(black_box(&doc)));
        }

        #[divan::bench]
        fn jsonld_to_rdf(b: Bencher) {
            let doc = unsigned();
            b.bench(|| keurmerk::canon::jsonld::to_dataset(black_box(&doc)).unwrap());
        }

        #[divan::bench]
        fn rdfc(b: Bencher) {
            let ds = keurmerk::canon::jsonld::to_dataset(&unsigned()).unwrap();
            let budget = keurmerk::canon::rdfc::Budget::default();
            b.bench(|| keurmerk::canon::rdfc::canonicalize(black_box(&ds.quads), &budget).unwrap());
        }

        #[divan::bench]
        fn ed25519_verify_strict(b: Bencher) {
            let key = IssuerKey::from_seed(&[7; 32]);
            let sig = key.sign(&[1; 64]);
            let pk = key.public_key();
            b.bench(|| keurmerk::crypto::ed25519::verify(black_box(&pk), &[1; 64], &sig).unwrap());
        }

        #[divan::bench]
        fn descriptors(b: Bencher) {
            let doc: Value =
                serde_json::from_slice(&read("descriptors/profile-complete.json")).unwrap();
            let map = doc.as_object().unwrap().clone();
            let all = keurmerk::descriptors::Coverage::All;
            b.bench(|| keurmerk::descriptors::extract(black_box(&map), &all, "nl"));
        }
    }

    fn key() -> IssuerKey {
        IssuerKey::from_key_file(&read("own/keys/issuer.key.json")).unwrap()
    }

    fn signed(doc: Value, proofs: usize) -> Vec<u8> {
        let k = key();
        let mut map = doc.as_object().unwrap().clone();
        keurmerk::sign::set_issuer(&mut map, &k.did_key());
        for i in 0..proofs {
            let at = Timestamp::from_unix(1_782_864_000 + i as i64);
            map = sign_eddsa_jcs_2022(map, &k, &k.did_key_vm(), at);
        }
        serde_json::to_vec(&map).unwrap()
    }

    fn template() -> Value {
        serde_json::from_slice(&read("descriptors/mbo-240-sbu.json")).unwrap()
    }

    /// Scaling: credential size, number of proofs, poison graphs.
    mod scaling {
        use super::*;

        /// An eddsa-jcs-2022 credential padded with evidence narratives to about `bytes` bytes
        /// (the JSON limit is 1 MiB).
        #[divan::bench(args = [1_000, 10_000, 100_000, 1_000_000])]
        fn size_jcs(b: Bencher, bytes: usize) {
            let mut doc = template();
            let chunk = 10_000.min(bytes);
            let n = bytes.saturating_sub(2_000) / chunk;
            doc["evidence"] = Value::Array(
                (0..n)
                    .map(|i| json!({ "id": format!("urn:ev:{i}"), "type": ["Evidence"], "narrative": "x".repeat(chunk - 80) }))
                    .collect(),
            );
            let input = signed(doc, 1);
            b.counter(divan::counter::BytesCount::new(input.len()))
                .bench(|| VERIFIER.verify(black_box(&input), now()));
        }

        /// A proof set of `n` eddsa-jcs-2022 proofs by the issuer (MAX_PROOFS is 8: 10 is refused).
        #[divan::bench(args = [1, 2, 4, 8, 10])]
        fn proofs(b: Bencher, n: usize) {
            let input = signed(template(), n);
            b.bench(|| VERIFIER.verify(black_box(&input), now()));
        }

        /// A clique of `n` blank nodes that all point at each other: RDFC-1.0's worst case, cut by
        /// the work limit (MAX_RDFC_N_DEGREE_CALLS, MAX_RDFC_WORK_STEPS).
        #[divan::bench(args = [3, 4, 5, 6, 7, 8, 10])]
        fn poison_graph(b: Bencher, n: usize) {
            let mut doc = template();
            doc["credentialSubject"]["achievement"]["related"] = Value::Array(
                (0..n)
                    .map(|i| {
                        let others: Vec<Value> = (0..n)
                            .filter(|j| *j != i)
                            .map(|j| json!({ "id": format!("_:p{j}") }))
                            .collect();
                        json!({ "id": format!("_:p{i}"), "type": ["Related"], "inLanguage": "nl",
                                "https://example.org/vocab#knows": others })
                    })
                    .collect(),
            );
            let ds = keurmerk::canon::jsonld::to_dataset(&doc).unwrap();
            let budget = keurmerk::canon::rdfc::Budget::default();
            b.bench(|| keurmerk::canon::rdfc::canonicalize(black_box(&ds.quads), &budget));
        }
    }
}
