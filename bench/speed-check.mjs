// Quick A/B check of a wasm-bindgen output directory (k.js + k_bg.wasm): warm median verification
// time of the 1EdTech badge. Used when choosing build options (docs/decisions.md, "Size").
// usage: node bench/speed-check.mjs DIR [runs]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { INPUTS, inputText, NOW, stats } from './common.mjs';

const dir = process.argv[2];
const runs = Number(process.argv[3] ?? 3000);
const mod = await import(pathToFileURL(`${dir}/k.js`).href);
await mod.default({ module_or_path: readFileSync(`${dir}/plain.wasm`) });
const name = Object.keys(INPUTS)[0];
const v = new mod.Verifier(JSON.stringify({ documents: INPUTS[name].documents }));
const bytes = new TextEncoder().encode(inputText(name));
const now = Date.parse(NOW);
for (let i = 0; i < 300; i++) v.verify(bytes, now);
const times = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  v.verify(bytes, now);
  times.push((performance.now() - t0) * 1000);
}
console.log(v.verify(bytes, now).verdict, JSON.stringify(stats(times)));
