//! Stage 3, proof: verifies each securing mechanism over its canonical form and returns the key
//! that signed. One file per mechanism, named as in its specification.

pub mod ed25519;
pub mod ed25519_signature_2018;
pub mod ed25519_signature_2020;
pub mod eddsa_jcs_2022;
pub mod eddsa_rdfc_2022;
pub mod jwt;
pub mod linked_data;

use serde_json::{Map, Value};

use crate::codes::{Code, Fault};
use crate::encoding::signature_multibase_decode;
use crate::keys::{self, Documents, ResolvedKey};
use crate::limits::MAX_PROOFS;
use crate::parse::{as_list, Credential, Securing};
use crate::policy::{Cryptosuite, Policy};
use crate::time::Timestamp;

/// What one proof (or the JWS) came to.
#[derive(Clone, Debug, PartialEq)]
pub struct ProofResult {
    /// `"eddsa-jcs-2022"`, `"jwt:EdDSA"`, or the unsupported type/suite as written.
    pub securing: String,
    /// The verification method it names, if any.
    pub verification_method: Option<String>,
    /// The key that made a valid signature, or why there is none.
    pub result: Result<ResolvedKey, Fault>,
    /// Parts of the document the signature does not cover (JSON-LD dropped them and the policy
    /// allowed it), as `"<JSON pointer>: <what>"`.
    pub unsigned: Vec<String>,
}

/// Verifies every proof of `cred`. All of them must verify: a credential carrying a proof we
/// cannot check or that fails is not judged on its other proofs (see `docs/report.md`).
///
/// # Errors
/// [`Code::ProofMissing`] when there is nothing to verify, [`Code::TooManyProofs`] over the limit.
pub fn verify(
    cred: &Credential,
    policy: &Policy,
    docs: &Documents,
    now: Timestamp,
) -> Result<Vec<ProofResult>, Fault> {
    match &cred.securing {
        Securing::Jwt(jws, profile) => {
            let alg = jws.header.get("alg").and_then(Value::as_str).unwrap_or("?");
            let label: String = alg.chars().take(32).collect();
            Ok(vec![ProofResult {
                securing: format!("jwt:{label}"),
                verification_method: jws
                    .header
                    .get("kid")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
                result: jwt::verify(jws, *profile, cred, policy, docs),
                unsigned: Vec::new(),
            }])
        }
        Securing::Embedded(proofs) if proofs.is_empty() => Err(Fault::new(
            Code::ProofMissing,
            "the credential has no proof and is not a signed token",
        )),
        Securing::Embedded(proofs) if proofs.len() > MAX_PROOFS => Err(Fault::new(
            Code::TooManyProofs,
            format!(
                "{} proofs; the limit MAX_PROOFS is {MAX_PROOFS}",
                proofs.len()
            ),
        )),
        Securing::Embedded(proofs) => Ok(proofs
            .iter()
            .map(|p| embedded(cred, p, proofs, policy, docs, now))
            .collect()),
    }
}

fn embedded(
    cred: &Credential,
    proof: &Value,
    all: &[Value],
    policy: &Policy,
    docs: &Documents,
    now: Timestamp,
) -> ProofResult {
    let Value::Object(p) = proof else {
        return ProofResult {
            securing: "?".to_owned(),
            verification_method: None,
            result: Err(Fault::new(Code::ProofMalformed, "a proof is not an object")),
            unsigned: Vec::new(),
        };
    };
    let field = |k: &str| p.get(k).and_then(Value::as_str);
    let kind = field("type").unwrap_or("");
    let suite = field("cryptosuite");
    let securing = suite.unwrap_or(kind).chars().take(64).collect::<String>();
    let verification_method = field("verificationMethod").map(str::to_owned);
    let mut unsigned = Vec::new();
    let result = check_embedded(cred, p, all, kind, suite, policy, docs, now, &mut unsigned);
    ProofResult {
        securing,
        verification_method,
        result,
        unsigned,
    }
}

#[allow(clippy::too_many_arguments, clippy::too_many_lines)]
fn check_embedded(
    cred: &Credential,
    p: &Map<String, Value>,
    all: &[Value],
    kind: &str,
    suite: Option<&str>,
    policy: &Policy,
    docs: &Documents,
    now: Timestamp,
    unsigned: &mut Vec<String>,
) -> Result<ResolvedKey, Fault> {
    let accepted = |c: Cryptosuite| policy.cryptosuites.contains(&c);
    let which = match (kind, suite) {
        ("DataIntegrityProof", Some(eddsa_jcs_2022::NAME))
            if accepted(Cryptosuite::EddsaJcs2022) =>
        {
            Cryptosuite::EddsaJcs2022
        }
        ("DataIntegrityProof", Some(eddsa_rdfc_2022::NAME))
            if accepted(Cryptosuite::EddsaRdfc2022) =>
        {
            Cryptosuite::EddsaRdfc2022
        }
        (ed25519_signature_2020::NAME, _) if accepted(Cryptosuite::Ed25519Signature2020) => {
            Cryptosuite::Ed25519Signature2020
        }
        (ed25519_signature_2018::NAME, _) if accepted(Cryptosuite::Ed25519Signature2018) => {
            Cryptosuite::Ed25519Signature2018
        }
        ("DataIntegrityProof", Some(s)) => {
            let shown: String = s.chars().take(64).collect();
            return Err(Fault::new(
                Code::CryptosuiteUnsupported,
                format!("cryptosuite {shown:?} is not accepted"),
            ));
        }
        ("DataIntegrityProof", None) => {
            return Err(Fault::new(
                Code::ProofMalformed,
                "a DataIntegrityProof without cryptosuite",
            ));
        }
        ("", _) => return Err(Fault::new(Code::ProofMalformed, "a proof without type")),
        (other, _) => {
            let shown: String = other.chars().take(64).collect();
            return Err(Fault::new(
                Code::ProofTypeUnsupported,
                format!("proof type {shown:?} is not accepted"),
            ));
        }
    };
    let field = |k: &str| p.get(k).and_then(Value::as_str);
    match field("proofPurpose") {
        Some("assertionMethod") => {}
        Some(other) => {
            let shown: String = other.chars().take(64).collect();
            return Err(Fault::new(
                Code::ProofPurposeInvalid,
                format!("proofPurpose is {shown:?}; issuing a credential needs assertionMethod"),
            ));
        }
        None => {
            return Err(Fault::new(
                Code::ProofMalformed,
                "the proof has no proofPurpose",
            ))
        }
    }
    let vm = field("verificationMethod")
        .ok_or_else(|| Fault::new(Code::ProofMalformed, "the proof has no verificationMethod"))?;
    if !crate::canon::jsonld::context::is_absolute_iri(vm) {
        let shown: String = vm.chars().take(80).collect();
        return Err(Fault::new(
            Code::KeyUnresolvable,
            format!("verificationMethod {shown:?} is not a URL or DID"),
        ));
    }
    let signature_field = if which == Cryptosuite::Ed25519Signature2018 {
        "jws"
    } else {
        "proofValue"
    };
    let signature_text = field(signature_field).ok_or_else(|| {
        Fault::new(
            Code::ProofMalformed,
            format!("the proof has no {signature_field}"),
        )
    })?;
    let signature = if which == Cryptosuite::Ed25519Signature2018 {
        None
    } else {
        Some(signature_multibase_decode(signature_text).map_err(|e| {
            Fault::new(
                Code::ProofMalformed,
                format!("proofValue is not a base58btc Ed25519 signature ({e:?})"),
            )
        })?)
    };
    for date in ["created", "expires"] {
        if let Some(v) = p.get(date) {
            let parsed = v.as_str().and_then(|s| Timestamp::parse(s).ok());
            match (date, parsed) {
                (_, None) => {
                    return Err(Fault::new(
                        Code::ProofMalformed,
                        format!("proof {date} is not a dateTime"),
                    ));
                }
                ("expires", Some((t, _))) if t < now => {
                    return Err(Fault::new(
                        Code::ProofExpired,
                        format!("the proof expired at {t}"),
                    ));
                }
                _ => {}
            }
        }
    }
    let previous = previous_proofs(p, all)?;
    // The canonical forms first: a document JSON-LD cannot sign losslessly is invalid whatever its key.
    let (message, signature) = match (which, signature) {
        (Cryptosuite::EddsaJcs2022, Some(sig)) => (
            eddsa_jcs_2022::hash_data(&cred.doc, p, &previous)?.to_vec(),
            sig.to_vec(),
        ),
        (Cryptosuite::EddsaRdfc2022 | Cryptosuite::Ed25519Signature2020, Some(sig)) => {
            let skip = if which == Cryptosuite::EddsaRdfc2022 {
                eddsa_rdfc_2022::SKIP
            } else {
                ed25519_signature_2020::SKIP
            };
            let data = linked_data::hash_data(&cred.doc, p, &previous, skip, policy)?;
            *unsigned = data.unsigned;
            (data.bytes.to_vec(), sig.to_vec())
        }
        _ => {
            let data = linked_data::hash_data(
                &cred.doc,
                p,
                &previous,
                ed25519_signature_2018::SKIP,
                policy,
            )?;
            *unsigned = data.unsigned;
            ed25519_signature_2018::signing_input(signature_text, &data.bytes)?
        }
    };
    let key = keys::resolve(vm, docs)?;
    ed25519::verify(&key.public_key, &message, &signature)?;
    Ok(key)
}

/// The document a proof signs: the secured document without `proof`, or with the proofs a chain
/// names (`previousProof`, VC Data Integrity §4.4).
pub fn unsecured_document(doc: &Map<String, Value>, previous: &[Value]) -> Map<String, Value> {
    let mut unsecured = doc.clone();
    unsecured.remove("proof");
    match previous {
        [] => {}
        [one] => {
            unsecured.insert("proof".to_owned(), one.clone());
        }
        many => {
            unsecured.insert("proof".to_owned(), Value::Array(many.to_vec()));
        }
    }
    unsecured
}

/// The proofs named by `previousProof` (a proof chain).
fn previous_proofs(p: &Map<String, Value>, all: &[Value]) -> Result<Vec<Value>, Fault> {
    as_list(p.get("previousProof"))
        .map(|id| {
            let id = id
                .as_str()
                .ok_or_else(|| Fault::new(Code::ProofMalformed, "previousProof is not a string"))?;
            all.iter()
                .find(|q| q.get("id").and_then(Value::as_str) == Some(id))
                .cloned()
                .ok_or_else(|| {
                    Fault::new(
                        Code::ProofMalformed,
                        format!("previousProof {id:?} is not among the proofs"),
                    )
                })
        })
        .collect()
}
