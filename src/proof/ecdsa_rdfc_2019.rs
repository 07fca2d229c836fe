//! `ecdsa-rdfc-2019` (W3C vc-di-ecdsa §3.2): ECDSA over
//! `hash(RDFC(proof config)) ‖ hash(RDFC(unsecured document))`, the proof config carrying the
//! document's `@context`; SHA-256 with a P-256 key (ES256), SHA-384 with a P-384 key (ES384): the
//! hash follows the curve. `proofValue` is `z` + base58btc(`r ‖ s`), never DER.

use crate::codes::Fault;
use crate::crypto::Algorithm;
use crate::policy::Cryptosuite;
use crate::proof::{base58_proof_value, linked_data, Input, Signed, Suite};

/// The name in `proof.cryptosuite`.
pub const NAME: &str = "ecdsa-rdfc-2019";

/// Members of the proof left out of the proof configuration.
pub const SKIP: &[&str] = &["proofValue"];

/// The suite, as [`crate::proof::SUITES`] lists it.
pub const SUITE: Suite = Suite {
    id: Cryptosuite::EcdsaRdfc2019,
    proof_type: "DataIntegrityProof",
    cryptosuite: Some(NAME),
    signature_field: "proofValue",
    algorithms: &[Algorithm::Es256, Algorithm::Es384],
    signing_input,
    rdfc_hash_follows_key: true,
};

fn signing_input(input: &Input<'_>) -> Result<Signed, Fault> {
    linked_data::signed(input, SKIP, base58_proof_value)
}
