//! Data Integrity proofs: eddsa-jcs-2022, eddsa-rdfc-2022 and Ed25519Signature2020 with an
//! [`IssuerKey`] (every build), ecdsa-jcs-2019 and ecdsa-rdfc-2019 with a P-256 or P-384
//! [`SigningKey`] (native build). Each adds its proof to those already there (a proof set).

use serde_json::{Map, Value};

use crate::codes::Fault;
use crate::encoding::base58_encode;
use crate::proof::{ed25519_signature_2020, eddsa_jcs_2022, eddsa_rdfc_2022, linked_data};
use crate::sign::IssuerKey;
use crate::time::Timestamp;

/// The context Ed25519Signature2020 proofs need in the document.
pub const ED25519_2020_CONTEXT: &str = "https://w3id.org/security/suites/ed25519-2020/v1";
/// The context a VC 1.1 document needs for a `DataIntegrityProof`.
pub const DATA_INTEGRITY_V2_CONTEXT: &str = "https://w3id.org/security/data-integrity/v2";

/// Which JSON-LD suite [`sign_linked_data`] uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkedDataSuite {
    /// `DataIntegrityProof` / `eddsa-rdfc-2022`.
    EddsaRdfc2022,
    /// `Ed25519Signature2020` (adds its context to the document when missing).
    Ed25519Signature2020,
}

/// A proof without its value: `type`, `cryptosuite` (for a `DataIntegrityProof`), `created`,
/// `verificationMethod`, `proofPurpose: assertionMethod`.
fn proof_options(
    proof_type: &str,
    cryptosuite: Option<&str>,
    verification_method: &str,
    created: Timestamp,
) -> Map<String, Value> {
    let mut proof = Map::new();
    proof.insert("type".to_owned(), proof_type.into());
    if let Some(suite) = cryptosuite {
        proof.insert("cryptosuite".to_owned(), suite.into());
    }
    proof.insert("created".to_owned(), created.to_rfc3339().into());
    proof.insert("verificationMethod".to_owned(), verification_method.into());
    proof.insert("proofPurpose".to_owned(), "assertionMethod".into());
    proof
}

/// `z` + base58btc: the `proofValue` of every suite here.
fn proof_value(signature: &[u8]) -> Value {
    format!("z{}", base58_encode(signature)).into()
}

/// Puts `proof` into `doc` after the proofs `existing` (none, one, or a set).
fn add_proof(doc: &mut Map<String, Value>, existing: Option<Value>, proof: Map<String, Value>) {
    let proofs = match existing {
        None => Value::Object(proof),
        Some(Value::Array(mut items)) => {
            items.push(Value::Object(proof));
            Value::Array(items)
        }
        Some(one) => Value::Array(vec![one, Value::Object(proof)]),
    };
    doc.insert("proof".to_owned(), proofs);
}

/// Adds `needed` to the document's `@context` when it is not there.
fn ensure_context(doc: &mut Map<String, Value>, needed: &str) {
    let ctx = doc
        .entry("@context")
        .or_insert_with(|| Value::Array(Vec::new()));
    let mut list = match ctx.take() {
        Value::Array(a) => a,
        Value::Null => Vec::new(),
        one => vec![one],
    };
    if !list.iter().any(|c| c == needed) {
        list.push(Value::String(needed.to_owned()));
    }
    *ctx = Value::Array(list);
}

/// Whether the document is a VC 2.0 one (whose context defines `DataIntegrityProof`).
fn is_vc2(doc: &Map<String, Value>) -> bool {
    crate::parse::as_list(doc.get("@context"))
        .next()
        .and_then(Value::as_str)
        == Some(crate::parse::VC_V2_CONTEXT)
}

/// Adds an eddsa-jcs-2022 `DataIntegrityProof` (vc-di-eddsa §3.3.1 "Create Proof"): the proof
/// carries a copy of the document's `@context`. Existing proofs are kept (a proof set).
pub fn sign_eddsa_jcs_2022(
    mut doc: Map<String, Value>,
    key: &IssuerKey,
    verification_method: &str,
    created: Timestamp,
) -> Map<String, Value> {
    let existing = doc.remove("proof");
    let mut proof = proof_options(
        "DataIntegrityProof",
        Some(eddsa_jcs_2022::NAME),
        verification_method,
        created,
    );
    if let Some(ctx) = doc.get("@context") {
        proof.insert("@context".to_owned(), ctx.clone());
    }
    let data = eddsa_jcs_2022::combine(&Value::Object(proof.clone()), &Value::Object(doc.clone()));
    proof.insert("proofValue".to_owned(), proof_value(&key.sign(&data)));
    add_proof(&mut doc, existing, proof);
    doc
}

/// Adds an eddsa-rdfc-2022 or Ed25519Signature2020 proof. The document must be fully defined by
/// bundled contexts: signing a document whose terms JSON-LD would drop is refused, since those
/// terms would look signed and not be.
///
/// # Errors
/// JSON-LD and RDFC errors, [`crate::Code::JsonldUndefinedTerms`].
pub fn sign_linked_data(
    mut doc: Map<String, Value>,
    key: &IssuerKey,
    verification_method: &str,
    created: Timestamp,
    suite: LinkedDataSuite,
) -> Result<Map<String, Value>, Fault> {
    let existing = doc.remove("proof");
    // The proof's terms must be defined: VC 2.0 defines DataIntegrityProof, VC 1.1 does not, and
    // neither defines Ed25519Signature2020. Add the suite's context when it is missing.
    let proof = match suite {
        LinkedDataSuite::Ed25519Signature2020 => {
            ensure_context(&mut doc, ED25519_2020_CONTEXT);
            proof_options(
                ed25519_signature_2020::NAME,
                None,
                verification_method,
                created,
            )
        }
        LinkedDataSuite::EddsaRdfc2022 => {
            if !is_vc2(&doc) {
                ensure_context(&mut doc, DATA_INTEGRITY_V2_CONTEXT);
            }
            proof_options(
                "DataIntegrityProof",
                Some(eddsa_rdfc_2022::NAME),
                verification_method,
                created,
            )
        }
    };
    let mut proof = proof;
    let data = linked_data::hash_data(
        &doc,
        &proof,
        &[],
        eddsa_rdfc_2022::SKIP,
        &crate::policy::Policy::default(),
    )?;
    proof.insert("proofValue".to_owned(), proof_value(&key.sign(&data.bytes)));
    add_proof(&mut doc, existing, proof);
    Ok(doc)
}

/// The ECDSA Data Integrity suites (W3C vc-di-ecdsa).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EcdsaSuite {
    /// `ecdsa-rdfc-2019`: RDF canonicalisation (JSON-LD).
    EcdsaRdfc2019,
    /// `ecdsa-jcs-2019`: JSON canonicalisation; the proof carries the document's `@context`.
    EcdsaJcs2019,
}

#[cfg(not(target_arch = "wasm32"))]
impl EcdsaSuite {
    /// The `cryptosuite` name.
    pub const fn name(self) -> &'static str {
        match self {
            Self::EcdsaRdfc2019 => crate::proof::ecdsa_rdfc_2019::NAME,
            Self::EcdsaJcs2019 => crate::proof::ecdsa_jcs_2019::NAME,
        }
    }
}

/// Adds an ecdsa-rdfc-2019 or ecdsa-jcs-2019 `DataIntegrityProof` (vc-di-ecdsa §3.2.1, §3.3.1)
/// signed by a P-256 key (SHA-256, ES256) or a P-384 key (SHA-384, ES384): the hash follows the
/// curve. `proofValue` is `z` + base58btc(`r ‖ s`). As [`sign_linked_data`], the RDFC suite adds
/// the Data Integrity context to a VC 1.1 document and refuses terms no context defines.
///
/// # Errors
/// [`crate::Code::AlgorithmKeyMismatch`] for a key that is not P-256 or P-384; JSON-LD and RDFC
/// errors.
#[cfg(not(target_arch = "wasm32"))]
pub fn sign_ecdsa(
    mut doc: Map<String, Value>,
    key: &crate::sign::SigningKey,
    verification_method: &str,
    created: Timestamp,
    suite: EcdsaSuite,
) -> Result<Map<String, Value>, Fault> {
    use crate::crypto::Algorithm;
    use crate::proof::Message;

    let algorithm = Algorithm::ecdsa_for(key.key_type()).ok_or_else(|| {
        Fault::new(
            crate::codes::Code::AlgorithmKeyMismatch,
            format!(
                "{} signs with a P-256 or P-384 key, but the key is {}",
                suite.name(),
                key.describe()
            ),
        )
    })?;
    let existing = doc.remove("proof");
    let mut proof = proof_options(
        "DataIntegrityProof",
        Some(suite.name()),
        verification_method,
        created,
    );
    let message = match suite {
        EcdsaSuite::EcdsaRdfc2019 => {
            if !is_vc2(&doc) {
                ensure_context(&mut doc, DATA_INTEGRITY_V2_CONTEXT);
            }
            let c = linked_data::canonical(
                &doc,
                &proof,
                &[],
                crate::proof::ecdsa_rdfc_2019::SKIP,
                &crate::policy::Policy::default(),
                &crate::canon::jsonld::context::Loader::bundled_only(),
                // RDFC-1.0 labels blank nodes with the key's hash: SHA-384 for P-384.
                match algorithm.hash() {
                    crate::crypto::Hash::Sha384 => crate::canon::rdfc::HashAlgorithm::Sha384,
                    crate::crypto::Hash::Sha256 => crate::canon::rdfc::HashAlgorithm::Sha256,
                },
            )?;
            Message::HashPair {
                config: c.config,
                document: c.document,
            }
        }
        EcdsaSuite::EcdsaJcs2019 => {
            if let Some(ctx) = doc.get("@context") {
                proof.insert("@context".to_owned(), ctx.clone());
            }
            let (config, document) = eddsa_jcs_2022::canonical(&doc, &proof, &[])?;
            Message::HashPair { config, document }
        }
    };
    let signature = key.sign(algorithm, &message.bytes(algorithm))?;
    proof.insert("proofValue".to_owned(), proof_value(&signature));
    add_proof(&mut doc, existing, proof);
    Ok(doc)
}
