//! Stage 8, descriptors: the elements of the EU Council Recommendation on micro-credentials
//! (2022/C 243/02, Annex I) as a credential states them, each with its normalised value, the text
//! as stated, its JSON pointer, and whether the signature covers it. Values are normalised, never
//! converted silently (a workload keeps its unit; an NLQF level maps to EQF only where that is
//! one-to-one).
//!
//! | source | module | what it reads |
//! |---|---|---|
//! | Europass / ELM 3 | [`elm`] | `hasClaim`, `specifiedBy` (`eqfLevel`, `nqfLevel`, `creditPoint`, `volumeOfLearning`, `mode`, …), `provenBy`, `accreditation` |
//! | Open Badges 3.0 and the Keurmerk profile | [`ob3`] | subject, achievement, issuer profile, `alignment[]` with `ext:` target types (`docs/profile.md`), 1EdTech extensions |
//! | edubadges | [`edubadges`] | OB 2.0 extensions (`ECTS`, `EQF`, `StudyLoad`, …), plain keys (`participation`, `assessmentType`, …), OB 3.0 `ECTS` / `participationType` |
//! | SD-JWT VC | [`sd_jwt_vc`] | `iss`, `iat`, the holder's name, the EUDI Learning Credential's Annex I claims (full module only) |
//!
//! In an SD-JWT, a descriptor from a claim the holder disclosed is marked `disclosed` (its digest
//! is signed); claims always in the issuer-signed payload are simply signed.
//!
//! Words for elements and controlled values are in [`vocab`], one catalogue in English and Dutch,
//! and natively in German and French as well ([`vocab_de_fr`]; the wasm module carries English and
//! Dutch only, and its report's `display` has `en` and `nl`).

pub mod duration;
pub mod edubadges;
pub mod elm;
pub mod ob3;
pub mod sd_jwt_vc;
pub mod vocab;
#[cfg(not(target_arch = "wasm32"))]
pub mod vocab_de_fr;

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::time::Timestamp;

pub use vocab::label;

/// The 11 mandatory elements of Annex I, in its order.
pub const MANDATORY: &[&str] = &[
    "learner",
    "title",
    "country",
    "awarding_body",
    "date_of_issue",
    "learning_outcomes",
    "workload",
    "level",
    "assessment",
    "participation",
    "quality_assurance",
];

/// The 5 optional elements of Annex I.
pub const OPTIONAL: &[&str] = &[
    "prerequisites",
    "supervision",
    "grade",
    "stackability",
    "further_information",
];

/// One element as the credential states it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Descriptor {
    /// The normalised value (`level`: `{"eqf": 6, "nqf": {"framework": "NLQF", "level": "6"}}`,
    /// `workload`: `{"ects": 5}` / `{"hours": 240, "unit": "sbu"}`, controlled values
    /// `{"concept": "online", "text": "…"}` …).
    pub value: Value,
    /// The text as stated (untouched: it is the issuer's, and may be hostile).
    pub text: String,
    /// JSON pointer of the source in the credential (in the JWT payload's credential for VC-JWT).
    pub source: String,
    /// Whether the signature covers it.
    pub signed: bool,
    /// Whether the holder of an SD-JWT disclosed it (a selectively disclosable claim, covered by
    /// the signature through its digest). Left out of the report when false.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub disclosed: bool,
    /// The value said readably, in English and Dutch (from `vocab`), natively also in German and
    /// French.
    pub display: Display,
}

/// A descriptor's value in words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Display {
    /// In English.
    pub en: String,
    /// In Dutch.
    pub nl: String,
    /// In German. The wasm module says here only what the browser cannot say from its tables
    /// (levels, workloads, a hashed learner); the labels of controlled
    /// values come from `lang/de.js`. Absent when empty.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub de: String,
    /// In French, as `de`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub fr: String,
}

impl Descriptor {
    /// The display text in `lang`: Dutch for `nl*`, German for `de*` and French for `fr*` (when
    /// said), else English.
    pub fn display_in(&self, lang: &str) -> &str {
        let said = if vocab::is_german(lang) {
            &self.display.de
        } else if vocab::is_french(lang) {
            &self.display.fr
        } else {
            ""
        };
        if !said.is_empty() {
            return said;
        }
        if vocab::is_dutch(lang) {
            &self.display.nl
        } else {
            &self.display.en
        }
    }
}

/// Whether JSON pointer `inner` is `outer` or lies inside it.
fn nested(inner: &str, outer: &str) -> bool {
    inner
        .strip_prefix(outer)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// Which Annex I elements are present and which mandatory ones are missing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct AnnexI {
    /// Elements the credential states, in the order of Annex I.
    pub present: Vec<&'static str>,
    /// Mandatory elements it does not state: a note for the learner, never a failure.
    pub missing: Vec<&'static str>,
}

/// What the signature covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Coverage {
    /// No signature was verified: nothing is signed.
    Nothing,
    /// JCS and JWT: everything in the document.
    All,
    /// RDFC under a lenient policy: everything but these JSON pointers (members the contexts do
    /// not define, which JSON-LD drops before signing).
    AllBut(Vec<String>),
}

impl Coverage {
    fn covers(&self, pointer: &str) -> bool {
        match self {
            Self::Nothing => false,
            Self::All => true,
            Self::AllBut(out) => !out.iter().any(|u| {
                pointer == u
                    || pointer
                        .strip_prefix(u.as_str())
                        .is_some_and(|rest| rest.starts_with('/'))
            }),
        }
    }
}

/// The descriptors of a credential document (a VC, an OB 2.0 assertion or an ELM credential).
/// `lang` picks the entry of language maps (`{"en": …, "nl": …}`) used as the text.
pub fn extract(
    doc: &Map<String, Value>,
    coverage: &Coverage,
    lang: &str,
) -> (BTreeMap<&'static str, Descriptor>, AnnexI) {
    extract_disclosed(doc, coverage, &[], lang)
}

/// As [`extract`], for the claims of an SD-JWT: `disclosed` are the JSON pointers of the claims
/// the holder disclosed, and a descriptor whose source lies in one, or holds one, is marked so.
pub fn extract_disclosed(
    doc: &Map<String, Value>,
    coverage: &Coverage,
    disclosed: &[String],
    lang: &str,
) -> (BTreeMap<&'static str, Descriptor>, AnnexI) {
    let mut found = Found {
        lang,
        ..Found::default()
    };
    // SD-JWTs are read by the full module only: the core carries no SD-JWT VC reader.
    let sd_jwt_vc = cfg!(feature = "ecdsa-rsa");
    if sd_jwt_vc {
        sd_jwt_vc::read_first(doc, &mut found);
    }
    elm::read(doc, &mut found);
    ob3::read(doc, &mut found);
    edubadges::read(doc, &mut found);
    if sd_jwt_vc {
        sd_jwt_vc::read(doc, &mut found);
    }
    found.finish_level();

    let mut out = BTreeMap::new();
    for (element, (value, text, source)) in found.items {
        let signed = coverage.covers(&source);
        let disclosed = sd_jwt_vc && disclosed.iter().any(|d| nested(d, &source) || nested(&source, d));
        let display = Display {
            en: say(element, &value, &text, "en"),
            nl: say(element, &value, &text, "nl"),
            de: say_beyond_tables(element, &value, &text, "de"),
            fr: say_beyond_tables(element, &value, &text, "fr"),
        };
        out.insert(
            element,
            Descriptor {
                value,
                text,
                source,
                signed,
                disclosed,
                display,
            },
        );
    }
    let present = MANDATORY
        .iter()
        .chain(OPTIONAL)
        .copied()
        .filter(|k| out.contains_key(k))
        .collect();
    let missing = MANDATORY
        .iter()
        .copied()
        .filter(|k| !out.contains_key(k))
        .collect();
    (out, AnnexI { present, missing })
}

/// What the sources found; the first source to state an element wins (see [`extract`] for the
/// order), except the level, whose EQF and national parts may come from different places.
#[derive(Default)]
pub struct Found<'a> {
    lang: &'a str,
    items: BTreeMap<&'static str, (Value, String, String)>,
    eqf: Option<(u32, String, String)>,
    nqf: Option<(String, String, String, String)>,
    level_verified: Option<bool>,
}

impl Found<'_> {
    /// States `element` unless an earlier source did.
    pub fn put(&mut self, element: &'static str, value: Value, text: String, source: String) {
        self.items.entry(element).or_insert((value, text, source));
    }

    /// Whether an element is already stated.
    pub fn has(&self, element: &str) -> bool {
        self.items.contains_key(element)
    }

    /// An EQF level 1–8 (others are ignored).
    pub fn eqf(&mut self, level: u32, text: String, source: String) {
        if (1..=8).contains(&level) && self.eqf.is_none() {
            self.eqf = Some((level, text, source));
        }
    }

    /// A national framework level (`framework` "NLQF", level "entry", "1"…"8", "4+").
    pub fn nqf(&mut self, framework: String, level: String, text: String, source: String) {
        if self.nqf.is_none() {
            self.nqf = Some((framework, level, text, source));
        }
    }

    /// Whether an independent body verified the stated level (edubadges' `eqfNlqfLevelVerified`).
    pub fn level_verified(&mut self, verified: bool) {
        self.level_verified.get_or_insert(verified);
    }

    /// A controlled value: the concept it names (if recognised) and the words as stated.
    pub fn concept(&mut self, element: &'static str, stated: &str, source: String) {
        if stated.trim().is_empty() {
            return;
        }
        let value = concept_value(element, stated);
        self.put(element, value, stated.to_owned(), source);
    }

    /// The date of issue as stated at `source` (normalised to RFC 3339 when it parses).
    pub fn date(&mut self, stated: &str, source: String) {
        let value =
            Timestamp::parse(stated).map_or(Value::Null, |(ts, _)| Value::String(ts.to_rfc3339()));
        self.put("date_of_issue", value, stated.to_owned(), source);
    }

    /// Learning outcomes given as one text.
    pub fn outcome_text(&mut self, text: String, source: String) {
        self.put(
            "learning_outcomes",
            Value::Array(vec![obj([("text", text.clone().into())])]),
            text,
            source,
        );
    }

    /// The text of a string, language map, ELM `Note` or `Concept` in the requested language.
    pub fn text(&self, v: Option<&Value>) -> Option<String> {
        text_of(v?, self.lang)
    }

    fn finish_level(&mut self) {
        if self.eqf.is_none() && self.nqf.is_none() {
            return;
        }
        let mut value = Map::new();
        let mut texts = Vec::new();
        let mut source = None;
        if let Some((level, text, src)) = self.eqf.take() {
            value.insert("eqf".to_owned(), Value::from(level));
            texts.push(text);
            source = Some(src);
        }
        if let Some((framework, level, text, src)) = self.nqf.take() {
            // NLQF 1–8 correspond one-to-one to EQF 1–8; the entry level and 4+ do not.
            if !value.contains_key("eqf") && framework == "NLQF" {
                if let Ok(n @ 1..=8) = level.parse::<u32>() {
                    value.insert("eqf".to_owned(), Value::from(n));
                    value.insert("eqf_from_nqf".to_owned(), Value::Bool(true));
                }
            }
            let mut nqf = Map::new();
            nqf.insert("framework".to_owned(), Value::String(framework));
            nqf.insert("level".to_owned(), Value::String(level));
            value.insert("nqf".to_owned(), Value::Object(nqf));
            if !texts.contains(&text) {
                texts.push(text);
            }
            source.get_or_insert(src);
        }
        if let Some(v) = self.level_verified {
            value.insert("verified".to_owned(), Value::Bool(v));
        }
        self.put(
            "level",
            Value::Object(value),
            texts.join(" / "),
            source.unwrap_or_default(),
        );
    }
}

/// `{"concept": key, "text": stated}`, or `{"text": stated}` when the words name no known concept.
fn concept_value(element: &str, stated: &str) -> Value {
    let mut m = Map::new();
    if let Some(c) = vocab::recognise(element, stated) {
        m.insert("concept".to_owned(), Value::String(c.key.to_owned()));
    }
    m.insert("text".to_owned(), Value::String(stated.to_owned()));
    Value::Object(m)
}

/// The first of a value that may be an array, with its JSON pointer (`p` or `p/0`).
pub fn first<'v>(v: Option<&'v Value>, p: &str) -> (Option<&'v Value>, String) {
    match v {
        Some(Value::Array(a)) => (a.first(), format!("{p}/0")),
        other => (other, p.to_owned()),
    }
}

/// A JSON number: an integer when the value is one (so 5 ECTS is `5`, not `5.0`).
pub fn number(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 9_007_199_254_740_992.0 {
        // in range and integral: the conversion is exact
        #[allow(clippy::cast_possible_truncation)]
        Value::from(x as i64)
    } else {
        serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number)
    }
}

/// A number stated as a JSON number or a numeric string ("5", "2,5").
pub fn number_of(v: Option<&Value>) -> Option<f64> {
    match v? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().replace(',', ".").parse().ok(),
        _ => None,
    }
    .filter(|x: &f64| x.is_finite() && *x >= 0.0)
}

/// A JSON object from a few members.
pub fn obj<const N: usize>(members: [(&str, Value); N]) -> Value {
    let mut m = Map::new();
    for (k, v) in members {
        m.insert(k.to_owned(), v);
    }
    Value::Object(m)
}

/// Text of a string, a language map, an ELM `Note` (`noteLiteral`) or `Concept` (`prefLabel`),
/// or the first of an array: the entry for `lang`, else English, else the first.
pub fn text_of(v: &Value, lang: &str) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Array(items) => items.iter().find_map(|i| text_of(i, lang)),
        Value::Object(m) => {
            for inner in ["noteLiteral", "prefLabel", "legalName", "title", "name"] {
                if let Some(x) = m.get(inner) {
                    return text_of(x, lang);
                }
            }
            let short = lang.get(..2).unwrap_or("en");
            m.get(short)
                .or_else(|| m.get("en"))
                .or_else(|| m.iter().find(|(k, _)| !k.starts_with('@')).map(|(_, v)| v))
                .and_then(|x| text_of(x, lang))
        }
        _ => None,
    }
}

/// A level number from "6", "EQF 6", "Level 6", "niveau 4", ".../eqf/6".
pub fn level_number(s: &str) -> Option<u32> {
    s.rsplit(|c: char| !c.is_ascii_digit())
        .find(|p| !p.is_empty())
        .and_then(|p| p.parse().ok())
}

/// NLQF levels: the entry level ("Entree", "Instroom"), 1–8, and "4+".
pub fn normalise_nlqf(s: &str) -> String {
    let lower = s.to_ascii_lowercase();
    if ["entree", "entry", "instroom", "c_b42dd23b"]
        .iter()
        .any(|w| lower.contains(w))
    {
        return "entry".to_owned();
    }
    if let Some((_, level)) = vocab::NLQF_CONCEPTS
        .iter()
        .find(|(id, _)| lower.ends_with(id))
    {
        return (*level).to_owned();
    }
    if lower.contains("4+") {
        return "4+".to_owned();
    }
    level_number(s).map_or_else(|| s.trim().to_owned(), |n| n.to_string())
}

/// A workload in its stated unit: ECTS; EC (Dutch credits: 1 EC = 28 hours by law, WHW 7.4, so
/// the hours are shown); SBU (MBO study-load hours); hours; anything else kept with its unit.
pub fn workload(amount: f64, unit: &str) -> Value {
    let n = number(amount);
    match unit.trim().to_ascii_lowercase().as_str() {
        "ects" | "ects credits" | "ects-punten" => obj([("ects", n)]),
        "ec" | "studiepunten" => obj([
            ("ects", n),
            ("unit", "ec".into()),
            ("hours_nl", number(amount * 28.0)),
        ]),
        "sbu" | "studiebelastingsuren" => obj([("hours", n), ("unit", "sbu".into())]),
        "hours" | "hour" | "uur" | "uren" | "h" => obj([("hours", n)]),
        "credit hours" | "credit_hours" => obj([("credit_hours", n)]),
        other => obj([("amount", n), ("unit", other.into())]),
    }
}

/// The words [`say`] phrases values with, in one language.
struct Words {
    /// The EQF's abbreviation (German EQR, French CEC).
    eqf: &'static str,
    /// After an EQF level derived from an NLQF level.
    through_nlqf: &'static str,
    /// The NLQF's entry level.
    entry_level: &'static str,
    /// A level an independent body verified.
    verified: &'static str,
    /// A level the issuer states, unverified.
    not_verified: &'static str,
    /// After "5 EC (= 140": what the hours are.
    ec_hours: &'static str,
    /// In brackets after "240 SBU".
    sbu: &'static str,
    /// In brackets after "3 credit hours".
    credit_hours: &'static str,
    /// A learner identified by a hashed e-mail address.
    email: &'static str,
    /// After "E-mail address, ".
    hashed: &'static str,
    /// Singular and plural of the [`UNITS`].
    units: [(&'static str, &'static str); 6],
    /// Whether a number takes the singular.
    singular: fn(f64) -> bool,
    /// Whether numbers have a decimal comma (German and French: "1,5 ECTS").
    decimal_comma: bool,
}

/// The parts of a duration, in [`duration`]'s names; [`Words::units`] says them.
const UNITS: [&str; 6] = ["years", "months", "days", "hours", "minutes", "seconds"];

/// English and Dutch keep the plural whatever the number ("1 hours"), as they always have.
fn plural_always(_: f64) -> bool {
    false
}

static EN: Words = Words {
    eqf: "EQF",
    through_nlqf: "(through the NLQF)",
    entry_level: "entry level",
    verified: "verified",
    not_verified: "stated by the issuer, not verified",
    ec_hours: "hours of study in the Netherlands",
    sbu: "study-load hours",
    credit_hours: "US",
    email: "E-mail address",
    hashed: "hashed (identifies the learner without naming them)",
    units: [
        ("years", "years"),
        ("months", "months"),
        ("days", "days"),
        ("hours", "hours"),
        ("minutes", "minutes"),
        ("seconds", "seconds"),
    ],
    singular: plural_always,
    decimal_comma: false,
};

static NL: Words = Words {
    eqf: "EQF",
    through_nlqf: "(via het NLQF)",
    entry_level: "entreeniveau",
    verified: "geverifieerd",
    not_verified: "door de uitgever opgegeven, niet geverifieerd",
    ec_hours: "uur studielast",
    sbu: "studiebelastingsuren",
    credit_hours: "Amerikaans",
    email: "E-mailadres",
    hashed: "gehasht (identificeert de lerende zonder naam)",
    units: [
        ("jaar", "jaar"),
        ("maanden", "maanden"),
        ("dagen", "dagen"),
        ("uur", "uur"),
        ("minuten", "minuten"),
        ("seconden", "seconden"),
    ],
    singular: plural_always,
    decimal_comma: false,
};

/// German.
static DE: Words = Words {
    eqf: "EQR",
    through_nlqf: "(über den NLQF)",
    entry_level: "Einstiegsniveau",
    verified: "verifiziert",
    not_verified: "vom Aussteller angegeben, nicht verifiziert",
    ec_hours: "Stunden Studienaufwand in den Niederlanden",
    sbu: "Studienbelastungsstunden",
    credit_hours: "USA",
    email: "E-Mail-Adresse",
    hashed: "gehasht (identifiziert die lernende Person, ohne sie zu nennen)",
    units: [
        ("Jahr", "Jahre"),
        ("Monat", "Monate"),
        ("Tag", "Tage"),
        ("Stunde", "Stunden"),
        ("Minute", "Minuten"),
        ("Sekunde", "Sekunden"),
    ],
    singular: |n| (n - 1.0).abs() < f64::EPSILON, // 1 Stunde, 1,5 Stunden
    decimal_comma: true,
};

/// French.
static FR: Words = Words {
    eqf: "CEC",
    through_nlqf: "(via le NLQF)",
    entry_level: "niveau d'entrée",
    verified: "vérifié",
    not_verified: "déclaré par l'émetteur, non vérifié",
    ec_hours: "heures d'études aux Pays-Bas",
    sbu: "heures de charge d'études",
    credit_hours: "États-Unis",
    email: "Adresse e-mail",
    hashed: "sous forme hachée (identifie l'apprenant sans le nommer)",
    units: [
        ("an", "ans"),
        ("mois", "mois"),
        ("jour", "jours"),
        ("heure", "heures"),
        ("minute", "minutes"),
        ("seconde", "secondes"),
    ],
    singular: |n| n < 2.0, // 1 heure, 1,5 heure, 2 heures
    decimal_comma: true,
};

/// The words for `lang`: Dutch for `nl*`, German for `de*`, French for `fr*`, else English.
fn words(lang: &str) -> &'static Words {
    if vocab::is_german(lang) {
        return &DE;
    }
    if vocab::is_french(lang) {
        return &FR;
    }
    if vocab::is_dutch(lang) {
        &NL
    } else {
        &EN
    }
}

impl Words {
    /// A number as this language writes it in prose.
    fn number(&self, x: f64) -> String {
        let s = fmt_number(x);
        if self.decimal_comma {
            s.replace('.', ",")
        } else {
            s
        }
    }

    /// "60 hours", "1 Stunde", "1,5 heure": `n` of a unit of [`UNITS`].
    fn count(&self, n: f64, unit: &str) -> String {
        let (one, many) = UNITS
            .iter()
            .zip(self.units)
            .find(|(k, _)| **k == unit)
            .map_or((unit, unit), |(_, u)| u);
        let word = if (self.singular)(n) { one } else { many };
        format!("{} {word}", self.number(n))
    }
}

/// A descriptor's value in words, in `lang`.
/// A value in German or French: natively all of it ([`say`]); in the wasm module only what is
/// phrased rather than looked up — a level, a workload, a hashed learner — since the labels of
/// controlled values and countries are in the browser's own tables (`lang/XX.js`), not the wasm.
fn say_beyond_tables(element: &str, value: &Value, text: &str, lang: &str) -> String {
    let phrased = matches!(element, "level" | "workload")
        || (element == "learner" && value.get("hashed").is_some());
    if cfg!(target_arch = "wasm32") && !phrased {
        return String::new();
    }
    say(element, value, text, lang)
}

fn say(element: &str, value: &Value, text: &str, lang: &str) -> String {
    let w = words(lang);
    let num = |k: &str| value.get(k).and_then(Value::as_f64).map(|x| w.number(x));
    match element {
        "level" => {
            let mut parts = Vec::new();
            if let Some(e) = value.get("eqf").and_then(Value::as_u64) {
                if value.get("eqf_from_nqf").is_some() {
                    parts.push(format!("{} {e} {}", w.eqf, w.through_nlqf));
                } else {
                    parts.push(format!("{} {e}", w.eqf));
                }
            }
            if let Some(n) = value.get("nqf") {
                let fw = match n.get("framework").and_then(Value::as_str) {
                    Some("NQF") | None => "",
                    Some(other) => other,
                };
                let level = match n.get("level").and_then(Value::as_str).unwrap_or("") {
                    "entry" => w.entry_level,
                    l => l,
                };
                parts.push(format!("{fw} {level}").trim().to_owned());
            }
            match value.get("verified").and_then(Value::as_bool) {
                Some(true) => parts.push(w.verified.to_owned()),
                Some(false) => parts.push(w.not_verified.to_owned()),
                None => {}
            }
            parts.join(" · ")
        }
        "workload" => {
            if let (Some(ects), Some("ec")) =
                (num("ects"), value.get("unit").and_then(Value::as_str))
            {
                let hours = num("hours_nl").unwrap_or_default();
                return format!("{ects} EC (= {hours} {})", w.ec_hours);
            }
            if let Some(ects) = num("ects") {
                return format!("{ects} ECTS");
            }
            if let (Some(h), Some("sbu")) =
                (num("hours"), value.get("unit").and_then(Value::as_str))
            {
                return format!("{h} SBU ({})", w.sbu);
            }
            if let Some(c) = num("credit_hours") {
                return format!("{c} credit hours ({})", w.credit_hours);
            }
            if let Some(d) = value.get("duration").and_then(Value::as_str) {
                return say_duration(value, d, w);
            }
            if let Some(h) = value.get("hours").and_then(Value::as_f64) {
                return w.count(h, "hours");
            }
            text.to_owned()
        }
        "learner" if value.get("hashed").and_then(Value::as_bool) == Some(true) => {
            let kind = match value
                .get("identity_type")
                .and_then(Value::as_str)
                .unwrap_or("")
            {
                "emailAddress" | "email" => w.email,
                k => k,
            };
            format!("{kind}, {}", w.hashed)
        }
        "country" => {
            let code = value.get("code").and_then(Value::as_str);
            match (code.and_then(|c| vocab::country_name(c, lang)), code) {
                (Some(name), Some(c)) => format!("{name} ({c})"),
                _ => value
                    .get("name")
                    .or_else(|| value.get("code"))
                    .and_then(Value::as_str)
                    .map_or_else(|| text.to_owned(), str::to_owned),
            }
        }
        // The date as the credential states it (2022-12-16T00:00:00+09:00 is the 16th, though
        // the value, in UTC, is the 15th); a NumericDate or the like as the value says.
        "date_of_issue" => match (Timestamp::parse(text), value.as_str()) {
            (Ok(_), _) => text.get(..10).unwrap_or(text).to_owned(),
            (Err(_), Some(d)) => d.get(..10).unwrap_or(d).to_owned(),
            (Err(_), None) => text.to_owned(),
        },
        _ => {
            let concept = value
                .get("concept")
                .and_then(Value::as_str)
                .and_then(|k| vocab::concept(element, k));
            // the concept's label, and the issuer's own words when they say more
            let mut s = match concept {
                Some(c) => {
                    let label = c.label(lang);
                    match value.get("text").and_then(Value::as_str).map(str::trim) {
                        Some(own)
                            if !own.is_empty()
                                && !label
                                    .to_ascii_lowercase()
                                    .contains(&own.to_ascii_lowercase())
                                && !own
                                    .replace(['_', '-'], " ")
                                    .eq_ignore_ascii_case(&c.key.replace('_', " ")) =>
                        {
                            format!("{label} — {own}")
                        }
                        _ => label.to_owned(),
                    }
                }
                None => text.to_owned(),
            };
            if let Some(setting) = value
                .get("setting")
                .and_then(Value::as_str)
                .and_then(|k| vocab::concept("setting", k))
            {
                s = format!("{s} · {}", setting.label(lang));
            }
            s
        }
    }
}

fn say_duration(value: &Value, stated: &str, w: &Words) -> String {
    let parts: Vec<String> = UNITS
        .iter()
        .filter_map(|unit| Some(w.count(value.get(*unit).and_then(Value::as_f64)?, unit)))
        .collect();
    if parts.is_empty() {
        stated.to_owned()
    } else {
        format!("{} ({stated})", parts.join(" "))
    }
}

fn fmt_number(x: f64) -> String {
    crate::canon::jcs::es_number(x)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use serde_json::json;

    #[test]
    fn levels_and_workloads_keep_their_units() {
        assert_eq!(normalise_nlqf("NLQF 4+"), "4+");
        assert_eq!(normalise_nlqf("Entreeniveau"), "entry");
        assert_eq!(
            normalise_nlqf("http://data.europa.eu/snb/qdr/c_1711a061"),
            "6"
        );
        assert_eq!(normalise_nlqf("6"), "6");
        assert_eq!(level_number("http://data.europa.eu/snb/eqf/6"), Some(6));
        assert_eq!(
            workload(5.0, "EC"),
            json!({ "ects": 5, "unit": "ec", "hours_nl": 140 })
        );
        assert_eq!(
            workload(240.0, "SBU"),
            json!({ "hours": 240, "unit": "sbu" })
        );
        assert_eq!(workload(2.5, "ECTS"), json!({ "ects": 2.5 }));
        assert_eq!(
            say("workload", &workload(5.0, "EC"), "", "nl"),
            "5 EC (= 140 uur studielast)"
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn values_are_said_in_german_and_french() {
        let level = json!({ "eqf": 4, "eqf_from_nqf": true,
            "nqf": { "framework": "NLQF", "level": "4" } });
        assert_eq!(say("level", &level, "", "de"), "EQR 4 (über den NLQF) · NLQF 4");
        assert_eq!(say("level", &level, "", "fr"), "CEC 4 (via le NLQF) · NLQF 4");
        assert_eq!(say("level", &level, "", "en"), "EQF 4 (through the NLQF) · NLQF 4");
        let entry = json!({ "nqf": { "framework": "NLQF", "level": "entry" }, "verified": false });
        assert_eq!(
            say("level", &entry, "", "de-AT"),
            "NLQF Einstiegsniveau · vom Aussteller angegeben, nicht verifiziert"
        );
        assert_eq!(
            say("level", &entry, "", "fr"),
            "NLQF niveau d'entrée · déclaré par l'émetteur, non vérifié"
        );

        let ec = workload(5.0, "EC");
        assert_eq!(
            say("workload", &ec, "", "de"),
            "5 EC (= 140 Stunden Studienaufwand in den Niederlanden)"
        );
        assert_eq!(say("workload", &ec, "", "fr"), "5 EC (= 140 heures d'études aux Pays-Bas)");
        let half = workload(2.5, "EC");
        assert_eq!(
            say("workload", &half, "", "de"),
            "2,5 EC (= 70 Stunden Studienaufwand in den Niederlanden)"
        );
        assert_eq!(say("workload", &workload(1.5, "ECTS"), "", "fr"), "1,5 ECTS");
        assert_eq!(say("workload", &workload(1.5, "ECTS"), "", "en"), "1.5 ECTS");
        let sbu = workload(240.0, "SBU");
        assert_eq!(say("workload", &sbu, "", "de"), "240 SBU (Studienbelastungsstunden)");
        assert_eq!(say("workload", &sbu, "", "fr"), "240 SBU (heures de charge d'études)");
        assert_eq!(say("workload", &workload(60.0, "hours"), "", "de"), "60 Stunden");
        assert_eq!(say("workload", &workload(60.0, "hours"), "", "fr"), "60 heures");
        assert_eq!(say("workload", &workload(1.0, "h"), "", "de"), "1 Stunde");
        assert_eq!(say("workload", &workload(1.5, "h"), "", "de"), "1,5 Stunden");
        assert_eq!(say("workload", &workload(1.5, "h"), "", "fr"), "1,5 heure");
        assert_eq!(say("workload", &workload(60.0, "hours"), "", "en"), "60 hours");

        let mut months = duration::parse("P1Y6M").unwrap();
        months.insert("duration".to_owned(), "P1Y6M".into());
        let months = Value::Object(months);
        assert_eq!(say("workload", &months, "", "de"), "1 Jahr 6 Monate (P1Y6M)");
        assert_eq!(say("workload", &months, "", "fr"), "1 an 6 mois (P1Y6M)");
        assert_eq!(say("workload", &months, "", "nl"), "1 jaar 6 maanden (P1Y6M)");
        assert_eq!(say("workload", &months, "", "en"), "1 years 6 months (P1Y6M)");

        let blended = concept_value("participation", "blended");
        assert_eq!(
            say("participation", &blended, "blended", "de"),
            "Gemischt (online und vor Ort)"
        );
        assert_eq!(
            say("participation", &blended, "blended", "fr-CA"),
            "Hybride (en ligne et sur place)"
        );
        let mut online = concept_value("participation", "online");
        if let Value::Object(m) = &mut online {
            m.insert("setting".to_owned(), "non_formal".into());
        }
        assert_eq!(
            say("participation", &online, "online", "fr"),
            "En ligne · Apprentissage non formel"
        );
        let written = concept_value("assessment", "Schriftelijk tentamen");
        assert_eq!(
            say("assessment", &written, "", "de"),
            "Schriftliche Prüfung — Schriftelijk tentamen"
        );
        assert_eq!(
            say("country", &json!({ "code": "NL" }), "NL", "de"),
            "Niederlande (NL)"
        );
        let hashed = json!({ "hashed": true, "identity_type": "emailAddress" });
        assert!(say("learner", &hashed, "", "fr").starts_with("Adresse e-mail, sous forme hachée"));
    }

    /// A workload is phrased in German and French in every build (the wasm one too: the browser
    /// has no table to say it from).
    #[test]
    fn display_has_german_and_french() {
        let mut doc = Map::new();
        doc.insert(
            "credentialSubject".to_owned(),
            json!({ "achievement": { "name": "Data", "ECTS": 1.5 } }),
        );
        let (found, _) = extract(&doc, &Coverage::All, "en");
        let workload = found.get("workload").unwrap();
        assert_eq!(workload.display.en, "1.5 ECTS");
        assert_eq!(workload.display.de, "1,5 ECTS");
        assert_eq!(workload.display_in("fr-BE"), "1,5 ECTS");
        assert_eq!(workload.display_in("es"), "1.5 ECTS");
        let json = serde_json::to_value(&workload.display).unwrap();
        assert_eq!(json, json!({ "en": "1.5 ECTS", "nl": "1.5 ECTS", "de": "1,5 ECTS", "fr": "1,5 ECTS" }));
        let english_only = Display {
            en: "x".to_owned(),
            ..Display::default()
        };
        assert_eq!(serde_json::to_value(&english_only).unwrap(), json!({ "en": "x", "nl": "" }));
    }

    #[test]
    fn coverage_matches_whole_path_segments() {
        let c = Coverage::AllBut(vec!["/credentialSubject/achievement/ECTS".to_owned()]);
        assert!(!c.covers("/credentialSubject/achievement/ECTS"));
        assert!(c.covers("/credentialSubject/achievement/ECTSx"));
        assert!(c.covers("/credentialSubject/achievement/name"));
        assert!(!Coverage::Nothing.covers("/name"));
    }

    #[test]
    fn language_maps_pick_the_language() {
        let v = json!({ "en": "Data literacy", "nl": "Datageletterdheid" });
        assert_eq!(text_of(&v, "nl").unwrap(), "Datageletterdheid");
        assert_eq!(text_of(&v, "de").unwrap(), "Data literacy");
        assert_eq!(
            text_of(&json!({ "noteLiteral": { "fr": "Réussi" } }), "nl").unwrap(),
            "Réussi"
        );
    }
}
