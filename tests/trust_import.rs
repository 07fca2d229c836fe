//! Importing public registers into trust lists (`keurmerk::trust::import`, native): each reader
//! reads its real sample (`tests/fixtures/trust-sources/`, copied from ../shared/trust-sources with
//! REGISTRIES.md), refuses what it must (a tampered or expired OpenID Federation statement, an
//! unmapped DEQAR institution, an unsigned mapping), and an import → merge → sign → verify round
//! trip turns a real DCC test credential into `verified`, with the register named in the report.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use keurmerk::sign::{sign_eddsa_jcs_2022, IssuerKey};
use keurmerk::trust::import::{self, dcc, deqar, oidf, rio, Mapping};
use keurmerk::{Config, Timestamp, Verdict, Verifier};
use serde_json::{json, Map, Value};

fn fixture(path: &str) -> Vec<u8> {
    let p = format!(
        "{}/tests/fixtures/trust-sources/{path}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

fn fixture_json(path: &str) -> Value {
    serde_json::from_slice(&fixture(path)).unwrap()
}

fn fixture_text(path: &str) -> String {
    String::from_utf8(fixture(path)).unwrap()
}

fn at(s: &str) -> Timestamp {
    Timestamp::parse(s).unwrap().0
}

fn operator() -> IssuerKey {
    IssuerKey::from_seed(&[7; 32])
}

fn scheme(op: &IssuerKey) -> Map<String, Value> {
    json!({
        "operator": { "id": op.did_key(), "name": { "en": "Test operator" }, "country": "NL" },
        "name": { "en": "Issuers from public registers (test)" }
    })
    .as_object()
    .unwrap()
    .clone()
}

fn signed_mapping(op: &IssuerKey, issuers: Value) -> Map<String, Value> {
    let doc =
        json!({ "type": "KeurmerkIssuerMapping", "operator": op.did_key(), "issuers": issuers });
    sign_eddsa_jcs_2022(
        doc.as_object().unwrap().clone(),
        op,
        &op.did_key_vm(),
        at("2026-11-01T00:00:00Z"),
    )
}

fn anchors(op: &IssuerKey) -> Vec<[u8; 32]> {
    vec![keurmerk::trust::anchor(&op.did_key()).unwrap()]
}

#[test]
fn dcc_registry_round_trip_verifies_a_real_dcc_credential() {
    let read = at("2026-11-03T00:00:00Z");
    let known = fixture_json("dcc/known-did-registries.json");
    let url = "https://digitalcredentials.github.io/community-registry/registry.json";
    let (name, reference) = dcc::name_from_known(&known, url).unwrap();
    assert_eq!(name, "DCC Community Registry");
    let imported = dcc::read(
        &fixture_json("dcc/community-registry.json"),
        &name,
        reference.as_deref(),
        read,
    )
    .unwrap();
    assert_eq!(imported.entities.len(), 27);
    assert!(imported.refused.is_empty());
    let e = &imported.entities[0];
    assert_eq!(e["evidence"][0]["source"], "DCC Community Registry");
    assert_eq!(e["evidence"][0]["kind"], "listed");
    assert_eq!(e["evidence"][0]["retrieved"], "2026-11-03T00:00:00Z");

    let op = operator();
    let entries = imported.to_document(&name, read);
    let list = import::merge(&scheme(&op), &[entries.as_object().unwrap().clone()], read).unwrap();
    // The shortest-lived source decides: 30 days after reading the registry.
    assert_eq!(
        list["schemeInformation"]["nextUpdate"],
        "2026-12-03T00:00:00Z"
    );
    let list = sign_eddsa_jcs_2022(list, &op, &op.did_key_vm(), read);

    let credential = std::fs::read(format!(
        "{}/tests/vectors/external/dcc-vc-test-fixtures/v1/dataIntegrityProof/didKey/fourRegistry-noStatus-noExpiry.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let now = at("2026-12-01T00:00:00Z");
    let without = Verifier::new(Config::default())
        .unwrap()
        .verify(&credential, now);
    assert_eq!(without.verdict, Verdict::IssuerUnknown);
    let config = Config {
        trust_lists: vec![serde_json::to_vec(&list).unwrap()],
        trust_anchors: vec![op.did_key()],
        ..Config::default()
    };
    let report = Verifier::new(config).unwrap().verify(&credential, now);
    assert_eq!(report.verdict, Verdict::Verified, "{:#?}", report.checks);
    let issuer = report.issuer.unwrap();
    assert_eq!(issuer.name_source.as_deref(), Some("trust_list"));
    let by = &issuer.trusted_by[0];
    assert_eq!(by.evidence[0]["source"], "DCC Community Registry");
    assert_eq!(by.evidence[0]["retrieved"], "2026-11-03T00:00:00Z");
    // The report JSON carries the provenance as data.
    let js = serde_json::to_value(&report.checks).unwrap();
    assert!(js
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["code"] == "trust_vouched"));
}

fn federation(now: &str) -> import::Imported {
    let anchor = oidf::anchor(
        &fixture_text("dcc/oidf/ta-entity-configuration.test.jwt"),
        at(now),
    )
    .unwrap();
    assert_eq!(anchor.id, "https://test.registry.dcconsortium.org");
    let statements: Vec<(String, String)> = ["oneuni", "twotr"]
        .iter()
        .map(|n| {
            let f = format!("dcc/oidf/subordinate-statement-{n}.test.jwt");
            (f.clone(), fixture_text(&f))
        })
        .collect();
    oidf::read(&anchor, &statements, None, at(now), Timestamp::from_unix(0))
}

#[test]
fn openid_federation_statements_are_verified_at_import() {
    let ok = federation("2025-04-26T00:00:00Z");
    assert!(ok.refused.is_empty(), "{:?}", ok.refused);
    let ids: Vec<&str> = ok
        .entities
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["did:web:oneuni.testuni.edu", "did:web:twotr.testschool.edu"]
    );
    let one = &ok.entities[0];
    assert_eq!(one["name"]["en"], "OneUni University");
    assert_eq!(one["identifiers"]["ror"], "042nb2s44");
    assert_eq!(one["evidence"][0]["kind"], "member");
    assert_eq!(
        one["evidence"][0]["source"],
        "Digital Credentials Consortium (TEST)"
    );
    assert_eq!(one["evidence"][0]["expires"], "2025-04-26T17:59:42Z");
    // nextUpdate follows the statement that expires first.
    let op = operator();
    let entries = ok.to_document("DCC test federation", at("2025-04-26T00:00:00Z"));
    let list = import::merge(
        &scheme(&op),
        &[entries.as_object().unwrap().clone()],
        at("2025-04-26T00:00:00Z"),
    )
    .unwrap();
    assert_eq!(
        list["schemeInformation"]["nextUpdate"],
        "2025-04-26T15:00:43Z"
    );

    // An hour after twotr's statement expired: refused, and said why.
    let late = federation("2025-04-26T16:00:00Z");
    assert_eq!(late.entities.len(), 1);
    assert!(
        late.refused[0].contains("twotr")
            && late.refused[0].contains("expired at 2025-04-26T15:00:43Z")
    );
}

#[test]
fn a_tampered_federation_statement_is_refused() {
    let text = fixture_text("dcc/oidf/subordinate-statement-oneuni.test.jwt");
    let parts: Vec<&str> = text.trim().split('.').collect();
    let payload = keurmerk::encoding::base64url_decode(parts[1]).unwrap();
    let mut claims: Value = serde_json::from_slice(&payload).unwrap();
    claims["sub"] = "did:web:evil.example".into();
    let forged = format!(
        "{}.{}.{}",
        parts[0],
        keurmerk::encoding::base64url_encode(&serde_json::to_vec(&claims).unwrap()),
        parts[2]
    );
    let anchor = oidf::anchor(
        &fixture_text("dcc/oidf/ta-entity-configuration.test.jwt"),
        at("2025-04-26T00:00:00Z"),
    )
    .unwrap();
    let out = oidf::read(
        &anchor,
        &[("forged.jwt".into(), forged)],
        None,
        at("2025-04-26T00:00:00Z"),
        Timestamp::from_unix(0),
    );
    assert!(out.entities.is_empty());
    assert!(
        out.refused[0].contains("signature does not verify"),
        "{:?}",
        out.refused
    );
}

#[test]
fn deqar_reports_become_accreditations_through_the_operators_mapping() {
    let op = operator();
    let did = "did:web:rwth.example";
    let map = Mapping::verify(
        &signed_mapping(
            &op,
            json!([{ "id": did, "deqar": "DEQARINST0382",
                     "programmes": { "42791": ["https://rwth.example/achievements/automotive"] } }]),
        ),
        &anchors(&op),
    )
    .unwrap();
    let read = at("2026-11-03T00:00:00Z");
    let out = deqar::read(
        &[fixture_json("deqar/webapi-v2-rwth-aachen.example.json")],
        &map,
        read,
    );
    assert!(out.refused.is_empty(), "{:?}", out.refused);
    let e = &out.entities[0];
    assert_eq!(e["id"], did);
    assert_eq!(e["country"], "DE");
    assert_eq!(e["identifiers"]["deqar"], "DEQARINST0382");
    // Institutional: the institution's cycles (first, second, third) as EQF 6, 7, 8, by AAQ.
    let inst = &e["accreditations"][0];
    assert_eq!(inst["body"], "AAQ");
    let mut levels: Vec<u64> = inst["levels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_u64().unwrap())
        .collect();
    levels.sort_unstable();
    assert_eq!(levels, [6, 7, 8]);
    assert_eq!(inst["validUntil"], "2024-09-30T00:00:00Z");
    // Programme: scoped to the achievements the operator mapped, at the programme's level.
    let prog = &e["accreditations"][1];
    assert_eq!(prog["levels"], json!([7]));
    assert_eq!(
        prog["programmes"][0]["achievements"][0],
        "https://rwth.example/achievements/automotive"
    );
    assert_eq!(e["evidence"][0]["source"], "DEQAR");
    assert_eq!(e["evidence"][0]["kind"], "accredited");
    // The list format reads it back.
    let list = import::merge(
        &scheme(&op),
        &[out.to_document("DEQAR", read).as_object().unwrap().clone()],
        read,
    )
    .unwrap();
    let parsed = keurmerk::trust::list::parse(&list).unwrap();
    assert_eq!(
        parsed.entities[0].accreditations[1].programmes[0]
            .achievements
            .len(),
        1
    );
    assert_eq!(parsed.entities[0].identifiers["eter"], "DE0069");
}

#[test]
fn an_unmapped_deqar_institution_is_refused_not_guessed() {
    let op = operator();
    let map = Mapping::verify(&signed_mapping(&op, json!([])), &anchors(&op)).unwrap();
    let out = deqar::read(
        &[fixture_json("deqar/webapi-v2-rwth-aachen.example.json")],
        &map,
        at("2026-11-03T00:00:00Z"),
    );
    assert!(out.entities.is_empty());
    assert!(
        out.refused[0].contains("DEQARINST0382")
            && out.refused[0].contains("not in the operator's mapping")
    );
}

#[test]
fn a_mapping_not_signed_by_the_operator_is_refused() {
    let op = operator();
    let other = IssuerKey::from_seed(&[8; 32]);
    let forged = signed_mapping(
        &other,
        json!([{ "id": "did:web:x.example", "deqar": "DEQARINST0382" }]),
    );
    assert!(Mapping::verify(&forged, &anchors(&op)).is_err());
    let mut unsigned = signed_mapping(&op, json!([]));
    unsigned.remove("proof");
    assert!(Mapping::verify(&unsigned, &anchors(&op)).is_err());
}

#[test]
fn rio_recognitions_are_status_history_and_unmapped_providers_are_refused() {
    let op = operator();
    let did = "did:web:gravendreef.example";
    let map = Mapping::verify(
        &signed_mapping(&op, json!([{ "id": did, "brin": "31EW" }])),
        &anchors(&op),
    )
    .unwrap();
    let out = rio::read(
        &[fixture_json("rio/rio-lod-api.examples.json")],
        &map,
        at("2026-11-03T00:00:00Z"),
    );
    assert_eq!(out.entities.len(), 1);
    let e = &out.entities[0];
    assert_eq!(
        e["name"]["nl"],
        "'s Gravendreef College voor vbo, mavo en havo"
    );
    assert_eq!(
        e["statusHistory"][0],
        json!({ "status": "granted", "from": "2017-08-01T00:00:00Z" })
    );
    assert_eq!(e["identifiers"]["brin"], "31EW");
    assert_eq!(e["evidence"][0]["kind"], "recognised");
    assert_eq!(e["evidence"][0]["validFrom"], "2017-08-01T00:00:00Z");
    assert_eq!(out.refused.len(), 1);
    assert!(out.refused[0].contains("100A003"));
    // A credential issued before the recognition is not vouched for (rule 6 of docs/trust-list.md).
    let list = import::merge(
        &scheme(&op),
        &[out
            .to_document("RIO", at("2026-11-03T00:00:00Z"))
            .as_object()
            .unwrap()
            .clone()],
        at("2026-11-03T00:00:00Z"),
    )
    .unwrap();
    let parsed = keurmerk::trust::list::parse(&list).unwrap();
    assert_eq!(
        parsed.entities[0].status_at(at("2016-01-01T00:00:00Z")),
        None
    );
    assert!(parsed.entities[0]
        .status_at(at("2020-01-01T00:00:00Z"))
        .is_some());
}
