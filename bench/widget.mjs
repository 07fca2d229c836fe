// 1,000 credentials dropped at once, end to end, three ways (browser-run.mjs runs this page):
//   1. <keurmerk-verifier> (pkg/keurmerk-verifier.js): verifyFiles(1,000 Files) until every result is
//      rendered and keurmerk-done has fired — the widget's worker does the verifying;
//   2. its worker alone (pkg/worker.js, the message protocol of its header): no rendering;
//   3. the npm package on the main thread, for comparison: what the worker keeps off the UI thread.
// While each runs, a requestAnimationFrame loop records the longest gap between frames and a
// PerformanceObserver the long tasks (> 50 ms) of the main thread: "the UI stays responsive".
// ?n=1000&widget=1&worker=1 (browser-run.mjs sets widget/worker to 0 for files that do not exist).
import { INPUT_LIST, NOW, batchKeys, BATCH_KEYS } from './inputs.mjs';

const q = new URLSearchParams(location.search);
const N = Number(q.get('n') ?? 1000);
const text = (p) => fetch(p).then((r) => { if (!r.ok) throw new Error(`${p}: ${r.status}`); return r.text(); });
const manifest = JSON.parse(await text('../tests/vectors/external/MANIFEST.json'));
const documents = Object.fromEntries(await Promise.all(Object.entries(manifest.resolution).map(async ([u, p]) => [u, await text(`../tests/vectors/external/${p}`)])));
const texts = Object.fromEntries(await Promise.all(INPUT_LIST.map(async (i) => [i.key, await text(`../tests/vectors/${i.file}`)])));
const keys = batchKeys(N);
const now = Date.parse(NOW);
const cls = (v) => (v === 'verified' || v === 'issuer_unknown' ? 'valid' : v === 'indeterminate' ? 'error' : 'invalid');
const tallyOf = (verdicts) => verdicts.reduce((t, v) => ({ ...t, [cls(v)]: (t[cls(v)] ?? 0) + 1 }), {});

/** Runs fn while watching the main thread; returns its timing and responsiveness figures. */
async function watched(fn) {
  // Settle first: the task that prepared the input (1,000 File objects) must end, and be over,
  // before the observer starts, or its own long task is counted against what is measured.
  await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const longTasks = [];
  const obs = new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); });
  try { obs.observe({ type: 'longtask' }); } catch { /* not supported */ }
  let last = performance.now();
  let maxGap = 0;
  let running = true;
  const frame = (t) => { maxGap = Math.max(maxGap, t - last); last = t; if (running) requestAnimationFrame(frame); };
  await new Promise((r) => requestAnimationFrame((t) => { last = t; r(); }));
  requestAnimationFrame(frame);
  const t0 = performance.now();
  const verdicts = await fn();
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))); // results painted
  const ms = performance.now() - t0;
  running = false;
  maxGap = Math.max(maxGap, performance.now() - last);
  await new Promise((r) => setTimeout(r, 50));
  obs.disconnect();
  return { available: true, ms, tally: tallyOf(verdicts), max_frame_gap_ms: maxGap, long_tasks: longTasks.length, tbt_ms: longTasks.reduce((s, d) => s + Math.max(0, d - 50), 0) };
}

const rows = [];
const unavailable = (path, reason) => rows.push({ path, available: false, reason });

// 1. the widget
if (q.get('widget') === '1') {
  try {
    await import('../pkg/keurmerk-verifier.js');
    const el = document.createElement('keurmerk-verifier');
    document.querySelector('#host').append(el);
    el.documents = documents;
    el.now = NOW;
    await el.ready;
    await el.verifyText(texts.rdfc, 'warm-up.json'); // worker started, wasm compiled, first verification done
    el.clear?.();
    const files = keys.map((k, i) => new File([texts[k]], `credential-${i + 1}.json`, { type: 'application/json' }));
    rows.push({ path: '`<keurmerk-verifier>` verifyFiles (worker + rendering)', ...await watched(async () => {
      const done = new Promise((r) => el.addEventListener('keurmerk-done', r, { once: true }));
      const reports = await el.verifyFiles(files);
      await done;
      return reports.map((r) => r?.verdict);
    }) });
  } catch (e) { unavailable('`<keurmerk-verifier>`', `failed: ${e?.message ?? e}`); }
} else unavailable('`<keurmerk-verifier>`', 'pkg/keurmerk-verifier.js does not exist');

// 2. its worker alone
if (q.get('worker') === '1') {
  try {
    const worker = new Worker(new URL('../pkg/worker.js', import.meta.url), { type: 'module' });
    let id = 0;
    const call = (msg, onResults) => new Promise((resolve, reject) => {
      const my = ++id;
      const on = (e) => {
        const m = e.data;
        if (m?.id !== my) return;
        if (m.type === 'results') onResults?.(m.results);
        else if (m.type === 'error') { worker.removeEventListener('message', on); reject(new Error(m.message)); } else { worker.removeEventListener('message', on); resolve(m); }
      };
      worker.addEventListener('message', on);
      worker.postMessage({ ...msg, id: my });
    });
    await call({ type: 'config', config: { documents } });
    await call({ type: 'verify', now, items: [{ key: 0, data: texts.rdfc }] });
    rows.push({ path: '`pkg/worker.js` alone (no rendering)', ...await watched(async () => {
      const verdicts = [];
      await call({ type: 'verify', now, items: keys.map((k, i) => ({ key: i, data: texts[k] })) }, (results) => { for (const r of results) verdicts.push(r.report.verdict); });
      return verdicts;
    }) });
    worker.terminate();
  } catch (e) { unavailable('`pkg/worker.js` alone', `failed: ${e?.message ?? e}`); }
} else unavailable('`pkg/worker.js` alone', 'pkg/worker.js does not exist');

// 3. the npm package on the main thread
{
  const { Verifier } = await import('../pkg/index.js');
  const v = await Verifier.create({ documents });
  const enc = new TextEncoder();
  await v.verify(enc.encode(texts.rdfc), { now });
  rows.push({ path: 'npm package on the main thread (no worker; for comparison)', ...await watched(async () => {
    const verdicts = [];
    for (const k of keys) verdicts.push((await v.verify(enc.encode(texts[k]), { now })).verdict);
    return verdicts;
  }) });
}

window.__bench = { n: N, mix: `${N / BATCH_KEYS.length} × each of ${BATCH_KEYS.join(', ')}`, rows };
document.querySelector('#out').textContent = JSON.stringify(window.__bench, null, 2);
