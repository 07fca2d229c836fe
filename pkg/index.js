// Keurmerk — verifies micro-credentials (Open Badges 3.0, W3C Verifiable Credentials) offline.
// The JavaScript face of the Rust core: configuration in, plain report objects out.
// Works in browsers (ESM) and Node >= 20. Nothing here touches the network except loading
// keurmerk_core_bg.wasm from next to this file (pass your own bytes or URL to init() to change that).

import initWasm, {
  Verifier as RawVerifier,
  describe as rawDescribe,
  headline as rawHeadline,
  version as rawVersion,
  labels as rawLabels,
} from './keurmerk_core.js';

let ready = null;
let initialized = false;

/**
 * Loads and compiles the WebAssembly module once. Safe to call many times.
 * @param {BufferSource | URL | string | WebAssembly.Module} [source] where the wasm is; defaults
 *   to keurmerk_core_bg.wasm beside this file (read from disk under Node).
 */
export function init(source) {
  if (!ready) {
    ready = (async () => {
      let moduleOrPath = source;
      if (moduleOrPath === undefined) {
        const url = new URL('./keurmerk_core_bg.wasm', import.meta.url);
        if (url.protocol === 'file:') {
          const { readFile } = await import('node:fs/promises');
          moduleOrPath = await readFile(url);
        } else {
          moduleOrPath = url;
        }
      }
      await initWasm({ module_or_path: moduleOrPath });
      initialized = true;
    })();
  }
  return ready;
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
  const known = new Set(['documents', 'trustLists', 'trustAnchors', 'policy', 'lang']);
  for (const key of Object.keys(config)) {
    if (!known.has(key)) throw new TypeError(`keurmerk: unknown configuration option ${JSON.stringify(key)}`);
  }
  const documents = {};
  const docs = config.documents ?? {};
  const entries = docs instanceof Map ? [...docs.entries()] : Object.entries(docs);
  for (const [url, doc] of entries) documents[url] = toText(doc, `documents[${JSON.stringify(url)}]`);
  return {
    documents,
    trustLists: (config.trustLists ?? []).map((l, i) => toText(l, `trustLists[${i}]`)),
    trustAnchors: [...(config.trustAnchors ?? [])].map(String),
    lang: config.lang === undefined ? undefined : String(config.lang),
    policy: {
      requireStatus: Boolean(config.policy?.requireStatus),
      allowUndefinedTerms: Boolean(config.policy?.allowUndefinedTerms),
    },
  };
}

/** Verifies credentials against a fixed configuration. Invalid credentials are reports; only misuse throws. */
export class Verifier {
  #raw;

  /** Use `await Verifier.create(config)`, or call `await init()` before `new Verifier(config)`. */
  constructor(config = {}) {
    if (!initialized) throw new Error('keurmerk: call `await init()` first, or use `await Verifier.create(config)`');
    this.#raw = new RawVerifier(JSON.stringify(normalizeConfig(config)));
  }

  /** Initialises the module if needed and builds a verifier. */
  static async create(config = {}) {
    await init();
    return new Verifier(config);
  }

  /**
   * Verifies one credential file (JSON, VC-JWT text) at `now` (default: the current time).
   * @returns {import('./index.js').Report}
   */
  verify(input, { now } = {}) {
    return this.#raw.verify(toBytes(input, 'the credential'), toMillis(now ?? Date.now()));
  }

  /** Releases the wasm memory held by this verifier. */
  free() {
    this.#raw.free();
  }
}

/** The words for a check code, in Dutch (`nl`) or English. */
export function describe(code, lang = 'en') {
  if (!initialized) throw new Error('keurmerk: call `await init()` first');
  return rawDescribe(String(code), String(lang));
}

/** The headline for a verdict, in Dutch (`nl`) or English. */
export function headline(verdict, lang = 'en') {
  if (!initialized) throw new Error('keurmerk: call `await init()` first');
  return rawHeadline(String(verdict), String(lang));
}

/** The version of the Rust core. */
export function version() {
  if (!initialized) throw new Error('keurmerk: call `await init()` first');
  return rawVersion();
}

let labelCache = null;
/**
 * The words for the EU descriptors: `{elements: {key: {en, nl}}, concepts: {element: {key: {en, nl}}},
 * order: [...], mandatory: [...]}` — the same catalogue the CLI and the report's `display` texts use.
 */
export function labels() {
  if (!initialized) throw new Error('keurmerk: call `await init()` first');
  if (!labelCache) labelCache = JSON.parse(rawLabels());
  return labelCache;
}

// The phrases in which checks name a document that was not supplied (src/keys/document.rs,
// src/verifier.rs); tests/js/pkg.test.mjs keeps them in step with the core.
const WANTED = [
  [/^the DID document of (\S+) was not supplied/, 'did'],
  [/^the controller document (\S+) of \S+ was not supplied/, 'did'],
  [/no (?:key )?document for (\S+) was supplied/, 'key'],
  [/^the status list (\S+) was not supplied/, 'status'],
  [/^the revocation list (\S+) was not supplied/, 'status'],
];
const MAX_WANTED_URL = 4096;

/**
 * The documents a report says were missing: DID documents, key documents and status lists the
 * verifier would have used had the host supplied them under `documents`. Each is `{url, kind}` with
 * kind `did`, `key` or `status`. A host may fetch them (Keurmerk never does) and verify again.
 */
export function missingDocuments(report) {
  const out = [];
  for (const check of report?.checks ?? []) {
    if (check.code !== 'key_unresolvable' && check.code !== 'status_list_unavailable') continue;
    for (const [pattern, kind] of WANTED) {
      const url = pattern.exec(String(check.detail ?? ''))?.[1];
      if (!url || url.length > MAX_WANTED_URL || !/^(did:[a-z0-9]+:|https?:\/\/)/.test(url)) continue;
      const k = url.startsWith('did:') && kind === 'key' ? 'did' : kind;
      if (!out.some((w) => w.url === url)) out.push({ url, kind: k });
      break;
    }
  }
  return out;
}
