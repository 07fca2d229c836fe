// The three verifiers behind one interface, for Node: create() once, then verify(text) → {cls, why}
// where cls is valid / invalid / error ("could not check"). Everyone gets the same bundled contexts
// and the same resolution documents, and none of them can reach a network. createEcdsa(): the same
// for the ECDSA and RSA inputs (Keurmerk, the Digital Bazaar ECDSA cryptosuites, jose).
import { contexts, resolution, NOW, importKeurmerk, nextWave, ECDSA_NOW } from './common.mjs';

export const NAMES = ['keurmerk', 'digitalbazaar', 'verifier-core'];
export const LABEL = {
  keurmerk: 'Keurmerk (wasm)', digitalbazaar: 'Digital Bazaar stack', 'verifier-core': 'verifier-core',
  'digitalbazaar-ecdsa': 'Digital Bazaar ECDSA stack', jose: 'jose',
};
export const ECDSA_NAMES = ['keurmerk', 'digitalbazaar-ecdsa', 'jose'];

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
    return { verify: async (text) => keurmerkClass(await v.verify(text, { now })), raw: (text) => v.verify(text, { now }) };
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

/**
 * The ECDSA and RSA verifiers: create once, then `supports(input)` (an ECDSA_INPUTS entry) and
 * verify(text) → {cls, why}. Keurmerk takes every input through its real path, `await verify()`
 * (the wasm asks, webcrypto.js checks with crypto.subtle, the wasm finishes; an unchecked signature
 * makes it indeterminate, "error"), and has `onePass(text)`, one synchronous wasm pass alone
 * (`verifySync`: ECDSA/RSA left unchecked); each peer takes the inputs of its format.
 */
export async function createEcdsa(name) {
  if (name === 'keurmerk') {
    const { Verifier } = await importKeurmerk();
    const v = await Verifier.create({ documents: nextWave.documents });
    const now = Date.parse(ECDSA_NOW);
    return {
      supports: () => true,
      verify: async (text) => keurmerkClass(await v.verify(text, { now })),
      onePass: (text) => v.verifySync(text, { now }),
    };
  }
  if (name === 'digitalbazaar-ecdsa') {
    const { makeVerifier, classify } = await import('./peers/digitalbazaar-ecdsa.mjs');
    const { ecdsaCryptosuites } = await import('./peers/digitalbazaar-ecdsa-suites.mjs');
    const v = makeVerifier({ contexts: nextWave.contexts, resolution: nextWave.resolution, cryptosuites: ecdsaCryptosuites() });
    return {
      supports: (input) => input.peer === name,
      async verify(text) {
        const doc = parse(text);
        if (!doc || typeof doc !== 'object') return { cls: 'invalid', why: 'JSON.parse fails (not a JSON credential)' };
        try { return classify(await v.verify(doc, { now: ECDSA_NOW })); } catch (e) { return { cls: 'error', why: `threw: ${String(e.message).slice(0, 120)}` }; }
      },
    };
  }
  if (name === 'jose') {
    const { makeVerifier, classify } = await import('./peers/jose.mjs');
    const v = makeVerifier();
    return { supports: (input) => input.peer === name, verify: async (text) => classify(await v.verify(text.trim(), { now: ECDSA_NOW })) };
  }
  throw new Error(`unknown verifier ${name}`);
}
