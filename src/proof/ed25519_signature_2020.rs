//! `Ed25519Signature2020` (vc-di-eddsa §"The Ed25519Signature2020 Suite", legacy): the same hashing
//! as eddsa-rdfc-2022 with URDNA2015 (identical to RDFC-1.0 for these inputs), `proofValue` a
//! base58btc multibase signature, keys `Ed25519VerificationKey2020`.

use crate::codes::Fault;
use crate::crypto::Algorithm;
use crate::policy::Cryptosuite;
use crate::proof::{linked_data, Input, Signed, Suite};

/// The proof `type`.
pub const NAME: &str = "Ed25519Signature2020";

/// Members of the proof left out of the proof configuration (jsonld-signatures `canonizeProof`).
pub const SKIP: &[&str] = &["proofValue", "jws", "signatureValue"];

/// The suite, as [`crate::proof::SUITES`] lists it.
pub const SUITE: Suite = Suite {
    id: Cryptosuite::Ed25519Signature2020,
    proof_type: NAME,
    cryptosuite: None,
    signature_field: "proofValue",
    algorithms: &[Algorithm::Ed25519],
    signing_input,
    rdfc_hash_follows_key: false,
};

fn signing_input(input: &Input<'_>) -> Result<Signed, Fault> {
    linked_data::signed(input, SKIP, crate::proof::ed25519_proof_value)
}
