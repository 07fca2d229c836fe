//! `ecdsa-sd-2023` (W3C vc-di-ecdsa §3.4): selective disclosure with ECDSA P-256.
//! Placeholder while the derived-proof verifier is written: base and derived proofs are told
//! apart, neither is verified yet.

use crate::codes::{Code, Fault};
use crate::crypto::Algorithm;
use crate::policy::Cryptosuite;
use crate::proof::{Input, Signed, Suite};

/// The name in `proof.cryptosuite`.
pub const NAME: &str = "ecdsa-sd-2023";

/// The suite, as [`crate::proof::SUITES`] lists it.
pub const SUITE: Suite = Suite {
    id: Cryptosuite::EcdsaSd2023,
    proof_type: "DataIntegrityProof",
    cryptosuite: Some(NAME),
    signature_field: "proofValue",
    algorithms: &[Algorithm::Es256],
    signing_input,
};

fn signing_input(_input: &Input<'_>) -> Result<Signed, Fault> {
    Err(Fault::new(Code::CryptosuiteUnsupported, "ecdsa-sd-2023 is not verified yet"))
}
