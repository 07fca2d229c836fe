//! `Ed25519Signature2018` (W3C CCG lds-ed25519-2018, as digitalbazaar's jsonld-signatures implements
//! it): a detached JWS with an unencoded payload (RFC 7797) over the 64-byte verify data.

use crate::codes::{Code, Fault};
use crate::crypto::{Algorithm, Hash};
use crate::encoding::base64url_decode;
use crate::intake::json;
use crate::lines::{self, Facts};
use crate::policy::Cryptosuite;
use crate::proof::{linked_data, Input, Message, Signed, Suite};

/// The proof `type`.
pub const NAME: &str = "Ed25519Signature2018";

/// Members of the proof left out of the proof configuration.
pub const SKIP: &[&str] = &["proofValue", "jws", "signatureValue"];

/// The suite, as [`crate::proof::SUITES`] lists it.
pub const SUITE: Suite = Suite {
    id: Cryptosuite::Ed25519Signature2018,
    proof_type: NAME,
    cryptosuite: None,
    signature_field: "jws",
    algorithms: &[Algorithm::Ed25519],
    signing_input: suite_input,
    rdfc_hash_follows_key: false,
};

fn suite_input(input: &Input<'_>) -> Result<Signed, Fault> {
    let c = linked_data::canonical(
        input.doc,
        input.proof,
        input.previous,
        SKIP,
        input.policy,
        input.contexts,
        input.rdfc_hash,
    )?;
    let mut data = [0u8; 64];
    let (head, tail) = data.split_at_mut(32);
    head.copy_from_slice(&Hash::Sha256.digest(c.config.as_bytes()));
    tail.copy_from_slice(&Hash::Sha256.digest(c.document.as_bytes()));
    let (message, signature) = signing_input(input.signature_text, &data)?;
    Ok(Signed {
        message: Message::Bytes(message),
        signature,
        unsigned: c.unsigned,
        more: Vec::new(),
    })
}

/// The signed bytes and the signature of a detached `jws`: `ASCII(b64url(header) + ".") ‖ verify data`.
///
/// # Errors
/// [`Code::ProofMalformed`] unless the JWS is `<header>..<signature>` with header
/// `{"alg":"EdDSA","b64":false,"crit":["b64"]}`.
pub fn signing_input(jws: &str, verify_data: &[u8; 64]) -> Result<(Vec<u8>, Vec<u8>), Fault> {
    let bad = |why: Facts| lines::fault(Code::ProofMalformed, why);
    let mut parts = jws.split('.');
    let (Some(h), Some(""), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad(lines::detached_jws_malformed()));
    };
    let header =
        base64url_decode(h).map_err(|_| bad(lines::detached_jws_header_not_base64url()))?;
    let header = json::parse(&header).map_err(|_| bad(lines::detached_jws_header_not_json()))?;
    let ok = header.get("alg").and_then(|a| a.as_str()) == Some("EdDSA")
        && header.get("b64") == Some(&serde_json::Value::Bool(false))
        && header
            .get("crit")
            .and_then(|c| c.as_array())
            .is_some_and(|c| c.len() == 1 && c.first().and_then(|x| x.as_str()) == Some("b64"))
        && header.as_object().is_some_and(|m| m.len() == 3);
    if !ok {
        return Err(bad(lines::detached_jws_header_required(
            r#"{"alg":"EdDSA","b64":false,"crit":["b64"]}"#,
        )));
    }
    let signature =
        base64url_decode(s).map_err(|_| bad(lines::detached_jws_signature_not_base64url()))?;
    let mut input = Vec::with_capacity(h.len() + 1 + 64);
    input.extend_from_slice(h.as_bytes());
    input.push(b'.');
    input.extend_from_slice(verify_data);
    Ok((input, signature))
}
