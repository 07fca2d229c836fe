// Browser entry of the Digital Bazaar stack for ecdsa-rdfc-2019 alone (bundled by bundle.mjs for
// its size only): what a page needs for the commonest ECDSA credential.
import { makeVerifier as make, classify, name } from './digitalbazaar-ecdsa.mjs';
import { cryptosuite } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';

export { classify, name };
export { default as contexts } from 'bench:contexts';
export const makeVerifier = (sets) => make({ ...sets, cryptosuites: [cryptosuite] });
