//! The JAdES envelope of a Europass Digital Credential (ETSI TS 119 182-1, the JWS JSON
//! serialisation of RFC 7515 §7.2: general `{payload, signatures: […]}` or flattened
//! `{payload, protected, header?, signature}`), read as it is written: the protected header and
//! the payload are kept as the exact text the signature covers; [`crate::proof::jades`] verifies.
//! The payload, an ELM 3 JSON-LD credential, becomes the credential's document.

use serde_json::{Map, Value};

use super::{typed, Credential, Securing};
use crate::codes::{Code, Fault};
use crate::encoding::base64url_decode;

/// A JAdES-sealed document.
#[derive(Clone, Debug, PartialEq)]
pub struct Jades {
    /// The protected header as written in the file (base64url): the first part of the signing input.
    pub protected: String,
    /// The protected header, decoded.
    pub header: Map<String, Value>,
    /// The payload string exactly as the JSON string decodes (the signed bytes under `b64: false`,
    /// else their base64url form): never re-serialised.
    pub payload: String,
    /// The signature.
    pub signature: Vec<u8>,
    /// How many signatures the envelope holds (one is verified).
    pub signatures: usize,
}

impl Jades {
    /// `b64` (RFC 7797 §3): false when the payload is not base64url-encoded.
    pub fn b64(&self) -> bool {
        self.header.get("b64") != Some(&Value::Bool(false))
    }
}

/// True for a JWS JSON serialisation with an attached payload.
pub fn is_envelope(doc: &Map<String, Value>) -> bool {
    let text = |k: &str| doc.get(k).is_some_and(Value::is_string);
    text("payload")
        && (doc.get("signatures").is_some_and(Value::is_array)
            || (text("protected") && text("signature")))
}

fn malformed(why: &str) -> Fault {
    Fault::new(Code::JwsMalformed, format!("the JAdES envelope: {why}"))
}

/// Reads a JAdES envelope into a credential whose document is the payload.
///
/// # Errors
/// [`Code::JwsMalformed`] for an envelope that is not a JWS, [`Code::NotACredential`] for a
/// payload that is not a JSON object, and the JSON limits of the payload.
pub fn read(mut doc: Map<String, Value>) -> Result<Credential, Fault> {
    let Some(Value::String(payload)) = doc.remove("payload") else {
        return Err(malformed("no payload"));
    };
    let (first, count) = match doc.remove("signatures") {
        Some(Value::Array(mut list)) if !list.is_empty() => {
            let n = list.len();
            (list.swap_remove(0), n)
        }
        Some(_) => return Err(malformed("signatures is not a list of signatures")),
        None => (Value::Object(doc), 1),
    };
    let text = |k: &str| first.get(k).and_then(Value::as_str);
    let protected = text("protected").ok_or_else(|| malformed("no protected header"))?;
    let header = match base64url_decode(protected)
        .ok()
        .and_then(|b| crate::intake::json::parse(&b).ok())
    {
        Some(Value::Object(h)) => h,
        _ => return Err(malformed("the protected header is not base64url JSON")),
    };
    let signature = text("signature")
        .and_then(|s| base64url_decode(s).ok())
        .ok_or_else(|| malformed("the signature is not base64url"))?;
    let mut jades = Jades {
        protected: protected.to_owned(),
        header,
        payload,
        signature,
        signatures: count,
    };
    let decoded = if jades.b64() {
        base64url_decode(&jades.payload).map_err(|_| malformed("the payload is not base64url"))?
    } else {
        jades.payload.as_bytes().to_vec()
    };
    let Value::Object(credential) = crate::intake::json::parse(&decoded)? else {
        return Err(Fault::new(
            Code::NotACredential,
            "the sealed payload is not a JSON object",
        ));
    };
    jades.payload.shrink_to_fit();
    let mut cred = typed(credential, Securing::Jades(Box::new(jades)));
    if cred.issuer_name.is_none() {
        cred.issuer_name = legal_name(cred.doc.get("issuer"));
    }
    Ok(cred)
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
        let payload = "{\"@context\":[\"https://www.w3.org/2018/credentials/v1\"], \"type\":[\"VerifiableCredential\"],\"issuer\":{\"id\":\"urn:x\",\"legalName\":{\"en\":\"Org\"}},\"credentialSubject\":{},\"issuanceDate\":\"2024-01-01T00:00:00Z\"}";
        let protected = base64url_encode(br#"{"alg":"RS256","b64":false,"crit":["b64"]}"#);
        let flat = json!({"payload": payload, "protected": protected, "signature": "AAAA"});
        assert!(is_envelope(flat.as_object().unwrap()));
        let cred = read(flat.as_object().unwrap().clone()).unwrap();
        let Securing::Jades(j) = &cred.securing else {
            panic!("not jades")
        };
        assert_eq!(j.payload, payload); // the exact text, with its odd spacing
        assert!(!j.b64());
        assert_eq!(cred.issuer_name.as_deref(), Some("Org"));
        let general = json!({"payload": payload, "signatures": [{"protected": protected, "signature": "AAAA"}]});
        assert!(read(general.as_object().unwrap().clone()).is_ok());
        let broken = json!({"payload": payload, "signatures": [{"protected": "!!", "signature": "AAAA"}]});
        assert_eq!(
            read(broken.as_object().unwrap().clone()).unwrap_err().code,
            Code::JwsMalformed
        );
    }
}
