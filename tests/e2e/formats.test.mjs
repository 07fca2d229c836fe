// The formats real issuers use beside Open Badges 3.0, on the demo page in headless Chromium as a
// recruiter meets them: Open Badges 2.0 hosted badges (looked up through the page's resolver,
// revoked with 410 Gone, or on a site the resolver does not reach: "check at the issuer"), the
// recipient check of a hashed email, an SD-JWT VC from an EU wallet, and the formats Keurmerk names
// without verifying (Blockcerts, BBS, EIP-712, Europass XML, a badge class, a presentation).
// Nothing is fetched but the demo's own files and Keurmerk's full module. Screenshots in test-results/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { start, drop, waitForResults, newest, clearResults, shot, file, W } from './helpers.mjs';

let env, page;

before(async () => {
  env = await start();
  page = await env.open('/www/');
});

after(async () => env?.close());

// Requests other than the demo's files and Keurmerk's own modules: none may happen.
const foreign = (urls) => urls.filter((u) => {
  const { pathname } = new URL(u);
  return !pathname.startsWith('/www/demo/') && !pathname.startsWith('/pkg/');
});

async function sample(name) {
  await clearResults(page);
  const before = env.requests.length;
  await page.click(`button[data-sample="${name}"]`);
  await waitForResults(page, 1);
  const item = newest(page);
  if ((await item.locator('.toggle').getAttribute('aria-expanded')) !== 'true') await item.locator('.toggle').click();
  const report = await page.evaluate((tag) => document.querySelector(tag).results[0].report, W);
  return { item, report, text: await item.innerText(), requests: env.requests.slice(before) };
}

test('an Open Badges 2.0 hosted badge is looked up at the issuer through the host\'s resolver, its recipient checked locally', async () => {
  const { item, text, requests, report } = await sample('ob2-bibliotheek.json');
  assert.equal(report.recipient.hashed, true);
  assert.equal((await item.locator('.verdict').innerText()).trim(), 'Authentic, issuer not vouched for');
  assert.match(text, /The issuer's website serves this very badge/);
  assert.match(text, /The badge is served from the issuer's own website/);
  assert.match(text, /Title\s+Digitale basisvaardigheden\s+No verified signature confirms this/);
  assert.match(text, /Awarding body\s+Bibliotheek Voorbeeldstad/);
  assert.match(text, /the issuer's revocation list \S+revocations\.json does not name/);
  // the resolver read the library's documents from the demo's files; nothing else was fetched
  const demoFiles = requests.map((u) => new URL(u).pathname).filter((p) => p.startsWith('/www/demo/hosted-') || p === '/www/demo/ob2-bibliotheek.json');
  assert.ok(demoFiles.includes('/www/demo/hosted-ob2-badge-class.json'), requests.join('\n'));
  assert.deepEqual(foreign(requests), []);

  // the recipient is a salted hash: the recruiter types an address, the worker computes
  const input = item.locator('input[type="email"]');
  await input.fill('sanne.devries@example.nl');
  await item.locator('button', { hasText: 'Check' }).click();
  await page.waitForFunction((tag) => document.querySelector(tag).shadowRoot.querySelector('.recipient-answer')?.textContent, W);
  assert.match(await item.locator('.recipient-answer').innerText(), /Yes: this badge was awarded to sanne\.devries@example\.nl/);
  await input.fill('someone.else@example.nl');
  await item.locator('button', { hasText: 'Check' }).click();
  await page.waitForFunction((tag) => /No:/.test(document.querySelector(tag).shadowRoot.querySelector('.recipient-answer')?.textContent), W);
  await shot(page, 'widget-ob2-hosted.png');
});

test('a pasted badge link is looked up through the resolver like a dropped badge', async () => {
  await clearResults(page);
  const before = env.requests.length;
  await page.fill(`${W} textarea`, 'https://badges.bibliotheek-voorbeeldstad.example/assertions/2026-0142.json');
  await page.click(`${W} .paste button`);
  await waitForResults(page, 1);
  const item = newest(page);
  assert.equal((await item.locator('.verdict').innerText()).trim(), 'Authentic, issuer not vouched for');
  assert.match(await item.innerText(), /Digitale basisvaardigheden/);
  assert.equal(await page.evaluate((tag) => document.querySelector(tag).results[0].report.format, W), 'url');
  assert.deepEqual(foreign(env.requests.slice(before)), []);
});

test('a hosted badge the issuer answers with 410 Gone is revoked', async () => {
  const { item, text, requests } = await sample('ob2-bibliotheek-ingetrokken.json');
  assert.equal((await item.locator('.verdict').innerText()).trim(), 'Revoked');
  assert.match(text, /410 Gone/);
  assert.deepEqual(foreign(requests), []);
});

test('a hosted badge whose issuer the resolver does not reach: could not check, with a link to check at the issuer', async () => {
  const { item, text, requests } = await sample('ob2-sportclub.json');
  assert.equal((await item.locator('.verdict').innerText()).trim(), 'Could not be checked');
  assert.match(text, /confirmed on the issuer's website, which this verifier does not contact/);
  const link = item.locator('a[part="issuer-link"]');
  assert.equal(await link.getAttribute('href'), 'https://badges.sportclub-voorbeeld.example/assertions/7781.json');
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer nofollow');
  assert.match(await link.innerText(), /Check this badge at the issuer \(badges\.sportclub-voorbeeld\.example\)/);
  // Keurmerk never follows it
  assert.deepEqual(requests.filter((u) => new URL(u).hostname.includes('sportclub')), []);
  assert.deepEqual(foreign(requests), []);
  await shot(page, 'widget-ob2-check-at-issuer.png');
});

test('an SD-JWT VC from an EU wallet: verified, with what the holder disclosed', async () => {
  const { item, text, requests } = await sample('wallet-leerresultaat.sd-jwt');
  assert.equal((await item.locator('.verdict').innerText()).trim(), 'Verified');
  assert.match(text, /Voorbeeldstad University/);
  assert.match(text, /Learner\s+Sanne de Vries/);
  assert.match(text, /Level \(EQF \/ NQF\)\s+EQF 6/);
  const shown = text.match(/Shown by the holder\n(.*)\n/)?.[1] ?? '';
  for (const claim of ['given_name', 'family_name', 'assessment_grade', 'learning_outcomes/0']) assert.ok(shown.includes(claim), `${claim} in ${shown}`);
  assert.match(shown, /\(1 more claims or decoys kept back\)/);
  assert.match(text, /Presented\s+to https:\/\/werkgever\.example · .* · nonce vacature-2026-118/);
  assert.match(text, /Learner\s+Sanne de Vries\s+Signed\s+shown by the holder/);
  assert.match(text, /Title\s+AI-geletterdheid voor professionals\s+Signed\n/);
  assert.deepEqual(foreign(requests), []);
  await shot(page, 'widget-sd-jwt-vc.png');
});

// Files of formats Keurmerk names without verifying: never "invalid", never a bare "could not read".
const NAMED = [
  ['tests/vectors/next-wave/recognise/blockcerts/mocknet-v3-valid.json', 'Could not be checked'],
  ['tests/vectors/next-wave/recognise/w3c-vc-di-bbs/derivedRevealDocument.json', 'Could not be checked'],
  ['tests/vectors/next-wave/recognise/eip712/testBasicDocument-signed.json', 'Could not be checked'],
  ['tests/vectors/next-wave/w3c-vc-jose-cose-test-suite/presentation-jose-multiple.txt', 'Could not be checked'],
  ['tests/vectors/next-wave/resolution/ob20/robotics-badge.json', 'Unreadable'],
  // a Europass EDC sealed with JAdES by a test seal whose certificate has expired since
  ['tests/vectors/edc/elm-sample-mc-annex1-signed.jsonld', 'Could not be checked'],
];

test('formats Keurmerk does not verify are named, not called invalid', async () => {
  for (const [path, verdict] of NAMED) {
    await clearResults(page);
    const before = env.requests.length;
    await drop(page, [{ name: path.split('/').pop(), data: await file(path) }]);
    await waitForResults(page, 1);
    const item = newest(page);
    assert.equal((await item.locator('.verdict').first().innerText()).trim(), verdict, path);
    const reason = (await item.locator('.reason').first().innerText()).trim();
    assert.ok(reason.length > 20, `${path}: a reason in words, got ${JSON.stringify(reason)}`);
    assert.doesNotMatch(reason, /not a credential file the verifier can read/, path);
    assert.deepEqual(foreign(env.requests.slice(before)), [], path);
    if (path.includes('blockcerts')) {
      // what it is and what the recruiter could do instead, without opening the details
      assert.match(await item.innerText(), /Blockcerts/);
      await shot(page, 'widget-named-blockcerts.png');
    }
    if (path.includes('presentation')) await shot(page, 'widget-presentation.png');
    if (path.includes('edc/')) {
      const text = await item.innerText();
      assert.match(text, /sealed by ORGANIZACION TEST/, 'the seal\'s organisation, from its certificate');
      assert.match(text, /Sealed by\s+ORGANIZACION TEST \(ES\)\s+VATES-A00000000\s+as the seal's certificate names them/);
      assert.match(text, /Kind of seal\s+Advanced seal with a qualified certificate \(not a qualified seal\)/);
      assert.match(text, /Sealed on\s+27 September 2023.*\s+as the sealer states it; no qualified timestamp proves it/);
      await shot(page, 'widget-edc-seal.png');
    }
  }
});
