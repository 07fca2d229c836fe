// One verifier in one fresh Node process (so that heaps, JIT state and peak memory are its own).
// usage: node bench/node-one.mjs VERIFIER cold|warm|batch|ecdsa   → one JSON line on stdout
//   cold:  ms from before the import to the first result (own did:key eddsa-rdfc-2022 badge)
//   warm:  per input: verdict, median and p95 of verify(text) after a warm-up
//   batch: the 1,000 credentials one after another in a warm verifier, then peak RSS
//   ecdsa: warm, over the ECDSA and RSA inputs the verifier takes (createEcdsa); an input is timed
//          only if its verdict is valid and a tampered copy's is not; Keurmerk's one wasm pass too
import { INPUTS, textByKey, batchKeys, stats, COLD_KEY, BATCH_KEYS, ECDSA_INPUTS, ecdsaText } from './common.mjs';
import { tamper, WARMUP_RUNS } from './inputs.mjs';

const [name, task] = process.argv.slice(2);
const RUNS = Number(process.env.BENCH_RUNS ?? 1000);
const MAX_MS = Number(process.env.BENCH_MAX_S ?? 8) * 1000; // per input, for the slow peers
const out = {};

/** Median and p95 (µs) of `run` after a warm-up: up to RUNS runs, at most MAX_MS (at least 50 runs). */
async function time(run) {
  const warmup = Math.min(WARMUP_RUNS, RUNS);
  const s = performance.now();
  for (let i = 0; i < warmup && performance.now() - s < MAX_MS / 2; i++) await run();
  const times = [];
  const start = performance.now();
  for (let i = 0; i < RUNS && (i < 50 || performance.now() - start < MAX_MS); i++) {
    const t0 = performance.now();
    await run();
    times.push((performance.now() - t0) * 1000);
  }
  return stats(times);
}

if (task === 'cold') {
  const text = textByKey(COLD_KEY);
  const t0 = performance.now();
  const { create } = await import('./verifiers.mjs');
  const v = await create(name);
  const r = await v.verify(text);
  out.cold_ms = performance.now() - t0;
  out.verdict = r;
  out.requests = v.requests?.length;
} else if (task === 'ecdsa') {
  const { createEcdsa } = await import('./verifiers.mjs');
  const v = await createEcdsa(name);
  out.inputs = {};
  for (const input of ECDSA_INPUTS) {
    if (!v.supports(input)) continue;
    const text = ecdsaText(input.key);
    const verdict = await v.verify(text);
    const tampered = await v.verify(tamper(input, text));
    const timed = verdict.cls === 'valid' && tampered.cls !== 'valid';
    out.inputs[input.key] = { verdict, tampered, ...(timed ? await time(() => v.verify(text)) : {}) };
    if (timed && v.onePass) out.inputs[input.key].one_pass = await time(() => v.onePass(text));
  }
} else {
  const { create } = await import('./verifiers.mjs');
  const v = await create(name);
  if (task === 'warm') {
    out.inputs = {};
    for (const input of Object.values(INPUTS)) {
      if (name !== 'keurmerk' && input.suite === 'VC-JWT') {
        out.inputs[input.key] = { verdict: { cls: 'n/a', why: 'no VC-JWT support' } };
        continue;
      }
      const text = textByKey(input.key);
      const first = await v.verify(text);
      out.inputs[input.key] = { verdict: first, ...await time(() => v.verify(text)) };
    }
  } else if (task === 'batch') {
    const texts = Object.fromEntries(BATCH_KEYS.map((k) => [k, textByKey(k)]));
    await v.verify(texts.rdfc); // warm the verifier once, as a page would after loading
    const keys = batchKeys();
    const tally = {};
    const t0 = performance.now();
    for (const k of keys) {
      const r = await v.verify(texts[k]);
      tally[r.cls] = (tally[r.cls] ?? 0) + 1;
    }
    out.batch_ms = performance.now() - t0;
    out.tally = tally;
  }
  out.requests = v.requests?.length;
}
const mem = process.memoryUsage();
out.max_rss_mb = process.resourceUsage().maxRSS / 1024;
out.heap_used_mb = mem.heapUsed / 2 ** 20;
out.external_mb = mem.external / 2 ** 20;
console.log(JSON.stringify(out));
