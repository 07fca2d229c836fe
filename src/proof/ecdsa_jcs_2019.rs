//! `ecdsa-jcs-2019` (W3C vc-di-ecdsa §3.3): ECDSA over
//! `hash(JCS(proof config)) ‖ hash(JCS(unsecured document))`, as eddsa-jcs-2022 builds them (the
//! proof's `@context` must start the document's); SHA-256 with P-256, SHA-384 with P-384. No
//! JSON-LD processing.

use crate::codes::Fault;
use crate::crypto::Algorithm;
use crate::policy::Cryptosuite;
use crate::proof::{base58_proof_value, eddsa_jcs_2022, Input, Signed, Suite};

/// The name in `proof.cryptosuite`.
pub const NAME: &str = "ecdsa-jcs-2019";

/// The suite, as [`crate::proof::SUITES`] lists it.
pub const SUITE: Suite = Suite {
    id: Cryptosuite::EcdsaJcs2019,
    proof_type: "DataIntegrityProof",
    cryptosuite: Some(NAME),
    signature_field: "proofValue",
    algorithms: &[Algorithm::Es256, Algorithm::Es384],
    signing_input,
    rdfc_hash_follows_key: false,
};

fn signing_input(input: &Input<'_>) -> Result<Signed, Fault> {
    eddsa_jcs_2022::signed(input, base58_proof_value(input.signature_text)?)
}
