//! The EU trusted lists (issue 18): `keurmerk::trust::import::eidas` verifies the LOTL's XAdES
//! signature against a pinned signer and each national list against the certificates the LOTL
//! names for it — on the real lists in `tests/fixtures/trust-sources/eidas/` (from
//! ../shared/trust-sources/eidas, SOURCES.md) — refuses a tampered list and a wrong pin, and the
//! imported entries, signed as a Keurmerk list, give each EDC vector its `expected_with_eidas`
//! verdict with the seal's CA named on the trust line.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use keurmerk::sign::{sign_eddsa_jcs_2022, IssuerKey};
use keurmerk::trust::import::{self, eidas};
use keurmerk::{CheckId, Code, Config, Timestamp, Verifier};
use serde_json::{json, Value};

fn fixture(path: &str) -> Vec<u8> {
    let p = format!(
        "{}/tests/fixtures/trust-sources/eidas/{path}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

fn at(s: &str) -> Timestamp {
    Timestamp::parse(s).unwrap().0
}

/// The LOTL signer the operator pins (here taken from the LOTL itself; in operation from the
/// Official Journal's certificate set).
fn pinned() -> Vec<Vec<u8>> {
    let pem = String::from_utf8(fixture("lotl-signer-2023.pem")).unwrap();
    vec![keurmerk::keys::x509::pem(&pem, "CERTIFICATE").unwrap()]
}

fn lotl() -> eidas::Lotl {
    eidas::lotl(&fixture("eu-lotl.xml"), &pinned()).unwrap()
}

#[test]
fn the_lotl_verifies_with_its_pinned_signer_and_points_to_the_national_lists() {
    let l = lotl();
    assert_eq!(
        (l.scheme.territory.as_str(), l.scheme.sequence),
        ("EU", 390)
    );
    assert_eq!(l.scheme.issued, at("2026-08-03T13:16:38Z"));
    assert!(!l.scheme.stale(at("2026-09-01T00:00:00Z")));
    let es = l.pointers.iter().find(|(t, _, _)| t == "ES").unwrap();
    assert_eq!(es.2, "https://tsl.digital.gob.es/TSL.xml");
    assert!(!es.1.is_empty());
    // Any other certificate as the pin: the signature verifies, the signer is refused.
    let (_, se) = eidas::national(&fixture("TSL_SE.xml"), &l, at("2026-09-01T00:00:00Z")).unwrap();
    assert!(se.entities.iter().all(|e| e["country"] == "SE"));
    let other = eidas::lotl(&fixture("eu-lotl.xml"), &[l.pointers[0].1[0].clone()]).unwrap_err();
    assert!(
        other.detail.contains("not one of the pinned LOTL signers"),
        "{}",
        other.detail
    );
    // A national list is not a LOTL: its signer is not pinned.
    assert!(eidas::lotl(&fixture("TSL_SE.xml"), &pinned()).is_err());
}

#[test]
fn a_tampered_national_list_is_refused_never_imported() {
    let err = eidas::national(
        &fixture("constructed-TSL_SE-tampered.xml"),
        &lotl(),
        at("2026-09-01T00:00:00Z"),
    )
    .unwrap_err();
    assert!(err.detail.contains("does not match"), "{}", err.detail);
    // One byte of the signed properties changed: refused too.
    let mut bytes = fixture("TSL_SE.xml");
    let text = String::from_utf8(bytes.clone()).unwrap();
    let i = text.find("SigningTime>").unwrap() + "SigningTime>".len() + 3;
    bytes[i] = if bytes[i] == b'1' { b'2' } else { b'1' };
    assert!(eidas::national(&bytes, &lotl(), at("2026-09-01T00:00:00Z")).is_err());
}

#[test]
fn the_spanish_list_yields_the_seal_cas_with_their_history_and_evidence() {
    let (scheme, imported) =
        eidas::national(&fixture("TSL_ES.xml"), &lotl(), at("2026-09-01T00:00:00Z")).unwrap();
    assert_eq!((scheme.territory.as_str(), scheme.sequence), ("ES", 184));
    assert!(
        scheme.stale(at("2026-12-06T00:00:00Z")),
        "NextUpdate 2026-09-24"
    );
    let anf = imported
        .entities
        .iter()
        .find(|e| {
            e["name"]["en"]
                == "Qualified certificate issued by «ANF AC Qualified Certificates for eSeal»"
        })
        .expect("the CA of the EDC samples' seals");
    assert_eq!(anf["service"]["type"], "CA/QC");
    assert_eq!(anf["service"]["list"]["sequence"], 184);
    assert_eq!(
        anf["statusHistory"],
        json!([{ "status": "granted", "from": "2023-01-31T00:00:00Z" }])
    );
    assert_eq!(anf["evidence"][0]["expires"], "2026-09-24T01:00:31Z");
    // A CA for signatures only is left out; time-stamping services are in.
    assert!(imported.entities.iter().all(|e| !e["name"]["en"]
        .as_str()
        .unwrap()
        .ends_with("for eSignature»")));
    assert!(imported
        .entities
        .iter()
        .any(|e| e["service"]["type"] == "TSA/QTST"));
}

fn signed_list(op: &IssuerKey) -> Value {
    let read = at("2026-09-01T00:00:00Z");
    let (_, imported) = eidas::national(&fixture("TSL_ES.xml"), &lotl(), read).unwrap();
    let entries = imported.to_document("EU trusted lists", read);
    let scheme = json!({
        "operator": { "id": op.did_key(), "name": { "en": "Test operator" }, "country": "NL" },
        "name": { "en": "EU trusted lists (test)" }
    });
    let list = import::merge(
        scheme.as_object().unwrap(),
        &[entries.as_object().unwrap().clone()],
        read,
    )
    .unwrap();
    assert_eq!(
        list["schemeInformation"]["nextUpdate"],
        "2026-09-24T01:00:31Z"
    );
    Value::Object(sign_eddsa_jcs_2022(list, op, &op.did_key_vm(), read))
}

#[test]
fn each_edc_vector_gets_its_verdict_with_the_imported_lists() {
    let op = IssuerKey::from_seed(&[9; 32]);
    let config = Config {
        trust_lists: vec![serde_json::to_vec(&signed_list(&op)).unwrap()],
        trust_anchors: vec![op.did_key()],
        ..Config::default()
    };
    let verifier = Verifier::new(config).unwrap();
    let dir = format!("{}/tests/vectors/edc", env!("CARGO_MANIFEST_DIR"));
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(format!("{dir}/MANIFEST.json")).unwrap()).unwrap();
    let now = at(manifest["now"].as_str().unwrap());
    let mut scored = 0;
    for e in manifest["entries"].as_array().unwrap() {
        let path = e["path"].as_str().unwrap();
        let ideal = e["expected_with_eidas"][0].as_str().unwrap();
        if ideal == "?" {
            continue;
        }
        let report = verifier.verify(&std::fs::read(format!("{dir}/{path}")).unwrap(), now);
        assert_eq!(
            report.verdict.as_str(),
            ideal,
            "{path}: {:#?}",
            report.checks
        );
        let trust = report
            .checks
            .iter()
            .find(|c| c.id == CheckId::Trust)
            .unwrap();
        let expected = match (
            report
                .checks
                .iter()
                .any(|c| c.code == Code::SignatureInvalid),
            path,
        ) {
            (true, _) => Code::NotReached,
            // ANF Assured ID CA1 was withdrawn in 2025: not vouched for now.
            (false, "edci-credential-signed.jsonld") => Code::TrustIssuerNotGranted,
            (false, _) => Code::TrustVouched,
        };
        assert_eq!(trust.code, expected, "{path}: {}", trust.detail);
        if expected == Code::TrustVouched {
            assert!(
                trust
                    .detail
                    .contains("ANF AC Qualified Certificates for eSeal")
                    && trust
                        .detail
                        .contains("ES trusted list (sequence 184, issued 2026-03-26)")
                    && trust.detail.contains("the sealer's claim"),
                "{}",
                trust.detail
            );
        }
        scored += 1;
    }
    assert_eq!(scored, 7);
}

fn edc(path: &str) -> Value {
    let p = format!("{}/tests/vectors/edc/{path}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap()
}

/// The members of a seal's `etsiU`, each an object or the base64url of one, as objects.
fn etsi_u(doc: &Value) -> Vec<Value> {
    doc["signatures"][0]["header"]["etsiU"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| match m {
            Value::String(s) => {
                serde_json::from_slice(&keurmerk::encoding::base64url_decode(s).unwrap()).unwrap()
            }
            other => other.clone(),
        })
        .collect()
}

/// The trust line of `doc` verified with the Spanish list at the manifest's time.
fn trust_line(doc: &Value) -> keurmerk::Check {
    let report = with_list().verify(
        &serde_json::to_vec(doc).unwrap(),
        at("2026-09-01T00:00:00Z"),
    );
    report
        .checks
        .into_iter()
        .find(|c| c.id == CheckId::Trust)
        .unwrap()
}

fn with_list() -> Verifier {
    let op = IssuerKey::from_seed(&[9; 32]);
    Verifier::new(Config {
        trust_lists: vec![serde_json::to_vec(&signed_list(&op)).unwrap()],
        trust_anchors: vec![op.did_key()],
        ..Config::default()
    })
    .unwrap()
}

#[test]
fn a_swapped_seal_certificate_is_refused() {
    use keurmerk::encoding::{base64url_decode, base64url_encode};
    // The leaf of another ANF seal put into the protected header: the header is signed.
    let mut doc = edc("elm-sample-mc-annex1-signed.jsonld");
    let other = edc("edci-credential-signed.jsonld");
    let header = |d: &Value| -> Value {
        let p = d["signatures"][0]["protected"].as_str().unwrap();
        serde_json::from_slice(&base64url_decode(p).unwrap()).unwrap()
    };
    let mut h = header(&doc);
    h["x5c"][0] = header(&other)["x5c"][0].clone();
    doc["signatures"][0]["protected"] = base64url_encode(&serde_json::to_vec(&h).unwrap()).into();
    let report = with_list().verify(
        &serde_json::to_vec(&doc).unwrap(),
        at("2026-09-01T00:00:00Z"),
    );
    assert_eq!(report.verdict.as_str(), "invalid", "{:#?}", report.checks);
    let proof = report
        .checks
        .iter()
        .find(|c| c.id == CheckId::Proof)
        .unwrap();
    assert!(proof.detail.contains("x5t#S256"), "{}", proof.detail);
}

#[test]
fn a_listed_ca_slipped_into_the_unsigned_header_does_not_vouch() {
    // The EDCI seal was issued by ANF Assured ID CA1 (withdrawn 2025). Its unsigned etsiU is
    // replaced by the sample's, which carries the granted ANF eSeal CA: the seal certificate does
    // not verify with that CA's key, so it is not vouched for.
    let mut doc = edc("edci-credential-signed.jsonld");
    let sample = edc("elm-sample-mc-annex1-signed.jsonld");
    doc["signatures"][0]["header"] = sample["signatures"][0]["header"].clone();
    let trust = trust_line(&doc);
    assert_eq!(trust.code, Code::TrustIssuerNotListed, "{}", trust.detail);
    assert!(
        trust.detail.contains("not shown to be issued by"),
        "{}",
        trust.detail
    );
    // Both CAs carried: the one that signed is found, whatever the order.
    let mut doc = edc("edci-credential-signed.jsonld");
    let mut etsi_u = sample["signatures"][0]["header"]["etsiU"]
        .as_array()
        .unwrap()
        .clone();
    etsi_u.extend(
        doc["signatures"][0]["header"]["etsiU"]
            .as_array()
            .unwrap()
            .iter()
            .cloned(),
    );
    doc["signatures"][0]["header"]["etsiU"] = Value::Array(etsi_u);
    let trust = trust_line(&doc);
    assert_eq!(trust.code, Code::TrustIssuerNotGranted, "{}", trust.detail);
    assert!(
        trust.detail.contains("ANF Assured ID CA1"),
        "{}",
        trust.detail
    );
}

/// A signature timestamp proves the signing time only from a qualified time-stamping service:
/// with the samples' test TSA (Nowina `good-tsa`) listed as one — a constructed entry, no real
/// list has it — the CA's status counts at the timestamp's `genTime`, not now: the EDCI seal's CA
/// (ANF Assured ID CA1, withdrawn in 2025) was granted when the seal was made; and the
/// certificates, expired since, were valid and not revoked then: the Commission's sample verifies.
#[test]
fn a_qualified_timestamp_moves_the_status_to_the_signing_time() {
    use keurmerk::encoding::base64_decode;
    let op = IssuerKey::from_seed(&[9; 32]);
    let read = at("2026-09-01T00:00:00Z");
    let (_, imported) = eidas::national(&fixture("TSL_ES.xml"), &lotl(), read).unwrap();
    let mut entries = imported.to_document("EU trusted lists", read);
    // the CA of good-tsa (Nowina's test root-ca, one key per sample), as the seals carry it in
    // etsiU xVals, listed as the service's identity: the authority is found through the
    // certificate it issued
    let doc = edc("edci-credential-signed.jsonld");
    let pins: Vec<Value> = [&doc, &edc("elm-sample-mc-annex1-signed.jsonld")]
        .into_iter()
        .flat_map(etsi_u)
        .filter_map(|m| m.get("xVals").cloned())
        .flat_map(|x| x.as_array().unwrap().clone())
        .map(|x| base64_decode(x["x509Cert"]["val"].as_str().unwrap()).unwrap())
        .filter(|der| {
            keurmerk::keys::x509::certificate(der)
                .unwrap()
                .subject
                .contains("CN=root-ca")
        })
        .map(|der| {
            let spki = keurmerk::keys::x509::tbs(&der).unwrap().spki.to_vec();
            json!({ "spkiSha256": keurmerk::encoding::base64url_encode(&<sha2::Sha256 as sha2::Digest>::digest(&spki)) })
        })
        .collect();
    assert_eq!(
        pins.len(),
        2,
        "the TSA's CA certificate is carried by both samples"
    );
    entries["trustedEntities"].as_array_mut().unwrap().push(json!({
        "id": "urn:test:tsa:good-tsa",
        "name": { "en": "Nowina PKI-TEST time-stamping (constructed: listed for this test only)" },
        "country": "LU",
        "x509": pins,
        "statusHistory": [{ "status": "granted", "from": "2022-01-01T00:00:00Z" }],
        "service": { "type": "TSA/QTST", "provider": "Nowina Solutions",
                     "list": { "territory": "LU", "sequence": 1, "issued": "2026-01-01T00:00:00Z" } }
    }));
    let scheme = json!({
        "operator": { "id": op.did_key(), "name": { "en": "Test operator" }, "country": "NL" },
        "name": { "en": "EU trusted lists and a test TSA" }
    });
    let list = import::merge(
        scheme.as_object().unwrap(),
        &[entries.as_object().unwrap().clone()],
        read,
    )
    .unwrap();
    let list = sign_eddsa_jcs_2022(list, &op, &op.did_key_vm(), read);
    let verifier = Verifier::new(Config {
        trust_lists: vec![serde_json::to_vec(&list).unwrap()],
        trust_anchors: vec![op.did_key()],
        ..Config::default()
    })
    .unwrap();
    let report = verifier.verify(&serde_json::to_vec(&doc).unwrap(), read);
    let trust = report
        .checks
        .iter()
        .find(|c| c.id == CheckId::Trust)
        .unwrap();
    assert_eq!(trust.code, Code::TrustVouched, "{}", trust.detail);
    assert!(
        trust.detail.contains("status at 2022-12-21T18:50:35Z")
            && trust
                .detail
                .contains("signature timestamp from CN=good-tsa")
            && trust.detail.contains("granted then"),
        "{}",
        trust.detail
    );
    // Still expired: the credential's own validUntil. The certificate line passes: a qualified
    // timestamp proves the seal was made while the certificate was valid, and the embedded OCSP
    // response says it was not revoked then.
    assert_eq!(report.verdict.as_str(), "expired");
    let line = report
        .checks
        .iter()
        .find(|c| c.id == CheckId::IssuerKey)
        .unwrap();
    assert_eq!(line.code, Code::SealCertificateValid, "{}", line.detail);

    // The Commission's sample, under the same list: seal intact, certificate valid at the proven
    // time and not revoked then, its CA granted then, the credential within its validity. That is
    // what an EDC needs to be verified offline (good-tsa's listing is this test's construction).
    let sample = serde_json::to_vec(&edc("elm-sample-mc-annex1-signed.jsonld")).unwrap();
    let report = verifier.verify(&sample, read);
    assert_eq!(report.verdict.as_str(), "verified", "{:#?}", report.checks);
    let seal = report.seal.unwrap();
    assert!(seal.timestamp.unwrap().qualified);
    assert_eq!(seal.issued_by.unwrap().status_at, "2023-09-27T11:54:20Z");
}

/// The RFC 3161 reader on the sample's real signature timestamp: it stamps the JWS signature value
/// as written (base64url), names good-tsa, and refuses other data and a changed token.
#[test]
fn the_signature_timestamp_verifies_and_names_its_authority() {
    use keurmerk::encoding::base64_decode;
    use keurmerk::proof::timestamp;
    use keurmerk::Native;
    let doc = edc("elm-sample-mc-annex1-signed.jsonld");
    let sig = &doc["signatures"][0];
    let token = etsi_u(&doc)
        .iter()
        .find_map(|m| m.get("sigTst"))
        .map(|t| base64_decode(t["tstTokens"][0]["val"].as_str().unwrap()).unwrap())
        .unwrap();
    let stamped = sig["signature"].as_str().unwrap().as_bytes();
    let s = timestamp::verify(&token, stamped, &Native).unwrap();
    assert_eq!(s.gen_time, at("2023-09-27T11:54:20Z"));
    assert_eq!(s.tsa_name(), "CN=good-tsa, O=Nowina Solutions, C=LU");
    let other = timestamp::verify(&token, b"another signature", &Native).unwrap_err();
    assert!(
        other.detail.contains("stamps other data"),
        "{}",
        other.detail
    );
    // the last byte of the TSA's signature changed
    let mut forged = token.clone();
    let i = forged.len() - 1;
    forged[i] ^= 1;
    assert_eq!(
        timestamp::verify(&forged, stamped, &Native)
            .unwrap_err()
            .code,
        Code::SignatureInvalid
    );
    for cut in [0, 10, token.len() / 2] {
        assert!(timestamp::verify(&token[..cut], stamped, &Native).is_err());
    }
}

/// The seal's summary carries what the lists say, as data: the timestamp (verified, by good-tsa,
/// not qualified), the CA that issued the certificate with its list, status and the time it is
/// judged at; and a seal is qualified when the list's qualifiers put the certificate's key in a
/// qualified device (`QCQSCDManagedOnBehalf` for one of its policies) — the sample's policy
/// 1.3.6.1.4.1.18332.25.1.1.10 is not among the Spanish list's, so it stays advanced.
#[test]
fn the_seal_summary_names_its_timestamp_and_its_ca_and_a_list_qualifier_makes_it_qualified() {
    let bytes = serde_json::to_vec(&edc("elm-sample-mc-annex1-signed.jsonld")).unwrap();
    let now = at("2026-09-01T00:00:00Z");
    let report = with_list().verify(&bytes, now);
    let seal = report.seal.unwrap();
    let stamp = seal.timestamp.unwrap();
    assert!(stamp.verified && !stamp.qualified);
    assert_eq!(stamp.time.as_deref(), Some("2023-09-27T11:54:20Z"));
    assert_eq!(stamp.authority, "CN=good-tsa, O=Nowina Solutions, C=LU");
    let by = seal.issued_by.unwrap();
    assert_eq!(
        by.service,
        "Qualified certificate issued by «ANF AC Qualified Certificates for eSeal»"
    );
    assert_eq!(
        (by.country.as_str(), by.list_sequence, by.status),
        ("ES", 184, "granted")
    );
    assert_eq!(by.status_at, "2026-09-01T00:00:00Z");
    assert!(!by.qscd_by_list);
    assert_eq!(seal.level, "advanced_qualified_certificate");

    // The same list, with the ANF eSeal CA's qualifier also naming the sample's policy.
    let op = IssuerKey::from_seed(&[9; 32]);
    let mut list = signed_list(&op);
    list.as_object_mut().unwrap().remove("proof");
    for e in list["trustedEntities"].as_array_mut().unwrap() {
        if e["name"]["en"]
            == "Qualified certificate issued by «ANF AC Qualified Certificates for eSeal»"
        {
            e["service"]["qualifiers"][0]["policies"]
                .as_array_mut()
                .unwrap()
                .push("1.3.6.1.4.1.18332.25.1.1.10".into());
        }
    }
    let list = sign_eddsa_jcs_2022(
        list.as_object().unwrap().clone(),
        &op,
        &op.did_key_vm(),
        now,
    );
    let verifier = Verifier::new(Config {
        trust_lists: vec![serde_json::to_vec(&list).unwrap()],
        trust_anchors: vec![op.did_key()],
        ..Config::default()
    })
    .unwrap();
    let seal = verifier.verify(&bytes, now).seal.unwrap();
    assert!(seal.issued_by.unwrap().qscd_by_list);
    assert_eq!(
        (seal.level, seal.level_words),
        ("qualified", "qualified electronic seal")
    );
    // Without lists: the timestamp is still named, no CA.
    let seal = Verifier::new(Config::default())
        .unwrap()
        .verify(&bytes, now)
        .seal
        .unwrap();
    assert!(seal.timestamp.unwrap().verified && seal.issued_by.is_none());
}

/// A list that does not carry its signer's certificate (`KeyInfo` without `X509Certificate`) is
/// verified with the certificates the LOTL names for its territory; the signature still binds.
#[test]
fn a_list_without_its_signer_certificate_is_checked_against_the_lotl_pointer() {
    let text = String::from_utf8(fixture("TSL_SE.xml")).unwrap();
    let start = text.find("<ds:X509Certificate>").unwrap();
    let end = text[start..].find("</ds:X509Certificate>").unwrap()
        + start
        + "</ds:X509Certificate>".len();
    let bare = format!("{}{}", &text[..start], &text[end..]);
    assert!(!bare.contains("<ds:X509Certificate>"));
    let (scheme, imported) =
        eidas::national(bare.as_bytes(), &lotl(), at("2026-09-01T00:00:00Z")).unwrap();
    assert_eq!((scheme.territory.as_str(), scheme.sequence), ("SE", 62));
    assert!(imported.entities.iter().all(|e| e["country"] == "SE"));
    // and a changed one still fails
    let tampered = bare.replacen("SignGuard Europe AB", "SignGuard Europa AB", 1);
    assert_ne!(tampered, bare);
    assert!(eidas::national(tampered.as_bytes(), &lotl(), at("2026-09-01T00:00:00Z")).is_err());
}
