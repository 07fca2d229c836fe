//! Stage 3a, keys: a verification method identifier → a public key (Ed25519, P-256, P-384, RSA), its controller, and
//! whether the controller lists it under `assertionMethod`. Nothing is fetched: `did:key` and
//! `did:jwk` are self-certifying, everything else (did:web, https key documents) must be among the
//! documents the host supplied.

pub mod did_jwk;
pub mod did_key;
pub mod document;
pub mod jwk;
pub mod multikey;
pub mod x509;
pub mod x509_ext;

use std::collections::BTreeMap;

use serde_json::Value;

use crate::codes::{Code, Fault};
use crate::crypto::PublicKey;
use crate::limits::MAX_IDENTIFIER_BYTES;
use crate::lines;

/// A verification method resolved to a key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedKey {
    /// The verification method's absolute identifier.
    pub id: String,
    /// The public key.
    pub public_key: PublicKey,
    /// Who controls the key (a DID or URL).
    pub controller: String,
    /// Whether the controller's document lists the key under `assertionMethod`.
    pub assertion_method: bool,
    /// The key came only with the credential (a JWS `jwk` header, an `x5c` chain no trust list
    /// pins): it proves integrity, never who the issuer is.
    pub self_asserted: bool,
}

/// An X.509 pin (`x509[]`): the SHA-256 of a certificate's subject public key info
/// (`spkiSha256`, survives renewal with the same key) or of the whole certificate
/// (`certificateSha256`, the JOSE `x5t#S256`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CertificatePin {
    /// Whether `sha256` is of the SubjectPublicKeyInfo (else of the certificate).
    pub spki: bool,
    /// The hash.
    pub sha256: Vec<u8>,
}

/// Documents the host supplied, keyed by URL or DID (without fragment), already parsed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Documents {
    by_id: BTreeMap<String, Value>,
    pinned: BTreeMap<String, (PublicKey, String)>,
    certificates: Vec<(CertificatePin, String)>,
    gone: Vec<String>,
}

impl Documents {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a document under `url` (or its own `id` when `url` is `None`).
    ///
    /// # Errors
    /// A [`Code::NotACredential`] fault when the document has no usable key.
    pub fn insert(&mut self, url: Option<&str>, doc: Value) -> Result<(), Fault> {
        let key = match url {
            Some(u) => u.to_owned(),
            None => doc
                .get("id")
                .and_then(Value::as_str)
                .map(str::to_owned)
                .ok_or_else(|| lines::fault(Code::NotACredential, lines::document_without_id()))?,
        };
        self.by_id.insert(key, doc);
        Ok(())
    }

    /// Pins a verification method to a key and controller (from a verified trust list), so it
    /// resolves offline without a document.
    pub fn pin(&mut self, vm: &str, key: PublicKey, controller: &str) {
        self.pinned
            .insert(vm.to_owned(), (key, controller.to_owned()));
    }

    /// Pins an X.509 certificate (by hash) to the entity whose key it certifies.
    pub fn pin_certificate(&mut self, pin: CertificatePin, controller: &str) {
        self.certificates.push((pin, controller.to_owned()));
    }

    /// The entity a trust list pins this certificate to: by the SHA-256 of its DER, or of its
    /// subject public key info (`spki`, which survives renewal with the same key).
    pub fn certificate_owner(&self, der: &[u8], spki: &[u8]) -> Option<&str> {
        use sha2::Digest;
        let (der, spki) = (sha2::Sha256::digest(der), sha2::Sha256::digest(spki));
        self.certificates
            .iter()
            .find(|(p, _)| p.sha256.as_slice() == if p.spki { &spki[..] } else { &der[..] })
            .map(|(_, owner)| owner.as_str())
    }

    /// The pinned verification method holding `key`, if a trust list pins that very key.
    pub fn pinned_key(&self, key: &PublicKey) -> Option<(&str, &str)> {
        self.pinned
            .iter()
            .find(|(_, (k, _))| k == key)
            .map(|(vm, (_, controller))| (vm.as_str(), controller.as_str()))
    }

    /// Records that the host's resolver got 410 Gone for `url` (an Open Badges issuer's answer for
    /// a revoked hosted badge).
    pub fn mark_gone(&mut self, url: &str) {
        self.gone.push(url.to_owned());
    }

    /// Whether the host's resolver got 410 Gone for `url`.
    pub fn is_gone(&self, url: &str) -> bool {
        self.gone.iter().any(|g| g == url)
    }

    /// Every document, by URL (JSON-LD contexts the host supplied are among them).
    pub fn all(&self) -> &BTreeMap<String, Value> {
        &self.by_id
    }

    /// The document stored under `id`, if any.
    pub fn get(&self, id: &str) -> Option<&Value> {
        self.by_id.get(id)
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}

/// Splits `did:x:y#frag` into (`did:x:y`, `Some("frag")`).
pub fn split_fragment(id: &str) -> (&str, Option<&str>) {
    match id.split_once('#') {
        Some((base, frag)) => (base, Some(frag)),
        None => (id, None),
    }
}

/// Resolves a verification method identifier.
///
/// # Errors
/// [`Code::KeyUnresolvable`] (unknown method, document not supplied), [`Code::KeyInvalid`]
/// (malformed key or not Ed25519), [`Code::KeyNotAuthorized`] (the controller document does not list it).
pub fn resolve(vm: &str, docs: &Documents) -> Result<ResolvedKey, Fault> {
    if vm.len() > MAX_IDENTIFIER_BYTES {
        return Err(lines::fault(Code::KeyInvalid, lines::vm_id_too_long()));
    }
    if let (Some((key, controller)), false) = (
        docs.pinned.get(vm),
        vm.starts_with("did:key:") || vm.starts_with("did:jwk:"),
    ) {
        return Ok(ResolvedKey {
            id: vm.to_owned(),
            public_key: key.clone(),
            controller: controller.clone(),
            assertion_method: true,
            self_asserted: false,
        });
    }
    if vm.starts_with("did:key:") {
        did_key::resolve(vm)
    } else if vm.starts_with("did:jwk:") {
        did_jwk::resolve(vm)
    } else {
        document::resolve(vm, docs)
    }
}
