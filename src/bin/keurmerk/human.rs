//! A report as text for a person, in `--lang en|nl|de|fr` (`keurmerk verify` without `--json`):
//! the verdict, title, issuer (and who vouches for it, with the registers behind the list),
//! validity, the EU elements, every check, and for a presentation each credential inside.
//! Credential text goes through [`shown`]: one line, no control characters.

use keurmerk::{Outcome, Report, Verdict};

use crate::provenance;
use crate::words::{self, Words};

/// `--recipient EMAIL`: whether the badge was awarded to that address (computed here; the
/// address goes nowhere).
pub(crate) fn recipient_line(r: &Report, typed: Option<&str>, lang: &str) -> String {
    let (Some(typed), Some(rec)) = (typed, &r.recipient) else {
        return String::new();
    };
    let w = words::of(lang);
    let verdict = match rec.matches(typed) {
        Some(true) => (w.awarded)(typed),
        Some(false) => (w.not_awarded)(typed),
        None => (w.hashed)(&rec.identity),
    };
    format!("  {}{} {verdict}\n", w.recipient, w.colon)
}

/// The `title:` and `issuer:` lines of a report, indented by `indent`.
fn title_and_issuer(r: &Report, w: &Words, indent: &str) -> String {
    let mut s = String::new();
    if let Some(name) = r.credential.as_ref().and_then(|c| c.name.as_ref()) {
        s += &format!("{indent}{}{} {}\n", w.title, w.colon, shown(name));
    }
    if let Some(i) = &r.issuer {
        s += &format!("{indent}{}{} {}\n", w.issuer, w.colon, issuer_words(i, w));
    }
    s
}

/// A report as text for a person, in `lang`: the verdict, title, issuer, validity, EU elements and
/// every check (with what a named format is and what to do instead), then, for a presentation, its
/// holder and a short report per credential inside.
pub(crate) fn report(file: &str, r: &Report, lang: &str) -> String {
    let w = words::of(lang);
    let mut s = format!(
        "{}\n  {} {} ({})\n",
        shown(file),
        mark(r.verdict),
        r.verdict.headline(lang),
        r.verdict.as_str()
    );
    s += &title_and_issuer(r, w, "  ");
    if let Some(seal) = &r.seal {
        s += &seal_lines(seal, w);
    }
    s += &vouching(r, w);
    if let Some(v) = &r.validity {
        if v.valid_from.is_some() || v.valid_until.is_some() {
            s += &format!(
                "  {}{} {} … {}\n",
                w.valid,
                w.colon,
                v.valid_from.as_deref().unwrap_or("—"),
                v.valid_until.as_deref().unwrap_or("—")
            );
        }
    }
    s += &descriptors(r, w, lang);
    for c in &r.checks {
        s += &check_lines(c, w, lang);
    }
    if let Some(p) = &r.presentation {
        s += &presentation_lines(p, w, lang);
    }
    s
}

/// Who vouches for the issuer (the lists, and the registers behind each), and the name the
/// credential gives itself.
fn vouching(r: &Report, w: &Words) -> String {
    let mut s = String::new();
    let Some(i) = &r.issuer else {
        return s;
    };
    if i.name_source.as_deref() != Some("trust_list") {
        return s;
    }
    for t in &i.trusted_by {
        let op = t.operator_name.as_deref().unwrap_or(&t.operator);
        s += &format!(
            "    {} {} ({}, #{})\n",
            w.vouched_by,
            shown(&t.list),
            shown(op),
            t.sequence
        );
        if !t.evidence.is_empty() {
            s += &format!("      {}\n", shown(&provenance::sentence(t, w)));
        }
    }
    if let Some(own) = &i.self_asserted_name {
        s += &format!("    {}{} {}\n", w.said, w.colon, shown(own));
    }
    s
}

/// The EU elements as stated (marked when not signed, or disclosed by an SD-JWT holder), then the
/// mandatory ones not stated.
fn descriptors(r: &Report, w: &Words, lang: &str) -> String {
    let mut s = String::new();
    if r.descriptors.is_empty() {
        return s;
    }
    s += &format!("  {}{}\n", w.annex, w.colon);
    for key in keurmerk::descriptors::MANDATORY
        .iter()
        .chain(keurmerk::descriptors::OPTIONAL)
    {
        if let Some(d) = r.descriptors.get(key) {
            let mark = match (d.signed, d.disclosed) {
                (true, false) => String::new(),
                (true, true) => format!("  ({})", w.disclosed),
                (false, _) => format!("  ({})", w.not_signed),
            };
            let full = d.display_in(lang);
            let mut text: String = full.chars().take(160).collect();
            if text.len() < full.len() {
                text.push('…');
            }
            s += &format!(
                "    {:<38} {}{mark}\n",
                keurmerk::descriptors::label(key, lang),
                shown(&text)
            );
        }
    }
    if let Some(a) = &r.annex_i {
        if !a.missing.is_empty() {
            let labels: Vec<&str> = a
                .missing
                .iter()
                .map(|m| keurmerk::descriptors::label(m, lang))
                .collect();
            s += &format!("    {}{} {}\n", w.not_stated, w.colon, labels.join(", "));
        }
    }
    s
}

/// One check: its mark, stage, words and code, what a named format is, and its facts.
fn check_lines(c: &keurmerk::Check, w: &Words, lang: &str) -> String {
    let m = match c.outcome {
        Outcome::Pass => "✓",
        Outcome::Fail => "✗",
        Outcome::Warn => "!",
        Outcome::NotChecked => "–",
    };
    let id = serde_json::to_value(c.id)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    let mut s = format!(
        "    {m} {id:<10} {} [{}]\n",
        c.code.describe(lang),
        c.code.as_str()
    );
    const UNDER: &str = "                 ";
    s += &named_lines(c, w, lang, UNDER);
    // A check's facts in the reader's language; other details are English facts as they are.
    let detail = c
        .facts
        .as_ref()
        .map_or_else(|| c.detail.clone(), |f| f.say(lang));
    if !detail.is_empty() {
        s += &format!("{UNDER}{}\n", shown(&detail));
    }
    s
}

/// A JAdES seal: the organisation its certificate names (not the credential's own words), the
/// kind of seal, the certificate's window and the claimed signing time.
fn seal_lines(seal: &keurmerk::SealSummary, w: &Words) -> String {
    let sub = &seal.subject;
    let who = sub
        .organisation
        .as_deref()
        .or(sub.common_name.as_deref())
        .unwrap_or("?");
    let facts: Vec<&str> = [
        sub.country.as_deref(),
        sub.organisation_identifier.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    let [by, cert, from, at, claim] = w.seal;
    let colon = w.colon;
    let mut s = format!(
        "  {by}{colon} {} ({}) — {}\n    {cert}{colon} {} … {}, {from} {}\n",
        shown(who),
        shown(&facts.join(", ")),
        seal.level_words,
        seal.not_before,
        seal.not_after,
        shown(&seal.issuer)
    );
    if let Some(t) = &seal.signing_time {
        s += &format!("    {at}{colon} {t} (sigT, {claim})\n");
    }
    s + &seal_trust_lines(seal, w)
}

/// The seal's signature timestamp and the trust service that issued its certificate, as the
/// loaded trusted lists say.
fn seal_trust_lines(seal: &keurmerk::SealSummary, w: &Words) -> String {
    let [stamp, by, qualified, not_qualified, invalid, issued_by, list, sequence] = w.seal_trust;
    let colon = w.colon;
    let mut s = String::new();
    if let Some(t) = &seal.timestamp {
        let what = match (&t.time, t.verified, t.qualified) {
            (Some(time), true, q) => format!(
                "{time} {by} {} ({})",
                shown(&t.authority),
                if q { qualified } else { not_qualified }
            ),
            _ => invalid.to_owned(),
        };
        s += &format!("    {stamp}{colon} {what}\n");
    }
    if let Some(i) = &seal.issued_by {
        let status = match i.status {
            "granted" => w.service_status[0],
            "withdrawn" => w.service_status[1],
            "suspended" => w.service_status[2],
            _ => w.service_status[3],
        };
        s += &format!(
            "    {issued_by}{colon} {} — {} ({}, {sequence} {}, {}){colon} {status} ({})\n",
            shown(&i.service),
            shown(&i.provider),
            list.replace("{c}", &shown(&i.country)),
            i.list_sequence,
            i.list_issued.get(..10).unwrap_or_default(),
            i.status_at
        );
    }
    s
}

/// The mark before a verdict: ✔ verified, ? could not be decided or issuer unknown, ✘ otherwise.
fn mark(v: Verdict) -> &'static str {
    match v {
        Verdict::Verified => "✔",
        Verdict::IssuerUnknown | Verdict::Indeterminate => "?",
        _ => "✘",
    }
}

/// The issuer on one line: the trust list's name, or the credential's own (marked so), and its id.
fn issuer_words(i: &keurmerk::IssuerSummary, w: &Words) -> String {
    match (&i.name, i.name_source.as_deref()) {
        (Some(n), Some("trust_list")) => format!("{} — {}", shown(n), shown(&i.id)),
        (Some(n), _) => format!("{} ({}) — {}", shown(n), w.said, shown(&i.id)),
        (None, _) => shown(&i.id),
    }
}

/// For a check naming a format Keurmerk does not verify: what it is, and what to do instead.
fn named_lines(c: &keurmerk::Check, w: &Words, lang: &str, indent: &str) -> String {
    let Some(n) = &c.named else {
        return String::new();
    };
    let colon = w.colon;
    format!(
        "{indent}{}{colon} {}\n{indent}{}{colon} {}\n",
        w.what_it_is,
        shown(n.what.get(lang)),
        w.instead,
        shown(n.instead.get(lang))
    )
}

/// A presentation: its holder as stated, then a short report per credential inside (verdict,
/// title, issuer, the deciding check), then how many entries were not opened.
fn presentation_lines(p: &keurmerk::PresentationSummary, w: &Words, lang: &str) -> String {
    let holder = p
        .holder
        .as_deref()
        .map_or_else(|| w.not_named.to_owned(), shown);
    let how = match (p.signature_checked, p.securing.as_deref().map(shown)) {
        (true, _) => w.presentation_says.to_owned(),
        (false, Some(sec)) => (w.presentation_unchecked)(&sec),
        (false, None) => w.presentation_unsigned.to_owned(),
    };
    let colon = w.colon;
    let mut s = format!(
        "  {}{colon} {holder} ({how})\n  {}{colon} {}\n",
        w.holder,
        w.inside,
        p.credentials.len()
    );
    for (n, r) in p.credentials.iter().enumerate() {
        s += &format!(
            "    {}. {} {} ({})\n",
            n + 1,
            mark(r.verdict),
            r.verdict.headline(lang),
            r.verdict.as_str()
        );
        const UNDER: &str = "         ";
        s += &title_and_issuer(r, w, UNDER);
        if let Some(c) = r.deciding.and_then(|d| r.checks.get(d)) {
            s += &format!(
                "{UNDER}{}{} {} [{}]\n",
                w.reason,
                w.colon,
                c.code.describe(lang),
                c.code.as_str()
            );
            s += &named_lines(c, w, lang, UNDER);
        }
    }
    if p.not_opened > 0 {
        s += &format!("    {}\n", (w.not_opened)(p.not_opened));
    }
    s
}

/// Credential text as one line a terminal shows as text: line breaks and tabs become a space,
/// other control characters (escape sequences) and bidirectional overrides U+FFFD.
pub(crate) fn shown(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => ' ',
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => '\u{fffd}',
            c if c.is_control() => '\u{fffd}',
            c => c,
        })
        .collect()
}
