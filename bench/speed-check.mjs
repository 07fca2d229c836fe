// Quick A/B check of a build: warm median verification time of the 1EdTech badge through the
// package's real path, `await verifier.verify()` (pkg/index.js with pkg/webcrypto.js). DIR is a
// package directory (index.js + keurmerk_core.js + keurmerk_core_bg.wasm, e.g. pkg/) or a bare
// wasm-bindgen output directory (k.js + plain.wasm), which gets this checkout's pkg/index.js and
// pkg/webcrypto.js beside it in a temporary directory. Used when choosing build options
// (docs/decisions.md, "Size").
// usage: node bench/speed-check.mjs DIR [runs]
import { readFileSync, existsSync, mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { INPUTS, inputText, NOW, stats } from './common.mjs';

if (!process.argv[2]) {
  console.error('usage: node bench/speed-check.mjs DIR [runs]');
  process.exit(2);
}
const dir = resolve(process.argv[2]);
const runs = Number(process.argv[3] ?? 3000);
let pkg = dir;
let wasm;
if (!existsSync(join(dir, 'index.js'))) {
  pkg = mkdtempSync(join(tmpdir(), 'keurmerk-speed-'));
  for (const f of ['index.js', 'webcrypto.js']) copyFileSync(new URL(`../pkg/${f}`, import.meta.url), join(pkg, f));
  copyFileSync(join(dir, 'k.js'), join(pkg, 'keurmerk_core.js'));
  wasm = readFileSync(join(dir, 'plain.wasm'));
}
try {
  const { init, Verifier } = await import(pathToFileURL(join(pkg, 'index.js')).href);
  await init(wasm);
  const name = Object.keys(INPUTS)[0];
  const v = new Verifier({ documents: INPUTS[name].documents });
  const bytes = new TextEncoder().encode(inputText(name));
  const now = Date.parse(NOW);
  for (let i = 0; i < 300; i++) await v.verify(bytes, { now });
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await v.verify(bytes, { now });
    times.push((performance.now() - t0) * 1000);
  }
  console.log((await v.verify(bytes, { now })).verdict, JSON.stringify(stats(times)));
} finally {
  if (pkg !== dir) rmSync(pkg, { recursive: true, force: true });
}
