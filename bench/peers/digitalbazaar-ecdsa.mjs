// The Digital Bazaar stack for ECDSA, assembled as for Ed25519 (digitalbazaar.mjs): @digitalbazaar/vc
// verifyCredential (issuer ↔ key binding, dates) with DataIntegrityProof over the cryptosuites the
// caller passes (digitalbazaar-ecdsa-suites.mjs), and the offline document loader with did:key for
// P-256 (zDna…) and P-384 (z82L…) keys through @digitalbazaar/ecdsa-multikey. No status packages:
// the ECDSA inputs carry no credentialStatus. Browser-safe (no node:*).
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import { staticLoader } from './loader.mjs';

export { classify } from './classify-digitalbazaar.mjs';
export const name = 'Digital Bazaar ECDSA stack';

/** @returns {{verify(doc: object, opts: {now: string}): Promise<object>}} */
export function makeVerifier({ contexts, resolution, cryptosuites }) {
  const documentLoader = staticLoader({ contexts, resolution, multikeys: { zDna: EcdsaMultikey.from, z82L: EcdsaMultikey.from } });
  const suite = cryptosuites.map((cryptosuite) => new DataIntegrityProof({ cryptosuite }));
  return { verify: (credential, { now }) => vc.verifyCredential({ credential, suite, documentLoader, now }) };
}
