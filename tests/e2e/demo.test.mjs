// The demo page as a recruiter uses it, in headless Chromium (Debian's /usr/bin/chromium driven by
// playwright-core): choose, drop and paste credentials, read what the page says, switch language,
// count network requests during verification, and save screenshots to test-results/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

import { serve } from './server.mjs';

const OWN = new URL('../vectors/own/', import.meta.url);
const SHOTS = new URL('../../test-results/', import.meta.url);
const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";

let browser, server, page, errors;

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await serve({ csp: STRICT_CSP });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'],
  });
  page = await browser.newPage({ viewport: { width: 1000, height: 1100 }, locale: 'en-GB' });
  errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${server.url}/www/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const latestVerdict = () => page.textContent('#results .card:first-child .verdict');

test('choosing a JCS credential shows its verdict, issuer and checks', async () => {
  await page.setInputFiles('#file', { name: 'jcs-valid.json', mimeType: 'application/json', buffer: await readFile(new URL('jcs-valid.json', OWN)) });
  await page.waitForSelector('#results .card');
  assert.match(await latestVerdict(), /Authentic, issuer not vouched for/);
  const card = await page.textContent('#results .card:first-child');
  assert.match(card, /ROC Voorbeeldstad \(fictief\)/);
  assert.match(card, /name as stated by the credential itself/);
  assert.match(card, /The signature is valid/);
  assert.match(card, /signature_valid/);
  assert.match(await page.textContent('#status'), /Authentic/);
  await page.screenshot({ path: new URL('demo-valid.png', SHOTS).pathname, fullPage: true });
});

test('dropping a tampered credential says invalid, without any network request', async () => {
  const requestsBefore = server.requests.length;
  const bytes = [...(await readFile(new URL('jcs-tampered-achievement.json', OWN)))];
  const dataTransfer = await page.evaluateHandle((data) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(data)], 'tampered.json', { type: 'application/json' }));
    return dt;
  }, bytes);
  await page.dispatchEvent('#drop', 'drop', { dataTransfer });
  await page.waitForFunction(() => document.querySelectorAll('#results .card').length === 2);
  assert.match(await latestVerdict(), /Invalid/);
  assert.match(await page.textContent('#results .card:first-child'), /changed after signing/);
  assert.equal(server.requests.length, requestsBefore, `requests during verification: ${server.requests.slice(requestsBefore)}`);
});

test('pasting a JWT and switching to Dutch', async () => {
  const jwt = (await readFile(new URL('jwt-alg-none.jwt', OWN), 'utf8')).trim();
  await page.click('details summary');
  await page.fill('#paste', jwt);
  await page.click('#verify-paste');
  await page.waitForFunction(() => document.querySelectorAll('#results .card').length === 3);
  assert.match(await latestVerdict(), /Invalid/);
  await page.selectOption('#lang', 'nl');
  assert.match(await latestVerdict(), /Ongeldig/);
  assert.match(await page.textContent('#results .card:first-child'), /geen echte handtekening/);
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  await page.screenshot({ path: new URL('demo-nl.png', SHOTS).pathname, fullPage: true });
  await page.selectOption('#lang', 'en');
});

test('demo samples: a listed issuer is verified and named by the list; a withdrawn one is not', async () => {
  const requestsBefore = server.requests.length;
  await page.click('button[data-sample="mbo-zorgtechnologie.json"]');
  await page.waitForFunction(() => document.querySelector('#results .card .file')?.textContent === 'mbo-zorgtechnologie.json');
  assert.match(await latestVerdict(), /Verified/);
  const card = await page.textContent('#results .card:first-child');
  assert.match(card, /ROC Voorbeeldstad \(VET college\)/);
  assert.match(card, /Vouched for by\s*Micro-credential issuers \(demo\)/);
  assert.match(card, /A trust list vouches for this issuer/);
  assert.match(card, /EU micro-credential elements/);
  assert.match(card, /Level \(EQF \/ NQF\)\s*EQF 4 · NLQF 4/);
  assert.match(card, /Not stated\s*Workload/);
  await page.screenshot({ path: new URL('demo-verified.png', SHOTS).pathname, fullPage: true });
  await page.click('button[data-sample="withdrawn-issuer.json"]');
  await page.waitForFunction(() => document.querySelector('#results .card .file')?.textContent === 'withdrawn-issuer.json');
  assert.match(await latestVerdict(), /issuer not vouched for/);
  assert.match(await page.textContent('#results .card:first-child'), /did not vouch for it when the credential was issued/);
  // only the two sample files were fetched; verifying them made no request
  assert.deepEqual(server.requests.slice(requestsBefore), ['/www/demo/mbo-zorgtechnologie.json', '/www/demo/withdrawn-issuer.json']);
});

test('a dropped baked PNG shows its picture from the file; revoked and unknown status are told apart', async () => {
  const requestsBefore = server.requests.length;
  const png = [...(await readFile(new URL('../../www/demo/mbo-badge.png', import.meta.url)))];
  const dataTransfer = await page.evaluateHandle((data) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(data)], 'mbo-badge.png', { type: 'image/png' }));
    return dt;
  }, png);
  await page.dispatchEvent('#drop', 'drop', { dataTransfer });
  await page.waitForFunction(() => document.querySelector('#results .card .file')?.textContent === 'mbo-badge.png');
  assert.match(await latestVerdict(), /Verified/);
  const src = await page.getAttribute('#results .card:first-child img.badge', 'src');
  assert.match(src, /^data:image\/png;base64,/);
  await page.screenshot({ path: new URL('demo-baked.png', SHOTS).pathname, fullPage: false });
  await page.click('button[data-sample="mbo-revoked.json"]');
  await page.waitForFunction(() => document.querySelector('#results .card .file')?.textContent === 'mbo-revoked.json');
  assert.match(await latestVerdict(), /Revoked/);
  await page.click('button[data-sample="mbo-status-unknown.json"]');
  await page.waitForFunction(() => document.querySelector('#results .card .file')?.textContent === 'mbo-status-unknown.json');
  assert.match(await latestVerdict(), /Verified/);
  assert.match(await page.textContent('#results .card:first-child'), /status list is not available offline/);
  // the dropped image and the status list caused no request: only the two clicked samples were fetched
  assert.deepEqual(server.requests.slice(requestsBefore), ['/www/demo/mbo-revoked.json', '/www/demo/mbo-status-unknown.json']);
});

test('hostile credential text stays inert text', async () => {
  const hostile = JSON.stringify({
    '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'],
    name: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>',
    issuer: { id: 'javascript:alert(1)', name: '<b onmouseover=alert(1)>Evil</b>' }, credentialSubject: { id: 'x' },
  });
  const requestsBefore = server.requests.length;
  await page.fill('#paste', hostile);
  await page.click('#verify-paste');
  await page.waitForFunction(() => document.querySelectorAll('#results .card').length === 9);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  const hostileCard = '#results .card:first-child';
  assert.equal(await page.locator(`${hostileCard} img, ${hostileCard} script, ${hostileCard} b, #results script`).count(), 0);
  assert.match(await page.textContent('#results .card:first-child'), /<img src=x/);
  assert.equal(server.requests.length, requestsBefore);
});

test('no page errors and no CSP violations', () => {
  assert.deepEqual(errors, []);
});
