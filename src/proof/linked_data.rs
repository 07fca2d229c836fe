//! What the JSON-LD suites share: the unsecured document and the proof configuration as canonical
//! N-Quads (JSON-LD → RDF over bundled contexts → RDFC-1.0), and the data-loss rule of VC Data
//! Integrity ("Securing Data Losslessly"): a term no context defines is dropped by JSON-LD and so
//! not signed; unless the policy allows it, that makes the proof fail.

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::canon::jsonld::context::Loader;
use crate::canon::jsonld::{self, Dropped};
use crate::canon::rdfc::{self, HashAlgorithm};
use crate::codes::{Code, Fault};
use crate::lines;
use crate::policy::Policy;
use crate::proof::{Input, Message, Signed};

/// SHA-256(canonical proof config) ‖ SHA-256(canonical document), and what was dropped.
pub struct HashData {
    /// The 64 bytes.
    pub bytes: [u8; 64],
    /// Parts of the document or proof that JSON-LD dropped (only non-empty when the policy allows it).
    pub unsigned: Vec<Dropped>,
}

/// Canonical N-Quads of a JSON-LD document, and what JSON-LD dropped from it.
///
/// # Errors
/// JSON-LD errors (`jsonld_*`) and RDFC errors (`rdfc_*`).
pub fn canonical_nquads(doc: &Value) -> Result<(String, Vec<Dropped>), Fault> {
    canonical_nquads_with(doc, &Loader::bundled_only(), HashAlgorithm::Sha256)
}

/// As [`canonical_nquads`], with contexts from `loader` and RDFC-1.0's hash function `hash` (the
/// ECDSA suites canonicalise with SHA-384 for a P-384 key, as the W3C vectors and Digital Bazaar
/// do: with several blank nodes the labels differ).
///
/// # Errors
/// As [`canonical_nquads`].
pub fn canonical_nquads_with(
    doc: &Value,
    loader: &Loader<'_>,
    hash: HashAlgorithm,
) -> Result<(String, Vec<Dropped>), Fault> {
    let ds = jsonld::to_dataset_with(doc, loader)?;
    let (nquads, _) = rdfc::canonicalize_with(&ds.quads, hash, &rdfc::Budget::default())?;
    Ok((nquads, ds.dropped))
}

/// The canonical forms a JSON-LD suite hashes, and what JSON-LD dropped.
pub struct Canonical {
    /// The canonical proof configuration (N-Quads).
    pub config: String,
    /// The canonical unsecured document (N-Quads).
    pub document: String,
    /// Parts of the document or proof that JSON-LD dropped (only non-empty when the policy allows it).
    pub unsigned: Vec<Dropped>,
}

/// The unsecured document (without `proof`, or with the proofs a chain names) and the proof
/// configuration (the proof without `skip` members, with the document's `@context`), both
/// canonicalised.
///
/// # Errors
/// As [`canonical_nquads`], and [`Code::JsonldUndefinedTerms`] when something was dropped and the
/// policy does not allow it.
pub fn canonical(
    doc: &Map<String, Value>,
    proof: &Map<String, Value>,
    previous: &[Value],
    skip: &[&str],
    policy: &Policy,
    loader: &Loader<'_>,
    hash: HashAlgorithm,
) -> Result<Canonical, Fault> {
    let unsecured = crate::proof::unsecured_document(doc, previous);
    let (doc_nq, mut dropped) = canonical_nquads_with(&Value::Object(unsecured), loader, hash)?;
    let (config_nq, config_dropped) = config_nquads(doc, proof, skip, loader, hash)?;
    dropped.extend(config_dropped);
    lossless(&dropped, policy)?;
    Ok(Canonical {
        config: config_nq,
        document: doc_nq,
        unsigned: dropped,
    })
}

/// The proof configuration (the proof without `skip` members, with the document's `@context`)
/// as canonical N-Quads, and what JSON-LD dropped from it (pointers under `/proof`).
fn config_nquads(
    doc: &Map<String, Value>,
    proof: &Map<String, Value>,
    skip: &[&str],
    loader: &Loader<'_>,
    hash: HashAlgorithm,
) -> Result<(String, Vec<Dropped>), Fault> {
    let mut config = proof.clone();
    for k in skip {
        config.remove(*k);
    }
    match doc.get("@context") {
        Some(ctx) => {
            config.insert("@context".to_owned(), ctx.clone());
        }
        None => {
            config.remove("@context");
        }
    }
    let (nquads, dropped) = canonical_nquads_with(&Value::Object(config), loader, hash)?;
    let dropped = dropped
        .into_iter()
        .map(|d| Dropped {
            pointer: format!("/proof{}", d.pointer.trim_end_matches('/')),
            what: d.what,
        })
        .collect();
    Ok((nquads, dropped))
}

/// The canonical proof configuration alone, for suites that hash it with other parts
/// (ecdsa-sd-2023). Nothing may be dropped from it.
///
/// # Errors
/// As [`canonical`].
pub fn canonical_config(
    doc: &Map<String, Value>,
    proof: &Map<String, Value>,
    skip: &[&str],
    loader: &Loader<'_>,
) -> Result<String, Fault> {
    let (nquads, dropped) = config_nquads(doc, proof, skip, loader, HashAlgorithm::Sha256)?;
    lossless(&dropped, &Policy::default())?;
    Ok(nquads)
}

/// VC Data Integrity "Securing Data Losslessly": what JSON-LD dropped is not signed, which fails
/// the proof unless the policy allows it.
///
/// # Errors
/// [`Code::JsonldUndefinedTerms`].
pub fn lossless(dropped: &[Dropped], policy: &Policy) -> Result<(), Fault> {
    if dropped.is_empty() || policy.allow_undefined_terms {
        return Ok(());
    }
    let shown: Vec<String> = dropped.iter().take(8).map(Dropped::to_string).collect();
    let parts = shown.join("; ");
    Err(lines::fault(
        Code::JsonldUndefinedTerms,
        match dropped.len().saturating_sub(shown.len()) {
            0 => lines::proof_uncovered(parts),
            more => lines::proof_uncovered_more(parts, more),
        },
    ))
}

/// `SHA-256(canonical config) ‖ SHA-256(canonical document)`, as the EdDSA suites sign it.
///
/// # Errors
/// As [`canonical`].
pub fn hash_data(
    doc: &Map<String, Value>,
    proof: &Map<String, Value>,
    previous: &[Value],
    skip: &[&str],
    policy: &Policy,
) -> Result<HashData, Fault> {
    let c = canonical(
        doc,
        proof,
        previous,
        skip,
        policy,
        &Loader::bundled_only(),
        HashAlgorithm::Sha256,
    )?;
    let mut bytes = [0u8; 64];
    let (head, tail) = bytes.split_at_mut(32);
    head.copy_from_slice(&Sha256::digest(c.config.as_bytes()));
    tail.copy_from_slice(&Sha256::digest(c.document.as_bytes()));
    Ok(HashData {
        bytes,
        unsigned: c.unsigned,
    })
}

/// The signed message of an RDF-canonicalised suite whose `proofValue` is a multibase signature
/// (eddsa-rdfc-2022, Ed25519Signature2020, ecdsa-rdfc-2019), leaving `skip` out of the proof
/// configuration; the key's algorithm hashes the pair.
///
/// # Errors
/// As [`canonical`], and what `proof_value` says of a bad `proofValue`.
pub fn signed(
    input: &Input<'_>,
    skip: &[&str],
    proof_value: fn(&str) -> Result<Vec<u8>, Fault>,
) -> Result<Signed, Fault> {
    let signature = proof_value(input.signature_text)?;
    let c = canonical(
        input.doc,
        input.proof,
        input.previous,
        skip,
        input.policy,
        input.contexts,
        input.rdfc_hash,
    )?;
    Ok(Signed {
        message: Message::HashPair {
            config: c.config,
            document: c.document,
        },
        signature,
        unsigned: c.unsigned,
        more: Vec::new(),
    })
}
