//! Provenance in words (English): what the registers behind a trust list's entry say, from the
//! entry's `evidence[]` (`docs/trust-list.md`). The widget says the same in the reader's language.

use keurmerk::TrustedBy;
use serde_json::Value;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `2026-11-03T00:00:00Z` as "3 November 2026"; other text as it is.
fn day(t: &str) -> String {
    let part = |r: std::ops::Range<usize>| t.get(r).and_then(|s| s.parse::<usize>().ok());
    match (part(0..4), part(5..7), part(8..10)) {
        (Some(y), Some(m), Some(d)) if (1..=12).contains(&m) => {
            format!("{d} {} {y}", MONTHS.get(m - 1).copied().unwrap_or_default())
        }
        _ => t.to_owned(),
    }
}

fn year(t: &str) -> &str {
    t.get(0..4).unwrap_or(t)
}

/// One statement: "accredited by NVAO through DEQAR for EQF 6 until 2030 (read 3 November 2026)".
pub(crate) fn statement(v: &Value) -> String {
    let f = |k: &str| v.get(k).and_then(Value::as_str);
    let source = f("source").unwrap_or("a register");
    let levels: Vec<String> = crate::trust_list::levels(v);
    let mut s = match f("kind").unwrap_or("listed") {
        "listed" => format!("listed in the {source}"),
        "member" => format!("a member of the federation {source}"),
        "accredited" => match f("body") {
            Some(b) => format!("accredited by {b} through {source}"),
            None => format!("accredited according to {source}"),
        },
        "reviewed" => format!(
            "reviewed by {} through {source}: {}",
            f("body").unwrap_or("an agency"),
            f("statement").unwrap_or("see the report")
        ),
        "recognised" => format!("recognised in {source}"),
        other => format!("{other} according to {source}"),
    };
    if !levels.is_empty() {
        s += &format!(
            " for {} {}",
            f("framework").unwrap_or("EQF"),
            levels.join(", ")
        );
    }
    match (f("validFrom"), f("validUntil")) {
        (_, Some(u)) => s += &format!(" until {}", year(u)),
        (Some(from), None) => s += &format!(" since {}", year(from)),
        _ => {}
    }
    if let Some(r) = f("retrieved") {
        s += &format!(" (read {})", day(r));
    }
    s
}

/// "Vouched for by <operator>: <statement>; <statement>."
pub(crate) fn sentence(t: &TrustedBy) -> String {
    let who = t.operator_name.as_deref().unwrap_or(&t.operator);
    if t.evidence.is_empty() {
        return format!("Vouched for by {who} ({}).", t.list);
    }
    let parts: Vec<String> = t.evidence.iter().map(statement).collect();
    format!("Vouched for by {who}: {}.", parts.join("; "))
}
