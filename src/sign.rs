//! Issuer tools: key files, and signing credentials with eddsa-jcs-2022 or as a VC-JWT. Used by the
//! CLI and by tests to make the project's own vectors. Signing is deterministic (Ed25519) and needs
//! no randomness; only key generation does, and that lives in the CLI.

use ed25519_dalek::{Signer, SigningKey};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::canon::jcs;
use crate::codes::{Code, Fault};
use crate::encoding::{
    base58_encode, base64url_encode, ed25519_multikey_encode, ed25519_secret_multikey_decode,
    ed25519_secret_multikey_encode,
};
use crate::parse::JwtProfile;
use crate::proof::eddsa_jcs_2022;
use crate::time::Timestamp;

/// A key file: the Multikey encodings of vc-di-eddsa (`0xed01` public, `0x8026` secret).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KeyFile {
    /// `z6Mk…`
    pub public_key_multibase: String,
    /// `z3u2…`
    pub secret_key_multibase: String,
}

/// A signing key.
#[derive(Clone)]
pub struct IssuerKey {
    key: SigningKey,
}

impl std::fmt::Debug for IssuerKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "IssuerKey({})", self.public_multibase())
    }
}

impl IssuerKey {
    /// The key for a 32-byte seed.
    pub fn from_seed(seed: &[u8; 32]) -> Self {
        Self {
            key: SigningKey::from_bytes(seed),
        }
    }

    /// Reads a key file, checking that its public half matches the secret.
    ///
    /// # Errors
    /// [`Code::KeyInvalid`].
    pub fn from_key_file(bytes: &[u8]) -> Result<Self, Fault> {
        let file: KeyFile = serde_json::from_slice(bytes)
            .map_err(|e| Fault::new(Code::KeyInvalid, format!("not a key file: {e}")))?;
        let seed = ed25519_secret_multikey_decode(&file.secret_key_multibase)
            .map_err(|e| Fault::new(Code::KeyInvalid, format!("secretKeyMultibase: {e:?}")))?;
        let key = Self::from_seed(&seed);
        if key.public_multibase() != file.public_key_multibase {
            return Err(Fault::new(
                Code::KeyInvalid,
                "publicKeyMultibase does not belong to the secret key",
            ));
        }
        Ok(key)
    }

    /// The key file for this key.
    pub fn key_file(&self) -> KeyFile {
        KeyFile {
            public_key_multibase: self.public_multibase(),
            secret_key_multibase: ed25519_secret_multikey_encode(&self.key.to_bytes()),
        }
    }

    /// The public key as a Multikey (`z6Mk…`).
    pub fn public_multibase(&self) -> String {
        ed25519_multikey_encode(&self.key.verifying_key().to_bytes())
    }

    /// The raw public key.
    pub fn public_key(&self) -> [u8; 32] {
        self.key.verifying_key().to_bytes()
    }

    /// `did:key:z6Mk…`
    pub fn did_key(&self) -> String {
        format!("did:key:{}", self.public_multibase())
    }

    /// `did:key:z6Mk…#z6Mk…`
    pub fn did_key_vm(&self) -> String {
        crate::keys::did_key::verification_method(&self.public_key())
    }

    /// Signs raw bytes.
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.key.sign(message).to_bytes()
    }
}

/// Sets the credential's issuer to `issuer` (replacing `issuer.id` when the issuer is an object).
pub fn set_issuer(doc: &mut Map<String, Value>, issuer: &str) {
    match doc.get_mut("issuer") {
        Some(Value::Object(o)) => {
            o.insert("id".to_owned(), Value::String(issuer.to_owned()));
        }
        _ => {
            doc.insert("issuer".to_owned(), Value::String(issuer.to_owned()));
        }
    }
}

/// Adds an eddsa-jcs-2022 `DataIntegrityProof` (vc-di-eddsa §3.3.1 "Create Proof"): the proof
/// carries a copy of the document's `@context`. Existing proofs are kept (a proof set).
pub fn sign_eddsa_jcs_2022(
    mut doc: Map<String, Value>,
    key: &IssuerKey,
    verification_method: &str,
    created: Timestamp,
) -> Map<String, Value> {
    let existing = doc.remove("proof");
    let mut proof = Map::new();
    proof.insert("type".to_owned(), "DataIntegrityProof".into());
    proof.insert("cryptosuite".to_owned(), eddsa_jcs_2022::NAME.into());
    proof.insert("created".to_owned(), created.to_rfc3339().into());
    proof.insert("verificationMethod".to_owned(), verification_method.into());
    proof.insert("proofPurpose".to_owned(), "assertionMethod".into());
    if let Some(ctx) = doc.get("@context") {
        proof.insert("@context".to_owned(), ctx.clone());
    }
    let data = eddsa_jcs_2022::combine(&Value::Object(proof.clone()), &Value::Object(doc.clone()));
    proof.insert(
        "proofValue".to_owned(),
        format!("z{}", base58_encode(&key.sign(&data))).into(),
    );
    let proofs = match existing {
        None => Value::Object(proof),
        Some(Value::Array(mut items)) => {
            items.push(Value::Object(proof));
            Value::Array(items)
        }
        Some(one) => Value::Array(vec![one, Value::Object(proof)]),
    };
    doc.insert("proof".to_owned(), proofs);
    doc
}

/// Signs `doc` as a compact JWS in the given VC-JWT profile, with `alg: EdDSA` and `kid`.
pub fn sign_jwt(
    doc: &Map<String, Value>,
    key: &IssuerKey,
    kid: &str,
    profile: JwtProfile,
) -> String {
    let mut header = Map::new();
    header.insert("alg".to_owned(), "EdDSA".into());
    header.insert("kid".to_owned(), kid.into());
    let typ = if profile == JwtProfile::JoseCose {
        "vc+jwt"
    } else {
        "JWT"
    };
    header.insert("typ".to_owned(), typ.into());
    let payload = jwt_payload(doc, profile);
    sign_compact(&Value::Object(header), &Value::Object(payload), key)
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
    let input = format!(
        "{}.{}",
        base64url_encode(jcs::canonicalize(header).as_bytes()),
        base64url_encode(jcs::canonicalize(payload).as_bytes())
    );
    let sig = key.sign(input.as_bytes());
    format!("{input}.{}", base64url_encode(&sig))
}

/// The context Ed25519Signature2020 proofs need in the document.
pub const ED25519_2020_CONTEXT: &str = "https://w3id.org/security/suites/ed25519-2020/v1";
/// The context a VC 1.1 document needs for a `DataIntegrityProof`.
pub const DATA_INTEGRITY_V2_CONTEXT: &str = "https://w3id.org/security/data-integrity/v2";

/// Which JSON-LD suite [`sign_linked_data`] uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkedDataSuite {
    /// `DataIntegrityProof` / `eddsa-rdfc-2022`.
    EddsaRdfc2022,
    /// `Ed25519Signature2020` (adds its context to the document when missing).
    Ed25519Signature2020,
}

/// Adds an eddsa-rdfc-2022 or Ed25519Signature2020 proof. The document must be fully defined by
/// bundled contexts: signing a document whose terms JSON-LD would drop is refused, since those
/// terms would look signed and not be.
///
/// # Errors
/// JSON-LD and RDFC errors, [`Code::JsonldUndefinedTerms`].
pub fn sign_linked_data(
    mut doc: Map<String, Value>,
    key: &IssuerKey,
    verification_method: &str,
    created: Timestamp,
    suite: LinkedDataSuite,
) -> Result<Map<String, Value>, Fault> {
    let existing = doc.remove("proof");
    // The proof's terms must be defined: VC 2.0 defines DataIntegrityProof, VC 1.1 does not, and
    // neither defines Ed25519Signature2020. Add the suite's context when it is missing.
    let v2 = crate::parse::as_list(doc.get("@context"))
        .next()
        .and_then(Value::as_str)
        == Some(crate::parse::VC_V2_CONTEXT);
    let needed = match suite {
        LinkedDataSuite::Ed25519Signature2020 => Some(ED25519_2020_CONTEXT),
        LinkedDataSuite::EddsaRdfc2022 => (!v2).then_some(DATA_INTEGRITY_V2_CONTEXT),
    };
    if let Some(needed) = needed {
        let ctx = doc
            .entry("@context")
            .or_insert_with(|| Value::Array(Vec::new()));
        let mut list = match ctx.take() {
            Value::Array(a) => a,
            Value::Null => Vec::new(),
            one => vec![one],
        };
        if !list.iter().any(|c| c == needed) {
            list.push(Value::String(needed.to_owned()));
        }
        *ctx = Value::Array(list);
    }
    let mut proof = Map::new();
    match suite {
        LinkedDataSuite::EddsaRdfc2022 => {
            proof.insert("type".to_owned(), "DataIntegrityProof".into());
            proof.insert(
                "cryptosuite".to_owned(),
                crate::proof::eddsa_rdfc_2022::NAME.into(),
            );
        }
        LinkedDataSuite::Ed25519Signature2020 => {
            proof.insert(
                "type".to_owned(),
                crate::proof::ed25519_signature_2020::NAME.into(),
            );
        }
    }
    proof.insert("created".to_owned(), created.to_rfc3339().into());
    proof.insert("verificationMethod".to_owned(), verification_method.into());
    proof.insert("proofPurpose".to_owned(), "assertionMethod".into());
    let data = crate::proof::linked_data::hash_data(
        &doc,
        &proof,
        &[],
        crate::proof::eddsa_rdfc_2022::SKIP,
        &crate::policy::Policy::default(),
    )?;
    proof.insert(
        "proofValue".to_owned(),
        format!("z{}", base58_encode(&key.sign(&data.bytes))).into(),
    );
    let proofs = match existing {
        None => Value::Object(proof),
        Some(Value::Array(mut items)) => {
            items.push(Value::Object(proof));
            Value::Array(items)
        }
        Some(one) => Value::Array(vec![one, Value::Object(proof)]),
    };
    doc.insert("proof".to_owned(), proofs);
    Ok(doc)
}
