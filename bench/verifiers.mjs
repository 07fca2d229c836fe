// The three verifiers behind one interface, for Node: create() once, then verify(text) → {cls, why}
// where cls is valid / invalid / error ("could not check"). Everyone gets the same bundled contexts
// and the same resolution documents, and none of them can reach a network.
import { contexts, resolution, NOW, importKeurmerk } from './common.mjs';

export const NAMES = ['keurmerk', 'digitalbazaar', 'verifier-core'];
export const LABEL = { keurmerk: 'Keurmerk (wasm)', digitalbazaar: 'Digital Bazaar stack', 'verifier-core': 'verifier-core' };

/** Keurmerk's verdicts as the three classes. */
export function keurmerkClass(report) {
  const v = report.verdict;
  const cls = v === 'verified' || v === 'issuer_unknown' ? 'valid' : v === 'indeterminate' ? 'error' : 'invalid';
  const codes = report.checks.filter((c) => c.outcome !== 'pass').map((c) => c.code);
  return { cls, why: `${v}${codes.length ? ` (${codes.slice(0, 3).join(', ')})` : ''}` };
}

const parse = (text) => {
  try { return JSON.parse(text); } catch { return null; }
};

export async function create(name, { mode } = {}) {
  if (name === 'keurmerk') {
    const { Verifier } = await importKeurmerk();
    const v = await Verifier.create({ documents: resolution });
    const now = Date.parse(NOW);
    return { verify: (text) => keurmerkClass(v.verify(text, { now })), raw: (text) => v.verify(text, { now }) };
  }
  if (name === 'digitalbazaar') {
    const { makeVerifier, classify } = await import('./peers/digitalbazaar.mjs');
    const v = makeVerifier({ contexts, resolution });
    return {
      async verify(text) {
        const doc = parse(text);
        if (!doc || typeof doc !== 'object') return { cls: 'invalid', why: 'JSON.parse fails (not a JSON credential)' };
        try { return classify(await v.verify(doc, { now: NOW })); } catch (e) { return { cls: 'error', why: `threw: ${String(e.message).slice(0, 120)}` }; }
      },
    };
  }
  if (name === 'verifier-core') {
    const { makeVerifier } = await import('./peers/verifier-core.mjs');
    const v = await makeVerifier({ contexts, resolution, mode });
    return {
      requests: v.requests,
      async verify(text) {
        const doc = parse(text);
        if (!doc || typeof doc !== 'object') return { cls: 'invalid', why: 'JSON.parse fails (not a JSON credential)' };
        try { return v.classify(await v.verify(doc)); } catch (e) { return { cls: 'error', why: `threw: ${String(e.message).slice(0, 120)}` }; }
      },
    };
  }
  throw new Error(`unknown verifier ${name}`);
}
