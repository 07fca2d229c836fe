//! Status lists: as a status-list credential behind a revoked credential's entry (signature,
//! purpose, GZIP within its limit, bit lookup), and as a bare `encodedList` or GZIP member.
#![no_main]
use keurmerk::status::{decode_list, entry_value, gzip};
use keurmerk::{Config, Document, Verifier};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.trim_ascii_start().first() == Some(&b'{') {
        let config = Config {
            documents: vec![Document {
                url: Some(format!(
                    "{}/status-list-revocation.json",
                    keurmerk_fuzz::STATUS_BASE
                )),
                bytes: data.to_vec(),
            }],
            ..Config::default()
        };
        if let Ok(v) = Verifier::new(config) {
            let r = v.verify(keurmerk_fuzz::REVOKED_CREDENTIAL, keurmerk_fuzz::now());
            assert_ne!(r.verdict.as_str(), "verified", "no trust list is loaded");
        }
        return;
    }
    let bits = match std::str::from_utf8(data) {
        Ok(text) => decode_list(text.trim()),
        Err(_) => gzip::gunzip(data, keurmerk::limits::MAX_STATUS_LIST_BYTES),
    };
    if let Ok(bits) = bits {
        for (index, size) in [(0, 1), (7, 1), (u64::MAX / 8, 8), (3, 2), (1 << 40, 1)] {
            let _ = entry_value(&bits, index, size);
        }
    }
});
