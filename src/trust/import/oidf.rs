//! OpenID Federation 1.0: a trust anchor's entity configuration (self-signed, its `jwks` the
//! federation's keys) and subordinate statements it signed about issuers (`sub`, with the
//! issuer's metadata). Every statement is checked here, at import, against `now`: its signature
//! by a key of the anchor (ES256 in the DCC federations; any JOSE algorithm Keurmerk verifies),
//! `typ` `entity-statement+jwt`, `iss` the anchor, and `iat` ≤ now < `exp`. Statements live about
//! a day, so a list built from them is due again by the earliest `exp` (its `nextUpdate`).
//!
//! The anchor's configuration is the root the operator chose to trust (as OpenID Federation has a
//! relying party configure its anchors out of band): its self-signature must verify, and a
//! configuration outside its own `iat`/`exp` is reported as a note, not refused.

use serde_json::{json, Map, Value};

use crate::codes::Fault;
use crate::crypto::{Algorithm, Native, Provider, PublicKey, SignatureCheck};
use crate::intake::jws::{self, Jws};
use crate::keys::jwk;
use crate::time::Timestamp;

use super::{english, unreadable, Imported, Statement};

/// The trust anchor, from its verified entity configuration.
#[derive(Clone, Debug, PartialEq)]
pub struct Anchor {
    /// The anchor's entity identifier (`sub` = `iss`).
    pub id: String,
    /// `federation_entity.organization_name`.
    pub name: Option<String>,
    /// The federation's keys, by `kid`.
    pub keys: Vec<(String, PublicKey)>,
    /// A remark on the configuration's own validity at `now`, if any.
    pub note: Option<String>,
}

fn claim_time(p: &Map<String, Value>, k: &str) -> Option<Timestamp> {
    p.get(k).and_then(Value::as_i64).map(Timestamp::from_unix)
}

fn signature_ok(token: &Jws, keys: &[(String, PublicKey)]) -> Result<(), String> {
    if token.header.get("typ").and_then(Value::as_str) != Some("entity-statement+jwt") {
        return Err("its typ is not entity-statement+jwt".into());
    }
    let alg = token
        .header
        .get("alg")
        .and_then(Value::as_str)
        .and_then(Algorithm::from_jose)
        .ok_or("its alg is not one Keurmerk verifies")?;
    let kid = token.header.get("kid").and_then(Value::as_str);
    let key = keys
        .iter()
        .find(|(k, _)| Some(k.as_str()) == kid)
        .map(|(_, k)| k.clone())
        .ok_or_else(|| format!("its kid {kid:?} is not a key of the trust anchor"))?;
    let check = SignatureCheck::new(
        alg,
        key,
        token.signing_input.as_bytes().to_vec(),
        token.signature.clone(),
    )
    .map_err(|f| f.detail)?;
    Native
        .verify(&check)
        .map_err(|_| "its signature does not verify with the trust anchor's key".to_owned())
}

/// Reads and verifies the anchor's entity configuration.
///
/// # Errors
/// Not a JWS, not self-issued, no usable keys, or a self-signature that does not verify.
pub fn anchor(text: &str, now: Timestamp) -> Result<Anchor, Fault> {
    let token = jws::decode(text.trim())
        .map_err(|f| unreadable(format!("the anchor's configuration: {}", f.detail)))?;
    let p = &token.payload;
    let id = p.get("sub").and_then(Value::as_str).unwrap_or_default();
    if id.is_empty() || p.get("iss").and_then(Value::as_str) != Some(id) {
        return Err(unreadable(
            "the anchor's configuration is not self-issued (iss must equal sub)",
        ));
    }
    let mut keys = Vec::new();
    for k in crate::parse::as_list(p.get("jwks").and_then(|j| j.get("keys"))) {
        if let (Some(kid), Some(m)) = (k.get("kid").and_then(Value::as_str), k.as_object()) {
            if let Ok(key) = jwk::public_key(m) {
                keys.push((kid.to_owned(), key));
            }
        }
    }
    if keys.is_empty() {
        return Err(unreadable(
            "the anchor's configuration has no usable jwks keys",
        ));
    }
    signature_ok(&token, &keys).map_err(|why| unreadable(format!("the anchor's configuration: {why}")))?;
    let (iat, exp) = (claim_time(p, "iat"), claim_time(p, "exp"));
    let note = match (iat, exp) {
        (Some(i), _) if now < i => Some(format!("the anchor's configuration was issued later ({i}); its keys are used as pinned")),
        (_, Some(e)) if now >= e => Some(format!("the anchor's configuration expired at {e}; its keys are used as pinned — fetch it again")),
        _ => None,
    };
    let name = p
        .get("metadata")
        .and_then(|m| m.get("federation_entity"))
        .and_then(|f| f.get("organization_name"))
        .and_then(Value::as_str)
        .map(str::to_owned);
    Ok(Anchor {
        id: id.to_owned(),
        name,
        keys,
        note,
    })
}

/// Reads subordinate statements (`(file name, compact JWS)`); each that verifies becomes an
/// entity, each that does not is refused with the reason. `source` names the federation in the
/// evidence (default: the anchor's organisation name). Entities are granted from `since`: a
/// statement says that the anchor vouches now, not since when.
pub fn read(
    anchor: &Anchor,
    statements: &[(String, String)],
    source: Option<&str>,
    now: Timestamp,
    since: Timestamp,
) -> Imported {
    let source = source
        .or(anchor.name.as_deref())
        .unwrap_or(&anchor.id)
        .to_owned();
    let mut out = Imported::default();
    for (file, text) in statements {
        match statement(anchor, text, &source, now, since) {
            Ok(e) => out.entities.push(e),
            Err(why) => out.refused.push(format!("{file}: {why}")),
        }
    }
    out
}

fn statement(
    anchor: &Anchor,
    text: &str,
    source: &str,
    now: Timestamp,
    since: Timestamp,
) -> Result<Map<String, Value>, String> {
    let token = jws::decode(text.trim()).map_err(|f| f.detail)?;
    signature_ok(&token, &anchor.keys)?;
    let p = &token.payload;
    if p.get("iss").and_then(Value::as_str) != Some(anchor.id.as_str()) {
        return Err(format!("not issued by the trust anchor {}", anchor.id));
    }
    let (Some(iat), Some(exp)) = (claim_time(p, "iat"), claim_time(p, "exp")) else {
        return Err("a statement must have iat and exp".into());
    };
    if now < iat {
        return Err(format!("not valid before {iat} (now is {now})"));
    }
    if now >= exp {
        return Err(format!("expired at {exp} (now is {now}): fetch a fresh statement"));
    }
    let sub = p
        .get("sub")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .ok_or("no sub")?;
    let meta = p.get("metadata");
    let entity = meta.and_then(|m| m.get("federation_entity"));
    fn field<'v>(v: Option<&'v Value>, k: &str) -> Option<&'v str> {
        v.and_then(|v| v.get(k)).and_then(Value::as_str)
    }
    let name = field(entity, "organization_name")
        .or_else(|| field(meta.and_then(|m| m.get("institution_additional_information")), "legal_name"))
        .ok_or("the statement names no organisation")?;
    let mut e = Map::new();
    e.insert("id".into(), sub.into());
    e.insert("name".into(), english(name));
    if let Some(h) = field(entity, "homepage_uri") {
        e.insert("homepage".into(), h.into());
    }
    let mut ids = Map::new();
    if let Some(r) = field(meta.and_then(|m| m.get("ror_entity")), "rorid") {
        ids.insert("ror".into(), r.into());
    }
    if let Some(c) = field(meta.and_then(|m| m.get("credential_registry_entity")), "ctid") {
        ids.insert("ctid".into(), c.into());
    }
    if !ids.is_empty() {
        e.insert("identifiers".into(), Value::Object(ids));
    }
    e.insert(
        "statusHistory".into(),
        json!([{ "status": "granted", "from": since.to_string() }]),
    );
    let legal = field(meta.and_then(|m| m.get("institution_additional_information")), "legal_name");
    let mut evidence = Statement::new(source, "member", now, exp);
    evidence.reference = Some(anchor.id.clone());
    evidence.statement = Some(match legal {
        Some(l) => format!("subordinate statement of {}, issued {iat}; legal name {l}", anchor.id),
        None => format!("subordinate statement of {}, issued {iat}", anchor.id),
    });
    e.insert("evidence".into(), json!([evidence.to_json()]));
    Ok(e)
}
