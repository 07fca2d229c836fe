//! The bundled JSON-LD contexts against `docs/contexts.md` (byte-exact hashes), and the contexts
//! only the full module bundles (`contexts::FULL_ONLY`: ODRL, JsonWebSignature2020, CLR 2.0):
//! a credential using each canonicalises, is signed with the crate's own tools and verifies, and a
//! JWT or JCS credential naming one is no longer `indeterminate`. (The integration tests always
//! build the full module: the dev-dependency on the crate itself keeps default features on. The
//! core module's `module_needed` for these contexts is a unit test in `src/canon/jsonld/context.rs`.)
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use keurmerk::canon::jsonld::{self, context::is_bundled};
use keurmerk::sign::{sign_eddsa_jcs_2022, IssuerKey};
use keurmerk::{Report, Timestamp, Verifier};
use serde_json::{json, Map, Value};

const DOC: &str = include_str!("../docs/contexts.md");

const ODRL: &str = "https://www.w3.org/ns/odrl.jsonld";
const JWS_2020: &str = "https://w3id.org/security/suites/jws-2020/v1";
const CLR_2_0_1: &str = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json";
const CLR_2_0_0: &str = "https://purl.imsglobal.org/spec/clr/v2p0/context.json";

fn key() -> IssuerKey {
    IssuerKey::from_seed(&[7; 32])
}

fn now() -> Timestamp {
    Timestamp::parse("2026-11-22T00:00:00Z").unwrap().0
}

fn created() -> Timestamp {
    Timestamp::parse("2026-01-01T00:00:00Z").unwrap().0
}

fn verify(doc: &Map<String, Value>) -> Report {
    let bytes = serde_json::to_vec(doc).unwrap();
    Verifier::new(keurmerk::Config::default())
        .unwrap()
        .verify(&bytes, now())
}

fn failing(r: &Report) -> Vec<(&'static str, String)> {
    r.checks
        .iter()
        .filter(|c| c.outcome != keurmerk::Outcome::Pass)
        .map(|c| (c.code.as_str(), c.detail.clone()))
        .collect()
}

/// The docs/contexts.md row of `url`: (file, sha256).
fn row(url: &str) -> Option<(&'static str, &'static str)> {
    DOC.lines().find_map(|line| {
        let cells: Vec<&str> = line
            .split('|')
            .map(|c| c.trim().trim_matches('`'))
            .collect();
        (cells.len() > 4 && cells[1] == url).then(|| (cells[2], cells[3]))
    })
}

/// Every context the core module bundles, and (with feature `ecdsa-rsa`) every one only the full
/// module bundles, hashes to what docs/contexts.md records; every URL there is one of them.
#[test]
fn every_bundled_context_hashes_to_its_recorded_sha256() {
    use sha2::{Digest, Sha256};
    let lists = [
        jsonld::contexts::BUNDLED,
        #[cfg(feature = "ecdsa-rsa")]
        jsonld::contexts::FULL_ONLY,
    ];
    let mut n = 0;
    for (url, text) in lists.iter().copied().flatten() {
        let (file, sha) = row(url).unwrap_or_else(|| panic!("docs/contexts.md lacks {url}"));
        assert_eq!(
            keurmerk::encoding::hex(&Sha256::digest(text.as_bytes())),
            sha,
            "{url} ({file})"
        );
        n += 1;
    }
    // Rows of the two hash tables: a URL, a file and a 64-digit hash.
    let rows = DOC
        .lines()
        .filter(|l| {
            let cells: Vec<&str> = l.split('|').map(|c| c.trim().trim_matches('`')).collect();
            cells.len() > 4
                && cells[1].starts_with("https://")
                && cells[3].len() == 64
                && cells[3].bytes().all(|b| b.is_ascii_hexdigit())
        })
        .count();
    let all = jsonld::contexts::BUNDLED.len() + jsonld::contexts::FULL_ONLY.len();
    assert_eq!(rows, all, "docs/contexts.md rows vs the two tables");
    if cfg!(feature = "ecdsa-rsa") {
        assert_eq!(n, all);
    }
    for url in [ODRL, JWS_2020, CLR_2_0_1, CLR_2_0_0] {
        assert!(
            jsonld::contexts::FULL_ONLY.iter().any(|(u, _)| *u == url),
            "{url}"
        );
    }
    for (url, _) in jsonld::contexts::FULL_ONLY {
        assert!(is_bundled(url), "{url}");
        assert!(
            !jsonld::contexts::BUNDLED.iter().any(|(u, _)| u == url),
            "{url} in both tables"
        );
    }
}

/// VC Data Model 1.1 example 29 ("Usage of the termsOfUse property by an issuer"): ODRL terms
/// through the VC 1.1 examples context, which lists the ODRL context. The example's
/// `"assignee": "AllVerifiers"` is a relative IRI there (ODRL types `assignee` as `@id`), which
/// JSON-LD drops; here it is written out.
fn odrl_credential() -> Map<String, Value> {
    json!({
        "@context": ["https://www.w3.org/2018/credentials/v1", "https://www.w3.org/2018/credentials/examples/v1"],
        "id": "http://example.edu/credentials/3732",
        "type": ["VerifiableCredential", "UniversityDegreeCredential"],
        "issuer": key().did_key(),
        "issuanceDate": "2026-01-01T00:00:00Z",
        "credentialSubject": {
            "id": "did:example:ebfeb1f712ebc6f1c276e12ec21",
            "degree": {"type": "BachelorDegree", "name": "Bachelor of Science and Arts"}
        },
        "termsOfUse": [{
            "type": "IssuerPolicy",
            "id": "http://example.com/policies/credential/4",
            "profile": "http://example.com/profiles/credential",
            "prohibition": [{
                "assigner": "https://example.edu/issuers/14",
                "assignee": "https://example.org/examples#AllVerifiers",
                "target": "http://example.edu/credentials/3732",
                "action": ["Archival"]
            }]
        }]
    })
    .as_object()
    .unwrap()
    .clone()
}

/// A VC 2.0 credential that names the JsonWebSignature2020 context (as VC-JWTs of that era do).
fn jws_2020_credential() -> Map<String, Value> {
    json!({
        "@context": ["https://www.w3.org/ns/credentials/v2", JWS_2020, "https://www.w3.org/ns/credentials/examples/v2"],
        "id": "urn:uuid:0c07c1ce-57cb-41af-bef2-1b932b986873",
        "type": ["VerifiableCredential", "ExampleCredential"],
        "issuer": key().did_key(),
        "validFrom": "2026-01-01T00:00:00Z",
        "credentialSubject": {"id": "did:example:learner", "name": "Example"}
    })
    .as_object()
    .unwrap()
    .clone()
}

/// A CLR 2.0 credential (CLR 2.0 §B, the context order of its examples) with an achievement and an
/// association.
fn clr_credential(clr_context: &str) -> Map<String, Value> {
    json!({
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            clr_context,
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
        ],
        "id": "http://example.edu/clr/3732",
        "type": ["VerifiableCredential", "ClrCredential"],
        "issuer": {"id": key().did_key(), "type": ["Profile"], "name": "Example University"},
        "validFrom": "2026-01-01T00:00:00Z",
        "name": "Example University Comprehensive Learner Record",
        "credentialSubject": {
            "id": "did:example:learner",
            "type": "ClrSubject",
            "achievement": [{
                "id": "https://example.edu/achievements/bsc",
                "type": "Achievement",
                "name": "Bachelor of Science",
                "criteria": {"narrative": "Completed the programme."}
            }, {
                "id": "https://example.edu/achievements/cs101",
                "type": "Achievement",
                "name": "Introduction to Computing",
                "criteria": {"narrative": "Passed the course."}
            }],
            "association": [{
                "type": "Association",
                "associationType": "isChildOf",
                "sourceId": "https://example.edu/achievements/cs101",
                "targetId": "https://example.edu/achievements/bsc"
            }]
        }
    })
    .as_object()
    .unwrap()
    .clone()
}

#[cfg(feature = "ecdsa-rsa")]
mod full {
    use keurmerk::parse::JwtProfile;
    use keurmerk::proof::linked_data::canonical_nquads;
    use keurmerk::sign::{sign_jwt, sign_linked_data, LinkedDataSuite};

    use super::*;

    /// Canonicalises `doc` (nothing dropped), signs it with `suite` and verifies it: the verdict
    /// is `issuer_unknown` (a valid signature; no trust list names the issuer).
    fn signs_and_verifies(doc: Map<String, Value>, suite: LinkedDataSuite, must_have: &str) {
        let (nq, dropped) = canonical_nquads(&Value::Object(doc.clone())).unwrap();
        assert!(dropped.is_empty(), "{dropped:?}");
        assert!(nq.contains(must_have), "no {must_have} in\n{nq}");
        let k = key();
        let signed = sign_linked_data(doc, &k, &k.did_key_vm(), created(), suite).unwrap();
        let report = verify(&signed);
        assert_eq!(
            report.verdict.as_str(),
            "issuer_unknown",
            "{:?}",
            failing(&report)
        );
    }

    #[test]
    fn odrl_terms_of_the_vc_1_1_examples_context_verify() {
        signs_and_verifies(
            odrl_credential(),
            LinkedDataSuite::Ed25519Signature2020,
            "<http://www.w3.org/ns/odrl/2/prohibition>",
        );
    }

    #[test]
    fn a_credential_naming_the_jws_2020_context_verifies() {
        signs_and_verifies(
            jws_2020_credential(),
            LinkedDataSuite::EddsaRdfc2022,
            "<https://www.w3.org/ns/credentials/examples#ExampleCredential>",
        );
    }

    #[test]
    fn clr_2_0_credentials_verify_under_both_clr_contexts() {
        for ctx in [CLR_2_0_1, CLR_2_0_0] {
            signs_and_verifies(
                clr_credential(ctx),
                LinkedDataSuite::EddsaRdfc2022,
                "<https://purl.imsglobal.org/spec/vc/clr/vocab.html#association>",
            );
        }
    }

    /// DESIGN.md `unknown-context`: a JWT or JCS credential is indeterminate over a context that
    /// is not bundled, and no longer over these.
    #[test]
    fn jwt_and_jcs_credentials_naming_them_are_not_indeterminate() {
        let k = key();
        for doc in [
            odrl_credential(),
            jws_2020_credential(),
            clr_credential(CLR_2_0_1),
        ] {
            let jwt = sign_jwt(&doc, &k, &k.did_key_vm(), JwtProfile::Vc11);
            let report = Verifier::new(keurmerk::Config::default())
                .unwrap()
                .verify(jwt.as_bytes(), now());
            assert_eq!(
                report.verdict.as_str(),
                "issuer_unknown",
                "{:?}",
                failing(&report)
            );
            let jcs = sign_eddsa_jcs_2022(doc, &k, &k.did_key_vm(), created());
            let report = verify(&jcs);
            assert_eq!(
                report.verdict.as_str(),
                "issuer_unknown",
                "{:?}",
                failing(&report)
            );
        }
    }
}
