//! Compact JWS and VC-JWT: [`sign_jwt`] and [`sign_compact`] with an Ed25519 [`IssuerKey`] (every
//! build), [`sign_jwt_with`] and [`sign_compact_with`] with any [`crate::sign::SigningKey`] and
//! JOSE algorithm (native build).

use serde_json::{Map, Value};

use crate::canon::jcs;
use crate::encoding::base64url_encode;
use crate::parse::JwtProfile;
use crate::sign::IssuerKey;
use crate::time::Timestamp;

/// The JWS header of a VC-JWT: `alg`, `kid`, and `typ` by profile (`vc+jwt` for VC-JOSE-COSE,
/// else `JWT`).
fn jwt_header(alg: &str, kid: &str, profile: JwtProfile) -> Value {
    let mut header = Map::new();
    header.insert("alg".to_owned(), alg.into());
    header.insert("kid".to_owned(), kid.into());
    let typ = if profile == JwtProfile::JoseCose {
        "vc+jwt"
    } else {
        "JWT"
    };
    header.insert("typ".to_owned(), typ.into());
    Value::Object(header)
}

/// `b64url(JCS(header)).b64url(JCS(payload))`.
fn signing_input(header: &Value, payload: &Value) -> String {
    format!(
        "{}.{}",
        base64url_encode(jcs::canonicalize(header).as_bytes()),
        base64url_encode(jcs::canonicalize(payload).as_bytes())
    )
}

/// Signs `doc` as a compact JWS in the given VC-JWT profile, with `alg: EdDSA` and `kid`.
pub fn sign_jwt(
    doc: &Map<String, Value>,
    key: &IssuerKey,
    kid: &str,
    profile: JwtProfile,
) -> String {
    let header = jwt_header("EdDSA", kid, profile);
    let payload = jwt_payload(doc, profile);
    sign_compact(&header, &Value::Object(payload), key)
}

/// The JWT claims set for `doc` in `profile` (registered claims mirror the credential's properties).
pub fn jwt_payload(doc: &Map<String, Value>, profile: JwtProfile) -> Map<String, Value> {
    let issuer = match doc.get("issuer") {
        Some(Value::Object(o)) => o.get("id").cloned(),
        other => other.cloned(),
    };
    let subject = match doc.get("credentialSubject") {
        Some(Value::Object(o)) => o.get("id").cloned(),
        _ => None,
    };
    let numeric = |field: &str| {
        doc.get(field)
            .and_then(Value::as_str)
            .and_then(|s| Timestamp::parse(s).ok())
            .map(|(t, _)| Value::from(t.unix()))
    };
    let mut claims = Map::new();
    let (from, until) = match profile {
        JwtProfile::Vc11 => {
            claims.insert("vc".to_owned(), Value::Object(doc.clone()));
            ("issuanceDate", "expirationDate")
        }
        JwtProfile::OpenBadges3 => {
            claims.clone_from(doc);
            ("validFrom", "validUntil")
        }
        JwtProfile::JoseCose => return doc.clone(),
    };
    let registered = [
        ("iss", issuer),
        ("sub", subject),
        ("jti", doc.get("id").cloned()),
        ("nbf", numeric(from)),
        ("exp", numeric(until)),
    ];
    for (name, value) in registered {
        if let Some(v) = value {
            claims.insert(name.to_owned(), v);
        }
    }
    claims
}

/// `b64url(JSON(header)).b64url(JSON(payload)).b64url(Ed25519(signing input))`.
pub fn sign_compact(header: &Value, payload: &Value, key: &IssuerKey) -> String {
    let input = signing_input(header, payload);
    let sig = key.sign(input.as_bytes());
    format!("{input}.{}", base64url_encode(&sig))
}

/// Signs `doc` as a compact JWS in the given VC-JWT profile with any key: `alg` is `algorithm`
/// (ES256 for P-256, ES384 for P-384, RS256 or PS256 for RSA, EdDSA for Ed25519) and `kid` the
/// verification method. `rng` gives the PS256 salt; the other algorithms are deterministic.
///
/// # Errors
/// [`crate::Code::AlgorithmKeyMismatch`] when the algorithm does not fit the key;
/// [`crate::Code::KeyInvalid`] when signing fails.
#[cfg(not(target_arch = "wasm32"))]
pub fn sign_jwt_with(
    doc: &Map<String, Value>,
    key: &crate::sign::SigningKey,
    algorithm: crate::crypto::Algorithm,
    kid: &str,
    profile: JwtProfile,
    rng: &mut dyn rsa::rand_core::CryptoRngCore,
) -> Result<String, crate::codes::Fault> {
    let algorithm = key.algorithm_for(Some(algorithm))?;
    let header = jwt_header(algorithm.jose_name(), kid, profile);
    let payload = jwt_payload(doc, profile);
    sign_compact_with(&header, &Value::Object(payload), key, algorithm, rng)
}

/// `b64url(JSON(header)).b64url(JSON(payload)).b64url(signature)` with any key and algorithm,
/// whatever `header` says (the low-level tool for interoperability and attack vectors).
///
/// # Errors
/// As [`sign_jwt_with`].
#[cfg(not(target_arch = "wasm32"))]
pub fn sign_compact_with(
    header: &Value,
    payload: &Value,
    key: &crate::sign::SigningKey,
    algorithm: crate::crypto::Algorithm,
    rng: &mut dyn rsa::rand_core::CryptoRngCore,
) -> Result<String, crate::codes::Fault> {
    let input = signing_input(header, payload);
    let sig = key.sign_with_rng(algorithm, input.as_bytes(), rng)?;
    Ok(format!("{input}.{}", base64url_encode(&sig)))
}
