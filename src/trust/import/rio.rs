//! RIO, the Dutch register of education (Registratie Instellingen en Opleidingen, DUO), as its
//! linked-data API answers: recognitions of institutions (`onderwijsinstellingserkenningen`:
//! `bRIN4`, `volledigeNaam`, `startdatum`/`ingangsdatum`, `einddatum`, `wet`) and education
//! providers (`onderwijsaanbieders`: `onderwijsaanbiederID`, `naam`, `inBedrijfdatum`,
//! `uitBedrijfdatum`). A recognition's dates are the entity's status history: granted from its
//! start, withdrawn from its end, so a credential issued outside them is not vouched for.
//! Linked through the operator's mapping by BRIN (`brin`) or RIO code (`rio`); unmapped ones are
//! refused.

use serde_json::{json, Map, Value};


use super::mapping::{self, Mapping};
use super::{objects, register_date, text, Imported, Reading, Statement};

/// The register's name in evidence.
pub const SOURCE: &str = "RIO (DUO)";

/// Reads RIO responses.
pub fn read(docs: &[Value], map: &Mapping, reading: impl Into<Reading>) -> Imported {
    let reading = reading.into();
    let mut out = Imported::default();
    for r in docs.iter().flat_map(objects) {
        let (kind, code) = match (text(r, "bRIN4"), text(r, "onderwijsaanbiederID")) {
            (Some(b), _) => ("brin", b),
            (None, Some(o)) => ("rio", o),
            _ => continue, // not a recognition (an error answer, a link list)
        };
        let name = text(r, "volledigeNaam").or_else(|| text(r, "naam")).or_else(|| text(r, "verkorteNaam")).unwrap_or(code);
        let Some(mapped) = map.find(kind, code) else {
            out.refused.push(format!(
                "{kind} {code} {name}: not in the operator's mapping — add its DID with \"{kind}\": \"{code}\""
            ));
            continue;
        };
        let start = register_date(r.get("startdatum"))
            .or_else(|| register_date(r.get("ingangsdatum")))
            .or_else(|| register_date(r.get("inBedrijfdatum")));
        let Some(start) = start else {
            out.refused.push(format!("{kind} {code} {name}: no start date"));
            continue;
        };
        let end = register_date(r.get("einddatum")).or_else(|| register_date(r.get("uitBedrijfdatum")));
        let mut history = vec![json!({ "status": "granted", "from": start.to_string() })];
        if let Some(e) = end {
            history.push(json!({ "status": "withdrawn", "from": e.to_string() }));
        }
        let mut e = mapping::entity(mapped);
        e.insert("name".into(), json!({ "nl": name }));
        e.insert("country".into(), "NL".into());
        let mut ids = Map::new();
        ids.insert(kind.into(), code.into());
        if let Some(u) = text(r, "uri") {
            ids.insert("rioUri".into(), u.into());
        }
        e.insert("identifiers".into(), Value::Object(ids));
        e.insert("statusHistory".into(), history.into());
        let law = [text(r, "wet").map(|w| format!("wet {w}")), text(r, "soort").map(|w| format!("soort {w}"))]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        let what = if kind == "brin" { "onderwijsinstellingserkenning" } else { "onderwijsaanbieder" };
        let mut evidence =
            Statement::new(SOURCE, "recognised", reading.at, reading.expires());
        evidence.reference = text(r, "uri").map(str::to_owned);
        evidence.statement = Some(if law.is_empty() {
            what.to_owned()
        } else {
            format!("{what} ({law})")
        });
        evidence.valid_from = Some(start);
        evidence.valid_until = end;
        e.insert("evidence".into(), json!([evidence.to_json()]));
        out.entities.push(e);
    }
    out
}
