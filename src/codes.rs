//! The shared vocabulary of every stage: stable check codes (what each does to the verdict and to
//! its check, and its words in English and Dutch), the [`Verdict`] precedence, a check's
//! [`Outcome`], and the [`Fault`] a stage returns. A leaf: it imports nothing of the crate.
//!
//! This is the one catalogue the CLI, the npm package and the widget show. A code's string never
//! changes once released; `docs/report.md` lists them all.

use serde::Serialize;

/// The overall answer. The order of the variants is the precedence of DESIGN.md: when several
/// checks force a verdict, the first in this order wins (`docs/report.md`).
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
    /// Every verdict, in precedence order.
    pub const ALL: [Verdict; 9] = [
        Self::Unreadable,
        Self::Invalid,
        Self::Revoked,
        Self::Suspended,
        Self::Expired,
        Self::NotYetValid,
        Self::Indeterminate,
        Self::IssuerUnknown,
        Self::Verified,
    ];

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

    /// Looks a verdict up by its name.
    pub fn from_name(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
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

/// What a single check found. Each [`Code`] has one outcome (the `codes!` table).
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

/// The kind of document that would let a check decide (`Check::wants`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WantKind {
    /// A DID document (did:web and other DID methods that cannot be resolved offline).
    Did,
    /// A key or controller document at an https URL.
    Key,
    /// A status-list credential or revocation list.
    Status,
    /// A JSON-LD context that is not bundled.
    Context,
    /// A document an Open Badges 2.0 issuer hosts: the assertion itself, its badge class or the
    /// issuer's profile.
    Badge,
}

/// A document that was not supplied and would let a check decide: the host may fetch it (Keurmerk
/// never does) and verify again with it among the documents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Wanted {
    /// The URL or DID (without fragment) the document stands for.
    pub url: String,
    /// What kind of document it is.
    pub kind: WantKind,
}

/// Words for a recruiter in the two languages of the catalogue.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Words {
    /// English.
    pub en: String,
    /// Dutch.
    pub nl: String,
}

impl Words {
    /// The words in `lang` (`"nl"`; anything else is English).
    pub fn get(&self, lang: &str) -> &str {
        if lang.starts_with("nl") {
            &self.nl
        } else {
            &self.en
        }
    }
}

/// A format Keurmerk recognises and does not verify, named for a recruiter (`Check::named`): what
/// it is, and what they could do instead. Only the full module names formats (the core answers
/// `module_needed`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Named {
    /// The format's stable id: `blockcerts`, `bbs_2023`, `eip712`, `legacy_proof`, `europass_xml`,
    /// `xml`, `badge_class`, `issuer_profile`, `achievement`, `did_document`, `public_key`,
    /// `status_list`, `presentation` (`docs/report.md`).
    pub format: &'static str,
    /// What it is: "a Blockcerts certificate anchored on the Bitcoin blockchain; …".
    pub what: Words,
    /// What the recruiter could do instead.
    pub instead: Words,
    /// The blockchain a Blockcerts certificate is anchored on, when its proof says: `bitcoin`,
    /// `bitcoin_testnet`, `ethereum`, `ethereum_sepolia` … or `mocknet` (a test certificate on no chain).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anchor: Option<&'static str>,
}

/// A code's words; those marked `full` (codes only the full module's stages give) are left out
/// of the core module, where such a code never occurs: `describe` answers `""` there and the npm
/// package asks the full module.
macro_rules! words {
    (full $w:literal) => {
        if cfg!(feature = "ecdsa-rsa") {
            $w
        } else {
            ""
        }
    };
    ($w:literal) => {
        $w
    };
}

macro_rules! codes {
    ($( $(#[$doc:meta])* $name:ident = $s:literal, $effect:expr, $outcome:expr, $en:literal, $nl:literal $(, $full:ident)?; )*) => {
        /// A stable, snake_case reason attached to a check.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Code { $( $(#[$doc])* $name, )* }

        impl Code {
            /// Every code, in catalogue order.
            pub const ALL: &'static [Code] = &[$(Code::$name,)*];

            /// The stable snake_case identifier.
            pub const fn as_str(self) -> &'static str {
                match self { $(Code::$name => $s,)* }
            }

            /// The verdict this code forces when it appears on a check, if any.
            pub const fn effect(self) -> Option<Verdict> {
                match self { $(Code::$name => $effect,)* }
            }

            /// The outcome of a check that carries this code.
            pub const fn outcome(self) -> Outcome {
                match self { $(Code::$name => $outcome,)* }
            }

            /// A one-line explanation for a recruiter, in `lang` (`"nl"`; anything else is English).
            pub fn describe(self, lang: &str) -> &'static str {
                const EN: &[&str] = &[$(words!($($full)? $en),)*];
                const NL: &[&str] = &[$(words!($($full)? $nl),)*];
                let table = if lang.starts_with("nl") { NL } else { EN };
                table.get(self as usize).copied().unwrap_or_default()
            }
        }
    };
}

const PASS: Outcome = Outcome::Pass;
const FAIL: Outcome = Outcome::Fail;
const WARN: Outcome = Outcome::Warn;
const NOT_CHECKED: Outcome = Outcome::NotChecked;
const UNREADABLE: Option<Verdict> = Some(Verdict::Unreadable);
const INVALID: Option<Verdict> = Some(Verdict::Invalid);
const INDETERMINATE: Option<Verdict> = Some(Verdict::Indeterminate);
const NONE: Option<Verdict> = None;

codes! {
    // ── intake ──
    /// The file was read and its container recognised.
    InputRead = "input_read", NONE, PASS,
        "The file was read.", "Het bestand is gelezen.";
    /// The input is empty.
    InputEmpty = "input_empty", UNREADABLE, FAIL,
        "The file is empty.", "Het bestand is leeg.";
    /// The input is larger than the input limit.
    InputTooLarge = "input_too_large", UNREADABLE, FAIL,
        "The file is larger than the verifier accepts.", "Het bestand is groter dan de verifier accepteert.";
    /// The text is not valid UTF-8.
    InputNotUtf8 = "input_not_utf8", UNREADABLE, FAIL,
        "The file is not UTF-8 text.", "Het bestand is geen UTF-8-tekst.";
    /// The file could not be read at all (by the host: too large to load, a read error).
    FileNotReadable = "file_not_readable", UNREADABLE, FAIL,
        "The file could not be read.", "Het bestand kon niet worden gelezen.";
    /// Neither a JSON credential, a compact JWS nor a supported image.
    FormatUnknown = "format_unknown", UNREADABLE, FAIL,
        "This is not a credential file the verifier can read.", "Dit is geen credentialbestand dat de verifier kan lezen.";
    /// Recognised, but a format Keurmerk cannot verify yet (Open Badges 2.0, Europass EDC, presentations, baked images).
    FormatUnsupported = "format_unsupported", INDETERMINATE, NOT_CHECKED,
        "This kind of credential cannot be verified here yet.", "Dit soort credential kan hier nog niet worden gecontroleerd.";
    /// A format Keurmerk recognises and does not read: a file that holds no credential awarded to
    /// anyone (a badge class, an issuer profile, a DID document, a key, a status list); the check's
    /// `named` says what it is.
    HoldsNoCredential = "holds_no_credential", UNREADABLE, FAIL,
        "This file describes something else (a badge, an issuer, a key or a list); it is not a credential awarded to someone.", "Dit bestand beschrijft iets anders (een badge, een uitgever, een sleutel of een lijst); het is geen credential dat aan iemand is toegekend.", full;
    /// A presentation: a holder's wrapper around credentials. Each credential inside is verified on
    /// its own (`presentation.credentials`); the presentation itself is not a credential.
    Presentation = "presentation", INDETERMINATE, NOT_CHECKED,
        "This is a presentation: a wrapper in which someone hands over credentials. Each credential inside is checked on its own.", "Dit is een presentatie: een verpakking waarin iemand credentials overhandigt. Elk credential erin wordt afzonderlijk gecontroleerd.", full;
    /// A PNG or SVG badge whose structure is damaged (bad CRC, truncated, compressed credential chunk).
    ImageMalformed = "image_malformed", UNREADABLE, FAIL,
        "The badge image is damaged.", "De badge-afbeelding is beschadigd.";
    /// An image without a baked credential.
    ImageNoCredential = "image_no_credential", UNREADABLE, FAIL,
        "This image has no credential baked into it.", "Er zit geen credential in deze afbeelding.";
    /// A second credential chunk in a PNG was ignored.
    ImageSecondCredential = "image_second_credential", NONE, WARN,
        "The image holds a second credential, which was ignored.", "De afbeelding bevat een tweede credential, dat is genegeerd.";
    /// JSON syntax error.
    JsonSyntax = "json_syntax", UNREADABLE, FAIL,
        "The file is not valid JSON.", "Het bestand is geen geldige JSON.";
    /// The same member name appears twice in one JSON object.
    JsonDuplicateKey = "json_duplicate_key", UNREADABLE, FAIL,
        "A field appears twice; different programs would read different values.", "Een veld komt twee keer voor; verschillende programma's zouden verschillende waarden lezen.";
    /// JSON nested deeper than the limit.
    JsonTooDeep = "json_too_deep", UNREADABLE, FAIL,
        "The JSON is nested deeper than the verifier accepts.", "De JSON is dieper genest dan de verifier accepteert.";
    /// A JSON string is longer than the limit.
    JsonStringTooLong = "json_string_too_long", UNREADABLE, FAIL,
        "A text field is longer than the verifier accepts.", "Een tekstveld is langer dan de verifier accepteert.";
    /// More JSON values than the limit.
    JsonTooManyValues = "json_too_many_values", UNREADABLE, FAIL,
        "The JSON has more fields than the verifier accepts.", "De JSON heeft meer velden dan de verifier accepteert.";
    /// A number outside what JSON interchange (I-JSON) allows.
    JsonNumberOutOfRange = "json_number_out_of_range", UNREADABLE, FAIL,
        "A number is out of range.", "Een getal valt buiten het bereik.";
    /// A compact JWS whose parts cannot be decoded.
    JwsMalformed = "jws_malformed", UNREADABLE, FAIL,
        "The signed token (JWT) is damaged.", "Het ondertekende token (JWT) is beschadigd.";
    // ── parse ──
    /// Parsed as a W3C Verifiable Credential.
    CredentialParsed = "credential_parsed", NONE, PASS,
        "The credential's structure is as the standard requires.", "De opbouw van het credential is zoals de standaard voorschrijft.";
    /// JSON, but not a Verifiable Credential at all.
    NotACredential = "not_a_credential", UNREADABLE, FAIL,
        "This JSON is not a verifiable credential.", "Deze JSON is geen verifieerbaar credential.";
    /// A required property is missing or of the wrong kind.
    DataModelInvalid = "data_model_invalid", INVALID, FAIL,
        "The credential breaks the data model of its standard.", "Het credential voldoet niet aan het datamodel van zijn standaard.";
    // ── proof ──
    /// Every proof verified.
    SignatureValid = "signature_valid", NONE, PASS,
        "The signature is valid: the content has not changed since it was signed.", "De handtekening klopt: de inhoud is niet veranderd sinds het ondertekenen.";
    /// No proof and no JWS: nothing vouches for the content.
    ProofMissing = "proof_missing", INVALID, FAIL,
        "The credential is not signed.", "Het credential is niet ondertekend.";
    /// A proof is missing a required field or has one in the wrong form.
    ProofMalformed = "proof_malformed", INVALID, FAIL,
        "The signature block is damaged.", "Het handtekeningblok is beschadigd.";
    /// The signature does not verify: the content or the proof was changed, or another key signed.
    SignatureInvalid = "signature_invalid", INVALID, FAIL,
        "The signature does not match: the credential was changed after signing, or signed with another key.", "De handtekening klopt niet: het credential is na ondertekening gewijzigd, of met een andere sleutel ondertekend.";
    /// The signature could not be checked in this environment (the platform's crypto is missing or
    /// has not answered).
    SignatureNotChecked = "signature_not_checked", INDETERMINATE, NOT_CHECKED,
        "The signature could not be checked in this environment.", "De handtekening kon in deze omgeving niet worden gecontroleerd.";
    /// The signature is checked by the module with ECDSA and RSA (cargo feature `ecdsa-rsa`), which
    /// this build does not include; the npm package then loads it and verifies again.
    ModuleNeeded = "module_needed", INDETERMINATE, NOT_CHECKED,
        "This signature is checked by Keurmerk's ECDSA and RSA module, which was not loaded.", "Deze handtekening wordt gecontroleerd door de ECDSA- en RSA-module van Keurmerk, die niet is geladen.";
    /// The proof's purpose is not `assertionMethod`.
    ProofPurposeInvalid = "proof_purpose_invalid", INVALID, FAIL,
        "The signature was not made for issuing credentials.", "De handtekening is niet gezet om credentials uit te geven.";
    /// The `@context` in an eddsa-jcs-2022 proof does not match the start of the document's.
    ProofContextMismatch = "proof_context_mismatch", INVALID, FAIL,
        "The signature covers a different context than the credential uses.", "De handtekening dekt een andere context dan het credential gebruikt.";
    /// The proof expired (`proof.expires`) before now.
    ProofExpired = "proof_expired", INVALID, FAIL,
        "The signature itself has expired.", "De handtekening zelf is verlopen.";
    /// A DataIntegrityProof whose cryptosuite the verifier's policy does not accept.
    CryptosuiteUnsupported = "cryptosuite_unsupported", INDETERMINATE, NOT_CHECKED,
        "The signature uses a method this verifier does not check.", "De handtekening gebruikt een methode die deze verifier niet controleert.";
    /// A proof type the verifier's policy does not accept.
    ProofTypeUnsupported = "proof_type_unsupported", INDETERMINATE, NOT_CHECKED,
        "The signature is of a type this verifier does not check.", "De handtekening is van een soort die deze verifier niet controleert.";
    /// More proofs than the limit.
    TooManyProofs = "too_many_proofs", UNREADABLE, FAIL,
        "The credential carries more signatures than the verifier accepts.", "Het credential heeft meer handtekeningen dan de verifier accepteert.";
    /// A JWT whose `alg` is a signature algorithm the policy does not accept (e.g. RS256).
    JwtAlgorithmUnsupported = "jwt_algorithm_unsupported", INDETERMINATE, NOT_CHECKED,
        "The token is signed with an algorithm this verifier does not check.", "Het token is ondertekend met een algoritme dat deze verifier niet controleert.";
    /// A JWT with `alg: none` or a shared-secret algorithm (HS256 …): never an issuer's signature.
    JwtAlgorithmForbidden = "jwt_algorithm_forbidden", INVALID, FAIL,
        "The token has no real signature (alg none or a shared secret).", "Het token heeft geen echte handtekening (alg none of een gedeeld geheim).";
    /// A JOSE header the profile does not allow (unknown `crit`, wrong `typ`, `b64: false`).
    JwtHeaderInvalid = "jwt_header_invalid", INVALID, FAIL,
        "The token's header is not allowed for credentials.", "De header van het token is niet toegestaan voor credentials.";
    /// A JWT signed with a shared secret (HS256 …): whoever can check it could have made it.
    JwtAlgorithmHmac = "jwt_algorithm_hmac", INVALID, FAIL,
        "The token is sealed with a shared secret, not signed: whoever can check it could have made it.", "Het token is verzegeld met een gedeeld geheim, niet ondertekend: wie het kan controleren, kan het ook maken.";
    /// The signature algorithm does not fit the key (ES256 with a P-384 key, RS256 with an EC key).
    AlgorithmKeyMismatch = "algorithm_key_mismatch", INVALID, FAIL,
        "The signature claims an algorithm that does not fit the signing key.", "De handtekening noemt een algoritme dat niet bij de sleutel past.";
    /// An RSA key under 2048 bits: too weak to prove anything.
    RsaKeyTooSmall = "rsa_key_too_small", INVALID, FAIL,
        "The signing key is an RSA key too short to be safe (under 2048 bits).", "De sleutel is een RSA-sleutel die te kort is om veilig te zijn (minder dan 2048 bits).", full;
    /// A Blockcerts certificate: its proof is a Merkle proof anchored in a blockchain transaction,
    /// which cannot be looked up offline; the check's `named` gives the chain when the proof says.
    BlockchainAnchored = "blockchain_anchored", INDETERMINATE, NOT_CHECKED,
        "This certificate is anchored on a blockchain (Blockcerts), which cannot be checked offline.", "Dit certificaat is verankerd op een blockchain (Blockcerts), en dat kan niet offline worden gecontroleerd.", full;
    /// An ecdsa-sd-2023 (or bbs-2023) base proof: the form an issuer gives the holder, which a
    /// verifier does not check; the holder shares a derived proof.
    SdBaseProof = "sd_base_proof", INDETERMINATE, NOT_CHECKED,
        "This is the issuer's copy for the holder (a base proof): the holder must share a derived copy for it to be checked.", "Dit is het exemplaar van de uitgever voor de houder (een basisbewijs): de houder moet een afgeleide versie delen om het te laten controleren.", full;
    /// An SD-JWT disclosure that does not belong to the issuer's payload (changed, foreign, presented
    /// twice, or of the wrong form for its place).
    SdDisclosureInvalid = "sd_disclosure_invalid", INVALID, FAIL,
        "A disclosed claim does not match what the issuer signed: it was changed or added.", "Een getoonde claim klopt niet met wat de uitgever ondertekende: hij is veranderd of toegevoegd.", full;
    /// An SD-JWT key-binding JWT that fails: wrong signature, type, or `sd_hash`.
    KeyBindingInvalid = "key_binding_invalid", INVALID, FAIL,
        "The holder's confirmation does not fit this credential: it was made for another presentation.", "De bevestiging van de houder past niet bij dit credential: ze is voor een andere presentatie gemaakt.", full;
    /// JWT claims (`iss`, `sub`, `jti`, `nbf`, `exp`) disagree with the credential or are missing.
    JwtClaimsMismatch = "jwt_claims_mismatch", INVALID, FAIL,
        "The token's claims contradict the credential inside it.", "De claims van het token spreken het credential erin tegen.";
    /// Open Badges 2.0 hosted verification: the issuer's website serves this very assertion.
    HostedMatch = "hosted_match", NONE, PASS,
        "The issuer's website serves this very badge (a hosted badge: confirmed by the issuer, not signed).", "De website van de uitgever toont precies deze badge (een gehoste badge: bevestigd door de uitgever, niet ondertekend).", full;
    /// A hosted Open Badges assertion whose URL the host did not look up: the recruiter may check
    /// it at the issuer (`wants` names the URL).
    HostedNotChecked = "hosted_not_checked", INDETERMINATE, NOT_CHECKED,
        "This badge is confirmed on the issuer's website, which this verifier does not contact: check it there.", "Deze badge wordt bevestigd op de website van de uitgever, die deze verifier niet benadert: controleer hem daar.", full;
    /// The issuer's hosted copy differs from the file: the file was changed.
    HostedDiffers = "hosted_differs", INVALID, FAIL,
        "The issuer's website shows a different version of this badge: the file was changed.", "De website van de uitgever toont een andere versie van deze badge: het bestand is gewijzigd.", full;
    /// An Open Badges assertion of verification type `signed` as plain JSON, without its signature.
    BadgeSignatureAbsent = "badge_signature_absent", INDETERMINATE, NOT_CHECKED,
        "This is the text of a signed badge without its signature: ask for the badge image or the signed file.", "Dit is de tekst van een ondertekende badge zonder de handtekening: vraag om de badge-afbeelding of het ondertekende bestand.", full;
    // ── canonicalisation ──
    /// Linked data (N-Quads) that does not parse, or a quad that is not valid RDF.
    NquadsSyntax = "nquads_syntax", UNREADABLE, FAIL,
        "The credential's linked data is malformed.", "De gekoppelde data (linked data) van het credential is misvormd.";
    /// More quads or blank nodes than the canonicalisation limits.
    RdfcTooLarge = "rdfc_too_large", UNREADABLE, FAIL,
        "The credential's linked data is larger than the verifier accepts.", "De gekoppelde data van het credential is groter dan de verifier accepteert.";
    /// Canonicalisation (RDFC-1.0) went over its work budget: a graph built to make it run forever.
    RdfcWorkLimit = "rdfc_work_limit", UNREADABLE, FAIL,
        "The credential's linked data is built so that checking it would take too long.", "De gekoppelde data van het credential is zo opgebouwd dat controleren te lang zou duren.";
    // ── JSON-LD ──
    /// A `@context` URL that is not bundled: checking it would need the network.
    JsonldUnknownContext = "jsonld_unknown_context", INDETERMINATE, NOT_CHECKED,
        "The credential uses a vocabulary (JSON-LD context) this verifier does not have: it cannot be checked offline.", "Het credential gebruikt een vocabulaire (JSON-LD-context) die deze verifier niet kent: het kan niet offline worden gecontroleerd.";
    /// A context that is not bundled was used because the host supplied it (a document of the
    /// verifier's configuration): the vocabulary is the host's word, not Keurmerk's.
    JsonldContextSupplied = "jsonld_context_supplied", NONE, WARN,
        "The credential's vocabulary (JSON-LD context) came with the documents given to the verifier, not with the verifier itself.", "De vocabulaire (JSON-LD-context) van het credential kwam mee met de documenten voor de verifier, niet met de verifier zelf.";
    /// A context redefines a protected term.
    JsonldProtectedTerm = "jsonld_protected_term", INVALID, FAIL,
        "The credential redefines a protected term of a standard vocabulary.", "Het credential herdefinieert een beschermde term van een standaardvocabulaire.";
    /// A context the JSON-LD algorithms reject.
    JsonldInvalidContext = "jsonld_invalid_context", INVALID, FAIL,
        "The credential's vocabulary definitions (JSON-LD context) are invalid.", "De vocabulairedefinities (JSON-LD-context) van het credential zijn ongeldig.";
    /// A document the JSON-LD algorithms reject.
    JsonldInvalid = "jsonld_invalid", INVALID, FAIL,
        "The credential is not valid JSON-LD.", "Het credential is geen geldige JSON-LD.";
    /// Parts of the credential that no context defines: JSON-LD drops them, so the signature does not cover them.
    JsonldUndefinedTerms = "jsonld_undefined_terms", INVALID, FAIL,
        "Parts of the credential are not defined by its vocabulary, so the signature does not cover them.", "Delen van het credential zijn niet gedefinieerd in de vocabulaire, dus de handtekening dekt ze niet.";
    /// Undefined terms were found but the policy accepts them; they are shown as unsigned.
    JsonldUndefinedTermsAllowed = "jsonld_undefined_terms_allowed", NONE, WARN,
        "Parts of the credential are not covered by the signature; they are shown as unsigned.", "Delen van het credential vallen niet onder de handtekening; ze worden als niet-ondertekend getoond.";
    // ── keys and binding ──
    /// The signing key is controlled by the issuer and authorised to issue.
    IssuerKeyBound = "issuer_key_bound", NONE, PASS,
        "The signing key belongs to the issuer.", "De sleutel waarmee is ondertekend hoort bij de uitgever.";
    /// A hosted Open Badges assertion served from the issuer's own site.
    HostedAtIssuer = "hosted_at_issuer", NONE, PASS,
        "The badge is served from the issuer's own website.", "De badge staat op de eigen website van de uitgever.", full;
    /// A hosted Open Badges assertion served from a site that is not the issuer's.
    HostedElsewhere = "hosted_elsewhere", INVALID, FAIL,
        "The badge is served from a website that is not the issuer's.", "De badge staat op een website die niet van de uitgever is.", full;
    /// An Open Badges badge class, issuer profile or key that the issuer hosts was not supplied.
    BadgeDocumentMissing = "badge_document_missing", INDETERMINATE, NOT_CHECKED,
        "The badge's description or its issuer's profile, published on the issuer's website, was not available offline.", "De beschrijving van de badge of het profiel van de uitgever, gepubliceerd op de website van de uitgever, was offline niet beschikbaar.", full;
    /// A JAdES seal's certificate is valid at `now` and at its claimed signing time (`sigT`).
    SealCertificateValid = "seal_certificate_valid", NONE, PASS,
        "The seal's certificate is valid now, and was when the credential was sealed.", "Het certificaat van het zegel is nu geldig, en was dat ook toen het credential werd verzegeld.", full;
    /// A JAdES seal's certificate is not valid at `now` (or at its claimed signing time) and no
    /// verified timestamp proves the seal existed while it was (ETSI EN 319 102-1: no proof of
    /// existence).
    SealCertificateOutsideValidity = "seal_certificate_outside_validity", INDETERMINATE, NOT_CHECKED,
        "The seal's certificate is not valid now, and only the sealer's own word says the seal was made while it was (no verified timestamp): when it was sealed cannot be proven.", "Het certificaat van het zegel is nu niet geldig, en alleen de verzegelaar zelf zegt dat het zegel is gezet toen het nog geldig was (geen gecontroleerd tijdstempel): wanneer het is verzegeld, valt niet te bewijzen.", full;
    /// The key is carried only inside the credential (a JWS `jwk` header, an `x5c` chain that no
    /// trust list pins): the signature proves integrity, not who the issuer is.
    IssuerKeySelfAsserted = "issuer_key_self_asserted", INDETERMINATE, NOT_CHECKED,
        "The signature is intact, but the key came with the credential itself: nothing shows it belongs to the issuer.", "De handtekening is intact, maar de sleutel zat in het credential zelf: niets toont aan dat hij van de uitgever is.";
    /// The verification method cannot be dereferenced offline (unknown DID method, missing document).
    KeyUnresolvable = "key_unresolvable", INDETERMINATE, NOT_CHECKED,
        "The issuer's key could not be looked up without going online.", "De sleutel van de uitgever kon niet offline worden opgezocht.";
    /// A key of a type that exists but is not verified here (secp256k1, BLS12-381, P-521).
    KeyTypeUnsupported = "key_type_unsupported", INDETERMINATE, NOT_CHECKED,
        "The issuer's key is of a kind this verifier does not check.", "De sleutel van de uitgever is van een soort die deze verifier niet controleert.";
    /// The verification method or key is malformed or not an Ed25519 key.
    KeyInvalid = "key_invalid", INVALID, FAIL,
        "The signing key is damaged or of the wrong kind.", "De sleutel waarmee is ondertekend is beschadigd of van de verkeerde soort.";
    /// The key is not listed under `assertionMethod` of its controller.
    KeyNotAuthorized = "key_not_authorized", INVALID, FAIL,
        "The key is not authorised to issue credentials for its owner.", "De sleutel is niet bevoegd om namens de eigenaar credentials uit te geven.";
    /// A valid signature by a key the credential's issuer does not control.
    IssuerMismatch = "issuer_mismatch", INVALID, FAIL,
        "Signed with a key that does not belong to the stated issuer.", "Ondertekend met een sleutel die niet bij de genoemde uitgever hoort.";
    // ── validity ──
    /// Inside the validity window at `now`.
    ValidityOk = "validity_ok", NONE, PASS,
        "The credential is within its validity period.", "Het credential is binnen de geldigheidsperiode.";
    /// Now is past `validUntil` / `expirationDate` / JWT `exp`.
    Expired = "expired", Some(Verdict::Expired), FAIL,
        "The credential has expired.", "Het credential is verlopen.";
    /// Now is before `validFrom` / `issuanceDate` / JWT `nbf`.
    NotYetValid = "not_yet_valid", Some(Verdict::NotYetValid), FAIL,
        "The credential is not valid yet.", "Het credential is nog niet geldig.";
    /// A date is not an XML Schema dateTime (or VC 2.0 without a time zone).
    DateInvalid = "date_invalid", INVALID, FAIL,
        "A date in the credential is not a valid date.", "Een datum in het credential is geen geldige datum.";
    // ── status ──
    /// The credential names no status list: it cannot be revoked.
    StatusNone = "status_none", NONE, PASS,
        "The issuer did not provide a way to revoke this credential.", "De uitgever heeft geen manier opgenomen om dit credential in te trekken.";
    /// A verified status list says the credential is neither revoked nor suspended.
    StatusOk = "status_ok", NONE, PASS,
        "The issuer has not revoked or suspended this credential.", "De uitgever heeft dit credential niet ingetrokken of opgeschort.";
    /// A verified status list says the credential is revoked.
    StatusRevoked = "status_revoked", Some(Verdict::Revoked), FAIL,
        "The issuer has revoked this credential.", "De uitgever heeft dit credential ingetrokken.";
    /// A verified status list says the credential is suspended.
    StatusSuspended = "status_suspended", Some(Verdict::Suspended), FAIL,
        "The issuer has suspended this credential.", "De uitgever heeft dit credential opgeschort.";
    /// A Token Status List gives a value other than VALID, INVALID or SUSPENDED (0x03 and the
    /// application-specific values): what it means is up to the issuer's application.
    StatusValueUnknown = "status_value_unknown", INDETERMINATE, NOT_CHECKED,
        "The issuer's status list gives this credential a status this verifier does not know.", "De statuslijst van de uitgever geeft dit credential een status die deze verifier niet kent.", full;
    /// The status list was not supplied (looking it up would need the network).
    StatusListUnavailable = "status_list_unavailable", NONE, NOT_CHECKED,
        "Whether it was revoked could not be checked: the issuer's status list is not available offline.", "Of het is ingetrokken kon niet worden gecontroleerd: de statuslijst van de uitgever is offline niet beschikbaar.";
    /// A status mechanism Keurmerk does not check.
    StatusTypeUnsupported = "status_type_unsupported", NONE, NOT_CHECKED,
        "Whether it was revoked could not be checked: this kind of status list is not supported.", "Of het is ingetrokken kon niet worden gecontroleerd: dit soort statuslijst wordt niet ondersteund.";
    /// The status list is not trustworthy or not readable: bad signature, expired, another issuer, wrong type, index out of range.
    StatusListInvalid = "status_list_invalid", INDETERMINATE, NOT_CHECKED,
        "The issuer's status list could not be trusted or read, so revocation could not be checked.", "De statuslijst van de uitgever was niet te vertrouwen of te lezen, dus intrekking kon niet worden gecontroleerd.";
    /// The status list is signed by someone other than the issuer (and no trust list vouches for
    /// them): it can show a revocation, not rule one out.
    StatusListForeignIssuer = "status_list_foreign_issuer", NONE, NOT_CHECKED,
        "Whether it was revoked could not be confirmed: the status list is not signed by the issuer.", "Of het is ingetrokken kon niet worden bevestigd: de statuslijst is niet door de uitgever ondertekend.";
    /// An unsigned (1EdTech) revocation list does not name the credential: that cannot rule out revocation.
    StatusListUnsigned = "status_list_unsigned", NONE, NOT_CHECKED,
        "Whether it was revoked could not be confirmed: the issuer's revocation list is not signed.", "Of het is ingetrokken kon niet worden bevestigd: de intrekkingslijst van de uitgever is niet ondertekend.";
    /// The status list is shorter than the W3C minimum (a privacy weakness of the issuer's list).
    StatusListShort = "status_list_short", NONE, WARN,
        "The issuer's status list is shorter than the standard requires.", "De statuslijst van de uitgever is korter dan de standaard voorschrijft.";
    /// Status was not checked (status of a status list, or policy).
    StatusNotChecked = "status_not_checked", NONE, NOT_CHECKED,
        "Whether it was revoked could not be checked.", "Of het is ingetrokken kon niet worden gecontroleerd.";
    /// The policy requires a revocation check and none could be made: the verdict cannot be better
    /// than indeterminate.
    StatusRequired = "status_required", INDETERMINATE, NOT_CHECKED,
        "The verifier is set to require a revocation check, and none could be made.", "De verifier vereist een controle op intrekking, en die kon niet worden gedaan.";
    /// Not checked because an earlier check failed.
    NotReached = "not_reached", NONE, NOT_CHECKED,
        "Not checked, because an earlier check did not succeed.", "Niet gecontroleerd, omdat een eerdere controle niet lukte.";
    // ── trust ──
    /// No trust list was loaded, so nobody vouches for the issuer.
    TrustNoLists = "trust_no_lists", NONE, NOT_CHECKED,
        "No trust list was loaded: nobody vouches for this issuer.", "Er is geen vertrouwenslijst geladen: niemand staat in voor deze uitgever.";
    /// A loaded trust list vouches for the issuer at the issue date.
    TrustVouched = "trust_vouched", NONE, PASS,
        "A trust list vouches for this issuer.", "Een vertrouwenslijst staat in voor deze uitgever.";
    /// The issuer is in no loaded trust list.
    TrustIssuerNotListed = "trust_issuer_not_listed", NONE, NOT_CHECKED,
        "The issuer is not in any loaded trust list.", "De uitgever staat in geen enkele geladen vertrouwenslijst.";
    /// A list names the issuer, but it was suspended or withdrawn (or not yet granted) when the credential was issued.
    TrustIssuerNotGranted = "trust_issuer_not_granted", NONE, FAIL,
        "A trust list names this issuer, but did not vouch for it when the credential was issued.", "Een vertrouwenslijst noemt deze uitgever, maar stond er niet voor in toen het credential werd uitgegeven.";
    /// A trust list was not used: bad signature, unknown operator key, rollback, malformed.
    TrustListRejected = "trust_list_rejected", NONE, WARN,
        "A trust list was not used because it could not be trusted.", "Een vertrouwenslijst is niet gebruikt omdat die niet te vertrouwen was.";
    /// A trust list is past its nextUpdate.
    TrustListStale = "trust_list_stale", NONE, WARN,
        "A trust list is out of date.", "Een vertrouwenslijst is verouderd.";
    /// The credential states a level outside the issuer's accreditation.
    TrustLevelOutsideAccreditation = "trust_level_outside_accreditation", NONE, WARN,
        "The credential states a level the issuer is not accredited for.", "Het credential vermeldt een niveau waarvoor de uitgever niet geaccrediteerd is.";
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Looks a code up by its string.
pub fn code_from_str(s: &str) -> Option<Code> {
    Code::ALL.iter().copied().find(|c| c.as_str() == s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_snake_case_and_described() {
        let mut seen = std::collections::BTreeSet::new();
        for c in Code::ALL {
            let s = c.as_str();
            assert!(seen.insert(s), "duplicate {s}");
            assert!(s
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'_' || b.is_ascii_digit()));
            assert!(!c.describe("en").is_empty() && !c.describe("nl").is_empty());
            assert_ne!(c.describe("en"), c.describe("nl"), "{s} needs Dutch words");
            assert_eq!(code_from_str(s), Some(*c));
        }
    }
}

/// A stage's reason for stopping or failing: a stable code, the facts behind it, and the document
/// that would have let it decide, if one would.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fault {
    /// The stable code.
    pub code: Code,
    /// Facts in plain English.
    pub detail: String,
    /// The document that was not supplied and would let the check decide.
    pub wants: Option<Wanted>,
    /// The format, named for a recruiter, when the fault is that Keurmerk does not verify it.
    pub named: Option<Box<Named>>,
}

/// The fault of a build without the `ecdsa-rsa` feature for what only the full build checks.
pub fn module_needed(what: &str) -> Fault {
    Fault::new(
        Code::ModuleNeeded,
        format!(
            "{what} is checked by the ECDSA and RSA module (feature ecdsa-rsa), not by this one"
        ),
    )
}

impl Fault {
    /// A fault with a code and detail.
    pub fn new(code: Code, detail: impl Into<String>) -> Self {
        Self {
            code,
            detail: detail.into(),
            wants: None,
            named: None,
        }
    }

    /// The same fault, naming the format for a recruiter.
    #[must_use]
    pub fn naming(mut self, named: Named) -> Self {
        self.named = Some(Box::new(named));
        self
    }

    /// The same fault, naming the document that would settle it.
    #[must_use]
    pub fn wanting(mut self, url: impl Into<String>, kind: WantKind) -> Self {
        self.wants = Some(Wanted {
            url: url.into(),
            kind,
        });
        self
    }
}

impl std::fmt::Display for Fault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code, self.detail)
    }
}

impl std::error::Error for Fault {}
