//! Who vouches for a seal (issue 18, the third of a seal's three lines): whether the certificate
//! authority that issued the seal's certificate is a qualified trust service for electronic seals
//! on an EU trusted list, as imported into a signed Keurmerk list (`keurmerk trust-list import
//! eidas`, entries with a `service`). Full module only.
//!
//! The CA is found by key: among the certificates the seal carries (`x5c` after the leaf, and
//! the certificate values of the unsigned header, `etsiU` `xVals`), the one whose subject public
//! key info a listed `CA/QC` service pins — and the seal certificate's own signature must verify
//! with that key (through the crypto provider, so WebCrypto in the browser). The status counts at
//! the time the seal is proven to exist: the `genTime` of its signature timestamp when that
//! verifies and its authority is a `TSA/QTST` service granted then (found as the CA is), else now
//! (ETSI EN 319 102-1 without proof of existence); `sigT` is named as the sealer's claim.

use serde_json::Value;

use crate::codes::Code;
use crate::crypto::Provider;
use crate::intake::Jws;
use crate::keys::{x509, x509_ext};
use crate::report::{Check, CheckId, SealIssuer, SealSummary, SealTimestamp};
use crate::time::Timestamp;

use super::{Entity, EntityStatus, TrustList, TrustStore};

/// The service type of a qualified CA in an imported entry.
const QUALIFIED_CA: &str = "CA/QC";
/// The service type of a qualified time-stamping service.
const QUALIFIED_TSA: &str = "TSA/QTST";

fn check(code: Code, detail: impl Into<String>) -> Check {
    Check::new(CheckId::Trust, code, detail)
}

/// The trust checks of the seal `jws` at `now`; `sealed` is false when the seal did not verify
/// (then nothing is vouched for). What the lists say of the seal — its timestamp, the trust service
/// that issued its certificate — goes into `summary` (the report's seal), computed once for both.
pub fn judge(
    jws: &Jws,
    store: &TrustStore,
    sealed: bool,
    (now, crypto): (Timestamp, &dyn Provider),
    summary: Option<&mut SealSummary>,
) -> Vec<Check> {
    let chain = crate::parse::jades::certificates(jws);
    let ca = chain
        .first()
        .map(|leaf| listed(leaf, chain.get(1..).unwrap_or_default(), QUALIFIED_CA, store, crypto));
    let (at, when, stamp) = proven_time(jws, &chain, store, now, crypto);
    if let Some(s) = summary {
        s.timestamp = stamp;
        if let (Some(leaf), Some(Ok((list, entity)))) = (chain.first(), &ca) {
            describe(s, leaf, list, entity, at);
        }
    }
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
    let (list, entity) = match (chain.first(), ca) {
        (Some(_), Some(Ok(found))) => found,
        (Some(leaf), Some(Err(unproven))) => {
            let issuer_name = x509::certificate(leaf).map(|c| c.issuer).unwrap_or_default();
            checks.push(unproven.unwrap_or_else(|| check(
                Code::TrustIssuerNotListed,
                format!("the seal certificate's issuer ({issuer_name}) is not a qualified CA for electronic seals on any loaded EU trusted list, or the seal does not carry its certificate"),
            )));
            return checks;
        }
        _ => {
            checks.push(Check::not_reached(CheckId::Trust, "the seal carries no certificate"));
            return checks;
        }
    };
    let detail = format!("the seal certificate was issued by {}; status at {at}: {when}", words(list, entity));
    checks.push(match entity.status_at(at) {
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

/// The trust service of type `kind` that vouches for `cert`: one whose key `cert` has itself (a
/// time-stamping unit listed by its own certificate), or a carried certificate a listed service
/// pins whose key made `cert`'s signature. `Err(Some(check))` when a listed service was found but
/// not shown to have issued `cert` (or the platform has yet to answer), `Err(None)` when none is.
fn listed<'a>(
    cert: &[u8],
    carried: &[Vec<u8>],
    kind: &str,
    store: &'a TrustStore,
    crypto: &dyn Provider,
) -> Result<(&'a TrustList, &'a Entity), Option<Check>> {
    if let Some(found) = x509::tbs(cert).ok().and_then(|t| store.service(kind, t.spki)) {
        return Ok(found);
    }
    // Every carried certificate a listed service pins is tried: the unsigned `etsiU` may hold
    // anything, so a listed service counts only when `cert`'s signature verifies with its key.
    let mut unproven: Option<Check> = None;
    for der in carried {
        let Some((list, entity)) = x509::tbs(der).ok().and_then(|t| store.service(kind, t.spki)) else {
            continue;
        };
        match x509_ext::issued_by(cert, der, crypto) {
            Ok(()) => return Ok((list, entity)),
            Err(f) => {
                let code = match f.code {
                    Code::SignatureNotChecked | Code::ModuleNeeded => f.code,
                    _ => Code::TrustIssuerNotListed,
                };
                // A check the platform has yet to answer outranks a key that did not sign.
                if unproven.as_ref().map_or(true, |u| u.code == Code::TrustIssuerNotListed && code != u.code) {
                    let detail = format!("the certificate is not shown to be issued by {}: {}", words(list, entity), f.detail);
                    unproven = Some(check(code, detail));
                }
            }
        }
    }
    Err(unproven)
}

/// The time the seal is proven to exist, and how, with what its signature timestamp says: the
/// `genTime` of that timestamp when it verifies and its authority is a qualified time-stamping
/// service granted at that time on a loaded list; otherwise `now` (`sigT` is only a claim).
fn proven_time(
    jws: &Jws,
    chain: &[Vec<u8>],
    store: &TrustStore,
    now: Timestamp,
    crypto: &dyn Provider,
) -> (Timestamp, String, Option<SealTimestamp>) {
    let claimed = jws
        .header
        .get("sigT")
        .and_then(Value::as_str)
        .map_or_else(|| "no signing time is stated".to_owned(), |t| format!("the signing time {t} is the sealer's claim"));
    let unproven = |why: String, fact| (now, format!("{why}, so the seal is not proven older ({claimed})"), fact);
    let stamp = match crate::proof::seal_time::signature_timestamp(jws, crypto) {
        Some(Ok(s)) => s,
        Some(Err(f)) => {
            let fact = SealTimestamp::default();
            return unproven(format!("its signature timestamp does not verify ({})", f.detail), Some(fact));
        }
        None => return unproven("it has no signature timestamp".to_owned(), None),
    };
    let mut carried = stamp.certificates.clone();
    carried.extend(chain.iter().cloned());
    let tsa = stamp.tsa_name();
    let mut fact = SealTimestamp {
        authority: tsa.clone(),
        time: Some(stamp.gen_time.to_rfc3339()),
        verified: true,
        qualified: false,
    };
    match listed(&stamp.tsa, &carried, QUALIFIED_TSA, store, crypto) {
        Ok((list, e)) if e.status_at(stamp.gen_time) == Some(EntityStatus::Granted) => {
            fact.qualified = true;
            (
                stamp.gen_time,
                format!("the time a signature timestamp from {tsa} proves, {} (granted then)", words(list, e)),
                Some(fact),
            )
        }
        Ok((list, e)) => unproven(
            format!("its signature timestamp from {tsa} verifies, but {} was not granted at {}", words(list, e), stamp.gen_time),
            Some(fact),
        ),
        Err(_) => unproven(
            format!("its signature timestamp from {tsa} at {} verifies, but that authority is not a qualified time-stamping service on any loaded EU trusted list", stamp.gen_time),
            Some(fact),
        ),
    }
}

/// Whether a loaded list says the authority whose certificate is `tsa` (or the issuer of that
/// certificate among `carried`) was a qualified time-stamping service granted at `at`.
pub fn qualified_tsa(
    store: &TrustStore,
    tsa: &[u8],
    carried: &[Vec<u8>],
    at: Timestamp,
    crypto: &dyn Provider,
) -> bool {
    listed(tsa, carried, QUALIFIED_TSA, store, crypto)
        .is_ok_and(|(_, e)| e.status_at(at) == Some(EntityStatus::Granted))
}

/// The seal's summary, with the trust service that issued its certificate (`leaf`) and that
/// service's status at `at` (the proven signing time, else now); a list qualifier for one of the
/// certificate's policies (`QCWithQSCD`, `QCQSCDManagedOnBehalf`) makes the seal qualified.
fn describe(summary: &mut SealSummary, leaf: &[u8], list: &TrustList, entity: &Entity, at: Timestamp) {
    let Some(service) = &entity.service else { return };
    let policies = x509_ext::seal_certificate(leaf).map(|c| c.policies).unwrap_or_default();
    let qscd_by_list = service.qscd_policies.iter().any(|p| policies.contains(p));
    if qscd_by_list && summary.qualified.qc_compliance {
        summary.level = "qualified";
        summary.level_words = "qualified electronic seal";
    }
    summary.issued_by = Some(SealIssuer {
        service: entity.name("en").unwrap_or_default().to_owned(),
        provider: service.provider.clone(),
        country: service.territory.clone(),
        list_sequence: service.sequence,
        list_issued: service.issued.clone(),
        trust_list: list.name.clone(),
        status: match entity.status_at(at) {
            Some(EntityStatus::Granted) => "granted",
            Some(EntityStatus::Suspended) => "suspended",
            Some(EntityStatus::Withdrawn) => "withdrawn",
            None => "not_yet_granted",
        },
        status_at: at.to_rfc3339(),
        qscd_by_list,
    });
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

