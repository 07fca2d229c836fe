//! Open Badges 2.0 / 1.x: hosted and signed verification (OB 2.0 §Verification, the 1EdTech
//! validator's steps): [`link`] follows the assertion's links through the host's documents, then
//! [`verify`] checks.
//!
//! - **Hosted**: the issuer's copy at the assertion's URL must be the file's (or is the badge, for a
//!   file that is only the URL), and that URL must be on the issuer's site (the host of the
//!   issuer's id, or `verification.allowedOrigins` / `startsWith`). Nothing is signed: the issuer's
//!   website vouches for it, so every descriptor stays unsigned.
//! - **Signed**: the JWS verifies with the `CryptographicKey` at `verification.creator`
//!   (`publicKeyPem`, RS256 in practice, any algorithm the policy accepts); the key's `owner` is the
//!   issuer and the issuer's hosted profile lists it in `publicKey` (an embedded profile's keys are
//!   no evidence). The badge class and profile linked in are not covered by the signature.
//!
//! Returns the proof check and the binding check (which replaces stage 3b's for these badges).

use serde_json::{Map, Value};

use crate::canon::jsonld::Dropped;
use crate::codes::{Code, Fault, WantKind, Wanted};
use crate::keys::{x509, ResolvedKey};
use crate::keys::Documents;
use crate::lines;
use crate::parse::ob2::{self as ob2_parse, Hosted, Links, Ob2, Verification};
use crate::parse::{as_list, Credential};
use crate::proof::summary::{summarise, Proven};
use crate::proof::{enveloped, jwt, Env};
use crate::report::{Check, CheckId};

/// The proof and binding checks of an Open Badges 1.x / 2.0 assertion.
pub fn verify(cred: &Credential, ob2: &Ob2, env: &Env<'_>) -> (Proven, Check) {
    match &ob2.verification {
        Verification::Hosted { url, allowed } => hosted(cred, ob2, url, allowed),
        Verification::Signed { jws, creator } => {
            let mut proven = summarise(Ok(vec![enveloped("ob2-signed", jws, || {
                signed(jws, creator.as_deref(), env)
            })]));
            let bound = match proven.keys.first() {
                Some(key) => signer_is_issuer(cred, ob2, key, env),
                None => Check::said(
                    CheckId::IssuerKey,
                    Code::NotReached,
                    lines::key_no_signature(),
                ),
            };
            proven.unsigned = ob2
                .links
                .linked
                .iter()
                .map(|p| Dropped {
                    pointer: p.clone(),
                    what: "hosted by the issuer and linked by URL: the signature covers the link, not what it says".to_owned(),
                })
                .collect();
            (proven, bound)
        }
        Verification::Unsigned => (
            Proven {
                checks: vec![Check::said(
                    CheckId::Proof,
                    Code::BadgeSignatureAbsent,
                    lines::ob2_signature_missing(),
                )],
                securing: vec!["ob2-signed".to_owned()],
                ..Proven::default()
            },
            Check::said(CheckId::IssuerKey, Code::NotReached, lines::ob2_no_signature()),
        ),
    }
}

fn hosted(cred: &Credential, ob2: &Ob2, url: &str, allowed: &[String]) -> (Proven, Check) {
    let proof = match (&ob2.links.hosted, &ob2.file) {
        // Fail closed: nowhere to check it (the data model check names the missing URL too).
        _ if url.is_empty() => Check::said(
            CheckId::Proof,
            Code::HostedNotChecked,
            lines::ob2_no_hosted_url(),
        ),
        (Hosted::Unknown, _) => Check::from_fault(
            CheckId::Proof,
            lines::fault(Code::HostedNotChecked, lines::ob2_check_at_issuer(url))
                .wanting(url, WantKind::Badge),
        ),
        (Hosted::Gone, _) => Check::said(
            CheckId::Proof,
            Code::NotReached,
            lines::ob2_hosted_gone(url),
        ),
        (Hosted::Revoked(_), _) => Check::said(
            CheckId::Proof,
            Code::NotReached,
            lines::ob2_hosted_revoked(url),
        ),
        (Hosted::Copy(copy), Some(file)) if copy != file => Check::said(
            CheckId::Proof,
            Code::HostedDiffers,
            lines::ob2_hosted_differs(url, differences(file, copy).join(", ")),
        ),
        (Hosted::Copy(_), _) => Check::said(
            CheckId::Proof,
            Code::HostedMatch,
            lines::ob2_hosted_match(url),
        ),
    };
    let bound = match (&ob2.links.hosted, cred.issuer_id.as_deref()) {
        (Hosted::Unknown, _) => Check::said(
            CheckId::IssuerKey,
            Code::NotReached,
            lines::ob2_website_not_consulted(),
        ),
        (_, None) => missing_link(ob2),
        (_, Some(issuer)) if on_issuer_site(url, issuer, allowed) => Check::said(
            CheckId::IssuerKey,
            Code::HostedAtIssuer,
            lines::ob2_hosted_at_issuer(url, issuer),
        ),
        (_, Some(issuer)) => Check::said(
            CheckId::IssuerKey,
            Code::HostedElsewhere,
            lines::ob2_hosted_elsewhere(url, issuer),
        ),
    };
    let proven = Proven {
        checks: vec![proof],
        securing: vec!["ob2-hosted".to_owned()],
        ..Proven::default()
    };
    (proven, bound)
}

/// Follows the assertion's links through the host's documents: the hosted copy (which replaces a
/// URL-only file), the badge class and the issuer profile, inlined into `cred.doc` so that the
/// descriptors read one document; fills the issuer's id and name.
pub fn link(cred: &mut Credential, docs: &Documents) {
    let crate::parse::Securing::Ob2(ob2) = &mut cred.securing else {
        return;
    };
    let mut links = Links::default();
    if let Verification::Hosted { url, .. } = &ob2.verification {
        links.hosted = served(url, docs);
        match (&links.hosted, &ob2.file) {
            (Hosted::Unknown, _) if !url.is_empty() => links.wanted.push(Wanted {
                url: url.clone(),
                kind: WantKind::Badge,
            }),
            (Hosted::Copy(copy), None) => {
                cred.doc = copy.clone();
                cred.types = ob2_parse::assertion_types(copy);
                ob2.version = ob2_parse::version_of(copy);
                cred.problems = ob2_parse::problems(copy, ob2.version);
            }
            _ => {}
        }
    }
    // badge → BadgeClass; BadgeClass.issuer → Profile
    let badge = follow(&mut cred.doc, "badge", "/badge", docs, &mut links);
    if badge {
        if let Some(Value::Object(class)) = cred.doc.get_mut("badge") {
            let linked_before = links.linked.len();
            let issuer_key = if class.contains_key("issuer") {
                "issuer"
            } else {
                "issuer_org"
            };
            let hosted_issuer = follow(class, issuer_key, "/badge/issuer", docs, &mut links);
            links.issuer_hosted = links.linked.len() > linked_before;
            if hosted_issuer {
                if let Some(Value::Object(profile)) = class.get(issuer_key) {
                    links.issuer = Some(profile.clone());
                }
            }
        }
    }
    let stated_issuer = cred
        .doc
        .get("badge")
        .and_then(|b| b.get("issuer").or_else(|| b.get("issuer_org")));
    cred.issuer_id = match stated_issuer {
        Some(Value::String(url)) => Some(url.clone()),
        Some(Value::Object(p)) => p.get("id").and_then(Value::as_str).map(str::to_owned),
        _ => None,
    };
    cred.issuer_name = links
        .issuer
        .as_ref()
        .and_then(|p| p.get("name"))
        .and_then(Value::as_str)
        .map(str::to_owned);
    ob2.links = links;
}

/// Replaces `obj[key]`, a URL, by the document the host supplied for it. True when `obj[key]` is
/// (now) an object; a URL not supplied is wanted.
fn follow(
    obj: &mut Map<String, Value>,
    key: &str,
    pointer: &str,
    docs: &Documents,
    links: &mut Links,
) -> bool {
    match obj.get(key) {
        Some(Value::Object(_)) => true,
        Some(Value::String(url)) => match docs.get(url) {
            Some(Value::Object(found)) => {
                let found = found.clone();
                obj.insert(key.to_owned(), Value::Object(found));
                links.linked.push(pointer.to_owned());
                true
            }
            _ => {
                links.wanted.push(Wanted {
                    url: url.clone(),
                    kind: WantKind::Badge,
                });
                false
            }
        },
        _ => false,
    }
}

fn served(url: &str, docs: &Documents) -> Hosted {
    if docs.is_gone(url) {
        return Hosted::Gone;
    }
    match docs.get(url) {
        Some(Value::Object(d)) if d.get("revoked").and_then(Value::as_bool) == Some(true) => {
            Hosted::Revoked(
                d.get("revocationReason")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
            )
        }
        Some(Value::Object(d)) => Hosted::Copy(d.clone()),
        _ => Hosted::Unknown,
    }
}

/// The top-level members in which two assertions differ.
fn differences(a: &Map<String, Value>, b: &Map<String, Value>) -> Vec<String> {
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| a.get(*k) != b.get(*k))
        .take(8)
        .cloned()
        .collect()
}

/// The host (`example.org`, `example.org:8443`) of an http(s) URL, lower-cased.
fn host(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// OB 2.0: a hosted assertion must be on the issuer id's host, unless `allowedOrigins` (hosts)
/// or `startsWith` (URL prefixes) say where else.
fn on_issuer_site(url: &str, issuer: &str, allowed: &[String]) -> bool {
    let Some(h) = host(url) else {
        return false;
    };
    if allowed.is_empty() {
        return host(issuer).as_deref() == Some(h.as_str());
    }
    allowed.iter().any(|a| {
        a.eq_ignore_ascii_case(&h)
            || host(a).as_deref() == Some(h.as_str()) && a.contains("://") && url.starts_with(a.as_str())
    })
}

/// The binding check when the badge class, which names the issuer, could not be followed: it
/// wants the first missing document.
fn missing_link(ob2: &Ob2) -> Check {
    match ob2.links.wanted.iter().find(|w| w.kind == WantKind::Badge) {
        Some(w) => Check::from_fault(
            CheckId::IssuerKey,
            lines::fault(Code::BadgeDocumentMissing, lines::ob2_badge_class_at(&w.url))
                .wanting(w.url.clone(), WantKind::Badge),
        ),
        None => Check::said(CheckId::IssuerKey, Code::NotReached, lines::ob2_no_issuer()),
    }
}

/// The signature of a signed assertion, by the key its creator URL holds.
fn signed(jws: &crate::intake::Jws, creator: Option<&str>, env: &Env<'_>) -> Result<jwt::Signer, Fault> {
    let alg = jwt::algorithm(&jws.header, env.policy)?;
    let creator = creator
        .ok_or_else(|| lines::fault(Code::ProofMalformed, lines::ob2_no_creator()))?;
    let doc = env.docs.get(creator).ok_or_else(|| {
        lines::fault(Code::KeyUnresolvable, lines::ob2_key_missing(creator))
            .wanting(creator, WantKind::Key)
    })?;
    // OB 2.0: a CryptographicKey with publicKeyPem; OB 1.x: the PEM itself at verify.url.
    let pem = doc
        .as_str()
        .or_else(|| doc.get("publicKeyPem").and_then(Value::as_str))
        .ok_or_else(|| lines::fault(Code::KeyInvalid, lines::ob2_key_no_pem(creator)))?;
    let public_key = x509::spki(&x509::pem(pem, "PUBLIC KEY")?)?;
    let owner = doc.get("owner").and_then(Value::as_str).unwrap_or("");
    let key = ResolvedKey {
        id: creator.to_owned(),
        public_key,
        controller: owner.to_owned(),
        assertion_method: true,
        self_asserted: false,
    };
    jwt::signed_by(
        jws,
        alg,
        jwt::Signer {
            key,
            certificates: Vec::new(),
            algorithm: alg,
        },
        env,
    )
}

/// OB 2.0: the key's `owner` is the issuer, and the issuer's hosted profile lists the key.
fn signer_is_issuer(cred: &Credential, ob2: &Ob2, key: &ResolvedKey, env: &Env<'_>) -> Check {
    let Some(issuer) = cred.issuer_id.as_deref() else {
        return missing_link(ob2);
    };
    if key.controller.is_empty() && ob2.version != ob2_parse::Version::V2_0 {
        // OB 1.x: the key is a PEM at verify.url, the issuer's by being on the issuer's site.
        let on_site = host(&key.id).is_some() && host(&key.id) == host(issuer);
        return match on_site {
            true => Check::said(
                CheckId::IssuerKey,
                Code::IssuerKeyBound,
                lines::ob2_key_on_issuer_site(&key.id, issuer),
            ),
            false => Check::said(
                CheckId::IssuerKey,
                Code::IssuerMismatch,
                lines::ob2_key_off_issuer_site(&key.id, issuer),
            ),
        };
    }
    if key.controller != issuer {
        return Check::said(
            CheckId::IssuerKey,
            Code::IssuerMismatch,
            match key.controller.as_str() {
                "" => lines::ob2_key_unowned(issuer, &key.id),
                owner => lines::ob2_key_owned_by(issuer, &key.id, owner),
            },
        );
    }
    let hosted_profile = if ob2.links.issuer_hosted {
        ob2.links.issuer.as_ref()
    } else {
        env.docs.get(issuer).and_then(Value::as_object)
    };
    let Some(profile) = hosted_profile else {
        return Check::from_fault(
            CheckId::IssuerKey,
            lines::fault(
                Code::BadgeDocumentMissing,
                lines::ob2_profile_missing(issuer, &key.id),
            )
            .wanting(issuer, WantKind::Badge),
        );
    };
    let listed = as_list(profile.get("publicKey")).any(|k| {
        k.as_str().or_else(|| k.get("id").and_then(Value::as_str)) == Some(key.id.as_str())
    });
    if listed {
        Check::said(
            CheckId::IssuerKey,
            Code::IssuerKeyBound,
            lines::ob2_key_listed(issuer, &key.id),
        )
    } else {
        Check::said(
            CheckId::IssuerKey,
            Code::KeyNotAuthorized,
            lines::ob2_key_not_listed(issuer, &key.id),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosted_urls_must_be_on_the_issuers_site() {
        let issuer = "https://example.org/organization.json";
        assert!(on_issuer_site("https://example.org/a.json", issuer, &[]));
        assert!(on_issuer_site("http://EXAMPLE.org/a.json", issuer, &[]));
        assert!(!on_issuer_site("https://example.org.evil.example/a", issuer, &[]));
        assert!(!on_issuer_site("https://user@evil.example/a", issuer, &[]));
        let allowed = ["badges.example.com".to_owned()];
        assert!(on_issuer_site("https://badges.example.com/a", issuer, &allowed));
        assert!(!on_issuer_site("https://example.org/a", issuer, &allowed));
        let prefix = ["https://cdn.example.net/org1/".to_owned()];
        assert!(on_issuer_site("https://cdn.example.net/org1/a", issuer, &prefix));
        assert!(!on_issuer_site("https://cdn.example.net/org2/a", issuer, &prefix));
    }
}
