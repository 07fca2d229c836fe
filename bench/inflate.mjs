// Issue 20 item 2: should the npm package inflate GZIP status lists (Bitstring Status List /
// StatusList2021 `encodedList`) with the platform's DecompressionStream('gzip') instead of the
// miniz_oxide inflate compiled into the wasm? `node bench/inflate.mjs [rounds]` (default 1) measures,
// in Node (a fresh process per list shape) and in headless Chromium (a fresh page per shape):
//
//   platform  DecompressionStream('gzip') from the compressed bytes to one Uint8Array, counting the
//             bytes as they stream and cancelling past MAX_STATUS_LIST_BYTES (16 MiB), as the JS layer
//             would have to. Async: it includes the streams' promise and task overhead. "cold" is the
//             first call in the process/page, "warm" the median of many.
//   wasm      there is no wasm export for inflate, so the wasm path is measured END TO END: the same
//             signed credential verified (a fresh verifier of the full module each time, which reads
//             status lists and keeps a list it verified) with its status list
//             supplied, against (a) the same list holding 16 bytes (128 entries: list verification,
//             next to no inflate) and (b) a credential without credentialStatus. Medians of
//             per-iteration differences, the runs interleaved. list − tiny list ≈ inflate (plus
//             base64url-decoding and hashing the longer encodedList); list − no status = all a list
//             costs (verifying the list credential, decode, inflate, the bit).
//   Shapes: 16 KiB sparse and random, 2 MiB sparse, and two refused at 16 MiB (18 MiB sparse, a
//   20 MiB bomb of zeros), which the wasm stops before its CRC-32: they time its inflate alone.
//   Node also gets zlib.gunzipSync (synchronous, not available in browsers) for reference, and both
//   platforms the edge cases the Rust inflate refuses (two GZIP members, a lying trailer, a bomb).
//
// The credential and the lists are made here, deterministically (fixed Ed25519 seed, eddsa-jcs-2022,
// did:key), so no test vector is needed. Output: Markdown on stdout, raw figures in bench/out/inflate.json.
import { spawnSync } from 'node:child_process';
import { createHash, createPrivateKey, createPublicKey, sign } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';

const ROOT = new URL('../', import.meta.url);
const NOW = '2026-11-22T00:00:00Z';
const LIMIT = 16 << 20; // MAX_STATUS_LIST_BYTES (src/limits.rs)
const LIST_URL = 'https://status.keurmerk-bench.example/lists/1';
const SHAPES = ['sparse', 'dense', 'large', 'over', 'bomb'];

// ── fixtures ─────────────────────────────────────────────────────────────────────────────────────
function prng(seed) { // mulberry32
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function bits(bytes, fraction, seed) { // `fraction` of the entries set at random; entry 5 stays clear
  const out = new Uint8Array(bytes);
  const rnd = prng(seed);
  for (let i = Math.round(bytes * 8 * fraction); i > 0; i--) {
    const e = Math.floor(rnd() * bytes * 8);
    out[e >> 3] |= 0x80 >> (e & 7);
  }
  out[0] = 0;
  return out;
}
function randomBytes(n, seed) {
  const out = new Uint8Array(n);
  const rnd = prng(seed);
  for (let i = 0; i < n; i++) out[i] = Math.floor(rnd() * 256);
  out[0] = 0;
  return out;
}
const RAW = {
  tiny: () => new Uint8Array(16),
  sparse: () => bits(16 << 10, 0.001, 1), // 131,072 entries (the W3C minimum), 0.1 % set
  dense: () => randomBytes(16 << 10, 2), // 131,072 entries, random: incompressible
  large: () => bits(2 << 20, 0.001, 3), // 16,777,216 entries, 0.1 % set
  over: () => bits(18 << 20, 0.001, 4), // as `large`, 9 times over: refused at 16 MiB, before the CRC-32
  bomb: () => new Uint8Array(20 << 20), // 20 MiB of zeros: refused at 16 MiB
};
const DESCRIBE = {
  sparse: '16 KiB, 0.1 % set', dense: '16 KiB, random', large: '2 MiB, 0.1 % set', over: '18 MiB, 0.1 % set (over the limit)', bomb: '20 MiB zeros (bomb)',
};

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58(bytes) {
  let n = BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
  let s = '';
  while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const b of bytes) { if (b !== 0) break; s = `1${s}`; }
  return s;
}
const jcs = (v) => (Array.isArray(v) ? `[${v.map(jcs).join(',')}]`
  : v !== null && typeof v === 'object' ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${jcs(v[k])}`).join(',')}}`
    : JSON.stringify(v));
const KEY = createPrivateKey({
  key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.alloc(32, 7)]), format: 'der', type: 'pkcs8',
});
const DID = `did:key:z${base58(Buffer.concat([Buffer.from([0xed, 0x01]), Buffer.from(createPublicKey(KEY).export({ format: 'jwk' }).x, 'base64url')]))}`;
function signJcs(doc) { // eddsa-jcs-2022
  const config = {
    '@context': doc['@context'], type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022', created: '2026-07-01T12:00:00Z',
    verificationMethod: `${DID}#${DID.slice(8)}`, proofPurpose: 'assertionMethod',
  };
  const h = (s) => createHash('sha256').update(s).digest();
  return JSON.stringify({ ...doc, proof: { ...config, proofValue: `z${base58(sign(null, Buffer.concat([h(jcs(config)), h(jcs(doc))]), KEY))}` } });
}
const V2 = ['https://www.w3.org/ns/credentials/v2'];
const BASE = {
  '@context': V2, id: 'urn:uuid:0b5e6a3c-5a0e-4c59-9d1e-7e3f4f1d2c01', type: ['VerifiableCredential'], issuer: DID,
  validFrom: '2026-01-01T00:00:00Z', credentialSubject: { id: 'did:example:learner' },
};
const STATUS = { id: `${LIST_URL}#5`, type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: '5', statusListCredential: LIST_URL };
const listCredential = (gz) => signJcs({
  '@context': V2, id: LIST_URL, type: ['VerifiableCredential', 'BitstringStatusListCredential'], issuer: DID, validFrom: '2026-01-01T00:00:00Z',
  credentialSubject: { id: `${LIST_URL}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: `u${Buffer.from(gz).toString('base64url')}` },
});
const popcount = (u8) => { let n = 0; for (const b of u8) { let x = b; while (x) { x &= x - 1; n++; } } return n; };

/** The arguments of `measure` for one shape (plain data: they go into a browser page as JSON). */
function fixture(shape, pkgUrl) {
  const raw = RAW[shape]();
  const gz = gzipSync(raw, { level: 9 });
  const tinyGz = gzipSync(RAW.tiny(), { level: 9 });
  return {
    shape, pkgUrl, now: NOW, limit: LIMIT, listUrl: LIST_URL, expectError: shape === 'bomb' || shape === 'over',
    runs: shape === 'bomb' || shape === 'over' ? 12 : shape === 'large' ? 60 : 400,
    gzB64: Buffer.from(gz).toString('base64'), gzLen: gz.length, rawLen: raw.length, ones: popcount(raw),
    plain: signJcs(BASE), withStatus: signJcs({ ...BASE, credentialStatus: STATUS }),
    list: listCredential(gz), tinyList: listCredential(tinyGz),
  };
}

// ── what runs in Node and in the page (self-contained: it is stringified into the page) ───────────
async function measure(a) {
  const now = () => performance.now();
  const median = (xs) => { const s = xs.slice().sort((x, y) => x - y); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
  const gz = Uint8Array.from(atob(a.gzB64), (c) => c.charCodeAt(0));
  async function inflate(data, limit, piece) { // what the JS layer would do: DecompressionStream, bounded
    const ds = new DecompressionStream('gzip');
    const writer = ds.writable.getWriter();
    (async () => { // small writes: Chromium inflates each write whole before the reader can cancel
      for (let i = 0; i < data.length; i += piece) await writer.write(data.subarray(i, i + piece));
      await writer.close();
    })().catch(() => {});
    const reader = ds.readable.getReader();
    const chunks = [];
    let n = 0;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      n += value.length;
      if (n > limit) { await reader.cancel(); throw new RangeError(`inflates to more than ${limit} bytes`); }
      chunks.push(value);
    }
    const out = new Uint8Array(n);
    let o = 0;
    for (const c of chunks) { out.set(c, o); o += c.length; }
    return out;
  }
  const popcount = (u8) => { let k = 0; for (const b of u8) { let x = b; while (x) { x &= x - 1; k++; } } return k; };
  const outcome = (out) => { // checked after the clock stops: what came out against what the list holds
    if (typeof out === 'string') { if (a.expectError) return out; throw new Error(`${a.shape}: ${out}`); }
    if (a.expectError || out.length !== a.rawLen || popcount(out) !== a.ones) throw new Error(`${a.shape}: DecompressionStream gave ${out.length} bytes`);
    return 'ok';
  };
  async function platform(piece = 1024) { // → the inflated bytes, or the error as a string
    try {
      return await inflate(gz, a.limit, piece);
    } catch (e) {
      return `${e.name}: ${e.message}`;
    }
  }
  const r = { shape: a.shape, crossOriginIsolated: globalThis.crossOriginIsolated ?? null };

  let t = now();
  let out = await platform();
  r.platformCold = now() - t;
  r.platformOutcome = outcome(out);
  t = now();
  out = await platform();
  r.platformSecond = now() - t;
  outcome(out);
  outcome(await platform(Infinity));

  // The full module reads status lists (the core answers module_needed), and a verifier keeps a
  // list it verified (ListCache): each timed call is a fresh verifier of the full module, made
  // outside the clock, so that every call inflates its list as the first credential naming it does.
  const { initFull } = await import(a.pkgUrl);
  await initFull();
  const { Verifier: Raw } = await import(new URL('keurmerk_full.js', a.pkgUrl).href); // the instance initFull loaded
  const config = (list) => JSON.stringify({
    documents: { [a.listUrl]: list }, gone: [], trustLists: [], trustAnchors: [], policy: { requireStatus: false, allowUndefinedTerms: false },
  });
  const ms = Date.parse(a.now);
  const enc = new TextEncoder();
  const plain = enc.encode(a.plain);
  const withStatus = enc.encode(a.withStatus);
  const timed = (list, bytes) => { // → [ms, report]
    const v = new Raw(config(list));
    const t0 = now();
    const rep = v.verify(bytes, ms);
    const dt = now() - t0;
    v.free();
    return [dt, rep];
  };
  const status = (rep) => rep.checks.filter((c) => c.id === 'status').map((c) => c.code).join(' ') || '(none)';
  const plainTimes = [];
  for (let i = 0; i < 20; i++) plainTimes.push(timed(a.list, plain)[0]);
  const [cold, first] = timed(a.list, withStatus);
  r.wasmColdWithList = cold;
  r.wasmColdMinusPlain = r.wasmColdWithList - median(plainTimes.slice(5));
  r.wasmStatus = status(first);
  r.wasmVerdict = first.verdict;
  r.wasmTinyStatus = status(timed(a.tinyList, withStatus)[1]);
  r.wasmPlainStatus = status(timed(a.list, plain)[1]);
  const want = a.expectError ? 'status_list_invalid' : 'status_ok';
  if (r.wasmStatus !== want || !/\bstatus_ok\b/.test(r.wasmTinyStatus) || !/^(\(none\)|status_none)$/.test(r.wasmPlainStatus)) {
    throw new Error(`${a.shape}: unexpected status checks: list ${r.wasmStatus}, tiny ${r.wasmTinyStatus}, plain ${r.wasmPlainStatus}`);
  }

  const T = { platform: [], platformOneWrite: [], plain: [], tiny: [], list: [], listMinusTiny: [], listMinusPlain: [] };
  for (let i = 0; i < a.runs; i++) { // interleaved, so load from elsewhere falls on all columns alike
    t = now(); await platform(); T.platform.push(now() - t);
    t = now(); await platform(Infinity); T.platformOneWrite.push(now() - t);
    const [p] = timed(a.list, plain);
    const [s] = timed(a.tinyList, withStatus);
    const [l] = timed(a.list, withStatus);
    T.plain.push(p); T.tiny.push(s); T.list.push(l); T.listMinusTiny.push(l - s); T.listMinusPlain.push(l - p);
  }
  for (const [k, xs] of Object.entries(T)) r[`${k}Median`] = median(xs);
  r.platformMin = Math.min(...T.platform);
  return r;
}

/** The edge cases the Rust inflate refuses, as DecompressionStream sees them (also stringified). */
async function edgeCases(cases, bombB64) {
  const out = {};
  // A bomb against a 1 MiB limit: given in one write, or in 1 KiB writes (median of 5, ms).
  const bomb = Uint8Array.from(atob(bombB64), (c) => c.charCodeAt(0));
  for (const piece of [Infinity, 1024]) {
    const xs = [];
    for (let i = 0; i < 6; i++) {
      const t = performance.now();
      const ds = new DecompressionStream('gzip');
      const w = ds.writable.getWriter();
      (async () => { for (let j = 0; j < bomb.length; j += piece) await w.write(bomb.subarray(j, j + piece)); await w.close(); })().catch(() => {});
      const reader = ds.readable.getReader();
      for (let n = 0; n <= 1 << 20;) { const r = await reader.read(); if (r.done) break; n += r.value.length; }
      await reader.cancel();
      if (i > 0) xs.push(performance.now() - t);
    }
    xs.sort((x, y) => x - y);
    out[`bomb (20 MiB of zeros), cancelled past 1 MiB, ${piece === Infinity ? 'one write' : '1 KiB writes'}`] = `${xs[2].toFixed(1)} ms`;
  }
  for (const [name, b64] of Object.entries(cases)) {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    try {
      const reader = new Blob([data]).stream().pipeThrough(new DecompressionStream('gzip')).getReader();
      let n = 0;
      for (let r = await reader.read(); !r.done; r = await reader.read()) n += r.value.length;
      out[name] = `accepted, ${n} bytes`;
    } catch (e) {
      out[name] = `refused (${e.name}: ${String(e.message).slice(0, 60)})`;
    }
  }
  return out;
}
function edgeCaseInputs() {
  const encoded = (p) => {
    const s = JSON.parse(readFileSync(new URL(`tests/vectors/${p}`, ROOT), 'utf8')).credentialSubject.encodedList;
    return Buffer.from(s.replace(/^u/, ''), 'base64url').toString('base64');
  };
  const a = gzipSync(new Uint8Array(16)), b = gzipSync(RAW.sparse());
  const badCrc = Buffer.from(b); badCrc[badCrc.length - 5] ^= 1;
  const junk = Buffer.concat([b, Buffer.from('junk')]);
  return {
    'two GZIP members (adversarial vector)': encoded('adversarial/status-list-two-gzip-members.json'),
    'two GZIP members (made here)': Buffer.concat([a, b]).toString('base64'),
    'lying trailer (adversarial vector)': encoded('adversarial/status-list-lying-trailer.json'),
    'CRC-32 flipped': badCrc.toString('base64'),
    'trailing junk after the member': junk.toString('base64'),
  };
}

// ── Node: one fresh process per shape ────────────────────────────────────────────────────────────
const pkgFile = pathToFileURL(fileURLToPath(new URL('pkg/index.js', ROOT))).href;
const childShape = process.argv.find((x) => x.startsWith('--shape='))?.slice(8);
if (childShape) {
  const a = fixture(childShape, pkgFile);
  const r = await measure(a);
  if (!a.expectError) { // zlib.gunzipSync for reference: synchronous, Node only
    const gz = Buffer.from(a.gzB64, 'base64');
    const xs = [];
    for (let i = 0; i < a.runs; i++) { const t = performance.now(); gunzipSync(gz, { maxOutputLength: LIMIT }); xs.push(performance.now() - t); }
    xs.sort((x, y) => x - y);
    r.zlibSyncMedian = xs[xs.length >> 1];
  }
  process.stdout.write(JSON.stringify(r));
  process.exit(0);
}

const ROUNDS = Number(process.argv[2] ?? 1);
const self = fileURLToPath(import.meta.url);
const results = { node: [], chromium: [], edge: {} };
const meta = {};
for (const shape of SHAPES) {
  const f = fixture(shape, pkgFile);
  meta[shape] = { rawLen: f.rawLen, gzLen: f.gzLen, listCredentialLen: f.list.length };
}
for (let round = 0; round < ROUNDS; round++) {
  for (const shape of SHAPES) {
    const p = spawnSync(process.execPath, [self, `--shape=${shape}`], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (p.status !== 0) throw new Error(`node --shape=${shape}: ${p.stderr}`);
    results.node.push(JSON.parse(p.stdout));
  }
}
const BOMB = gzipSync(RAW.bomb(), { level: 9 }).toString('base64');
results.edge.node = await edgeCases(edgeCaseInputs(), BOMB);

// ── Chromium: a fresh browser, a fresh page per shape ────────────────────────────────────────────
const { fresh } = await import('./fresh.mjs');
const { serve } = await import('./server.mjs');
const server = await serve();
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp', 'cross-origin-resource-policy': 'same-origin' };
try {
  for (let round = 0; round < ROUNDS; round++) {
    await fresh(async (_blank, context) => {
      const open = async () => {
        const page = await context.newPage();
        await page.route(`${server.url}/bench/inflate.html`, (route) => route.fulfill({
          status: 200, contentType: 'text/html; charset=utf-8', headers: { ...ISOLATED, 'cache-control': 'no-store' }, body: '<!doctype html><title>inflate</title>',
        }));
        await page.goto(`${server.url}/bench/inflate.html`);
        return page;
      };
      for (const shape of SHAPES) {
        const page = await open();
        const a = fixture(shape, `${server.url}/pkg/index.js`);
        results.chromium.push(await page.evaluate(`(${measure})(${JSON.stringify(a)})`));
        await page.close();
      }
      if (round === 0) {
        const page = await open();
        results.edge.chromium = await page.evaluate(`(${edgeCases})(${JSON.stringify(edgeCaseInputs())}, ${JSON.stringify(BOMB)})`);
        results.edge.chromiumVersion = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
        await page.close();
      }
    });
  }
} finally {
  await server.close();
}

// ── report ───────────────────────────────────────────────────────────────────────────────────────
const med = (xs) => { const s = xs.slice().sort((x, y) => x - y); return s[s.length >> 1]; };
const ms = (x) => (x === undefined ? '–' : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
const kb = (n) => (n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(0)} MiB` : n >= 10240 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`);
console.log(`Inflating GZIP status lists: DecompressionStream('gzip') against the wasm (miniz_oxide). Node ${process.version},`
  + ` ${results.edge.chromiumVersion ? `Chromium ${results.edge.chromiumVersion}` : 'Chromium'}, ${cpus().length} cores, load ${loadavg().map((x) => x.toFixed(2)).join(' ')};`
  + ` ${ROUNDS} round(s), the median over rounds of each round's median; ms.\n`);
console.log('wasm method: END TO END (no wasm export for inflate): verifySync of one signed credential with its list supplied,');
console.log('minus the same with a 16-byte list ("≈ inflate": also base64url and hashing of the longer encodedList), and minus');
console.log('the credential without credentialStatus ("whole list": verifying the list credential too).\n');
for (const env of ['node', 'chromium']) {
  const rows = results[env];
  const col = (shape, k) => { const xs = rows.filter((r) => r.shape === shape).map((r) => r[k]).filter((x) => x !== undefined); return xs.length ? med(xs) : undefined; };
  console.log(`### ${env === 'node' ? 'Node (fresh process per shape)' : 'Chromium (fresh page per shape)'}\n`);
  console.log(`| list | gzip | DecompressionStream cold | warm | warm, one write | ${env === 'node' ? 'zlib.gunzipSync warm | ' : ''}wasm ≈ inflate (list − 16 B list) | wasm whole list (list − no status) | wasm first with list − no status | verify, no status |`);
  console.log(`|---|---:|---:|---:|---:|${env === 'node' ? '---:|' : ''}---:|---:|---:|---:|`);
  for (const shape of SHAPES) {
    console.log(`| ${DESCRIBE[shape]} | ${kb(meta[shape].gzLen)} | ${ms(col(shape, 'platformCold'))} | ${ms(col(shape, 'platformMedian'))} | ${ms(col(shape, 'platformOneWriteMedian'))} | `
      + `${env === 'node' ? `${ms(col(shape, 'zlibSyncMedian'))} | ` : ''}${ms(col(shape, 'listMinusTinyMedian'))} | ${ms(col(shape, 'listMinusPlainMedian'))} | `
      + `${ms(col(shape, 'wasmColdMinusPlain'))} | ${ms(col(shape, 'plainMedian'))} |`);
  }
  console.log('');
}
console.log('DecompressionStream is fed the compressed bytes in 1 KiB writes (cold and warm), which is what bounds its work on a bomb;');
console.log('"one write" gives it all at once (Chromium then inflates everything before the reader can cancel).');
console.log('The last two rows are refused: DecompressionStream cancelled once 16 MiB had streamed out; the wasm stops at 16 MiB');
console.log('(status_list_invalid) before its CRC-32, so they time inflate alone (the 18 MiB row: 16 MiB of the 2 MiB row\'s kind of data).\n');
console.log('### Edge cases the Rust inflate refuses, given to DecompressionStream(\'gzip\'); and a bomb against a byte-counting limit\n');
console.log('| input | Node | Chromium |\n|---|---|---|');
for (const k of Object.keys(results.edge.node)) console.log(`| ${k} | ${results.edge.node[k]} | ${results.edge.chromium?.[k] ?? '–'} |`);
mkdirSync(new URL('bench/out/', ROOT), { recursive: true });
writeFileSync(new URL('bench/out/inflate.json', ROOT), JSON.stringify({ meta, ...results, loadavg: loadavg() }, null, 1));
