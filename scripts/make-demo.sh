#!/usr/bin/env bash
# Regenerates www/demo/ with the keurmerk CLI (keys in scripts/demo-keys/ are kept if present). The
# script builds the CLI itself (scripts/vectorlib.py).
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 scripts/make-demo.py
