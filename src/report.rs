//! The one result type. An invalid credential is a *result*; only misuse of the API is an error.

use serde::Serialize;

use crate::canon::jsonld::Dropped;
use crate::codes::{Code, Fault, Named, Outcome, Verdict, Wanted};
use crate::descriptors::{AnnexI, Descriptor};
use crate::intake::Format;
use crate::lines::Facts;
use crate::parse::{Credential, Securing};

/// The stage a check belongs to, in pipeline order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckId {
    /// Reading the bytes: size, encoding, container.
    Intake,
    /// The credential's data model.
    Credential,
    /// The signature(s).
    Proof,
    /// Whether the signing key belongs to the issuer.
    IssuerKey,
    /// The validity window.
    Validity,
    /// Revocation and suspension.
    Status,
    /// Trust lists vouching for the issuer.
    Trust,
}

/// One line of the report: a stage, what it found, a stable code and the facts behind it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Check {
    /// Which stage.
    pub id: CheckId,
    /// What it found.
    pub outcome: Outcome,
    /// Stable reason code (see [`Code`]).
    #[serde(serialize_with = "ser_code")]
    pub code: Code,
    /// Facts in plain English (names of fields, limits, URLs); the words come from [`Code::describe`].
    /// For a check with `facts`, their line in English (written by the npm package in the
    /// browser, where the wasm leaves the words out).
    pub detail: String,
    /// The facts as data, for a check whose line is in the catalogue of [`crate::lines`]: the
    /// widget and the CLI say them in the reader's language. Absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facts: Option<Box<Facts>>,
    /// The document that would let this check decide, when one was not supplied. Absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wants: Option<Wanted>,
    /// For a format Keurmerk recognises and does not verify: what it is and what to do instead.
    /// Absent otherwise (and always in the core module, which answers `module_needed`).
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "ser_named")]
    pub named: Option<Box<Named>>,
}

/// Only the full module names formats: the core module leaves the serialiser out.
#[allow(clippy::borrowed_box)]
fn ser_named<S: serde::Serializer>(n: &Option<Box<Named>>, s: S) -> Result<S::Ok, S::Error> {
    match n {
        Some(n) if cfg!(feature = "ecdsa-rsa") => s.serialize_some(n),
        _ => s.serialize_none(),
    }
}

fn ser_code<S: serde::Serializer>(c: &Code, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(c.as_str())
}

impl Check {
    /// A check with the outcome its code has.
    pub fn new(id: CheckId, code: Code, detail: impl Into<String>) -> Self {
        Self {
            id,
            outcome: code.outcome(),
            code,
            detail: detail.into(),
            facts: None,
            wants: None,
            named: None,
        }
    }

    /// The name of the check's line in the catalogue (`crate::lines`), if it has one: what a test
    /// compares where the English `detail` is not written (the wasm build).
    pub fn line(&self) -> Option<&'static str> {
        self.facts.as_ref().map(|f| f.line)
    }

    /// A check whose detail line is `facts` (said in English natively; in the wasm build the
    /// npm package writes the English line).
    #[inline(never)] // one copy, not one at each site: the wasm is smaller
    pub fn said(id: CheckId, code: Code, facts: Facts) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let detail = facts.say("en");
        #[cfg(target_arch = "wasm32")]
        let detail = String::new();
        Self {
            facts: Some(Box::new(facts)),
            ..Self::new(id, code, detail)
        }
    }

    /// The check a stage's fault becomes (keeping the document it wants).
    pub fn from_fault(id: CheckId, fault: Fault) -> Self {
        Self {
            wants: fault.wants,
            named: fault.named,
            facts: fault.facts,
            ..Self::new(id, fault.code, fault.detail)
        }
    }

    /// A check that was not made because an earlier one failed.
    pub fn not_reached(id: CheckId, why: &str) -> Self {
        Self::new(id, Code::NotReached, why)
    }
}

/// What the credential says about itself (self-asserted until a trust list confirms it).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CredentialSummary {
    /// `id`, if any.
    pub id: Option<String>,
    /// `type` values.
    pub types: Vec<String>,
    /// `name` of the credential (or of the achievement for Open Badges when the credential has none).
    pub name: Option<String>,
    /// `"1.1"` or `"2.0"`, from the base `@context`.
    pub vc_version: Option<String>,
    /// `"open_badges_3"` for an OpenBadgeCredential / AchievementCredential, else `"vc"`.
    pub profile: Option<String>,
    /// `credentialSubject.id` values.
    pub subject_ids: Vec<String>,
    /// For a VC-JWT: `"vc_1_1"`, `"vc_jose_cose"` or `"open_badges_3"`.
    pub jwt_profile: Option<String>,
}

impl CredentialSummary {
    /// The summary of a parsed credential.
    pub fn of(cred: &Credential) -> Self {
        Self {
            id: cred
                .doc
                .get("id")
                .and_then(serde_json::Value::as_str)
                .map(str::to_owned),
            types: cred.types.clone(),
            name: cred.name(),
            vc_version: cred.version.map(|v| v.as_str().to_owned()),
            profile: Some(
                match &cred.securing {
                    Securing::Ob2(o) if o.version == crate::parse::ob2::Version::V2_0 => {
                        "open_badges_2"
                    }
                    Securing::Ob2(_) => "open_badges_1",
                    _ if cred.is_open_badge() => "open_badges_3",
                    _ => "vc",
                }
                .to_owned(),
            ),
            subject_ids: cred.subject_ids(),
            jwt_profile: match &cred.securing {
                Securing::Jwt(_, p) => Some(p.as_str().to_owned()),
                Securing::SdJwt(..) => Some("sd_jwt".to_owned()),
                _ => None,
            },
        }
    }
}

impl Check {
    /// Stage 2's check: the data model as parsed, or its problems.
    pub fn of_credential(cred: &Credential) -> Self {
        // Each problem's line, the next one after it in parentheses.
        let problems = cred.problems.iter().rev().cloned().reduce(|then, mut p| {
            p.then = Some(Box::new(then));
            p
        });
        if let Some(facts) = problems {
            return Self::said(CheckId::Credential, Code::DataModelInvalid, facts);
        }
        let profile = match &cred.securing {
            Securing::SdJwt(_, sd) if cred.version.is_none() => {
                // without `vct` a plain SD-JWT (SD-JWT VC requires one)
                let facts = match sd.vct.as_deref() {
                    Some(vct) => crate::lines::sd_jwt_vc_kind(vct),
                    None => crate::lines::credential_kind("SD-JWT"),
                };
                return Self::said(CheckId::Credential, Code::CredentialParsed, facts);
            }
            Securing::Ob2(o) if !o.known() => {
                return Self::said(
                    CheckId::Credential,
                    Code::NotReached,
                    crate::lines::ob2_url_only(),
                );
            }
            Securing::Ob2(o) => {
                return Self::said(
                    CheckId::Credential,
                    Code::CredentialParsed,
                    crate::lines::ob2_assertion_kind(o.version.as_str()),
                );
            }
            _ if cred.is_open_badge() => "Open Badges 3.0",
            _ => "Verifiable Credential",
        };
        let facts = match cred.version {
            Some(v) => crate::lines::credential_model(profile, v.as_str()),
            None => crate::lines::credential_kind(profile),
        };
        Self::said(CheckId::Credential, Code::CredentialParsed, facts)
    }
}

/// Who the credential says issued it, and which keys signed it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct IssuerSummary {
    /// The issuer identifier (`issuer` or `issuer.id`).
    pub id: String,
    /// The name the credential gives its issuer. Self-asserted: anyone can write any name.
    pub name: Option<String>,
    /// Where `name` comes from: `"self_asserted"` or `"trust_list"`.
    pub name_source: Option<String>,
    /// The verification methods (keys) of the proofs, in proof order.
    pub verification_methods: Vec<String>,
    /// What the credential called its issuer, when `name` comes from a trust list instead.
    pub self_asserted_name: Option<String>,
    /// The issuer's names by language, from the trust list that vouches for it.
    pub names: std::collections::BTreeMap<String, String>,
    /// Country (ISO 3166-1 alpha-2), from the trust list.
    pub country: Option<String>,
    /// Home page, from the trust list.
    pub homepage: Option<String>,
    /// The trust lists that vouch for the issuer.
    pub trusted_by: Vec<TrustedBy>,
}

/// A trust list that vouches for the issuer, and who operates it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TrustedBy {
    /// The list's name.
    pub list: String,
    /// The operator's identifier.
    pub operator: String,
    /// The operator's name.
    pub operator_name: Option<String>,
    /// The list's sequence number.
    pub sequence: u64,
    /// Where the list's entry for the issuer comes from: the entry's `evidence[]` as the list
    /// states it (checked when the list was read: `source` is text, dates are dates), one object
    /// per statement of a public register — `source`, `kind`, `reference`, `retrieved`,
    /// `statement`, `body`, `framework`, `levels`, `validFrom`, `validUntil`, `expires`
    /// (`docs/trust-list.md`). Facts, not words: the widget and the CLI say them in the reader's
    /// language.
    pub evidence: Vec<serde_json::Value>,
}

/// The validity window as stated, and the `now` it was judged against.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ValiditySummary {
    /// The instant the caller passed.
    pub now: String,
    /// Start of validity (`validFrom`, `issuanceDate` or JWT `nbf`), normalised to UTC.
    pub valid_from: Option<String>,
    /// End of validity (`validUntil`, `expirationDate` or JWT `exp`), normalised to UTC.
    pub valid_until: Option<String>,
}

/// A baked badge's image.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ImageSummary {
    /// `image/png` or `image/svg+xml`.
    pub media_type: String,
    /// The image as a `data:` URI; absent for images over 1 MiB.
    pub data_uri: Option<String>,
}

/// One signature, as the report shows it: what secured the credential, with which algorithm and
/// key, and the certificates that came with it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SignatureSummary {
    /// The securing mechanism (`ecdsa-rdfc-2019`, `jwt:ES256` …).
    pub securing: String,
    /// The JOSE name of the algorithm (`ES256`, `EdDSA` …), once the key was known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub algorithm: Option<&'static str>,
    /// The key type and size (`P-256`, `RSA 2048`, `Ed25519`), once known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_type: Option<String>,
    /// The verification method the signature names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification_method: Option<String>,
    /// True when the key came only with the credential (a JWS `jwk` or `x5c` no trust list pins).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub self_asserted: bool,
    /// The `x5c` chain, leaf first, as its certificates name their subjects and issuers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub certificates: Vec<CertificateSummary>,
}

/// What the holder of a selective-disclosure credential (SD-JWT) showed and kept back.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DisclosureSummary {
    /// The SD-JWT VC type (`vct`), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vct: Option<String>,
    /// JSON pointers of the claims the holder disclosed.
    pub disclosed: Vec<String>,
    /// Digests not disclosed: claims the holder kept back, and decoys the issuer adds so that their
    /// number says nothing.
    pub withheld: usize,
    /// The holder's key binding as stated (`aud`, `nonce`, `iat`), when there is one; its check is
    /// in `checks`. Shown, not enforced: a stored file is not a live presentation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_binding: Option<serde_json::Map<String, serde_json::Value>>,
}

/// A presentation: who hands the credentials over, and each credential's own report.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PresentationSummary {
    /// The holder (`holder`, `holder.id`, or a VP-JWT's `iss`), as the presentation states it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub holder: Option<String>,
    /// How the presentation itself is secured (`jwt:ES384`, `eddsa-rdfc-2022` …), if at all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub securing: Option<String>,
    /// Whether the holder's signature on the presentation was checked: always false (a stored file
    /// is not a live presentation; each credential's own signature is what counts).
    pub signature_checked: bool,
    /// One full report per credential inside, in order (at most `MAX_PRESENTED_CREDENTIALS`).
    pub credentials: Vec<Report>,
    /// Entries not verified: over the limit, presentations inside the presentation, or entries
    /// that hold no credential Keurmerk can read out.
    pub not_opened: usize,
}

/// A certificate of an `x5c` chain.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CertificateSummary {
    /// `CN=…, O=…, C=…` of the subject.
    pub subject: String,
    /// `CN=…, O=…, C=…` of the issuer.
    pub issuer: String,
    /// Valid from, as the certificate writes it.
    pub not_before: String,
    /// Valid until, as the certificate writes it.
    pub not_after: String,
}

/// Who sealed a JAdES-sealed credential (a Europass EDC), as the seal's certificate says: the
/// organisation shown is the certificate's subject; the credential's own issuer name is
/// self-asserted (`issuer.name`, `nameSource`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SealSummary {
    /// The certificate's subject.
    pub subject: SealSubject,
    /// `CN=…, O=…, C=…` of the certificate's issuer (a certificate authority).
    pub issuer: String,
    /// The certificate is valid from (RFC 3339, UTC).
    pub not_before: String,
    /// The certificate is valid until (RFC 3339, UTC).
    pub not_after: String,
    /// The qualified-certificate statements.
    pub qualified: QualifiedStatements,
    /// `"qualified"` (QcCompliance and QcSSCD), `"advanced_qualified_certificate"` (QcCompliance
    /// only) or `"advanced"`.
    pub level: &'static str,
    /// The level in words: "qualified electronic seal", "advanced seal with a qualified
    /// certificate", "advanced seal without a qualified certificate".
    pub level_words: &'static str,
    /// When the credential was sealed, as claimed (`sigT`); absent when not stated.
    pub signing_time: Option<String>,
    /// Where `signingTime` comes from: `"sigT"`, the sealer's own claim (not evidence).
    pub signing_time_source: Option<&'static str>,
    /// The signature timestamp (`sigTst`), when the seal has one: who stamped it, when, and whether
    /// it verifies and comes from a qualified time-stamping service on a loaded list.
    #[cfg(feature = "ecdsa-rsa")]
    pub timestamp: Option<SealTimestamp>,
    /// The qualified trust service that issued the seal's certificate, as a loaded EU trusted list
    /// names it; absent when none does.
    #[cfg(feature = "ecdsa-rsa")]
    pub issued_by: Option<SealIssuer>,
}

/// A seal's signature timestamp (RFC 3161, `sigTst`).
#[cfg(feature = "ecdsa-rsa")]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SealTimestamp {
    /// The time-stamping authority as its certificate names it (`CN=…, O=…, C=…`); empty when
    /// the token did not verify.
    pub authority: String,
    /// `genTime` (RFC 3339), when the token verified.
    pub time: Option<String>,
    /// Whether the token verifies (imprint, messageDigest, the authority's signature).
    pub verified: bool,
    /// Whether the authority is a qualified time-stamping service granted at `time` on a loaded
    /// list: only then does the timestamp prove when the seal was made.
    pub qualified: bool,
}

/// The trust service that issued a seal's certificate (an entry imported from an EU trusted list).
#[cfg(feature = "ecdsa-rsa")]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SealIssuer {
    /// The service's name on the trusted list.
    pub service: String,
    /// The trust service provider.
    pub provider: String,
    /// The trusted list's territory (ISO 3166-1 alpha-2, `EL` for Greece as the EU writes it).
    pub country: String,
    /// The trusted list's sequence number.
    pub list_sequence: u64,
    /// The trusted list's issue date (RFC 3339).
    pub list_issued: String,
    /// The Keurmerk list the entry was loaded from.
    pub trust_list: String,
    /// The service's status at `statusAt`: `granted`, `withdrawn`, `suspended` or `not_yet_granted`.
    pub status: &'static str,
    /// When the status is judged: the proven signing time, else the time of verification.
    pub status_at: String,
    /// Whether the list's qualifiers put the certificate's key in a qualified creation device.
    pub qscd_by_list: bool,
}

/// The subject attributes of a seal certificate (each absent when the certificate has none).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SealSubject {
    /// organizationName (O): the sealing organisation.
    pub organisation: Option<String>,
    /// countryName (C).
    pub country: Option<String>,
    /// organizationIdentifier (2.5.4.97): `VATES-…`, `NTRNL-…`, `LEIXG-…`.
    pub organisation_identifier: Option<String>,
    /// commonName (CN).
    pub common_name: Option<String>,
}

/// The ETSI EN 319 412-5 statements of a seal certificate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct QualifiedStatements {
    /// QcCompliance: an EU qualified certificate.
    #[serde(rename = "qcCompliance")]
    pub qc_compliance: bool,
    /// QcType e-seal: a certificate for electronic seals.
    #[serde(rename = "qcTypeEseal")]
    pub qc_type_eseal: bool,
    /// QcSSCD: the key is in a qualified seal creation device.
    #[serde(rename = "qcSSCD")]
    pub qc_sscd: bool,
}

impl From<crate::intake::Image> for ImageSummary {
    fn from(i: crate::intake::Image) -> Self {
        Self {
            media_type: i.media_type.to_owned(),
            data_uri: i.data_uri,
        }
    }
}

impl IssuerSummary {
    /// The issuer as the credential states it, with the verification methods its proofs name.
    pub fn stated(cred: &Credential, verification_methods: &[String]) -> Option<Self> {
        cred.issuer_id.as_ref().map(|id| Self {
            id: id.clone(),
            name: cred.issuer_name.clone(),
            name_source: cred
                .issuer_name
                .as_ref()
                .map(|_| "self_asserted".to_owned()),
            verification_methods: verification_methods.to_vec(),
            ..Self::default()
        })
    }
}

/// The result of verifying one input.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// The overall verdict, computed from `checks` by one precedence table (`verdict_of`).
    pub verdict: Verdict,
    /// The index in `checks` of the check that decided the verdict (the first whose code forces
    /// it; for `verified` the trust check that vouched, for `issuer_unknown` the first trust check).
    pub deciding: Option<usize>,
    /// Container, once recognised.
    pub format: Option<Format>,
    /// Securing mechanisms found (`"eddsa-jcs-2022"`, `"jwt:EdDSA"` …).
    pub securing: Vec<String>,
    /// Each signature: algorithm, key type, verification method, certificates (absent when the
    /// credential carries none Keurmerk got to).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub signatures: Vec<SignatureSummary>,
    /// For an SD-JWT: what the holder disclosed and withheld.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disclosure: Option<DisclosureSummary>,
    /// For a presentation: its holder and one full report per credential inside.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "ecdsa-rsa"), serde(skip))]
    pub presentation: Option<PresentationSummary>,
    /// One entry per stage, in pipeline order.
    pub checks: Vec<Check>,
    /// Parts of the credential the signature does not cover (JSON-LD dropped them and the policy
    /// allowed it), by JSON pointer.
    pub unsigned: Vec<Dropped>,
    /// What the credential says about itself.
    pub credential: Option<CredentialSummary>,
    /// The issuer as stated and the signing keys.
    pub issuer: Option<IssuerSummary>,
    /// The validity window.
    pub validity: Option<ValiditySummary>,
    /// The EU Annex I elements the credential states (`docs/profile.md`), keyed by element.
    pub descriptors: std::collections::BTreeMap<&'static str, Descriptor>,
    /// Which Annex I elements are present, and which mandatory ones are missing.
    pub annex_i: Option<AnnexI>,
    /// The badge image of a baked credential, as a `data:` URI (never fetched from anywhere).
    pub image: Option<ImageSummary>,
    /// The recipient of an Open Badges 1.x / 2.0 assertion as it is stated (usually a salted hash
    /// of an email address): [`Recipient::matches`](crate::Recipient::matches) checks an address a
    /// recruiter types, locally.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "ecdsa-rsa"), serde(skip))]
    pub recipient: Option<crate::parse::ob2::Recipient>,
    /// Who sealed a JAdES-sealed credential (a Europass EDC), from the seal's certificate. Only
    /// the full module has the field (the core module leaves even its drop code out).
    #[cfg(feature = "ecdsa-rsa")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seal: Option<Box<SealSummary>>,
    /// The version of Keurmerk that wrote this report.
    pub keurmerk_version: &'static str,
}

impl Report {
    /// Builds a report from its checks; the verdict and the deciding check follow from them.
    pub fn new(checks: Vec<Check>) -> Self {
        let (verdict, deciding) = verdict_of(&checks);
        Self {
            verdict,
            deciding,
            format: None,
            securing: Vec::new(),
            signatures: Vec::new(),
            disclosure: None,
            presentation: None,
            checks,
            recipient: None,
            #[cfg(feature = "ecdsa-rsa")]
            seal: None,
            unsigned: Vec::new(),
            credential: None,
            issuer: None,
            validity: None,
            image: None,
            descriptors: std::collections::BTreeMap::new(),
            annex_i: None,
            keurmerk_version: env!("CARGO_PKG_VERSION"),
        }
    }

    /// The same report, with the container and the image the input arrived in.
    #[must_use]
    pub fn arrived_in(mut self, format: Format, image: Option<ImageSummary>) -> Self {
        (self.format, self.image) = (Some(format), image);
        self
    }

    /// The check that decided the verdict, if any.
    pub fn deciding_check(&self) -> Option<&Check> {
        self.deciding.and_then(|i| self.checks.get(i))
    }

    /// The report as one line of JSON.
    pub fn to_json(&self) -> String {
        // A report is a few KB: one allocation instead of a dozen doublings.
        let mut out = Vec::with_capacity(REPORT_JSON_CAPACITY);
        match serde_json::to_writer(&mut out, self).map(|()| String::from_utf8(out)) {
            Ok(Ok(json)) => json,
            _ => String::from("{\"verdict\":\"unreadable\"}"),
        }
    }
}

/// The bytes reserved for a report's JSON: most reports are 3–8 KB.
const REPORT_JSON_CAPACITY: usize = 8 << 10;

/// The one place a verdict is decided (DESIGN.md's precedence): the most severe verdict any check's
/// code forces, by the order of [`Verdict`], decided by the first check that forces it; when none
/// does, `verified` if a trust check passed, else `issuer_unknown`.
pub(crate) fn verdict_of(checks: &[Check]) -> (Verdict, Option<usize>) {
    let forced = checks.iter().filter_map(|c| c.code.effect()).min();
    let first = |p: &dyn Fn(&Check) -> bool| checks.iter().position(p);
    match forced {
        Some(v) => (v, first(&|c| c.code.effect() == Some(v))),
        None => match first(&|c| c.id == CheckId::Trust && c.outcome == Outcome::Pass) {
            Some(i) => (Verdict::Verified, Some(i)),
            None => (Verdict::IssuerUnknown, first(&|c| c.id == CheckId::Trust)),
        },
    }
}
