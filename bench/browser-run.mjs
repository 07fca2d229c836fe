// Runs the Chromium benchmarks: bench/browser.html once per verifier for the full set and
// BENCH_COLD more times for the cold start, then bench/widget.html (1,000 credentials through the
// <keurmerk-verifier> widget and its worker), then bench/browser-ecdsa.html once per verifier (the
// ECDSA and RSA inputs, warm; it loads out/digitalbazaar-ecdsa.js and out/jose.js: run bundle.mjs
// first). Every page gets a fresh browser with a fresh profile (Debian's /usr/bin/chromium through
// playwright-core). Peak JS heap is sampled through CDP while a page runs. Prints the tables of
// docs/benchmarks.md and writes out/browser.json and out/browser-ecdsa.json. Env as node.mjs,
// BENCH_ONLY (ed25519 or ecdsa) included.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { PKG_DIR, INPUTS, BATCH_SIZE } from './common.mjs';
import { NAMES, LABEL, ECDSA_NAMES } from './verifiers.mjs';
import { printEcdsaTable } from './ecdsa-table.mjs';
import { fmtUs, fmtMs, ratio, median } from './format.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 1000);
const MAX_S = Number(process.env.BENCH_MAX_S ?? 8);
const COLD = Number(process.env.BENCH_COLD ?? 5);
const ONLY = process.env.BENCH_ONLY;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage', '--enable-precise-memory-info',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'];

const server = await serve();
let version = '';

/** Opens `path` in a fresh browser, samples the JS heap through CDP until window.__bench is set. */
async function runPage(path, { timeout = 600000 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'keurmerk-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ARGS,
  });
  try {
    version = context.browser()?.version() ?? version;
    const page = context.pages()[0] ?? (await context.newPage());
    const external = [];
    const errors = [];
    page.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) external.push(r.url()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${server.url}/bench/${path}`);
    let peakHeap = 0;
    const start = Date.now();
    let result = null;
    while (!result) {
      if (Date.now() - start > timeout) throw new Error(`${path}: timed out; errors: ${errors.join('; ')}`);
      if (errors.length && !(await page.evaluate(() => !!window.__bench))) throw new Error(`${path}: ${errors.join('; ')}`);
      try {
        const { metrics } = await cdp.send('Performance.getMetrics');
        peakHeap = Math.max(peakHeap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      } catch { /* page busy navigating */ }
      result = await page.evaluate(() => window.__bench ?? null).catch(() => null);
      if (!result) {
        await cdp.send('HeapProfiler.collectGarbage').catch(() => {}); // lets measureUserAgentSpecificMemory resolve
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    return { ...result, peak_js_heap: peakHeap, external_requests: external.length, errors };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const res = {};
const ecdsa = {};
try {
  if (ONLY !== 'ecdsa') {
    for (const name of NAMES) {
      process.stderr.write(`[chromium] ${name}: cold × ${COLD} … `);
      const cold = [];
      for (let i = 0; i < COLD; i++) cold.push(await runPage(`browser.html?verifier=${name}&task=cold`));
      process.stderr.write('full\n');
      const full = await runPage(`browser.html?verifier=${name}&task=full&runs=${RUNS}&maxs=${MAX_S}`);
      res[name] = { full, cold: { ready_ms: median(cold.map((c) => c.ready_ms)), first_ms: median(cold.map((c) => c.first_ms)), cold_ms: median(cold.map((c) => c.cold_ms)), runs: cold.map((c) => c.cold_ms) } };
    }
    const widgetAvailable = ['keurmerk-verifier.js', 'worker.js'].map((f) => existsSync(join(PKG_DIR, f)));
    process.stderr.write(`[chromium] widget (${widgetAvailable.every(Boolean) ? 'available' : 'not available'})\n`);
    res.widget = widgetAvailable.some(Boolean)
      ? await runPage(`widget.html?n=${BATCH_SIZE}&widget=${widgetAvailable[0] ? 1 : 0}&worker=${widgetAvailable[1] ? 1 : 0}`)
      : { available: false, reason: 'pkg/keurmerk-verifier.js and pkg/worker.js do not exist' };
  }
  if (ONLY !== 'ed25519') {
    for (const name of ECDSA_NAMES) {
      process.stderr.write(`[chromium] ${name}: ECDSA/RSA warm\n`);
      ecdsa[name] = await runPage(`browser-ecdsa.html?verifier=${name}&runs=${RUNS}&maxs=${MAX_S}`);
    }
  }
} finally {
  await server.close();
}
mkdirSync(new URL('out/', import.meta.url), { recursive: true });
const write = (file, json) => writeFileSync(new URL(`out/${file}`, import.meta.url), JSON.stringify({ chromium: version, ...json }, null, 1));
if (ONLY !== 'ecdsa') {
  write('browser.json', res);
  printEd25519();
}
if (ONLY !== 'ed25519') {
  write('browser-ecdsa.json', ecdsa);
  const k = ecdsa.keurmerk;
  console.log();
  console.log(`ECDSA and RSA (issue 16), Chromium ${version} headless, secure context: ${k.isSecureContext}, crypto.subtle: ${k.subtle}, cross-origin isolated (5 µs timer): ${k.crossOriginIsolated}; warm = median / p95 (runs) over up to ${RUNS} runs (peers: at most ${MAX_S} s per cell); a verifier is timed on an input only if it calls it valid and a tampered copy not; ratio = Keurmerk / peer`);
  console.log();
  printEcdsaTable(ecdsa);
}

/** The Ed25519 tables: warm per input, cold start, batch and memory, the widget. */
function printEd25519() {
  const K = res.keurmerk;
  const MB = (b) => (b == null ? '—' : `${(b / 2 ** 20).toFixed(1)} MB`);
  console.log(`Chromium ${version} headless, cross-origin isolated page (5 µs timer): ${K.full.crossOriginIsolated}; warm = median / p95 over up to ${RUNS} runs (peers: at most ${MAX_S} s per cell); ratio = Keurmerk / peer`);
  console.log();
  console.log(`| input | ${NAMES.map((n) => LABEL[n]).join(' | ')} | ratio vs DB | ratio vs verifier-core |`);
  console.log(`|---|${NAMES.map(() => '---').join('|')}|---|---|`);
  for (const input of Object.values(INPUTS)) {
    const cells = NAMES.map((n) => {
      const w = res[n].full.inputs[input.key];
      if (w.verdict.cls !== 'valid') return { text: `— (${String(w.verdict.why).replace(/\|/g, '/').slice(0, 60)})`, ok: false };
      return { text: `${fmtUs(w.median)} / ${fmtUs(w.p95)}`, ok: true, median: w.median };
    });
    const r = (i) => (cells[0].ok && cells[i].ok ? ratio(cells[0].median, cells[i].median) : '—');
    console.log(`| ${input.name} | ${cells.map((c, i) => (i === 0 ? `**${c.text}**` : c.text)).join(' | ')} | ${r(1)} | ${r(2)} |`);
  }
  console.log();
  console.log(`Ready = import + compile + initialise in a fresh browser; first = the first verification (own did:key eddsa-rdfc-2022 badge); medians of ${COLD} fresh browsers. Batch = ${BATCH_SIZE} JSON-LD credentials on the main thread. Peak JS heap sampled through CDP (Performance.getMetrics) during the full run.`);
  console.log();
  console.log('| verifier | ready | first verification | ready + first | batch of 1,000 | batch verdicts | peak JS heap | wasm memory | whole page (measureUserAgentSpecificMemory) | network requests |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const n of NAMES) {
    const x = res[n];
    const tally = Object.entries(x.full.batch_tally).map(([k, v]) => `${v} ${k}`).join(', ');
    const attempted = x.full.requestsAttempted ? ` (its fetch shim saw ${x.full.requestsAttempted} fetches over the run)` : '';
    console.log(`| ${LABEL[n]} | ${fmtMs(x.cold.ready_ms)} | ${fmtMs(x.cold.first_ms)} | ${fmtMs(x.cold.cold_ms)} | ${fmtMs(x.full.batch_ms)} | ${tally} | ${MB(x.full.peak_js_heap)} | ${MB(x.full.wasm_memory_bytes)} | ${MB(x.full.ua_memory_bytes)} | ${x.full.external_requests}${attempted} |`);
  }
  console.log();
  for (const n of NAMES.slice(1)) {
    console.log(`ratio Keurmerk / ${LABEL[n]}: ready + first ${ratio(K.cold.cold_ms, res[n].cold.cold_ms)}, batch ${ratio(K.full.batch_ms, res[n].full.batch_ms)}`);
  }
  console.log(`(ready + first per fresh browser, ms: ${NAMES.map((n) => `${LABEL[n]} ${res[n].cold.runs.map((x) => x.toFixed(0)).join('/')}`).join('; ')})`);
  console.log();
  const w = res.widget;
  if (!w || w.available === false) {
    console.log(`1,000 credentials through <keurmerk-verifier>: not available (${w?.reason ?? 'no result'})`);
  } else {
    console.log(`${w.n} credentials dropped at once (${w.mix}), end to end, on a warm page (worker started and configured):`);
    console.log();
    console.log('| path | total | per credential | verdicts | longest main-thread frame gap | long tasks (> 50 ms) | total blocking time |');
    console.log('|---|---|---|---|---|---|---|');
    for (const row of w.rows) {
      if (!row.available) { console.log(`| ${row.path} | not available (${row.reason}) | | | | | |`); continue; }
      const tally = Object.entries(row.tally).map(([k, v]) => `${v} ${k}`).join(', ');
      console.log(`| ${row.path} | ${fmtMs(row.ms)} | ${fmtUs((row.ms * 1000) / w.n)} | ${tally} | ${fmtMs(row.max_frame_gap_ms)} | ${row.long_tasks} | ${fmtMs(row.tbt_ms)} |`);
    }
  }
}
