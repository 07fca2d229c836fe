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
//! Words for elements and controlled values are in [`vocab`], one catalogue in English and Dutch.

pub mod duration;
pub mod edubadges;
pub mod elm;
pub mod ob3;
pub mod sd_jwt_vc;
pub mod vocab;

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
    /// The value said readably, in English and Dutch (from `vocab`).
    pub display: Display,
}

/// A descriptor's value in words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Display {
    /// In English.
    pub en: String,
    /// In Dutch.
    pub nl: String,
}

impl Descriptor {
    /// The display text in `lang` (`nl`, else English).
    pub fn display_in(&self, lang: &str) -> &str {
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

/// A descriptor's value in words, in `lang`.
fn say(element: &str, value: &Value, text: &str, lang: &str) -> String {
    let nl = vocab::is_dutch(lang);
    let num = |k: &str| value.get(k).and_then(Value::as_f64).map(fmt_number);
    match element {
        "level" => {
            let mut parts = Vec::new();
            if let Some(e) = value.get("eqf").and_then(Value::as_u64) {
                let derived = value.get("eqf_from_nqf").is_some();
                parts.push(match (derived, nl) {
                    (false, _) => format!("EQF {e}"),
                    (true, false) => format!("EQF {e} (through the NLQF)"),
                    (true, true) => format!("EQF {e} (via het NLQF)"),
                });
            }
            if let Some(n) = value.get("nqf") {
                let fw = match n.get("framework").and_then(Value::as_str) {
                    Some("NQF") | None => "",
                    Some(other) => other,
                };
                let level = n.get("level").and_then(Value::as_str).unwrap_or("");
                let level = match (level, nl) {
                    ("entry", false) => "entry level",
                    ("entry", true) => "entreeniveau",
                    (l, _) => l,
                };
                parts.push(format!("{fw} {level}").trim().to_owned());
            }
            match (value.get("verified").and_then(Value::as_bool), nl) {
                (Some(true), false) => parts.push("verified".to_owned()),
                (Some(true), true) => parts.push("geverifieerd".to_owned()),
                (Some(false), false) => parts.push("stated by the issuer, not verified".to_owned()),
                (Some(false), true) => {
                    parts.push("door de uitgever opgegeven, niet geverifieerd".to_owned())
                }
                (None, _) => {}
            }
            parts.join(" · ")
        }
        "workload" => {
            if let (Some(ects), Some("ec")) =
                (num("ects"), value.get("unit").and_then(Value::as_str))
            {
                let hours = num("hours_nl").unwrap_or_default();
                return if nl {
                    format!("{ects} EC (= {hours} uur studielast)")
                } else {
                    format!("{ects} EC (= {hours} hours of study in the Netherlands)")
                };
            }
            if let Some(ects) = num("ects") {
                return format!("{ects} ECTS");
            }
            if let (Some(h), Some("sbu")) =
                (num("hours"), value.get("unit").and_then(Value::as_str))
            {
                return if nl {
                    format!("{h} SBU (studiebelastingsuren)")
                } else {
                    format!("{h} SBU (study-load hours)")
                };
            }
            if let Some(c) = num("credit_hours") {
                return if nl {
                    format!("{c} credit hours (Amerikaans)")
                } else {
                    format!("{c} credit hours (US)")
                };
            }
            if let Some(d) = value.get("duration").and_then(Value::as_str) {
                return say_duration(value, d, nl);
            }
            if let Some(h) = num("hours") {
                return if nl {
                    format!("{h} uur")
                } else {
                    format!("{h} hours")
                };
            }
            text.to_owned()
        }
        "learner" if value.get("hashed").and_then(Value::as_bool) == Some(true) => {
            let kind = value
                .get("identity_type")
                .and_then(Value::as_str)
                .unwrap_or("");
            let kind = match (kind, nl) {
                ("emailAddress" | "email", false) => "E-mail address",
                ("emailAddress" | "email", true) => "E-mailadres",
                (k, _) => k,
            };
            if nl {
                format!("{kind}, gehasht (identificeert de lerende zonder naam)")
            } else {
                format!("{kind}, hashed (identifies the learner without naming them)")
            }
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
                    let label = if nl { c.nl } else { c.en };
                    match value.get("text").and_then(Value::as_str).map(str::trim) {
                        Some(w)
                            if !w.is_empty()
                                && !label
                                    .to_ascii_lowercase()
                                    .contains(&w.to_ascii_lowercase())
                                && !w
                                    .replace(['_', '-'], " ")
                                    .eq_ignore_ascii_case(&c.key.replace('_', " ")) =>
                        {
                            format!("{label} — {w}")
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
                s = format!("{s} · {}", if nl { setting.nl } else { setting.en });
            }
            s
        }
    }
}

fn say_duration(value: &Value, stated: &str, nl: bool) -> String {
    const UNITS: [(&str, &str, &str); 6] = [
        ("years", "years", "jaar"),
        ("months", "months", "maanden"),
        ("days", "days", "dagen"),
        ("hours", "hours", "uur"),
        ("minutes", "minutes", "minuten"),
        ("seconds", "seconds", "seconden"),
    ];
    let parts: Vec<String> = UNITS
        .iter()
        .filter_map(|(k, en, nl_word)| {
            let n = value.get(*k).and_then(Value::as_f64)?;
            Some(format!(
                "{} {}",
                fmt_number(n),
                if nl { nl_word } else { en }
            ))
        })
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
