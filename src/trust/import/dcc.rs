//! The Digital Credentials Consortium's issuer registries (`registry.json`: the member, community
//! and sandbox registries): `{ "meta": { "created", "updated" }, "registry": { DID: { "name",
//! "location", "url" } } }`. Every DID becomes an entity the registry lists. A registry does not
//! say since when it lists an issuer, so the status is granted from the registry's `created`.

use serde_json::{json, Map, Value};

use crate::codes::Fault;

use super::{english, register_date, unreadable, Imported, Reading, Statement};

/// The registry's name when the caller gives none: from the DCC's list of known registries
/// (`known-did-registries.json`), the entry whose `url` is where the registry was read.
pub fn name_from_known(known: &Value, url: &str) -> Option<(String, Option<String>)> {
    known.as_array()?.iter().find_map(|k| {
        (k.get("url").and_then(Value::as_str) == Some(url)).then(|| {
            (
                k.get("name").and_then(Value::as_str).unwrap_or(url).to_owned(),
                k.get("governanceUrl")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
            )
        })
    })
}

/// Reads one registry file. `name` is the registry's name (the evidence a recruiter reads),
/// `reference` where it was read or its governance page.
///
/// # Errors
/// A file without a `registry` member.
pub fn read(
    doc: &Value,
    name: &str,
    reference: Option<&str>,
    reading: impl Into<Reading>,
) -> Result<Imported, Fault> {
    let reading = reading.into();
    let retrieved = reading.at;
    let registry = doc
        .get("registry")
        .ok_or_else(|| unreadable("not a DCC issuer registry: no `registry` member"))?;
    let since = register_date(doc.get("meta").and_then(|m| m.get("created"))).unwrap_or(retrieved);
    let mut out = Imported::default();
    let rows: Vec<(String, &Map<String, Value>)> = match registry {
        Value::Object(m) => m
            .iter()
            .filter_map(|(id, v)| Some((id.clone(), v.as_object()?)))
            .collect(),
        Value::Array(a) => a
            .iter()
            .filter_map(Value::as_object)
            .filter_map(|v| {
                let id = v.get("id").or_else(|| v.get("did"))?.as_str()?;
                Some((id.to_owned(), v))
            })
            .collect(),
        _ => return Err(unreadable("`registry` is neither an object nor an array")),
    };
    for (id, entry) in rows {
        if !id.starts_with("did:") {
            out.refused.push(format!("{id}: not a DID"));
            continue;
        }
        let Some(issuer) = entry.get("name").and_then(Value::as_str) else {
            out.refused.push(format!("{id}: no name"));
            continue;
        };
        let location = entry.get("location").and_then(Value::as_str);
        let mut e = Map::new();
        e.insert("id".into(), id.clone().into());
        e.insert("name".into(), english(issuer));
        if let Some(c) = location.and_then(country_of_location) {
            e.insert("country".into(), c.into());
        }
        if let Some(url) = entry.get("url").and_then(Value::as_str) {
            e.insert("homepage".into(), url.into());
        }
        e.insert(
            "statusHistory".into(),
            json!([{ "status": "granted", "from": since.to_string() }]),
        );
        let mut evidence =
            Statement::new(name, "listed", retrieved, reading.expires());
        evidence.reference = reference.map(str::to_owned);
        evidence.statement = location.map(|l| format!("location: {l}"));
        e.insert("evidence".into(), json!([evidence.to_json()]));
        out.entities.push(e);
    }
    Ok(out)
}

/// The ISO 3166-1 country of a registry's free-text `location` ("Cambridge, MA, USA"), when its
/// last part names one of the countries the registries use; otherwise none (not guessed).
pub fn country_of_location(location: &str) -> Option<&'static str> {
    let last = location.rsplit(',').next()?.trim().trim_end_matches('.');
    COUNTRIES
        .iter()
        .find(|(names, _)| names.iter().any(|n| n.eq_ignore_ascii_case(last)))
        .map(|(_, code)| *code)
}

/// Country names as registers write them (English, and the registers' own languages), to ISO
/// 3166-1 alpha-2.
pub const COUNTRIES: &[(&[&str], &str)] = &[
    (&["USA", "US", "United States", "United States of America"], "US"),
    (&["Canada"], "CA"),
    (&["Italy", "Italia"], "IT"),
    (&["Germany", "Deutschland"], "DE"),
    (&["Netherlands", "The Netherlands", "Nederland"], "NL"),
    (&["Belgium", "België", "Belgique"], "BE"),
    (&["France"], "FR"),
    (&["Spain", "España"], "ES"),
    (&["United Kingdom", "UK"], "GB"),
    (&["Ireland"], "IE"),
    (&["Switzerland", "Schweiz", "Suisse"], "CH"),
    (&["Austria", "Österreich"], "AT"),
    (&["Sweden", "Sverige"], "SE"),
    (&["Finland", "Suomi"], "FI"),
    (&["Norway", "Norge"], "NO"),
    (&["Denmark", "Danmark"], "DK"),
    (&["Portugal"], "PT"),
    (&["Poland", "Polska"], "PL"),
    (&["Mexico", "México"], "MX"),
    (&["India"], "IN"),
    (&["Australia"], "AU"),
    (&["Japan"], "JP"),
    (&["Luxembourg"], "LU"),
];
