//! Stage 8, descriptors: the elements of the EU Council Recommendation on micro-credentials
//! (2022/C 243/02, Annex I) as a credential states them — from Open Badges 3.0 fields, the Keurmerk
//! profile (`docs/profile.md`: alignments with `ext:` target types), and what real issuers emit
//! (edubadges' `ECTS`, EQF/NLQF via `targetFramework`) — each with the text as stated, its JSON
//! pointer, and whether the signature covers it. Values are normalised, never converted silently.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::parse::as_list;
use crate::time::Timestamp;

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
    /// `workload`: `{"ects": 5}` / `{"hours": 240, "unit": "sbu"}` …).
    #[serde(serialize_with = "ser_value")]
    pub value: Value,
    /// The text as stated.
    pub text: String,
    /// JSON pointer of the source in the credential.
    pub source: String,
    /// Whether the signature covers it.
    pub signed: bool,
}

fn ser_value<S: serde::Serializer>(v: &Value, s: S) -> Result<S::Ok, S::Error> {
    v.serialize(s)
}

/// Which Annex I elements are present and which mandatory ones are missing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct AnnexI {
    /// Elements the credential states.
    pub present: Vec<&'static str>,
    /// Mandatory elements it does not state.
    pub missing: Vec<&'static str>,
}

/// Extracts the descriptors from a credential document. `unsigned` are JSON pointers the
/// signature does not cover (members JSON-LD dropped under a lenient policy).
pub fn extract(
    doc: &Map<String, Value>,
    unsigned: &[String],
) -> (BTreeMap<&'static str, Descriptor>, AnnexI) {
    let mut out: BTreeMap<&'static str, Descriptor> = BTreeMap::new();
    let signed = |source: &str| {
        !unsigned
            .iter()
            .any(|u| source.starts_with(u.split(':').next().unwrap_or(u)))
    };
    let mut put = |key: &'static str, value: Value, text: String, source: String| {
        out.entry(key).or_insert_with(|| Descriptor {
            value,
            text,
            signed: signed(&source),
            source,
        });
    };
    let str_at = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);

    // the first subject
    let (subject, sp) = match doc.get("credentialSubject") {
        Some(Value::Array(a)) => (a.first(), "/credentialSubject/0".to_owned()),
        other => (other, "/credentialSubject".to_owned()),
    };
    let achievement = subject.and_then(|s| s.get("achievement"));
    let ap = format!("{sp}/achievement");

    // learner: id, or an identifier (shown as hashed when it is)
    if let Some(s) = subject {
        if let Some(name) = str_at(s, "name") {
            put(
                "learner",
                json!({ "name": name }),
                name,
                format!("{sp}/name"),
            );
        } else if let Some((i, ident)) = as_list(s.get("identifier")).enumerate().next() {
            let hashed = ident
                .get("hashed")
                .and_then(Value::as_bool)
                .unwrap_or(false);
            let kind = str_at(ident, "identityType").unwrap_or_else(|| "identifier".to_owned());
            let v = str_at(ident, "identityHash").unwrap_or_default();
            let text = if hashed {
                format!("{kind} (hashed: {v})")
            } else {
                format!("{kind}: {v}")
            };
            put(
                "learner",
                json!({ "identity_type": kind, "hashed": hashed, "value": v }),
                text,
                format!("{sp}/identifier/{i}"),
            );
        } else if let Some(id) = str_at(s, "id") {
            put("learner", json!({ "id": id }), id, format!("{sp}/id"));
        }
    }
    // title
    if let Some(name) = achievement.and_then(|a| str_at(a, "name")) {
        put(
            "title",
            Value::String(name.clone()),
            name,
            format!("{ap}/name"),
        );
    } else if let Some(name) = str_at(&Value::Object(doc.clone()), "name") {
        put(
            "title",
            Value::String(name.clone()),
            name,
            "/name".to_owned(),
        );
    }
    // awarding body and country (from the issuer profile; self-asserted)
    if let Some(Value::Object(issuer)) = doc.get("issuer") {
        let id = issuer.get("id").and_then(Value::as_str).unwrap_or_default();
        if let Some(name) = issuer.get("name").and_then(Value::as_str) {
            put(
                "awarding_body",
                json!({ "id": id, "name": name }),
                name.to_owned(),
                "/issuer/name".to_owned(),
            );
        }
        if let Some(addr) = issuer.get("address") {
            for (k, upper) in [("addressCountryCode", true), ("addressCountry", false)] {
                if let Some(c) = addr.get(k).and_then(Value::as_str) {
                    let value = if upper && c.len() == 2 {
                        Value::String(c.to_ascii_uppercase())
                    } else {
                        Value::String(c.to_owned())
                    };
                    put(
                        "country",
                        value,
                        c.to_owned(),
                        format!("/issuer/address/{k}"),
                    );
                }
            }
        }
    }
    // date of issue
    for k in ["awardedDate", "validFrom", "issuanceDate"] {
        if let Some(t) = doc.get(k).and_then(Value::as_str) {
            let value = Timestamp::parse(t)
                .map(|(ts, _)| Value::String(ts.to_rfc3339()))
                .unwrap_or(Value::Null);
            put("date_of_issue", value, t.to_owned(), format!("/{k}"));
        }
    }
    // alignments: the Keurmerk profile, and EQF/NLQF/ESCO signalled by framework or URL
    let mut outcomes = Vec::new();
    let mut outcome_source = None;
    let mut eqf: Option<(u32, String, String)> = None;
    let mut nqf: Option<(String, String, String, String)> = None;
    for (i, a) in as_list(achievement.and_then(|a| a.get("alignment"))).enumerate() {
        let src = format!("{ap}/alignment/{i}");
        let t = str_at(a, "targetType").unwrap_or_default();
        let fw = str_at(a, "targetFramework").unwrap_or_default();
        let code = str_at(a, "targetCode").unwrap_or_default();
        let name = str_at(a, "targetName").unwrap_or_else(|| code.clone());
        let url = str_at(a, "targetUrl").unwrap_or_default();
        let fw_upper = fw.to_ascii_uppercase();
        let is_nlqf = t == "ext:NLQFLevel" || fw_upper.contains("NLQF");
        let is_eqf = !is_nlqf
            && (t == "ext:EQFLevel"
                || fw_upper
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|w| w == "EQF"));
        let is_outcome = t == "ceasn:Competency"
            || url.contains("data.europa.eu/esco")
            || fw_upper.contains("ESCO");
        if is_eqf {
            if let Some(level) = level_number(&code)
                .or_else(|| level_number(&name))
                .filter(|l| (1..=8).contains(l))
            {
                eqf.get_or_insert((level, name.clone(), src.clone()));
            }
        } else if is_nlqf || t.starts_with("ext:") && t.ends_with("QFLevel") {
            let framework = if is_nlqf {
                "NLQF".to_owned()
            } else {
                t.trim_start_matches("ext:")
                    .trim_end_matches("Level")
                    .to_owned()
            };
            let level = if code.is_empty() {
                name.clone()
            } else {
                code.clone()
            };
            nqf.get_or_insert((framework, normalise_nlqf(&level), name.clone(), src.clone()));
        } else if is_outcome {
            outcomes.push(json!({ "name": name, "url": url, "code": code }));
            outcome_source.get_or_insert(src.clone());
        } else {
            let key = match t.as_str() {
                "ext:AssessmentType" => Some("assessment"),
                "ext:ParticipationForm" => Some("participation"),
                "ext:QualityAssurance" => Some("quality_assurance"),
                "ext:Supervision" => Some("supervision"),
                "ext:Stackability" => Some("stackability"),
                "ext:Prerequisites" => Some("prerequisites"),
                "ext:Workload" => None,
                _ => None,
            };
            if let Some(key) = key {
                put(
                    key,
                    json!({ "name": name, "code": code, "url": url }),
                    name.clone(),
                    src.clone(),
                );
            }
            if t == "ext:Workload" {
                if let Some(w) = workload(&code, &fw) {
                    put(
                        "workload",
                        w,
                        format!("{code} {fw}").trim().to_owned(),
                        src.clone(),
                    );
                }
            }
        }
    }
    if eqf.is_some() || nqf.is_some() {
        let mut value = Map::new();
        let mut texts = Vec::new();
        let mut source = String::new();
        if let Some((l, text, src)) = &eqf {
            value.insert("eqf".to_owned(), json!(l));
            texts.push(text.clone());
            source.clone_from(src);
        }
        if let Some((framework, level, text, src)) = &nqf {
            value.insert(
                "nqf".to_owned(),
                json!({ "framework": framework, "level": level }),
            );
            // NLQF 1–8 correspond one-to-one to EQF 1–8; entry level and 4+ do not.
            if eqf.is_none() && framework == "NLQF" {
                if let Ok(n) = level.parse::<u32>() {
                    value.insert("eqf_from_nlqf".to_owned(), json!(n));
                }
            }
            texts.push(text.clone());
            if source.is_empty() {
                source.clone_from(src);
            }
        }
        put("level", Value::Object(value), texts.join(" / "), source);
    }
    if let (false, Some(src)) = (outcomes.is_empty(), outcome_source) {
        let text = outcomes
            .iter()
            .filter_map(|o| o.get("name").and_then(Value::as_str))
            .collect::<Vec<_>>()
            .join("; ");
        put("learning_outcomes", Value::Array(outcomes), text, src);
    }
    if let Some(a) = achievement {
        if let Some(d) = str_at(a, "description") {
            put(
                "learning_outcomes",
                json!({ "description": d }),
                d,
                format!("{ap}/description"),
            );
        }
        // workload as stated: edubadges' ECTS, then creditsAvailable (US credit hours unless stated)
        if let Some(e) = a.get("ECTS").and_then(Value::as_f64) {
            put(
                "workload",
                json!({ "ects": e }),
                format!("{} ECTS", crate::canon::jcs::es_number(e)),
                format!("{ap}/ECTS"),
            );
        }
        if let Some(c) = a.get("creditsAvailable").and_then(Value::as_f64) {
            put(
                "workload",
                json!({ "credit_hours": c }),
                format!("{} credit hours", crate::canon::jcs::es_number(c)),
                format!("{ap}/creditsAvailable"),
            );
        }
        if let Some(n) = a
            .get("criteria")
            .and_then(|c| c.get("narrative"))
            .and_then(Value::as_str)
        {
            put(
                "assessment",
                json!({ "narrative": n }),
                n.to_owned(),
                format!("{ap}/criteria/narrative"),
            );
        }
    }
    // grade: the first result value
    if let Some(s) = subject {
        if let Some((i, r)) = as_list(s.get("result"))
            .enumerate()
            .find(|(_, r)| r.get("value").is_some())
        {
            let v = r
                .get("value")
                .map(|v| {
                    v.as_str()
                        .map(str::to_owned)
                        .unwrap_or_else(|| v.to_string())
                })
                .unwrap_or_default();
            put(
                "grade",
                Value::String(v.clone()),
                v,
                format!("{sp}/result/{i}/value"),
            );
        }
    }
    if let Some(d) = doc.get("description").and_then(Value::as_str) {
        put(
            "further_information",
            Value::String(d.to_owned()),
            d.to_owned(),
            "/description".to_owned(),
        );
    }
    let present: Vec<&'static str> = MANDATORY
        .iter()
        .chain(OPTIONAL)
        .copied()
        .filter(|k| out.contains_key(k))
        .collect();
    let missing: Vec<&'static str> = MANDATORY
        .iter()
        .copied()
        .filter(|k| !out.contains_key(k))
        .collect();
    (out, AnnexI { present, missing })
}

/// A level number from "6", "EQF 6", "Level 6", "niveau 4".
fn level_number(s: &str) -> Option<u32> {
    s.split(|c: char| !c.is_ascii_digit())
        .find(|p| !p.is_empty())
        .and_then(|p| p.parse().ok())
}

/// NLQF levels: "Entry" (Instroom), 1–8, and "4+".
fn normalise_nlqf(s: &str) -> String {
    let lower = s.to_ascii_lowercase();
    if lower.contains("entree") || lower.contains("entry") || lower.contains("instroom") {
        return "entry".to_owned();
    }
    if lower.contains("4+") {
        return "4+".to_owned();
    }
    level_number(s).map_or_else(|| s.trim().to_owned(), |n| n.to_string())
}

/// A workload in its stated unit: ECTS / EC (NL: 1 EC = 28 hours, shown as such), SBU, hours.
fn workload(amount: &str, unit: &str) -> Option<Value> {
    let n: f64 = amount.trim().replace(',', ".").parse().ok()?;
    Some(match unit.trim().to_ascii_lowercase().as_str() {
        "ects" => json!({ "ects": n }),
        "ec" => json!({ "ects": n, "unit": "ec", "hours_nl": n * 28.0 }),
        "sbu" => json!({ "hours": n, "unit": "sbu" }),
        "hours" | "uur" | "h" => json!({ "hours": n }),
        other => json!({ "amount": n, "unit": other }),
    })
}

/// The label of an Annex I element in `lang` (`nl`, else English).
pub fn label(element: &str, lang: &str) -> &'static str {
    let nl = lang.starts_with("nl");
    match (element, nl) {
        ("learner", false) => "Learner",
        ("learner", true) => "Lerende",
        ("title", false) => "Title",
        ("title", true) => "Titel",
        ("country", false) => "Country of the issuer",
        ("country", true) => "Land van de uitgever",
        ("awarding_body", false) => "Awarding body",
        ("awarding_body", true) => "Uitgevende instelling",
        ("date_of_issue", false) => "Date of issue",
        ("date_of_issue", true) => "Datum van uitgifte",
        ("learning_outcomes", false) => "Learning outcomes",
        ("learning_outcomes", true) => "Leerresultaten",
        ("workload", false) => "Workload",
        ("workload", true) => "Studielast",
        ("level", false) => "Level (EQF / NQF)",
        ("level", true) => "Niveau (EQF / NLQF)",
        ("assessment", false) => "Type of assessment",
        ("assessment", true) => "Soort toetsing",
        ("participation", false) => "Form of participation",
        ("participation", true) => "Vorm van deelname",
        ("quality_assurance", false) => "Quality assurance",
        ("quality_assurance", true) => "Kwaliteitsborging",
        ("prerequisites", false) => "Prerequisites",
        ("prerequisites", true) => "Toelatingseisen",
        ("supervision", false) => "Supervision and identity verification",
        ("supervision", true) => "Toezicht en identiteitscontrole",
        ("grade", false) => "Grade",
        ("grade", true) => "Resultaat",
        ("stackability", false) => "Stackability",
        ("stackability", true) => "Stapelbaarheid",
        ("further_information", false) => "Further information",
        ("further_information", true) => "Meer informatie",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn levels_and_workloads_keep_their_units() {
        assert_eq!(normalise_nlqf("NLQF 4+"), "4+");
        assert_eq!(normalise_nlqf("Entreeniveau"), "entry");
        assert_eq!(normalise_nlqf("6"), "6");
        assert_eq!(
            workload("5", "EC").unwrap(),
            json!({ "ects": 5.0, "unit": "ec", "hours_nl": 140.0 })
        );
        assert_eq!(
            workload("240", "SBU").unwrap(),
            json!({ "hours": 240.0, "unit": "sbu" })
        );
        for e in MANDATORY.iter().chain(OPTIONAL) {
            assert!(!label(e, "en").is_empty() && !label(e, "nl").is_empty());
        }
    }
}
