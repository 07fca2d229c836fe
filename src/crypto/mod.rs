//! The crypto-provider seam: proofs never verify a signature themselves. They describe it as a
//! [`SignatureCheck`] — algorithm, public key, message, signature — and ask a [`Provider`].
//!
//! [`Native`] is the provider of the native build and, today, of the wasm build: Ed25519 in Rust
//! (ed25519-dalek), everywhere. A platform whose crypto is asynchronous (WebCrypto in the browser)
//! does not need a second, asynchronous copy of the pipeline: a first run with a [`Deferred`]
//! provider lists the checks it could not answer ([`Deferred::asked`]); the host verifies those
//! however it likes and runs again with the answers ([`Deferred::answer`]). The stages stay
//! synchronous and identical. `docs/architecture.md` ("The crypto provider") shows the flow.

pub mod ed25519;

use std::cell::RefCell;
use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use crate::codes::{Code, Fault};

/// A signature algorithm a proof may ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Algorithm {
    /// Ed25519 (RFC 8032), strict verification.
    Ed25519,
}

impl Algorithm {
    /// The JOSE name (`EdDSA` …), as the report shows it.
    pub const fn jose_name(self) -> &'static str {
        match self {
            Self::Ed25519 => "EdDSA",
        }
    }
}

/// A public key of one of the supported types.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum PublicKey {
    /// A raw Ed25519 public key.
    Ed25519([u8; 32]),
}

impl PublicKey {
    /// The key's bytes as the provider receives them (raw for Ed25519).
    pub fn bytes(&self) -> &[u8] {
        match self {
            Self::Ed25519(k) => k,
        }
    }
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
    /// A digest that names this check (algorithm, key, message and signature, each length-prefixed).
    pub fn digest(&self) -> [u8; 32] {
        let mut h = Sha256::new();
        h.update(self.algorithm.jose_name().as_bytes());
        for part in [self.key.bytes(), &self.message, &self.signature] {
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

/// The providers written in Rust: Ed25519 (ed25519-dalek, `verify_strict`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Native;

impl Provider for Native {
    fn verify(&self, check: &SignatureCheck) -> Result<(), Fault> {
        match (&check.algorithm, &check.key) {
            (Algorithm::Ed25519, PublicKey::Ed25519(key)) => {
                ed25519::verify(key, &check.message, &check.signature)
            }
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
    /// A provider with no answers yet that verifies Ed25519 itself.
    pub fn new() -> Self {
        Self {
            in_rust: vec![Algorithm::Ed25519],
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
        Err(Fault::new(
            Code::SignatureNotChecked,
            format!(
                "the {} signature is waiting for the platform's crypto",
                check.algorithm.jose_name()
            ),
        ))
    }
}
