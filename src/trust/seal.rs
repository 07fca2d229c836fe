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
use crate::lines::{self, then, why as reason, Facts};
use crate::report::{Check, CheckId, SealIssuer, SealSummary, SealTimestamp};
use crate::time::Timestamp;

use super::{Entity, EntityStatus, TrustList, TrustStore};

/// The service type of a qualified CA in an imported entry.
const QUALIFIED_CA: &str = "CA/QC";
/// The service type of a qualified time-stamping service.
const QUALIFIED_TSA: &str = "TSA/QTST";

fn check(code: Code, facts: Facts) -> Check {
    Check::said(CheckId::Trust, code, facts)
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
        return vec![check(Code::NotReached, lines::seal_trust_needs_seal())];
    }
    let mut checks = store.list_checks(now);
    if store.lists.is_empty() {
        checks.retain(|c| c.code != Code::TrustNoLists);
        checks.push(check(Code::TrustNoLists, lines::seal_trust_no_lists()));
        return checks;
    }
    let (list, entity) = match (chain.first(), ca) {
        (Some(_), Some(Ok(found))) => found,
        (Some(leaf), Some(Err(unproven))) => {
            let issuer_name = x509::certificate(leaf).map(|c| c.issuer).unwrap_or_default();
            checks.push(unproven.unwrap_or_else(|| {
                check(Code::TrustIssuerNotListed, lines::seal_ca_not_listed(issuer_name))
            }));
            return checks;
        }
        _ => {
            checks.push(check(Code::NotReached, lines::seal_trust_no_certificate()));
            return checks;
        }
    };
    // the CA's status, then the time it counts at and why (`when`)
    let (service, provider, territory, sequence, issued, imported) = named(list, entity);
    let (code, line): (_, fn(_, _, _, _, _, _, _) -> Facts) = match entity.status_at(at) {
        Some(EntityStatus::Granted) => (Code::TrustVouched, lines::seal_ca_granted),
        Some(EntityStatus::Suspended) => (Code::TrustIssuerNotGranted, lines::seal_ca_suspended),
        Some(EntityStatus::Withdrawn) => (Code::TrustIssuerNotGranted, lines::seal_ca_withdrawn),
        None => (Code::TrustIssuerNotGranted, lines::seal_ca_not_yet_granted),
    };
    let facts = line(service, provider, territory, sequence, issued, imported, at);
    checks.push(check(code, then(facts, when)));
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
                    let (service, provider, territory, sequence, issued, imported) = named(list, entity);
                    let facts = lines::seal_ca_unproven(service, provider, territory, sequence, issued, imported);
                    unproven = Some(check(code, then(facts, reason(&f))));
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
) -> (Timestamp, Facts, Option<SealTimestamp>) {
    let signed = jws.header.get("sigT").and_then(Value::as_str);
    // now counts, because of `why`; then what the sealer claims
    let unproven = |why: Facts, fact| {
        let claimed = match signed {
            Some(t) => lines::seal_signing_time_claimed(t),
            None => lines::seal_signing_time_unstated(),
        };
        (now, then(why, claimed), fact)
    };
    let stamp = match crate::proof::seal_time::signature_timestamp(jws, crypto) {
        Some(Ok(s)) => s,
        Some(Err(f)) => {
            let why = match signed {
                Some(t) => lines::seal_tsa_invalid_claimed(t),
                None => lines::seal_tsa_invalid_unstated(),
            };
            return (now, then(why, reason(&f)), Some(SealTimestamp::default()));
        }
        None => return unproven(lines::seal_tsa_none(), None),
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
            let (service, provider, territory, sequence, issued, imported) = named(list, e);
            let how = lines::seal_tsa_proves(tsa, service, provider, territory, sequence, issued, imported);
            (stamp.gen_time, how, Some(fact))
        }
        Ok((list, e)) => {
            let (service, provider, territory, sequence, issued, imported) = named(list, e);
            let why = lines::seal_tsa_not_granted(
                tsa, service, provider, territory, sequence, issued, imported, stamp.gen_time,
            );
            unproven(why, Some(fact))
        }
        Err(_) => unproven(lines::seal_tsa_not_qualified(tsa, stamp.gen_time), Some(fact)),
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

/// What names a listed trust service in a line — «service» of provider, a qualified trust service
/// on the XX trusted list (sequence N, issued D), as imported into list: the service's name (its
/// id when it has none), provider, territory, the national list's sequence and issue date, and the
/// name of the list it was imported into.
fn named<'a>(list: &'a TrustList, e: &'a Entity) -> (&'a str, &'a str, &'a str, u64, &'a str, &'a str) {
    let name = e.name("en").unwrap_or(&e.id);
    match &e.service {
        Some(s) => (
            name,
            &s.provider,
            &s.territory,
            s.sequence,
            s.issued.get(..10).unwrap_or(&s.issued),
            &list.name,
        ),
        None => (name, "", "", 0, "", &list.name),
    }
}
