//! The enveloped XML signature (XMLDSig, profiled by XAdES) of an EU trusted list, verified
//! offline: every `Reference` digest over its exclusive-canonical form (the whole list without the
//! signature, `URI=""` with the enveloped-signature transform; the XAdES `SignedProperties` by
//! `Id`), then the `SignatureValue` over the canonical `SignedInfo` with the key of the signer's
//! certificate (`KeyInfo/X509Data/X509Certificate`). Whether that certificate may sign the list is
//! the caller's question ([`super::eidas`]: the pinned LOTL signers, or the certificates the LOTL
//! names for a national list).

use rsa::pkcs1v15;
use rsa::signature::Verifier as _;
use sha2::{Digest, Sha256, Sha384, Sha512};

use crate::codes::Fault;
use crate::crypto::PublicKey;

use super::unreadable;
use super::xmltree::{c14n, C14n, Element};

const EXC_C14N: &str = "http://www.w3.org/2001/10/xml-exc-c14n#";
const C14N_10: &str = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";
const C14N_11: &str = "http://www.w3.org/2006/12/xml-c14n11";

/// The canonical form an algorithm URI names (only the forms without comments).
fn form(uri: &str) -> Option<C14n> {
    match uri {
        EXC_C14N => Some(C14n::Exclusive),
        C14N_10 | C14N_11 => Some(C14n::Inclusive),
        _ => None,
    }
}
const ENVELOPED: &str = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";

/// A verified signature: who signed (the certificate, DER) and the digest algorithm used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signed {
    /// The signer's certificate.
    pub certificate: Vec<u8>,
    /// The `SignatureMethod` URI.
    pub method: String,
}

fn refused(why: impl Into<String>) -> Fault {
    unreadable(format!("the XML signature does not verify: {}", why.into()))
}

/// Verifies the enveloped signature of the document whose root is `root`. The signer is the
/// first certificate whose key verifies the signature value: those `KeyInfo` carries, then `known`
/// (the certificates the caller expects: a list need not carry its signer's certificate).
///
/// # Errors
/// No signature, an algorithm or transform not understood (refused, never skipped), a digest
/// that does not match, or a signature value that does not verify.
pub fn verify(root: &Element, known: &[Vec<u8>]) -> Result<Signed, Fault> {
    let sig = root
        .child("Signature")
        .ok_or_else(|| refused("the list has no enveloped Signature"))?;
    let info = sig
        .child("SignedInfo")
        .ok_or_else(|| refused("no SignedInfo"))?;
    let canonical = algorithm(info.child("CanonicalizationMethod"));
    let info_form = form(canonical)
        .ok_or_else(|| refused(format!("canonicalization {canonical} is not supported")))?;
    let mut references = 0;
    for r in info.all("Reference") {
        reference(root, sig, r)?;
        references += 1;
    }
    if references == 0 {
        return Err(refused("SignedInfo has no Reference"));
    }
    let value = base64(
        &sig.child("SignatureValue")
            .ok_or_else(|| refused("no SignatureValue"))?
            .text(),
    )?;
    let method = algorithm(info.child("SignatureMethod")).to_owned();
    let signed_info = c14n(root, info, None, info_form)?;
    // KeyInfo may hold the signer's chain: the signer is the certificate whose key verifies.
    let mut certificates = Vec::new();
    for c in sig
        .path(&["KeyInfo"])
        .into_iter()
        .flat_map(|k| k.all("X509Data"))
        .flat_map(|d| d.all("X509Certificate"))
    {
        certificates.push(base64(&c.text())?);
    }
    certificates.extend(known.iter().cloned());
    let mut last = refused("no signer certificate in KeyInfo, and none expected");
    for certificate in certificates {
        let key = crate::keys::x509::tbs(&certificate)
            .and_then(|t| crate::keys::x509::spki(t.spki))
            .map_err(|f| refused(format!("the signer certificate: {}", f.detail)))?;
        match check(&method, &key, signed_info.as_bytes(), &value) {
            Ok(()) => {
                return Ok(Signed {
                    certificate,
                    method,
                })
            }
            Err(f) => last = f,
        }
    }
    Err(last)
}

/// One `Reference`: its transforms, and its digest over the canonical bytes it names.
fn reference(root: &Element, sig: &Element, r: &Element) -> Result<(), Fault> {
    let uri = r.attribute("URI").unwrap_or("");
    let mut enveloped = false;
    // Without a canonicalization transform, XMLDSig canonicalizes a node set with C14N 1.0.
    let mut canonical = C14n::Inclusive;
    for t in r.path(&["Transforms"]).into_iter().flat_map(|t| t.all("Transform")) {
        let uri = t.attribute("Algorithm").unwrap_or("");
        match (uri, form(uri)) {
            (ENVELOPED, _) => enveloped = true,
            (_, Some(f)) if t.elements().next().is_none() => canonical = f,
            (_, Some(_)) => {
                return Err(refused("InclusiveNamespaces prefix lists are not supported"))
            }
            (other, None) => return Err(refused(format!("transform {other} is not supported"))),
        }
    }
    let target = match uri.strip_prefix('#') {
        None if uri.is_empty() => root,
        None => return Err(refused(format!("reference {uri} is outside the document"))),
        Some(id) => root
            .find(&|e: &Element| e.attribute("Id") == Some(id))
            .ok_or_else(|| refused(format!("nothing has Id {id}")))?,
    };
    let bytes = c14n(root, target, enveloped.then_some(sig), canonical)?;
    let method = r
        .child("DigestMethod")
        .and_then(|m| m.attribute("Algorithm"))
        .unwrap_or("");
    let digest = match method.rsplit_once('#').map(|(_, a)| a) {
        Some("sha256") => Sha256::digest(bytes.as_bytes()).to_vec(),
        Some("sha384") => Sha384::digest(bytes.as_bytes()).to_vec(),
        Some("sha512") => Sha512::digest(bytes.as_bytes()).to_vec(),
        _ => return Err(refused(format!("digest {method} is not supported"))),
    };
    let stated = base64(&r.child("DigestValue").map(Element::text).unwrap_or_default())?;
    if digest != stated {
        let what = if uri.is_empty() { "the list" } else { uri };
        return Err(refused(format!(
            "the digest of {what} does not match: the content changed after signing"
        )));
    }
    Ok(())
}

/// The signature value over `message` with `key` for the XMLDSig `method`.
fn check(method: &str, key: &PublicKey, message: &[u8], value: &[u8]) -> Result<(), Fault> {
    let name = method.rsplit_once('#').map_or(method, |(_, a)| a);
    let bad = || refused("the signature value does not verify with the signer's key");
    match (name, key) {
        (
            "rsa-sha256" | "rsa-sha384" | "rsa-sha512" | "sha256-rsa-MGF1" | "sha384-rsa-MGF1"
            | "sha512-rsa-MGF1",
            PublicKey::Rsa { n, e },
        ) => {
            use rsa::pss;
            let key = rsa::RsaPublicKey::new(
                rsa::BigUint::from_bytes_be(n),
                rsa::BigUint::from_bytes_be(e),
            )
            .map_err(|_| refused("the signer's RSA key is not usable"))?;
            let ok = if name.ends_with("MGF1") {
                let sig = pss::Signature::try_from(value).map_err(|_| bad())?;
                match name {
                    "sha256-rsa-MGF1" => pss::VerifyingKey::<Sha256>::new(key).verify(message, &sig),
                    "sha384-rsa-MGF1" => pss::VerifyingKey::<Sha384>::new(key).verify(message, &sig),
                    _ => pss::VerifyingKey::<Sha512>::new(key).verify(message, &sig),
                }
            } else {
                let sig = pkcs1v15::Signature::try_from(value).map_err(|_| bad())?;
                match name {
                    "rsa-sha256" => pkcs1v15::VerifyingKey::<Sha256>::new(key).verify(message, &sig),
                    "rsa-sha384" => pkcs1v15::VerifyingKey::<Sha384>::new(key).verify(message, &sig),
                    _ => pkcs1v15::VerifyingKey::<Sha512>::new(key).verify(message, &sig),
                }
            };
            ok.map_err(|_| bad())
        }
        ("ecdsa-sha256", PublicKey::P256(sec1)) => {
            let k = p256::ecdsa::VerifyingKey::from_sec1_bytes(sec1).map_err(|_| bad())?;
            let s = p256::ecdsa::Signature::from_slice(value).map_err(|_| bad())?;
            k.verify(message, &s).map_err(|_| bad())
        }
        ("ecdsa-sha384", PublicKey::P384(sec1)) => {
            let k = p384::ecdsa::VerifyingKey::from_sec1_bytes(sec1).map_err(|_| bad())?;
            let s = p384::ecdsa::Signature::from_slice(value).map_err(|_| bad())?;
            k.verify(message, &s).map_err(|_| bad())
        }
        _ => Err(refused(format!(
            "signature method {method} with a {} key is not supported",
            key.key_type().as_str()
        ))),
    }
}

/// The `Algorithm` of a method element, `""` without one.
fn algorithm(e: Option<&Element>) -> &str {
    e.and_then(|e| e.attribute("Algorithm")).unwrap_or("")
}

/// Standard base64 with the line breaks and spaces XML puts in it.
pub fn base64(text: &str) -> Result<Vec<u8>, Fault> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '+' => '-',
            '/' => '_',
            c => c,
        })
        .collect();
    crate::encoding::base64url_decode(compact.trim_end_matches('='))
        .map_err(|_| unreadable("a base64 value in the XML is not base64"))
}
