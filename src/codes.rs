//! The shared vocabulary of every stage: stable check codes (what each does to the verdict and to
//! its check, and its words in English, Dutch, German and French), the [`Verdict`] precedence, a
//! check's [`Outcome`], and the [`Fault`] a stage returns. A leaf: it imports nothing of the crate.
//!
//! This is the one catalogue the CLI, the npm package and the widget show. A code's string never
//! changes once released; `docs/report.md` lists them all.
//!
//! The words are native only ([`Code::describe`], [`Verdict::headline`]): the wasm build leaves
//! them out, so they cost the browser nothing before its first verdict. The browser takes them
//! from `pkg/lang/en.js`, `nl.js`, `de.js` and `fr.js`, which `scripts/gen-report-codes.py` writes
//! from this file; a page loads the one language it shows.

use serde::ser::SerializeMap;
use serde::Serialize;

/// A language of the catalogue, in the catalogue's order.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Copy)]
pub enum Lang {
    /// English.
    En,
    /// Dutch.
    Nl,
    /// German.
    De,
    /// French.
    Fr,
}

#[cfg(not(target_arch = "wasm32"))]
impl Lang {
    /// The language a tag asks for: one starting `nl`, `de` or `fr` (`de-AT`, `fr-BE` …) picks
    /// that language, anything else English.
    pub fn of(tag: &str) -> Self {
        if tag.starts_with("nl") {
            Self::Nl
        } else if tag.starts_with("de") {
            Self::De
        } else if tag.starts_with("fr") {
            Self::Fr
        } else {
            Self::En
        }
    }

    /// This language's item of a row in the catalogue's order: English, Dutch, German, French.
    fn pick<T>(self, [en, nl, de, fr]: [T; 4]) -> T {
        match self {
            Self::En => en,
            Self::Nl => nl,
            Self::De => de,
            Self::Fr => fr,
        }
    }
}

/// A code's words; those marked `full` (codes only the full module's stages give) are left out
/// of a build without `ecdsa-rsa`, where such a code never occurs: `describe` answers `""` there.
#[cfg_attr(target_arch = "wasm32", allow(unused_macros))] // the words are native only
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

    /// A short headline in `lang`: a tag starting `nl`, `de` or `fr` picks Dutch, German or
    /// French; anything else is English. Native only: the browser reads `HEADLINES` of
    /// `pkg/lang/XX.js`.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn headline(self, lang: &str) -> &'static str {
        // English, Dutch, German, French.
        let row = match self {
            Self::Unreadable => [
                "Unreadable",
                "Onleesbaar",
                "Nicht lesbar",
                "Illisible",
            ],
            Self::Invalid => [
                "Invalid",
                "Ongeldig",
                "Ungültig",
                "Non valide",
            ],
            Self::Revoked => [
                "Revoked",
                "Ingetrokken",
                "Widerrufen",
                "Révoqué",
            ],
            Self::Suspended => [
                "Suspended",
                "Opgeschort",
                "Ausgesetzt",
                "Suspendu",
            ],
            Self::Expired => [
                "Expired",
                "Verlopen",
                "Abgelaufen",
                "Expiré",
            ],
            Self::NotYetValid => [
                "Not yet valid",
                "Nog niet geldig",
                "Noch nicht gültig",
                "Pas encore valide",
            ],
            Self::Indeterminate => [
                "Could not be checked",
                "Kon niet worden gecontroleerd",
                "Konnte nicht geprüft werden",
                "N'a pas pu être vérifié",
            ],
            Self::IssuerUnknown => [
                "Authentic, issuer not vouched for",
                "Echt, uitgever niet bevestigd",
                "Echt, Aussteller nicht bestätigt",
                "Authentique, émetteur non garanti",
            ],
            Self::Verified => [
                "Verified",
                "Geverifieerd",
                "Verifiziert",
                "Vérifié",
            ],
        };
        Lang::of(lang).pick(row)
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

/// Words for a recruiter in English, Dutch, German and French (what a [`Named`] format is).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Words {
    /// English.
    pub en: String,
    /// Dutch.
    pub nl: String,
    /// German.
    pub de: String,
    /// French.
    pub fr: String,
}

impl Words {
    /// The words in `lang` (a tag starting `nl`, `de` or `fr`; anything else, or a language
    /// without words, is English).
    pub fn get(&self, lang: &str) -> &str {
        let w = if lang.starts_with("nl") {
            &self.nl
        } else if lang.starts_with("de") {
            &self.de
        } else if lang.starts_with("fr") {
            &self.fr
        } else {
            &self.en
        };
        if w.is_empty() {
            &self.en
        } else {
            w
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

macro_rules! codes {
    ($( $(#[$doc:meta])* $name:ident = $s:literal, $effect:expr, $outcome:expr, $en:literal, $nl:literal, $de:literal, $fr:literal $(, $full:ident)?; )*) => {
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

            /// A one-line explanation for a recruiter, in `lang`: a tag starting `nl`, `de` or
            /// `fr` (`de-AT`, `fr-BE` …) picks Dutch, German or French; anything else is English.
            ///
            /// Native only: the browser reads `CODES` of `pkg/lang/XX.js`.
            #[cfg(not(target_arch = "wasm32"))]
            pub fn describe(self, lang: &str) -> &'static str {
                const EN: &[&str] = &[$(words!($($full)? $en),)*];
                const NL: &[&str] = &[$(words!($($full)? $nl),)*];
                const DE: &[&str] = &[$(words!($($full)? $de),)*];
                const FR: &[&str] = &[$(words!($($full)? $fr),)*];
                let table = Lang::of(lang).pick([EN, NL, DE, FR]);
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
        "The file was read.",
        "Het bestand is gelezen.",
        "Die Datei wurde gelesen.",
        "Le fichier a été lu.";
    /// The input is empty.
    InputEmpty = "input_empty", UNREADABLE, FAIL,
        "The file is empty.",
        "Het bestand is leeg.",
        "Die Datei ist leer.",
        "Le fichier est vide.";
    /// The input is larger than the input limit.
    InputTooLarge = "input_too_large", UNREADABLE, FAIL,
        "The file is larger than the verifier accepts.",
        "Het bestand is groter dan de verifier accepteert.",
        "Die Datei ist größer, als die Prüfsoftware zulässt.",
        "Le fichier dépasse la taille acceptée par le vérificateur.";
    /// The text is not valid UTF-8.
    InputNotUtf8 = "input_not_utf8", UNREADABLE, FAIL,
        "The file is not UTF-8 text.",
        "Het bestand is geen UTF-8-tekst.",
        "Die Datei ist kein UTF-8-Text.",
        "Le fichier n'est pas du texte UTF-8.";
    /// The file could not be read at all (by the host: too large to load, a read error).
    FileNotReadable = "file_not_readable", UNREADABLE, FAIL,
        "The file could not be read.",
        "Het bestand kon niet worden gelezen.",
        "Die Datei konnte nicht gelesen werden.",
        "Le fichier n'a pas pu être lu.";
    /// Neither a JSON credential, a compact JWS nor a supported image.
    FormatUnknown = "format_unknown", UNREADABLE, FAIL,
        "This is not a credential file the verifier can read.",
        "Dit is geen credentialbestand dat de verifier kan lezen.",
        "Dies ist keine Nachweisdatei, die die Prüfsoftware lesen kann.",
        "Ce n'est pas un fichier d'attestation que le vérificateur sait lire.";
    /// Recognised, but a format Keurmerk cannot verify yet (Open Badges 2.0, Europass EDC, presentations, baked images).
    FormatUnsupported = "format_unsupported", INDETERMINATE, NOT_CHECKED,
        "This kind of credential cannot be verified here yet.",
        "Dit soort credential kan hier nog niet worden gecontroleerd.",
        "Diese Art von Nachweis kann hier noch nicht geprüft werden.",
        "Ce type d'attestation ne peut pas encore être vérifié ici.";
    /// A format Keurmerk recognises and does not read: a file that holds no credential awarded to
    /// anyone (a badge class, an issuer profile, a DID document, a key, a status list); the check's
    /// `named` says what it is.
    HoldsNoCredential = "holds_no_credential", UNREADABLE, FAIL,
        "This file describes something else (a badge, an issuer, a key or a list); it is not a credential awarded to someone.",
        "Dit bestand beschrijft iets anders (een badge, een uitgever, een sleutel of een lijst); het is geen credential dat aan iemand is toegekend.",
        "Diese Datei beschreibt etwas anderes (ein Badge, einen Aussteller, einen Schlüssel oder eine Liste); sie ist kein Nachweis, der jemandem verliehen wurde.",
        "Ce fichier décrit autre chose (un badge, un émetteur, une clé ou une liste)\u{a0}; ce n'est pas une attestation décernée à quelqu'un.", full;
    /// A presentation: a holder's wrapper around credentials. Each credential inside is verified on
    /// its own (`presentation.credentials`); the presentation itself is not a credential.
    Presentation = "presentation", INDETERMINATE, NOT_CHECKED,
        "This is a presentation: a wrapper in which someone hands over credentials. Each credential inside is checked on its own.",
        "Dit is een presentatie: een verpakking waarin iemand credentials overhandigt. Elk credential erin wordt afzonderlijk gecontroleerd.",
        "Dies ist eine Präsentation: eine Hülle, in der jemand Nachweise übergibt. Jeder darin enthaltene Nachweis wird einzeln geprüft.",
        "Il s'agit d'une présentation\u{a0}: une enveloppe dans laquelle une personne transmet des attestations. Chaque attestation qu'elle contient est vérifiée séparément.", full;
    /// A PNG or SVG badge whose structure is damaged (bad CRC, truncated, compressed credential chunk).
    ImageMalformed = "image_malformed", UNREADABLE, FAIL,
        "The badge image is damaged.",
        "De badge-afbeelding is beschadigd.",
        "Das Badge-Bild ist beschädigt.",
        "L'image du badge est endommagée.";
    /// An image without a baked credential.
    ImageNoCredential = "image_no_credential", UNREADABLE, FAIL,
        "This image has no credential baked into it.",
        "Er zit geen credential in deze afbeelding.",
        "In dieses Bild ist kein Nachweis eingebettet.",
        "Aucune attestation n'est intégrée à cette image.";
    /// A second credential chunk in a PNG was ignored.
    ImageSecondCredential = "image_second_credential", NONE, WARN,
        "The image holds a second credential, which was ignored.",
        "De afbeelding bevat een tweede credential, dat is genegeerd.",
        "Das Bild enthält einen zweiten Nachweis, der ignoriert wurde.",
        "L'image contient une seconde attestation, qui a été ignorée.";
    /// JSON syntax error.
    JsonSyntax = "json_syntax", UNREADABLE, FAIL,
        "The file is not valid JSON.",
        "Het bestand is geen geldige JSON.",
        "Die Datei ist kein gültiges JSON.",
        "Le fichier n'est pas du JSON valide.";
    /// The same member name appears twice in one JSON object.
    JsonDuplicateKey = "json_duplicate_key", UNREADABLE, FAIL,
        "A field appears twice; different programs would read different values.",
        "Een veld komt twee keer voor; verschillende programma's zouden verschillende waarden lezen.",
        "Ein Feld kommt zweimal vor; verschiedene Programme würden unterschiedliche Werte lesen.",
        "Un champ apparaît deux fois\u{a0}; des programmes différents liraient des valeurs différentes.";
    /// JSON nested deeper than the limit.
    JsonTooDeep = "json_too_deep", UNREADABLE, FAIL,
        "The JSON is nested deeper than the verifier accepts.",
        "De JSON is dieper genest dan de verifier accepteert.",
        "Das JSON ist tiefer verschachtelt, als die Prüfsoftware zulässt.",
        "Le JSON est imbriqué plus profondément que ne l'accepte le vérificateur.";
    /// A JSON string is longer than the limit.
    JsonStringTooLong = "json_string_too_long", UNREADABLE, FAIL,
        "A text field is longer than the verifier accepts.",
        "Een tekstveld is langer dan de verifier accepteert.",
        "Ein Textfeld ist länger, als die Prüfsoftware zulässt.",
        "Un champ de texte dépasse la longueur acceptée par le vérificateur.";
    /// More JSON values than the limit.
    JsonTooManyValues = "json_too_many_values", UNREADABLE, FAIL,
        "The JSON has more fields than the verifier accepts.",
        "De JSON heeft meer velden dan de verifier accepteert.",
        "Das JSON hat mehr Felder, als die Prüfsoftware zulässt.",
        "Le JSON contient plus de champs que n'en accepte le vérificateur.";
    /// A number outside what JSON interchange (I-JSON) allows.
    JsonNumberOutOfRange = "json_number_out_of_range", UNREADABLE, FAIL,
        "A number is out of range.",
        "Een getal valt buiten het bereik.",
        "Eine Zahl liegt außerhalb des zulässigen Bereichs.",
        "Un nombre est hors de la plage autorisée.";
    /// A compact JWS whose parts cannot be decoded.
    JwsMalformed = "jws_malformed", UNREADABLE, FAIL,
        "The signed token (JWT) is damaged.",
        "Het ondertekende token (JWT) is beschadigd.",
        "Das signierte Token (JWT) ist beschädigt.",
        "Le jeton signé (JWT) est endommagé.";
    // ── parse ──
    /// Parsed as a W3C Verifiable Credential.
    CredentialParsed = "credential_parsed", NONE, PASS,
        "The credential's structure is as the standard requires.",
        "De opbouw van het credential is zoals de standaard voorschrijft.",
        "Der Aufbau des Nachweises entspricht den Vorgaben des Standards.",
        "La structure de l'attestation est conforme à la norme.";
    /// JSON, but not a Verifiable Credential at all.
    NotACredential = "not_a_credential", UNREADABLE, FAIL,
        "This JSON is not a verifiable credential.",
        "Deze JSON is geen verifieerbaar credential.",
        "Dieses JSON ist kein verifizierbarer Nachweis.",
        "Ce JSON n'est pas une attestation vérifiable.";
    /// A required property is missing or of the wrong kind.
    DataModelInvalid = "data_model_invalid", INVALID, FAIL,
        "The credential breaks the data model of its standard.",
        "Het credential voldoet niet aan het datamodel van zijn standaard.",
        "Der Nachweis verstößt gegen das Datenmodell seines Standards.",
        "L'attestation ne respecte pas le modèle de données de sa norme.";
    // ── proof ──
    /// Every proof verified.
    SignatureValid = "signature_valid", NONE, PASS,
        "The signature is valid: the content has not changed since it was signed.",
        "De handtekening klopt: de inhoud is niet veranderd sinds het ondertekenen.",
        "Die Signatur ist gültig: Der Inhalt wurde seit der Signierung nicht verändert.",
        "La signature est valide\u{a0}: le contenu n'a pas été modifié depuis la signature.";
    /// No proof and no JWS: nothing vouches for the content.
    ProofMissing = "proof_missing", INVALID, FAIL,
        "The credential is not signed.",
        "Het credential is niet ondertekend.",
        "Der Nachweis ist nicht signiert.",
        "L'attestation n'est pas signée.";
    /// A proof is missing a required field or has one in the wrong form.
    ProofMalformed = "proof_malformed", INVALID, FAIL,
        "The signature block is damaged.",
        "Het handtekeningblok is beschadigd.",
        "Der Signaturblock ist beschädigt.",
        "Le bloc de signature est endommagé.";
    /// The signature does not verify: the content or the proof was changed, or another key signed.
    SignatureInvalid = "signature_invalid", INVALID, FAIL,
        "The signature does not match: the credential was changed after signing, or signed with another key.",
        "De handtekening klopt niet: het credential is na ondertekening gewijzigd, of met een andere sleutel ondertekend.",
        "Die Signatur passt nicht: Der Nachweis wurde nach der Signierung verändert oder mit einem anderen Schlüssel signiert.",
        "La signature ne correspond pas\u{a0}: l'attestation a été modifiée après sa signature, ou signée avec une autre clé.";
    /// The signature could not be checked in this environment (the platform's crypto is missing or
    /// has not answered).
    SignatureNotChecked = "signature_not_checked", INDETERMINATE, NOT_CHECKED,
        "The signature could not be checked in this environment.",
        "De handtekening kon in deze omgeving niet worden gecontroleerd.",
        "Die Signatur konnte in dieser Umgebung nicht geprüft werden.",
        "La signature n'a pas pu être vérifiée dans cet environnement.";
    /// The signature is checked by the module with ECDSA and RSA (cargo feature `ecdsa-rsa`), which
    /// this build does not include; the npm package then loads it and verifies again.
    ModuleNeeded = "module_needed", INDETERMINATE, NOT_CHECKED,
        "This signature is checked by Keurmerk's ECDSA and RSA module, which was not loaded.",
        "Deze handtekening wordt gecontroleerd door de ECDSA- en RSA-module van Keurmerk, die niet is geladen.",
        "Diese Signatur wird vom ECDSA- und RSA-Modul von Keurmerk geprüft, das nicht geladen wurde.",
        "Cette signature est vérifiée par le module ECDSA et RSA de Keurmerk, qui n'a pas été chargé.";
    /// The proof's purpose is not `assertionMethod`.
    ProofPurposeInvalid = "proof_purpose_invalid", INVALID, FAIL,
        "The signature was not made for issuing credentials.",
        "De handtekening is niet gezet om credentials uit te geven.",
        "Die Signatur wurde nicht zum Ausstellen von Nachweisen erstellt.",
        "La signature n'a pas été apposée pour émettre des attestations.";
    /// The `@context` in an eddsa-jcs-2022 proof does not match the start of the document's.
    ProofContextMismatch = "proof_context_mismatch", INVALID, FAIL,
        "The signature covers a different context than the credential uses.",
        "De handtekening dekt een andere context dan het credential gebruikt.",
        "Die Signatur deckt einen anderen Kontext ab, als der Nachweis verwendet.",
        "La signature couvre un autre contexte que celui qu'utilise l'attestation.";
    /// The proof expired (`proof.expires`) before now.
    ProofExpired = "proof_expired", INVALID, FAIL,
        "The signature itself has expired.",
        "De handtekening zelf is verlopen.",
        "Die Signatur selbst ist abgelaufen.",
        "La signature elle-même a expiré.";
    /// A DataIntegrityProof whose cryptosuite the verifier's policy does not accept.
    CryptosuiteUnsupported = "cryptosuite_unsupported", INDETERMINATE, NOT_CHECKED,
        "The signature uses a method this verifier does not check.",
        "De handtekening gebruikt een methode die deze verifier niet controleert.",
        "Die Signatur verwendet ein Verfahren, das diese Prüfsoftware nicht prüft.",
        "La signature utilise une méthode que ce vérificateur ne contrôle pas.";
    /// A proof type the verifier's policy does not accept.
    ProofTypeUnsupported = "proof_type_unsupported", INDETERMINATE, NOT_CHECKED,
        "The signature is of a type this verifier does not check.",
        "De handtekening is van een soort die deze verifier niet controleert.",
        "Die Signatur ist von einem Typ, den diese Prüfsoftware nicht prüft.",
        "La signature est d'un type que ce vérificateur ne contrôle pas.";
    /// More proofs than the limit.
    TooManyProofs = "too_many_proofs", UNREADABLE, FAIL,
        "The credential carries more signatures than the verifier accepts.",
        "Het credential heeft meer handtekeningen dan de verifier accepteert.",
        "Der Nachweis trägt mehr Signaturen, als die Prüfsoftware zulässt.",
        "L'attestation porte plus de signatures que n'en accepte le vérificateur.";
    /// A JWT whose `alg` is a signature algorithm the policy does not accept (e.g. RS256).
    JwtAlgorithmUnsupported = "jwt_algorithm_unsupported", INDETERMINATE, NOT_CHECKED,
        "The token is signed with an algorithm this verifier does not check.",
        "Het token is ondertekend met een algoritme dat deze verifier niet controleert.",
        "Das Token ist mit einem Algorithmus signiert, den diese Prüfsoftware nicht prüft.",
        "Le jeton est signé avec un algorithme que ce vérificateur ne contrôle pas.";
    /// A JWT with `alg: none` or a shared-secret algorithm (HS256 …): never an issuer's signature.
    JwtAlgorithmForbidden = "jwt_algorithm_forbidden", INVALID, FAIL,
        "The token has no real signature (alg none or a shared secret).",
        "Het token heeft geen echte handtekening (alg none of een gedeeld geheim).",
        "Das Token hat keine echte Signatur (alg none oder ein gemeinsames Geheimnis).",
        "Le jeton n'a pas de véritable signature (alg none ou secret partagé).";
    /// A JOSE header the profile does not allow (unknown `crit`, wrong `typ`, `b64: false`).
    JwtHeaderInvalid = "jwt_header_invalid", INVALID, FAIL,
        "The token's header is not allowed for credentials.",
        "De header van het token is niet toegestaan voor credentials.",
        "Der Header des Tokens ist für Nachweise nicht zulässig.",
        "L'en-tête du jeton n'est pas autorisé pour les attestations.";
    /// A JWT signed with a shared secret (HS256 …): whoever can check it could have made it.
    JwtAlgorithmHmac = "jwt_algorithm_hmac", INVALID, FAIL,
        "The token is sealed with a shared secret, not signed: whoever can check it could have made it.",
        "Het token is verzegeld met een gedeeld geheim, niet ondertekend: wie het kan controleren, kan het ook maken.",
        "Das Token ist mit einem gemeinsamen Geheimnis versiegelt, nicht signiert: Wer es prüfen kann, hätte es auch erstellen können.",
        "Le jeton est scellé avec un secret partagé, et non signé\u{a0}: quiconque peut le vérifier aurait pu le fabriquer.";
    /// The signature algorithm does not fit the key (ES256 with a P-384 key, RS256 with an EC key).
    AlgorithmKeyMismatch = "algorithm_key_mismatch", INVALID, FAIL,
        "The signature claims an algorithm that does not fit the signing key.",
        "De handtekening noemt een algoritme dat niet bij de sleutel past.",
        "Die Signatur gibt einen Algorithmus an, der nicht zum Signaturschlüssel passt.",
        "La signature indique un algorithme qui ne correspond pas à la clé de signature.";
    /// An RSA key under 2048 bits: too weak to prove anything.
    RsaKeyTooSmall = "rsa_key_too_small", INVALID, FAIL,
        "The signing key is an RSA key too short to be safe (under 2048 bits).",
        "De sleutel is een RSA-sleutel die te kort is om veilig te zijn (minder dan 2048 bits).",
        "Der Signaturschlüssel ist ein RSA-Schlüssel, der zu kurz ist, um sicher zu sein (unter 2048 Bit).",
        "La clé de signature est une clé RSA trop courte pour être sûre (moins de 2048 bits).", full;
    /// A Blockcerts certificate: its proof is a Merkle proof anchored in a blockchain transaction,
    /// which cannot be looked up offline; the check's `named` gives the chain when the proof says.
    BlockchainAnchored = "blockchain_anchored", INDETERMINATE, NOT_CHECKED,
        "This certificate is anchored on a blockchain (Blockcerts), which cannot be checked offline.",
        "Dit certificaat is verankerd op een blockchain (Blockcerts), en dat kan niet offline worden gecontroleerd.",
        "Dieses Zertifikat ist in einer Blockchain verankert (Blockcerts); diese Verankerung kann nicht offline geprüft werden.",
        "Ce certificat est ancré dans une blockchain (Blockcerts)\u{a0}; cet ancrage ne peut pas être vérifié hors ligne.", full;
    /// An ecdsa-sd-2023 (or bbs-2023) base proof: the form an issuer gives the holder, which a
    /// verifier does not check; the holder shares a derived proof.
    SdBaseProof = "sd_base_proof", INDETERMINATE, NOT_CHECKED,
        "This is the issuer's copy for the holder (a base proof): the holder must share a derived copy for it to be checked.",
        "Dit is het exemplaar van de uitgever voor de houder (een basisbewijs): de houder moet een afgeleide versie delen om het te laten controleren.",
        "Dies ist das Exemplar, das der Aussteller dem Inhaber übergibt (ein Base Proof): Der Inhaber muss eine abgeleitete Kopie weitergeben, damit der Nachweis geprüft werden kann.",
        "Il s'agit de l'exemplaire remis par l'émetteur au titulaire (une preuve de base)\u{a0}: le titulaire doit transmettre une copie dérivée pour que l'attestation puisse être vérifiée.", full;
    /// An SD-JWT disclosure that does not belong to the issuer's payload (changed, foreign, presented
    /// twice, or of the wrong form for its place).
    SdDisclosureInvalid = "sd_disclosure_invalid", INVALID, FAIL,
        "A disclosed claim does not match what the issuer signed: it was changed or added.",
        "Een getoonde claim klopt niet met wat de uitgever ondertekende: hij is veranderd of toegevoegd.",
        "Eine offengelegte Angabe stimmt nicht mit dem überein, was der Aussteller signiert hat: Sie wurde verändert oder hinzugefügt.",
        "Une donnée divulguée ne correspond pas à ce que l'émetteur a signé\u{a0}: elle a été modifiée ou ajoutée.", full;
    /// An SD-JWT key-binding JWT that fails: wrong signature, type, or `sd_hash`.
    KeyBindingInvalid = "key_binding_invalid", INVALID, FAIL,
        "The holder's confirmation does not fit this credential: it was made for another presentation.",
        "De bevestiging van de houder past niet bij dit credential: ze is voor een andere presentatie gemaakt.",
        "Die Bestätigung des Inhabers passt nicht zu diesem Nachweis: Sie wurde für eine andere Präsentation erstellt.",
        "La confirmation du titulaire ne correspond pas à cette attestation\u{a0}: elle a été établie pour une autre présentation.", full;
    /// JWT claims (`iss`, `sub`, `jti`, `nbf`, `exp`) disagree with the credential or are missing.
    JwtClaimsMismatch = "jwt_claims_mismatch", INVALID, FAIL,
        "The token's claims contradict the credential inside it.",
        "De claims van het token spreken het credential erin tegen.",
        "Die Angaben (Claims) des Tokens widersprechen dem darin enthaltenen Nachweis.",
        "Les déclarations (claims) du jeton contredisent l'attestation qu'il contient.";
    /// Open Badges 2.0 hosted verification: the issuer's website serves this very assertion.
    HostedMatch = "hosted_match", NONE, PASS,
        "The issuer's website serves this very badge (a hosted badge: confirmed by the issuer, not signed).",
        "De website van de uitgever toont precies deze badge (een gehoste badge: bevestigd door de uitgever, niet ondertekend).",
        "Die Website des Ausstellers stellt genau dieses Badge bereit (ein gehostetes Badge: vom Aussteller bestätigt, nicht signiert).",
        "Le site web de l'émetteur publie exactement ce badge (badge hébergé\u{a0}: confirmé par l'émetteur, non signé).", full;
    /// A hosted Open Badges assertion whose URL the host did not look up: the recruiter may check
    /// it at the issuer (`wants` names the URL).
    HostedNotChecked = "hosted_not_checked", INDETERMINATE, NOT_CHECKED,
        "This badge is confirmed on the issuer's website, which this verifier does not contact: check it there.",
        "Deze badge wordt bevestigd op de website van de uitgever, die deze verifier niet benadert: controleer hem daar.",
        "Dieses Badge wird über die Website des Ausstellers bestätigt, die diese Prüfsoftware nicht aufruft: Prüfen Sie es dort.",
        "Ce badge se confirme sur le site web de l'émetteur, que ce vérificateur ne consulte pas\u{a0}: vérifiez-le sur ce site.", full;
    /// The issuer's hosted copy differs from the file: the file was changed.
    HostedDiffers = "hosted_differs", INVALID, FAIL,
        "The issuer's website shows a different version of this badge: the file was changed.",
        "De website van de uitgever toont een andere versie van deze badge: het bestand is gewijzigd.",
        "Die Website des Ausstellers zeigt eine andere Version dieses Badges: Die Datei wurde verändert.",
        "Le site web de l'émetteur affiche une autre version de ce badge\u{a0}: le fichier a été modifié.", full;
    /// An Open Badges assertion of verification type `signed` as plain JSON, without its signature.
    BadgeSignatureAbsent = "badge_signature_absent", INDETERMINATE, NOT_CHECKED,
        "This is the text of a signed badge without its signature: ask for the badge image or the signed file.",
        "Dit is de tekst van een ondertekende badge zonder de handtekening: vraag om de badge-afbeelding of het ondertekende bestand.",
        "Dies ist der Text eines signierten Badges ohne dessen Signatur: Fordern Sie das Badge-Bild oder die signierte Datei an.",
        "Il s'agit du texte d'un badge signé, sans sa signature\u{a0}: demandez l'image du badge ou le fichier signé.", full;
    // ── canonicalisation ──
    /// Linked data (N-Quads) that does not parse, or a quad that is not valid RDF.
    NquadsSyntax = "nquads_syntax", UNREADABLE, FAIL,
        "The credential's linked data is malformed.",
        "De gekoppelde data (linked data) van het credential is misvormd.",
        "Die verknüpften Daten (Linked Data) des Nachweises sind fehlerhaft.",
        "Les données liées (linked data) de l'attestation sont mal formées.";
    /// More quads or blank nodes than the canonicalisation limits.
    RdfcTooLarge = "rdfc_too_large", UNREADABLE, FAIL,
        "The credential's linked data is larger than the verifier accepts.",
        "De gekoppelde data van het credential is groter dan de verifier accepteert.",
        "Die verknüpften Daten des Nachweises sind umfangreicher, als die Prüfsoftware zulässt.",
        "Les données liées de l'attestation dépassent la taille acceptée par le vérificateur.";
    /// Canonicalisation (RDFC-1.0) went over its work budget: a graph built to make it run forever.
    RdfcWorkLimit = "rdfc_work_limit", UNREADABLE, FAIL,
        "The credential's linked data is built so that checking it would take too long.",
        "De gekoppelde data van het credential is zo opgebouwd dat controleren te lang zou duren.",
        "Die verknüpften Daten des Nachweises sind so aufgebaut, dass ihre Prüfung zu lange dauern würde.",
        "Les données liées de l'attestation sont construites de telle sorte que leur vérification prendrait trop de temps.";
    // ── JSON-LD ──
    /// A `@context` URL that is not bundled: checking it would need the network.
    JsonldUnknownContext = "jsonld_unknown_context", INDETERMINATE, NOT_CHECKED,
        "The credential uses a vocabulary (JSON-LD context) this verifier does not have: it cannot be checked offline.",
        "Het credential gebruikt een vocabulaire (JSON-LD-context) die deze verifier niet kent: het kan niet offline worden gecontroleerd.",
        "Der Nachweis verwendet ein Vokabular (JSON-LD-Kontext), das dieser Prüfsoftware nicht vorliegt: Er kann nicht offline geprüft werden.",
        "L'attestation utilise un vocabulaire (contexte JSON-LD) dont ce vérificateur ne dispose pas\u{a0}: elle ne peut pas être vérifiée hors ligne.";
    /// A context that is not bundled was used because the host supplied it (a document of the
    /// verifier's configuration): the vocabulary is the host's word, not Keurmerk's.
    JsonldContextSupplied = "jsonld_context_supplied", NONE, WARN,
        "The credential's vocabulary (JSON-LD context) came with the documents given to the verifier, not with the verifier itself.",
        "De vocabulaire (JSON-LD-context) van het credential kwam mee met de documenten voor de verifier, niet met de verifier zelf.",
        "Das Vokabular (JSON-LD-Kontext) des Nachweises stammt aus den Dokumenten, die der Prüfsoftware übergeben wurden, nicht aus der Prüfsoftware selbst.",
        "Le vocabulaire (contexte JSON-LD) de l'attestation provient des documents fournis au vérificateur, et non du vérificateur lui-même.";
    /// A context redefines a protected term.
    JsonldProtectedTerm = "jsonld_protected_term", INVALID, FAIL,
        "The credential redefines a protected term of a standard vocabulary.",
        "Het credential herdefinieert een beschermde term van een standaardvocabulaire.",
        "Der Nachweis definiert einen geschützten Begriff eines Standardvokabulars um.",
        "L'attestation redéfinit un terme protégé d'un vocabulaire standard.";
    /// A context the JSON-LD algorithms reject.
    JsonldInvalidContext = "jsonld_invalid_context", INVALID, FAIL,
        "The credential's vocabulary definitions (JSON-LD context) are invalid.",
        "De vocabulairedefinities (JSON-LD-context) van het credential zijn ongeldig.",
        "Die Vokabulardefinitionen (JSON-LD-Kontext) des Nachweises sind ungültig.",
        "Les définitions de vocabulaire (contexte JSON-LD) de l'attestation ne sont pas valides.";
    /// A document the JSON-LD algorithms reject.
    JsonldInvalid = "jsonld_invalid", INVALID, FAIL,
        "The credential is not valid JSON-LD.",
        "Het credential is geen geldige JSON-LD.",
        "Der Nachweis ist kein gültiges JSON-LD.",
        "L'attestation n'est pas du JSON-LD valide.";
    /// Parts of the credential that no context defines: JSON-LD drops them, so the signature does not cover them.
    JsonldUndefinedTerms = "jsonld_undefined_terms", INVALID, FAIL,
        "Parts of the credential are not defined by its vocabulary, so the signature does not cover them.",
        "Delen van het credential zijn niet gedefinieerd in de vocabulaire, dus de handtekening dekt ze niet.",
        "Teile des Nachweises sind in seinem Vokabular nicht definiert, daher deckt die Signatur sie nicht ab.",
        "Certaines parties de l'attestation ne sont pas définies par son vocabulaire\u{a0}; la signature ne les couvre donc pas.";
    /// Undefined terms were found but the policy accepts them; they are shown as unsigned.
    JsonldUndefinedTermsAllowed = "jsonld_undefined_terms_allowed", NONE, WARN,
        "Parts of the credential are not covered by the signature; they are shown as unsigned.",
        "Delen van het credential vallen niet onder de handtekening; ze worden als niet-ondertekend getoond.",
        "Teile des Nachweises sind nicht von der Signatur abgedeckt; sie werden als nicht signiert angezeigt.",
        "Certaines parties de l'attestation ne sont pas couvertes par la signature\u{a0}; elles sont affichées comme non signées.";
    // ── keys and binding ──
    /// The signing key is controlled by the issuer and authorised to issue.
    IssuerKeyBound = "issuer_key_bound", NONE, PASS,
        "The signing key belongs to the issuer.",
        "De sleutel waarmee is ondertekend hoort bij de uitgever.",
        "Der Signaturschlüssel gehört dem Aussteller.",
        "La clé de signature appartient à l'émetteur.";
    /// A hosted Open Badges assertion served from the issuer's own site.
    HostedAtIssuer = "hosted_at_issuer", NONE, PASS,
        "The badge is served from the issuer's own website.",
        "De badge staat op de eigen website van de uitgever.",
        "Das Badge wird von der eigenen Website des Ausstellers bereitgestellt.",
        "Le badge est publié sur le propre site web de l'émetteur.", full;
    /// A hosted Open Badges assertion served from a site that is not the issuer's.
    HostedElsewhere = "hosted_elsewhere", INVALID, FAIL,
        "The badge is served from a website that is not the issuer's.",
        "De badge staat op een website die niet van de uitgever is.",
        "Das Badge wird von einer Website bereitgestellt, die nicht dem Aussteller gehört.",
        "Le badge est publié sur un site web qui n'appartient pas à l'émetteur.", full;
    /// An Open Badges badge class, issuer profile or key that the issuer hosts was not supplied.
    BadgeDocumentMissing = "badge_document_missing", INDETERMINATE, NOT_CHECKED,
        "The badge's description or its issuer's profile, published on the issuer's website, was not available offline.",
        "De beschrijving van de badge of het profiel van de uitgever, gepubliceerd op de website van de uitgever, was offline niet beschikbaar.",
        "Die Beschreibung des Badges oder das Profil seines Ausstellers, veröffentlicht auf der Website des Ausstellers, war offline nicht verfügbar.",
        "La description du badge ou le profil de son émetteur, publiés sur le site web de l'émetteur, n'étaient pas disponibles hors ligne.", full;
    /// A JAdES seal's certificate is valid at `now` and at its claimed signing time (`sigT`).
    SealCertificateValid = "seal_certificate_valid", NONE, PASS,
        "The seal's certificate is valid now, and was when the credential was sealed.",
        "Het certificaat van het zegel is nu geldig, en was dat ook toen het credential werd verzegeld.",
        "Das Zertifikat des Siegels ist jetzt gültig und war es auch, als der Nachweis versiegelt wurde.",
        "Le certificat du cachet est actuellement valide, et l'était aussi lorsque l'attestation a été scellée.", full;
    /// A JAdES seal's certificate is not valid at `now` (or at its claimed signing time) and no
    /// qualified timestamp proves the seal existed while it was (ETSI EN 319 102-1: no proof of
    /// existence).
    SealCertificateOutsideValidity = "seal_certificate_outside_validity", INDETERMINATE, NOT_CHECKED,
        "The seal's certificate is not valid now, and only the sealer's own word says the seal was made while it was (no qualified timestamp): when it was sealed cannot be proven.",
        "Het certificaat van het zegel is nu niet geldig, en alleen de verzegelaar zelf zegt dat het zegel is gezet toen het nog geldig was (geen gekwalificeerd tijdstempel): wanneer het is verzegeld, valt niet te bewijzen.",
        "Das Zertifikat des Siegels ist jetzt nicht gültig, und nur der Siegelersteller selbst gibt an, dass das Siegel angebracht wurde, als das Zertifikat noch gültig war (kein qualifizierter Zeitstempel): Wann versiegelt wurde, lässt sich nicht belegen.",
        "Le certificat du cachet n'est pas valide actuellement, et seul le créateur du cachet affirme que celui-ci a été apposé lorsque le certificat était encore valide (aucun horodatage qualifié)\u{a0}: le moment du scellement ne peut pas être prouvé.", full;
    /// The revocation data the seal embeds (an OCSP response its CA signed) says the seal's
    /// certificate was revoked; without proof that the seal is older than the revocation, it cannot
    /// be relied on (ETSI EN 319 102-1: REVOKED_NO_POE).
    SealCertificateRevoked = "seal_certificate_revoked", INDETERMINATE, NOT_CHECKED,
        "The revocation data in the seal says its certificate was revoked: the seal cannot be relied on unless it is proven older than the revocation.",
        "Volgens de intrekkingsgegevens in het zegel is het certificaat ingetrokken: op het zegel valt niet te vertrouwen, tenzij bewezen is dat het ouder is dan de intrekking.",
        "Laut den Sperrdaten im Siegel wurde sein Zertifikat widerrufen: Auf das Siegel ist kein Verlass, solange nicht belegt ist, dass es älter ist als der Widerruf.",
        "Selon les données de révocation du cachet, son certificat a été révoqué\u{a0}: le cachet n'est fiable que s'il est prouvé antérieur à la révocation.", full;
    /// The key is carried only inside the credential (a JWS `jwk` header, an `x5c` chain that no
    /// trust list pins): the signature proves integrity, not who the issuer is.
    IssuerKeySelfAsserted = "issuer_key_self_asserted", INDETERMINATE, NOT_CHECKED,
        "The signature is intact, but the key came with the credential itself: nothing shows it belongs to the issuer.",
        "De handtekening is intact, maar de sleutel zat in het credential zelf: niets toont aan dat hij van de uitgever is.",
        "Die Signatur ist intakt, aber der Schlüssel wurde mit dem Nachweis selbst mitgeliefert: Nichts belegt, dass er dem Aussteller gehört.",
        "La signature est intacte, mais la clé était fournie avec l'attestation elle-même\u{a0}: rien ne montre qu'elle appartient à l'émetteur.";
    /// The verification method cannot be dereferenced offline (unknown DID method, missing document).
    KeyUnresolvable = "key_unresolvable", INDETERMINATE, NOT_CHECKED,
        "The issuer's key could not be looked up without going online.",
        "De sleutel van de uitgever kon niet offline worden opgezocht.",
        "Der Schlüssel des Ausstellers konnte ohne Online-Abfrage nicht ermittelt werden.",
        "La clé de l'émetteur n'a pas pu être consultée hors ligne.";
    /// A key of a type that exists but is not verified here (secp256k1, BLS12-381, P-521).
    KeyTypeUnsupported = "key_type_unsupported", INDETERMINATE, NOT_CHECKED,
        "The issuer's key is of a kind this verifier does not check.",
        "De sleutel van de uitgever is van een soort die deze verifier niet controleert.",
        "Der Schlüssel des Ausstellers ist von einem Typ, den diese Prüfsoftware nicht prüft.",
        "La clé de l'émetteur est d'un type que ce vérificateur ne contrôle pas.";
    /// The verification method or key is malformed or not an Ed25519 key.
    KeyInvalid = "key_invalid", INVALID, FAIL,
        "The signing key is damaged or of the wrong kind.",
        "De sleutel waarmee is ondertekend is beschadigd of van de verkeerde soort.",
        "Der Signaturschlüssel ist beschädigt oder vom falschen Typ.",
        "La clé de signature est endommagée ou n'est pas du bon type.";
    /// The key is not listed under `assertionMethod` of its controller.
    KeyNotAuthorized = "key_not_authorized", INVALID, FAIL,
        "The key is not authorised to issue credentials for its owner.",
        "De sleutel is niet bevoegd om namens de eigenaar credentials uit te geven.",
        "Der Schlüssel ist nicht berechtigt, im Namen seines Eigentümers Nachweise auszustellen.",
        "La clé n'est pas autorisée à émettre des attestations au nom de son propriétaire.";
    /// A valid signature by a key the credential's issuer does not control.
    IssuerMismatch = "issuer_mismatch", INVALID, FAIL,
        "Signed with a key that does not belong to the stated issuer.",
        "Ondertekend met een sleutel die niet bij de genoemde uitgever hoort.",
        "Mit einem Schlüssel signiert, der nicht zum angegebenen Aussteller gehört.",
        "Signée avec une clé qui n'appartient pas à l'émetteur indiqué.";
    // ── validity ──
    /// Inside the validity window at `now`.
    ValidityOk = "validity_ok", NONE, PASS,
        "The credential is within its validity period.",
        "Het credential is binnen de geldigheidsperiode.",
        "Der Nachweis liegt innerhalb seines Gültigkeitszeitraums.",
        "L'attestation est dans sa période de validité.";
    /// Now is past `validUntil` / `expirationDate` / JWT `exp`.
    Expired = "expired", Some(Verdict::Expired), FAIL,
        "The credential has expired.",
        "Het credential is verlopen.",
        "Der Nachweis ist abgelaufen.",
        "L'attestation a expiré.";
    /// Now is before `validFrom` / `issuanceDate` / JWT `nbf`.
    NotYetValid = "not_yet_valid", Some(Verdict::NotYetValid), FAIL,
        "The credential is not valid yet.",
        "Het credential is nog niet geldig.",
        "Der Nachweis ist noch nicht gültig.",
        "L'attestation n'est pas encore valide.";
    /// A date is not an XML Schema dateTime (or VC 2.0 without a time zone).
    DateInvalid = "date_invalid", INVALID, FAIL,
        "A date in the credential is not a valid date.",
        "Een datum in het credential is geen geldige datum.",
        "Ein Datum im Nachweis ist kein gültiges Datum.",
        "Une date de l'attestation n'est pas une date valide.";
    // ── status ──
    /// The credential names no status list: it cannot be revoked.
    StatusNone = "status_none", NONE, PASS,
        "The issuer did not provide a way to revoke this credential.",
        "De uitgever heeft geen manier opgenomen om dit credential in te trekken.",
        "Der Aussteller hat keine Möglichkeit vorgesehen, diesen Nachweis zu widerrufen.",
        "L'émetteur n'a prévu aucun moyen de révoquer cette attestation.";
    /// A verified status list says the credential is neither revoked nor suspended.
    StatusOk = "status_ok", NONE, PASS,
        "The issuer has not revoked or suspended this credential.",
        "De uitgever heeft dit credential niet ingetrokken of opgeschort.",
        "Der Aussteller hat diesen Nachweis weder widerrufen noch ausgesetzt.",
        "L'émetteur n'a ni révoqué ni suspendu cette attestation.";
    /// A verified status list of purpose `message` gives the credential's entry (and the issuer's
    /// word for it, when the list has one): informative, not a revocation.
    StatusMessage = "status_message", NONE, PASS,
        "The issuer's status list holds a message about this credential; it does not revoke or suspend it.",
        "De statuslijst van de uitgever geeft een bericht over dit credential; dat is geen intrekking of opschorting.",
        "Die Statusliste des Ausstellers enthält eine Mitteilung zu diesem Nachweis; sie widerruft ihn nicht und setzt ihn nicht aus.",
        "La liste de statut de l'émetteur donne un message sur cette attestation\u{a0}; elle ne la révoque ni ne la suspend.";
    /// A verified status list says the credential is revoked.
    StatusRevoked = "status_revoked", Some(Verdict::Revoked), FAIL,
        "The issuer has revoked this credential.",
        "De uitgever heeft dit credential ingetrokken.",
        "Der Aussteller hat diesen Nachweis widerrufen.",
        "L'émetteur a révoqué cette attestation.";
    /// A verified status list says the credential is suspended.
    StatusSuspended = "status_suspended", Some(Verdict::Suspended), FAIL,
        "The issuer has suspended this credential.",
        "De uitgever heeft dit credential opgeschort.",
        "Der Aussteller hat diesen Nachweis ausgesetzt.",
        "L'émetteur a suspendu cette attestation.";
    /// A Token Status List gives a value other than VALID, INVALID or SUSPENDED (0x03 and the
    /// application-specific values): what it means is up to the issuer's application.
    StatusValueUnknown = "status_value_unknown", INDETERMINATE, NOT_CHECKED,
        "The issuer's status list gives this credential a status this verifier does not know.",
        "De statuslijst van de uitgever geeft dit credential een status die deze verifier niet kent.",
        "Die Statusliste des Ausstellers weist diesem Nachweis einen Status zu, den diese Prüfsoftware nicht kennt.",
        "La liste de statut de l'émetteur attribue à cette attestation un statut que ce vérificateur ne connaît pas.", full;
    /// The status list was not supplied (looking it up would need the network).
    StatusListUnavailable = "status_list_unavailable", NONE, NOT_CHECKED,
        "Whether it was revoked could not be checked: the issuer's status list is not available offline.",
        "Of het is ingetrokken kon niet worden gecontroleerd: de statuslijst van de uitgever is offline niet beschikbaar.",
        "Ob der Nachweis widerrufen wurde, konnte nicht geprüft werden: Die Statusliste des Ausstellers ist offline nicht verfügbar.",
        "Impossible de vérifier si l'attestation a été révoquée\u{a0}: la liste de statut de l'émetteur n'est pas disponible hors ligne.";
    /// A status mechanism Keurmerk does not check.
    StatusTypeUnsupported = "status_type_unsupported", NONE, NOT_CHECKED,
        "Whether it was revoked could not be checked: this kind of status list is not supported.",
        "Of het is ingetrokken kon niet worden gecontroleerd: dit soort statuslijst wordt niet ondersteund.",
        "Ob der Nachweis widerrufen wurde, konnte nicht geprüft werden: Diese Art von Statusliste wird nicht unterstützt.",
        "Impossible de vérifier si l'attestation a été révoquée\u{a0}: ce type de liste de statut n'est pas pris en charge.";
    /// The status list is not trustworthy or not readable: bad signature, expired, another issuer, wrong type, index out of range.
    StatusListInvalid = "status_list_invalid", INDETERMINATE, NOT_CHECKED,
        "The issuer's status list could not be trusted or read, so revocation could not be checked.",
        "De statuslijst van de uitgever was niet te vertrouwen of te lezen, dus intrekking kon niet worden gecontroleerd.",
        "Die Statusliste des Ausstellers war nicht vertrauenswürdig oder nicht lesbar, daher konnte ein Widerruf nicht geprüft werden.",
        "La liste de statut de l'émetteur n'était pas fiable ou pas lisible\u{a0}; la révocation n'a donc pas pu être vérifiée.";
    /// The status list is signed by someone other than the issuer (and no trust list vouches for
    /// them): it can show a revocation, not rule one out.
    StatusListForeignIssuer = "status_list_foreign_issuer", NONE, NOT_CHECKED,
        "Whether it was revoked could not be confirmed: the status list is not signed by the issuer.",
        "Of het is ingetrokken kon niet worden bevestigd: de statuslijst is niet door de uitgever ondertekend.",
        "Ob der Nachweis widerrufen wurde, konnte nicht bestätigt werden: Die Statusliste ist nicht vom Aussteller signiert.",
        "Impossible de confirmer si l'attestation a été révoquée\u{a0}: la liste de statut n'est pas signée par l'émetteur.";
    /// An unsigned (1EdTech) revocation list does not name the credential: that cannot rule out revocation.
    StatusListUnsigned = "status_list_unsigned", NONE, NOT_CHECKED,
        "Whether it was revoked could not be confirmed: the issuer's revocation list is not signed.",
        "Of het is ingetrokken kon niet worden bevestigd: de intrekkingslijst van de uitgever is niet ondertekend.",
        "Ob der Nachweis widerrufen wurde, konnte nicht bestätigt werden: Die Widerrufsliste des Ausstellers ist nicht signiert.",
        "Impossible de confirmer si l'attestation a été révoquée\u{a0}: la liste de révocation de l'émetteur n'est pas signée.";
    /// The status list is shorter than the W3C minimum (a privacy weakness of the issuer's list).
    StatusListShort = "status_list_short", NONE, WARN,
        "The issuer's status list is shorter than the standard requires.",
        "De statuslijst van de uitgever is korter dan de standaard voorschrijft.",
        "Die Statusliste des Ausstellers ist kürzer, als der Standard vorschreibt.",
        "La liste de statut de l'émetteur est plus courte que ne l'exige la norme.";
    /// Status was not checked (status of a status list, or policy).
    StatusNotChecked = "status_not_checked", NONE, NOT_CHECKED,
        "Whether it was revoked could not be checked.",
        "Of het is ingetrokken kon niet worden gecontroleerd.",
        "Ob der Nachweis widerrufen wurde, konnte nicht geprüft werden.",
        "Impossible de vérifier si l'attestation a été révoquée.";
    /// The policy requires a revocation check and none could be made: the verdict cannot be better
    /// than indeterminate.
    StatusRequired = "status_required", INDETERMINATE, NOT_CHECKED,
        "The verifier is set to require a revocation check, and none could be made.",
        "De verifier vereist een controle op intrekking, en die kon niet worden gedaan.",
        "Die Prüfsoftware ist so eingestellt, dass sie eine Widerrufsprüfung verlangt, und diese war nicht möglich.",
        "Le vérificateur est configuré pour exiger un contrôle de révocation, et aucun n'a pu être effectué.";
    /// Not checked because an earlier check failed.
    NotReached = "not_reached", NONE, NOT_CHECKED,
        "Not checked, because an earlier check did not succeed.",
        "Niet gecontroleerd, omdat een eerdere controle niet lukte.",
        "Nicht geprüft, weil eine vorherige Prüfung nicht erfolgreich war.",
        "Non vérifié, car une vérification précédente n'a pas abouti.";
    // ── trust ──
    /// No trust list was loaded, so nobody vouches for the issuer.
    TrustNoLists = "trust_no_lists", NONE, NOT_CHECKED,
        "No trust list was loaded: nobody vouches for this issuer.",
        "Er is geen vertrouwenslijst geladen: niemand staat in voor deze uitgever.",
        "Es wurde keine Vertrauensliste geladen: Niemand bürgt für diesen Aussteller.",
        "Aucune liste de confiance n'a été chargée\u{a0}: personne ne se porte garant de cet émetteur.";
    /// A loaded trust list vouches for the issuer at the issue date.
    TrustVouched = "trust_vouched", NONE, PASS,
        "A trust list vouches for this issuer.",
        "Een vertrouwenslijst staat in voor deze uitgever.",
        "Eine Vertrauensliste bürgt für diesen Aussteller.",
        "Une liste de confiance se porte garante de cet émetteur.";
    /// The issuer is in no loaded trust list.
    TrustIssuerNotListed = "trust_issuer_not_listed", NONE, NOT_CHECKED,
        "The issuer is not in any loaded trust list.",
        "De uitgever staat in geen enkele geladen vertrouwenslijst.",
        "Der Aussteller steht in keiner geladenen Vertrauensliste.",
        "L'émetteur ne figure dans aucune liste de confiance chargée.";
    /// A list names the issuer, but it was suspended or withdrawn (or not yet granted) when the credential was issued.
    TrustIssuerNotGranted = "trust_issuer_not_granted", NONE, FAIL,
        "A trust list names this issuer, but did not vouch for it when the credential was issued.",
        "Een vertrouwenslijst noemt deze uitgever, maar stond er niet voor in toen het credential werd uitgegeven.",
        "Eine Vertrauensliste nennt diesen Aussteller, bürgte aber nicht für ihn, als der Nachweis ausgestellt wurde.",
        "Une liste de confiance mentionne cet émetteur, mais ne s'en portait pas garante lorsque l'attestation a été émise.";
    /// A trust list was not used: bad signature, unknown operator key, rollback, malformed.
    TrustListRejected = "trust_list_rejected", NONE, WARN,
        "A trust list was not used because it could not be trusted.",
        "Een vertrouwenslijst is niet gebruikt omdat die niet te vertrouwen was.",
        "Eine Vertrauensliste wurde nicht verwendet, weil sie nicht vertrauenswürdig war.",
        "Une liste de confiance n'a pas été utilisée, car elle n'était pas fiable.";
    /// A trust list is past its nextUpdate.
    TrustListStale = "trust_list_stale", NONE, WARN,
        "A trust list is out of date.",
        "Een vertrouwenslijst is verouderd.",
        "Eine Vertrauensliste ist veraltet.",
        "Une liste de confiance n'est plus à jour.";
    /// The credential states a level outside the issuer's accreditation.
    TrustLevelOutsideAccreditation = "trust_level_outside_accreditation", NONE, WARN,
        "The credential states a level the issuer is not accredited for.",
        "Het credential vermeldt een niveau waarvoor de uitgever niet geaccrediteerd is.",
        "Der Nachweis gibt ein Niveau an, für das der Aussteller nicht akkreditiert ist.",
        "L'attestation indique un niveau pour lequel l'émetteur n'est pas accrédité.";
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

    #[cfg(not(target_arch = "wasm32"))]
    const LANGS: [&str; 4] = ["en", "nl", "de", "fr"];

    /// Codes whose words may be the same in two languages, with the reason. None yet: every
    /// sentence differs in all four. Add `(code, lang, lang, why)` only for a technical term that
    /// really is the same.
    #[cfg(not(target_arch = "wasm32"))]
    const SAME_WORDS: &[(&str, &str, &str, &str)] = &[];

    /// Every language has words and no two are the same, unless listed in `SAME_WORDS`.
    #[cfg(not(target_arch = "wasm32"))]
    fn assert_four_languages(name: &str, words: [&str; 4]) {
        let by_lang: Vec<(&str, &str)> = LANGS.into_iter().zip(words).collect();
        for (i, &(a, wa)) in by_lang.iter().enumerate() {
            assert!(!wa.is_empty(), "{name} needs words in {a}");
            for &(b, wb) in by_lang.iter().skip(i + 1) {
                let allowed = SAME_WORDS
                    .iter()
                    .any(|&(n, x, y, _)| n == name && x == a && y == b);
                if !allowed {
                    assert_ne!(wa, wb, "{name}: {a} and {b} words are the same");
                }
            }
        }
        // French puts a no-break space before `:` and `;`, never a plain one.
        let [.., fr] = words;
        assert!(
            !fr.contains(" :") && !fr.contains(" ;"),
            "{name}: French needs a no-break space (\\u{{a0}}) before : and ;"
        );
    }

    #[test]
    fn codes_are_unique_and_snake_case() {
        let mut seen = std::collections::BTreeSet::new();
        for c in Code::ALL {
            let s = c.as_str();
            assert!(seen.insert(s), "duplicate {s}");
            assert!(s
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'_' || b.is_ascii_digit()));
            assert_eq!(code_from_str(s), Some(*c));
        }
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn every_code_and_verdict_has_words_in_four_languages() {
        for c in Code::ALL {
            if cfg!(not(feature = "ecdsa-rsa")) && c.describe("en").is_empty() {
                // A `full` code in a build without `ecdsa-rsa`: no words in any language.
                assert!(LANGS.iter().all(|l| c.describe(l).is_empty()), "{}", c.as_str());
            } else {
                assert_four_languages(c.as_str(), LANGS.map(|l| c.describe(l)));
            }
        }
        for v in Verdict::ALL {
            assert_four_languages(v.as_str(), LANGS.map(|l| v.headline(l)));
        }
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn language_tags_pick_by_prefix() {
        for c in Code::ALL {
            assert_eq!(c.describe("de-AT"), c.describe("de"));
            assert_eq!(c.describe("fr-BE"), c.describe("fr"));
            assert_eq!(c.describe("nl-BE"), c.describe("nl"));
            assert_eq!(c.describe("es"), c.describe("en"));
            assert_eq!(c.describe(""), c.describe("en"));
        }
        for v in Verdict::ALL {
            assert_eq!(v.headline("de-AT"), v.headline("de"));
            assert_eq!(v.headline("fr-BE"), v.headline("fr"));
            assert_eq!(v.headline("es"), v.headline("en"));
        }
        assert_eq!(Verdict::Verified.headline("de-CH"), "Verifiziert");
        assert_eq!(Verdict::Verified.headline("fr-CA"), "Vérifié");
    }
}

// ── detail lines as data (their catalogue and words: `crate::lines`) ──

/// An argument of a line: a text (an identifier, a name, a field, a date as stated), a number,
/// or a text the issuer gave in several languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// A text, shown as it is (a `time` argument is an RFC 3339 date and time).
    Text(String),
    /// A whole number.
    Number(u64),
    /// The issuer's text in several languages: (language tag, text), `und` for a text without
    /// one. Shown in the reader's language, else English, else untagged, else the first; in the
    /// report an object from tag to text.
    Texts(Vec<(String, String)>),
}

impl Serialize for Arg {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(t) => s.serialize_str(t),
            Self::Number(n) => s.serialize_u64(*n),
            Self::Texts(texts) => {
                let mut m = s.serialize_map(Some(texts.len()))?;
                for (lang, text) in texts {
                    m.serialize_entry(lang, text)?;
                }
                m.end()
            }
        }
    }
}

impl Arg {
    /// The argument as shown to a reader of `lang`.
    pub fn shown(&self, lang: &str) -> String {
        match self {
            Self::Text(s) => s.clone(),
            Self::Number(n) => n.to_string(),
            Self::Texts(texts) => {
                let primary = lang.split('-').next().unwrap_or_default();
                let pick = |want: &str| {
                    texts
                        .iter()
                        .find(|(l, _)| l.split('-').next().is_some_and(|p| p.eq_ignore_ascii_case(want)))
                };
                pick(primary)
                    .or_else(|| pick("en"))
                    .or_else(|| pick("und"))
                    .or_else(|| texts.first())
                    .map(|(_, t)| t.clone())
                    .unwrap_or_default()
            }
        }
    }
}

impl From<&str> for Arg {
    #[inline(never)] // one copy for every line's text arguments: the wasm is smaller
    fn from(s: &str) -> Self {
        Self::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Self::Text(s)
    }
}

impl From<&String> for Arg {
    #[inline(never)]
    fn from(s: &String) -> Self {
        Self::Text(s.clone())
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Self::Number(n)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Self::Number(n as u64)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Self::Number(u64::from(n))
    }
}

impl From<u8> for Arg {
    fn from(n: u8) -> Self {
        Self::Number(u64::from(n))
    }
}

/// One detail line as data: the line's name and its arguments, in the order of its names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Facts {
    /// The line's stable name (`status_entry`).
    pub line: &'static str,
    /// The arguments' names, in the order of `args`, each followed by a comma (one string, not a
    /// table of them: ≈ 8 bytes less per argument in the wasm; see [`Facts::names`]).
    pub names: &'static str,
    /// The arguments.
    pub args: Vec<Arg>,
    /// What the line is about, outermost first (identifiers: a list's URL, a key's id): said
    /// before it, each followed by a colon.
    pub about: Vec<String>,
    /// A line said after it, in parentheses.
    pub then: Option<Box<Facts>>,
}

impl Facts {
    /// The line `spec` names (`"status_entry purpose,index,list,value,"`: the line, a space,
    /// each argument's name followed by a comma) with `args`. One copy for every line of the
    /// catalogue: a site passes one string and the arguments, not a whole struct (smaller wasm).
    #[inline(never)]
    pub fn new(spec: &'static str, args: Vec<Arg>) -> Self {
        let (line, names) = spec.split_once(' ').unwrap_or((spec, ""));
        Self {
            line,
            names,
            args,
            about: Vec::new(),
            then: None,
        }
    }

    /// The arguments' names, in the order of `args`.
    pub fn names(&self) -> impl Iterator<Item = &'static str> {
        self.names.split(',').filter(|n| !n.is_empty())
    }
}

impl Serialize for Facts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Args<'a>(&'a Facts);
        impl Serialize for Args<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(self.0.args.len()))?;
                for (name, arg) in self.0.names().zip(&self.0.args) {
                    m.serialize_entry(name, arg)?;
                }
                m.end()
            }
        }
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("line", self.line)?;
        m.serialize_entry("args", &Args(self))?;
        if !self.about.is_empty() {
            m.serialize_entry("about", &self.about)?;
        }
        if let Some(then) = &self.then {
            m.serialize_entry("then", then)?;
        }
        m.end()
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
    /// The facts as data, for a fault whose line is in the catalogue (`crate::lines::fault`).
    pub facts: Option<Box<Facts>>,
}

#[cfg(test)]
mod display_tests {
    use super::*;

    #[test]
    fn a_fault_without_words_names_its_line_and_arguments() {
        let facts = Facts {
            line: "json_syntax",
            names: "error,",
            args: vec![Arg::Text("expected value".into())],
            about: vec!["https://x.example/d".into()],
            then: None,
        };
        let fault = Fault { facts: Some(Box::new(facts)), ..Fault::new(Code::JsonSyntax, "") };
        assert_eq!(
            fault.to_string(),
            r#"json_syntax: {"line":"json_syntax","args":{"error":"expected value"},"about":["https://x.example/d"]}"#
        );
    }
}

impl Fault {
    /// The name of the fault's line in the catalogue (`crate::lines`), if it has one: what a test
    /// compares where the English `detail` is not written (the wasm build).
    pub fn line(&self) -> Option<&'static str> {
        self.facts.as_ref().map(|f| f.line)
    }

    /// A fault with a code and detail.
    pub fn new(code: Code, detail: impl Into<String>) -> Self {
        Self {
            code,
            detail: detail.into(),
            wants: None,
            named: None,
            facts: None,
        }
    }

    /// The same fault, about `what` (an identifier: a URL, a DID, a key's id), which its line
    /// names first.
    #[must_use]
    pub fn about(mut self, what: &str) -> Self {
        if let Some(f) = self.facts.as_mut() {
            f.about.insert(0, what.to_owned());
        }
        // Natively, or without facts, the English line says it too (the wasm leaves it empty).
        if !self.detail.is_empty() || self.facts.is_none() {
            self.detail = format!("{what}: {}", self.detail);
        }
        self
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
        match &self.facts {
            // the wasm build writes no words of a line: a fault thrown as an error (a supplied
            // document that cannot be read) then names its line and arguments as data
            Some(facts) if self.detail.is_empty() => write!(f, "{}: {facts}", self.code),
            _ => write!(f, "{}: {}", self.code, self.detail),
        }
    }
}

/// A line as data, for an error message where its words are not at hand (the wasm build): its
/// JSON, `{"line":"json_syntax","args":{"line":1,"column":15}}`.
impl std::fmt::Display for Facts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&serde_json::to_string(self).unwrap_or_default())
    }
}

impl std::error::Error for Fault {}
