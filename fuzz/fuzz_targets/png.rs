//! Baked PNG badges: chunk walking, CRCs, iTXt fields; then the credential inside.
#![no_main]
use keurmerk::intake::{png, read_container};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Seeds start with the PNG signature; keep mutations that lose it on the PNG path anyway.
    let mut bytes = data.to_vec();
    if !bytes.starts_with(png::MAGIC) {
        bytes.splice(0..0, png::MAGIC.iter().copied());
    }
    if png::extract(&bytes).is_ok() {
        let _ = keurmerk_fuzz::verifier().verify(&bytes, keurmerk_fuzz::now());
    } else {
        let _ = read_container(&bytes);
    }
});
