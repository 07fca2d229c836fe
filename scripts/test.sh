#!/usr/bin/env bash
# Runs every test: format, lints, the minimum Rust version, the API docs, the supply chain, native
# tests (core + CLI), the generated files against the committed ones, the wasm build and its size
# budget, wasm tests in Node and headless Chromium, the npm package under Node, and the demo page end
# to end in Chromium. Installs what it needs first. Ends with one line: "N passed, N failed".
# Every cargo command that resolves dependencies runs with --locked: a stale Cargo.lock fails.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/bin:$PWD/node_modules/.bin:$PATH" CARGO_TERM_COLOR=never
LOGS=.tools/logs; mkdir -p "$LOGS"; rm -f "$LOGS"/*.log
FAILED_STEPS=()
step() { printf '\n== %s\n' "$1"; }
run() { # run NAME CMD...: tees output to $LOGS/NAME.log, records a failed step
  local name=$1; shift
  "$@" 2>&1 | tee "$LOGS/$name.log"
  local rc=${PIPESTATUS[0]}
  [ "$rc" = 0 ] || FAILED_STEPS+=("$name (exit $rc)")
  return 0
}
run_alone() { # run_alone NAME CMD...: as run, in a session of its own; then stops what CMD left running
  # and nothing else: its process group, and by pid each process that carries this step's mark in its
  # environment. Browsers need both: chromedriver and Chrome under wasm-bindgen-test-runner stay in the
  # group, but Playwright starts Chromium detached, in a session (and group) of its own. The output goes
  # to the log and is printed after: a process left behind holding a pipe to tee would block the step.
  local name=$1; shift
  local mark="KEURMERK_STEP=$name.$$.$RANDOM$RANDOM" pgid_file=".tools/$name.pgid" pids=() f
  setsid -w env "$mark" bash -c 'echo $$ > "$0"; exec "$@"' "$pgid_file" "$@" > "$LOGS/$name.log" 2>&1
  local rc=$?
  kill -- -"$(cat "$pgid_file")" 2>/dev/null || true
  for f in /proc/[0-9]*/environ; do
    grep -qzxF -- "$mark" "$f" 2>/dev/null && pids+=("$(basename "$(dirname "$f")")")
  done
  [ ${#pids[@]} = 0 ] || { echo "stopping what $name left running: ${pids[*]}"; kill "${pids[@]}" 2>/dev/null || true; }
  cat "$LOGS/$name.log"
  [ "$rc" = 0 ] || FAILED_STEPS+=("$name (exit $rc)")
}
msrv_dependencies() { # fails if a crate the library or the CLI is built from asks for a newer Rust than ours
  cargo metadata --locked --format-version 1 --features cli > "$LOGS/metadata.json" || return 1
  python3 - "$LOGS/metadata.json" <<'PY'
import json, re, sys
meta = json.load(open(sys.argv[1]))
packages = {p["id"]: p for p in meta["packages"]}
nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
root = packages[meta["resolve"]["root"]]
def version(s):
    return tuple(int(x) for x in (s.split(".") + ["0", "0"])[:3])
if not root.get("rust_version"):
    sys.exit("Cargo.toml declares no rust-version")
ours = version(root["rust_version"])
# Cargo.lock's format: version 3 is read by Cargo 1.53 and later, version 4 by Cargo 1.78 and later
lock = int(re.search(r"^version = (\d+)", open("Cargo.lock").read(), re.M).group(1))
lock_needs = {3: "1.53", 4: "1.78"}.get(lock, "99")
# what the library and the CLI are built from, on every target: normal and build dependencies, not dev
built, todo = set(), [root["id"]]
while todo:
    node = nodes[todo.pop()]
    for dep in node["deps"]:
        kinds = {k["kind"] for k in dep["dep_kinds"]}
        if dep["pkg"] not in built and (node["id"] != root["id"] or kinds - {"dev"}):
            built.add(dep["pkg"])
            todo.append(dep["pkg"])
def names(ids, newer):
    ps = sorted((packages[i] for i in ids), key=lambda p: (p["name"], p["version"]))
    return [f"{p['name']} {p['version']} ({p['rust_version']})" if newer else f"{p['name']} {p['version']}"
            for p in ps if (newer and p.get("rust_version") and version(p["rust_version"]) > ours)
            or (not newer and not p.get("rust_version"))]
newer = names(built, True)
print(f"rust-version {root['rust_version']}: {len(built)} crates the library and the CLI are built from")
print(f"  Cargo.lock version {lock}: read by Cargo {lock_needs} and later")
print("  declaring no rust-version (not checked):", ", ".join(names(built, False)) or "none")
dev_only = set(packages) - built - {root["id"]}
print("  dev-dependencies only, asking for a newer Rust (tests and benches need it):",
      ", ".join(names(dev_only, True)) or "none")
if newer or version(lock_needs) > ours:
    sys.exit("  asking for a newer Rust than ours: " + ", ".join(newer or [f"Cargo.lock version {lock}"]))
print("  asking for a newer Rust than ours: none")
PY
}

step "setup"
bash scripts/setup.sh --browser || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

step "format and lints"
run fmt cargo fmt --all -- --check # cargo fmt takes no --locked: it resolves no dependencies
run clippy cargo clippy --locked --all-targets --features cli -- -D warnings
run clippy-wasm cargo clippy --locked --target wasm32-unknown-unknown --all-targets -- -D warnings
# the core module a page loads first: the crate without `ecdsa-rsa` (scripts/build.sh builds both)
run clippy-wasm-core cargo clippy --locked --target wasm32-unknown-unknown --lib --no-default-features -- -D warnings

step "minimum Rust version (rust-version in Cargo.toml)"
# Only one toolchain is installed here and no other can be fetched, so the library is never built
# with the Rust it names. What these steps check instead:
#  - clippy's incompatible_msrv lint reads rust-version and fails on each use of a standard library
#    item (function, method, type, trait, macro) that became stable in a later release, in the
#    library and the CLI natively and in the library for wasm32;
#  - every crate the library and CLI are built from (normal and build dependencies on all targets,
#    from Cargo.lock) declares a rust-version no later than ours, and Cargo.lock's format is older
#    (cargo metadata unifies features with the dev-dependencies', so it may hold a few crates too many).
# The lint runs alone (-A warnings): every other warning is the clippy step's.
# What they do not prove: newer language features and syntax (a `use<..>` bound, 1.82, passes the
# lint), compiler and Cargo behaviour of the old release (type inference, manifest keys), std items
# in code not compiled here (other targets, test code, which the lint skips), and crates that
# declare no rust-version (listed). Only `cargo +1.81 check --locked --lib --features cli` proves it;
# run that where rustup can fetch 1.81. Dev-dependencies are not held to it (divan pulls in clap,
# which asks for 1.85): the tests need a newer Rust than the library.
run msrv-clippy cargo clippy --locked --lib --bins --features cli -- -A warnings -D clippy::incompatible_msrv
run msrv-clippy-wasm cargo clippy --locked --lib --target wasm32-unknown-unknown -- -A warnings \
  -D clippy::incompatible_msrv
run msrv-dependencies msrv_dependencies

step "API documentation (rustdoc, warnings are errors)"
run doc env RUSTDOCFLAGS=-Dwarnings cargo doc --locked --no-deps --lib --features cli

step "supply chain (cargo deny: licences, bans, sources, advisories)"
run supply-chain bash scripts/supply-chain.sh

step "native tests (core, vectors, CLI)"
run native cargo test --locked --features cli

step "generated files (vectors, adversarial corpus, demo, codes) against the committed ones"
run generated bash scripts/check-generated.sh

step "wasm package (release build, size budget)"
run build bash scripts/build.sh

step "wasm tests (Node and headless Chromium)"
run_alone wasm cargo test --locked --target wasm32-unknown-unknown --tests

step "npm package under Node, demo page in Chromium"
run_alone node node --test tests/js/ tests/e2e/

step "npm package in a fresh project (npm pack, Node ESM, tsc --strict, Vite React and Vue in Chromium)"
run_alone package node --test tests/package/

# One closing line: cargo's "test result:" lines plus node's "# pass / # fail" lines.
P=$(cat "$LOGS"/native.log "$LOGS"/wasm.log | awk '/^test result:/{p+=$4} END{print p+0}')
F=$(cat "$LOGS"/native.log "$LOGS"/wasm.log | awk '/^test result:/{f+=$6} END{print f+0}')
NP=$(awk '/^# pass /{print $3}' "$LOGS/node.log" | tail -1)
NF=$(awk '/^# fail /{print $3}' "$LOGS/node.log" | tail -1)
PP=$(awk '/^# pass /{print $3}' "$LOGS/package.log" | tail -1)
PF=$(awk '/^# fail /{print $3}' "$LOGS/package.log" | tail -1)
PASSED=$((P + ${NP:-0} + ${PP:-0}))
FAILS=$((F + ${NF:-0} + ${PF:-0}))
if [ ${#FAILED_STEPS[@]} -gt 0 ]; then
  printf '\nfailed steps: %s\n' "${FAILED_STEPS[*]}"
  [ "$FAILS" -gt 0 ] || FAILS=${#FAILED_STEPS[@]}
fi
echo
echo "$PASSED passed, $FAILS failed"
[ "$FAILS" = 0 ] && [ ${#FAILED_STEPS[@]} = 0 ]
