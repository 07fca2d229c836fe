//! The W3C RDF Dataset Canonicalization (RDFC-1.0) test suite (tests/vectors/external/w3c-rdf-canon,
//! see its PROVENANCE.md), one test per kind of entry, plus the poison graphs the work limit must
//! stop. Runs natively and in wasm (Node).
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::collections::BTreeMap;

use keurmerk::canon::rdf::{Quad, Term};
use keurmerk::canon::rdfc::{canonicalize, canonicalize_with, Budget, HashAlgorithm};
use keurmerk::canon::{nquads, rdf};
use keurmerk::{Code, Fault};
use serde_json::Value;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

const SUITE: &str = "external/w3c-rdf-canon";

fn entries(kind: &str) -> Vec<Value> {
    let manifest = common::json(&format!("{SUITE}/manifest.jsonld"));
    manifest["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == kind)
        .cloned()
        .collect()
}

fn hash_of(entry: &Value) -> HashAlgorithm {
    match entry["hashAlgorithm"].as_str() {
        None | Some("SHA256") => HashAlgorithm::Sha256,
        Some("SHA384") => HashAlgorithm::Sha384,
        Some(other) => panic!("{}: unknown hashAlgorithm {other}", entry["id"]),
    }
}

fn run(entry: &Value) -> Result<(String, BTreeMap<String, String>), Fault> {
    let input = common::text(&format!("{SUITE}/{}", entry["action"].as_str().unwrap()));
    let quads = nquads::parse(input)?;
    canonicalize_with(&quads, hash_of(entry), &Budget::default())
}

#[test]
fn w3c_evaluation_tests_give_the_expected_canonical_nquads() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for entry in entries("rdfc:RDFC10EvalTest") {
        let id = entry["id"].as_str().unwrap();
        let expected = common::text(&format!("{SUITE}/{}", entry["result"].as_str().unwrap()));
        match run(&entry) {
            Ok((got, _)) if got == expected => {}
            Ok((got, _)) => failures.push(format!("{id}: expected\n{expected}got\n{got}")),
            Err(e) => failures.push(format!("{id}: {e}")),
        }
        checked += 1;
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(
        checked, 64,
        "the suite changed: update this count deliberately"
    );
}

#[test]
fn w3c_map_tests_issue_the_expected_identifiers() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for entry in entries("rdfc:RDFC10MapTest") {
        let id = entry["id"].as_str().unwrap();
        let expected: BTreeMap<String, String> = serde_json::from_value(common::json(&format!(
            "{SUITE}/{}",
            entry["result"].as_str().unwrap()
        )))
        .unwrap();
        match run(&entry) {
            Ok((_, got)) if got == expected => {}
            Ok((_, got)) => failures.push(format!("{id}: expected {expected:?}, got {got:?}")),
            Err(e) => failures.push(format!("{id}: {e}")),
        }
        checked += 1;
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(
        checked, 21,
        "the suite changed: update this count deliberately"
    );
}

#[test]
fn w3c_negative_tests_are_stopped_by_the_work_limit() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for entry in entries("rdfc:RDFC10NegativeEvalTest") {
        let id = entry["id"].as_str().unwrap();
        match run(&entry) {
            Err(e) if e.code == Code::RdfcWorkLimit => {}
            Err(e) => failures.push(format!("{id}: wrong error {e}")),
            Ok(_) => failures.push(format!("{id}: canonicalised a poison graph")),
        }
        checked += 1;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(
        checked, 1,
        "the suite changed: update this count deliberately"
    );
}

#[test]
fn every_manifest_entry_is_of_a_known_kind() {
    let manifest = common::json(&format!("{SUITE}/manifest.jsonld"));
    let entries = manifest["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 86);
    for e in entries {
        assert!(
            matches!(
                e["type"].as_str(),
                Some("rdfc:RDFC10EvalTest" | "rdfc:RDFC10MapTest" | "rdfc:RDFC10NegativeEvalTest")
            ),
            "{}",
            e["id"]
        );
    }
}

fn blank(label: &str) -> Term {
    Term::Blank(label.to_owned())
}

fn iri(s: &str) -> Term {
    Term::Iri(s.to_owned())
}

/// The quads of tests/vectors/external/jsonld-edge-cases/poison_clique10.json: a credential whose
/// ten subjects `_:e0` … `_:e9` each point at all ten (themselves included).
fn clique10_quads() -> Vec<Quad> {
    let doc = common::json("external/jsonld-edge-cases/poison_clique10.json");
    let subjects = doc["credentialSubject"].as_array().unwrap();
    assert_eq!(subjects.len(), 10);
    let cred = "https://www.w3.org/2018/credentials#";
    let vc = blank("vc");
    let mut quads = vec![
        Quad {
            subject: vc.clone(),
            predicate: iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            object: iri(&format!("{cred}VerifiableCredential")),
            graph: None,
        },
        Quad {
            subject: vc.clone(),
            predicate: iri(&format!("{cred}issuer")),
            object: iri(doc["issuer"].as_str().unwrap()),
            graph: None,
        },
    ];
    for s in subjects {
        let me = blank(s["id"].as_str().unwrap().trim_start_matches("_:"));
        quads.push(Quad {
            subject: vc.clone(),
            predicate: iri(&format!("{cred}credentialSubject")),
            object: me.clone(),
            graph: None,
        });
        for o in s["http://example.com/p"].as_array().unwrap() {
            quads.push(Quad {
                subject: me.clone(),
                predicate: iri("http://example.com/p"),
                object: blank(o["id"].as_str().unwrap().trim_start_matches("_:")),
                graph: None,
            });
        }
    }
    assert_eq!(quads.len(), 2 + 10 + 100);
    quads
}

#[test]
fn a_ten_node_blank_node_clique_is_stopped_by_the_work_limit() {
    let err = canonicalize(&clique10_quads(), &Budget::default()).unwrap_err();
    assert_eq!(err.code, Code::RdfcWorkLimit, "{err}");
    assert!(
        matches!(
            err.line(),
            Some("rdfc_work_steps" | "rdfc_n_degree_calls" | "rdfc_too_deep")
        ),
        "{err}"
    );
}

#[test]
fn a_clique_with_a_long_predicate_is_stopped_as_well() {
    // Each related-node hash of a long predicate costs work steps by the kilobyte.
    let p = iri(&format!("urn:{}", "p".repeat(20_000)));
    let quads: Vec<Quad> = (0..10)
        .flat_map(|i| (0..10).map(move |j| (i, j)))
        .map(|(i, j)| Quad {
            subject: blank(&format!("e{i}")),
            predicate: p.clone(),
            object: blank(&format!("e{j}")),
            graph: None,
        })
        .collect();
    let err = canonicalize(&quads, &Budget::default()).unwrap_err();
    assert_eq!(err.code, Code::RdfcWorkLimit, "{err}");
}

#[test]
fn a_small_clique_is_canonicalised() {
    // Symmetric but small: four blank nodes all linked; well inside the budget.
    let mut quads = Vec::new();
    for i in 0..4 {
        for j in 0..4 {
            if i != j {
                quads.push(Quad {
                    subject: blank(&format!("n{i}")),
                    predicate: iri("urn:p"),
                    object: blank(&format!("n{j}")),
                    graph: None,
                });
            }
        }
    }
    let doc = canonicalize(&quads, &Budget::default()).unwrap();
    assert_eq!(doc.lines().count(), 12);
    assert!(doc.contains("_:c14n3 <urn:p> _:c14n0 .\n"));
}

#[test]
fn a_long_chain_of_look_alike_blank_nodes_is_refused_not_overflowed() {
    // An RDF list of 2,000 equal items: the middle nodes share a first-degree hash and Hash
    // N-Degree Quads recurses along the chain.
    let first = iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#first");
    let rest = iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#rest");
    let n = 2000;
    let mut quads = vec![Quad {
        subject: iri("urn:s"),
        predicate: iri("urn:list"),
        object: blank("l0"),
        graph: None,
    }];
    for i in 0..n {
        quads.push(Quad {
            subject: blank(&format!("l{i}")),
            predicate: first.clone(),
            object: iri("urn:item"),
            graph: None,
        });
        quads.push(Quad {
            subject: blank(&format!("l{i}")),
            predicate: rest.clone(),
            object: if i + 1 == n {
                iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#nil")
            } else {
                blank(&format!("l{}", i + 1))
            },
            graph: None,
        });
    }
    let err = canonicalize(&quads, &Budget::default()).unwrap_err();
    assert_eq!(err.code, Code::RdfcWorkLimit, "{err}");
}

#[test]
fn canonical_output_parses_back_to_the_same_canonical_output() {
    let mut checked = 0;
    for entry in entries("rdfc:RDFC10EvalTest") {
        let expected = common::text(&format!("{SUITE}/{}", entry["result"].as_str().unwrap()));
        let quads = nquads::parse(expected).unwrap();
        let lines: String = quads.iter().map(rdf::Quad::to_nquads).collect();
        assert_eq!(lines, expected, "{}", entry["id"]);
        checked += 1;
    }
    assert_eq!(checked, 64);
}
