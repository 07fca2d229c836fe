// What the demo page (www/) fetches before its first verdict, as the budget of issue 20 counts it:
// the scripts and wasm (widget included) between navigation and the first `keurmerk-result`, each
// file's bytes gzip -9 (as a server would send them; the bench server sends them plain). Twice: a
// JCS credential, then, on a fresh page, the 1EdTech eddsa-rdfc-2022 one. Files the full module
// brings (ECDSA/RSA) are not fetched for these. `node bench/first-bytes.mjs`; prints a Markdown table.
import { chromium } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { serve } from './server.mjs';

const ROOT = new URL('../', import.meta.url);
const INPUTS = [
  ['own eddsa-jcs-2022 (jcs-valid.json)', 'tests/vectors/own/jcs-valid.json'],
  ['1EdTech eddsa-rdfc-2022', 'tests/vectors/external/1edtech-ob-spec/ldp-test-vector/signed.json'],
];
// The engine: the core module and what index.js imports; the rest is the widget's UI.
const ENGINE = /\/pkg\/(keurmerk_core(_bg\.wasm|\.js)|index\.js|languages\.js|lang\/[a-z]+\.js)$/;

const server = await serve();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const rows = [];
try {
  for (const [name, file] of INPUTS) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched = []; // [url, gzip bytes]
    let counting = true;
    const onResponse = async (res) => {
      const url = res.url();
      if (!counting || !/\.(m?js|wasm)$/.test(new URL(url).pathname)) return;
      const body = await res.body().catch(() => null);
      // each file once: the worker asks for index.js's imports again, which a cacheable site serves from cache
      if (body && !fetched.some(([u]) => u === url)) fetched.push([url, gzipSync(body, { level: 9 }).length]);
    };
    page.on('response', onResponse);
    await page.goto(`${server.url}/www/index.html?lang=en`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
    const text = (await readFile(new URL(file, ROOT))).toString();
    await page.evaluate((t) => new Promise((resolve) => {
      const el = document.querySelector('keurmerk-verifier');
      el.addEventListener('keurmerk-result', resolve, { once: true });
      el.verifyText(t, 'x.json');
    }), text);
    counting = false;
    await page.waitForTimeout(100); // responses already under way are counted
    const sum = (re) => fetched.filter(([u]) => re(u)).reduce((s, [, n]) => s + n, 0);
    rows.push({
      name,
      engine: sum((u) => ENGINE.test(u)),
      ui: sum((u) => !ENGINE.test(u) && u.includes('/pkg/')),
      page: sum((u) => !u.includes('/pkg/')),
      files: fetched.map(([u]) => u.replace(/^.*\/(pkg|www)\//, '$1/')).sort(),
    });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const kb = (n) => `${n.toLocaleString('en-GB')} B`;
console.log('| first verdict of | engine (core wasm + glue + index.js + words) | widget UI (element, worker, its words) | demo page script | total |');
console.log('|---|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.name} | ${kb(r.engine)} | ${kb(r.ui)} | ${kb(r.page)} | ${kb(r.engine + r.ui + r.page)} |`);
console.log(`\nFiles (the same for both): ${rows[0].files.join(', ')}`);
