//! Strict JSON intake, and JCS (RFC 8785) over whatever it accepts: the canonical text must be
//! strict JSON again and canonicalise to itself.
#![no_main]
use keurmerk::canon::jcs;
use keurmerk::intake::json;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(value) = json::parse(data) {
        let canonical = jcs::canonicalize(&value);
        let again = json::parse(canonical.as_bytes())
            .unwrap_or_else(|f| panic!("JCS output is not strict JSON: {f}"));
        assert_eq!(
            jcs::canonicalize(&again),
            canonical,
            "JCS is not idempotent"
        );
    }
});
