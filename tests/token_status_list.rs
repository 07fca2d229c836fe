//! Token Status List (draft-ietf-oauth-status-list): an SD-JWT VC or VC-JWT whose
//! `status.status_list {idx, uri}` names an entry of a Status List Token the host supplies under
//! `uri`. Every token here is signed by the test itself (Ed25519 did:key; ES256 with the IETF
//! SD-JWT examples' issuer key as a did:jwk), so each case changes exactly one thing. Native only:
//! the ES256 signing tools it uses are.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use keurmerk::encoding::base64url_encode;
use keurmerk::sign::{IssuerKey, SigningKey};
use keurmerk::{
    Algorithm, Code, Config, Deferred, Document, Provider, Report, Timestamp, Verifier, WantKind,
};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

const URI: &str = "https://status.example.edu/statuslists/1";
/// 2026-11-22T00:00:00Z
const NOW: i64 = 1_795_305_600;

fn now() -> Timestamp {
    Timestamp::from_unix(NOW)
}

struct Issuer {
    key: SigningKey,
    alg: Algorithm,
    id: String,
    kid: String,
}

fn ed25519(seed: u8) -> Issuer {
    let key = IssuerKey::from_seed(&[seed; 32]);
    Issuer {
        id: key.did_key(),
        kid: key.did_key_vm(),
        key: SigningKey::from(key),
        alg: Algorithm::Ed25519,
    }
}

/// The issuer key of the IETF SD-JWT VC examples (examples/settings.yml), as a did:jwk.
fn es256() -> Issuer {
    let jwk = json!({"kty": "EC", "crv": "P-256",
        "d": "Ur2bNKuBPOrAaxsRnbSH6hIhmNTxSGXshDSUD1a1y7g",
        "x": "b28d4MwZMjw8-00CG4xfnn9SLMVMM19SlqZpVb_uNtQ",
        "y": "Xv5zWwuoaTgdS6hV43yI6gBwTnjukmFQQnJ_kCxzqk8"});
    let key = SigningKey::read(jwk.to_string().as_bytes()).unwrap();
    let kid = key.did_jwk_verification_method().unwrap();
    Issuer {
        id: kid.split('#').next().unwrap().to_owned(),
        kid,
        key,
        alg: Algorithm::Es256,
    }
}

impl Issuer {
    fn jws(&self, typ: &str, payload: &Value) -> String {
        let header = json!({"alg": self.alg.jose_name(), "typ": typ, "kid": self.kid});
        let input = format!(
            "{}.{}",
            base64url_encode(header.to_string().as_bytes()),
            base64url_encode(payload.to_string().as_bytes())
        );
        let sig = self.key.sign(self.alg, input.as_bytes()).unwrap();
        format!("{input}.{}", base64url_encode(&sig))
    }

    /// A Status List Token for `URI` with `bits` per entry and these values from index 0.
    fn token(&self, bits: u8, values: &[u8], edit: impl FnOnce(&mut Value)) -> String {
        let mut payload = json!({"iss": self.id, "sub": URI, "iat": NOW - 3600,
            "exp": NOW + 86_400, "ttl": 43_200, "status_list": list(bits, values)});
        edit(&mut payload);
        self.jws("statuslist+jwt", &payload)
    }

    /// An SD-JWT VC (`dc+sd-jwt`) with one disclosed claim and `status` naming entry `idx`.
    fn sd_jwt_vc(&self, idx: u64) -> String {
        let given = base64url_encode(br#"["2GLC42sKQveCfGfryNRN9w","given_name","Ada"]"#);
        let payload = json!({"iss": self.id, "iat": NOW - 86_400, "exp": NOW + 365 * 86_400,
            "vct": "https://credentials.example.edu/microcredential",
            "_sd": [base64url_encode(&Sha256::digest(given.as_bytes()))], "_sd_alg": "sha-256",
            "status": {"status_list": {"idx": idx, "uri": URI}}});
        format!("{}~{given}~", self.jws("dc+sd-jwt", &payload))
    }
}

/// `{bits, lst}`: entries packed from the least significant bit, ZLIB-compressed, base64url.
fn list(bits: u8, values: &[u8]) -> Value {
    let per_byte = usize::from(8 / bits);
    let mut bytes = vec![0u8; 16.max(values.len().div_ceil(per_byte))];
    for (i, v) in values.iter().enumerate() {
        bytes[i / per_byte] |= v << ((i % per_byte) * usize::from(bits));
    }
    let lst = base64url_encode(&miniz_oxide::deflate::compress_to_vec_zlib(&bytes, 9));
    json!({"bits": bits, "lst": lst})
}

fn verify_with_list(credential: &str, list: Option<&str>) -> Report {
    let documents = list
        .map(|l| Document {
            url: Some(URI.to_owned()),
            bytes: l.as_bytes().to_vec(),
        })
        .into_iter()
        .collect();
    let verifier = Verifier::new(Config {
        documents,
        ..Config::default()
    })
    .unwrap();
    verifier.verify(credential.as_bytes(), now())
}

fn status(r: &Report) -> Vec<(Code, String)> {
    r.checks
        .iter()
        .filter(|c| c.id == keurmerk::CheckId::Status)
        .map(|c| (c.code, c.detail.clone()))
        .collect()
}

fn assert_status(r: &Report, code: Code, verdict: &str) {
    let s = status(r);
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, code, "{s:?}");
    assert_eq!(r.verdict.as_str(), verdict, "{s:?}");
}

#[test]
fn valid_revoked_suspended_and_application_specific_entries() {
    let issuer = ed25519(7);
    let token = issuer.token(2, &[0, 1, 2, 3, 0xc], |_| {});
    let at = |idx| verify_with_list(&issuer.sd_jwt_vc(idx), Some(&token));
    let valid = at(0);
    assert_status(&valid, Code::StatusOk, "issuer_unknown");
    assert!(status(&valid)[0].1.contains("0x00 VALID"));
    assert_status(&at(1), Code::StatusRevoked, "revoked");
    assert_status(&at(2), Code::StatusSuspended, "suspended");
    let other = at(3);
    assert_status(&other, Code::StatusValueUnknown, "indeterminate");
    assert!(status(&other)[0].1.contains("0x03"), "{:?}", status(&other));
    // entries past the last one set are still in the (16-byte) list, and VALID
    assert_status(&at(60), Code::StatusOk, "issuer_unknown");
}

#[test]
fn one_bit_lists_read_least_significant_bit_first() {
    let issuer = ed25519(7);
    // the draft's §4.1 example: 0xB9 0xA3
    let values = [1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1];
    let token = issuer.token(1, &values, |_| {});
    for (idx, v) in values.iter().enumerate() {
        let r = verify_with_list(&issuer.sd_jwt_vc(idx as u64), Some(&token));
        let want = if *v == 1 { "revoked" } else { "issuer_unknown" };
        assert_eq!(r.verdict.as_str(), want, "idx {idx}: {:?}", status(&r));
    }
}

#[test]
fn a_missing_list_is_not_checked_and_wanted() {
    let issuer = ed25519(7);
    let r = verify_with_list(&issuer.sd_jwt_vc(0), None);
    assert_status(&r, Code::StatusListUnavailable, "issuer_unknown");
    let check = r
        .checks
        .iter()
        .find(|c| c.code == Code::StatusListUnavailable)
        .unwrap();
    let wants = check.wants.as_ref().unwrap();
    assert_eq!((wants.url.as_str(), wants.kind), (URI, WantKind::Status));
}

#[test]
fn a_bad_token_makes_the_status_invalid() {
    let issuer = ed25519(7);
    let cred = issuer.sd_jwt_vc(1);
    let invalid = |token: &str, why: &str| {
        let r = verify_with_list(&cred, Some(token));
        assert_status(&r, Code::StatusListInvalid, "indeterminate");
        let detail = &status(&r)[0].1;
        assert!(detail.contains(why), "{why:?} not in {detail:?}");
    };
    // tampered: the list changed, the signature kept
    let good = issuer.token(1, &[0, 1], |_| {});
    let forged_payload = issuer.token(1, &[0, 0], |_| {});
    let mut parts: Vec<&str> = good.split('.').collect();
    parts[1] = forged_payload.split('.').nth(1).unwrap();
    invalid(&parts.join("."), "signature");
    invalid(
        &issuer.token(1, &[0, 1], |p| p["exp"] = json!(NOW - 1)),
        "expired",
    );
    invalid(
        &issuer.token(1, &[0, 1], |p| {
            p["sub"] = json!("https://status.example.edu/statuslists/2");
        }),
        "sub",
    );
    invalid(
        &issuer.token(1, &[0, 1], |p| {
            p.as_object_mut().unwrap().remove("iat");
        }),
        "iat",
    );
    invalid(
        &issuer.token(1, &[0, 1], |p| p["status_list"]["bits"] = json!(3)),
        "bits",
    );
    invalid(&issuer.jws("JWT", &json!({"sub": URI, "iat": NOW})), "typ");
    // idx out of range: the list has 16 bytes, 128 one-bit entries
    let r = verify_with_list(&issuer.sd_jwt_vc(128), Some(&good));
    assert_status(&r, Code::StatusListInvalid, "indeterminate");
    assert!(status(&r)[0].1.contains("outside the list"));
    let r = verify_with_list(&issuer.sd_jwt_vc(127), Some(&good));
    assert_status(&r, Code::StatusOk, "issuer_unknown");
}

#[test]
fn a_list_from_another_signer_or_unsigned_shows_revocation_but_cannot_rule_it_out() {
    let issuer = ed25519(7);
    let stranger = ed25519(8);
    let foreign = stranger.token(1, &[0, 1], |_| {});
    let r = verify_with_list(&issuer.sd_jwt_vc(0), Some(&foreign));
    assert_status(&r, Code::StatusListForeignIssuer, "issuer_unknown");
    assert!(status(&r)[0].1.contains(&stranger.id));
    let r = verify_with_list(&issuer.sd_jwt_vc(1), Some(&foreign));
    assert_status(&r, Code::StatusRevoked, "revoked");

    // the JSON form, bare or as a decoded payload: unsigned
    for json_list in [
        list(1, &[0, 1]),
        json!({"sub": URI, "iat": NOW, "status_list": list(1, &[0, 1])}),
    ] {
        let text = json_list.to_string();
        let r = verify_with_list(&issuer.sd_jwt_vc(0), Some(&text));
        assert_status(&r, Code::StatusListUnsigned, "issuer_unknown");
        let r = verify_with_list(&issuer.sd_jwt_vc(1), Some(&text));
        assert_status(&r, Code::StatusRevoked, "revoked");
        assert!(status(&r)[0].1.contains("unsigned"));
    }
}

#[test]
fn es256_tokens_and_a_vc_jwt_with_a_status_claim() {
    let issuer = es256();
    let token = issuer.token(1, &[0, 1], |_| {});
    assert_status(
        &verify_with_list(&issuer.sd_jwt_vc(0), Some(&token)),
        Code::StatusOk,
        "issuer_unknown",
    );
    assert_status(
        &verify_with_list(&issuer.sd_jwt_vc(1), Some(&token)),
        Code::StatusRevoked,
        "revoked",
    );
    // deferred crypto (the wasm path): the first pass asks, the second reads the list
    let verifier = Verifier::new(Config {
        documents: vec![Document {
            url: Some(URI.to_owned()),
            bytes: token.clone().into_bytes(),
        }],
        ..Config::default()
    })
    .unwrap();
    let cred = issuer.sd_jwt_vc(1);
    let mut crypto = Deferred::new();
    let first = verifier.verify_with(cred.as_bytes(), now(), &crypto);
    assert_ne!(first.verdict.as_str(), "revoked");
    for check in crypto.asked() {
        let answer = keurmerk::Native.verify(&check);
        crypto.answer(&check, answer);
    }
    let second = verifier.verify_with(cred.as_bytes(), now(), &crypto);
    assert_status(&second, Code::StatusRevoked, "revoked");

    // "any JWT credential": a VC 1.1 JWT with the status claim beside vc
    let ed = ed25519(7);
    let ed_token = ed.token(1, &[0, 1], |_| {});
    let vc = json!({"@context": ["https://www.w3.org/2018/credentials/v1"],
        "type": ["VerifiableCredential"], "issuer": ed.id,
        "issuanceDate": "2026-01-01T00:00:00Z", "credentialSubject": {"name": "Ada"}});
    let payload = json!({"iss": ed.id, "nbf": 1_767_225_600, "vc": vc,
        "status": {"status_list": {"idx": 1, "uri": URI}}});
    let jwt = ed.jws("JWT", &payload);
    assert_status(
        &verify_with_list(&jwt, Some(&ed_token)),
        Code::StatusRevoked,
        "revoked",
    );
}

#[test]
fn other_status_mechanisms_are_named_not_checked() {
    let issuer = ed25519(7);
    let payload = json!({"iss": issuer.id, "iat": NOW - 10, "vct": "https://x.example/vct",
        "status": {"status_attestation": {}}});
    let sd = format!("{}~", issuer.jws("dc+sd-jwt", &payload));
    let r = verify_with_list(&sd, None);
    assert_status(&r, Code::StatusTypeUnsupported, "issuer_unknown");
    assert!(status(&r)[0].1.contains("status_attestation"));
}

/// The draft's example key (src/util.py `example`, kid `12`), which signed its Status List Token.
fn draft_issuer() -> Issuer {
    let jwk = json!({"kty": "EC", "crv": "P-256",
        "d": "xzUEdsyLosZF0acZGRAjTKImb0lQvAvssDK5XIZELd0",
        "x": "I3HWm_0Ds1dPMI-IWmf4mBmH-YaeAVbPVu7vB27CxXo",
        "y": "6N_d5Elj9bs1htgV3okJKIdbHEpkgTmAluYKJemzn1M"});
    Issuer {
        key: SigningKey::read(jwk.to_string().as_bytes()).unwrap(),
        alg: Algorithm::Es256,
        id: "https://example.com".to_owned(),
        kid: "12".to_owned(),
    }
}

#[test]
fn the_drafts_status_list_token_verifies_with_its_example_key() {
    let token = include_str!("vectors/token-status-list/draft-status-list-token.jwt").trim();
    let issuer = draft_issuer();
    // JWT VC Issuer Metadata for https://example.com, constructed with the example key's public half
    let metadata = json!({"issuer": "https://example.com", "jwks": {"keys": [{"kty": "EC",
        "crv": "P-256", "kid": "12",
        "x": "I3HWm_0Ds1dPMI-IWmf4mBmH-YaeAVbPVu7vB27CxXo",
        "y": "6N_d5Elj9bs1htgV3okJKIdbHEpkgTmAluYKJemzn1M"}]}});
    let uri = "https://example.com/statuslists/1";
    let verifier = Verifier::new(Config {
        documents: vec![
            Document {
                url: Some(uri.to_owned()),
                bytes: token.as_bytes().to_vec(),
            },
            Document {
                url: Some("https://example.com/.well-known/jwt-vc-issuer".to_owned()),
                bytes: metadata.to_string().into_bytes(),
            },
        ],
        ..Config::default()
    })
    .unwrap();
    // §4.1: status[0] = 1, status[1] = 0, …, status[15] = 1
    for (idx, verdict) in [(0, "revoked"), (1, "issuer_unknown"), (15, "revoked")] {
        let payload = json!({"iss": issuer.id, "iat": NOW - 10,
            "vct": "https://credentials.example.com/identity_credential",
            "status": {"status_list": {"idx": idx, "uri": uri}}});
        let sd = format!("{}~", issuer.jws("dc+sd-jwt", &payload));
        let r = verifier.verify(sd.as_bytes(), now());
        assert_eq!(r.verdict.as_str(), verdict, "idx {idx}: {:?}", status(&r));
    }
}

#[test]
fn the_drafts_four_and_eight_bit_test_vectors() {
    use keurmerk::status::token_status_list::decode;
    let read = |text: &str| {
        let v: Value = serde_json::from_str(text).unwrap();
        decode(v.as_object().unwrap()).unwrap()
    };
    let four = read(include_str!(
        "vectors/token-status-list/draft-4bit-long.json"
    ));
    let want4 = [
        (0, 1),
        (1993, 2),
        (35_460, 3),
        (459_495, 4),
        (595_669, 5),
        (754_353, 6),
        (845_645, 7),
        (923_232, 8),
        (924_445, 9),
        (934_534, 10),
        (1_004_534, 11),
        (1_000_345, 12),
        (1_030_203, 13),
        (1_030_204, 14),
        (1_030_205, 15),
        (1, 0),
    ];
    for (idx, v) in want4 {
        assert_eq!(four.value_at(idx).unwrap(), v, "4-bit status[{idx}]");
    }
    let eight = read(include_str!(
        "vectors/token-status-list/draft-8bit-long.json"
    ));
    let want8 = [
        (233_478, 0),
        (52_451, 1),
        (576_778, 2),
        (513_575, 3),
        (468_106, 4),
        (292_632, 5),
        (214_947, 6),
        (182_323, 7),
        (884_834, 8),
        (66_653, 9),
        (62_489, 10),
        (196_493, 11),
    ];
    for (idx, v) in want8 {
        assert_eq!(eight.value_at(idx).unwrap(), v, "8-bit status[{idx}]");
    }
}
