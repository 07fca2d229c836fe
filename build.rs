//! Embeds the test vectors (tests/vectors/**) into a table that the integration tests include, so
//! the same data-driven tests run natively and in wasm (where there is no file system). The library
//! itself never includes the table, so it costs the shipped wasm nothing.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out);
        } else if !p
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        {
            out.push(p);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let vectors = root.join("tests").join("vectors");
    println!("cargo:rerun-if-changed=tests/vectors");
    let mut files = Vec::new();
    walk(&vectors, &mut files);
    let mut table = String::from(
        "/// (path under tests/vectors, bytes)\npub static VECTOR_FILES: &[(&str, &[u8])] = &[\n",
    );
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f
            .strip_prefix(&vectors)
            .unwrap_or(f)
            .to_string_lossy()
            .replace('\\', "/");
        let _ = writeln!(
            table,
            "    ({rel:?}, include_bytes!({:?})),",
            f.display().to_string()
        );
    }
    table.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("vector_files.rs");
    let _ = std::fs::write(out, table);
}
