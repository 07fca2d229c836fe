// The benchmark inputs, shared by Node (common.mjs) and the browser pages: one typical credential
// per securing mechanism (paths under tests/vectors/), and the 1,000-credential batch.
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

export const stats = (times) => {
  const t = [...times].sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)], p95: t[Math.floor(t.length * 0.95)], n: t.length };
};
