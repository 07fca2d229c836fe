//! `Ed25519Signature2020` (vc-di-eddsa §"The Ed25519Signature2020 Suite", legacy): the same hashing
//! as eddsa-rdfc-2022 with URDNA2015 (identical to RDFC-1.0 for these inputs), `proofValue` a
//! base58btc multibase signature, keys `Ed25519VerificationKey2020`.

/// The proof `type`.
pub const NAME: &str = "Ed25519Signature2020";

/// Members of the proof left out of the proof configuration (jsonld-signatures `canonizeProof`).
pub const SKIP: &[&str] = &["proofValue", "jws", "signatureValue"];
