// Keurmerk — verifies micro-credentials (Open Badges 3.0, W3C Verifiable Credentials) offline.
// The JavaScript face of the Rust core: configuration in, plain report objects out.
// Works in browsers (ESM) and Node >= 20. Nothing here touches the network except loading Keurmerk's
// own modules from next to this file (pass your own bytes or URLs to init() / initFull() to change
// that): keurmerk_core_bg.wasm first; keurmerk_full.js, keurmerk_full_bg.wasm and webcrypto.js only
// when a credential needs ECDSA or RSA (the core reports `module_needed`).
// Ed25519 is verified in the wasm; ECDSA and RSA signatures by the platform's WebCrypto
// (webcrypto.js), in a second pass of the same verification (docs/architecture.md, "The crypto provider").

import initWasm, {
  Verifier as RawVerifier,
  version as rawVersion,
} from './keurmerk_core.js';
import { word, LANGS, elementLabel, conceptLabel, sayFacts, linesLoaded, loadFaultLines } from './languages.js';

// A check's detail line in the reader's language, with the widget's Intl formatters (index.d.ts).
export { detailLine, loadFaultLines } from './languages.js';
import { ORDER, MANDATORY_COUNT, CONCEPTS } from './lang/en.js';

let ready = null;
let initialized = false;
let fullReady = null;
let full = null; // { RawVerifier, WebCrypto } once the full module is loaded

/**
 * Loads and compiles the WebAssembly module once. Safe to call many times.
 * @param {BufferSource | URL | string | WebAssembly.Module} [source] where the wasm is; defaults
 *   to keurmerk_core_bg.wasm beside this file (read from disk under Node).
 */
export function init(source) {
  if (!ready) {
    ready = (async () => {
      await initWasm({ module_or_path: await wasmSource(source, new URL('./keurmerk_core_bg.wasm', import.meta.url)) });
      initialized = true;
    })();
  }
  return ready;
}

// `url` is written out at each call (`new URL('./x.wasm', import.meta.url)`), so that bundlers
// such as Vite see which file it is and copy just that one.
async function wasmSource(given, url) {
  if (given !== undefined) return given;
  if (url.protocol !== 'file:') return url;
  const { readFile } = await import('node:fs/promises');
  return readFile(url);
}

/** Loads the full module and the WebCrypto answerer (index.d.ts); `verify()` does on first need. */
export function initFull(source) {
  if (!fullReady) {
    fullReady = (async () => {
      const [glue, { WebCrypto }] = await Promise.all([import('./keurmerk_full.js'), import('./webcrypto.js')]);
      await glue.default({ module_or_path: await wasmSource(source, new URL('./keurmerk_full_bg.wasm', import.meta.url)) });
      full = { RawVerifier: glue.Verifier, WebCrypto, recipientMatches: glue.recipientMatches };
    })();
    fullReady.catch(() => {
      fullReady = null; // a failed load may be retried
    });
  }
  return fullReady;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false });

function toBytes(input, what) {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (typeof input === 'string') return encoder.encode(input);
  if (input !== null && typeof input === 'object') return encoder.encode(JSON.stringify(input));
  throw new TypeError(`keurmerk: ${what} must be bytes, a string or a JSON object`);
}

function toText(input, what) {
  return typeof input === 'string' ? input : decoder.decode(toBytes(input, what));
}

function toMillis(now) {
  const ms = now instanceof Date ? now.getTime() : typeof now === 'string' ? Date.parse(now) : now;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) {
    throw new TypeError('keurmerk: now must be a Date, an ISO 8601 string or milliseconds since 1970');
  }
  return ms;
}

function normalizeConfig(config) {
  if (config === null || typeof config !== 'object') throw new TypeError('keurmerk: config must be an object');
  const known = new Set(['documents', 'gone', 'trustLists', 'trustAnchors', 'policy', 'lang']);
  for (const key of Object.keys(config)) {
    if (!known.has(key)) throw new TypeError(`keurmerk: unknown configuration option ${JSON.stringify(key)}`);
  }
  const documents = {};
  const docs = config.documents ?? {};
  const entries = docs instanceof Map ? [...docs.entries()] : Object.entries(docs);
  for (const [url, doc] of entries) documents[url] = toText(doc, `documents[${JSON.stringify(url)}]`);
  return {
    documents,
    gone: [...(config.gone ?? [])].map(String),
    trustLists: (config.trustLists ?? []).map((l, i) => toText(l, `trustLists[${i}]`)),
    trustAnchors: [...(config.trustAnchors ?? [])].map(String),
    lang: config.lang === undefined ? undefined : String(config.lang),
    policy: {
      requireStatus: Boolean(config.policy?.requireStatus),
      allowUndefinedTerms: Boolean(config.policy?.allowUndefinedTerms),
    },
  };
}

// Passes at most: the first asks, the second is final. A third or fourth only when an answer opened a
// path that asks for another signature; after the last, what is still unanswered is not checked.
const MAX_PASSES = 4;

/** Verifies credentials against a fixed configuration. Invalid credentials are reports; only misuse throws. */
export class Verifier {
  #raw;
  #config;
  #full = null; // the full module's verifier and WebCrypto answerer, made on first need

  /** Use `await Verifier.create(config)`, or call `await init()` before `new Verifier(config)`. */
  constructor(config = {}) {
    if (!initialized) throw new Error('keurmerk: call `await init()` first, or use `await Verifier.create(config)`');
    this.#config = JSON.stringify(normalizeConfig(config));
    this.#raw = new RawVerifier(this.#config);
  }

  /** Initialises the module if needed and builds a verifier. */
  static async create(config = {}) {
    await init();
    return new Verifier(config);
  }

  /**
   * Verifies one credential file (JSON, VC-JWT text, baked PNG or SVG) at `now` (default: the
   * current time). ECDSA and RSA signatures are checked with WebCrypto: where a page has none (not
   * a secure context), they are `signature_not_checked` and the verdict `indeterminate`.
   * @returns {Promise<import('./index.js').Report>}
   */
  async verify(input, { now } = {}) {
    const bytes = toBytes(input, 'the credential');
    const ms = toMillis(now ?? Date.now());
    if (!this.#full) {
      const report = this.#raw.verify(bytes, ms);
      if (!report.checks.some((c) => c.code === 'module_needed')) return saying(report);
      try {
        await this.#loadFull();
      } catch {
        return saying(report); // the full module could not be loaded: not checked, and the report says why
      }
    }
    const answers = [];
    for (let pass = 1; ; pass += 1) {
      const { report, asked } = this.#full.raw.verifyDeferred(bytes, ms, JSON.stringify(answers));
      if (asked.length === 0 || pass === MAX_PASSES) return saying(report);
      answers.push(...(await this.#full.crypto.answer(asked)));
    }
  }

  async #loadFull() {
    await initFull();
    this.#full ??= { raw: new full.RawVerifier(this.#config), crypto: new full.WebCrypto() };
  }

  /**
   * Verifies at once, without the platform's crypto: Ed25519 is checked; ECDSA and RSA signatures,
   * and a status list the host supplied, are `module_needed` (or, once the full module is loaded,
   * ECDSA and RSA are `signature_not_checked`), verdict `indeterminate`. Use `verify` unless you cannot await.
   * A fault's English `detail` needs the lines of faults: after `await loadFaultLines()` (or any
   * `verify` that met a fault) every check has it; before, such a check's `detail` is empty, its
   * `facts` are there, and the lines start loading.
   * @returns {import('./index.js').Report}
   */
  verifySync(input, { now } = {}) {
    const raw = this.#full?.raw ?? this.#raw;
    const report = raw.verify(toBytes(input, 'the credential'), toMillis(now ?? Date.now()));
    if (!linesLoaded(report)) loadFaultLines();
    return withDetails(report);
  }

  /** Releases the wasm memory held by this verifier. */
  free() {
    this.#raw.free();
    this.#full?.raw.free();
    this.#full = null;
  }
}

// The report with its English detail lines, the lines of faults loaded first if it names one.
async function saying(report) {
  if (!linesLoaded(report)) await loadFaultLines();
  return withDetails(report);
}

// The wasm leaves the words of a check's facts out: each check with facts gets its English line
// as `detail` here (the same line the native build writes), also inside a presentation.
function withDetails(report) {
  for (const c of report.checks ?? []) {
    if (c.facts && !c.detail) c.detail = sayFacts(c.facts, 'en');
  }
  for (const inner of report.presentation?.credentials ?? []) withDetails(inner);
  return report;
}

/** Whether an Open Badges 2.0 badge was awarded to `identity`, computed here (index.d.ts). */
export async function recipientMatches(report, identity) {
  if (!report?.recipient) return null;
  await initFull();
  const answer = full.recipientMatches(JSON.stringify(report.recipient), String(identity));
  return answer === undefined ? null : answer;
}

/**
 * The words for a check code in `lang` (`en`, `nl`, `de`, `fr`, or a tag like `nl-BE`): Dutch,
 * German and French after `await loadLanguage(lang)`, English until then (and for any other
 * language); '' for an unknown code. The words come from lang/xx.js, not the wasm: no init() needed.
 */
export function describe(code, lang = 'en') {
  return word(lang, 'code', String(code));
}

/** The headline for a verdict in `lang`, as `describe`. */
export function headline(verdict, lang = 'en') {
  return word(lang, 'verdict', String(verdict));
}

/** Loads the Dutch, German or French words (`lang/nl.js`, `de.js`, `fr.js`) for `describe` and `headline`. */
export { loadLanguage, LANGS } from './languages.js';

/** The version of the Rust core. */
export function version() {
  if (!initialized) throw new Error('keurmerk: call `await init()` first');
  return rawVersion();
}

/**
 * The words for the EU descriptors: `{elements: {key: {en, nl?, de?, fr?}}, concepts: {element:
 * {key: {en, …}}}, order: [...], mandatory: [...]}` — the catalogue the CLI and the report's
 * `display` texts use. English always; Dutch, German and French once `loadLanguage(lang)` has
 * loaded them (lang/xx.js: the words live outside the wasm). No init() needed.
 */
export function labels() {
  const words = (get) => Object.fromEntries(LANGS.map((l) => [l, get(l)]).filter(([, w]) => w));
  const byKey = (keys, get) => Object.fromEntries(keys.map((k) => [k, get(k)]));
  return {
    elements: byKey(ORDER, (k) => words((l) => elementLabel(l, k))),
    concepts: byKey(Object.keys(CONCEPTS), (e) => byKey(Object.keys(CONCEPTS[e]), (k) => words((l) => conceptLabel(l, e, k)))),
    order: [...ORDER],
    mandatory: ORDER.slice(0, MANDATORY_COUNT),
  };
}

// A wanted URL goes to the host's resolver, which may fetch it: only DIDs and http(s) URLs of a sane
// length pass, whatever a report (or something posing as one) says.
const MAX_WANTED_URL = 4096;
const WANTED_URL = /^(did:[a-z0-9]+:|https?:\/\/)/;

/**
 * The documents a report (and the credentials in its presentation) says were missing: the `wants`
 * of its checks, each URL once, in order (index.d.ts). A host may fetch them (Keurmerk never does).
 */
export function missingDocuments(report) {
  const inner = Array.isArray(report?.presentation?.credentials) ? report.presentation.credentials : [];
  const wanted = [report, ...inner].flatMap((r) => (Array.isArray(r?.checks) ? r.checks : []))
    .map((check) => check?.wants)
    .filter((w) => typeof w?.url === 'string' && w.url.length <= MAX_WANTED_URL && WANTED_URL.test(w.url) && typeof w.kind === 'string');
  return wanted
    .filter((w, i) => wanted.findIndex((x) => x.url === w.url) === i)
    .map(({ url, kind }) => ({ url, kind }));
}
