// Shared by the Node benchmarks: the same inputs for every verifier, the bundled contexts and
// resolution documents of the vectors manifest (a static, offline document loader over them is in
// peers/loader.mjs), the Keurmerk package, and small statistics helpers.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { staticLoader } from './peers/loader.mjs';
import { NOW, INPUT_LIST, BATCH_KEYS, BATCH_SIZE, batchKeys, COLD_KEY, stats, ECDSA_NOW, ECDSA_INPUTS, cacheBody } from './inputs.mjs';

export const ROOT = new URL('../', import.meta.url);
const TV = new URL('tests/vectors/', ROOT);
const V = new URL('external/', TV);
const read = (p) => readFileSync(new URL(p, V), 'utf8');
export const manifest = JSON.parse(read('MANIFEST.json'));

export const contexts = Object.fromEntries(manifest.contexts.map((c) => [c.url, JSON.parse(read(c.path))]));
export const resolution = Object.fromEntries(Object.entries(manifest.resolution).map(([u, p]) => [u, read(p)]));
export { NOW };
if (manifest.evaluate_at !== NOW) throw new Error('bench/inputs.mjs NOW differs from the manifest evaluate_at');

/** The Keurmerk package under test: pkg/ of this checkout, or BENCH_PKG=dir. */
export const PKG_DIR = resolve(process.env.BENCH_PKG ?? new URL('pkg', ROOT).pathname);
export const importKeurmerk = () => import(pathToFileURL(`${PKG_DIR}/index.js`).href);

/**
 * One typical credential per securing mechanism, by name (inputs.mjs); `documents` are the ones
 * it needs. The first is the 1EdTech badge (speed-check.mjs uses it).
 */
export const INPUTS = Object.fromEntries(INPUT_LIST.map((i) => [i.name, { ...i, documents: i.controller ? { [i.controller]: resolution[i.controller] } : {} }]));
export const inputText = (name) => readFileSync(new URL(INPUTS[name].file, TV), 'utf8');
export const inputByKey = (key) => Object.values(INPUTS).find((i) => i.key === key);
export const textByKey = (key) => inputText(inputByKey(key).name);
export { BATCH_KEYS, BATCH_SIZE, batchKeys, COLD_KEY, stats };

/**
 * The next-wave vectors (tests/vectors/next-wave/MANIFEST.json) for the ECDSA and RSA inputs:
 * `documents` as Keurmerk gets them (url → text: the resolution documents and the extra contexts, as
 * tests/js/next-wave-vectors.mjs supplies them), and the same as the peers' loader takes them
 * (`contexts`: the 21 bundled ones plus the extra ones, parsed; `resolution`).
 */
const NWD = new URL('next-wave/', TV);
const nwRead = (p) => readFileSync(new URL(p, NWD), 'utf8');
const nwManifest = JSON.parse(nwRead('MANIFEST.json'));
if (nwManifest.evaluate_at !== ECDSA_NOW) throw new Error('bench/inputs.mjs ECDSA_NOW differs from the next-wave manifest evaluate_at');
const nwResolution = Object.fromEntries(Object.entries(nwManifest.resolution).map(([u, p]) => [u, nwRead(p)]));
const nwContexts = Object.fromEntries(nwManifest.contexts.map((c) => [c.url, cacheBody(nwRead(c.path))]));
export const nextWave = {
  documents: { ...nwResolution, ...nwContexts },
  contexts: { ...contexts, ...Object.fromEntries(Object.entries(nwContexts).map(([u, t]) => [u, JSON.parse(t)])) },
  resolution: nwResolution,
};
export { ECDSA_NOW, ECDSA_INPUTS };
export const ecdsaText = (key) => readFileSync(new URL(ECDSA_INPUTS.find((i) => i.key === key).file, TV), 'utf8');

/** A jsonld.js document loader over the bundled contexts and supplied documents, did:key included. */
export const documentLoader = staticLoader({ contexts, resolution, multikeys: { z6Mk: Ed25519Multikey.from } });

