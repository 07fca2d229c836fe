//! Revocation of Open Badges 1.x / 2.0 assertions: the issuer's website answering 410 Gone (or a
//! body with `"revoked": true`) at the hosted URL, and the issuer profile's `revocationList`, a
//! hosted document naming revoked assertion ids. Both come from the host's documents; nothing is
//! fetched. The list is the issuer's own word from its own site, as OB 2.0 defines it: a list that
//! does not name the assertion means not revoked.

use serde_json::Value;

use crate::codes::{Code, WantKind};
use crate::keys::Documents;
use crate::lines::{self, Facts};
use crate::parse::ob2::{revoked_in, Hosted, Ob2, Verification};
use crate::parse::Credential;
use crate::report::{Check, CheckId};

/// The status checks of an OB 1.x / 2.0 assertion.
pub fn checks(cred: &Credential, ob2: &Ob2, docs: &Documents) -> Vec<Check> {
    let id = cred.doc.get("id").and_then(Value::as_str).unwrap_or("");
    let hosted_url = match &ob2.verification {
        Verification::Hosted { url, .. } => Some(url.as_str()),
        _ => None,
    };
    match &ob2.links.hosted {
        Hosted::Gone => return vec![revoked(lines::ob2_status_gone(hosted_url.unwrap_or(id)))],
        Hosted::Revoked(reason) => {
            let url = hosted_url.unwrap_or(id);
            return vec![revoked(match reason {
                Some(r) => lines::ob2_status_revoked_because(url, r),
                None => lines::ob2_status_revoked(url),
            })];
        }
        _ => {}
    }
    let Some(profile) = &ob2.links.issuer else {
        if let (Some(url), Hosted::Unknown) = (hosted_url, &ob2.links.hosted) {
            return vec![not_consulted(url)];
        }
        // The profile names the revocation list: it is what would settle this.
        let why = lines::fault(Code::StatusNotChecked, lines::ob2_status_no_profile());
        return vec![Check::from_fault(
            CheckId::Status,
            match ob2.links.wanted.iter().find(|w| Some(w.url.as_str()) != hosted_url) {
                Some(w) => why.wanting(w.url.clone(), w.kind),
                None => why,
            },
        )];
    };
    let Some(list_url) = profile.get("revocationList").and_then(Value::as_str) else {
        return vec![match (hosted_url, &ob2.links.hosted) {
            (Some(url), Hosted::Copy(_)) => Check::said(
                CheckId::Status,
                Code::StatusOk,
                lines::ob2_status_still_served(url),
            ),
            // Only the issuer's answer at the hosted URL settles it (OB 2.0, HostedBadge).
            (Some(url), _) => not_consulted(url),
            (None, _) => Check::said(
                CheckId::Status,
                Code::StatusNone,
                lines::ob2_status_no_list(),
            ),
        }];
    };
    let Some(list) = docs.get(list_url) else {
        return vec![Check::from_fault(
            CheckId::Status,
            lines::fault(
                Code::StatusListUnavailable,
                lines::ob2_revocation_list_missing(list_url),
            )
            .wanting(list_url, WantKind::Status),
        )];
    };
    match revoked_in(list, id) {
        Some(reason) => vec![revoked(match reason {
            Some(r) => lines::ob2_revocation_list_names_because(list_url, id, r),
            None => lines::ob2_revocation_list_names(list_url, id),
        })],
        None => vec![Check::said(
            CheckId::Status,
            Code::StatusOk,
            lines::ob2_revocation_list_clear(list_url, id),
        )],
    }
}

/// Whether a hosted badge was revoked shows at its URL: what would settle it, wanted.
fn not_consulted(url: &str) -> Check {
    let fault = lines::fault(Code::StatusNotChecked, lines::ob2_status_not_consulted(url));
    // (an empty URL — none stated — is nothing to want)
    Check::from_fault(
        CheckId::Status,
        match url.is_empty() {
            true => fault,
            false => fault.wanting(url, WantKind::Badge),
        },
    )
}

fn revoked(facts: Facts) -> Check {
    Check::said(CheckId::Status, Code::StatusRevoked, facts)
}
