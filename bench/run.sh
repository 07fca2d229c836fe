#!/usr/bin/env bash
# Reproduces the tables of docs/benchmarks.md: cargo bench (native), Node (Keurmerk's npm package
# against the Digital Bazaar jsonld.js stack, same input, same offline loader), headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
bash scripts/build.sh
(cd bench && npm ci --no-audit --no-fund --loglevel=error)
echo; echo "== native (cargo bench)"; cargo bench -q --bench verify 2>/dev/null | grep -v '^$'
echo; echo "== Node"; node bench/node.mjs
echo; echo "== Chromium"; node bench/browser-run.mjs
