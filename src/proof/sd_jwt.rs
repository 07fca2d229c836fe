//! SD-JWT (RFC 9901) and SD-JWT VC (draft-ietf-oauth-sd-jwt-vc): the issuer's signature over the
//! JWT with the digests (key from `kid`, `x5c`, the issuer's JWT VC Issuer Metadata, or a DID), and
//! the holder's key binding: a KB-JWT (`typ` `kb+jwt`) signed with the payload's `cnf.jwk`, whose
//! `sd_hash` covers exactly the SD-JWT presented (up to and including the last `~`). The
//! disclosures were matched to their digests when the credential was read (`parse::sd_jwt`).

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::codes::{Code, Fault};
use crate::crypto::SignatureCheck;
use crate::encoding::base64url_encode;
use crate::intake::sd_jwt::SdJwt;
use crate::keys::jwk;
use crate::lines::{self, Facts};
use crate::proof::jwt::{self, Signer};
use crate::proof::Env;

/// Verifies the issuer's signature and, when present, the key binding. Both are asked of the
/// provider in the same pass; a wrong one outweighs one not checked yet.
///
/// # Errors
/// The issuer signature's faults, [`Code::KeyBindingInvalid`].
pub fn verify(sd: &SdJwt, issuer: &str, env: &Env<'_>) -> Result<Signer, Fault> {
    let signer = jwt::verify_signature(&sd.issuer, issuer, env);
    let binding = match &sd.key_binding {
        Some(kb) => key_binding(sd, kb, env),
        None => Ok(()),
    };
    match (signer, binding) {
        (Err(f), _) if f.code != Code::SignatureNotChecked => Err(f),
        (_, Err(f)) if f.code != Code::SignatureNotChecked => Err(f),
        (Err(f), _) | (_, Err(f)) => Err(f),
        (Ok(s), Ok(())) => Ok(s),
    }
}

fn invalid(why: Facts) -> Fault {
    lines::fault(Code::KeyBindingInvalid, why)
}

fn key_binding(sd: &SdJwt, kb: &crate::intake::Jws, env: &Env<'_>) -> Result<(), Fault> {
    if kb.header.get("typ").and_then(Value::as_str) != Some("kb+jwt") {
        return Err(invalid(lines::kb_jwt_typ_wrong()));
    }
    let cnf_jwk = sd
        .issuer
        .payload
        .get("cnf")
        .and_then(|c| c.get("jwk"))
        .and_then(Value::as_object)
        .ok_or_else(|| invalid(lines::kb_jwt_without_cnf()))?;
    let expected = base64url_encode(&Sha256::digest(sd.presented.as_bytes()));
    if kb.payload.get("sd_hash").and_then(Value::as_str) != Some(expected.as_str()) {
        return Err(invalid(lines::kb_jwt_sd_hash_wrong()));
    }
    let alg = jwt::algorithm(&kb.header, env.policy)?;
    let key = jwk::public_key(cnf_jwk)?;
    let check = SignatureCheck::new(
        alg,
        key,
        kb.signing_input.as_bytes().to_vec(),
        kb.signature.clone(),
    )?;
    env.crypto.verify(&check).map_err(|f| match f.code {
        Code::SignatureInvalid => invalid(lines::kb_jwt_not_holder_signed()),
        _ => f,
    })
}

/// The key binding's claims a verifier shows (`aud`, `nonce`, `iat`), not enforced for a stored file.
pub fn binding_claims(sd: &SdJwt) -> Option<Map<String, Value>> {
    let kb = sd.key_binding.as_ref()?;
    let mut shown = Map::new();
    for k in ["aud", "nonce", "iat"] {
        if let Some(v) = kb.payload.get(k) {
            shown.insert(k.to_owned(), v.clone());
        }
    }
    Some(shown)
}

/// What the holder of an SD-JWT disclosed and withheld.
pub fn disclosure(cred: &crate::parse::Credential) -> Option<crate::report::DisclosureSummary> {
    let crate::parse::Securing::SdJwt(sd, summary) = &cred.securing else {
        return None;
    };
    if !cfg!(feature = "ecdsa-rsa") {
        return None;
    }
    Some(crate::report::DisclosureSummary {
        vct: summary.vct.clone(),
        disclosed: summary.disclosed.clone(),
        withheld: summary.withheld,
        key_binding: binding_claims(sd),
    })
}
