// pkg/webcrypto.js under Node: the answerer the npm package gives the checks the core leaves to the
// platform (ECDSA, RSA). Node's own crypto is the reference: its point decompression, its keys and
// signatures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ECDH, generateKeyPairSync, webcrypto } from 'node:crypto';

import { WebCrypto, uncompressed } from '../../pkg/webcrypto.js';

const { subtle } = webcrypto;
const NODE_CURVE = { 'P-256': 'prime256v1', 'P-384': 'secp384r1' };
const message = new TextEncoder().encode('eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJkaWQ6andrOi4uLiJ9');

const raw = async (key) => new Uint8Array(await subtle.exportKey('raw', key));
const compressed = (curve, point) => new Uint8Array(ECDH.convertKey(point, NODE_CURVE[curve], undefined, undefined, 'compressed'));
const flipped = (bytes, i = 0) => { const b = Uint8Array.from(bytes); b[i] ^= 1; return b; };
const b64url = (s) => new Uint8Array(Buffer.from(s, 'base64url'));

// One signed check per algorithm, with Node's keys: [name, check].
async function signedChecks() {
  const out = [];
  for (const [alg, crv, hash] of [['ES256', 'P-256', 'SHA-256'], ['ES384', 'P-384', 'SHA-384']]) {
    const k = await subtle.generateKey({ name: 'ECDSA', namedCurve: crv }, true, ['sign', 'verify']);
    const signature = new Uint8Array(await subtle.sign({ name: 'ECDSA', hash }, k.privateKey, message));
    const point = await raw(k.publicKey);
    out.push([`${alg} uncompressed`, { alg, key: { kty: 'EC', crv, sec1: point }, message, signature }]);
    out.push([`${alg} compressed`, { alg, key: { kty: 'EC', crv, sec1: compressed(crv, point) }, message, signature }]);
  }
  for (const [alg, name, params] of [['RS256', 'RSASSA-PKCS1-v1_5', {}], ['PS256', 'RSA-PSS', { saltLength: 32 }]]) {
    const k = await subtle.generateKey({ name, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['sign', 'verify']);
    const signature = new Uint8Array(await subtle.sign({ name, ...params }, k.privateKey, message));
    const jwk = await subtle.exportKey('jwk', k.publicKey);
    out.push([alg, { alg, key: { kty: 'RSA', n: b64url(jwk.n), e: b64url(jwk.e) }, message, signature }]);
  }
  const k = await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  const signature = new Uint8Array(await subtle.sign({ name: 'Ed25519' }, k.privateKey, message));
  out.push(['EdDSA', { alg: 'EdDSA', key: { kty: 'OKP', crv: 'Ed25519', x: await raw(k.publicKey) }, message, signature }]);
  return out.map(([name, check], i) => [name, { id: `c${i}`, ...check }]);
}

// An x on the curve's field for which x³ − 3x + b has no square root: no point has it.
function xOffTheCurve(curve, size) {
  for (let i = 1; ; i += 1) {
    const sec1 = new Uint8Array(size + 1);
    sec1[0] = 2;
    sec1[size] = i;
    if (uncompressed(curve, sec1) === null) return sec1;
  }
}

test('decompression gives the point Node decompresses, for both parities and both curves', () => {
  for (const [curve, size] of [['P-256', 32], ['P-384', 48]]) {
    const parities = new Set();
    for (let i = 0; i < 24; i += 1) {
      const { publicKey } = generateKeyPairSync('ec', { namedCurve: NODE_CURVE[curve] });
      const jwk = publicKey.export({ format: 'jwk' });
      const point = new Uint8Array([4, ...b64url(jwk.x), ...b64url(jwk.y)]);
      assert.equal(point.length, 2 * size + 1);
      const short = compressed(curve, point);
      parities.add(short[0]);
      assert.deepEqual(uncompressed(curve, short), point, `${curve} #${i}`);
      assert.deepEqual(uncompressed(curve, point), point, `${curve} #${i}: an uncompressed point stays as it is`);
    }
    assert.deepEqual([...parities].sort(), [2, 3], `${curve}: both prefixes seen`);
  }
});

test('a point off the curve, or of the wrong shape, is no point', () => {
  for (const [curve, size] of [['P-256', 32], ['P-384', 48]]) {
    const off = xOffTheCurve(curve, size);
    // and Node agrees that no point has this x
    assert.throws(() => ECDH.convertKey(off, NODE_CURVE[curve], undefined, undefined, 'uncompressed'));
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: NODE_CURVE[curve] });
    const jwk = publicKey.export({ format: 'jwk' });
    const point = new Uint8Array([4, ...b64url(jwk.x), ...b64url(jwk.y)]);
    assert.equal(uncompressed(curve, flipped(point, 2 * size)), null, `${curve}: y changed`);
    assert.equal(uncompressed(curve, new Uint8Array([4, ...new Uint8Array(2 * size).fill(0xff)])), null, `${curve}: x, y ≥ p`);
    assert.equal(uncompressed(curve, point.subarray(0, size)), null, `${curve}: too short`);
    assert.equal(uncompressed(curve, new Uint8Array([5, ...point.subarray(1, size + 1)])), null, `${curve}: prefix 5`);
  }
  assert.equal(uncompressed('P-521', new Uint8Array(67)), null);
});

test('each algorithm: a good signature is valid, a changed one or a changed message invalid', async () => {
  const answerer = new WebCrypto();
  const checks = await signedChecks();
  assert.deepEqual(checks.map(([n]) => n), ['ES256 uncompressed', 'ES256 compressed', 'ES384 uncompressed', 'ES384 compressed', 'RS256', 'PS256', 'EdDSA']);
  for (const [name, check] of checks) {
    assert.deepEqual(await answerer.answer([check]), [{ id: check.id, result: 'valid' }], name);
    const bad = [{ ...check, signature: flipped(check.signature, 5) }, { ...check, message: flipped(check.message) }];
    for (const [i, a] of (await answerer.answer(bad)).entries()) {
      assert.deepEqual(a, { id: check.id, result: 'invalid', line: 'webcrypto_not_verified', args: { alg: check.alg }, detail: `the ${check.alg} signature does not verify (WebCrypto)` }, `${name} #${i}`);
    }
  }
});

test('PS256 is RSA-PSS with a 32-byte salt: a signature with another salt does not verify', async () => {
  const [, ps256] = (await signedChecks()).find(([n]) => n === 'PS256');
  const k = await subtle.generateKey({ name: 'RSA-PSS', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['sign', 'verify']);
  const jwk = await subtle.exportKey('jwk', k.publicKey);
  const salt20 = new Uint8Array(await subtle.sign({ name: 'RSA-PSS', saltLength: 20 }, k.privateKey, message));
  const check = { ...ps256, key: { kty: 'RSA', n: b64url(jwk.n), e: b64url(jwk.e) }, signature: salt20 };
  assert.equal((await new WebCrypto().answer([check]))[0].result, 'invalid');
});

test('a key not on its curve is key_invalid, compressed or not; so is a key WebCrypto refuses', async () => {
  const answerer = new WebCrypto();
  const [, es256] = (await signedChecks())[0];
  const off = { ...es256, key: { ...es256.key, sec1: xOffTheCurve('P-256', 32) } };
  assert.deepEqual(await answerer.answer([off]), [{ id: es256.id, result: 'key_invalid', line: 'webcrypto_off_curve', args: { curve: 'P-256' }, detail: 'the P-256 key is not a point on the curve' }]);
  const moved = { ...es256, key: { ...es256.key, sec1: flipped(es256.key.sec1, 64) } };
  assert.equal((await answerer.answer([moved]))[0].result, 'key_invalid');
  // an RSA key the platform refuses (Node imports even an empty modulus, so its refusal is simulated)
  const refusing = { importKey: async () => { throw new DOMException('bad key', 'DataError'); }, verify: subtle.verify.bind(subtle) };
  const rsa = { id: 'r', alg: 'RS256', key: { kty: 'RSA', n: new Uint8Array(256).fill(0xff), e: new Uint8Array([1, 0, 1]) }, message, signature: new Uint8Array(256) };
  assert.deepEqual(await new WebCrypto({ subtle: refusing }).answer([rsa]), [{ id: 'r', result: 'key_invalid', line: 'webcrypto_key_refused', args: { key: 'RSA', error: 'DataError' }, detail: 'WebCrypto refused the RSA key (DataError)' }]);
});

test('no crypto.subtle: every check is unavailable, and the reason names the secure context where there is none', async () => {
  const [, es256] = (await signedChecks())[0];
  assert.deepEqual(await new WebCrypto({ subtle: null }).answer([es256]), [{ id: es256.id, result: 'unavailable', line: 'webcrypto_missing', args: {}, detail: 'no WebCrypto (crypto.subtle) on this platform' }]);
  globalThis.isSecureContext = false;
  try {
    assert.deepEqual(await new WebCrypto({ subtle: null }).answer([es256]), [{ id: es256.id, result: 'unavailable', line: 'webcrypto_insecure', args: {}, detail: 'no WebCrypto in this page: it needs a secure context (https or localhost)' }]);
  } finally {
    delete globalThis.isSecureContext;
  }
});

test('an algorithm the platform lacks, or a key of the wrong type, is unavailable, never invalid', async () => {
  const [, es256] = (await signedChecks())[0];
  const lacking = { ...subtle, importKey: async () => { throw new DOMException('no', 'NotSupportedError'); }, verify: subtle.verify.bind(subtle) };
  const [a] = await new WebCrypto({ subtle: lacking }).answer([es256]);
  assert.deepEqual(a, { id: es256.id, result: 'unavailable', line: 'webcrypto_not_offered', args: { alg: 'ES256', error: 'NotSupportedError' }, detail: 'WebCrypto here does not offer ES256 (NotSupportedError)' });
  const failing = { importKey: subtle.importKey.bind(subtle), verify: async () => { throw new DOMException('x', 'OperationError'); } };
  assert.equal((await new WebCrypto({ subtle: failing }).answer([es256]))[0].result, 'unavailable');
  for (const check of [{ ...es256, alg: 'ES512' }, { ...es256, alg: 'ES384' }, { ...es256, alg: 'RS256' }]) {
    assert.equal((await new WebCrypto().answer([check]))[0].result, 'unavailable', check.alg);
  }
});

test('checks run concurrently, answers come in the order asked, and each key is imported once', async () => {
  const checks = await signedChecks();
  const calls = { importKey: 0, verify: 0, inFlight: 0, most: 0 };
  const counting = {
    importKey: (...a) => { calls.importKey += 1; return subtle.importKey(...a); },
    verify: async (...a) => {
      calls.verify += 1;
      calls.most = Math.max(calls.most, (calls.inFlight += 1));
      try { return await subtle.verify(...a); } finally { calls.inFlight -= 1; }
    },
  };
  const answerer = new WebCrypto({ subtle: counting });
  const asked = [...checks, ...checks].map(([, c], i) => ({ ...c, id: `x${i}` }));
  const answers = await answerer.answer(asked);
  assert.deepEqual(answers.map((a) => a.id), asked.map((c) => c.id));
  assert.ok(answers.every((a) => a.result === 'valid'));
  assert.equal(calls.importKey, checks.length, 'one import per key');
  assert.equal(calls.verify, asked.length);
  assert.ok(calls.most > 1, 'verifications overlap');
  await answerer.answer(asked.slice(0, 3));
  assert.equal(calls.importKey, checks.length, 'kept for the next credential');
});
