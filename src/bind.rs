//! Stage 3b, bind: the proven key must be controlled by the credential's issuer and authorised for
//! issuing (`assertionMethod`). A valid signature from a key the issuer does not control proves
//! nothing about the issuer, so it is `invalid`.

use crate::codes::{Code, Fault};
use crate::lines;
use crate::keys::ResolvedKey;
use crate::report::{Check, CheckId};

/// The binding check for all keys that signed: each must be the issuer's.
pub fn check(keys: &[ResolvedKey], issuer: Option<&str>) -> Check {
    if keys.is_empty() {
        return Check::said(CheckId::IssuerKey, Code::NotReached, lines::key_no_signature());
    }
    let Some(issuer) = issuer else {
        return Check::said(CheckId::IssuerKey, Code::NotReached, lines::key_no_issuer());
    };
    for k in keys {
        if let Err(f) = bind(k, issuer) {
            return Check::from_fault(CheckId::IssuerKey, f);
        }
    }
    let ids: Vec<&str> = keys.iter().map(|k| k.id.as_str()).collect();
    Check::said(
        CheckId::IssuerKey,
        Code::IssuerKeyBound,
        lines::key_controlled(issuer, ids.join(", ")),
    )
}

/// Checks that `key` may sign credentials for `issuer`.
///
/// # Errors
/// [`Code::KeyNotAuthorized`] when the controller does not list the key under `assertionMethod`;
/// [`Code::IssuerMismatch`] when the key's controller is not the issuer;
/// [`Code::IssuerKeySelfAsserted`] when the key came only with the credential.
pub fn bind(key: &ResolvedKey, issuer: &str) -> Result<(), Fault> {
    if key.self_asserted {
        return Err(lines::fault(
            Code::IssuerKeySelfAsserted,
            lines::key_self_asserted(key.public_key.describe(), &key.controller, issuer),
        ));
    }
    if !key.assertion_method {
        return Err(lines::fault(
            Code::KeyNotAuthorized,
            lines::key_not_for_issuing(&key.id, &key.controller),
        ));
    }
    if key.controller != issuer && !same_origin(&key.controller, issuer) {
        return Err(lines::fault(
            Code::IssuerMismatch,
            lines::key_of_another(issuer, &key.id, &key.controller),
        ));
    }
    Ok(())
}

/// A key published as a bare JWK (or in a JWK Set) at an https URL is controlled by that URL's
/// origin (`keys::document`): it binds to an issuer whose id is an https URL of the same origin, the
/// way a did:web key binds to its domain.
fn same_origin(controller: &str, issuer: &str) -> bool {
    crate::keys::document::https_origin(controller) == Some(controller)
        && crate::keys::document::https_origin(issuer) == Some(controller)
}
