#!/usr/bin/env bash
# Supply chain: checks every crate in Cargo.lock (and fuzz/Cargo.lock) against deny.toml with a
# pinned cargo-deny: licences, banned crates, sources (crates.io only) and RustSec advisories.
# Installs cargo-deny into .tools/ first if it is missing (about 4 minutes on 2 cores, once).
#
# The advisory database is fetched from GitHub. Where GitHub cannot be reached (this project's
# machines reach only the package registries) the advisories check is reported as NOT CHECKED and
# does not fail the run; licences, bans and sources need no network and always run.
# KEURMERK_REQUIRE_ADVISORIES=1 makes an unreachable database a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
DENY_VERSION=0.20.2 # keep in step with docs/security.md
export PATH="$PWD/.tools/bin:$PATH"

if [ "$(cargo-deny --version 2>/dev/null)" != "cargo-deny $DENY_VERSION" ]; then
  echo "installing cargo-deny $DENY_VERSION into .tools/"
  cargo install --quiet --locked --version "=$DENY_VERSION" --root .tools cargo-deny
fi

status=0
for manifest in Cargo.toml fuzz/Cargo.toml; do
  [ -f "$manifest" ] || continue
  echo "== cargo deny: $manifest (licenses, bans, sources)"
  cargo deny --locked --manifest-path "$manifest" --config deny.toml check \
    licenses bans sources || status=1
done

echo "== cargo deny: advisories"
db="${CARGO_HOME:-$HOME/.cargo}/advisory-dbs"
if timeout 60 git ls-remote --exit-code https://github.com/rustsec/advisory-db HEAD >/dev/null 2>&1; then
  for manifest in Cargo.toml fuzz/Cargo.toml; do
    [ -f "$manifest" ] || continue
    cargo deny --locked --manifest-path "$manifest" --config deny.toml check advisories || status=1
  done
elif [ -d "$db" ] && [ -n "$(ls -A "$db" 2>/dev/null)" ]; then
  echo "advisory database unreachable: checking against the copy fetched earlier in $db"
  for manifest in Cargo.toml fuzz/Cargo.toml; do
    [ -f "$manifest" ] || continue
    cargo deny --locked --manifest-path "$manifest" --config deny.toml check \
      --disable-fetch advisories || status=1
  done
else
  echo "ADVISORIES NOT CHECKED: the RustSec database (github.com/rustsec/advisory-db) cannot be reached from here"
  [ "${KEURMERK_REQUIRE_ADVISORIES:-0}" = 1 ] && status=1
fi

[ "$status" = 0 ] && echo "supply chain: ok" || echo "supply chain: FAILED"
exit "$status"
