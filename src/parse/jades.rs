//! The JAdES envelope of a Europass Digital Credential (ETSI TS 119 182-1, the JWS JSON
//! serialisation of RFC 7515 §7.2: general `{payload, signatures: […]}` or flattened
//! `{payload, protected, header?, signature}`), read as it is written into a [`Jws`] whose signing
//! input is exactly what RFC 7797 §3 and TS 119 182-1 §5.1.10 sign: `ASCII(protected as written)
//! || '.' || payload as written` — under `b64: false` the payload's own characters (the JSON string
//! decoded, never re-serialised), otherwise its base64url form. [`crate::proof::jades`] verifies.
//! The payload, an ELM 3 JSON-LD credential, becomes the credential's document.

use serde_json::{Map, Value};

use super::{typed, Credential, Securing};
use crate::codes::{Code, Fault};
use crate::encoding::base64url_decode;
use crate::intake::Jws;
use crate::lines::{self, Facts};

/// True for a JWS JSON serialisation with an attached payload.
pub fn is_envelope(doc: &Map<String, Value>) -> bool {
    let text = |k: &str| doc.get(k).is_some_and(Value::is_string);
    text("payload")
        && (doc.get("signatures").is_some_and(Value::is_array)
            || (text("protected") && text("signature")))
}

fn malformed(facts: Facts) -> Fault {
    lines::fault(Code::JwsMalformed, facts)
}

/// Reads a JAdES envelope into a credential whose document is the payload, secured by a [`Jws`]
/// with the decoded protected header, the signing input as written and the signature (its
/// `payload` map stays empty: the document is the credential).
///
/// # Errors
/// [`Code::JwsMalformed`] for an envelope that is not a JWS, [`Code::ProofTypeUnsupported`] for
/// more than one signature, [`Code::NotACredential`] for a payload that is not a JSON object, and
/// the JSON limits of the payload.
pub fn read(mut doc: Map<String, Value>) -> Result<Credential, Fault> {
    let Some(Value::String(payload)) = doc.remove("payload") else {
        return Err(malformed(lines::jades_envelope_no_payload()));
    };
    let first = match doc.remove("signatures") {
        Some(Value::Array(mut list)) if list.len() == 1 => list.swap_remove(0),
        Some(Value::Array(list)) if list.len() > 1 => {
            return Err(lines::fault(
                Code::ProofTypeUnsupported,
                lines::jades_envelope_signatures(list.len()),
            ))
        }
        Some(_) => return Err(malformed(lines::jades_envelope_signatures_not_list())),
        None => Value::Object(doc),
    };
    let text = |k: &str| first.get(k).and_then(Value::as_str);
    let protected = text("protected").ok_or_else(|| malformed(lines::jades_envelope_no_protected()))?;
    let header = match base64url_decode(protected)
        .ok()
        .and_then(|b| crate::intake::json::parse(&b).ok())
    {
        Some(Value::Object(h)) => h,
        _ => return Err(malformed(lines::jades_envelope_header_not_json())),
    };
    let signature = text("signature")
        .and_then(|s| base64url_decode(s).ok())
        .ok_or_else(|| malformed(lines::jades_envelope_signature_not_base64url()))?;
    let decoded = if b64(&header) {
        base64url_decode(&payload).map_err(|_| malformed(lines::jades_envelope_payload_not_base64url()))?
    } else {
        payload.as_bytes().to_vec()
    };
    let Value::Object(credential) = crate::intake::json::parse(&decoded)? else {
        return Err(lines::fault(Code::NotACredential, lines::jades_payload_not_object()));
    };
    let mut signing_input = String::with_capacity(protected.len() + 1 + payload.len());
    signing_input.push_str(protected);
    signing_input.push('.');
    signing_input.push_str(&payload);
    #[cfg(feature = "ecdsa-rsa")]
    let unprotected = match first.get("header") {
        Some(Value::Object(h)) => h.clone(),
        _ => Map::new(),
    };
    let jws = Jws {
        #[cfg(feature = "ecdsa-rsa")]
        unprotected,
        header,
        payload: Map::new(),
        signing_input,
        signature,
    };
    let mut cred = typed(credential, Securing::Jades(Box::new(jws)));
    if cred.issuer_name.is_none() {
        cred.issuer_name = legal_name(cred.doc.get("issuer"));
    }
    Ok(cred)
}

/// Whether a compact JWS is a JAdES seal: its protected header has `sigT`, which every JAdES
/// baseline signature carries (TS 119 182-1 §5.2.1) and no VC-JWT does.
pub fn is_compact(header: &Map<String, Value>) -> bool {
    header.contains_key("sigT")
}

/// A compact JAdES seal (`header.payload.signature`, `b64` true): the payload is the credential,
/// the signing input the two first parts as written.
pub fn from_compact(mut jws: Jws) -> Credential {
    let credential = std::mem::take(&mut jws.payload);
    let mut cred = typed(credential, Securing::Jades(Box::new(jws)));
    if cred.issuer_name.is_none() {
        cred.issuer_name = legal_name(cred.doc.get("issuer"));
    }
    cred
}

/// The members of a seal's unsigned `etsiU` (TS 119 182-1 §5.3): each a JSON object, or the
/// base64url of one (both forms occur), decoded; at most `MAX_ETSI_U` of them.
#[cfg(feature = "ecdsa-rsa")]
pub fn etsi_u(jws: &Jws) -> Vec<Map<String, Value>> {
    crate::parse::as_list(jws.unprotected.get("etsiU"))
        .take(MAX_ETSI_U)
        .filter_map(|u| match u {
            Value::Object(m) => Some(m.clone()),
            Value::String(s) => match base64url_decode(s).ok().map(|b| crate::intake::json::parse(&b)) {
                Some(Ok(Value::Object(m))) => Some(m),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

/// The seal's certificates: `x5c` (leaf first), then the certificate values of `etsiU`.
#[cfg(feature = "ecdsa-rsa")]
pub fn certificates(jws: &Jws) -> Vec<Vec<u8>> {
    let base64 = |v: &Value| crate::encoding::base64_decode(v.as_str()?).ok();
    let mut out: Vec<Vec<u8>> = crate::parse::as_list(jws.header.get("x5c"))
        .take(MAX_CARRIED_CERTIFICATES)
        .filter_map(base64)
        .collect();
    for member in etsi_u(jws) {
        for x in crate::parse::as_list(member.get("xVals")).take(MAX_CARRIED_CERTIFICATES) {
            if let Some(der) = x.get("x509Cert").and_then(|c| c.get("val")).and_then(base64) {
                out.push(der);
            }
        }
    }
    out
}

/// The most certificates read from `x5c`, and from each `xVals` (the parse stage does not reach
/// into the key stage's limits: `keys::x509::MAX_CHAIN` is the same number).
pub const MAX_CARRIED_CERTIFICATES: usize = 8;

/// The most `etsiU` members read (a B-LTA seal has four or five).
pub const MAX_ETSI_U: usize = 32;

/// `b64` (RFC 7797 §3): false when the payload is not base64url-encoded.
pub fn b64(header: &Map<String, Value>) -> bool {
    header.get("b64") != Some(&Value::Bool(false))
}

/// ELM's `issuer.legalName` (a language map; English first), self-asserted like any name the
/// credential gives itself.
fn legal_name(issuer: Option<&Value>) -> Option<String> {
    let names = issuer?.get("legalName")?;
    let pick = names
        .as_str()
        .or_else(|| names.get("en").and_then(Value::as_str))
        .or_else(|| names.as_object()?.values().find_map(Value::as_str))
        .or_else(|| names.as_array()?.iter().find_map(|v| v.get("@value")?.as_str()))?;
    Some(pick.chars().take(200).collect())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]
    use super::*;
    use crate::encoding::base64url_encode;
    use serde_json::json;

    #[test]
    fn flattened_and_general_envelopes_keep_the_payload_text() {
        let payload = "{\"@context\":[\"https://www.w3.org/2018/credentials/v1\"],\r\n \"type\":[\"VerifiableCredential\"],\"issuer\":{\"id\":\"urn:x\",\"legalName\":{\"en\":\"Org\"}},\"credentialSubject\":{},\"issuanceDate\":\"2024-01-01T00:00:00Z\"}";
        let protected = base64url_encode(br#"{"alg":"RS256","b64":false,"crit":["b64"]}"#);
        let flat = json!({"payload": payload, "protected": protected, "signature": "AAAA"});
        assert!(is_envelope(flat.as_object().unwrap()));
        let cred = read(flat.as_object().unwrap().clone()).unwrap();
        let Securing::Jades(j) = &cred.securing else {
            panic!("not jades")
        };
        // b64 false: the payload's own characters, with its odd spacing, not base64url, not
        // re-serialised
        assert_eq!(j.signing_input, format!("{protected}.{payload}"));
        assert!(!b64(&j.header));
        assert_eq!(cred.issuer_name.as_deref(), Some("Org"));
        let general = json!({"payload": payload, "signatures": [{"protected": protected, "signature": "AAAA"}]});
        assert!(read(general.as_object().unwrap().clone()).is_ok());
        let two = json!({"payload": payload, "signatures": [{"protected": protected, "signature": "AAAA"}, {}]});
        assert_eq!(
            read(two.as_object().unwrap().clone()).unwrap_err().code,
            Code::ProofTypeUnsupported
        );
        let broken = json!({"payload": payload, "signatures": [{"protected": "!!", "signature": "AAAA"}]});
        assert_eq!(
            read(broken.as_object().unwrap().clone()).unwrap_err().code,
            Code::JwsMalformed
        );
    }
}
