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

    fn stamp_words(&self) -> String {
        match &self.stamp {
            Some(Ok(s)) if self.qualified => format!(
                "a signature timestamp from {} at {} verifies, from a qualified time-stamping service on a loaded trusted list: it proves when the seal was made",
                s.tsa_name(),
                s.gen_time.to_rfc3339()
            ),
            Some(Ok(s)) => format!(
                "a signature timestamp from {} at {} verifies, but that authority is not a qualified time-stamping service on any loaded trusted list: it does not prove when the seal was made",
                s.tsa_name(),
                s.gen_time.to_rfc3339()
            ),
            Some(Err(f)) => format!("the signature timestamp does not verify: {}", f.detail),
            None => "the seal has no signature timestamp (sigTst)".to_owned(),
        }
    }

    fn ocsp_words(&self) -> String {
        match &self.ocsp {
            None => "the seal embeds no OCSP response about its certificate (rVals)".to_owned(),
            Some(Err(f)) => format!("the embedded revocation data is not checked: {}", f.detail),
            Some(Ok(a)) => {
                let from = format!(
                    "the OCSP response embedded in the seal, produced {} by {},",
                    a.produced_at.to_rfc3339(),
                    a.responder
                );
                match a.status {
                    CertStatus::Good => format!("{from} says the certificate was not revoked then"),
                    CertStatus::Unknown => format!("{from} does not know the certificate"),
                    CertStatus::Revoked(at) => {
                        format!("{from} says the certificate was revoked on {}", at.to_rfc3339())
                    }
                }
            }
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
        return Some(Err(super::jades::invalid("the signature timestamp is not base64".to_owned())));
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
        return Some(Err(pending.unwrap_or_else(|| {
            super::jades::invalid("the seal does not carry its certificate's CA".to_owned())
        })));
    };
    let mut last = super::jades::invalid("no OCSP response".to_owned());
    for r in &responses {
        match super::ocsp::check(r, &serial, ca, crypto) {
            Ok(a) => return Some(Ok(a)),
            Err(f) => last = f,
        }
    }
    Some(Err(last))
}

/// The certificate line of a seal whose certificate is `c`, with the claimed signing time
/// `claimed` (`sigT`) and the `evidence` it carries, at `now`.
pub fn line(c: &SealCertificate, claimed: Option<Timestamp>, e: &Evidence, now: Timestamp) -> Check {
    let within = |t: Timestamp| c.not_before <= t && t <= c.not_after;
    let window = format!(
        "the seal certificate is valid from {} to {}",
        c.not_before.to_rfc3339(),
        c.not_after.to_rfc3339()
    );
    let stamped = match &e.stamp {
        Some(Ok(s)) => Some(s.gen_time),
        _ => None,
    };
    let (when, which) = match (stamped, claimed) {
        (Some(t), _) => (Some(t), format!("its signature timestamp's time, {}", t.to_rfc3339())),
        (None, Some(t)) => (
            Some(t),
            format!("{}, the sealer's own claim (sigT)", t.to_rfc3339()),
        ),
        (None, None) => (None, "no signing time stated (sigT)".to_owned()),
    };
    let facts = format!("{}; {}", e.stamp_words(), e.ocsp_words());
    let check = |code, why: String| Check::new(CheckId::IssuerKey, code, format!("{why}; {facts}"));
    let proven = e.proven();
    let ocsp_good = matches!(&e.ocsp, Some(Ok(a)) if a.status == CertStatus::Good);
    if let Some(Ok(Answer { status: CertStatus::Revoked(at), .. })) = &e.ocsp {
        if proven.map_or(true, |p| p >= *at) {
            return check(
                Code::SealCertificateRevoked,
                format!("the seal certificate was revoked on {}, and no qualified timestamp proves the seal older", at.to_rfc3339()),
            );
        }
    }
    match (within(now), when.map_or(true, within)) {
        (true, true) => check(Code::SealCertificateValid, format!("{window}; checked at {which}")),
        (true, false) => check(
            Code::SealCertificateOutsideValidity,
            format!("{window}, and the signing time ({which}) is outside it"),
        ),
        (false, _) if proven.is_some_and(within) && ocsp_good => check(
            Code::SealCertificateValid,
            format!("{window}; a qualified timestamp proves the seal was made at {which}, and the certificate was valid and not revoked then; it has expired since"),
        ),
        (false, _) => {
            let why = if now > c.not_after {
                format!("the seal certificate expired on {}", c.not_after.to_rfc3339())
            } else {
                format!("the seal certificate is not valid before {}", c.not_before.to_rfc3339())
            };
            let missing = match proven {
                Some(_) if !ocsp_good => "a qualified timestamp proves when the seal was made, but no embedded revocation data shows the certificate was not revoked then",
                Some(_) => "a qualified timestamp proves when the seal was made, outside the certificate's validity",
                None => "no timestamp from a qualified time-stamping service proves when the seal was made (ETSI EN 319 102-1: no proof of existence)",
            };
            check(
                Code::SealCertificateOutsideValidity,
                format!("{why}; signing time: {which}; {missing}"),
            )
        }
    }
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
        assert!(expired.detail.contains("expired on 2025-05-10"));
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
        assert!(valid.detail.contains("has expired since"));
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
