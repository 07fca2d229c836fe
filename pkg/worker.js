// Keurmerk's verification worker, used by <keurmerk-verifier> (keurmerk-verifier.js): the page's main
// thread never runs the WebAssembly, so dropping 1,000 files does not freeze it.
//
// Messages in (handled strictly one after another; worker-client.js is the other side):
//   { type: 'config', id, config }        build the verifier (VerifierConfig of index.d.ts)
//   { type: 'verify', id, now, items }    items: [{ key, data: File | Blob | string | ArrayBuffer | Uint8Array }]
//   { type: 'recipient', id, recipient, identity }   does an OB 2.0 badge's recipient hash match identity?
// Messages out:
//   { type: 'config', id, labels, version }
//   { type: 'results', id, results: [{ key, report, wants }] }   every few files, in order
//   { type: 'done', id }
//   { type: 'recipient', id, answer }      true, false or null (computed here; the address goes nowhere)
//   { type: 'error', id, message }        misuse only (a bad configuration); a bad credential is a report
// `wants` is missingDocuments(report): the documents the checks want, for the host's resolver.
// The words for verdicts and codes are the page's own (languages.js). Nothing here fetches anything
// but the module's own wasm.
import { init, Verifier, labels, version, missingDocuments, recipientMatches } from './index.js';

const MAX_INPUT_BYTES = 4 << 20; // the core's limit (src/limits.rs): a larger file is refused unread
const FLUSH_EVERY = 25; // results per message at most …
const FLUSH_MS = 40; // … or after this long, so the list grows while a batch runs
const READ_AHEAD = 16; // files read while earlier ones are verified (reading one costs as much as verifying it)

let verifier = null;
let queue = Promise.resolve();

self.addEventListener('message', (event) => {
  const msg = event.data;
  queue = queue
    .then(() => handle(msg))
    .catch((err) => self.postMessage({ type: 'error', id: msg?.id, message: String(err?.message ?? err) }));
});

async function handle(msg) {
  if (msg?.type === 'config') {
    await init();
    const next = new Verifier(msg.config);
    verifier?.free();
    verifier = next;
    self.postMessage({ type: 'config', id: msg.id, labels: labels(), version: version() });
  } else if (msg?.type === 'recipient') {
    const answer = await recipientMatches({ recipient: msg.recipient }, String(msg.identity ?? ''));
    self.postMessage({ type: 'recipient', id: msg.id, answer });
  } else if (msg?.type === 'verify') {
    if (!verifier) throw new Error('keurmerk worker: verify before config');
    let results = [];
    let last = performance.now();
    const flush = () => {
      if (results.length) self.postMessage({ type: 'results', id: msg.id, results });
      results = [];
      last = performance.now();
    };
    const items = msg.items;
    const reads = new Array(items.length);
    for (let i = 0; i < items.length; i += 1) {
      for (let j = i; j < Math.min(i + READ_AHEAD, items.length); j += 1) reads[j] ??= read(items[j].data);
      const input = await reads[i];
      reads[i] = null;
      const item = items[i];
      const report = input.refused ?? (await verifier.verify(input.bytes, { now: msg.now }));
      results.push({ key: item.key, report, wants: missingDocuments(report) });
      if (results.length >= FLUSH_EVERY || performance.now() - last > FLUSH_MS) flush();
    }
    flush();
    self.postMessage({ type: 'done', id: msg.id });
  }
}

// The bytes of a file (or the text as given), or the report of a file refused unread.
async function read(data) {
  if (typeof Blob !== 'undefined' && data instanceof Blob) {
    if (data.size > MAX_INPUT_BYTES) {
      return { refused: refused('input_too_large', `${data.size} bytes; the limit is ${MAX_INPUT_BYTES} bytes`) };
    }
    try {
      return { bytes: new Uint8Array(await data.arrayBuffer()) };
    } catch (err) {
      return { refused: refused('file_not_readable', `the browser could not read the file (${err?.name ?? 'error'})`) };
    }
  }
  return { bytes: data ?? '' };
}

// A report for a file the core never saw (too large to read, or not readable at all), shaped as
// the core's: its one check decides the verdict, and it wants no document.
function refused(code, detail) {
  return {
    verdict: 'unreadable', deciding: 0, format: null, securing: [],
    checks: [{ id: 'intake', outcome: 'fail', code, detail }],
    unsigned: [], credential: null, issuer: null, validity: null, descriptors: {}, annex_i: null, image: null,
    keurmerk_version: version(),
  };
}
