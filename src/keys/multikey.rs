//! Multikey `publicKeyMultibase` values (Controlled Identifiers §2.2.2): `z` + base58btc(multicodec
//! varint ‖ key). Ed25519 (`0xed`, `z6Mk…`, 32 bytes), P-256 (`0x1200`, `zDna…`, 33-byte compressed
//! point) and P-384 (`0x1201`, `z82L…`, 49-byte compressed point). Any other codec or length is
//! refused: "any other encoding MUST NOT be allowed" (vc-di-eddsa §2.1.1, vc-di-ecdsa §2.1.1).

use crate::codes::{Code, Fault};
use crate::crypto::{KeyType, PublicKey};
use crate::encoding::{base58_decode, base58_encode, ED25519_PUB_PREFIX};
use crate::lines;

/// Multicodec varint of a P-256 public key (`p256-pub`, 0x1200).
pub const P256_PUB_PREFIX: [u8; 2] = [0x80, 0x24];
/// Multicodec varint of a P-384 public key (`p384-pub`, 0x1201).
pub const P384_PUB_PREFIX: [u8; 2] = [0x81, 0x24];
/// Multicodec varint of a secp256k1 public key (`secp256k1-pub`, 0xe7).
pub const SECP256K1_PUB_PREFIX: [u8; 2] = [0xe7, 0x01];

/// Public-key codecs that exist but are not verified here: named, and `indeterminate`, not `invalid`.
const OTHER_CODECS: &[([u8; 2], &str)] = &[
    ([0xeb, 0x01], "BLS12-381 G2 (bbs-2023)"),
    ([0x82, 0x24], "P-521"),
    ([0x85, 0x24], "RSA"),
    ([0xec, 0x01], "X25519 (encryption)"),
];

/// Decodes a public Multikey of any supported type.
///
/// # Errors
/// [`Code::KeyInvalid`] naming what is wrong.
pub fn decode(text: &str) -> Result<PublicKey, Fault> {
    let bad = |why| lines::fault(Code::KeyInvalid, why);
    let body = text
        .strip_prefix('z')
        .ok_or_else(|| bad(lines::multikey_not_multibase()))?;
    let bytes = base58_decode(body).map_err(|_| bad(lines::multikey_not_base58btc()))?;
    from_bytes(&bytes)
}

/// Decodes the bytes of a Multikey (multicodec varint ‖ key), as CBOR-encoded proofs carry them.
///
/// # Errors
/// As [`decode`].
pub fn from_bytes(bytes: &[u8]) -> Result<PublicKey, Fault> {
    let bad = |why| lines::fault(Code::KeyInvalid, why);
    let (prefix, key) = bytes.split_at(bytes.len().min(2));
    match prefix {
        p if p == ED25519_PUB_PREFIX => <[u8; 32]>::try_from(key)
            .map(PublicKey::Ed25519)
            .map_err(|_| bad(lines::multikey_ed25519_not_32_bytes())),
        p if (p == P256_PUB_PREFIX || p == P384_PUB_PREFIX || p == SECP256K1_PUB_PREFIX)
            && !cfg!(feature = "ecdsa-rsa") =>
        {
            Err(crate::lines::module_needed("P-256 / P-384 / secp256k1"))
        }
        p if p == SECP256K1_PUB_PREFIX => compressed(KeyType::Secp256k1, key, 33),
        p if p == P256_PUB_PREFIX => compressed(KeyType::P256, key, 33),
        p if p == P384_PUB_PREFIX => compressed(KeyType::P384, key, 49),
        p => match OTHER_CODECS.iter().find(|(q, _)| q == p) {
            Some((_, name)) => Err(lines::fault(
                Code::KeyTypeUnsupported,
                lines::multikey_type_unchecked(*name),
            )),
            None => Err(bad(lines::multikey_type_unknown())),
        },
    }
}

fn compressed(curve: KeyType, key: &[u8], len: usize) -> Result<PublicKey, Fault> {
    if key.len() != len || !matches!(key.first(), Some(2 | 3)) {
        return Err(lines::fault(
            Code::KeyInvalid,
            lines::multikey_point_size(curve.as_str(), len),
        ));
    }
    PublicKey::ec(curve, key)
}

/// Encodes a public key as a Multikey (P-256/P-384 points must be compressed); `None` for RSA.
pub fn encode(key: &PublicKey) -> Option<String> {
    let (prefix, bytes): ([u8; 2], &[u8]) = match key {
        PublicKey::Ed25519(k) => (ED25519_PUB_PREFIX, k),
        PublicKey::P256(p) if p.len() == 33 => (P256_PUB_PREFIX, p),
        PublicKey::P384(p) if p.len() == 49 => (P384_PUB_PREFIX, p),
        PublicKey::Secp256k1(p) if p.len() == 33 => (SECP256K1_PUB_PREFIX, p),
        _ => return None,
    };
    let mut all = prefix.to_vec();
    all.extend_from_slice(bytes);
    Some(format!("z{}", base58_encode(&all)))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn w3c_keys_of_each_curve() {
        // vc-di-ecdsa TestVectors: the P-256 and P-384 keys; vc-di-eddsa: the Ed25519 key.
        for (mb, kind) in [
            (
                "zDnaepBuvsQ8cpsWrVKw8fbpGpvPeNSjVPTWoq6cRqaYzBKVP",
                KeyType::P256,
            ),
            (
                "z82LkuBieyGShVBhvtE2zoiD6Kma4tJGFtkAhxR5pfkp5QPw4LutoYWhvQCnGjdVn14kujQ",
                KeyType::P384,
            ),
            (
                "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
                KeyType::Ed25519,
            ),
        ] {
            let k = decode(mb).unwrap();
            assert_eq!(k.key_type(), kind);
            assert_eq!(encode(&k).unwrap(), mb);
        }
        let k1 = decode("zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme").unwrap();
        assert_eq!(k1.key_type(), KeyType::Secp256k1);
        assert_eq!(encode(&k1).unwrap(), "zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme");
        assert_eq!(decode("z").unwrap_err().code, Code::KeyInvalid);
        assert_eq!(decode("").unwrap_err().code, Code::KeyInvalid);
    }
}
