// Where Keurmerk's time goes on the ECDSA and RSA inputs, in Node and in headless Chromium: the
// steps of `verify()` (pkg/index.js) timed one by one on the package's own modules — pass 1 of the
// wasm (`verifyDeferred` with no answers: the report so far and the signatures it asks for),
// webcrypto.js answering them with crypto.subtle (imported keys kept, as in `verify`), pass 2 (the
// same with the answers) — beside one `verifySync` pass. Medians in µs of N rounds, each round the
// four in that order. A diagnostic for docs/benchmarks.md, not part of bench/run.sh.
// usage: node bench/ecdsa-split.mjs [N=500]   (BENCH_PKG as the other scripts)
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { PKG_DIR, nextWave, ECDSA_INPUTS, ECDSA_NOW, ecdsaText } from './common.mjs';
import { serve } from './server.mjs';

const N = Number(process.argv[2] ?? 500);

/** Runs in Node and in the page: the medians per input. Self-contained (page.evaluate sends its source). */
async function split({ base, wasm, documents, inputs, now, n }) {
  const glue = await import(`${base}/keurmerk_core.js`);
  await glue.default(wasm ? { module_or_path: wasm } : undefined);
  const { WebCrypto } = await import(`${base}/webcrypto.js`);
  const config = { documents, trustLists: [], trustAnchors: [], policy: { requireStatus: false, allowUndefinedTerms: false } };
  const raw = new glue.Verifier(JSON.stringify(config));
  const platform = new WebCrypto();
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const out = {};
  for (const { key, text } of inputs) {
    const bytes = new TextEncoder().encode(text);
    const t = { one_pass: [], pass1: [], webcrypto: [], pass2: [] };
    let verdict;
    for (let i = 0; i < n; i++) {
      let s = performance.now();
      raw.verify(bytes, now);
      t.one_pass.push(performance.now() - s);
      s = performance.now();
      const { asked } = raw.verifyDeferred(bytes, now, '[]');
      t.pass1.push(performance.now() - s);
      s = performance.now();
      const answers = await platform.answer(asked);
      t.webcrypto.push(performance.now() - s);
      s = performance.now();
      verdict = raw.verifyDeferred(bytes, now, JSON.stringify(answers)).report.verdict;
      t.pass2.push(performance.now() - s);
    }
    out[key] = { verdict, ...Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v) * 1000])) };
  }
  return out;
}

const args = {
  documents: nextWave.documents, now: Date.parse(ECDSA_NOW), n: N,
  inputs: ECDSA_INPUTS.map((i) => ({ key: i.key, text: ecdsaText(i.key) })),
};
const node = await split({ ...args, base: pathToFileURL(PKG_DIR).href, wasm: readFileSync(`${PKG_DIR}/keurmerk_core_bg.wasm`) });

const server = await serve();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
let chrome;
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/bench/package.json`); // any document of the origin: a secure, cross-origin isolated context
  if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('the page is not cross-origin isolated (100 µs timer)');
  chrome = await page.evaluate(split, { ...args, base: `${server.url}/pkg` });
} finally {
  await browser.close();
  await server.close();
}
const f = (x) => x.toFixed(0);
console.log(`Keurmerk's verify() step by step, medians of ${N} rounds (µs): one verifySync pass beside pass 1, WebCrypto and pass 2 (Node ${process.version}; Chromium ${browser.version()}, cross-origin isolated)`);
console.log();
console.log('| input | verdict (Node / Chromium) | Node: verifySync | Node: pass 1 | Node: WebCrypto | Node: pass 2 | Chromium: verifySync | Chromium: pass 1 | Chromium: WebCrypto | Chromium: pass 2 |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const i of ECDSA_INPUTS) {
  const a = node[i.key]; const b = chrome[i.key];
  console.log(`| ${i.name} | ${a.verdict} / ${b.verdict} | ${f(a.one_pass)} | ${f(a.pass1)} | ${f(a.webcrypto)} | ${f(a.pass2)} | ${f(b.one_pass)} | ${f(b.pass1)} | ${f(b.webcrypto)} | ${f(b.pass2)} |`);
}
