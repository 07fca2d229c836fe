// The project's own vectors signed with ECDSA and RSA (tests/vectors/own, made by the CLI) and the
// crafted JOSE inputs (tests/vectors/crafted, scripts/make-crafted.py) through the npm package under
// Node: the verdict and code the native tests expect, with the signatures checked by WebCrypto. The
// synchronous wasm tests cannot check these (tests/common/mod.rs `own_expectation`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { Verifier } from '../../pkg/index.js';

const NOW = '2026-11-22T00:00:00Z';
const file = (path) => readFile(new URL(`../vectors/${path}`, import.meta.url));
const json = async (path) => JSON.parse(await file(path));

async function check(dir, only) {
  const expected = await json(`${dir}/EXPECTED.json`);
  const failures = [];
  let checked = 0;
  for (const [name, e] of Object.entries(expected)) {
    if (!only(e)) continue;
    const documents = {};
    for (const d of e.documents ?? []) {
      const [url, path] = d.split(/=(.*)/s);
      documents[url] = await file(`${dir}/${path}`);
    }
    const verifier = await Verifier.create({ documents });
    const report = await verifier.verify(await file(`${dir}/${name}`), { now: NOW });
    const codes = report.checks.map((c) => c.code);
    if (report.verdict !== e.verdict || !codes.includes(e.code) || codes.includes('signature_not_checked')) {
      failures.push(`${name}: expected ${e.verdict} with ${e.code}, got ${report.verdict} ${codes.join(' ')}`);
    }
    verifier.free();
    checked += 1;
  }
  return { failures, checked };
}

test('own vectors signed with ECDSA and RSA get their native verdict through WebCrypto', async () => {
  const { failures, checked } = await check('own', (e) => e.algorithm && e.algorithm !== 'EdDSA');
  assert.deepEqual(failures, []);
  assert.ok(checked >= 7, `only ${checked} own ECDSA/RSA vectors`);
});

test('crafted JOSE inputs: weak RSA, a point off the curve, PS256 salt 20, x5c, forged vs wrong signer, ES256K', async () => {
  const { failures, checked } = await check('crafted', () => true);
  assert.deepEqual(failures, []);
  assert.equal(checked, 8);
});

test('the x5c chain is in the report as data, and the key is self-asserted', async () => {
  const verifier = await Verifier.create({});
  const report = await verifier.verify(await file('crafted/es256-x5c-chain.jwt'), { now: NOW });
  assert.equal(report.verdict, 'indeterminate');
  const [sig] = report.signatures;
  assert.equal(sig.algorithm, 'ES256');
  assert.equal(sig.keyType, 'P-256');
  assert.equal(sig.selfAsserted, true);
  assert.equal(sig.certificates.length, 2);
  assert.match(sig.certificates[0].subject, /^CN=diplomas\.roc-voorbeeldstad\.example, O=ROC Voorbeeldstad \(fictief\), C=NL$/);
});
