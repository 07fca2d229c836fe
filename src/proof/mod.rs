//! Stage 3, proof: verifies each securing mechanism over its canonical form and returns the key
//! that signed. One file per mechanism, named as in its specification; the embedded-proof suites
//! are listed in [`SUITES`], which the policy consults. Signatures are verified by the crypto
//! provider ([`crate::crypto`]), never here.
//!
//! To add a Data Integrity suite: write `proof/<name>.rs` with a `pub const SUITE: Suite`, add it
//! to [`SUITES`] and its name to [`crate::policy::Cryptosuite`] (`docs/architecture.md`).

pub mod ecdsa_jcs_2019;
pub mod ecdsa_rdfc_2019;
pub mod ecdsa_sd_2023;
pub mod ed25519_signature_2018;
pub mod ed25519_signature_2020;
pub mod eddsa_jcs_2022;
pub mod eddsa_rdfc_2022;
pub mod jades;
pub mod jwt;
pub mod linked_data;
pub mod ob2;
pub mod ocsp;
pub mod sd_jwt;
pub mod seal_time;
pub mod summary;
pub mod timestamp;

use std::borrow::Cow;

use serde_json::{Map, Value};

use crate::canon::jsonld::context::Loader;
use crate::canon::jsonld::Dropped;
use crate::canon::rdfc::HashAlgorithm;
use crate::codes::{Code, Fault};
use crate::lines::module_needed;
use crate::crypto::Provider;
use crate::crypto::{Algorithm, Hash, SignatureCheck};
use crate::keys::{self, x509, Documents, ResolvedKey};
use crate::limits::MAX_PROOFS;
use crate::lines;
use crate::parse::{as_list, Credential, Securing};
use crate::policy::{Cryptosuite, Policy};
use crate::time::Timestamp;

/// One embedded-proof securing mechanism: how it is recognised, which algorithm it uses, and how
/// it turns the secured document and its proof into the signed bytes.
#[derive(Clone, Copy, Debug)]
pub struct Suite {
    /// The policy's name for it.
    pub id: Cryptosuite,
    /// The proof `type` (`DataIntegrityProof`, or a legacy type).
    pub proof_type: &'static str,
    /// The `cryptosuite` member, for a `DataIntegrityProof`.
    pub cryptosuite: Option<&'static str>,
    /// The member that holds the signature (`proofValue`, or `jws` for Ed25519Signature2018).
    pub signature_field: &'static str,
    /// The signature algorithms; the key's type picks one (the ECDSA suites hash with SHA-384 for
    /// a P-384 key).
    pub algorithms: &'static [Algorithm],
    /// The signed bytes and the signature, from the secured document and one of its proofs.
    pub signing_input: fn(&Input<'_>) -> Result<Signed, Fault>,
    /// True when RDF canonicalisation uses the key's hash (ecdsa-rdfc-2019: SHA-384 with P-384);
    /// the canonical forms are then made again once the key is known.
    pub rdfc_hash_follows_key: bool,
}

/// What a suite's `signing_input` reads.
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    /// The secured document.
    pub doc: &'a Map<String, Value>,
    /// The proof being verified.
    pub proof: &'a Map<String, Value>,
    /// The proofs this one names in `previousProof` (a proof chain).
    pub previous: &'a [Value],
    /// The value of the suite's signature member.
    pub signature_text: &'a str,
    /// The verifier's policy (JSON-LD data loss).
    pub policy: &'a Policy,
    /// Where JSON-LD contexts come from (bundled, then the host's documents).
    pub contexts: &'a Loader<'a>,
    /// The hash function of RDFC-1.0's blank node labelling: SHA-256, or SHA-384 when a suite
    /// with [`Suite::rdfc_hash_follows_key`] is verified with a P-384 key.
    pub rdfc_hash: HashAlgorithm,
}

/// What every proof is verified with: the policy, the documents the host supplied, the instant,
/// and the crypto provider.
#[derive(Clone, Copy)]
pub struct Env<'a> {
    /// What is accepted.
    pub policy: &'a Policy,
    /// Documents the host supplied (DID documents, key documents, pinned keys).
    pub docs: &'a Documents,
    /// The instant of verification.
    pub now: Timestamp,
    /// Verifies the signatures.
    pub crypto: &'a dyn Provider,
    /// Says whether a time-stamping authority was qualified (the loaded trust lists).
    pub qualified: &'a dyn Qualified,
}

impl<'a> Env<'a> {
    /// What the proofs are checked against.
    pub fn new(
        policy: &'a Policy,
        docs: &'a Documents,
        now: Timestamp,
        crypto: &'a dyn Provider,
        qualified: &'a dyn Qualified,
    ) -> Self {
        Self {
            policy,
            docs,
            now,
            crypto,
            qualified,
        }
    }
}

/// Who says whether a time-stamping authority was a qualified time-stamping service at a time:
/// the trust stage's loaded lists (`TrustStore`). A seal's timestamp proves when it was made only
/// then (`seal_time`). Kept a trait so that the proof stage does not depend on the trust stage.
pub trait Qualified {
    /// Whether the authority whose certificate is `tsa` (DER; `carried` are certificates that may
    /// be its issuer) was a qualified time-stamping service granted at `at`. Signatures are asked
    /// of `crypto`.
    fn time_stamping(&self, tsa: &[u8], carried: &[Vec<u8>], at: Timestamp, crypto: &dyn Provider)
        -> bool;
}

/// What a suite's `signing_input` returns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signed {
    /// The signed bytes, or the canonical forms they are hashed from.
    pub message: Message,
    /// The signature.
    pub signature: Vec<u8>,
    /// What the signature does not cover (the policy allowed JSON-LD to drop it).
    pub unsigned: Vec<Dropped>,
    /// Further signatures the proof carries, each with its own key (ecdsa-sd-2023: one per
    /// disclosed statement, by the proof's ephemeral key). All must verify.
    pub more: Vec<SignatureCheck>,
}

/// The message a proof signs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    /// These bytes.
    Bytes(Vec<u8>),
    /// `hash(config) ‖ hash(document)` of two canonical forms, with the hash of the algorithm the
    /// key picks (Data Integrity "hashData": SHA-256, or SHA-384 for P-384).
    HashPair {
        /// The canonical proof configuration.
        config: String,
        /// The canonical unsecured document.
        document: String,
    },
}

impl Message {
    /// The bytes `algorithm` signs.
    pub fn bytes(self, algorithm: Algorithm) -> Vec<u8> {
        match self {
            Self::Bytes(b) => b,
            Self::HashPair { config, document } => {
                let hash = algorithm.hash();
                let mut out = hash.digest(config.as_bytes());
                out.extend(hash.digest(document.as_bytes()));
                out
            }
        }
    }
}

/// The embedded-proof suites Keurmerk verifies, when the policy accepts them.
#[cfg(feature = "ecdsa-rsa")]
pub const SUITES: &[&Suite] = &[
    &eddsa_jcs_2022::SUITE,
    &eddsa_rdfc_2022::SUITE,
    &ecdsa_rdfc_2019::SUITE,
    &ecdsa_jcs_2019::SUITE,
    &ecdsa_sd_2023::SUITE,
    &ed25519_signature_2020::SUITE,
    &ed25519_signature_2018::SUITE,
];

/// The embedded-proof suites of a build without `ecdsa-rsa` (the first module a page loads).
#[cfg(not(feature = "ecdsa-rsa"))]
pub const SUITES: &[&Suite] = &[
    &eddsa_jcs_2022::SUITE,
    &eddsa_rdfc_2022::SUITE,
    &ed25519_signature_2020::SUITE,
    &ed25519_signature_2018::SUITE,
];

/// The suites only a build with the `ecdsa-rsa` feature verifies: without it they are
/// [`Code::ModuleNeeded`], not unsupported.
pub const ECDSA_RSA_SUITES: &[&str] = &[
    ecdsa_rdfc_2019::NAME,
    ecdsa_jcs_2019::NAME,
    ecdsa_sd_2023::NAME,
];

/// What one proof (or the JWS) came to.
#[derive(Clone, Debug, PartialEq)]
pub struct ProofResult {
    /// `"eddsa-jcs-2022"`, `"jwt:EdDSA"`, or the unsupported type/suite as written.
    pub securing: String,
    /// The verification method it names, if any.
    pub verification_method: Option<String>,
    /// The key that made a valid signature, or why there is none.
    pub result: Result<ResolvedKey, Fault>,
    /// Parts of the document the signature does not cover (JSON-LD dropped them and the policy
    /// allowed it).
    pub unsigned: Vec<Dropped>,
    /// The algorithm the signature was checked with, once the key was known.
    pub algorithm: Option<Algorithm>,
    /// The certificates of a JWS `x5c` header, leaf first.
    pub certificates: Vec<x509::Certificate>,
    /// JSON-LD contexts the host supplied that the proof's canonical form used.
    pub contexts: Vec<String>,
}

impl ProofResult {
    /// A result with nothing learnt yet but why there is no key.
    fn new(securing: String, verification_method: Option<String>, fault: Fault) -> Self {
        Self {
            securing,
            verification_method,
            result: Err(fault),
            unsigned: Vec::new(),
            algorithm: None,
            certificates: Vec::new(),
            contexts: Vec::new(),
        }
    }
}

/// Verifies every proof of `cred`. All of them must verify: a credential carrying a proof we
/// cannot check or that fails is not judged on its other proofs (see `docs/report.md`).
///
/// # Errors
/// [`Code::ProofMissing`] when there is nothing to verify, [`Code::TooManyProofs`] over the limit.
pub fn verify(cred: &Credential, env: &Env<'_>) -> Result<Vec<ProofResult>, Fault> {
    match &cred.securing {
        Securing::Jwt(jws, profile) => Ok(vec![enveloped("jwt", jws, || {
            jwt::verify(jws, *profile, cred, env)
        })]),
        Securing::SdJwt(..) if !cfg!(feature = "ecdsa-rsa") => {
            Err(module_needed("SD-JWT"))
        }
        Securing::SdJwt(sd, _) => {
            let issuer = cred.issuer_id.as_deref().unwrap_or("");
            Ok(vec![enveloped("sd-jwt", &sd.issuer, || {
                sd_jwt::verify(sd, issuer, env)
            })])
        }
        // The verifier runs `ob2::verify`, which binds too.
        Securing::Ob2(_) => Err(module_needed("Open Badges 2.0")),
        Securing::Jades(_) => Err(module_needed("JAdES")),
        Securing::Embedded(proofs) if proofs.is_empty() => {
            Err(lines::fault(Code::ProofMissing, lines::proof_missing()))
        }
        Securing::Embedded(proofs) if proofs.len() > MAX_PROOFS => Err(lines::fault(
            Code::TooManyProofs,
            lines::proof_too_many(proofs.len(), MAX_PROOFS),
        )),
        Securing::Embedded(proofs) => Ok(proofs
            .iter()
            .map(|p| embedded(cred, p, proofs, env))
            .collect()),
    }
}

/// The result of an enveloping mechanism (`jwt:ES256`, `sd-jwt:ES256`): its signer, or why not.
fn enveloped(
    kind: &str,
    jws: &crate::intake::Jws,
    verify: impl FnOnce() -> Result<jwt::Signer, Fault>,
) -> ProofResult {
    let alg = jws.header.get("alg").and_then(Value::as_str).unwrap_or("?");
    let label: String = alg.chars().take(32).collect();
    let kid = jws.header.get("kid").and_then(Value::as_str);
    let mut out = ProofResult::new(
        format!("{kind}:{label}"),
        kid.map(str::to_owned),
        Fault::new(Code::ProofMissing, ""),
    );
    out.result = verify().map(|signer| {
        out.algorithm = Some(signer.algorithm);
        out.certificates = signer.certificates;
        signer.key
    });
    out
}

fn embedded(cred: &Credential, proof: &Value, all: &[Value], env: &Env<'_>) -> ProofResult {
    let Value::Object(p) = proof else {
        return ProofResult::new(
            "?".to_owned(),
            None,
            lines::fault(Code::ProofMalformed, lines::proof_not_object()),
        );
    };
    let field = |k: &str| p.get(k).and_then(Value::as_str);
    let securing = field("cryptosuite")
        .or(field("type"))
        .unwrap_or("")
        .chars()
        .take(64)
        .collect::<String>();
    let vm = field("verificationMethod").map(str::to_owned);
    let mut out = ProofResult::new(securing, vm, Fault::new(Code::ProofMissing, ""));
    out.result = suite_for(p, env)
        // Blockcerts, BBS, EIP-712 and older signatures are named for the recruiter (parse::foreign).
        .map_err(|f| crate::parse::foreign::proof(p, all).unwrap_or(f))
        .and_then(|suite| check_embedded(cred, p, all, suite, env, &mut out));
    out
}

/// The suite of a proof, if the policy accepts it.
fn suite_for(p: &Map<String, Value>, env: &Env<'_>) -> Result<&'static Suite, Fault> {
    let field = |k: &str| p.get(k).and_then(Value::as_str);
    let (kind, name) = (field("type").unwrap_or(""), field("cryptosuite"));
    let known = SUITES
        .iter()
        .find(|s| s.proof_type == kind && (s.cryptosuite.is_none() || s.cryptosuite == name));
    let shown = |s: &str| s.chars().take(64).collect::<String>();
    match (known, kind, name) {
        (Some(s), _, _) if env.policy.cryptosuites.contains(&s.id) => Ok(s),
        (None, "DataIntegrityProof", Some(s)) if ECDSA_RSA_SUITES.contains(&s) => {
            Err(module_needed(s))
        }
        // The full module names the suites it knows of and does not check (src/foreign.rs).
        (None, "DataIntegrityProof", Some(s)) if !cfg!(feature = "ecdsa-rsa") => {
            Err(module_needed(&shown(s)))
        }
        (_, "DataIntegrityProof", Some(s)) => Err(lines::fault(
            Code::CryptosuiteUnsupported,
            lines::suite_unsupported(format!("{:?}", shown(s))),
        )),
        (_, "DataIntegrityProof", None) => Err(lines::fault(
            Code::ProofMalformed,
            lines::proof_no_cryptosuite(),
        )),
        (_, "", _) => Err(lines::fault(Code::ProofMalformed, lines::proof_no_type())),
        (None, other, _) if !cfg!(feature = "ecdsa-rsa") => Err(module_needed(&shown(other))),
        (_, other, _) => Err(lines::fault(
            Code::ProofTypeUnsupported,
            lines::proof_type_unsupported(format!("{:?}", shown(other))),
        )),
    }
}

/// The checks every embedded proof shares (purpose, verification method, dates, chain), then the
/// suite's signed bytes, the key, and the provider's verdict on the signature.
fn check_embedded(
    cred: &Credential,
    p: &Map<String, Value>,
    all: &[Value],
    suite: &Suite,
    env: &Env<'_>,
    out: &mut ProofResult,
) -> Result<ResolvedKey, Fault> {
    purpose(p)?;
    let vm = verification_method(p)?;
    let signature_text = p
        .get(suite.signature_field)
        .and_then(Value::as_str)
        .ok_or_else(|| {
            lines::fault(
                Code::ProofMalformed,
                lines::proof_member_missing(suite.signature_field),
            )
        })?;
    dates(p, env.now)?;
    let previous = previous_proofs(p, all)?;
    // The canonical forms first: a document JSON-LD cannot sign losslessly is invalid whatever its key.
    let contexts = Loader::with_supplied(env.docs.all());
    let mut input = Input {
        doc: &cred.doc,
        proof: p,
        previous: &previous,
        signature_text,
        policy: env.policy,
        contexts: &contexts,
        rdfc_hash: HashAlgorithm::Sha256,
    };
    let signed = (suite.signing_input)(&input);
    out.contexts = contexts.used();
    let mut signed = signed?;
    out.unsigned = std::mem::take(&mut signed.unsigned);
    let key = keys::resolve(vm, env.docs)?;
    let algorithm = algorithm_for(suite, &key)?;
    out.algorithm = Some(algorithm);
    if suite.rdfc_hash_follows_key && algorithm.hash() == Hash::Sha384 {
        input.rdfc_hash = HashAlgorithm::Sha384;
        signed = (suite.signing_input)(&input)?;
    }
    let check = SignatureCheck::new(
        algorithm,
        key.public_key.clone(),
        signed.message.bytes(algorithm),
        signed.signature,
    )?;
    verify_all(env.crypto, std::iter::once(&check).chain(&signed.more))?;
    Ok(key)
}

/// The suite's algorithm for the key's type.
///
/// # Errors
/// [`Code::AlgorithmKeyMismatch`] when the suite signs with no algorithm of that type.
fn algorithm_for(suite: &Suite, key: &ResolvedKey) -> Result<Algorithm, Fault> {
    let kind = key.public_key.key_type();
    suite
        .algorithms
        .iter()
        .copied()
        .find(|a| a.key_type() == kind)
        .ok_or_else(|| {
            let name = suite.cryptosuite.unwrap_or(suite.proof_type);
            lines::fault(
                Code::AlgorithmKeyMismatch,
                lines::proof_suite_key_mismatch(name, key.public_key.describe(), &key.id),
            )
        })
}

/// Asks the provider for every check, so that a platform answering later is asked for all of them
/// at once; a wrong signature outweighs one not checked yet.
///
/// # Errors
/// The first failure, or else the first check not answered.
pub fn verify_all<'a>(
    crypto: &dyn Provider,
    checks: impl IntoIterator<Item = &'a SignatureCheck>,
) -> Result<(), Fault> {
    let mut pending = None;
    for check in checks {
        match crypto.verify(check) {
            Ok(()) => {}
            Err(f) if f.code == Code::SignatureNotChecked => {
                pending.get_or_insert(f);
            }
            Err(f) => return Err(f),
        }
    }
    pending.map_or(Ok(()), Err)
}

fn purpose(p: &Map<String, Value>) -> Result<(), Fault> {
    match p.get("proofPurpose").and_then(Value::as_str) {
        Some("assertionMethod") => Ok(()),
        Some(other) => {
            let shown: String = other.chars().take(64).collect();
            Err(lines::fault(
                Code::ProofPurposeInvalid,
                lines::proof_purpose_not_assertion(format!("{shown:?}")),
            ))
        }
        None => Err(lines::fault(
            Code::ProofMalformed,
            lines::proof_member_missing("proofPurpose"),
        )),
    }
}

fn verification_method(p: &Map<String, Value>) -> Result<&str, Fault> {
    let vm = p
        .get("verificationMethod")
        .and_then(Value::as_str)
        .ok_or_else(|| {
            lines::fault(
                Code::ProofMalformed,
                lines::proof_member_missing("verificationMethod"),
            )
        })?;
    if !crate::canon::jsonld::context::is_absolute_iri(vm) {
        let shown: String = vm.chars().take(80).collect();
        return Err(lines::fault(
            Code::KeyUnresolvable,
            lines::proof_method_not_url(format!("{shown:?}")),
        ));
    }
    Ok(vm)
}

fn dates(p: &Map<String, Value>, now: Timestamp) -> Result<(), Fault> {
    for date in ["created", "expires"] {
        if let Some(v) = p.get(date) {
            let parsed = v.as_str().and_then(|s| Timestamp::parse(s).ok());
            match (date, parsed) {
                (_, None) => {
                    return Err(lines::fault(
                        Code::ProofMalformed,
                        lines::proof_date_invalid(date),
                    ));
                }
                ("expires", Some((t, _))) if t < now => {
                    return Err(lines::fault(Code::ProofExpired, lines::proof_expired(t)));
                }
                _ => {}
            }
        }
    }
    Ok(())
}

/// A `proofValue` holding a base58btc multibase signature of any length (its shape is the
/// algorithm's check, [`SignatureCheck::new`]).
///
/// # Errors
/// [`Code::ProofMalformed`] for anything but `z` + base58btc.
pub fn base58_proof_value(text: &str) -> Result<Vec<u8>, Fault> {
    text.strip_prefix('z')
        .and_then(|b| crate::encoding::base58_decode(b).ok())
        .filter(|b| !b.is_empty() && b.len() <= 1024)
        .ok_or_else(|| lines::fault(Code::ProofMalformed, lines::proof_value_not_base58()))
}

/// A `proofValue` holding a base58btc multibase Ed25519 signature.
///
/// # Errors
/// [`Code::ProofMalformed`] for anything else.
pub fn ed25519_proof_value(text: &str) -> Result<Vec<u8>, Fault> {
    crate::encoding::signature_multibase_decode(text)
        .map(|s| s.to_vec())
        .map_err(|e| {
            lines::fault(
                Code::ProofMalformed,
                lines::proof_value_not_ed25519(format!("{e:?}")),
            )
        })
}

/// The document a proof signs: the secured document without `proof`, or with the proofs a chain
/// names (`previousProof`, VC Data Integrity §4.4).
pub fn unsecured_document(doc: &Map<String, Value>, previous: &[Value]) -> Map<String, Value> {
    let mut unsecured = doc.clone();
    unsecured.remove("proof");
    if let Some(chain) = chain_proof(previous) {
        unsecured.insert("proof".to_owned(), chain.into_owned());
    }
    unsecured
}

/// The `proof` of the unsecured document of a proof in a chain: the one proof it names, or an
/// array of several; `None` outside a chain.
pub fn chain_proof(previous: &[Value]) -> Option<Cow<'_, Value>> {
    match previous {
        [] => None,
        [one] => Some(Cow::Borrowed(one)),
        many => Some(Cow::Owned(Value::Array(many.to_vec()))),
    }
}

/// The proofs named by `previousProof` (a proof chain).
fn previous_proofs(p: &Map<String, Value>, all: &[Value]) -> Result<Vec<Value>, Fault> {
    as_list(p.get("previousProof"))
        .map(|id| {
            let id = id
                .as_str()
                .ok_or_else(|| {
                    lines::fault(Code::ProofMalformed, lines::proof_previous_not_string())
                })?;
            all.iter()
                .find(|q| q.get("id").and_then(Value::as_str) == Some(id))
                .cloned()
                .ok_or_else(|| {
                    lines::fault(
                        Code::ProofMalformed,
                        lines::proof_previous_unknown(format!("{id:?}")),
                    )
                })
        })
        .collect()
}
