//! `eddsa-rdfc-2022` (W3C vc-di-eddsa v1.1 §3.2): Ed25519 over
//! `SHA-256(RDFC(proof config)) ‖ SHA-256(RDFC(unsecured document))`, the proof config carrying the
//! document's `@context`. The suite Open Badges 3.0 conformance accepts.

/// The name in `proof.cryptosuite`.
pub const NAME: &str = "eddsa-rdfc-2022";

/// Members of the proof left out of the proof configuration.
pub const SKIP: &[&str] = &["proofValue"];
