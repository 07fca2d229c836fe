// Bundles each JavaScript peer for the browser with esbuild (ESM, minified), with and without the
// 21 bundled contexts, and measures what a page must load: gzip -9 of each file, like
// scripts/build.sh measures pkg/. For Keurmerk that is the wasm and every module index.js imports
// statically (today the glue and webcrypto.js), whatever the credential's algorithm: one module
// verifies Ed25519, ECDSA and RSA. The ECDSA path's peers: the Digital Bazaar ECDSA stack (with
// ecdsa-rdfc-2019 alone, and with the three ECDSA suites the benchmark pages load) and jose.
// Writes out/*.js and out/sizes.json; prints the size tables.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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

// base64url-universal 2.0.0 names its browser build in "browser" ({"./lib/index.js": "./lib/browser.js"})
// and has "exports" too; esbuild resolves the package through "exports" to lib/index.js, Node's
// Buffer-based `base64url`, which throws "Buffer is not defined" in a page (ecdsa-multikey calls it
// for every key). Every bundle gets the browser build the package declares.
const browserBuilds = {
  name: 'browser-builds',
  setup(build) {
    build.onResolve({ filter: /^base64url-universal$/ }, () => ({ path: fileURLToPath(new URL('node_modules/base64url-universal/lib/browser.js', import.meta.url)) }));
  },
};

export const gz = (path) => Number(execFileSync('sh', ['-c', 'gzip -9 -c "$1" | wc -c', 'sh', path], { encoding: 'utf8' }).trim());
const raw = (path) => readFileSync(path).length;

const sizes = {};
// peer → whether it takes JSON-LD contexts (jose does not: one bundle)
const PEERS = { digitalbazaar: true, 'verifier-core': true, 'digitalbazaar-ecdsa': true, 'digitalbazaar-ecdsa-rdfc': true, jose: false };
for (const [peer, takesContexts] of Object.entries(PEERS)) {
  for (const withContexts of takesContexts ? [true, false] : [false]) {
    const outfile = new URL(`${peer}${withContexts || !takesContexts ? '' : '-nocontexts'}.js`, OUT).pathname;
    const r = await esbuild.build({
      entryPoints: [new URL(`peers/browser-${peer}.mjs`, import.meta.url).pathname],
      bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, outfile,
      legalComments: 'none', logLevel: 'error', metafile: true,
      define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
      plugins: [contextsPlugin(withContexts), browserBuilds],
    });
    writeFileSync(`${outfile}.meta.json`, JSON.stringify(r.metafile));
    sizes[`${peer}${withContexts || !takesContexts ? '' : '-nocontexts'}`] = { files: [outfile], raw: raw(outfile), gzip: gz(outfile) };
  }
}

// Keurmerk: the wasm and the static import closure of index.js (contexts are inside the wasm), and
// the widget on top of it where it exists. scripts/build.sh's ceiling counts wasm + glue + index.js.
/** index.js and the package modules it imports statically (`import … from './x.js'`), transitively. */
function staticImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(`${PKG_DIR}/${file}`, 'utf8');
  for (const [, dep] of source.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+['"]\.\/([^'"]+)['"]/gms)) staticImports(dep, seen);
  return seen;
}
const modules = [...staticImports('index.js')];
const k = ['keurmerk_core_bg.wasm', ...modules].map((f) => `${PKG_DIR}/${f}`);
const sum = (files) => ({ files, raw: files.reduce((s, f) => s + raw(f), 0), gzip: files.reduce((s, f) => s + gz(f), 0) });
sizes.keurmerk = { ...sum(k), wasm_gzip: gz(k[0]), modules };
sizes['keurmerk-build-count'] = sum(['keurmerk_core_bg.wasm', 'keurmerk_core.js', 'index.js'].map((f) => `${PKG_DIR}/${f}`));
// The full module (ECDSA, RSA) that index.js imports dynamically on the first `module_needed`, with
// the WebCrypto answerer; a package built before the split has none (one module did everything).
const FULL = ['keurmerk_full_bg.wasm', 'keurmerk_full.js', 'webcrypto.js'].map((f) => `${PKG_DIR}/${f}`);
const split = existsSync(FULL[0]);
sizes['keurmerk-ecdsa'] = split ? sum([...k, ...FULL.filter((f) => !k.includes(f))]) : sizes.keurmerk;
// The widget's files: those pkg/package.json ships besides the engine (the element, its parts, words, worker).
const shipped = JSON.parse(readFileSync(`${PKG_DIR}/package.json`, 'utf8')).files;
const widget = shipped.filter((f) => f.endsWith('.js') && !k.some((e) => e.endsWith(`/${f}`)) && !f.startsWith('keurmerk_core') && !f.startsWith('keurmerk_full') && f !== 'webcrypto.js').map((f) => `${PKG_DIR}/${f}`).filter(existsSync);
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
console.log(`| **Keurmerk** (wasm + ${modules.join(' + ')}; contexts inside the wasm) | **${kb(K)}** (${kb(sizes.keurmerk.raw)}) | — | — |`);
if (sizes['keurmerk+widget']) console.log(`| Keurmerk + \`<keurmerk-verifier>\` (${widget.map((f) => f.split('/').pop()).join(', ')}) | ${kb(sizes['keurmerk+widget'].gzip)} (${kb(sizes['keurmerk+widget'].raw)}) | — | — |`);
for (const peer of ['digitalbazaar', 'verifier-core']) {
  const a = sizes[peer]; const b = sizes[`${peer}-nocontexts`];
  console.log(`| ${peer === 'digitalbazaar' ? 'Digital Bazaar stack' : 'verifier-core'} (esbuild, minified ESM) | ${kb(a.gzip)} (${kb(a.raw)}) | ${kb(b.gzip)} (${kb(b.raw)}) | ${ratio(K, a.gzip, ['smaller', 'larger'])} |`);
}
console.log();
console.log(`(scripts/build.sh's count, wasm + keurmerk_core.js + index.js: ${kb(sizes['keurmerk-build-count'].gzip)})`);

// The ECDSA and RSA path (issue 16)
const KM = `wasm + ${modules.join(' + ')}`;
console.log();
console.log('The ECDSA and RSA path: what a page must load to verify one credential of each kind (gzip -9 of each file, summed; raw in brackets); ratio = Keurmerk / peer');
console.log();
console.log('| verifier | with the 21 contexts | without contexts | ratio (with contexts) |');
console.log('|---|---|---|---|');
console.log(`| **Keurmerk**, Ed25519 credential (${KM}) | **${kb(K)}** (${kb(sizes.keurmerk.raw)}) | — | — |`);
const KE = sizes['keurmerk-ecdsa'];
console.log(split
  ? `| **Keurmerk**, ECDSA or RSA credential (the above + the full module loaded on first need: ${FULL.map((f) => f.split('/').pop()).join(' + ')}) | **${kb(KE.gzip)}** (${kb(KE.raw)}) | — | — |`
  : `| **Keurmerk**, ECDSA or RSA credential (the same files: one module) | **${kb(K)}** (${kb(sizes.keurmerk.raw)}) | — | — |`);
const ECDSA_PEERS = [
  ['digitalbazaar-ecdsa-rdfc', 'Digital Bazaar, ecdsa-rdfc-2019 alone (vc + data-integrity + ecdsa-rdfc-2019 + ecdsa-multikey + did-method-key + loader)'],
  ['digitalbazaar-ecdsa', 'Digital Bazaar ECDSA stack, three suites (+ ecdsa-jcs-2019, ecdsa-sd-2023; what the benchmark pages load)'],
];
for (const [peer, label] of ECDSA_PEERS) {
  const a = sizes[peer]; const b = sizes[`${peer}-nocontexts`];
  console.log(`| ${label} | ${kb(a.gzip)} (${kb(a.raw)}) | ${kb(b.gzip)} (${kb(b.raw)}) | ${ratio(KE.gzip, a.gzip, ['smaller', 'larger'])} |`);
}
console.log(`| jose (jwtVerify + importJWK + did:jwk, VC-JWT only; no contexts needed) | — | ${kb(sizes.jose.gzip)} (${kb(sizes.jose.raw)}) | ${ratio(KE.gzip, sizes.jose.gzip, ['smaller', 'larger'])} |`);
