//! Compact JWS (RFC 7515 §7.1): `b64url(header) . b64url(payload) . b64url(signature)`.
//!
//! Only splitting and decoding happen here; which algorithms are acceptable is the proof stage's
//! decision, made from the verifier's policy and never from the token.

use serde_json::{Map, Value};

use crate::codes::{Code, Fault};
use crate::encoding::base64url_decode;
use crate::intake::json;
use crate::lines::{self, Facts};

/// A decoded compact JWS.
#[derive(Clone, Debug, PartialEq)]
pub struct Jws {
    /// The protected header.
    pub header: Map<String, Value>,
    /// The payload, a JSON object (the JWT claims set).
    pub payload: Map<String, Value>,
    /// The exact bytes that were signed: `ASCII(b64url(header) + "." + b64url(payload))`.
    pub signing_input: String,
    /// The signature bytes.
    pub signature: Vec<u8>,
    /// The unprotected header of a JWS JSON serialisation (a JAdES seal's `etsiU`: certificate
    /// and revocation values, timestamps); empty for a compact JWS. Never signed. Full module only.
    #[cfg(feature = "ecdsa-rsa")]
    pub unprotected: Map<String, Value>,
}

/// True when `text` has the shape of a compact JWS: three base64url segments separated by dots.
pub fn looks_like(text: &str) -> bool {
    text.bytes().filter(|&b| b == b'.').count() == 2
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
}

/// Decodes a compact JWS.
///
/// # Errors
/// [`Code::JwsMalformed`] for bad base64url or a header/payload that is not a JSON object; the
/// JSON limits of [`json::parse`] apply to both.
pub fn decode(text: &str) -> Result<Jws, Fault> {
    let mut parts = text.split('.');
    let (Some(h), Some(p), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(lines::fault(Code::JwsMalformed, lines::jws_not_three_parts()));
    };
    if p.is_empty() {
        // RFC 7515 Appendix F / RFC 7797: the payload travels apart (a detached JAdES seal).
        return Err(lines::fault(Code::ProofTypeUnsupported, lines::jws_detached()));
    }
    let bad = |facts: Facts| lines::fault(Code::JwsMalformed, facts);
    let header_bytes = base64url_decode(h).map_err(|_| bad(lines::jws_header_not_base64url()))?;
    let payload_bytes = base64url_decode(p).map_err(|_| bad(lines::jws_payload_not_base64url()))?;
    let signature = base64url_decode(s).map_err(|_| bad(lines::jws_signature_not_base64url()))?;
    let header = object(
        &header_bytes,
        lines::jws_header_not_object,
        lines::jws_header_not_json,
    )?;
    let payload = object(
        &payload_bytes,
        lines::jws_payload_not_object,
        lines::jws_payload_not_json,
    )?;
    Ok(Jws {
        #[cfg(feature = "ecdsa-rsa")]
        unprotected: Map::new(),
        header,
        payload,
        signing_input: format!("{h}.{p}"),
        signature,
    })
}

/// The part as a JSON object; `not_object` and `not_json` are its lines for why not (the JSON
/// reader's line said after `not_json`'s).
fn object(
    bytes: &[u8],
    not_object: fn() -> Facts,
    not_json: fn() -> Facts,
) -> Result<Map<String, Value>, Fault> {
    match json::parse(bytes) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err(lines::fault(Code::JwsMalformed, not_object())),
        Err(f) if f.code == Code::JsonSyntax || f.code == Code::InputNotUtf8 => Err(lines::fault(
            Code::JwsMalformed,
            lines::because(not_json(), f),
        )),
        Err(f) => Err(f),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn shape_and_decoding() {
        assert!(looks_like("eyJh.eyJi.c2ln"));
        assert!(!looks_like("eyJh.eyJi"));
        assert!(!looks_like("eyJh.eyJi.c2l+"));
        let jws = decode("eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJ4In0.AAEC").unwrap();
        assert_eq!(jws.header.get("alg").unwrap(), "EdDSA");
        assert_eq!(jws.signature, vec![0, 1, 2]);
        assert_eq!(decode("e30.WzFd.").unwrap_err().code, Code::JwsMalformed); // payload [1]
        assert_eq!(decode("e30.e30.x=").unwrap_err().code, Code::JwsMalformed);
        // duplicate header members are rejected like anywhere else
        let dup = crate::encoding::base64url_encode(br#"{"alg":"EdDSA","alg":"none"}"#);
        assert_eq!(
            decode(&format!("{dup}.e30.")).unwrap_err().code,
            Code::JsonDuplicateKey
        );
    }
}
