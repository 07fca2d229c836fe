#!/usr/bin/env bash
# Seeds fuzz/corpus/<target>/ from every test vector (tests/vectors/**) of the kind the target
# reads. Files are named by content hash, as libFuzzer names its own, so re-seeding adds nothing
# twice. The corpora are not committed (fuzz/.gitignore); the vectors are.
set -euo pipefail
cd "$(dirname "$0")"
V=../tests/vectors

seed() { # seed TARGET FILE...
  local target=$1; shift
  mkdir -p "corpus/$target"
  for f in "$@"; do
    [ -s "$f" ] || continue
    cp "$f" "corpus/$target/$(sha1sum "$f" | cut -c1-40)"
  done
}

mapfile -t json < <(find "$V" -type f \( -name '*.json' -o -name '*.jsonld' \) ! -name MANIFEST.json ! -name EXPECTED.json)
mapfile -t jwt < <(find "$V" -type f -name '*.jwt')
# SD-JWTs, VP-JWTs and other token text, XML (Europass, other), hosted-badge URLs
mapfile -t other < <(find "$V" -type f \( -name '*.txt' -o -name '*.xml' -o -name '*.sd-jwt' \) ! -name '*.md')
mapfile -t png < <(find "$V" -type f -name '*.png')
mapfile -t svg < <(find "$V" -type f -name '*.svg')
mapfile -t nq < <(find "$V" -type f -name '*-in.nq')
mapfile -t credentials < <(grep -l '"@context"' "${json[@]}")
mapfile -t lists < <(grep -l 'encodedList\|revokedCredential\|"lst"' "${json[@]}")
mapfile -t tokens < <(grep -l '' "$V"/token-status-list/*.jwt)
mapfile -t trust < <(find "$V" -type f -name 'trust-list*.json')

seed verify "${json[@]}" "${jwt[@]}" "${png[@]}" "${svg[@]}" "${other[@]}"
seed json "${json[@]}"
seed jws "${jwt[@]}"
mapfile -t keys < <(find "$V/next-wave/w3c-vc-di-ecdsa/keys" "$V/next-wave/resolution" -type f -name '*.json')
mapfile -t sdjwt < <(find "$V/next-wave" -type f -name '*.txt' -path '*sd-jwt*')
seed keys "${jwt[@]}" "${keys[@]}" "${sdjwt[@]}"
seed png "${png[@]}"
seed svg "${svg[@]}"
seed jsonld_rdfc "${credentials[@]}" "${nq[@]}"
seed trust_list "${trust[@]}"
seed status_list "${lists[@]}" "${tokens[@]}"
# bare encodedList values, so the GZIP reader gets seeds of its own
mkdir -p corpus/status_list
python3 - "${lists[@]}" <<'PY'
import hashlib, json, os, re, sys
for path in sys.argv[1:]:
    for m in re.findall(r'"encodedList"\s*:\s*"([^"]+)"', open(path, encoding="utf-8").read()):
        name = hashlib.sha1(m.encode()).hexdigest()
        open(os.path.join("corpus/status_list", name), "w").write(m)
PY
for d in corpus/*; do printf '%-22s %5d seeds\n' "${d#corpus/}" "$(ls "$d" | wc -l)"; done
