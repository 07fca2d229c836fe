//! Baked SVG badges: the small XML reader (DOCTYPE skipped, no entity expansion), then the
//! credential inside.
#![no_main]
use keurmerk::intake::svg;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if svg::extract(data).is_ok() {
        let _ = keurmerk_fuzz::verifier().verify(data, keurmerk_fuzz::now());
    }
});
