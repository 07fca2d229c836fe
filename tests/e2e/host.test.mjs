// <keurmerk-verifier> in a host page of its own (tests/e2e/fixtures/host.html, strict CSP header):
// hostile credential text stays inert, the host's resolver is the only way anything is fetched,
// keyboard-only use, the `lang` attribute, the keurmerk-result event, and theming.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { start, drop, waitForResults, newest, clearResults, focused, axe, shot, file, W } from './helpers.mjs';
import { keyFromSeed, signJcs } from './sign.mjs';

const HOST = '/tests/e2e/fixtures/host.html';
let env, page;

before(async () => {
  env = await start();
  page = await env.open(HOST);
});

after(async () => env?.close());

async function hostileCredential() {
  const key = keyFromSeed(new Uint8Array(32).fill(42));
  const c = JSON.parse(await file('tests/vectors/own/jcs-valid.json'));
  delete c.proof;
  c.name = '<script>window.__pwned = 1</script>';
  c.description = `<style>*{display:none}</style>${'long words without end '.repeat(4600)}`; // ~100 KB
  c.issuer = {
    ...c.issuer, id: key.did,
    name: '<img src="https://attacker.example/issuer.png" onerror="window.__pwned = 2">',
    url: 'javascript:window.__pwned = 3', image: 'https://attacker.example/logo.png',
  };
  c.credentialSubject.name = '"><svg onload="window.__pwned = 4"></svg>';
  const a = c.credentialSubject.achievement;
  a.name = '<a href="javascript:window.__pwned = 5">Click me</a>';
  a.description = 'W'.repeat(100 * 1024); // 100 KB without a single break opportunity
  a.image = { id: 'https://attacker.example/badge.png', type: 'Image' };
  a.alignment.push({
    type: ['Alignment'], targetType: 'ext:EQFLevel', targetCode: '6',
    targetName: '<iframe src="javascript:window.__pwned = 6"></iframe>', targetUrl: 'javascript:window.__pwned = 7',
  });
  return JSON.stringify(signJcs(c, key));
}

test('a hostile credential renders inert: no script runs, no request leaves, long text wraps', async () => {
  await clearResults(page);
  const before = env.requests.length;
  let svg = (await file('tests/vectors/own/baked-rdfc.svg')).toString('utf8');
  svg = svg.replace('viewBox="0 0 120 120">', 'viewBox="0 0 120 120"><script>window.__pwned = 9</script><image href="https://attacker.example/x.png" width="10" height="10"/>');
  await drop(page, [
    { name: '<img src=x onerror="window.__pwned = 8">.json', type: 'application/json', data: await hostileCredential() },
    { name: 'hostile.svg', type: 'image/svg+xml', data: svg },
  ]);
  await waitForResults(page, 2);
  const item = newest(page);
  assert.equal(await item.locator('.verdict').innerText(), 'Authentic, issuer not vouched for');
  // open the hostile one fully, with every long text expanded
  for (const more of await item.locator('.long-more').all()) await more.click();
  const text = await item.innerText();
  for (const shown of [
    '<a href="javascript:window.__pwned = 5">Click me</a>', // the title
    '<img src="https://attacker.example/issuer.png" onerror="window.__pwned = 2"> Self-asserted\nThe credential names its own issuer; nobody has confirmed this name.',
    '"><svg onload="window.__pwned = 4"></svg>', // the learner
    '<img src=x onerror="window.__pwned = 8">.json', // the file name
    'W'.repeat(100 * 1024), // all of the 100 KB, after "Show all"
  ]) assert.ok(text.includes(shown), `shown as text: ${shown.slice(0, 60)}`);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script ran');
  const markup = await page.evaluate((tag) => {
    const root = document.querySelector(tag).shadowRoot;
    const all = [...root.querySelectorAll('*')];
    return {
      scripts: root.querySelectorAll('script, iframe, object, embed, style, a, link, form').length,
      handlers: all.filter((n) => [...n.attributes].some((at) => at.name.startsWith('on'))).length,
      images: [...root.querySelectorAll('img')].map((i) => i.getAttribute('src').slice(0, 26)),
    };
  }, W);
  assert.deepEqual(markup, { scripts: 0, handlers: 0, images: ['data:image/svg+xml;base64,'] });
  // the 100 KB string wraps inside the widget: nothing sticks out sideways
  const overflow = await page.evaluate((tag) => {
    const w = document.querySelector(tag);
    return { page: document.documentElement.scrollWidth - window.innerWidth, widget: w.scrollWidth - w.clientWidth };
  }, W);
  assert.deepEqual(overflow, { page: 0, widget: 0 });
  assert.deepEqual(env.requests.slice(before), [], 'no request left the page');
  await shot(page, 'widget-hostile.png', { fullPage: false });
});

test('without a resolver nothing is fetched; with one, only what the host fetches', async () => {
  await clearResults(page);
  const credential = await file('tests/vectors/own/jcs-did-web.json');
  let before = env.requests.length;
  await drop(page, [{ name: 'did-web.json', data: credential }]);
  await waitForResults(page, 1);
  assert.equal(await newest(page).locator('.verdict').innerText(), 'Could not be checked');
  assert.match(await newest(page).innerText(), /could not be looked up without going online/);
  // nothing but Keurmerk's own English lines of faults (why the key was not found), once
  assert.deepEqual(env.requests.slice(before).filter((u) => !/\/pkg\/lang\/[a-z]{2}-faults\.js$/.test(u)), []);

  await page.evaluate((tag) => {
    window.__asked = [];
    document.querySelector(tag).resolver = async (url, { kind }) => {
      window.__asked.push(`${kind} ${url}`);
      if (url === 'did:web:badges.roc-voorbeeldstad.example') return fetch('/tests/vectors/own/did-web-document.json');
      if (url === 'https://status.roc-voorbeeldstad.example/lists/2026') return (await fetch('/www/demo/status-list.json')).json();
      return null;
    };
  }, W);
  await clearResults(page);
  before = env.requests.length;
  await drop(page, [{ name: 'did-web.json', data: credential }]);
  await waitForResults(page, 1);
  assert.equal(await newest(page).locator('.verdict').innerText(), 'Authentic, issuer not vouched for');
  assert.match(await newest(page).innerText(), /The signing key belongs to the issuer/);
  assert.deepEqual(await page.evaluate(() => window.__asked), ['did did:web:badges.roc-voorbeeldstad.example']);
  assert.deepEqual(env.requests.slice(before).map((u) => new URL(u).pathname), ['/tests/vectors/own/did-web-document.json']);

  // a status list through the resolver: the demo's revoked credential is revoked
  before = env.requests.length;
  await drop(page, [{ name: 'revoked.json', data: await file('www/demo/mbo-revoked.json') }]);
  await waitForResults(page, 2);
  assert.equal(await newest(page).locator('.verdict').innerText(), 'Revoked');
  // the list the host fetched, and Keurmerk's own full module, which reads status lists
  assert.deepEqual(env.requests.slice(before).map((u) => new URL(u).pathname)
    .filter((p) => !/^\/pkg\/(keurmerk_full\.js|keurmerk_full_bg\.wasm|webcrypto\.js|lang\/[a-z]{2}-faults\.js)$/.test(p)), ['/www/demo/status-list.json']);
  // asked once per URL: a second file wanting the same documents asks nobody
  before = env.requests.length;
  await drop(page, [{ name: 'again.json', data: credential }]);
  await waitForResults(page, 3);
  assert.equal(await newest(page).locator('.verdict').innerText(), 'Authentic, issuer not vouched for');
  assert.deepEqual(env.requests.slice(before), []);
  assert.equal((await page.evaluate(() => window.__asked)).length, 2);
  await page.evaluate((tag) => { document.querySelector(tag).resolver = null; }, W);
});

test('keyboard only: choose a file, read the result, copy, paste and verify', async () => {
  const kb = await env.open(HOST);
  // Tab to the file input (inside the shadow root) and open the picker with the keyboard
  let f;
  for (let i = 0; i < 10; i += 1) {
    await kb.keyboard.press('Tab');
    f = await focused(kb);
    if (f?.type === 'file') break;
  }
  assert.equal(f?.type, 'file', 'the file input is reachable with Tab');
  await shot(kb, 'widget-keyboard-focus.png', { fullPage: false });
  // Space on the focused file input opens the browser's own picker. Under load Chromium now and
  // then drops the first key press before the page is interactive (seen twice in CI): press again
  // while the input still has the focus, up to three times, before calling it a failure.
  let chooser = null;
  for (let attempt = 0; attempt < 3 && !chooser; attempt += 1) {
    assert.equal((await focused(kb))?.type, 'file', 'the file input keeps the focus');
    [chooser] = await Promise.all([kb.waitForEvent('filechooser', { timeout: 10000 }).catch(() => null), kb.keyboard.press('Space')]);
  }
  assert.ok(chooser, 'Space on the file input opens the file chooser');
  assert.equal(chooser.isMultiple(), true);
  await chooser.setFiles([{ name: 'valid.json', mimeType: 'application/json', buffer: await file('tests/vectors/own/jcs-valid.json') }]);
  await waitForResults(kb, 1);
  // focus moves to the verdict, and the live region announces it
  await kb.waitForFunction(() => {
    const a = document.querySelector('keurmerk-verifier').shadowRoot.activeElement;
    return a?.classList.contains('verdict');
  });
  assert.match((await focused(kb)).text, /Authentic, issuer not vouched for/);
  await kb.waitForFunction((tag) => document.querySelector(tag).shadowRoot.querySelector('[role=status]').textContent.includes('valid.json'), W);
  assert.match(await kb.locator(`${W} [role=status]`).textContent(), /^Authentic, issuer not vouched for — valid\.json$/);
  // Tab on to the details toggle: Enter closes and opens it
  await kb.keyboard.press('Tab');
  assert.match((await focused(kb)).cls, /toggle/);
  await kb.keyboard.press('Enter');
  assert.equal(await kb.locator(`${W} .toggle`).getAttribute('aria-expanded'), 'false');
  await kb.keyboard.press('Enter');
  assert.equal(await kb.locator(`${W} .toggle`).getAttribute('aria-expanded'), 'true');
  // … and on to "Copy summary"
  for (let i = 0; i < 15 && !/Copy summary/.test((await focused(kb)).text); i += 1) await kb.keyboard.press('Tab');
  assert.match((await focused(kb)).text, /Copy summary/);
  await kb.keyboard.press('Enter');
  await kb.waitForFunction((tag) => /copied/.test(document.querySelector(tag).shadowRoot.querySelector('[role=status]').textContent), W);
  assert.match(await kb.evaluate(() => navigator.clipboard.readText()), /Verdict: Authentic, issuer not vouched for/);
  // back to the paste box: type a JWT, Tab to the button, Enter
  for (let i = 0; i < 30 && (await focused(kb)).tag !== 'textarea'; i += 1) await kb.keyboard.press('Shift+Tab');
  assert.equal((await focused(kb)).tag, 'textarea');
  await kb.keyboard.insertText((await file('tests/vectors/own/jwt-alg-none.jwt')).toString('utf8').trim());
  await kb.keyboard.press('Tab');
  assert.match((await focused(kb)).text, /Verify pasted text/);
  await kb.keyboard.press('Enter');
  await waitForResults(kb, 2);
  assert.equal(await newest(kb).locator('.verdict').innerText(), 'Invalid');
  await kb.waitForFunction(() => document.querySelector('keurmerk-verifier').shadowRoot.activeElement?.textContent === 'Invalid');
  await shot(kb, 'widget-keyboard.png', { fullPage: false });
  assert.deepEqual(await axe(kb), []);
  await kb.close();
});

test('the lang attribute wins over the page; without it the widget follows the page', async () => {
  const nl = await env.open(`${HOST}?lang=nl`);
  await drop(nl, [{ name: 'verlopen.json', data: await file('tests/vectors/own/jcs-expired.json') }]);
  await waitForResults(nl, 1);
  assert.equal(await newest(nl).locator('.verdict').innerText(), 'Verlopen');
  assert.match(await newest(nl).innerText(), /Het credential is verlopen/);
  assert.equal(await nl.locator(`${W} .drop-title`).innerText(), 'Sleep credentialbestanden hierheen');
  await nl.evaluate((tag) => document.querySelector(tag).removeAttribute('lang'), W);
  assert.equal(await newest(nl).locator('.verdict').innerText(), 'Expired');
  await nl.evaluate(() => { document.documentElement.lang = 'nl-BE'; });
  await nl.waitForFunction((tag) => document.querySelector(tag).shadowRoot.querySelector('.verdict').textContent === 'Verlopen', W);
  await nl.close();
});

test('the keurmerk-result event bubbles out of the shadow root with the report', async () => {
  await clearResults(page);
  await page.evaluate(() => { window.__results = []; });
  const results = await page.evaluate(async (tag) => {
    const w = document.querySelector(tag);
    const seen = [];
    document.body.addEventListener('keurmerk-result', (e) => seen.push([e.bubbles, e.composed, e.detail.name, e.detail.report.verdict]), { once: true });
    const reports = await w.verifyFiles([new File(['{"not": "a credential"}'], 'junk.json')]);
    return { seen, returned: reports.map((r) => r.verdict) };
  }, W);
  assert.deepEqual(results, { seen: [[true, true, 'junk.json', 'unreadable']], returned: ['unreadable'] });
  assert.deepEqual(await page.evaluate(() => window.__results), [{ name: 'junk.json', verdict: 'unreadable', target: 'KEURMERK-VERIFIER' }]);
});

test('theming: CSS custom properties and ::part reach inside', async () => {
  await clearResults(page);
  await drop(page, [{ name: 'valid.json', data: await file('tests/vectors/own/jcs-valid.json') }]);
  await waitForResults(page, 1);
  const styles = await page.evaluate((tag) => {
    const root = document.querySelector(tag).shadowRoot;
    const cs = (sel) => getComputedStyle(root.querySelector(sel));
    return {
      button: cs('label.button').backgroundColor,
      verdictSpacing: cs('.verdict').letterSpacing,
      drop: cs('.drop').borderTopStyle,
      signed: cs('td.signed').color,
    };
  }, W);
  assert.deepEqual(styles, { button: 'rgb(90, 30, 140)', verdictSpacing: '2px', drop: 'dotted', signed: 'rgb(0, 100, 50)' });
});

test('trust lists come from the page\'s own origin only; one that fails to load is said so', async () => {
  const tl = await env.open(HOST);
  const before = env.requests.length;
  await tl.evaluate((tag) => document.querySelector(tag).setAttribute('trust-list', 'https://registry.example/list.json /no/such/list.json'), W);
  await tl.evaluate((tag) => document.querySelector(tag).ready, W);
  const notice = await tl.locator(`${W} [role=alert]`).innerText();
  assert.match(notice, /The trust list https:\/\/registry\.example\/list\.json was not loaded: trust lists must come from this page's own site/);
  assert.match(notice, /The trust list \/no\/such\/list\.json could not be loaded \(HTTP 404\)/);
  assert.deepEqual(env.requests.slice(before).map((u) => new URL(u).href), [`${env.server.url}/no/such/list.json`]);
  // the element still verifies, without the lists
  await drop(tl, [{ name: 'valid.json', data: await file('tests/vectors/own/jcs-valid.json') }]);
  await waitForResults(tl, 1);
  assert.equal(await newest(tl).locator('.verdict').innerText(), 'Authentic, issuer not vouched for');
  await tl.close();
  env.errors.splice(0, env.errors.length, ...env.errors.filter((e) => !e.includes('404')));
});

test('no page errors and no CSP violations', async () => {
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(env.errors, []);
});
