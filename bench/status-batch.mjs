// Credentials naming one status list, one after another in one warm verifier of the npm package
// (Node; the full module reads the list): the verifier keeps a list it has verified and inflated
// (`ListCache`, src/status/check.rs), so only the first credential of a batch pays for the list.
// `node bench/status-batch.mjs [n]`; prints one Markdown line.
import { readFileSync } from 'node:fs';

const N = Number(process.argv[2] ?? 500);
const own = (n) => readFileSync(new URL(`../tests/vectors/own/${n}`, import.meta.url));
const URL_ = 'https://status.roc-voorbeeldstad.example/lists/status-list-revocation.json';
const { Verifier } = await import('../pkg/index.js');
const v = await Verifier.create({ documents: { [URL_]: own('status-list-revocation.json') } });
const [revoked, clear] = [own('status-revoked.json'), own('status-not-revoked.json')];
const now = '2026-11-22T00:00:00Z';
const run = async (i) => {
  const r = await v.verify(i % 2 ? revoked : clear, { now });
  if (r.verdict !== (i % 2 ? 'revoked' : 'issuer_unknown')) throw new Error(`${i}: ${r.verdict}`);
};
for (let i = 0; i < 20; i++) await run(i);
const start = performance.now();
for (let i = 0; i < N; i++) await run(i);
const us = ((performance.now() - start) / N) * 1000;
console.log(`| ${N} credentials naming one Bitstring Status List (16 KiB), npm package in Node, warm | ${us.toFixed(0)} µs each |`);
