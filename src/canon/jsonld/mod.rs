//! JSON-LD → RDF over bundled contexts and those the host supplies (a closed world: nothing is
//! fetched): [`contexts`] holds the byte-exact bundled context files, [`context`] processes them, [`expand`] expands a document and records what it
//! drops, [`to_rdf`] produces quads for RDFC-1.0.

pub mod context;
pub mod contexts;
pub mod expand;
pub mod to_rdf;

use serde_json::Value;

use crate::canon::rdf::Quad;
use crate::codes::Fault;

/// A document as RDF, with what JSON-LD dropped from it (and so no RDF signature covers).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dataset {
    /// The quads.
    pub quads: Vec<Quad>,
    /// What expansion dropped.
    pub dropped: Vec<Dropped>,
}

/// A part of a document that JSON-LD expansion dropped (or left relative), so that no RDF
/// signature covers it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Dropped {
    /// JSON pointer to it (`/credentialSubject/foo`; `/` for the document itself).
    pub pointer: String,
    /// What it is, in words.
    pub what: String,
}

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.pointer, self.what)
    }
}

/// Converts a JSON-LD document to RDF with the bundled contexts (base IRI null, as VC Data
/// Integrity requires).
///
/// # Errors
/// `jsonld_unknown_context`, `jsonld_protected_term`, `jsonld_invalid_context`, `jsonld_invalid`;
/// in the core module `module_needed` for a context only the full module bundles.
pub fn to_dataset(doc: &Value) -> Result<Dataset, Fault> {
    to_dataset_with(doc, &context::Loader::bundled_only())
}

/// As [`to_dataset`], with contexts the host supplied after the bundled ones.
///
/// # Errors
/// As [`to_dataset`].
pub fn to_dataset_with(doc: &Value, loader: &context::Loader<'_>) -> Result<Dataset, Fault> {
    let initial = context::initial();
    let expanded = expand::expand(&initial, doc, loader)?;
    let quads = to_rdf::to_rdf(&expanded.nodes)?;
    Ok(Dataset {
        quads,
        dropped: expanded.dropped,
    })
}

/// A JSON object from a few members, inserted one by one (`Map::from_iter` would sort them with a
/// sort monomorphised for this one type; see [`crate::sort`]).
pub(crate) fn map_of<const N: usize>(
    members: [(String, serde_json::Value); N],
) -> serde_json::Map<String, serde_json::Value> {
    let mut map = serde_json::Map::new();
    for (k, v) in members {
        map.insert(k, v);
    }
    map
}
