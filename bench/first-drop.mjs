// The first verdict a recruiter waits for on a freshly loaded page: <keurmerk-verifier> is put on a
// page, becomes ready (its worker started and configured), the page sits idle for a moment as a
// reader would, then one credential is handed to it; the time until its result is the first
// verdict. `node bench/first-drop.mjs [runs]` (fresh browser each run; files served no-store).
import { fresh } from './fresh.mjs';
import { serve } from './server.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const server = await serve();
const rows = [];
try {
  for (let i = 0; i < RUNS; i++) {
    await fresh(async (page) => {
      await page.goto(`${server.url}/bench/widget.html?n=0&widget=0&worker=0`);
      rows.push(await page.evaluate(async () => {
        const text = (p) => fetch(p).then((r) => r.text());
        const manifest = JSON.parse(await text('../tests/vectors/external/MANIFEST.json'));
        const documents = Object.fromEntries(await Promise.all(Object.entries(manifest.resolution).map(async ([u, p]) => [u, await text(`../tests/vectors/external/${p}`)])));
        const inputs = {
          rdfc: await text('../tests/vectors/external/1edtech-ob-spec/ldp-test-vector/signed.json'),
          jcs: await text('../tests/vectors/own/jcs-valid.json'),
        };
        const t0 = performance.now();
        await import('../pkg/keurmerk-verifier.js');
        const el = document.createElement('keurmerk-verifier');
        el.documents = documents;
        el.now = '2026-11-22T00:00:00Z';
        document.body.append(el);
        await el.ready;
        const ready = performance.now() - t0;
        await new Promise((r) => setTimeout(r, 500)); // the reader looks at the page
        const out = { ready_ms: ready };
        for (const [k, t] of Object.entries(inputs)) {
          const s = performance.now();
          const report = await el.verifyText(t, `${k}.json`);
          out[`${k}_ms`] = performance.now() - s;
          out[`${k}_verdict`] = report?.verdict;
        }
        return out;
      }));
    });
  }
} finally {
  await server.close();
}
const med = (k) => rows.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
console.log(JSON.stringify(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 10) / 10 : v])))));
console.log(`median over ${RUNS}: ready ${med('ready_ms').toFixed(0)} ms; first verdict after a drop: 1EdTech rdfc ${med('rdfc_ms').toFixed(1)} ms, then a JCS credential ${med('jcs_ms').toFixed(1)} ms`);
