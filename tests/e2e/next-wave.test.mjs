// The next-wave vectors of issue 16 in headless Chromium: the npm package on a page served from
// http://127.0.0.1 (a secure context, so WebCrypto checks ECDSA and RSA) gets the verdicts of
// tests/next_wave.rs without a network request; on a page of another origin over plain http (no
// secure context, no crypto.subtle) an ES256 credential is indeterminate and says why; and a
// recruiter dropping an ES256 credential on the demo reads what it is. Screenshots in test-results/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

import { start, drop, waitForResults, newest, clearResults, file, SHOTS, W } from './helpers.mjs';
import { CHECKED, DIR, codes, configFor, judge, key, manifest, mapping } from '../js/next-wave-vectors.mjs';

const PACKAGE = '/tests/e2e/fixtures/package.html';

// What verification may fetch: nothing but Keurmerk's own full module (and the English lines of faults), once, the first time a
// credential needs ECDSA or RSA (pkg/index.js initFull); never anything a credential names.
const FULL_MODULE = /\/pkg\/(keurmerk_full\.js|keurmerk_full_bg\.wasm|webcrypto\.js|lang\/[a-z]{2}-faults\.js)$/;
function onlyTheFullModule(requests) {
  const foreign = requests.filter((url) => !(url.startsWith(env.server.url) && FULL_MODULE.test(new URL(url).pathname)));
  assert.deepEqual(foreign, [], 'verification fetched something other than Keurmerk\'s own full module');
  assert.equal(new Set(requests).size, requests.length, 'the full module is fetched once');
}
let env;

before(async () => {
  env = await start();
});

after(async () => env?.close());

// Fetches the vectors into the page (window.__vectors) and builds window.__verifier.
// A vector with resolution_overrides (OB 2.0 hosted scenarios) gets a verifier of its own
// (window.__own[key]), as a host's resolver would answer for it.
async function load(page, m) {
  const own = {};
  for (const v of m.vectors) if (v.resolution_overrides) own[key(v)] = await configFor(m, v);
  await page.evaluate(async ({ dir, entries, documents, own }) => {
    window.__vectors = {};
    for (const [k, path] of entries) window.__vectors[k] = new Uint8Array(await (await fetch(`/${dir}${path}`)).arrayBuffer());
    window.__verifier = await window.keurmerk.Verifier.create({ documents });
    window.__own = {};
    for (const [k, config] of Object.entries(own)) window.__own[k] = await window.keurmerk.Verifier.create(config);
  }, { dir: DIR, entries: m.vectors.map((v) => [key(v), v.path]), documents: m.documents, own });
}

test('every next-wave vector of these formats gets the mapped verdict in Chromium, fetching nothing but the full module', async () => {
  const { map } = await mapping();
  const m = await manifest();
  const page = await env.open(PACKAGE);
  assert.deepEqual(await page.evaluate(() => [window.isSecureContext, typeof crypto.subtle?.verify]), [true, 'function']);
  await load(page, m);
  const requestsBefore = env.requests.length;
  const reports = await page.evaluate(async ({ now }) => {
    const out = {};
    for (const [k, bytes] of Object.entries(window.__vectors)) out[k] = await (window.__own[k] ?? window.__verifier).verify(bytes, { now });
    return out;
  }, { now: m.now });
  onlyTheFullModule(env.requests.slice(requestsBefore));
  const verdicts = Object.fromEntries(Object.entries(reports).map(([p, r]) => [p, { verdict: r.verdict, codes: codes(r) }]));
  assert.equal(m.vectors.length, CHECKED);
  assert.equal(Object.keys(verdicts).length, CHECKED);
  const { failures, nowPassing } = judge(map, m, verdicts);
  assert.deepEqual(failures, [], `${failures.length} of ${CHECKED} differ`);
  assert.deepEqual(nowPassing, [], 'pending no longer');
  assert.deepEqual(Object.entries(verdicts).filter(([, r]) => r.codes.includes('signature_not_checked')).map(([p]) => p), []);
  await page.close();
});

test('without a secure context there is no WebCrypto: an ES256 credential is indeterminate, and says why', async () => {
  // Another origin over plain http: keurmerk.example, resolved to this server. Not localhost, so
  // the page is no secure context, and Chromium gives it no crypto.subtle.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      '--host-resolver-rules=MAP keurmerk.example 127.0.0.1 , MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const origin = env.server.url.replace('127.0.0.1', 'keurmerk.example');
    await page.goto(`${origin}${PACKAGE}`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
    assert.deepEqual(await page.evaluate(() => [window.isSecureContext, typeof crypto.subtle]), [false, 'undefined']);
    const jwt = (await file(`${DIR}constructed/jose/es256-did-jwk.jwt`)).toString('utf8');
    const report = await page.evaluate(async (text) => (await window.keurmerk.Verifier.create()).verify(text, { now: '2026-12-01T00:00:00Z' }), jwt);
    assert.equal(report.verdict, 'indeterminate');
    const deciding = report.checks[report.deciding];
    assert.deepEqual([deciding.id, deciding.code], ['proof', 'signature_not_checked']);
    assert.match(deciding.detail, /^JWS ES256 \(P-256\): no WebCrypto in this page: it needs a secure context \(https or localhost\)$/);
    // the answerer's words are a line of the catalogue: said in the reader's language too
    assert.deepEqual(deciding.facts, { line: 'webcrypto_insecure', args: {}, about: ['JWS ES256 (P-256)'] });
    const german = await page.evaluate(async (check) => { await window.keurmerk.loadLanguage('de'); await window.keurmerk.loadFaultLines('de'); return window.keurmerk.detailLine(check, 'de'); }, deciding);
    assert.equal(german, 'JWS ES256 (P-256): kein WebCrypto auf dieser Seite: dafür ist ein sicherer Kontext nötig (https oder localhost)');
    // an Ed25519 credential needs no WebCrypto, and verifies there all the same
    const eddsa = (await file(`${DIR}w3c-vc-jose-cose-test-suite/credential-issuer-match-signed.txt`)).toString('utf8');
    const documents = (await manifest()).documents;
    const r = await page.evaluate(async ({ text, documents }) => (await window.keurmerk.Verifier.create({ documents })).verify(text, { now: '2026-12-01T00:00:00Z' }), { text: eddsa, documents });
    assert.equal(r.verdict, 'issuer_unknown');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('a recruiter drops an ES256 credential on the demo and reads who signed it and with what', async () => {
  const page = await env.open('/www/');
  await clearResults(page);
  const requestsBefore = env.requests.length;
  await drop(page, [{ name: 'es256-did-jwk.jwt', data: await file(`${DIR}constructed/jose/es256-did-jwk.jwt`) }]);
  await waitForResults(page, 1);
  onlyTheFullModule(env.requests.slice(requestsBefore));
  const item = newest(page);
  assert.equal((await item.locator('.verdict').innerText()).trim(), 'Authentic, issuer not vouched for');
  const text = await item.innerText();
  // the signature passed, and says which algorithm and key; what could not be checked is the trust
  assert.match(text, /Signature\s*PASSED\s*The signature is valid: the content has not changed since it was signed\.\s*verified: jwt:ES256 \(ES256, P-256\)/);
  assert.match(text, /Could not be checked\s*Trust list: The issuer is not in any loaded trust list\./);
  assert.doesNotMatch(text, /signature_not_checked|WebCrypto/);
  const report = await page.evaluate((tag) => document.querySelector(tag).results[0].report, W);
  assert.ok(report.checks.some((c) => c.id === 'proof' && c.outcome === 'pass'), codes(report).join(', '));
  await item.screenshot({ path: new URL('widget-es256.png', SHOTS).pathname });
  await page.close();
});

test('an x5c credential shows its certificate chain, as the file states it, and is not called verified', async () => {
  const page = await env.open('/www/');
  await clearResults(page);
  await drop(page, [{ name: 'es256-x5c-chain.jwt', data: await file('tests/vectors/crafted/es256-x5c-chain.jwt') }]);
  await waitForResults(page, 1);
  const item = newest(page);
  assert.equal((await item.locator('.verdict').innerText()).trim(), 'Could not be checked');
  const text = await item.innerText();
  assert.match(text, /Certificates\s*CN=diplomas\.roc-voorbeeldstad\.example, O=ROC Voorbeeldstad \(fictief\), C=NL\s*↳ CN=Keurmerk Test Root CA/);
  assert.match(text, /came with the file; no trust list vouches for them/);
  assert.match(text, /the key came with the credential itself/);
  await item.screenshot({ path: new URL('widget-x5c.png', SHOTS).pathname });
  await page.close();
});

test('an SD-JWT VC from a wallet: the recruiter reads what the holder showed and how much was kept back', async () => {
  const m = await manifest();
  const page = await env.open('/www/');
  await clearResults(page);
  // the demo page takes host documents through the element's `documents` property
  await page.evaluate((documents) => { document.querySelector('keurmerk-verifier').documents = documents; }, m.documents);
  await drop(page, [{ name: 'pid.txt', data: await file(`${DIR}ietf-sd-jwt-vc/ex03-pid-presentation-kb.txt`) }]);
  await waitForResults(page, 1);
  const item = newest(page);
  const text = await item.innerText();
  assert.match(text, /Shown by the holder\s*\S/);
  assert.match(text, /more claims or decoys kept back/);
  assert.match(text, /SD-JWT VC \(/);
  await item.screenshot({ path: new URL('widget-sd-jwt-vc.png', SHOTS).pathname });
  await page.close();
});
