//! The pipeline: chains the stages and builds the [`Report`]. Nothing else happens here.
//!
//! bytes ─intake→ Envelope ─parse→ Credential ─proof→ key ─bind→ issuer ─validity→ ─status→ ─trust→ Report

use crate::bind;
use crate::codes::{Code, Fault};
use crate::descriptors::{self, Coverage};
use crate::intake;
use crate::keys::Documents;
use crate::parse::{self, Credential};
use crate::policy::Policy;
use crate::proof;
use crate::report::{
    Check, CheckId, CredentialSummary, ImageSummary, IssuerSummary, Outcome, Report, Verdict,
};
use crate::status;
use crate::time::Timestamp;
use crate::trust::{self, TrustStore};
use crate::validity;
use serde_json::Value;

/// A document the host makes available offline: a DID document, key document or controller
/// document (and, later, status-list credentials), under the URL or DID it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// The URL or DID it is the document of; `None` to use the document's own `id`.
    pub url: Option<String>,
    /// The document's bytes (JSON).
    pub bytes: Vec<u8>,
}

/// Everything a [`Verifier`] is configured with.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// Documents available offline (`--document`, JS `documents`).
    pub documents: Vec<Document>,
    /// Signed trust lists (`--trust-list`, JS `trustLists`), JSON bytes.
    pub trust_lists: Vec<Vec<u8>>,
    /// Operator keys a trust list must be signed by (`--trust-anchor`, JS `trustAnchors`):
    /// `z6Mk…` or `did:key:z6Mk…`.
    pub trust_anchors: Vec<String>,
    /// Language for names taken from trust lists (`nl`, `en`). Defaults to English.
    pub lang: Option<String>,
    /// What is accepted.
    pub policy: Policy,
}

/// Misuse of the API: bad configuration. (A bad *credential* is a [`Report`], never an error.)
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    /// A supplied document could not be read.
    Document {
        /// The URL it was given under, if any.
        url: Option<String>,
        /// Why.
        fault: Fault,
    },
    /// A configuration object could not be read (JS configuration).
    Syntax(String),
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Document {
                url: Some(u),
                fault,
            } => write!(f, "document for {u}: {fault}"),
            Self::Document { url: None, fault } => write!(f, "document: {fault}"),
            Self::Syntax(s) => write!(f, "configuration: {s}"),
        }
    }
}

impl std::error::Error for ConfigError {}

/// Verifies credentials against a fixed configuration. Cheap to call repeatedly: documents are
/// parsed once, here.
#[derive(Clone, Debug)]
pub struct Verifier {
    documents: Documents,
    policy: Policy,
    trust: TrustStore,
    lang: String,
}

impl Verifier {
    /// Builds a verifier.
    ///
    /// # Errors
    /// [`ConfigError::Document`] when a supplied document is not strict JSON or has no identifier.
    pub fn new(config: Config) -> Result<Self, ConfigError> {
        let mut documents = Documents::new();
        for d in config.documents {
            let err = |fault| ConfigError::Document {
                url: d.url.clone(),
                fault,
            };
            let value = intake::json::parse(&d.bytes).map_err(err)?;
            documents.insert(d.url.as_deref(), value).map_err(err)?;
        }
        let anchors = config
            .trust_anchors
            .iter()
            .map(|a| trust::anchor(a))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|fault| ConfigError::Document { url: None, fault })?;
        let trust = TrustStore::load(&config.trust_lists, &anchors);
        for (vm, key, controller) in trust.pinned_keys() {
            documents.pin(vm, *key, controller);
        }
        Ok(Self {
            documents,
            policy: config.policy,
            trust,
            lang: config.lang.unwrap_or_else(|| "en".to_owned()),
        })
    }

    /// Builds a verifier from the JSON configuration the JS API passes:
    /// `{"documents": {"<url>": <document JSON or text>}, "trustLists": [..], "policy": {"requireStatus": bool}}`.
    ///
    /// # Errors
    /// [`ConfigError::Syntax`] or [`ConfigError::Document`].
    pub fn from_json_config(json: &str) -> Result<Self, ConfigError> {
        // Read by hand from a `Value`: serde's derive would pull in its float formatting for error
        // messages (see `docs/decisions.md`, "Size").
        fn syntax(what: &str) -> ConfigError {
            ConfigError::Syntax(what.to_owned())
        }
        fn strings(v: &Value, what: &str) -> Result<Vec<String>, ConfigError> {
            let items = v
                .as_array()
                .ok_or_else(|| syntax(&format!("{what} must be an array")))?;
            items
                .iter()
                .map(|s| {
                    s.as_str()
                        .map(str::to_owned)
                        .ok_or_else(|| syntax(&format!("{what} must hold strings")))
                })
                .collect()
        }
        fn flag(v: &Value, what: &str) -> Result<bool, ConfigError> {
            v.as_bool()
                .ok_or_else(|| syntax(&format!("policy.{what} must be true or false")))
        }
        let js: Value =
            serde_json::from_str(json).map_err(|e| ConfigError::Syntax(e.to_string()))?;
        let Value::Object(js) = js else {
            return Err(syntax("the configuration must be a JSON object"));
        };
        let mut config = Config::default();
        for (key, v) in &js {
            match key.as_str() {
                "documents" => {
                    let docs = v
                        .as_object()
                        .ok_or_else(|| syntax("documents must be an object of URL to text"))?;
                    for (url, text) in docs {
                        let text = text.as_str().ok_or_else(|| {
                            syntax(&format!("documents[{url:?}] must be a string"))
                        })?;
                        config.documents.push(Document {
                            url: Some(url.clone()),
                            bytes: text.as_bytes().to_vec(),
                        });
                    }
                }
                "trustLists" => {
                    config.trust_lists = strings(v, key)?
                        .into_iter()
                        .map(String::into_bytes)
                        .collect();
                }
                "trustAnchors" => config.trust_anchors = strings(v, key)?,
                "lang" if v.is_null() => {}
                "lang" => {
                    config.lang = Some(
                        v.as_str()
                            .ok_or_else(|| syntax("lang must be a string"))?
                            .to_owned(),
                    );
                }
                "policy" => {
                    let p = v
                        .as_object()
                        .ok_or_else(|| syntax("policy must be an object"))?;
                    for (k, flag_value) in p {
                        match k.as_str() {
                            "requireStatus" => {
                                config.policy.require_status = flag(flag_value, k)?;
                            }
                            "allowUndefinedTerms" => {
                                config.policy.allow_undefined_terms = flag(flag_value, k)?;
                            }
                            other => {
                                return Err(syntax(&format!("unknown field `policy.{other}`")))
                            }
                        }
                    }
                }
                other => return Err(syntax(&format!("unknown field `{other}`"))),
            }
        }
        Self::new(config)
    }

    /// Verifies one input at the instant `now`. Never fails and never panics: whatever the bytes,
    /// the answer is a [`Report`].
    pub fn verify(&self, bytes: &[u8], now: Timestamp) -> Report {
        self.verify_at_depth(bytes, now, 0)
    }

    /// `depth` is 1 when verifying a status-list credential for another credential: its own status
    /// is then not looked up (no chains of lists).
    fn verify_at_depth(&self, bytes: &[u8], now: Timestamp, depth: u8) -> Report {
        let mut checks = Vec::new();
        let read = match intake::read_container(bytes) {
            Ok(r) => r,
            Err(f) => return Report::new(vec![fail(CheckId::Intake, f)]),
        };
        let format = read.format;
        let image = read.image.map(|i| ImageSummary {
            media_type: i.media_type.to_owned(),
            data_uri: i.data_uri,
        });
        checks.push(Check::new(
            CheckId::Intake,
            Outcome::Pass,
            Code::InputRead,
            format!("{} bytes", bytes.len()),
        ));
        for w in read.warnings {
            checks.push(Check::new(
                CheckId::Intake,
                Outcome::Warn,
                Code::ImageSecondCredential,
                w,
            ));
        }
        let cred = match parse::credential(read.envelope) {
            Ok(c) => c,
            Err(f) => {
                checks.push(fail(CheckId::Credential, f));
                let mut r = Report::new(checks);
                r.format = Some(format);
                r.image = image;
                // Not a credential we verify (an OB 2.0 assertion, a sealed Europass credential):
                // still say what it states, none of it signed, for the learner and the recruiter.
                if let Some(doc) = unverified_document(bytes) {
                    let (descriptors, annex_i) =
                        descriptors::extract(&doc, &Coverage::Nothing, &self.lang);
                    if !descriptors.is_empty() {
                        r.descriptors = descriptors;
                        r.annex_i = Some(annex_i);
                    }
                }
                return r;
            }
        };
        checks.push(if cred.problems.is_empty() {
            Check::new(
                CheckId::Credential,
                Outcome::Pass,
                Code::CredentialParsed,
                describe_version(&cred),
            )
        } else {
            Check::new(
                CheckId::Credential,
                Outcome::Fail,
                Code::DataModelInvalid,
                cred.problems.join("; "),
            )
        });

        let mut issuer = cred.issuer_id.as_ref().map(|id| IssuerSummary {
            id: id.clone(),
            name: cred.issuer_name.clone(),
            name_source: cred
                .issuer_name
                .as_ref()
                .map(|_| "self_asserted".to_owned()),
            verification_methods: Vec::new(),
            ..IssuerSummary::default()
        });
        let mut securing = Vec::new();
        let mut coverage = Coverage::Nothing;
        match proof::verify(&cred, &self.policy, &self.documents, now) {
            Err(f) => {
                checks.push(fail(CheckId::Proof, f));
                checks.push(not_reached(
                    CheckId::IssuerKey,
                    "there is no verified signature to bind",
                ));
            }
            Ok(results) => {
                let (proof_check, keys) = summarise_proofs(&results);
                checks.push(proof_check);
                let unsigned: Vec<&str> = results
                    .iter()
                    .flat_map(|r| r.unsigned.iter().map(String::as_str))
                    .collect();
                if !results.is_empty() && results.iter().all(|r| r.result.is_ok()) {
                    coverage = if unsigned.is_empty() {
                        Coverage::All
                    } else {
                        Coverage::AllBut(
                            unsigned
                                .iter()
                                .map(|u| u.split(": ").next().unwrap_or(u).to_owned())
                                .collect(),
                        )
                    };
                }
                if !unsigned.is_empty() {
                    checks.push(Check::new(
                        CheckId::Proof,
                        Outcome::Warn,
                        Code::JsonldUndefinedTermsAllowed,
                        format!("not covered by the signature: {}", unsigned.join("; ")),
                    ));
                }
                for r in &results {
                    securing.push(r.securing.clone());
                    if let (Some(i), Some(vm)) = (issuer.as_mut(), &r.verification_method) {
                        i.verification_methods.push(vm.clone());
                    }
                }
                checks.push(bind_all(&keys, cred.issuer_id.as_deref()));
            }
        }

        let (validity, validity_summary) = validity::check(&cred, now);
        checks.push(match validity {
            Ok((code, detail)) => {
                let outcome = if code == Code::ValidityOk {
                    Outcome::Pass
                } else {
                    Outcome::Fail
                };
                Check::new(CheckId::Validity, outcome, code, detail)
            }
            Err(f) => fail(CheckId::Validity, f),
        });
        let status_checks = if depth > 0 {
            vec![Check::new(
                CheckId::Status,
                Outcome::NotChecked,
                Code::StatusNotChecked,
                "the status of a status list is not looked up",
            )]
        } else {
            self.status_checks(&cred, now)
        };
        let status_unknown = status_checks
            .iter()
            .any(|c| c.outcome == Outcome::NotChecked || c.code == Code::StatusListInvalid);
        checks.extend(status_checks);
        let bound = checks
            .iter()
            .any(|c| c.id == CheckId::IssuerKey && c.outcome == Outcome::Pass);
        match (bound, issuer.as_mut()) {
            (true, Some(i)) => checks.extend(self.trust.judge(&cred, i, now, &self.lang)),
            _ => checks.push(not_reached(CheckId::Trust, "only a credential whose signing key belongs to its issuer is looked up in trust lists")),
        }

        let mut report = Report::new(checks);
        if self.policy.require_status && status_unknown && report.verdict > Verdict::Indeterminate {
            report.verdict = Verdict::Indeterminate;
        }
        report.format = Some(format);
        report.securing = securing;
        report.credential = Some(summary(&cred));
        report.issuer = issuer;
        report.validity = Some(validity_summary);
        report.image = image;
        let (descriptors, annex_i) = descriptors::extract(&cred.doc, &coverage, &self.lang);
        report.descriptors = descriptors;
        report.annex_i = Some(annex_i);
        report
    }
}

fn fail(id: CheckId, f: Fault) -> Check {
    let outcome = match f.code.effect() {
        Some(Verdict::Indeterminate) => Outcome::NotChecked,
        _ => Outcome::Fail,
    };
    Check::new(id, outcome, f.code, f.detail)
}

fn not_reached(id: CheckId, why: &str) -> Check {
    Check::new(id, Outcome::NotChecked, Code::NotReached, why)
}

/// One check for all proofs: pass when every proof verified, else the most severe failure.
fn summarise_proofs(results: &[proof::ProofResult]) -> (Check, Vec<crate::keys::ResolvedKey>) {
    let mut keys = Vec::new();
    let mut worst: Option<&Fault> = None;
    for r in results {
        match &r.result {
            Ok(k) => keys.push(k.clone()),
            Err(f) => {
                let rank = |x: &Fault| x.code.effect().unwrap_or(Verdict::Verified);
                if worst.map_or(true, |w| rank(f) < rank(w)) {
                    worst = Some(f);
                }
            }
        }
    }
    match worst {
        Some(f) => {
            let mut c = fail(CheckId::Proof, f.clone());
            if results.len() > 1 {
                c.detail = format!(
                    "{} ({} of {} proofs verified)",
                    c.detail,
                    keys.len(),
                    results.len()
                );
            }
            (c, Vec::new())
        }
        None => {
            let names: Vec<&str> = results.iter().map(|r| r.securing.as_str()).collect();
            (
                Check::new(
                    CheckId::Proof,
                    Outcome::Pass,
                    Code::SignatureValid,
                    format!("verified: {}", names.join(", ")),
                ),
                keys,
            )
        }
    }
}

fn bind_all(keys: &[crate::keys::ResolvedKey], issuer: Option<&str>) -> Check {
    if keys.is_empty() {
        return not_reached(CheckId::IssuerKey, "there is no verified signature to bind");
    }
    let Some(issuer) = issuer else {
        return not_reached(CheckId::IssuerKey, "the credential names no issuer");
    };
    for k in keys {
        if let Err(f) = bind::bind(k, issuer) {
            return fail(CheckId::IssuerKey, f);
        }
    }
    let ids: Vec<&str> = keys.iter().map(|k| k.id.as_str()).collect();
    Check::new(
        CheckId::IssuerKey,
        Outcome::Pass,
        Code::IssuerKeyBound,
        format!("{} controls {}", issuer, ids.join(", ")),
    )
}

fn describe_version(cred: &Credential) -> String {
    let profile = if cred.is_open_badge() {
        "Open Badges 3.0"
    } else {
        "Verifiable Credential"
    };
    match cred.version {
        Some(v) => format!("{profile}, VC Data Model {}", v.as_str()),
        None => profile.to_owned(),
    }
}

fn summary(cred: &Credential) -> CredentialSummary {
    CredentialSummary {
        id: cred
            .doc
            .get("id")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned),
        types: cred.types.clone(),
        name: cred.name(),
        vc_version: cred.version.map(|v| v.as_str().to_owned()),
        profile: Some(
            if cred.is_open_badge() {
                "open_badges_3"
            } else {
                "vc"
            }
            .to_owned(),
        ),
        subject_ids: cred.subject_ids(),
        jwt_profile: match &cred.securing {
            parse::Securing::Jwt(_, p) => Some(p.as_str().to_owned()),
            parse::Securing::Embedded(_) => None,
        },
    }
}

impl Verifier {
    /// One check per status entry: the list is looked up among the supplied documents, verified as
    /// a credential (signature, key binding, validity), required to come from the credential's
    /// issuer, then read.
    fn status_checks(&self, cred: &Credential, now: Timestamp) -> Vec<Check> {
        let entries = match status::entries(cred) {
            Ok(e) if e.is_empty() => {
                return vec![Check::new(
                    CheckId::Status,
                    Outcome::Pass,
                    Code::StatusNone,
                    "the credential has no credentialStatus",
                )]
            }
            Ok(e) => e,
            Err(f) => return vec![fail(CheckId::Status, f)],
        };
        let mut checks = Vec::new();
        for entry in entries {
            let (kind, purpose, index, size, url) = match entry {
                status::Entry::Unsupported(t) => {
                    checks.push(Check::new(
                        CheckId::Status,
                        Outcome::NotChecked,
                        Code::StatusTypeUnsupported,
                        format!("credentialStatus type {t:?}"),
                    ));
                    continue;
                }
                status::Entry::RevocationList { list } => {
                    checks.push(self.revocation_list_check(cred, &list));
                    continue;
                }
                status::Entry::List {
                    kind,
                    purpose,
                    index,
                    size,
                    list,
                } => (kind, purpose, index, size, list),
            };
            let Some(doc) = self.documents.get(&url) else {
                checks.push(Check::new(
                    CheckId::Status,
                    Outcome::NotChecked,
                    Code::StatusListUnavailable,
                    format!("the status list {url} was not supplied"),
                ));
                continue;
            };
            match self.read_status_list(cred, doc, kind, &purpose, now) {
                Err(f) => checks.push(fail(
                    CheckId::Status,
                    Fault::new(f.code, format!("{url}: {}", f.detail)),
                )),
                Ok((bits, foreign)) => {
                    if bits.len() * 8 < status::MIN_LIST_BITS {
                        checks.push(Check::new(
                            CheckId::Status,
                            Outcome::Warn,
                            Code::StatusListShort,
                            format!(
                                "{url} has {} entries; the minimum is {}",
                                bits.len() * 8,
                                status::MIN_LIST_BITS
                            ),
                        ));
                    }
                    checks.push(match status::entry_value(&bits, index, size) {
                        Err(f) => fail(CheckId::Status, Fault::new(f.code, format!("{url}: {}", f.detail))),
                        Ok(v) if v != 0 && purpose == "revocation" => Check::new(CheckId::Status, Outcome::Fail, Code::StatusRevoked, format!("entry {index} of {url} is set")),
                        Ok(v) if v != 0 && purpose == "suspension" => Check::new(CheckId::Status, Outcome::Fail, Code::StatusSuspended, format!("entry {index} of {url} is set")),
                        // A list signed by someone else can show a revocation (the issuer named it in
                        // the signed credential) but cannot rule one out: a substitute could hide it.
                        Ok(_) if foreign.is_some() => Check::new(
                            CheckId::Status,
                            Outcome::NotChecked,
                            Code::StatusListForeignIssuer,
                            format!("{url} is signed by {}, not by the issuer: it does not rule out {purpose}", foreign.unwrap_or_default()),
                        ),
                        Ok(v) => Check::new(CheckId::Status, Outcome::Pass, Code::StatusOk, format!("{purpose}: entry {index} of {url} is {v}")),
                    });
                }
            }
        }
        checks
    }

    /// A 1EdTech revocation list is unsigned: whoever supplied it could have edited it. Like a list
    /// from another signer, it can show a revocation but not rule one out.
    fn revocation_list_check(&self, cred: &Credential, url: &str) -> Check {
        let Some(doc) = self.documents.get(url) else {
            return Check::new(
                CheckId::Status,
                Outcome::NotChecked,
                Code::StatusListUnavailable,
                format!("the revocation list {url} was not supplied"),
            );
        };
        let id = cred
            .doc
            .get("id")
            .and_then(serde_json::Value::as_str)
            .unwrap_or_default();
        if !id.is_empty() && status::revocation_list_names(doc, id) {
            Check::new(
                CheckId::Status,
                Outcome::Fail,
                Code::StatusRevoked,
                format!("the 1EdTech revocation list {url} names {id}"),
            )
        } else {
            Check::new(
                CheckId::Status,
                Outcome::NotChecked,
                Code::StatusListUnsigned,
                format!("{url} does not name the credential, but it is not signed, so that does not rule out revocation"),
            )
        }
    }

    /// The list's bits, and `Some(signer)` when the list comes from someone other than the
    /// credential's issuer whom no trust list vouches for.
    fn read_status_list(
        &self,
        cred: &Credential,
        doc: &serde_json::Value,
        kind: status::Kind,
        purpose: &str,
        now: Timestamp,
    ) -> Result<(Vec<u8>, Option<String>), Fault> {
        let invalid = |d: String| Fault::new(Code::StatusListInvalid, d);
        let bytes = serde_json::to_vec(doc).map_err(|e| invalid(e.to_string()))?;
        let report = self.verify_at_depth(&bytes, now, 1);
        if !matches!(report.verdict, Verdict::Verified | Verdict::IssuerUnknown) {
            let why = report
                .deciding_check()
                .map(|c| format!("{}: {}", c.code, c.detail))
                .unwrap_or_default();
            return Err(invalid(format!(
                "the status list credential is {} ({why})",
                report.verdict.as_str()
            )));
        }
        let list = intake::read(&bytes)
            .and_then(parse::credential)
            .map_err(|f| invalid(f.detail))?;
        let signer = list.issuer_id.clone().unwrap_or_default();
        let foreign = (list.issuer_id != cred.issuer_id && !self.trust.vouches_for(&signer, now))
            .then_some(signer);
        Ok((status::read_bits(&list, kind, purpose)?, foreign))
    }
}

/// The JSON object inside `bytes` (a plain JSON file, a baked image, or the payload of a JAdES
/// JSON serialisation), read again on the failure path only.
fn unverified_document(bytes: &[u8]) -> Option<serde_json::Map<String, Value>> {
    let read = intake::read_container(bytes).ok()?;
    let intake::Envelope::Json(Value::Object(doc)) = read.envelope else {
        return None;
    };
    if let (Some(Value::String(payload)), true) =
        (doc.get("payload"), doc.contains_key("signatures"))
    {
        return match intake::json::parse(payload.as_bytes()) {
            Ok(Value::Object(inner)) => Some(inner),
            _ => None,
        };
    }
    Some(doc)
}
