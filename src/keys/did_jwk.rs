//! `did:jwk` (did:jwk method specification): the DID is `did:jwk:` + base64url(JWK JSON); its only
//! verification method is `#0`, listed under `assertionMethod` unless the key's `use` is `enc`.

use serde_json::{Map, Value};

use crate::codes::{Code, Fault};
use crate::encoding::{base64url_decode, base64url_encode};
use crate::intake::json;
use crate::keys::{split_fragment, ResolvedKey};

/// Resolves a `did:jwk` verification method.
///
/// # Errors
/// [`Code::KeyInvalid`] for a JWK that is not an Ed25519 public key; [`Code::KeyUnresolvable`] for a
/// fragment other than `#0`.
pub fn resolve(vm: &str) -> Result<ResolvedKey, Fault> {
    let (did, fragment) = split_fragment(vm);
    let encoded = did.strip_prefix("did:jwk:").unwrap_or_default();
    let bytes = base64url_decode(encoded)
        .map_err(|_| Fault::new(Code::KeyInvalid, "the did:jwk is not base64url"))?;
    let jwk = match json::parse(&bytes) {
        Ok(Value::Object(m)) => m,
        _ => {
            return Err(Fault::new(
                Code::KeyInvalid,
                "the did:jwk does not hold a JSON object",
            ))
        }
    };
    let public_key = ed25519_from_jwk(&jwk)?;
    if fragment != Some("0") {
        return Err(Fault::new(
            Code::KeyUnresolvable,
            format!("{did} has only the verification method #0"),
        ));
    }
    let for_encryption = jwk.get("use").and_then(Value::as_str) == Some("enc");
    Ok(ResolvedKey {
        id: vm.to_owned(),
        public_key,
        controller: did.to_owned(),
        assertion_method: !for_encryption,
    })
}

/// Reads an RFC 8037 OKP JWK for Ed25519 (`kty` OKP, `crv` Ed25519, `x`). A JWK that carries the
/// private part `d` is refused: publishing it means the key is compromised.
///
/// # Errors
/// [`Code::KeyInvalid`].
pub fn ed25519_from_jwk(jwk: &Map<String, Value>) -> Result<[u8; 32], Fault> {
    let field = |k: &str| jwk.get(k).and_then(Value::as_str);
    if field("kty") != Some("OKP") || field("crv") != Some("Ed25519") {
        return Err(Fault::new(
            Code::KeyInvalid,
            "the JWK is not an Ed25519 key (kty OKP, crv Ed25519)",
        ));
    }
    if jwk.contains_key("d") {
        return Err(Fault::new(
            Code::KeyInvalid,
            "the JWK contains a private key (d)",
        ));
    }
    let x = field("x").ok_or_else(|| Fault::new(Code::KeyInvalid, "the JWK has no x"))?;
    base64url_decode(x)
        .ok()
        .and_then(|b| <[u8; 32]>::try_from(b.as_slice()).ok())
        .ok_or_else(|| {
            Fault::new(
                Code::KeyInvalid,
                "the JWK's x is not a 32-byte base64url value",
            )
        })
}

/// The `did:jwk` verification method for an Ed25519 public key.
pub fn verification_method(public_key: &[u8; 32]) -> String {
    let jwk = format!(
        r#"{{"crv":"Ed25519","kty":"OKP","x":"{}"}}"#,
        base64url_encode(public_key)
    );
    format!("did:jwk:{}#0", base64url_encode(jwk.as_bytes()))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn round_trip_and_refusals() {
        let pk = [7u8; 32];
        let vm = verification_method(&pk);
        let k = resolve(&vm).unwrap();
        assert_eq!(k.public_key, pk);
        assert!(k.assertion_method);
        assert_eq!(k.controller, vm.trim_end_matches("#0"));
        assert_eq!(
            resolve(vm.trim_end_matches("#0")).unwrap_err().code,
            Code::KeyUnresolvable
        );
        let with_d = format!(
            "did:jwk:{}#0",
            base64url_encode(br#"{"kty":"OKP","crv":"Ed25519","x":"BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc","d":"AA"}"#)
        );
        assert_eq!(resolve(&with_d).unwrap_err().code, Code::KeyInvalid);
        let p256 = format!(
            "did:jwk:{}#0",
            base64url_encode(br#"{"kty":"EC","crv":"P-256","x":"AA","y":"AA"}"#)
        );
        assert_eq!(resolve(&p256).unwrap_err().code, Code::KeyInvalid);
    }
}
