//! `keurmerk trust-list`: sign and inspect lists, import public registers into entries, merge
//! entries into a list (`docs/trust-list.md`).

use std::process::ExitCode;

use keurmerk::trust::import;

use keurmerk::sign;
use keurmerk::Timestamp;
use serde_json::{Map, Value};

use crate::{
    clock, emit, last, load_object, options, parse_now, parse_object, read_ed25519_key, read_input,
    Spec, Usage,
};

const IMPORT: Spec = Spec {
    command: "trust-list import",
    flags: &[],
    valued: &[
        "name",
        "known",
        "url",
        "retrieved",
        "fresh-for",
        "now",
        "anchor",
        "granted-from",
        "mapping",
        "trust-anchor",
        "scheme",
        "sign-with",
        "sequence",
        "out",
        "lotl",
        "lotl-signer",
    ],
};
const MERGE: Spec = Spec {
    command: "trust-list merge",
    flags: &[],
    valued: &["scheme", "now", "sign-with", "sequence", "out"],
};

const TRUST_LIST_SIGN: Spec = Spec {
    command: "trust-list sign",
    flags: &[],
    valued: &["key", "created", "out"],
};
const TRUST_LIST_INSPECT: Spec = Spec {
    command: "trust-list inspect",
    flags: &[],
    valued: &["now", "trust-anchor"],
};
pub(crate) fn run(args: &[String]) -> Result<ExitCode, Usage> {
    match args.first().map(String::as_str) {
        Some("sign") => trust_list_sign(args.get(1..).unwrap_or_default()),
        Some("inspect") => trust_list_inspect(args.get(1..).unwrap_or_default()),
        Some("import") => import_cmd(args.get(1..).unwrap_or_default()),
        Some("merge") => merge_cmd(args.get(1..).unwrap_or_default()),
        _ => Err(Usage("trust-list sign|inspect|import|merge".to_owned())),
    }
}

fn trust_list_sign(args: &[String]) -> Result<ExitCode, Usage> {
    let (opts, files) = options(args, &TRUST_LIST_SIGN)?;
    let get = |n: &str| last(&opts, n);
    let [file] = files.as_slice() else {
        return Err(Usage(
            "trust-list sign needs exactly one LIST.json".to_owned(),
        ));
    };
    let key_path =
        get("key").ok_or_else(|| Usage("trust-list sign needs --key OPERATOR.key".to_owned()))?;
    let key = read_ed25519_key(&key_path, "trust-list sign (eddsa-jcs-2022)")?;
    let mut doc = load_object(file)?;
    doc.remove("proof");
    // A list, or the operator's mapping file (same signature, `operator` its did:key).
    let operator = if doc.get("type").and_then(Value::as_str) == Some(import::mapping::TYPE) {
        doc.get("operator")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    } else {
        keurmerk::trust::list::parse(&doc)
            .map_err(|f| Usage(format!("{file}: {}", f.detail)))?
            .operator_id
    };
    if operator != key.did_key() {
        return Err(Usage(format!(
            "{file}: the operator is {operator}, but the key is {}",
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
    emit(get("out"), &out)
}

/// The levels of an evidence entry, as text.
pub(crate) fn levels(v: &Value) -> Vec<String> {
    v.get("levels")
        .and_then(Value::as_array)
        .map(|l| l.iter().map(Value::to_string).collect())
        .unwrap_or_default()
}

fn time_opt(opts: &[(String, String)], name: &str) -> Result<Option<Timestamp>, Usage> {
    last(opts, name).map(|t| parse_now(&t)).transpose()
}

fn json_file(file: &str) -> Result<Value, Usage> {
    let bytes = read_input(file)?;
    serde_json::from_slice(&bytes).map_err(|e| Usage(format!("{file}: not JSON ({e})")))
}

/// `trust-list import SOURCE …`: one register into entries (or, with `--scheme` and
/// `--sign-with`, straight into a signed list).
fn import_cmd(args: &[String]) -> Result<ExitCode, Usage> {
    let source = args.first().map(String::as_str).unwrap_or_default();
    let (opts, files) = options(args.get(1..).unwrap_or_default(), &IMPORT)?;
    let get = |n: &str| last(&opts, n);
    if files.is_empty() {
        return Err(Usage(format!(
            "trust-list import {source} needs the register's file(s)"
        )));
    }
    // When the register was read: --retrieved, else --now (OpenID Federation), else the clock.
    let retrieved = match time_opt(&opts, "retrieved")? {
        Some(t) => t,
        None => time_opt(&opts, "now")?.unwrap_or_else(clock),
    };
    let fresh_days = match get("fresh-for") {
        Some(d) => crate::count_option("fresh-for", &d, import::MAX_FRESH_DAYS, "days")?,
        None => import::READ_AGAIN_DAYS,
    };
    let reading = import::Reading::new(retrieved, fresh_days);
    let fault = |f: keurmerk::Fault| Usage(f.detail);
    let (imported, name) = match source {
        "dcc-registry" => {
            let [file] = files.as_slice() else {
                return Err(Usage(
                    "trust-list import dcc-registry reads one registry file".into(),
                ));
            };
            let url = get("url");
            let (name, reference) = match (get("name"), get("known"), &url) {
                (Some(n), _, _) => (n, url.clone()),
                (None, Some(k), Some(u)) => import::dcc::name_from_known(&json_file(&k)?, u)
                    .map(|(n, gov)| (n, gov.or_else(|| url.clone())))
                    .ok_or_else(|| Usage(format!("{k} names no registry at {u}")))?,
                _ => return Err(Usage(
                    "trust-list import dcc-registry needs --name NAME, or --known KNOWN.json --url URL".into(),
                )),
            };
            let out = import::dcc::read(&json_file(file)?, &name, reference.as_deref(), reading)
                .map_err(fault)?;
            (out, name)
        }
        "oidf" => {
            let now = time_opt(&opts, "now")?.ok_or_else(|| {
                Usage("trust-list import oidf needs --now (statements live a day)".into())
            })?;
            let anchor_file = get("anchor").ok_or_else(|| {
                Usage("trust-list import oidf needs --anchor ENTITY_CONFIGURATION".into())
            })?;
            let text = String::from_utf8_lossy(&read_input(&anchor_file)?).into_owned();
            let anchor = import::oidf::anchor(&text, now).map_err(fault)?;
            if let Some(note) = &anchor.note {
                eprintln!("keurmerk: note: {note}");
            }
            let mut statements = Vec::new();
            for f in &files {
                statements.push((
                    f.clone(),
                    String::from_utf8_lossy(&read_input(f)?).into_owned(),
                ));
            }
            let since = time_opt(&opts, "granted-from")?.unwrap_or(Timestamp::from_unix(0));
            let name = get("name")
                .or_else(|| anchor.name.clone())
                .unwrap_or_else(|| anchor.id.clone());
            (
                import::oidf::read(&anchor, &statements, Some(&name), now, since),
                name,
            )
        }
        "deqar" | "rio" => {
            let map_file = get("mapping").ok_or_else(|| {
                Usage(format!(
                    "trust-list import {source} needs --mapping MAPPING.json (register ids → DIDs)"
                ))
            })?;
            let mut anchors = Vec::new();
            if let Some(a) = get("trust-anchor") {
                anchors.push(keurmerk::trust::anchor(&a).map_err(fault)?);
            }
            if let Some(k) = get("sign-with") {
                let key = read_ed25519_key(&k, "the operator's key")?;
                anchors.push(keurmerk::trust::anchor(&key.did_key()).map_err(fault)?);
            }
            if anchors.is_empty() {
                return Err(Usage("the mapping file is checked against the operator's key: give --trust-anchor KEY or --sign-with KEY".into()));
            }
            let mapping =
                import::Mapping::verify(&load_object(&map_file)?, &anchors).map_err(fault)?;
            let docs = files
                .iter()
                .map(|f| json_file(f))
                .collect::<Result<Vec<_>, _>>()?;
            if source == "deqar" {
                (
                    import::deqar::read(&docs, &mapping, reading),
                    import::deqar::SOURCE.to_owned(),
                )
            } else {
                (
                    import::rio::read(&docs, &mapping, reading),
                    import::rio::SOURCE.to_owned(),
                )
            }
        }
        "eidas" => import_eidas(&opts, &files, retrieved)?,
        _ => {
            return Err(Usage(
                "trust-list import dcc-registry|oidf|deqar|rio|eidas".into(),
            ))
        }
    };
    for r in &imported.refused {
        eprintln!("keurmerk: refused: {r}");
    }
    eprintln!(
        "keurmerk: {}: {} imported, {} refused",
        name,
        imported.entities.len(),
        imported.refused.len()
    );
    let doc = imported.to_document(&name, retrieved);
    let ok = !imported.entities.is_empty();
    let code = match get("scheme") {
        Some(_) => finish(&opts, vec![doc])?,
        None => emit(
            get("out"),
            &(serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"),
        )?,
    };
    Ok(if ok { code } else { ExitCode::from(1) })
}

/// `trust-list import eidas --lotl LOTL.xml --lotl-signer CERT.pem… TL.xml…`: the LOTL verified
/// with the pinned signers, each national list with the certificates the LOTL names for it; a list
/// whose signature does not verify is refused (and the import fails), a stale one is noted.
fn import_eidas(
    opts: &[(String, String)],
    files: &[String],
    retrieved: Timestamp,
) -> Result<(import::Imported, String), Usage> {
    let lotl_file = last(opts, "lotl")
        .ok_or_else(|| Usage("trust-list import eidas needs --lotl LOTL.xml".into()))?;
    let mut pinned = Vec::new();
    for (_, file) in opts.iter().filter(|(n, _)| n == "lotl-signer") {
        pinned.extend(certificates(file)?);
    }
    if pinned.is_empty() {
        return Err(Usage(
            "trust-list import eidas needs --lotl-signer CERT.pem (the LOTL signing certificates published in the Official Journal)".into(),
        ));
    }
    let lotl = import::eidas::lotl(&read_input(&lotl_file)?, &pinned)
        .map_err(|f| Usage(format!("{lotl_file}: {}", f.detail)))?;
    let now = time_opt(opts, "now")?.unwrap_or(retrieved);
    let stale = |s: &import::eidas::Scheme, file: &str| {
        if s.stale(now) {
            eprintln!(
                "keurmerk: note: {file}: the {} list (sequence {}) is past its NextUpdate: stale",
                s.territory, s.sequence
            );
        }
    };
    stale(&lotl.scheme, &lotl_file);
    let mut out = import::Imported::default();
    for f in files {
        let (scheme, imported) = import::eidas::national(&read_input(f)?, &lotl, retrieved)
            .map_err(|e| Usage(format!("{f}: {} (refused, nothing imported)", e.detail)))?;
        stale(&scheme, f);
        eprintln!(
            "keurmerk: {f}: the {} trusted list, sequence {}, signature verified",
            scheme.territory, scheme.sequence
        );
        out.entities.extend(imported.entities);
        out.refused.extend(imported.refused);
    }
    Ok((out, "EU trusted lists".to_owned()))
}

/// The certificates of a file: every PEM `CERTIFICATE` block (a bundle, as the Official Journal's
/// set may come), or one DER certificate.
fn certificates(file: &str) -> Result<Vec<Vec<u8>>, Usage> {
    const BEGIN: &str = "-----BEGIN CERTIFICATE-----";
    let bytes = read_input(file)?;
    if bytes.first() == Some(&0x30) {
        return Ok(vec![bytes]);
    }
    let text = String::from_utf8_lossy(&bytes);
    let mut out = Vec::new();
    let mut rest = text.as_ref();
    while let Some(i) = rest.find(BEGIN) {
        let block = rest.get(i..).unwrap_or_default();
        out.push(
            keurmerk::keys::x509::pem(block, "CERTIFICATE")
                .map_err(|f| Usage(format!("{file}: {}", f.detail)))?,
        );
        rest = block.get(BEGIN.len()..).unwrap_or_default();
    }
    if out.is_empty() {
        return Err(Usage(format!("{file}: no certificate (PEM or DER)")));
    }
    Ok(out)
}

/// `trust-list merge --scheme SCHEME.json ENTRIES…`: one unsigned (or, with `--sign-with`,
/// signed) list.
fn merge_cmd(args: &[String]) -> Result<ExitCode, Usage> {
    let (opts, files) = options(args, &MERGE)?;
    let docs = files
        .iter()
        .map(|f| json_file(f))
        .collect::<Result<Vec<_>, _>>()?;
    finish(&opts, docs)
}

fn finish(opts: &[(String, String)], docs: Vec<Value>) -> Result<ExitCode, Usage> {
    let get = |n: &str| last(opts, n);
    let scheme_file = get("scheme").ok_or_else(|| {
        Usage("a list needs --scheme SCHEME.json (the operator and the list's name)".into())
    })?;
    let mut scheme = load_object(&scheme_file)?;
    if let Some(n) = get("sequence") {
        let n: u64 = n
            .parse()
            .map_err(|_| Usage("--sequence takes a whole number".into()))?;
        scheme.insert("sequenceNumber".into(), n.into());
    }
    let now = time_opt(opts, "now")?.unwrap_or_else(clock);
    let docs: Vec<Map<String, Value>> = docs
        .into_iter()
        .filter_map(|d| match d {
            Value::Object(m) => Some(m),
            _ => None,
        })
        .collect();
    let list = import::merge(&scheme, &docs, now).map_err(|f| Usage(f.detail))?;
    let out = match get("sign-with") {
        Some(k) => {
            let key = read_ed25519_key(&k, "trust-list signing (eddsa-jcs-2022)")?;
            let parsed = keurmerk::trust::list::parse(&list).map_err(|f| Usage(f.detail))?;
            if parsed.operator_id != key.did_key() {
                return Err(Usage(format!(
                    "the scheme's operator is {}, but the key is {}",
                    parsed.operator_id,
                    key.did_key()
                )));
            }
            sign::sign_eddsa_jcs_2022(list, &key, &key.did_key_vm(), now)
        }
        None => list,
    };
    emit(
        get("out"),
        &(serde_json::to_string_pretty(&Value::Object(out)).unwrap_or_default() + "\n"),
    )
}

fn trust_list_inspect(args: &[String]) -> Result<ExitCode, Usage> {
    let (opts, files) = options(args, &TRUST_LIST_INSPECT)?;
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
    outln!("{}", list.name);
    outln!(
        "  operator:    {} ({})",
        list.operator_name.as_deref().unwrap_or("unnamed"),
        list.operator_id
    );
    outln!("  sequence:    {}", list.sequence);
    outln!("  issued:      {}", list.issued);
    outln!("  next update: {} — {fresh} at {now}", list.next_update);
    outln!("  signature:   {signature}");
    outln!("  entities:    {}", list.entities.len());
    for e in &list.entities {
        let status = match e.status_at(now) {
            Some(keurmerk::trust::EntityStatus::Granted) => "granted",
            Some(keurmerk::trust::EntityStatus::Suspended) => "suspended",
            Some(keurmerk::trust::EntityStatus::Withdrawn) => "withdrawn",
            None => "not yet granted",
        };
        outln!(
            "    - {} [{}] {status} now",
            e.name("en").unwrap_or("(no name)"),
            e.country.as_deref().unwrap_or("?")
        );
        outln!("      {}", e.id);
        for a in &e.also_known_as {
            outln!("      also known as {a}");
        }
        for (k, v) in &e.identifiers {
            outln!("      identifier {k} {v}");
        }
        for (vm, _) in &e.keys {
            outln!("      pinned key {vm}");
        }
        for c in &e.certificates {
            let what = if c.spki { "public key" } else { "certificate" };
            outln!(
                "      pinned X.509 {what} SHA-256 {}",
                keurmerk::encoding::base64url_encode(&c.sha256)
            );
        }
        for v in &e.evidence {
            outln!(
                "      evidence: {}",
                crate::provenance::statement(v, crate::words::of("en"))
            );
        }
        for a in &e.accreditations {
            outln!(
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
