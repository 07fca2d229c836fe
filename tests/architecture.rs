//! The shape of the crate, checked so it stays so (docs/architecture.md):
//! - the top-level modules of `src/` depend on each other without a cycle (read from the
//!   `crate::…` paths of each file, tests excluded);
//! - `verifier.rs` is the orchestration only: under 300 lines, no function over 60;
//! - nothing outside `src/` parses the words of a check (`detail`): the JS reads `wants`/`deciding`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The source without comments and without a trailing `#[cfg(test)] mod tests`.
fn code_of(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(i) => &text[..i],
        None => text,
    };
    text.lines()
        .map(|l| match l.find("//") {
            Some(i) => &l[..i],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every `crate::name` and `crate::{name, …}` the code mentions.
fn crate_refs(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut level = 1;
            let end = group
                .char_indices()
                .find(|&(_, ch)| {
                    level += match ch {
                        '{' => 1,
                        '}' => -1,
                        _ => 0,
                    };
                    level == 0
                })
                .map_or(group.len(), |(j, _)| j);
            let group = &group[..end];
            // Top-level names of the group: split on commas outside nested braces.
            let mut depth = 0;
            let mut start = 0;
            for (j, ch) in group.char_indices() {
                match ch {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        out.insert(ident(group[start..j].trim()));
                        start = j + 1;
                    }
                    _ => {}
                }
            }
            out.insert(ident(group[start..].trim()));
        } else {
            out.insert(ident(rest));
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

/// The top-level module a file under `src/` belongs to (`proof` for `src/proof/jwt.rs`).
fn top_module(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap();
    let top = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    top.trim_end_matches(".rs").to_owned()
}

fn module_graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeSet<String> = files.iter().map(|f| top_module(&src, f)).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in &files {
        let top = top_module(&src, f);
        if top == "bin" || top == "lib" {
            continue; // the CLI and the table of contents sit above everything
        }
        let refs = crate_refs(&code_of(&std::fs::read_to_string(f).unwrap()));
        let deps = graph.entry(top.clone()).or_default();
        deps.extend(
            refs.into_iter()
                .filter(|r| modules.contains(r) && *r != top),
        );
    }
    graph
}

fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        g: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        match state.get(n) {
            Some(2) => return None,
            Some(1) => {
                let i = path.iter().position(|p| p == n).unwrap();
                let mut cycle = path[i..].to_vec();
                cycle.push(n.to_owned());
                return Some(cycle);
            }
            _ => {}
        }
        state.insert(n.to_owned(), 1);
        path.push(n.to_owned());
        for d in g.get(n).into_iter().flatten() {
            if let Some(c) = visit(d, g, state, path) {
                return Some(c);
            }
        }
        path.pop();
        state.insert(n.to_owned(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for n in graph.keys() {
        if let Some(c) = visit(n, graph, &mut state, &mut Vec::new()) {
            return Some(c);
        }
    }
    None
}

#[test]
fn the_module_graph_has_no_cycle() {
    let graph = module_graph();
    assert!(graph.len() > 15, "{graph:?}");
    if let Some(cycle) = find_cycle(&graph) {
        panic!(
            "modules depend on each other in a circle: {}",
            cycle.join(" → ")
        );
    }
    // The shared vocabulary is a leaf.
    assert!(
        graph["codes"].is_empty(),
        "codes imports {:?}",
        graph["codes"]
    );
}

#[test]
fn the_cycle_finder_finds_cycles() {
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    g.entry("a".into()).or_default().insert("b".into());
    g.entry("b".into()).or_default().insert("c".into());
    g.entry("c".into()).or_default().insert("a".into());
    assert_eq!(find_cycle(&g).unwrap(), ["a", "b", "c", "a"]);
    assert_eq!(
        crate_refs("use crate::{codes::{Code, Fault}, report};\nlet x = crate::time::now();"),
        ["codes", "report", "time"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    );
}

/// Lengths of the `fn` bodies of a file, by brace matching from each `fn` line.
fn function_lengths(text: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim_start();
        let is_fn = ["fn ", "pub fn ", "pub(crate) fn "]
            .iter()
            .any(|p| t.starts_with(p));
        if !is_fn {
            continue;
        }
        let mut depth = 0i32;
        let mut opened = false;
        for (j, l) in lines.iter().enumerate().skip(i) {
            for ch in l.chars() {
                match ch {
                    '{' => {
                        depth += 1;
                        opened = true;
                    }
                    '}' => depth -= 1,
                    _ => {}
                }
            }
            if opened && depth == 0 {
                out.push((t.to_owned(), j - i + 1));
                break;
            }
        }
    }
    out
}

#[test]
fn the_verifier_is_orchestration_only() {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/verifier.rs"))
            .unwrap();
    assert!(
        text.lines().count() < 300,
        "verifier.rs has {} lines",
        text.lines().count()
    );
    let fns = function_lengths(&text);
    assert!(fns.len() > 5);
    for (name, len) in fns {
        assert!(len <= 60, "{len} lines: {name}");
    }
}

#[test]
fn nothing_outside_the_core_parses_check_words() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["pkg", "www"] {
        for e in std::fs::read_dir(root.join(dir)).unwrap() {
            let p = e.unwrap().path();
            if !p.extension().is_some_and(|x| x == "js" || x == "mjs") {
                continue;
            }
            let name = p.file_name().unwrap().to_string_lossy();
            if name.starts_with("keurmerk_core") {
                continue; // wasm-bindgen's generated glue
            }
            let text = std::fs::read_to_string(&p).unwrap();
            for (n, line) in text.lines().enumerate() {
                let reads_words = line.contains(".detail")
                    && [
                        ".exec(",
                        ".match(",
                        ".test(",
                        ".split(",
                        ".indexOf(",
                        ".includes(",
                    ]
                    .iter()
                    .any(|op| line.contains(op));
                assert!(!reads_words, "{}:{}: {line}", p.display(), n + 1);
                assert!(
                    !line.contains("was not supplied"),
                    "{}:{}: {line}",
                    p.display(),
                    n + 1
                );
            }
        }
    }
}
