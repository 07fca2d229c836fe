// labels() of the npm package: the EU descriptor catalogue from the generated lang/xx.js tables
// (no wasm needed): English always, every element in Annex I order with the mandatory ones first,
// every controlled value; Dutch, German and French once loaded. Words missing in a language fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { labels, loadLanguage, LANGS } from '../../pkg/index.js';

test('English without init(), every element and value named', () => {
  const l = labels();
  assert.equal(l.order.length, 16);
  assert.deepEqual(l.mandatory, l.order.slice(0, 11));
  assert.equal(l.elements.title.en, 'Title');
  assert.equal(l.concepts.participation.blended.en, 'Blended (online and on site)');
  for (const k of l.order) assert.ok(l.elements[k].en, k);
});

test('each language, once loaded, names every element and every value', async () => {
  for (const lang of LANGS) await loadLanguage(lang);
  const l = labels();
  assert.equal(l.elements.title.nl, 'Titel');
  assert.equal(l.elements.learner.de, 'Lernende Person');
  for (const k of l.order) for (const lang of LANGS) assert.ok(l.elements[k][lang], `${lang} ${k}`);
  for (const [element, values] of Object.entries(l.concepts)) {
    for (const [key, words] of Object.entries(values)) {
      for (const lang of LANGS) assert.ok(words[lang], `${lang} ${element}.${key}`);
    }
  }
});
