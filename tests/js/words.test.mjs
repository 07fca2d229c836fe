// The widget's own words (pkg/keurmerk-words.js) and the demo page's (www/app.js) in all four
// languages: every language has exactly the keys of English, in the same order, with values of the
// same type and functions of the same arity; every function gives a plain sentence for plausible
// arguments; German and French are translated, not left in English; say() picks a language by its
// prefix (de-AT, fr-BE) and falls back to English.
//
// www/app.js cannot be imported under Node (it imports the element and touches the DOM at the top
// level), so its tables are cut out of the source text and evaluated on their own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import vm from 'node:vm';
import { WORDS, ADVICE, say, wordsLang, adviceFor, loadWords, hasWords } from '../../pkg/keurmerk-words.js';

assert.equal(hasWords('de'), false, 'German is not loaded until asked for');
assert.deepEqual(await Promise.all(['nl', 'de', 'fr', 'xx'].map(loadWords)), [true, true, true, true]);

const LANGS = ['en', 'nl', 'de', 'fr'];
const TRANSLATED = ['de', 'fr'];

// Keys whose German or French is rightly the same as the English: the same word, or no words at all.
const SAME_AS_ENGLISH = {
  de: ['details', 'name', 'homepage', 'colElement', 'optional', 'recipientPlain', 'announceOne'],
  fr: ['check_credential', 'check_proof', 'colSigned', 'recipientPlain', 'announceOne'],
};

// Arguments as the widget passes them: text, counts as numbers, and counts already formatted by Intl.
const POOL = ['Sample text', 0, 1, 2, 5, '0', '1', '2', '5', '1.000', '1\u202f000'];

/** Every way to fill `arity` parameters from POOL. */
function* argLists(arity) {
  if (arity === 0) { yield []; return; }
  for (const rest of argLists(arity - 1)) for (const a of POOL) yield [...rest, a];
}

/** Fails unless `value` has the shape of `ref`: same keys in the same order, same types, same arities. */
function sameShape(ref, value, path) {
  assert.equal(typeof value, typeof ref, `${path}: ${typeof value} where English has ${typeof ref}`);
  if (typeof ref === 'function') assert.equal(value.length, ref.length, `${path}: takes ${value.length} parameters, English ${ref.length}`);
  if (typeof ref === 'object' && ref !== null) {
    assert.ok(value !== null && !Array.isArray(value), `${path}: not an object`);
    const missing = Object.keys(ref).filter((k) => !Object.hasOwn(value, k));
    const extra = Object.keys(value).filter((k) => !Object.hasOwn(ref, k));
    assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, `${path}: keys differ from English`);
    assert.deepEqual(Object.keys(value), Object.keys(ref), `${path}: keys not in the English order`);
    for (const k of Object.keys(ref)) sameShape(ref[k], value[k], `${path}.${k}`);
  }
}

/** Fails unless `s` is a sentence a reader could see: text, not empty, no leaked JavaScript values. */
function plain(s, path) {
  assert.equal(typeof s, 'string', `${path}: gave ${typeof s}`);
  assert.ok(s.trim().length > 0, `${path}: empty`);
  for (const leak of ['undefined', 'NaN', '[object']) assert.ok(!s.includes(leak), `${path}: "${s}" contains ${leak}`);
  assert.doesNotMatch(s, /\bnull\b/, `${path}: "${s}" contains null`); // not French "nulle part"
}

/** Every string of a table (for functions: their text for each of a few fixed argument lists), by path. */
function texts(value, path = '') {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const fixed = [['Sample', 'https://example.org/list.json', 'Body'], [1, '1', 'Body'], [2, '2', undefined], [5, '5', 'Body']];
    return fixed.map((args, i) => [`${path}(#${i})`, value(...args.slice(0, Math.max(value.length, 1)))]);
  }
  return Object.entries(value).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
}

for (const [name, table] of [['WORDS', WORDS], ['ADVICE', ADVICE]]) {
  test(`${name}: the four languages, each with exactly the keys, types and arities of English`, () => {
    assert.deepEqual(Object.keys(table), LANGS);
    for (const lang of LANGS) sameShape(table.en, table[lang], `${name}.${lang}`);
  });

  test(`${name}: every word is a plain sentence, every function for every plausible argument`, () => {
    const visit = (value, path) => {
      if (typeof value === 'function') {
        for (const args of argLists(value.length)) plain(value(...args), `${path}(${args.map((a) => JSON.stringify(a)).join(', ')})`);
      } else if (typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) visit(v, `${path}.${k}`);
      } else {
        plain(value, path);
      }
    };
    for (const lang of LANGS) visit(table[lang], `${name}.${lang}`);
  });

  test(`${name}: German and French are translated, not left in English`, () => {
    const english = new Map(texts(table.en));
    for (const lang of TRANSLATED) {
      const same = texts(table[lang]).filter(([path, s]) => english.get(path) === s).map(([path]) => path.split(/[.(]/)[0]);
      const unexpected = [...new Set(same)].filter((k) => name === 'ADVICE' || !SAME_AS_ENGLISH[lang].includes(k));
      assert.deepEqual(unexpected, [], `${name}.${lang}: the same as English`);
    }
  });
}

test('WORDS.evidence: each kind of register statement, with and without a body, in every language', () => {
  for (const lang of LANGS) {
    for (const kind of ['listed', 'member', 'accredited', 'reviewed', 'recognised', 'endorsed']) {
      for (const body of ['NVAO', undefined]) {
        const s = WORDS[lang].evidence(kind, 'DEQAR', body);
        plain(s, `${lang}.evidence(${kind}, DEQAR, ${body})`);
        assert.ok(s.includes('DEQAR'), s);
        if (body && (kind === 'accredited' || kind === 'reviewed')) assert.ok(s.includes(body), s);
      }
    }
  }
  assert.equal(WORDS.de.evidence('accredited', 'DEQAR', 'NVAO'), 'akkreditiert durch NVAO laut DEQAR');
  assert.equal(WORDS.fr.evidence('reviewed', 'DEQAR', undefined), 'évalué par une agence selon DEQAR');
});

test('German and French plurals, for counts as numbers and as Intl-formatted text', () => {
  assert.match(say('de', 'notOpened', 1, '1'), /^1 weiterer Eintrag wurde nicht geöffnet: /);
  assert.match(say('de', 'notOpened', 2, '2'), /^2 weitere Einträge wurden nicht geöffnet: /);
  assert.match(say('fr', 'notOpened', 1, '1'), /^1 autre élément n’a pas été ouvert\u00a0: /);
  assert.match(say('fr', 'notOpened', 3, '3'), /^3 autres éléments n’ont pas été ouverts\u00a0: /);
  assert.equal(say('de', 'showAll', '1'), 'Alles anzeigen (1 weiteres Zeichen)');
  assert.equal(say('de', 'showAll', '1.000'), 'Alles anzeigen (1.000 weitere Zeichen)');
  assert.equal(say('fr', 'showAll', '1'), 'Tout afficher (1 caractère de plus)');
  assert.equal(say('fr', 'showAll', '1\u202f000'), 'Tout afficher (1\u202f000 caractères de plus)');
  assert.equal(say('de', 'withheld', '0'), '(0 weitere Angaben oder Platzhalter zurückgehalten)');
  assert.equal(say('fr', 'withheld', '0'), '(0 autre information ou leurre non dévoilé)', 'French counts 0 as singular');
  assert.equal(say('fr', 'withheld', 2), '(2 autres informations ou leurres non dévoilés)');
  assert.equal(say('de', 'announceMany', '1', 'x'), '1 Datei geprüft: x');
  assert.equal(say('de', 'announceMany', '12', 'x'), '12 Dateien geprüft: x');
  assert.equal(say('fr', 'verifyingMany', '2'), 'Vérification de 2 fichiers…');
  assert.equal(say('de', 'keyOnly', 'Ed25519'), 'Kein Name angegeben: Der Aussteller ist nur über einen Ed25519-Schlüssel bekannt');
  assert.equal(say('de', 'keyOnly', ''), 'Kein Name angegeben: Der Aussteller ist nur über einen Schlüssel bekannt');
  assert.equal(say('fr', 'keyOnly', 'Ed25519'), 'Aucun nom indiqué\u00a0: l’émetteur n’est connu que par une clé Ed25519');
});

test('French typography: a no-break space before : ; ? ! and inside « », never an ordinary one', () => {
  for (const [path, s] of [...texts(WORDS.fr), ...texts(ADVICE.fr)]) {
    assert.doesNotMatch(s, / [:;?!]|« | »/, `fr ${path}: ${JSON.stringify(s)}`);
  }
});

test('say(): a language by its prefix, else English; an unknown key is itself', () => {
  assert.equal(say('de-AT', 'verifyPasted'), 'Eingefügten Text prüfen');
  assert.equal(say('de', 'progress', '1', '2'), '1 von 2 geprüft');
  assert.equal(say('de-CH', 'progress', '1', '2'), '1 von 2 geprüft');
  assert.equal(say('fr-BE', 'verifyPasted'), 'Vérifier le texte collé');
  assert.equal(say('fr_BE', 'results'), 'Résultats');
  assert.equal(say('FR', 'results'), 'Résultats');
  assert.equal(say('nl-BE', 'results'), 'Uitslagen');
  assert.equal(say('en-GB', 'results'), 'Results');
  for (const other of ['xx', 'es-ES', '', undefined, null, 'deu', 'constructor', '__proto__']) {
    assert.equal(say(other, 'verifyPasted'), 'Verify pasted text', String(other));
    assert.equal(wordsLang(other), 'en', String(other));
  }
  assert.equal(say('de', 'no_such_word'), 'no_such_word');
  assert.equal(say('fr', 'constructor'), 'constructor', 'not a word of Object.prototype');
  assert.deepEqual(LANGS.map((l) => wordsLang(`${l}-XX`)), LANGS);
  assert.equal(adviceFor('de-AT'), ADVICE.de);
  assert.equal(adviceFor('fr-BE'), ADVICE.fr);
  assert.equal(adviceFor('nl'), ADVICE.nl);
  assert.equal(adviceFor('xx'), ADVICE.en);
});

// ── the demo page ─────────────────────────────────────────────────────────────────────────────

const APP = await readFile(new URL('../../www/app.js', import.meta.url), 'utf8');
const HTML = await readFile(new URL('../../www/index.html', import.meta.url), 'utf8');

/** The literal assigned to `const name` at the top level of app.js, evaluated on its own. */
function appConst(name, context = {}) {
  const m = APP.match(new RegExp(`^const ${name} = ([\\s\\S]*?);\\n(?=\\S|\\n)`, 'm'));
  assert.ok(m, `const ${name} not found in www/app.js`);
  return vm.runInNewContext(`(${m[1]})`, context);
}

const DEMO_WORDS = appConst('WORDS');

test('demo: WORDS in the four languages, each with the English keys in order, translated', () => {
  assert.deepEqual(Object.keys(DEMO_WORDS), LANGS);
  for (const lang of LANGS) {
    assert.deepEqual(Object.keys(DEMO_WORDS[lang]), Object.keys(DEMO_WORDS.en), lang);
    for (const [k, s] of Object.entries(DEMO_WORDS[lang])) plain(s, `${lang}.${k}`);
  }
  for (const lang of TRANSLATED) {
    for (const k of Object.keys(DEMO_WORDS.en)) assert.notEqual(DEMO_WORDS[lang][k], DEMO_WORDS.en[k], `${lang}.${k}`);
    for (const [k, s] of Object.entries(DEMO_WORDS[lang])) if (lang === 'fr') assert.doesNotMatch(s, / [:;?!]|« | »/, `fr.${k}`);
  }
});

test('demo: every sample button has a label in the four languages', () => {
  for (const name of ['SAMPLES', 'FORMAT_SAMPLES']) {
    const samples = appConst(name);
    assert.ok(samples.length > 0, name);
    for (const [file, label] of samples) {
      assert.deepEqual(Object.keys(label), LANGS, file);
      for (const lang of LANGS) plain(label[lang], `${file} ${lang}`);
      for (const lang of TRANSLATED) assert.notEqual(label[lang], label.en, `${file} ${lang}`);
    }
  }
});

test('demo: index.html offers the four languages and has a word for each data-i18n', () => {
  const options = [...HTML.matchAll(/<option value="([^"]+)">([^<]+)<\/option>/g)].map((m) => [m[1], m[2]]);
  assert.deepEqual(options, [['en', 'English'], ['nl', 'Nederlands'], ['de', 'Deutsch'], ['fr', 'Français']]);
  const keys = [...HTML.matchAll(/data-i18n="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(keys.length > 5);
  for (const k of keys) for (const lang of LANGS) assert.equal(typeof DEMO_WORDS[lang][k], 'string', `${lang}.${k}`);
});

test('demo: the page language from ?lang= or the browser, by prefix, else English', () => {
  const m = APP.match(/^const known = (\(code\) => \{[\s\S]*?\n\});$/m);
  assert.ok(m, 'const known not found in www/app.js');
  const known = vm.runInNewContext(`(${m[1]})`, { WORDS: DEMO_WORDS, String, Object });
  assert.match(APP, /applyLanguage\(known\(params\.get\('lang'\) \?\? navigator\.language\)\);/);
  const cases = { nl: 'nl', 'nl-BE': 'nl', de: 'de', 'de-AT': 'de', 'de-DE': 'de', fr: 'fr', 'fr-BE': 'fr', 'fr-FR': 'fr', en: 'en', 'en-US': 'en', xx: 'en', '': 'en' };
  for (const [code, lang] of Object.entries(cases)) assert.equal(known(code), lang, code);
  assert.equal(known(undefined), 'en');
  assert.equal(known('constructor'), 'en');
});
