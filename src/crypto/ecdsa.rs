//! ECDSA over P-256 (ES256) and P-384 (ES384). Signatures are IEEE P1363 `r ‖ s` (JOSE, RFC 7518
//! §3.4; Data Integrity ECDSA), never DER. No low-S rule: the specifications do not ask for one and
//! a high-S signature verifies in WebCrypto and the reference libraries (formats-next.md, pitfall 5).
//!
//! The shape of a signature is checked on every target; the arithmetic is RustCrypto (`p256`,
//! `p384`) in the native build and the platform's WebCrypto in the browser.

use crate::codes::{Code, Fault};
use crate::crypto::{Algorithm, SignatureCheck};

/// The length of an `r ‖ s` signature for `algorithm`.
pub const fn signature_len(algorithm: Algorithm) -> usize {
    match algorithm {
        Algorithm::Es384 => 96,
        _ => 64,
    }
}

/// Checks that `signature` is an `r ‖ s` pair of the algorithm's size.
///
/// # Errors
/// [`Code::SignatureInvalid`], naming DER when the bytes are a DER `SEQUENCE`.
pub fn check_shape(algorithm: Algorithm, signature: &[u8]) -> Result<(), Fault> {
    let want = signature_len(algorithm);
    if signature.len() == want {
        return Ok(());
    }
    let der = matches!(signature, [0x30, len, ..] if usize::from(*len) + 2 == signature.len());
    let name = algorithm.jose_name();
    let facts = if der {
        crate::lines::ecdsa_signature_der(name, want)
    } else {
        crate::lines::ecdsa_signature_size(name, want, signature.len())
    };
    Err(crate::lines::fault(Code::SignatureInvalid, facts))
}

/// Verifies an ES256 or ES384 check in Rust.
///
/// # Errors
/// [`Code::KeyInvalid`] for a point not on the curve, [`Code::SignatureInvalid`] otherwise.
#[cfg(not(target_arch = "wasm32"))]
pub fn verify(check: &SignatureCheck) -> Result<(), Fault> {
    use p256::ecdsa::signature::Verifier;
    let bad_key = || {
        crate::lines::fault(
            Code::KeyInvalid,
            crate::lines::key_not_on_curve(check.key.describe()),
        )
    };
    let bad_sig = || {
        crate::lines::fault(
            Code::SignatureInvalid,
            crate::lines::signature_not_verified(check.algorithm.jose_name()),
        )
    };
    let key = check.key.bytes();
    match check.algorithm {
        Algorithm::Es256 => {
            let key = p256::ecdsa::VerifyingKey::from_sec1_bytes(&key).map_err(|_| bad_key())?;
            let sig =
                p256::ecdsa::Signature::from_slice(&check.signature).map_err(|_| bad_sig())?;
            key.verify(&check.message, &sig).map_err(|_| bad_sig())
        }
        Algorithm::Es384 => {
            let key = p384::ecdsa::VerifyingKey::from_sec1_bytes(&key).map_err(|_| bad_key())?;
            let sig =
                p384::ecdsa::Signature::from_slice(&check.signature).map_err(|_| bad_sig())?;
            key.verify(&check.message, &sig).map_err(|_| bad_sig())
        }
        _ => Err(bad_sig()),
    }
}

/// In the wasm build ECDSA is the platform's (WebCrypto through [`crate::crypto::Deferred`]).
///
/// # Errors
/// Always [`Code::SignatureNotChecked`].
#[cfg(target_arch = "wasm32")]
pub fn verify(check: &SignatureCheck) -> Result<(), Fault> {
    Err(super::platform_only(check))
}

/// Verifies an ES256K check in Rust (`k256`), on every target: WebCrypto has no secp256k1. Like
/// ES256, no low-S rule is imposed (RFC 8812 asks for none); a high-S signature is normalised
/// before `k256`, which verifies low-S only.
///
/// # Errors
/// [`Code::KeyInvalid`] for a point not on the curve, [`Code::SignatureInvalid`] otherwise;
/// [`Code::ModuleNeeded`] in a build without the `ecdsa-rsa` feature.
#[cfg(feature = "ecdsa-rsa")]
pub fn verify_secp256k1(check: &SignatureCheck) -> Result<(), Fault> {
    use k256::ecdsa::signature::Verifier;
    let key = k256::ecdsa::VerifyingKey::from_sec1_bytes(&check.key.bytes()).map_err(|_| {
        crate::lines::fault(
            Code::KeyInvalid,
            crate::lines::key_not_on_curve("secp256k1"),
        )
    })?;
    let bad_sig = || {
        crate::lines::fault(
            Code::SignatureInvalid,
            crate::lines::signature_not_verified("ES256K"),
        )
    };
    let sig = k256::ecdsa::Signature::from_slice(&check.signature).map_err(|_| bad_sig())?;
    let sig = sig.normalize_s().unwrap_or(sig);
    key.verify(&check.message, &sig).map_err(|_| bad_sig())
}

/// Without the `ecdsa-rsa` feature there is no secp256k1.
///
/// # Errors
/// Always [`Code::ModuleNeeded`].
#[cfg(not(feature = "ecdsa-rsa"))]
pub fn verify_secp256k1(_check: &SignatureCheck) -> Result<(), Fault> {
    Err(crate::lines::module_needed("ES256K (secp256k1)"))
}
