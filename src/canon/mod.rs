//! Canonical forms that signatures are computed over. `jcs` is the JSON Canonicalization Scheme
//! (RFC 8785); JSON-LD → RDFC-1.0 canonical N-Quads will live beside it as `rdfc`.

pub mod jcs;
