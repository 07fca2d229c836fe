//! Open Badges 3.0 (and plain W3C VCs): the subject, the achievement, the issuer profile, and the
//! Keurmerk profile (`docs/profile.md`): achievement `alignment[]` entries whose `targetType`
//! is `ext:EQFLevel`, `ext:NLQFLevel` (or another `ext:<NQF>Level`), `ext:AssessmentType`,
//! `ext:ParticipationForm`, `ext:QualityAssurance`, `ext:Supervision`, `ext:Stackability`,
//! `ext:Prerequisites`, `ext:Workload`, with `ceasn:Competency` / ESCO alignments as learning
//! outcomes. EQF and NLQF are also recognised where issuers only signal them through
//! `targetFramework`, `targetUrl` or `targetCode`. Also read: the 1EdTech Assessment extension
//! (`resultDescription[].assessmentType`) and Issuer Accreditation extension (`issuer.accreditations`).

use serde_json::{Map, Value};

use super::{level_number, normalise_nlqf, number, number_of, obj, workload, Found};
use crate::parse::as_list;

/// Reads an OB 3.0 / VC document.
pub fn read(doc: &Map<String, Value>, f: &mut Found<'_>) {
    let (subject, sp) = super::first(doc.get("credentialSubject"), "/credentialSubject");
    let achievement = subject.and_then(|s| s.get("achievement"));
    let ap = format!("{sp}/achievement");

    if let Some(a) = achievement {
        read_alignments(a, &ap, f);
    }
    if let Some(s) = subject {
        learner(s, &sp, f);
    }
    if let Some(name) = f.text(achievement.and_then(|a| a.get("name"))) {
        f.put(
            "title",
            Value::String(name.clone()),
            name,
            format!("{ap}/name"),
        );
    } else if let Some(name) = f.text(doc.get("name")) {
        f.put(
            "title",
            Value::String(name.clone()),
            name,
            "/name".to_owned(),
        );
    }
    issuer(doc, f);
    for k in ["validFrom", "issuanceDate", "awardedDate"] {
        if let Some(t) = doc.get(k).and_then(Value::as_str) {
            f.date(t, format!("/{k}"));
        }
    }
    if let Some(a) = achievement {
        achievement_fields(a, &ap, f);
    }
    if let Some(s) = subject {
        grade(s, achievement, &sp, f);
    }
    if let Some(d) = f.text(doc.get("description")) {
        f.put(
            "further_information",
            Value::String(d.clone()),
            d,
            "/description".to_owned(),
        );
    }
}

fn learner(s: &Value, sp: &str, f: &mut Found<'_>) {
    if let Some(name) = f.text(s.get("name")) {
        f.put(
            "learner",
            obj([("name", name.clone().into())]),
            name,
            format!("{sp}/name"),
        );
        return;
    }
    if let Some((i, ident)) = as_list(s.get("identifier")).enumerate().next() {
        learner_identity(
            ident,
            &format!("{sp}/identifier/{i}"),
            "identityType",
            "identityHash",
            f,
        );
        return;
    }
    if let Some(id) = s.get("id").and_then(Value::as_str) {
        f.put(
            "learner",
            obj([("id", id.into())]),
            id.to_owned(),
            format!("{sp}/id"),
        );
    }
}

/// A recipient identity (OB 3.0 `IdentityObject`, OB 2.0 `recipient`): a hashed one is shown as
/// hashed, never as if it were a name.
pub fn learner_identity(
    ident: &Value,
    src: &str,
    type_key: &str,
    value_key: &str,
    f: &mut Found<'_>,
) {
    let hashed = ident
        .get("hashed")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let kind = ident
        .get(type_key)
        .and_then(Value::as_str)
        .unwrap_or("identifier");
    let v = ident
        .get(value_key)
        .and_then(Value::as_str)
        .unwrap_or_default();
    let text = if hashed {
        format!("{kind}, hashed: {v}")
    } else {
        format!("{kind}: {v}")
    };
    f.put(
        "learner",
        obj([
            ("identity_type", kind.into()),
            ("hashed", hashed.into()),
            ("value", v.into()),
        ]),
        text,
        src.to_owned(),
    );
}

fn issuer(doc: &Map<String, Value>, f: &mut Found<'_>) {
    let Some(issuer) = doc.get("issuer") else {
        return;
    };
    let id = match issuer {
        Value::String(s) => s.as_str(),
        other => other.get("id").and_then(Value::as_str).unwrap_or_default(),
    };
    if let Some(name) = f.text(issuer.get("name")) {
        f.put(
            "awarding_body",
            obj([("id", id.into()), ("name", name.clone().into())]),
            name,
            "/issuer/name".to_owned(),
        );
    }
    if let Some(addr) = issuer.get("address") {
        for k in ["addressCountryCode", "addressCountry"] {
            if let Some(c) = f.text(addr.get(k)) {
                let value = if c.len() <= 3 && c.chars().all(|ch| ch.is_ascii_alphabetic()) {
                    obj([("code", c.to_ascii_uppercase().into())])
                } else {
                    obj([("name", c.clone().into())])
                };
                f.put("country", value, c, format!("/issuer/address/{k}"));
            }
        }
    }
    // 1EdTech Issuer Accreditation extension: the issuer's accreditations.
    if let Some((i, acc)) = as_list(issuer.get("accreditations")).enumerate().next() {
        let body = f
            .text(acc.get("accreditingBody").or_else(|| acc.get("accreditor")))
            .or_else(|| f.text(acc.get("name")))
            .unwrap_or_default();
        let date = acc
            .get("accreditationDate")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let sector = f.text(acc.get("educationalSector")).unwrap_or_default();
        let text = [body.as_str(), sector.as_str(), date]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        if !text.is_empty() {
            let mut value = super::concept_value("quality_assurance", &text);
            if let Value::Object(m) = &mut value {
                m.insert("accredited_by".to_owned(), body.into());
                if !date.is_empty() {
                    m.insert("date".to_owned(), date.into());
                }
            }
            f.put(
                "quality_assurance",
                value,
                text,
                format!("/issuer/accreditations/{i}"),
            );
        }
    }
}

/// The alignments of an achievement (OB 3.0) or badge class (OB 2.0).
pub fn read_alignments(a: &Value, ap: &str, f: &mut Found<'_>) {
    let mut outcomes = Vec::new();
    let mut outcome_texts = Vec::new();
    let mut outcome_source = None;
    for (i, al) in as_list(a.get("alignment")).enumerate() {
        let src = format!("{ap}/alignment/{i}");
        let get = |k: &str| {
            al.get(k)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        let (t, fw, code, url) = (
            get("targetType"),
            get("targetFramework"),
            get("targetCode"),
            get("targetUrl"),
        );
        let name = f.text(al.get("targetName")).unwrap_or_else(|| code.clone());
        let fw_upper = fw.to_ascii_uppercase();
        let url_lower = url.to_ascii_lowercase();
        let words = |s: &str| {
            s.split(|c: char| !c.is_ascii_alphanumeric())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        let is_nlqf = t == "ext:NLQFLevel"
            || words(&fw_upper).iter().any(|w| w == "NLQF")
            || url_lower.contains("nlqf.nl")
            || url_lower.contains("/snb/qdr/");
        let is_eqf = !is_nlqf
            && (t == "ext:EQFLevel"
                || words(&fw_upper).iter().any(|w| w == "EQF")
                || url_lower.contains("/snb/eqf/")
                || url_lower.contains("europass.europa.eu") && url_lower.contains("eqf"));
        let other_nqf = t.starts_with("ext:") && t.ends_with("Level") && !is_nlqf && !is_eqf;
        let is_outcome = t == "ceasn:Competency"
            || url_lower.contains("data.europa.eu/esco")
            || words(&fw_upper).iter().any(|w| w == "ESCO");
        if is_eqf {
            if let Some(level) = [&code, &name, &url].iter().find_map(|s| level_number(s)) {
                f.eqf(level, name.clone(), src);
            }
        } else if is_nlqf || other_nqf {
            let framework = if is_nlqf {
                "NLQF".to_owned()
            } else {
                t.trim_start_matches("ext:")
                    .trim_end_matches("Level")
                    .to_owned()
            };
            // the first of code, name, URL that names a level ("6", "NLQF 4+", ".../qdr/c_…")
            let level = [&code, &name, &url]
                .into_iter()
                .map(|s| normalise_nlqf(s))
                .find(|l| l == "entry" || l == "4+" || l.parse::<u32>().is_ok())
                .unwrap_or_else(|| name.clone());
            f.nqf(framework, level, name.clone(), src);
        } else if is_outcome {
            let mut o = Map::new();
            o.insert("text".to_owned(), name.clone().into());
            if !url.is_empty() {
                o.insert("url".to_owned(), url.clone().into());
            }
            if !code.is_empty() {
                o.insert("code".to_owned(), code.clone().into());
            }
            outcomes.push(Value::Object(o));
            outcome_texts.push(name.clone());
            outcome_source.get_or_insert(src);
        } else {
            let element = match t.as_str() {
                "ext:AssessmentType" => "assessment",
                "ext:ParticipationForm" => "participation",
                "ext:QualityAssurance" => "quality_assurance",
                "ext:Supervision" => "supervision",
                "ext:Stackability" => "stackability",
                "ext:Prerequisites" => "prerequisites",
                "ext:Workload" => {
                    if let Some(n) = number_of(Some(&Value::String(code.clone()))) {
                        let unit = if fw.is_empty() { "hours" } else { fw.as_str() };
                        f.put(
                            "workload",
                            workload(n, unit),
                            format!("{code} {fw}").trim().to_owned(),
                            src,
                        );
                    }
                    continue;
                }
                _ => continue,
            };
            // the code names the concept when it is one of ours; the name is what people read
            let key = if super::vocab::recognise(element, &code).is_some() {
                &code
            } else {
                &name
            };
            let mut value = super::concept_value(element, key);
            if let Value::Object(m) = &mut value {
                m.insert("text".to_owned(), name.clone().into());
                if !url.is_empty() {
                    m.insert("url".to_owned(), url.into());
                }
            }
            f.put(element, value, name, src);
        }
    }
    if let Some(src) = outcome_source {
        f.put(
            "learning_outcomes",
            Value::Array(outcomes),
            outcome_texts.join("; "),
            src,
        );
    }
}

fn achievement_fields(a: &Value, ap: &str, f: &mut Found<'_>) {
    if let Some(d) = f.text(a.get("description")) {
        f.outcome_text(d, format!("{ap}/description"));
    }
    // OB 3.0 `creditsAvailable` is credit hours (US semantics) unless stated otherwise.
    if let Some(c) = number_of(a.get("creditsAvailable")) {
        f.put(
            "workload",
            obj([("credit_hours", number(c))]),
            super::fmt_number(c),
            format!("{ap}/creditsAvailable"),
        );
    }
    // 1EdTech Assessment extension: the assessment type of a result description.
    for (i, rd) in as_list(a.get("resultDescription")).enumerate() {
        if let Some(t) = f.text(rd.get("assessmentType")) {
            f.concept(
                "assessment",
                &t,
                format!("{ap}/resultDescription/{i}/assessmentType"),
            );
            break;
        }
    }
    if let Some(t) = f.text(a.get("assessmentType")) {
        f.concept("assessment", &t, format!("{ap}/assessmentType"));
    }
}

fn grade(s: &Value, achievement: Option<&Value>, sp: &str, f: &mut Found<'_>) {
    let Some((i, r)) = as_list(s.get("result"))
        .enumerate()
        .find(|(_, r)| r.get("value").is_some() || r.get("achievedLevel").is_some())
    else {
        return;
    };
    let (key, v) = match r.get("value") {
        Some(v) => ("value", v),
        None => (
            "achievedLevel",
            r.get("achievedLevel").unwrap_or(&Value::Null),
        ),
    };
    let stated = match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    // the name of the result description it refers to ("Final grade"), if any
    let described = r
        .get("resultDescription")
        .and_then(Value::as_str)
        .and_then(|id| {
            as_list(achievement.and_then(|a| a.get("resultDescription")))
                .find(|d| d.get("id").and_then(Value::as_str) == Some(id))
                .and_then(|d| f.text(d.get("name")))
        });
    let mut value = obj([("value", stated.clone().into())]);
    if let (Value::Object(m), Some(d)) = (&mut value, &described) {
        m.insert("of".to_owned(), d.clone().into());
    }
    f.put("grade", value, stated, format!("{sp}/result/{i}/{key}"));
}
