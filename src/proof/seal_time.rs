//! The second of a seal's three lines: its certificate at the time the seal was made (ETSI EN 319
//! 102-1's validation at the best signature time). What the seal carries is read as evidence: the
//! signature timestamp (`sigTst`, [`super::timestamp`]), whether a loaded EU trusted list says its
//! authority was a qualified time-stamping service then (the host's [`super::Qualified`]), and the
//! OCSP response embedded about the certificate ([`super::ocsp`]). `sigT` is the sealer's claim.
//!
//! The certificate passes when it is valid now and at the signing time (the timestamp's time when
//! the timestamp verifies, else `sigT`; the line says which), or — expired since — when a
//! qualified timestamp proves the seal was made while it was valid *and* the embedded OCSP
//! response says it was not revoked then. Otherwise there is no proof of existence:
//! `seal_certificate_outside_validity` (indeterminate). An OCSP answer of revoked, unless the seal
//! is proven older than the revocation, is `seal_certificate_revoked` (indeterminate:
//! REVOKED_NO_POE).

use crate::codes::{Code, Fault};
use crate::intake::Jws;
use crate::keys::x509_ext::SealCertificate;
use crate::lines::{self, Facts};
use crate::proof::ocsp::{Answer, CertStatus};
use crate::proof::timestamp::Stamped;
use crate::proof::Env;
use crate::report::{Check, CheckId};
use crate::time::Timestamp;

/// What a seal carries about when it was made and its certificate's state then.
#[derive(Clone, Debug, Default)]
pub struct Evidence {
    /// The signature timestamp, verified or refused; `None` without one.
    pub stamp: Option<Result<Stamped, Fault>>,
    /// A loaded list says the timestamp's authority was a qualified time-stamping service then.
    pub qualified: bool,
    /// The embedded OCSP response about the certificate, verified or refused; `None` without one.
    pub ocsp: Option<Result<Answer, Fault>>,
}

impl Evidence {
    /// Reads and verifies what the seal `jws` carries (nothing in the core module).
    pub fn of(jws: &Jws, env: &Env<'_>) -> Self {
        #[cfg(feature = "ecdsa-rsa")]
        {
            let stamp = signature_timestamp(jws, env.crypto);
            let qualified = match &stamp {
                Some(Ok(s)) => {
                    let carried = [
                        s.certificates.clone(),
                        crate::parse::jades::certificates(jws),
                    ]
                    .concat();
                    env.qualified
                        .time_stamping(&s.tsa, &carried, s.gen_time, env.crypto)
                }
                _ => false,
            };
            let ocsp = embedded_revocation(jws, env.crypto);
            Self {
                stamp,
                qualified,
                ocsp,
            }
        }
        #[cfg(not(feature = "ecdsa-rsa"))]
        {
            let _ = (jws, env);
            Self::default()
        }
    }

    /// The time a qualified timestamp proves.
    fn proven(&self) -> Option<Timestamp> {
        match &self.stamp {
            Some(Ok(s)) if self.qualified => Some(s.gen_time),
            _ => None,
        }
    }

    /// What the signature timestamp says, as a line (why it does not verify after it).
    fn stamp_facts(&self) -> Facts {
        match &self.stamp {
            Some(Ok(s)) if self.qualified => lines::seal_stamp_qualified(s.tsa_name(), s.gen_time),
            Some(Ok(s)) => lines::seal_stamp_not_qualified(s.tsa_name(), s.gen_time),
            Some(Err(f)) => lines::then(lines::seal_stamp_invalid(), lines::why(f)),
            None => lines::seal_stamp_none(),
        }
    }

    /// What the embedded OCSP response says, as a line (why it is not checked after it).
    fn ocsp_facts(&self) -> Facts {
        match &self.ocsp {
            None => lines::seal_ocsp_none(),
            Some(Err(f)) => lines::then(lines::seal_ocsp_unchecked(), lines::why(f)),
            Some(Ok(a)) => match a.status {
                CertStatus::Good => lines::seal_ocsp_good(a.produced_at, &a.responder),
                CertStatus::Unknown => lines::seal_ocsp_unknown(a.produced_at, &a.responder),
                CertStatus::Revoked(at) => lines::seal_ocsp_revoked(a.produced_at, &a.responder, at),
            },
        }
    }
}

/// The seal's signature timestamp (`sigTst` in `etsiU`, TS 119 182-1 §5.3.4): the first token,
/// verified as a stamp over the JWS signature value as written (base64url); `None` without one.
#[cfg(feature = "ecdsa-rsa")]
pub fn signature_timestamp(
    jws: &Jws,
    crypto: &dyn crate::crypto::Provider,
) -> Option<Result<Stamped, Fault>> {
    let token = crate::parse::jades::etsi_u(jws).into_iter().find_map(|m| {
        let val = m.get("sigTst")?.get("tstTokens")?.get(0)?.get("val")?.as_str()?.to_owned();
        Some(val)
    })?;
    let Ok(der) = crate::encoding::base64_decode(&token) else {
        return Some(Err(super::jades::invalid(lines::seal_stamp_not_base64())));
    };
    let stamped = crate::encoding::base64url_encode(&jws.signature);
    Some(super::timestamp::verify(&der, stamped.as_bytes(), crypto))
}

/// The first embedded OCSP response about the seal certificate that verifies; `None` when the
/// seal embeds none. Every carried certificate is tried as the CA at once, so that the platform
/// is asked for all of them in one pass.
#[cfg(feature = "ecdsa-rsa")]
fn embedded_revocation(
    jws: &Jws,
    crypto: &dyn crate::crypto::Provider,
) -> Option<Result<Answer, Fault>> {
    use crate::keys::{x509, x509_ext};
    use serde_json::Value;
    let base64 = |v: &Value| crate::encoding::base64_decode(v.get("val")?.as_str()?).ok();
    let responses: Vec<Vec<u8>> = crate::parse::jades::etsi_u(jws)
        .iter()
        .filter_map(|m| m.get("rVals")?.get("ocspVals")?.as_array().cloned())
        .flatten()
        .take(super::ocsp::MAX_RESPONSE_ITEMS)
        .filter_map(|v| base64(&v))
        .collect();
    if responses.is_empty() {
        return None;
    }
    let chain = crate::parse::jades::certificates(jws);
    let (leaf, carried) = chain.split_first()?;
    let serial = x509::tbs(leaf).ok()?.serial.to_vec();
    let mut pending = None;
    let mut ca = None;
    for c in carried {
        match x509_ext::issued_by(leaf, c, crypto) {
            Ok(()) => {
                ca = Some(c);
                break;
            }
            Err(f) if matches!(f.code, Code::SignatureNotChecked | Code::ModuleNeeded) => {
                pending = Some(f);
            }
            Err(_) => {}
        }
    }
    let Some(ca) = ca else {
        return Some(Err(pending.unwrap_or_else(|| super::jades::invalid(lines::seal_ca_not_carried()))));
    };
    let mut last = None;
    for r in &responses {
        match super::ocsp::check(r, &serial, ca, crypto) {
            Ok(a) => return Some(Ok(a)),
            Err(f) => last = Some(f),
        }
    }
    last.map(Err)
}

/// The certificate line of a seal whose certificate is `c`, with the claimed signing time
/// `claimed` (`sigT`) and the `evidence` it carries, at `now`.
pub fn line(c: &SealCertificate, claimed: Option<Timestamp>, e: &Evidence, now: Timestamp) -> Check {
    let within = |t: Timestamp| c.not_before <= t && t <= c.not_after;
    let (from, until) = (c.not_before, c.not_after);
    let stamped = match &e.stamp {
        Some(Ok(s)) => Some(s.gen_time),
        _ => None,
    };
    // the line, then what the timestamp and the OCSP response say
    let check = |code, why: Facts| {
        let facts = lines::then(lines::then(why, e.stamp_facts()), e.ocsp_facts());
        Check::said(CheckId::IssuerKey, code, facts)
    };
    let proven = e.proven();
    let ocsp_good = matches!(&e.ocsp, Some(Ok(a)) if a.status == CertStatus::Good);
    if let Some(Ok(Answer { status: CertStatus::Revoked(at), .. })) = &e.ocsp {
        if proven.map_or(true, |p| p >= *at) {
            return check(Code::SealCertificateRevoked, lines::seal_time_revoked(*at));
        }
    }
    let valid = Code::SealCertificateValid;
    let outside = Code::SealCertificateOutsideValidity;
    if within(now) {
        // checked at the timestamp's time when it verifies, else at the sealer's claim (sigT)
        return match (stamped, claimed) {
            (Some(t), _) if within(t) => check(valid, lines::seal_time_valid_stamped(from, until, t)),
            (Some(t), _) => check(outside, lines::seal_time_outside_stamped(from, until, t)),
            (None, Some(t)) if within(t) => check(valid, lines::seal_time_valid_claimed(from, until, t)),
            (None, Some(t)) => check(outside, lines::seal_time_outside_claimed(from, until, t)),
            (None, None) => check(valid, lines::seal_time_valid_unstated(from, until)),
        };
    }
    if let Some(p) = proven.filter(|p| within(*p) && ocsp_good) {
        return check(valid, lines::seal_time_valid_since_expired(from, until, p));
    }
    let expired = now > c.not_after;
    check(
        outside,
        match (proven, stamped, claimed) {
            // a qualified timestamp proves when (its time is the timestamp's)
            (Some(p), ..) if !ocsp_good && expired => lines::seal_time_expired_no_ocsp(until, p),
            (Some(p), ..) if !ocsp_good => lines::seal_time_early_no_ocsp(from, p),
            (Some(p), ..) if expired => lines::seal_time_expired_proven_outside(until, p),
            (Some(p), ..) => lines::seal_time_early_proven_outside(from, p),
            // nothing proves when
            (None, Some(t), _) if expired => lines::seal_time_expired_stamped(until, t),
            (None, Some(t), _) => lines::seal_time_early_stamped(from, t),
            (None, None, Some(t)) if expired => lines::seal_time_expired_claimed(until, t),
            (None, None, Some(t)) => lines::seal_time_early_claimed(from, t),
            (None, None, None) if expired => lines::seal_time_expired_unstated(until),
            (None, None, None) => lines::seal_time_early_unstated(from),
        },
    )
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use crate::keys::x509_ext;

    fn at(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap().0
    }

    fn certificate() -> SealCertificate {
        SealCertificate {
            not_before: at("2023-05-11T14:31:15Z"),
            not_after: at("2025-05-10T14:31:15Z"),
            serial: Vec::new(),
            issuer_name: Vec::new(),
            subject: x509_ext::Subject::default(),
            qc: x509_ext::QcStatements::default(),
            policies: Vec::new(),
        }
    }

    fn stamped(t: &str) -> Option<Result<Stamped, Fault>> {
        Some(Ok(Stamped {
            gen_time: at(t),
            tsa: Vec::new(),
            certificates: Vec::new(),
        }))
    }

    fn ocsp(status: CertStatus) -> Option<Result<Answer, Fault>> {
        Some(Ok(Answer {
            status,
            produced_at: at("2023-09-27T11:54:17Z"),
            responder: "CN=responder".into(),
        }))
    }

    #[test]
    fn an_expired_certificate_needs_a_qualified_timestamp_and_revocation_data_of_that_time() {
        let c = certificate();
        let sig_t = Some(at("2023-09-27T11:54:17Z"));
        let now = at("2026-09-01T00:00:00Z");
        let none = Evidence::default();
        let expired = line(&c, sig_t, &none, now);
        assert_eq!(expired.code, Code::SealCertificateOutsideValidity);
        assert_eq!(expired.line(), Some("seal_time_expired_claimed"));
        let facts = expired.facts.as_ref().unwrap();
        assert_eq!(facts.arg("until"), Some(&crate::lines::Arg::from(at("2025-05-10T14:31:15Z"))));
        // then what the seal carries: no timestamp, no OCSP response
        let stamp = facts.then.as_ref().unwrap();
        assert_eq!(stamp.line, "seal_stamp_none");
        assert_eq!(stamp.then.as_ref().unwrap().line, "seal_ocsp_none");
        assert_eq!(line(&c, sig_t, &none, at("2024-01-01T00:00:00Z")).code, Code::SealCertificateValid);
        let claimed_before = line(&c, Some(at("2020-01-01T00:00:00Z")), &none, at("2024-01-01T00:00:00Z"));
        assert_eq!(claimed_before.code, Code::SealCertificateOutsideValidity);
        // a timestamp that verifies, from an authority no list qualifies: still no proof
        let test_tsa = Evidence { stamp: stamped("2023-09-27T11:54:20Z"), qualified: false, ocsp: ocsp(CertStatus::Good) };
        assert_eq!(line(&c, sig_t, &test_tsa, now).code, Code::SealCertificateOutsideValidity);
        // qualified, but no revocation data of that time
        let no_ocsp = Evidence { stamp: stamped("2023-09-27T11:54:20Z"), qualified: true, ocsp: None };
        assert_eq!(line(&c, sig_t, &no_ocsp, now).code, Code::SealCertificateOutsideValidity);
        // qualified and good then: valid at the proven time
        let proven = Evidence { stamp: stamped("2023-09-27T11:54:20Z"), qualified: true, ocsp: ocsp(CertStatus::Good) };
        let valid = line(&c, sig_t, &proven, now);
        assert_eq!(valid.code, Code::SealCertificateValid, "{}", valid.detail);
        assert_eq!(valid.line(), Some("seal_time_valid_since_expired"));
        // proven, but outside the validity
        let late = Evidence { stamp: stamped("2025-06-01T00:00:00Z"), qualified: true, ocsp: ocsp(CertStatus::Good) };
        assert_eq!(line(&c, sig_t, &late, now).code, Code::SealCertificateOutsideValidity);
    }

    #[test]
    fn a_revoked_certificate_needs_a_seal_proven_older() {
        let c = certificate();
        let sig_t = Some(at("2023-09-27T11:54:17Z"));
        let now = at("2024-06-01T00:00:00Z");
        let revoked = |q| Evidence { stamp: stamped("2023-09-27T11:54:20Z"), qualified: q, ocsp: ocsp(CertStatus::Revoked(at("2024-01-01T00:00:00Z"))) };
        assert_eq!(line(&c, sig_t, &revoked(false), now).code, Code::SealCertificateRevoked);
        // proven older than the revocation: the revocation does not touch the seal
        assert_eq!(line(&c, sig_t, &revoked(true), now).code, Code::SealCertificateValid);
    }
}
