#!/usr/bin/env bash
# Supply chain: checks every crate in Cargo.lock (and fuzz/Cargo.lock) against deny.toml with a
# pinned cargo-deny: licences, banned crates, sources (crates.io only) and RustSec advisories.
# Installs cargo-deny into .tools/ first if it is missing (about 4 minutes on 2 cores, once).
#
# Advisories come from the RustSec database in .tools/advisory-dbs (deny.toml's db-path). This
# project's machines cannot reach its git host, so it is made from the dated snapshot in
# ../shared/supply-chain/ (see its README; KEURMERK_ADVISORY_SNAPSHOT names another file), and the
# result says the snapshot's date: advisories published after it are not known. Where the git host
# can be reached, KEURMERK_ADVISORIES=live fetches the database instead. With neither, advisories
# are NOT CHECKED, which fails only with KEURMERK_REQUIRE_ADVISORIES=1. Licences, bans and sources
# need no advisory database and always run.
set -euo pipefail
cd "$(dirname "$0")/.."
DENY_VERSION=0.20.2 # keep in step with docs/security.md
export PATH="$PWD/.tools/bin:$PATH"
DBS=.tools/advisory-dbs                    # deny.toml: [advisories] db-path
DB="$DBS/advisory-db-3157b0e258782691"     # the folder cargo-deny derives from the default database URL
SNAPSHOT=${KEURMERK_ADVISORY_SNAPSHOT:-../shared/supply-chain/rustsec-advisory-db.tar.gz}

if [ "$(cargo-deny --version 2>/dev/null)" != "cargo-deny $DENY_VERSION" ]; then
  echo "installing cargo-deny $DENY_VERSION into .tools/"
  cargo install --quiet --locked --version "=$DENY_VERSION" --root .tools cargo-deny
fi
MANIFESTS=()
for manifest in Cargo.toml fuzz/Cargo.toml; do [ -f "$manifest" ] && MANIFESTS+=("$manifest"); done

status=0
for manifest in "${MANIFESTS[@]}"; do
  echo "== cargo deny: $manifest (licenses, bans, sources)"
  cargo deny --locked --manifest-path "$manifest" --config deny.toml check licenses bans sources || status=1
done

# The snapshot as cargo-deny wants it: a git repository, remade only when the tar file changes.
snapshot_db() {
  local stamp="$DBS/snapshot.sha256" sum
  # the date of the database's last commit, which the tar file keeps as the time of its newest file
  SNAPSHOT_DATE=$(TZ=UTC tar --full-time -tzvf "$SNAPSHOT" | awk '{print $4 "T" $5 "Z"}' | sort | tail -n 1)
  sum=$(sha256sum "$SNAPSHOT" | cut -d' ' -f1)
  [ -d "$DB/.git" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$sum" ] && return 0
  rm -rf "$DB" "$stamp"
  mkdir -p "$DB"
  tar -xzf "$SNAPSHOT" -C "$DB"
  git -C "$DB" init -q
  git -C "$DB" add -A
  GIT_AUTHOR_DATE=$SNAPSHOT_DATE GIT_COMMITTER_DATE=$SNAPSHOT_DATE \
    git -C "$DB" -c user.name=snapshot -c user.email=snapshot@invalid commit -qm snapshot
  echo "$sum" > "$stamp"
}

advisories="advisories not checked"
flags=(--offline) # cargo-deny 0.20 has no --disable-fetch; the crates were fetched by the checks above
if [ "${KEURMERK_ADVISORIES:-snapshot}" = live ]; then
  echo "== cargo deny: advisories (RustSec database fetched now)"
  advisories="advisories as of today"
  rm -rf "$DB" "$DBS/snapshot.sha256" # cargo-deny clones it afresh
  flags=()
elif [ -f "$SNAPSHOT" ]; then
  snapshot_db
  echo "== cargo deny: advisories (RustSec database as of $SNAPSHOT_DATE: the snapshot $SNAPSHOT)"
  advisories="advisories as of $SNAPSHOT_DATE"
else
  echo "ADVISORIES NOT CHECKED: no RustSec snapshot at $SNAPSHOT, and KEURMERK_ADVISORIES=live not set"
  [ "${KEURMERK_REQUIRE_ADVISORIES:-0}" = 1 ] && status=1
  MANIFESTS=()
fi
for manifest in "${MANIFESTS[@]}"; do
  cargo deny --locked "${flags[@]}" --manifest-path "$manifest" --config deny.toml check advisories || status=1
done

[ "$status" = 0 ] && echo "supply chain: ok ($advisories)" || echo "supply chain: FAILED ($advisories)"
exit "$status"
