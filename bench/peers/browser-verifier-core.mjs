// Browser entry of verifier-core (bundled by bundle.mjs): the library as shipped, the fetch shim and
// the 21 bundled contexts the shim answers from.
export { makeVerifier, classify, name } from './verifier-core.mjs';
export { default as contexts } from 'bench:contexts';
