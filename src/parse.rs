//! Stage 2, parse: [`Envelope`] → [`Credential`], a typed view of a W3C VC 1.1 / 2.0 or Open Badges
//! 3.0 credential that keeps the raw JSON for canonicalisation. Open Badges 2.0, Europass EDC and
//! presentations are recognised so they get an honest "cannot verify this format yet".

pub mod foreign;
pub mod jades;
pub mod ob2;
pub mod sd_jwt;

use serde_json::{Map, Value};

use crate::codes::{Code, Fault};
use crate::intake::sd_jwt::SdJwt;
use crate::intake::{Envelope, Jws};
use crate::lines::{self, Facts};

/// Base context of VC Data Model 1.1.
pub const VC_V1_CONTEXT: &str = "https://www.w3.org/2018/credentials/v1";
/// Base context of VC Data Model 2.0.
pub const VC_V2_CONTEXT: &str = "https://www.w3.org/ns/credentials/v2";
const OB2_CONTEXT: &str = "https://w3id.org/openbadges/v2";

/// The VC Data Model version, from the base context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VcVersion {
    /// `https://www.w3.org/2018/credentials/v1`
    V1_1,
    /// `https://www.w3.org/ns/credentials/v2`
    V2_0,
}

impl VcVersion {
    /// `"1.1"` or `"2.0"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::V1_1 => "1.1",
            Self::V2_0 => "2.0",
        }
    }
}

/// Which VC-JWT profile a token follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JwtProfile {
    /// VC Data Model 1.1 §6.3.1: the credential is in the `vc` claim; registered claims replace properties.
    Vc11,
    /// VC-JOSE-COSE: the payload is the credential; `typ` `vc+jwt`.
    JoseCose,
    /// Open Badges 3.0 §8.2: the payload is the credential plus required `iss`/`sub`/`nbf`/`jti`.
    OpenBadges3,
}

impl JwtProfile {
    /// Stable name in the report.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Vc11 => "vc_1_1",
            Self::JoseCose => "vc_jose_cose",
            Self::OpenBadges3 => "open_badges_3",
        }
    }
}

/// How the credential is secured.
#[derive(Clone, Debug, PartialEq)]
pub enum Securing {
    /// Embedded Data Integrity / Linked Data proofs (possibly none).
    Embedded(Vec<Value>),
    /// An enveloping compact JWS.
    Jwt(Box<Jws>, JwtProfile),
    /// An SD-JWT: the issuer's JWT, the disclosures (already matched to their digests), the
    /// holder's key binding.
    SdJwt(Box<SdJwt>, SdSummary),
    /// An Open Badges 1.x / 2.0 assertion, hosted or signed.
    Ob2(Box<ob2::Ob2>),
    /// A JAdES seal (ETSI TS 119 182-1) over a Europass Digital Credential, as a JWS whose
    /// signing input is the protected header and the payload as written ([`jades::read`]).
    Jades(Box<Jws>),
}

/// What the holder of an SD-JWT disclosed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SdSummary {
    /// JSON pointers of the disclosed claims.
    pub disclosed: Vec<String>,
    /// Digests not disclosed (withheld claims and decoys).
    pub withheld: usize,
    /// The `vct` of an SD-JWT VC.
    pub vct: Option<String>,
}

/// A credential: the raw JSON plus the facts later stages need.
#[derive(Clone, Debug, PartialEq)]
pub struct Credential {
    /// The credential document. For embedded proofs this includes `proof`; for a VC-JWT it is the
    /// credential inside the token (VC 1.1: the `vc` claim with the registered claims mapped in).
    pub doc: Map<String, Value>,
    /// From the base context; `None` when it is missing.
    pub version: Option<VcVersion>,
    /// `type` values.
    pub types: Vec<String>,
    /// `issuer` or `issuer.id`.
    pub issuer_id: Option<String>,
    /// `issuer.name` when it is a plain string (self-asserted).
    pub issuer_name: Option<String>,
    /// The proofs or the JWS.
    pub securing: Securing,
    /// Data model violations found (each makes the credential invalid), as their lines.
    pub problems: Vec<Facts>,
}

impl Credential {
    /// True for an Open Badges 3.0 credential.
    pub fn is_open_badge(&self) -> bool {
        self.types
            .iter()
            .any(|t| t == "OpenBadgeCredential" || t == "AchievementCredential")
    }

    /// `credentialSubject.id` values.
    pub fn subject_ids(&self) -> Vec<String> {
        as_list(self.doc.get("credentialSubject"))
            .filter_map(|s| s.get("id").and_then(Value::as_str).map(str::to_owned))
            .collect()
    }

    /// `name`, or the achievement's name for an Open Badge without one.
    pub fn name(&self) -> Option<String> {
        let direct = self.doc.get("name").and_then(Value::as_str);
        direct
            .or_else(|| {
                as_list(self.doc.get("credentialSubject"))
                    .find_map(|s| s.get("achievement")?.get("name")?.as_str())
            })
            .or_else(|| self.doc.get("badge")?.get("name")?.as_str())
            .map(str::to_owned)
    }
}

/// Iterates a value that may be one item or an array of items (`type`, `proof`, `credentialSubject`…).
pub fn as_list(v: Option<&Value>) -> impl Iterator<Item = &Value> {
    let slice: &[Value] = match v {
        Some(Value::Array(items)) => items,
        Some(one) => std::slice::from_ref(one),
        None => &[],
    };
    slice.iter()
}

pub(crate) fn strings(v: Option<&Value>) -> Vec<String> {
    as_list(v)
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect()
}

/// Reads the envelope as a credential.
///
/// # Errors
/// [`Code::NotACredential`] for JSON that is not a credential at all, [`Code::FormatUnsupported`]
/// for Open Badges 2.0, Europass EDC and presentations.
pub fn credential(envelope: Envelope) -> Result<Credential, Fault> {
    read(envelope).map_err(|refused| refused.fault)
}

/// Why an envelope is not a credential Keurmerk verifies, and what it states all the same (the
/// JSON object of an OB 2.0 assertion or the payload of a JAdES-sealed Europass credential), for
/// the descriptors, none of it signed.
#[derive(Clone, Debug, PartialEq)]
pub struct Refused {
    /// Why.
    pub fault: Fault,
    /// The statements it makes, when it is a JSON object (or seals one).
    pub statements: Option<Map<String, Value>>,
}

/// Reads the envelope as a credential, or says why not and keeps what it states.
///
/// # Errors
/// As [`credential`], with the statements kept.
pub fn read(envelope: Envelope) -> Result<Credential, Refused> {
    let refuse = |fault: Fault, statements| Refused { fault, statements };
    let Envelope::Json(Value::Object(doc)) = envelope else {
        return parse_envelope(envelope).map_err(|f| refuse(f, None));
    };
    // (The core leaves JAdES-sealed EDCs to `recognise`, which names the module that reads them.)
    if cfg!(feature = "ecdsa-rsa") && jades::is_envelope(&doc) {
        return jades::read(doc).map_err(|f| refuse(f, None));
    }
    if let Some((fault, statements)) = foreign::document(&doc) {
        return Err(refuse(fault, statements));
    }
    // (The core leaves Open Badges 2.0 to `recognise`, which names the module that reads them.)
    if cfg!(feature = "ecdsa-rsa") && ob2::is_assertion(&doc) {
        return Ok(ob2::from_json(doc));
    }
    match recognise(&doc) {
        Ok(()) => parse_envelope(Envelope::Json(Value::Object(doc))).map_err(|f| refuse(f, None)),
        Err(fault) => Err(refuse(fault, statements(doc))),
    }
}

/// The object a refused JSON document states: itself, or the payload it seals (JAdES JSON).
fn statements(doc: Map<String, Value>) -> Option<Map<String, Value>> {
    if let (Some(Value::String(payload)), true) =
        (doc.get("payload"), doc.contains_key("signatures"))
    {
        return match crate::intake::json::parse(payload.as_bytes()) {
            Ok(Value::Object(inner)) => Some(inner),
            _ => None,
        };
    }
    Some(doc)
}

fn parse_envelope(envelope: Envelope) -> Result<Credential, Fault> {
    match envelope {
        Envelope::Json(Value::Object(doc)) => {
            recognise(&doc)?;
            let proofs = as_list(doc.get("proof")).cloned().collect();
            Ok(typed(doc, Securing::Embedded(proofs)))
        }
        Envelope::Json(_) => Err(lines::fault(
            Code::NotACredential,
            lines::credential_not_object(),
        )),
        Envelope::Jws(jws) if cfg!(feature = "ecdsa-rsa") && ob2::is_assertion(&jws.payload) => {
            Ok(ob2::from_jws(jws))
        }
        Envelope::Jws(jws) if cfg!(feature = "ecdsa-rsa") && jades::is_compact(&jws.header) => {
            Ok(jades::from_compact(jws))
        }
        Envelope::Jws(jws) => from_jws(jws),
        Envelope::SdJwt(sd) => from_sd_jwt(sd),
        Envelope::Hosted(url) => open_badge_2(|| ob2::from_url(url)),
    }
}

/// Open Badges 1.x / 2.0 are read by the full module (hosted documents, RS256).
fn open_badge_2(read: impl FnOnce() -> Credential) -> Result<Credential, Fault> {
    if cfg!(feature = "ecdsa-rsa") {
        Ok(read())
    } else {
        Err(crate::lines::module_needed("Open Badges 2.0"))
    }
}

/// An SD-JWT: a `vc+sd-jwt` whose disclosed claims are a VC Data Model credential, or an SD-JWT VC
/// (`dc+sd-jwt`: `iss`, `vct`, NumericDate `nbf`/`exp` read as the validity window).
fn from_sd_jwt(sd: Box<SdJwt>) -> Result<Credential, Fault> {
    if !cfg!(feature = "ecdsa-rsa") {
        // SD-JWTs are signed with ES256 and the like: the full module reads them.
        return Err(crate::lines::module_needed("SD-JWT"));
    }
    let d = sd_jwt::disclose(&sd.issuer.payload, &sd.disclosures)?;
    let mut doc = d.claims;
    let vct = doc.get("vct").and_then(Value::as_str).map(str::to_owned);
    let summary = SdSummary {
        disclosed: d.disclosed,
        withheld: d.withheld,
        vct: vct.clone(),
    };
    if doc.contains_key("@context") {
        recognise(&doc)?;
        return Ok(typed(doc, Securing::SdJwt(sd, summary)));
    }
    let issuer = doc.get("iss").and_then(Value::as_str).map(str::to_owned);
    for (claim, prop) in [("nbf", "validFrom"), ("exp", "validUntil")] {
        if let Some(t) = doc.get(claim).and_then(Value::as_i64) {
            let at = crate::time::Timestamp::from_unix(t).to_rfc3339();
            doc.insert(prop.to_owned(), Value::String(at));
        }
    }
    let mut problems = Vec::new();
    if issuer.is_none() {
        problems.push(lines::sd_jwt_vc_no_iss());
    }
    let typ = sd
        .issuer
        .header
        .get("typ")
        .and_then(Value::as_str)
        .unwrap_or("");
    if vct.is_none() && matches!(typ, "dc+sd-jwt" | "vc+sd-jwt") {
        problems.push(lines::sd_jwt_vc_no_vct());
    }
    Ok(Credential {
        doc,
        version: None,
        types: vct.into_iter().collect(),
        issuer_id: issuer,
        issuer_name: None,
        securing: Securing::SdJwt(sd, summary),
        problems,
    })
}

fn recognise(doc: &Map<String, Value>) -> Result<(), Fault> {
    let contexts = strings(doc.get("@context"));
    let types = strings(doc.get("type"));
    let vc_base = contexts
        .iter()
        .any(|c| c == VC_V1_CONTEXT || c == VC_V2_CONTEXT);
    let jades = doc.contains_key("payload") && doc.contains_key("signatures");
    let ob2 = contexts.iter().any(|c| c == OB2_CONTEXT)
        || (!vc_base && types.iter().any(|t| t == "Assertion"))
        || (doc.contains_key("verify") && doc.contains_key("badge"));
    let vp = types.iter().any(|t| t == "VerifiablePresentation");
    let edc = types.iter().any(|t| t == "EuropeanDigitalCredential");
    let stated = doc.contains_key("@context") || doc.contains_key("type");
    if !cfg!(feature = "ecdsa-rsa") && (jades || ob2 || vp || edc || (!vc_base && stated)) {
        // Not a W3C credential (an OB 2.0 badge, a presentation, a sealed EDC, a badge class, a DID
        // document, Blockcerts …): the full module reads or names it.
        let what = if jades {
            "JAdES"
        } else if ob2 {
            "Open Badges 2.0"
        } else if vp {
            "VerifiablePresentation"
        } else if edc {
            "EuropeanDigitalCredential"
        } else {
            types.first().map_or("@context", String::as_str)
        };
        return Err(crate::lines::module_needed(what));
    }
    if cfg!(feature = "ecdsa-rsa") && (jades || ob2 || vp || edc) {
        return Err(unsupported(jades, ob2, vp));
    }
    if !stated {
        return Err(lines::fault(
            Code::NotACredential,
            lines::credential_no_context_or_type(),
        ));
    }
    Ok(())
}

/// What the full module says of a format that reaches `recognise` without a reader of its own.
fn unsupported(jades: bool, ob2: bool, vp: bool) -> Fault {
    let what = if jades {
        lines::edc_sealed_unsupported()
    } else if ob2 {
        // `parse::ob2` reads OB 2.0 files and tokens; only an SD-JWT could still carry one here.
        lines::ob2_in_sd_jwt()
    } else if vp {
        lines::presentation_unsupported()
    } else {
        lines::edc_unsupported()
    };
    lines::fault(Code::FormatUnsupported, what)
}

fn typed(doc: Map<String, Value>, securing: Securing) -> Credential {
    let mut problems = Vec::new();
    let contexts: Vec<&Value> = as_list(doc.get("@context")).collect();
    let first = contexts.first().and_then(|v| v.as_str());
    let version = match first {
        Some(VC_V1_CONTEXT) => Some(VcVersion::V1_1),
        Some(VC_V2_CONTEXT) => Some(VcVersion::V2_0),
        _ => {
            if contexts
                .iter()
                .any(|c| matches!(c.as_str(), Some(VC_V1_CONTEXT | VC_V2_CONTEXT)))
            {
                problems.push(lines::context_base_not_first());
            } else {
                problems.push(lines::context_base_missing());
            }
            None
        }
    };
    let types = strings(doc.get("type"));
    if !types.iter().any(|t| t == "VerifiableCredential") {
        problems.push(lines::type_no_vc());
    }
    let (issuer_id, issuer_name) = match doc.get("issuer") {
        Some(Value::String(s)) if !s.is_empty() => (Some(s.clone()), None),
        Some(Value::Object(o)) => match o.get("id").and_then(Value::as_str) {
            Some(id) if !id.is_empty() => (
                Some(id.to_owned()),
                o.get("name").and_then(Value::as_str).map(str::to_owned),
            ),
            _ => {
                problems.push(lines::issuer_id_not_url());
                (None, None)
            }
        },
        _ => {
            problems.push(lines::issuer_missing());
            (None, None)
        }
    };
    match doc.get("credentialSubject") {
        Some(Value::Object(_)) => {}
        Some(Value::Array(items)) if !items.is_empty() && items.iter().all(Value::is_object) => {}
        _ => problems.push(lines::subject_missing()),
    }
    if version == Some(VcVersion::V1_1) && !doc.contains_key("issuanceDate") {
        problems.push(lines::issuance_date_missing());
    }
    for status in as_list(doc.get("credentialStatus")) {
        if status.get("type").and_then(Value::as_str).is_none() {
            problems.push(lines::status_type_missing());
        }
    }
    Credential {
        doc,
        version,
        types,
        issuer_id,
        issuer_name,
        securing,
        problems,
    }
}

fn from_jws(jws: Jws) -> Result<Credential, Fault> {
    let typ = jws.header.get("typ").and_then(Value::as_str).unwrap_or("");
    let (doc, profile) = if let Some(vc) = jws.payload.get("vc") {
        let Value::Object(vc) = vc else {
            return Err(lines::fault(
                Code::NotACredential,
                lines::jwt_vc_not_object(),
            ));
        };
        (vc11_credential(vc.clone(), &jws.payload), JwtProfile::Vc11)
    } else if jws.payload.contains_key("@context") {
        let doc = jws.payload.clone();
        let jose_typ = matches!(
            typ.strip_prefix("application/").unwrap_or(typ),
            "vc+jwt" | "vc+ld+json+jwt" | "vc+ld+jwt"
        );
        let ob = strings(doc.get("type"))
            .iter()
            .any(|t| t == "OpenBadgeCredential" || t == "AchievementCredential");
        (
            doc,
            if ob && !jose_typ {
                JwtProfile::OpenBadges3
            } else {
                JwtProfile::JoseCose
            },
        )
    } else if !cfg!(feature = "ecdsa-rsa") {
        // A VC 1.1 VP-JWT (`vp`), an Open Badges 1.0 signed badge (no context) or another token:
        // the full module reads or names it.
        return Err(crate::lines::module_needed("JWT"));
    } else {
        return Err(lines::fault(
            Code::NotACredential,
            lines::jwt_not_credential(),
        ));
    };
    recognise(&doc)?;
    Ok(typed(doc, Securing::Jwt(Box::new(jws), profile)))
}

/// VC 1.1 §6.3.1 decoding: fill in what the registered claims replace. Disagreements between a
/// claim and a property that is present are left for the JWT proof check to report.
fn vc11_credential(mut vc: Map<String, Value>, claims: &Map<String, Value>) -> Map<String, Value> {
    // Real issuers write "" for what the claims carry (issuer, issuanceDate): absent, as VC-JWT reads it.
    let absent = |vc: &Map<String, Value>, prop: &str| {
        matches!(vc.get(prop), None | Some(Value::Null)) || vc.get(prop) == Some(&Value::from(""))
    };
    if let (Some(iss), true) = (claims.get("iss"), absent(&vc, "issuer")) {
        vc.insert("issuer".to_owned(), iss.clone());
    }
    if let (Some(jti), true) = (claims.get("jti"), absent(&vc, "id")) {
        vc.insert("id".to_owned(), jti.clone());
    }
    for (claim, prop) in [("nbf", "issuanceDate"), ("exp", "expirationDate")] {
        if !absent(&vc, prop) {
            continue;
        }
        if let Some(t) = claims.get(claim).and_then(Value::as_i64) {
            vc.insert(
                prop.to_owned(),
                Value::String(crate::time::Timestamp::from_unix(t).to_rfc3339()),
            );
        }
    }
    if let Some(sub) = claims.get("sub") {
        if let Some(Value::Object(subject)) = vc.get_mut("credentialSubject") {
            subject.entry("id").or_insert_with(|| sub.clone());
        }
    }
    vc
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use serde_json::json;

    #[test]
    fn vc11_jwt_fills_empty_strings_from_the_claims() {
        // As real issuers write them: "" where the registered claims carry the value.
        let vc = json!({"issuer": "", "issuanceDate": "", "credentialSubject": {}});
        let claims = json!({"iss": "did:web:x.nl", "nbf": 1_767_225_600, "sub": "did:example:l"});
        let doc = vc11_credential(vc.as_object().unwrap().clone(), claims.as_object().unwrap());
        assert_eq!(doc["issuer"], "did:web:x.nl");
        assert_eq!(doc["issuanceDate"], "2026-01-01T00:00:00Z");
        assert_eq!(doc["credentialSubject"]["id"], "did:example:l");
        // a stated value is kept (a disagreement is the JWT check's to report)
        let kept = vc11_credential(
            json!({"issuer": "did:web:y.nl"})
                .as_object()
                .unwrap()
                .clone(),
            claims.as_object().unwrap(),
        );
        assert_eq!(kept["issuer"], "did:web:y.nl");
    }
}
