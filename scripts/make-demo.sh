#!/usr/bin/env bash
# Regenerates www/demo/ with the keurmerk CLI (keys in scripts/demo-keys/ are kept if present).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q --features cli --bin keurmerk
python3 scripts/make-demo.py
