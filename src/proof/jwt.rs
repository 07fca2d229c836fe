//! VC-JWT: a credential secured by an enveloping compact JWS, in its three profiles
//! (VC 1.1 `vc` claim, VC-JOSE-COSE, Open Badges 3.0). The algorithm allow-list is checked before
//! any key is looked up; `none` and shared-secret algorithms are refused whatever the policy says.

use serde_json::{Map, Value};

use crate::codes::{Code, Fault};
use crate::crypto::{Algorithm, PublicKey, SignatureCheck};
use crate::intake::Jws;
use crate::keys::{self, did_jwk, Documents, ResolvedKey};
use crate::parse::{Credential, JwtProfile};
use crate::policy::Policy;
use crate::proof::Env;
use crate::time::Timestamp;

/// Header parameters a credential JWT may carry; anything in `crit` is refused (we implement no
/// critical extensions), and so is `b64` (RFC 7797 unencoded payloads are not JWTs).
const KNOWN_HEADERS: &[&str] = &["alg", "typ", "cty", "kid", "jwk", "x5t", "x5t#S256"];

/// Checks the header against the policy and profile, the claims against the credential, resolves
/// the key and verifies the signature. Returns the key for the binding stage.
///
/// # Errors
/// [`Code::JwtAlgorithmForbidden`], [`Code::JwtAlgorithmUnsupported`], [`Code::JwtHeaderInvalid`],
/// [`Code::JwtClaimsMismatch`], key errors, [`Code::SignatureInvalid`].
pub fn verify(
    jws: &Jws,
    profile: JwtProfile,
    cred: &Credential,
    env: &Env<'_>,
) -> Result<ResolvedKey, Fault> {
    let alg = algorithm(&jws.header, env.policy)?;
    header(&jws.header, profile)?;
    claims(&jws.payload, profile, cred)?;
    let key = key(&jws.header, cred, env.docs)?;
    env.crypto
        .verify(&SignatureCheck {
            algorithm: Algorithm::Ed25519,
            key: PublicKey::Ed25519(key.public_key),
            message: jws.signing_input.as_bytes().to_vec(),
            signature: jws.signature.clone(),
        })
        .map_err(|f| Fault::new(f.code, format!("JWS {alg}: {}", f.detail)))?;
    Ok(key)
}

/// The `alg`, if the policy accepts it.
///
/// # Errors
/// [`Code::JwtAlgorithmForbidden`] for `none` and `HS*`, [`Code::JwtAlgorithmUnsupported`] for other
/// algorithms outside the policy, [`Code::JwtHeaderInvalid`] when `alg` is missing.
pub fn algorithm<'a>(header: &'a Map<String, Value>, policy: &Policy) -> Result<&'a str, Fault> {
    let alg = header
        .get("alg")
        .and_then(Value::as_str)
        .ok_or_else(|| Fault::new(Code::JwtHeaderInvalid, "the JOSE header has no alg"))?;
    if alg.eq_ignore_ascii_case("none") || alg.starts_with("HS") {
        return Err(Fault::new(
            Code::JwtAlgorithmForbidden,
            format!("alg {alg:?} is not a public-key signature: anyone could have made this token"),
        ));
    }
    if policy.jwt_algorithms.iter().any(|a| a.as_str() == alg) {
        Ok(alg)
    } else {
        let shown: String = alg.chars().take(32).collect();
        Err(Fault::new(
            Code::JwtAlgorithmUnsupported,
            format!("alg {shown:?} is not accepted by the policy"),
        ))
    }
}

fn header(h: &Map<String, Value>, profile: JwtProfile) -> Result<(), Fault> {
    if h.contains_key("crit") || h.contains_key("b64") {
        return Err(Fault::new(
            Code::JwtHeaderInvalid,
            "critical header extensions (crit, b64) are not accepted",
        ));
    }
    let typ = h.get("typ").map(|t| t.as_str().unwrap_or("\u{0}"));
    let ok = match (profile, typ) {
        (_, None) => true,
        (JwtProfile::Vc11 | JwtProfile::OpenBadges3, Some(t)) => t.eq_ignore_ascii_case("JWT"),
        (JwtProfile::JoseCose, Some(t)) => {
            let t = t.strip_prefix("application/").unwrap_or(t);
            ["JWT", "vc+jwt", "vc+ld+json+jwt", "vc+ld+jwt"]
                .iter()
                .any(|x| t.eq_ignore_ascii_case(x))
        }
    };
    if !ok {
        return Err(Fault::new(
            Code::JwtHeaderInvalid,
            format!(
                "typ {:?} is not a credential type for the {} profile",
                typ.unwrap_or(""),
                profile.as_str()
            ),
        ));
    }
    if profile == JwtProfile::OpenBadges3 {
        if let Some(extra) = h.keys().find(|k| !KNOWN_HEADERS.contains(&k.as_str())) {
            return Err(Fault::new(
                Code::JwtHeaderInvalid,
                format!("Open Badges 3.0 allows no additional JOSE header ({extra:?})"),
            ));
        }
    }
    Ok(())
}

fn claims(c: &Map<String, Value>, profile: JwtProfile, cred: &Credential) -> Result<(), Fault> {
    let mismatch = |what: String| Err(Fault::new(Code::JwtClaimsMismatch, what));
    if profile == JwtProfile::JoseCose && (c.contains_key("vc") || c.contains_key("vp")) {
        return mismatch("VC-JOSE-COSE forbids the vc and vp claims".to_owned());
    }
    if profile == JwtProfile::OpenBadges3 {
        for required in ["iss", "sub", "nbf", "jti"] {
            if !c.contains_key(required) {
                return mismatch(format!("Open Badges 3.0 requires the {required} claim"));
            }
        }
    }
    let doc = &cred.doc;
    let string_claim = |name: &str| -> Result<Option<&str>, Fault> {
        match c.get(name) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(Fault::new(
                Code::JwtClaimsMismatch,
                format!("the {name} claim is not a string"),
            )),
        }
    };
    if let Some(iss) = string_claim("iss")? {
        if cred.issuer_id.as_deref() != Some(iss) {
            return mismatch(format!("iss {iss:?} is not the credential's issuer"));
        }
    }
    if let Some(jti) = string_claim("jti")? {
        if doc.get("id").and_then(Value::as_str) != Some(jti) {
            return mismatch(format!("jti {jti:?} is not the credential's id"));
        }
    }
    if let Some(sub) = string_claim("sub")? {
        let ids = cred.subject_ids();
        if ids.len() != 1 || ids.first().map(String::as_str) != Some(sub) {
            return mismatch(format!("sub {sub:?} is not the credentialSubject's id"));
        }
    }
    let (from, until) = match profile {
        JwtProfile::Vc11 => ("issuanceDate", "expirationDate"),
        _ => ("validFrom", "validUntil"),
    };
    // JOSE-COSE: nbf/exp describe the signature, not the data; the validity stage applies them.
    if profile != JwtProfile::JoseCose {
        for (claim, prop) in [("nbf", from), ("exp", until)] {
            let stated = doc.get(prop).and_then(Value::as_str);
            match (c.get(claim), stated) {
                (None, None) => {}
                (Some(t), Some(s)) => {
                    let t = t.as_i64().ok_or_else(|| {
                        Fault::new(
                            Code::JwtClaimsMismatch,
                            format!("{claim} is not a NumericDate"),
                        )
                    })?;
                    let same = Timestamp::parse(s)
                        .map(|(d, _)| d.unix() == t)
                        .unwrap_or(false);
                    if !same {
                        return mismatch(format!("{claim} {t} does not match {prop} {s:?}"));
                    }
                }
                (Some(_), None) => {
                    return mismatch(format!("{claim} is set but the credential has no {prop}"))
                }
                (None, Some(_)) if profile == JwtProfile::OpenBadges3 && claim == "exp" => {
                    return mismatch(format!("Open Badges 3.0 requires exp when {prop} is set"));
                }
                (None, Some(_)) => {}
            }
        }
    }
    Ok(())
}

/// The key named by `kid` (made absolute against the issuer), or by an embedded `jwk` (which proves
/// nothing unless the issuer is that very `did:jwk`), or the issuer's own self-certifying DID.
fn key(h: &Map<String, Value>, cred: &Credential, docs: &Documents) -> Result<ResolvedKey, Fault> {
    let issuer = cred.issuer_id.as_deref().unwrap_or("");
    if let Some(kid) = h.get("kid") {
        let kid = kid
            .as_str()
            .ok_or_else(|| Fault::new(Code::JwtHeaderInvalid, "kid is not a string"))?;
        let vm = if kid.starts_with('#') {
            format!("{issuer}{kid}")
        } else {
            kid.to_owned()
        };
        return keys::resolve(&vm, docs);
    }
    if let Some(jwk) = h.get("jwk") {
        let jwk = jwk
            .as_object()
            .ok_or_else(|| Fault::new(Code::JwtHeaderInvalid, "jwk is not an object"))?;
        let public_key = did_jwk::ed25519_from_jwk(jwk)?;
        // The embedded key is only the issuer's if the issuer *is* that key.
        let issuer_is_this_key = issuer.starts_with("did:jwk:")
            && did_jwk::resolve(&format!("{issuer}#0")).is_ok_and(|k| k.public_key == public_key);
        let controller = if issuer_is_this_key {
            issuer.to_owned()
        } else {
            did_jwk::verification_method(&public_key)
                .trim_end_matches("#0")
                .to_owned()
        };
        return Ok(ResolvedKey {
            id: format!("{controller}#0"),
            public_key,
            controller,
            assertion_method: true,
        });
    }
    if let Some(did) = issuer.strip_prefix("did:key:") {
        return keys::resolve(&format!("{issuer}#{did}"), docs);
    }
    if issuer.starts_with("did:jwk:") {
        return keys::resolve(&format!("{issuer}#0"), docs);
    }
    Err(Fault::new(
        Code::KeyUnresolvable,
        "the token names no key (kid or jwk) and the issuer is not a self-certifying DID",
    ))
}
