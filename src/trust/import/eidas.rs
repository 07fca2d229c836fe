//! The EU trusted lists (ETSI TS 119 612): the List of Trusted Lists (LOTL) and the national lists
//! it points to, read into trust-list entries for the trust services a sealed credential needs —
//! qualified CAs issuing certificates for electronic seals (`CA/QC`, `ForeSeals` or no `For…`
//! restriction) and qualified time-stamping services (`TSA/QTST`).
//!
//! Nothing is taken on faith: the LOTL's XML signature must verify ([`super::xmldsig`]) with one of
//! the signer certificates the operator pins (the set the Commission publishes in the Official
//! Journal), and each national list's with one of the certificates the LOTL names for its
//! territory; a list with a bad signature is refused, never imported. A list past its `NextUpdate`
//! is imported only with a note that it is stale (the verifier sees the `expires` of its evidence).
//!
//! One entry per service (a new kind of entity, `service`, `docs/trust-list.md`): the service
//! name, the country, the provider, the service's certificates pinned by SubjectPublicKeyInfo
//! hash (`x509[].spkiSha256`: a CA is matched by subject key, which survives re-issuance), the
//! status history (current status and `ServiceHistory`, the status at signing time counts), the
//! qualifiers, and the list and sequence number it came from as evidence.

use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

use crate::codes::Fault;
use crate::encoding::base64url_encode;
use crate::time::Timestamp;

use super::xmltree::{self, Element};
use super::{unreadable, xmldsig, Imported, Statement};

/// The service types imported, and the short name an entry carries.
const SERVICE_TYPES: &[(&str, &str)] = &[
    ("http://uri.etsi.org/TrstSvc/Svctype/CA/QC", "CA/QC"),
    ("http://uri.etsi.org/TrstSvc/Svctype/TSA/QTST", "TSA/QTST"),
];
const FOR_SEALS: &str = "http://uri.etsi.org/TrstSvc/TrustedList/SvcInfoExt/ForeSeals";
const FOR_PREFIX: &str = "http://uri.etsi.org/TrstSvc/TrustedList/SvcInfoExt/For";
const STATUS_PREFIX: &str = "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/";
/// Statuses that mean "qualified" (the eIDAS `granted`, and the Directive 1999/93/EC statuses
/// that the migration of 2016 carried over as such).
const GRANTED: &[&str] = &["granted", "undersupervision", "accredited", "supervisionincessation"];
/// The most entries one national list may yield (the largest lists hold a few hundred services).
pub const MAX_SERVICES_PER_LIST: usize = 5_000;

/// What a verified list says of itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scheme {
    /// `SchemeTerritory` (`EU` for the LOTL).
    pub territory: String,
    /// `TSLSequenceNumber`.
    pub sequence: u64,
    /// `ListIssueDateTime`.
    pub issued: Timestamp,
    /// `NextUpdate` (absent for a closed list).
    pub next_update: Option<Timestamp>,
    /// The operator's English name.
    pub operator: String,
    /// The signer's certificate (DER).
    pub signer: Vec<u8>,
}

impl Scheme {
    /// Whether the list is past its `NextUpdate` at `now`.
    pub fn stale(&self, now: Timestamp) -> bool {
        self.next_update.map_or(true, |n| n < now)
    }
}

/// A verified LOTL: its scheme, and per territory the certificates that may sign its list and
/// where the list is published.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lotl {
    /// The LOTL's own scheme information.
    pub scheme: Scheme,
    /// `(territory, signer certificates, location)` of each XML trusted list it points to.
    pub pointers: Vec<(String, Vec<Vec<u8>>, String)>,
}

/// A trusted list whose XML signature verifies; `known` gives the certificates its signer is
/// expected among (tried after those its `KeyInfo` carries).
fn parse_verified(
    bytes: &[u8],
    what: &str,
    known: &dyn Fn(&Element) -> Vec<Vec<u8>>,
) -> Result<(Element, Vec<u8>), Fault> {
    let root = xmltree::parse(bytes).map_err(|f| unreadable(format!("{what}: {}", f.detail)))?;
    if root.local() != "TrustServiceStatusList" {
        return Err(unreadable(format!("{what}: not an ETSI trusted list")));
    }
    let signed = xmldsig::verify(&root, &known(&root))
        .map_err(|f| unreadable(format!("{what}: {}", f.detail)))?;
    Ok((root, signed.certificate))
}

fn scheme(root: &Element, signer: Vec<u8>, what: &str) -> Result<Scheme, Fault> {
    let info = root
        .child("SchemeInformation")
        .ok_or_else(|| unreadable(format!("{what}: no SchemeInformation")))?;
    let text = |names: &[&str]| info.path(names).map(Element::text);
    let date = |names: &[&str]| {
        text(names).and_then(|t| Timestamp::parse(&t).ok().map(|(t, _)| t))
    };
    Ok(Scheme {
        territory: text(&["SchemeTerritory"]).unwrap_or_default(),
        sequence: text(&["TSLSequenceNumber"])
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| unreadable(format!("{what}: no TSLSequenceNumber")))?,
        issued: date(&["ListIssueDateTime"])
            .ok_or_else(|| unreadable(format!("{what}: no ListIssueDateTime")))?,
        next_update: date(&["NextUpdate", "dateTime"]),
        operator: info
            .child("SchemeOperatorName")
            .map(english_name)
            .unwrap_or_default(),
        signer,
    })
}

/// The English `Name` of a multilingual name element, else the first.
fn english_name(names: &Element) -> String {
    names
        .all("Name")
        .find(|n| n.attribute("xml:lang") == Some("en"))
        .or_else(|| names.child("Name"))
        .map(Element::text)
        .unwrap_or_default()
}

/// The certificates of a `ServiceDigitalIdentity` (or of each of a `ServiceDigitalIdentities`).
fn certificates(identity: Option<&Element>) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut walk = vec![];
    walk.extend(identity);
    while let Some(e) = walk.pop() {
        if e.local() == "X509Certificate" {
            if let Ok(der) = xmldsig::base64(&e.text()) {
                out.push(der);
            }
        } else {
            walk.extend(e.elements());
        }
    }
    out
}

/// Reads and verifies the LOTL with the operator's pinned signer certificates (DER).
///
/// # Errors
/// The LOTL does not parse, its signature does not verify, or its signer is not pinned.
pub fn lotl(bytes: &[u8], pinned: &[Vec<u8>]) -> Result<Lotl, Fault> {
    let (root, signer) = parse_verified(bytes, "the LOTL", &|_| pinned.to_vec())?;
    if !pinned.contains(&signer) {
        return Err(unreadable(
            "the LOTL: its signature verifies, but with a certificate that is not one of the pinned LOTL signers (--lotl-signer)",
        ));
    }
    let scheme = scheme(&root, signer, "the LOTL")?;
    let mut pointers = Vec::new();
    let list = root.path(&["SchemeInformation", "PointersToOtherTSL"]);
    for p in list.into_iter().flat_map(|l| l.all("OtherTSLPointer")) {
        let info = p.path(&["AdditionalInformation"]);
        let other = |name: &str| {
            info.into_iter()
                .flat_map(|i| i.all("OtherInformation"))
                .find_map(|o| o.child(name))
                .map(Element::text)
        };
        if other("MimeType").is_some_and(|m| !m.contains("xml")) {
            continue; // the human-readable PDF of the same list
        }
        let territory = other("SchemeTerritory").unwrap_or_default();
        let location = p.child("TSLLocation").map(Element::text).unwrap_or_default();
        pointers.push((
            territory,
            certificates(p.child("ServiceDigitalIdentities")),
            location,
        ));
    }
    Ok(Lotl { scheme, pointers })
}

/// Reads one national trusted list, verified with a certificate the LOTL names for its territory,
/// into entries read at `retrieved` (the evidence expires at the list's `NextUpdate`).
///
/// # Errors
/// The list does not parse, its signature does not verify, its signer is not one the LOTL names
/// for its territory, or it is a list of lists.
pub fn national(bytes: &[u8], lotl: &Lotl, retrieved: Timestamp) -> Result<(Scheme, Imported), Fault> {
    // The certificates the LOTL names for the list's territory, in case it does not carry its own.
    let named = |root: &Element| {
        let territory = root
            .path(&["SchemeInformation", "SchemeTerritory"])
            .map(Element::text)
            .unwrap_or_default();
        lotl.pointers
            .iter()
            .filter(|(t, _, _)| *t == territory)
            .flat_map(|(_, certs, _)| certs.iter().cloned())
            .collect()
    };
    let (root, signer) = parse_verified(bytes, "a national trusted list", &named)?;
    let scheme = scheme(&root, signer, "a national trusted list")?;
    let what = format!("the {} trusted list", scheme.territory);
    let pointer = lotl
        .pointers
        .iter()
        .find(|(t, _, _)| *t == scheme.territory)
        .ok_or_else(|| unreadable(format!("{what}: the LOTL does not point to a list for {}", scheme.territory)))?;
    if !pointer.1.contains(&scheme.signer) {
        return Err(unreadable(format!(
            "{what}: its signature verifies, but with a certificate the LOTL does not name for {}",
            scheme.territory
        )));
    }
    let mut out = Imported::default();
    let providers = root.child("TrustServiceProviderList");
    for tsp in providers.into_iter().flat_map(|l| l.all("TrustServiceProvider")) {
        let provider = tsp
            .path(&["TSPInformation", "TSPName"])
            .map(english_name)
            .unwrap_or_default();
        for service in tsp.path(&["TSPServices"]).into_iter().flat_map(|s| s.all("TSPService")) {
            if out.entities.len() >= MAX_SERVICES_PER_LIST {
                out.refused.push(format!("{what}: more than {MAX_SERVICES_PER_LIST} services, the rest not read"));
                return Ok((scheme, out));
            }
            match entry(service, &provider, &scheme, &pointer.2, retrieved) {
                Ok(Some(e)) => out.entities.push(e),
                Ok(None) => {}
                Err(why) => out.refused.push(format!("{what}: {provider}: {why}")),
            }
        }
    }
    Ok((scheme, out))
}

/// One service as an entry, if it is one of [`SERVICE_TYPES`] (a CA/QC only for seals).
fn entry(
    service: &Element,
    provider: &str,
    scheme: &Scheme,
    location: &str,
    retrieved: Timestamp,
) -> Result<Option<Map<String, Value>>, String> {
    let Some(info) = service.child("ServiceInformation") else {
        return Ok(None);
    };
    let kind = info.child("ServiceTypeIdentifier").map(Element::text).unwrap_or_default();
    let Some((_, short)) = SERVICE_TYPES.iter().find(|(uri, _)| *uri == kind) else {
        return Ok(None);
    };
    let additional: Vec<String> = info
        .path(&["ServiceInformationExtensions"])
        .into_iter()
        .flat_map(|x| x.all("Extension"))
        .filter_map(|x| x.child("AdditionalServiceInformation"))
        .filter_map(|a| a.child("URI").map(Element::text))
        .collect();
    let restricted = additional.iter().any(|u| u.starts_with(FOR_PREFIX));
    let for_seals = additional.iter().any(|u| u == FOR_SEALS);
    if *short == "CA/QC" && restricted && !for_seals {
        return Ok(None); // a CA for signatures or websites only
    }
    let name = info.child("ServiceName").map(english_name).unwrap_or_default();
    let certs = certificates(info.child("ServiceDigitalIdentity"));
    let mut pins = Vec::new();
    for der in &certs {
        let spki = crate::keys::x509::tbs(der).map_err(|f| format!("{name}: {}", f.detail))?.spki;
        let pin = json!({ "spkiSha256": base64url_encode(&Sha256::digest(spki)) });
        if !pins.contains(&pin) {
            pins.push(pin);
        }
    }
    let Some(Value::String(first)) = pins.first().and_then(|p| p.get("spkiSha256")).cloned() else {
        return Err(format!("{name}: no certificate to pin"));
    };
    let mut history = vec![status(info)?];
    for h in service.path(&["ServiceHistory"]).into_iter().flat_map(|h| h.all("ServiceHistoryInstance")) {
        history.push(status(h)?);
    }
    let mut e = Map::new();
    e.insert("id".into(), format!("urn:etsi:tl:{}:{first}", scheme.territory).into());
    e.insert("name".into(), json!({ "en": name }));
    e.insert("country".into(), scheme.territory.clone().into());
    e.insert("x509".into(), Value::Array(pins));
    e.insert("statusHistory".into(), Value::Array(history));
    e.insert(
        "service".into(),
        json!({
            "type": short,
            "provider": provider,
            "forSeals": *short == "CA/QC",
            "qualifiers": qualifiers(info),
            "list": {
                "territory": scheme.territory,
                "sequence": scheme.sequence,
                "issued": scheme.issued.to_string(),
            },
        }),
    );
    let expires = scheme.next_update.unwrap_or(retrieved).max(retrieved);
    let mut evidence = Statement::new("EU trusted list", "listed", retrieved, expires);
    evidence.reference = Some(location.to_owned());
    evidence.statement = Some(format!(
        "{short} service of {provider} on the {} trusted list, sequence {}, issued {}",
        scheme.territory,
        scheme.sequence,
        scheme.issued.to_string().get(..10).unwrap_or_default()
    ));
    evidence.body = Some(scheme.operator.clone());
    e.insert("evidence".into(), json!([evidence.to_json()]));
    Ok(Some(e))
}

/// `{status, from}` of a service or history instance.
fn status(info: &Element) -> Result<Value, String> {
    let uri = info.child("ServiceStatus").map(Element::text).unwrap_or_default();
    let name = uri.strip_prefix(STATUS_PREFIX).unwrap_or(&uri).trim_end_matches('/');
    let from = info
        .child("StatusStartingTime")
        .and_then(|t| Timestamp::parse(&t.text()).ok())
        .map(|(t, _)| t)
        .ok_or_else(|| format!("a status without StatusStartingTime ({name})"))?;
    let status = if GRANTED.contains(&name) { "granted" } else { "withdrawn" };
    Ok(json!({ "status": status, "from": from.to_string() }))
}

/// The qualifiers of a service (`QCWithQSCD`, `QCQSCDManagedOnBehalf`, `QCForESeal`…) with the
/// certificate policies they apply to: `[{qualifiers, policies}]`.
fn qualifiers(info: &Element) -> Value {
    let mut out = Vec::new();
    let elements = info.find(&|e: &Element| e.local() == "Qualifications");
    for q in elements.into_iter().flat_map(|q| q.all("QualificationElement")) {
        let names: Vec<String> = q
            .path(&["Qualifiers"])
            .into_iter()
            .flat_map(|x| x.all("Qualifier"))
            .filter_map(|x| x.attribute("uri"))
            .map(|u| u.rsplit('/').next().unwrap_or(u).to_owned())
            .collect();
        let mut policies = Vec::new();
        collect_policies(q, &mut policies);
        out.push(json!({ "qualifiers": names, "policies": policies }));
    }
    Value::Array(out)
}

fn collect_policies(e: &Element, out: &mut Vec<String>) {
    for c in e.elements() {
        if c.local() == "Identifier" {
            let t = c.text();
            out.push(t.strip_prefix("urn:oid:").unwrap_or(&t).to_owned());
        } else {
            collect_policies(c, out);
        }
    }
}
