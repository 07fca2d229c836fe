//! [`SigningKey`]: a key of any supported type (Ed25519, P-256, P-384, RSA), made fresh or read from
//! a key file in any of the [`KeyFormat`]s, and the signatures it makes. Native build only: the
//! ECDSA and RSA arithmetic is RustCrypto's, which the wasm build leaves out.

use rsa::rand_core::CryptoRngCore;
use serde_json::{Map, Value};

use crate::codes::{Code, Fault};
use crate::crypto::{Algorithm, KeyType, PublicKey};
use crate::encoding::ED25519_PRIV_PREFIX;
use crate::keys::x509::Der;
use crate::keys::{did_jwk, did_key, jwk, multikey, x509};
use crate::sign::ecdsa::{EcKey, P256_PRIV_PREFIX, P384_PRIV_PREFIX};
use crate::sign::ed25519::{multikey_members, secret_multibase, IssuerKey};
use crate::sign::rsa::RsaKey;

/// The largest key file read, in bytes. A 4096-bit RSA key is about 3.3 KB as a JWK or PEM, an
/// 8192-bit one (the largest the verifier accepts) about 6.5 KB; a bound keeps a hostile file from
/// making the RSA consistency checks work on huge numbers.
pub const MAX_KEY_FILE_BYTES: usize = 16 * 1024;

const OID_ED25519: &[u8] = &[0x2b, 0x65, 0x70];
const OID_EC_PUBLIC_KEY: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
const OID_RSA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];

/// How a key file is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyFormat {
    /// JSON with `publicKeyMultibase` and `secretKeyMultibase` (Ed25519, P-256, P-384).
    Multikey,
    /// A private JWK (RFC 7517) with `alg`.
    Jwk,
    /// PKCS#8 PEM (`PRIVATE KEY`).
    Pem,
}

impl KeyFormat {
    /// The format a name (`multikey`, `jwk`, `pem`) stands for.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "multikey" => Some(Self::Multikey),
            "jwk" => Some(Self::Jwk),
            "pem" => Some(Self::Pem),
            _ => None,
        }
    }

    /// The format a new key of `algorithm` is written in unless told otherwise: Multikey where
    /// one exists, else a JWK (which records whether the RSA key is for RS256 or PS256).
    pub const fn default_for(algorithm: Algorithm) -> Self {
        match algorithm.key_type() {
            KeyType::Rsa => Self::Jwk,
            _ => Self::Multikey,
        }
    }
}

#[derive(Clone)]
enum Inner {
    Ed25519(IssuerKey),
    Ec(EcKey),
    Rsa(RsaKey),
}

/// A signing key of any supported type, with the algorithm it signs with unless asked otherwise
/// (EdDSA, ES256, ES384, and RS256 or PS256 for RSA).
#[derive(Clone)]
pub struct SigningKey {
    inner: Inner,
    algorithm: Algorithm,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "SigningKey({}, {})",
            self.describe(),
            self.algorithm.jose_name()
        )
    }
}

impl From<IssuerKey> for SigningKey {
    fn from(key: IssuerKey) -> Self {
        Self {
            inner: Inner::Ed25519(key),
            algorithm: Algorithm::Ed25519,
        }
    }
}

fn invalid(detail: impl Into<String>) -> Fault {
    Fault::new(Code::KeyInvalid, detail)
}

impl SigningKey {
    /// A new key for `algorithm` from `rng` (the operating system's, in the CLI); RSA keys have
    /// `rsa_bits` bits (one of [`crate::sign::RSA_KEY_BITS`]), other keys ignore it.
    ///
    /// # Errors
    /// [`Code::KeyInvalid`] for an RSA size not offered.
    pub fn generate(
        algorithm: Algorithm,
        rsa_bits: usize,
        rng: &mut impl CryptoRngCore,
    ) -> Result<Self, Fault> {
        let inner = match algorithm.key_type() {
            KeyType::Ed25519 => {
                let mut seed = [0u8; 32];
                rng.try_fill_bytes(&mut seed)
                    .map_err(|e| invalid(format!("no random source: {e}")))?;
                Inner::Ed25519(IssuerKey::from_seed(&seed))
            }
            curve @ (KeyType::P256 | KeyType::P384) => Inner::Ec(EcKey::generate(curve, rng)?),
            KeyType::Rsa => Inner::Rsa(RsaKey::generate(rsa_bits, rng)?),
            KeyType::Secp256k1 => {
                return Err(Fault::new(
                    Code::KeyTypeUnsupported,
                    "secp256k1 keys are verified, not made: keygen makes Ed25519, P-256, P-384 and RSA keys",
                ))
            }
        };
        Ok(Self { inner, algorithm })
    }

    /// Reads a key file: a Multikey pair (including Digital Bazaar's 64-byte Ed25519 secret), a
    /// private JWK, or PEM (`PRIVATE KEY`, `EC PRIVATE KEY`, `RSA PRIVATE KEY`). The public half,
    /// where the file has one, must belong to the secret.
    ///
    /// # Errors
    /// [`Code::KeyInvalid`] (naming what is wrong), [`Code::KeyTypeUnsupported`],
    /// [`Code::AlgorithmKeyMismatch`] for a JWK `alg` of another key type, [`Code::RsaKeyTooSmall`].
    pub fn read(bytes: &[u8]) -> Result<Self, Fault> {
        if bytes.len() > MAX_KEY_FILE_BYTES {
            return Err(invalid(format!(
                "a key file has at most {MAX_KEY_FILE_BYTES} bytes, this one {}",
                bytes.len()
            )));
        }
        let text = std::str::from_utf8(bytes).map_err(|_| invalid("a key file is text (UTF-8)"))?;
        if text.contains("-----BEGIN ") {
            return Self::from_pem(text);
        }
        let value = crate::intake::json::parse(bytes).map_err(|e| {
            invalid(format!(
                "not a key file (Multikey or JWK JSON, or PEM): {}",
                e.detail
            ))
        })?;
        let Value::Object(file) = value else {
            return Err(invalid("not a key file: not a JSON object"));
        };
        if file.contains_key("kty") {
            Self::from_jwk(&file)
        } else if file.contains_key("secretKeyMultibase") {
            Self::from_multikey(&file)
        } else if file.contains_key("publicKeyMultibase") || file.contains_key("keys") {
            Err(invalid("the file holds no secret key"))
        } else {
            Err(invalid("not a key file: neither a Multikey pair nor a JWK"))
        }
    }

    fn from_multikey(file: &Map<String, Value>) -> Result<Self, Fault> {
        let (public, secret) = multikey_members(file)?;
        let bytes = secret_multibase(secret)?;
        let (prefix, rest) = bytes.split_at(bytes.len().min(2));
        let key: Self = match prefix {
            p if p == ED25519_PRIV_PREFIX => IssuerKey::secret_bytes(rest)?.into(),
            p if p == P256_PRIV_PREFIX => Self::ec(EcKey::from_secret(KeyType::P256, rest)?),
            p if p == P384_PRIV_PREFIX => Self::ec(EcKey::from_secret(KeyType::P384, rest)?),
            _ => {
                return Err(Fault::new(
                    Code::KeyTypeUnsupported,
                    "secretKeyMultibase is not an Ed25519, P-256 or P-384 secret key",
                ))
            }
        };
        if multikey::decode(public)? != key.public_key()? {
            return Err(invalid(
                "publicKeyMultibase does not belong to the secret key",
            ));
        }
        Ok(key)
    }

    fn from_jwk(jwk: &Map<String, Value>) -> Result<Self, Fault> {
        if !jwk.contains_key("d") {
            return Err(invalid(
                "the JWK is a public key: a key file holds the private key (d)",
            ));
        }
        let field = |k: &str| jwk.get(k).and_then(Value::as_str);
        let key: Self = match (field("kty"), field("crv")) {
            (Some("OKP"), Some("Ed25519")) => IssuerKey::from_jwk(jwk)?.into(),
            (Some("EC"), _) => Self::ec(EcKey::from_jwk(jwk)?),
            (Some("RSA"), _) => Self::rsa(RsaKey::from_jwk(jwk)?),
            (kty, crv) => {
                return Err(Fault::new(
                    Code::KeyTypeUnsupported,
                    format!(
                        "the JWK is of type {} {}, not Ed25519, P-256, P-384 or RSA",
                        kty.unwrap_or("(none)"),
                        crv.unwrap_or("")
                    ),
                ))
            }
        };
        match field("alg") {
            None => Ok(key),
            Some(alg) => match Algorithm::from_jose(alg) {
                Some(a) => key.with_algorithm(a),
                None => Err(Fault::new(
                    Code::AlgorithmKeyMismatch,
                    format!("the JWK's alg {alg:?} is not one this tool signs with"),
                )),
            },
        }
    }

    fn from_pem(text: &str) -> Result<Self, Fault> {
        if text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") {
            return Err(invalid(
                "the PEM key is encrypted; decrypt it first (openssl pkcs8 -in KEY -nocrypt)",
            ));
        }
        if text.contains("-----BEGIN PRIVATE KEY-----") {
            return Self::from_pkcs8(&x509::pem(text, "PRIVATE KEY")?);
        }
        if text.contains("-----BEGIN EC PRIVATE KEY-----") {
            return Ok(Self::ec(EcKey::from_sec1(&x509::pem(
                text,
                "EC PRIVATE KEY",
            )?)?));
        }
        if text.contains("-----BEGIN RSA PRIVATE KEY-----") {
            return Ok(Self::rsa(RsaKey::from_pkcs1(&x509::pem(
                text,
                "RSA PRIVATE KEY",
            )?)?));
        }
        Err(invalid(
            "no private key in the PEM file (PRIVATE KEY, EC PRIVATE KEY or RSA PRIVATE KEY)",
        ))
    }

    /// Reads PKCS#8 DER of any supported key type.
    ///
    /// # Errors
    /// As [`SigningKey::read`].
    pub fn from_pkcs8(der: &[u8]) -> Result<Self, Fault> {
        let oid = (|| {
            let mut info = Der(Der(der).expect(0x30)?);
            info.expect(0x02)?;
            Der(info.expect(0x30)?).expect(0x06)
        })()
        .map_err(|_| invalid("the PRIVATE KEY is not PKCS#8"))?;
        match oid {
            OID_ED25519 => Ok(IssuerKey::from_pkcs8(der)?.into()),
            OID_EC_PUBLIC_KEY => Ok(Self::ec(EcKey::from_pkcs8(der)?)),
            OID_RSA => Ok(Self::rsa(RsaKey::from_pkcs8(der)?)),
            _ => Err(Fault::new(
                Code::KeyTypeUnsupported,
                "the PKCS#8 key is not an Ed25519, EC or RSA key",
            )),
        }
    }

    fn ec(key: EcKey) -> Self {
        Self {
            algorithm: key.algorithm(),
            inner: Inner::Ec(key),
        }
    }

    fn rsa(key: RsaKey) -> Self {
        Self {
            inner: Inner::Rsa(key),
            algorithm: Algorithm::Rs256,
        }
    }

    /// The key file in `format`.
    ///
    /// # Errors
    /// [`Code::KeyTypeUnsupported`] for an RSA key as Multikey; [`Code::KeyInvalid`] if encoding fails.
    pub fn write(&self, format: KeyFormat) -> Result<String, Fault> {
        let json = |v: Value| serde_json::to_string_pretty(&v).unwrap_or_default() + "\n";
        match (format, &self.inner) {
            (KeyFormat::Multikey, Inner::Ed25519(k)) => {
                Ok(json(serde_json::to_value(k.key_file()).unwrap_or_default()))
            }
            (KeyFormat::Multikey, Inner::Ec(k)) => {
                let public = multikey::encode(&k.public_key()?)
                    .ok_or_else(|| invalid("the point has no Multikey form"))?;
                let mut m = Map::new();
                m.insert("publicKeyMultibase".into(), public.into());
                m.insert("secretKeyMultibase".into(), k.secret_multibase().into());
                Ok(json(Value::Object(m)))
            }
            (KeyFormat::Multikey, Inner::Rsa(_)) => Err(Fault::new(
                Code::KeyTypeUnsupported,
                "an RSA key has no Multikey key file: write it as jwk or pem",
            )),
            (KeyFormat::Jwk, _) => {
                let mut m = match &self.inner {
                    Inner::Ed25519(k) => k.to_jwk(),
                    Inner::Ec(k) => k.to_jwk(),
                    Inner::Rsa(k) => k.to_jwk(),
                };
                m.insert("alg".into(), self.algorithm.jose_name().into());
                Ok(json(Value::Object(m)))
            }
            (KeyFormat::Pem, Inner::Ed25519(k)) => Ok(pem("PRIVATE KEY", &k.to_pkcs8())),
            (KeyFormat::Pem, Inner::Ec(k)) => k.to_pkcs8_pem(),
            (KeyFormat::Pem, Inner::Rsa(k)) => k.to_pkcs8_pem(),
        }
    }

    /// The same key, signing with `algorithm` unless asked otherwise (PS256 for an RSA key).
    ///
    /// # Errors
    /// [`Code::AlgorithmKeyMismatch`] when `algorithm` needs another type of key.
    pub fn with_algorithm(mut self, algorithm: Algorithm) -> Result<Self, Fault> {
        self.algorithm = self.algorithm_for(Some(algorithm))?;
        Ok(self)
    }

    /// The algorithm a signature uses: `requested` if it fits the key, else the key's own.
    ///
    /// # Errors
    /// [`Code::AlgorithmKeyMismatch`] when `requested` needs another type of key (ES384 with a
    /// P-256 key, EdDSA with an RSA key …).
    pub fn algorithm_for(&self, requested: Option<Algorithm>) -> Result<Algorithm, Fault> {
        match requested {
            None => Ok(self.algorithm),
            Some(a) if a.key_type() == self.key_type() => Ok(a),
            Some(a) => Err(Fault::new(
                Code::AlgorithmKeyMismatch,
                format!(
                    "{} is for {} keys, but the key is {}",
                    a.jose_name(),
                    a.key_type().as_str(),
                    self.describe()
                ),
            )),
        }
    }

    /// The algorithm the key signs with unless asked otherwise.
    pub const fn algorithm(&self) -> Algorithm {
        self.algorithm
    }

    /// The type of key.
    pub const fn key_type(&self) -> KeyType {
        match &self.inner {
            Inner::Ed25519(_) => KeyType::Ed25519,
            Inner::Ec(k) => k.curve(),
            Inner::Rsa(_) => KeyType::Rsa,
        }
    }

    /// `Ed25519`, `P-256`, `P-384` or `RSA 2048`.
    pub fn describe(&self) -> String {
        match &self.inner {
            Inner::Rsa(k) => format!("RSA {}", k.bits()),
            _ => self.key_type().as_str().to_owned(),
        }
    }

    /// The Ed25519 key, for the eddsa suites.
    pub fn as_ed25519(&self) -> Option<&IssuerKey> {
        match &self.inner {
            Inner::Ed25519(k) => Some(k),
            _ => None,
        }
    }

    /// The public key; elliptic-curve points compressed, as Multikey and did:key hold them.
    ///
    /// # Errors
    /// [`Code::KeyInvalid`] if the key cannot be expressed (never for a key this type made).
    pub fn public_key(&self) -> Result<PublicKey, Fault> {
        match &self.inner {
            Inner::Ed25519(k) => Ok(PublicKey::Ed25519(k.public_key())),
            Inner::Ec(k) => k.public_key(),
            Inner::Rsa(k) => k.public_key(),
        }
    }

    /// The public JWK (the RFC 7638 members).
    ///
    /// # Errors
    /// As [`SigningKey::public_key`].
    pub fn public_jwk(&self) -> Result<Value, Fault> {
        let key = match &self.inner {
            Inner::Ec(k) => k.public_key_uncompressed()?,
            _ => self.public_key()?,
        };
        Ok(jwk::to_jwk(&key))
    }

    /// The verification method that names this key: `did:key:…#…` for Ed25519, P-256 and P-384,
    /// `did:jwk:…#0` for RSA (which has no did:key form here).
    ///
    /// # Errors
    /// As [`SigningKey::public_key`].
    pub fn verification_method(&self) -> Result<String, Fault> {
        match &self.inner {
            Inner::Rsa(_) => self.did_jwk_verification_method(),
            _ => did_key::of_key(&self.public_key()?)
                .ok_or_else(|| invalid("the key has no did:key form")),
        }
    }

    /// The `did:jwk:…#0` verification method of the key, of any type.
    ///
    /// # Errors
    /// As [`SigningKey::public_key`].
    pub fn did_jwk_verification_method(&self) -> Result<String, Fault> {
        let key = match &self.inner {
            Inner::Ec(k) => k.public_key_uncompressed()?,
            _ => self.public_key()?,
        };
        Ok(did_jwk::of_key(&key))
    }

    /// Signs `message` with `algorithm` (which must fit the key), for the deterministic
    /// algorithms: EdDSA, ES256 and ES384 (RFC 6979), RS256. PS256 needs [`Self::sign_with_rng`].
    ///
    /// # Errors
    /// [`Code::AlgorithmKeyMismatch`]; [`Code::KeyInvalid`] when signing fails or PS256 is asked.
    pub fn sign(&self, algorithm: Algorithm, message: &[u8]) -> Result<Vec<u8>, Fault> {
        self.sign_inner(algorithm, message, None)
    }

    /// Signs `message` with `algorithm`, taking any randomness (the PS256 salt) from `rng`.
    ///
    /// # Errors
    /// As [`Self::sign`], PS256 included.
    pub fn sign_with_rng(
        &self,
        algorithm: Algorithm,
        message: &[u8],
        rng: &mut dyn CryptoRngCore,
    ) -> Result<Vec<u8>, Fault> {
        self.sign_inner(algorithm, message, Some(rng))
    }

    fn sign_inner(
        &self,
        algorithm: Algorithm,
        message: &[u8],
        rng: Option<&mut dyn CryptoRngCore>,
    ) -> Result<Vec<u8>, Fault> {
        let algorithm = self.algorithm_for(Some(algorithm))?;
        match &self.inner {
            Inner::Ed25519(k) => Ok(k.sign(message).to_vec()),
            Inner::Ec(k) => k.sign(message),
            Inner::Rsa(k) => k.sign(algorithm, message, rng),
        }
    }
}

/// `-----BEGIN label-----`, base64 in lines of 64, `-----END label-----` (RFC 7468).
fn pem(label: &str, der: &[u8]) -> String {
    let b64 = crate::encoding::base64_encode(der);
    let mut out = format!("-----BEGIN {label}-----\n");
    for line in b64.as_bytes().chunks(64) {
        out.push_str(&String::from_utf8_lossy(line));
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]
    use super::*;
    use crate::crypto::{Native, Provider, SignatureCheck};
    use crate::encoding::{base58_encode, ed25519_secret_multikey_encode};
    use crate::sign::rsa::tests::{test_key, TestRng, TEST_KEY_PEM};

    fn keys() -> Vec<SigningKey> {
        let mut rng = TestRng(7);
        let mut out: Vec<SigningKey> = [Algorithm::Ed25519, Algorithm::Es256, Algorithm::Es384]
            .into_iter()
            .map(|a| SigningKey::generate(a, 0, &mut rng).unwrap())
            .collect();
        out.push(SigningKey::read(TEST_KEY_PEM.as_bytes()).unwrap());
        out.push(
            SigningKey::rsa(test_key())
                .with_algorithm(Algorithm::Ps256)
                .unwrap(),
        );
        out
    }

    #[test]
    fn every_key_signs_what_the_verifier_accepts() {
        for key in keys() {
            let alg = key.algorithm();
            let sig = key.sign_with_rng(alg, b"hello", &mut TestRng(3)).unwrap();
            let check = SignatureCheck::new(alg, key.public_key().unwrap(), b"hello".to_vec(), sig)
                .unwrap();
            Native.verify(&check).unwrap();
            let vm = key.verification_method().unwrap();
            let resolved = crate::keys::resolve(&vm, &crate::keys::Documents::new()).unwrap();
            assert_eq!(resolved.public_key.key_type(), key.key_type(), "{vm}");
            let resolved = crate::keys::resolve(
                &key.did_jwk_verification_method().unwrap(),
                &crate::keys::Documents::new(),
            )
            .unwrap();
            assert_eq!(resolved.public_key.key_type(), key.key_type());
        }
    }

    #[test]
    fn every_format_round_trips() {
        for key in keys() {
            for format in [KeyFormat::Multikey, KeyFormat::Jwk, KeyFormat::Pem] {
                let Ok(text) = key.write(format) else {
                    assert!(key.key_type() == KeyType::Rsa && format == KeyFormat::Multikey);
                    continue;
                };
                let back = SigningKey::read(text.as_bytes()).unwrap();
                assert_eq!(
                    back.public_key().unwrap(),
                    key.public_key().unwrap(),
                    "{format:?}"
                );
                if format == KeyFormat::Jwk {
                    assert_eq!(back.algorithm(), key.algorithm(), "the JWK keeps alg");
                }
            }
        }
        let p256 = &keys()[1];
        let multikey = p256.write(KeyFormat::Multikey).unwrap();
        assert!(multikey.contains("\"zDna"), "{multikey}");
    }

    #[test]
    fn mismatched_and_unsupported_files_are_refused() {
        let ed = SigningKey::from(IssuerKey::from_seed(&[1; 32]));
        let ec = &keys()[1];
        // halves of two keys
        let mixed = format!(
            r#"{{"publicKeyMultibase":"{}","secretKeyMultibase":"{}"}}"#,
            crate::keys::multikey::encode(&ec.public_key().unwrap()).unwrap(),
            ed25519_secret_multikey_encode(&[1; 32])
        );
        assert_eq!(
            SigningKey::read(mixed.as_bytes()).unwrap_err().code,
            Code::KeyInvalid
        );
        // a JWK whose alg is for another key type
        let jwk = ed.write(KeyFormat::Jwk).unwrap().replace("EdDSA", "ES256");
        assert_eq!(
            SigningKey::read(jwk.as_bytes()).unwrap_err().code,
            Code::AlgorithmKeyMismatch
        );
        // a public JWK
        let public = ed.public_jwk().unwrap().to_string();
        assert_eq!(
            SigningKey::read(public.as_bytes()).unwrap_err().code,
            Code::KeyInvalid
        );
        // secp256k1 secret (0x1301)
        let k1 = format!(
            r#"{{"publicKeyMultibase":"z","secretKeyMultibase":"z{}"}}"#,
            base58_encode(&[[0x81, 0x26].as_slice(), &[1; 32]].concat())
        );
        assert_eq!(
            SigningKey::read(k1.as_bytes()).unwrap_err().code,
            Code::KeyTypeUnsupported
        );
        assert!(SigningKey::read(&vec![b' '; MAX_KEY_FILE_BYTES + 1]).is_err());
        assert!(SigningKey::read(b"-----BEGIN ENCRYPTED PRIVATE KEY-----\n").is_err());
        assert!(ed.clone().with_algorithm(Algorithm::Rs256).is_err());
        assert!(ed.sign(Algorithm::Es256, b"x").is_err());
    }

    #[test]
    fn sec1_and_pkcs1_pem_files_read() {
        // PKCS#1 is the OCTET STRING inside the test key's PKCS#8
        let der = x509::pem(TEST_KEY_PEM, "PRIVATE KEY").unwrap();
        let mut info = Der(Der(&der).expect(0x30).unwrap());
        info.expect(0x02).unwrap();
        info.expect(0x30).unwrap();
        let pkcs1 = info.expect(0x04).unwrap();
        let key = SigningKey::read(pem("RSA PRIVATE KEY", pkcs1).as_bytes()).unwrap();
        assert_eq!(key.describe(), "RSA 2048");
        // SEC1 after the EC PARAMETERS block `openssl ecparam -genkey` writes first
        let ec = EcKey::from_secret(KeyType::P384, &[5; 48]).unwrap();
        let EcKey::P384(k) = &ec else {
            panic!("a P-384 key")
        };
        let sec1 = p384::SecretKey::from(k).to_sec1_der().unwrap();
        let text = format!(
            "-----BEGIN EC PARAMETERS-----\nBgUrgQQAIg==\n-----END EC PARAMETERS-----\n{}",
            pem("EC PRIVATE KEY", &sec1)
        );
        let read = SigningKey::read(text.as_bytes()).unwrap();
        assert_eq!(read.public_key().unwrap(), ec.public_key().unwrap());
        assert_eq!(read.algorithm(), Algorithm::Es384);
    }
}
