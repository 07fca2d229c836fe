// The four languages Keurmerk speaks — English, Dutch, German, French — and their word tables:
// the words for verdicts and codes (and, for German and French, the EU elements and controlled
// values), generated from src/codes.rs and the descriptor catalogue into lang/xx.js by
// scripts/gen-report-codes.py. The wasm carries none of them. English is always here (the
// fallback); the others are loaded when a page first asks for them, so a page that never shows
// German never downloads it.
import * as en from './lang/en.js';

/** The languages, in the order a language menu lists them. */
export const LANGS = Object.freeze(['en', 'nl', 'de', 'fr']);

/** The language of a code like `de-AT` or `fr_BE` as Keurmerk speaks it; English for any other. */
export function pickLang(code) {
  const prefix = String(code ?? '').toLowerCase().slice(0, 2);
  return LANGS.includes(prefix) ? prefix : 'en';
}

const tables = new Map([['en', en]]); // lang -> { CODES, HEADLINES, ELEMENTS?, CONCEPTS? } once loaded
const loading = new Map([['en', Promise.resolve(en)]]); // lang -> Promise

// Literal specifiers, one per language, so that bundlers see and copy every table.
function importTable(lang) {
  switch (lang) {
    case 'nl': return import('./lang/nl.js');
    case 'de': return import('./lang/de.js');
    case 'fr': return import('./lang/fr.js');
    default: return Promise.resolve(en);
  }
}

/**
 * Loads the word tables of `lang` (once); resolves to them, or to null when they cannot be
 * loaded (then English is all there is).
 */
export function loadLanguage(lang) {
  const l = pickLang(lang);
  if (!loading.has(l)) {
    loading.set(l, importTable(l).then((m) => {
      tables.set(l, m);
      return m;
    }, () => null));
  }
  return loading.get(l);
}

/** The loaded words of `lang` for a `code` or a `verdict`, or '' (not loaded, or not known). */
export function tableWord(lang, kind, name) {
  const t = tables.get(lang);
  if (!t) return '';
  const table = kind === 'verdict' ? t.HEADLINES : kind === 'code' ? t.CODES : null;
  return (table && Object.hasOwn(table, name) && typeof table[name] === 'string') ? table[name] : '';
}

/** The words of `lang` for a `code` or `verdict` if loaded, else the English; '' for an unknown name. */
export function word(lang, kind, name) {
  return tableWord(pickLang(lang), kind, name) || tableWord('en', kind, name);
}

/** The loaded label of an EU element in `lang`, or ''. */
export function elementLabel(lang, key) {
  const e = tables.get(lang)?.ELEMENTS;
  return e && Object.hasOwn(e, key) && typeof e[key] === 'string' ? e[key] : '';
}

/** The loaded label of a controlled value (`element`, concept `key`) in `lang`, or ''. */
export function conceptLabel(lang, element, key) {
  const c = tables.get(lang)?.CONCEPTS;
  const e = c && Object.hasOwn(c, element) ? c[element] : null;
  return e && Object.hasOwn(e, key) && typeof e[key] === 'string' ? e[key] : '';
}
