//! RFC 3161 time-stamp tokens (a JAdES seal's `sigTst`): the CMS SignedData / TSTInfo reader, on
//! any bytes, with the Rust provider (so a token that parses is also signature-checked).
#![no_main]
use keurmerk::proof::timestamp;
use keurmerk::Native;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (stamped, token) = data.split_at(data.len().min(16));
    if let Ok(s) = timestamp::verify(token, stamped, &Native) {
        let _ = s.tsa_name();
    }
});
