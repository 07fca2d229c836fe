// Browser entry of the jose peer (bundled by bundle.mjs, loaded by browser-ecdsa.mjs).
export { makeVerifier, classify, name } from './jose.mjs';
