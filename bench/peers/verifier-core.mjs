// @digitalcredentials/verifier-core 1.0.0-beta.11 as shipped. It takes no document loader: it builds
// its own (`securityLoader({ fetchRemoteContexts: true })`, bundled VC/OB/DI contexts, did:key,
// did:web and other URLs over HTTP) and fetches the OB 3.0 JSON Schema on every call. The only way
// to run it without a network is under it, at `fetch`. This shim either answers from the same
// bundled contexts and resolution documents everyone gets and 404s anything else ("bundled": a
// network holding exactly these files), or fails every request as an offline browser does
// ("offline"). Requests are counted either way. Browser-safe.
export const name = 'verifier-core';

const state = { mode: 'bundled', contexts: {}, resolution: {}, requests: [] };

function installFetchShim() {
  if (globalThis.fetch?.__keurmerkBench) return;
  const shim = async (input) => {
    const url = String(typeof Request !== 'undefined' && input instanceof Request ? input.url : input).split('#')[0];
    state.requests.push(url); // HTTP never sends the fragment
    if (state.mode === 'bundled') {
      const body = state.contexts[url] ?? state.resolution[url];
      if (body !== undefined) {
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        return new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
      }
      return new Response('not found', { status: 404 }); // a network that holds exactly these files
    }
    throw new TypeError('fetch failed'); // what fetch rejects with when there is no network
  };
  shim.__keurmerkBench = true;
  globalThis.fetch = shim;
}

/** did:web DID documents under the https URLs the did:web method reads them from. */
function didWebUrls(resolution) {
  const out = {};
  for (const [id, doc] of Object.entries(resolution)) {
    if (!id.startsWith('did:web:')) continue;
    const [host, ...path] = id.slice(8).split(':').map(decodeURIComponent);
    out[`https://${host}/${path.length ? `${path.join('/')}/did.json` : '.well-known/did.json'}`] = doc;
  }
  return out;
}

/** @param {{contexts, resolution, mode?: 'bundled'|'offline'}} sets */
export async function makeVerifier({ contexts, resolution, mode = 'bundled' }) {
  Object.assign(state, { contexts, resolution: { ...resolution, ...didWebUrls(resolution) }, mode });
  installFetchShim();
  const { verifyCredential } = await import('@digitalcredentials/verifier-core');
  return {
    verify: (credential) => quiet(() => verifyCredential({ credential, knownDIDRegistries: [] })),
    classify,
    requests: state.requests,
    setMode: (m) => { state.mode = m; },
  };
}

// verifier-core logs every failed schema fetch (console.error / console.log): keep the output readable
async function quiet(fn) {
  const { log, error } = console;
  console.log = console.error = () => {};
  try { return await fn(); } finally { console.log = log; console.error = error; }
}

/** verifier-core's result as valid / invalid / error (could not check), with its own words. */
export function classify(r) {
  if (r?.errors?.length) {
    const e = r.errors[0];
    const why = `${e.name}: ${String(e.message).replace(/\s+/g, ' ').slice(0, 120)}`;
    if (['invalid_signature', 'no_proof', 'invalid_jsonld', 'no_vc_context', 'invalid_credential_id'].includes(e.name)
      || /^jsonld\./.test(e.name)) return { cls: 'invalid', why };
    return { cls: 'error', why };
  }
  const step = (id) => r?.log?.find((s) => s.id === id);
  if (!step('valid_signature')?.valid) {
    // an exception outside the proof check (e.g. a date check of @digitalcredentials/vc) is passed
    // through as `error` with no signature step at all
    const why = `error: ${String(r?.error?.message ?? 'no valid_signature step').replace(/\s+/g, ' ').slice(0, 120)}`;
    return { cls: /validFrom|issuanceDate|validUntil|expirationDate/.test(why) ? 'invalid' : 'error', why };
  }
  const status = step('revocation_status');
  if (step('expiration')?.valid === false) return { cls: 'invalid', why: 'expiration: false' };
  if (status?.error) return { cls: 'error', why: `revocation_status: ${status.error.name}` };
  if (status?.valid === false) return { cls: 'invalid', why: 'revocation_status: false (revoked)' };
  return { cls: 'valid', why: `valid_signature${status ? ', revocation_status ok' : ''}` };
}
