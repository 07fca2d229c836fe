#!/usr/bin/env bash
# Reruns every generator of committed files and fails if what they write differs from what is
# committed, or if they write a file git does not track. scripts/test.sh runs it in CI; after
# changing a generator, the CLI's output or the codes table, run it and commit what it writes.
#
#   tests/vectors/own/               scripts/make-vectors.py      signs with the CLI; keys/ kept
#   tests/vectors/adversarial/       scripts/make-adversarial.py  reads own/
#   www/demo/                        scripts/make-demo.py         keys in scripts/demo-keys/
#   tests/vectors/edc-trust/         scripts/make-eidas-list.py   the EU trusted lists, imported
#   docs/report.md, pkg/verdicts.js  scripts/gen-report-codes.py  from src/
#
# The generators sign with fixed keys at fixed times, so the same source gives the same bytes. They
# build the CLI with `cargo build --locked --features cli` into $CARGO_TARGET_DIR (default target/).
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHONDONTWRITEBYTECODE=1 # no scripts/__pycache__/ from importing scripts/vectorlib.py
OUTPUTS=(tests/vectors/own tests/vectors/adversarial tests/vectors/edc-trust www/demo docs/report.md pkg/verdicts.js pkg/lang)

python3 scripts/make-vectors.py
python3 scripts/make-adversarial.py   # after make-vectors: it starts from own/
python3 scripts/make-demo.py          # after make-vectors: it bakes own/templates/badge.png
python3 scripts/make-eidas-list.py
python3 scripts/gen-report-codes.py

status=0
if ! git diff --quiet -- "${OUTPUTS[@]}"; then
  echo "generated files differ from the committed ones:"
  git --no-pager diff --stat -- "${OUTPUTS[@]}"
  git --no-pager diff -- "${OUTPUTS[@]}" | head -n 60 || true # head may close the pipe early
  status=1
fi
# --others without --exclude-standard: a generated file that .gitignore hides is as wrong as one not added
untracked=$(git ls-files --others -- "${OUTPUTS[@]}")
if [ -n "$untracked" ]; then
  printf 'generated files git does not track:\n%s\n' "$untracked"
  status=1
fi
if [ "$status" = 0 ]; then
  echo "generated files: the same as committed"
else
  echo "generated files: FAILED (regenerate with bash scripts/check-generated.sh, review, commit)"
fi
exit "$status"
