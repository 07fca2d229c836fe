// The benchmark inputs, shared by Node (common.mjs) and the browser pages: one typical credential
// per securing mechanism (paths under tests/vectors/), the 1,000-credential batch, and the ECDSA
// and RSA inputs of issue 16 (next-wave vectors, each with the peer that verifies it).
export const NOW = '2026-11-22T00:00:00Z'; // the vectors manifest's evaluate_at

/** The first is the 1EdTech implementation-guide vector, the input of every earlier figure. */
export const INPUT_LIST = [
  { key: 'rdfc-1edtech', name: '1EdTech Open Badge (eddsa-rdfc-2022)', suite: 'eddsa-rdfc-2022', file: 'external/1edtech-ob-spec/ldp-test-vector/signed.json', controller: 'https://example.edu/issuers/565049' },
  { key: 'rdfc', name: 'own Open Badge, did:key (eddsa-rdfc-2022)', suite: 'eddsa-rdfc-2022', file: 'own/rdfc-valid.json' },
  { key: 'jcs', name: 'own Open Badge, did:key (eddsa-jcs-2022)', suite: 'eddsa-jcs-2022', file: 'own/jcs-valid.json' },
  { key: 'ed2020', name: 'own Open Badge, did:key (Ed25519Signature2020)', suite: 'Ed25519Signature2020', file: 'own/ed25519-2020-valid.json' },
  { key: 'jwt', name: 'own Open Badge, did:key (VC-JWT EdDSA)', suite: 'VC-JWT', file: 'own/jwt-ob3.jwt' },
];

/** 1,000 JSON-LD credentials, 250 each of the four JSON-LD inputs, interleaved (the JWT is left
 * out so that every verifier gets the same 1,000 files). */
export const BATCH_KEYS = ['rdfc-1edtech', 'rdfc', 'jcs', 'ed2020'];
export const BATCH_SIZE = 1000;
export const batchKeys = (n = BATCH_SIZE) => Array.from({ length: n }, (_, i) => BATCH_KEYS[i % BATCH_KEYS.length]);

/** The cold start verifies this one (every verifier can). */
export const COLD_KEY = 'rdfc';
// Runs before a warm cell is timed (at most half of its time): the wasm's optimising tier takes
// 750–1,000 verifications to settle in Chromium (medians per 250 runs of the 1EdTech rdfc badge:
// 430 355 345 295 295 290 … µs), and the JavaScript peers' about as many (Digital Bazaar: 1,890
// 1,610 1,620 1,600 … 1,565 µs). With 200, a "warm" median still held the tier-up.
export const WARMUP_RUNS = 1000;

/** The ECDSA and RSA inputs: valid next-wave vectors (tests/vectors/next-wave/MANIFEST.json), each
 * beside the JavaScript peer for its format: the Digital Bazaar ECDSA cryptosuites or jose. */
export const ECDSA_NOW = '2026-12-01T00:00:00Z'; // the next-wave manifest's evaluate_at
const NW = 'next-wave/generated/ecdsa/';
const JOSE = 'next-wave/constructed/jose/';
export const ECDSA_INPUTS = [
  { key: 'ecdsa-rdfc-p256', name: 'ecdsa-rdfc-2019, P-256', suite: 'ecdsa-rdfc-2019', file: `${NW}rdfc-2019-p256-vc2.json`, peer: 'digitalbazaar-ecdsa' },
  { key: 'ecdsa-rdfc-p384', name: 'ecdsa-rdfc-2019, P-384', suite: 'ecdsa-rdfc-2019', file: `${NW}rdfc-2019-p384-vc2.json`, peer: 'digitalbazaar-ecdsa' },
  { key: 'ecdsa-jcs-p256', name: 'ecdsa-jcs-2019, P-256', suite: 'ecdsa-jcs-2019', file: `${NW}jcs-2019-p256-vc2.json`, peer: 'digitalbazaar-ecdsa' },
  { key: 'ecdsa-jcs-p384', name: 'ecdsa-jcs-2019, P-384', suite: 'ecdsa-jcs-2019', file: `${NW}jcs-2019-p384-vc2.json`, peer: 'digitalbazaar-ecdsa' },
  { key: 'ecdsa-sd', name: 'ecdsa-sd-2023, derived proof, P-256', suite: 'ecdsa-sd-2023', file: `${NW}sd-2023-valid-derived.json`, peer: 'digitalbazaar-ecdsa' },
  { key: 'es256', name: 'VC-JWT ES256 (did:jwk)', suite: 'VC-JWT', file: `${JOSE}es256-did-jwk.jwt`, peer: 'jose' },
  { key: 'es384', name: 'VC-JWT ES384 (did:jwk)', suite: 'VC-JWT', file: `${JOSE}es384-did-jwk.jwt`, peer: 'jose' },
  { key: 'rs256', name: 'VC-JWT RS256, RSA-2048 (did:jwk)', suite: 'VC-JWT', file: `${JOSE}rs256-did-jwk.jwt`, peer: 'jose' },
  { key: 'ps256', name: 'VC-JWT PS256, RSA-2048 (did:jwk)', suite: 'VC-JWT', file: `${JOSE}ps256-did-jwk.jwt`, peer: 'jose' },
];

/**
 * A copy of an ECDSA input that must not verify: a JWT with the first character of its signature
 * changed, a Data Integrity credential with the subject's name changed (every one names Alice). A
 * verifier that calls the copy valid is not checking, and is not timed.
 */
export function tamper(input, text) {
  let out;
  if (input.suite === 'VC-JWT') {
    const [h, p, sig] = text.trim().split('.');
    out = `${h}.${p}.${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`;
  } else {
    out = text.replace('"Alice"', '"Alicf"');
  }
  if (out === text) throw new Error(`${input.key}: the tampered copy is the original`);
  return out;
}

/** The 1EdTech validator caches a context as its URL, a blank line, then the JSON: the JSON. */
export const cacheBody = (text) => {
  const i = text.indexOf('\n\n');
  return text.startsWith('http') && i >= 0 ? text.slice(i + 2) : text;
};

export const stats = (times) => {
  const t = [...times].sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)], p95: t[Math.floor(t.length * 0.95)], n: t.length };
};
