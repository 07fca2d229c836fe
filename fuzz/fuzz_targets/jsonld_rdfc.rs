//! JSON-LD to RDF over the bundled contexts, and RDFC-1.0 with its work budget; N-Quads text goes
//! straight to the parser. The canonical form of parsed N-Quads must parse back and canonicalise to
//! itself. (JSON-LD may produce IRIs that N-Quads' strict `IRIREF` refuses, such as one with a
//! backtick, as jsonld.js does too: for those the round trip is checked only where it parses.)
#![no_main]
use keurmerk::canon::rdfc::{canonicalize, Budget};
use keurmerk::canon::{jsonld, nquads};
use keurmerk::intake::json;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let from_json = matches!(data.trim_ascii_start().first(), Some(b'{' | b'['));
    let quads = if from_json {
        match json::parse(data).map(|v| jsonld::to_dataset(&v)) {
            Ok(Ok(dataset)) => dataset.quads,
            _ => return,
        }
    } else {
        match std::str::from_utf8(data).map(nquads::parse) {
            Ok(Ok(quads)) => quads,
            _ => return,
        }
    };
    let budget = Budget::default();
    if let Ok(canonical) = canonicalize(&quads, &budget) {
        let back = match nquads::parse(&canonical) {
            Ok(back) => back,
            Err(_) if from_json => return,
            Err(f) => panic!("canonical N-Quads do not parse: {f}"),
        };
        if let Ok(again) = canonicalize(&back, &budget) {
            assert_eq!(again, canonical, "RDFC-1.0 is not idempotent");
        }
    }
});
