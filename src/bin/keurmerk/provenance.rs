//! Provenance in words: what the registers behind a trust list's entry say, from the entry's
//! `evidence[]` (`docs/trust-list.md`), in the words of `--lang`. The widget says the same in the
//! reader's language.

use keurmerk::TrustedBy;
use serde_json::Value;

use crate::words::Words;

/// `2026-11-03T00:00:00Z` as "3 November 2026"; other text as it is.
fn day(t: &str, w: &Words) -> String {
    let part = |r: std::ops::Range<usize>| t.get(r).and_then(|s| s.parse::<usize>().ok());
    match (part(0..4), part(5..7), part(8..10)) {
        (Some(y), Some(m), Some(d)) if (1..=12).contains(&m) => {
            (w.day)(d, w.months.get(m - 1).copied().unwrap_or_default(), y)
        }
        _ => t.to_owned(),
    }
}

fn year(t: &str) -> &str {
    t.get(0..4).unwrap_or(t)
}

/// One statement: "accredited by NVAO through DEQAR for EQF 6 until 2030 (read 3 November 2026)".
pub(crate) fn statement(v: &Value, w: &Words) -> String {
    let f = |k: &str| v.get(k).and_then(Value::as_str);
    let source = f("source").unwrap_or(w.a_register);
    let levels: Vec<String> = crate::trust_list::levels(v);
    let mut s = match f("kind").unwrap_or("listed") {
        "listed" => (w.listed)(source),
        "member" => (w.member)(source),
        "accredited" => match f("body") {
            Some(b) => (w.accredited_by)(b, source),
            None => (w.accredited_per)(source),
        },
        "reviewed" => (w.reviewed)(
            f("body").unwrap_or(w.an_agency),
            source,
            f("statement").unwrap_or(w.see_report),
        ),
        "recognised" => (w.recognised)(source),
        other => (w.other_kind)(other, source),
    };
    if !levels.is_empty() {
        s += &(w.for_levels)(f("framework").unwrap_or("EQF"), &levels.join(", "));
    }
    match (f("validFrom"), f("validUntil")) {
        (_, Some(u)) => s += &(w.until)(year(u)),
        (Some(from), None) => s += &(w.since)(year(from)),
        _ => {}
    }
    if let Some(r) = f("retrieved") {
        s += &(w.read)(&day(r, w));
    }
    s
}

/// "Vouched for by <operator>: <statement>; <statement>."
pub(crate) fn sentence(t: &TrustedBy, w: &Words) -> String {
    let who = t.operator_name.as_deref().unwrap_or(&t.operator);
    if t.evidence.is_empty() {
        return (w.vouched_list)(who, &t.list);
    }
    let parts: Vec<String> = t.evidence.iter().map(|v| statement(v, w)).collect();
    (w.vouched)(who, &parts.join("; "))
}
