//! The one result type. An invalid credential is a *result*; only misuse of the API is an error.

use serde::Serialize;

use crate::codes::Code;

/// The overall answer, by precedence (first match wins): see `docs/report.md`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Not a credential we can read: malformed, over a limit, no credential inside the image.
    Unreadable,
    /// Checked and wrong: bad signature, tampered, key not controlled by issuer, no proof.
    Invalid,
    /// A verified status list says it was revoked.
    Revoked,
    /// A verified status list says it is suspended.
    Suspended,
    /// Past its validity window at `now`.
    Expired,
    /// Before its validity window at `now`.
    NotYetValid,
    /// Could not check: unsupported suite or format, unknown context, key not available.
    Indeterminate,
    /// Everything checks out, but no loaded trust list vouches for the issuer.
    IssuerUnknown,
    /// Everything checks out and a trust list vouches for the issuer.
    Verified,
}

impl Verdict {
    /// The stable snake_case name, as in the JSON report.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Unreadable => "unreadable",
            Self::Invalid => "invalid",
            Self::Revoked => "revoked",
            Self::Suspended => "suspended",
            Self::Expired => "expired",
            Self::NotYetValid => "not_yet_valid",
            Self::Indeterminate => "indeterminate",
            Self::IssuerUnknown => "issuer_unknown",
            Self::Verified => "verified",
        }
    }

    /// A short headline in `lang` (`"nl"` or English).
    pub fn headline(self, lang: &str) -> &'static str {
        let nl = lang.starts_with("nl");
        match (self, nl) {
            (Self::Unreadable, false) => "Unreadable",
            (Self::Unreadable, true) => "Onleesbaar",
            (Self::Invalid, false) => "Invalid",
            (Self::Invalid, true) => "Ongeldig",
            (Self::Revoked, false) => "Revoked",
            (Self::Revoked, true) => "Ingetrokken",
            (Self::Suspended, false) => "Suspended",
            (Self::Suspended, true) => "Opgeschort",
            (Self::Expired, false) => "Expired",
            (Self::Expired, true) => "Verlopen",
            (Self::NotYetValid, false) => "Not yet valid",
            (Self::NotYetValid, true) => "Nog niet geldig",
            (Self::Indeterminate, false) => "Could not be checked",
            (Self::Indeterminate, true) => "Kon niet worden gecontroleerd",
            (Self::IssuerUnknown, false) => "Authentic, issuer not vouched for",
            (Self::IssuerUnknown, true) => "Echt, uitgever niet bevestigd",
            (Self::Verified, false) => "Verified",
            (Self::Verified, true) => "Geverifieerd",
        }
    }
}

/// What a single check found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Checked and fine.
    Pass,
    /// Checked and wrong (or the input could not be read).
    Fail,
    /// Fine, with a caveat worth showing.
    Warn,
    /// Could not be checked; `code` says why.
    NotChecked,
}

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
    pub detail: String,
}

fn ser_code<S: serde::Serializer>(c: &Code, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(c.as_str())
}

impl Check {
    /// A check with the given outcome.
    pub fn new(id: CheckId, outcome: Outcome, code: Code, detail: impl Into<String>) -> Self {
        Self {
            id,
            outcome,
            code,
            detail: detail.into(),
        }
    }
}

/// The container a credential arrived in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// A JSON credential with embedded proofs.
    Json,
    /// A compact JWS (VC-JWT).
    Jwt,
    /// A PNG image.
    Png,
    /// An SVG image.
    Svg,
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

/// The result of verifying one input.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// The overall verdict.
    pub verdict: Verdict,
    /// Container, once recognised.
    pub format: Option<Format>,
    /// Securing mechanisms found (`"eddsa-jcs-2022"`, `"jwt:EdDSA"` …).
    pub securing: Vec<String>,
    /// One entry per stage, in pipeline order.
    pub checks: Vec<Check>,
    /// What the credential says about itself.
    pub credential: Option<CredentialSummary>,
    /// The issuer as stated and the signing keys.
    pub issuer: Option<IssuerSummary>,
    /// The validity window.
    pub validity: Option<ValiditySummary>,
    /// The EU Annex I elements the credential states (`docs/profile.md`), keyed by element.
    pub descriptors: std::collections::BTreeMap<&'static str, crate::descriptors::Descriptor>,
    /// Which Annex I elements are present, and which mandatory ones are missing.
    pub annex_i: Option<crate::descriptors::AnnexI>,
    /// The badge image of a baked credential, as a `data:` URI (never fetched from anywhere).
    pub image: Option<ImageSummary>,
    /// The version of Keurmerk that wrote this report.
    pub keurmerk_version: &'static str,
}

impl Report {
    /// Builds a report from its checks; the verdict follows from them (see [`verdict_of`]).
    pub fn new(checks: Vec<Check>) -> Self {
        Self {
            verdict: verdict_of(&checks),
            format: None,
            securing: Vec::new(),
            checks,
            credential: None,
            issuer: None,
            validity: None,
            image: None,
            descriptors: std::collections::BTreeMap::new(),
            annex_i: None,
            keurmerk_version: env!("CARGO_PKG_VERSION"),
        }
    }

    /// Recomputes the verdict after checks were added.
    pub fn settle(&mut self) {
        self.verdict = verdict_of(&self.checks);
    }

    /// The first check whose code forces the verdict, if any.
    pub fn deciding_check(&self) -> Option<&Check> {
        self.checks
            .iter()
            .filter(|c| c.code.effect() == Some(self.verdict))
            .min_by_key(|c| c.id)
    }

    /// The report as one line of JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| String::from("{\"verdict\":\"unreadable\"}"))
    }
}

/// The verdict of a set of checks: the most severe verdict any code forces, by the precedence of
/// [`Verdict`]; when none forces one, `verified` if a trust check passed, else `issuer_unknown`.
pub fn verdict_of(checks: &[Check]) -> Verdict {
    let forced = checks.iter().filter_map(|c| c.code.effect()).min();
    match forced {
        Some(v) => v,
        None if checks
            .iter()
            .any(|c| c.id == CheckId::Trust && c.outcome == Outcome::Pass) =>
        {
            Verdict::Verified
        }
        None => Verdict::IssuerUnknown,
    }
}
