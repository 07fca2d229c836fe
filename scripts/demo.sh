#!/usr/bin/env bash
# Builds everything and serves the demo page on 127.0.0.1 (set PORT to change the port).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8000}
bash scripts/setup.sh
bash scripts/build.sh
echo
echo "Keurmerk demo: http://127.0.0.1:${PORT}/www/   (Ctrl-C to stop)"
exec python3 -m http.server "$PORT" --bind 127.0.0.1
