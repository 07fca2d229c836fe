//! Europass Digital Credentials and the European Learning Model (ELM 3): where Annex I lives in
//! an ELM credential (`type` `EuropeanDigitalCredential`). Coded values are ELM `Concept`s whose
//! `id` is an EU vocabulary URI; texts are language maps. `volumeOfLearning` is an
//! `xsd:duration` and is kept as stated (`P60M` is sixty months).

use serde_json::{Map, Value};

use super::{
    duration, first, level_number, normalise_nlqf, number, number_of, obj, vocab, workload, Found,
};
use crate::parse::as_list;

/// Reads an ELM credential; does nothing for other documents.
pub fn read(doc: &Map<String, Value>, f: &mut Found<'_>) {
    let is_elm = as_list(doc.get("type"))
        .filter_map(Value::as_str)
        .any(|t| t == "EuropeanDigitalCredential");
    if !is_elm {
        return;
    }
    let (subject, sp) = first(doc.get("credentialSubject"), "/credentialSubject");
    let Some(subject) = subject else {
        return;
    };
    learner(subject, &sp, f);
    let (claim, cp) = first(subject.get("hasClaim"), &format!("{sp}/hasClaim"));
    let Some(claim) = claim else {
        return;
    };
    if let Some(t) = f.text(claim.get("title")) {
        f.put("title", Value::String(t.clone()), t, format!("{cp}/title"));
    }
    let (spec, specp) = first(claim.get("specifiedBy"), &format!("{cp}/specifiedBy"));
    let (awarded, ap) = first(claim.get("awardedBy"), &format!("{cp}/awardedBy"));
    let (body, bp) = first(
        awarded.and_then(|a| a.get("awardingBody")),
        &format!("{ap}/awardingBody"),
    );
    if let Some(b) = body {
        if let Some(name) = f.text(b.get("legalName")) {
            let id = b.get("id").and_then(Value::as_str).unwrap_or_default();
            f.put(
                "awarding_body",
                obj([("id", id.into()), ("name", name.clone().into())]),
                name,
                format!("{bp}/legalName"),
            );
        }
        country(b, &bp, f);
    }
    if let Some(issuer) = doc.get("issuer") {
        country(issuer, "/issuer", f);
    }
    for k in ["issued", "issuanceDate", "validFrom"] {
        if let Some(t) = doc.get(k).and_then(Value::as_str) {
            f.date(t, format!("/{k}"));
        }
    }
    if let Some(spec) = spec {
        specification(spec, &specp, f);
    }
    let (proven, pp) = first(claim.get("provenBy"), &format!("{cp}/provenBy"));
    if let Some(p) = proven {
        let (aspec, asp) = first(p.get("specifiedBy"), &format!("{pp}/specifiedBy"));
        if let Some(dc) = aspec.and_then(|s| s.get("dcType")) {
            concept(f, "assessment", dc, format!("{asp}/dcType"));
        }
        if let Some(idv) = p.get("idVerification") {
            concept(f, "supervision", idv, format!("{pp}/idVerification"));
        }
        if let Some(g) = f.text(p.get("grade")) {
            f.put(
                "grade",
                obj([("value", g.clone().into())]),
                g,
                format!("{pp}/grade"),
            );
        }
    }
    for (k, src) in [
        ("additionalNote", format!("{cp}/additionalNote")),
        ("description", "/description".to_owned()),
    ] {
        let holder = if k == "description" {
            doc.get(k)
        } else {
            claim.get(k)
        };
        if let Some(t) = f.text(holder) {
            f.put("further_information", Value::String(t.clone()), t, src);
        }
    }
}

fn learner(s: &Value, sp: &str, f: &mut Found<'_>) {
    let name = f.text(s.get("fullName")).or_else(|| {
        let given = f.text(s.get("givenName"))?;
        let family = f.text(s.get("familyName")).unwrap_or_default();
        Some(format!("{given} {family}").trim().to_owned())
    });
    if let Some(name) = name {
        let key = if s.get("fullName").is_some() {
            "fullName"
        } else {
            "givenName"
        };
        f.put(
            "learner",
            obj([("name", name.clone().into())]),
            name,
            format!("{sp}/{key}"),
        );
    }
}

fn country(org: &Value, p: &str, f: &mut Found<'_>) {
    let (loc, lp) = first(org.get("location"), &format!("{p}/location"));
    let (addr, adp) = first(loc.and_then(|l| l.get("address")), &format!("{lp}/address"));
    if let Some(c) = addr.and_then(|a| a.get("countryCode")) {
        let id = c.get("id").and_then(Value::as_str).unwrap_or_default();
        // http://publications.europa.eu/resource/authority/country/IRL → IRL
        let code = id.rsplit('/').next().unwrap_or_default();
        let text = f.text(Some(c)).unwrap_or_else(|| code.to_owned());
        let value = if code.is_empty() {
            obj([("name", text.clone().into())])
        } else {
            obj([("code", code.into()), ("name", text.clone().into())])
        };
        f.put("country", value, text, format!("{adp}/countryCode"));
    }
}

fn specification(spec: &Value, p: &str, f: &mut Found<'_>) {
    if let Some(e) = spec.get("eqfLevel") {
        let id = concept_id(e);
        let text = f.text(Some(e)).unwrap_or_else(|| id.clone());
        if let Some(level) = level_number(&id).or_else(|| level_number(&text)) {
            f.eqf(level, text, format!("{p}/eqfLevel"));
        }
    }
    if let Some((i, n)) = as_list(spec.get("nqfLevel")).enumerate().next() {
        let id = concept_id(n);
        let text = f.text(Some(n)).unwrap_or_else(|| id.clone());
        let is_nlqf = id.contains("/snb/qdr/")
            && vocab::NLQF_CONCEPTS.iter().any(|(c, _)| id.ends_with(c))
            || text.to_ascii_uppercase().contains("NLQF");
        let src = if spec.get("nqfLevel").is_some_and(Value::is_array) {
            format!("{p}/nqfLevel/{i}")
        } else {
            format!("{p}/nqfLevel")
        };
        if is_nlqf {
            let level = if id.is_empty() {
                normalise_nlqf(&text)
            } else {
                normalise_nlqf(&id)
            };
            f.nqf("NLQF".to_owned(), level, text, src);
        } else {
            // another country's framework: keep its label ("RQF Level 6") as the level
            f.nqf("NQF".to_owned(), text.clone(), text, src);
        }
    }
    for (i, cp) in as_list(spec.get("creditPoint")).enumerate() {
        let framework = cp.get("framework").map(concept_id).unwrap_or_default();
        let unit = vocab::CREDIT_FRAMEWORKS
            .iter()
            .find(|(uri, _)| *uri == framework)
            .map_or_else(
                || f.text(cp.get("framework")).unwrap_or_default(),
                |(_, u)| (*u).to_owned(),
            );
        if let Some(n) = number_of(cp.get("point")) {
            let src = if spec.get("creditPoint").is_some_and(Value::is_array) {
                format!("{p}/creditPoint/{i}")
            } else {
                format!("{p}/creditPoint")
            };
            f.put(
                "workload",
                workload(n, &unit),
                format!("{} {}", super::fmt_number(n), unit.to_ascii_uppercase()),
                src,
            );
            break;
        }
    }
    if let Some(d) = spec.get("volumeOfLearning").and_then(Value::as_str) {
        if let Some(mut parts) = duration::parse(d) {
            parts.insert("duration".to_owned(), d.into());
            f.put(
                "workload",
                Value::Object(parts),
                d.to_owned(),
                format!("{p}/volumeOfLearning"),
            );
        }
    }
    if let Some(m) = spec.get("mode") {
        concept(f, "participation", m, format!("{p}/mode"));
        if let (Some(setting), Some(Value::Object(v))) = (
            spec.get("learningSetting"),
            f.items.get_mut("participation").map(|(v, _, _)| v),
        ) {
            let id = concept_id(setting);
            let words = if id.is_empty() {
                text_of_concept(setting)
            } else {
                id
            };
            if let Some(c) = vocab::recognise("setting", &words) {
                v.insert("setting".to_owned(), c.key.into());
            }
        }
    }
    if let Some(r) = f.text(spec.get("entryRequirement")) {
        f.put(
            "prerequisites",
            obj([("text", r.clone().into())]),
            r,
            format!("{p}/entryRequirement"),
        );
    }
    if let Some(b) = spec.get("isPartialQualification").and_then(Value::as_bool) {
        let key = if b { "stackable" } else { "stand_alone" };
        let text = format!("isPartialQualification: {b}");
        f.put(
            "stackability",
            obj([("concept", key.into())]),
            text,
            format!("{p}/isPartialQualification"),
        );
    }
    let outcomes: Vec<(Value, String)> = as_list(spec.get("learningOutcome"))
        .filter_map(|o| {
            let t = f.text(o.get("title"))?;
            let esco: Vec<Value> = as_list(o.get("relatedESCOSkill"))
                .map(concept_id)
                .filter(|s| !s.is_empty())
                .map(Value::String)
                .collect();
            let mut m = Map::new();
            m.insert("text".to_owned(), t.clone().into());
            if !esco.is_empty() {
                m.insert("esco".to_owned(), Value::Array(esco));
            }
            Some((Value::Object(m), t))
        })
        .collect();
    if !outcomes.is_empty() {
        let text = outcomes
            .iter()
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        f.put(
            "learning_outcomes",
            Value::Array(outcomes.into_iter().map(|(v, _)| v).collect()),
            text,
            format!("{p}/learningOutcome"),
        );
    } else if let Some(s) = f.text(spec.get("learningOutcomeSummary")) {
        f.outcome_text(s, format!("{p}/learningOutcomeSummary"));
    }
    if let Some((i, acc)) = as_list(spec.get("accreditation")).enumerate().next() {
        let kind = acc.get("dcType").map(concept_id).unwrap_or_default();
        let agent = f.text(acc.get("accreditingAgent")).unwrap_or_default();
        let label = f.text(acc.get("dcType")).unwrap_or_default();
        let text = [label.as_str(), agent.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        let mut value = super::concept_value(
            "quality_assurance",
            if kind.is_empty() { &text } else { &kind },
        );
        if let Value::Object(m) = &mut value {
            m.insert("text".to_owned(), text.clone().into());
            if !agent.is_empty() {
                m.insert("accredited_by".to_owned(), agent.into());
            }
            if let Some(l) = acc
                .get("limitEQFLevel")
                .map(concept_id)
                .and_then(|l| level_number(&l))
            {
                m.insert("limit_eqf".to_owned(), number(f64::from(l)));
            }
        }
        f.put(
            "quality_assurance",
            value,
            text,
            format!("{p}/accreditation/{i}"),
        );
    }
}

/// A concept-valued element: the concept named by its URI, else by its label.
fn concept(f: &mut Found<'_>, element: &'static str, c: &Value, src: String) {
    let c = as_list(Some(c)).next().unwrap_or(c);
    let id = concept_id(c);
    let label = f.text(Some(c)).unwrap_or_else(|| id.clone());
    let by_uri = vocab::recognise(element, &id);
    let known = by_uri.or_else(|| vocab::recognise(element, &label));
    let mut m = Map::new();
    if let Some(k) = known {
        m.insert("concept".to_owned(), k.key.into());
    }
    m.insert("text".to_owned(), label.clone().into());
    if !id.is_empty() {
        m.insert("uri".to_owned(), id.into());
    }
    f.put(element, Value::Object(m), label, src);
}

fn concept_id(c: &Value) -> String {
    match c {
        Value::String(s) => s.clone(),
        other => other
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned(),
    }
}

fn text_of_concept(c: &Value) -> String {
    super::text_of(c, "en").unwrap_or_default()
}
