//! VC-JWT: a credential secured by an enveloping compact JWS, in its three profiles
//! (VC 1.1 `vc` claim, VC-JOSE-COSE, Open Badges 3.0). The algorithm allow-list is checked before
//! any key is looked up; `none` and shared-secret algorithms are refused whatever the policy says.

use serde_json::{Map, Value};

use crate::codes::{Code, Fault, WantKind};
use crate::crypto::{Algorithm, PublicKey, SignatureCheck};
use crate::intake::Jws;
use crate::keys::{self, did_jwk, jwk, x509, Documents, ResolvedKey};
use crate::lines;
use crate::parse::{Credential, JwtProfile};
use crate::policy::Policy;
use crate::proof::Env;
use crate::time::Timestamp;

/// Header parameters a credential JWT may carry; anything in `crit` is refused (we implement no
/// critical extensions), and so is `b64` (RFC 7797 unencoded payloads are not JWTs).
const KNOWN_HEADERS: &[&str] = &["alg", "typ", "cty", "kid", "jwk", "x5t", "x5t#S256"];

/// What signed a JWS: the key, and the certificates of an `x5c` header (leaf first) when it came
/// from one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signer {
    /// The key and who controls it.
    pub key: ResolvedKey,
    /// The `x5c` chain as the report shows it; empty when the key did not come from one.
    pub certificates: Vec<x509::Certificate>,
    /// The algorithm it signed with.
    pub algorithm: Algorithm,
}

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
) -> Result<Signer, Fault> {
    header(&jws.header, profile)?;
    claims(&jws.payload, profile, cred)?;
    let issuer = cred.issuer_id.as_deref().unwrap_or("");
    verify_signature(jws, issuer, env)
}

/// The signature of any compact JWS (a VC-JWT, an Open Badges 2.0 signed assertion, a status list
/// token): the algorithm from the policy, the key from the header (`kid`, `x5c`, `jwk`) or the
/// issuer's self-certifying DID, and the provider's answer.
///
/// # Errors
/// Algorithm, key and signature faults.
pub fn verify_signature(jws: &Jws, issuer: &str, env: &Env<'_>) -> Result<Signer, Fault> {
    let alg = algorithm(&jws.header, env.policy)?;
    if !cfg!(feature = "ecdsa-rsa") && alg != Algorithm::Ed25519 {
        return Err(crate::lines::module_needed(alg.jose_name()));
    }
    let signer = key(&jws.header, issuer, alg, env.docs)?;
    signed_by(jws, alg, signer, env)
}

/// Verifies `jws` with `alg` and the key `signer` holds (found by the caller).
///
/// # Errors
/// [`Code::SignatureInvalid`] and the key's faults.
pub fn signed_by(
    jws: &Jws,
    alg: Algorithm,
    mut signer: Signer,
    env: &Env<'_>,
) -> Result<Signer, Fault> {
    signer.algorithm = alg;
    let check = SignatureCheck::new(
        alg,
        signer.key.public_key.clone(),
        jws.signing_input.as_bytes().to_vec(),
        jws.signature.clone(),
    )?;
    env.crypto.verify(&check).map_err(|f| {
        let what = format!("JWS {} ({})", alg.jose_name(), signer.key.public_key.describe());
        Fault { wants: None, named: None, ..f.about(&what) }
    })?;
    Ok(signer)
}

/// The algorithm `alg` names, if the policy accepts it.
///
/// # Errors
/// [`Code::JwtAlgorithmForbidden`] for `none`, [`Code::JwtAlgorithmHmac`] for `HS*`,
/// [`Code::JwtAlgorithmUnsupported`] for other algorithms outside the policy,
/// [`Code::JwtHeaderInvalid`] when `alg` is missing.
pub fn algorithm(header: &Map<String, Value>, policy: &Policy) -> Result<Algorithm, Fault> {
    let alg = header
        .get("alg")
        .and_then(Value::as_str)
        .ok_or_else(|| lines::fault(Code::JwtHeaderInvalid, lines::jwt_no_alg()))?;
    if alg.eq_ignore_ascii_case("none") {
        return Err(lines::fault(Code::JwtAlgorithmForbidden, lines::jwt_alg_none()));
    }
    if alg.starts_with("HS") {
        return Err(lines::fault(
            Code::JwtAlgorithmHmac,
            lines::jwt_alg_hmac(format!("{alg:?}")),
        ));
    }
    if let Some(a) = policy.jwt_algorithms.iter().find(|a| a.as_str() == alg) {
        Ok(a.algorithm())
    } else {
        let shown: String = alg.chars().take(32).collect();
        Err(lines::fault(
            Code::JwtAlgorithmUnsupported,
            lines::jwt_alg_unsupported(format!("{shown:?}")),
        ))
    }
}

fn header(h: &Map<String, Value>, profile: JwtProfile) -> Result<(), Fault> {
    if h.contains_key("crit") || h.contains_key("b64") {
        return Err(lines::fault(Code::JwtHeaderInvalid, lines::jwt_critical_header()));
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
        return Err(lines::fault(
            Code::JwtHeaderInvalid,
            lines::jwt_typ_wrong(format!("{:?}", typ.unwrap_or("")), profile.as_str()),
        ));
    }
    if profile == JwtProfile::OpenBadges3 {
        if let Some(extra) = h.keys().find(|k| !KNOWN_HEADERS.contains(&k.as_str())) {
            return Err(lines::fault(
                Code::JwtHeaderInvalid,
                lines::jwt_ob3_header_extra(format!("{extra:?}")),
            ));
        }
    }
    Ok(())
}

fn claims(c: &Map<String, Value>, profile: JwtProfile, cred: &Credential) -> Result<(), Fault> {
    let mismatch = |what| Err(lines::fault(Code::JwtClaimsMismatch, what));
    if profile == JwtProfile::JoseCose && (c.contains_key("vc") || c.contains_key("vp")) {
        return mismatch(lines::jwt_vc_claim_forbidden());
    }
    if profile == JwtProfile::OpenBadges3 {
        // `sub` must match credentialSubject.id when present (below), but 1EdTech's own baked
        // examples leave it out and its validator accepts them: not required here.
        for required in ["iss", "nbf", "jti"] {
            if !c.contains_key(required) {
                return mismatch(lines::jwt_ob3_claim_missing(required));
            }
        }
    }
    let doc = &cred.doc;
    let string_claim = |name: &str| -> Result<Option<&str>, Fault> {
        match c.get(name) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(lines::fault(
                Code::JwtClaimsMismatch,
                lines::jwt_claim_not_string(name),
            )),
        }
    };
    if let Some(iss) = string_claim("iss")? {
        if cred.issuer_id.as_deref() != Some(iss) {
            return mismatch(lines::jwt_iss_mismatch(format!("{iss:?}")));
        }
    }
    if let Some(jti) = string_claim("jti")? {
        if doc.get("id").and_then(Value::as_str) != Some(jti) {
            return mismatch(lines::jwt_jti_mismatch(format!("{jti:?}")));
        }
    }
    if let Some(sub) = string_claim("sub")? {
        let ids = cred.subject_ids();
        if ids.len() != 1 || ids.first().map(String::as_str) != Some(sub) {
            return mismatch(lines::jwt_sub_mismatch(format!("{sub:?}")));
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
                        lines::fault(Code::JwtClaimsMismatch, lines::jwt_claim_not_numeric(claim))
                    })?;
                    let same = Timestamp::parse(s)
                        .map(|(d, _)| d.unix() == t)
                        .unwrap_or(false);
                    if !same {
                        return mismatch(lines::jwt_date_mismatch(
                            claim,
                            t.to_string(),
                            prop,
                            format!("{s:?}"),
                        ));
                    }
                }
                (Some(_), None) => {
                    return mismatch(lines::jwt_claim_without_property(claim, prop))
                }
                (None, Some(_)) if profile == JwtProfile::OpenBadges3 && claim == "exp" => {
                    return mismatch(lines::jwt_ob3_exp_missing(prop));
                }
                (None, Some(_)) => {}
            }
        }
    }
    Ok(())
}

/// The key named by `kid` (a DID URL or URL, made absolute against the issuer, or an RFC 7638
/// thumbprint of a key in the issuer's supplied document), by an `x5c` chain or an embedded `jwk`
/// (which prove nothing of the issuer unless a trust list pins the key, or the issuer *is* that
/// `did:jwk`), or the issuer's own self-certifying DID.
fn key(
    h: &Map<String, Value>,
    issuer: &str,
    alg: Algorithm,
    docs: &Documents,
) -> Result<Signer, Fault> {
    let plain = |key| Signer {
        key,
        certificates: Vec::new(),
        algorithm: Algorithm::Ed25519,
    };
    if let Some(kid) = h.get("kid") {
        let kid = kid
            .as_str()
            .ok_or_else(|| lines::fault(Code::JwtHeaderInvalid, lines::jwt_kid_not_string()))?;
        if kid.starts_with('#') {
            return keys::resolve(&format!("{issuer}{kid}"), docs).map(plain);
        }
        if kid.contains(':') {
            return keys::resolve(kid, docs).map(plain);
        }
        if let Some(found) = from_issuer_metadata(kid, issuer, docs)? {
            return Ok(plain(found));
        }
        if let Some(found) = by_thumbprint(kid, issuer, docs)? {
            return Ok(plain(found));
        }
    }
    if let Some(x5c) = h.get("x5c") {
        if !cfg!(feature = "ecdsa-rsa") {
            return Err(crate::lines::module_needed("x5c"));
        }
        return from_x5c(x5c, issuer, docs);
    }
    if let Some(jwk) = h.get("jwk") {
        let jwk = jwk
            .as_object()
            .ok_or_else(|| lines::fault(Code::JwtHeaderInvalid, lines::jwt_jwk_not_object()))?;
        let public_key = jwk::public_key(jwk)?;
        // The embedded key is the issuer's only if the issuer *is* that key.
        let issuer_is_this_key = issuer.starts_with("did:jwk:")
            && did_jwk::resolve(&format!("{issuer}#0")).is_ok_and(|k| k.public_key == public_key);
        if issuer_is_this_key {
            return keys::resolve(&format!("{issuer}#0"), docs).map(plain);
        }
        let vm = did_jwk::of_key(&public_key);
        return Ok(plain(carried(public_key, vm, docs)));
    }
    if let Some(did) = issuer.strip_prefix("did:key:") {
        return keys::resolve(&format!("{issuer}#{did}"), docs).map(plain);
    }
    if issuer.starts_with("did:jwk:") {
        return keys::resolve(&format!("{issuer}#0"), docs).map(plain);
    }
    issuers_only_key(issuer, alg, docs).map(plain)
}

/// A token that names no key (VC-JWT 1.1 makes `kid` optional): the issuer's supplied document must
/// list exactly one key of the algorithm's type under `assertionMethod` — never a guess among several.
fn issuers_only_key(issuer: &str, alg: Algorithm, docs: &Documents) -> Result<ResolvedKey, Fault> {
    let unresolvable = |why| lines::fault(Code::KeyUnresolvable, why);
    if !(issuer.starts_with("did:") || issuer.starts_with("https:")) {
        return Err(unresolvable(lines::jwt_no_key_no_issuer()));
    }
    if cfg!(feature = "ecdsa-rsa") && docs.get(issuer).is_none() {
        if let Some(url) = issuer_metadata_url(issuer).filter(|u| docs.get(u).is_some()) {
            return only_metadata_key(&url, issuer, alg, docs);
        }
    }
    let doc = docs.get(issuer).ok_or_else(|| {
        let kind = if issuer.starts_with("did:") { WantKind::Did } else { WantKind::Key };
        unresolvable(lines::jwt_no_key_document_missing(issuer)).wanting(issuer, kind)
    })?;
    let ids: Vec<String> = crate::parse::as_list(doc.get("assertionMethod"))
        .filter_map(|m| m.as_str().or_else(|| m.get("id").and_then(Value::as_str)))
        .map(|id| {
            if id.starts_with('#') {
                format!("{issuer}{id}")
            } else {
                id.to_owned()
            }
        })
        .collect();
    let fitting: Vec<ResolvedKey> = ids
        .iter()
        .filter_map(|id| keys::resolve(id, docs).ok())
        .filter(|k| k.public_key.key_type() == alg.key_type())
        .collect();
    match <[ResolvedKey; 1]>::try_from(fitting) {
        Ok([only]) => Ok(only),
        Err(many) => Err(unresolvable(lines::jwt_no_key_many(
            issuer,
            many.len(),
            alg.key_type().as_str(),
        ))),
    }
}

/// The JWT VC Issuer Metadata URL of an https issuer (draft-ietf-oauth-sd-jwt-vc §5):
/// `https://host/.well-known/jwt-vc-issuer` followed by the issuer's path.
pub fn issuer_metadata_url(issuer: &str) -> Option<String> {
    let origin = keys::document::https_origin(issuer)?;
    let path = issuer
        .get(origin.len()..)
        .unwrap_or_default()
        .trim_end_matches('/');
    Some(format!("{origin}/.well-known/jwt-vc-issuer{path}"))
}

/// A token without `kid` from an issuer with JWT VC Issuer Metadata: its one key of the algorithm's
/// type (never a guess among several).
fn only_metadata_key(
    url: &str,
    issuer: &str,
    alg: Algorithm,
    docs: &Documents,
) -> Result<ResolvedKey, Fault> {
    let fitting: Vec<(usize, PublicKey)> = metadata_keys(url, issuer, docs)?
        .into_iter()
        .enumerate()
        .filter_map(|(i, k)| jwk::public_key(k).ok().map(|p| (i, p)))
        .filter(|(_, p)| p.key_type() == alg.key_type())
        .collect();
    match <[(usize, PublicKey); 1]>::try_from(fitting) {
        Ok([(i, public_key)]) => Ok(ResolvedKey {
            id: format!("{url}#{i}"),
            public_key,
            controller: issuer.to_owned(),
            assertion_method: true,
            self_asserted: false,
        }),
        Err(many) => Err(lines::fault(
            Code::KeyUnresolvable,
            lines::jwt_no_key_many_in_metadata(url, many.len(), alg.key_type().as_str()),
        )),
    }
}

/// The JWKs of the issuer's metadata at `url` (`jwks`, or `jwks_uri` with that document supplied);
/// the metadata must name this very issuer.
fn metadata_keys<'a>(
    url: &str,
    issuer: &str,
    docs: &'a Documents,
) -> Result<Vec<&'a Map<String, Value>>, Fault> {
    let unresolvable = |why| lines::fault(Code::KeyUnresolvable, why);
    let meta = docs.get(url).ok_or_else(|| {
        unresolvable(lines::jwt_metadata_missing(url)).wanting(url, WantKind::Key)
    })?;
    if meta.get("issuer").and_then(Value::as_str) != Some(issuer) {
        return Err(lines::fault(
            Code::KeyNotAuthorized,
            lines::jwt_metadata_of_another(url, issuer),
        ));
    }
    let jwks = match (
        meta.get("jwks"),
        meta.get("jwks_uri").and_then(Value::as_str),
    ) {
        (Some(jwks), _) => jwks,
        (None, Some(uri)) => docs.get(uri).ok_or_else(|| {
            unresolvable(lines::jwt_metadata_keys_missing(uri)).wanting(uri, WantKind::Key)
        })?,
        (None, None) => return Err(unresolvable(lines::jwt_metadata_no_keys(url))),
    };
    Ok(crate::parse::as_list(jwks.get("keys"))
        .filter_map(Value::as_object)
        .collect())
}

/// A `kid` found in the issuer's JWT VC Issuer Metadata the host supplied. `None` when the issuer
/// is not https, or no metadata was supplied but the issuer's own document was.
fn from_issuer_metadata(
    kid: &str,
    issuer: &str,
    docs: &Documents,
) -> Result<Option<ResolvedKey>, Fault> {
    let url = match issuer_metadata_url(issuer) {
        // JWT VC Issuer Metadata is SD-JWT VC's, which the full module reads.
        Some(url) if cfg!(feature = "ecdsa-rsa") => url,
        _ => return Ok(None),
    };
    if docs.get(&url).is_none() {
        if docs.get(issuer).is_some() {
            return Ok(None);
        }
        return Err(lines::fault(
            Code::KeyUnresolvable,
            lines::jwt_kid_metadata_missing(format!("{kid:?}"), &url, issuer),
        )
        .wanting(&url, WantKind::Key));
    }
    let jwk = metadata_keys(&url, issuer, docs)?
        .into_iter()
        .find(|k| k.get("kid").and_then(Value::as_str) == Some(kid))
        .ok_or_else(|| {
            lines::fault(
                Code::KeyUnresolvable,
                lines::jwt_kid_not_in_metadata(&url, format!("{kid:?}")),
            )
        })?;
    Ok(Some(ResolvedKey {
        id: format!("{url}#{kid}"),
        public_key: jwk::public_key(jwk)?,
        controller: issuer.to_owned(),
        assertion_method: true,
        self_asserted: false,
    }))
}

/// A key that came with the token: pinned by a trust list, it is the pinning entry's; otherwise
/// it is self-asserted.
fn carried(public_key: PublicKey, vm: String, docs: &Documents) -> ResolvedKey {
    match docs.pinned_key(&public_key) {
        Some((pinned_vm, controller)) => ResolvedKey {
            id: pinned_vm.to_owned(),
            public_key,
            controller: controller.to_owned(),
            assertion_method: true,
            self_asserted: false,
        },
        None => ResolvedKey {
            controller: vm.trim_end_matches("#0").to_owned(),
            id: vm,
            public_key,
            assertion_method: true,
            self_asserted: true,
        },
    }
}

/// A key from a certificate: the entity's whose certificate a trust list pins (X.509 pin),
/// otherwise the certificate's own, self-asserted.
pub(crate) fn pinned_certificate(
    key: &mut ResolvedKey,
    docs: &Documents,
    der: &[u8],
    spki: &[u8],
    subject: &str,
) {
    if !key.self_asserted {
        return;
    }
    match docs.certificate_owner(der, spki) {
        Some(owner) => {
            key.controller = owner.to_owned();
            key.self_asserted = false;
        }
        None => key.controller = format!("certificate {subject}"),
    }
}

/// A `kid` that is an RFC 7638 thumbprint (or the `kid` member) of a JWK in the issuer's supplied
/// controller document (VC-JOSE-COSE §3.1.1).
fn by_thumbprint(kid: &str, issuer: &str, docs: &Documents) -> Result<Option<ResolvedKey>, Fault> {
    if !(issuer.starts_with("https:") || issuer.starts_with("http:") || issuer.starts_with("did:"))
        || issuer.starts_with("did:key:")
        || issuer.starts_with("did:jwk:")
    {
        return Ok(None);
    }
    let doc = docs.get(issuer).ok_or_else(|| {
        let kind = if issuer.starts_with("did:") {
            WantKind::Did
        } else {
            WantKind::Key
        };
        lines::fault(
            Code::KeyUnresolvable,
            lines::jwt_kid_document_missing(format!("{kid:?}"), issuer),
        )
        .wanting(issuer, kind)
    })?;
    let methods = ["verificationMethod", "assertionMethod"]
        .iter()
        .flat_map(|rel| crate::parse::as_list(doc.get(*rel)))
        .filter_map(Value::as_object);
    for m in methods {
        let Some(jwk) = m.get("publicKeyJwk").and_then(Value::as_object) else {
            continue;
        };
        let named = jwk.get("kid").and_then(Value::as_str) == Some(kid)
            || jwk::thumbprint(jwk).is_ok_and(|t| t == kid);
        if let (true, Some(id)) = (named, m.get("id").and_then(Value::as_str)) {
            let id = if id.starts_with('#') {
                format!("{issuer}{id}")
            } else {
                id.to_owned()
            };
            return keys::resolve(&id, docs).map(Some);
        }
    }
    Err(lines::fault(
        Code::KeyUnresolvable,
        lines::jwt_kid_not_in_document(issuer, format!("{kid:?}")),
    ))
}

/// The leaf key of an `x5c` chain (RFC 7515 §4.1.6: base64 DER, leaf first), with the chain for the
/// report. The chain's signatures and anchors are not checked here: the key is self-asserted unless
/// a trust list pins it.
fn from_x5c(x5c: &Value, issuer: &str, docs: &Documents) -> Result<Signer, Fault> {
    let bad = |why| lines::fault(Code::JwtHeaderInvalid, why);
    let list = x5c.as_array().ok_or_else(|| bad(lines::jwt_x5c_not_array()))?;
    if list.is_empty() || list.len() > x509::MAX_CHAIN {
        return Err(bad(lines::jwt_x5c_count(x509::MAX_CHAIN)));
    }
    let mut certificates = Vec::new();
    let mut leaf_der = Vec::new();
    for entry in list {
        let der = entry
            .as_str()
            .and_then(|b| crate::encoding::base64_decode(b).ok())
            .ok_or_else(|| bad(lines::jwt_x5c_not_base64()))?;
        certificates.push(x509::certificate(&der)?);
        if leaf_der.is_empty() {
            leaf_der = der;
        }
    }
    let leaf = certificates.first().ok_or_else(|| bad(lines::jwt_x5c_empty()))?;
    let public_key = x509::spki(&leaf.spki)?;
    let subject = leaf.subject.clone();
    let mut key = carried(public_key, format!("{issuer}#x5c"), docs);
    pinned_certificate(&mut key, docs, &leaf_der, &leaf.spki, &subject);
    Ok(Signer {
        key,
        certificates,
        algorithm: Algorithm::Ed25519,
    })
}
