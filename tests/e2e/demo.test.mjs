// The demo page (www/) as a recruiter and a learner use it, in headless Chromium under a strict CSP
// header: drop each demo credential and read the verdict, issuer and EU descriptors as shown; paste;
// Dutch and English; learner mode; copy summary; a one-page print; axe-core; no network requests
// during verification. Screenshots go to test-results/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';

import { start, drop, waitForResults, newest, clearResults, axe, shot, file, chooseLang, SHOTS, W } from './helpers.mjs';

let env, page;

before(async () => {
  env = await start();
  page = await env.open('/www/');
});

after(async () => env?.close());

// What a recruiter must see for each demo credential (www/demo, made by scripts/make-demo.sh).
const DEMO = [
  ['mbo-zorgtechnologie.json', 'Verified', [/ROC Voorbeeldstad \(VET college\)\s*Confirmed by a trust list/, /Level \(EQF \/ NQF\)\s+EQF 4 · NLQF 4\s+Signed/, /Title\s+Zorgtechnologie in de wijk\s+Signed/]],
  ['hbo-data-analyse.json', 'Verified', [/Voorbeeld University of Applied Sciences/, /EQF 6 · NLQF 6/]],
  ['de-robotik.jwt', 'Verified', [/Technische Hochschule Beispielstadt/, /Country of the issuer\s+Deutschland/]],
  ['be-duurzaam-bouwen.json', 'Verified', [/West-Voorbeeld University College/, /Name in the credential\s+Hogeschool West-Voorbeeld\s*Self-asserted/]],
  ['mbo-badge.png', 'Verified', [/ROC Voorbeeldstad \(VET college\)/]],
  ['mbo-tampered-level.json', 'Invalid', [/changed after signing/, /Level \(EQF \/ NQF\)\s+EQF 4 · NLQF 6\s+No verified signature confirms this/, /ROC Voorbeeldstad\s*Self-asserted/]],
  ['mbo-expired.json', 'Expired', [/The credential has expired/, /Valid until\s+\d+ \w+ 20\d\d/]],
  ['unknown-issuer.json', 'Authentic, issuer not vouched for', [/International Academy of Excellence\s*Self-asserted/, /nobody has confirmed this name/, /not in any loaded trust list/]],
  ['withdrawn-issuer.json', 'Authentic, issuer not vouched for', [/did not vouch for it when the credential was issued/]],
  ['mbo-revoked.json', 'Revoked', [/The issuer has revoked this credential/]],
  ['mbo-status-unknown.json', 'Verified', [/Could not check: Revocation/, /Could not be checked\s+Revocation: Whether it was revoked could not be checked: the issuer's status list is not available offline/]],
];

test('each demo credential, dropped, shows its verdict, issuer, validity and EU descriptors — with no network request', async () => {
  for (const [name, verdict, expect] of DEMO) {
    await clearResults(page);
    const before = env.requests.length;
    await drop(page, [{ name, data: await file(`www/demo/${name}`) }]);
    await waitForResults(page, 1);
    const item = newest(page);
    assert.equal((await item.locator('.verdict').innerText()).trim(), verdict, name);
    const text = await item.innerText();
    for (const re of expect) assert.match(text, re, `${name}: ${re}`);
    // every mandatory element is a row in Annex I order, stated or "Not stated"
    const rows = await item.locator('table.annex tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.element));
    assert.deepEqual(rows.slice(0, 11), ['learner', 'title', 'country', 'awarding_body', 'date_of_issue', 'learning_outcomes', 'workload', 'level', 'assessment', 'participation', 'quality_assurance'], name);
    assert.match(text, /Notional workload\s+Not stated/);
    assert.match(text, /Valid from\s+\d+ \w+ 20\d\d/);
    // nothing but Keurmerk's own full module, which reads status lists (and ECDSA, RSA), once
    const own = /\/pkg\/(keurmerk_full\.js|keurmerk_full_bg\.wasm|webcrypto\.js|lang\/[a-z]{2}-faults\.js)$/;
    assert.deepEqual(env.requests.slice(before).filter((u) => !own.test(u)), [], `${name}: requests during verification`);
    if (name === 'mbo-badge.png') {
      const src = await item.locator('img').getAttribute('src');
      assert.match(src, /^data:image\/png;base64,/);
      await page.waitForFunction((tag) => document.querySelector(tag).shadowRoot.querySelector('img').naturalWidth > 0, W);
      await shot(page, 'widget-baked-png.png');
    }
    if (name === 'mbo-tampered-level.json') await shot(page, 'widget-invalid.png');
    if (name === 'mbo-status-unknown.json') await shot(page, 'widget-status-unknown.png');
  }
});

test('a real credential is verified through a list imported from a public register, and the register is named', async () => {
  // www/demo/registers.json: the DCC community registry imported and signed by the demo operator
  // with `keurmerk trust-list import dcc-registry` (scripts/make-demo.py); the credential is the
  // DCC's own test credential from its public vc-test-fixtures.
  await clearResults(page);
  const before = env.requests.length;
  await page.click('button[data-sample="dcc-test-credential.json"]');
  await waitForResults(page, 1);
  const item = newest(page);
  const text = await item.innerText();
  assert.equal((await item.locator('.verdict').innerText()).trim(), 'Verified');
  // the name the register gives, and the one the credential gives itself
  assert.match(text, /Name\s+DCC did:key for testing a did in four registries\s*Confirmed by a trust list\s+Name in the credential\s+Digital Credentials Consortium Test Issuer\s*Self-asserted/);
  assert.match(text, /Vouched for by\s+Micro-credential issuers \(demo\)/);
  const lines = await item.locator('[part="evidence"]').allInnerTexts();
  assert.deepEqual(lines, ['listed in the DCC Community Registry (read 1 November 2026)']);
  await shot(page, 'widget-register-provenance.png');
  await chooseLang(page, 'nl');
  assert.deepEqual(await newest(page).locator('[part="evidence"]').allInnerTexts(), ['vermeld in het DCC Community Registry (gelezen op 1 november 2026)']);
  await chooseLang(page, 'en');
  // only the sample file itself and the Dutch words were fetched: the remote badge images stay unloaded
  assert.deepEqual(env.requests.slice(before).filter((u) => !u.endsWith('/www/demo/dcc-test-credential.json') && !/\/pkg\/(lang|words)\/nl\.js$/.test(u)), []);
});

test('a real Europass micro-credential in the demo: the seal\'s three lines, who sealed it, and the EU elements it states, all sealed', async () => {
  // www/demo/europass-micro-credential.jsonld: the Commission's ELM sample (EUPL-1.2), sealed with
  // JAdES by an ANF test seal whose certificate expired in 2025; the RSA seal is checked by WebCrypto
  // in the full module. The demo list holds no EU trusted-list data, so no CA is vouched for.
  await clearResults(page);
  const before = env.requests.length;
  await page.click('button[data-sample="europass-micro-credential.jsonld"]');
  await waitForResults(page, 1);
  const item = newest(page);
  assert.equal((await item.locator('.verdict').innerText()).trim(), 'Could not be checked');
  const text = await item.innerText();
  assert.match(text, /Sealed by\s+ORGANIZACION TEST/);
  assert.match(text, /Kind of seal\s+Advanced seal with a qualified certificate \(not a qualified seal\)/);
  const byCode = Object.fromEntries(await item.locator('ul.checks li').evaluateAll((lis) => lis.map((li) => [li.dataset.code, li.dataset.outcome])));
  assert.equal(byCode.signature_valid, 'pass', 'content unchanged since sealing');
  assert.equal(byCode.seal_certificate_outside_validity, 'not_checked', 'the certificate at signing time: only sigT says when');
  assert.ok(byCode.trust_issuer_not_listed, `the trust line stands apart: ${JSON.stringify(byCode)}`);
  const rows = await item.locator('table.annex tbody tr[data-signed]').evaluateAll((trs) => trs.map((tr) => [tr.dataset.element, tr.dataset.signed]));
  assert.ok(rows.length >= 10 && rows.every(([, signed]) => signed === 'true'), JSON.stringify(rows));
  assert.match(text, /Notional workload\s+2 ECTS/);
  await shot(page, 'demo-europass.png');
  // the sample file, and the widget's own full module and WebCrypto answerer: nothing else
  assert.deepEqual(env.requests.slice(before).filter((u) => !u.endsWith('/www/demo/europass-micro-credential.jsonld') && !u.includes('/pkg/')), []);
});

test('"could not check" is apart from "invalid": icon, words and colour differ', async () => {
  await clearResults(page);
  await page.click('button[data-sample="mbo-status-unknown.json"]');
  await waitForResults(page, 1);
  const marks = await page.locator(`${W} ul.checks li`).evaluateAll((lis) => lis.map((li) => [li.dataset.outcome, li.querySelector('.outcome').textContent]));
  assert.deepEqual(marks.find(([o]) => o === 'not_checked'), ['not_checked', 'Could not check']);
  await page.click('button[data-sample="mbo-tampered-level.json"]');
  await waitForResults(page, 2);
  const failed = await page.locator(`${W} .item >> nth=0`).locator('ul.checks li[data-outcome="fail"] .outcome').innerText();
  assert.match(failed, /failed/i);
  const colours = await page.evaluate((tag) => {
    const root = document.querySelector(tag).shadowRoot;
    const c = (sel) => getComputedStyle(root.querySelector(sel)).color;
    return { fail: c('li[data-outcome="fail"] .outcome'), unchecked: c('li[data-outcome="not_checked"] .outcome') };
  }, W);
  assert.notEqual(colours.fail, colours.unchecked);
});

test('samples at once are listed progressively, newest batch first, with a summary count', async () => {
  await clearResults(page);
  const before = env.requests.length;
  await page.click('button[data-sample="*"]');
  await waitForResults(page, 11);
  const verdicts = await page.locator(`${W} .item`).evaluateAll((items) => items.map((i) => i.dataset.verdict));
  assert.deepEqual(verdicts, ['verified', 'verified', 'verified', 'verified', 'verified', 'invalid', 'expired', 'issuer_unknown', 'issuer_unknown', 'revoked', 'verified']);
  assert.match(await page.locator(`${W} .counts`).innerText(), /11 checked: 6 × Verified, 2 × Authentic, issuer not vouched for, 1 × Expired, 1 × Revoked, 1 × Invalid/);
  // the only requests: the eleven sample files the page fetched to hand over
  assert.equal(env.requests.slice(before).filter((u) => !u.includes('/www/demo/')).length, 0, env.requests.slice(before).join('\n'));
  await page.check(`${W} .filter input`);
  assert.equal(await page.locator(`${W} .item:visible`).count(), 5);
  await shot(page, 'widget-samples-attention.png');
  await page.uncheck(`${W} .filter input`);
  await shot(page, 'widget-samples.png');
});

test('pasting JSON and a JWT', async () => {
  await clearResults(page);
  const json = (await file('www/demo/unknown-issuer.json')).toString('utf8');
  await page.fill(`${W} textarea`, json);
  await page.click(`${W} .paste button`);
  await waitForResults(page, 1);
  assert.equal(await newest(page).locator('.verdict').innerText(), 'Authentic, issuer not vouched for');
  assert.match(await newest(page).locator('.meta').innerText(), /Pasted text/);
  const jwt = (await file('www/demo/de-robotik.jwt')).toString('utf8').trim();
  // pasting with Ctrl+V onto the element (not into the text box) verifies at once
  await page.evaluate((text) => navigator.clipboard.writeText(text), jwt);
  await page.focus(`${W} input[type=file]`);
  await page.keyboard.press('Control+V');
  await waitForResults(page, 2);
  assert.equal(await newest(page).locator('.verdict').innerText(), 'Verified');
  assert.match(await newest(page).innerText(), /Robotik-Grundlagen/);
});

test('Dutch and English: the widget follows the page language; dates and numbers through Intl', async () => {
  await clearResults(page);
  await page.click('button[data-sample="mbo-zorgtechnologie.json"]');
  await waitForResults(page, 1);
  assert.match(await newest(page).innerText(), /Valid from\s+30 June 2026/);
  await chooseLang(page, 'nl');
  const nl = await newest(page).innerText();
  assert.match(nl, /^Geverifieerd/m);
  assert.match(nl, /Geldig vanaf\s+30 juni 2026/);
  assert.match(nl, /Niveau \(EQF \/ NLQF\)\s+EQF 4 · NLQF 4\s+Ondertekend/);
  assert.match(nl, /Studielast\s+Niet vermeld/);
  assert.match(nl, /De handtekening klopt/);
  assert.equal(await page.locator(`${W} .drop-title`).innerText(), 'Sleep credentialbestanden hierheen');
  await page.click('button[data-sample="*"]');
  await waitForResults(page, 12);
  assert.match(await page.locator(`${W} .counts`).innerText(), /^12 gecontroleerd: 7 × Geverifieerd/);
  await shot(page, 'widget-nl.png');
  await chooseLang(page, 'en');
  assert.match(await newest(page).innerText(), /^Verified/m);
});

test('German and French: the page and the widget speak the reader\'s language, words loaded when first needed', async () => {
  for (const [lang, expect] of [
    ['de', { verdict: 'Verifiziert', drop: 'Nachweisdateien hierher ziehen', valid: /Gültig ab\s+30\. Juni 2026/,
      check: /Die Signatur ist gültig: Der Inhalt wurde seit der Signierung nicht verändert\./, element: /Titel\s+Zorgtechnologie in de wijk/,
      fault: 'kein gültiges JSON in Zeile 1, Spalte 15', level: /EQR 4 · NLQF 4/ }],
    ['fr', { verdict: 'Vérifié', drop: 'Déposez ici vos fichiers d’attestation', valid: /Début de validité\s+30 juin 2026/,
      check: /La signature est valide\s*: le contenu n'a pas été modifié depuis la signature\./, element: /Intitulé\s+Zorgtechnologie in de wijk/,
      fault: 'JSON non valide à la ligne 1, colonne 15', level: /CEC 4 · NLQF 4/ }],
  ]) {
    const before = env.requests.length;
    const p = await env.open(`/www/?lang=${lang}`);
    await p.click('button[data-sample="mbo-zorgtechnologie.json"]');
    await waitForResults(p, 1);
    await p.waitForFunction(([tag, v]) => document.querySelector(tag).shadowRoot.querySelector('.verdict')?.textContent === v, [W, expect.verdict]);
    const item = newest(p);
    const text = await item.innerText();
    assert.equal(await p.locator(`${W} .drop-title`).innerText(), expect.drop, lang);
    // the level as the core phrases it in the reader's language (EQR, CEC), not the English EQF
    for (const re of [expect.valid, expect.check, expect.element, expect.level]) assert.match(text, re, `${lang}: ${re}`);
    assert.doesNotMatch(text, /The signature is valid|Valid from/, `${lang}: no English left in what the widget words itself`);
    // the language's table came once from this site; of the others only English (the fallback,
    // in the page and in the worker), never another language's
    const tables = env.requests.slice(before).filter((u) => /\/lang\/[a-z]+\.js$/.test(u)).map((u) => u.replace(/.*\/lang\//, ''));
    assert.deepEqual(tables.filter((t) => t !== 'en.js'), [`${lang}.js`], lang);
    await shot(p, `widget-${lang}.png`);
    // a file that is not JSON: why, in the reader's language, once that language's lines of
    // faults are loaded (fetched the first time a result names one, once)
    await drop(p, [{ name: 'broken.json', data: Buffer.from('{"@context": [}') }]);
    await waitForResults(p, 2);
    await p.waitForFunction(([tag, t]) => document.querySelector(tag).shadowRoot.textContent.includes(t), [W, expect.fault]);
    await shot(p, `widget-${lang}-refused.png`);
    const faults = env.requests.slice(before).filter((u) => /\/lang\/[a-z]+-faults\.js$/.test(u)).map((u) => u.replace(/.*\/lang\//, ''));
    assert.deepEqual(faults.filter((t) => t !== 'en-faults.js'), [`${lang}-faults.js`], lang);
    await p.close();
  }
});

test('learner mode: the same checks and words, plus what is missing and how to fix it', async () => {
  await clearResults(page);
  await page.check('input[name="mode"][value="learner"]');
  try {
    await learnerMode();
  } finally {
    await page.check('input[name="mode"][value="recruiter"]');
  }
  assert.doesNotMatch(await newest(page).innerText(), /how to fix it/);
});

async function learnerMode() {
  assert.match(await page.locator(`${W} .intro`).innerText(), /exactly as an employer will see it/);
  await page.click('button[data-sample="mbo-status-unknown.json"]');
  await waitForResults(page, 1);
  const text = await newest(page).innerText();
  assert.match(text, /^Verified/m);
  assert.match(text, /What is missing, and how to fix it/);
  assert.match(text, /Not stated: Notional workload\s+Ask your issuer to state the workload: an alignment with targetType ext:Workload/);
  assert.match(text, /Not stated: Type of assessment[\s\S]*ext:AssessmentType/);
  assert.match(text, /status list is not available offline[\s\S]*Ask your issuer where employers can get it/);
  assert.match(text, /The signature is valid/); // the employer's words are all still there
  await shot(page, 'widget-learner.png');
  await page.click('button[data-sample="unknown-issuer.json"]');
  await waitForResults(page, 2);
  assert.match(await newest(page).innerText(), /Ask your issuer to register with the trust list employers use/);
  const violations = await axe(page);
  assert.deepEqual(violations, [], 'axe in learner mode');
}

test('copy summary puts a plain-text summary on the clipboard and says so', async () => {
  await clearResults(page);
  await page.click('button[data-sample="mbo-zorgtechnologie.json"]');
  await waitForResults(page, 1);
  await newest(page).locator('button', { hasText: 'Copy summary' }).click();
  await page.waitForFunction((tag) => /copied/.test(document.querySelector(tag).shadowRoot.querySelector('.live').textContent), W);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^Verification summary \(Keurmerk \d+\.\d+\.\d+\)/);
  assert.match(copied, /Verdict: Verified — A trust list vouches for this issuer\./);
  assert.match(copied, /Issuer: ROC Voorbeeldstad \(VET college\) \(Confirmed by a trust list: Micro-credential issuers \(demo\)\)/);
  assert.match(copied, /  Level \(EQF \/ NQF\): EQF 4 · NLQF 4\n/);
  assert.match(copied, /  Notional workload: not stated/);
  assert.match(copied, /  \[Passed\] Signature: The signature is valid/);
});

test('print: a one-page verification summary of the chosen result', async () => {
  await clearResults(page);
  await page.click('button[data-sample="mbo-status-unknown.json"]');
  await waitForResults(page, 1);
  await page.click('button[data-sample="mbo-zorgtechnologie.json"]');
  await waitForResults(page, 2);
  // window.print() opens a dialog; record what is marked for printing instead, and print to PDF.
  await page.evaluate(() => { window.print = () => { window.__printed = true; }; });
  await newest(page).locator('button', { hasText: 'Print summary' }).click();
  assert.equal(await page.evaluate(() => window.__printed), true);
  assert.equal(await page.locator(`${W}[printing] .item[data-print]`).count(), 1);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator(`${W} .item`).nth(1).isVisible(), false, 'only the chosen result prints');
  assert.equal(await page.locator(`${W} .drop`).isVisible(), false);
  await shot(page, 'widget-print.png');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await writeFile(new URL('widget-print.pdf', SHOTS), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 1, 'the summary fits one A4 page');
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await page.locator(`${W}[printing]`).count(), 0);
});

test('axe-core finds no WCAG 2.2 A/AA violations (empty, recruiter results, Dutch)', async () => {
  const fresh = await env.open('/www/');
  assert.deepEqual(await axe(fresh), [], 'empty page');
  await fresh.click('button[data-sample="*"]');
  await waitForResults(fresh, 11);
  await fresh.locator(`${W} .item`).nth(5).locator('.toggle').click(); // the invalid one, expanded
  assert.deepEqual(await axe(fresh), [], 'with results');
  await chooseLang(fresh, 'nl');
  assert.deepEqual(await axe(fresh), [], 'in Dutch');
  await fresh.close();
});

test('no page errors and no CSP violations', async () => {
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(env.errors, []);
});
