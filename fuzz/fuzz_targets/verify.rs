//! The whole pipeline: any bytes a recruiter could drop on the widget.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let report = keurmerk_fuzz::verifier().verify(data, keurmerk_fuzz::now());
    assert!(!report.checks.is_empty(), "a report always says why");
    let _ = report.to_json();
});
