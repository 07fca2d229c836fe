// The npm package (pkg/) under Node >= 20, as an HR-portal developer would use it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { Verifier, init, describe, headline, version } from '../../pkg/index.js';

const own = (name) => readFile(new URL(`../vectors/own/${name}`, import.meta.url));
const NOW = '2026-11-22T00:00:00Z';

test('new Verifier before init() is misuse and says what to do', () => {
  assert.throws(() => new Verifier({}), /await init\(\)/);
});

test('verifies JCS and JWT credentials to the same verdicts as the CLI', async () => {
  const verifier = await Verifier.create();
  const cases = {
    'jcs-valid.json': 'issuer_unknown',
    'jwt-ob3.jwt': 'issuer_unknown',
    'jwt-vc11.jwt': 'issuer_unknown',
    'jcs-tampered-achievement.json': 'invalid',
    'jwt-alg-none.jwt': 'invalid',
    'jwt-hs256-public-key-as-secret.jwt': 'invalid',
    'jcs-expired.json': 'expired',
    'jcs-duplicate-key.json': 'unreadable',
    'jcs-did-web-no-document.json': 'indeterminate',
  };
  for (const [name, verdict] of Object.entries(cases)) {
    const report = verifier.verify(await own(name), { now: NOW });
    assert.equal(report.verdict, verdict, name);
    assert.ok(Array.isArray(report.checks) && report.checks.length >= 1, name);
    for (const c of report.checks) assert.match(c.code, /^[a-z0-9_]+$/);
  }
});

test('inputs: bytes, ArrayBuffer, text and parsed JSON; now as Date, string or number', async () => {
  const verifier = await Verifier.create();
  const bytes = await own('jcs-valid.json');
  const text = bytes.toString('utf8');
  for (const input of [new Uint8Array(bytes), bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), text, JSON.parse(text)]) {
    assert.equal(verifier.verify(input, { now: new Date(NOW) }).verdict, 'issuer_unknown');
  }
  assert.equal(verifier.verify(bytes, { now: Date.parse('2026-06-01T00:00:00Z') }).verdict, 'not_yet_valid');
  assert.equal(verifier.verify(bytes).verdict === 'issuer_unknown' || verifier.verify(bytes).verdict === 'expired', true);
});

test('documents make a did:web issuer verifiable offline', async () => {
  const doc = JSON.parse(await own('did-web-document.json'));
  const verifier = await Verifier.create({ documents: { 'did:web:badges.roc-voorbeeldstad.example': doc } });
  const report = verifier.verify(await own('jcs-did-web.json'), { now: NOW });
  assert.equal(report.verdict, 'issuer_unknown');
  assert.equal(report.checks.find((c) => c.id === 'issuer_key').code, 'issuer_key_bound');
});

test('misuse throws; invalid credentials never do', async () => {
  await init();
  assert.throws(() => new Verifier({ bogus: 1 }), /unknown configuration option/);
  assert.throws(() => new Verifier({ documents: { 'did:web:x': '{"a":1,"a":2}' } }), /duplicate/);
  const verifier = new Verifier();
  assert.throws(() => verifier.verify('{}', { now: 'not a date' }), TypeError);
  assert.throws(() => verifier.verify(42), TypeError);
  for (const junk of ['', '{', 'a.b.c', '\u0000', '[]', 'null']) {
    assert.ok(['unreadable', 'invalid'].includes(verifier.verify(junk, { now: NOW }).verdict), JSON.stringify(junk));
  }
});

test('words in Dutch and English, and the version', async () => {
  await init();
  assert.equal(headline('expired', 'nl'), 'Verlopen');
  assert.equal(headline('verified', 'en'), 'Verified');
  assert.equal(describe('signature_invalid', 'nl').startsWith('De handtekening klopt niet'), true);
  assert.equal(describe('no_such_code'), '');
  assert.match(version(), /^\d+\.\d+\.\d+/);
});

test('trust lists and anchors: a list makes the issuer verified, named from the list', async () => {
  // The operator key and list are made by the CLI in tests/vectors/own (scripts/make-vectors.py).
  const list = await own('trust-list.signed.json');
  const anchor = JSON.parse(await own('keys/operator.key.json')).publicKeyMultibase;
  const verifier = await Verifier.create({ trustLists: [list], trustAnchors: [anchor], lang: 'nl' });
  const report = verifier.verify(await own('jcs-valid.json'), { now: NOW });
  assert.equal(report.verdict, 'verified');
  assert.equal(report.issuer.name_source, 'trust_list');
  assert.equal(report.issuer.trusted_by.length, 1);
  const untrusted = await Verifier.create({ trustLists: [list], trustAnchors: [] });
  assert.equal(untrusted.verify(await own('jcs-valid.json'), { now: NOW }).verdict, 'issuer_unknown');
  assert.throws(() => new Verifier({ trustAnchors: ['nonsense'] }), /trust anchor/);
});
