// Europass Digital Credentials sealed with JAdES (issue 18) in headless Chromium, as a recruiter
// drops them on <keurmerk-verifier>: every vector of tests/vectors/edc/ gets a verdict its manifest
// accepts (no trusted list loaded, at the manifest's `now`; the RSA seal checked by WebCrypto); the
// seal is shown as its certificate names the organisation, with the kind of seal and the claimed
// signing time; the three seal lines stay separate checks; the ELM descriptors are marked signed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { start, drop, waitForResults, newest, clearResults, shot, file, W } from './helpers.mjs';

const HOST = '/tests/e2e/fixtures/host.html';
let env, page, manifest;

before(async () => {
  manifest = JSON.parse(await file('tests/vectors/edc/MANIFEST.json'));
  env = await start();
  page = await env.open(HOST);
  await page.evaluate(([tag, now]) => { document.querySelector(tag).now = now; }, [W, manifest.now]);
});

after(async () => env?.close());

test('every EDC vector gets a verdict its manifest accepts, in the browser, with no request', async () => {
  for (const e of manifest.entries) {
    if (e.expected.includes('?')) continue;
    await clearResults(page);
    const before = env.requests.length;
    await drop(page, [{ name: e.path, type: 'application/json', data: await file(`tests/vectors/edc/${e.path}`) }]);
    await waitForResults(page, 1);
    const verdict = await newest(page).getAttribute('data-verdict');
    assert.ok(e.expected.includes(verdict), `${e.path}: ${verdict} not in ${e.expected}`);
    // only the widget's own modules (the full module for the RSA seal), never anything else
    const other = env.requests.slice(before).filter((u) => !u.includes('/pkg/'));
    assert.deepEqual(other, [], `${e.path}: requests`);
  }
});

test('a sealed micro-credential: who sealed it (from the certificate), what kind of seal, when it says; three separate lines', async () => {
  await clearResults(page);
  const path = 'elm-sample-mc-annex1-signed.jsonld';
  await drop(page, [{ name: path, type: 'application/json', data: await file(`tests/vectors/edc/${path}`) }]);
  await waitForResults(page, 1);
  const item = newest(page);
  assert.equal(await item.getAttribute('data-verdict'), 'indeterminate');
  const text = await item.innerText();
  assert.match(text, /Sealed by\s+ORGANIZACION TEST/);
  assert.match(text, /as the seal's certificate names them/);
  assert.match(text, /Kind of seal\s+Advanced seal with a qualified certificate \(not a qualified seal\)/);
  assert.match(text, /Sealed on\s+27 September 2023[^\n]*\n?[^\n]*as the sealer states it; no qualified timestamp proves it/);
  // the three lines: the seal (integrity, by whom), the certificate at signing time, the trusted list
  const checks = await item.locator('ul.checks li').evaluateAll((lis) => lis.map((li) => [li.dataset.code, li.dataset.outcome]));
  const byCode = Object.fromEntries(checks);
  assert.equal(byCode.signature_valid, 'pass', 'content unchanged, sealed by the certificate');
  assert.equal(byCode.seal_certificate_outside_validity, 'not_checked', 'the certificate has expired since; only sigT says when');
  assert.equal(byCode.trust_no_lists, 'not_checked', 'no trusted-list data loaded');
  // the ELM payload's descriptors, all covered by the seal
  const rows = await item.locator('table.annex tbody tr[data-signed]').evaluateAll((trs) => trs.map((tr) => [tr.dataset.element, tr.dataset.signed]));
  assert.ok(rows.length >= 3, `descriptors: ${JSON.stringify(rows)}`);
  assert.ok(rows.every(([, signed]) => signed === 'true'), `every stated element is sealed: ${JSON.stringify(rows)}`);
  await shot(page, 'widget-edc-seal.png');
});

test('a tampered payload is invalid, and says the content changed', async () => {
  await clearResults(page);
  const path = 'constructed-elm-mc-tampered-payload.jsonld';
  await drop(page, [{ name: path, type: 'application/json', data: await file(`tests/vectors/edc/${path}`) }]);
  await waitForResults(page, 1);
  const item = newest(page);
  assert.equal(await item.getAttribute('data-verdict'), 'invalid');
  assert.equal((await item.locator('.verdict').innerText()).trim(), 'Invalid');
});

test('with the EU trusted lists imported: each vector gets its expected_with_eidas verdict, and the seal CA is named', async () => {
  // tests/vectors/edc-trust/: the LOTL and the Spanish list imported and signed by a test operator
  // (scripts/make-eidas-list.py); the browser reads only this signed JSON, never the XML.
  const op = JSON.parse(await file('tests/vectors/edc-trust/operator.json'));
  const list = (await file('tests/vectors/edc-trust/eidas-es.list.json')).toString('utf8');
  await page.evaluate(([tag, l, anchor]) => {
    const w = document.querySelector(tag);
    w.trustLists = [l];
    w.trustAnchors = [anchor];
  }, [W, list, op.publicKeyMultibase]);
  try {
    for (const e of manifest.entries) {
      if (e.expected_with_eidas.includes('?')) continue;
      await clearResults(page);
      const before = env.requests.length;
      const report = page.evaluate((tag) => new Promise((resolve) => {
        document.querySelector(tag).addEventListener('keurmerk-result', (ev) => resolve(ev.detail.report), { once: true });
      }), W);
      await drop(page, [{ name: e.path, type: 'application/json', data: await file(`tests/vectors/edc/${e.path}`) }]);
      await waitForResults(page, 1);
      const item = newest(page);
      const verdict = await item.getAttribute('data-verdict');
      assert.equal(verdict, e.expected_with_eidas[0], `${e.path}: ${verdict}`);
      // WebCrypto answered every signature behind the seal within the package's passes: the
      // timestamp's and the embedded OCSP response's, as natively
      const r = await report;
      if (r.checks.some((c) => c.code === 'signature_valid')) {
        const line = r.checks.find((c) => c.id === 'issuer_key').detail;
        assert.match(line, /a signature timestamp from CN=good-tsa, O=Nowina Solutions, C=LU at .* verifies/, e.path);
        assert.match(line, /Responder \d+, says the certificate was not revoked then/, e.path);
      }
      const codes = await item.locator('ul.checks li').evaluateAll((lis) => lis.map((li) => li.dataset.code));
      const tampered = codes.includes('signature_invalid');
      const want = tampered ? 'not_reached' : e.path === 'edci-credential-signed.jsonld' ? 'trust_issuer_not_granted' : 'trust_vouched';
      assert.ok(codes.includes(want), `${e.path}: ${want} not in ${codes}`);
      assert.deepEqual(env.requests.slice(before).filter((u) => !u.includes('/pkg/')), [], `${e.path}: requests`);
      if (e.path === 'elm-sample-mc-annex1-signed.jsonld') {
        const text = await item.innerText();
        assert.match(text, /ANF AC Qualified Certificates for eSeal/);
        assert.match(text, /ES trusted list \(sequence 184, issued 2026-03-26\)/);
        // the seal's facts: the timestamp named and not qualified, the CA with its list and status
        assert.match(text, /Timestamped\s+27 September 2023[^\n]*by CN=good-tsa, O=Nowina Solutions, C=LU\s+not a qualified time-stamping service/);
        assert.match(text, /Certificate issued by\s+Qualified certificate issued by «ANF AC Qualified Certificates for eSeal»\s+ANF AUTORIDAD DE CERTIFICACIÓN ASOCIACIÓN ANF AC\s+a qualified trust service on the ES trusted list \(sequence 184, issued 26 March 2026\)\s+status: granted on 1 September 2026/);
        await shot(page, 'widget-edc-eidas.png');
      }
    }
  } finally {
    await page.evaluate((tag) => {
      const w = document.querySelector(tag);
      w.trustLists = [];
      w.trustAnchors = null;
    }, W);
  }
});

test('compact JAdES seals: sealed, tampered and detached, each as its EXPECTED.json says', async () => {
  // tests/vectors/crafted-jades/ (scripts/make-crafted-jades.py): the core module hands the
  // compact seal to the full one (module_needed), where WebCrypto checks the RSA seal.
  const expected = JSON.parse(await file('tests/vectors/crafted-jades/EXPECTED.json'));
  for (const [name, e] of Object.entries(expected)) {
    await clearResults(page);
    await drop(page, [{ name, type: 'text/plain', data: await file(`tests/vectors/crafted-jades/${name}`) }]);
    await waitForResults(page, 1);
    const item = newest(page);
    assert.equal(await item.getAttribute('data-verdict'), e.verdict, name);
    if (name === 'compact-sealed.jades') assert.match(await item.innerText(), /Sealed by\s+Keurmerk Test College/);
  }
});
