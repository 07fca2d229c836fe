// Keurmerk (Apache-2.0): the commented source is js/index.js in the repository.

import initWasm, {
  Verifier as RawVerifier,
  describe as rawDescribe,
  headline as rawHeadline,
  version as rawVersion,
  labels as rawLabels,
} from './keurmerk_core.js';

let ready = null;
let initialized = false;
let fullReady = null;
let full = null; // { RawVerifier, WebCrypto } once the full module is loaded

export function init(source) {
  if (!ready) {
    ready = (async () => {
      await initWasm({ module_or_path: await wasmSource(source, 'keurmerk_core_bg.wasm') });
      initialized = true;
    })();
  }
  return ready;
}

async function wasmSource(given, file) {
  if (given !== undefined) return given;
  const url = new URL(`./${file}`, import.meta.url);
  if (url.protocol !== 'file:') return url;
  const { readFile } = await import('node:fs/promises');
  return readFile(url);
}

export function initFull(source) {
  if (!fullReady) {
    fullReady = (async () => {
      const [glue, { WebCrypto }] = await Promise.all([import('./keurmerk_full.js'), import('./webcrypto.js')]);
      await glue.default({ module_or_path: await wasmSource(source, 'keurmerk_full_bg.wasm') });
      full = { RawVerifier: glue.Verifier, WebCrypto, describe: glue.describe, recipientMatches: glue.recipientMatches };
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

const MAX_PASSES = 4;

export class Verifier {
  #raw;
  #config;
  #full = null; // the full module's verifier and WebCrypto answerer, made on first need

  constructor(config = {}) {
    if (!initialized) throw new Error('keurmerk: call `await init()` first, or use `await Verifier.create(config)`');
    this.#config = JSON.stringify(normalizeConfig(config));
    this.#raw = new RawVerifier(this.#config);
  }

  static async create(config = {}) {
    await init();
    return new Verifier(config);
  }

  async verify(input, { now } = {}) {
    const bytes = toBytes(input, 'the credential');
    const ms = toMillis(now ?? Date.now());
    if (!this.#full) {
      const report = this.#raw.verify(bytes, ms);
      if (!report.checks.some((c) => c.code === 'module_needed')) return report;
      try {
        await this.#loadFull();
      } catch {
        return report; // the full module could not be loaded: not checked, and the report says why
      }
    }
    const answers = [];
    for (let pass = 1; ; pass += 1) {
      const { report, asked } = this.#full.raw.verifyDeferred(bytes, ms, JSON.stringify(answers));
      if (asked.length === 0 || pass === MAX_PASSES) return report;
      answers.push(...(await this.#full.crypto.answer(asked)));
    }
  }

  async #loadFull() {
    await initFull();
    this.#full ??= { raw: new full.RawVerifier(this.#config), crypto: new full.WebCrypto() };
  }

  verifySync(input, { now } = {}) {
    const raw = this.#full?.raw ?? this.#raw;
    return raw.verify(toBytes(input, 'the credential'), toMillis(now ?? Date.now()));
  }

  free() {
    this.#raw.free();
    this.#full?.raw.free();
    this.#full = null;
  }
}

export async function recipientMatches(report, identity) {
  if (!report?.recipient) return null;
  await initFull();
  const answer = full.recipientMatches(JSON.stringify(report.recipient), String(identity));
  return answer === undefined ? null : answer;
}

export function describe(code, lang = 'en') {
  if (!initialized) throw new Error('keurmerk: call `await init()` first');
  return rawDescribe(String(code), String(lang)) || full?.describe(String(code), String(lang)) || '';
}

export function headline(verdict, lang = 'en') {
  if (!initialized) throw new Error('keurmerk: call `await init()` first');
  return rawHeadline(String(verdict), String(lang));
}

export function version() {
  if (!initialized) throw new Error('keurmerk: call `await init()` first');
  return rawVersion();
}

let labelCache = null;
export function labels() {
  if (!initialized) throw new Error('keurmerk: call `await init()` first');
  if (!labelCache) labelCache = JSON.parse(rawLabels());
  return labelCache;
}

const MAX_WANTED_URL = 4096;
const WANTED_URL = /^(did:[a-z0-9]+:|https?:\/\/)/;

export function missingDocuments(report) {
  const inner = Array.isArray(report?.presentation?.credentials) ? report.presentation.credentials : [];
  const wanted = [report, ...inner].flatMap((r) => (Array.isArray(r?.checks) ? r.checks : []))
    .map((check) => check?.wants)
    .filter((w) => typeof w?.url === 'string' && w.url.length <= MAX_WANTED_URL && WANTED_URL.test(w.url) && typeof w.kind === 'string');
  return wanted
    .filter((w, i) => wanted.findIndex((x) => x.url === w.url) === i)
    .map(({ url, kind }) => ({ url, kind }));
}
