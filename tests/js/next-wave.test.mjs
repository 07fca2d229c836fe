// The next-wave vectors of issue 16 (ECDSA P-256/P-384, RS256, PS256; Data Integrity, VC-JWT, baked
// badges) through the npm package under Node: the wasm verifies Ed25519, Node's WebCrypto the rest
// (pkg/webcrypto.js), and every vector gets the verdict tests/next_wave.rs expects natively.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { Verifier } from '../../pkg/index.js';
import { CHECKED, DIR, IN_SCOPE, KNOWN_PENDING, codes, configFor, judge, key, manifest, mapping } from './next-wave-vectors.mjs';

const vector = (path) => readFile(new URL(`../../${DIR}${path}`, import.meta.url));

test('the mapping and the formats are the Rust tests\' own', async () => {
  const { map, scope } = await mapping();
  assert.deepEqual(scope, IN_SCOPE, 'tests/common/mod.rs NEXT_WAVE_IN_SCOPE');
  assert.ok(map.size >= 20, `read ${map.size} codes from mapped()`);
  assert.deepEqual(map.get('valid'), ['issuer_unknown']);
  assert.deepEqual(map.get('unresolvable-key'), ['indeterminate']);
});

test('every next-wave vector of these formats gets the mapped verdict, its signatures checked by WebCrypto', async () => {
  const { map } = await mapping();
  const m = await manifest();
  const verifier = await Verifier.create({ documents: m.documents });
  const verdicts = {};
  for (const v of m.vectors) {
    const own = v.resolution_overrides ? await Verifier.create(await configFor(m, v)) : verifier;
    const report = await own.verify(await vector(v.path), { now: m.now });
    verdicts[key(v)] = { verdict: report.verdict, codes: codes(report) };
  }
  assert.equal(m.vectors.length, CHECKED, 'the in-scope set changed: update CHECKED deliberately');
  const { failures, nowPassing } = judge(map, m, verdicts);
  assert.deepEqual(failures, [], `${failures.length} of ${m.vectors.length} differ`);
  assert.deepEqual(nowPassing, [], 'pending no longer');
  // nothing was left unchecked: a WebCrypto answer reached every signature of these vectors
  const unchecked = Object.entries(verdicts).filter(([, r]) => r.codes.includes('signature_not_checked')).map(([p]) => p);
  assert.deepEqual(unchecked, []);
  assert.ok(KNOWN_PENDING instanceof Map);
});

test('verifySync leaves ECDSA and RSA unchecked (module_needed, then signature_not_checked); verify checks them', async () => {
  const m = await manifest();
  const verifier = await Verifier.create({ documents: m.documents });
  const paths = ['constructed/jose/es256-did-jwk.jwt', 'constructed/jose/ps256-did-jwk.jwt', 'generated/ecdsa/rdfc-2019-p384-vc2.json'];
  // Before the full module: the core names what it cannot check and which module can.
  for (const path of paths) {
    const sync = verifier.verifySync(await vector(path), { now: m.now });
    assert.equal(sync.verdict, 'indeterminate', path);
    assert.equal(sync.checks[sync.deciding].code, 'module_needed', `${path}: ${codes(sync)}`);
  }
  for (const path of paths) {
    const bytes = await vector(path);
    assert.equal((await verifier.verify(bytes, { now: m.now })).verdict, 'issuer_unknown', path);
    // With the full module loaded, the synchronous call still has no WebCrypto.
    const sync = verifier.verifySync(bytes, { now: m.now });
    assert.equal(sync.verdict, 'indeterminate', path);
    assert.equal(sync.checks[sync.deciding].code, 'signature_not_checked', `${path}: ${codes(sync)}`);
  }
});

test('an Ed25519 credential asks WebCrypto nothing; an ES256 one asks once per key, then from the cache', async () => {
  const m = await manifest();
  const verifier = await Verifier.create({ documents: m.documents });
  const { subtle } = globalThis.crypto;
  const calls = { importKey: 0, verify: 0 };
  const original = { importKey: subtle.importKey, verify: subtle.verify };
  subtle.importKey = function (...a) { calls.importKey += 1; return original.importKey.apply(this, a); };
  subtle.verify = function (...a) { calls.verify += 1; return original.verify.apply(this, a); };
  try {
    const eddsa = await verifier.verify(await vector('w3c-vc-jose-cose-test-suite/credential-issuer-match-signed.txt'), { now: m.now });
    assert.equal(eddsa.verdict, 'issuer_unknown');
    assert.deepEqual(calls, { importKey: 0, verify: 0 });
    const es256 = await vector('constructed/jose/es256-did-jwk.jwt');
    assert.equal((await verifier.verify(es256, { now: m.now })).verdict, 'issuer_unknown');
    assert.deepEqual(calls, { importKey: 1, verify: 1 });
    assert.equal((await verifier.verify(es256, { now: m.now })).verdict, 'issuer_unknown');
    assert.deepEqual(calls, { importKey: 1, verify: 2 });
  } finally {
    delete subtle.importKey;
    delete subtle.verify;
  }
});
