//! Compact JWS decoding, then the VC-JWT checks of the whole pipeline (header, claims, key).
#![no_main]
use keurmerk::intake::jws;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if jws::looks_like(text.trim()) {
            let _ = jws::decode(text.trim());
        }
    }
    let _ = keurmerk_fuzz::verifier().verify(data, keurmerk_fuzz::now());
});
