// Shared by the benchmarks: the same inputs for every verifier, and a static document loader over
// the same bundled contexts and resolution documents Keurmerk uses (no network for anyone).
import { readFileSync } from 'node:fs';

const V = new URL('../tests/vectors/external/', import.meta.url);
const read = (p) => readFileSync(new URL(p, V), 'utf8');
const manifest = JSON.parse(read('MANIFEST.json'));

export const contexts = Object.fromEntries(manifest.contexts.map((c) => [c.url, JSON.parse(read(c.path))]));
export const resolution = Object.fromEntries(Object.entries(manifest.resolution).map(([u, p]) => [u, read(p)]));

export const INPUTS = {
  '1EdTech Open Badge (eddsa-rdfc-2022)': {
    file: '1edtech-ob-spec/ldp-test-vector/signed.json',
    documents: { 'https://example.edu/issuers/565049': resolution['https://example.edu/issuers/565049'] },
  },
};
export const inputText = (name) => read(INPUTS[name].file);
export const NOW = '2026-11-22T00:00:00Z';

/** A jsonld.js document loader that serves only bundled contexts and supplied documents. */
export async function documentLoader(url) {
  if (contexts[url]) return { contextUrl: null, documentUrl: url, document: contexts[url] };
  const [base] = url.split('#');
  const text = resolution[base];
  if (text) {
    const doc = JSON.parse(text);
    if (url.includes('#')) {
      const vm = (doc.verificationMethod ?? []).find((m) => m.id === url);
      if (vm) return { contextUrl: null, documentUrl: url, document: { '@context': 'https://w3id.org/security/multikey/v1', ...vm } };
    }
    return { contextUrl: null, documentUrl: url, document: doc };
  }
  throw new Error(`not available offline: ${url}`);
}

export function stats(times) {
  const t = [...times].sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)], p95: t[Math.floor(t.length * 0.95)], n: t.length };
}
