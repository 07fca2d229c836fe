//! Verification methods in documents the host supplied: did:web DID documents, https controller
//! documents, and standalone key documents (a Multikey / Ed25519VerificationKey20xx / JsonWebKey
//! object whose `controller` document is supplied too). Controlled Identifiers §3.3 binding: the
//! method must appear in its controller's document, and the controller must list it under
//! `assertionMethod` for it to issue credentials.

use serde_json::{Map, Value};

use crate::codes::{Code, Fault, WantKind};
use crate::crypto::PublicKey;
use crate::encoding::base58_decode;
use crate::keys::{jwk, multikey, split_fragment, Documents, ResolvedKey};
use crate::lines;
use crate::parse::as_list;

/// Resolves `vm` from the supplied documents.
///
/// # Errors
/// [`Code::KeyUnresolvable`], [`Code::KeyInvalid`], [`Code::KeyNotAuthorized`].
pub fn resolve(vm: &str, docs: &Documents) -> Result<ResolvedKey, Fault> {
    let (base, fragment) = split_fragment(vm);
    if let Some(found) = from_jwk_document(vm, base, fragment, docs) {
        return found;
    }
    if let (Some(controller_doc), Some(_)) = (docs.get(base), fragment) {
        return from_controller_document(vm, base, controller_doc);
    }
    if let Some(Value::Object(method)) = docs.get(vm) {
        // A standalone key document: its controller's document must say the key is theirs.
        let controller = method
            .get("controller")
            .and_then(Value::as_str)
            .ok_or_else(|| lines::fault(Code::KeyInvalid, lines::key_document_no_controller(vm)))?;
        let public_key = key_of(method, vm)?;
        let controller_doc = docs.get(controller).ok_or_else(|| {
            let kind = if controller.starts_with("did:") {
                WantKind::Did
            } else {
                WantKind::Key
            };
            lines::fault(
                Code::KeyUnresolvable,
                lines::controller_document_missing(controller, vm),
            )
            .wanting(controller, kind)
        })?;
        let listed = lists(controller_doc, controller, "verificationMethod", vm)
            || lists(controller_doc, controller, "assertionMethod", vm);
        if !listed {
            return Err(lines::fault(
                Code::KeyNotAuthorized,
                lines::controller_not_listing(controller, vm),
            ));
        }
        return Ok(ResolvedKey {
            id: vm.to_owned(),
            public_key,
            controller: controller.to_owned(),
            assertion_method: lists(controller_doc, controller, "assertionMethod", vm),
            self_asserted: false,
        });
    }
    let method = vm.split(':').take(2).collect::<Vec<_>>().join(":");
    let unresolvable = |why| lines::fault(Code::KeyUnresolvable, why);
    Err(if vm.starts_with("did:web:") {
        unresolvable(lines::did_document_missing(base)).wanting(base, WantKind::Did)
    } else if vm.starts_with("did:") {
        unresolvable(lines::did_method_offline(method, base)).wanting(base, WantKind::Did)
    } else if fragment.is_none() && (vm.starts_with("https:") || vm.starts_with("http:")) {
        unresolvable(lines::key_document_missing(vm)).wanting(vm, WantKind::Key)
    } else if vm.starts_with("https:") || vm.starts_with("http:") {
        unresolvable(lines::document_missing(base)).wanting(base, WantKind::Key)
    } else {
        unresolvable(lines::vm_not_resolvable(vm))
    })
}

/// A bare JWK supplied at an https URL (the Open Badges 3.0 JWT `kid` form), or a key of a JWK Set
/// (`{"keys": [...]}`) named by `#kid`. Such a key is controlled by the web origin that publishes
/// it: it binds to an issuer whose id is an https URL of the same origin ([`crate::bind`]).
fn from_jwk_document(
    vm: &str,
    base: &str,
    fragment: Option<&str>,
    docs: &Documents,
) -> Option<Result<ResolvedKey, Fault>> {
    let origin = https_origin(vm)?;
    let jwk = match (docs.get(vm), fragment, docs.get(base)) {
        (Some(Value::Object(m)), _, _) if m.contains_key("kty") => m,
        (_, Some(kid), Some(Value::Object(set))) => set
            .get("keys")?
            .as_array()?
            .iter()
            .filter_map(Value::as_object)
            .find(|k| k.get("kid").and_then(Value::as_str) == Some(kid))?,
        _ => return None,
    };
    Some(jwk::public_key(jwk).map(|public_key| ResolvedKey {
        id: vm.to_owned(),
        public_key,
        controller: origin.to_owned(),
        assertion_method: jwk.get("use").and_then(Value::as_str) != Some("enc"),
        self_asserted: false,
    }))
}

/// `https://host[:port]` of an https URL.
pub fn https_origin(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    (end > 0).then(|| url.get(..8 + end)).flatten()
}

fn from_controller_document(vm: &str, base: &str, doc: &Value) -> Result<ResolvedKey, Fault> {
    let doc_id = doc.get("id").and_then(Value::as_str).unwrap_or(base);
    if doc_id != base {
        return Err(lines::fault(
            Code::KeyUnresolvable,
            lines::document_of_another(base, doc_id),
        ));
    }
    let method = ["verificationMethod", "assertionMethod", "authentication"]
        .iter()
        .flat_map(|rel| as_list(doc.get(*rel)))
        .filter_map(Value::as_object)
        .find(|m| {
            m.get("id")
                .and_then(Value::as_str)
                .is_some_and(|id| absolute(id, base) == vm)
        })
        .ok_or_else(|| lines::fault(Code::KeyUnresolvable, lines::document_lacks_key(base, vm)))?;
    let controller = method
        .get("controller")
        .and_then(Value::as_str)
        .unwrap_or(base);
    if controller != base {
        return Err(lines::fault(
            Code::KeyNotAuthorized,
            lines::key_controlled_elsewhere(vm, controller, base),
        ));
    }
    Ok(ResolvedKey {
        id: vm.to_owned(),
        public_key: key_of(method, vm)?,
        controller: controller.to_owned(),
        assertion_method: lists(doc, base, "assertionMethod", vm),
        self_asserted: false,
    })
}

/// Whether `doc`'s `relationship` lists `vm` (by reference, relative or absolute, or embedded).
fn lists(doc: &Value, base: &str, relationship: &str, vm: &str) -> bool {
    as_list(doc.get(relationship)).any(|entry| match entry {
        Value::String(id) => absolute(id, base) == vm,
        Value::Object(m) => m
            .get("id")
            .and_then(Value::as_str)
            .is_some_and(|id| absolute(id, base) == vm),
        _ => false,
    })
}

fn absolute(id: &str, base: &str) -> String {
    if id.starts_with('#') {
        format!("{base}{id}")
    } else {
        id.to_owned()
    }
}

/// The public key of a verification method object: `Multikey` (Ed25519, P-256, P-384),
/// `Ed25519VerificationKey2020`/`2018`, `JsonWebKey`/`JsonWebKey2020` (any supported JWK). The type
/// must match the encoding: an Ed25519VerificationKey2020 holding a P-256 key is refused.
fn key_of(method: &Map<String, Value>, vm: &str) -> Result<PublicKey, Fault> {
    let kind = method.get("type").and_then(Value::as_str).unwrap_or("");
    let bad = |what| lines::fault(Code::KeyInvalid, what).about(vm);
    let within = |f: Fault| Fault { wants: None, named: None, ..f.about(vm) };
    match kind {
        "Multikey" | "Ed25519VerificationKey2020" => {
            let mb = method
                .get("publicKeyMultibase")
                .and_then(Value::as_str)
                .ok_or_else(|| bad(lines::vm_member_missing("publicKeyMultibase")))?;
            let key = multikey::decode(mb).map_err(within)?;
            if kind != "Multikey" && !matches!(key, PublicKey::Ed25519(_)) {
                return Err(bad(lines::vm_ed25519_2020_other_key()));
            }
            Ok(key)
        }
        "Ed25519VerificationKey2018" => {
            let b58 = method
                .get("publicKeyBase58")
                .and_then(Value::as_str)
                .ok_or_else(|| bad(lines::vm_member_missing("publicKeyBase58")))?;
            base58_decode(b58)
                .ok()
                .and_then(|b| <[u8; 32]>::try_from(b.as_slice()).ok())
                .map(PublicKey::Ed25519)
                .ok_or_else(|| bad(lines::vm_base58_not_32_bytes()))
        }
        // Microsoft Entra Verified ID's did:web documents: a secp256k1 JWK under this type.
        "JsonWebKey" | "JsonWebKey2020" | "EcdsaSecp256k1VerificationKey2019" => {
            let jwk = method
                .get("publicKeyJwk")
                .and_then(Value::as_object)
                .ok_or_else(|| bad(lines::vm_member_missing("publicKeyJwk")))?;
            let key = jwk::public_key(jwk).map_err(within)?;
            if kind == "EcdsaSecp256k1VerificationKey2019"
                && key.key_type() != crate::crypto::KeyType::Secp256k1
            {
                return Err(bad(lines::vm_secp256k1_2019_other_key()));
            }
            Ok(key)
        }
        other => {
            let shown: String = other.chars().take(64).collect();
            Err(lines::fault(
                Code::KeyTypeUnsupported,
                lines::vm_type_unsupported(format!("{shown:?}")),
            )
            .about(vm))
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use serde_json::json;

    const MK: &str = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";

    fn docs(v: Value) -> Documents {
        let mut d = Documents::new();
        d.insert(None, v).unwrap();
        d
    }

    #[test]
    fn did_web_document_with_relative_ids() {
        let d = docs(
            json!({"id": "did:web:example.nl", "verificationMethod": [{"id": "#k1", "type": "Multikey",
            "controller": "did:web:example.nl", "publicKeyMultibase": MK}], "assertionMethod": ["#k1"]}),
        );
        let k = resolve("did:web:example.nl#k1", &d).unwrap();
        assert!(k.assertion_method);
        assert_eq!(k.controller, "did:web:example.nl");
        assert_eq!(
            resolve("did:web:example.nl#k2", &d).unwrap_err().code,
            Code::KeyUnresolvable
        );
        assert_eq!(
            resolve("did:web:other.nl#k1", &d).unwrap_err().code,
            Code::KeyUnresolvable
        );
    }

    #[test]
    fn key_not_under_assertion_method_and_foreign_controller() {
        let d = docs(
            json!({"id": "https://x.nl/i", "verificationMethod": [{"id": "https://x.nl/i#k", "type": "Multikey",
            "controller": "https://x.nl/i", "publicKeyMultibase": MK}], "authentication": ["https://x.nl/i#k"]}),
        );
        assert!(!resolve("https://x.nl/i#k", &d).unwrap().assertion_method);
        let e = docs(
            json!({"id": "https://x.nl/i", "assertionMethod": [{"id": "https://x.nl/i#k", "type": "Multikey",
            "controller": "https://evil.example", "publicKeyMultibase": MK}]}),
        );
        assert_eq!(
            resolve("https://x.nl/i#k", &e).unwrap_err().code,
            Code::KeyNotAuthorized
        );
    }

    #[test]
    fn a_bare_jwk_or_a_jwk_set_is_the_key_of_its_origin() {
        let jwk = json!({"kty": "OKP", "crv": "Ed25519", "x": "BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc"});
        let mut d = Documents::new();
        d.insert(Some("https://x.nl/keys/1.json"), jwk.clone())
            .unwrap();
        d.insert(
            Some("https://x.nl/jwks.json"),
            json!({"keys": [{"kid": "k2", "kty": "OKP", "crv": "Ed25519",
            "x": "BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc", "use": "sig"}]}),
        )
        .unwrap();
        let k = resolve("https://x.nl/keys/1.json", &d).unwrap();
        assert_eq!(k.controller, "https://x.nl");
        assert!(!k.self_asserted);
        assert_eq!(
            resolve("https://x.nl/jwks.json#k2", &d).unwrap().controller,
            "https://x.nl"
        );
        assert_eq!(
            resolve("https://x.nl/jwks.json#k3", &d).unwrap_err().code,
            Code::KeyUnresolvable
        );
        assert_eq!(
            https_origin("https://a.b:8443/x?y"),
            Some("https://a.b:8443")
        );
        assert_eq!(https_origin("http://a.b/x"), None);
        assert_eq!(https_origin("https:///x"), None);
    }

    #[test]
    fn standalone_key_document_needs_its_controller() {
        let mut d = docs(
            json!({"id": "https://x.nl/keys/1", "type": "Multikey", "controller": "https://x.nl/i",
            "publicKeyMultibase": MK}),
        );
        assert_eq!(
            resolve("https://x.nl/keys/1", &d).unwrap_err().code,
            Code::KeyUnresolvable
        );
        d.insert(
            None,
            json!({"id": "https://x.nl/i", "assertionMethod": ["https://x.nl/keys/1"]}),
        )
        .unwrap();
        let k = resolve("https://x.nl/keys/1", &d).unwrap();
        assert!(k.assertion_method);
    }
}
