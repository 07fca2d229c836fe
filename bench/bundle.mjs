// Bundles each JavaScript peer for the browser with esbuild (ESM, minified), with and without the
// 21 bundled contexts, and measures what a page must load: gzip -9 of each file, like
// scripts/build.sh measures pkg/. Writes out/*.js and out/sizes.json; prints the size table.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { manifest, PKG_DIR } from './common.mjs';
import { kb, ratio } from './format.mjs';

const OUT = new URL('out/', import.meta.url);
mkdirSync(OUT, { recursive: true });
const V = new URL('../tests/vectors/external/', import.meta.url);

const contextsPlugin = (withContexts) => ({
  name: 'bench-contexts',
  setup(build) {
    build.onResolve({ filter: /^bench:contexts$/ }, () => ({ path: 'contexts', namespace: 'bench' }));
    build.onLoad({ filter: /.*/, namespace: 'bench' }, () => {
      const map = withContexts
        ? Object.fromEntries(manifest.contexts.map((c) => [c.url, JSON.parse(readFileSync(new URL(c.path, V), 'utf8'))]))
        : {};
      return { contents: `export default ${JSON.stringify(map)};`, loader: 'js' };
    });
  },
});

export const gz = (path) => Number(execFileSync('sh', ['-c', 'gzip -9 -c "$1" | wc -c', 'sh', path], { encoding: 'utf8' }).trim());
const raw = (path) => readFileSync(path).length;

const sizes = {};
for (const peer of ['digitalbazaar', 'verifier-core']) {
  for (const withContexts of [true, false]) {
    const outfile = new URL(`${peer}${withContexts ? '' : '-nocontexts'}.js`, OUT).pathname;
    const r = await esbuild.build({
      entryPoints: [new URL(`peers/browser-${peer}.mjs`, import.meta.url).pathname],
      bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, outfile,
      legalComments: 'none', logLevel: 'error', metafile: true,
      define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
      plugins: [contextsPlugin(withContexts)],
    });
    writeFileSync(`${outfile}.meta.json`, JSON.stringify(r.metafile));
    sizes[`${peer}${withContexts ? '' : '-nocontexts'}`] = { files: [outfile], raw: raw(outfile), gzip: gz(outfile) };
  }
}

// Keurmerk: what scripts/build.sh counts (wasm + glue + index.js; contexts are inside the wasm), and
// the widget on top of it where it exists.
const k = ['keurmerk_core_bg.wasm', 'keurmerk_core.js', 'index.js'].map((f) => `${PKG_DIR}/${f}`);
sizes.keurmerk = { files: k, raw: k.reduce((s, f) => s + raw(f), 0), gzip: k.reduce((s, f) => s + gz(f), 0), wasm_gzip: gz(k[0]) };
// The widget's files: those pkg/package.json ships besides the engine (the element, its parts, words, worker).
const shipped = JSON.parse(readFileSync(`${PKG_DIR}/package.json`, 'utf8')).files;
const widget = shipped.filter((f) => f.endsWith('.js') && !k.some((e) => e.endsWith(`/${f}`)) && !f.startsWith('keurmerk_core')).map((f) => `${PKG_DIR}/${f}`).filter(existsSync);
if (widget.length) {
  const all = [...k, ...widget];
  sizes['keurmerk+widget'] = { files: all, raw: all.reduce((s, f) => s + raw(f), 0), gzip: all.reduce((s, f) => s + gz(f), 0) };
}
writeFileSync(new URL('sizes.json', OUT), JSON.stringify(sizes, null, 1));

const K = sizes.keurmerk.gzip;
console.log('What a page must load to verify (gzip -9 of each file, summed; raw in brackets); ratio = Keurmerk / peer');
console.log();
console.log('| verifier | with the 21 contexts | without contexts | ratio (with contexts) |');
console.log('|---|---|---|---|');
console.log(`| **Keurmerk** (wasm + glue + index.js; contexts inside the wasm) | **${kb(K)}** (${kb(sizes.keurmerk.raw)}) | — | — |`);
if (sizes['keurmerk+widget']) console.log(`| Keurmerk + \`<keurmerk-verifier>\` (${widget.map((f) => f.split('/').pop()).join(', ')}) | ${kb(sizes['keurmerk+widget'].gzip)} (${kb(sizes['keurmerk+widget'].raw)}) | — | — |`);
for (const peer of ['digitalbazaar', 'verifier-core']) {
  const a = sizes[peer]; const b = sizes[`${peer}-nocontexts`];
  console.log(`| ${peer === 'digitalbazaar' ? 'Digital Bazaar stack' : 'verifier-core'} (esbuild, minified ESM) | ${kb(a.gzip)} (${kb(a.raw)}) | ${kb(b.gzip)} (${kb(b.raw)}) | ${ratio(K, a.gzip, ['smaller', 'larger'])} |`);
}
