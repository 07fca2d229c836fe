// The npm package's widget files under Node: the exports resolve to files that exist, the element's
// module loads without a DOM and registers itself where there is a registry, and every word exists in
// both languages. (missingDocuments(), which the widget's resolver relies on: tests/js/pkg.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, access } from 'node:fs/promises';

import { init, labels } from '../../pkg/index.js';
import { WORDS, ADVICE, say, loadWords } from '../../pkg/keurmerk-words.js';

await Promise.all(['nl', 'de', 'fr'].map(loadWords)); // the tests read every language's words
import { TAG, defineElement } from '../../pkg/keurmerk-verifier-define.js';

const PKG = new URL('../../pkg/', import.meta.url);

test('package.json exports and files exist; the widget is its own entry point', async () => {
  const pkg = JSON.parse(await readFile(new URL('package.json', PKG), 'utf8'));
  const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  for (const path of new Set([...targets, ...pkg.files.map((f) => `./${f}`)])) {
    await access(new URL(path, PKG)); // throws if missing
  }
  assert.equal(pkg.exports['./widget'].default, './keurmerk-verifier.js');
  // importing the element registers it, and the worker registers its message handler: nothing else
  // in the package does anything on import
  assert.deepEqual(pkg.sideEffects, ['./keurmerk-verifier.js', './worker.js']);
  // the API alone does not pull in the UI
  assert.doesNotMatch(await readFile(new URL('index.js', PKG), 'utf8'), /keurmerk-verifier|keurmerk-words|render\.js|dom\.js/);
});

test('every module the element imports, however deep, is in the package and needs no wasm', async () => {
  const pkg = JSON.parse(await readFile(new URL('package.json', PKG), 'utf8'));
  const seen = new Set();
  const walk = async (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = await readFile(new URL(file, PKG), 'utf8');
    for (const [, dep] of source.matchAll(/^import\s[^'"]*['"]\.\/([^'"]+)['"]/gm)) await walk(dep);
  };
  await walk('keurmerk-verifier.js');
  for (const file of seen) assert.ok(pkg.files.includes(file), `${file} is in package.json "files"`);
  assert.ok(!seen.has('index.js') && !seen.has('keurmerk_core.js'), 'the element leaves the wasm to the worker');
  assert.ok(seen.has('verdicts.js') && seen.has('render.js') && seen.has('worker-client.js'));
  // the widget's share of scripts/build.sh's size line counts every one of them, and the worker
  const build = await readFile(new URL('../scripts/build.sh', PKG), 'utf8');
  const list = (name) => new RegExp(`${name}=\\(([^)]*)\\)`).exec(build)?.[1].split(/\s+/).filter(Boolean) ?? [];
  const counted = [...list('UI_FILES'), ...list('CORE_JS').filter((f) => f !== 'index.js')];
  assert.deepEqual([...counted].sort(), [...seen, 'worker.js'].sort());
});

test('the widget module loads in Node (no DOM: nothing is registered)', async () => {
  const mod = await import('../../pkg/keurmerk-verifier.js');
  assert.equal(typeof mod.KeurmerkVerifier, 'function');
  assert.equal(typeof mod.define, 'function');
  mod.define(); // no registry: does nothing, throws nothing
  assert.equal(mod.pickLang('nl-BE'), 'nl');
  assert.equal(mod.pickLang('en-US'), 'en');
  assert.equal(mod.pickLang(undefined), 'en');
});

test('registration: once per name; another name gets a subclass; no registry, no registration', () => {
  const defined = new Map();
  const registry = { get: (tag) => defined.get(tag), define: (tag, cls) => defined.set(tag, cls) };
  class Element {}
  defineElement(Element, undefined, registry);
  defineElement(Element, TAG, registry); // again: ignored
  assert.equal(TAG, 'keurmerk-verifier');
  assert.equal(defined.get(TAG), Element);
  defineElement(Element, 'hr-credential-check', registry);
  const other = defined.get('hr-credential-check');
  assert.notEqual(other, Element);
  assert.ok(other.prototype instanceof Element);
  assert.equal(defined.size, 2);
  defineElement(Element, TAG, null);
});

test('every word of the element exists in English and Dutch, of the same kind', () => {
  assert.deepEqual(Object.keys(WORDS.nl).sort(), Object.keys(WORDS.en).sort());
  for (const key of Object.keys(WORDS.en)) assert.equal(typeof WORDS.nl[key], typeof WORDS.en[key], key);
  for (const id of ['intake', 'credential', 'proof', 'issuer_key', 'validity', 'status', 'trust']) assert.ok(WORDS.en[`check_${id}`] && WORDS.nl[`check_${id}`], id);
  for (const o of ['pass', 'fail', 'warn', 'not_checked']) assert.ok(WORDS.en[`outcome_${o}`] && WORDS.nl[`outcome_${o}`], o);
  assert.equal(say('nl', 'progress', '1', '2'), '1 van 2 gecontroleerd');
  assert.equal(say('en', 'details'), 'Details');
  assert.equal(say('xx', 'details'), 'Details');
  assert.equal(say('nl', 'no_such_word'), 'no_such_word');
});

test('learner advice exists for every mandatory Annex I element, in both languages', async () => {
  await init();
  for (const lang of ['en', 'nl']) {
    for (const k of labels().mandatory) assert.ok(ADVICE[lang].element[k], `${lang} ${k}`);
    assert.deepEqual(Object.keys(ADVICE[lang].code).sort(), Object.keys(ADVICE.en.code).sort());
    assert.deepEqual(Object.keys(ADVICE[lang].verdict).sort(), Object.keys(ADVICE.en.verdict).sort());
  }
});
