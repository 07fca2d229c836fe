// The ECDSA and RSA inputs (inputs.mjs ECDSA_INPUTS) in a fresh headless Chromium page, warm, for
// one verifier (browser-run.mjs starts one browser per page):
//   ?verifier=keurmerk|digitalbazaar-ecdsa|jose  &runs=1000  &maxs=8
// Keurmerk verifies every input through `await verify()` (the wasm, crypto.subtle, the wasm; the page
// is a secure context) and is also timed on one synchronous wasm pass (`verifySync`); a peer takes the
// inputs of its format (out/digitalbazaar-ecdsa.js, out/jose.js from bundle.mjs). An input is timed
// only if the verifier calls it valid and a tampered copy not. Results go to window.__bench.
import { ECDSA_INPUTS, ECDSA_NOW, WARMUP_RUNS, cacheBody, tamper, stats } from './inputs.mjs';

const q = new URLSearchParams(location.search);
const which = q.get('verifier') ?? 'keurmerk';
const RUNS = Number(q.get('runs') ?? 1000);
const MAX_MS = Number(q.get('maxs') ?? 8) * 1000;
const status = (s) => { document.querySelector('#out').textContent = s; };

const NW = '../tests/vectors/next-wave/';
const text = (p) => fetch(p).then((r) => { if (!r.ok) throw new Error(`${p}: ${r.status}`); return r.text(); });
const manifest = JSON.parse(await text(`${NW}MANIFEST.json`));
const resolution = Object.fromEntries(await Promise.all(Object.entries(manifest.resolution).map(async ([u, p]) => [u, await text(NW + p)])));
const extraContexts = Object.fromEntries(await Promise.all(manifest.contexts.map(async (c) => [c.url, cacheBody(await text(NW + c.path))])));
const texts = Object.fromEntries(await Promise.all(ECDSA_INPUTS.map(async (i) => [i.key, await text(`../tests/vectors/${i.file}`)])));
const out = { verifier: which, crossOriginIsolated, isSecureContext, subtle: typeof crypto.subtle?.verify === 'function', inputs: {} };

const classifyKeurmerk = (report) => {
  const v = report.verdict;
  return { cls: v === 'verified' || v === 'issuer_unknown' ? 'valid' : v === 'indeterminate' ? 'error' : 'invalid', why: v };
};
const parse = (t) => { try { return JSON.parse(t); } catch { return null; } };

let supports;
let verify; // (text) => Promise<{cls, why}>
let onePass = null;
if (which === 'keurmerk') {
  const { Verifier } = await import('../pkg/index.js');
  const v = await Verifier.create({ documents: { ...resolution, ...extraContexts } });
  const enc = new TextEncoder();
  const now = Date.parse(ECDSA_NOW);
  supports = () => true;
  verify = async (t) => classifyKeurmerk(await v.verify(enc.encode(t), { now }));
  onePass = (t) => v.verifySync(enc.encode(t), { now });
} else {
  const mod = await import(`./out/${which}.js`);
  supports = (input) => input.peer === which;
  if (which === 'jose') {
    const v = mod.makeVerifier();
    verify = async (t) => mod.classify(await v.verify(t.trim(), { now: ECDSA_NOW }));
  } else {
    const contexts = { ...mod.contexts, ...Object.fromEntries(Object.entries(extraContexts).map(([u, t]) => [u, JSON.parse(t)])) };
    const v = mod.makeVerifier({ contexts, resolution });
    verify = async (t) => {
      const doc = parse(t);
      if (!doc) return { cls: 'invalid', why: 'JSON.parse fails' };
      try { return mod.classify(await v.verify(doc, { now: ECDSA_NOW })); } catch (e) { return { cls: 'error', why: `threw: ${String(e.message).slice(0, 120)}` }; }
    };
  }
}

async function time(run) {
  const w0 = performance.now();
  for (let i = 0; i < Math.min(WARMUP_RUNS, RUNS) && performance.now() - w0 < MAX_MS / 2; i++) await run();
  const times = [];
  const start = performance.now();
  for (let i = 0; i < RUNS && (i < 50 || performance.now() - start < MAX_MS); i++) {
    const s = performance.now();
    await run();
    times.push((performance.now() - s) * 1000);
  }
  return stats(times);
}

for (const input of ECDSA_INPUTS) {
  if (!supports(input)) continue;
  status(`${which}: ${input.name}`);
  const t = texts[input.key];
  const verdict = await verify(t);
  const tampered = await verify(tamper(input, t));
  const timed = verdict.cls === 'valid' && tampered.cls !== 'valid';
  out.inputs[input.key] = { verdict, tampered, ...(timed ? await time(() => verify(t)) : {}) };
  if (timed && onePass) out.inputs[input.key].one_pass = await time(() => onePass(t));
  await new Promise((r) => setTimeout(r, 0));
}
window.__bench = out;
status(JSON.stringify(out, null, 2));
