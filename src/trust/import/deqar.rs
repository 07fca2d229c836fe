//! DEQAR, the Database of External Quality Assurance Results of EQAR: web API JSON of institutions
//! (`/webapi/v2/browse/institutions/…`) and of their reports (`…/reports/institutional/…`,
//! `…/reports/programme/…`), one response per file, a page of `results`, or files that collect
//! several responses. DEQAR does not know issuers' DIDs: each institution is linked through the
//! operator's mapping (by `deqar_id`, else its website), and an unmapped one is refused.
//!
//! A report with a positive decision (`positive`, `positive with conditions or restrictions`)
//! becomes an accreditation by its agency, valid from `valid_from` to `valid_to`, for the EQF
//! levels of the institution's QF-EHEA cycles (short 5, first 6, second 7, third 8) — or, for a
//! programme report, for that programme's level only, limited to the achievements the operator
//! mapped to the programme. Each report is evidence, whatever its decision. The institution is
//! granted from its earliest positive report.

use serde_json::{json, Map, Value};

use crate::time::Timestamp;

use super::mapping::{self, Mapping};
use super::{
    english, objects, register_date, text, Imported, Reading, Statement,
};

/// The register's name in evidence.
pub const SOURCE: &str = "DEQAR";

/// EQF level of a QF-EHEA cycle as DEQAR writes it (`identifier-resources.json`).
pub fn eqf_of_cycle(cycle: &str) -> Option<u32> {
    match cycle.trim().to_ascii_lowercase().as_str() {
        "short cycle" | "0" => Some(5),
        "first cycle" | "1" => Some(6),
        "second cycle" | "2" => Some(7),
        "third cycle" | "3" => Some(8),
        _ => None,
    }
}

fn is_report(m: &Map<String, Value>) -> bool {
    (m.contains_key("agency_id") || m.contains_key("agency_acronym")) && m.contains_key("institutions")
}

/// Reads DEQAR responses (several files may be read together: institutions and their reports).
pub fn read(docs: &[Value], map: &Mapping, reading: impl Into<Reading>) -> Imported {
    let reading = reading.into();
    let all: Vec<&Map<String, Value>> = docs.iter().flat_map(objects).collect();
    let reports: Vec<_> = all.iter().copied().filter(|m| is_report(m)).collect();
    // Institutions: their own records, and those the reports name.
    let mut institutions: Vec<&Map<String, Value>> = Vec::new();
    let named = reports
        .iter()
        .flat_map(|r| crate::parse::as_list(r.get("institutions")))
        .filter_map(Value::as_object);
    for i in all.iter().copied().filter(|m| !is_report(m)).chain(named) {
        let Some(id) = text(i, "deqar_id") else { continue };
        if !institutions.iter().any(|o| text(o, "deqar_id") == Some(id)) {
            institutions.push(i);
        }
    }
    let mut out = Imported::default();
    for inst in institutions {
        let id = text(inst, "deqar_id").unwrap_or_default();
        let name = text(inst, "name_primary").or_else(|| text(inst, "name_official_display")).unwrap_or(id);
        let mapped = map.find("deqar", id).or_else(|| {
            text(inst, "website_link").and_then(|w| map.find("homepage", w))
        });
        let Some(mapped) = mapped else {
            out.refused.push(format!(
                "{id} {name}: not in the operator's mapping — add its DID with \"deqar\": \"{id}\""
            ));
            continue;
        };
        let mine: Vec<_> = reports
            .iter()
            .filter(|r| {
                crate::parse::as_list(r.get("institutions"))
                    .any(|i| i.get("deqar_id").and_then(Value::as_str) == Some(id))
            })
            .collect();
        match entity(inst, mapped, &mine, reading) {
            Some(e) => out.entities.push(e),
            None => out.refused.push(format!(
                "{id} {name}: no positive quality-assurance report among those read"
            )),
        }
    }
    out
}

fn entity(
    inst: &Map<String, Value>,
    mapped: &Map<String, Value>,
    reports: &[&&Map<String, Value>],
    reading: Reading,
) -> Option<Map<String, Value>> {
    let levels: Vec<u32> = crate::parse::as_list(inst.get("qf_ehea_level"))
        .filter_map(Value::as_str)
        .filter_map(eqf_of_cycle)
        .collect();
    let mut accreditations = Vec::new();
    let mut evidence = Vec::new();
    let mut since: Option<Timestamp> = None;
    for r in reports {
        let agency = text(r, "agency_acronym").or_else(|| text(r, "agency_name")).unwrap_or("an agency");
        let decision = text(r, "decision").unwrap_or("unknown");
        let positive = decision.starts_with("positive");
        let (from, until) = (register_date(r.get("valid_from")), register_date(r.get("valid_to")));
        let programmes: Vec<&Map<String, Value>> = crate::parse::as_list(r.get("programmes"))
            .filter_map(Value::as_object)
            .collect();
        let report_levels: Vec<u32> = if programmes.is_empty() {
            levels.clone()
        } else {
            programmes
                .iter()
                .filter_map(|p| text(p, "qf_ehea_level").and_then(eqf_of_cycle))
                .collect()
        };
        if positive {
            since = match (since, from) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            let mut a = Map::new();
            a.insert("framework".into(), "EQF".into());
            a.insert("levels".into(), report_levels.clone().into());
            a.insert("body".into(), agency.into());
            if let Some(f) = from {
                a.insert("validFrom".into(), f.to_string().into());
            }
            if let Some(u) = until {
                a.insert("validUntil".into(), u.to_string().into());
            }
            if !programmes.is_empty() {
                let scoped: Value = programmes
                    .iter()
                    .map(|p| {
                        let pid = p.get("id").map(|v| v.to_string().trim_matches('"').to_owned()).unwrap_or_default();
                        json!({ "name": text(p, "name_primary"), "achievements": mapping::achievements(mapped, &pid) })
                    })
                    .collect::<Vec<_>>()
                    .into();
                a.insert("programmes".into(), scoped);
            }
            accreditations.push(Value::Object(a));
        }
        let reference = crate::parse::as_list(r.get("report_links"))
            .find_map(|l| l.get("link").and_then(Value::as_str))
            .map(str::to_owned)
            .or_else(|| r.get("id").map(|id| format!("https://backend.deqar.eu/webapi/v2/browse/reports/{id}/")));
        let what = text(r, "name").unwrap_or("quality-assurance report");
        let scope = programmes
            .iter()
            .filter_map(|p| text(p, "name_primary"))
            .collect::<Vec<_>>()
            .join(", ");
        evidence.push(
            Statement {
                source: SOURCE,
                kind: if positive { "accredited" } else { "reviewed" },
                reference,
                retrieved: reading.at,
                expires: reading.expires(),
                statement: Some(if scope.is_empty() {
                    format!("{what}: {decision}")
                } else {
                    format!("{what} ({scope}): {decision}")
                }),
                body: Some(agency.to_owned()),
                levels: if positive { report_levels } else { Vec::new() },
                valid_from: from,
                valid_until: until,
            }
            .to_json(),
        );
    }
    let since = since?;
    let mut e = mapping::entity(mapped);
    let mut names = Map::new();
    if let Some(n) = text(inst, "name_primary") {
        names.insert("en".into(), n.into());
    }
    e.insert("name".into(), if names.is_empty() { english(text(inst, "deqar_id").unwrap_or("?")) } else { Value::Object(names) });
    if let Some(c) = crate::parse::as_list(inst.get("country"))
        .filter_map(Value::as_str)
        .find_map(super::dcc::country_of_location)
    {
        e.insert("country".into(), c.into());
    }
    if let Some(w) = text(inst, "website_link") {
        e.insert("homepage".into(), w.into());
    }
    let mut ids = Map::new();
    for (k, from) in [("deqar", "deqar_id"), ("eter", "eter_id")] {
        if let Some(v) = text(inst, from) {
            ids.insert(k.into(), v.into());
        }
    }
    e.insert("identifiers".into(), Value::Object(ids));
    e.insert("accreditations".into(), accreditations.into());
    e.insert("statusHistory".into(), json!([{ "status": "granted", "from": since.to_string() }]));
    e.insert("evidence".into(), evidence.into());
    Some(e)
}
