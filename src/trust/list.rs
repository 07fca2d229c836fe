//! A Keurmerk trust list (`docs/trust-list.md`): parsing, and verifying its eddsa-jcs-2022 proof
//! against the operator keys the host pins ("trust anchors").

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::codes::{Code, Fault};
use crate::crypto::ed25519;
use crate::encoding::{ed25519_multikey_decode, ed25519_multikey_encode};
use crate::intake::json;
use crate::keys::did_key;
use crate::proof::eddsa_jcs_2022;
use crate::time::Timestamp;

/// An entity's standing in a list at some date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntityStatus {
    /// The operator vouches for it.
    Granted,
    /// Temporarily not vouched for.
    Suspended,
    /// No longer vouched for.
    Withdrawn,
}

/// An accreditation of a trusted entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accreditation {
    /// `EQF`, or an NQF name such as `NLQF`.
    pub framework: String,
    /// Levels it covers.
    pub levels: Vec<u32>,
    /// The accrediting body.
    pub body: Option<String>,
    /// Start of the accreditation.
    pub valid_from: Option<Timestamp>,
    /// End of the accreditation.
    pub valid_until: Option<Timestamp>,
}

/// An issuer a list vouches for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// The identifier credentials name as their issuer.
    pub id: String,
    /// Other identifiers of the same issuer.
    pub also_known_as: Vec<String>,
    /// Names by language.
    pub names: BTreeMap<String, String>,
    /// ISO 3166-1 alpha-2 country.
    pub country: Option<String>,
    /// Home page.
    pub homepage: Option<String>,
    /// Pinned verification methods: (id, raw Ed25519 key).
    pub keys: Vec<(String, [u8; 32])>,
    /// Accreditations.
    pub accreditations: Vec<Accreditation>,
    /// Status changes, sorted by date.
    pub history: Vec<(Timestamp, EntityStatus)>,
}

impl Entity {
    /// Whether `id` names this entity.
    pub fn is(&self, id: &str) -> bool {
        self.id == id || self.also_known_as.iter().any(|a| a == id)
    }

    /// The status in force at `at`: the latest change not after it (`None` before the first).
    pub fn status_at(&self, at: Timestamp) -> Option<EntityStatus> {
        self.history
            .iter()
            .filter(|(from, _)| *from <= at)
            .max_by_key(|(from, _)| *from)
            .map(|(_, s)| *s)
    }

    /// The name in `lang`, else English, else any.
    pub fn name(&self, lang: &str) -> Option<&str> {
        self.names
            .get(lang)
            .or_else(|| self.names.get("en"))
            .or_else(|| self.names.values().next())
            .map(String::as_str)
    }
}

/// A verified trust list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrustList {
    /// The list's name (English if given).
    pub name: String,
    /// `sequenceNumber`.
    pub sequence: u64,
    /// `issued`.
    pub issued: Timestamp,
    /// `nextUpdate`.
    pub next_update: Timestamp,
    /// The operator's identifier (`did:key` of the signing key).
    pub operator_id: String,
    /// The operator's name (English if given).
    pub operator_name: Option<String>,
    /// The operator's public key (`z6Mk…`).
    pub operator_key: String,
    /// The entities.
    pub entities: Vec<Entity>,
}

fn bad(detail: impl Into<String>) -> Fault {
    Fault::new(Code::TrustListRejected, detail)
}

fn date(v: Option<&Value>, field: &str) -> Result<Timestamp, Fault> {
    let s = v
        .and_then(Value::as_str)
        .ok_or_else(|| bad(format!("{field} is missing")))?;
    Timestamp::parse(s)
        .map(|(t, _)| t)
        .map_err(|_| bad(format!("{field} is not a dateTime")))
}

fn opt_date(v: Option<&Value>, field: &str) -> Result<Option<Timestamp>, Fault> {
    v.map(|_| date(v, field)).transpose()
}

fn language_map(v: Option<&Value>) -> BTreeMap<String, String> {
    match v {
        Some(Value::Object(m)) => {
            let mut names = BTreeMap::new();
            for (k, v) in m {
                if let Some(s) = v.as_str() {
                    names.insert(k.clone(), s.to_owned());
                }
            }
            names
        }
        Some(Value::String(s)) => BTreeMap::from([("en".to_owned(), s.clone())]),
        _ => BTreeMap::new(),
    }
}

fn first_name(m: &BTreeMap<String, String>) -> Option<String> {
    m.get("en").or_else(|| m.values().next()).cloned()
}

/// Reads a list without checking its signature (for `trust-list inspect` and signing).
///
/// # Errors
/// [`Code::TrustListRejected`] with what is wrong.
pub fn parse(doc: &Map<String, Value>) -> Result<TrustList, Fault> {
    if doc.get("type").and_then(Value::as_str) != Some("KeurmerkTrustList") {
        return Err(bad("type must be KeurmerkTrustList"));
    }
    let scheme = doc
        .get("schemeInformation")
        .and_then(Value::as_object)
        .ok_or_else(|| bad("no schemeInformation"))?;
    let sequence = scheme
        .get("sequenceNumber")
        .and_then(Value::as_u64)
        .filter(|n| *n >= 1)
        .ok_or_else(|| bad("sequenceNumber must be a whole number ≥ 1"))?;
    let operator = scheme
        .get("operator")
        .and_then(Value::as_object)
        .ok_or_else(|| bad("no operator"))?;
    let operator_id = operator
        .get("id")
        .and_then(Value::as_str)
        .ok_or_else(|| bad("operator.id is missing"))?
        .to_owned();
    let operator_key = operator_id
        .strip_prefix("did:key:")
        .filter(|k| ed25519_multikey_decode(k).is_ok())
        .ok_or_else(|| bad("operator.id must be an Ed25519 did:key"))?
        .to_owned();
    let mut entities = Vec::new();
    for (i, e) in doc
        .get("trustedEntities")
        .and_then(Value::as_array)
        .ok_or_else(|| bad("no trustedEntities"))?
        .iter()
        .enumerate()
    {
        let e = e
            .as_object()
            .ok_or_else(|| bad(format!("trustedEntities[{i}] is not an object")))?;
        let id = e
            .get("id")
            .and_then(Value::as_str)
            .ok_or_else(|| bad(format!("trustedEntities[{i}].id is missing")))?
            .to_owned();
        let mut keys = Vec::new();
        for k in e
            .get("keys")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            let vm = k
                .get("id")
                .and_then(Value::as_str)
                .ok_or_else(|| bad(format!("{id}: a key without id")))?;
            let mb = k
                .get("publicKeyMultibase")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let key = ed25519_multikey_decode(mb)
                .map_err(|_| bad(format!("{id}: key {vm} is not an Ed25519 Multikey")))?;
            keys.push((vm.to_owned(), key));
        }
        let mut accreditations = Vec::new();
        for a in e
            .get("accreditations")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            accreditations.push(Accreditation {
                framework: a
                    .get("framework")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
                levels: a
                    .get("levels")
                    .and_then(Value::as_array)
                    .map(|l| {
                        l.iter()
                            .filter_map(Value::as_u64)
                            .filter_map(|n| u32::try_from(n).ok())
                            .collect()
                    })
                    .unwrap_or_default(),
                body: a.get("body").and_then(Value::as_str).map(str::to_owned),
                valid_from: opt_date(a.get("validFrom"), "accreditation validFrom")?,
                valid_until: opt_date(a.get("validUntil"), "accreditation validUntil")?,
            });
        }
        let mut history = Vec::new();
        for h in e
            .get("statusHistory")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            let status = match h.get("status").and_then(Value::as_str) {
                Some("granted") => EntityStatus::Granted,
                Some("suspended") => EntityStatus::Suspended,
                Some("withdrawn") => EntityStatus::Withdrawn,
                _ => {
                    return Err(bad(format!(
                        "{id}: status must be granted, suspended or withdrawn"
                    )))
                }
            };
            history.push((date(h.get("from"), "statusHistory from")?, status));
        }
        if history.is_empty() {
            return Err(bad(format!("{id}: statusHistory is required")));
        }
        crate::sort::sort_by_key(&mut history, |(t, _)| *t);
        entities.push(Entity {
            id,
            also_known_as: e
                .get("alsoKnownAs")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default(),
            names: language_map(e.get("name")),
            country: e.get("country").and_then(Value::as_str).map(str::to_owned),
            homepage: e.get("homepage").and_then(Value::as_str).map(str::to_owned),
            keys,
            accreditations,
            history,
        });
    }
    Ok(TrustList {
        name: first_name(&language_map(scheme.get("name")))
            .unwrap_or_else(|| "(unnamed list)".to_owned()),
        sequence,
        issued: date(scheme.get("issued"), "issued")?,
        next_update: date(scheme.get("nextUpdate"), "nextUpdate")?,
        operator_name: first_name(&language_map(operator.get("name"))),
        operator_id,
        operator_key,
        entities,
    })
}

/// Reads a list and verifies its proof: eddsa-jcs-2022, by a key among `anchors` (`z6Mk…`), whose
/// did:key is the list's operator.
///
/// # Errors
/// [`Code::TrustListRejected`] with the reason (syntax, tampered, unanchored key, …).
pub fn verify(bytes: &[u8], anchors: &[[u8; 32]]) -> Result<TrustList, Fault> {
    let doc = match json::parse(bytes) {
        Ok(Value::Object(m)) => m,
        Ok(_) => return Err(bad("not a JSON object")),
        Err(f) => return Err(bad(format!("not readable: {}", f.detail))),
    };
    let list = parse(&doc)?;
    let proof = doc
        .get("proof")
        .and_then(Value::as_object)
        .ok_or_else(|| bad("the list is not signed"))?;
    let field = |k: &str| proof.get(k).and_then(Value::as_str);
    if field("type") != Some("DataIntegrityProof")
        || field("cryptosuite") != Some(eddsa_jcs_2022::NAME)
    {
        return Err(bad(
            "the list's proof must be a DataIntegrityProof with eddsa-jcs-2022",
        ));
    }
    if field("proofPurpose") != Some("assertionMethod") {
        return Err(bad("the list's proofPurpose must be assertionMethod"));
    }
    let vm = field("verificationMethod")
        .ok_or_else(|| bad("the list's proof has no verificationMethod"))?;
    let key = did_key::resolve(vm).map_err(|f| bad(format!("the list's key: {}", f.detail)))?;
    let crate::crypto::PublicKey::Ed25519(public_key) = key.public_key else {
        return Err(bad(format!(
            "signed with a {} key; trust lists are signed with Ed25519",
            key.public_key.describe()
        )));
    };
    if !anchors.contains(&public_key) {
        return Err(bad(format!(
            "signed by {}, which is not a trust anchor",
            ed25519_multikey_encode(&public_key)
        )));
    }
    if key.controller != list.operator_id {
        return Err(bad(format!(
            "signed by {}, not by the operator {}",
            key.controller, list.operator_id
        )));
    }
    let signature = field("proofValue")
        .and_then(|v| crate::encoding::signature_multibase_decode(v).ok())
        .ok_or_else(|| bad("the list's proofValue is not a signature"))?;
    let data = eddsa_jcs_2022::hash_data(&doc, proof, &[]).map_err(|f| bad(f.detail))?;
    ed25519::verify(&public_key, &data, &signature)
        .map_err(|_| bad("the signature does not match: the list was changed after signing"))?;
    Ok(list)
}
