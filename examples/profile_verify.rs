//! Verifies the 1EdTech Open Badge many times, for profilers (`valgrind --tool=callgrind`, `perf`).
#![allow(missing_docs, clippy::unwrap_used)]
fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |p: &str| std::fs::read(format!("{root}/tests/vectors/{p}")).unwrap();
    let verifier = keurmerk::Verifier::new(keurmerk::Config {
        documents: vec![keurmerk::Document {
            url: Some("https://example.edu/issuers/565049".into()),
            bytes: read("external/resolution/constructed-example.edu-issuers-565049.json"),
        }],
        ..keurmerk::Config::default()
    })
    .unwrap();
    let ob = read("external/1edtech-ob-spec/ldp-test-vector/signed.json");
    let now = keurmerk::Timestamp::from_unix(1_795_305_600);
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(200);
    for _ in 0..n {
        std::hint::black_box(verifier.verify(&ob, now));
    }
}
