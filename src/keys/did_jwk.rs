//! `did:jwk` (did:jwk method specification): the DID is `did:jwk:` + base64url(JWK JSON); its only
//! verification method is `#0`, listed under `assertionMethod` unless the key's `use` is `enc`.
//! Any public JWK [`jwk::public_key`] reads: Ed25519, P-256, P-384, RSA.

use serde_json::Value;

use crate::codes::{Code, Fault};
use crate::crypto::PublicKey;
use crate::encoding::{base64url_decode, base64url_encode};
use crate::intake::json;
use crate::keys::{jwk, split_fragment, ResolvedKey};
use crate::lines;

/// Resolves a `did:jwk` verification method.
///
/// # Errors
/// [`Code::KeyInvalid`] for a JWK that is not a supported public key; [`Code::KeyUnresolvable`] for a
/// fragment other than `#0`.
pub fn resolve(vm: &str) -> Result<ResolvedKey, Fault> {
    let (did, fragment) = split_fragment(vm);
    let encoded = did.strip_prefix("did:jwk:").unwrap_or_default();
    let bytes = base64url_decode(encoded)
        .map_err(|_| lines::fault(Code::KeyInvalid, lines::did_jwk_not_base64url()))?;
    let jwk = match json::parse(&bytes) {
        Ok(Value::Object(m)) => m,
        _ => {
            return Err(lines::fault(Code::KeyInvalid, lines::did_jwk_not_object()))
        }
    };
    let public_key = jwk::public_key(&jwk)?;
    if fragment != Some("0") {
        return Err(lines::fault(Code::KeyUnresolvable, lines::did_jwk_only_0(did)));
    }
    let for_encryption = jwk.get("use").and_then(Value::as_str) == Some("enc");
    Ok(ResolvedKey {
        id: vm.to_owned(),
        public_key,
        controller: did.to_owned(),
        assertion_method: !for_encryption,
        self_asserted: false,
    })
}

/// The `did:jwk` verification method for an Ed25519 public key.
pub fn verification_method(public_key: &[u8; 32]) -> String {
    of_key(&PublicKey::Ed25519(*public_key))
}

/// The `did:jwk` verification method for any public key (its canonical JWK).
pub fn of_key(key: &PublicKey) -> String {
    let jwk = jwk::to_jwk(key).to_string();
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
        assert_eq!(k.public_key, PublicKey::Ed25519(pk));
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
        let ec = PublicKey::ec(
            crate::crypto::KeyType::P384,
            &[[4u8].as_slice(), &[9; 96]].concat(),
        )
        .unwrap();
        assert_eq!(resolve(&of_key(&ec)).unwrap().public_key, ec);
    }
}
