// The words of <keurmerk-verifier> — its own words and the learner's advice — in four languages:
// English, Dutch, German and French, one file each in words/ (words/en.js is always here; the
// others are loaded when a page first shows that language, so an English page never downloads
// them). Verdicts and check codes are not here: they come from the catalogue (languages.js), so the
// widget, the CLI and the npm package say the same thing. Every language has the keys of `en`, in
// the same order, and functions of the same parameters (tests/js/words.test.mjs); plurals and
// articles are decided inside the functions.
import * as en from './words/en.js';
import { LANGS, loaderOf, pickLang } from './languages.js';

/** The loaded words by language (`en` always; the others once `loadWords` has loaded them). */
export const WORDS = { en: en.WORDS };
/** The loaded advice by language, as WORDS. */
export const ADVICE = { en: en.ADVICE };

// Literal specifiers, one per language, so that bundlers see and copy every file.
function importWords(lang) {
  switch (lang) {
    case 'nl': return import('./words/nl.js');
    case 'de': return import('./words/de.js');
    case 'fr': return import('./words/fr.js');
    default: return Promise.resolve(en);
  }
}

/**
 * The language of these tables for a language code: `nl`, `de` or `fr` for any tag of theirs
 * (`nl-BE`, `de-AT`, `fr_BE`), else `en` — as every table of the package picks it.
 */
export const wordsLang = pickLang;

const load = loaderOf(importWords, { en });

/** Loads the words of `lang` (once); resolves to true when they are here, false if they cannot be loaded. */
export function loadWords(lang) {
  const l = wordsLang(lang);
  return load(l).then((m) => {
    if (m) {
      WORDS[l] = m.WORDS;
      ADVICE[l] = m.ADVICE;
      // in the languages' order, whatever order they arrived in
      for (const table of [WORDS, ADVICE]) {
        for (const k of LANGS) {
          if (!Object.hasOwn(table, k)) continue;
          const v = table[k];
          delete table[k];
          table[k] = v;
        }
      }
    }
    return m !== null;
  });
}

/** Whether the words of `lang` are loaded. */
export function hasWords(lang) {
  return Object.hasOwn(WORDS, wordsLang(lang));
}

/** The element's word `key` in `lang` (else in English, else the key), called with `args` if it is a function. */
export function say(lang, key, ...args) {
  const own = (table) => (table && Object.hasOwn(table, key) ? table[key] : undefined); // not Object.prototype's
  const l = wordsLang(lang);
  const w = own(Object.hasOwn(WORDS, l) ? WORDS[l] : null) ?? own(WORDS.en) ?? key;
  return typeof w === 'function' ? w(...args) : w;
}

/** The learner's advice in `lang` (as `say` picks it: by language prefix, else English). */
export function adviceFor(lang) {
  const l = wordsLang(lang);
  return Object.hasOwn(ADVICE, l) ? ADVICE[l] : ADVICE.en;
}
