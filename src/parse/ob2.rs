//! Open Badges 2.0 and 1.x assertions. An assertion is one node of a graph the issuer hosts: it
//! names its badge class by URL, the badge class names the issuer's profile, the profile names the
//! signing keys and the revocation list. Verification (OB 2.0 §Verification) follows those links;
//! Keurmerk never fetches, so [`crate::proof::ob2::link`] takes them from the documents the host
//! supplied and records what it could not find as the documents it wants.
//!
//! Two ways to verify: **hosted** (the issuer serves the assertion at its `id`; the served copy is
//! authoritative, 410 Gone or `"revoked": true` means revoked) and **signed** (a compact JWS whose
//! payload is the assertion, signed by the key at `verification.creator`, which the issuer's hosted
//! profile must list). OB 1.x says the same in `verify: {type, url}`.

use serde_json::{Map, Value};

use crate::codes::{Code, Fault, Wanted};
use crate::intake::Jws;
use crate::lines::{self, Facts};
use crate::parse::{as_list, strings, Credential, Securing};
use crate::time::Timestamp;

/// The OB 2.0 JSON-LD context.
pub const OB2_CONTEXT: &str = "https://w3id.org/openbadges/v2";
/// The OB 1.1 JSON-LD context.
pub const OB1_1_CONTEXT: &str = "https://w3id.org/openbadges/v1";

/// Which Open Badges version the assertion follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    /// 1.0 (no context; `uid`, `verify`).
    V1_0,
    /// 1.1 (`https://w3id.org/openbadges/v1`).
    V1_1,
    /// 2.0 (`https://w3id.org/openbadges/v2`).
    V2_0,
}

impl Version {
    /// `"1.0"`, `"1.1"` or `"2.0"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::V1_0 => "1.0",
            Self::V1_1 => "1.1",
            Self::V2_0 => "2.0",
        }
    }
}

/// How the assertion is verified.
#[derive(Clone, Debug, PartialEq)]
pub enum Verification {
    /// The issuer serves the assertion at `url` (its `id`; OB 1.x `verify.url`).
    Hosted {
        /// Where the issuer serves it.
        url: String,
        /// `verification.allowedOrigins` / `startsWith` (OB 2.0): where else it may be hosted.
        allowed: Vec<String>,
    },
    /// A compact JWS over the assertion.
    Signed {
        /// The token.
        jws: Box<Jws>,
        /// The key's URL: `verification.creator` (2.0), `verify.url` (1.x).
        creator: Option<String>,
    },
    /// The JSON of an assertion that says it is signed, without its signature.
    Unsigned,
}

/// What the issuer's server answered at the hosted URL, as the host supplied it.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Hosted {
    /// Not supplied (or not a hosted badge).
    #[default]
    Unknown,
    /// The host's resolver got 410 Gone there.
    Gone,
    /// The served document says `"revoked": true`, with its `revocationReason` if any.
    Revoked(Option<String>),
    /// The served assertion.
    Copy(Map<String, Value>),
}

/// The links [`crate::proof::ob2::link`] followed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Links {
    /// The issuer's answer at the hosted URL.
    pub hosted: Hosted,
    /// JSON pointers of the parts of the credential's `doc` that came from hosted documents (the
    /// badge class, the issuer profile) rather than from the file.
    pub linked: Vec<String>,
    /// The issuer profile.
    pub issuer: Option<Map<String, Value>>,
    /// True when the profile is the one hosted at the issuer's URL (supplied by the host), not a copy
    /// embedded in the badge class (whose keys are no evidence).
    pub issuer_hosted: bool,
    /// Documents the links lead to that were not supplied, in the order they are needed.
    pub wanted: Vec<Wanted>,
}

/// An Open Badges 1.x / 2.0 assertion.
#[derive(Clone, Debug, PartialEq)]
pub struct Ob2 {
    /// The version it follows.
    pub version: Version,
    /// Hosted or signed.
    pub verification: Verification,
    /// The assertion as the file holds it; `None` when the file is only the hosted URL.
    pub file: Option<Map<String, Value>>,
    /// What [`crate::proof::ob2::link`] found.
    pub links: Links,
}

impl Ob2 {
    /// Whether anything of the badge is known: false for a badge given only by its URL whose
    /// issuer's copy was not supplied (nothing to read its structure or dates from).
    pub fn known(&self) -> bool {
        self.file.is_some() || matches!(self.links.hosted, Hosted::Copy(_))
    }
}

/// True for a JSON object that is an Open Badges 1.x / 2.0 assertion.
pub fn is_assertion(doc: &Map<String, Value>) -> bool {
    let contexts = strings(doc.get("@context"));
    let types = strings(doc.get("type"));
    let vc = contexts
        .iter()
        .any(|c| c == super::VC_V1_CONTEXT || c == super::VC_V2_CONTEXT);
    if vc {
        return false;
    }
    let ob = contexts
        .iter()
        .any(|c| c.starts_with("https://w3id.org/openbadges/v") && !c.ends_with("v3"));
    (ob && (types.is_empty() || types.iter().any(|t| t == "Assertion")))
        || types.iter().any(|t| t == "Assertion")
        || (doc.contains_key("recipient") && doc.contains_key("badge") && doc.contains_key("verify"))
}

/// An assertion in a JSON file (hosted, or the payload of a signed one without its signature).
pub fn from_json(doc: Map<String, Value>) -> Credential {
    let version = version_of(&doc);
    let verification = match kind(&doc, version) {
        Kind::Signed => Verification::Unsigned,
        Kind::Hosted(url) => hosted(&doc, url),
    };
    credential(doc.clone(), version, verification, Some(doc))
}

/// A signed assertion: a compact JWS whose payload is the assertion. An assertion that says it is
/// hosted is verified as hosted, whatever wraps it (some tools bake hosted badges as a JWS).
pub fn from_jws(jws: Jws) -> Credential {
    let doc = jws.payload.clone();
    let version = version_of(&doc);
    if let Kind::Hosted(url) = kind(&doc, version) {
        let verification = hosted(&doc, url);
        return credential(doc.clone(), version, verification, Some(doc));
    }
    let creator = verification_of(&doc, version)
        .and_then(|v| v.get(if version == Version::V2_0 { "creator" } else { "url" }))
        .and_then(Value::as_str)
        .map(str::to_owned);
    let verification = Verification::Signed {
        jws: Box::new(jws),
        creator,
    };
    credential(doc.clone(), version, verification, Some(doc))
}

/// Hosted verification at `url`: only an http(s) URL is somewhere to look (an `urn:uuid` id is
/// no hosted assertion, and `problems` says so).
fn hosted(doc: &Map<String, Value>, url: Option<String>) -> Verification {
    Verification::Hosted {
        url: url.filter(|u| is_http(u)).unwrap_or_default(),
        allowed: allowed(doc),
    }
}

fn is_http(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}

/// `verification` (OB 2.0), or `verify`: the OB 2.0 context makes it an alias, and OB 1.x's name.
fn verification_of(doc: &Map<String, Value>, version: Version) -> Option<&Value> {
    match version {
        Version::V2_0 => doc.get("verification").or_else(|| doc.get("verify")),
        _ => doc.get("verify"),
    }
}

/// A hosted badge known only by its URL (baked into an image, or pasted): the badge is what the
/// issuer serves there.
pub fn from_url(url: String) -> Credential {
    let verification = Verification::Hosted {
        url,
        allowed: Vec::new(),
    };
    credential(Map::new(), Version::V2_0, verification, None)
}

enum Kind {
    Signed,
    Hosted(Option<String>),
}

fn kind(doc: &Map<String, Value>, version: Version) -> Kind {
    let v = verification_of(doc, version);
    let url = match version {
        Version::V2_0 => doc.get("id"),
        _ => v.and_then(|v| v.get("url")),
    };
    let t = v.and_then(|v| v.get("type")).and_then(Value::as_str);
    match t {
        Some(t) if t.eq_ignore_ascii_case("signed") || t == "SignedBadge" => Kind::Signed,
        _ => Kind::Hosted(url.and_then(Value::as_str).map(str::to_owned)),
    }
}

fn allowed(doc: &Map<String, Value>) -> Vec<String> {
    let v = verification_of(doc, Version::V2_0);
    let mut out = strings(v.and_then(|v| v.get("allowedOrigins")));
    out.extend(strings(v.and_then(|v| v.get("startsWith"))));
    out
}

/// The version an assertion follows, from its context (and shape, for 1.0).
pub fn version_of(doc: &Map<String, Value>) -> Version {
    let contexts = strings(doc.get("@context"));
    if contexts.iter().any(|c| c == OB2_CONTEXT) {
        Version::V2_0
    } else if contexts.iter().any(|c| c.starts_with(OB1_1_CONTEXT)) {
        Version::V1_1
    } else if doc.contains_key("verification") {
        Version::V2_0
    } else {
        Version::V1_0
    }
}

fn credential(
    doc: Map<String, Value>,
    version: Version,
    verification: Verification,
    file: Option<Map<String, Value>>,
) -> Credential {
    let problems = file.as_ref().map(|d| problems(d, version)).unwrap_or_default();
    Credential {
        types: assertion_types(&doc),
        doc,
        version: None,
        issuer_id: None,
        issuer_name: None,
        securing: Securing::Ob2(Box::new(Ob2 {
            version,
            verification,
            file,
            links: Links::default(),
        })),
        problems,
    }
}

/// `type`, or `Assertion` when an OB 1.0 assertion states none.
pub fn assertion_types(doc: &Map<String, Value>) -> Vec<String> {
    let t = strings(doc.get("type"));
    if t.is_empty() {
        vec!["Assertion".to_owned()]
    } else {
        t
    }
}

/// What OB 2.0 (or 1.x) requires of an assertion.
pub fn problems(doc: &Map<String, Value>, version: Version) -> Vec<Facts> {
    let required: &[&str] = match version {
        Version::V2_0 => &["id", "recipient", "badge", "issuedOn"],
        _ => &["recipient", "badge", "verify", "issuedOn"],
    };
    let mut out: Vec<Facts> = required
        .iter()
        .filter(|k| !doc.contains_key(**k))
        .map(|k| lines::ob2_requires(version.as_str(), *k))
        .collect();
    if verification_of(doc, version).is_none() && version == Version::V2_0 {
        out.push(lines::ob2_requires("2.0", "verification"));
    }
    let hosted_url = kind(doc, version);
    if let Kind::Hosted(None) = &hosted_url {
        out.push(match version {
            Version::V2_0 => lines::ob2_hosted_id_missing(),
            _ => lines::ob2_hosted_url_missing(),
        });
    }
    if let Kind::Hosted(Some(url)) = hosted_url {
        if !is_http(&url) {
            out.push(lines::ob2_hosted_not_http(
                if version == Version::V2_0 { "id" } else { "verify.url" },
                format!("{:?}", url.chars().take(80).collect::<String>()),
            ));
        }
    }
    if let Some(r) = doc.get("recipient") {
        if !r.is_object() && version == Version::V2_0 {
            out.push(lines::ob2_recipient_not_identity());
        }
    }
    out
}

/// An OB date: ISO 8601 date-time (a missing zone read as UTC), a date alone (OB 1.0), or Unix
/// seconds (OB 1.0).
///
/// # Errors
/// [`Code::DateInvalid`].
pub fn date(v: &Value, field: &str) -> Result<Timestamp, Fault> {
    let bad = || lines::fault(Code::DateInvalid, lines::ob2_date_invalid(field));
    match v {
        Value::Number(n) => n.as_i64().map(Timestamp::from_unix).ok_or_else(bad),
        Value::String(s) if s.len() == 10 => Timestamp::parse(&format!("{s}T00:00:00Z"))
            .map(|(t, _)| t)
            .map_err(|_| bad()),
        Value::String(s) => Timestamp::parse(s).map(|(t, _)| t).map_err(|_| bad()),
        _ => Err(bad()),
    }
}

/// The recipient's identity object: `type`, `hashed`, `salt`, `identity` (OB 2.0; OB 1.0 has the
/// same members, or a plain email in `recipient`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Recipient {
    /// `email`, `url`, `telephone`, …
    #[serde(rename = "type")]
    pub kind: String,
    /// Whether `identity` is a hash.
    pub hashed: bool,
    /// The salt added before hashing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub salt: Option<String>,
    /// `sha256$…` / `md5$…` when hashed, else the identity itself.
    pub identity: String,
}

impl Recipient {
    /// The recipient of an Open Badges 1.x / 2.0 credential (`None` for any other).
    pub fn of_assertion(cred: &Credential) -> Option<Self> {
        match (cfg!(feature = "ecdsa-rsa"), &cred.securing) {
            (true, Securing::Ob2(_)) => Self::of(&cred.doc),
            _ => None,
        }
    }

    /// Reads `recipient` of an assertion.
    pub fn of(doc: &Map<String, Value>) -> Option<Self> {
        match doc.get("recipient")? {
            Value::String(email) => Some(Self {
                kind: "email".to_owned(),
                hashed: email.contains('$'),
                salt: doc
                    .get("salt")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
                identity: email.clone(),
            }),
            Value::Object(r) => Some(Self {
                kind: r
                    .get("type")
                    .and_then(Value::as_str)
                    .unwrap_or("email")
                    .to_owned(),
                hashed: r.get("hashed").and_then(Value::as_bool).unwrap_or(false),
                salt: r.get("salt").and_then(Value::as_str).map(str::to_owned),
                identity: r.get("identity").and_then(Value::as_str)?.to_owned(),
            }),
            _ => None,
        }
    }

    /// Whether `typed` (an email address the recruiter typed) is this recipient: the salted
    /// SHA-256 of OB 2.0 (`sha256$hex(identity + salt)`), compared without case. `None` when the
    /// recipient is not an email address (`type` `url`, `telephone`, `id`) or the hash is of a kind
    /// Keurmerk does not compute (md5 of OB 1.0).
    pub fn matches(&self, typed: &str) -> Option<bool> {
        // An address is checked against an email recipient only: a hash of a URL, a telephone
        // number or an institution's id (edubadges' eduID) never equals one.
        if !self.kind.eq_ignore_ascii_case("email") {
            return None;
        }
        let typed = typed.trim();
        let norm = |s: &str| s.to_lowercase();
        if !self.hashed {
            return Some(norm(&self.identity) == norm(typed));
        }
        let (alg, hex) = self.identity.split_once('$')?;
        if !alg.eq_ignore_ascii_case("sha256") {
            return None;
        }
        let salted = format!("{}{}", norm(typed), self.salt.as_deref().unwrap_or(""));
        let digest = crate::crypto::Hash::Sha256.digest(salted.as_bytes());
        let ours: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        // Issuers hash the address as typed at issue time: try it as given too.
        let raw = format!("{typed}{}", self.salt.as_deref().unwrap_or(""));
        let raw_digest = crate::crypto::Hash::Sha256.digest(raw.as_bytes());
        let theirs: String = raw_digest.iter().map(|b| format!("{b:02x}")).collect();
        Some(ours.eq_ignore_ascii_case(hex) || theirs.eq_ignore_ascii_case(hex))
    }
}

/// `verification` of an OB 2.0 assertion or `verify` of 1.x is checked for its type only; every
/// other member is data. A helper for [`crate::proof::ob2`]: the ids a revocation list names.
pub fn revoked_in(list: &Value, assertion_id: &str) -> Option<Option<String>> {
    as_list(list.get("revokedAssertions")).find_map(|item| match item {
        Value::String(id) if id == assertion_id => Some(None),
        Value::Object(o)
            if o.get("id").or_else(|| o.get("uid")).and_then(Value::as_str)
                == Some(assertion_id) =>
        {
            Some(
                o.get("revocationReason")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
            )
        }
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic)]
    use super::*;
    use serde_json::json;

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn the_recipient_hash_is_salted_sha256() {
        // sha256("nobody@example.org" + "deadsea"), as an issuer computes it
        let digest = crate::crypto::Hash::Sha256.digest(b"nobody@example.orgdeadsea");
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        let r = Recipient::of(&obj(json!({"recipient": {
            "type": "email", "hashed": true, "salt": "deadsea", "identity": format!("sha256${hex}")
        }})))
        .unwrap();
        assert_eq!(r.matches("Nobody@Example.org "), Some(true));
        assert_eq!(r.matches("somebody@example.org"), Some(false));
        let md5 = Recipient {
            identity: "md5$abc".to_owned(),
            ..r
        };
        assert_eq!(md5.matches("nobody@example.org"), None);
        // edubadges names the learner by a hashed eduID: no address can match it
        let by_id = Recipient {
            kind: "id".to_owned(),
            ..md5
        };
        assert_eq!(by_id.matches("nobody@example.org"), None);
    }

    #[test]
    fn versions_and_verification_are_read() {
        let c = from_json(obj(json!({
            "@context": OB2_CONTEXT, "type": "Assertion", "id": "https://x.example/a",
            "recipient": {}, "badge": "https://x.example/b", "issuedOn": "2020-01-01",
            "verification": {"type": "hosted"}
        })));
        let Securing::Ob2(o) = &c.securing else {
            panic!("not OB 2.0")
        };
        assert_eq!(o.version, Version::V2_0);
        assert!(
            matches!(&o.verification, Verification::Hosted { url, .. } if url == "https://x.example/a")
        );
        assert!(c.problems.is_empty(), "{:?}", c.problems);
        let v1 = from_json(obj(json!({
            "uid": "1", "recipient": "sha256$00", "badge": "https://x.example/b",
            "issuedOn": 1_400_000_000, "verify": {"type": "hosted", "url": "https://x.example/a1"}
        })));
        let Securing::Ob2(o) = &v1.securing else {
            panic!("not OB 1.0")
        };
        assert_eq!(o.version, Version::V1_0);
        assert!(
            matches!(&o.verification, Verification::Hosted { url, .. } if url == "https://x.example/a1")
        );
        assert_eq!(
            date(&json!("2016-12-31"), "issuedOn").unwrap().to_rfc3339(),
            "2016-12-31T00:00:00Z"
        );
        assert_eq!(
            date(&json!(0), "issuedOn").unwrap().to_rfc3339(),
            "1970-01-01T00:00:00Z"
        );
        assert!(date(&json!("soon"), "issuedOn").is_err());
        // `verify` is an alias of `verification` in the OB 2.0 context
        let alias = from_json(obj(json!({
            "@context": OB2_CONTEXT, "type": "Assertion", "id": "https://x.example/a",
            "recipient": {}, "badge": "https://x.example/b", "issuedOn": "2020-01-01",
            "verify": {"type": "hosted"}
        })));
        assert!(alias.problems.is_empty(), "{:?}", alias.problems);
        // a hosted assertion's id must be where it is hosted
        let urn = from_json(obj(json!({
            "@context": OB2_CONTEXT, "type": "Assertion", "id": "urn:uuid:1",
            "recipient": {}, "badge": "https://x.example/b", "issuedOn": "2020-01-01",
            "verification": {"type": "HostedBadge"}
        })));
        assert_eq!(urn.problems.len(), 1, "{:?}", urn.problems);
        let Securing::Ob2(o) = &urn.securing else {
            panic!("not OB 2.0")
        };
        assert!(matches!(&o.verification, Verification::Hosted { url, .. } if url.is_empty()));
    }

    #[test]
    fn revocation_lists_name_ids_in_three_ways() {
        let list = json!({"revokedAssertions": [
            {"id": "a", "revocationReason": "why"}, {"uid": "b"}, "c"
        ]});
        assert_eq!(revoked_in(&list, "a"), Some(Some("why".to_owned())));
        assert_eq!(revoked_in(&list, "b"), Some(None));
        assert_eq!(revoked_in(&list, "c"), Some(None));
        assert_eq!(revoked_in(&list, "d"), None);
    }
}
