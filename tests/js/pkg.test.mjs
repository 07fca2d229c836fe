// The npm package (pkg/) under Node >= 20, as an HR-portal developer would use it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';

import { Verifier, init, describe, headline, version, missingDocuments, loadLanguage, LANGS } from '../../pkg/index.js';
import { VERDICTS, FORCES } from '../../pkg/verdicts.js';

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
    const report = await verifier.verify(await own(name), { now: NOW });
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
    assert.equal((await verifier.verify(input, { now: new Date(NOW) })).verdict, 'issuer_unknown');
  }
  assert.equal((await verifier.verify(bytes, { now: Date.parse('2026-06-01T00:00:00Z') })).verdict, 'not_yet_valid');
  assert.ok(['issuer_unknown', 'expired'].includes((await verifier.verify(bytes)).verdict));
});

test('documents make a did:web issuer verifiable offline', async () => {
  const doc = JSON.parse(await own('did-web-document.json'));
  const verifier = await Verifier.create({ documents: { 'did:web:badges.roc-voorbeeldstad.example': doc } });
  const report = await verifier.verify(await own('jcs-did-web.json'), { now: NOW });
  assert.equal(report.verdict, 'issuer_unknown');
  assert.equal(report.checks.find((c) => c.id === 'issuer_key').code, 'issuer_key_bound');
});

test('misuse throws; invalid credentials never do', async () => {
  await init();
  assert.throws(() => new Verifier({ bogus: 1 }), /unknown configuration option/);
  assert.throws(() => new Verifier({ documents: { 'did:web:x': '{"a":1,"a":2}' } }), /duplicate/);
  const verifier = new Verifier();
  await assert.rejects(verifier.verify('{}', { now: 'not a date' }), TypeError);
  await assert.rejects(verifier.verify(42), TypeError);
  assert.throws(() => verifier.verifySync('{}', { now: 'not a date' }), TypeError);
  for (const junk of ['', '{', 'a.b.c', '\u0000', '[]', 'null']) {
    assert.ok(['unreadable', 'invalid'].includes((await verifier.verify(junk, { now: NOW })).verdict), JSON.stringify(junk));
  }
});

test('words in four languages (Dutch, German and French once loaded), and the version', async () => {
  await init();
  assert.ok(await loadLanguage('nl'));
  assert.equal(headline('expired', 'nl-BE'), 'Verlopen');
  await Promise.all([loadLanguage('de'), loadLanguage('fr')]);
  assert.equal(headline('verified', 'de-AT'), 'Verifiziert');
  assert.equal(headline('verified', 'fr'), 'Vérifié');
  assert.match(describe('signature_invalid', 'de'), /^Die Signatur/);
  assert.equal(headline('verified', 'es'), 'Verified');
  assert.deepEqual(LANGS, ['en', 'nl', 'de', 'fr']);
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
  const report = await verifier.verify(await own('jcs-valid.json'), { now: NOW });
  assert.equal(report.verdict, 'verified');
  assert.equal(report.issuer.name_source, 'trust_list');
  assert.equal(report.issuer.trusted_by.length, 1);
  const untrusted = await Verifier.create({ trustLists: [list], trustAnchors: [] });
  assert.equal((await untrusted.verify(await own('jcs-valid.json'), { now: NOW })).verdict, 'issuer_unknown');
  assert.throws(() => new Verifier({ trustAnchors: ['nonsense'] }), /trust anchor/);
});

// Every file the vectors hold, as bytes: credentials good and bad, images, lists, keys' neighbours.
async function everyVector() {
  const dir = new URL('../vectors/own/', import.meta.url);
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) if (e.isFile()) out.push([e.name, await readFile(new URL(e.name, dir))]);
  return out;
}

test('facts as fields: deciding, wants and unsigned on every report, and the verdict table agrees with the core', async () => {
  const verifier = await Verifier.create();
  const rank = (v) => VERDICTS.indexOf(v);
  const vectors = await everyVector();
  assert.ok(vectors.length > 50);
  for (const [name, bytes] of vectors) {
    const report = await verifier.verify(bytes, { now: NOW });
    assert.ok(VERDICTS.includes(report.verdict), `${name}: ${report.verdict}`);
    // the deciding check: forced verdicts by the first check forcing it; else the trust check
    assert.ok(report.deciding === null || (Number.isInteger(report.deciding) && report.checks[report.deciding]), `${name}: deciding ${report.deciding}`);
    const deciding = report.checks[report.deciding] ?? null;
    const forced = report.checks.map((c) => FORCES[c.code]).filter(Boolean);
    if (forced.length) {
      const worst = forced.reduce((a, b) => (rank(a) <= rank(b) ? a : b));
      assert.equal(report.verdict, worst, `${name}: the core's precedence is verdicts.js's`);
      assert.equal(FORCES[deciding?.code], report.verdict, `${name}: the deciding check forces the verdict`);
      assert.equal(report.deciding, report.checks.findIndex((c) => FORCES[c.code] === report.verdict), `${name}: the first that forces it`);
    } else if (report.verdict === 'verified') {
      assert.deepEqual([deciding?.id, deciding?.outcome], ['trust', 'pass'], name);
    } else {
      assert.equal(report.verdict, 'issuer_unknown', name);
      assert.ok(deciding === null || deciding.id === 'trust', name);
    }
    // wants: absent, or a URL and a kind
    for (const c of report.checks) {
      if (!('wants' in c)) continue;
      assert.deepEqual(Object.keys(c.wants).sort(), ['kind', 'url'], `${name}: ${c.code}`);
      assert.ok(['did', 'key', 'status', 'context', 'badge'].includes(c.wants.kind), `${name}: ${c.code} wants a ${c.wants.kind}`);
      assert.match(c.wants.url, /^(did:|https?:\/\/)/, `${name}: ${c.code}`);
      assert.notEqual(c.outcome, 'pass', `${name}: ${c.code} passed, yet wants something`);
    }
    assert.deepEqual(missingDocuments(report), report.checks.filter((c) => c.wants).map((c) => c.wants)
      .filter((w, i, all) => all.findIndex((x) => x.url === w.url) === i), name);
    // unsigned: pointers into the credential, and what they are
    assert.ok(Array.isArray(report.unsigned), name);
    for (const u of report.unsigned) {
      assert.equal(typeof u.pointer, 'string', name);
      assert.equal(typeof u.what, 'string', name);
    }
  }
});

test('missingDocuments names the DID documents and status lists a report lacked, from `wants`', async () => {
  const verifier = await Verifier.create();
  const cases = {
    'jcs-did-web-no-document.json': [{ url: 'did:web:badges.roc-voorbeeldstad.example', kind: 'did' }],
    'status-list-missing.json': [{ url: 'https://status.roc-voorbeeldstad.example/lists/status-list-revocation.json', kind: 'status' }],
    '1edtech-revoked.json': [{ url: 'https://status.roc-voorbeeldstad.example/lists/1edtech-revocations.json', kind: 'status' }],
    'jcs-valid.json': [],
    'jwt-alg-none.jwt': [],
    // an Open Badges 2.0 hosted badge: the assertion at its id (and then its badge class, profile)
    'ob2-hosted-offline.json': [{ url: 'https://badges.roc-voorbeeldstad.example/assertions/42.json', kind: 'badge' }],
  };
  for (const [name, wanted] of Object.entries(cases)) {
    const report = await verifier.verify(await own(name), { now: NOW });
    assert.deepEqual(missingDocuments(report), wanted, name);
    for (const w of wanted) assert.ok(report.checks.some((c) => c.outcome === 'not_checked' && c.wants?.url === w.url), `${name}: a check that could not decide wants ${w.url}`);
  }
  // and once supplied, nothing is missing any more
  const doc = await own('did-web-document.json');
  const withDoc = await Verifier.create({ documents: { 'did:web:badges.roc-voorbeeldstad.example': doc } });
  assert.deepEqual(missingDocuments(await withDoc.verify(await own('jcs-did-web.json'), { now: NOW })), []);
});

test('missingDocuments also names what the credentials inside a presentation lack, after the presentation\'s own', () => {
  const wants = (url, kind) => ({ id: 'issuer_key', outcome: 'not_checked', code: 'key_unresolvable', detail: '', wants: { url, kind } });
  const report = {
    checks: [wants('https://p.example/ctx', 'context')],
    presentation: { credentials: [{ checks: [wants('did:web:a.example', 'did')] }, { checks: [wants('did:web:a.example', 'did'), wants('https://s.example/1', 'status')] }, null] },
  };
  assert.deepEqual(missingDocuments(report), [
    { url: 'https://p.example/ctx', kind: 'context' }, { url: 'did:web:a.example', kind: 'did' }, { url: 'https://s.example/1', kind: 'status' },
  ]);
  assert.deepEqual(missingDocuments({ checks: [], presentation: { credentials: 'not a list' } }), []);
});

test('missingDocuments reads `wants` only, never `detail`, and passes nothing but DIDs and http(s) URLs', () => {
  const wants = (url, kind = 'did') => ({ id: 'issuer_key', outcome: 'not_checked', code: 'key_unresolvable', detail: '', wants: { url, kind } });
  // the phrase the core used to write, without `wants`: nothing is wanted
  assert.deepEqual(missingDocuments({ checks: [{ id: 'issuer_key', outcome: 'not_checked', code: 'key_unresolvable', detail: 'the DID document of did:web:a.example was not supplied' }] }), []);
  // each URL once, in the order of the checks, with the kind the core gave
  assert.deepEqual(missingDocuments({ checks: [wants('did:web:a.example'), wants('https://s.example/1', 'status'), wants('did:web:a.example', 'key'), wants('https://c.example/ctx', 'context')] }), [
    { url: 'did:web:a.example', kind: 'did' }, { url: 'https://s.example/1', kind: 'status' }, { url: 'https://c.example/ctx', kind: 'context' },
  ]);
  // hostile or broken reports never yield anything else
  for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '//evil.example/x', 'DID:web:x', `https://x.example/${'a'.repeat(4096)}`, 42, null]) {
    assert.deepEqual(missingDocuments({ checks: [wants(url)] }), [], String(url).slice(0, 40));
  }
  assert.deepEqual(missingDocuments({ checks: [{ wants: { url: 'did:web:a.example' } }] }), [], 'a kind is required');
  assert.deepEqual(missingDocuments({ checks: [{ wants: { url: 'did:web:a.example', kind: 'did', extra: '<b>' } }] }), [{ url: 'did:web:a.example', kind: 'did' }]);
  for (const junk of [null, undefined, {}, { checks: null }, { checks: 'x' }, { checks: [null, 1, 'a'] }]) assert.deepEqual(missingDocuments(junk), []);
});
