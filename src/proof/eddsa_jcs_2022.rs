//! `eddsa-jcs-2022` (W3C vc-di-eddsa v1.1 §3.3): Ed25519 over
//! `SHA-256(JCS(proof config)) ‖ SHA-256(JCS(unsecured document))`.

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::canon::jcs;
use crate::codes::{Code, Fault};
use crate::crypto::Algorithm;
use crate::lines;
use crate::parse::as_list;
use crate::policy::Cryptosuite;
use crate::proof::{ed25519_proof_value, Input, Message, Signed, Suite};

/// The name in `proof.cryptosuite`.
pub const NAME: &str = "eddsa-jcs-2022";

/// The suite, as [`crate::proof::SUITES`] lists it.
pub const SUITE: Suite = Suite {
    id: Cryptosuite::EddsaJcs2022,
    proof_type: "DataIntegrityProof",
    cryptosuite: Some(NAME),
    signature_field: "proofValue",
    algorithms: &[Algorithm::Ed25519],
    signing_input,
    rdfc_hash_follows_key: false,
};

fn signing_input(input: &Input<'_>) -> Result<Signed, Fault> {
    signed(input, ed25519_proof_value(input.signature_text)?)
}

/// The signed message of a JCS suite (eddsa-jcs-2022, ecdsa-jcs-2019): the canonical pair, hashed
/// by the key's algorithm.
///
/// # Errors
/// As [`canonical`].
pub fn signed(input: &Input<'_>, signature: Vec<u8>) -> Result<Signed, Fault> {
    let (config, document) = canonical(input.doc, input.proof, input.previous)?;
    Ok(Signed {
        message: Message::HashPair { config, document },
        signature,
        unsigned: Vec::new(),
        more: Vec::new(),
    })
}

/// The 64 bytes that are signed, from the secured document and one of its proofs
/// (vc-di-eddsa §3.3.2 "Verify Proof (eddsa-jcs-2022)", steps 1–6, and §3.3.4–3.3.6).
///
/// `previous` are the proofs this one names in `previousProof` (a proof chain): they stay in the
/// unsecured document as its `proof` (VC Data Integrity §4.4, "Verify Proof", proof chains).
///
/// # Errors
/// [`Code::ProofContextMismatch`] when the proof's `@context` is not a prefix of the document's.
pub fn hash_data(
    doc: &Map<String, Value>,
    proof: &Map<String, Value>,
    previous: &[Value],
) -> Result<[u8; 64], Fault> {
    let (config, document) = canonical(doc, proof, previous)?;
    let mut out = [0u8; 64];
    let (head, tail) = out.split_at_mut(32);
    head.copy_from_slice(&Sha256::digest(config.as_bytes()));
    tail.copy_from_slice(&Sha256::digest(document.as_bytes()));
    Ok(out)
}

/// JCS of the proof configuration (the proof without `proofValue`) and of the unsecured document
/// (which takes the proof's `@context` when the proof has one; it must start the document's).
///
/// # Errors
/// [`Code::ProofContextMismatch`] when the proof's `@context` is not a prefix of the document's.
pub fn canonical(
    doc: &Map<String, Value>,
    proof: &Map<String, Value>,
    previous: &[Value],
) -> Result<(String, String), Fault> {
    // The proof configuration and the unsecured document, borrowed from the secured one: the
    // proof without `proofValue`; the document without `proof` (or with the proofs of the chain
    // as its `proof`), and with the proof's `@context` when it has one.
    let config: Vec<(&str, &Value)> = members(proof, &["proofValue"]);
    let proof_context = proof.get("@context");
    if let Some(proof_context) = proof_context {
        let ours: Vec<&Value> = as_list(doc.get("@context")).collect();
        let theirs: Vec<&Value> = as_list(Some(proof_context)).collect();
        if theirs.len() > ours.len() || ours.iter().zip(&theirs).any(|(a, b)| a != b) {
            return Err(lines::fault(
                Code::ProofContextMismatch,
                lines::proof_context_not_prefix(),
            ));
        }
    }
    let chain = crate::proof::chain_proof(previous);
    let dropped: &[&str] = match proof_context {
        Some(_) => &["proof", "@context"],
        None => &["proof"],
    };
    let mut unsecured = members(doc, dropped);
    unsecured.extend(chain.as_deref().map(|c| ("proof", c)));
    unsecured.extend(proof_context.map(|c| ("@context", c)));
    Ok((
        jcs::canonicalize_members(config),
        jcs::canonicalize_members(unsecured),
    ))
}

/// The members of `object` but those named in `dropped`.
fn members<'a>(object: &'a Map<String, Value>, dropped: &[&str]) -> Vec<(&'a str, &'a Value)> {
    object
        .iter()
        .filter(|(k, _)| !dropped.contains(&k.as_str()))
        .map(|(k, v)| (k.as_str(), v))
        .collect()
}

/// `SHA-256(JCS(config)) ‖ SHA-256(JCS(document))`.
pub fn combine(config: &Value, document: &Value) -> [u8; 64] {
    let mut out = [0u8; 64];
    let (head, tail) = out.split_at_mut(32);
    head.copy_from_slice(&Sha256::digest(jcs::canonicalize(config).as_bytes()));
    tail.copy_from_slice(&Sha256::digest(jcs::canonicalize(document).as_bytes()));
    out
}
