// The ECDSA and RSA table of docs/benchmarks.md, for Node (node.mjs) and Chromium (browser-run.mjs):
// per input, Keurmerk's warm median / p95 (and the median of one synchronous wasm pass, verifySync,
// which leaves ECDSA/RSA unchecked: \`verify\` runs the wasm twice around crypto.subtle) beside the
// peer for its format, and Keurmerk / peer on the medians.
import { ECDSA_INPUTS } from './inputs.mjs';
import { fmtUs, ratio } from './format.mjs';

const LABEL = { 'digitalbazaar-ecdsa': 'Digital Bazaar ECDSA stack', jose: 'jose' };

/** One cell: the median / p95 (runs), or why there is none. */
function cell(w) {
  if (!w) return { text: '— (not run)', ok: false };
  const why = (s) => String(s).replace(/\|/g, '/').slice(0, 70);
  if (w.verdict.cls !== 'valid') return { text: `— (${w.verdict.cls}: ${why(w.verdict.why)})`, ok: false };
  if (w.tampered.cls === 'valid') return { text: '— (calls a tampered copy valid: not timed)', ok: false };
  return { text: `${fmtUs(w.median)} / ${fmtUs(w.p95)} (${w.n})`, ok: true, median: w.median };
}

/** `res`: { keurmerk, 'digitalbazaar-ecdsa', jose } each { inputs: { key: {verdict, tampered, median, p95, n} } }. */
export function printEcdsaTable(res) {
  console.log('| input | **Keurmerk** (wasm + WebCrypto) | of which one wasm pass | peer | peer | Keurmerk / peer |');
  console.log('|---|---|---|---|---|---|');
  for (const input of ECDSA_INPUTS) {
    const k = cell(res.keurmerk?.inputs?.[input.key]);
    const p = cell(res[input.peer]?.inputs?.[input.key]);
    const pass = res.keurmerk?.inputs?.[input.key]?.one_pass;
    console.log(`| ${input.name} | **${k.text}** | ${pass ? fmtUs(pass.median) : '—'} | ${LABEL[input.peer]} | ${p.text} | ${k.ok && p.ok ? ratio(k.median, p.median) : '—'} |`);
  }
}
