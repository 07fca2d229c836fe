//! Prints the (non-canonical) N-Quads Keurmerk's JSON-LD stage makes of a document, and what it dropped.
//! `cargo run --example nquads -- FILE.json`
#![allow(missing_docs)]
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let bytes = std::fs::read(&path).unwrap_or_default();
    let doc: serde_json::Value = match serde_json::from_slice(&bytes) {
        Ok(d) => d,
        Err(e) => return eprintln!("{path}: {e}"),
    };
    match keurmerk::canon::jsonld::to_dataset(&doc) {
        Ok(ds) => {
            let mut lines: Vec<String> = ds.quads.iter().map(|q| q.to_nquads()).collect();
            lines.sort();
            lines.dedup();
            print!("{}", lines.concat());
            for d in ds.dropped {
                eprintln!("dropped {d}");
            }
        }
        Err(f) => eprintln!("error {f}"),
    }
}
