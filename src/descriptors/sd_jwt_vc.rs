//! SD-JWT VC (`dc+sd-jwt`, draft-ietf-oauth-sd-jwt-vc): the claims of a credential with `vct` and
//! no `@context`, as the holder disclosed them (`parse::sd_jwt` rebuilt them). Which element a
//! claim is comes from the profiles microcredentials are issued in:
//!
//! - the EUDI reference issuer's Learning Credential (`urn:eu.europa.ec.eudi:learning:credential:1`;
//!   eu-digital-identity-wallet/eudi-srv-pid-issuer @83239e7,
//!   `adapter/out/learningcredential/SdJwtVcCredentialConfiguration.kt` and
//!   `EncodeLearningCredential.kt`): flat claims that follow Annex I — `issuing_authority`,
//!   `issuing_country`, `date_of_issuance`, `family_name`, `given_name`, `achievement_title`,
//!   `achievement_description`, `learning_outcomes[]`, `assessment_grade`,
//!   `learner_identification`, `expected_study_time`, `level_of_learning_experience` (1–8),
//!   `form_of_participation`, `types_of_quality_assurance[]`, `prerequisites_to_enroll[]`,
//!   `evaluator_verification[]`, `integration_stackability_options` (boolean);
//! - DC4EU's microcredential (`urn:eudi:micro_credential:1`; dc4eu/vc @035bdbf,
//!   `metadata/vctm_microcredential.json`, `bootstrapping/microcredential.json`): the Open Badges
//!   3.0 structure (`credentialSubject.achievement` with `ECTS`, `alignment` `ext:EQF`, …) as
//!   claims, which the [`ob3`](super::ob3) and [`edubadges`](super::edubadges) readers map;
//! - the SD-JWT VC registered claims themselves: `iss` (the awarding body when nothing names it),
//!   `iat` (the date of issue), and the OpenID Connect `given_name` / `family_name` / `name` of
//!   the holder.
//!
//! The first source to state an element wins ([`super::extract`]): [`read_first`] runs before the
//! other readers (the issue date: `iat` is an SD-JWT VC's issuance, while `nbf` only becomes
//! `validFrom`), [`read`] after them.

use serde_json::{Map, Value};

use super::{concept_value, number, obj, workload, Found};
use crate::parse::as_list;
use crate::time::Timestamp;

/// Whether `doc` is the claims of an SD-JWT VC (a `vct`, and no JSON-LD `@context`).
pub fn is_sd_jwt_vc(doc: &Map<String, Value>) -> bool {
    doc.contains_key("vct") && !doc.contains_key("@context")
}

/// The date of issue: the Learning Credential's `date_of_issuance`, else `iat`.
pub fn read_first(doc: &Map<String, Value>, f: &mut Found<'_>) {
    if !is_sd_jwt_vc(doc) {
        return;
    }
    if let Some(d) = doc.get("date_of_issuance").and_then(Value::as_str) {
        // an ISO 8601 full date ("2025-06-30", as the Learning Credential states it) or a dateTime
        let value = Timestamp::parse(d)
            .or_else(|_| Timestamp::parse(&format!("{d}T00:00:00Z")))
            .map_or(Value::Null, |(ts, _)| Value::String(ts.to_rfc3339()));
        f.put("date_of_issue", value, d.to_owned(), "/date_of_issuance".to_owned());
    }
    // A NumericDate from year 0 to 9999 (outside it, no date is shown rather than a wrong one).
    if let Some(t) = doc
        .get("iat")
        .and_then(Value::as_i64)
        .filter(|t| (-62_167_219_200..=253_402_300_799).contains(t))
    {
        let at = Timestamp::from_unix(t).to_rfc3339();
        f.put("date_of_issue", Value::String(at), t.to_string(), "/iat".to_owned());
    }
}

/// The other elements, where no richer source stated them.
pub fn read(doc: &Map<String, Value>, f: &mut Found<'_>) {
    if !is_sd_jwt_vc(doc) {
        return;
    }
    let text = |f: &Found<'_>, k: &str| f.text(doc.get(k)).filter(|t| !t.trim().is_empty());
    learner(doc, f);
    if let Some(t) = text(f, "achievement_title") {
        f.put(
            "title",
            Value::String(t.clone()),
            t,
            "/achievement_title".to_owned(),
        );
    }
    let iss = doc.get("iss").and_then(Value::as_str).unwrap_or_default();
    if let Some(name) = text(f, "issuing_authority") {
        f.put(
            "awarding_body",
            obj([("id", iss.into()), ("name", name.clone().into())]),
            name,
            "/issuing_authority".to_owned(),
        );
    } else if !iss.is_empty() {
        f.put(
            "awarding_body",
            obj([("id", iss.into())]),
            iss.to_owned(),
            "/iss".to_owned(),
        );
    }
    if let Some(c) = text(f, "issuing_country") {
        let value = if c.len() == 2 && c.chars().all(|ch| ch.is_ascii_alphabetic()) {
            obj([("code", c.to_ascii_uppercase().into())])
        } else {
            obj([("name", c.clone().into())])
        };
        f.put("country", value, c, "/issuing_country".to_owned());
    }
    let outcomes: Vec<String> = as_list(doc.get("learning_outcomes"))
        .filter_map(|o| f.text(Some(o)))
        .collect();
    if !outcomes.is_empty() {
        f.put(
            "learning_outcomes",
            Value::Array(
                outcomes
                    .iter()
                    .map(|t| obj([("text", t.clone().into())]))
                    .collect(),
            ),
            outcomes.join("; "),
            "/learning_outcomes".to_owned(),
        );
    }
    if let Some(t) = text(f, "expected_study_time") {
        f.put(
            "workload",
            study_time(&t),
            t,
            "/expected_study_time".to_owned(),
        );
    }
    if let Some(level) = doc.get("level_of_learning_experience") {
        let stated = match level {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        if let Some(n) = super::level_number(&stated) {
            f.eqf(n, stated, "/level_of_learning_experience".to_owned());
        }
    }
    if let Some(t) = text(f, "form_of_participation") {
        f.concept("participation", &t, "/form_of_participation".to_owned());
    }
    if let Some(t) = joined(f, doc, "types_of_quality_assurance") {
        f.put(
            "quality_assurance",
            concept_value("quality_assurance", &t),
            t,
            "/types_of_quality_assurance".to_owned(),
        );
    }
    if let Some(t) = text(f, "assessment_grade") {
        f.put(
            "grade",
            obj([("value", t.clone().into())]),
            t,
            "/assessment_grade".to_owned(),
        );
    }
    if let Some(t) = joined(f, doc, "prerequisites_to_enroll") {
        f.put(
            "prerequisites",
            obj([("text", t.clone().into())]),
            t,
            "/prerequisites_to_enroll".to_owned(),
        );
    }
    if let Some(t) = joined(f, doc, "evaluator_verification") {
        f.concept("supervision", &t, "/evaluator_verification".to_owned());
    }
    if let Some(b) = doc
        .get("integration_stackability_options")
        .and_then(Value::as_bool)
    {
        let key = if b { "stackable" } else { "stand_alone" };
        f.put(
            "stackability",
            obj([("concept", key.into())]),
            format!("integration_stackability_options: {b}"),
            "/integration_stackability_options".to_owned(),
        );
    }
    if let Some(t) = text(f, "achievement_description") {
        f.put(
            "further_information",
            Value::String(t.clone()),
            t,
            "/achievement_description".to_owned(),
        );
    }
}

/// The holder's name (`given_name` and `family_name`, or `name`), else the Learning Credential's
/// `learner_identification`.
fn learner(doc: &Map<String, Value>, f: &mut Found<'_>) {
    let s = |k: &str| {
        doc.get(k)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|t| !t.is_empty())
    };
    let (name, source) = match (s("given_name"), s("family_name"), s("name")) {
        (Some(g), Some(fam), _) => (format!("{g} {fam}"), "/given_name"),
        (Some(g), None, _) => (g.to_owned(), "/given_name"),
        (None, Some(fam), _) => (fam.to_owned(), "/family_name"),
        (None, None, Some(n)) => (n.to_owned(), "/name"),
        (None, None, None) => {
            if let Some(id) = s("learner_identification") {
                f.put(
                    "learner",
                    obj([("id", id.into())]),
                    id.to_owned(),
                    "/learner_identification".to_owned(),
                );
            }
            return;
        }
    };
    f.put(
        "learner",
        obj([("name", name.clone().into())]),
        name,
        source.to_owned(),
    );
}

/// A claim that is a string or an array of strings, joined with "; ".
fn joined(f: &Found<'_>, doc: &Map<String, Value>, k: &str) -> Option<String> {
    let parts: Vec<String> = as_list(doc.get(k))
        .filter_map(|v| f.text(Some(v)))
        .filter(|t| !t.trim().is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// "30 hours", "5 ECTS", "12 months": the number and its unit, kept as stated ([`workload`]).
fn study_time(stated: &str) -> Value {
    let t = stated.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(t.len());
    let (amount, unit) = t.split_at(split);
    match super::number_of(Some(&Value::String(amount.to_owned()))) {
        Some(n) if !unit.trim().is_empty() => workload(n, unit.trim()),
        Some(n) => obj([("amount", number(n))]),
        None => obj([("text", stated.into())]),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::super::{extract, Coverage};
    use serde_json::json;

    /// The EUDI reference issuer's Learning Credential, as its mock issues it
    /// (`GetLearningCredentialMock.kt`), all disclosed.
    #[test]
    fn the_eudi_learning_credential_maps_to_annex_i() {
        let doc = json!({
            "iss": "https://university.de/department-of-applied-sciences",
            "iat": 1_767_225_600, "vct": "urn:eu.europa.ec.eudi:learning:credential:1",
            "issuing_authority": "Technical University of Munich: Department of Applied Sciences",
            "issuing_country": "DE", "date_of_issuance": "2025-06-30", "date_of_expiry": "2030-06-30",
            "family_name": "Mustermann", "given_name": "Erika",
            "achievement_title": "Foundations of Applied AI in Business",
            "achievement_description": "A comprehensive introductory course.",
            "learning_outcomes": ["Analyze business processes", "Evaluate machine learning models"],
            "assessment_grade": "Excellent", "language_of_classes": "en",
            "learner_identification": "0123456", "expected_study_time": "12 months",
            "level_of_learning_experience": 6, "form_of_participation": "online",
            "types_of_quality_assurance": ["Institutional Evaluation"],
            "prerequisites_to_enroll": ["Familiarity with Python"],
            "integration_stackability_options": true
        });
        let (d, annex) = extract(doc.as_object().unwrap(), &Coverage::All, "en");
        assert_eq!(d["learner"].value, json!({"name": "Erika Mustermann"}));
        assert_eq!(d["title"].text, "Foundations of Applied AI in Business");
        assert_eq!(d["country"].value, json!({"code": "DE"}));
        assert_eq!(d["awarding_body"].source, "/issuing_authority");
        assert_eq!(d["date_of_issue"].value, "2025-06-30T00:00:00Z");
        assert_eq!(d["level"].value["eqf"], 6);
        assert_eq!(d["workload"].value, json!({"amount": 12, "unit": "months"}));
        assert_eq!(d["learning_outcomes"].value.as_array().unwrap().len(), 2);
        assert_eq!(d["participation"].value["concept"], "online");
        assert_eq!(d["stackability"].value["concept"], "stackable");
        assert_eq!(d["grade"].value["value"], "Excellent");
        assert_eq!(d["prerequisites"].text, "Familiarity with Python");
        assert!(d.values().all(|x| x.signed && !x.disclosed));
        assert!(annex.missing.iter().all(|m| *m == "assessment"), "{annex:?}");
    }

    #[test]
    fn registered_claims_alone_and_json_ld_untouched() {
        let doc = json!({"iss": "https://issuer.example", "iat": 1_683_000_000,
            "vct": "https://credentials.example.com/identity_credential", "name": "Ada"});
        let (d, _) = extract(doc.as_object().unwrap(), &Coverage::Nothing, "en");
        assert_eq!(d["awarding_body"].value, json!({"id": "https://issuer.example"}));
        assert_eq!(d["date_of_issue"].value, "2023-05-02T04:00:00Z");
        assert_eq!(d["learner"].source, "/name");
        // a VC data-model credential is the other readers' alone
        let vc = json!({"@context": ["https://www.w3.org/ns/credentials/v2"], "vct": "x",
            "iss": "https://issuer.example", "given_name": "Ada"});
        let (d, _) = extract(vc.as_object().unwrap(), &Coverage::All, "en");
        assert!(!d.contains_key("learner") && !d.contains_key("awarding_body"));
    }
}
