//! A Keurmerk trust list (`docs/trust-list.md`): parsing, and verifying its eddsa-jcs-2022 proof
//! against the operator keys the host pins ("trust anchors").

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::codes::{Code, Fault};
use crate::crypto::{ed25519, PublicKey};
use crate::encoding::{base64url_decode, ed25519_multikey_decode, ed25519_multikey_encode};
use crate::intake::json;
use crate::keys::{did_key, jwk, multikey, CertificatePin};
use crate::lines::{self, Facts};
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
    /// The programmes it is limited to (empty: the whole institution).
    pub programmes: Vec<Programme>,
}

/// A programme an accreditation is limited to, and the achievements (`achievement.id`) that are
/// that programme in credentials: the operator's mapping, since registers do not know them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Programme {
    /// The programme's name in the register.
    pub name: Option<String>,
    /// Achievement identifiers credentials of this programme name.
    pub achievements: Vec<String>,
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
    /// Pinned verification methods: (id, key) of any type Keurmerk verifies. The small wasm
    /// module keeps only the Ed25519 ones (others need the full module anyway).
    pub keys: Vec<(String, PublicKey)>,
    /// X.509 certificates whose key signs for this entity (seals, `x5c` chains).
    pub certificates: Vec<CertificatePin>,
    /// Accreditations.
    pub accreditations: Vec<Accreditation>,
    /// Status changes, sorted by date.
    pub history: Vec<(Timestamp, EntityStatus)>,
    /// Register identifiers: `deqar`, `rio`, `brin`, `lei`, `vat`, `eidas` (an eIDAS
    /// organisation identifier), … to their values.
    pub identifiers: BTreeMap<String, String>,
    /// Where the entry comes from: `evidence[]` as the list states it, checked (see
    /// [`crate::report::TrustedBy::evidence`]).
    pub evidence: Vec<Value>,
    /// For an entry imported from an EU trusted list: the trust service it is (full module only).
    #[cfg(feature = "ecdsa-rsa")]
    pub service: Option<Service>,
}

/// A trust service of an EU trusted list (`service` of an entry, `docs/trust-list.md`): a
/// qualified CA for seals (`CA/QC`) or a qualified time-stamping service (`TSA/QTST`), matched by
/// the key of its certificate (`x509[].spkiSha256`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Service {
    /// `CA/QC` or `TSA/QTST`.
    pub kind: String,
    /// The trust service provider's name.
    pub provider: String,
    /// The national list it came from: territory, sequence number and issue date.
    pub territory: String,
    /// The list's `TSLSequenceNumber`.
    pub sequence: u64,
    /// The list's `ListIssueDateTime` as written.
    pub issued: String,
    /// Certificate policies whose certificates the list says have their key in a qualified
    /// creation device (qualifiers `QCWithQSCD`, `QCQSCDManagedOnBehalf`).
    pub qscd_policies: Vec<String>,
}

impl Service {
    fn of(m: &Map<String, Value>) -> Self {
        let list = m.get("list").and_then(Value::as_object);
        let field = |k: &str| text(list.and_then(|l| l.get(k))).unwrap_or_default();
        Self {
            kind: text(m.get("type")).unwrap_or_default(),
            provider: text(m.get("provider")).unwrap_or_default(),
            territory: field("territory"),
            sequence: list
                .and_then(|l| l.get("sequence"))
                .and_then(Value::as_u64)
                .unwrap_or_default(),
            issued: field("issued"),
            qscd_policies: m
                .get("qualifiers")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter(|q| {
                    strings(q.get("qualifiers"))
                        .iter()
                        .any(|n| n == "QCWithQSCD" || n == "QCQSCDManagedOnBehalf")
                })
                .flat_map(|q| strings(q.get("policies")))
                .collect(),
        }
    }
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
    /// The proof's `proofValue` once verified (empty from [`parse`]): the same list loaded twice
    /// has the same signature, two different lists never do.
    pub signature: String,
}

fn bad(facts: Facts) -> Fault {
    lines::fault(Code::TrustListRejected, facts)
}

/// The fault of a list: `line`, then why in parentheses — `inner`'s line, or its words when it
/// has none.
pub(crate) fn rejected(line: Facts, inner: Fault) -> Fault {
    bad(lines::because(line, inner))
}

fn date(v: Option<&Value>, field: &str) -> Result<Timestamp, Fault> {
    let s = v
        .and_then(Value::as_str)
        .ok_or_else(|| bad(lines::trust_list_date_missing(field)))?;
    Timestamp::parse(s)
        .map(|(t, _)| t)
        .map_err(|_| bad(lines::trust_list_date_invalid(field)))
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

/// `keys[]`: verification methods with `publicKeyMultibase` or `publicKeyJwk`, of any type.
#[cfg(feature = "ecdsa-rsa")]
fn pinned_keys(e: &Map<String, Value>, id: &str) -> Result<Vec<(String, PublicKey)>, Fault> {
    let mut keys = Vec::new();
    for k in objects(e.get("keys")) {
        let vm = text(k.get("id")).ok_or_else(|| bad(lines::trust_list_key_without_id()).about(id))?;
        let key = match (k.get("publicKeyMultibase"), k.get("publicKeyJwk")) {
            (Some(Value::String(mb)), None) => multikey::decode(mb),
            (None, Some(Value::Object(j))) => jwk::public_key(j),
            _ => {
                return Err(bad(lines::trust_list_key_form(&vm)).about(id))
            }
        }
        .map_err(|f| rejected(lines::trust_list_key(&vm), f).about(id))?;
        keys.push((vm, key));
    }
    Ok(keys)
}

/// The small module pins Ed25519 keys only: ECDSA and RSA credentials go to the full module,
/// which reads the list again with every pin (and checks them all).
/// The small module pins Ed25519 keys only: ECDSA and RSA credentials go to the full module,
/// which reads the list again with every pin (and checks them all).
#[cfg(not(feature = "ecdsa-rsa"))]
fn pinned_keys(e: &Map<String, Value>, id: &str) -> Result<Vec<(String, PublicKey)>, Fault> {
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
            .ok_or_else(|| bad(lines::trust_list_key_without_id()).about(id))?;
        let mb = k
            .get("publicKeyMultibase")
            .and_then(Value::as_str)
            .unwrap_or_default();
        if let Ok(key) = ed25519_multikey_decode(mb) {
            keys.push((vm.to_owned(), PublicKey::Ed25519(key)));
        }
    }
    Ok(keys)
}

/// `x509[]`: certificate pins, for `x5c` chains and seals (the full module's).
#[cfg(feature = "ecdsa-rsa")]
fn certificate_pins(e: &Map<String, Value>, id: &str) -> Result<Vec<CertificatePin>, Fault> {
    let mut certificates = Vec::new();
    for c in objects(e.get("x509")) {
        let (spki, hash) = match (c.get("spkiSha256"), c.get("certificateSha256")) {
            (Some(h), None) => (true, h),
            (None, Some(h)) => (false, h),
            _ => return Err(bad(lines::trust_list_pin_hashes()).about(id)),
        };
        let sha256 = hash
            .as_str()
            .and_then(|h| base64url_decode(h).ok())
            .filter(|h| h.len() == 32)
            .ok_or_else(|| bad(lines::trust_list_pin_not_sha256()).about(id))?;
        certificates.push(CertificatePin { spki, sha256 });
    }
    Ok(certificates)
}

#[cfg(not(feature = "ecdsa-rsa"))]
fn certificate_pins(_: &Map<String, Value>, _: &str) -> Result<Vec<CertificatePin>, Fault> {
    Ok(Vec::new())
}

fn text(v: Option<&Value>) -> Option<String> {
    v.and_then(Value::as_str).map(str::to_owned)
}

fn strings(v: Option<&Value>) -> Vec<String> {
    crate::parse::as_list(v)
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect()
}

fn objects(v: Option<&Value>) -> impl Iterator<Item = &Map<String, Value>> {
    crate::parse::as_list(v).filter_map(Value::as_object)
}

fn levels(v: Option<&Value>) -> Vec<u32> {
    crate::parse::as_list(v)
        .filter_map(Value::as_u64)
        .filter_map(|n| u32::try_from(n).ok())
        .collect()
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
        return Err(bad(lines::trust_list_type()));
    }
    let scheme = doc
        .get("schemeInformation")
        .and_then(Value::as_object)
        .ok_or_else(|| bad(lines::trust_list_no_scheme()))?;
    let sequence = scheme
        .get("sequenceNumber")
        .and_then(Value::as_u64)
        .filter(|n| *n >= 1)
        .ok_or_else(|| bad(lines::trust_list_sequence_number()))?;
    let operator = scheme
        .get("operator")
        .and_then(Value::as_object)
        .ok_or_else(|| bad(lines::trust_list_no_operator()))?;
    let operator_id = operator
        .get("id")
        .and_then(Value::as_str)
        .ok_or_else(|| bad(lines::trust_list_operator_id_missing()))?
        .to_owned();
    let operator_key = operator_id
        .strip_prefix("did:key:")
        .filter(|k| ed25519_multikey_decode(k).is_ok())
        .ok_or_else(|| bad(lines::trust_list_operator_key()))?
        .to_owned();
    let mut entities = Vec::new();
    for (i, e) in doc
        .get("trustedEntities")
        .and_then(Value::as_array)
        .ok_or_else(|| bad(lines::trust_list_no_entities()))?
        .iter()
        .enumerate()
    {
        let e = e
            .as_object()
            .ok_or_else(|| bad(lines::trust_list_entity_not_object(i)))?;
        let id = e
            .get("id")
            .and_then(Value::as_str)
            .ok_or_else(|| bad(lines::trust_list_entity_id_missing(i)))?
            .to_owned();
        let keys = pinned_keys(e, &id)?;
        let certificates = certificate_pins(e, &id)?;
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
                levels: levels(a.get("levels")),
                body: text(a.get("body")),
                valid_from: opt_date(a.get("validFrom"), "accreditation validFrom")?,
                valid_until: opt_date(a.get("validUntil"), "accreditation validUntil")?,
                programmes: objects(a.get("programmes"))
                    .map(|p| Programme {
                        name: text(p.get("name")),
                        achievements: strings(p.get("achievements")),
                    })
                    .collect(),
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
                    return Err(bad(lines::trust_list_status_value()).about(&id))
                }
            };
            history.push((date(h.get("from"), "statusHistory from")?, status));
        }
        if history.is_empty() {
            return Err(bad(lines::trust_list_history_missing()).about(&id));
        }
        crate::sort::sort_by_key(&mut history, |(t, _)| *t);
        let mut evidence = Vec::new();
        for v in objects(e.get("evidence")) {
            if !v.get("source").is_some_and(Value::is_string) {
                return Err(bad(lines::trust_list_evidence_source()).about(&id));
            }
            for k in ["retrieved", "validFrom", "validUntil", "expires"] {
                opt_date(v.get(k), k).map_err(|f| f.about(&id))?;
            }
            evidence.push(Value::Object(v.clone()));
        }
        entities.push(Entity {
            id,
            also_known_as: strings(e.get("alsoKnownAs")),
            names: language_map(e.get("name")),
            country: text(e.get("country")),
            homepage: text(e.get("homepage")),
            keys,
            certificates,
            accreditations,
            history,
            identifiers: language_map(e.get("identifiers")),
            evidence,
            // Read by the full module's seal check only (`trust::seal`).
            #[cfg(feature = "ecdsa-rsa")]
            service: e
                .get("service")
                .and_then(Value::as_object)
                .filter(|_| cfg!(feature = "ecdsa-rsa"))
                .map(Service::of),
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
        signature: String::new(),
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
        Ok(_) => return Err(bad(lines::trust_list_not_object())),
        Err(f) => return Err(rejected(lines::trust_list_unreadable(), f)),
    };
    let mut list = parse(&doc)?;
    verify_proof(&doc, anchors, &list.operator_id)?;
    list.signature = doc
        .get("proof")
        .and_then(|p| p.get("proofValue"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    Ok(list)
}

/// Verifies the operator's eddsa-jcs-2022 proof on a document (a list, an operator's mapping
/// file): by a key among `anchors` whose did:key is `operator_id`.
///
/// # Errors
/// [`Code::TrustListRejected`] with the reason.
pub fn verify_proof(
    doc: &Map<String, Value>,
    anchors: &[[u8; 32]],
    operator_id: &str,
) -> Result<(), Fault> {
    let proof = doc
        .get("proof")
        .and_then(Value::as_object)
        .ok_or_else(|| bad(lines::trust_list_unsigned()))?;
    let field = |k: &str| proof.get(k).and_then(Value::as_str);
    if field("type") != Some("DataIntegrityProof")
        || field("cryptosuite") != Some(eddsa_jcs_2022::NAME)
    {
        return Err(bad(lines::trust_list_proof_kind()));
    }
    if field("proofPurpose") != Some("assertionMethod") {
        return Err(bad(lines::trust_list_proof_purpose()));
    }
    let vm = field("verificationMethod")
        .ok_or_else(|| bad(lines::trust_list_no_method()))?;
    let key = did_key::resolve(vm).map_err(|f| rejected(lines::trust_list_signing_key(), f))?;
    let crate::crypto::PublicKey::Ed25519(public_key) = key.public_key else {
        return Err(bad(lines::trust_list_key_type(key.public_key.describe())));
    };
    if !anchors.contains(&public_key) {
        return Err(bad(lines::trust_list_not_anchored(ed25519_multikey_encode(
            &public_key,
        ))));
    }
    if key.controller != operator_id {
        return Err(bad(lines::trust_list_not_operator(key.controller, operator_id)));
    }
    let signature = field("proofValue")
        .and_then(|v| crate::encoding::signature_multibase_decode(v).ok())
        .ok_or_else(|| bad(lines::trust_list_proof_value()))?;
    let data = eddsa_jcs_2022::hash_data(doc, proof, &[]).map_err(|f| Fault {
        code: Code::TrustListRejected,
        ..f
    })?;
    ed25519::verify(&public_key, &data, &signature)
        .map_err(|_| bad(lines::trust_list_changed()))
}
