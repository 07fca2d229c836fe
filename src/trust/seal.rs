//! Who vouches for a seal (issue 18, the third of a seal's three lines): whether the certificate
//! authority that issued the seal's certificate is a qualified trust service for electronic seals
//! on an EU trusted list, as imported into a signed Keurmerk list (`keurmerk trust-list import
//! eidas`, entries with a `service`). Full module only.
//!
//! The CA is found by key: among the certificates the seal carries (`x5c` after the leaf, and
//! the certificate values of the unsigned header, `etsiU` `xVals`), the one whose subject public
//! key info a listed `CA/QC` service pins — and the seal certificate's own signature must verify
//! with that key (through the crypto provider, so WebCrypto in the browser). The status counts at
//! the time the seal is proven to exist: no timestamp is verified by this version, so that is
//! now (ETSI EN 319 102-1 without proof of existence), and `sigT` is named as the sealer's claim.

use serde_json::Value;

use crate::codes::{Code, Fault};
use crate::crypto::{Provider, SignatureCheck};
use crate::intake::Jws;
use crate::keys::{x509, x509_ext};
use crate::report::{Check, CheckId};
use crate::time::Timestamp;

use super::{Entity, EntityStatus, TrustList, TrustStore};

/// The service type of a qualified CA in an imported entry.
const QUALIFIED_CA: &str = "CA/QC";

fn check(code: Code, detail: impl Into<String>) -> Check {
    Check::new(CheckId::Trust, code, detail)
}

/// The trust checks of the seal `jws` at `now`; `sealed` is false when the seal did not verify
/// (then nothing is looked up).
pub fn judge(
    jws: &Jws,
    store: &TrustStore,
    sealed: bool,
    now: Timestamp,
    crypto: &dyn Provider,
) -> Vec<Check> {
    if !sealed {
        return vec![Check::not_reached(
            CheckId::Trust,
            "only a seal that verifies is looked up in trust lists",
        )];
    }
    let mut checks = store.list_checks(now);
    if store.lists.is_empty() {
        checks.retain(|c| c.code != Code::TrustNoLists);
        checks.push(check(
            Code::TrustNoLists,
            "no EU trusted-list data loaded: whether the seal's certificate authority is a qualified trust service on an EU trusted list was not checked",
        ));
        return checks;
    }
    let chain = certificates(jws);
    let Some(leaf) = chain.first() else {
        checks.push(Check::not_reached(CheckId::Trust, "the seal carries no certificate"));
        return checks;
    };
    let issuer_name = x509::certificate(leaf).map(|c| c.issuer).unwrap_or_default();
    // Every carried certificate a listed CA/QC service pins is tried: the unsigned `etsiU` may hold
    // anything, so a listed CA counts only when the seal certificate's signature verifies with it.
    let mut unproven: Option<Check> = None;
    let mut issuer = None;
    for der in chain.iter().skip(1) {
        let Some((list, entity)) = x509::tbs(der).ok().and_then(|t| store.service(QUALIFIED_CA, t.spki)) else {
            continue;
        };
        match issued_by(leaf, der, crypto) {
            Ok(()) => {
                issuer = Some((list, entity));
                break;
            }
            Err(f) => {
                let code = match f.code {
                    Code::SignatureNotChecked | Code::ModuleNeeded => f.code,
                    _ => Code::TrustIssuerNotListed,
                };
                // A check the platform has yet to answer outranks a key that did not sign.
                if unproven.as_ref().map_or(true, |u| u.code == Code::TrustIssuerNotListed && code != u.code) {
                    let detail = format!("the seal certificate is not shown to be issued by {}: {}", words(list, entity), f.detail);
                    unproven = Some(check(code, detail));
                }
            }
        }
    }
    let Some((list, entity)) = issuer else {
        checks.push(unproven.unwrap_or_else(|| check(
            Code::TrustIssuerNotListed,
            format!("the seal certificate's issuer ({issuer_name}) is not a qualified CA for electronic seals on any loaded EU trusted list, or the seal does not carry its certificate"),
        )));
        return checks;
    };
    let service = words(list, entity);
    let claimed = jws
        .header
        .get("sigT")
        .and_then(Value::as_str)
        .map_or_else(|| "no signing time is stated".to_owned(), |t| format!("the signing time {t} is the sealer's claim"));
    let detail = format!("the seal certificate was issued by {service}; status at {now} (no timestamp from a qualified time-stamping service was verified, so the seal is not proven older: {claimed})");
    checks.push(match entity.status_at(now) {
        Some(EntityStatus::Granted) => check(Code::TrustVouched, format!("granted: {detail}")),
        other => check(
            Code::TrustIssuerNotGranted,
            format!("{}: {detail}", match other {
                Some(EntityStatus::Suspended) => "suspended",
                Some(EntityStatus::Withdrawn) => "withdrawn",
                _ => "not yet granted",
            }),
        ),
    });
    checks
}

/// «service» of provider, a qualified trust service on the XX trusted list (sequence N, issued D).
fn words(list: &TrustList, e: &Entity) -> String {
    let name = e.name("en").unwrap_or("an unnamed service");
    match &e.service {
        Some(s) => format!(
            "{name} of {}, a qualified trust service on the {} trusted list (sequence {}, issued {}), as imported into {}",
            s.provider,
            s.territory,
            s.sequence,
            s.issued.get(..10).unwrap_or(&s.issued),
            list.name
        ),
        None => format!("{name} ({})", list.name),
    }
}

/// The seal's certificates: `x5c` (leaf first), then the certificate values of `etsiU`.
fn certificates(jws: &Jws) -> Vec<Vec<u8>> {
    let base64 = |v: &Value| {
        let text: String = v.as_str()?.chars().filter(|c| !c.is_whitespace()).collect();
        let url: String = text
            .trim_end_matches('=')
            .chars()
            .map(|c| match c {
                '+' => '-',
                '/' => '_',
                c => c,
            })
            .collect();
        crate::encoding::base64url_decode(&url).ok()
    };
    let mut out: Vec<Vec<u8>> = crate::parse::as_list(jws.header.get("x5c"))
        .take(x509::MAX_CHAIN)
        .filter_map(base64)
        .collect();
    for u in crate::parse::as_list(jws.unprotected.get("etsiU")) {
        // An etsiU member is a JSON object, or the base64url of one.
        let decoded = u
            .as_str()
            .and_then(|s| crate::encoding::base64url_decode(s).ok())
            .and_then(|b| serde_json::from_slice::<Value>(&b).ok());
        let member = decoded.as_ref().unwrap_or(u);
        for x in crate::parse::as_list(member.get("xVals")).take(x509::MAX_CHAIN) {
            if let Some(der) = x.get("x509Cert").and_then(|c| c.get("val")).and_then(base64) {
                out.push(der);
            }
        }
    }
    out
}

/// Whether `ca`'s key made the signature on `leaf`, asked of the crypto provider.
fn issued_by(leaf: &[u8], ca: &[u8], crypto: &dyn Provider) -> Result<(), Fault> {
    let (tbs, algorithm, signature) = x509_ext::issuer_signature(leaf)?;
    let key = x509::spki(x509::tbs(ca)?.spki)?;
    crypto.verify(&SignatureCheck::new(algorithm, key, tbs, signature)?)
}
