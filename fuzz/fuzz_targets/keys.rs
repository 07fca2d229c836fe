//! Key material from untrusted input: JWKs, Multikeys, DER SubjectPublicKeyInfo and certificates,
//! CBOR of selective-disclosure proofs, the ecdsa-sd-2023 derived proof value, and SD-JWT
//! splitting and disclosure matching.
#![no_main]
use keurmerk::keys::{jwk, multikey, x509};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = keurmerk::cbor::decode(data);
    let _ = x509::spki(data);
    let _ = x509::certificate(data);
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = multikey::decode(text);
        let _ = x509::pem(text, "PUBLIC KEY");
        let _ = keurmerk::proof::ecdsa_sd_2023::parse_derived(text);
        if let Ok(sd) = keurmerk::intake::sd_jwt::decode(text.trim()) {
            let _ = keurmerk::parse::sd_jwt::disclose(&sd.issuer.payload, &sd.disclosures);
        }
        if let Ok(serde_json::Value::Object(m)) = serde_json::from_str(text) {
            let _ = jwk::public_key(&m);
            let _ = jwk::thumbprint(&m);
        }
    }
});
