// The npm package's widget files under Node: the exports resolve to files that exist, the element's
// module loads without a DOM, every word exists in both languages, and missingDocuments() reads the
// phrases the core uses to name a document it was not given (the resolver relies on them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, access } from 'node:fs/promises';

import { Verifier, init, labels, missingDocuments } from '../../pkg/index.js';
import { WORDS, ADVICE } from '../../pkg/keurmerk-words.js';

const PKG = new URL('../../pkg/', import.meta.url);
const own = (name) => readFile(new URL(`../vectors/own/${name}`, import.meta.url));
const NOW = '2026-11-22T00:00:00Z';

test('package.json exports and files exist; the widget is its own entry point', async () => {
  const pkg = JSON.parse(await readFile(new URL('package.json', PKG), 'utf8'));
  const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  for (const path of new Set([...targets, ...pkg.files.map((f) => `./${f}`)])) {
    await access(new URL(path, PKG)); // throws if missing
  }
  assert.equal(pkg.exports['./widget'].default, './keurmerk-verifier.js');
  assert.deepEqual(pkg.sideEffects, ['./keurmerk-verifier.js']);
  // the API alone does not pull in the UI
  assert.doesNotMatch(await readFile(new URL('index.js', PKG), 'utf8'), /keurmerk-verifier|keurmerk-words/);
});

test('the widget module loads in Node (no DOM: nothing is registered)', async () => {
  const mod = await import('../../pkg/keurmerk-verifier.js');
  assert.equal(typeof mod.KeurmerkVerifier, 'function');
  assert.equal(mod.pickLang('nl-BE'), 'nl');
  assert.equal(mod.pickLang('en-US'), 'en');
  assert.equal(mod.pickLang(undefined), 'en');
});

test('every word of the element exists in English and Dutch, of the same kind', () => {
  assert.deepEqual(Object.keys(WORDS.nl).sort(), Object.keys(WORDS.en).sort());
  for (const key of Object.keys(WORDS.en)) assert.equal(typeof WORDS.nl[key], typeof WORDS.en[key], key);
  for (const id of ['intake', 'credential', 'proof', 'issuer_key', 'validity', 'status', 'trust']) assert.ok(WORDS.en[`check_${id}`] && WORDS.nl[`check_${id}`], id);
  for (const o of ['pass', 'fail', 'warn', 'not_checked']) assert.ok(WORDS.en[`outcome_${o}`] && WORDS.nl[`outcome_${o}`], o);
});

test('learner advice exists for every mandatory Annex I element, in both languages', async () => {
  await init();
  for (const lang of ['en', 'nl']) {
    for (const k of labels().mandatory) assert.ok(ADVICE[lang].element[k], `${lang} ${k}`);
    assert.deepEqual(Object.keys(ADVICE[lang].code).sort(), Object.keys(ADVICE.en.code).sort());
    assert.deepEqual(Object.keys(ADVICE[lang].verdict).sort(), Object.keys(ADVICE.en.verdict).sort());
  }
});

test('missingDocuments names the DID documents and status lists a report lacked', async () => {
  const verifier = await Verifier.create();
  const cases = {
    'jcs-did-web-no-document.json': [{ url: 'did:web:badges.roc-voorbeeldstad.example', kind: 'did' }],
    'status-list-missing.json': [{ url: 'https://status.roc-voorbeeldstad.example/lists/status-list-revocation.json', kind: 'status' }],
    '1edtech-revoked.json': [{ url: 'https://status.roc-voorbeeldstad.example/lists/1edtech-revocations.json', kind: 'status' }],
    'jcs-valid.json': [],
    'jwt-alg-none.jwt': [],
  };
  for (const [name, wanted] of Object.entries(cases)) {
    assert.deepEqual(missingDocuments(verifier.verify(await own(name), { now: NOW })), wanted, name);
  }
  // and once supplied, nothing is missing any more
  const doc = await own('did-web-document.json');
  const withDoc = await Verifier.create({ documents: { 'did:web:badges.roc-voorbeeldstad.example': doc } });
  assert.deepEqual(missingDocuments(withDoc.verify(await own('jcs-did-web.json'), { now: NOW })), []);
  // hostile details never produce anything but a DID or an http(s) URL
  const fake = { checks: [{ code: 'key_unresolvable', detail: 'the DID document of javascript:alert(1) was not supplied' }] };
  assert.deepEqual(missingDocuments(fake), []);
  assert.deepEqual(missingDocuments(null), []);
});
