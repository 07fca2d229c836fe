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
let warmed = false;

// A credential of Keurmerk's own fictional test issuer (tests/vectors/own/rdfc-valid.json), verified
// once when the worker is first configured — as eddsa-rdfc-2022 and, relabelled, as eddsa-jcs-2022 —
// so that the engine's code is compiled (the browser compiles WebAssembly functions on first call)
// while the reader is still looking at the page, not after the first drop. Its reports go nowhere.
const WARM_UP = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\",\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],\"credentialSubject\":{\"achievement\":{\"achievementType\":\"MicroCredential\",\"alignment\":[{\"targetCode\":\"4\",\"targetName\":\"NLQF 4\",\"targetType\":\"ext:NLQFLevel\",\"targetUrl\":\"https://www.nlqf.nl/nlqf-niveaus\",\"type\":[\"Alignment\"]}],\"creditsAvailable\":8.5,\"criteria\":{\"narrative\":\"Praktijkopdracht en criteriumgericht interview.\"},\"description\":\"Past zorgtechnologie toe bij cliënten thuis (240 SBU, NLQF 4).\",\"id\":\"https://roc-voorbeeldstad.example/mc/zorgtech\",\"name\":\"Zorgtechnologie in de wijk\",\"type\":[\"Achievement\"]},\"id\":\"did:example:learner-ĳsbrand-ë\",\"type\":[\"AchievementSubject\"]},\"id\":\"urn:uuid:6f1c2a7e-2c1b-4b8e-9a51-3d0f6c1e8b20\",\"issuer\":{\"address\":{\"addressCountry\":\"Nederland\",\"addressCountryCode\":\"NL\",\"type\":[\"Address\"]},\"id\":\"did:key:z6MkidESJ1UrKmn1JjvfQaYCS8hV2F5gbUEVc87Ghgeo6GpJ\",\"name\":\"ROC Voorbeeldstad (fictief)\",\"type\":[\"Profile\"]},\"name\":\"Microcredential Zorgtechnologie in de wijk\",\"proof\":{\"created\":\"2026-07-01T12:00:00Z\",\"cryptosuite\":\"eddsa-rdfc-2022\",\"proofPurpose\":\"assertionMethod\",\"proofValue\":\"z3FZL9DDzK4E29uPMXy3z3JDqpgesL2ZW5jagar6jDKZAHPyeLEoc49YGV7t1AiaX9HCCoMxg1fgqiTcuRyomUi3S\",\"type\":\"DataIntegrityProof\",\"verificationMethod\":\"did:key:z6MkidESJ1UrKmn1JjvfQaYCS8hV2F5gbUEVc87Ghgeo6GpJ#z6MkidESJ1UrKmn1JjvfQaYCS8hV2F5gbUEVc87Ghgeo6GpJ\"},\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],\"validFrom\":\"2026-06-30T00:00:00Z\"}";
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
    if (!warmed) {
      warmed = true;
      await warmUp();
    }
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

async function warmUp() {
  const now = Date.parse('2026-11-22T00:00:00Z');
  const warm = await Verifier.create({});
  try {
    for (const suite of ['eddsa-rdfc-2022', 'eddsa-jcs-2022']) {
      await warm.verify(WARM_UP.replace('"eddsa-rdfc-2022"', `"${suite}"`), { now });
    }
  } catch {
    // a warm-up that fails costs nothing but the warmth
  } finally {
    warm.free();
  }
}
