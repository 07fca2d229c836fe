// The headline of docs/benchmarks.md from out/*.json: Keurmerk / peer for warm verification, cold
// start, the 1,000-credential batch and the size of what a page must load, in Node and Chromium.
// usage: node bench/summary.mjs [OUT_DIR ...]   (several directories: one column per run)
import { readFileSync, existsSync } from 'node:fs';
import { ECDSA_INPUTS } from './inputs.mjs';

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : [new URL('out/', import.meta.url).pathname];
const load = (d, f) => (existsSync(`${d}/${f}`) ? JSON.parse(readFileSync(`${d}/${f}`, 'utf8')) : null);
const runs = dirs.map((d) => ({
  node: load(d, 'node.json'), browser: load(d, 'browser.json'), sizes: load(d, 'sizes.json'),
  nodeEcdsa: load(d, 'node-ecdsa.json'), browserEcdsa: load(d, 'browser-ecdsa.json'),
}));
const PEERS = [['digitalbazaar', 'Digital Bazaar stack'], ['verifier-core', 'verifier-core']];
const r = (a, b) => (a == null || b == null ? '—' : (a / b < 0.1 ? (a / b).toFixed(3) : (a / b).toFixed(2)));
const warm = (x, env, who, key) => {
  const w = (env === 'node' ? x.node[who].warm.inputs : x.browser[who].full.inputs)[key];
  return w?.verdict?.cls === 'valid' ? w.median : null;
};
const rows = [];
const INPUTS = [['rdfc-1edtech', '1EdTech badge, eddsa-rdfc-2022'], ['rdfc', 'eddsa-rdfc-2022 (did:key)'], ['jcs', 'eddsa-jcs-2022'], ['ed2020', 'Ed25519Signature2020']];
for (const [peer, label] of runs.every((x) => x.node && x.browser && x.sizes) ? PEERS : []) {
  for (const env of ['node', 'browser']) {
    const where = env === 'node' ? 'Node' : 'Chromium';
    for (const [key, name] of INPUTS) rows.push([`${label}`, `${where}: warm, ${name}`, runs.map((x) => r(warm(x, env, 'keurmerk', key), warm(x, env, peer, key)))]);
    rows.push([label, `${where}: cold (import + init + first verification)`, runs.map((x) => (env === 'node' ? r(x.node.keurmerk.cold.median, x.node[peer].cold.median) : r(x.browser.keurmerk.cold.cold_ms, x.browser[peer].cold.cold_ms)))]);
    rows.push([label, `${where}: batch of 1,000`, runs.map((x) => (env === 'node' ? r(x.node.keurmerk.batch.batch_ms, x.node[peer].batch.batch_ms) : r(x.browser.keurmerk.full.batch_ms, x.browser[peer].full.batch_ms)))]);
  }
  rows.push([label, 'gzip -9 of what a page must load (with the 21 contexts)', runs.map((x) => r(x.sizes.keurmerk.gzip, x.sizes[peer].gzip))]);
}
// ECDSA and RSA (issue 16): warm, against the peer of each input's format (node.mjs / browser-run.mjs)
const ecdsaWarm = (res, who, key) => {
  const w = res?.[who]?.inputs?.[key];
  return w?.verdict?.cls === 'valid' && w.tampered?.cls !== 'valid' ? w.median : null;
};
const PEER_LABEL = { 'digitalbazaar-ecdsa': 'Digital Bazaar ECDSA stack', jose: 'jose' };
for (const [env, where] of [['nodeEcdsa', 'Node'], ['browserEcdsa', 'Chromium']]) {
  if (!runs.some((x) => x[env])) continue;
  for (const input of ECDSA_INPUTS) rows.push([PEER_LABEL[input.peer], `${where}: warm, ${input.name}`, runs.map((x) => r(ecdsaWarm(x[env], 'keurmerk', input.key), ecdsaWarm(x[env], input.peer, input.key)))]);
}
if (runs.some((x) => x.sizes?.['digitalbazaar-ecdsa-rdfc'])) {
  rows.push([PEER_LABEL['digitalbazaar-ecdsa'], 'gzip -9 of what a page must load (ecdsa-rdfc-2019 alone, with the 21 contexts)', runs.map((x) => r(x.sizes?.keurmerk.gzip, x.sizes?.['digitalbazaar-ecdsa-rdfc']?.gzip))]);
  rows.push(['jose', 'gzip -9 of what a page must load (VC-JWT)', runs.map((x) => r(x.sizes?.keurmerk.gzip, x.sizes?.jose?.gzip))]);
}
console.log(`Keurmerk / peer (below 1: Keurmerk faster or smaller; "—": the peer cannot verify that input)${runs.length > 1 ? `, ${runs.length} runs` : ''}`);
console.log();
console.log(`| against | measure | ${runs.map((_, i) => (runs.length > 1 ? `run ${String.fromCharCode(65 + i)}` : 'ratio')).join(' | ')} |`);
console.log(`|---|---|${runs.map(() => '---').join('|')}|`);
for (const [peer, what, vals] of rows) console.log(`| ${peer} | ${what} | ${vals.join(' | ')} |`);
