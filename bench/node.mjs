// Node: warm verification of the same input by Keurmerk (pkg/, wasm) and by the Digital Bazaar
// stack (jsonld.js + rdf-canonize + jsonld-signatures + eddsa-rdfc-2022-cryptosuite), and the cold
// "import + initialise + first verification" of each, in fresh processes.
import { execFileSync } from 'node:child_process';
import { INPUTS, inputText, NOW, stats } from './common.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 1000);
const name = Object.keys(INPUTS)[0];
const text = inputText(name);

async function keurmerkWarm() {
  const { Verifier } = await import('../pkg/index.js');
  const v = await Verifier.create({ documents: INPUTS[name].documents });
  const bytes = new TextEncoder().encode(text);
  const now = Date.parse(NOW);
  const verdict = v.verify(bytes, { now }).verdict;
  for (let i = 0; i < 200; i++) v.verify(bytes, { now });
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    v.verify(bytes, { now });
    times.push((performance.now() - t0) * 1000);
  }
  return { verdict, ...stats(times) };
}

async function jsonldWarm() {
  const { verifyOnce } = await import('./peer-digitalbazaar.mjs');
  const doc = JSON.parse(text);
  const verified = await verifyOnce(doc);
  for (let i = 0; i < 50; i++) await verifyOnce(doc);
  const times = [];
  for (let i = 0; i < Math.min(RUNS, 500); i++) {
    const t0 = performance.now();
    await verifyOnce(doc);
    times.push((performance.now() - t0) * 1000);
  }
  return { verdict: verified ? 'signature valid' : 'signature invalid', ...stats(times) };
}

function cold(which) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const out = execFileSync(process.execPath, [new URL('./cold.mjs', import.meta.url).pathname, which], { encoding: 'utf8' });
    runs.push(Number(out.trim()));
  }
  return stats(runs).median;
}

const k = await keurmerkWarm();
const j = await jsonldWarm();
const kc = cold('keurmerk');
const jc = cold('digitalbazaar');
const us = (x) => `${x.toFixed(0)} µs`;
console.log(`Node ${process.version}, input: ${name}, warm runs: ${RUNS}`);
console.log(`| verifier | verdict | warm median | warm p95 | cold (import + init + first verify) |`);
console.log(`|---|---|---|---|---|`);
console.log(`| Keurmerk (wasm, pkg/) | ${k.verdict} | ${us(k.median)} | ${us(k.p95)} | ${kc.toFixed(1)} ms |`);
console.log(`| Digital Bazaar stack (jsonld.js) | ${j.verdict} | ${us(j.median)} | ${us(j.p95)} | ${jc.toFixed(1)} ms |`);
console.log(`ratio Keurmerk / Digital Bazaar: warm ${(k.median / j.median).toFixed(2)}, cold ${(kc / jc).toFixed(2)}`);
