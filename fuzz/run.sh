#!/usr/bin/env bash
# Runs every fuzz target in turn, one process each (the machines have 2 cores), for SECONDS each
# (default 420), seeded from the test vectors. Logs go to fuzz/logs/<target>.log; the figures for
# docs/security.md are the last "#N DONE" / "stat::" lines of each. A crash stops that target and
# leaves its input in fuzz/artifacts/<target>/.
#
#   bash fuzz/run.sh            # all targets, 420 s each
#   bash fuzz/run.sh 60 svg png # some targets, 60 s each
#
# Needs cargo-fuzz (cargo install cargo-fuzz --version 0.13.2 --locked --root .tools) and either a
# nightly toolchain or RUSTC_BOOTSTRAP=1 on stable (the sanitizer flags are unstable).
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/bin:$PATH"
SECONDS_EACH=${1:-420}; shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(verify json jws png svg jsonld_rdfc trust_list status_list keys trusted_list_xml timestamp_token ocsp_response)
TOOLCHAIN=()
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then TOOLCHAIN=(+nightly); else export RUSTC_BOOTSTRAP=1; fi

bash fuzz/seed.sh
mkdir -p fuzz/logs
for t in "${TARGETS[@]}"; do
  echo "== $t: ${SECONDS_EACH}s"
  # -timeout: one input taking longer than 10 s is a hang; -rss_limit_mb: the limits must keep
  # memory far below this; -max_len: larger than every seed but the biggest images.
  cargo "${TOOLCHAIN[@]}" fuzz run "$t" "fuzz/corpus/$t" -- \
    -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=1048576 \
    -print_final_stats=1 > "fuzz/logs/$t.log" 2>&1
  echo "   exit $?: $(grep -E "DONE" "fuzz/logs/$t.log" | tail -1)"
done
