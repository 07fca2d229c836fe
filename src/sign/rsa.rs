//! RSA signing keys (RustCrypto `rsa`; native build only): RS256 (PKCS #1 v1.5, deterministic) and
//! PS256 (PSS with SHA-256, MGF1-SHA-256 and a 32-byte salt, RFC 7518 §3.5, randomised). Key files:
//! a private JWK (RFC 7518 §6.3.2, with the CRT members), PKCS#8 and PKCS#1 (`RSA PRIVATE KEY`).
//!
//! These are private-key operations, which the `rsa` crate does not do in constant time
//! (RUSTSEC-2023-0071, the Marvin attack on decryption): fine for an issuer signing on its own
//! machine, not for a signing service that others can time.

use rsa::pkcs1::DecodeRsaPrivateKey;
use rsa::pkcs8::{DecodePrivateKey, EncodePrivateKey, LineEnding};
use rsa::rand_core::CryptoRngCore;
use rsa::traits::{PrivateKeyParts, PublicKeyParts};
use rsa::{BigUint, Pkcs1v15Sign, Pss, RsaPrivateKey};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::codes::{Code, Fault};
use crate::crypto::{Algorithm, PublicKey};
use crate::encoding::{base64url_decode, base64url_encode};

/// The sizes `keurmerk keygen` makes, in bits.
pub const RSA_KEY_BITS: [usize; 3] = [2048, 3072, 4096];
/// The size `keurmerk keygen` makes unless told otherwise (RFC 7518 §3.3: 2048 or larger).
pub const DEFAULT_RSA_KEY_BITS: usize = 2048;
/// The public exponent of generated keys (65537, as every tool uses).
const PUBLIC_EXPONENT: u32 = 65_537;

/// An RSA signing key.
#[derive(Clone)]
pub(crate) struct RsaKey {
    key: Box<RsaPrivateKey>,
}

impl std::fmt::Debug for RsaKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RsaKey({} bits)", self.bits())
    }
}

fn invalid(detail: impl Into<String>) -> Fault {
    Fault::new(Code::KeyInvalid, detail)
}

impl RsaKey {
    /// A new key of `bits` (one of [`RSA_KEY_BITS`]) from `rng`.
    pub(crate) fn generate(bits: usize, rng: &mut impl CryptoRngCore) -> Result<Self, Fault> {
        if !RSA_KEY_BITS.contains(&bits) {
            return Err(invalid(format!(
                "RSA keys are made with 2048, 3072 or 4096 bits, not {bits}"
            )));
        }
        let key = RsaPrivateKey::new_with_exp(rng, bits, &BigUint::from(PUBLIC_EXPONENT))
            .map_err(|e| invalid(format!("RSA key generation failed: {e}")))?;
        Self::checked(key)
    }

    /// A key read from a file, held to what the verifier accepts ([`PublicKey::rsa`]: 2048 to
    /// 8192 bits, an odd modulus and exponent).
    fn checked(key: RsaPrivateKey) -> Result<Self, Fault> {
        PublicKey::rsa(&key.n().to_bytes_be(), &key.e().to_bytes_be())?;
        Ok(Self { key: Box::new(key) })
    }

    /// The public key.
    pub(crate) fn public_key(&self) -> Result<PublicKey, Fault> {
        PublicKey::rsa(&self.key.n().to_bytes_be(), &self.key.e().to_bytes_be())
    }

    /// The modulus size in bits.
    pub(crate) fn bits(&self) -> usize {
        self.key.n().bits()
    }

    /// Signs `message` with RS256 or PS256; PS256 takes its salt from `rng`, and is refused
    /// without one.
    pub(crate) fn sign(
        &self,
        algorithm: Algorithm,
        message: &[u8],
        rng: Option<&mut dyn CryptoRngCore>,
    ) -> Result<Vec<u8>, Fault> {
        let hashed = Sha256::digest(message);
        let result = match (algorithm, rng) {
            (Algorithm::Rs256, _) => self.key.sign(Pkcs1v15Sign::new::<Sha256>(), &hashed),
            (Algorithm::Ps256, Some(mut rng)) => {
                self.key
                    .sign_with_rng(&mut rng, Pss::new::<Sha256>(), &hashed)
            }
            (Algorithm::Ps256, None) => {
                return Err(invalid(
                    "PS256 signatures need a random salt, and none was given",
                ))
            }
            (other, _) => {
                return Err(Fault::new(
                    Code::AlgorithmKeyMismatch,
                    format!("an RSA key signs RS256 or PS256, not {}", other.jose_name()),
                ))
            }
        };
        result.map_err(|e| invalid(format!("RSA signing failed: {e}")))
    }

    /// Reads a private RSA JWK: `n`, `e`, `d`, `p` and `q` (the CRT members are recomputed).
    pub(crate) fn from_jwk(jwk: &Map<String, Value>) -> Result<Self, Fault> {
        let member = |name: &str| -> Result<BigUint, Fault> {
            let text = jwk
                .get(name)
                .and_then(Value::as_str)
                .ok_or_else(|| invalid(format!("the RSA JWK has no {name}")))?;
            base64url_decode(text)
                .map(|b| BigUint::from_bytes_be(&b))
                .map_err(|_| invalid(format!("the RSA JWK's {name} is not base64url")))
        };
        if jwk.contains_key("oth") {
            return Err(invalid("multi-prime RSA keys (oth) are not supported"));
        }
        let (n, e) = (member("n")?, member("e")?);
        // The size first: validating the private parts of a huge key is slow.
        PublicKey::rsa(&n.to_bytes_be(), &e.to_bytes_be())?;
        let key =
            RsaPrivateKey::from_components(n, e, member("d")?, vec![member("p")?, member("q")?])
                .map_err(|e| invalid(format!("the RSA JWK is not a consistent key ({e})")))?;
        Self::checked(key)
    }

    /// The private JWK members (RFC 7518 §6.3.2).
    pub(crate) fn to_jwk(&self) -> Map<String, Value> {
        let b = |v: &BigUint| Value::String(base64url_encode(&v.to_bytes_be()));
        let k = &self.key;
        let mut m = Map::new();
        m.insert("kty".into(), "RSA".into());
        m.insert("n".into(), b(k.n()));
        m.insert("e".into(), b(k.e()));
        m.insert("d".into(), b(k.d()));
        let primes = k.primes();
        for (name, value) in [
            ("p", primes.first()),
            ("q", primes.get(1)),
            ("dp", k.dp()),
            ("dq", k.dq()),
        ] {
            if let Some(v) = value {
                m.insert(name.into(), b(v));
            }
        }
        if let Some(qi) = k.crt_coefficient() {
            m.insert("qi".into(), b(&qi));
        }
        m
    }

    /// Reads PKCS#8 DER.
    pub(crate) fn from_pkcs8(der: &[u8]) -> Result<Self, Fault> {
        RsaPrivateKey::from_pkcs8_der(der)
            .map_err(|e| invalid(format!("the PKCS#8 key is not a valid RSA key ({e})")))
            .and_then(Self::checked)
    }

    /// Reads PKCS#1 `RSAPrivateKey` DER.
    pub(crate) fn from_pkcs1(der: &[u8]) -> Result<Self, Fault> {
        RsaPrivateKey::from_pkcs1_der(der)
            .map_err(|e| invalid(format!("the RSA PRIVATE KEY is not a valid key ({e})")))
            .and_then(Self::checked)
    }

    /// PKCS#8 PEM (`PRIVATE KEY`).
    pub(crate) fn to_pkcs8_pem(&self) -> Result<String, Fault> {
        self.key
            .to_pkcs8_pem(LineEnding::LF)
            .map(|p| p.as_str().to_owned())
            .map_err(|e| invalid(format!("cannot encode the key as PKCS#8: {e}")))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use crate::crypto::{Native, Provider, SignatureCheck};

    /// A 2048-bit key made once with `openssl genpkey -algorithm RSA` (generating one in a debug
    /// build takes long).
    pub(crate) const TEST_KEY_PEM: &str = include_str!("test-rsa-2048.pem");

    pub(crate) fn test_key() -> RsaKey {
        let der = crate::keys::x509::pem(TEST_KEY_PEM, "PRIVATE KEY").unwrap();
        RsaKey::from_pkcs8(&der).unwrap()
    }

    /// A counter behind SHA-256: randomness enough for a PSS salt in a test.
    pub(crate) struct TestRng(pub(crate) u64);

    impl rsa::rand_core::RngCore for TestRng {
        fn next_u32(&mut self) -> u32 {
            rsa::rand_core::impls::next_u32_via_fill(self)
        }
        fn next_u64(&mut self) -> u64 {
            rsa::rand_core::impls::next_u64_via_fill(self)
        }
        fn fill_bytes(&mut self, dest: &mut [u8]) {
            for chunk in dest.chunks_mut(32) {
                self.0 += 1;
                let block = Sha256::digest(self.0.to_be_bytes());
                chunk.copy_from_slice(&block[..chunk.len()]);
            }
        }
        fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), rsa::rand_core::Error> {
            self.fill_bytes(dest);
            Ok(())
        }
    }

    impl rsa::rand_core::CryptoRng for TestRng {}

    #[test]
    fn rs256_and_ps256_verify() {
        let key = test_key();
        assert_eq!(key.bits(), 2048);
        let mut rng = TestRng(0);
        for alg in [Algorithm::Rs256, Algorithm::Ps256] {
            let sig = key.sign(alg, b"message", Some(&mut rng)).unwrap();
            let check =
                SignatureCheck::new(alg, key.public_key().unwrap(), b"message".to_vec(), sig)
                    .unwrap();
            Native.verify(&check).unwrap();
        }
        assert_eq!(
            key.sign(Algorithm::Rs256, b"m", None).unwrap(),
            key.sign(Algorithm::Rs256, b"m", None).unwrap()
        );
        assert!(key.sign(Algorithm::Ps256, b"m", None).is_err());
        assert_eq!(
            key.sign(Algorithm::Es256, b"m", None).unwrap_err().code,
            Code::AlgorithmKeyMismatch
        );
    }

    #[test]
    fn jwk_and_pkcs_round_trip() {
        let key = test_key();
        let n = key.public_key().unwrap();
        assert_eq!(
            RsaKey::from_jwk(&key.to_jwk())
                .unwrap()
                .public_key()
                .unwrap(),
            n
        );
        let der = crate::keys::x509::pem(&key.to_pkcs8_pem().unwrap(), "PRIVATE KEY").unwrap();
        assert_eq!(RsaKey::from_pkcs8(&der).unwrap().public_key().unwrap(), n);
        let mut wrong = key.to_jwk();
        wrong.insert("p".into(), wrong["q"].clone());
        assert_eq!(RsaKey::from_jwk(&wrong).unwrap_err().code, Code::KeyInvalid);
        let mut small = key.to_jwk();
        small.insert("n".into(), base64url_encode(&[0xc3; 128]).into());
        assert_eq!(
            RsaKey::from_jwk(&small).unwrap_err().code,
            Code::RsaKeyTooSmall
        );
        assert!(RsaKey::generate(1024, &mut TestRng(1)).is_err());
    }
}
