//! RFC 3161 time-stamp tokens as a JAdES seal carries them: the signature timestamp `sigTst` in the
//! unsigned header `etsiU` (ETSI TS 119 182-1 §5.3.4), a CMS `SignedData` (RFC 5652) whose content
//! is a `TSTInfo`. Verified offline: the token's message imprint is the hash of what it stamps (for
//! `sigTst`: the JWS signature value as written, base64url), the `messageDigest` signed attribute is
//! the hash of the `TSTInfo`, and the time-stamping authority's signature over the signed attributes
//! verifies with the key of the certificate the token names — through the crypto provider, so
//! WebCrypto in the browser. Whether that authority is a *qualified* time-stamping service is the
//! trust stage's question ([`crate::trust::seal`]). Full module only.

use sha2::{Digest, Sha256, Sha384, Sha512};

use crate::codes::{Code, Fault};
use crate::crypto::{Algorithm, Provider, SignatureCheck};
use crate::keys::x509::{self, Der, Tlv};
use crate::keys::x509_ext;
use crate::lines::{self, Facts};
use crate::time::Timestamp;

/// The largest token read (a token with its TSA's chain is a few KB).
pub const MAX_TOKEN_BYTES: usize = 64 << 10;
/// The most certificates a token may carry that are looked at.
pub const MAX_TOKEN_CERTIFICATES: usize = 8;

const OID_SIGNED_DATA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];
const OID_TST_INFO: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x09, 0x10, 0x01, 0x04];
const OID_MESSAGE_DIGEST: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x09, 0x04];
const OID_SHA256: &[u8] = &[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01];
const OID_SHA384: &[u8] = &[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x02];
const OID_SHA512: &[u8] = &[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x03];
/// `rsaEncryption`, `sha256WithRSAEncryption`, `ecdsa-with-SHA256`, `ecdsa-with-SHA384`.
const OID_RSA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
const OID_RSA_SHA256: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b];
const OID_ECDSA_SHA256: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02];
const OID_ECDSA_SHA384: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x03];

/// A verified token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamped {
    /// `genTime`: when the authority says it saw the stamped data.
    pub gen_time: Timestamp,
    /// The authority's certificate (DER).
    pub tsa: Vec<u8>,
    /// Every certificate the token carries (for the authority's chain).
    pub certificates: Vec<Vec<u8>>,
}

impl Stamped {
    /// The authority as its certificate names it (`CN=…, O=…, C=…`).
    pub fn tsa_name(&self) -> String {
        x509::certificate(&self.tsa)
            .map(|c| c.subject)
            .unwrap_or_default()
    }
}

fn bad(facts: Facts) -> Fault {
    lines::fault(Code::SignatureInvalid, facts)
}

fn digest(oid: &[u8], data: &[u8]) -> Option<Vec<u8>> {
    Some(match oid {
        OID_SHA256 => Sha256::digest(data).to_vec(),
        OID_SHA384 => Sha384::digest(data).to_vec(),
        OID_SHA512 => Sha512::digest(data).to_vec(),
        _ => return None,
    })
}

/// The first OID of an AlgorithmIdentifier.
fn algorithm(seq: &[u8]) -> Result<&[u8], Fault> {
    Der(seq).expect(0x06)
}

/// Verifies the DER `token` as a stamp over `stamped` (the bytes whose hash is its imprint).
///
/// # Errors
/// [`Code::SignatureInvalid`] for a token that is malformed, stamps other data or whose signature
/// does not verify; the provider's fault (`signature_not_checked` while the platform is asked).
pub fn verify(token: &[u8], stamped: &[u8], crypto: &dyn Provider) -> Result<Stamped, Fault> {
    if token.len() > MAX_TOKEN_BYTES {
        return Err(bad(lines::timestamp_token_too_large(MAX_TOKEN_BYTES)));
    }
    let malformed = |_| bad(lines::timestamp_token_not_cms());
    let mut info = Der(Der(token).expect(0x30).map_err(malformed)?);
    if info.expect(0x06).map_err(malformed)? != OID_SIGNED_DATA {
        return Err(bad(lines::timestamp_token_not_cms()));
    }
    let mut signed = Der(Der(info.expect(0xa0).map_err(malformed)?)
        .expect(0x30)
        .map_err(malformed)?);
    signed.expect(0x02).map_err(malformed)?; // version
    signed.expect(0x31).map_err(malformed)?; // digestAlgorithms
    let mut content = Der(signed.expect(0x30).map_err(malformed)?);
    if content.expect(0x06).map_err(malformed)? != OID_TST_INFO {
        return Err(bad(lines::timestamp_token_no_tst_info()));
    }
    let tst_info = Der(content.expect(0xa0).map_err(malformed)?)
        .expect(0x04)
        .map_err(malformed)?;
    let gen_time = imprint(tst_info, stamped)?;
    let mut next = signed.element().map_err(malformed)?;
    let mut certificates = Vec::new();
    if next.tag == 0xa0 {
        let mut set = Der(next.value);
        while !set.is_empty() && certificates.len() < MAX_TOKEN_CERTIFICATES {
            let start = set.0;
            set.element().map_err(malformed)?;
            certificates.push(start.get(..start.len() - set.0.len()).unwrap_or_default().to_vec());
        }
        next = signed.element().map_err(malformed)?;
    }
    if next.tag == 0xa1 {
        next = signed.element().map_err(malformed)?; // CRLs: not read here
    }
    if next.tag != 0x31 {
        return Err(bad(lines::timestamp_token_no_signer()));
    }
    let signer = Der(next.value).expect(0x30).map_err(malformed)?;
    let tsa = signer_info(signer, tst_info, &certificates, crypto)?;
    Ok(Stamped {
        gen_time,
        tsa,
        certificates,
    })
}

/// Checks the TSTInfo's message imprint against `stamped` and returns its `genTime`.
fn imprint(tst_info: &[u8], stamped: &[u8]) -> Result<Timestamp, Fault> {
    let malformed = |_| bad(lines::timestamp_token_tst_info_malformed());
    let mut t = Der(Der(tst_info).expect(0x30).map_err(malformed)?);
    t.expect(0x02).map_err(malformed)?; // version
    t.expect(0x06).map_err(malformed)?; // policy
    let mut mi = Der(t.expect(0x30).map_err(malformed)?);
    let alg = algorithm(mi.expect(0x30).map_err(malformed)?)?;
    let hashed = mi.expect(0x04).map_err(malformed)?;
    let ours = digest(alg, stamped).ok_or_else(|| bad(lines::timestamp_token_hash_unknown()))?;
    if ours != hashed {
        return Err(bad(lines::timestamp_token_other_data()));
    }
    t.expect(0x02).map_err(malformed)?; // serialNumber
    let time = t.element().map_err(malformed)?;
    if time.tag != 0x18 {
        return Err(bad(lines::timestamp_token_no_gen_time()));
    }
    x509_ext::generalized_time(time).map_err(|_| bad(lines::timestamp_token_gen_time_unreadable()))
}

/// The SignerInfo: the `messageDigest` of the TSTInfo, and the authority's signature over the
/// signed attributes (re-tagged as a SET, RFC 5652 §5.4) by one of `certificates`.
fn signer_info(
    der: &[u8],
    tst_info: &[u8],
    certificates: &[Vec<u8>],
    crypto: &dyn Provider,
) -> Result<Vec<u8>, Fault> {
    let malformed = |_| bad(lines::timestamp_token_signer_info_malformed());
    let mut si = Der(der);
    si.expect(0x02).map_err(malformed)?; // version
    let sid = si.element().map_err(malformed)?;
    let digest_alg = algorithm(si.expect(0x30).map_err(malformed)?)?;
    let attrs_start = si.0;
    let attrs = si.expect(0xa0).map_err(|_| bad(lines::timestamp_token_no_signed_attributes()))?;
    let mut attrs_der = attrs_start
        .get(..attrs_start.len() - si.0.len())
        .unwrap_or_default()
        .to_vec();
    if let Some(tag) = attrs_der.first_mut() {
        *tag = 0x31;
    }
    let sig_alg = algorithm(si.expect(0x30).map_err(malformed)?)?;
    let signature = si.expect(0x04).map_err(malformed)?;
    let wanted = digest(digest_alg, tst_info).ok_or_else(|| bad(lines::timestamp_token_hash_unknown()))?;
    if message_digest(attrs)? != wanted {
        return Err(bad(lines::timestamp_token_other_tst_info()));
    }
    let (alg, sig) = match (sig_alg, digest_alg) {
        (OID_RSA | OID_RSA_SHA256, OID_SHA256) => (Algorithm::Rs256, signature.to_vec()),
        (OID_ECDSA_SHA256, _) => (Algorithm::Es256, x509_ext::ecdsa_raw(signature, 32)?),
        (OID_ECDSA_SHA384, _) => (Algorithm::Es384, x509_ext::ecdsa_raw(signature, 48)?),
        _ => {
            return Err(lines::fault(
                Code::KeyTypeUnsupported,
                lines::timestamp_algorithm_unsupported(),
            ))
        }
    };
    let serial = issuer_serial(sid);
    let mut last = bad(lines::timestamp_token_signer_missing());
    for cert in certificates {
        let Ok(t) = x509::tbs(cert) else { continue };
        if serial.is_some_and(|s| s != t.serial) {
            continue;
        }
        let key = x509::spki(t.spki)?;
        let check = SignatureCheck::new(alg, key, attrs_der.clone(), sig.clone())?;
        match crypto.verify(&check) {
            Ok(()) => return Ok(cert.clone()),
            Err(f) => last = f,
        }
    }
    Err(last)
}

/// The serial of an `IssuerAndSerialNumber` sid (`None` for a `subjectKeyIdentifier`).
fn issuer_serial(sid: Tlv<'_>) -> Option<&[u8]> {
    if sid.tag != 0x30 {
        return None;
    }
    let mut s = Der(sid.value);
    s.expect(0x30).ok()?;
    s.expect(0x02).ok()
}

/// The value of the `messageDigest` attribute among the signed attributes.
fn message_digest(attrs: &[u8]) -> Result<&[u8], Fault> {
    let mut set = Der(attrs);
    while !set.is_empty() {
        let mut attr = Der(set.expect(0x30).map_err(|_| bad(lines::timestamp_token_attributes_malformed()))?);
        let oid = attr.expect(0x06).map_err(|_| bad(lines::timestamp_token_attributes_malformed()))?;
        if oid == OID_MESSAGE_DIGEST {
            let mut values = Der(attr.expect(0x31).map_err(|_| bad(lines::timestamp_token_attributes_malformed()))?);
            return values.expect(0x04).map_err(|_| bad(lines::timestamp_token_message_digest_malformed()));
        }
    }
    Err(bad(lines::timestamp_token_no_message_digest()))
}
