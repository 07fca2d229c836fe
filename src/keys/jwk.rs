//! JSON Web Keys (RFC 7517/7518/8037) → [`PublicKey`]: `OKP`/`Ed25519`, `EC` with `P-256` or
//! `P-384`, and `RSA`. A JWK that carries a private part is refused (publishing it means the key is
//! compromised), and so is one whose `alg`, when present, does not fit its type. Also the RFC 7638
//! thumbprint, by which a JOSE `kid` may name a key.

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::codes::{Code, Fault};
use crate::crypto::{Algorithm, KeyType, PublicKey};
use crate::encoding::{base64url_decode, base64url_encode};
use crate::lines;

/// Members that only a private JWK has.
const PRIVATE_MEMBERS: &[&str] = &["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

/// Reads a public JWK.
///
/// # Errors
/// [`Code::KeyInvalid`] (unknown type or curve, bad coordinates, private members),
/// [`Code::RsaKeyTooSmall`], [`Code::AlgorithmKeyMismatch`] for a JWK `alg` of another type.
pub fn public_key(jwk: &Map<String, Value>) -> Result<PublicKey, Fault> {
    let field = |k: &str| jwk.get(k).and_then(Value::as_str);
    let bad = |why| lines::fault(Code::KeyInvalid, why);
    if let Some(private) = PRIVATE_MEMBERS.iter().find(|m| jwk.contains_key(**m)) {
        return Err(bad(lines::jwk_private(*private)));
    }
    let bytes = |k: &str| -> Result<Vec<u8>, Fault> {
        let v = field(k).ok_or_else(|| bad(lines::jwk_member_missing(k)))?;
        base64url_decode(v).map_err(|_| bad(lines::jwk_member_not_base64url(k)))
    };
    let key = match (field("kty"), field("crv")) {
        (Some("OKP"), Some("Ed25519")) => <[u8; 32]>::try_from(bytes("x")?.as_slice())
            .map(PublicKey::Ed25519)
            .map_err(|_| bad(lines::jwk_ed25519_not_32_bytes()))?,
        (Some("EC" | "RSA"), _) if !cfg!(feature = "ecdsa-rsa") => {
            return Err(crate::lines::module_needed("JWK EC / RSA"))
        }
        (Some("EC"), Some(crv @ ("P-256" | "P-384" | "secp256k1"))) => {
            let (curve, size) = match crv {
                "P-256" => (KeyType::P256, 32),
                "secp256k1" => (KeyType::Secp256k1, 32),
                _ => (KeyType::P384, 48),
            };
            let (x, y) = (bytes("x")?, bytes("y")?);
            if x.len() != size || y.len() != size {
                return Err(bad(lines::jwk_coordinates_size(crv, size)));
            }
            let mut point = vec![4u8];
            point.extend_from_slice(&x);
            point.extend_from_slice(&y);
            PublicKey::ec(curve, &point)?
        }
        (Some("RSA"), _) => PublicKey::rsa(&bytes("n")?, &bytes("e")?)?,
        (kty, crv) => {
            let crv = crv.unwrap_or("");
            return Err(bad(match kty {
                Some(kty) => lines::jwk_type_unsupported(kty, crv),
                None => lines::jwk_without_kty(crv),
            }));
        }
    };
    if let Some(alg) = field("alg") {
        let fits = Algorithm::from_jose(alg).is_some_and(|a| a.key_type() == key.key_type());
        if !fits {
            return Err(lines::fault(
                Code::AlgorithmKeyMismatch,
                lines::jwk_alg_mismatch(format!("{alg:?}"), key.describe()),
            ));
        }
    }
    Ok(key)
}

/// The canonical public JWK of a key (the RFC 7638 members, in their lexicographic order).
pub fn to_jwk(key: &PublicKey) -> Value {
    let b = |v: &[u8]| Value::String(base64url_encode(v));
    let mut m = Map::new();
    match key {
        PublicKey::Ed25519(k) => {
            m.insert("crv".into(), "Ed25519".into());
            m.insert("kty".into(), "OKP".into());
            m.insert("x".into(), b(k));
        }
        PublicKey::P256(p) | PublicKey::P384(p) | PublicKey::Secp256k1(p) => {
            let size = if matches!(key, PublicKey::P384(_)) {
                48
            } else {
                32
            };
            m.insert("crv".into(), key.key_type().as_str().into());
            m.insert("kty".into(), "EC".into());
            // Uncompressed points only (every JWK is); a compressed one has no y to write.
            m.insert("x".into(), b(p.get(1..=size).unwrap_or_default()));
            m.insert("y".into(), b(p.get(size + 1..).unwrap_or_default()));
        }
        PublicKey::Rsa { n, e } => {
            m.insert("e".into(), b(e));
            m.insert("kty".into(), "RSA".into());
            m.insert("n".into(), b(n));
        }
    }
    Value::Object(m)
}

/// The RFC 7638 thumbprint (SHA-256, base64url) of a public JWK, from its required members only.
///
/// # Errors
/// As [`public_key`].
pub fn thumbprint(jwk: &Map<String, Value>) -> Result<String, Fault> {
    let key = public_key(jwk)?;
    let canonical = match &key {
        PublicKey::P256(_) | PublicKey::P384(_) | PublicKey::Secp256k1(_) => {
            // The members as given (the point may not round-trip through a compressed form).
            let s = |k: &str| jwk.get(k).and_then(Value::as_str).unwrap_or("");
            format!(
                r#"{{"crv":"{}","kty":"EC","x":"{}","y":"{}"}}"#,
                s("crv"),
                s("x"),
                s("y")
            )
        }
        other => to_jwk(other).to_string(),
    };
    Ok(base64url_encode(&Sha256::digest(canonical.as_bytes())))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use serde_json::json;

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn rfc7638_example_thumbprint() {
        // RFC 7638 §3.1
        let jwk = obj(json!({"kty": "RSA",
            "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw",
            "e": "AQAB", "alg": "RS256", "kid": "2011-04-29"}));
        assert_eq!(
            thumbprint(&jwk).unwrap(),
            "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"
        );
        assert_eq!(public_key(&jwk).unwrap().describe(), "RSA 2048");
    }

    #[test]
    fn refusals() {
        let ec = |crv: &str, n: usize| {
            obj(json!({"kty": "EC", "crv": crv,
            "x": base64url_encode(&vec![1; n]), "y": base64url_encode(&vec![2; n])}))
        };
        assert_eq!(
            public_key(&ec("P-256", 32)).unwrap().key_type(),
            KeyType::P256
        );
        assert_eq!(
            public_key(&ec("P-256", 48)).unwrap_err().code,
            Code::KeyInvalid
        );
        assert_eq!(
            public_key(&ec("P-521", 66)).unwrap_err().code,
            Code::KeyInvalid
        );
        let mut with_d = ec("P-384", 48);
        with_d.insert("d".into(), "AA".into());
        assert_eq!(public_key(&with_d).unwrap_err().code, Code::KeyInvalid);
        let mut wrong_alg = ec("P-384", 48);
        wrong_alg.insert("alg".into(), "ES256".into());
        assert_eq!(
            public_key(&wrong_alg).unwrap_err().code,
            Code::AlgorithmKeyMismatch
        );
        let small = obj(json!({"kty": "RSA", "n": base64url_encode(&[0xc3; 128]), "e": "AQAB"}));
        assert_eq!(public_key(&small).unwrap_err().code, Code::RsaKeyTooSmall);
        let hmac = obj(json!({"kty": "oct", "k": "c2VjcmV0"}));
        assert_eq!(public_key(&hmac).unwrap_err().code, Code::KeyInvalid);
    }
}
