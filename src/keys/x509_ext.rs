//! What an eIDAS seal certificate says of its holder, read from the DER for the full module only:
//! the serial and issuer (to match a JAdES `kid`, an `IssuerSerial`), the validity as instants,
//! the subject's organisation, country, organisation identifier (ETSI EN 319 412-1 §5.1.4:
//! `VATES-…`, `LEIXG-…`) and common name, and the qualified-certificate statements
//! (RFC 3739 §3.2.6, ETSI EN 319 412-5 §4: QcCompliance, QcType, QcSSCD).
//!
//! The same strict reader as [`super::x509`]: every length is checked, nothing panics, and
//! attribute values are cut at [`MAX_ATTRIBUTE_CHARS`]. Nothing here decides trust.

use crate::codes::{Code, Fault};
use crate::crypto::Algorithm;
use crate::keys::x509::Der;
use crate::lines::{self, Facts};
use crate::time::Timestamp;

/// Characters kept of one subject attribute (EN 319 412 allows 64; real lists hold up to 86).
pub const MAX_ATTRIBUTE_CHARS: usize = 128;
/// Extensions read from one certificate.
pub const MAX_EXTENSIONS: usize = 32;
/// Statements read from one qcStatements extension.
pub const MAX_QC_STATEMENTS: usize = 16;

const OID_CN: &[u8] = &[0x55, 0x04, 0x03];
const OID_C: &[u8] = &[0x55, 0x04, 0x06];
const OID_O: &[u8] = &[0x55, 0x04, 0x0a];
/// organizationIdentifier, 2.5.4.97.
const OID_ORG_ID: &[u8] = &[0x55, 0x04, 0x61];
/// id-pe-qcStatements, 1.3.6.1.5.5.7.1.3.
const OID_QC_STATEMENTS: &[u8] = &[0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x01, 0x03];
/// id-etsi-qcs-QcCompliance, 0.4.0.1862.1.1.
const OID_QC_COMPLIANCE: &[u8] = &[0x04, 0x00, 0x8e, 0x46, 0x01, 0x01];
/// id-etsi-qcs-QcSSCD, 0.4.0.1862.1.4.
const OID_QC_SSCD: &[u8] = &[0x04, 0x00, 0x8e, 0x46, 0x01, 0x04];
/// id-etsi-qcs-QcType, 0.4.0.1862.1.6.
const OID_QC_TYPE: &[u8] = &[0x04, 0x00, 0x8e, 0x46, 0x01, 0x06];
/// id-etsi-qct-eseal, 0.4.0.1862.1.6.2.
const OID_QCT_ESEAL: &[u8] = &[0x04, 0x00, 0x8e, 0x46, 0x01, 0x06, 0x02];
/// certificatePolicies (RFC 5280 §4.2.1.4).
const OID_CERTIFICATE_POLICIES: &[u8] = &[0x55, 0x1d, 0x20];

/// The subject attributes a recruiter reads.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Subject {
    /// organizationName (O).
    pub organisation: Option<String>,
    /// countryName (C).
    pub country: Option<String>,
    /// organizationIdentifier (2.5.4.97): VAT, NTR, PSD or LEI type, country, `-`, number.
    pub organisation_identifier: Option<String>,
    /// commonName (CN).
    pub common_name: Option<String>,
}

/// The qualified-certificate statements present.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct QcStatements {
    /// QcCompliance: an EU qualified certificate.
    pub compliance: bool,
    /// QcType lists `eseal`: a certificate for electronic seals.
    pub type_eseal: bool,
    /// QcSSCD: the private key is in a qualified signature/seal creation device.
    pub sscd: bool,
}

/// The parts of a certificate a seal is judged by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealCertificate {
    /// The serial number's content octets.
    pub serial: Vec<u8>,
    /// The DER of the issuer Name (its contents, without the outer SEQUENCE header).
    pub issuer_name: Vec<u8>,
    /// Valid from.
    pub not_before: Timestamp,
    /// Valid until.
    pub not_after: Timestamp,
    /// The subject's attributes.
    pub subject: Subject,
    /// The qcStatements extension.
    pub qc: QcStatements,
    /// The certificate policies (dotted OIDs), which trusted-list qualifiers select certificates by.
    pub policies: Vec<String>,
}

fn bad(what: Facts) -> Fault {
    lines::fault(Code::KeyInvalid, what)
}

/// Reads a DER certificate for its seal facts.
///
/// # Errors
/// [`Code::KeyInvalid`] for bad DER, an unreadable validity, or a certificate over
/// [`MAX_CERTIFICATE_BYTES`](crate::keys::x509::MAX_CERTIFICATE_BYTES).
pub fn seal_certificate(der: &[u8]) -> Result<SealCertificate, Fault> {
    let t = crate::keys::x509::tbs(der)?;
    let mut tbs = t.rest;
    let (mut qc, mut policies) = (QcStatements::default(), Vec::new());
    while !tbs.is_empty() {
        let field = tbs.element()?;
        if field.tag == 0xa3 {
            (qc, policies) = extensions(field.value)?;
        }
    }
    Ok(SealCertificate {
        serial: t.serial.to_vec(),
        issuer_name: t.issuer.to_vec(),
        not_before: time(t.validity.0)?,
        not_after: time(t.validity.1)?,
        subject: subject(t.subject),
        qc,
        policies,
    })
}

/// `sha256WithRSAEncryption`, `ecdsa-with-SHA256`, `ecdsa-with-SHA384` (RFC 4055, RFC 5758).
const SIGNATURE_ALGORITHMS: &[(&[u8], Algorithm)] = &[
    (&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b], Algorithm::Rs256),
    (&[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02], Algorithm::Es256),
    (&[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x03], Algorithm::Es384),
];

/// What a certificate's issuer signed and how (RFC 5280 §4.1.1): the TBSCertificate (with its
/// header), the algorithm, and the signature as JOSE encodes it for that algorithm (ECDSA's DER
/// `SEQUENCE { r, s }` as `r ‖ s`), ready for [`crate::crypto::SignatureCheck`].
///
/// # Errors
/// [`Code::KeyInvalid`] for bad DER; [`Code::KeyTypeUnsupported`] for a signature algorithm not
/// among `SIGNATURE_ALGORITHMS` (SHA-384/512 RSA, RSA-PSS…).
pub fn issuer_signature(der: &[u8]) -> Result<(Vec<u8>, Algorithm, Vec<u8>), Fault> {
    let mut outer = Der(der);
    let mut cert = Der(outer.expect(0x30)?);
    let tbs_start = cert.0;
    cert.expect(0x30)?;
    let tbs = tbs_start
        .get(..tbs_start.len() - cert.0.len())
        .unwrap_or_default();
    let mut alg = Der(cert.expect(0x30)?);
    let oid = alg.expect(0x06)?;
    let bits = cert.expect(0x03)?;
    let (&unused, value) = bits.split_first().ok_or_else(|| bad(lines::x509_seal_signature_unreadable()))?;
    if unused != 0 {
        return Err(bad(lines::x509_seal_signature_unreadable()));
    }
    let (algorithm, signature) = signature_of(oid, value)?;
    Ok((tbs.to_vec(), algorithm, signature))
}

/// The algorithm a signature AlgorithmIdentifier `oid` names, and the signature `value` as JOSE
/// encodes it for that algorithm (ECDSA's DER `SEQUENCE { r, s }` as `r ‖ s`).
///
/// # Errors
/// [`Code::KeyTypeUnsupported`] for an algorithm not among `SIGNATURE_ALGORITHMS`; bad ECDSA DER.
pub fn signature_of(oid: &[u8], value: &[u8]) -> Result<(Algorithm, Vec<u8>), Fault> {
    let algorithm = SIGNATURE_ALGORITHMS
        .iter()
        .find(|(o, _)| *o == oid)
        .map(|(_, a)| *a)
        .ok_or_else(|| {
            lines::fault(
                Code::KeyTypeUnsupported,
                lines::x509_signature_algorithm_unsupported(),
            )
        })?;
    let signature = match algorithm {
        Algorithm::Es256 => ecdsa_raw(value, 32)?,
        Algorithm::Es384 => ecdsa_raw(value, 48)?,
        _ => value.to_vec(),
    };
    Ok((algorithm, signature))
}

/// Whether `ca`'s key made the signature on the certificate `cert` (both DER), asked of the
/// crypto provider (WebCrypto in the browser, by the two-pass seam).
///
/// # Errors
/// As the provider; a certificate signed with an algorithm not checked here.
pub fn issued_by(cert: &[u8], ca: &[u8], crypto: &dyn crate::crypto::Provider) -> Result<(), Fault> {
    let (tbs, algorithm, signature) = issuer_signature(cert)?;
    let key = crate::keys::x509::spki(crate::keys::x509::tbs(ca)?.spki)?;
    crypto.verify(&crate::crypto::SignatureCheck::new(algorithm, key, tbs, signature)?)
}

/// An ECDSA signature `SEQUENCE { INTEGER r, INTEGER s }` as `r ‖ s`, each `n` bytes.
///
/// # Errors
/// [`Code::KeyInvalid`] for bad DER or an integer longer than `n`.
pub fn ecdsa_raw(der: &[u8], n: usize) -> Result<Vec<u8>, Fault> {
    let mut seq = Der(Der(der).expect(0x30)?);
    let mut out = Vec::with_capacity(2 * n);
    for _ in 0..2 {
        let int = seq.expect(0x02)?;
        let int = int.strip_prefix(&[0]).unwrap_or(int);
        if int.len() > n {
            return Err(bad(lines::x509_seal_signature_unreadable()));
        }
        out.resize(out.len() + n - int.len(), 0);
        out.extend_from_slice(int);
    }
    Ok(out)
}

/// A GeneralizedTime as RFC 3161 writes `genTime`: `YYYYMMDDhhmmss[.fraction]Z`, the fraction
/// dropped (the report shows whole seconds).
///
/// # Errors
/// [`Code::KeyInvalid`] for any other form.
pub fn generalized_time(t: crate::keys::x509::Tlv<'_>) -> Result<Timestamp, Fault> {
    let text = std::str::from_utf8(t.value).map_err(|_| bad(lines::x509_seal_gentime_unreadable()))?;
    let whole = match text.split_once('.') {
        Some((secs, frac)) if frac.ends_with('Z') => format!("{secs}Z"),
        Some(_) => return Err(bad(lines::x509_seal_gentime_unreadable())),
        None => text.to_owned(),
    };
    time(crate::keys::x509::Tlv {
        tag: 0x18,
        value: whole.as_bytes(),
    })
}

/// A UTCTime (`YYMMDDhhmmssZ`, years 1950–2049 per RFC 5280 §4.1.2.5.1) or GeneralizedTime
/// (`YYYYMMDDhhmmssZ`).
fn time(t: crate::keys::x509::Tlv<'_>) -> Result<Timestamp, Fault> {
    let text = std::str::from_utf8(t.value).map_err(|_| bad(lines::x509_seal_validity_unreadable()))?;
    let digits = text.strip_suffix('Z').ok_or_else(|| bad(lines::x509_seal_validity_unreadable()))?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad(lines::x509_seal_validity_unreadable()));
    }
    let full = match (t.tag, digits.len()) {
        (0x17, 12) => {
            let century = if digits.get(..2).is_some_and(|y| y < "50") {
                "20"
            } else {
                "19"
            };
            format!("{century}{digits}")
        }
        (0x18, 14) => digits.to_owned(),
        _ => return Err(bad(lines::x509_seal_validity_unreadable())),
    };
    let part = |r: std::ops::Range<usize>| full.get(r).unwrap_or("00");
    let rfc3339 = format!(
        "{}-{}-{}T{}:{}:{}Z",
        part(0..4),
        part(4..6),
        part(6..8),
        part(8..10),
        part(10..12),
        part(12..14)
    );
    Timestamp::parse(&rfc3339)
        .map(|(at, _)| at)
        .map_err(|_| bad(lines::x509_seal_validity_unreadable()))
}

/// O, C, CN and organizationIdentifier of an X.501 Name (the first of each).
fn subject(der: &[u8]) -> Subject {
    let mut s = Subject::default();
    for (oid, value) in super::x509::attributes(der) {
        let slot = match oid {
            OID_O => &mut s.organisation,
            OID_C => &mut s.country,
            OID_ORG_ID => &mut s.organisation_identifier,
            OID_CN => &mut s.common_name,
            _ => continue,
        };
        if slot.is_none() {
            let text: String = String::from_utf8_lossy(value.value)
                .chars()
                .filter(|c| !c.is_control())
                .take(MAX_ATTRIBUTE_CHARS)
                .collect();
            *slot = Some(text);
        }
    }
    s
}

/// The qcStatements of the `[3] Extensions` field (absent: none).
fn extensions(explicit: &[u8]) -> Result<(QcStatements, Vec<String>), Fault> {
    let mut outer = Der(explicit);
    let mut list = Der(outer.expect(0x30)?);
    let mut qc = QcStatements::default();
    let mut policies = Vec::new();
    for _ in 0..MAX_EXTENSIONS {
        if list.is_empty() {
            break;
        }
        let mut ext = Der(list.expect(0x30)?);
        let oid = ext.expect(0x06)?;
        let mut value = ext.element()?;
        if value.tag == 0x01 {
            value = ext.element()?; // critical
        }
        if oid == OID_QC_STATEMENTS && value.tag == 0x04 {
            qc = statements(value.value)?;
        }
        if oid == OID_CERTIFICATE_POLICIES && value.tag == 0x04 {
            let mut infos = Der(Der(value.value).expect(0x30)?);
            while !infos.is_empty() && policies.len() < MAX_EXTENSIONS {
                policies.push(dotted(Der(infos.expect(0x30)?).expect(0x06)?));
            }
        }
    }
    Ok((qc, policies))
}

/// An OID's content octets as dotted text (`1.3.6.1.4.1.18332.25.1.1.10`).
pub fn dotted(oid: &[u8]) -> String {
    let mut parts: Vec<u64> = Vec::new();
    let mut n: u64 = 0;
    for &b in oid {
        n = n.saturating_mul(128).saturating_add(u64::from(b & 0x7f));
        if b & 0x80 == 0 {
            if parts.is_empty() {
                let first = n.min(80) / 40;
                parts.extend([first, n - first * 40]);
            } else {
                parts.push(n);
            }
            n = 0;
        }
    }
    parts.iter().map(u64::to_string).collect::<Vec<_>>().join(".")
}

/// `QCStatements ::= SEQUENCE OF QCStatement { statementId OID, statementInfo ANY OPTIONAL }`.
fn statements(der: &[u8]) -> Result<QcStatements, Fault> {
    let mut outer = Der(der);
    let mut list = Der(outer.expect(0x30)?);
    let mut qc = QcStatements::default();
    for _ in 0..MAX_QC_STATEMENTS {
        if list.is_empty() {
            break;
        }
        let mut statement = Der(list.expect(0x30)?);
        match statement.expect(0x06)? {
            OID_QC_COMPLIANCE => qc.compliance = true,
            OID_QC_SSCD => qc.sscd = true,
            OID_QC_TYPE => {
                let mut types = Der(statement.expect(0x30)?);
                while !types.is_empty() {
                    qc.type_eseal |= types.expect(0x06)? == OID_QCT_ESEAL;
                }
            }
            _ => {}
        }
    }
    Ok(qc)
}

/// A JAdES `kid` that is a base64 DER `IssuerSerial` (RFC 5035: `{ issuer GeneralNames, serial }`):
/// the issuer Name's contents and the serial, or `None` for a `kid` of another form.
pub fn issuer_serial(der: &[u8]) -> Option<(Vec<u8>, Vec<u8>)> {
    let mut outer = Der(der);
    let mut seq = Der(outer.expect(0x30).ok()?);
    let mut names = Der(seq.expect(0x30).ok()?);
    let mut directory = Der(names.expect(0xa4).ok()?);
    let name = directory.expect(0x30).ok()?.to_vec();
    let serial = seq.expect(0x02).ok()?.to_vec();
    (outer.is_empty() && seq.is_empty()).then_some((name, serial))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    fn tlv(tag: u8, value: &[u8]) -> Vec<u8> {
        let mut out = vec![tag];
        let len = value.len();
        if len < 0x80 {
            out.push(u8::try_from(len).unwrap());
        } else {
            out.push(0x82);
            out.extend(u16::try_from(len).unwrap().to_be_bytes());
        }
        out.extend(value);
        out
    }

    #[test]
    fn qc_statements_are_read_and_bounded() {
        let eseal = tlv(0x30, &tlv(0x06, OID_QCT_ESEAL));
        let mut body = tlv(0x30, &tlv(0x06, OID_QC_COMPLIANCE));
        body.extend(tlv(0x30, &[tlv(0x06, OID_QC_TYPE), eseal].concat()));
        let qc = statements(&tlv(0x30, &body)).unwrap();
        assert!(qc.compliance && qc.type_eseal && !qc.sscd);
        body.extend(tlv(0x30, &tlv(0x06, OID_QC_SSCD)));
        assert!(statements(&tlv(0x30, &body)).unwrap().sscd);
        // truncated: an error, not a panic
        let whole = tlv(0x30, &body);
        for cut in 0..whole.len() {
            let _ = statements(&whole[..cut]);
        }
    }

    #[test]
    fn times_follow_rfc5280() {
        let utc = crate::keys::x509::Tlv {
            tag: 0x17,
            value: b"250510143115Z",
        };
        assert_eq!(time(utc).unwrap().to_rfc3339(), "2025-05-10T14:31:15Z");
        let old = crate::keys::x509::Tlv {
            tag: 0x17,
            value: b"990101000000Z",
        };
        assert_eq!(time(old).unwrap().to_rfc3339(), "1999-01-01T00:00:00Z");
        let bad = crate::keys::x509::Tlv {
            tag: 0x18,
            value: b"2025051014311Z",
        };
        assert!(time(bad).is_err());
    }
}
