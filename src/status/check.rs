//! The status stage's checks: one per `credentialStatus` entry. The list is looked up among the
//! supplied documents, verified as a credential by the pipeline itself (passed in as
//! [`Lists::verify_list`], so there is no second path through the stages), required to come from the
//! credential's issuer (or someone a trust list vouches for), then read.

use serde_json::Value;

use crate::codes::{Code, Fault, Outcome, Verdict, WantKind};
use crate::intake;
use crate::keys::Documents;
use crate::parse::{self, Credential};
use crate::proof::Env;
use crate::report::{Check, CheckId, Report};
use crate::status::{self, token_status_list, Entry, Kind};

/// What the status stage needs from the verifier.
pub struct Lists<'a> {
    /// The documents the host supplied (status lists are among them, by URL).
    pub docs: &'a Documents,
    /// Verifies a status-list credential with the same pipeline (without looking up its own status).
    pub verify_list: &'a dyn Fn(&[u8]) -> Report,
    /// Whether a loaded trust list vouches for this signer.
    pub vouches_for: &'a dyn Fn(&str) -> bool,
    /// The proof stage's environment (policy, documents, `now`, crypto): a Token Status List is a
    /// JWT verified with the same key discovery as a credential's.
    pub env: &'a Env<'a>,
}

/// One check per status entry of `cred` (one `status_none` check when it has none).
pub fn checks(cred: &Credential, lists: &Lists<'_>) -> Vec<Check> {
    // A JWT or SD-JWT VC names its status in the `status` claim (a Token Status List the issuer
    // publishes); a credential may also have `credentialStatus` entries.
    let mut checks: Vec<Check> = token_status(cred, lists).into_iter().collect();
    let entries = match status::entries(cred) {
        Ok(e) if e.is_empty() && !checks.is_empty() => return checks,
        Ok(e) if e.is_empty() => {
            return vec![Check::new(
                CheckId::Status,
                Code::StatusNone,
                "the credential has no credentialStatus",
            )]
        }
        Ok(e) => e,
        Err(f) => {
            checks.push(Check::from_fault(CheckId::Status, f));
            return checks;
        }
    };
    for entry in entries {
        match entry {
            Entry::Unsupported(t) => checks.push(Check::new(
                CheckId::Status,
                Code::StatusTypeUnsupported,
                format!("credentialStatus type {t:?}"),
            )),
            Entry::RevocationList { list } => checks.push(revocation_list(cred, &list, lists)),
            Entry::List {
                kind,
                purpose,
                index,
                size,
                list,
            } => checks.extend(list_entry(cred, kind, &purpose, index, size, &list, lists)),
        }
    }
    checks
}

/// The check of a `status` claim: a Token Status List lookup, or "not checked" for a status
/// mechanism other than `status_list` (never "no way to revoke").
fn token_status(cred: &Credential, lists: &Lists<'_>) -> Option<Check> {
    let status = token_status_list::status_claim(cred)?;
    let Some(reference) = token_status_list::reference(status) else {
        let named: Vec<&str> = status
            .as_object()
            .map(|m| m.keys().map(String::as_str).take(4).collect())
            .unwrap_or_default();
        return Some(Check::new(
            CheckId::Status,
            Code::StatusTypeUnsupported,
            format!("status mechanism {named:?} (not a Token Status List status_list)"),
        ));
    };
    Some(
        match reference.and_then(|r| token_status_list::look_up(cred, r, lists)) {
            Ok(found) => found.check(),
            Err(f) => Check::from_fault(CheckId::Status, f),
        },
    )
}

/// Whether the status could not be established (what `Policy::require_status` refuses): some
/// status check was not made (`status_list_invalid` is one of those).
pub fn unknown(checks: &[Check]) -> bool {
    checks
        .iter()
        .any(|c| c.id == CheckId::Status && c.outcome == Outcome::NotChecked)
}

fn unavailable(what: &str, url: &str) -> Check {
    Check::from_fault(
        CheckId::Status,
        Fault::new(
            Code::StatusListUnavailable,
            format!("the {what} {url} was not supplied"),
        )
        .wanting(url, WantKind::Status),
    )
}

#[allow(clippy::too_many_arguments)]
fn list_entry(
    cred: &Credential,
    kind: Kind,
    purpose: &str,
    index: u64,
    size: u32,
    url: &str,
    lists: &Lists<'_>,
) -> Vec<Check> {
    let Some(doc) = lists.docs.get(url) else {
        return vec![unavailable("status list", url)];
    };
    let about = |f: Fault| {
        Check::from_fault(
            CheckId::Status,
            Fault::new(f.code, format!("{url}: {}", f.detail)),
        )
    };
    let (bits, foreign) = match read_list(cred, doc, kind, purpose, lists) {
        Ok(x) => x,
        Err(f) => return vec![about(f)],
    };
    let mut checks = Vec::new();
    if bits.len() * 8 < status::MIN_LIST_BITS {
        checks.push(Check::new(
            CheckId::Status,
            Code::StatusListShort,
            format!(
                "{url} has {} entries; the minimum is {}",
                bits.len() * 8,
                status::MIN_LIST_BITS
            ),
        ));
    }
    let set = format!("entry {index} of {url} is set");
    checks.push(match status::entry_value(&bits, index, size) {
        Err(f) => about(f),
        Ok(v) if v != 0 && purpose == "revocation" => {
            Check::new(CheckId::Status, Code::StatusRevoked, set)
        }
        Ok(v) if v != 0 && purpose == "suspension" => {
            Check::new(CheckId::Status, Code::StatusSuspended, set)
        }
        // A list signed by someone else can show a revocation (the issuer named it in the signed
        // credential) but cannot rule one out: a substitute could hide it.
        Ok(_) if foreign.is_some() => Check::new(
            CheckId::Status,
            Code::StatusListForeignIssuer,
            format!(
                "{url} is signed by {}, not by the issuer: it does not rule out {purpose}",
                foreign.unwrap_or_default()
            ),
        ),
        Ok(v) => Check::new(
            CheckId::Status,
            Code::StatusOk,
            format!("{purpose}: entry {index} of {url} is {v}"),
        ),
    });
    checks
}

/// A 1EdTech revocation list is unsigned: whoever supplied it could have edited it. Like a list
/// from another signer, it can show a revocation but not rule one out.
fn revocation_list(cred: &Credential, url: &str, lists: &Lists<'_>) -> Check {
    let Some(doc) = lists.docs.get(url) else {
        return unavailable("revocation list", url);
    };
    let id = cred
        .doc
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if !id.is_empty() && status::revocation_list_names(doc, id) {
        Check::new(
            CheckId::Status,
            Code::StatusRevoked,
            format!("the 1EdTech revocation list {url} names {id}"),
        )
    } else {
        Check::new(
            CheckId::Status,
            Code::StatusListUnsigned,
            format!("{url} does not name the credential, but it is not signed, so that does not rule out revocation"),
        )
    }
}

/// The list's bits, and `Some(signer)` when the list comes from someone other than the
/// credential's issuer whom no trust list vouches for.
fn read_list(
    cred: &Credential,
    doc: &Value,
    kind: Kind,
    purpose: &str,
    lists: &Lists<'_>,
) -> Result<(Vec<u8>, Option<String>), Fault> {
    let invalid = |d: String| Fault::new(Code::StatusListInvalid, d);
    let bytes = serde_json::to_vec(doc).map_err(|e| invalid(e.to_string()))?;
    let report = (lists.verify_list)(&bytes);
    if !matches!(report.verdict, Verdict::Verified | Verdict::IssuerUnknown) {
        let why = report
            .deciding_check()
            .map(|c| format!("{}: {}", c.code, c.detail))
            .unwrap_or_default();
        return Err(invalid(format!(
            "the status list credential is {} ({why})",
            report.verdict.as_str()
        )));
    }
    let list = intake::read(&bytes)
        .and_then(parse::credential)
        .map_err(|f| invalid(f.detail))?;
    let signer = list.issuer_id.clone().unwrap_or_default();
    let foreign =
        (list.issuer_id != cred.issuer_id && !(lists.vouches_for)(&signer)).then_some(signer);
    Ok((status::read_bits(&list, kind, purpose)?, foreign))
}
