//! `eddsa-jcs-2022` (W3C vc-di-eddsa v1.1 §3.3): Ed25519 over
//! `SHA-256(JCS(proof config)) ‖ SHA-256(JCS(unsecured document))`.

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::canon::jcs;
use crate::codes::{Code, Fault};
use crate::crypto::Algorithm;
use crate::parse::as_list;
use crate::policy::Cryptosuite;
use crate::proof::{ed25519_proof_value, Input, Signed, Suite};

/// The name in `proof.cryptosuite`.
pub const NAME: &str = "eddsa-jcs-2022";

/// The suite, as [`crate::proof::SUITES`] lists it.
pub const SUITE: Suite = Suite {
    id: Cryptosuite::EddsaJcs2022,
    proof_type: "DataIntegrityProof",
    cryptosuite: Some(NAME),
    signature_field: "proofValue",
    algorithm: Algorithm::Ed25519,
    signing_input,
};

fn signing_input(input: &Input<'_>) -> Result<Signed, Fault> {
    let signature = ed25519_proof_value(input.signature_text)?;
    Ok(Signed {
        message: hash_data(input.doc, input.proof, input.previous)?.to_vec(),
        signature,
        unsigned: Vec::new(),
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
    let mut unsecured = crate::proof::unsecured_document(doc, previous);
    let mut config = proof.clone();
    config.remove("proofValue");
    if let Some(proof_context) = config.get("@context") {
        let ours: Vec<&Value> = as_list(doc.get("@context")).collect();
        let theirs: Vec<&Value> = as_list(Some(proof_context)).collect();
        if theirs.len() > ours.len() || ours.iter().zip(&theirs).any(|(a, b)| a != b) {
            return Err(Fault::new(
                Code::ProofContextMismatch,
                "the document's @context does not start with the proof's @context",
            ));
        }
        unsecured.insert("@context".to_owned(), proof_context.clone());
    }
    Ok(combine(&Value::Object(config), &Value::Object(unsecured)))
}

/// `SHA-256(JCS(config)) ‖ SHA-256(JCS(document))`.
pub fn combine(config: &Value, document: &Value) -> [u8; 64] {
    let mut out = [0u8; 64];
    let (head, tail) = out.split_at_mut(32);
    head.copy_from_slice(&Sha256::digest(jcs::canonicalize(config).as_bytes()));
    tail.copy_from_slice(&Sha256::digest(jcs::canonicalize(document).as_bytes()));
    out
}
