//! X.509 certificates and SubjectPublicKeyInfo, read just far enough to take a key and name its
//! holder: a strict DER reader (definite lengths, no trailing bytes), the SPKI of Ed25519, P-256,
//! P-384 and RSA keys, and a certificate's subject, issuer and validity for the report. Used by the
//! JWS `x5c` header (RFC 7515 §4.1.6) and by PEM key files.
//!
//! Nothing here decides trust: a chain in a credential is shown, and its leaf key is trusted only
//! where a trust list pins it. The chain's own signatures are not checked here.

use crate::codes::{Code, Fault};
use crate::crypto::{KeyType, PublicKey};
use crate::lines::{self, Facts};

/// Limits on what a certificate may make the reader do.
pub const MAX_CERTIFICATE_BYTES: usize = 16 * 1024;
/// Certificates read from one `x5c` header.
pub const MAX_CHAIN: usize = 8;

const OID_EC_PUBLIC_KEY: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
const OID_P256: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];
const OID_P384: &[u8] = &[0x2b, 0x81, 0x04, 0x00, 0x22];
const OID_RSA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
const OID_ED25519: &[u8] = &[0x2b, 0x65, 0x70];
const OID_CN: &[u8] = &[0x55, 0x04, 0x03];
const OID_O: &[u8] = &[0x55, 0x04, 0x0a];
const OID_C: &[u8] = &[0x55, 0x04, 0x06];

/// One DER element: its tag and contents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tlv<'a> {
    /// The identifier octet (single-byte tags only).
    pub tag: u8,
    /// The contents.
    pub value: &'a [u8],
}

/// A cursor over DER elements.
#[derive(Clone, Copy, Debug)]
pub struct Der<'a>(pub &'a [u8]);

fn malformed(what: Facts) -> Fault {
    lines::fault(Code::KeyInvalid, what)
}

impl<'a> Der<'a> {
    /// The next element.
    ///
    /// # Errors
    /// [`Code::KeyInvalid`] for a truncated element, an indefinite or non-minimal length.
    pub fn element(&mut self) -> Result<Tlv<'a>, Fault> {
        let bad = || malformed(lines::x509_der_element());
        let (&tag, rest) = self.0.split_first().ok_or_else(bad)?;
        if tag & 0x1f == 0x1f {
            return Err(bad());
        }
        let (&first, mut rest) = rest.split_first().ok_or_else(bad)?;
        let len = if first < 0x80 {
            usize::from(first)
        } else {
            let n = usize::from(first & 0x7f);
            if n == 0 || n > 3 {
                return Err(bad());
            }
            let (bytes, after) = (
                rest.get(..n).ok_or_else(bad)?,
                rest.get(n..).ok_or_else(bad)?,
            );
            rest = after;
            let len = bytes.iter().fold(0usize, |a, &b| (a << 8) | usize::from(b));
            if len < 0x80 || bytes.first() == Some(&0) {
                return Err(bad());
            }
            len
        };
        let value = rest.get(..len).ok_or_else(bad)?;
        self.0 = rest.get(len..).ok_or_else(bad)?;
        Ok(Tlv { tag, value })
    }

    /// The next element, which must have `tag`.
    ///
    /// # Errors
    /// As [`Der::element`], and for another tag.
    pub fn expect(&mut self, tag: u8) -> Result<&'a [u8], Fault> {
        let t = self.element()?;
        if t.tag != tag {
            return Err(malformed(lines::x509_der_structure()));
        }
        Ok(t.value)
    }

    /// True when nothing is left.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Reads a DER `SubjectPublicKeyInfo` (RFC 5280 §4.1.2.7; RFC 5480, 8017, 8410).
///
/// # Errors
/// [`Code::KeyInvalid`] for bad DER, [`Code::KeyTypeUnsupported`] for another algorithm or curve,
/// [`Code::RsaKeyTooSmall`].
pub fn spki(der: &[u8]) -> Result<PublicKey, Fault> {
    let mut outer = Der(der);
    let mut seq = Der(outer.expect(0x30)?);
    if !outer.is_empty() {
        return Err(malformed(lines::x509_der_public_key()));
    }
    let mut alg = Der(seq.expect(0x30)?);
    let oid = alg.expect(0x06)?;
    let bits = seq.expect(0x03)?;
    let key = match bits.split_first() {
        Some((0, key)) => key,
        _ => return Err(malformed(lines::x509_der_bit_string())),
    };
    let unsupported = |what| lines::fault(Code::KeyTypeUnsupported, what);
    match oid {
        OID_EC_PUBLIC_KEY => match alg.expect(0x06)? {
            OID_P256 => PublicKey::ec(KeyType::P256, key),
            OID_P384 => PublicKey::ec(KeyType::P384, key),
            _ => Err(unsupported(lines::x509_key_other_curve())),
        },
        OID_RSA => {
            let mut rsa = Der(key);
            let mut parts = Der(rsa.expect(0x30)?);
            let n = parts.expect(0x02)?;
            let e = parts.expect(0x02)?;
            PublicKey::rsa(n, e)
        }
        OID_ED25519 => <[u8; 32]>::try_from(key)
            .map(PublicKey::Ed25519)
            .map_err(|_| malformed(lines::x509_der_ed25519_key())),
        _ => Err(unsupported(lines::x509_key_other_algorithm())),
    }
}

/// What the report shows of a certificate.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Certificate {
    /// The subject: common name, organisation and country as written (`CN=…, O=…, C=…`).
    pub subject: String,
    /// The issuer, in the same form.
    pub issuer: String,
    /// `notBefore`, as written (UTCTime or GeneralizedTime).
    pub not_before: String,
    /// `notAfter`, as written.
    pub not_after: String,
    /// The DER of the subject public key info.
    pub spki: Vec<u8>,
}

/// The fields of a certificate's TBSCertificate, in order, as slices of its DER; `rest` is what
/// follows the subject public key info (issuerUniqueID, subjectUniqueID, `[3]` extensions).
#[derive(Clone, Copy, Debug)]
pub struct Tbs<'a> {
    /// The serial number's content octets.
    pub serial: &'a [u8],
    /// The issuer Name's contents.
    pub issuer: &'a [u8],
    /// `notBefore` and `notAfter` (UTCTime or GeneralizedTime).
    pub validity: (Tlv<'a>, Tlv<'a>),
    /// The subject Name's contents.
    pub subject: &'a [u8],
    /// The whole subjectPublicKeyInfo DER, header included.
    pub spki: &'a [u8],
    /// The fields after the subjectPublicKeyInfo.
    pub rest: Der<'a>,
}

/// Walks a DER certificate's TBSCertificate (within [`MAX_CERTIFICATE_BYTES`]); the one reader of
/// certificates, for the `x5c` summary and the seal's facts.
///
/// # Errors
/// [`Code::KeyInvalid`] for a certificate that is not DER or over the limit.
pub fn tbs(der: &[u8]) -> Result<Tbs<'_>, Fault> {
    if der.len() > MAX_CERTIFICATE_BYTES {
        return Err(lines::fault(
            Code::KeyInvalid,
            lines::x509_too_large(MAX_CERTIFICATE_BYTES),
        ));
    }
    let mut outer = Der(der);
    let mut cert = Der(outer.expect(0x30)?);
    let mut tbs = Der(cert.expect(0x30)?);
    let mut t = tbs.element()?;
    if t.tag == 0xa0 {
        t = tbs.element()?; // version
    }
    if t.tag != 0x02 {
        return Err(malformed(lines::x509_der_serial()));
    }
    tbs.expect(0x30)?; // signature algorithm
    let issuer = tbs.expect(0x30)?;
    let mut validity = Der(tbs.expect(0x30)?);
    let validity = (validity.element()?, validity.element()?);
    let subject = tbs.expect(0x30)?;
    let spki_start = tbs.0;
    tbs.expect(0x30)?;
    let spki = spki_start
        .get(..spki_start.len() - tbs.0.len())
        .unwrap_or_default();
    Ok(Tbs {
        serial: t.value,
        issuer,
        validity,
        subject,
        spki,
        rest: tbs,
    })
}

/// Reads the parts of a DER certificate the report names.
///
/// # Errors
/// [`Code::KeyInvalid`] for a certificate that is not DER or over [`MAX_CERTIFICATE_BYTES`].
pub fn certificate(der: &[u8]) -> Result<Certificate, Fault> {
    let t = tbs(der)?;
    let (nb, na) = t.validity;
    let text = |v: &[u8]| {
        std::str::from_utf8(v)
            .unwrap_or("?")
            .chars()
            .take(32)
            .collect()
    };
    Ok(Certificate {
        subject: name(t.subject),
        issuer: name(t.issuer),
        not_before: text(nb.value),
        not_after: text(na.value),
        spki: t.spki.to_vec(),
    })
}

/// The attributes of an X.501 Name in order: (OID, value) of each AttributeTypeAndValue of each
/// RDN; a malformed one is skipped.
pub fn attributes(der: &[u8]) -> Vec<(&[u8], Tlv<'_>)> {
    let mut out = Vec::new();
    let mut rdns = Der(der);
    while let Ok(set) = rdns.expect(0x31) {
        let mut atvs = Der(set);
        while let Ok(atv) = atvs.expect(0x30) {
            let mut a = Der(atv);
            if let (Ok(oid), Ok(value)) = (a.expect(0x06), a.element()) {
                out.push((oid, value));
            }
        }
    }
    out
}

/// `CN=…, O=…, C=…` from an X.501 Name (other attributes are left out).
fn name(der: &[u8]) -> String {
    let mut parts = Vec::new();
    for (oid, value) in attributes(der) {
        let label = match oid {
            OID_CN => "CN",
            OID_O => "O",
            OID_C => "C",
            _ => continue,
        };
        let v: String = String::from_utf8_lossy(value.value)
            .chars()
            .take(128)
            .collect();
        parts.push(format!("{label}={v}"));
    }
    parts.join(", ")
}

/// Reads a PEM block of `label` (`PUBLIC KEY`, `CERTIFICATE` …) into DER.
///
/// # Errors
/// [`Code::KeyInvalid`] when there is no such block or its base64 is bad.
pub fn pem(text: &str, label: &str) -> Result<Vec<u8>, Fault> {
    let begin = format!("-----BEGIN {label}-----");
    let end = format!("-----END {label}-----");
    let body = text
        .split_once(&begin)
        .and_then(|(_, rest)| rest.split_once(&end))
        .map(|(body, _)| body)
        .ok_or_else(|| lines::fault(Code::KeyInvalid, lines::pem_block_missing(label)))?;
    let b64: String = body.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    crate::encoding::base64_decode(&b64)
        .map_err(|_| lines::fault(Code::KeyInvalid, lines::pem_not_base64(label)))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn der_reader_is_strict() {
        assert!(Der(&[0x30, 0x81, 0x05]).element().is_err()); // non-minimal long form
        assert!(Der(&[0x30, 0x80]).element().is_err()); // indefinite
        assert!(Der(&[0x30, 0x03, 0x01]).element().is_err()); // truncated
        let mut d = Der(&[0x02, 0x01, 0x05, 0x05, 0x00]);
        assert_eq!(d.expect(0x02).unwrap(), &[5]);
        assert_eq!(d.element().unwrap().tag, 0x05);
        assert!(d.is_empty());
    }

    #[test]
    fn ed25519_spki_from_rfc8410() {
        // RFC 8410 §10.1
        let der = pem(
            "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----",
            "PUBLIC KEY",
        )
        .unwrap();
        assert_eq!(spki(&der).unwrap().key_type(), KeyType::Ed25519);
        assert_eq!(
            spki(&der[..der.len() - 1]).unwrap_err().code,
            Code::KeyInvalid
        );
    }
}
