//! The `keurmerk` command line, as an issuer and a registry would use it: every jcs / jwt /
//! malformed external vector through `verify --json` with the manifest's documents, exit codes,
//! and keygen → sign → verify round trips. Native only (needs the `cli` feature).
#![cfg(all(feature = "cli", not(target_arch = "wasm32")))]
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_keurmerk"))
}

fn vectors() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors")
}

fn run(args: &[&str]) -> Output {
    bin().args(args).current_dir(vectors()).output().unwrap()
}

/// The human report of `keurmerk verify --lang LANG --now 2026-11-22T00:00:00Z ARGS…`.
fn verify_in(lang: &str, args: &[&str]) -> String {
    let mut all = vec!["verify", "--lang", lang, "--now", "2026-11-22T00:00:00Z"];
    all.extend_from_slice(args);
    String::from_utf8_lossy(&run(&all).stdout).into_owned()
}

fn reports(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn verify_json_prints_the_mapped_verdict_for_every_jcs_jwt_and_malformed_vector() {
    let manifest = common::json("external/MANIFEST.json");
    let mut args: Vec<String> = vec![
        "verify".into(),
        "--json".into(),
        "--now".into(),
        "2026-11-22T00:00:00Z".into(),
    ];
    for (url, path) in manifest["resolution"].as_object().unwrap() {
        args.push("--document".into());
        args.push(format!("{url}=external/{}", path.as_str().unwrap()));
    }
    let picked: Vec<&Value> = manifest["vectors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| {
            matches!(v["cryptosuite"].as_str(), None | Some("eddsa-jcs-2022"))
                || v["format"] == "vc-jwt"
                || v["expected"] == "malformed"
        })
        .collect();
    args.extend(
        picked
            .iter()
            .map(|v| format!("external/{}", v["path"].as_str().unwrap())),
    );
    let out = run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(out.status.code(), Some(1), "not every file is verified");
    let reports = reports(&out);
    assert_eq!(reports.len(), picked.len());
    for (v, r) in picked.iter().zip(&reports) {
        let want = common::mapped(v["expected"].as_str().unwrap());
        let got = r["verdict"].as_str().unwrap();
        assert!(want.contains(&got), "{}: {got}", v["path"]);
    }
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&[]).status.code(), Some(2));
    assert_eq!(run(&["verify"]).status.code(), Some(2));
    assert_eq!(
        run(&["verify", "--now", "yesterday", "x.json"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        run(&["verify", "--lang", "es", "own/jcs-valid.json"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(run(&["verify", "no-such-file.json"]).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn human_output_in_dutch_and_english() {
    let nl = run(&[
        "verify",
        "--lang",
        "nl",
        "--now",
        "2026-11-22T00:00:00Z",
        "own/jcs-expired.json",
    ]);
    let text = String::from_utf8_lossy(&nl.stdout);
    assert!(text.contains("Verlopen"), "{text}");
    assert!(text.contains("volgens het credential zelf"), "{text}");
    let en = run(&[
        "verify",
        "--now",
        "2026-11-22T00:00:00Z",
        "own/jcs-expired.json",
    ]);
    assert!(String::from_utf8_lossy(&en.stdout).contains("Expired"));
    assert_eq!(en.status.code(), Some(1));
}

/// A check's facts in the reader's language: the detail lines, and the issuer's status message in
/// the language asked for (the list gives it in four).
#[test]
fn detail_lines_and_the_status_message_in_four_languages() {
    let list = "https://status.roc-voorbeeldstad.example/lists/status-list-messages.json=own/status-list-messages.json";
    for (lang, wants) in [
        (
            "en",
            [
                "which the issuer calls \u{201c}Resit completed\u{201d}",
                "inside the validity period at",
            ],
        ),
        (
            "nl",
            [
                "door de uitgever \u{201c}Herkansing afgerond\u{201d} genoemd",
                "binnen de geldigheidsperiode op",
            ],
        ),
        (
            "de",
            [
                "vom Aussteller \u{201e}Wiederholungsprüfung abgeschlossen\u{201c} genannt",
                "innerhalb des Gültigkeitszeitraums am",
            ],
        ),
        (
            "fr",
            [
                "que l'émetteur appelle \u{ab}\u{a0}Rattrapage réussi\u{a0}\u{bb}",
                "dans la période de validité le",
            ],
        ),
    ] {
        let text = verify_in(lang, &["--document", list, "own/status-message.json"]);
        for want in wants {
            assert!(text.contains(want), "{lang}: missing {want:?} in\n{text}");
        }
    }
}

/// A JAdES-sealed Europass credential: the organisation from the seal's certificate, then the
/// three seal lines (content and sealer, certificate at signing time, trusted lists) apart.
#[test]
fn human_output_of_a_sealed_edc() {
    let out = run(&[
        "verify",
        "--now",
        "2026-09-01T00:00:00Z",
        "edc/elm-sample-mc-annex1-signed.jsonld",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("sealed by: ORGANIZACION TEST (ES, VATES-A00000000) — advanced seal with a qualified certificate"),
        "{text}"
    );
    assert!(text.contains("sigT, the sealer's own claim"), "{text}");
    for line in [
        "✓ proof      The signature is valid",
        "– issuer_key The seal's certificate is not valid now",
        "current revocation of the seal certificate: not checked (offline)",
        "– trust      No trust list was loaded",
    ] {
        assert!(text.contains(line), "{line}: {text}");
    }
}

#[test]
fn keygen_sign_verify_round_trip_for_every_suite_and_profile() {
    let dir = std::env::temp_dir().join(format!("keurmerk-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let key = dir.join("k.json");
    assert!(bin()
        .args(["keygen", "--out"])
        .arg(&key)
        .status()
        .unwrap()
        .success());
    let k: Value = serde_json::from_slice(&std::fs::read(&key).unwrap()).unwrap();
    let did = format!("did:key:{}", k["publicKeyMultibase"].as_str().unwrap());
    assert!(k["secretKeyMultibase"]
        .as_str()
        .unwrap()
        .starts_with("z3u2"));
    let template = vectors().join("own/templates/ob3-mbo.json");
    for (suite, profile, ext) in [
        ("eddsa-jcs-2022", None, "json"),
        ("jwt", Some("ob3"), "jwt"),
        ("jwt", Some("jose"), "jwt"),
        ("jwt", Some("vc11"), "jwt"),
    ] {
        let out = dir.join(format!("signed-{}.{ext}", profile.unwrap_or(suite)));
        let mut cmd = bin();
        cmd.args(["sign", "--suite", suite, "--key"])
            .arg(&key)
            .args(["--issuer", &did, "--out"])
            .arg(&out);
        if let Some(p) = profile {
            cmd.args(["--jwt-profile", p]);
        }
        assert!(cmd.arg(&template).status().unwrap().success());
        let v = bin()
            .args(["verify", "--json", "--now", "2026-11-22T00:00:00Z"])
            .arg(&out)
            .output()
            .unwrap();
        let r = &reports(&v)[0];
        assert_eq!(r["verdict"], "issuer_unknown", "{suite} {profile:?}: {r}");
        assert_eq!(r["issuer"]["id"], did.as_str());
    }
    // a key file whose halves do not match is refused
    let mut bad = k.clone();
    bad["publicKeyMultibase"] = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2".into();
    let bad_path = dir.join("bad.json");
    std::fs::write(&bad_path, bad.to_string()).unwrap();
    let st = bin()
        .args(["sign", "--suite", "jwt", "--key"])
        .arg(&bad_path)
        .arg(&template)
        .status()
        .unwrap();
    assert_eq!(st.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn documents_keyed_by_their_own_id() {
    let out = run(&[
        "verify",
        "--json",
        "--now",
        "2026-11-22T00:00:00Z",
        "--document",
        "own/did-web-document.json",
        "own/jcs-did-web.json",
    ]);
    assert_eq!(reports(&out)[0]["verdict"], "issuer_unknown");
}

/// docs/trust-list.md's "From nothing to verified" steps, run as written with bash -e, in an empty
/// directory holding only a signed credential and its issuer's key.
#[test]
fn the_trust_list_guide_runs_as_written() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/trust-list.md"))
            .unwrap();
    let section = doc
        .split("## From nothing to verified")
        .nth(1)
        .expect("section");
    let block = section
        .split("```sh\n")
        .nth(1)
        .and_then(|b| b.split("\n```").next())
        .expect("sh block");
    let dir = std::env::temp_dir().join(format!("keurmerk-guide-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(
        vectors().join("own/keys/issuer.key.json"),
        dir.join("issuer.key.json"),
    )
    .unwrap();
    std::fs::copy(
        vectors().join("own/jcs-valid.json"),
        dir.join("credential.json"),
    )
    .unwrap();
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_keurmerk")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("bash")
        .args(["-e", "-c", block])
        .current_dir(&dir)
        .env("PATH", path)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (before, after) = stdout.split_at(stdout.find("signature:").unwrap_or(0));
    assert!(
        before.contains("Authentic, issuer not vouched for"),
        "{stdout}"
    );
    assert!(after.contains("valid, by the anchored key"), "{stdout}");
    assert!(after.contains("✔ Verified (verified)"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The example of docs/profile.md, signed with eddsa-rdfc-2022 by the CLI, shows every Annex I
/// element in `verify --json` with the normalised values, nothing missing, and reads in Dutch and
/// English.
#[test]
fn the_profile_example_states_every_annex_i_element() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/profile.md"))
            .unwrap();
    let start = doc.find("```json\n").unwrap() + 8;
    let end = start + doc[start..].find("\n```").unwrap();
    let example: Value = serde_json::from_str(&doc[start..end]).unwrap();
    let fixture: Value =
        serde_json::from_slice(common::file("descriptors/profile-complete.json")).unwrap();
    assert_eq!(example, fixture, "docs/profile.md shows the test fixture");

    let dir = std::env::temp_dir().join(format!("keurmerk-profile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let signed = dir.join("signed.json");
    let out = run(&[
        "sign",
        "--suite",
        "eddsa-rdfc-2022",
        "--key",
        "own/keys/issuer.key.json",
        "--issuer",
        "did:key:z6MkidESJ1UrKmn1JjvfQaYCS8hV2F5gbUEVc87Ghgeo6GpJ",
        "--created",
        "2026-07-01T00:00:00Z",
        "--out",
        signed.to_str().unwrap(),
        "descriptors/profile-complete.json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let signed = signed.to_str().unwrap();
    let out = run(&["verify", "--json", "--now", "2026-11-22T00:00:00Z", signed]);
    let r = &reports(&out)[0];
    assert_eq!(r["verdict"], "issuer_unknown");
    assert_eq!(r["annex_i"]["missing"], serde_json::json!([]));
    assert_eq!(r["annex_i"]["present"].as_array().unwrap().len(), 16);
    let d = &r["descriptors"];
    assert_eq!(
        d["level"]["value"],
        serde_json::json!({ "eqf": 6, "nqf": { "framework": "NLQF", "level": "6" } })
    );
    assert_eq!(
        d["workload"]["value"],
        serde_json::json!({ "ects": 5, "unit": "ec", "hours_nl": 140 })
    );
    assert_eq!(d["participation"]["value"]["concept"], "online");
    assert_eq!(d["supervision"]["value"]["concept"], "supervised_with_id");
    assert_eq!(
        d["quality_assurance"]["value"]["concept"],
        "institutional_qa"
    );
    assert_eq!(d["stackability"]["value"]["concept"], "stackable");
    assert_eq!(d["learner"]["value"]["hashed"], true);
    for (_, e) in d.as_object().unwrap() {
        assert_eq!(e["signed"], true, "{e}");
    }
    let says_all = |lang: &str, wants: &[&str]| {
        let text = verify_in(lang, &[signed]);
        for want in wants {
            assert!(text.contains(want), "missing {want:?} in\n{text}");
        }
    };
    says_all(
        "nl",
        &[
            "EU-kenmerken (bijlage I)",
            "Niveau (EQF / NLQF)",
            "EQF 6 · NLQF 6",
            "5 EC (= 140 uur studielast)",
            "Vorm van deelname",
            "Onder toezicht (online of op locatie), met identiteitscontrole",
            "E-mailadres, gehasht",
            "Nederland (NL)",
        ],
    );
    says_all(
        "en",
        &[
            "EU standard elements (Annex I)",
            "Notional workload",
            "5 EC (= 140 hours",
            "Netherlands (NL)",
        ],
    );
    std::fs::remove_dir_all(&dir).ok();
}

/// A fresh scratch folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("keurmerk-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `keurmerk keygen ARGS --out FILE`, which must succeed.
fn keygen(file: &Path, args: &[&str]) {
    let out = bin()
        .arg("keygen")
        .args(args)
        .arg("--out")
        .arg(file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "keygen {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Signs the OB 3.0 template with `suite` (and extra arguments) and verifies the result: the
/// report as JSON, or the usage error when signing fails.
fn sign_and_verify(dir: &Path, key: &Path, suite: &str, extra: &[&str]) -> Value {
    let signed = dir.join(format!("signed-{suite}.out"));
    let out = bin()
        .args(["sign", "--suite", suite, "--key"])
        .arg(key)
        .args(extra)
        .arg("--out")
        .arg(&signed)
        .arg(vectors().join("own/templates/ob3-mbo.json"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "sign {suite} {}: {}",
        key.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let v = bin()
        .args(["verify", "--json", "--now", "2026-11-22T00:00:00Z"])
        .arg(&signed)
        .output()
        .unwrap();
    reports(&v).remove(0)
}

/// keygen --alg, extra keygen arguments, sign --alg, the JOSE alg, the Data Integrity suites.
type AlgorithmCase = (
    &'static str,
    &'static [&'static str],
    Option<&'static str>,
    &'static str,
    &'static [&'static str],
);

#[test]
fn keygen_sign_verify_for_every_algorithm() {
    let dir = scratch("algorithms");
    let cases: [AlgorithmCase; 6] = [
        (
            "ed25519",
            &[],
            None,
            "EdDSA",
            &["eddsa-jcs-2022", "eddsa-rdfc-2022"],
        ),
        (
            "es256",
            &[],
            None,
            "ES256",
            &["ecdsa-rdfc-2019", "ecdsa-jcs-2019"],
        ),
        (
            "es384",
            &["--format", "pem"],
            None,
            "ES384",
            &["ecdsa-rdfc-2019", "ecdsa-jcs-2019"],
        ),
        // a PEM file carries no alg: RS256 unless --alg says PS256
        ("rs256", &["--format", "pem"], None, "RS256", &[]),
        ("rs256", &["--format", "pem"], Some("PS256"), "PS256", &[]),
        // the JWK keygen writes for --alg ps256 says alg PS256
        ("ps256", &[], None, "PS256", &[]),
    ];
    for (i, (alg, keygen_args, sign_alg, jose, suites)) in cases.iter().enumerate() {
        let key = dir.join(format!("{alg}.key"));
        if i != 4 {
            keygen(
                &key,
                keygen_args
                    .iter()
                    .chain(&["--alg", alg])
                    .copied()
                    .collect::<Vec<_>>()
                    .as_slice(),
            );
        }
        let did_method = if alg.starts_with('r') || alg.starts_with('p') {
            "did:jwk:"
        } else {
            "did:key:"
        };
        let mut extra = Vec::new();
        if let Some(a) = sign_alg {
            extra.extend(["--alg", a]);
        }
        let r = sign_and_verify(&dir, &key, "jwt", &extra);
        assert_eq!(r["verdict"], "issuer_unknown", "{alg} {sign_alg:?}: {r}");
        assert_eq!(r["securing"][0], format!("jwt:{jose}"), "{r}");
        let issuer = r["issuer"]["id"].as_str().unwrap();
        assert!(issuer.starts_with(did_method), "{issuer}");
        for suite in *suites {
            let r = sign_and_verify(&dir, &key, suite, &["--created", "2026-07-01T00:00:00Z"]);
            assert_eq!(r["verdict"], "issuer_unknown", "{alg} {suite}: {r}");
            assert_eq!(r["securing"][0], *suite);
            assert_eq!(
                r["issuer"]["id"], issuer,
                "the same DID in every securing mechanism"
            );
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn every_key_format_round_trips() {
    let dir = scratch("formats");
    for alg in ["ed25519", "es256", "es384"] {
        for format in ["multikey", "jwk", "pem"] {
            let key = dir.join(format!("{alg}.{format}"));
            keygen(&key, &["--alg", alg, "--format", format]);
            let text = std::fs::read_to_string(&key).unwrap();
            match format {
                "pem" => assert!(text.starts_with("-----BEGIN PRIVATE KEY-----"), "{text}"),
                "jwk" => {
                    let jwk: Value = serde_json::from_str(&text).unwrap();
                    assert!(jwk["d"].is_string() && jwk["alg"].is_string(), "{jwk}");
                }
                _ => {
                    let mk: Value = serde_json::from_str(&text).unwrap();
                    let prefix = match alg {
                        "ed25519" => "z6Mk",
                        "es256" => "zDna",
                        _ => "z82L",
                    };
                    assert!(mk["publicKeyMultibase"]
                        .as_str()
                        .unwrap()
                        .starts_with(prefix));
                }
            }
            let r = sign_and_verify(&dir, &key, "jwt", &[]);
            assert_eq!(r["verdict"], "issuer_unknown", "{alg} {format}: {r}");
        }
    }
    // keygen to standard output; the P-256 Multikey is zDna…
    let out = bin()
        .args(["keygen", "--alg", "es256", "--format", "multikey"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let k: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        k["publicKeyMultibase"]
            .as_str()
            .unwrap()
            .starts_with("zDna"),
        "{k}"
    );
    assert!(
        k["secretKeyMultibase"].as_str().unwrap().starts_with('z'),
        "{k}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.join("es256.pem"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "a secret key file is for its owner only");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_digital_bazaar_64_byte_ed25519_secret_reads() {
    let dir = scratch("db-key");
    let seed = [0x5a; 32];
    let key = keurmerk::sign::IssuerKey::from_seed(&seed);
    let public = key.public_key();
    // multicodec 0x1300 (varint 80 26), then the seed and the public key
    let secret = |public_half: &[u8]| {
        let bytes = [&[0x80, 0x26][..], &seed, public_half].concat();
        format!("z{}", keurmerk::encoding::base58_encode(&bytes))
    };
    let file = |secret: String| {
        serde_json::json!({
            "@context": "https://w3id.org/security/multikey/v1",
            "id": format!("{}#{}", key.did_key(), key.public_multibase()),
            "type": "Multikey",
            "controller": key.did_key(),
            "publicKeyMultibase": key.public_multibase(),
            "secretKeyMultibase": secret,
        })
        .to_string()
    };
    let good = dir.join("db.json");
    std::fs::write(&good, file(secret(&public))).unwrap();
    let r = sign_and_verify(&dir, &good, "eddsa-jcs-2022", &[]);
    assert_eq!(r["verdict"], "issuer_unknown", "{r}");
    assert_eq!(r["issuer"]["id"], key.did_key());
    // the public half must belong to the seed
    let mut other = public;
    other[0] ^= 1;
    let bad = dir.join("db-bad.json");
    std::fs::write(&bad, file(secret(&other))).unwrap();
    let out = bin()
        .args(["sign", "--suite", "jwt", "--key"])
        .arg(&bad)
        .arg(vectors().join("own/templates/ob3-mbo.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("public half"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn unknown_flags_and_misfits_are_usage_errors() {
    let template = "own/templates/ob3-mbo.json";
    let key = "own/keys/issuer.key.json";
    for (args, says) in [
        (
            vec!["keygen", "--algo", "es256"],
            "keygen does not take --algo",
        ),
        (vec!["keygen", "--alg", "es512"], "--alg"),
        (
            vec!["keygen", "--alg", "rs256", "--format", "multikey"],
            "Multikey",
        ),
        (vec!["keygen", "--bits", "3072"], "--bits"),
        (vec!["keygen", "--alg", "rs256", "--bits", "1024"], "--bits"),
        (
            vec!["verify", "--jsn", "x.json"],
            "verify does not take --jsn",
        ),
        (vec!["verify", "-j", "x.json"], "verify does not take -j"),
        (
            vec!["verify", "--json=yes", "x.json"],
            "--json takes no value",
        ),
        (
            vec![
                "sign", "--suite", "jwt", "--key", key, "--kid", "x", template,
            ],
            "sign does not take --kid",
        ),
        (
            vec!["describe", "--verbose", "expired"],
            "describe does not take --verbose",
        ),
        (
            vec!["bake", "--gif", "x.gif", "x.json"],
            "bake does not take --gif",
        ),
        (
            vec!["trust-list", "sign", "--force", "x.json"],
            "trust-list sign does not take --force",
        ),
        (
            vec!["trust-list", "inspect", "--json", "x.json"],
            "trust-list inspect does not take --json",
        ),
        (
            vec!["status-list", "get", "--key", key, "x.json"],
            "status-list get does not take --key",
        ),
        (
            vec!["status-list", "create", "--bits", "8"],
            "status-list create does not take --bits",
        ),
        (
            vec!["sign", "--suite", "ecdsa-rdfc-2019", "--key", key, template],
            "P-256 or P-384",
        ),
        (
            vec!["sign", "--suite", "ecdsa-jcs-2019", "--key", key, template],
            "P-256 or P-384",
        ),
        (
            vec![
                "sign", "--suite", "jwt", "--alg", "ES256", "--key", key, template,
            ],
            "ES256 is for P-256 keys",
        ),
        (
            vec!["sign", "--suite", "eddsa-rdfc-2023", "--key", key, template],
            "--suite",
        ),
    ] {
        let out = run(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    }
    // an eddsa suite with an EC key
    let dir = scratch("misfit");
    let p256 = dir.join("p256.json");
    keygen(&p256, &["--alg", "es256"]);
    for suite in ["eddsa-jcs-2022", "eddsa-rdfc-2022", "ed25519-2020"] {
        let out = bin()
            .args(["sign", "--suite", suite, "--key"])
            .arg(&p256)
            .arg(vectors().join(template))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("signs with an Ed25519 key"));
    }
    for sub in [
        &["keygen", "--help"][..],
        &["sign", "-h"],
        &["status-list", "create", "--help"],
    ] {
        let out = run(sub);
        assert_eq!(out.status.code(), Some(0), "{sub:?}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("keurmerk keygen [--alg"));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A P-256 issuer signs its status list with ecdsa-rdfc-2019, and a credential pointing at it.
#[test]
fn a_p256_issuer_signs_its_status_list() {
    let dir = scratch("p256-status");
    let key = dir.join("p256.json");
    keygen(&key, &["--alg", "es256"]);
    let list = dir.join("list.json");
    let url = "https://status.example/p256";
    let key_s = key.to_str().unwrap();
    let list_s = list.to_str().unwrap();
    for args in [
        vec![
            "status-list",
            "create",
            "--key",
            key_s,
            "--id",
            url,
            "--valid-from",
            "2026-01-01T00:00:00Z",
            "--out",
            list_s,
        ],
        vec![
            "status-list",
            "set",
            "--key",
            key_s,
            "--index",
            "5",
            "--out",
            list_s,
            list_s,
        ],
    ] {
        let out = run(&args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let mut doc = common::json("own/templates/ob3-mbo.json");
    doc["credentialStatus"] = serde_json::json!({"id": format!("{url}#5"), "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation", "statusListIndex": "5", "statusListCredential": url});
    let unsigned = dir.join("unsigned.json");
    std::fs::write(&unsigned, doc.to_string()).unwrap();
    let signed = dir.join("signed.json");
    let out = bin()
        .args([
            "sign",
            "--suite",
            "ecdsa-rdfc-2019",
            "--key",
            key_s,
            "--out",
        ])
        .arg(&signed)
        .arg(&unsigned)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = bin()
        .args([
            "verify",
            "--json",
            "--now",
            "2026-11-22T00:00:00Z",
            "--document",
        ])
        .arg(format!("{url}={list_s}"))
        .arg(&signed)
        .output()
        .unwrap();
    let r = &reports(&v)[0];
    assert_eq!(r["verdict"], "revoked", "{r}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn require_status_makes_an_unknown_status_indeterminate() {
    let verdict = |args: &[&str]| {
        reports(&run(args))[0]["verdict"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let file = "own/status-list-missing.json";
    assert_eq!(verdict(&["verify", "--json", file]), "issuer_unknown");
    assert_eq!(
        verdict(&["verify", "--json", "--require-status", file]),
        "indeterminate"
    );
    let known = [
        "verify",
        "--json",
        "--require-status",
        "--document",
        "https://status.roc-voorbeeldstad.example/lists/status-list-revocation.json=own/status-list-revocation.json",
        "own/status-not-revoked.json",
    ];
    assert_eq!(verdict(&known), "issuer_unknown");
}

/// Verifies `file` at a fixed time and returns the text output in `lang`.
fn human_in(lang: &str, file: &str) -> String {
    let out = run(&[
        "verify",
        "--lang",
        lang,
        "--now",
        "2025-06-01T00:00:00Z",
        file,
    ]);
    assert_eq!(out.status.code(), Some(1), "not verified: exit 1");
    String::from_utf8(out.stdout).unwrap()
}

/// Whether `text` has a line that, trimmed, is `line`.
fn has_line(text: &str, line: &str) -> bool {
    text.lines().any(|l| l.trim() == line)
}

#[test]
fn a_named_format_says_what_it_is_and_what_to_do_instead() {
    let file = "recognise/blockcerts-cert-verifier-js/v3-testnet-v3-did.json";
    let en = human_in("en", file);
    assert!(
        has_line(&en, "? Could not be checked (indeterminate)"),
        "{en}"
    );
    assert!(
        has_line(
            &en,
            "what it is: a Blockcerts certificate anchored on the Bitcoin test network; Keurmerk cannot check blockchain anchors offline"
        ),
        "{en}"
    );
    assert!(
        has_line(
            &en,
            "instead: Use the issuer's Blockcerts verifier (or the one at blockcerts.org), which looks the anchor up on the blockchain."
        ),
        "{en}"
    );
    // under its own check, before the check's facts
    let at = en.find("[blockchain_anchored]").unwrap();
    let (what, facts) = (
        en.find("what it is:").unwrap(),
        en.find("Blockcerts v3 (").unwrap(),
    );
    assert!(at < what && what < facts, "{en}");
    let nl = human_in("nl", file);
    assert!(
        has_line(
            &nl,
            "wat het is: een Blockcerts-certificaat verankerd op het Bitcoin-testnetwerk; Keurmerk kan blockchain-verankeringen niet offline controleren"
        ),
        "{nl}"
    );
    assert!(
        has_line(
            &nl,
            "in plaats daarvan: Gebruik de Blockcerts-verifier van de uitgever (of die op blockcerts.org), die de verankering op de blockchain opzoekt."
        ),
        "{nl}"
    );
    assert!(
        !nl.contains("what it is:") && !nl.contains("instead:"),
        "{nl}"
    );
    // and in German and French, with the check's facts in the same language
    let de = human_in("de", file);
    assert!(
        has_line(
            &de,
            "was es ist: ein Blockcerts-Zertifikat, verankert auf dem Bitcoin-Testnetz; Keurmerk kann Blockchain-Verankerungen nicht offline prüfen"
        ),
        "{de}"
    );
    assert!(
        de.lines().any(|l| l.trim().starts_with("Blockcerts v3 (")
            && l.trim()
                .ends_with(", verankert auf bitcoin_testnet: nicht geprüft, nicht abgelehnt")),
        "{de}"
    );
    let fr = human_in("fr", file);
    assert!(
        has_line(
            &fr,
            "à la place\u{a0}: Utilisez le vérificateur Blockcerts de l'émetteur (ou celui de blockcerts.org), qui consulte l'ancrage sur la blockchain."
        ),
        "{fr}"
    );
}

#[test]
fn a_presentation_shows_its_holder_and_a_short_report_per_credential() {
    let file = "next-wave/w3c-vc-jose-cose-test-suite/presentation-jose-multiple.txt";
    let en = human_in("en", file);
    assert!(
        has_line(
            &en,
            "holder: https://example.issuer/vc-jose-cose (as the presentation itself says; its signature (jwt:ES384) was not checked)"
        ),
        "{en}"
    );
    assert!(has_line(&en, "credentials inside: 2"), "{en}");
    for n in 1..=2 {
        assert!(
            has_line(&en, &format!("{n}. ? Could not be checked (indeterminate)")),
            "{en}"
        );
    }
    assert_eq!(
        en.lines()
            .filter(|l| l.trim()
                == "reason: The issuer's key could not be looked up without going online. [key_unresolvable]")
            .count(),
        2,
        "{en}"
    );
    assert_eq!(
        en.lines()
            .filter(|l| l.trim() == "issuer: https://example.issuer/vc-jose-cose")
            .count(),
        2,
        "{en}"
    );
    assert!(
        en.lines()
            .any(|l| l.trim().starts_with("1 more entry not opened (")),
        "{en}"
    );
    // the presentation's own check names it, and the credentials come after it
    assert!(
        en.find("what it is: a presentation holding 2 credentials")
            .unwrap()
            < en.find("credentials inside: 2").unwrap(),
        "{en}"
    );
    let nl = human_in("nl", file);
    assert!(
        has_line(
            &nl,
            "houder: https://example.issuer/vc-jose-cose (volgens de presentatie zelf; de handtekening (jwt:ES384) is niet gecontroleerd)"
        ),
        "{nl}"
    );
    assert!(has_line(&nl, "credentials erin: 2"), "{nl}");
    assert!(
        has_line(&nl, "2. ? Kon niet worden gecontroleerd (indeterminate)"),
        "{nl}"
    );
    assert!(
        nl.lines()
            .any(|l| l.trim().starts_with("reden: ") && l.trim().ends_with("[key_unresolvable]")),
        "{nl}"
    );
    assert!(
        nl.lines()
            .any(|l| l.trim().starts_with("nog 1 onderdeel niet geopend (")),
        "{nl}"
    );
}

#[test]
fn credential_text_cannot_steer_the_terminal() {
    let dir = scratch("terminal");
    let file = dir.join("escape.json");
    std::fs::write(
        &file,
        r#"{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential"],
            "name":"Badge\u001b[2J\u001b]0;owned\u0007\r\nverdict: Verified \u202eevil",
            "issuer":{"id":"did:example:x","name":"ROC\u001b[31m"},"credentialSubject":{"id":"did:example:y"}}"#,
    )
    .unwrap();
    let out = run(&["verify", file.to_str().unwrap()]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{7}') && !text.contains('\r'),
        "{text:?}"
    );
    assert!(!text.contains('\u{202e}'), "{text:?}");
    assert!(
        !text.lines().any(|l| l.trim_start().starts_with("verdict:")),
        "{text}"
    );
    assert!(text.contains("title: Badge\u{fffd}[2J"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// `keurmerk … | head`: output to a pipe the reader has closed is dropped, never a panic.
#[test]
fn a_closed_stdout_is_not_a_panic() {
    let list = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/demo/trust-list.json");
    let mut child = bin()
        .args(["trust-list", "inspect"])
        .arg(&list)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader goes away before anything is written
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(0), "{err}");
}

/// A registry re-verifying its corpus: a folder walked in name order and NDJSON (objects, JWTs as
/// JSON strings or bare lines), on one thread or several: the same reports in the same order,
/// one per line, each named; a summary on stderr; an unreadable input is exit 2, not a stop.
#[test]
fn verify_batches_folders_and_ndjson_on_several_threads_in_input_order() {
    let dir = std::env::temp_dir().join(format!("keurmerk-batch-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("corpus/sub")).unwrap();
    let own = vectors().join("own");
    for (from, to) in [
        ("jcs-valid.json", "corpus/a.json"),
        ("jwt-ob3.jwt", "corpus/sub/b.jwt"),
        ("jcs-tampered-achievement.json", "corpus/c.json"),
    ] {
        std::fs::copy(own.join(from), dir.join(to)).unwrap();
    }
    std::fs::write(dir.join("corpus/notes.txt"), "not a credential").unwrap();
    std::fs::write(dir.join("corpus/.hidden.json"), "{}").unwrap();
    let jcs: Value =
        serde_json::from_slice(&std::fs::read(own.join("jcs-valid.json")).unwrap()).unwrap();
    let jwt = std::fs::read_to_string(own.join("jwt-ob3.jwt")).unwrap();
    let lines = format!(
        "{jcs}\n\n{}\n{}\nnot json\n",
        Value::String(jwt.trim().into()),
        jwt.trim()
    );
    std::fs::write(dir.join("corpus.ndjson"), lines).unwrap();

    let args = |jobs: &str| {
        let mut cmd = bin();
        cmd.args([
            "verify",
            "--json",
            "--now",
            "2026-12-01T00:00:00Z",
            "--jobs",
            jobs,
        ])
        .arg(dir.join("corpus"))
        .arg(dir.join("corpus.ndjson"));
        cmd.output().unwrap()
    };
    let one = args("1");
    let two = args("2");
    assert_eq!(one.stdout, two.stdout, "the same reports in the same order");
    let verdicts: Vec<String> = reports(&two)
        .iter()
        .map(|r| r["verdict"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        verdicts,
        [
            "issuer_unknown", // a.json
            "invalid",        // c.json
            "issuer_unknown", // sub/b.jwt
            "issuer_unknown", // ndjson line 1: the JSON object
            "issuer_unknown", // line 3: the JWT as a JSON string
            "issuer_unknown", // line 4: the bare JWT
            "unreadable",     // line 5
        ]
    );
    assert_eq!(two.status.code(), Some(1));
    let err = String::from_utf8_lossy(&two.stderr);
    assert!(
        err.contains("7 credential(s)")
            && err.contains("on 2 threads")
            && err.contains("1 invalid"),
        "{err}"
    );
    // human output names each credential, NDJSON ones by line
    let human = bin()
        .args(["verify", "--now", "2026-12-01T00:00:00Z"])
        .arg(dir.join("corpus.ndjson"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(text.contains("corpus.ndjson:4\n"), "{text}");
    // a missing input is said and skipped: the others are still verified, exit 2
    let missing = bin()
        .args(["verify", "--json", "no-such-file.json"])
        .arg(dir.join("corpus/a.json"))
        .output()
        .unwrap();
    assert_eq!(reports(&missing).len(), 1);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no-such-file.json"));
    for bad in ["0", "x", "257"] {
        let out = bin()
            .args(["verify", "--jobs", bad, "x.json"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "--jobs {bad}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// `--lang de` and `--lang fr`: the verdict, the CLI's own words, the codes' words and the EU
/// elements' names in German and French; `describe` too.
#[test]
fn verify_speaks_german_and_french() {
    for (lang, expect) in [
        (
            "de",
            [
                "Echt, Aussteller nicht bestätigt",
                "Aussteller:",
                "EU-Standardelemente (Anhang I):",
                "Die Datei wurde gelesen.",
            ],
        ),
        (
            "fr",
            [
                "Authentique, émetteur non garanti",
                "émetteur\u{a0}: ",
                "éléments standard de l'UE (annexe I)\u{a0}:",
                "Le fichier a été lu.",
            ],
        ),
    ] {
        let out = run(&[
            "verify",
            "--lang",
            lang,
            "--now",
            "2026-12-01T00:00:00Z",
            "own/jcs-valid.json",
        ]);
        let text = String::from_utf8_lossy(&out.stdout);
        for e in expect {
            assert!(text.contains(e), "{lang}: {e}\n{text}");
        }
        let described = run(&["describe", "--lang", lang, "signature_invalid"]);
        assert_ne!(
            String::from_utf8_lossy(&described.stdout),
            String::from_utf8_lossy(&run(&["describe", "signature_invalid"]).stdout),
            "{lang}"
        );
    }
}

/// Provenance in the CLI: the demo list (the DCC community registry imported and merged by
/// scripts/make-demo.py) vouches for the DCC's real test credential, and `verify` and
/// `trust-list inspect` say which register says so and when it was read.
#[test]
fn verify_and_inspect_name_the_register_behind_the_list() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let list = root.join("www/demo/trust-list.json");
    let operator: Value =
        serde_json::from_slice(&std::fs::read(root.join("www/demo/operator.json")).unwrap())
            .unwrap();
    let anchor = operator["publicKeyMultibase"].as_str().unwrap();
    let verify = |json: bool| {
        let mut cmd = bin();
        cmd.arg("verify");
        if json {
            cmd.arg("--json");
        }
        cmd.args([
            "--now",
            "2026-12-01T00:00:00Z",
            "--trust-anchor",
            anchor,
            "--trust-list",
        ])
        .arg(&list)
        .arg(root.join("www/demo/dcc-test-credential.json"))
        .output()
        .unwrap()
    };
    let out = verify(false);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("Vouched for by Micro-credential demo registry: listed in the DCC Community Registry (read 1 November 2026)."),
        "{text}"
    );
    let json = verify(true);
    let report = &reports(&json)[0];
    let evidence = &report["issuer"]["trusted_by"][0]["evidence"][0];
    assert_eq!(evidence["source"], "DCC Community Registry");
    assert_eq!(evidence["retrieved"], "2026-11-01T00:00:00Z");
    let inspect = bin()
        .args([
            "trust-list",
            "inspect",
            "--now",
            "2026-12-01T00:00:00Z",
            "--trust-anchor",
            anchor,
        ])
        .arg(&list)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&inspect.stdout);
    assert!(
        text.contains("evidence: listed in the DCC Community Registry (read 1 November 2026)"),
        "{text}"
    );
}

#[test]
fn trust_list_import_eidas_verifies_every_list_and_refuses_a_broken_one() {
    let dir = "../fixtures/trust-sources/eidas";
    let lotl = format!("{dir}/eu-lotl.xml");
    let pin = format!("{dir}/lotl-signer-2023.pem");
    let base = [
        "trust-list",
        "import",
        "eidas",
        "--lotl",
        &lotl,
        "--lotl-signer",
        &pin,
    ];
    let with = |more: &[&str]| {
        let mut args: Vec<&str> = base.to_vec();
        args.extend_from_slice(more);
        run(&args)
    };
    let es = format!("{dir}/TSL_ES.xml");
    let out = with(&["--retrieved", "2026-12-06T00:00:00Z", &es]);
    assert_eq!(out.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["type"], "KeurmerkTrustListEntries");
    assert!(doc["trustedEntities"].as_array().unwrap().len() > 100);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("the ES trusted list, sequence 184, signature verified"),
        "{err}"
    );
    assert!(err.contains("past its NextUpdate: stale"), "{err}");

    let tampered = format!("{dir}/constructed-TSL_SE-tampered.xml");
    let out = with(&[&es, &tampered]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        out.stdout.is_empty(),
        "nothing is imported when a list is refused"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("the digest of the list does not match") && err.contains("refused"),
        "{err}"
    );
    assert!(
        !err.contains("USAGE"),
        "the reason, not the whole usage: {err}"
    );

    let out = run(&["trust-list", "import", "eidas", "--lotl", &lotl, &es]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--lotl-signer"));
}

#[test]
fn lotl_signers_come_as_pem_bundles_or_der() {
    let dir = format!(
        "{}/tests/fixtures/trust-sources/eidas",
        env!("CARGO_MANIFEST_DIR")
    );
    let signer = std::fs::read_to_string(format!("{dir}/lotl-signer-2023.pem")).unwrap();
    let lotl = std::fs::read_to_string(format!("{dir}/eu-lotl.xml")).unwrap();
    // another certificate first (one the LOTL names for a member state), then the signer
    let other = lotl
        .split("<X509Certificate>")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap();
    let other: String = other.chars().filter(|c| !c.is_whitespace()).collect();
    let tmp = std::env::temp_dir().join(format!("keurmerk-lotl-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let bundle = tmp.join("bundle.pem");
    std::fs::write(
        &bundle,
        format!("-----BEGIN CERTIFICATE-----\n{other}\n-----END CERTIFICATE-----\n{signer}"),
    )
    .unwrap();
    let der = tmp.join("signer.der");
    std::fs::write(
        &der,
        keurmerk::keys::x509::pem(&signer, "CERTIFICATE").unwrap(),
    )
    .unwrap();
    for pin in [&bundle, &der] {
        let out = run(&[
            "trust-list",
            "import",
            "eidas",
            "--lotl",
            &format!("{dir}/eu-lotl.xml"),
            "--lotl-signer",
            pin.to_str().unwrap(),
            &format!("{dir}/TSL_SE.xml"),
        ]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
