//! Stage 5, validity: `validFrom`/`validUntil` (VC 2.0) or `issuanceDate`/`expirationDate` (VC 1.1),
//! and a VC-JWT's `nbf`/`exp`, against the `now` the caller passes. The core never reads a clock.

use crate::codes::{Code, Fault};
use crate::lines;
use crate::parse::{Credential, JwtProfile, Securing, VcVersion};
use crate::report::{Check, CheckId, ValiditySummary};
use crate::time::{Timestamp, Zone};

/// The validity window, or why it cannot be read.
///
/// # Errors
/// [`Code::DateInvalid`] for a date that is not an XML Schema dateTime, a VC 2.0 date without a
/// time zone, or a window that ends before it starts.
pub fn window(cred: &Credential) -> Result<(Option<Timestamp>, Option<Timestamp>), Fault> {
    if let (true, Securing::Ob2(_)) = (cfg!(feature = "ecdsa-rsa"), &cred.securing) {
        // Open Badges 1.x / 2.0: issuedOn and expires.
        let read = |field| {
            cred.doc
                .get(field)
                .map(|v| crate::parse::ob2::date(v, field))
                .transpose()
        };
        return Ok((read("issuedOn")?, read("expires")?));
    }
    let edc = cfg!(feature = "ecdsa-rsa") && matches!(cred.securing, Securing::Jades(_));
    let (from_field, until_field) = match cred.version {
        // ELM 3 writes validFrom / validUntil under the VC 1.1 context.
        Some(VcVersion::V1_1) if !edc => ("issuanceDate", "expirationDate"),
        _ => ("validFrom", "validUntil"),
    };
    let mut from = date(cred, from_field)?;
    let mut until = date(cred, until_field)?;
    if let Securing::Jwt(jws, JwtProfile::JoseCose) = &cred.securing {
        // nbf/exp describe the signature: the credential is usable only inside both windows.
        for (claim, later) in [("nbf", true), ("exp", false)] {
            if let Some(v) = jws.payload.get(claim) {
                let t = v.as_i64().map(Timestamp::from_unix).ok_or_else(|| {
                    lines::fault(Code::DateInvalid, lines::date_not_numeric(claim))
                })?;
                let slot = if later { &mut from } else { &mut until };
                *slot = Some(match *slot {
                    Some(cur) if later => cur.max(t),
                    Some(cur) => cur.min(t),
                    None => t,
                });
            }
        }
    }
    if let (Some(f), Some(u)) = (from, until) {
        if u < f {
            return Err(lines::fault(
                Code::DateInvalid,
                lines::dates_reversed(until_field, u, from_field, f),
            ));
        }
    }
    Ok((from, until))
}

fn date(cred: &Credential, field: &str) -> Result<Option<Timestamp>, Fault> {
    let Some(v) = cred.doc.get(field) else {
        return Ok(None);
    };
    let text = v
        .as_str()
        .ok_or_else(|| lines::fault(Code::DateInvalid, lines::date_not_text(field)))?;
    let shown: String = text.chars().take(40).collect();
    let (t, zone) = Timestamp::parse(text).map_err(|_| {
        lines::fault(Code::DateInvalid, lines::date_not_datetime(field, format!("{shown:?}")))
    })?;
    if zone == Zone::Missing && cred.version == Some(VcVersion::V2_0) {
        return Err(lines::fault(
            Code::DateInvalid,
            lines::date_without_zone(field, format!("{shown:?}")),
        ));
    }
    Ok(Some(t))
}

/// Judges the window at `now`: a check with [`Code::ValidityOk`], [`Code::Expired`],
/// [`Code::NotYetValid`] or why the window cannot be read; the summary states the window in UTC.
pub fn check(cred: &Credential, now: Timestamp) -> (Check, ValiditySummary) {
    let mut summary = ValiditySummary {
        now: now.to_rfc3339(),
        ..ValiditySummary::default()
    };
    if let (true, Securing::Ob2(o)) = (cfg!(feature = "ecdsa-rsa"), &cred.securing) {
        if !o.known() {
            let check = Check::said(CheckId::Validity, Code::NotReached, lines::ob2_dates_hosted());
            return (check, summary);
        }
    }
    let check = match window(cred) {
        Err(f) => Check::from_fault(CheckId::Validity, f),
        Ok((from, until)) => {
            summary.valid_from = from.map(Timestamp::to_rfc3339);
            summary.valid_until = until.map(Timestamp::to_rfc3339);
            let (code, facts) = match (from, until) {
                (Some(f), _) if now < f => (Code::NotYetValid, lines::validity_before(f, now)),
                (_, Some(u)) if now > u => (Code::Expired, lines::validity_after(u, now)),
                (None, None) => (Code::ValidityOk, lines::validity_none()),
                _ => (Code::ValidityOk, lines::validity_inside(now)),
            };
            Check::said(CheckId::Validity, code, facts)
        }
    };
    (check, summary)
}
