//! `keurmerk`: verify credentials, and issuer tools (keygen, sign). Native only.
//!
//! Exit codes: 0 when every file is `verified` (or the tool succeeded), 1 otherwise, 2 on usage errors.

use std::io::{Read, Write};
use std::process::ExitCode;

use keurmerk::parse::JwtProfile;
use keurmerk::sign::{self, IssuerKey};
use keurmerk::{Config, Document, Outcome, Report, Timestamp, Verdict, Verifier};

const USAGE: &str = "\
keurmerk — verify micro-credentials offline

USAGE:
  keurmerk verify [--json] [--lang nl|en] [--now RFC3339] [--document [URL=]FILE]...
                  [--trust-list FILE]... [--trust-anchor KEY]... [--allow-undefined-terms] FILE...
  keurmerk keygen [--out FILE]
  keurmerk sign --suite eddsa-jcs-2022|eddsa-rdfc-2022|ed25519-2020|jwt --key KEYFILE [--issuer ID]
                [--verification-method VM] [--created RFC3339]
                [--jwt-profile ob3|jose|vc11] [--out FILE] CREDENTIAL.json
  keurmerk sign --suite jws --key KEYFILE --header HEADER.json [--out FILE] PAYLOAD.json
                (low level: signs PAYLOAD exactly as given under HEADER, for interop tests)
  keurmerk trust-list sign --key OPERATOR.key [--created RFC3339] [--out FILE] LIST.json
  keurmerk trust-list inspect [--now RFC3339] [--trust-anchor KEY]... LIST.json
  keurmerk status-list create --key KEYFILE --id URL [--purpose revocation|suspension]
                [--entries N] [--valid-from RFC3339] [--valid-until RFC3339] [--created RFC3339] [--out FILE]
  keurmerk status-list set --key KEYFILE --index N [--value 0|1] [--created RFC3339] [--out FILE] LIST.json
  keurmerk status-list get --index N LIST.json
  keurmerk bake (--png IMAGE.png | --svg IMAGE.svg) [--out FILE] CREDENTIAL
  keurmerk describe CODE [--lang nl|en]
  keurmerk --version

verify prints one report per file (one JSON object per line with --json) and exits 0 only
when every file is `verified`. FILE may be - for standard input. --document makes FILE the
document behind URL (a DID document or key document); a bare FILE is keyed by its own id.
Nothing is fetched from the network.
";

struct Usage(String);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("verify") => verify(args.get(1..).unwrap_or_default()),
        Some("keygen") => keygen(args.get(1..).unwrap_or_default()),
        Some("sign") => sign_cmd(args.get(1..).unwrap_or_default()),
        Some("describe") => describe(args.get(1..).unwrap_or_default()),
        Some("trust-list") => trust_list(args.get(1..).unwrap_or_default()),
        Some("status-list") => status_list(args.get(1..).unwrap_or_default()),
        Some("bake") => bake(args.get(1..).unwrap_or_default()),
        Some("--version" | "-V") => {
            println!("keurmerk {}", env!("CARGO_PKG_VERSION"));
            Ok(ExitCode::SUCCESS)
        }
        Some("--help" | "-h" | "help") => {
            print!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        Some(other) => Err(Usage(format!("unknown command {other:?}"))),
        None => Err(Usage("a command is required".to_owned())),
    };
    match result {
        Ok(code) => code,
        Err(Usage(msg)) => {
            eprintln!("keurmerk: {msg}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Splits `--name value` options from positional arguments; `flags` take no value.
/// `--name value` pairs and positional arguments.
type Parsed = (Vec<(String, String)>, Vec<String>);

fn options(args: &[String], flags: &[&str]) -> Result<Parsed, Usage> {
    let mut opts = Vec::new();
    let mut positional = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--" {
            positional.extend(it.by_ref().cloned());
        } else if let Some(name) = a.strip_prefix("--") {
            if let Some((n, v)) = name.split_once('=') {
                opts.push((n.to_owned(), v.to_owned()));
            } else if flags.contains(&name) {
                opts.push((name.to_owned(), String::new()));
            } else {
                let v = it
                    .next()
                    .ok_or_else(|| Usage(format!("--{name} needs a value")))?;
                opts.push((name.to_owned(), v.clone()));
            }
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
    let (opts, files) = options(args, &["json", "allow-undefined-terms"])?;
    let mut config = Config::default();
    let mut json = false;
    let mut lang = "en".to_owned();
    let mut now = None;
    let mut anchors = 0usize;
    for (name, value) in opts {
        match name.as_str() {
            "json" => json = true,
            "allow-undefined-terms" => config.policy.allow_undefined_terms = true,
            "lang" if value == "nl" || value == "en" => lang = value,
            "lang" => return Err(Usage(format!("--lang must be nl or en, not {value:?}"))),
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
    let mut all_verified = true;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for file in &files {
        let report = match read_input(file) {
            Ok(bytes) => verifier.verify(&bytes, now),
            Err(Usage(msg)) => {
                eprintln!("keurmerk: {msg}");
                return Ok(ExitCode::from(2));
            }
        };
        all_verified &= report.verdict == Verdict::Verified;
        let text = if json {
            report.to_json() + "\n"
        } else {
            human(file, &report, &lang)
        };
        if out.write_all(text.as_bytes()).is_err() {
            return Ok(ExitCode::from(1));
        }
    }
    Ok(if all_verified {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn human(file: &str, r: &Report, lang: &str) -> String {
    let mark = match r.verdict {
        Verdict::Verified => "✔",
        Verdict::IssuerUnknown | Verdict::Indeterminate => "?",
        _ => "✘",
    };
    let mut s = format!(
        "{file}\n  {mark} {} ({})\n",
        r.verdict.headline(lang),
        r.verdict.as_str()
    );
    if let Some(c) = &r.credential {
        if let Some(name) = &c.name {
            s += &format!(
                "  {}: {name}\n",
                if lang == "nl" { "titel" } else { "title" }
            );
        }
    }
    if let Some(i) = &r.issuer {
        let who = if lang == "nl" { "uitgever" } else { "issuer" };
        let said = if lang == "nl" {
            "volgens het credential zelf"
        } else {
            "as the credential itself says"
        };
        match (&i.name, i.name_source.as_deref()) {
            (Some(n), Some("trust_list")) => {
                s += &format!("  {who}: {n} — {}\n", i.id);
                for t in &i.trusted_by {
                    let by = if lang == "nl" {
                        "bevestigd door"
                    } else {
                        "vouched for by"
                    };
                    let op = t.operator_name.as_deref().unwrap_or(&t.operator);
                    s += &format!("    {by} {} ({op}, #{})\n", t.list, t.sequence);
                }
                if let Some(own) = &i.self_asserted_name {
                    s += &format!("    {said}: {own}\n");
                }
            }
            (Some(n), _) => s += &format!("  {who}: {n} ({said}) — {}\n", i.id),
            (None, _) => s += &format!("  {who}: {}\n", i.id),
        }
    }
    if let Some(v) = &r.validity {
        if v.valid_from.is_some() || v.valid_until.is_some() {
            let label = if lang == "nl" { "geldig" } else { "valid" };
            s += &format!(
                "  {label}: {} … {}\n",
                v.valid_from.as_deref().unwrap_or("—"),
                v.valid_until.as_deref().unwrap_or("—")
            );
        }
    }
    if !r.descriptors.is_empty() {
        s += if lang == "nl" {
            "  EU-kenmerken (Annex I):\n"
        } else {
            "  EU standard elements (Annex I):\n"
        };
        for key in keurmerk::descriptors::MANDATORY
            .iter()
            .chain(keurmerk::descriptors::OPTIONAL)
        {
            if let Some(d) = r.descriptors.get(key) {
                let mark = if d.signed {
                    ""
                } else if lang == "nl" {
                    "  (niet ondertekend)"
                } else {
                    "  (not signed)"
                };
                let text: String = d.display_in(lang).chars().take(160).collect();
                s += &format!(
                    "    {:<38} {text}{mark}\n",
                    keurmerk::descriptors::label(key, lang)
                );
            }
        }
        if let Some(a) = &r.annex_i {
            if !a.missing.is_empty() {
                let labels: Vec<&str> = a
                    .missing
                    .iter()
                    .map(|m| keurmerk::descriptors::label(m, lang))
                    .collect();
                let head = if lang == "nl" {
                    "niet vermeld"
                } else {
                    "not stated"
                };
                s += &format!("    {head}: {}\n", labels.join(", "));
            }
        }
    }
    for c in &r.checks {
        let m = match c.outcome {
            Outcome::Pass => "✓",
            Outcome::Fail => "✗",
            Outcome::Warn => "!",
            Outcome::NotChecked => "–",
        };
        let id = serde_json::to_value(c.id)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        s += &format!(
            "    {m} {id:<10} {} [{}]\n",
            c.code.describe(lang),
            c.code.as_str()
        );
        if !c.detail.is_empty() {
            s += &format!("                 {}\n", c.detail);
        }
    }
    s
}

fn keygen(args: &[String]) -> Result<ExitCode, Usage> {
    let (opts, rest) = options(args, &[])?;
    if !rest.is_empty() {
        return Err(Usage("keygen takes no positional arguments".to_owned()));
    }
    let mut seed = [0u8; 32];
    getrandom::getrandom(&mut seed).map_err(|e| Usage(format!("no random source: {e}")))?;
    let key = IssuerKey::from_seed(&seed);
    let text = serde_json::to_string_pretty(&key.key_file()).unwrap_or_default() + "\n";
    match opts.iter().find(|(n, _)| n == "out") {
        Some((_, path)) => {
            std::fs::write(path, text).map_err(|e| Usage(format!("{path}: {e}")))?;
            eprintln!("keurmerk: wrote {path} ({})", key.did_key());
        }
        None => print!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}

fn sign_cmd(args: &[String]) -> Result<ExitCode, Usage> {
    let (opts, files) = options(args, &[])?;
    let get = |n: &str| last(&opts, n);
    for (k, _) in &opts {
        if ![
            "suite",
            "key",
            "issuer",
            "verification-method",
            "created",
            "jwt-profile",
            "out",
            "header",
        ]
        .contains(&k.as_str())
        {
            return Err(Usage(format!("sign does not take --{k}")));
        }
    }
    let [file] = files.as_slice() else {
        return Err(Usage("sign needs exactly one CREDENTIAL.json".to_owned()));
    };
    let key_path = get("key").ok_or_else(|| Usage("sign needs --key KEYFILE".to_owned()))?;
    let key = IssuerKey::from_key_file(&read_input(&key_path)?)
        .map_err(|f| Usage(format!("{key_path}: {f}")))?;
    let mut doc = load_object(file)?;
    if let Some(issuer) = get("issuer") {
        sign::set_issuer(&mut doc, &issuer);
    }
    let vm = get("verification-method").unwrap_or_else(|| key.did_key_vm());
    let out = match get("suite").as_deref() {
        Some("eddsa-jcs-2022") => {
            let created = match get("created") {
                Some(t) => parse_now(&t)?,
                None => clock(),
            };
            let signed = sign::sign_eddsa_jcs_2022(doc, &key, &vm, created);
            serde_json::to_string_pretty(&serde_json::Value::Object(signed)).unwrap_or_default()
                + "\n"
        }
        Some(name @ ("eddsa-rdfc-2022" | "ed25519-2020")) => {
            let created = match get("created") {
                Some(t) => parse_now(&t)?,
                None => clock(),
            };
            let suite = if name == "ed25519-2020" {
                sign::LinkedDataSuite::Ed25519Signature2020
            } else {
                sign::LinkedDataSuite::EddsaRdfc2022
            };
            let signed = sign::sign_linked_data(doc, &key, &vm, created, suite)
                .map_err(|f| Usage(format!("{file}: cannot sign: {f}")))?;
            serde_json::to_string_pretty(&serde_json::Value::Object(signed)).unwrap_or_default()
                + "\n"
        }
        Some("jws") => {
            let header_path =
                get("header").ok_or_else(|| Usage("--suite jws needs --header".to_owned()))?;
            let header = keurmerk::intake::json::parse(&read_input(&header_path)?)
                .map_err(|f| Usage(format!("{header_path}: {f}")))?;
            sign::sign_compact(&header, &serde_json::Value::Object(doc), &key) + "\n"
        }
        Some("jwt") => {
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
            sign::sign_jwt(&doc, &key, &vm, profile) + "\n"
        }
        Some(other) => {
            return Err(Usage(format!(
                "--suite {other:?}: eddsa-jcs-2022, eddsa-rdfc-2022, ed25519-2020, jwt or jws"
            )))
        }
        None => return Err(Usage("sign needs --suite".to_owned())),
    };
    match get("out") {
        Some(path) => std::fs::write(&path, out).map_err(|e| Usage(format!("{path}: {e}")))?,
        None => print!("{out}"),
    }
    Ok(ExitCode::SUCCESS)
}

fn describe(args: &[String]) -> Result<ExitCode, Usage> {
    let (opts, codes) = options(args, &[])?;
    let lang = opts
        .iter()
        .find(|(k, _)| k == "lang")
        .map_or("en", |(_, v)| v.as_str());
    let mut ok = true;
    for c in &codes {
        match keurmerk::codes::code_from_str(c) {
            Some(code) => println!("{c}: {}", code.describe(lang)),
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

fn trust_list(args: &[String]) -> Result<ExitCode, Usage> {
    match args.first().map(String::as_str) {
        Some("sign") => trust_list_sign(args.get(1..).unwrap_or_default()),
        Some("inspect") => trust_list_inspect(args.get(1..).unwrap_or_default()),
        _ => Err(Usage("trust-list sign|inspect".to_owned())),
    }
}

fn trust_list_sign(args: &[String]) -> Result<ExitCode, Usage> {
    let (opts, files) = options(args, &[])?;
    let get = |n: &str| last(&opts, n);
    let [file] = files.as_slice() else {
        return Err(Usage(
            "trust-list sign needs exactly one LIST.json".to_owned(),
        ));
    };
    let key_path =
        get("key").ok_or_else(|| Usage("trust-list sign needs --key OPERATOR.key".to_owned()))?;
    let key = IssuerKey::from_key_file(&read_input(&key_path)?)
        .map_err(|f| Usage(format!("{key_path}: {f}")))?;
    let mut doc = load_object(file)?;
    doc.remove("proof");
    let list =
        keurmerk::trust::list::parse(&doc).map_err(|f| Usage(format!("{file}: {}", f.detail)))?;
    if list.operator_id != key.did_key() {
        return Err(Usage(format!(
            "{file}: operator.id is {}, but the key is {}",
            list.operator_id,
            key.did_key()
        )));
    }
    let created = match get("created") {
        Some(t) => parse_now(&t)?,
        None => clock(),
    };
    let signed = sign::sign_eddsa_jcs_2022(doc, &key, &key.did_key_vm(), created);
    let out =
        serde_json::to_string_pretty(&serde_json::Value::Object(signed)).unwrap_or_default() + "\n";
    match get("out") {
        Some(path) => std::fs::write(&path, out).map_err(|e| Usage(format!("{path}: {e}")))?,
        None => print!("{out}"),
    }
    Ok(ExitCode::SUCCESS)
}

fn trust_list_inspect(args: &[String]) -> Result<ExitCode, Usage> {
    let (opts, files) = options(args, &[])?;
    let [file] = files.as_slice() else {
        return Err(Usage(
            "trust-list inspect needs exactly one LIST.json".to_owned(),
        ));
    };
    let mut now = clock();
    let mut anchors = Vec::new();
    for (k, v) in &opts {
        match k.as_str() {
            "now" => now = parse_now(v)?,
            "trust-anchor" => {
                anchors.push(keurmerk::trust::anchor(v).map_err(|f| Usage(f.detail))?)
            }
            other => return Err(Usage(format!("trust-list inspect does not take --{other}"))),
        }
    }
    let bytes = read_input(file)?;
    let doc = parse_object(&bytes, file)?;
    let list =
        keurmerk::trust::list::parse(&doc).map_err(|f| Usage(format!("{file}: {}", f.detail)))?;
    let signature = if !doc.contains_key("proof") {
        "NOT SIGNED".to_owned()
    } else if anchors.is_empty() {
        "not checked (give --trust-anchor OPERATOR_KEY)".to_owned()
    } else {
        match keurmerk::trust::list::verify(&bytes, &anchors) {
            Ok(_) => format!("valid, by the anchored key {}", list.operator_key),
            Err(f) => format!("REJECTED: {}", f.detail),
        }
    };
    let fresh = if now > list.next_update {
        "STALE"
    } else {
        "current"
    };
    println!("{}", list.name);
    println!(
        "  operator:    {} ({})",
        list.operator_name.as_deref().unwrap_or("unnamed"),
        list.operator_id
    );
    println!("  sequence:    {}", list.sequence);
    println!("  issued:      {}", list.issued);
    println!("  next update: {} — {fresh} at {now}", list.next_update);
    println!("  signature:   {signature}");
    println!("  entities:    {}", list.entities.len());
    for e in &list.entities {
        let status = match e.status_at(now) {
            Some(keurmerk::trust::EntityStatus::Granted) => "granted",
            Some(keurmerk::trust::EntityStatus::Suspended) => "suspended",
            Some(keurmerk::trust::EntityStatus::Withdrawn) => "withdrawn",
            None => "not yet granted",
        };
        println!(
            "    - {} [{}] {status} now",
            e.name("en").unwrap_or("(no name)"),
            e.country.as_deref().unwrap_or("?")
        );
        println!("      {}", e.id);
        for a in &e.also_known_as {
            println!("      also known as {a}");
        }
        for (vm, _) in &e.keys {
            println!("      pinned key {vm}");
        }
        for a in &e.accreditations {
            println!(
                "      accredited {} {:?}{}",
                a.framework,
                a.levels,
                a.body
                    .as_ref()
                    .map(|b| format!(" by {b}"))
                    .unwrap_or_default()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn status_list(args: &[String]) -> Result<ExitCode, Usage> {
    let sub = args.first().map(String::as_str);
    let (opts, files) = options(args.get(1..).unwrap_or_default(), &[])?;
    let get = |n: &str| last(&opts, n);
    let key = || -> Result<IssuerKey, Usage> {
        let path = get("key").ok_or_else(|| Usage("status-list needs --key KEYFILE".to_owned()))?;
        IssuerKey::from_key_file(&read_input(&path)?).map_err(|f| Usage(format!("{path}: {f}")))
    };
    let index = || -> Result<u64, Usage> {
        get("index")
            .and_then(|i| i.parse().ok())
            .ok_or_else(|| Usage("--index N is required".to_owned()))
    };
    let emit = |doc: serde_json::Map<String, serde_json::Value>| -> Result<ExitCode, Usage> {
        let out = serde_json::to_string_pretty(&serde_json::Value::Object(doc)).unwrap_or_default()
            + "\n";
        match get("out") {
            Some(path) => std::fs::write(&path, out).map_err(|e| Usage(format!("{path}: {e}")))?,
            None => print!("{out}"),
        }
        Ok(ExitCode::SUCCESS)
    };
    let created = match get("created") {
        Some(t) => parse_now(&t)?,
        None => clock(),
    };
    let sign_list = |doc: serde_json::Map<String, serde_json::Value>, k: &IssuerKey| {
        sign::sign_linked_data(
            doc,
            k,
            &k.did_key_vm(),
            created,
            sign::LinkedDataSuite::EddsaRdfc2022,
        )
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
    match sub {
        Some("create") => {
            let k = key()?;
            let id =
                get("id").ok_or_else(|| Usage("status-list create needs --id URL".to_owned()))?;
            let entries = get("entries").map_or(Ok(keurmerk::status::MIN_LIST_BITS), |n| {
                n.parse().map_err(|_| Usage("--entries N".to_owned()))
            })?;
            let purpose = get("purpose").unwrap_or_else(|| "revocation".to_owned());
            let issuer = get("issuer").unwrap_or_else(|| k.did_key());
            let from = get("valid-from").unwrap_or_else(|| clock().to_rfc3339());
            let list =
                keurmerk::status::new_list_credential(&id, &issuer, &purpose, entries, &from);
            let serde_json::Value::Object(mut doc) = list else {
                return Err(Usage("internal: the list is not an object".to_owned()));
            };
            if let Some(until) = get("valid-until") {
                doc.insert("validUntil".to_owned(), serde_json::Value::String(until));
            }
            emit(sign_list(doc, &k)?)
        }
        Some("set") => {
            let [file] = files.as_slice() else {
                return Err(Usage("status-list set needs LIST.json".to_owned()));
            };
            let k = key()?;
            let mut doc = load(file)?;
            let mut bits = encoded(&doc)?;
            let value = get("value").map_or(true, |v| v != "0");
            keurmerk::status::set_entry(&mut bits, index()?, value).map_err(|f| Usage(f.detail))?;
            doc.remove("proof");
            if let Some(serde_json::Value::Object(subject)) = doc.get_mut("credentialSubject") {
                subject.insert(
                    "encodedList".to_owned(),
                    keurmerk::status::encode_list(&bits).into(),
                );
            }
            emit(sign_list(doc, &k)?)
        }
        Some("get") => {
            let [file] = files.as_slice() else {
                return Err(Usage("status-list get needs LIST.json".to_owned()));
            };
            let bits = encoded(&load(file)?)?;
            let i = index()?;
            let v = keurmerk::status::entry_value(&bits, i, 1).map_err(|f| Usage(f.detail))?;
            println!("{i}: {v}");
            Ok(ExitCode::SUCCESS)
        }
        _ => Err(Usage("status-list create|set|get".to_owned())),
    }
}

fn bake(args: &[String]) -> Result<ExitCode, Usage> {
    let (opts, files) = options(args, &[])?;
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
