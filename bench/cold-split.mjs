// Where the time of a first visit goes (bench/cold-split.html), served no-store, in fresh
// browsers: the package's JavaScript modules, when the wasm is asked for and has arrived, ready
// (compiled and instantiated), the first verification and a second one. `node bench/cold-split.mjs
// [runs]`; prints a Markdown table of medians (ranges).
import { fresh } from './fresh.mjs';
import { serve } from './server.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const server = await serve({ cache: false });
const rows = [];
try {
  for (let i = 0; i < RUNS; i++) {
    rows.push(await fresh(async (page) => {
      await page.goto(`${server.url}/bench/cold-split.html`);
      return (await page.waitForFunction(() => window.__split ?? null, null, { timeout: 60000 })).jsonValue();
    }));
  }
} finally {
  await server.close();
}
const med = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const col = (k, digits = 0) => {
  const xs = rows.map((r) => r[k]).filter((x) => typeof x === 'number');
  return xs.length ? `${med(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})` : '—';
};
console.log(`Chromium, no-store, ${RUNS} fresh browsers; ms from before \`import('pkg/index.js')\`, medians (range); verdicts: ${[...new Set(rows.map((r) => r.verdict))].join(', ')}.\n`);
console.log('| modules imported | wasm asked for | wasm arrived | ready | first verification | a second one |');
console.log('|---:|---:|---:|---:|---:|---:|');
console.log(`| ${col('imported')} | ${col('wasm_requested')} | ${col('wasm_arrived')} | ${col('ready')} | ${col('first')} | ${col('second', 1)} |`);
