// One verifier in a fresh headless Chromium page (browser-run.mjs starts one browser per page):
//   ?verifier=keurmerk|digitalbazaar|verifier-core  &task=cold|full  &runs=1000  &maxs=8
// cold: import + compile/initialise ("ready") and the first verification, nothing else.
// full: also warm verification per input (median, p95), the 1,000-credential batch on the main
// thread, and memory. Inputs are fetched before the clock starts. Results go to window.__bench.
import { INPUT_LIST, NOW, COLD_KEY, BATCH_KEYS, WARMUP_RUNS, batchKeys, stats } from './inputs.mjs';

const q = new URLSearchParams(location.search);
const which = q.get('verifier') ?? 'keurmerk';
const task = q.get('task') ?? 'full';
const RUNS = Number(q.get('runs') ?? 1000);
const MAX_MS = Number(q.get('maxs') ?? 8) * 1000;
const status = (s) => { document.querySelector('#out').textContent = s; };

const text = (p) => fetch(p).then((r) => { if (!r.ok) throw new Error(`${p}: ${r.status}`); return r.text(); });
const manifest = JSON.parse(await text('../tests/vectors/external/MANIFEST.json'));
const resolution = Object.fromEntries(await Promise.all(Object.entries(manifest.resolution).map(async ([u, p]) => [u, await text(`../tests/vectors/external/${p}`)])));
const texts = Object.fromEntries(await Promise.all(INPUT_LIST.map(async (i) => [i.key, await text(`../tests/vectors/${i.file}`)])));
const now = Date.parse(NOW);
const out = { verifier: which, task, crossOriginIsolated, timerResolutionHint: crossOriginIsolated ? '5 µs' : '100 µs' };

// ── ready: import + compile + initialise ─────────────────────────────────────
let verify; // (text) => {cls, why} | Promise<{cls, why}>
let wasmMemory = null;
const t0 = performance.now();
if (which === 'keurmerk') {
  const { Verifier } = await import('../pkg/index.js');
  const v = await Verifier.create({ documents: resolution });
  const enc = new TextEncoder();
  verify = async (t) => classifyKeurmerk(await v.verify(enc.encode(t), { now }));
  // the glue's init returns the instance's exports once initialised: its memory is the wasm heap
  wasmMemory = (await (await import('../pkg/keurmerk_core.js')).default()).memory;
} else {
  const mod = await import(`./out/${which}.js`);
  const v = await mod.makeVerifier({ contexts: mod.contexts, resolution });
  out.requestsAttempted = v.requests;
  verify = async (t) => {
    let doc;
    try { doc = JSON.parse(t); } catch { return { cls: 'invalid', why: 'JSON.parse fails' }; }
    return mod.classify(await v.verify(doc, { now: NOW }));
  };
}
out.ready_ms = performance.now() - t0;
const t1 = performance.now();
out.first = await verify(texts[COLD_KEY]);
out.first_ms = performance.now() - t1;
out.cold_ms = performance.now() - t0;

function classifyKeurmerk(report) {
  const v = report.verdict;
  return { cls: v === 'verified' || v === 'issuer_unknown' ? 'valid' : v === 'indeterminate' ? 'error' : 'invalid', why: v };
}

if (task === 'full') {
  out.inputs = {};
  for (const input of INPUT_LIST) {
    status(`${which}: ${input.name}`);
    if (which !== 'keurmerk' && input.suite === 'VC-JWT') { out.inputs[input.key] = { verdict: { cls: 'n/a', why: 'no VC-JWT support' } }; continue; }
    const t = texts[input.key];
    const verdict = await verify(t);
    const w0 = performance.now();
    for (let i = 0; i < Math.min(WARMUP_RUNS, RUNS) && performance.now() - w0 < MAX_MS / 2; i++) await verify(t);
    const times = [];
    const start = performance.now();
    for (let i = 0; i < RUNS && (i < 50 || performance.now() - start < MAX_MS); i++) {
      const s = performance.now();
      await verify(t);
      times.push((performance.now() - s) * 1000);
    }
    out.inputs[input.key] = { verdict, ...stats(times) };
    await new Promise((r) => setTimeout(r, 0)); // let the runner sample memory
  }
  status(`${which}: batch`);
  const tally = {};
  const b0 = performance.now();
  for (const k of batchKeys()) {
    const r = await verify(texts[k]);
    tally[r.cls] = (tally[r.cls] ?? 0) + 1;
  }
  out.batch_ms = performance.now() - b0;
  out.batch_tally = tally;
  out.batch_keys = BATCH_KEYS;
  if (wasmMemory) out.wasm_memory_bytes = wasmMemory.buffer.byteLength;
  out.js_heap_used = performance.memory?.usedJSHeapSize;
  if (crossOriginIsolated && performance.measureUserAgentSpecificMemory) {
    try {
      // resolves at the next garbage collection; the runner forces one through CDP
      const m = await Promise.race([performance.measureUserAgentSpecificMemory(), new Promise((r) => setTimeout(() => r(null), 20000))]);
      out.ua_memory_bytes = m?.bytes ?? null;
    } catch (e) { out.ua_memory_error = String(e); }
  }
}
if (Array.isArray(out.requestsAttempted)) out.requestsAttempted = out.requestsAttempted.length;
window.__bench = out;
status(JSON.stringify(out, null, 2));
