//! What the proof stage tells the report: one check for all proofs, the keys that signed, and what
//! the signatures do not cover.

use crate::canon::jsonld::context::is_bundled;
use crate::canon::jsonld::Dropped;
use crate::codes::{Code, Fault, Verdict};
use crate::lines;
use crate::keys::ResolvedKey;
use crate::proof::ProofResult;
use crate::report::{CertificateSummary, Check, CheckId, SignatureSummary};

/// The proof stage's outcome.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Proven {
    /// The proof check, and a warning for unsigned parts if any.
    pub checks: Vec<Check>,
    /// The keys that made valid signatures (empty unless every proof verified).
    pub keys: Vec<ResolvedKey>,
    /// The securing mechanisms, in proof order.
    pub securing: Vec<String>,
    /// The verification methods the proofs name, in proof order.
    pub verification_methods: Vec<String>,
    /// What the signatures do not cover; meaningful when `keys` is not empty.
    pub unsigned: Vec<Dropped>,
    /// Each signature's algorithm, key type and certificates.
    pub signatures: Vec<SignatureSummary>,
}

fn signature(r: &ProofResult) -> SignatureSummary {
    let key = r.result.as_ref().ok();
    SignatureSummary {
        securing: r.securing.clone(),
        algorithm: r.algorithm.map(|a| a.jose_name()),
        key_type: key.map(|k| k.public_key.describe()),
        verification_method: key.map(|k| k.id.clone()).or(r.verification_method.clone()),
        self_asserted: key.is_some_and(|k| k.self_asserted),
        certificates: r
            .certificates
            .iter()
            .map(|c| CertificateSummary {
                subject: c.subject.clone(),
                issuer: c.issuer.clone(),
                not_before: c.not_before.clone(),
                not_after: c.not_after.clone(),
            })
            .collect(),
    }
}

/// `ecdsa-rdfc-2019 (ES384, P-384 key)`, as the proof check's detail names a signature.
fn named(s: &SignatureSummary) -> String {
    match (s.algorithm, &s.key_type) {
        (Some(a), Some(k)) => format!("{} ({a}, {k})", s.securing),
        _ => s.securing.clone(),
    }
}

/// Sums up the proofs: pass when every proof verified, else the most severe failure.
pub fn summarise(results: Result<Vec<ProofResult>, Fault>) -> Proven {
    let results = match results {
        Ok(r) => r,
        Err(f) => {
            return Proven {
                checks: vec![Check::from_fault(CheckId::Proof, f)],
                ..Proven::default()
            }
        }
    };
    let mut proven = Proven {
        securing: results.iter().map(|r| r.securing.clone()).collect(),
        verification_methods: results
            .iter()
            .filter_map(|r| r.verification_method.clone())
            .collect(),
        unsigned: results.iter().flat_map(|r| r.unsigned.clone()).collect(),
        signatures: results.iter().map(signature).collect(),
        ..Proven::default()
    };
    let keys: Vec<ResolvedKey> = results
        .iter()
        .filter_map(|r| r.result.as_ref().ok().cloned())
        .collect();
    let rank = |f: &Fault| f.code.effect().unwrap_or(Verdict::Verified);
    let worst = results.iter().filter_map(|r| r.result.as_ref().err()).fold(
        None::<&Fault>,
        |w, f| match w {
            Some(w) if rank(w) <= rank(f) => Some(w),
            _ => Some(f),
        },
    );
    proven.checks.push(match worst {
        Some(f) => {
            let mut c = Check::from_fault(CheckId::Proof, f.clone());
            if results.len() > 1 {
                let (k, n) = (keys.len(), results.len());
                let english = format!("{} ({k} of {n} proofs verified)", c.detail);
                match c.facts.as_mut() {
                    // The line's facts say it after the reason (the wasm's `detail` is empty).
                    Some(facts) => {
                        facts.then = Some(Box::new(lines::proofs_counted(k, n)));
                        if !c.detail.is_empty() {
                            c.detail = english;
                        }
                    }
                    None => c.detail = english,
                }
            }
            c
        }
        None => {
            proven.keys = keys;
            let names: Vec<String> = proven.signatures.iter().map(named).collect();
            Check::said(
                CheckId::Proof,
                Code::SignatureValid,
                lines::proof_verified(names.join(", ")),
            )
        }
    });
    let mut contexts: Vec<&str> = results
        .iter()
        .flat_map(|r| r.contexts.iter().map(String::as_str))
        .collect();
    contexts.dedup();
    if !contexts.is_empty() {
        // A wrong copy of a supplied context changes the canonical form: say so when a proof failed.
        let contexts = contexts.join(", ");
        proven.checks.push(Check::said(
            CheckId::Proof,
            Code::JsonldContextSupplied,
            if proven.keys.is_empty() {
                lines::proof_contexts_supplied_suspect(contexts)
            } else {
                lines::proof_contexts_supplied(contexts)
            },
        ));
    }
    if !proven.unsigned.is_empty() {
        let list: Vec<String> = proven.unsigned.iter().map(Dropped::to_string).collect();
        proven.checks.push(Check::said(
            CheckId::Proof,
            Code::JsonldUndefinedTermsAllowed,
            lines::proof_uncovered(list.join("; ")),
        ));
    }
    proven
}

/// The `@context` URLs that are neither bundled nor among the host's documents. A JSON-LD proof
/// stops on them itself; a JCS proof or a JWT does not read contexts, but what the credential's
/// terms mean is then unknown offline, so it is `indeterminate` all the same (DESIGN.md,
/// `unknown-context`), wanting the context.
pub fn unknown_contexts(
    cred: &crate::parse::Credential,
    docs: &crate::keys::Documents,
    proven: &Proven,
) -> Option<Check> {
    // Open Badges 2.0 signatures and JAdES seals cover bytes and hosted badges none: the context
    // is not needed (an EDC's ELM terms are read by `descriptors::elm`).
    if matches!(
        cred.securing,
        crate::parse::Securing::Ob2(_) | crate::parse::Securing::Jades(_)
    )
        || proven
            .checks
            .iter()
            .any(|c| c.code == Code::JsonldUnknownContext)
    {
        return None;
    }
    let unknown: Vec<&str> = crate::parse::as_list(cred.doc.get("@context"))
        .filter_map(serde_json::Value::as_str)
        .filter(|url| !is_bundled(url) && docs.get(url).is_none())
        .collect();
    let first = unknown.first()?;
    let shown: String = first.chars().take(200).collect();
    let facts = match unknown.len() - 1 {
        0 => lines::context_unknown(&shown),
        more => lines::contexts_unknown(&shown, more),
    };
    Some(Check::from_fault(
        CheckId::Credential,
        lines::fault(Code::JsonldUnknownContext, facts)
            .wanting(&shown, crate::codes::WantKind::Context),
    ))
}
