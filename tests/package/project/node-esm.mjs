// The package in a Node (>= 20) script of the fresh project, as an HR portal's back end would use it.
// Run by tests/package/package.test.mjs: `node node-esm.mjs <vectors dir URL> <now>`; prints one JSON
// line with what the test asserts.
import { readFile } from 'node:fs/promises';
import { init, Verifier, describe, headline, version } from 'keurmerk';

const [vectors, now] = process.argv.slice(2);

await init();
const verifier = new Verifier();
const out = { resolved: import.meta.resolve('keurmerk'), version: version(), reports: {} };
for (const name of ['jcs-valid.json', 'jwt-ob3.jwt']) {
  const report = await verifier.verify(await readFile(new URL(name, vectors)), { now });
  const deciding = report.deciding === null ? null : report.checks[report.deciding];
  out.reports[name] = {
    verdict: report.verdict,
    headline: headline(report.verdict),
    deciding: deciding?.code ?? null,
    reason: deciding ? describe(deciding.code) : '',
    securing: report.securing,
  };
}
verifier.free();
console.log(JSON.stringify(out));
