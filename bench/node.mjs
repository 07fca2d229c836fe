// Node, side by side: Keurmerk (pkg/, wasm), the Digital Bazaar stack and verifier-core, each in
// fresh processes (node-one.mjs): warm verification per securing mechanism, cold start (import +
// initialise + first verification), the 1,000-credential batch, peak memory; then the ECDSA and RSA
// inputs, warm, against the Digital Bazaar ECDSA cryptosuites and jose. Prints the tables of
// docs/benchmarks.md and writes out/node.json and out/node-ecdsa.json. Env: BENCH_RUNS (1000),
// BENCH_MAX_S (8 s per cell), BENCH_COLD (5 fresh processes per verifier), BENCH_ONLY (ed25519 or
// ecdsa: that part alone).
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { INPUTS, BATCH_SIZE } from './common.mjs';
import { NAMES, LABEL, ECDSA_NAMES } from './verifiers.mjs';
import { printEcdsaTable } from './ecdsa-table.mjs';
import { fmtUs, fmtMs, ratio, median } from './format.mjs';

const COLD = Number(process.env.BENCH_COLD ?? 5);
const one = (name, task) => JSON.parse(execFileSync(process.execPath, [new URL('./node-one.mjs', import.meta.url).pathname, name, task], { encoding: 'utf8', maxBuffer: 1 << 24 }).trim().split('\n').pop());
const ONLY = process.env.BENCH_ONLY;
const out = (file, json) => {
  mkdirSync(new URL('out/', import.meta.url), { recursive: true });
  writeFileSync(new URL(`out/${file}`, import.meta.url), JSON.stringify({ node: process.version, ...json }, null, 1));
};
if (ONLY !== 'ecdsa') ed25519();
if (ONLY !== 'ed25519') ecdsa();

function ed25519() {
  const res = {};
  for (const name of NAMES) {
    process.stderr.write(`[node] ${name}: warm … `);
    const warm = one(name, 'warm');
    process.stderr.write('cold … ');
    const cold = Array.from({ length: COLD }, () => one(name, 'cold'));
    process.stderr.write('batch\n');
    const batch = one(name, 'batch');
    res[name] = { warm, cold: { runs: cold.map((c) => c.cold_ms), median: median(cold.map((c) => c.cold_ms)), verdict: cold[0].verdict, max_rss_mb: median(cold.map((c) => c.max_rss_mb)) }, batch };
  }
  out('node.json', res);

  const K = res.keurmerk;
  const cell = (name, key) => {
    const w = res[name].warm.inputs[key];
    if (w.verdict.cls !== 'valid') return { text: `— (${w.verdict.why.replace(/\|/g, '/').slice(0, 60)})`, ok: false };
    return { text: `${fmtUs(w.median)} / ${fmtUs(w.p95)}`, ok: true, median: w.median };
  };
  console.log(`Node ${process.version}; warm = median / p95 of one verification (text in, verdict out) after a warm-up; up to ${process.env.BENCH_RUNS ?? 1000} runs (peers: at most ${process.env.BENCH_MAX_S ?? 8} s per cell); ratio = Keurmerk / peer`);
  console.log();
  console.log(`| input | ${NAMES.map((n) => LABEL[n]).join(' | ')} | ratio vs DB | ratio vs verifier-core |`);
  console.log(`|---|${NAMES.map(() => '---').join('|')}|---|---|`);
  for (const input of Object.values(INPUTS)) {
    const cells = NAMES.map((n) => cell(n, input.key));
    const r = (i) => (cells[0].ok && cells[i].ok ? ratio(cells[0].median, cells[i].median) : '—');
    console.log(`| ${input.name} | ${cells.map((c, i) => (i === 0 ? `**${c.text}**` : c.text)).join(' | ')} | ${r(1)} | ${r(2)} |`);
  }
  console.log();
  console.log(`Cold = fresh process, import + initialise + first verification of the own did:key eddsa-rdfc-2022 badge (median of ${COLD}); batch = ${BATCH_SIZE} JSON-LD credentials (250 × each JSON-LD input above) one after another in a warm verifier; peak RSS of the batch process.`);
  console.log();
  console.log('| verifier | cold | batch of 1,000 | batch verdicts | peak RSS (batch) | heap used after batch |');
  console.log('|---|---|---|---|---|---|');
  for (const n of NAMES) {
    const x = res[n];
    const tally = Object.entries(x.batch.tally).map(([k, v]) => `${v} ${k}`).join(', ');
    console.log(`| ${LABEL[n]} | ${fmtMs(x.cold.median)} | ${fmtMs(x.batch.batch_ms)} | ${tally} | ${x.batch.max_rss_mb.toFixed(0)} MB | ${x.batch.heap_used_mb.toFixed(1)} MB (+ ${x.batch.external_mb.toFixed(1)} MB external) |`);
  }
  console.log();
  for (const n of NAMES.slice(1)) {
    console.log(`ratio Keurmerk / ${LABEL[n]}: cold ${ratio(K.cold.median, res[n].cold.median)}, batch ${ratio(K.batch.batch_ms, res[n].batch.batch_ms)}, peak RSS ${ratio(K.batch.max_rss_mb, res[n].batch.max_rss_mb, ['less', 'more'])}`);
  }
  console.log(`(cold runs, ms: ${NAMES.map((n) => `${LABEL[n]} ${res[n].cold.runs.map((x) => x.toFixed(0)).join('/')}`).join('; ')})`);
  if (res['verifier-core'].batch.requests) console.log(`verifier-core attempted ${res['verifier-core'].batch.requests} fetches during the batch (answered by the offline shim: the OB 3.0 JSON Schema on every call, controller documents)`);
}

/** ECDSA and RSA: warm, Keurmerk against the peer of each input's format, a fresh process each. */
function ecdsa() {
  const res = {};
  for (const name of ECDSA_NAMES) {
    process.stderr.write(`[node] ${name}: ECDSA/RSA warm\n`);
    res[name] = one(name, 'ecdsa');
  }
  out('node-ecdsa.json', res);
  console.log();
  console.log(`ECDSA and RSA (issue 16), Node ${process.version}: warm = median / p95 (runs) of one verification, text in, verdict out, after a warm-up; up to ${process.env.BENCH_RUNS ?? 1000} runs (peers: at most ${process.env.BENCH_MAX_S ?? 8} s per cell); Keurmerk through \`await verify()\` (the wasm, then crypto.subtle, then the wasm); a verifier is timed on an input only if it calls it valid and a tampered copy not; ratio = Keurmerk / peer`);
  console.log();
  printEcdsaTable(res);
}
