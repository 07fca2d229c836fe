// `jose` 6 for VC-JWT (ES256, ES384, RS256, PS256), as an integrator would use it for a did:jwk
// issuer: jwtVerify (signature over WebCrypto, `typ` vc+jwt, exp/nbf/iat at `now`) with a key
// function that resolves the header's `kid` (did:jwk:…#0) locally and imports the JWK once per key
// (as Keurmerk's webcrypto.js keeps imported keys); then the issuer binding (iss and issuer are the
// key's DID) and the VC 2.0 validity window. No JSON-LD, no status. Browser-safe.
import { jwtVerify, importJWK, base64url, errors } from 'jose';

export const name = 'jose';
const ALGORITHMS = ['ES256', 'ES384', 'RS256', 'PS256'];

class KeyError extends Error {
  constructor(message) {
    super(message);
    this.name = 'KeyError';
  }
}

/** @returns {{verify(token: string, opts: {now: string}): Promise<{verified: boolean, error?: Error}>}} */
export function makeVerifier() {
  const keys = new Map(); // `${alg} ${kid}` → Promise<CryptoKey>
  const keyFor = ({ alg, kid }) => {
    const [did, fragment] = String(kid).split('#');
    if (!did.startsWith('did:jwk:') || fragment !== '0') throw new KeyError(`not a did:jwk key: ${kid}`);
    const id = `${alg} ${kid}`;
    if (!keys.has(id)) {
      const jwk = JSON.parse(new TextDecoder().decode(base64url.decode(did.slice('did:jwk:'.length))));
      keys.set(id, importJWK(jwk, alg));
    }
    return keys.get(id);
  };
  return {
    async verify(token, { now }) {
      try {
        const at = new Date(now);
        const { payload, protectedHeader } = await jwtVerify(token, keyFor, { algorithms: ALGORITHMS, typ: 'vc+jwt', currentDate: at });
        const did = protectedHeader.kid.split('#')[0];
        const issuer = typeof payload.issuer === 'object' ? payload.issuer?.id : payload.issuer;
        if (payload.iss !== did || issuer !== did) throw new Error(`issuer ${issuer} / iss ${payload.iss} is not the key's DID`);
        if (payload.validFrom && at < new Date(payload.validFrom)) throw new Error('not yet valid (validFrom)');
        if (payload.validUntil && at > new Date(payload.validUntil)) throw new Error('expired (validUntil)');
        return { verified: true };
      } catch (error) {
        return { verified: false, error };
      }
    },
  };
}

/** jose's answer as valid / invalid / error (could not check), with a short reason. */
export function classify(r) {
  if (r.verified) return { cls: 'valid', why: 'verified' };
  const e = r.error;
  const why = `${e?.code ?? e?.name}: ${String(e?.message).slice(0, 120)}`;
  const cannot = e instanceof KeyError || e instanceof errors.JOSEAlgNotAllowed || e instanceof errors.JOSENotSupported;
  return { cls: cannot ? 'error' : 'invalid', why };
}
