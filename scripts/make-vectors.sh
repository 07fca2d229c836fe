#!/usr/bin/env bash
# Regenerates tests/vectors/own/ with the keurmerk CLI (keys are kept if present).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q --features cli --bin keurmerk
python3 scripts/make-vectors.py
