//! Importing public registers into trust-list entries (`keurmerk trust-list import`, native only):
//! one reader per register, each turning the register's own JSON into `trustedEntities` with
//! `evidence` that says where every fact came from and when it was read. Readers never guess: an
//! entry they cannot attribute to an issuer identifier (a DEQAR institution the operator has not
//! mapped to a DID) is refused with the reason, and so is a statement that does not verify.
//!
//! | register | reader | what it vouches | identifier |
//! |---|---|---|---|
//! | DCC issuer registries (legacy JSON) | `dcc` | listed | the registry's DID keys |
//! | OpenID Federation (ES256 entity statements) | `oidf` | member of the federation | `sub` |
//! | DEQAR (web API JSON) | `deqar` | accredited by an EQAR-registered agency | operator mapping |
//! | RIO (DUO's LOD API JSON) | `rio` | recognised by the Dutch state | operator mapping |
//! | EU trusted lists (LOTL + national XML, XAdES-signed) | `eidas` | qualified trust service | the service's key |
//!
//! An import writes an *entries* document (`KeurmerkTrustListEntries`); `merge` combines entries
//! of several imports under the operator's scheme information into an unsigned list, which
//! `trust-list sign` signs (`docs/trust-list.md`, "Building a list from public registers").

pub mod dcc;
pub mod deqar;
pub mod eidas;
pub mod mapping;
pub mod oidf;
pub mod rio;
pub mod xmldsig;
pub mod xmltree;

use serde_json::{json, Map, Value};

use crate::codes::{Code, Fault};
use crate::time::Timestamp;

pub use mapping::Mapping;

/// How long an import of a register that states no lifetime stays fresh: a list built from it
/// must be rebuilt (its `nextUpdate`) within this many days of reading the register.
pub const READ_AGAIN_DAYS: i64 = 30;

/// The longest an operator may stand behind one reading of a register (ETSI TS 119 612 §5.3.14:
/// a list's next update is at most six months after it was issued).
pub const MAX_FRESH_DAYS: i64 = 184;

/// One reading of a register: when it was read, and for how many days the operator stands behind
/// it (default [`READ_AGAIN_DAYS`], at most [`MAX_FRESH_DAYS`]) — each statement's `expires`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    /// When the register was read.
    pub at: Timestamp,
    /// How many days the reading stays fresh.
    pub fresh_days: i64,
}

impl Reading {
    /// A reading at `at`, fresh for `fresh_days` clamped to 1..=[`MAX_FRESH_DAYS`].
    pub fn new(at: Timestamp, fresh_days: i64) -> Self {
        Self {
            at,
            fresh_days: fresh_days.clamp(1, MAX_FRESH_DAYS),
        }
    }

    /// When the register must be read again.
    pub fn expires(&self) -> Timestamp {
        plus_days(self.at, self.fresh_days)
    }
}

impl From<Timestamp> for Reading {
    fn from(at: Timestamp) -> Self {
        Self::new(at, READ_AGAIN_DAYS)
    }
}

/// The type of an entries document.
pub const ENTRIES_TYPE: &str = "KeurmerkTrustListEntries";

/// What one import produced: the entries, and what it refused and why.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Imported {
    /// `trustedEntities` members, unsigned.
    pub entities: Vec<Map<String, Value>>,
    /// One line per refused or unmapped register entry.
    pub refused: Vec<String>,
}

impl Imported {
    /// The entries document an import writes.
    pub fn to_document(&self, source: &str, retrieved: Timestamp) -> Value {
        json!({
            "type": ENTRIES_TYPE,
            "source": source,
            "retrieved": retrieved.to_string(),
            "trustedEntities": self.entities,
            "refused": self.refused,
        })
    }
}

/// A fault of a register file the reader cannot read at all.
pub fn unreadable(detail: impl Into<String>) -> Fault {
    Fault::new(Code::NotACredential, detail)
}

/// The text of member `k` of a register's record, if it is text.
pub fn text<'a>(m: &'a Map<String, Value>, k: &str) -> Option<&'a str> {
    m.get(k).and_then(Value::as_str)
}

/// `t` plus `days`.
pub fn plus_days(t: Timestamp, days: i64) -> Timestamp {
    Timestamp::from_unix(t.unix().saturating_add(days.saturating_mul(86_400)))
}

/// An evidence entry as the list format writes it (`docs/trust-list.md`, `evidence[]`).
#[derive(Clone, Debug)]
pub struct Statement<'a> {
    /// The register's name.
    pub source: &'a str,
    /// `listed`, `accredited`, `recognised` or `member`.
    pub kind: &'a str,
    /// Where to read it.
    pub reference: Option<String>,
    /// When it was read.
    pub retrieved: Timestamp,
    /// When it must be read again.
    pub expires: Timestamp,
    /// The register's own words.
    pub statement: Option<String>,
    /// The accrediting or recognising body.
    pub body: Option<String>,
    /// EQF levels.
    pub levels: Vec<u32>,
    /// Since when.
    pub valid_from: Option<Timestamp>,
    /// Until when.
    pub valid_until: Option<Timestamp>,
}

impl<'a> Statement<'a> {
    /// A statement of `source` that the register says `kind`, read at `retrieved`, to be read
    /// again by `expires`.
    pub fn new(source: &'a str, kind: &'a str, retrieved: Timestamp, expires: Timestamp) -> Self {
        Self {
            source,
            kind,
            reference: None,
            retrieved,
            expires,
            statement: None,
            body: None,
            levels: Vec::new(),
            valid_from: None,
            valid_until: None,
        }
    }

    /// The JSON of the list format.
    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        m.insert("source".into(), self.source.into());
        m.insert("kind".into(), self.kind.into());
        let mut opt = |k: &str, v: Option<String>| {
            if let Some(v) = v {
                m.insert(k.into(), v.into());
            }
        };
        opt("reference", self.reference.clone());
        opt("retrieved", Some(self.retrieved.to_string()));
        opt("expires", Some(self.expires.to_string()));
        opt("statement", self.statement.clone());
        opt("body", self.body.clone());
        opt("validFrom", self.valid_from.map(|t| t.to_string()));
        opt("validUntil", self.valid_until.map(|t| t.to_string()));
        if !self.levels.is_empty() {
            m.insert("framework".into(), "EQF".into());
            m.insert("levels".into(), self.levels.clone().into());
        }
        Value::Object(m)
    }
}

/// A date of a register (`2018-09-14`, or a full dateTime) as a timestamp at midnight UTC.
pub fn register_date(v: Option<&Value>) -> Option<Timestamp> {
    let s = v?.as_str()?.trim();
    if s.len() == 10 {
        Timestamp::parse(&format!("{s}T00:00:00Z")).ok()
    } else {
        Timestamp::parse(s).ok()
    }
    .map(|(t, _)| t)
}

/// A language map with one English name.
pub fn english(name: &str) -> Value {
    json!({ "en": name })
}

/// Combines entries documents into one unsigned trust list under `scheme` (the operator's
/// `schemeInformation` without dates): entities with the same `id` are merged (names, keys,
/// identifiers, accreditations, status history, evidence), `issued` is `now`, and `nextUpdate` is
/// the earliest `expires` of any evidence (the shortest-lived source), at most [`MAX_FRESH_DAYS`]
/// after `now` ([`READ_AGAIN_DAYS`] when no entry carries evidence).
///
/// # Errors
/// A document that is not an entries document or a trust list, or a scheme without an operator.
pub fn merge(
    scheme: &Map<String, Value>,
    documents: &[Map<String, Value>],
    now: Timestamp,
) -> Result<Map<String, Value>, Fault> {
    if !scheme.get("operator").is_some_and(Value::is_object) {
        return Err(unreadable("the scheme information has no operator"));
    }
    let mut entities: Vec<Map<String, Value>> = Vec::new();
    for doc in documents {
        let t = doc.get("type").and_then(Value::as_str);
        if t != Some(ENTRIES_TYPE) && t != Some("KeurmerkTrustList") {
            return Err(unreadable(format!(
                "not an entries document or a trust list (type {t:?})"
            )));
        }
        for e in crate::parse::as_list(doc.get("trustedEntities")).filter_map(Value::as_object) {
            let id = e.get("id").and_then(Value::as_str).unwrap_or_default();
            match entities
                .iter_mut()
                .find(|o| o.get("id").and_then(Value::as_str) == Some(id))
            {
                Some(existing) => merge_entity(existing, e),
                None => entities.push(e.clone()),
            }
        }
    }
    let earliest = entities
        .iter()
        .flat_map(|e| crate::parse::as_list(e.get("evidence")))
        .filter_map(|v| register_date(v.get("expires")))
        .min();
    let next = match earliest {
        Some(t) => t.min(plus_days(now, MAX_FRESH_DAYS)),
        None => plus_days(now, READ_AGAIN_DAYS),
    };
    let mut scheme = scheme.clone();
    scheme.insert("issued".into(), now.to_string().into());
    scheme.insert("nextUpdate".into(), next.to_string().into());
    if !scheme.contains_key("sequenceNumber") {
        scheme.insert("sequenceNumber".into(), 1.into());
    }
    let mut list = Map::new();
    list.insert("type".into(), "KeurmerkTrustList".into());
    list.insert("schemeInformation".into(), Value::Object(scheme));
    list.insert(
        "trustedEntities".into(),
        Value::Array(entities.into_iter().map(Value::Object).collect()),
    );
    Ok(list)
}

/// Adds what `more` says of the same entity to `into`: arrays are united (without duplicates),
/// maps (names, identifiers) keep the first value per key, single values the first seen.
fn merge_entity(into: &mut Map<String, Value>, more: &Map<String, Value>) {
    for (k, v) in more {
        match (into.get_mut(k), v) {
            (None, _) => {
                into.insert(k.clone(), v.clone());
            }
            (Some(Value::Array(a)), Value::Array(b)) => {
                for x in b {
                    if !a.contains(x) {
                        a.push(x.clone());
                    }
                }
            }
            (Some(Value::Object(a)), Value::Object(b)) => {
                for (bk, bv) in b {
                    a.entry(bk.clone()).or_insert_with(|| bv.clone());
                }
            }
            _ => {}
        }
    }
}

/// The objects of a register file: the document itself, the members of a `results` page or an
/// array, and — for files that collect several API answers under their request lines, as the
/// registers' documentation does — the objects one level down.
pub fn objects(doc: &Value) -> Vec<&Map<String, Value>> {
    let mut out: Vec<&Value> = Vec::new();
    match doc {
        Value::Array(items) => out.extend(items),
        Value::Object(m) => {
            out.push(doc);
            for v in m.values() {
                match v {
                    Value::Array(items) => out.extend(items),
                    Value::Object(inner) => {
                        out.push(v);
                        if let Some(Value::Array(items)) = inner.get("results") {
                            out.extend(items);
                        }
                    }
                    _ => {}
                }
            }
        }
        _ => {}
    }
    out.into_iter().filter_map(Value::as_object).collect()
}
