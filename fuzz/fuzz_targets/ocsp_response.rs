//! Embedded OCSP responses (a JAdES seal's `rVals.ocspVals`): the RFC 6960 reader on any bytes,
//! with the Rust provider and a fixed serial and CA certificate (the first bytes, when they parse).
#![no_main]
use keurmerk::proof::ocsp;
use keurmerk::Native;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (serial, rest) = data.split_at(data.len().min(8));
    let (ca, response) = rest.split_at(rest.len() / 2);
    let _ = ocsp::check(response, serial, ca, &Native);
    let _ = ocsp::check(data, serial, data, &Native);
});
