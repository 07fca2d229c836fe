// Runs bench/browser.html in headless Chromium (Debian's) and prints its figures.
import { chromium } from 'playwright-core';
import { serve } from '../tests/e2e/server.mjs';

const server = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'],
});
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/bench/browser.html?runs=${process.env.BENCH_RUNS ?? 1000}`);
  await page.waitForFunction(() => window.__bench, null, { timeout: 120000 });
  const b = await page.evaluate(() => window.__bench);
  const version = browser.version();
  console.log(`Chromium ${version}, input: 1EdTech Open Badge (eddsa-rdfc-2022), warm runs: ${b.runs}`);
  console.log('| verifier | verdict | warm median | warm p95 | warm mean (batch) | cold (import + compile + first verify) |');
  console.log('|---|---|---|---|---|---|');
  console.log(`| Keurmerk (wasm, pkg/) | ${b.verdict} | ${b.warm_median_us.toFixed(0)} µs | ${b.warm_p95_us.toFixed(0)} µs | ${b.warm_mean_batch_us.toFixed(0)} µs | ${b.cold_ms.toFixed(1)} ms |`);
} finally {
  await browser.close();
  await server.close();
}
