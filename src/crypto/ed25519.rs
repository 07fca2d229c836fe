//! Ed25519 in Rust (ed25519-dalek), on every target: strict verification.

use std::cell::Cell;

use ed25519_dalek::{Signature, VerifyingKey};

use crate::codes::{Code, Fault};

/// Verifies an Ed25519 signature with `verify_strict`: rejects small-order public keys and `R`, and
/// non-canonical `S` (RFC 8032 §5.1.7 plus the malleability checks plain `verify` leaves out), so
/// one signed message cannot be given a second valid signature or a key that "verifies" anything.
///
/// # Errors
/// [`Code::KeyInvalid`] for a key that is not a valid, non-weak point; [`Code::SignatureInvalid`]
/// for a wrong-length or non-verifying signature.
pub fn verify(public_key: &[u8; 32], message: &[u8], signature: &[u8]) -> Result<(), Fault> {
    let key = verifying_key(public_key)?;
    let sig: [u8; 64] = signature.try_into().map_err(|_| {
        crate::lines::fault(
            Code::SignatureInvalid,
            crate::lines::ed25519_signature_size(signature.len()),
        )
    })?;
    key.verify_strict(message, &Signature::from_bytes(&sig))
        .map_err(|_| {
            crate::lines::fault(
                Code::SignatureInvalid,
                crate::lines::signature_not_verified("Ed25519"),
            )
        })
}

std::thread_local! {
    /// The key decoded last (a point decompression): a batch is mostly signed by one issuer.
    static LAST_KEY: Cell<Option<([u8; 32], VerifyingKey)>> = const { Cell::new(None) };
}

/// The public key as a curve point, refused if it is none or a weak (small-order) one; the last
/// one is remembered, as decoding it is a square root, a tenth of a verification.
fn verifying_key(public_key: &[u8; 32]) -> Result<VerifyingKey, Fault> {
    if let Some((bytes, key)) = LAST_KEY.with(Cell::get) {
        if bytes == *public_key {
            return Ok(key);
        }
    }
    let key = VerifyingKey::from_bytes(public_key).map_err(|_| {
        crate::lines::fault(Code::KeyInvalid, crate::lines::ed25519_key_invalid())
    })?;
    if key.is_weak() {
        return Err(crate::lines::fault(
            Code::KeyInvalid,
            crate::lines::ed25519_key_weak(),
        ));
    }
    LAST_KEY.with(|last| last.set(Some((*public_key, key))));
    Ok(key)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use ed25519_dalek::{Signer, SigningKey};

    #[test]
    fn rfc8032_test_2_and_tampering() {
        // RFC 8032 §7.1 TEST 2
        let seed: [u8; 32] =
            crate::test_hex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb");
        let sk = SigningKey::from_bytes(&seed);
        let pk = sk.verifying_key().to_bytes();
        assert_eq!(
            crate::encoding::hex(&pk),
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"
        );
        let sig = sk.sign(&[0x72]).to_bytes();
        assert_eq!(
            crate::encoding::hex(&sig),
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
        );
        assert!(verify(&pk, &[0x72], &sig).is_ok());
        assert_eq!(
            verify(&pk, &[0x73], &sig).unwrap_err().code,
            Code::SignatureInvalid
        );
        assert_eq!(
            verify(&pk, &[0x72], &sig[..63]).unwrap_err().code,
            Code::SignatureInvalid
        );
        // the identity point is a weak key
        let mut identity = [0u8; 32];
        identity[0] = 1;
        assert_eq!(
            verify(&identity, b"x", &[0; 64]).unwrap_err().code,
            Code::KeyInvalid
        );
    }
}
