//! `eddsa-rdfc-2022` (W3C vc-di-eddsa v1.1 §3.2): Ed25519 over
//! `SHA-256(RDFC(proof config)) ‖ SHA-256(RDFC(unsecured document))`, the proof config carrying the
//! document's `@context`. The suite Open Badges 3.0 conformance accepts.

use crate::codes::Fault;
use crate::crypto::Algorithm;
use crate::policy::Cryptosuite;
use crate::proof::{linked_data, Input, Signed, Suite};

/// The name in `proof.cryptosuite`.
pub const NAME: &str = "eddsa-rdfc-2022";

/// Members of the proof left out of the proof configuration.
pub const SKIP: &[&str] = &["proofValue"];

/// The suite, as [`crate::proof::SUITES`] lists it.
pub const SUITE: Suite = Suite {
    id: Cryptosuite::EddsaRdfc2022,
    proof_type: "DataIntegrityProof",
    cryptosuite: Some(NAME),
    signature_field: "proofValue",
    algorithms: &[Algorithm::Ed25519],
    signing_input,
    rdfc_hash_follows_key: false,
};

fn signing_input(input: &Input<'_>) -> Result<Signed, Fault> {
    linked_data::signed(input, SKIP, crate::proof::ed25519_proof_value)
}
