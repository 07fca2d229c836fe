//! The crypto-provider seam: proofs never verify a signature themselves. They describe it as a
//! [`SignatureCheck`] — algorithm, public key, message, signature — and ask a [`Provider`].
//!
//! [`Native`] is the provider of the native build and, today, of the wasm build: Ed25519 in Rust
//! (ed25519-dalek), everywhere. A platform whose crypto is asynchronous (WebCrypto in the browser)
//! does not need a second, asynchronous copy of the pipeline: a first run with a [`Deferred`]
//! provider lists the checks it could not answer ([`Deferred::asked`]); the host verifies those
//! however it likes and runs again with the answers ([`Deferred::answer`]). The stages stay
//! synchronous and identical. `docs/architecture.md` ("The crypto provider") shows the flow.

pub mod ecdsa;
pub mod ed25519;
pub mod rsa;

use std::cell::RefCell;
use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use crate::codes::{Code, Fault};
use crate::lines;

/// A signature algorithm a proof may ask for. Which one a proof uses is decided by the verifier's
/// policy and the key's type, never by the credential alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Algorithm {
    /// Ed25519 (RFC 8032), strict verification.
    Ed25519,
    /// ECDSA over P-256 with SHA-256 (JOSE `ES256`); signatures are `r ‖ s`, 64 bytes.
    Es256,
    /// ECDSA over P-384 with SHA-384 (JOSE `ES384`); signatures are `r ‖ s`, 96 bytes.
    Es384,
    /// RSASSA-PKCS1-v1_5 with SHA-256 (JOSE `RS256`).
    Rs256,
    /// RSASSA-PSS with SHA-256, MGF1-SHA-256 and a 32-byte salt (JOSE `PS256`).
    Ps256,
    /// ECDSA over secp256k1 with SHA-256 (JOSE `ES256K`, RFC 8812); signatures are `r ‖ s`, 64
    /// bytes. In Rust on every target (WebCrypto has no secp256k1).
    Es256k,
}

/// The hash function an algorithm uses (Data Integrity suites hash their canonical forms with it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hash {
    /// SHA-256.
    Sha256,
    /// SHA-384.
    Sha384,
}

impl Hash {
    /// The digest of `bytes`.
    pub fn digest(self, bytes: &[u8]) -> Vec<u8> {
        match self {
            Self::Sha256 => Sha256::digest(bytes).to_vec(),
            Self::Sha384 => sha2::Sha384::digest(bytes).to_vec(),
        }
    }
}

impl Algorithm {
    /// Every algorithm, in the order the report and the docs list them.
    pub const ALL: [Algorithm; 6] = [
        Self::Ed25519,
        Self::Es256,
        Self::Es384,
        Self::Rs256,
        Self::Ps256,
        Self::Es256k,
    ];

    /// The JOSE name (`EdDSA`, `ES256` …), as the report shows it.
    pub const fn jose_name(self) -> &'static str {
        match self {
            Self::Ed25519 => "EdDSA",
            Self::Es256 => "ES256",
            Self::Es384 => "ES384",
            Self::Rs256 => "RS256",
            Self::Ps256 => "PS256",
            Self::Es256k => "ES256K",
        }
    }

    /// The algorithm a JOSE `alg` names (`EdDSA` and `Ed25519` are both Ed25519).
    pub fn from_jose(alg: &str) -> Option<Self> {
        match alg {
            "EdDSA" | "Ed25519" => Some(Self::Ed25519),
            "ES256" => Some(Self::Es256),
            "ES384" => Some(Self::Es384),
            "RS256" => Some(Self::Rs256),
            "PS256" => Some(Self::Ps256),
            "ES256K" => Some(Self::Es256k),
            _ => None,
        }
    }

    /// The hash function of the algorithm.
    pub const fn hash(self) -> Hash {
        match self {
            Self::Es384 => Hash::Sha384,
            _ => Hash::Sha256,
        }
    }

    /// The type of key the algorithm needs.
    pub const fn key_type(self) -> KeyType {
        match self {
            Self::Ed25519 => KeyType::Ed25519,
            Self::Es256 => KeyType::P256,
            Self::Es384 => KeyType::P384,
            Self::Rs256 | Self::Ps256 => KeyType::Rsa,
            Self::Es256k => KeyType::Secp256k1,
        }
    }

    /// The ECDSA algorithm for a key, as the ECDSA Data Integrity suites choose it (the hash
    /// follows the curve); `None` for a key that is not P-256 or P-384.
    pub const fn ecdsa_for(key: KeyType) -> Option<Self> {
        match key {
            KeyType::P256 => Some(Self::Es256),
            KeyType::P384 => Some(Self::Es384),
            KeyType::Secp256k1 => Some(Self::Es256k),
            _ => None,
        }
    }
}

/// The type of a public key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum KeyType {
    /// Ed25519.
    Ed25519,
    /// ECDSA P-256 (secp256r1).
    P256,
    /// ECDSA P-384 (secp384r1).
    P384,
    /// RSA.
    Rsa,
    /// ECDSA secp256k1.
    Secp256k1,
}

impl KeyType {
    /// The name the report shows (`Ed25519`, `P-256`, `P-384`, `RSA`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Ed25519 => "Ed25519",
            Self::P256 => "P-256",
            Self::P384 => "P-384",
            Self::Rsa => "RSA",
            Self::Secp256k1 => "secp256k1",
        }
    }
}

/// The smallest RSA modulus accepted, in bits (NIST SP 800-131A; RFC 7518 §3.3 "2048 bits or larger").
pub const MIN_RSA_BITS: usize = 2048;
/// The largest RSA modulus accepted, in bits (bounds the work a key can ask for).
pub const MAX_RSA_BITS: usize = 8192;

/// A public key of one of the supported types. Built only through the checking constructors, so a
/// key of the wrong size never reaches a provider.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum PublicKey {
    /// A raw Ed25519 public key.
    Ed25519([u8; 32]),
    /// A P-256 point in SEC1 form (33 bytes compressed or 65 bytes uncompressed).
    P256(Vec<u8>),
    /// A P-384 point in SEC1 form (49 bytes compressed or 97 bytes uncompressed).
    P384(Vec<u8>),
    /// A secp256k1 point in SEC1 form (33 or 65 bytes).
    Secp256k1(Vec<u8>),
    /// An RSA public key: modulus and public exponent, big-endian without leading zeros.
    Rsa {
        /// The modulus.
        n: Vec<u8>,
        /// The public exponent.
        e: Vec<u8>,
    },
}

impl PublicKey {
    /// An elliptic-curve point in SEC1 form, checked for the curve's lengths and prefixes (whether
    /// it lies on the curve is the provider's check).
    ///
    /// # Errors
    /// [`Code::KeyInvalid`] for a point of the wrong length or form, or a type that is not a curve.
    pub fn ec(curve: KeyType, sec1: &[u8]) -> Result<Self, Fault> {
        let size = match curve {
            KeyType::P256 | KeyType::Secp256k1 => 32,
            KeyType::P384 => 48,
            _ => return Err(lines::fault(Code::KeyInvalid, lines::key_not_elliptic())),
        };
        let ok = match sec1.first() {
            Some(2 | 3) => sec1.len() == size + 1,
            Some(4) => sec1.len() == 2 * size + 1,
            _ => false,
        };
        if !ok {
            return Err(lines::fault(
                Code::KeyInvalid,
                lines::ec_point_size(curve.as_str(), size + 1, 2 * size + 1),
            ));
        }
        Ok(match curve {
            KeyType::P256 => Self::P256(sec1.to_vec()),
            KeyType::Secp256k1 => Self::Secp256k1(sec1.to_vec()),
            _ => Self::P384(sec1.to_vec()),
        })
    }

    /// An RSA public key from its big-endian modulus and exponent.
    ///
    /// # Errors
    /// [`Code::RsaKeyTooSmall`] under [`MIN_RSA_BITS`]; [`Code::KeyInvalid`] for an even modulus, an
    /// exponent that is even, 1, or over 64 bits, or a modulus over [`MAX_RSA_BITS`].
    pub fn rsa(n: &[u8], e: &[u8]) -> Result<Self, Fault> {
        let n = strip_zeros(n);
        let e = strip_zeros(e);
        let bits = n
            .first()
            .map_or(0, |b| (n.len() - 1) * 8 + (8 - b.leading_zeros() as usize));
        if bits < MIN_RSA_BITS {
            return Err(lines::fault(
                Code::RsaKeyTooSmall,
                lines::rsa_key_too_small(bits, MIN_RSA_BITS),
            ));
        }
        let odd = |v: &[u8]| v.last().is_some_and(|b| b & 1 == 1);
        if bits > MAX_RSA_BITS || !odd(n) || !odd(e) || e == [1] || e.len() > 8 {
            return Err(lines::fault(Code::KeyInvalid, lines::rsa_key_impossible(bits)));
        }
        Ok(Self::Rsa {
            n: n.to_vec(),
            e: e.to_vec(),
        })
    }

    /// The key's type.
    pub const fn key_type(&self) -> KeyType {
        match self {
            Self::Ed25519(_) => KeyType::Ed25519,
            Self::P256(_) => KeyType::P256,
            Self::P384(_) => KeyType::P384,
            Self::Secp256k1(_) => KeyType::Secp256k1,
            Self::Rsa { .. } => KeyType::Rsa,
        }
    }

    /// The key as the report names it: `Ed25519`, `P-256`, `P-384`, `RSA 2048`.
    pub fn describe(&self) -> String {
        match self {
            Self::Rsa { n, .. } => format!("RSA {}", n.len() * 8),
            other => other.key_type().as_str().to_owned(),
        }
    }

    /// The key's bytes: raw for Ed25519, SEC1 for the curves, and for RSA the modulus and the
    /// exponent, each with a 4-byte length.
    pub fn bytes(&self) -> Vec<u8> {
        match self {
            Self::Ed25519(k) => k.to_vec(),
            Self::P256(p) | Self::P384(p) | Self::Secp256k1(p) => p.clone(),
            Self::Rsa { n, e } => {
                let mut out = Vec::with_capacity(n.len() + e.len() + 8);
                for part in [n, e] {
                    out.extend_from_slice(&u32::try_from(part.len()).unwrap_or(0).to_be_bytes());
                    out.extend_from_slice(part);
                }
                out
            }
        }
    }
}

fn strip_zeros(b: &[u8]) -> &[u8] {
    let first = b.iter().position(|&x| x != 0).unwrap_or(b.len());
    b.get(first..).unwrap_or_default()
}

/// One signature to verify: what a proof asks of the provider.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignatureCheck {
    /// The algorithm, chosen by the proof from what the policy accepts (never from the credential).
    pub algorithm: Algorithm,
    /// The key that should have signed.
    pub key: PublicKey,
    /// The signed bytes.
    pub message: Vec<u8>,
    /// The signature as the securing mechanism encodes it for this algorithm.
    pub signature: Vec<u8>,
}

impl SignatureCheck {
    /// A check, if the algorithm fits the key and the signature has the algorithm's shape. Every
    /// proof builds its checks here, so a provider only ever sees well-formed ones.
    ///
    /// # Errors
    /// [`Code::AlgorithmKeyMismatch`] when the key is not of the algorithm's type (ES256 with a
    /// P-384 key, PS256 labelled RS256 is not caught here but fails verification);
    /// [`Code::SignatureInvalid`] for a signature of the wrong length or in DER where `r ‖ s` is due.
    pub fn new(
        algorithm: Algorithm,
        key: PublicKey,
        message: Vec<u8>,
        signature: Vec<u8>,
    ) -> Result<Self, Fault> {
        if algorithm.key_type() != key.key_type() {
            return Err(lines::fault(
                Code::AlgorithmKeyMismatch,
                lines::algorithm_needs_key(
                    algorithm.jose_name(),
                    algorithm.key_type().as_str(),
                    key.describe(),
                ),
            ));
        }
        match (&key, algorithm) {
            (PublicKey::P256(_) | PublicKey::P384(_) | PublicKey::Secp256k1(_), _) => {
                ecdsa::check_shape(algorithm, &signature)?;
            }
            (PublicKey::Rsa { n, .. }, _) if signature.len() != n.len() => {
                return Err(lines::fault(
                    Code::SignatureInvalid,
                    lines::rsa_signature_size(algorithm.jose_name(), n.len(), signature.len()),
                ));
            }
            _ => {}
        }
        Ok(Self {
            algorithm,
            key,
            message,
            signature,
        })
    }

    /// A digest that names this check (algorithm, key, message and signature, each length-prefixed).
    pub fn digest(&self) -> [u8; 32] {
        let mut h = Sha256::new();
        h.update(self.algorithm.jose_name().as_bytes());
        for part in [&self.key.bytes(), &self.message, &self.signature] {
            h.update((part.len() as u64).to_be_bytes());
            h.update(part);
        }
        h.finalize().into()
    }
}

/// Verifies signatures. Implementations answer every check: `Ok(())`, or a fault whose code says
/// whether the signature is wrong ([`Code::SignatureInvalid`], [`Code::KeyInvalid`]) or could not be
/// checked here ([`Code::SignatureNotChecked`]).
pub trait Provider {
    /// Verifies one signature.
    ///
    /// # Errors
    /// Why the signature does not verify or could not be checked.
    fn verify(&self, check: &SignatureCheck) -> Result<(), Fault>;
}

/// The providers written in Rust: Ed25519 (ed25519-dalek, `verify_strict`) everywhere; ECDSA
/// (`p256`, `p384`) and RSA (`rsa`) in the native build. The wasm build leaves those to the
/// platform (WebCrypto, through [`Deferred`]): there [`Native`] answers them
/// [`Code::SignatureNotChecked`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Native;

impl Provider for Native {
    fn verify(&self, check: &SignatureCheck) -> Result<(), Fault> {
        match (&check.algorithm, &check.key) {
            (Algorithm::Ed25519, PublicKey::Ed25519(key)) => {
                ed25519::verify(key, &check.message, &check.signature)
            }
            (Algorithm::Es256 | Algorithm::Es384, _) => ecdsa::verify(check),
            (Algorithm::Es256k, _) => ecdsa::verify_secp256k1(check),
            (Algorithm::Rs256 | Algorithm::Ps256, _) => rsa::verify(check),
            _ => Err(lines::fault(
                Code::AlgorithmKeyMismatch,
                lines::algorithm_key_mismatch(),
            )),
        }
    }
}

/// A provider for a platform that verifies asynchronously: Ed25519 stays in Rust; every other
/// check is answered from [`Deferred::answer`], or recorded in [`Deferred::asked`] and reported as
/// [`Code::SignatureNotChecked`] until the host answers it.
#[derive(Debug)]
pub struct Deferred {
    in_rust: Vec<Algorithm>,
    answers: BTreeMap<[u8; 32], Result<(), Fault>>,
    asked: RefCell<Vec<SignatureCheck>>,
}

impl Deferred {
    /// A provider with no answers yet that verifies Ed25519 and secp256k1 itself (the platform has
    /// no secp256k1).
    pub fn new() -> Self {
        Self {
            in_rust: vec![Algorithm::Ed25519, Algorithm::Es256k],
            answers: BTreeMap::new(),
            asked: RefCell::default(),
        }
    }

    /// A provider that asks the host for every signature, Ed25519 included (tests of the seam, and
    /// a host that prefers its platform's Ed25519).
    pub fn deferring_everything() -> Self {
        Self {
            in_rust: Vec::new(),
            ..Self::new()
        }
    }

    /// Records the host's answer for a check it was asked.
    pub fn answer(&mut self, check: &SignatureCheck, result: Result<(), Fault>) {
        self.answers.insert(check.digest(), result);
    }

    /// Records the host's answer for the check whose [`SignatureCheck::digest`] is `digest` (a host
    /// that got the checks as data answers by their digest).
    pub fn answer_digest(&mut self, digest: [u8; 32], result: Result<(), Fault>) {
        self.answers.insert(digest, result);
    }

    /// The checks asked so far that had no answer, each once.
    pub fn asked(&self) -> Vec<SignatureCheck> {
        self.asked.borrow().clone()
    }
}

impl Default for Deferred {
    fn default() -> Self {
        Self::new()
    }
}

impl Provider for Deferred {
    fn verify(&self, check: &SignatureCheck) -> Result<(), Fault> {
        if self.in_rust.contains(&check.algorithm) {
            return Native.verify(check);
        }
        if let Some(answer) = self.answers.get(&check.digest()) {
            return answer.clone();
        }
        let mut asked = self.asked.borrow_mut();
        if !asked.contains(check) {
            asked.push(check.clone());
        }
        Err(lines::fault(
            Code::SignatureNotChecked,
            lines::signature_awaiting_platform(check.algorithm.jose_name()),
        ))
    }
}

/// The answer of the wasm build's [`Native`] for an algorithm only the platform verifies there.
#[cfg(target_arch = "wasm32")]
fn platform_only(check: &SignatureCheck) -> Fault {
    lines::fault(
        Code::SignatureNotChecked,
        lines::signature_platform_only(check.algorithm.jose_name()),
    )
}
