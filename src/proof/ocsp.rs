//! OCSP responses (RFC 6960) as a JAdES seal embeds them (`rVals.ocspVals` in `etsiU`, ETSI TS
//! 119 182-1 §5.3.5): what the certificate authority's responder said about the seal certificate
//! when the seal was made. Verified offline: the response must be `successful`, name the seal
//! certificate's serial, and be signed by the certificate's issuing CA or by a responder
//! certificate that CA issued (RFC 6960 §4.2.2.2), through the crypto provider. Full module only.

use crate::codes::{Code, Fault};
use crate::crypto::{Provider, SignatureCheck};
use crate::keys::x509::{self, Der};
use crate::keys::x509_ext;
use crate::lines::{self, Facts};
use crate::time::Timestamp;

/// The largest response read (a response with its responder's certificate is a few KB).
pub const MAX_RESPONSE_BYTES: usize = 64 << 10;
/// The most single responses and certificates of one response looked at.
pub const MAX_RESPONSE_ITEMS: usize = 16;

const OID_BASIC: &[u8] = &[0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x30, 0x01, 0x01];

/// What a responder said of a certificate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CertStatus {
    /// Not revoked when the response was made.
    Good,
    /// Revoked at the time given.
    Revoked(Timestamp),
    /// The responder does not know the certificate.
    Unknown,
}

/// A verified response about one certificate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// The certificate's status.
    pub status: CertStatus,
    /// When the responder produced the response.
    pub produced_at: Timestamp,
    /// The responder, as its certificate names it.
    pub responder: String,
}

fn bad(facts: Facts) -> Fault {
    lines::fault(Code::KeyInvalid, facts)
}

/// Reads and verifies the DER OCSPResponse `der` about the certificate with serial `serial`
/// issued by `ca` (DER).
///
/// # Errors
/// A response that is malformed, not successful, about another certificate, or whose signature
/// does not verify with the CA's key or that of a responder the CA issued; the provider's fault
/// (`signature_not_checked` while the platform is asked).
pub fn check(der: &[u8], serial: &[u8], ca: &[u8], crypto: &dyn Provider) -> Result<Answer, Fault> {
    if der.len() > MAX_RESPONSE_BYTES {
        return Err(bad(lines::ocsp_response_too_large(MAX_RESPONSE_BYTES)));
    }
    let malformed = |_| bad(lines::ocsp_response_malformed());
    let mut resp = Der(Der(der).expect(0x30).map_err(malformed)?);
    if resp.expect(0x0a).map_err(malformed)? != [0] {
        return Err(bad(lines::ocsp_response_not_successful()));
    }
    let mut bytes = Der(Der(resp.expect(0xa0).map_err(malformed)?).expect(0x30).map_err(malformed)?);
    if bytes.expect(0x06).map_err(malformed)? != OID_BASIC {
        return Err(bad(lines::ocsp_response_not_basic()));
    }
    let basic = bytes.expect(0x04).map_err(malformed)?;
    let mut b = Der(Der(basic).expect(0x30).map_err(malformed)?);
    let tbs_start = b.0;
    let data = b.expect(0x30).map_err(malformed)?;
    let tbs = tbs_start.get(..tbs_start.len() - b.0.len()).unwrap_or_default().to_vec();
    let sig_alg = Der(b.expect(0x30).map_err(malformed)?).expect(0x06).map_err(malformed)?;
    let bits = b.expect(0x03).map_err(malformed)?;
    let signature = match bits.split_first() {
        Some((0, s)) => s,
        _ => return Err(bad(lines::ocsp_response_signature_malformed())),
    };
    let mut certs = Vec::new();
    if !b.is_empty() {
        let mut list = Der(Der(b.expect(0xa0).map_err(malformed)?).expect(0x30).map_err(malformed)?);
        while !list.is_empty() && certs.len() < MAX_RESPONSE_ITEMS {
            let start = list.0;
            list.element().map_err(malformed)?;
            certs.push(start.get(..start.len() - list.0.len()).unwrap_or_default().to_vec());
        }
    }
    let (status, produced_at) = single(data, serial)?;
    let (algorithm, signature) = x509_ext::signature_of(sig_alg, signature)?;
    let responder = signer(&tbs, algorithm, &signature, ca, &certs, crypto)?;
    Ok(Answer {
        status,
        produced_at,
        responder,
    })
}

/// The status of the certificate with `serial` in ResponseData, and `producedAt`.
fn single(data: &[u8], serial: &[u8]) -> Result<(CertStatus, Timestamp), Fault> {
    let malformed = |_| bad(lines::ocsp_response_data_malformed());
    let mut d = Der(data);
    let mut next = d.element().map_err(malformed)?;
    if next.tag == 0xa0 {
        next = d.element().map_err(malformed)?; // version
    }
    if next.tag != 0xa1 && next.tag != 0xa2 {
        return Err(bad(lines::ocsp_response_no_responder()));
    }
    let produced = d.element().map_err(malformed)?;
    let produced_at = x509_ext::generalized_time(produced).map_err(|_| bad(lines::ocsp_response_produced_at_unreadable()))?;
    let mut responses = Der(d.expect(0x30).map_err(malformed)?);
    for _ in 0..MAX_RESPONSE_ITEMS {
        if responses.is_empty() {
            break;
        }
        let mut one = Der(responses.expect(0x30).map_err(malformed)?);
        let mut id = Der(one.expect(0x30).map_err(malformed)?);
        id.expect(0x30).map_err(malformed)?; // hashAlgorithm
        id.expect(0x04).map_err(malformed)?; // issuerNameHash
        id.expect(0x04).map_err(malformed)?; // issuerKeyHash
        if id.expect(0x02).map_err(malformed)? != serial {
            continue;
        }
        let status = one.element().map_err(malformed)?;
        return Ok((
            match status.tag {
                0x80 => CertStatus::Good,
                0xa1 => {
                    let t = Der(status.value).element().map_err(malformed)?;
                    CertStatus::Revoked(
                        x509_ext::generalized_time(t).map_err(|_| bad(lines::ocsp_response_revocation_time_unreadable()))?,
                    )
                }
                _ => CertStatus::Unknown,
            },
            produced_at,
        ));
    }
    Err(bad(lines::ocsp_response_other_certificate()))
}

/// Who signed the response: the CA itself, or a responder certificate among `certs` that the CA
/// issued and whose key made the signature. Returns the signer's name.
fn signer(
    tbs: &[u8],
    algorithm: crate::crypto::Algorithm,
    signature: &[u8],
    ca: &[u8],
    certs: &[Vec<u8>],
    crypto: &dyn Provider,
) -> Result<String, Fault> {
    let mut last = bad(lines::ocsp_response_signer_unknown());
    for cert in std::iter::once(ca).chain(certs.iter().map(Vec::as_slice)) {
        let Ok(key) = x509::tbs(cert).and_then(|t| x509::spki(t.spki)) else {
            continue;
        };
        // A key of another type or size cannot have made this signature.
        let Ok(check) = SignatureCheck::new(algorithm, key, tbs.to_vec(), signature.to_vec()) else {
            continue;
        };
        // Both asked at once (a delegated responder's certificate must be issued by the CA), so
        // that the platform answers them in the same pass.
        let signed = crypto.verify(&check);
        let delegated = if cert == ca { Ok(()) } else { x509_ext::issued_by(cert, ca, crypto) };
        match (signed, delegated) {
            (Ok(()), Ok(())) => return Ok(name(cert)),
            (Err(f), _) | (_, Err(f))
                if f.code == Code::SignatureNotChecked || f.code == Code::ModuleNeeded =>
            {
                last = f;
            }
            (Ok(()), Err(f)) => last = f,
            (Err(_), _) => {}
        }
    }
    Err(last)
}

fn name(cert: &[u8]) -> String {
    x509::certificate(cert).map(|c| c.subject).unwrap_or_default()
}
