// Verdicts on the shared vectors (tests/vectors/external/MANIFEST.json, = ../shared/vectors): the
// manifest's expected verdict, Keurmerk's (the npm package; the same core as `keurmerk verify
// --json`, tests/vectors.rs checks every one), and each peer's, as valid / invalid / error ("could
// not check"). Writes out/verdicts.json and prints the summary and every difference, grouped.
// usage: node bench/verdicts.mjs [--all]   (--all also prints the rows that agree)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { manifest } from './common.mjs';
import { create, NAMES, LABEL } from './verifiers.mjs';

/** What each manifest code means in three classes (the DESIGN.md mapping, folded). */
// Where two classes are right, both are listed: a missing proof may be "invalid" or "could not
// check"; a credential whose status cannot be read may be called valid (status not checked, as
// Keurmerk's issuer_unknown with status_list_unavailable) or "could not check".
export const EXPECTED_CLASS = {
  valid: 'valid',
  'status-unavailable': 'valid|error',
  'status-type-unsupported': 'valid|error',
  'invalid-signature': 'invalid', 'issuer-mismatch': 'invalid', 'invalid-proof-purpose': 'invalid',
  expired: 'invalid', 'not-yet-valid': 'invalid', revoked: 'invalid', malformed: 'invalid', 'missing-proof': 'invalid|error',
  'unknown-context': 'error', 'unsupported-cryptosuite': 'error', 'unsupported-proof-type': 'error',
  'unsupported-algorithm': 'error', 'unresolvable-key': 'error', 'status-invalid': 'error', 'resource-limit': 'invalid',
};

const dir = new URL('tests/vectors/external/', new URL('../', import.meta.url));
const rows = manifest.vectors.map((v) => ({ path: v.path, format: v.format, suite: v.cryptosuite ?? '', expected: v.expected, want: EXPECTED_CLASS[v.expected] }));
const verifiers = {};
for (const name of NAMES) verifiers[name] = await create(name);

const jsonFormats = new Set(['json-ld', 'json-ld-unsigned']);
for (const row of rows) {
  const bytes = readFileSync(new URL(row.path, dir));
  const text = bytes.toString('utf8');
  const k = await verifiers.keurmerk.raw(bytes);
  row.keurmerk = { ...(await verifiers.keurmerk.verify(bytes)), verdict: k.verdict };
  for (const name of ['digitalbazaar', 'verifier-core']) {
    if (!jsonFormats.has(row.format)) { row[name] = { cls: 'n/a', why: `takes JSON-LD objects only (${row.format})` }; continue; }
    const t0 = performance.now();
    row[name] = await verifiers[name].verify(text);
    row[name].ms = performance.now() - t0;
  }
}

const summary = {};
for (const name of NAMES) {
  const s = { agree: 0, differ: 0, na: 0 };
  for (const r of rows) {
    const c = r[name].cls;
    if (c === 'n/a') s.na++; else if (r.want.split('|').includes(c)) s.agree++; else s.differ++;
  }
  summary[name] = s;
}
mkdirSync(new URL('out/', import.meta.url), { recursive: true });
writeFileSync(new URL('out/verdicts.json', import.meta.url), JSON.stringify({ summary, rows }, null, 1));

console.log(`${rows.length} vectors (tests/vectors/external/MANIFEST.json), evaluated at ${manifest.evaluate_at}; classes: valid / invalid / error ("could not check")`);
console.log();
console.log('| verifier | same class as expected | different | cannot take the input |');
console.log('|---|---|---|---|');
for (const name of NAMES) console.log(`| ${LABEL[name]} | ${summary[name].agree} | ${summary[name].differ} | ${summary[name].na} |`);
console.log();
console.log('Differences from the expected class, grouped (expected code → verifier: class, its reason):');
console.log();
console.log('| verifier | expected | answered | reason (first of the group) | n | example |');
console.log('|---|---|---|---|---|---|');
for (const name of NAMES) {
  const groups = new Map();
  for (const r of rows) {
    const a = r[name];
    if (a.cls === 'n/a' || r.want.split('|').includes(a.cls)) continue;
    const reason = a.why.replace(/did:[a-z]+:[A-Za-z0-9:._-]+|https?:\/\/\S+|"[^"]*"/g, '…').slice(0, 90);
    const key = `${r.expected}|${a.cls}|${reason}`;
    if (!groups.has(key)) groups.set(key, { r, a, reason, n: 0 });
    groups.get(key).n++;
  }
  for (const g of [...groups.values()].sort((x, y) => y.n - x.n)) {
    console.log(`| ${LABEL[name]} | ${g.r.expected} | ${g.a.cls} | ${g.reason.replace(/\|/g, '/')} | ${g.n} | \`${g.r.path}\` |`);
  }
}
if (process.argv.includes('--all')) for (const r of rows) console.log(r.path, r.expected, NAMES.map((n) => `${n}=${r[n].cls}`).join(' '));
