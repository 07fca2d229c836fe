//! The report carries facts as data (`wants`, `deciding`, `unsigned`, the `status_required` check)
//! and the crypto-provider seam gives the same report in two passes as in one. Data-driven over
//! tests/vectors/own/EXPECTED.json.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::{file, json, now, url_documents};
use keurmerk::{
    CheckId, Code, Config, Deferred, Native, Outcome, Policy, Provider, Report, Verdict, Verifier,
    WantKind,
};
use serde_json::Value;

fn own(name: &str, require_status: bool) -> (Verifier, &'static [u8]) {
    let expected = json("own/EXPECTED.json");
    let docs = expected[name]["documents"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let verifier = Verifier::new(Config {
        documents: url_documents(&docs, "own/"),
        policy: Policy {
            require_status,
            ..Policy::default()
        },
        ..Config::default()
    })
    .unwrap();
    (verifier, file(&format!("own/{name}")))
}

fn own_names() -> Vec<String> {
    json("own/EXPECTED.json")
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect()
}

#[test]
fn a_missing_did_document_is_named_as_wanted() {
    let (v, bytes) = own("jcs-did-web-no-document.json", false);
    let r = v.verify(bytes, now());
    let c = r
        .checks
        .iter()
        .find(|c| c.code == Code::KeyUnresolvable)
        .unwrap();
    let w = c.wants.as_ref().expect("wants");
    assert_eq!(w.kind, WantKind::Did);
    assert!(
        w.url.starts_with("did:web:") && !w.url.contains('#'),
        "{w:?}"
    );
    let j: Value = serde_json::from_str(&r.to_json()).unwrap();
    let i = r.checks.iter().position(|c| c.wants.is_some()).unwrap();
    assert_eq!(j["checks"][i]["wants"]["kind"], "did");
    // Checks that want nothing carry no `wants` member at all.
    assert!(j["checks"][0].get("wants").is_none());
}

#[test]
fn a_missing_status_list_is_named_as_wanted() {
    let (v, bytes) = own("status-list-missing.json", false);
    let r = v.verify(bytes, now());
    let c = r.checks.iter().find(|c| c.id == CheckId::Status).unwrap();
    assert_eq!(c.code, Code::StatusListUnavailable);
    let w = c.wants.as_ref().expect("wants");
    assert_eq!(w.kind, WantKind::Status);
    assert!(w.url.starts_with("https://"), "{w:?}");
    assert_eq!(r.verdict, Verdict::IssuerUnknown);
}

/// The deciding check is the first whose code forces the verdict; for issuer_unknown and
/// verified it is a trust check.
#[test]
fn every_report_names_the_check_that_decided_it() {
    for name in own_names() {
        let (v, bytes) = own(&name, false);
        let r = v.verify(bytes, now());
        let c = r
            .deciding_check()
            .unwrap_or_else(|| panic!("{name}: no deciding check"));
        match r.verdict {
            Verdict::IssuerUnknown | Verdict::Verified => {
                assert_eq!(c.id, CheckId::Trust, "{name}")
            }
            v => {
                assert_eq!(c.code.effect(), Some(v), "{name}");
                let first = r.checks.iter().position(|c| c.code.effect() == Some(v));
                assert_eq!(r.deciding, first, "{name}");
            }
        }
    }
}

#[test]
fn each_code_has_one_outcome_consistent_with_its_effect() {
    for c in Code::ALL {
        match c.effect() {
            Some(Verdict::Indeterminate) => assert_eq!(c.outcome(), Outcome::NotChecked, "{c}"),
            Some(_) => assert_eq!(c.outcome(), Outcome::Fail, "{c}"),
            None => {}
        }
    }
}

#[test]
fn require_status_is_a_check_that_forces_indeterminate() {
    let (v, bytes) = own("status-list-missing.json", true);
    let r = v.verify(bytes, now());
    assert_eq!(r.verdict, Verdict::Indeterminate);
    assert_eq!(r.deciding_check().unwrap().code, Code::StatusRequired);
    // A status that is known satisfies the policy; the list's own status is not required.
    let (v, bytes) = own("status-not-revoked.json", true);
    let r = v.verify(bytes, now());
    assert_eq!(r.verdict, Verdict::IssuerUnknown, "{}", r.to_json());
    assert!(r.checks.iter().any(|c| c.code == Code::StatusOk));
}

#[test]
fn unsigned_parts_are_listed_by_pointer() {
    let (_, bytes) = own("rdfc-undefined-term-added.json", false);
    let lenient = Verifier::new(Config {
        policy: Policy {
            allow_undefined_terms: true,
            ..Policy::default()
        },
        ..Config::default()
    })
    .unwrap();
    let r = lenient.verify(bytes, now());
    assert!(!r.unsigned.is_empty(), "{}", r.to_json());
    assert!(r
        .unsigned
        .iter()
        .all(|u| u.pointer.starts_with('/') && !u.what.is_empty()));
}

/// The seam for asynchronous crypto: a first pass lists the signatures, the host answers them, a
/// second pass gives exactly the report a synchronous provider gives.
#[test]
fn two_passes_through_a_deferred_provider_give_the_same_report() {
    let mut deferred_any = 0;
    for name in own_names() {
        let (v, bytes) = own(&name, false);
        let direct: Report = v.verify(bytes, now());
        let mut deferred = Deferred::deferring_everything();
        let first = v.verify_with(bytes, now(), &deferred);
        let asked = deferred.asked();
        if asked.is_empty() {
            assert_eq!(first, direct, "{name}");
            continue;
        }
        deferred_any += 1;
        assert!(
            first
                .checks
                .iter()
                .any(|c| c.code == Code::SignatureNotChecked),
            "{name}"
        );
        for check in &asked {
            deferred.answer(check, Native.verify(check));
        }
        let second = v.verify_with(bytes, now(), &deferred);
        assert_eq!(second, direct, "{name}");
    }
    assert!(
        deferred_any > 20,
        "only {deferred_any} vectors reached a signature"
    );
}
