// The four languages Keurmerk speaks — English, Dutch, German, French — and their word tables:
// the words for verdicts and codes (and, for German and French, the EU elements and controlled
// values), generated from src/codes.rs and the descriptor catalogue into lang/xx.js by
// scripts/gen-report-codes.py. The wasm carries none of them. English is always here (the
// fallback); the others are loaded when a page first asks for them, so a page that never shows
// German never downloads it.
import * as en from './lang/en.js';

/** The languages, in the order a language menu lists them. */
export const LANGS = Object.freeze(['en', 'nl', 'de', 'fr']);

/** The language of a code like `de-AT` or `fr_BE` (its primary subtag) as Keurmerk speaks it; English for any other. */
export function pickLang(code) {
  const primary = String(code ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return LANGS.includes(primary) ? primary : 'en';
}

/**
 * A loader of one kind of per-language module: `load(lang)` imports `importer(lang)` once and
 * resolves to the module, or to null when it cannot be loaded. `preloaded` are there already.
 */
export function loaderOf(importer, preloaded) {
  const loading = new Map(Object.entries(preloaded).map(([l, m]) => [l, Promise.resolve(m)]));
  return (lang) => {
    const l = pickLang(lang);
    if (!loading.has(l)) loading.set(l, importer(l).catch(() => null));
    return loading.get(l);
  };
}

const tables = new Map([['en', en]]); // lang -> { CODES, HEADLINES, ELEMENTS?, CONCEPTS? } once loaded

// Literal specifiers, one per language, so that bundlers see and copy every table.
function importTable(lang) {
  switch (lang) {
    case 'nl': return import('./lang/nl.js');
    case 'de': return import('./lang/de.js');
    case 'fr': return import('./lang/fr.js');
    default: return Promise.resolve(en);
  }
}

const loadTable = loaderOf(importTable, { en });

/**
 * Loads the word tables of `lang` (once); resolves to them, or to null when they cannot be
 * loaded (then English is all there is).
 */
export function loadLanguage(lang) {
  return loadTable(lang).then((m) => {
    if (m) tables.set(pickLang(lang), m);
    return m;
  });
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

/**
 * A check's facts (`{ line, args }`, src/lines.rs) said in `lang` if its table is loaded, else in
 * English: each `{name}` of the line's words replaced by its argument — numbers through
 * `fmt.number`, `{name:time}` through `fmt.time`, a text the issuer gave in several languages in
 * `lang` (else English, else the untagged one, else the first). '' for an unknown line.
 */
export function sayFacts(facts, lang, fmt = {}) {
  const l = pickLang(lang);
  const line = typeof facts?.line === 'string' ? facts.line : '';
  const template = lineWords(l, line) || lineWords('en', line);
  if (!template) return '';
  const args = facts.args && typeof facts.args === 'object' ? facts.args : {};
  // what the line is about (identifiers), each before it with a colon; a line after it in parentheses
  const about = (Array.isArray(facts.about) ? facts.about : []).map((a) => `${a}${l === 'fr' ? '\u00a0:' : ':'} `).join('');
  const then = facts.then ? sayFacts(facts.then, l, fmt) : '';
  let out = about;
  for (const part of partsOf(template)) {
    if (typeof part === 'string') { out += part; continue; }
    const { name, kind, whole } = part;
    const a = Object.hasOwn(args, name) ? args[name] : undefined;
    if (typeof a === 'number') out += fmt.number ? fmt.number(a) : String(a);
    else if (typeof a === 'string') out += kind === 'time' && fmt.time ? fmt.time(a) : a;
    else if (a && typeof a === 'object') out += String(inLanguage(a, l) ?? '');
    else out += whole;
  }
  return out + (then ? ` (${then})` : '');
}

// A line's words split once into text and its `{name}` / `{name:kind}` places (a report says a
// dozen lines; each verification of a batch says the same ones again).
const templates = new Map();
function partsOf(template) {
  let parts = templates.get(template);
  if (parts) return parts;
  parts = [];
  const place = /\{([a-z_]+)(?::([a-z]+))?\}/g;
  let at = 0;
  for (const m of template.matchAll(place)) {
    if (m.index > at) parts.push(template.slice(at, m.index));
    parts.push({ name: m[1], kind: m[2], whole: m[0] });
    at = m.index + m[0].length;
  }
  if (at < template.length) parts.push(template.slice(at));
  templates.set(template, parts);
  return parts;
}

// The loaded words of `line` in `lang`, or ''. The lines of faults are in a table of their own.
function lineWords(lang, line) {
  for (const d of [tables.get(lang)?.DETAILS, faultTables.get(lang)]) {
    if (d && Object.hasOwn(d, line) && typeof d[line] === 'string') return d[line];
  }
  return '';
}

// The lines of faults (why an input was refused): not needed on the way to a verdict, so loaded
// per language when a report first names one. Literal specifiers, so that bundlers copy each.
function importFaults(lang) {
  switch (lang) {
    case 'nl': return import('./lang/nl-faults.js');
    case 'de': return import('./lang/de-faults.js');
    case 'fr': return import('./lang/fr-faults.js');
    default: return import('./lang/en-faults.js');
  }
}

const faultTables = new Map(); // lang -> DETAILS of lang/XX-faults.js once loaded
const loadFaults = loaderOf(importFaults, {});

/** Loads the lines of faults of `lang` (default English; once); resolves when they are there, or could not be loaded. */
export function loadFaultLines(lang = 'en') {
  const l = pickLang(lang);
  return loadFaults(l).then((m) => { if (m) faultTables.set(l, m.DETAILS); });
}

/** Whether the words in `lang` (default English) of every line named in `report` (its checks' facts, a presentation's credentials) are loaded. */
export function linesLoaded(report, lang = 'en') {
  const l = pickLang(lang);
  const known = (f) => !f || ((typeof f.line !== 'string' || lineWords(l, f.line) !== '') && known(f.then));
  return (report?.checks ?? []).every((c) => known(c.facts))
    && (report?.presentation?.credentials ?? []).every((r) => linesLoaded(r, l));
}

// The text of `texts` (language tag -> text) for `lang`, else English, else untagged, else the first.
function inLanguage(texts, lang) {
  const entries = Object.entries(texts).filter(([, t]) => typeof t === 'string');
  const find = (want) => entries.find(([tag]) => tag.toLowerCase().split(/[-_]/)[0] === want)?.[1];
  return find(lang) ?? find('en') ?? find('und') ?? entries[0]?.[1];
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

// Numbers and dates through Intl. Building a formatter costs about a millisecond, more than using
// it, and a batch formats thousands of values: one per kind and locale is kept.
const LOCALES = { nl: 'nl-NL', de: 'de-DE', fr: 'fr-FR' };

/** The locale of a widget language: `nl` → `nl-NL`, `de` → `de-DE`, `fr` → `fr-FR`, else `en-GB`. */
export function localeOf(lang) {
  return Object.hasOwn(LOCALES, lang) ? LOCALES[lang] : 'en-GB';
}

const OPTIONS = {
  number: undefined,
  date: { dateStyle: 'long', timeZone: 'UTC' },
  dateTime: { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' },
};

const cache = new Map();

/** The shared formatter of `kind` (`number`, `date` or `dateTime`) for `locale`. */
export function formatter(kind, locale) {
  if (!Object.prototype.hasOwnProperty.call(OPTIONS, kind)) throw new TypeError(`keurmerk-verifier: no formatter ${kind}`);
  const key = `${kind} ${locale}`;
  let f = cache.get(key);
  if (!f) {
    f = kind === 'number' ? new Intl.NumberFormat(locale) : new Intl.DateTimeFormat(locale, OPTIONS[kind]);
    cache.set(key, f);
  }
  return f;
}

/** A number in `lang`: 1,000 or 1.000. */
export function formatNumber(n, lang) {
  return formatter('number', localeOf(lang)).format(n);
}

/**
 * A date (an ISO 8601 string) in `lang`, in UTC: with its time and " UTC" when `withTime` and the
 * time is not midnight, else the day alone. A text that is not a date is returned as it is.
 */
export function formatDate(iso, lang, withTime = true) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  const midnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0;
  const timed = withTime && !midnight;
  return formatter(timed ? 'dateTime' : 'date', localeOf(lang)).format(d) + (timed ? ' UTC' : '');
}

/**
 * A check's detail line in `lang` (Dutch, German and French once loaded): its facts phrased in that
 * language, numbers and dates as above; the English `detail` for a check without facts.
 */
export function detailLine(check, lang = 'en') {
  const l = pickLang(lang);
  const said = check?.facts && sayFacts(check.facts, l, { number: (n) => formatNumber(n, l), time: (iso) => formatDate(iso, l) });
  return said || (typeof check?.detail === 'string' ? check.detail : '');
}
