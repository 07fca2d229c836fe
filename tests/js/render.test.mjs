// pkg/render.js and the verdict table: the widget knows exactly the verdicts the core has (the
// generated pkg/verdicts.js), each with a tone the stylesheet colours and an icon of its own shape;
// the reason line is the check the core says decided (`report.deciding`), never a guess; the count
// and the copied summary in words; and a result rendered with hostile text keeps it text.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { installFakeDocument } from './fake-dom.mjs';
import { VERDICTS, FORCES } from '../../pkg/verdicts.js';
import { ICON_PATHS } from '../../pkg/dom.js';
import { CSS } from '../../pkg/styles.js';
import {
  VERDICT_LOOK, COUNT_ORDER, lookOf, makeView, headline, checkWords, decidingCheck, displayIssuer, clip,
  tally, tallyText, summaryText, renderItem,
} from '../../pkg/render.js';
import { loadLanguage } from '../../pkg/languages.js';
import { loadWords } from '../../pkg/keurmerk-words.js';
import { CODES as EN } from '../../pkg/lang/en.js';
import { CODES as NL } from '../../pkg/lang/nl.js';

before(installFakeDocument);
before(() => Promise.all([loadLanguage('nl'), loadWords('nl')]));

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

test('pkg/verdicts.js is what scripts/gen-report-codes.py makes of the core today', () => {
  try {
    execFileSync('python3', ['scripts/gen-report-codes.py', '--check', 'pkg/verdicts.js'], { cwd: ROOT, encoding: 'utf8' });
  } catch (err) {
    if (err.code === 'ENOENT') return; // no python3 here: CI has it
    assert.fail(`${err.stdout}${err.stderr}`);
  }
});

test('the generated verdicts: nine, in the core\'s precedence, and the codes that force each', () => {
  assert.deepEqual(VERDICTS, ['unreadable', 'invalid', 'revoked', 'suspended', 'expired', 'not_yet_valid', 'indeterminate', 'issuer_unknown', 'verified']);
  assert.ok(Object.isFrozen(VERDICTS) && Object.isFrozen(FORCES));
  for (const [code, verdict] of Object.entries(FORCES)) {
    assert.match(code, /^[a-z0-9_]+$/);
    assert.ok(VERDICTS.includes(verdict), `${code} forces ${verdict}`);
  }
  // no code forces the two verdicts the core gives when none is forced
  assert.ok(!Object.values(FORCES).includes('verified') && !Object.values(FORCES).includes('issuer_unknown'));
  assert.equal(FORCES.signature_invalid, 'invalid');
  assert.equal(FORCES.status_revoked, 'revoked');
  assert.equal(FORCES.key_unresolvable, 'indeterminate');
  assert.equal(FORCES.signature_valid, undefined);
});

test('the verdict table covers exactly the core\'s verdicts, each with a styled tone and a drawn icon', () => {
  assert.deepEqual(Object.keys(VERDICT_LOOK), [...VERDICTS], 'the same verdicts, in precedence order');
  for (const [verdict, look] of Object.entries(VERDICT_LOOK)) {
    assert.deepEqual(Object.keys(look).sort(), ['icon', 'tone'], verdict);
    assert.ok(['ok', 'warn', 'bad', 'unknown'].includes(look.tone), `${verdict}: tone ${look.tone}`);
    assert.ok(Object.hasOwn(ICON_PATHS, look.icon), `${verdict}: icon ${look.icon}`);
    // `unknown` is the tone of an .item without one; the others each have their rule
    if (look.tone !== 'unknown') assert.ok(CSS.includes(`.item[data-tone="${look.tone}"]`), `${verdict}: CSS for ${look.tone}`);
  }
  // a verdict is never told by colour alone: verdicts of different tones have different icons
  const iconsByTone = new Map();
  for (const { tone, icon } of Object.values(VERDICT_LOOK)) iconsByTone.set(icon, [...new Set([...(iconsByTone.get(icon) ?? []), tone])]);
  for (const [icon, tones] of iconsByTone) assert.equal(tones.length, 1, `${icon} used for ${tones}`);
  assert.deepEqual(lookOf('verified'), { tone: 'ok', icon: 'check' });
  assert.deepEqual(lookOf('no_such_verdict'), { tone: 'bad', icon: 'cross' });
  assert.deepEqual(lookOf('constructor'), { tone: 'bad', icon: 'cross' });
  assert.deepEqual(COUNT_ORDER, [...VERDICTS].reverse(), 'counted best first');
});

const check = (id, outcome, code, detail = '') => ({ id, outcome, code, detail });
const report = (over = {}) => ({
  verdict: 'invalid', deciding: 2, format: 'json', securing: ['eddsa-jcs-2022'],
  checks: [
    check('intake', 'pass', 'input_read', '2044 bytes'),
    check('credential', 'pass', 'credential_parsed'),
    check('proof', 'fail', 'signature_invalid', 'eddsa-jcs-2022: the signature does not verify'),
    check('issuer_key', 'pass', 'issuer_key_bound'),
    check('validity', 'pass', 'validity_ok'),
    check('status', 'not_checked', 'status_list_unavailable', 'the status list https://s.example/1 was not supplied'),
    check('trust', 'not_checked', 'trust_no_lists', 'no trust list was loaded'),
  ],
  unsigned: [], credential: { name: 'Zorgtechnologie' }, issuer: { id: 'did:key:z6Mk', name: 'ROC', name_source: 'self_asserted' },
  validity: { now: '2026-11-22T00:00:00Z', valid_from: '2026-06-30T00:00:00Z', valid_until: null },
  descriptors: {}, annex_i: null, image: null, keurmerk_version: '0.1.0',
  ...over,
});

test('the deciding check is the core\'s report.deciding; without one there is no reason', () => {
  const r = report();
  assert.equal(decidingCheck(r), r.checks[2]);
  for (const deciding of [null, undefined, -1, 99, 1.5, '2']) assert.equal(decidingCheck(report({ deciding })), null, String(deciding));
  assert.equal(decidingCheck(null), null);
});

test('words: the language table\'s for codes and verdicts, else the check\'s facts, else its code', () => {
  const en = makeView({ lang: 'en' });
  const nl = makeView({ lang: 'nl' });
  assert.equal(headline(en, 'invalid'), 'Invalid');
  assert.equal(headline(nl, 'invalid'), 'Ongeldig');
  assert.equal(headline(en, 'revoked'), 'Revoked');
  assert.equal(headline(en, 'no_such_verdict'), 'no_such_verdict');
  assert.equal(headline(makeView({ lang: 'de' }), 'invalid'), 'Invalid', 'English until German is loaded');
  assert.equal(checkWords(nl, check('proof', 'fail', 'signature_invalid', 'x')), NL.signature_invalid);
  assert.equal(checkWords(en, check('intake', 'fail', 'file_not_readable', '')), 'The browser could not read this file.');
  assert.equal(checkWords(en, check('intake', 'pass', 'no_such_code', '12 bytes')), '12 bytes');
  assert.equal(checkWords(en, check('intake', 'pass', 'no_such_code', '')), 'no_such_code');
});

test('counts, best first, in either language', () => {
  const reports = ['invalid', 'verified', 'issuer_unknown', 'verified', 'revoked', 'expired', 'unreadable'].map((verdict) => ({ verdict }));
  assert.deepEqual(tally(reports), { invalid: 1, verified: 2, issuer_unknown: 1, revoked: 1, expired: 1, unreadable: 1 });
  assert.equal(tallyText(makeView({ lang: 'en' }), reports),
    '2 × Verified, 1 × Authentic, issuer not vouched for, 1 × Expired, 1 × Revoked, 1 × Invalid, 1 × Unreadable');
  const many = Array.from({ length: 1000 }, (_, i) => ({ verdict: i < 990 ? 'verified' : 'invalid' }));
  assert.equal(tallyText(makeView({ lang: 'nl' }), many), '990 × Geverifieerd, 10 × Ongeldig');
});

test('the issuer shown, and clipped one-line text', () => {
  const listed = { name: 'Self', name_source: 'trust_list', names: { nl: 'Lijstnaam', en: 'List name' } };
  assert.equal(displayIssuer(listed, 'nl'), 'Lijstnaam');
  assert.equal(displayIssuer({ ...listed, names: { en: 'List name' } }, 'nl'), 'List name');
  assert.equal(displayIssuer({ name: 'Self', name_source: 'self_asserted' }, 'nl'), 'Self');
  assert.equal(displayIssuer(null, 'en'), '');
  assert.equal(clip('  a\n\tb  '), 'a b');
  assert.equal(clip('x'.repeat(10), 4), 'xxxx…');
});

test('the copied summary says the verdict and why, from the deciding check', () => {
  const view = makeView({ lang: 'en', version: '0.1.0' });
  const text = summaryText(view, report(), 'badge.json');
  const lines = text.split('\n');
  assert.equal(lines[0], 'Verification summary (Keurmerk 0.1.0)');
  assert.equal(lines[1], 'File: badge.json');
  assert.equal(lines[2], `Verdict: Invalid — ${EN.signature_invalid}`);
  assert.equal(lines[3], 'Issuer: ROC (Self-asserted) — did:key:z6Mk');
  assert.ok(lines.includes(`  [Failed] Signature: ${EN.signature_invalid}`));
  assert.ok(lines.includes(`  [Could not check] Revocation: ${EN.status_list_unavailable}`));
  assert.equal(lines.at(-1), 'Checked at: 22 November 2026');
  assert.equal(summaryText(view, report({ deciding: null }), '').split('\n')[1], 'Verdict: Invalid');
  const verified = report({ verdict: 'verified', deciding: 6, checks: [...report().checks.slice(0, 6), check('trust', 'pass', 'trust_vouched')] });
  assert.match(summaryText(makeView({ lang: 'nl' }), verified), /\nUitslag: Geverifieerd — Een vertrouwenslijst staat in voor deze uitgever\.\n/);
});

test('the copied summary in French puts a no-break space before each colon', async () => {
  await Promise.all([loadLanguage('fr'), loadWords('fr')]);
  const lines = summaryText(makeView({ lang: 'fr', version: '0.1.0' }), report(), 'badge.json').split('\n');
  assert.ok(lines.length > 5);
  for (const line of lines.filter((l) => l.includes(':') && !l.includes('did:'))) assert.ok(!/[^\u00a0]:/.test(line.replace(/\d:\d/g, '')), line);
  assert.match(lines[1], /^Fichier\u00a0: badge\.json$/);
});

test('one result: tone, icon, verdict, the deciding reason, what could not be checked; hostile text stays text', () => {
  const hostile = '<img src=x onerror="window.__pwned = 1">';
  const view = makeView({ lang: 'en' });
  const entry = { name: `${hostile}.json`, report: report({ credential: { name: hostile } }), open: false };
  const item = renderItem(view, entry);
  assert.equal(item.tagName, 'li');
  assert.equal(item.getAttribute('data-verdict'), 'invalid');
  assert.equal(item.getAttribute('data-tone'), 'bad');
  assert.equal(item.getAttribute('part'), 'result result-bad');
  assert.equal(item.find('.verdict').textContent, 'Invalid');
  assert.equal(item.find('.reason').textContent, EN.signature_invalid);
  // not checked, and not the reason: the status and trust checks
  assert.equal(item.find('.skipped').textContent, 'Could not check: Revocation, Trust list');
  assert.equal(item.find('.file').textContent, `${hostile}.json`);
  assert.equal(item.find('.title').textContent, hostile);
  assert.deepEqual(item.findAll('img'), [], 'no image from a name');
  const head = item.find('.head');
  assert.deepEqual(head.children[0].children.map((c) => c.getAttribute('d')), [null, ...ICON_PATHS.cross], 'a disc and a cross');
  // the details are built when opened
  assert.equal(item.find('.body').childElementCount, 0);
  item.find('.toggle').fire('click');
  assert.equal(item.find('.toggle').getAttribute('aria-expanded'), 'true');
  assert.equal(item.find('.body').hidden, false);
  assert.deepEqual(item.find('.checks').children.map((li) => li.getAttribute('data-code')), report().checks.map((c) => c.code));
  // no deciding check: no reason line, and a not-checked check is listed as skipped
  const undecided = renderItem(view, { name: 'x.json', report: report({ verdict: 'issuer_unknown', deciding: null }), open: true });
  assert.equal(undecided.find('.reason'), null);
  assert.equal(undecided.getAttribute('data-tone'), 'warn');
  assert.ok(undecided.find('.body').childElementCount > 0, 'a small batch opens its results');
});
