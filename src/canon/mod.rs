//! Canonical forms that signatures are computed over: `jcs` is the JSON Canonicalization Scheme
//! (RFC 8785); `jsonld` turns a JSON-LD document into RDF quads over bundled contexts only; `rdfc`
//! is RDF Dataset Canonicalization (RDFC-1.0) to canonical N-Quads, with a work limit.

pub mod jcs;
pub mod jsonld;
pub mod hash;
pub mod nquads;
pub mod rdf;
pub mod rdfc;
