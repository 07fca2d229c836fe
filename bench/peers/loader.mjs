// A JSON-LD document loader that never touches the network: the bundled contexts (the same 21 files
// Keurmerk compiles in), the resolution documents a test supplies (DID documents, controller
// documents, status lists) and did:key through Digital Bazaar's own did:key driver, for the key types
// the caller names (Ed25519 for the Ed25519 stack, P-256 and P-384 for the ECDSA one). Browser-safe.
import * as DidKey from '@digitalbazaar/did-method-key';

export class OfflineError extends Error {
  constructor(url) {
    super(`not available offline: ${url}`);
    this.name = 'OfflineError';
    this.url = url;
  }
}

/**
 * @param {{contexts: Record<string, object>, resolution: Record<string, string|object>,
 *   multikeys: Record<string, Function>}} sets `multikeys`: did:key multibase header → the
 *   Multikey library's `from` (`{ z6Mk: Ed25519Multikey.from }`)
 * @returns {(url: string) => Promise<{contextUrl: null, documentUrl: string, document: object}>}
 */
export function staticLoader({ contexts, resolution, multikeys }) {
  const didKey = DidKey.driver();
  for (const [header, from] of Object.entries(multikeys)) didKey.use({ multibaseMultikeyHeader: header, fromMultibase: from });
  const parsed = new Map();
  const doc = (url) => {
    if (!parsed.has(url)) {
      const v = resolution[url];
      parsed.set(url, typeof v === 'string' ? JSON.parse(v) : v);
    }
    return structuredClone(parsed.get(url));
  };
  return async function documentLoader(url) {
    const out = (document) => ({ contextUrl: null, documentUrl: url, document });
    if (contexts[url]) return out(contexts[url]);
    if (url.startsWith('did:key:')) return out(await didKey.get({ url }));
    const [base, fragment] = url.split('#');
    if (resolution[base] === undefined) throw new OfflineError(url);
    const d = doc(base);
    if (fragment === undefined) return out(d);
    const vm = [...(d.verificationMethod ?? []), ...(d.assertionMethod ?? []).filter((m) => typeof m === 'object')]
      .find((m) => m.id === url || m.id === `#${fragment}` || `${d.id}${m.id}` === url);
    if (!vm) throw new OfflineError(url);
    // a verification method comes back under the context of its own type, as DB's did drivers return it
    const context = { Multikey: 'https://w3id.org/security/multikey/v1', Ed25519VerificationKey2020: 'https://w3id.org/security/suites/ed25519-2020/v1' }[vm.type] ?? d['@context'];
    return out({ '@context': context, ...vm, id: url, controller: vm.controller ?? d.id });
  };
}
