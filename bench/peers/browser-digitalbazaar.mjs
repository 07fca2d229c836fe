// Browser entry of the Digital Bazaar stack (bundled by bundle.mjs): the library, the offline loader
// and the 21 bundled contexts, as a page would ship them.
export { makeVerifier, classify, name } from './digitalbazaar.mjs';
export { default as contexts } from 'bench:contexts';
