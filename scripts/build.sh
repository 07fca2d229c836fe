#!/usr/bin/env bash
# Fills pkg/: release wasm (twice: core and full) -> wasm-bindgen --target web -> wasm-opt -Oz (npm binaryen; Debian's
# binaryen 108 silently produces modules that fail to load). package.json, index.d.ts, README.md and the
# widget's files in pkg/ are committed; the build writes the wasm, the generated glue, index.js and
# languages.js (from js/ without their comment lines: scripts/strip-comments.mjs) beside them.
# Prints the gzip -9 size of what a page loads, and fails above the DESIGN.md ceiling.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/bin:$PWD/node_modules/.bin:$PATH"
CEILING=${KEURMERK_SIZE_CEILING:-249000}   # issue 20: what was reached (248,614 B) plus a small margin; DESIGN.md allows 250 KB

OPT=(-Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)
WASM_OUT="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/keurmerk.wasm"
# module NAME CARGO_ARGS...: one release build -> wasm-bindgen -> wasm-opt, as pkg/keurmerk_NAME*.
# Two modules from the one crate (docs/decisions.md, "ECDSA and RSA in the browser"): `core`, what a
# page loads first (no `ecdsa-rsa` feature), and `full`, loaded by index.js only when a credential
# needs ECDSA or RSA (the core reports `module_needed`).
module() {
  local name=$1; shift
  cargo build -q --locked --release --lib --target wasm32-unknown-unknown "$@"
  rm -f "pkg/keurmerk_$name.js" "pkg/keurmerk_${name}_bg.wasm" "pkg/keurmerk_$name.d.ts" "pkg/keurmerk_${name}_bg.wasm.d.ts"
  wasm-bindgen --target web --out-dir pkg --out-name "keurmerk_$name" "$WASM_OUT"
  wasm-opt "${OPT[@]}" "pkg/keurmerk_${name}_bg.wasm" -o "pkg/keurmerk_${name}_bg.wasm"
}
module full
module core --no-default-features
node scripts/strip-comments.mjs js/index.js pkg/index.js
node scripts/strip-comments.mjs js/languages.js pkg/languages.js

size() { gzip -9 -c "$1" | wc -c | tr -d ' '; }
# The JavaScript of the core: index.js and what it imports (the English words; the other languages
# are loaded when asked for, docs/decisions.md "Words outside the wasm").
CORE_JS=(index.js languages.js lang/en.js)
WASM=$(size pkg/keurmerk_core_bg.wasm); GLUE=$(size pkg/keurmerk_core.js)
WRAP=0
for f in "${CORE_JS[@]}"; do WRAP=$((WRAP + $(size "pkg/$f"))); done
TOTAL=$((WASM + GLUE + WRAP))
echo "pkg/ gzip -9 before the first verdict (core): wasm $WASM B + glue $GLUE B + ${CORE_JS[*]} $WRAP B = $TOTAL B (ceiling $CEILING B)"
FULL=$(( $(size pkg/keurmerk_full_bg.wasm) + $(size pkg/keurmerk_full.js) + $(size pkg/webcrypto.js) ))
echo "pkg/ gzip -9 loaded on the first ECDSA/RSA credential (full wasm + glue + webcrypto.js): $FULL B; all: $((TOTAL + FULL)) B"
# The <keurmerk-verifier> UI is optional (import 'keurmerk/widget'); a page that embeds it loads these
# too. Reported, not part of DESIGN.md's "wasm + JS glue" ceiling (docs/decisions.md, "Size").
UI_FILES=(keurmerk-verifier.js keurmerk-verifier-define.js styles.js dom.js intl-cache.js render.js worker-client.js
  keurmerk-words.js words/en.js verdicts.js worker.js)
UI=0
for f in "${UI_FILES[@]}"; do UI=$((UI + $(size "pkg/$f"))); done
echo "pkg/ gzip -9 with the widget UI (${UI_FILES[*]}): $((TOTAL + UI)) B"
if [ "$TOTAL" -gt "$CEILING" ]; then
  echo "pkg/ is over the size ceiling of DESIGN.md" >&2
  exit 1
fi
