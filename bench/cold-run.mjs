// Cold start of the npm package in Chromium (bench/browser.html?task=cold: import + compile +
// instantiate, then the first verification of the cold input), two ways: files served `no-store`
// in a fresh browser (the worst case, every visit compiles), and served cacheably, measured on a
// second visit in the same browser profile (a returning reader: Chromium's code cache holds the
// compiled wasm). `node bench/cold-run.mjs [runs]`; prints a Markdown table.
import { fresh } from './fresh.mjs';
import { serve } from './server.mjs';

const RUNS = Number(process.argv[2] ?? 5);

async function visit(page, url) {
  await page.goto(url);
  return page.waitForFunction(() => window.__bench ?? null, null, { timeout: 60000 }).then((h) => h.jsonValue());
}

const results = { 'no-store, first visit': [], 'cacheable, second visit': [] };
for (const cache of [false, true]) {
  const server = await serve({ cache });
  try {
    for (let i = 0; i < RUNS; i++) {
      await fresh(async (page) => {
        const url = `${server.url}/bench/browser.html?verifier=keurmerk&task=cold`;
        let r = await visit(page, url);
        if (cache) {
          await page.goto('about:blank');
          await new Promise((res) => setTimeout(res, 1500)); // the code cache is written after a while
          r = await visit(page, url);
        }
        results[cache ? 'cacheable, second visit' : 'no-store, first visit'].push(r);
      });
    }
  } finally {
    await server.close();
  }
}
const med = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`Chromium, ${RUNS} fresh browsers each; medians (range) in ms.\n`);
console.log('| serving | ready (import + compile + instantiate) | first verification | ready + first |');
console.log('|---|---:|---:|---:|');
for (const [name, rs] of Object.entries(results)) {
  const col = (k) => { const xs = rs.map((r) => r[k]); return `${med(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`; };
  console.log(`| ${name} | ${col('ready_ms')} | ${col('first_ms')} | ${col('cold_ms')} |`);
}
