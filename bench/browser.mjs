// In the browser: cold (import + compile + first verification) and warm verification of the 1EdTech
// Open Badge with the npm package, as a page would use it. Results go to window.__bench.
const RUNS = Number(new URLSearchParams(location.search).get('runs') ?? 1000);
const [text, controller] = await Promise.all([
  fetch('../tests/vectors/external/1edtech-ob-spec/ldp-test-vector/signed.json').then((r) => r.text()),
  fetch('../tests/vectors/external/resolution/constructed-example.edu-issuers-565049.json').then((r) => r.text()),
]);
const bytes = new TextEncoder().encode(text);
const now = Date.parse('2026-11-22T00:00:00Z');

const t0 = performance.now();
const { Verifier } = await import('../pkg/index.js');
const verifier = await Verifier.create({ documents: { 'https://example.edu/issuers/565049': controller } });
const first = verifier.verify(bytes, { now });
const cold = performance.now() - t0;

for (let i = 0; i < 200; i++) verifier.verify(bytes, { now });
const times = [];
for (let i = 0; i < RUNS; i++) {
  const s = performance.now();
  verifier.verify(bytes, { now });
  times.push((performance.now() - s) * 1000);
}
times.sort((a, b) => a - b);
// One batch timing too: performance.now() is coarsened in pages without cross-origin isolation.
const b0 = performance.now();
for (let i = 0; i < RUNS; i++) verifier.verify(bytes, { now });
const batchMean = ((performance.now() - b0) * 1000) / RUNS;
window.__bench = {
  verdict: first.verdict, cold_ms: cold, warm_median_us: times[Math.floor(RUNS / 2)],
  warm_p95_us: times[Math.floor(RUNS * 0.95)], warm_mean_batch_us: batchMean, runs: RUNS,
};
document.querySelector('#out').textContent = JSON.stringify(window.__bench, null, 2);
