//! JAdES (ETSI TS 119 182-1): the eSeal of a Europass Digital Credential, checked offline in three
//! separate steps, never one merged tick:
//!
//! 1. **Content and sealer** ([`verify`], the proof check): `crit` honoured (RFC 7515 §4.1.11:
//!    an unknown critical member is refused), the signing input taken exactly as RFC 7797 §3 and
//!    TS 119 182-1 define it — `ASCII(protected as written) || '.' || payload as written`, the
//!    payload's own bytes under `b64: false`, never re-serialised — and verified with the leaf
//!    certificate of `x5c` (its `x5t#S256` and the serial of an `IssuerSerial` `kid` must match).
//! 2. **The certificate at signing time** (the issuer-key check, [`super::seal_time`]): `sigT` is
//!    the sealer's claim, not evidence; the signature timestamp and the embedded OCSP response are;
//!    a certificate that has expired since needs a qualified timestamp and revocation data of that
//!    time. Current revocation is not checked (offline), and says so.
//! 3. **Trust** (`trust::seal`): the seal certificate's CA on an imported EU trusted list.
//!
//! [`seal`] states who sealed, from the certificate (subject, qualified-certificate statements).

use serde_json::{Map, Value};

use crate::codes::{Code, Fault};
use crate::crypto::Hash;
use crate::intake::Jws;
use crate::keys::x509_ext;
use crate::keys::{x509, ResolvedKey};
use crate::lines::{self, Facts};
use crate::proof::summary::{summarise, Proven};
use crate::proof::{jwt, seal_time, Env, ProofResult};
use crate::report::{Check, CheckId, QualifiedStatements, SealSubject, SealSummary};
use crate::time::Timestamp;

/// The securing mechanism's name in the report (`jades:RS256`).
pub const NAME: &str = "jades";

/// The header parameters this verifier understands when `crit` lists them: RFC 7797's `b64` and
/// the JAdES members (TS 119 182-1 §5.1, §5.2, §5.3) it reads or knowingly leaves aside.
const UNDERSTOOD: &[&str] = &["b64", "sigT", "sigD", "adoTst", "etsiU", "x5t#S256"];

/// The proof check (content unchanged, sealed by whom) and the certificate check of the seal
/// `jws` (read by [`crate::parse::jades`]); returns with them the line for current revocation,
/// which this version does not check.
pub fn verify(jws: &Jws, env: &Env<'_>) -> (Proven, Check) {
    let alg = jws.header.get("alg").and_then(Value::as_str).unwrap_or("?");
    let label: String = alg.chars().take(32).collect();
    // (not `enveloped`: the kid is an IssuerSerial blob, no verification method to show)
    let mut result = ProofResult::new(
        format!("{NAME}:{label}"),
        None,
        Fault::new(Code::ProofMissing, ""),
    );
    result.result = sealed(jws, env).map(|signer| {
        result.algorithm = Some(signer.algorithm);
        result.certificates = signer.certificates;
        signer.key
    });
    let mut proven = summarise(Ok(vec![result]));
    if proven.keys.is_empty() {
        return (
            proven,
            Check::said(CheckId::IssuerKey, Code::NotReached, lines::seal_not_verified()),
        );
    }
    let certificate = leaf(&jws.header).and_then(|der| x509_ext::seal_certificate(&der));
    // (the proof check of a seal that verified says its proofs: `proof_verified`)
    if let (Some(check), Ok(c)) = (proven.checks.first_mut(), &certificate) {
        if let Some(proofs) = check.facts.as_ref().and_then(|f| f.arg("proofs")).cloned() {
            let facts = match sealer(&c.subject) {
                Some(sealer) => lines::seal_verified(sealer, proofs),
                None => lines::seal_verified_unnamed(proofs),
            };
            *check = Check::said(check.id, check.code, facts);
        }
    }
    let at_signing = match certificate {
        Ok(c) => {
            let evidence = seal_time::Evidence::of(jws, env);
            seal_time::line(&c, signing_time(&jws.header).ok().flatten(), &evidence, env.now)
        }
        Err(f) => Check::from_fault(CheckId::IssuerKey, f),
    };
    proven.checks.push(at_signing);
    let revocation = Check::said(
        CheckId::IssuerKey,
        Code::StatusNotChecked,
        lines::seal_revocation_not_checked(),
    );
    (proven, revocation)
}

/// Steps before the provider: `crit`, attached payload, the algorithm, the leaf certificate and
/// its header references; then the provider's answer over the signing input as written.
fn sealed(jws: &Jws, env: &Env<'_>) -> Result<jwt::Signer, Fault> {
    let h = &jws.header;
    crit(h)?;
    if h.contains_key("sigD") {
        return Err(lines::fault(Code::ProofTypeUnsupported, lines::jades_detached()));
    }
    signing_time(h)?;
    let alg = jwt::algorithm(h, env.policy)?;
    let der = leaf(h)?;
    let mut certificates = Vec::new();
    for entry in x5c(h)? {
        certificates.push(x509::certificate(&entry)?);
    }
    references(h, &der)?;
    let subject = certificates
        .first()
        .map(|c| c.subject.clone())
        .unwrap_or_default();
    let spki = certificates
        .first()
        .map(|c| c.spki.clone())
        .unwrap_or_default();
    let mut key = ResolvedKey {
        id: format!("certificate {subject}"),
        public_key: x509::spki(&spki)?,
        controller: String::new(),
        assertion_method: true,
        self_asserted: true,
    };
    jwt::pinned_certificate(&mut key, env.docs, &der, &spki, &subject);
    let signer = jwt::Signer {
        key,
        certificates,
        algorithm: alg,
    };
    jwt::signed_by(jws, alg, signer, env)
}

/// A header that breaks JAdES or JWS rules.
pub fn invalid(facts: Facts) -> Fault {
    lines::fault(Code::JwtHeaderInvalid, facts)
}

/// RFC 7515 §4.1.11 and RFC 7797 §6: every name in `crit` must be understood and present; an
/// unencoded payload (`b64: false`) must be listed.
fn crit(h: &Map<String, Value>) -> Result<(), Fault> {
    let names: Vec<&str> = match h.get("crit") {
        None => Vec::new(),
        Some(Value::Array(list)) if !list.is_empty() => list
            .iter()
            .map(|v| v.as_str().ok_or_else(|| invalid(lines::jades_crit_not_name())))
            .collect::<Result<_, _>>()?,
        Some(_) => return Err(invalid(lines::jades_crit_not_list())),
    };
    for name in &names {
        // the name as written, quoted and escaped
        let shown = || format!("{:?}", name.chars().take(40).collect::<String>());
        if !UNDERSTOOD.contains(name) {
            return Err(invalid(lines::jades_crit_unknown(shown())));
        }
        if *name != "etsiU" && !h.contains_key(*name) {
            return Err(invalid(lines::jades_crit_absent(shown())));
        }
    }
    match h.get("b64") {
        None | Some(Value::Bool(true)) => Ok(()),
        Some(Value::Bool(false)) if names.contains(&"b64") => Ok(()),
        Some(Value::Bool(false)) => Err(invalid(lines::jades_b64_not_critical())),
        Some(_) => Err(invalid(lines::jades_b64_not_boolean())),
    }
}

/// `sigT`, the claimed signing time (TS 119 182-1 §5.2.1), if stated.
pub fn signing_time(h: &Map<String, Value>) -> Result<Option<Timestamp>, Fault> {
    let Some(v) = h.get("sigT") else {
        return Ok(None);
    };
    v.as_str()
        .and_then(|t| Timestamp::parse(t).ok())
        .map(|(t, _)| Some(t))
        .ok_or_else(|| invalid(lines::jades_sig_t_invalid()))
}

/// The `x5c` certificates as DER (RFC 7515 §4.1.6: standard base64, leaf first).
fn x5c(h: &Map<String, Value>) -> Result<Vec<Vec<u8>>, Fault> {
    let list = h
        .get("x5c")
        .ok_or_else(|| invalid(lines::jades_x5c_missing()))?
        .as_array()
        .ok_or_else(|| invalid(lines::jades_x5c_not_array()))?;
    if list.is_empty() || list.len() > x509::MAX_CHAIN {
        return Err(invalid(lines::jades_x5c_count(x509::MAX_CHAIN)));
    }
    list.iter()
        .map(|entry| {
            entry
                .as_str()
                .and_then(|b| crate::encoding::base64_decode(b).ok())
                .ok_or_else(|| invalid(lines::jades_x5c_not_base64()))
        })
        .collect()
}

/// The seal certificate: the first of `x5c` (which [`x5c`] refuses empty).
fn leaf(h: &Map<String, Value>) -> Result<Vec<u8>, Fault> {
    x5c(h)?
        .into_iter()
        .next()
        .ok_or_else(|| invalid(lines::jades_x5c_count(x509::MAX_CHAIN)))
}

/// `x5t#S256` must be the SHA-256 of the leaf; a `kid` that is an `IssuerSerial` must name its
/// serial (the issuer name is written in more than one legal encoding, so only the serial is
/// compared). A `kid` of another form is a hint and is ignored.
fn references(h: &Map<String, Value>, der: &[u8]) -> Result<(), Fault> {
    if let Some(t) = h.get("x5t#S256") {
        let digest = crate::encoding::base64url_encode(&Hash::Sha256.digest(der));
        if t.as_str() != Some(digest.as_str()) {
            return Err(invalid(lines::jades_x5t_mismatch()));
        }
    }
    let named = h
        .get("kid")
        .and_then(Value::as_str)
        .and_then(|k| crate::encoding::base64_decode(k).ok())
        .and_then(|b| x509_ext::issuer_serial(&b));
    if let Some((_, serial)) = named {
        let cert = x509_ext::seal_certificate(der)?;
        if serial != cert.serial {
            return Err(invalid(lines::jades_kid_serial_mismatch()));
        }
    }
    Ok(())
}

/// `ORGANISATION (C, organisationIdentifier)`, or the common name when there is no organisation;
/// `None` when the certificate names neither.
fn sealer(s: &x509_ext::Subject) -> Option<String> {
    let name = s.organisation.as_deref().or(s.common_name.as_deref())?;
    let facts: Vec<&str> = [s.country.as_deref(), s.organisation_identifier.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    Some(if facts.is_empty() {
        name.to_owned()
    } else {
        format!("{name} ({})", facts.join(", "))
    })
}

/// The wording of EN 319 411/412 and eIDAS art. 3: a seal is qualified only with a qualified
/// certificate (QcCompliance) *and* a qualified creation device (QcSSCD).
pub const fn level(qc: x509_ext::QcStatements) -> (&'static str, &'static str) {
    match (qc.compliance, qc.sscd) {
        (true, true) => ("qualified", "qualified electronic seal"),
        (true, false) => (
            "advanced_qualified_certificate",
            "advanced seal with a qualified certificate",
        ),
        (false, _) => ("advanced", "advanced seal without a qualified certificate"),
    }
}

/// The seal of a JAdES-sealed credential ([`seal`]); `None` for any other credential, and always
/// in the core module (which reads no seals).
pub fn summary(cred: &crate::parse::Credential) -> Option<Box<SealSummary>> {
    #[cfg(feature = "ecdsa-rsa")]
    if let crate::parse::Securing::Jades(jws) = &cred.securing {
        return seal(jws);
    }
    let _ = cred;
    None
}

/// Puts `seal` (from [`summary`]) in the report; the core module's report has no seal.
pub fn state_seal(report: &mut crate::report::Report, seal: Option<Box<SealSummary>>) {
    #[cfg(feature = "ecdsa-rsa")]
    {
        report.seal = seal;
    }
    #[cfg(not(feature = "ecdsa-rsa"))]
    let _ = (report, seal);
}

/// Who sealed, as the seal's certificate says (whether or not the seal verified: the checks say that).
pub fn seal(jws: &Jws) -> Option<Box<SealSummary>> {
    let der = leaf(&jws.header).ok()?;
    let c = x509_ext::seal_certificate(&der).ok()?;
    let issuer = x509::certificate(&der).map(|x| x.issuer).unwrap_or_default();
    let (level, level_words) = level(c.qc);
    let signing_time = signing_time(&jws.header).ok().flatten();
    Some(Box::new(SealSummary {
        subject: SealSubject {
            organisation: c.subject.organisation,
            country: c.subject.country,
            organisation_identifier: c.subject.organisation_identifier,
            common_name: c.subject.common_name,
        },
        issuer,
        not_before: c.not_before.to_rfc3339(),
        not_after: c.not_after.to_rfc3339(),
        qualified: QualifiedStatements {
            qc_compliance: c.qc.compliance,
            qc_type_eseal: c.qc.type_eseal,
            qc_sscd: c.qc.sscd,
        },
        level,
        level_words,
        signing_time: signing_time.map(Timestamp::to_rfc3339),
        signing_time_source: signing_time.map(|_| "sigT"),
        #[cfg(feature = "ecdsa-rsa")]
        timestamp: None,
        #[cfg(feature = "ecdsa-rsa")]
        issued_by: None,
    }))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use serde_json::json;

    fn header(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn crit_is_honoured() {
        let ok = json!({"alg": "RS256", "b64": false, "sigT": "2023-09-27T11:54:17Z", "crit": ["b64", "sigT"]});
        assert!(crit(&header(ok)).is_ok());
        let unknown = json!({"alg": "RS256", "sigPl": {}, "crit": ["sigPl"]});
        assert_eq!(crit(&header(unknown)).unwrap_err().code, Code::JwtHeaderInvalid);
        let absent = json!({"alg": "RS256", "crit": ["sigT"]});
        assert!(crit(&header(absent)).is_err());
        let unlisted_b64 = json!({"alg": "RS256", "b64": false});
        assert!(crit(&header(unlisted_b64)).is_err());
        assert!(crit(&header(json!({"crit": []}))).is_err());
        assert!(crit(&header(json!({"crit": [1]}))).is_err());
    }

    #[test]
    fn x5t_must_be_the_leafs_digest() {
        let der = [0x30, 0x00];
        let good = crate::encoding::base64url_encode(&Hash::Sha256.digest(&der));
        assert!(references(&header(json!({"x5t#S256": good})), &der).is_ok());
        let other = crate::encoding::base64url_encode(&[0; 32]);
        let err = references(&header(json!({"x5t#S256": other})), &der).unwrap_err();
        assert_eq!(err.code, Code::JwtHeaderInvalid);
    }

    #[test]
    fn qualified_only_with_a_qscd() {
        let qc = |compliance, sscd| x509_ext::QcStatements {
            compliance,
            type_eseal: true,
            sscd,
        };
        assert_eq!(level(qc(true, true)).1, "qualified electronic seal");
        assert_eq!(
            level(qc(true, false)).1,
            "advanced seal with a qualified certificate"
        );
        assert_eq!(
            level(qc(false, true)).1,
            "advanced seal without a qualified certificate"
        );
    }
}
