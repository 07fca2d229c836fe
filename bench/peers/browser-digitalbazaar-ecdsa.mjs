// Browser entry of the Digital Bazaar ECDSA stack with its three cryptosuites (bundled by
// bundle.mjs, loaded by browser-ecdsa.mjs): the library, the offline loader and the 21 contexts.
import { makeVerifier as make, classify, name } from './digitalbazaar-ecdsa.mjs';
import { ecdsaCryptosuites } from './digitalbazaar-ecdsa-suites.mjs';

export { classify, name };
export { default as contexts } from 'bench:contexts';
export const makeVerifier = (sets) => make({ ...sets, cryptosuites: ecdsaCryptosuites() });
