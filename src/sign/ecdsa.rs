//! ECDSA signing keys on P-256 and P-384 (RustCrypto `p256`, `p384`; native build only). Signatures
//! are deterministic (RFC 6979) and encoded `r ‖ s`, as JOSE (RFC 7518 §3.4) and vc-di-ecdsa want.
//! Key files: the Multikey pair (`0x1200`/`0x1306` for P-256, `0x1201`/`0x1307` for P-384), a
//! private JWK, PKCS#8 and SEC1 (`EC PRIVATE KEY`).

use p256::ecdsa::signature::Signer;
use p256::pkcs8::{DecodePrivateKey, EncodePrivateKey, LineEnding};
use rsa::rand_core::CryptoRngCore;
use serde_json::{Map, Value};

use crate::codes::{Code, Fault};
use crate::crypto::{Algorithm, KeyType, PublicKey};
use crate::encoding::{base58_encode, base64url_decode, base64url_encode};

/// Multicodec varint of a P-256 secret key (`p256-priv`, 0x1306).
pub const P256_PRIV_PREFIX: [u8; 2] = [0x86, 0x26];
/// Multicodec varint of a P-384 secret key (`p384-priv`, 0x1307).
pub const P384_PRIV_PREFIX: [u8; 2] = [0x87, 0x26];

/// A P-256 or P-384 signing key.
#[derive(Clone)]
pub(crate) enum EcKey {
    /// P-256 (ES256).
    P256(p256::ecdsa::SigningKey),
    /// P-384 (ES384).
    P384(p384::ecdsa::SigningKey),
}

impl std::fmt::Debug for EcKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "EcKey({})", self.curve().as_str())
    }
}

fn invalid(detail: impl Into<String>) -> Fault {
    Fault::new(Code::KeyInvalid, detail)
}

impl EcKey {
    /// A new key from `rng`.
    pub(crate) fn generate(curve: KeyType, rng: &mut impl CryptoRngCore) -> Result<Self, Fault> {
        match curve {
            KeyType::P256 => Ok(Self::P256(p256::ecdsa::SigningKey::random(rng))),
            KeyType::P384 => Ok(Self::P384(p384::ecdsa::SigningKey::random(rng))),
            other => Err(invalid(format!(
                "{} is not an elliptic curve",
                other.as_str()
            ))),
        }
    }

    /// The key for a secret scalar of exactly the curve's size (32 or 48 bytes, big-endian).
    pub(crate) fn from_secret(curve: KeyType, secret: &[u8]) -> Result<Self, Fault> {
        let size = match curve {
            KeyType::P256 => 32,
            KeyType::P384 => 48,
            other => {
                return Err(invalid(format!(
                    "{} is not an elliptic curve",
                    other.as_str()
                )))
            }
        };
        if secret.len() != size {
            return Err(invalid(format!(
                "a {} secret key has {size} bytes, not {}",
                curve.as_str(),
                secret.len()
            )));
        }
        let bad = |_| {
            invalid(format!(
                "the {} secret key is zero or not below the group order",
                curve.as_str()
            ))
        };
        Ok(match curve {
            KeyType::P256 => Self::P256(p256::ecdsa::SigningKey::from_slice(secret).map_err(bad)?),
            _ => Self::P384(p384::ecdsa::SigningKey::from_slice(secret).map_err(bad)?),
        })
    }

    /// The curve.
    pub(crate) const fn curve(&self) -> KeyType {
        match self {
            Self::P256(_) => KeyType::P256,
            Self::P384(_) => KeyType::P384,
        }
    }

    /// The ECDSA algorithm of the curve (the hash follows the curve).
    pub(crate) const fn algorithm(&self) -> Algorithm {
        match self {
            Self::P256(_) => Algorithm::Es256,
            Self::P384(_) => Algorithm::Es384,
        }
    }

    /// The secret scalar, big-endian.
    fn secret(&self) -> Vec<u8> {
        match self {
            Self::P256(k) => k.to_bytes().to_vec(),
            Self::P384(k) => k.to_bytes().to_vec(),
        }
    }

    /// The public point in SEC1 form, compressed or not.
    pub(crate) fn point(&self, compress: bool) -> Vec<u8> {
        match self {
            Self::P256(k) => k
                .verifying_key()
                .to_encoded_point(compress)
                .as_bytes()
                .to_vec(),
            Self::P384(k) => k
                .verifying_key()
                .to_encoded_point(compress)
                .as_bytes()
                .to_vec(),
        }
    }

    /// The public key, compressed (as Multikey and did:key hold it).
    pub(crate) fn public_key(&self) -> Result<PublicKey, Fault> {
        PublicKey::ec(self.curve(), &self.point(true))
    }

    /// The public key, uncompressed (as a JWK and did:jwk hold it).
    pub(crate) fn public_key_uncompressed(&self) -> Result<PublicKey, Fault> {
        PublicKey::ec(self.curve(), &self.point(false))
    }

    /// `r ‖ s` over `message`, hashed with the curve's hash (RFC 6979 nonces).
    pub(crate) fn sign(&self, message: &[u8]) -> Result<Vec<u8>, Fault> {
        let failed = |e: p256::ecdsa::Error| invalid(format!("ECDSA signing failed: {e}"));
        Ok(match self {
            Self::P256(k) => {
                let sig: p256::ecdsa::Signature = k.try_sign(message).map_err(failed)?;
                sig.to_bytes().to_vec()
            }
            Self::P384(k) => {
                let sig: p384::ecdsa::Signature = k.try_sign(message).map_err(failed)?;
                sig.to_bytes().to_vec()
            }
        })
    }

    /// The `secretKeyMultibase`: `z` + base58btc(codec ‖ secret scalar).
    pub(crate) fn secret_multibase(&self) -> String {
        let prefix = match self {
            Self::P256(_) => P256_PRIV_PREFIX,
            Self::P384(_) => P384_PRIV_PREFIX,
        };
        let bytes = [&prefix[..], &self.secret()].concat();
        format!("z{}", base58_encode(&bytes))
    }

    /// Reads a private EC JWK (`kty: EC`, `crv`, `d`, `x`, `y`), checking `x` and `y`.
    pub(crate) fn from_jwk(jwk: &Map<String, Value>) -> Result<Self, Fault> {
        let text = |name: &str| {
            jwk.get(name)
                .and_then(Value::as_str)
                .ok_or_else(|| invalid(format!("the EC JWK has no {name}")))
        };
        let member = |name: &str| -> Result<Vec<u8>, Fault> {
            base64url_decode(text(name)?)
                .map_err(|_| invalid(format!("the EC JWK's {name} is not base64url")))
        };
        let curve = match text("crv")? {
            "P-256" => KeyType::P256,
            "P-384" => KeyType::P384,
            other => {
                return Err(invalid(format!(
                    "the EC JWK's curve {other:?} is not P-256 or P-384"
                )))
            }
        };
        let key = Self::from_secret(curve, &member("d")?)?;
        let point = [&[4u8][..], &member("x")?, &member("y")?].concat();
        if point != key.point(false) {
            return Err(invalid("the EC JWK's x and y do not belong to its d"));
        }
        Ok(key)
    }

    /// The private JWK members (`kty`, `crv`, `x`, `y`, `d`).
    pub(crate) fn to_jwk(&self) -> Map<String, Value> {
        let size = match self {
            Self::P256(_) => 32,
            Self::P384(_) => 48,
        };
        let point = self.point(false);
        let (x, y) = point
            .get(1..)
            .unwrap_or_default()
            .split_at(size.min(point.len().saturating_sub(1)));
        let mut m = Map::new();
        m.insert("kty".into(), "EC".into());
        m.insert("crv".into(), self.curve().as_str().into());
        m.insert("x".into(), base64url_encode(x).into());
        m.insert("y".into(), base64url_encode(y).into());
        m.insert("d".into(), base64url_encode(&self.secret()).into());
        m
    }

    /// Reads PKCS#8 DER of either curve (the curve is in the algorithm parameters).
    pub(crate) fn from_pkcs8(der: &[u8]) -> Result<Self, Fault> {
        if let Ok(k) = p256::SecretKey::from_pkcs8_der(der) {
            return Ok(Self::P256(k.into()));
        }
        p384::SecretKey::from_pkcs8_der(der)
            .map(|k| Self::P384(k.into()))
            .map_err(|_| invalid("the PKCS#8 key is not a valid P-256 or P-384 key"))
    }

    /// Reads SEC1 `ECPrivateKey` DER (RFC 5915) of either curve.
    pub(crate) fn from_sec1(der: &[u8]) -> Result<Self, Fault> {
        if let Ok(k) = p256::SecretKey::from_sec1_der(der) {
            return Ok(Self::P256(k.into()));
        }
        p384::SecretKey::from_sec1_der(der)
            .map(|k| Self::P384(k.into()))
            .map_err(|_| invalid("the EC PRIVATE KEY is not a valid P-256 or P-384 key"))
    }

    /// PKCS#8 PEM (`PRIVATE KEY`).
    pub(crate) fn to_pkcs8_pem(&self) -> Result<String, Fault> {
        let pem = match self {
            Self::P256(k) => k.to_pkcs8_pem(LineEnding::LF),
            Self::P384(k) => k.to_pkcs8_pem(LineEnding::LF),
        };
        pem.map(|p| p.as_str().to_owned())
            .map_err(|e| invalid(format!("cannot encode the key as PKCS#8: {e}")))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use crate::crypto::{Native, Provider, SignatureCheck};

    #[test]
    fn signatures_verify_and_are_deterministic() {
        for (curve, size) in [(KeyType::P256, 32), (KeyType::P384, 48)] {
            let key = EcKey::from_secret(curve, &vec![7; size]).unwrap();
            let sig = key.sign(b"message").unwrap();
            assert_eq!(sig.len(), 2 * size);
            assert_eq!(sig, key.sign(b"message").unwrap(), "RFC 6979");
            for public in [
                key.public_key().unwrap(),
                key.public_key_uncompressed().unwrap(),
            ] {
                let check =
                    SignatureCheck::new(key.algorithm(), public, b"message".to_vec(), sig.clone())
                        .unwrap();
                Native.verify(&check).unwrap();
            }
        }
    }

    #[test]
    fn jwk_pkcs8_and_sec1_round_trip() {
        for (curve, size) in [(KeyType::P256, 32), (KeyType::P384, 48)] {
            let key = EcKey::from_secret(curve, &vec![3; size]).unwrap();
            let same = |k: EcKey| assert_eq!(k.point(true), key.point(true));
            same(EcKey::from_jwk(&key.to_jwk()).unwrap());
            let pem = key.to_pkcs8_pem().unwrap();
            let der = crate::keys::x509::pem(&pem, "PRIVATE KEY").unwrap();
            same(EcKey::from_pkcs8(&der).unwrap());
            let sec1 = match &key {
                EcKey::P256(k) => p256::SecretKey::from(k).to_sec1_der().unwrap().to_vec(),
                EcKey::P384(k) => p384::SecretKey::from(k).to_sec1_der().unwrap().to_vec(),
            };
            same(EcKey::from_sec1(&sec1).unwrap());
            let mut wrong = key.to_jwk();
            wrong.insert("y".into(), wrong["x"].clone());
            assert_eq!(EcKey::from_jwk(&wrong).unwrap_err().code, Code::KeyInvalid);
        }
        assert!(EcKey::from_secret(KeyType::P256, &[0; 32]).is_err());
        assert!(EcKey::from_secret(KeyType::P256, &[1; 31]).is_err());
        assert!(EcKey::from_secret(KeyType::P384, &[1; 32]).is_err());
    }
}
