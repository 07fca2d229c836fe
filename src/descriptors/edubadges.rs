//! edubadges (SURF, the Dutch HE and MBO badge platform): the OB 2.0 extensions
//! (`extensions:ECTSExtension` … on the BadgeClass, `InstitutionCountry` / `InstitutionName` on the
//! issuer), the micro-credential fields that appear as plain keys on the badge (`participation`,
//! `assessmentType`, `assessmentSupervised`, `assessmentIdVerified`, `stackable`,
//! `eqfNlqfLevelVerified`, quality assurance, `gradeAchieved`), and on OB 3.0 achievements the
//! plain `ECTS` and `participationType` (which the OB 3.0 context does not define: under an
//! eddsa-rdfc-2022 signature they are not signed, and are marked so).

use serde_json::{Map, Value};

use super::{level_number, number, number_of, obj, workload, Found};

/// Reads the edubadges fields of an OB 2.0 assertion (`badge`) or an OB 3.0 achievement.
pub fn read(doc: &Map<String, Value>, f: &mut Found<'_>) {
    let (node, np) = if let Some(badge) = doc.get("badge").filter(|b| b.is_object()) {
        ob2_basics(doc, badge, f);
        (badge, "/badge".to_owned())
    } else {
        let (subject, sp) = super::first(doc.get("credentialSubject"), "/credentialSubject");
        match subject.and_then(|s| s.get("achievement")) {
            Some(a) => (a, format!("{sp}/achievement")),
            None => return,
        }
    };
    extensions(node, &np, f);
    plain_keys(node, &np, f);
}

/// The OB 2.0 assertion's own fields: recipient, badge name and description, issuer, issue date.
fn ob2_basics(doc: &Map<String, Value>, badge: &Value, f: &mut Found<'_>) {
    match doc.get("recipient") {
        // OB 1.0 / 0.5: the recipient is the email itself, or its hash (read by the full module)
        Some(Value::String(id)) if cfg!(feature = "ecdsa-rsa") => {
            let hashed = id.contains('$');
            let r = super::obj([
                ("type", "email".into()),
                ("hashed", hashed.into()),
                ("identity", id.as_str().into()),
            ]);
            super::ob3::learner_identity(&r, "/recipient", "type", "identity", f);
        }
        Some(r) => super::ob3::learner_identity(r, "/recipient", "type", "identity", f),
        None => {}
    }
    if let Some(name) = f.text(badge.get("name")) {
        f.put(
            "title",
            Value::String(name.clone()),
            name,
            "/badge/name".to_owned(),
        );
    }
    if let Some(issuer) = badge.get("issuer") {
        let name = f.text(issuer.get("name"));
        if let Some(name) = name {
            let id = issuer.get("id").and_then(Value::as_str).unwrap_or_default();
            f.put(
                "awarding_body",
                obj([("id", id.into()), ("name", name.clone().into())]),
                name,
                "/badge/issuer/name".to_owned(),
            );
        }
        extensions(issuer, "/badge/issuer", f);
    }
    if let Some(t) = doc.get("issuedOn").and_then(Value::as_str) {
        f.date(t, "/issuedOn".to_owned());
    }
}

/// `"extensions:XExtension": {"X": value}` members.
fn extensions(node: &Value, np: &str, f: &mut Found<'_>) {
    let ext = |name: &str, prop: &str| -> Option<(&Value, String)> {
        let key = format!("extensions:{name}");
        node.get(&key)
            .and_then(|e| e.get(prop))
            .map(|v| (v, format!("{np}/{key}/{prop}")))
    };
    for (name, prop, unit, said) in [
        ("ECTSExtension", "ECTS", "ects", "ECTS"),
        ("StudyLoadExtension", "StudyLoad", "sbu", "SBU"),
        (
            "TimeInvestmentExtension",
            "TimeInvestment",
            "hours",
            "hours",
        ),
    ] {
        if let Some((n, src)) =
            ext(name, prop).and_then(|(v, src)| Some((number_of(Some(v))?, src)))
        {
            f.put(
                "workload",
                workload(n, unit),
                format!("{} {said}", super::fmt_number(n)),
                src,
            );
        }
    }
    if let Some((v, src)) = ext("EQFExtension", "EQF") {
        let stated = match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        if let Some(level) = level_number(&stated) {
            f.eqf(level, format!("EQF {stated}"), src);
        }
    }
    if let Some((v, src)) = ext("LearningOutcomeExtension", "LearningOutcome") {
        if let Some(t) = f.text(Some(v)) {
            f.outcome_text(t, src);
        }
    }
    if let Some((v, src)) = ext("InstitutionCountryExtension", "InstitutionCountry") {
        if let Some(c) = f.text(Some(v)) {
            f.put("country", obj([("name", c.clone().into())]), c, src);
        }
    }
    if let Some((v, src)) = ext("InstitutionNameExtension", "InstitutionName") {
        if let Some(n) = f.text(Some(v)) {
            f.put("awarding_body", obj([("name", n.clone().into())]), n, src);
        }
    }
}

/// The micro-credential fields edubadges writes as plain keys (camelCase or snake_case).
fn plain_keys(node: &Value, np: &str, f: &mut Found<'_>) {
    let get = |keys: &[&str]| -> Option<(&Value, String)> {
        keys.iter()
            .find_map(|k| node.get(*k).map(|v| (v, format!("{np}/{k}"))))
    };
    if let Some((v, src)) = get(&["ECTS"]) {
        if let Some(n) = number_of(Some(v)) {
            f.put(
                "workload",
                obj([("ects", number(n))]),
                format!("{} ECTS", super::fmt_number(n)),
                src,
            );
        }
    }
    if let Some((v, src)) = get(&["participation", "participationType"]) {
        if let Some(t) = f.text(Some(v)) {
            f.concept("participation", &t, src);
        }
    }
    if let Some((v, src)) = get(&["assessmentType", "assessment_type"]) {
        if let Some(t) = f.text(Some(v)) {
            f.concept("assessment", &t, src);
        }
    }
    let supervised = get(&["assessmentSupervised", "assessment_supervised"]);
    let id_verified = get(&["assessmentIdVerified", "assessment_id_verified"]);
    if let Some((s, src)) = supervised
        .as_ref()
        .and_then(|(v, p)| v.as_bool().map(|b| (b, p.clone())))
    {
        let id = id_verified.as_ref().and_then(|(v, _)| v.as_bool());
        let key = match (s, id) {
            (false, Some(true)) => "unsupervised_with_id",
            (false, _) => "unsupervised_no_id",
            (true, Some(true)) => "supervised_with_id",
            (true, _) => "supervised_no_id",
        };
        let text = format!(
            "assessmentSupervised: {s}, assessmentIdVerified: {}",
            id.map_or_else(|| "—".to_owned(), |b| b.to_string())
        );
        f.put("supervision", obj([("concept", key.into())]), text, src);
    }
    if let Some((v, src)) = get(&["stackable"]) {
        if let Some(b) = v.as_bool() {
            let key = if b { "stackable" } else { "stand_alone" };
            f.put(
                "stackability",
                obj([("concept", key.into())]),
                format!("stackable: {b}"),
                src,
            );
        }
    }
    if let Some((v, _)) = get(&["eqfNlqfLevelVerified", "eqf_nlqf_level_verified"]) {
        if let Some(b) = v.as_bool() {
            f.level_verified(b);
        }
    }
    let qa_name = get(&["qualityAssuranceName", "quality_assurance_name"]);
    if let Some((v, src)) = qa_name {
        if let Some(name) = f.text(Some(v)) {
            let mut value = super::concept_value("quality_assurance", &name);
            if let Value::Object(m) = &mut value {
                for (k, out) in [
                    ("qualityAssuranceUrl", "url"),
                    ("quality_assurance_url", "url"),
                    ("qualityAssuranceDescription", "description"),
                    ("quality_assurance_description", "description"),
                ] {
                    if let Some(x) = node.get(k).and_then(Value::as_str) {
                        m.insert(out.to_owned(), x.into());
                    }
                }
            }
            f.put("quality_assurance", value, name, src);
        }
    }
    if let Some((v, src)) = get(&["gradeAchieved", "grade_achieved"]) {
        if let Some(g) = f
            .text(Some(v))
            .or_else(|| v.as_f64().map(super::fmt_number))
        {
            f.put("grade", obj([("value", g.clone().into())]), g, src);
        }
    }
    // an OB 2.0 badge's alignments follow the same rules as OB 3.0's
    if np == "/badge" {
        super::ob3::read_alignments(node, np, f);
        if let Some(d) = f.text(node.get("description")) {
            f.outcome_text(d, "/badge/description".to_owned());
        }
        // OB 2.0 assertions are read by the full module only.
        if cfg!(feature = "ecdsa-rsa") {
            criteria_and_tags(node, f);
        }
    }
}

/// An OB 2.0 badge class's `criteria` (its narrative, else its URL) and `tags`: what it took to
/// earn the badge, as further information.
fn criteria_and_tags(badge: &Value, f: &mut Found<'_>) {
    let criteria = badge.get("criteria").and_then(|c| {
        f.text(c.get("narrative"))
            .or_else(|| f.text(Some(c)))
            .or_else(|| f.text(c.get("id")))
    });
    let tags: Vec<String> = crate::parse::as_list(badge.get("tags"))
        .filter_map(|t| f.text(Some(t)))
        .collect();
    let text = match (criteria, tags.is_empty()) {
        (Some(c), true) => c,
        (Some(c), false) => format!("{c} — {}", tags.join(", ")),
        (None, false) => tags.join(", "),
        (None, true) => return,
    };
    f.put(
        "further_information",
        Value::String(text.clone()),
        text,
        "/badge/criteria".to_owned(),
    );
}
