#!/usr/bin/env bash
# Runs every test: format, lints, native tests (core + CLI), the wasm build and its size budget,
# wasm tests in Node and headless Chromium, the npm package under Node, and the demo page end to
# end in Chromium. Installs what it needs first. Ends with one line: "N passed, N failed".
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

step "setup"
bash scripts/setup.sh --browser || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

step "format and lints"
run fmt cargo fmt --all -- --check
run clippy cargo clippy --all-targets --features cli -- -D warnings
run clippy-wasm cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

step "supply chain (cargo deny: licences, bans, sources, advisories)"
run supply-chain bash scripts/supply-chain.sh

step "native tests (core, vectors, CLI)"
run native cargo test --features cli

step "wasm package (release build, size budget)"
run build bash scripts/build.sh

step "wasm tests (Node and headless Chromium)"
# The browser stays in the process group of cargo: run it in its own session and reap it after.
setsid bash -c 'echo $$ > .tools/wasm-test.pgid; exec cargo test --target wasm32-unknown-unknown --tests' \
  > "$LOGS/wasm.log" 2>&1
WASM_RC=$?
kill -- -"$(cat .tools/wasm-test.pgid)" 2>/dev/null || true
cat "$LOGS/wasm.log"
[ "$WASM_RC" = 0 ] || FAILED_STEPS+=("wasm (exit $WASM_RC)")

step "npm package under Node, demo page in Chromium"
run node node --test tests/js/ tests/e2e/
pkill -f -- '--user-data-dir=/tmp/playwright' 2>/dev/null || true

# One closing line: cargo's "test result:" lines plus node's "# pass / # fail" lines.
P=$(cat "$LOGS"/native.log "$LOGS"/wasm.log | awk '/^test result:/{p+=$4} END{print p+0}')
F=$(cat "$LOGS"/native.log "$LOGS"/wasm.log | awk '/^test result:/{f+=$6} END{print f+0}')
NP=$(awk '/^# pass /{print $3}' "$LOGS/node.log" | tail -1)
NF=$(awk '/^# fail /{print $3}' "$LOGS/node.log" | tail -1)
PASSED=$((P + ${NP:-0}))
FAILS=$((F + ${NF:-0}))
if [ ${#FAILED_STEPS[@]} -gt 0 ]; then
  printf '\nfailed steps: %s\n' "${FAILED_STEPS[*]}"
  [ "$FAILS" -gt 0 ] || FAILS=${#FAILED_STEPS[@]}
fi
echo
echo "$PASSED passed, $FAILS failed"
[ "$FAILS" = 0 ] && [ ${#FAILED_STEPS[@]} = 0 ]
