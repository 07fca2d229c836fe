#!/usr/bin/env bash
# Regenerates tests/vectors/own/ with the keurmerk CLI (keys are kept if present). The script builds
# the CLI itself (scripts/vectorlib.py). Then rerun scripts/make-adversarial.py, which starts from
# own/, or run bash scripts/check-generated.sh, which reruns every generator and diffs.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 scripts/make-vectors.py
