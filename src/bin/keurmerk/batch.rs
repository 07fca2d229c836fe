//! `keurmerk verify` over many credentials, as a registry re-verifying its corpus does: files,
//! folders (walked in name order) and NDJSON files (one credential a line: a JSON object, or a
//! JWT / SD-JWT as a bare line or a JSON string), verified on `--jobs N` threads and printed one
//! report per credential, streaming, in input order.
//!
//! One thread reads the inputs into a bounded queue, N threads verify, and the calling thread
//! prints in order as results come in, so memory stays bounded by the queue and the results that
//! arrived ahead of a slow one.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::Mutex;

use keurmerk::limits::MAX_INPUT_BYTES;
use keurmerk::{Report, Timestamp, Verdict, Verifier};

/// Credentials waiting to be verified, per verifying thread.
const QUEUE_PER_JOB: usize = 16;

/// The most threads `--jobs` starts.
pub(crate) const MAX_JOBS: usize = 256;

/// File name endings the folder walk picks up as credentials.
const CREDENTIAL_ENDINGS: &[&str] = &[".json", ".jsonld", ".jwt", ".sd-jwt", ".png", ".svg"];

/// File name endings read as NDJSON, one credential a line.
const NDJSON_ENDINGS: &[&str] = &[".ndjson", ".jsonl"];

/// One credential to verify: where it came from, and its bytes or why they could not be read.
struct Item {
    name: String,
    bytes: Result<Vec<u8>, String>,
}

/// What a batch found.
#[derive(Debug, Default)]
pub(crate) struct Tally {
    /// Credentials verified.
    pub total: usize,
    /// Of those, `verified`.
    pub verified: usize,
    /// Verdicts by name, for the closing line.
    pub verdicts: BTreeMap<&'static str, usize>,
    /// Inputs that could not be read (a missing file, an unreadable folder).
    pub unreadable: usize,
}

/// How to verify and what to print for each report.
pub(crate) struct Batch<'a> {
    pub verifier: &'a Verifier,
    pub now: Timestamp,
    pub jobs: usize,
    /// Read every input as NDJSON, whatever its name (`--ndjson`).
    pub ndjson: bool,
    /// The text printed for one report.
    pub render: &'a (dyn Fn(&str, &Report) -> String + Sync),
    /// Where the text goes (stdout in the CLI).
    pub write: &'a mut dyn FnMut(&str) -> bool,
}

impl Batch<'_> {
    /// Verifies every credential of `inputs`; stops early only when the output is closed.
    pub(crate) fn run(&mut self, inputs: &[String]) -> Tally {
        let jobs = self.jobs.clamp(1, MAX_JOBS);
        let (to_verify, queue) = mpsc::sync_channel::<(usize, Item)>(jobs * QUEUE_PER_JOB);
        let (to_print, results) = mpsc::channel::<(usize, Done)>();
        let queue = Mutex::new(queue);
        let (verifier, now, render, ndjson) = (self.verifier, self.now, self.render, self.ndjson);
        let mut tally = Tally::default();
        std::thread::scope(|s| {
            s.spawn(move || read_all(inputs, ndjson, &to_verify));
            for _ in 0..jobs {
                let (queue, to_print) = (&queue, to_print.clone());
                s.spawn(move || {
                    while let Some((i, item)) = next(queue) {
                        let done = verify(verifier, now, render, item);
                        if to_print.send((i, done)).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(to_print);
            self.print_in_order(&results, &mut tally);
            // The output closed early: let the readers and workers run dry.
            drop(results);
        });
        tally
    }

    fn print_in_order(&mut self, results: &Receiver<(usize, Done)>, tally: &mut Tally) {
        let mut ahead = BTreeMap::new();
        let mut next_index = 0;
        for (i, done) in results {
            ahead.insert(i, done);
            while let Some(done) = ahead.remove(&next_index) {
                next_index += 1;
                match done.verdict {
                    Some(v) => {
                        tally.total += 1;
                        tally.verified += usize::from(v == Verdict::Verified);
                        *tally.verdicts.entry(v.as_str()).or_default() += 1;
                    }
                    None => tally.unreadable += 1,
                }
                if !(self.write)(&done.text) {
                    return;
                }
            }
        }
    }
}

/// A verified (or unreadable) item: the text to print and the verdict.
struct Done {
    text: String,
    verdict: Option<Verdict>,
}

fn next(queue: &Mutex<Receiver<(usize, Item)>>) -> Option<(usize, Item)> {
    queue.lock().ok()?.recv().ok()
}

fn verify(
    verifier: &Verifier,
    now: Timestamp,
    render: &(dyn Fn(&str, &Report) -> String + Sync),
    item: Item,
) -> Done {
    match item.bytes {
        Ok(bytes) => {
            let report = verifier.verify(&bytes, now);
            Done {
                text: render(&item.name, &report),
                verdict: Some(report.verdict),
            }
        }
        Err(why) => {
            eprintln!("keurmerk: {why}");
            Done {
                text: String::new(),
                verdict: None,
            }
        }
    }
}

/// Reads every input in order into the queue; stops when nobody takes more.
fn read_all(inputs: &[String], ndjson: bool, queue: &SyncSender<(usize, Item)>) {
    let mut index = 0;
    let mut send = |item: Item| {
        let ok = queue.send((index, item)).is_ok();
        index += 1;
        ok
    };
    for input in inputs {
        let keep_going = if input == "-" {
            if ndjson {
                lines("standard input", std::io::stdin().lock(), &mut send)
            } else {
                send(read_stdin())
            }
        } else {
            walk(Path::new(input), ndjson, true, &mut send)
        };
        if !keep_going {
            return;
        }
    }
}

fn read_stdin() -> Item {
    let mut buf = Vec::new();
    let bytes = std::io::stdin()
        .lock()
        .take(limit_plus_one())
        .read_to_end(&mut buf)
        .map(|_| buf)
        .map_err(|e| format!("standard input: {e}"));
    Item {
        name: "-".to_owned(),
        bytes,
    }
}

/// One past the verifier's input limit: enough to let it say "too large".
fn limit_plus_one() -> u64 {
    u64::try_from(MAX_INPUT_BYTES).unwrap_or(u64::MAX) + 1
}

fn ends_with_any(path: &Path, endings: &[&str]) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    endings.iter().any(|e| name.ends_with(e))
}

/// A file as one credential (or NDJSON lines), a folder walked in name order. Hidden entries and
/// symbolic links inside a folder are skipped (no loops); a path named on the command line is
/// read whatever it is.
fn walk(path: &Path, ndjson: bool, named: bool, send: &mut dyn FnMut(Item) -> bool) -> bool {
    let shown = path.display().to_string();
    let meta = if named {
        std::fs::metadata(path)
    } else {
        std::fs::symlink_metadata(path)
    };
    match meta {
        Err(e) => send(unreadable(&shown, &e)),
        Ok(m) if m.is_dir() => {
            let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
                Ok(rd) => rd.filter_map(Result::ok).map(|e| e.path()).collect(),
                Err(e) => return send(unreadable(&shown, &e)),
            };
            entries.sort();
            entries
                .iter()
                .filter(|p| {
                    !p.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                })
                .all(|p| walk(p, ndjson, false, send))
        }
        Ok(m) if !named && !m.is_file() => true,
        Ok(_) if ndjson || ends_with_any(path, NDJSON_ENDINGS) => match std::fs::File::open(path) {
            Ok(f) => lines(&shown, BufReader::new(f), send),
            Err(e) => send(unreadable(&shown, &e)),
        },
        Ok(_) if !named && !ends_with_any(path, CREDENTIAL_ENDINGS) => true,
        Ok(_) => send(Item {
            bytes: read_capped(path).map_err(|e| format!("{shown}: {e}")),
            name: shown,
        }),
    }
}

/// An input that could not be read, and why.
fn unreadable(shown: &str, e: &std::io::Error) -> Item {
    Item {
        name: shown.to_owned(),
        bytes: Err(format!("{shown}: {e}")),
    }
}

fn read_capped(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    std::fs::File::open(path)?
        .take(limit_plus_one())
        .read_to_end(&mut buf)?;
    Ok(buf)
}

/// NDJSON: each non-blank line one credential, named `FILE:LINE`. A line that is a JSON string
/// (`"eyJ…"`) is its contents, so that JWTs can be listed as JSON; a line longer than the input
/// limit is cut there (the verifier says it is too large) and the rest of it skipped.
fn lines(name: &str, mut reader: impl BufRead, send: &mut dyn FnMut(Item) -> bool) -> bool {
    let mut number = 0usize;
    loop {
        number += 1;
        let mut line = Vec::new();
        match reader
            .by_ref()
            .take(limit_plus_one())
            .read_until(b'\n', &mut line)
        {
            Ok(0) => return true,
            Ok(_) => {}
            Err(e) => {
                return send(Item {
                    name: format!("{name}:{number}"),
                    bytes: Err(format!("{name}:{number}: {e}")),
                })
            }
        }
        if line.last() != Some(&b'\n') && line.len() > MAX_INPUT_BYTES {
            skip_rest_of_line(&mut reader);
        }
        let text = line.trim_ascii();
        if text.is_empty() {
            continue;
        }
        let bytes = match serde_json::from_slice::<String>(text) {
            Ok(s) if text.first() == Some(&b'"') => s.into_bytes(),
            _ => text.to_vec(),
        };
        if !send(Item {
            name: format!("{name}:{number}"),
            bytes: Ok(bytes),
        }) {
            return false;
        }
    }
}

fn skip_rest_of_line(reader: &mut impl BufRead) {
    loop {
        let (done, used) = match reader.fill_buf() {
            Ok([]) | Err(_) => return,
            Ok(buf) => match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (true, i + 1),
                None => (false, buf.len()),
            },
        };
        reader.consume(used);
        if done {
            return;
        }
    }
}

/// The closing line on standard error: how many, how fast, which verdicts.
pub(crate) fn summary(t: &Tally, seconds: f64, jobs: usize) -> String {
    let rate = if seconds > 0.0 {
        format!(
            ", {:.0} per second on {jobs} thread{}",
            t.total as f64 / seconds,
            if jobs == 1 { "" } else { "s" }
        )
    } else {
        String::new()
    };
    let verdicts: Vec<String> = t.verdicts.iter().map(|(v, n)| format!("{n} {v}")).collect();
    let unreadable = if t.unreadable > 0 {
        format!("; {} input(s) could not be read", t.unreadable)
    } else {
        String::new()
    };
    format!(
        "keurmerk: {} credential(s) in {seconds:.2} s{rate}: {}{unreadable}",
        t.total,
        verdicts.join(", ")
    )
}
