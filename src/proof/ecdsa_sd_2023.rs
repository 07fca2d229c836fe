//! `ecdsa-sd-2023` (W3C vc-di-ecdsa §3.4–3.5): selective disclosure with ECDSA P-256. The issuer
//! signs a *base proof* for the holder; the holder shares a *derived proof* over the statements
//! they reveal. A verifier checks derived proofs only (§3.5.7–3.5.8, "createVerifyData"):
//!
//! 1. `proofValue` = `u` + base64url(`d9 5d 01` ‖ CBOR `[baseSignature, publicKey, signatures,
//!    compressedLabelMap, mandatoryIndexes]`); `d9 5d 00` is a base proof: reported, not verified.
//! 2. The revealed document is RDF-canonicalised and its canonical blank node labels (`c14nN`)
//!    replaced by the issuer's HMAC'd labels from the label map; the N-Quads are sorted again.
//! 3. The quads at `mandatoryIndexes` are hashed (`mandatoryHash`); the issuer's key must have
//!    signed `SHA-256(RDFC(proof config)) ‖ publicKey ‖ mandatoryHash` (`baseSignature`).
//! 4. Every other quad carries its own signature by the proof's ephemeral `publicKey`, in order.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::canon::jsonld;
use crate::canon::rdf::{Quad, Term};
use crate::canon::rdfc;
use crate::cbor::{self, Cbor};
use crate::codes::{Code, Fault};
use crate::crypto::{Algorithm, Hash, PublicKey, SignatureCheck};
use crate::encoding::{base64url_decode, base64url_encode};
use crate::keys::multikey;
use crate::lines::{self, Facts};
use crate::policy::Cryptosuite;
use crate::proof::{linked_data, Input, Message, Signed, Suite};

/// The name in `proof.cryptosuite`.
pub const NAME: &str = "ecdsa-sd-2023";

/// The CBOR header of a base proof (issuer to holder).
pub const BASE_HEADER: [u8; 3] = [0xd9, 0x5d, 0x00];
/// The CBOR header of a derived proof (holder to verifier).
pub const DERIVED_HEADER: [u8; 3] = [0xd9, 0x5d, 0x01];
/// Most per-statement signatures a derived proof may carry.
pub const MAX_SD_SIGNATURES: usize = 4096;

/// The suite, as [`crate::proof::SUITES`] lists it.
pub const SUITE: Suite = Suite {
    id: Cryptosuite::EcdsaSd2023,
    proof_type: "DataIntegrityProof",
    cryptosuite: Some(NAME),
    signature_field: "proofValue",
    algorithms: &[Algorithm::Es256],
    signing_input,
    rdfc_hash_follows_key: false,
};

/// The parts of a derived `proofValue`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DerivedProof {
    /// The issuer's signature over proof hash, ephemeral key and mandatory hash (64 bytes).
    pub base_signature: Vec<u8>,
    /// The ephemeral P-256 key as Multikey bytes (`0x8024` ‖ 33-byte point).
    pub public_key: Vec<u8>,
    /// One signature per non-mandatory statement.
    pub signatures: Vec<Vec<u8>>,
    /// `c14nN` → the issuer's label (`u` + base64url of the HMAC).
    pub label_map: BTreeMap<String, String>,
    /// Positions of the mandatory statements in the relabelled, sorted N-Quads.
    pub mandatory_indexes: Vec<usize>,
}

fn malformed(why: Facts) -> Fault {
    lines::fault(Code::ProofMalformed, why)
}

/// Parses a derived `proofValue` (vc-di-ecdsa §3.5.7 "parseDerivedProofValue").
///
/// # Errors
/// [`Code::SdBaseProof`] for a base proof; [`Code::ProofMalformed`] for anything but a derived one.
pub fn parse_derived(proof_value: &str) -> Result<DerivedProof, Fault> {
    let bytes = proof_value
        .strip_prefix('u')
        .and_then(|b| base64url_decode(b).ok())
        .ok_or_else(|| malformed(lines::sd_proof_not_multibase()))?;
    let (header, body) = bytes.split_at(bytes.len().min(3));
    if header == BASE_HEADER {
        return Err(lines::fault(Code::SdBaseProof, lines::sd_base_proof()));
    }
    if header != DERIVED_HEADER {
        return Err(malformed(lines::sd_proof_header_unknown()));
    }
    let Ok(Cbor::Array(parts)) = cbor::decode(body) else {
        return Err(malformed(lines::sd_proof_not_cbor_array()));
    };
    let [Cbor::Bytes(base_signature), Cbor::Bytes(public_key), Cbor::Array(sigs), Cbor::Map(labels), Cbor::Array(mandatory)] =
        parts.as_slice()
    else {
        return Err(malformed(lines::sd_proof_parts()));
    };
    if sigs.len() > MAX_SD_SIGNATURES {
        return Err(malformed(lines::sd_proof_too_many_signatures()));
    }
    let mut signatures = Vec::with_capacity(sigs.len());
    for s in sigs {
        let Cbor::Bytes(b) = s else {
            return Err(malformed(lines::sd_proof_signature_not_bytes()));
        };
        signatures.push(b.clone());
    }
    let mut label_map = BTreeMap::new();
    for (k, v) in labels {
        let (Cbor::Uint(k), Cbor::Bytes(v)) = (k, v) else {
            return Err(malformed(lines::sd_proof_label_map()));
        };
        label_map.insert(format!("c14n{k}"), format!("u{}", base64url_encode(v)));
    }
    let mut mandatory_indexes = Vec::with_capacity(mandatory.len());
    for i in mandatory {
        let index = match i {
            Cbor::Uint(i) => usize::try_from(*i).ok(),
            _ => None,
        };
        mandatory_indexes
            .push(index.ok_or_else(|| malformed(lines::sd_proof_index_not_integer()))?);
    }
    Ok(DerivedProof {
        base_signature: base_signature.clone(),
        public_key: public_key.clone(),
        signatures,
        label_map,
        mandatory_indexes,
    })
}

/// The canonical N-Quads of `doc` with the issuer's blank node labels, sorted (vc-di-ecdsa /
/// vc-di-sd "labelReplacementCanonicalizeJsonLd").
///
/// # Errors
/// JSON-LD and RDFC errors; [`Code::SignatureInvalid`] when a blank node has no label in the map
/// (the document was changed).
pub fn relabelled_nquads(
    doc: &Value,
    label_map: &BTreeMap<String, String>,
    loader: &jsonld::context::Loader<'_>,
) -> Result<(Vec<String>, Vec<jsonld::Dropped>), Fault> {
    let ds = jsonld::to_dataset_with(doc, loader)?;
    let (_, issued) = rdfc::canonicalize_with(
        &ds.quads,
        rdfc::HashAlgorithm::Sha256,
        &rdfc::Budget::default(),
    )?;
    let relabel = |t: &Term| -> Result<Term, Fault> {
        match t {
            Term::Blank(b) => issued
                .get(b)
                .and_then(|c| label_map.get(c))
                .map(|l| Term::Blank(l.clone()))
                .ok_or_else(|| {
                    lines::fault(Code::SignatureInvalid, lines::sd_statement_unlabelled())
                }),
            other => Ok(other.clone()),
        }
    };
    let mut lines = Vec::with_capacity(ds.quads.len());
    for q in &ds.quads {
        let graph = match &q.graph {
            Some(g) => Some(relabel(g)?),
            None => None,
        };
        let quad = Quad {
            subject: relabel(&q.subject)?,
            predicate: q.predicate.clone(),
            object: relabel(&q.object)?,
            graph,
        };
        lines.push(quad.to_nquads());
    }
    crate::sort::sort(&mut lines);
    lines.dedup();
    Ok((lines, ds.dropped))
}

fn signing_input(input: &Input<'_>) -> Result<Signed, Fault> {
    let proof = parse_derived(input.signature_text)?;
    let ephemeral = match multikey::decode(&format!(
        "z{}",
        crate::encoding::base58_encode(&proof.public_key)
    )) {
        Ok(k @ PublicKey::P256(_)) => k,
        _ => return Err(malformed(lines::sd_proof_ephemeral_key())),
    };
    let unsecured = crate::proof::unsecured_document(input.doc, input.previous);
    let (quads, dropped) =
        relabelled_nquads(&Value::Object(unsecured), &proof.label_map, input.contexts)?;
    linked_data::lossless(&dropped, input.policy)?;
    if proof.mandatory_indexes.iter().any(|&i| i >= quads.len()) {
        return Err(malformed(lines::sd_proof_index_past_end()));
    }
    let mut mandatory = String::new();
    let mut others = Vec::new();
    for (i, q) in quads.into_iter().enumerate() {
        if proof.mandatory_indexes.contains(&i) {
            mandatory.push_str(&q);
        } else {
            others.push(q);
        }
    }
    if others.len() != proof.signatures.len() {
        return Err(lines::fault(
            Code::SignatureInvalid,
            lines::sd_statement_count(proof.signatures.len(), others.len()),
        ));
    }
    let config =
        linked_data::canonical_config(input.doc, input.proof, &["proofValue"], input.contexts)?;
    let mut message = Hash::Sha256.digest(config.as_bytes());
    message.extend_from_slice(&proof.public_key);
    message.extend(Hash::Sha256.digest(mandatory.as_bytes()));
    let more = others
        .into_iter()
        .zip(proof.signatures)
        .map(|(q, sig)| {
            SignatureCheck::new(Algorithm::Es256, ephemeral.clone(), q.into_bytes(), sig)
        })
        .collect::<Result<_, _>>()?;
    Ok(Signed {
        message: Message::Bytes(message),
        signature: proof.base_signature,
        unsigned: dropped,
        more,
    })
}
