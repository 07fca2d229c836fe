#!/usr/bin/env bash
# Installs what building and testing Keurmerk needs, idempotently:
#   the wasm32 target, wasm-bindgen-cli at exactly the version in Cargo.lock (into .tools/),
#   npm packages from package-lock.json (binaryen's wasm-opt, playwright-core),
#   and, with --browser, Debian's chromium + chromium-driver (needs root, or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tools
log() { printf '[setup] %s\n' "$*" >&2; }

BROWSER=0
[ "${1:-}" = "--browser" ] && BROWSER=1

APT_PID=
if [ "$BROWSER" = 1 ] && { ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; }; then
  log "installing chromium and chromium-driver from Debian (in the background)"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  ( $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver ) \
    > .tools/apt.log 2>&1 & APT_PID=$!
fi

rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || rustup target add wasm32-unknown-unknown

# Cargo.lock is committed and every build runs with --locked: a missing one is an error, not made here
[ -f Cargo.lock ] || { log "Cargo.lock is missing: restore it from git"; exit 1; }
WB_VER=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
if [ "$(.tools/bin/wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WB_VER" ]; then
  log "installing wasm-bindgen-cli $WB_VER into .tools (about 2 minutes, once)"
  # the one cargo command without --locked: wasm-bindgen-cli's lock file pins a webpki-roots release
  # the registry here does not serve
  cargo install -q wasm-bindgen-cli --version "$WB_VER" --no-default-features --root "$PWD/.tools"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm packages (binaryen, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ -n "$APT_PID" ]; then
  wait "$APT_PID" || { cat .tools/apt.log >&2; log "chromium install failed"; exit 1; }
fi
log "ready"
