// pkg/render.js for what the core names and does not verify (`check.named`) and for presentations
// (`report.presentation`): real reports from the npm package, rendered in English and Dutch with the
// catalogue's words (pkg/lang/, inner credentials included), and hostile text that must stay text
// (the fake DOM throws on markup).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { installFakeDocument } from './fake-dom.mjs';
import { Verifier, describe, headline as coreHeadline, loadLanguage } from '../../pkg/index.js';
import { WORDS as ELEMENT_WORDS, loadWords } from '../../pkg/keurmerk-words.js';
import { CSS } from '../../pkg/styles.js';
import { makeView, renderItem, renderPresentation, summaryText, namedWords, reasonWords, headline } from '../../pkg/render.js';

before(installFakeDocument);
before(() => Promise.all([loadLanguage('nl'), loadWords('nl')]));

const NOW = '2025-06-01T00:00:00Z';
const BLOCKCERTS = 'recognise/blockcerts-cert-verifier-js/v3-testnet-v3-did.json';
const VP_JWT = 'next-wave/w3c-vc-jose-cose-test-suite/presentation-jose-multiple.txt';
const VP_BLOCKCERTS = 'recognise/blockcerts-cert-verifier-js/v3-mocknet-verifiable-presentation.json';

let verifier;
async function verify(path) {
  verifier ??= await Verifier.create();
  return verifier.verify(await readFile(new URL(`../vectors/${path}`, import.meta.url)), { now: NOW });
}

const views = () => ['en', 'nl'].map((lang) => makeView({ lang, version: '0.1.0' }));

test('a Blockcerts certificate: what it is and what to do instead, in the head, in both languages', async () => {
  const report = await verify(BLOCKCERTS);
  const deciding = report.checks[report.deciding];
  assert.equal(deciding.code, 'blockchain_anchored');
  assert.equal(deciding.named.format, 'blockcerts');
  for (const view of views(report)) {
    const { lang } = view;
    const item = renderItem(view, { name: 'cert.json', report, open: false });
    assert.equal(item.find('.verdict').textContent, coreHeadline('indeterminate', lang));
    // without opening the details: the format named, and what the recruiter could do instead
    const head = item.find('.head');
    assert.equal(head.find('.reason').textContent, deciding.named.what[lang]);
    assert.ok(head.find('.reason').classList.contains('named'));
    assert.equal(head.find('.instead').textContent, `${ELEMENT_WORDS[lang].instead}: ${deciding.named.instead[lang]}`);
    assert.equal(item.find('.body').childElementCount, 0, 'details not built yet');
    assert.equal(item.find('.presented'), null, 'not a presentation');
    // in the details, under its own check, as two lines of their own
    item.find('.toggle').fire('click');
    const li = item.find('.checks').findAll('[data-code=blockchain_anchored]')[0];
    assert.equal(li.find('.words').textContent, describe('blockchain_anchored', lang));
    assert.equal(li.find('.named').textContent, deciding.named.what[lang]);
    assert.equal(li.find('.instead').textContent, `${ELEMENT_WORDS[lang].instead}: ${deciding.named.instead[lang]}`);
    // and in the copied summary
    const lines = summaryText(view, report, 'cert.json').split('\n');
    assert.equal(lines[2], `${ELEMENT_WORDS[lang].verdict}: ${coreHeadline('indeterminate', lang)} — ${deciding.named.what[lang]}`);
    assert.equal(lines[3], `${ELEMENT_WORDS[lang].instead}: ${deciding.named.instead[lang]}`);
  }
  assert.match(deciding.named.instead.en, /Blockcerts verifier/);
});

test('named words: the view\'s language, else English; nothing named, nothing shown', () => {
  const nl = makeView({ lang: 'nl' });
  const check = { id: 'proof', outcome: 'not_checked', code: 'x', detail: 'facts', named: { format: 'f', what: { en: 'W', nl: 'Wn' }, instead: { en: 'I' } } };
  assert.deepEqual(namedWords(nl, check), { what: 'Wn', instead: 'I' });
  assert.equal(reasonWords(nl, check), 'Wn');
  assert.equal(namedWords(nl, { ...check, named: undefined }), null);
  assert.equal(namedWords(nl, { ...check, named: 'a string' }), null);
  assert.equal(namedWords(nl, { ...check, named: { what: 5, instead: null } }), null);
  assert.equal(reasonWords(nl, { ...check, named: undefined }), 'facts');
  assert.equal(reasonWords(nl, null), '');
  const item = renderItem(nl, { name: 'x', report: { verdict: 'indeterminate', deciding: 0, checks: [{ ...check, named: { what: { en: 'only what' } } }] }, open: true });
  assert.equal(item.find('.reason').textContent, 'only what');
  assert.equal(item.find('.instead'), null);
});

test('a VP-JWT: the holder as stated, each credential with its own verdict and details, what was not opened', async () => {
  const report = await verify(VP_JWT);
  const p = report.presentation;
  assert.equal(p.credentials.length, 2);
  assert.equal(p.notOpened, 1);
  for (const view of views(report)) {
    const { lang } = view;
    const W = ELEMENT_WORDS[lang];
    const item = renderItem(view, { name: 'vp.txt', report, open: false });
    assert.equal(item.find('.reason').textContent, report.checks[report.deciding].named.what[lang]);
    // shown without opening the presentation's details
    const section = item.find('.presented');
    assert.ok(section, 'the presentation is shown in the head');
    assert.equal(section.getAttribute('part'), 'presentation');
    const holder = section.find('.holder');
    assert.equal(holder.find('dt').textContent, W.holder);
    assert.ok(holder.find('dd').textContent.startsWith(`${p.holder} ${W.selfTag}`), holder.find('dd').textContent);
    assert.equal(holder.find('.note').textContent, W.holderUnchecked);
    const inner = section.find('.presented-list').children;
    assert.equal(inner.length, 2);
    inner.forEach((li, i) => {
      const r = p.credentials[i];
      assert.ok(li.classList.contains('nested'));
      assert.equal(li.getAttribute('data-verdict'), r.verdict);
      assert.equal(li.getAttribute('data-tone'), 'unknown');
      assert.equal(li.getAttribute('part'), 'presented presented-unknown');
      const verdict = li.find('.verdict');
      assert.equal(verdict.tagName, 'h5', 'a heading under the result\'s h3 and the list\'s h4');
      assert.equal(verdict.textContent, headline(view, r.verdict));
      assert.equal(verdict.textContent, coreHeadline(r.verdict, lang), 'the core\'s words, as at the top');
      assert.equal(li.find('.reason').textContent, describe(r.checks[r.deciding].code, lang));
      assert.equal(li.find('.file').textContent, W.presentedItem(String(i + 1), '2'));
      assert.equal(li.find('.who').textContent, r.issuer.id);
      // its own details, one level deep: no copy or print, no presentation of its own
      assert.equal(li.find('.body').childElementCount, 0);
      li.find('.toggle').fire('click');
      const body = li.find('.body');
      assert.equal(body.hidden, false);
      assert.deepEqual(body.find('.checks').children.map((c) => c.getAttribute('data-code')), r.checks.map((c) => c.code));
      assert.equal(body.find('.actions'), null);
      assert.equal(li.find('.presented'), null);
      assert.ok(body.findAll('h4').length === 0 && body.findAll('h6').length > 0, 'its parts under h6');
    });
    assert.equal(section.find('.not-opened').textContent, W.notOpened(1, '1'));
    // the presentation's own details still have their copy and print buttons
    item.find('.toggle').fire('click');
    const [head, presented, body] = item.children[0].children.slice(-3);
    assert.deepEqual([head.className, presented.className, body.className], ['head', 'presented', 'body'], 'between the head and the details');
    assert.ok(body.find('.actions'));
    // the copied summary lists them
    const text = summaryText(view, report, 'vp.txt');
    assert.ok(text.includes(`\n${W.holder}: ${p.holder} (${W.selfTag})\n${W.presentedTitle}:\n  1. ${coreHeadline('indeterminate', lang)} — `), text);
    assert.ok(text.includes(`\n  2. ${coreHeadline('indeterminate', lang)} — ${describe('key_unresolvable', lang)} — ${W.issuer}: ${p.credentials[1].issuer.id}\n`), text);
    assert.ok(text.includes(`\n  ${W.notOpened(1, '1')}\n`), text);
  }
});

test('credentials inside a presentation that name their format say so in their own head', async () => {
  const report = await verify(VP_BLOCKCERTS);
  const [view] = views(report);
  const section = renderPresentation(view, report);
  const inner = section.find('.presented-list').children;
  assert.equal(inner.length, 2);
  for (const [i, li] of inner.entries()) {
    const named = report.presentation.credentials[i].checks.find((c) => c.named).named;
    assert.equal(li.find('.reason').textContent, named.what.en);
    assert.equal(li.find('.instead').textContent, `Instead: ${named.instead.en}`);
  }
  assert.equal(section.find('.not-opened'), null, 'everything was opened');
  assert.equal(renderPresentation(view, { ...report, presentation: undefined }), null);
});

test('hostile text in a presentation and in named words stays text', () => {
  const hostile = '<img src=x onerror="window.__pwned = 1"><script>alert(1)</script>';
  const check = (id, outcome, code, extra = {}) => ({ id, outcome, code, detail: hostile, ...extra });
  const inner = {
    verdict: 'verified', deciding: 1, format: 'json', securing: [],
    checks: [check('proof', 'pass', 'signature_valid'), check('trust', 'pass', 'trust_issuer_listed',
      { named: { format: hostile, what: { en: hostile, nl: hostile }, instead: { en: hostile, nl: hostile } } })],
    credential: { name: hostile }, issuer: { id: hostile, name: hostile, name_source: 'self_asserted' },
    unsigned: [], validity: null, descriptors: {}, annex_i: null, image: null,
  };
  const report = {
    verdict: 'indeterminate', deciding: 0, format: 'json', securing: [],
    checks: [check('credential', 'not_checked', 'presentation', { named: { format: 'presentation', what: { en: hostile, nl: hostile }, instead: { en: hostile, nl: hostile } } })],
    presentation: { holder: hostile, signatureChecked: false, notOpened: 2, credentials: [inner, null, { verdict: 'x' }] },
    unsigned: [], credential: null, issuer: null, validity: null, descriptors: {}, annex_i: null, image: null,
  };
  const view = makeView({ lang: 'nl' });
  const item = renderItem(view, { name: hostile, report, open: true });
  assert.equal(item.find('.reason').textContent, hostile);
  assert.equal(item.find('.instead').textContent, `${ELEMENT_WORDS.nl.instead}: ${hostile}`);
  assert.ok(item.find('.holder').find('dd').textContent.startsWith(hostile));
  const nested = item.find('.presented-list').children;
  assert.equal(nested.length, 1, 'entries that are no report are left out');
  assert.equal(nested[0].find('.title').textContent, hostile.slice(0, 120) + (hostile.length > 120 ? '…' : ''));
  assert.equal(nested[0].find('.who').textContent, hostile);
  assert.equal(nested[0].find('.reason').textContent, hostile);
  nested[0].find('.toggle').fire('click');
  assert.equal(nested[0].find('[data-code=trust_issuer_listed]').find('.named').textContent, hostile);
  for (const tag of ['img', 'script', 'a']) assert.deepEqual(item.findAll(tag), [], tag);
  assert.equal(globalThis.__pwned, undefined);
  assert.equal(item.find('.not-opened').textContent, ELEMENT_WORDS.nl.notOpened(2, '2'));
  // nonsense where numbers and lists belong: nothing shown for them, nothing thrown
  for (const presentation of [{ credentials: 'x', notOpened: '3' }, { credentials: [], notOpened: -1 }, {}]) {
    const section = renderPresentation(view, { ...report, presentation });
    assert.equal(section.find('.presented-list'), null);
    assert.equal(section.find('.not-opened'), null);
    assert.ok(section.textContent.includes(ELEMENT_WORDS.nl.presentedNone));
    assert.ok(section.textContent.includes(ELEMENT_WORDS.nl.noHolder));
  }
  assert.ok(summaryText(view, report, hostile).includes(hostile.slice(0, 100)));
});

test('styles: the attention filter and print rules reach only top-level results', () => {
  assert.ok(CSS.includes('.list.attention > .item[data-verdict="verified"]'), 'a verified credential inside stays shown');
  assert.ok(!/\.list\.attention \.item/.test(CSS));
  for (const cls of ['.presented', '.presented-list', '.item.nested', '.instead', '.not-opened', '.reason.named']) assert.ok(CSS.includes(cls), cls);
});
