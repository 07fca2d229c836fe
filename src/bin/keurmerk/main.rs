//! `keurmerk`: verify credentials, and issuer tools (keygen, sign). Native only.
//!
//! Exit codes: 0 when every file is `verified` (or the tool succeeded), 1 otherwise, 2 on usage errors.

use std::io::{Read, Write};
use std::process::ExitCode;

use keurmerk::crypto::KeyType;
use keurmerk::parse::JwtProfile;
use keurmerk::sign::{self, IssuerKey, KeyFormat, SigningKey};
use keurmerk::{Algorithm, Config, Document, Report, Timestamp, Verifier};

/// `print!` that does not panic when stdout is closed (`keurmerk … | head`): the reader is gone,
/// so what is left to print is dropped.
macro_rules! out {
    ($($t:tt)*) => { $crate::say(&format!($($t)*)) };
}
/// `println!` that does not panic when stdout is closed.
macro_rules! outln {
    ($($t:tt)*) => { $crate::say(&format!("{}\n", format_args!($($t)*))) };
}

mod batch;
mod human;
mod provenance;
mod trust_list;
mod words;

/// Writes to stdout; a closed pipe is not an error of ours.
fn say(text: &str) {
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

const USAGE: &str = "\
keurmerk — verify micro-credentials offline

USAGE:
  keurmerk verify [--json] [--lang en|nl|de|fr] [--now RFC3339] [--document [URL=]FILE]... [--gone URL]...
                  [--recipient EMAIL]
                  [--trust-list FILE]... [--trust-anchor KEY]... [--allow-undefined-terms]
                  [--require-status] [--jobs N] [--ndjson] FILE|FOLDER|-...
                (folders are walked for .json .jsonld .jwt .sd-jwt .png .svg; .ndjson and .jsonl
                files, or any with --ndjson, hold one credential a line; reports stream in input
                order, verified on N threads (default: every core))
  keurmerk keygen [--alg ed25519|es256|es384|rs256|ps256] [--format multikey|jwk|pem]
                  [--bits 2048|3072|4096] [--out FILE]
  keurmerk sign --suite SUITE --key KEYFILE [--alg ALG] [--issuer ID] [--verification-method VM]
                [--created RFC3339] [--jwt-profile ob3|jose|vc11] [--out FILE] CREDENTIAL.json
                SUITE: eddsa-jcs-2022, eddsa-rdfc-2022, ed25519-2020 (Ed25519 keys),
                ecdsa-jcs-2019, ecdsa-rdfc-2019 (P-256, P-384 keys), jwt (any key)
  keurmerk sign --suite jws --key KEYFILE --header HEADER.json [--alg ALG] [--out FILE] PAYLOAD.json
                (low level: signs PAYLOAD exactly as given under HEADER, for interop tests)
  keurmerk trust-list sign --key OPERATOR.key [--created RFC3339] [--out FILE] LIST.json|MAPPING.json
  keurmerk trust-list import dcc-registry (--name NAME | --known KNOWN.json --url URL) FILE
  keurmerk trust-list import oidf --anchor TA.jwt --now RFC3339 [--granted-from RFC3339] STATEMENT.jwt...
  keurmerk trust-list import deqar|rio --mapping MAPPING.json (--trust-anchor KEY | --sign-with KEY) FILE...
  keurmerk trust-list import eidas --lotl LOTL.xml --lotl-signer CERT.pem... [--now RFC3339] TL.xml...
                (import: [--retrieved RFC3339] [--fresh-for DAYS (30; at most 184)] [--out FILE],
                or [--scheme SCHEME.json --sign-with KEY] for a signed list at once)
  keurmerk trust-list merge --scheme SCHEME.json [--now RFC3339] [--sequence N] [--sign-with KEY]
                [--out FILE] ENTRIES.json...
  keurmerk trust-list inspect [--now RFC3339] [--trust-anchor KEY]... LIST.json
  keurmerk status-list create --key KEYFILE --id URL [--issuer ID] [--purpose revocation|suspension|message]
                [--entries N] [--size BITS] [--valid-from RFC3339] [--valid-until RFC3339] [--created RFC3339]
                [--out FILE]
  keurmerk status-list set --key KEYFILE --index N [--value 0|1|N] [--size BITS] [--created RFC3339] [--out FILE]
                LIST.json
  keurmerk status-list get --index N [--size BITS] LIST.json
  keurmerk bake (--png IMAGE.png | --svg IMAGE.svg) [--out FILE] CREDENTIAL
  keurmerk describe [--lang en|nl|de|fr] CODE...
  keurmerk --version

verify prints one report per file (one JSON object per line with --json) and exits 0 only
when every file is `verified`; with more than one credential it closes with a summary on
standard error (how many, how fast, which verdicts). FILE may be - for standard input. --document makes FILE the
document behind URL (a DID document, key document, JWK, status list or JSON-LD context); a
bare FILE is keyed by its own id. Nothing is fetched from the network. Without the status list
a credential names, its revocation is not checked and the verdict comes from the other
checks; --require-status makes such a credential indeterminate (never verified).
Open Badges 2.0 badges live on the issuer's website: give the hosted assertion, badge class,
issuer profile, key and revocation list with --document; --gone URL says the issuer answered
410 Gone there (a revoked hosted badge). --recipient EMAIL says whether the badge was awarded
to that address (its salted hash is computed here; the address goes nowhere).

keygen makes a key from the operating system's random source: Ed25519 unless --alg says
otherwise. Key files are Multikey JSON (publicKeyMultibase, secretKeyMultibase; the default
for Ed25519, P-256 and P-384), a private JWK with alg (the default for RSA, which has no
Multikey file) or PKCS#8 PEM. Any KEYFILE may be in any of these formats; PEM files may also
hold an EC PRIVATE KEY (SEC1) or RSA PRIVATE KEY (PKCS#1).

sign names the key by its did:key (Ed25519, P-256, P-384) or did:jwk (RSA) unless
--verification-method says otherwise, and makes the verification method's DID the issuer
unless --issuer says otherwise. The JWT alg follows the key: EdDSA, ES256 (P-256), ES384 (P-384), RS256 (RSA;
--alg PS256, or a JWK with alg PS256, for RSASSA-PSS).

Exit codes: 0 success (verify: every file verified), 1 not verified, 2 usage errors.
";

struct Usage(String);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let wants_help = args
        .iter()
        .take_while(|a| *a != "--")
        .any(|a| a == "--help" || a == "-h");
    if wants_help {
        out!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let result = match args.first().map(String::as_str) {
        Some("verify") => verify(args.get(1..).unwrap_or_default()),
        Some("keygen") => keygen(args.get(1..).unwrap_or_default()),
        Some("sign") => sign_cmd(args.get(1..).unwrap_or_default()),
        Some("describe") => describe(args.get(1..).unwrap_or_default()),
        Some("trust-list") => trust_list::run(args.get(1..).unwrap_or_default()),
        Some("status-list") => status_list(args.get(1..).unwrap_or_default()),
        Some("bake") => bake(args.get(1..).unwrap_or_default()),
        Some("--version" | "-V") => {
            outln!("keurmerk {}", env!("CARGO_PKG_VERSION"));
            Ok(ExitCode::SUCCESS)
        }
        Some("--help" | "-h" | "help") => {
            out!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        Some(other) => Err(Usage(format!("unknown command {other:?}"))),
        None => Err(Usage("a command is required".to_owned())),
    };
    match result {
        Ok(code) => code,
        Err(Usage(msg)) => {
            // The message, not the whole usage: a refused file's reason stays the last line read.
            eprintln!("keurmerk: {msg}\n(keurmerk --help shows the commands and their options)");
            ExitCode::from(2)
        }
    }
}

/// `--name value` pairs and positional arguments.
type Parsed = (Vec<(String, String)>, Vec<String>);

/// The options a command takes: `flags` stand alone, `valued` take a value (`--name value` or
/// `--name=value`). Anything else that starts with `-` is a usage error naming it.
struct Spec {
    command: &'static str,
    flags: &'static [&'static str],
    valued: &'static [&'static str],
}

const VERIFY: Spec = Spec {
    command: "verify",
    flags: &["json", "allow-undefined-terms", "require-status", "ndjson"],
    valued: &[
        "jobs",
        "lang",
        "now",
        "document",
        "gone",
        "recipient",
        "trust-list",
        "trust-anchor",
    ],
};
const KEYGEN: Spec = Spec {
    command: "keygen",
    flags: &[],
    valued: &["alg", "format", "bits", "out"],
};
const SIGN: Spec = Spec {
    command: "sign",
    flags: &[],
    valued: &[
        "suite",
        "key",
        "alg",
        "issuer",
        "verification-method",
        "created",
        "jwt-profile",
        "header",
        "out",
    ],
};
const DESCRIBE: Spec = Spec {
    command: "describe",
    flags: &[],
    valued: &["lang"],
};
const STATUS_LIST_CREATE: Spec = Spec {
    command: "status-list create",
    flags: &[],
    valued: &[
        "key",
        "id",
        "issuer",
        "purpose",
        "entries",
        "size",
        "valid-from",
        "valid-until",
        "created",
        "out",
    ],
};
const STATUS_LIST_SET: Spec = Spec {
    command: "status-list set",
    flags: &[],
    valued: &["key", "index", "value", "size", "created", "out"],
};
const STATUS_LIST_GET: Spec = Spec {
    command: "status-list get",
    flags: &[],
    valued: &["index", "size"],
};
const BAKE: Spec = Spec {
    command: "bake",
    flags: &[],
    valued: &["png", "svg", "out"],
};

/// Splits the options `spec` declares from positional arguments (`-` is standard input; after
/// `--` everything is positional).
fn options(args: &[String], spec: &Spec) -> Result<Parsed, Usage> {
    let command = spec.command;
    let mut opts = Vec::new();
    let mut positional = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--" {
            positional.extend(it.by_ref().cloned());
        } else if let Some(arg) = a.strip_prefix("--") {
            let (name, inline) = match arg.split_once('=') {
                Some((n, v)) => (n, Some(v)),
                None => (arg, None),
            };
            if spec.flags.contains(&name) {
                if inline.is_some() {
                    return Err(Usage(format!("--{name} takes no value")));
                }
                opts.push((name.to_owned(), String::new()));
            } else if spec.valued.contains(&name) {
                let value = match inline {
                    Some(v) => v.to_owned(),
                    None => it
                        .next()
                        .cloned()
                        .ok_or_else(|| Usage(format!("--{name} needs a value")))?,
                };
                opts.push((name.to_owned(), value));
            } else {
                return Err(Usage(format!("{command} does not take --{name}")));
            }
        } else if a.len() > 1 && a.starts_with('-') {
            return Err(Usage(format!("{command} does not take {a}")));
        } else {
            positional.push(a.clone());
        }
    }
    Ok((opts, positional))
}

/// The last value given for option `name`.
fn last(opts: &[(String, String)], name: &str) -> Option<String> {
    opts.iter()
        .rev()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
}

/// Reads `file` as one strict JSON object.
fn load_object(file: &str) -> Result<serde_json::Map<String, serde_json::Value>, Usage> {
    parse_object(&read_input(file)?, file)
}

/// `bytes` (read from `file`) as one strict JSON object.
fn parse_object(
    bytes: &[u8],
    file: &str,
) -> Result<serde_json::Map<String, serde_json::Value>, Usage> {
    match keurmerk::intake::json::parse(bytes) {
        Ok(serde_json::Value::Object(m)) => Ok(m),
        Ok(_) => Err(Usage(format!("{file}: not a JSON object"))),
        Err(f) => Err(Usage(format!("{file}: {f}"))),
    }
}

fn read_input(path: &str) -> Result<Vec<u8>, Usage> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| Usage(format!("standard input: {e}")))?;
        return Ok(buf);
    }
    std::fs::read(path).map_err(|e| Usage(format!("{path}: {e}")))
}

fn parse_now(s: &str) -> Result<Timestamp, Usage> {
    Timestamp::parse(s)
        .map(|(t, _)| t)
        .map_err(|_| Usage(format!("--now {s:?} is not an RFC 3339 date-time")))
}

fn clock() -> Timestamp {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    Timestamp::from_unix(i64::try_from(secs).unwrap_or(0))
}

fn verify(args: &[String]) -> Result<ExitCode, Usage> {
    let (opts, files) = options(args, &VERIFY)?;
    let mut config = Config::default();
    let mut json = false;
    let mut lang = "en".to_owned();
    let mut now = None;
    let mut anchors = 0usize;
    let mut recipient = None;
    let mut jobs = None;
    let mut ndjson = false;
    for (name, value) in opts {
        match name.as_str() {
            "json" => json = true,
            "ndjson" => ndjson = true,
            "jobs" => jobs = Some(parse_jobs(&value)?),
            "allow-undefined-terms" => config.policy.allow_undefined_terms = true,
            "require-status" => config.policy.require_status = true,
            "lang" => lang = parse_lang(&value)?,
            "now" => now = Some(parse_now(&value)?),
            "document" => {
                let (url, path) = match value.split_once('=') {
                    // a Windows-style or URL-less path has no '=': key by the document's own id
                    Some((u, p)) if !u.is_empty() => (Some(u.to_owned()), p.to_owned()),
                    _ => (None, value.clone()),
                };
                config.documents.push(Document {
                    url,
                    bytes: read_input(&path)?,
                });
            }
            "gone" => config.gone.push(value),
            "recipient" => recipient = Some(value),
            "trust-list" => config.trust_lists.push(read_input(&value)?),
            "trust-anchor" => {
                anchors += 1;
                config.trust_anchors.push(value);
            }
            other => return Err(Usage(format!("verify does not take --{other}"))),
        }
    }
    if files.is_empty() {
        return Err(Usage("verify needs at least one FILE".to_owned()));
    }
    if anchors == 0 && !config.trust_lists.is_empty() {
        eprintln!("keurmerk: note: --trust-list needs --trust-anchor (the operator key the list must be signed by)");
    }
    config.lang = Some(lang.clone());
    let verifier = Verifier::new(config).map_err(|e| Usage(e.to_string()))?;
    let now = now.unwrap_or_else(clock);
    let jobs = jobs.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    let render = |name: &str, report: &Report| {
        if json {
            report.to_json() + "\n"
        } else {
            human::report(name, report, &lang)
                + &human::recipient_line(report, recipient.as_deref(), &lang)
        }
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut closed = false;
    let mut write = |text: &str| {
        closed = out.write_all(text.as_bytes()).is_err();
        !closed
    };
    let started = std::time::Instant::now();
    let tally = batch::Batch {
        verifier: &verifier,
        now,
        jobs,
        ndjson,
        render: &render,
        write: &mut write,
    }
    .run(&files);
    if tally.total + tally.unreadable > 1 {
        eprintln!(
            "{}",
            batch::summary(&tally, started.elapsed().as_secs_f64(), jobs)
        );
    }
    Ok(if tally.unreadable > 0 {
        ExitCode::from(2)
    } else if closed || tally.verified < tally.total || tally.total == 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn parse_lang(value: &str) -> Result<String, Usage> {
    if words::LANGS.contains(&value) {
        Ok(value.to_owned())
    } else {
        Err(Usage(format!(
            "--lang must be one of {}, not {value:?}",
            words::LANGS.join(", ")
        )))
    }
}

/// `--FLAG N`: a whole number of `unit` from 1 to `max`.
pub(crate) fn count_option(flag: &str, value: &str, max: i64, unit: &str) -> Result<i64, Usage> {
    value
        .parse::<i64>()
        .ok()
        .filter(|n| (1..=max).contains(n))
        .ok_or_else(|| {
            Usage(format!(
                "--{flag} takes a number of {unit} from 1 to {max}, not {value:?}"
            ))
        })
}

fn parse_jobs(value: &str) -> Result<usize, Usage> {
    let max = i64::try_from(batch::MAX_JOBS).unwrap_or(i64::MAX);
    let n = count_option("jobs", value, max, "threads")?;
    Ok(usize::try_from(n).unwrap_or(1))
}

/// An algorithm by its JOSE name or the name keygen takes, in any case (`ES256`, `es256`,
/// `EdDSA`, `ed25519` …).
fn parse_alg(name: &str) -> Option<Algorithm> {
    match name.to_ascii_lowercase().as_str() {
        "ed25519" | "eddsa" => Some(Algorithm::Ed25519),
        "es256" => Some(Algorithm::Es256),
        "es384" => Some(Algorithm::Es384),
        "rs256" => Some(Algorithm::Rs256),
        "ps256" => Some(Algorithm::Ps256),
        _ => None,
    }
}

/// Reads a key file of any format and type.
fn read_key(path: &str) -> Result<SigningKey, Usage> {
    SigningKey::read(&read_input(path)?).map_err(|f| Usage(format!("{path}: {f}")))
}

/// Reads an Ed25519 key file, for the commands whose suite is Ed25519 only.
fn read_ed25519_key(path: &str, what: &str) -> Result<IssuerKey, Usage> {
    let key = read_key(path)?;
    key.as_ed25519().cloned().ok_or_else(|| {
        Usage(format!(
            "{what} signs with an Ed25519 key, but the key in {path} is {}",
            key.describe()
        ))
    })
}

/// Writes `text` to `path`; a secret key file is readable by its owner only (on Unix).
fn write_file(path: &str, text: &[u8], secret: bool) -> Result<(), Usage> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    if secret {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = secret;
    options
        .open(path)
        .and_then(|mut f| f.write_all(text))
        .map_err(|e| Usage(format!("{path}: {e}")))
}

/// Writes `text` to the file `--out` names, or to standard output.
fn emit(out: Option<String>, text: &str) -> Result<ExitCode, Usage> {
    match out {
        Some(path) => write_file(&path, text.as_bytes(), false)?,
        None => out!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}

/// The DID of a verification method (the part before `#`).
fn did_of(vm: &str) -> &str {
    vm.split_once('#').map_or(vm, |(did, _)| did)
}

fn keygen(args: &[String]) -> Result<ExitCode, Usage> {
    let (opts, rest) = options(args, &KEYGEN)?;
    if !rest.is_empty() {
        return Err(Usage("keygen takes no positional arguments".to_owned()));
    }
    let get = |n: &str| last(&opts, n);
    let algorithm = match get("alg") {
        None => Algorithm::Ed25519,
        Some(a) => parse_alg(&a).ok_or_else(|| {
            Usage(format!(
                "--alg {a:?}: ed25519, es256, es384, rs256 or ps256"
            ))
        })?,
    };
    let format = match get("format") {
        None => KeyFormat::default_for(algorithm),
        Some(f) => KeyFormat::from_name(&f)
            .ok_or_else(|| Usage(format!("--format {f:?}: multikey, jwk or pem")))?,
    };
    let rsa = algorithm.key_type() == KeyType::Rsa;
    if rsa && format == KeyFormat::Multikey {
        return Err(Usage(
            "an RSA key has no Multikey key file: use --format jwk or pem".to_owned(),
        ));
    }
    let bits = match get("bits") {
        None => sign::DEFAULT_RSA_KEY_BITS,
        Some(_) if !rsa => {
            return Err(Usage(format!(
                "--bits is for RSA keys only; {} keys have one size",
                algorithm.key_type().as_str()
            )))
        }
        Some(b) => b
            .parse()
            .ok()
            .filter(|n| sign::RSA_KEY_BITS.contains(n))
            .ok_or_else(|| Usage(format!("--bits {b:?}: 2048, 3072 or 4096")))?,
    };
    let key = SigningKey::generate(algorithm, bits, &mut rand_core::OsRng)
        .map_err(|f| Usage(f.to_string()))?;
    let text = key.write(format).map_err(|f| Usage(f.to_string()))?;
    let vm = key
        .verification_method()
        .map_err(|f| Usage(f.to_string()))?;
    match get("out") {
        Some(path) => {
            write_file(&path, text.as_bytes(), true)?;
            eprintln!(
                "keurmerk: wrote {path} ({}, {})",
                key.describe(),
                did_of(&vm)
            );
        }
        None => out!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}

fn sign_cmd(args: &[String]) -> Result<ExitCode, Usage> {
    let (opts, files) = options(args, &SIGN)?;
    let get = |n: &str| last(&opts, n);
    let [file] = files.as_slice() else {
        return Err(Usage("sign needs exactly one CREDENTIAL.json".to_owned()));
    };
    let suite = get("suite").ok_or_else(|| Usage("sign needs --suite".to_owned()))?;
    let key_path = get("key").ok_or_else(|| Usage("sign needs --key KEYFILE".to_owned()))?;
    let key = read_key(&key_path)?;
    let requested =
        match get("alg") {
            None => None,
            Some(a) => Some(parse_alg(&a).ok_or_else(|| {
                Usage(format!("--alg {a:?}: EdDSA, ES256, ES384, RS256 or PS256"))
            })?),
        };
    let mismatch = |f: keurmerk::Fault| Usage(format!("{key_path}: {}", f.detail));
    let vm = match get("verification-method") {
        Some(vm) => vm,
        None => key.verification_method().map_err(mismatch)?,
    };
    let mut doc = load_object(file)?;
    if suite == "jws" {
        // the payload exactly as given (an explicit --issuer still applies)
        if let Some(issuer) = get("issuer") {
            sign::set_issuer(&mut doc, &issuer);
        }
    } else if let Some(issuer) = get("issuer") {
        sign::set_issuer(&mut doc, &issuer);
    } else if vm.starts_with("did:") {
        // the key's controller issues (a key named by URL leaves the document's issuer as it is)
        sign::set_issuer(&mut doc, did_of(&vm));
    }
    let created = || match get("created") {
        Some(t) => parse_now(&t),
        None => Ok(clock()),
    };
    let pretty =
        |m| serde_json::to_string_pretty(&serde_json::Value::Object(m)).unwrap_or_default() + "\n";
    let cannot = |f: keurmerk::Fault| Usage(format!("{file}: cannot sign: {f}"));
    let out = match suite.as_str() {
        "eddsa-jcs-2022" | "eddsa-rdfc-2022" | "ed25519-2020" => {
            let Some(ed) = key.as_ed25519() else {
                return Err(Usage(format!(
                    "--suite {suite} signs with an Ed25519 key, but the key in {key_path} is {} ({})",
                    key.describe(),
                    suites_for(&key)
                )));
            };
            key.algorithm_for(requested).map_err(mismatch)?;
            let signed = match suite.as_str() {
                "eddsa-jcs-2022" => sign::sign_eddsa_jcs_2022(doc, ed, &vm, created()?),
                "ed25519-2020" => sign::sign_linked_data(
                    doc,
                    ed,
                    &vm,
                    created()?,
                    sign::LinkedDataSuite::Ed25519Signature2020,
                )
                .map_err(cannot)?,
                _ => sign::sign_linked_data(
                    doc,
                    ed,
                    &vm,
                    created()?,
                    sign::LinkedDataSuite::EddsaRdfc2022,
                )
                .map_err(cannot)?,
            };
            pretty(signed)
        }
        "ecdsa-rdfc-2019" | "ecdsa-jcs-2019" => {
            if !matches!(key.key_type(), KeyType::P256 | KeyType::P384) {
                return Err(Usage(format!(
                    "--suite {suite} signs with a P-256 or P-384 key, but the key in {key_path} is {} ({})",
                    key.describe(),
                    suites_for(&key)
                )));
            }
            key.algorithm_for(requested).map_err(mismatch)?;
            let ecdsa = if suite == "ecdsa-jcs-2019" {
                sign::EcdsaSuite::EcdsaJcs2019
            } else {
                sign::EcdsaSuite::EcdsaRdfc2019
            };
            pretty(sign::sign_ecdsa(doc, &key, &vm, created()?, ecdsa).map_err(cannot)?)
        }
        "jws" => {
            let header_path =
                get("header").ok_or_else(|| Usage("--suite jws needs --header".to_owned()))?;
            let header = keurmerk::intake::json::parse(&read_input(&header_path)?)
                .map_err(|f| Usage(format!("{header_path}: {f}")))?;
            // The header's alg when it fits the key; any other header is signed with the key's own
            // algorithm (attack vectors claim algorithms they are not signed with).
            let claimed = header
                .get("alg")
                .and_then(serde_json::Value::as_str)
                .and_then(Algorithm::from_jose)
                .filter(|a| a.key_type() == key.key_type());
            let alg = key.algorithm_for(requested.or(claimed)).map_err(mismatch)?;
            let payload = serde_json::Value::Object(doc);
            sign::sign_compact_with(&header, &payload, &key, alg, &mut rand_core::OsRng)
                .map_err(cannot)?
                + "\n"
        }
        "jwt" => {
            let ob = keurmerk::parse::as_list(doc.get("type"))
                .any(|t| t == "OpenBadgeCredential" || t == "AchievementCredential");
            let profile = match get("jwt-profile").as_deref() {
                Some("ob3") => JwtProfile::OpenBadges3,
                Some("jose") => JwtProfile::JoseCose,
                Some("vc11") => JwtProfile::Vc11,
                None if ob => JwtProfile::OpenBadges3,
                None => JwtProfile::JoseCose,
                Some(other) => {
                    return Err(Usage(format!("--jwt-profile {other:?}: ob3, jose or vc11")))
                }
            };
            let alg = key.algorithm_for(requested).map_err(mismatch)?;
            sign::sign_jwt_with(&doc, &key, alg, &vm, profile, &mut rand_core::OsRng)
                .map_err(cannot)?
                + "\n"
        }
        other => {
            return Err(Usage(format!(
                "--suite {other:?}: eddsa-jcs-2022, eddsa-rdfc-2022, ed25519-2020, \
                 ecdsa-jcs-2019, ecdsa-rdfc-2019, jwt or jws"
            )))
        }
    };
    emit(get("out"), &out)
}

/// The suites a key can sign with, for a usage error.
fn suites_for(key: &SigningKey) -> &'static str {
    match key.key_type() {
        KeyType::Ed25519 => "Ed25519 keys sign eddsa-jcs-2022, eddsa-rdfc-2022, ed25519-2020, jwt",
        KeyType::P256 | KeyType::P384 => {
            "P-256 and P-384 keys sign ecdsa-jcs-2019, ecdsa-rdfc-2019, jwt"
        }
        _ => "RSA keys sign jwt",
    }
}

fn describe(args: &[String]) -> Result<ExitCode, Usage> {
    let (opts, codes) = options(args, &DESCRIBE)?;
    let lang = match last(&opts, "lang") {
        Some(l) => parse_lang(&l)?,
        None => "en".to_owned(),
    };
    let lang = lang.as_str();
    let mut ok = true;
    for c in &codes {
        match keurmerk::codes::code_from_str(c) {
            Some(code) => outln!("{c}: {}", code.describe(lang)),
            None => {
                eprintln!("keurmerk: unknown code {c:?}");
                ok = false;
            }
        }
    }
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn status_list(args: &[String]) -> Result<ExitCode, Usage> {
    let sub = args.first().map(String::as_str);
    let spec = match sub {
        Some("create") => &STATUS_LIST_CREATE,
        Some("set") => &STATUS_LIST_SET,
        Some("get") => &STATUS_LIST_GET,
        _ => return Err(Usage("status-list create|set|get".to_owned())),
    };
    let (opts, files) = options(args.get(1..).unwrap_or_default(), spec)?;
    let get = |n: &str| last(&opts, n);
    // Ed25519 keys sign the list with eddsa-rdfc-2022, P-256 and P-384 keys with ecdsa-rdfc-2019.
    let key = || -> Result<(SigningKey, String), Usage> {
        let path = get("key").ok_or_else(|| Usage("status-list needs --key KEYFILE".to_owned()))?;
        let key = read_key(&path)?;
        if key.key_type() == KeyType::Rsa {
            return Err(Usage(format!(
                "{path}: status lists are signed with eddsa-rdfc-2022 (Ed25519) or \
                 ecdsa-rdfc-2019 (P-256, P-384), not with an RSA key"
            )));
        }
        let vm = key
            .verification_method()
            .map_err(|f| Usage(format!("{path}: {f}")))?;
        Ok((key, vm))
    };
    let index = || -> Result<u64, Usage> {
        get("index")
            .and_then(|i| i.parse().ok())
            .ok_or_else(|| Usage("--index N is required".to_owned()))
    };
    let emit_doc = |doc: serde_json::Map<String, serde_json::Value>| -> Result<ExitCode, Usage> {
        let out = serde_json::to_string_pretty(&serde_json::Value::Object(doc)).unwrap_or_default()
            + "\n";
        emit(get("out"), &out)
    };
    let created = match get("created") {
        Some(t) => parse_now(&t)?,
        None => clock(),
    };
    let sign_list = |doc: serde_json::Map<String, serde_json::Value>,
                     (k, vm): &(SigningKey, String)| {
        match k.as_ed25519() {
            Some(ed) => {
                sign::sign_linked_data(doc, ed, vm, created, sign::LinkedDataSuite::EddsaRdfc2022)
            }
            None => sign::sign_ecdsa(doc, k, vm, created, sign::EcdsaSuite::EcdsaRdfc2019),
        }
        .map_err(|f| Usage(format!("cannot sign the list: {f}")))
    };
    let load = load_object;
    let encoded = |doc: &serde_json::Map<String, serde_json::Value>| -> Result<Vec<u8>, Usage> {
        let text = doc
            .get("credentialSubject")
            .and_then(|s| s.get("encodedList"))
            .and_then(|v| v.as_str())
            .ok_or_else(|| {
                Usage("not a status list credential (no credentialSubject.encodedList)".to_owned())
            })?;
        keurmerk::status::decode_list(text).map_err(|f| Usage(f.detail))
    };
    // `--size BITS`: bits per entry (`statusSize`, 1 to 8; 1 unless given).
    let size = || match get("size") {
        None => Ok(1),
        Some(n) => n
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=8).contains(n))
            .ok_or_else(|| Usage("--size BITS (1 to 8)".to_owned())),
    };
    match sub {
        Some("create") => {
            let k = key()?;
            let id =
                get("id").ok_or_else(|| Usage("status-list create needs --id URL".to_owned()))?;
            // The specification's minimum: 16 KB of bits, whatever the entry size.
            let least = keurmerk::status::MIN_LIST_BITS / size()? as usize;
            let entries = get("entries").map_or(Ok(least), |n| {
                n.parse().map_err(|_| Usage("--entries N".to_owned()))
            })?;
            let purpose = get("purpose").unwrap_or_else(|| "revocation".to_owned());
            let issuer = get("issuer").unwrap_or_else(|| did_of(&k.1).to_owned());
            let from = get("valid-from").unwrap_or_else(|| clock().to_rfc3339());
            let bits = entries.saturating_mul(size()? as usize);
            let list = keurmerk::status::new_list_credential(&id, &issuer, &purpose, bits, &from);
            let serde_json::Value::Object(mut doc) = list else {
                return Err(Usage("internal: the list is not an object".to_owned()));
            };
            if let Some(until) = get("valid-until") {
                doc.insert("validUntil".to_owned(), serde_json::Value::String(until));
            }
            emit_doc(sign_list(doc, &k)?)
        }
        Some("set") => {
            let [file] = files.as_slice() else {
                return Err(Usage("status-list set needs LIST.json".to_owned()));
            };
            let k = key()?;
            let mut doc = load(file)?;
            let mut bits = encoded(&doc)?;
            let value = match get("value") {
                None => 1,
                Some(v) => v
                    .parse()
                    .map_err(|_| Usage("--value N (0 to 255)".to_owned()))?,
            };
            keurmerk::status::set_value(&mut bits, index()?, size()?, value)
                .map_err(|f| Usage(f.detail))?;
            doc.remove("proof");
            if let Some(serde_json::Value::Object(subject)) = doc.get_mut("credentialSubject") {
                subject.insert(
                    "encodedList".to_owned(),
                    keurmerk::status::encode_list(&bits).into(),
                );
            }
            emit_doc(sign_list(doc, &k)?)
        }
        Some("get") => {
            let [file] = files.as_slice() else {
                return Err(Usage("status-list get needs LIST.json".to_owned()));
            };
            let bits = encoded(&load(file)?)?;
            let i = index()?;
            let v =
                keurmerk::status::entry_value(&bits, i, size()?).map_err(|f| Usage(f.detail))?;
            outln!("{i}: {v}");
            Ok(ExitCode::SUCCESS)
        }
        _ => Err(Usage("status-list create|set|get".to_owned())),
    }
}

fn bake(args: &[String]) -> Result<ExitCode, Usage> {
    let (opts, files) = options(args, &BAKE)?;
    let get = |n: &str| last(&opts, n);
    let [file] = files.as_slice() else {
        return Err(Usage(
            "bake needs exactly one CREDENTIAL (JSON or JWT)".to_owned(),
        ));
    };
    let credential = read_input(file)?;
    let credential = credential.trim_ascii();
    let baked = match (get("png"), get("svg")) {
        (Some(png), None) => keurmerk::intake::png::bake(&read_input(&png)?, credential)
            .map_err(|f| Usage(format!("{png}: {}", f.detail)))?,
        (None, Some(svg)) => {
            let text = String::from_utf8(read_input(&svg)?)
                .map_err(|_| Usage(format!("{svg}: not UTF-8")))?;
            let cred =
                std::str::from_utf8(credential).map_err(|_| Usage(format!("{file}: not UTF-8")))?;
            keurmerk::intake::svg::bake(&text, cred)
                .map_err(|f| Usage(format!("{svg}: {}", f.detail)))?
                .into_bytes()
        }
        _ => return Err(Usage("bake needs --png IMAGE or --svg IMAGE".to_owned())),
    };
    match get("out") {
        Some(path) => std::fs::write(&path, baked).map_err(|e| Usage(format!("{path}: {e}")))?,
        None => {
            std::io::stdout()
                .write_all(&baked)
                .map_err(|e| Usage(e.to_string()))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
