//! RSA signatures: RSASSA-PKCS1-v1_5 with SHA-256 (RS256) and RSASSA-PSS with SHA-256, MGF1-SHA-256
//! and a 32-byte salt (PS256, RFC 7518 §3.5). Keys under 2048 bits never get here
//! ([`crate::crypto::PublicKey::rsa`]). RustCrypto `rsa` in the native build, WebCrypto in the
//! browser. Only public-key operations: the timing advisory RUSTSEC-2023-0071 concerns private-key
//! operations (`deny.toml`).

#[cfg(not(target_arch = "wasm32"))]
use crate::codes::Code;
use crate::codes::Fault;
use crate::crypto::SignatureCheck;

/// Verifies an RS256 or PS256 check in Rust.
///
/// # Errors
/// [`Code::KeyInvalid`] for a key `rsa` refuses, [`Code::SignatureInvalid`] otherwise.
#[cfg(not(target_arch = "wasm32"))]
pub fn verify(check: &SignatureCheck) -> Result<(), Fault> {
    use crate::crypto::{Algorithm, PublicKey};
    use rsa::{BigUint, Pkcs1v15Sign, Pss, RsaPublicKey};
    use sha2::{Digest, Sha256};
    let PublicKey::Rsa { n, e } = &check.key else {
        return Err(crate::lines::fault(
            Code::AlgorithmKeyMismatch,
            crate::lines::rsa_key_expected(),
        ));
    };
    let key = RsaPublicKey::new_with_max_size(
        BigUint::from_bytes_be(n),
        BigUint::from_bytes_be(e),
        crate::crypto::MAX_RSA_BITS,
    )
    .map_err(|e| {
        crate::lines::fault(Code::KeyInvalid, crate::lines::rsa_key_refused(e.to_string()))
    })?;
    let hashed = Sha256::digest(&check.message);
    let scheme = check.algorithm.jose_name();
    let result = match check.algorithm {
        Algorithm::Rs256 => key.verify(Pkcs1v15Sign::new::<Sha256>(), &hashed, &check.signature),
        Algorithm::Ps256 => key.verify(Pss::new::<Sha256>(), &hashed, &check.signature),
        _ => {
            return Err(crate::lines::fault(
                Code::AlgorithmKeyMismatch,
                crate::lines::rsa_algorithm_expected(),
            ))
        }
    };
    result.map_err(|_| {
        crate::lines::fault(
            Code::SignatureInvalid,
            crate::lines::signature_not_verified(scheme),
        )
    })
}

/// In the wasm build RSA is the platform's (WebCrypto through [`crate::crypto::Deferred`]).
///
/// # Errors
/// Always [`Code::SignatureNotChecked`].
#[cfg(target_arch = "wasm32")]
pub fn verify(check: &SignatureCheck) -> Result<(), Fault> {
    Err(super::platform_only(check))
}
