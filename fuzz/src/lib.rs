//! Shared setup of the fuzz targets: a fixed `now`, and a verifier configured like the tests' own
//! vectors (did:web document, status lists, the signed trust list and its operator key, an Open
//! Badges 2.0 issuer's hosted documents), so that mutated inputs reach every stage: key documents,
//! status lists, trust lists and hosted badges included.

use std::sync::OnceLock;

use keurmerk::{Config, Document, Timestamp, Verifier};

macro_rules! own {
    ($name:literal) => {
        include_bytes!(concat!("../../tests/vectors/own/", $name))
    };
}

/// Where the own vectors' status lists live.
pub const STATUS_BASE: &str = "https://status.roc-voorbeeldstad.example/lists";

/// A credential whose status entry 7 points at `status-list-revocation.json`.
pub const REVOKED_CREDENTIAL: &[u8] = own!("status-revoked.json");

/// The operator key that signed `trust-list.signed.json`.
pub const OPERATOR_KEY_FILE: &[u8] = own!("keys/operator.key.json");

/// The evaluation time of the test vectors.
pub fn now() -> Timestamp {
    Timestamp::from_unix(1_795_305_600) // 2026-11-22T00:00:00Z
}

/// The operator's public key, `z6Mk…`.
pub fn operator_anchor() -> String {
    let key: serde_json::Value = serde_json::from_slice(OPERATOR_KEY_FILE).unwrap_or_default();
    key["publicKeyMultibase"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// Documents the own vectors need (the gzip bomb list is left out: it costs 20 ms a run).
pub fn documents() -> Vec<Document> {
    let doc = |url: &str, bytes: &[u8]| Document {
        url: Some(url.to_owned()),
        bytes: bytes.to_vec(),
    };
    let list = |name: &str, bytes: &[u8]| doc(&format!("{STATUS_BASE}/{name}"), bytes);
    vec![
        doc(
            "did:web:badges.roc-voorbeeldstad.example",
            own!("did-web-document.json"),
        ),
        list(
            "status-list-revocation.json",
            own!("status-list-revocation.json"),
        ),
        list(
            "status-list-suspension.json",
            own!("status-list-suspension.json"),
        ),
        list("status-list-short.json", own!("status-list-short.json")),
        list(
            "status-list-tampered.json",
            own!("status-list-tampered.json"),
        ),
        list("status-list-foreign.json", own!("status-list-foreign.json")),
        list("status-list-expired.json", own!("status-list-expired.json")),
        list(
            "1edtech-revocations.json",
            own!("1edtech-revocation-list.json"),
        ),
    ]
    .into_iter()
    .chain(OB2_DOCUMENTS.iter().map(|(url, bytes)| doc(url, bytes)))
    .collect()
}

macro_rules! ob2 {
    ($name:literal) => {
        include_bytes!(concat!(
            "../../tests/vectors/next-wave/resolution/ob20/",
            $name
        ))
    };
}

/// An Open Badges 2.0 issuer's hosted documents (the 1EdTech validator's test assets), so that
/// mutated assertions reach the hosted, signed and revocation-list checks.
pub const OB2_DOCUMENTS: &[(&str, &[u8])] = &[
    ("https://example.org/robotics-badge.json", ob2!("robotics-badge.json")),
    ("https://example.org/organization.json", ob2!("organization.json")),
    ("http://example.org/key1.json", ob2!("key1.json")),
    (
        "https://example.org/badge-from-organization-with-revocation-list.json",
        ob2!("badge-from-organization-with-revocation-list.json"),
    ),
    (
        "https://example.org/organization-with-revocation-list.json",
        ob2!("organization-with-revocation-list.json"),
    ),
    ("http://example.org/key3.json", ob2!("key3.json")),
    ("http://example.org/revocation-list.json", ob2!("revocation-list.json")),
    (
        "https://example.org/beths-robotics-badge.json",
        include_bytes!("../../tests/vectors/next-wave/1edtech-validator/ob20/basic-assertion.json"),
    ),
];

/// A hosted URL whose issuer answered 410 Gone.
pub const OB2_GONE: &str = "https://example.org/beths-robotics-badge-revoked.json";

/// A verifier with [`documents`], the own signed trust list and its operator as anchor.
pub fn verifier() -> &'static Verifier {
    static V: OnceLock<Verifier> = OnceLock::new();
    V.get_or_init(|| {
        Verifier::new(Config {
            documents: documents(),
            trust_lists: vec![own!("trust-list.signed.json").to_vec()],
            trust_anchors: vec![operator_anchor()],
            gone: vec![OB2_GONE.to_owned()],
            ..Config::default()
        })
        .unwrap_or_else(|e| panic!("fuzz setup: {e}"))
    })
}
