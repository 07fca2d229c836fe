// The next-wave manifest (tests/vectors/next-wave/MANIFEST.json) as the JS tests read it, in Node
// (tests/js/next-wave.test.mjs) and in Chromium (tests/e2e/next-wave.test.mjs): the vectors of the
// ECDSA/RSA issue's formats, the documents a verifier gets, and the verdicts each may end in. The
// mapping is read from the Rust tests themselves (tests/common/mod.rs `mapped()`), and `accepted`
// is tests/next_wave.rs `accepted()`, so the three runs judge alike.
import { readFile } from 'node:fs/promises';

const ROOT = new URL('../../', import.meta.url);
export const DIR = 'tests/vectors/next-wave/';
const read = (path) => readFile(new URL(path, ROOT));

/** The next-wave formats checked (tests/common/mod.rs NEXT_WAVE_IN_SCOPE): every one in the manifest. */
export const IN_SCOPE = ['json-ld', 'vc-jwt', 'vc-jwt (vc+jwt)', 'png-baked', 'svg-baked', 'vp-jwt (vp+jwt)', 'sd-jwt', 'sd-jwt (vc+sd-jwt)', 'sd-jwt-vc (dc+sd-jwt)', 'ob2-signed (JWS)', 'ob2-hosted'];

/** How many vectors of these formats the manifest holds: a change is deliberate. */
export const CHECKED = 76;

/**
 * Vectors the core does not yet get right (issue 16, ECDSA/RSA in the browser): path → why. Empty
 * today. A vector listed here that passes fails the test, so the list only shrinks.
 */
export const KNOWN_PENDING = new Map([]);

/** `mapped()` of tests/common/mod.rs: expected code → the verdicts it may map to. */
export async function mapping() {
  const rust = (await read('tests/common/mod.rs')).toString('utf8');
  const body = rust.slice(rust.indexOf('pub fn mapped('), rust.indexOf('other => panic!', rust.indexOf('pub fn mapped(')));
  const map = new Map();
  for (const [, codes, verdicts] of body.matchAll(/((?:"[a-z-]+"\s*\|?\s*)+)=>\s*&\[([^\]]*)\]/g)) {
    const vs = [...verdicts.matchAll(/"([a-z_]+)"/g)].map((m) => m[1]);
    for (const [, code] of codes.matchAll(/"([a-z-]+)"/g)) map.set(code, vs);
  }
  const scope = rust.slice(rust.indexOf('NEXT_WAVE_IN_SCOPE'), rust.indexOf('];', rust.indexOf('NEXT_WAVE_IN_SCOPE')));
  return { map, scope: [...scope.matchAll(/"([^"]+)"/g)].map((m) => m[1]) };
}

/** tests/next_wave.rs `accepted()`: the verdicts a vector may get at `now` (milliseconds). */
export function accepted(map, v, now) {
  const mapped = (code) => {
    if (!map.has(code)) throw new Error(`unknown expected code ${code}`);
    return map.get(code);
  };
  const want = [...mapped(v.expected), ...(v.acceptable_alternatives ?? []).flatMap(mapped)];
  const until = v.validity?.validUntil === undefined ? NaN : Date.parse(v.validity.validUntil);
  if (want.includes('indeterminate') && until < now) want.push('expired');
  return want;
}

// The 1EdTech validator caches a context as its URL, a blank line, then the JSON: the body.
function cacheBody(text) {
  const i = text.indexOf('\n\n');
  return text.startsWith('http') && i >= 0 ? text.slice(i + 2) : text;
}

/**
 * The manifest: `now` (evaluate_at, ms), `documents` (its resolution documents and contexts, url →
 * text, as tests/common/mod.rs `next_wave_verifier()` supplies them) and the in-scope `vectors`.
 */
export async function manifest() {
  const m = JSON.parse(await read(`${DIR}MANIFEST.json`));
  const documents = {};
  for (const [url, path] of Object.entries(m.resolution)) documents[url] = (await read(DIR + path)).toString('utf8');
  for (const c of m.contexts) documents[c.url] = cacheBody((await read(DIR + c.path)).toString('utf8'));
  const vectors = m.vectors.filter((v) => IN_SCOPE.includes(v.format));
  return { now: Date.parse(m.evaluate_at), documents, vectors };
}

/** A vector's name: its `vector_id` when two entries share a file (OB 2.0 hosted scenarios), else its path. */
export const key = (v) => v.vector_id ?? v.path;

/**
 * The configuration for one vector: the manifest's documents with its `resolution_overrides`
 * applied (`url -> {path, http_status}`), a 410 answer passed as `gone` — as a host's resolver would.
 */
export async function configFor(m, v) {
  const documents = { ...m.documents };
  const gone = [];
  for (const [url, o] of Object.entries(v.resolution_overrides ?? {})) {
    documents[url] = (await read(DIR + o.path)).toString('utf8');
    if (o.http_status === 410) gone.push(url);
  }
  return { documents, gone };
}

/** Judges `verdicts` (path → {verdict, codes}): the failures, apart from the known pending ones. */
export function judge(map, { now, vectors }, verdicts) {
  const failures = [];
  const nowPassing = [];
  for (const v of vectors) {
    const got = verdicts[key(v)];
    const want = accepted(map, v, now);
    const ok = got !== undefined && want.includes(got.verdict);
    if (KNOWN_PENDING.has(v.path)) {
      if (ok) nowPassing.push(`${key(v)}: passes now; take it off KNOWN_PENDING`);
    } else if (!ok) {
      failures.push(`${key(v)}: expected ${v.expected} → ${want.join('|')}, got ${got?.verdict} [${got?.codes?.join(', ')}]`);
    }
  }
  return { failures, nowPassing };
}

/** The codes of a report's checks that did not pass. */
export const codes = (report) => report.checks.filter((c) => c.outcome !== 'pass').map((c) => c.code);
