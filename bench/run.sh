#!/usr/bin/env bash
# Reproduces the tables of docs/benchmarks.md in one run, on one machine:
#   native  cargo bench --bench verify (divan): stages, suites, scaling; `keurmerk verify --jobs N`
#           over NDJSON corpora, 1 thread to every core (bench/cli-batch.mjs)
#   size    esbuild bundles of the JavaScript peers against pkg/ (gzip -9 of what a page loads),
#           the ECDSA path's peers (Digital Bazaar ECDSA cryptosuites, jose) included
#   Node    Keurmerk (pkg/, wasm) against the Digital Bazaar stack and verifier-core; then ECDSA and
#           RSA, warm, against the Digital Bazaar ECDSA cryptosuites and jose
#   Chromium the same in headless Chromium, plus 1,000 credentials through <keurmerk-verifier>; the
#           cold start no-store and cacheable, and where a no-store visit's time goes; the
#           first verdict after a drop on a fresh widget page
#   verdicts every verifier over the 200 shared vectors
# The peers are installed into bench/node_modules from bench/package-lock.json (exact versions).
# Output: the tables on stdout and in bench/out/report.md; raw figures in bench/out/*.json.
# Env: BENCH_NO_BUILD=1 skips scripts/setup.sh and scripts/build.sh and uses pkg/ as it is;
#      BENCH_PKG=dir benchmarks another build of the package (it must hold index.js and the wasm);
#      BENCH_RUNS (1000), BENCH_MAX_S (8 s per peer cell), BENCH_COLD (5) as in the scripts;
#      BENCH_ONLY=ed25519|ecdsa runs one part of the Node and Chromium sections.
set -euo pipefail
cd "$(dirname "$0")/.."
START=$(date +%s)
if [ -z "${BENCH_NO_BUILD:-}" ]; then
  bash scripts/setup.sh --browser
  bash scripts/build.sh
fi
(cd bench && npm ci --no-audit --no-fund --loglevel=error)
mkdir -p bench/out
REPORT=bench/out/report.md
{
  echo "# Benchmark run $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo), $(free -g | awk '/Mem:/{print $2}') GiB;" \
       "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); $(rustc --version); Node $(node --version);" \
       "Keurmerk $(git describe --always --dirty 2>/dev/null || echo '(no git)')"
} > "$REPORT"
cat "$REPORT"
section() { echo; echo "## $1"; echo; }
{
  section "Native (cargo bench --bench verify)"
  cargo bench -q --locked --bench verify 2>bench/out/cargo-bench.log | node bench/divan-table.mjs
  section "Batch on one machine (keurmerk verify --jobs N)"
  node bench/cli-batch.mjs
  section "Size"
  node bench/bundle.mjs
  section "Node"
  node bench/node.mjs
  section "Chromium"
  node bench/browser-run.mjs
  section "Cold start: no-store against a cacheable second visit (bench/cold-run.mjs)"
  node bench/cold-run.mjs
  echo
  echo "Where a no-store first visit's time goes (bench/cold-split.mjs):"
  echo
  node bench/cold-split.mjs
  section "First verdict after a drop on a freshly loaded widget (bench/first-drop.mjs)"
  node bench/first-drop.mjs
  section "What the demo page fetches before its first verdict (bench/first-bytes.mjs)"
  node bench/first-bytes.mjs
  section "DecompressionStream against the wasm inflate (bench/inflate.mjs)"
  node bench/inflate.mjs
  section "A batch naming one status list, in the browser's full module (bench/status-batch.mjs)"
  node bench/status-batch.mjs
  section "Verdicts on the shared vectors"
  node bench/verdicts.mjs
  echo
  node bench/verifier-core-offline.mjs
  section "Headline: Keurmerk / peer"
  node bench/summary.mjs
  echo
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); bench/run.sh took $(( $(date +%s) - START )) s"
} | tee -a "$REPORT"
