//! The operator's mapping file (`KeurmerkIssuerMapping`): registers that do not know an issuer's
//! DID (DEQAR, RIO) are linked to it here, by the list operator, who signs the file like a list
//! (eddsa-jcs-2022, its `operator` did:key). An import reads only a mapping whose signature
//! verifies; a register entry the mapping does not name is refused, never guessed.
//!
//! ```json
//! { "type": "KeurmerkIssuerMapping", "operator": "did:key:z6Mk…",
//!   "issuers": [ { "id": "did:web:hs-voorbeeld.example", "deqar": "DEQARINST0382",
//!                  "brin": "31EW", "rio": "100A003", "lei": "…", "homepage": "https://…",
//!                  "keys": [ { "id": "…#key-1", "publicKeyMultibase": "z6Mk…" } ],
//!                  "programmes": { "42791": ["https://…/achievements/automotive"] } } ],
//!   "proof": { … } }
//! ```

use serde_json::{Map, Value};

use crate::codes::Fault;
use crate::trust::list::verify_proof;

use super::unreadable;

/// The type of a mapping file.
pub const TYPE: &str = "KeurmerkIssuerMapping";

/// A verified mapping file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Mapping {
    issuers: Vec<Map<String, Value>>,
}

impl Mapping {
    /// Reads a mapping file and verifies its proof by the operator, whose key must be among
    /// `anchors`.
    ///
    /// # Errors
    /// Not a mapping file, or a signature that does not verify.
    pub fn verify(doc: &Map<String, Value>, anchors: &[[u8; 32]]) -> Result<Self, Fault> {
        if doc.get("type").and_then(Value::as_str) != Some(TYPE) {
            return Err(unreadable(format!("a mapping file has type {TYPE}")));
        }
        let operator = doc
            .get("operator")
            .and_then(Value::as_str)
            .ok_or_else(|| unreadable("the mapping file names no operator"))?;
        verify_proof(doc, anchors, operator)
            .map_err(|f| unreadable(format!("the mapping file: {}", f.detail)))?;
        Ok(Self {
            issuers: crate::parse::as_list(doc.get("issuers"))
                .filter_map(Value::as_object)
                .filter(|m| m.get("id").is_some_and(Value::is_string))
                .cloned()
                .collect(),
        })
    }

    /// The issuer the operator mapped register identifier `value` of kind `kind` (`deqar`, `rio`,
    /// `brin`, `lei`, `homepage`) to. Homepages compare without scheme, `www.` and trailing `/`.
    pub fn find(&self, kind: &str, value: &str) -> Option<&Map<String, Value>> {
        let norm = |s: &str| {
            let s = s.trim().to_ascii_lowercase();
            let s = s.split("://").last().unwrap_or_default().to_owned();
            s.trim_start_matches("www.").trim_end_matches('/').to_owned()
        };
        self.issuers.iter().find(|m| {
            m.get(kind).and_then(Value::as_str).is_some_and(|v| {
                if kind == "homepage" {
                    norm(v) == norm(value)
                } else {
                    v.eq_ignore_ascii_case(value.trim())
                }
            })
        })
    }
}

/// Starts an entity from its mapping: `id`, and the keys the operator pins.
pub fn entity(mapped: &Map<String, Value>) -> Map<String, Value> {
    let mut e = Map::new();
    for k in ["id", "keys", "alsoKnownAs"] {
        if let Some(v) = mapped.get(k) {
            e.insert(k.into(), v.clone());
        }
    }
    e
}

/// The achievement identifiers the operator mapped a register's programme to.
pub fn achievements(mapped: &Map<String, Value>, programme: &str) -> Vec<Value> {
    mapped
        .get("programmes")
        .and_then(|p| p.get(programme))
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}
