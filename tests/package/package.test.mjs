// The npm package in a fresh project, as an HR-portal developer uses it. `npm pack` pkg/, then one
// `npm install` of the tarball with React, Vue, Vite and TypeScript (exact versions:
// project/package.json) in a project under the system's temporary folder, and:
//  - the tarball holds every file its modules import or load, and every `exports` target;
//  - Node: a script does `import { init, Verifier, … } from 'keurmerk'` and verifies credentials;
//  - TypeScript: `tsc --noEmit --strict` over project/types.ts, moduleResolution bundler and node16;
//  - Vite: a React and a Vue example embedding <keurmerk-verifier>, built with `vite build`, carry the
//    module worker and both wasm modules;
//  - Chromium: each built example, and a plain page with the package copied whole, served from
//    127.0.0.1, shows the verdicts of the credentials a recruiter drops, with no request elsewhere.
// The examples' embed code is pkg/README.md's: the fenced blocks after `<!-- tested: name -->`
// (README.md must show the same blocks). Screenshots go to test-results/package-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, posix, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

import { drop, waitForResults, W } from '../e2e/helpers.mjs';

const ROOT = new URL('../../', import.meta.url);
const repo = (path) => fileURLToPath(new URL(path, ROOT));
const PROJECT = fileURLToPath(new URL('./project/', import.meta.url));
const OWN = new URL('../vectors/own/', import.meta.url);
const SHOTS = new URL('../../test-results/', import.meta.url);
const NOW = '2026-11-22T00:00:00Z'; // the vectors' clock (tests/js/pkg.test.mjs); the trust list is current then
const NPM_FLAGS = ['--no-audit', '--no-fund', '--prefer-offline'];

// The README snippets stand `z6Mk…` for the trust list operator's key, which every site fills in;
// here it is the key that signed tests/vectors/own/trust-list.signed.json, served at the snippets'
// own `trust-list` URL. Nothing else in a snippet is changed.
const ANCHOR_PLACEHOLDER = 'z6Mk…';
const TRUST_LIST = new URL('trust-list.signed.json', OWN);

// What a page shows for the two dropped credentials, in the language the snippet asks for: the
// issuer of jcs-valid.json is on the served trust list; that of the ECDSA one (verified by the
// full wasm module and WebCrypto) is not.
const DROPPED = ['jcs-valid.json', 'ecdsa-rdfc-2019-p256.json'];
const EXPECTED = {
  'jcs-valid.json': 'verified',
  'ecdsa-rdfc-2019-p256.json': 'issuer_unknown',
};
const WORDS = {
  en: { verified: 'Verified', issuer_unknown: 'Authentic, issuer not vouched for' },
  nl: { verified: 'Geverifieerd', issuer_unknown: 'Echt, uitgever niet bevestigd' },
};
const LISTED_ISSUER = 'ROC Voorbeeldstad'; // its name on the served trust list

let work; // the temporary folder: the tarball and the fresh project
let app; // the fresh project
let packed; // `npm pack --json`'s answer
let browser;
const timings = {};

// ── processes ─────────────────────────────────────────────────────────────────

/** Runs `cmd args` in `cwd`; resolves with its exit code and output (never rejects on failure). */
function run(cmd, args, { cwd, timeout = 180_000 } = {}) {
  const env = { ...process.env, npm_config_update_notifier: 'false' };
  delete env.NODE_TEST_CONTEXT; // the children are no test files
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('error', (err) => { clearTimeout(timer); resolve({ code: -1, stdout, stderr: `${stderr}${err.message}` }); });
    child.on('close', (code, signal) => { clearTimeout(timer); resolve({ code: code ?? signal, stdout, stderr }); });
  });
}

const tail = (text, lines = 40) => text.trim().split('\n').slice(-lines).join('\n');

/** As run(), but a failure throws with what the command said. */
async function mustRun(what, cmd, args, options) {
  const start = performance.now();
  const r = await run(cmd, args, options);
  timings[what] = Math.round(performance.now() - start);
  if (r.code !== 0) throw new Error(`${what} failed (exit ${r.code}):\n${tail(`${r.stdout}\n${r.stderr}`)}`);
  return r;
}

const bin = (name) => join(app, 'node_modules', '.bin', name);

// ── the README snippets ───────────────────────────────────────────────────────

/** The fenced blocks marked `<!-- tested: name -->` in a markdown file: name → code. */
async function snippets(path) {
  const text = await readFile(repo(path), 'utf8');
  const marks = [...text.matchAll(/<!-- tested: ([a-z0-9-]+) -->/g)].map((m) => m[1]);
  const blocks = new Map();
  for (const m of text.matchAll(/<!-- tested: ([a-z0-9-]+) -->[ \t]*\r?\n```[a-z]*\r?\n([\s\S]*?)\r?\n```/g)) {
    assert.ok(!blocks.has(m[1]), `${path}: two snippets are marked "tested: ${m[1]}"`);
    blocks.set(m[1], `${m[2]}\n`);
  }
  const loose = marks.filter((name) => !blocks.has(name));
  assert.deepEqual(loose, [], `${path}: a "<!-- tested: name -->" mark must stand on the line right before its fenced block`);
  return blocks;
}

/** pkg/README.md's snippet `name`, with the trust anchor placeholder filled in. */
async function snippet(name) {
  const code = (await snippets('pkg/README.md')).get(name);
  assert.ok(code, `pkg/README.md has no snippet marked <!-- tested: ${name} --> (the examples are built from it)`);
  const anchor = JSON.parse(await readFile(new URL('keys/operator.key.json', OWN), 'utf8')).publicKeyMultibase;
  return code.replaceAll(ANCHOR_PLACEHOLDER, anchor);
}

/** The `trust-list` URL and `lang` a snippet gives the element (lang: the page's, `en`, if none). */
function attributesOf(code) {
  const element = code.match(/<keurmerk-verifier\b[^>]*>/s)?.[0] ?? '';
  return {
    trustList: element.match(/\strust-list="([^"]+)"/)?.[1] ?? null,
    lang: element.match(/\slang="([a-z]+)"/)?.[1] ?? 'en',
  };
}

// ── set-up: pack, a fresh project, one npm install ────────────────────────────

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'keurmerk-package-'));
  const pack = await mustRun('npm pack', 'npm', ['pack', repo('pkg/'), '--pack-destination', work, '--json'], { cwd: work });
  [packed] = JSON.parse(pack.stdout);
  app = join(work, 'app');
  await cp(PROJECT, app, { recursive: true });
  await mustRun('npm install', 'npm', ['install', ...NPM_FLAGS, join(work, packed.filename)], { cwd: app, timeout: 240_000 });
}, { timeout: 300_000 });

after(async () => {
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
  if (Object.keys(timings).length) console.log(`timings (ms): ${JSON.stringify(timings)}`);
});

// ── the tarball ───────────────────────────────────────────────────────────────

test('npm pack: the tarball holds every file its modules import or load, and every exports target', async () => {
  const files = new Set(packed.files.map((f) => f.path));
  const manifest = JSON.parse(await readFile(join(app, 'node_modules', 'keurmerk', 'package.json'), 'utf8'));
  const missing = [];
  const want = (from, target) => {
    const path = normalize(target.replace(/^\.\//, ''));
    if (!files.has(path)) missing.push(`${target} (${from})`);
  };
  // every entry of "files" (npm pack leaves out a listed file that does not exist, without a word)
  for (const entry of manifest.files) if (!/[*?]/.test(entry)) want('files', entry);
  // package.json's entry points
  want('main', manifest.main);
  want('types', manifest.types);
  for (const [key, value] of Object.entries(manifest.exports)) {
    for (const target of typeof value === 'string' ? [value] : Object.values(value)) want(`exports["${key}"]`, target);
  }
  // what each packed module imports, and the files it loads by URL beside itself
  for (const path of files) {
    if (!path.endsWith('.js')) continue;
    const source = await readFile(join(app, 'node_modules', 'keurmerk', path), 'utf8');
    const refs = [
      ...source.matchAll(/\bfrom\s+['"](\.[^'"]+)['"]/g),
      ...source.matchAll(/\bimport\s*\(\s*['"](\.[^'"]+)['"]\s*\)/g),
      ...source.matchAll(/\bimport\s+['"](\.[^'"]+)['"]/g),
      ...source.matchAll(/new URL\(\s*['"](\.[^'"]+)['"]\s*,\s*import\.meta\.url/g),
    ].map((m) => m[1]);
    for (const ref of refs) want(path, join(path, '..', ref));
    // `new URL(`./${file}`, import.meta.url)`: the files named with a quoted .wasm literal
    if (/new URL\(`\.\/\$\{/.test(source)) for (const m of source.matchAll(/['"]([\w-]+\.wasm)['"]/g)) want(path, m[1]);
  }
  assert.deepEqual(missing, [], `files the package needs but package.json's "files" leaves out: ${missing.join(', ')}`);
  for (const wasm of ['keurmerk_core_bg.wasm', 'keurmerk_full_bg.wasm']) {
    assert.equal((await stat(join(app, 'node_modules', 'keurmerk', wasm))).size, packed.files.find((f) => f.path === wasm)?.size, `${wasm} was installed whole`);
  }
  assert.ok(files.has('README.md') && files.has('package.json'));
});

// ── Node ──────────────────────────────────────────────────────────────────────

test('Node ESM: import { init, Verifier, describe, headline, version } from "keurmerk" verifies credentials', async () => {
  const r = await mustRun('node node-esm.mjs', process.execPath, ['node-esm.mjs', OWN.href, NOW], { cwd: app, timeout: 60_000 });
  const out = JSON.parse(r.stdout.trim().split('\n').at(-1));
  assert.equal(out.resolved, pathToFileURL(join(app, 'node_modules', 'keurmerk', 'index.js')).href, 'keurmerk resolves to the installed tarball');
  const manifest = JSON.parse(await readFile(join(app, 'node_modules', 'keurmerk', 'package.json'), 'utf8'));
  assert.equal(out.version, manifest.version, 'version() is the package version');
  // without trust lists, both are authentic and nobody vouches for their issuer (tests/js/pkg.test.mjs)
  for (const [name, securing] of [['jcs-valid.json', 'eddsa-jcs-2022'], ['jwt-ob3.jwt', 'jwt:EdDSA']]) {
    const { reason, ...report } = out.reports[name];
    assert.deepEqual(report, {
      verdict: 'issuer_unknown',
      headline: 'Authentic, issuer not vouched for',
      deciding: 'trust_no_lists',
      securing: [securing],
    }, name);
    assert.match(reason, /trust list/i, `${name}: describe('trust_no_lists') gives the words`);
  }
});

// ── TypeScript ────────────────────────────────────────────────────────────────

test('types: tsc --noEmit --strict over types.ts, with moduleResolution bundler and node16', async () => {
  const { stdout: v } = await mustRun('tsc --version', bin('tsc'), ['--version'], { cwd: app });
  for (const config of ['tsconfig.json', 'tsconfig.node16.json']) {
    const r = await run(bin('tsc'), ['-p', config, '--noEmit', '--strict', '--listFiles'], { cwd: app });
    const errors = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => /error TS\d+/.test(l));
    assert.ok(r.code === 0 && errors.length === 0, `tsc -p ${config} --strict (${v.trim()}) failed (exit ${r.code}):\n${errors.join('\n') || tail(r.stderr)}`);
    // the package's own declarations, reached through package.json's exports
    const listed = r.stdout.split('\n').map((l) => relative(app, l.trim()));
    for (const dts of ['node_modules/keurmerk/index.d.ts', 'node_modules/keurmerk/keurmerk-verifier.d.ts']) {
      assert.ok(listed.includes(dts), `tsc -p ${config} did not read ${dts}; it read:\n${listed.filter((l) => !l.includes('typescript')).join('\n')}`);
    }
  }
  // The control: without its `@ts-expect-error` lines, types.ts fails to check exactly on the lines
  // after them. So checking is on, and each deliberately wrong call is wrong for the types' sake.
  const source = await readFile(join(app, 'types.ts'), 'utf8');
  const lines = source.split('\n');
  const expected = lines.flatMap((l, i) => (/^\s*\/\/ @ts-expect-error/.test(l) ? [i + 2] : [])); // 1-based line after
  assert.ok(expected.length >= 4, 'types.ts has its deliberately wrong calls');
  await writeFile(join(app, 'types-unchecked.ts'), lines.map((l) => (/^\s*\/\/ @ts-expect-error/.test(l) ? '' : l)).join('\n'));
  await writeFile(join(app, 'tsconfig.unchecked.json'), JSON.stringify({ extends: './tsconfig.json', files: ['types-unchecked.ts'] }));
  const r = await run(bin('tsc'), ['-p', 'tsconfig.unchecked.json', '--noEmit', '--strict'], { cwd: app });
  assert.notEqual(r.code, 0, 'tsc passed types.ts without its @ts-expect-error lines: the types check nothing');
  const failed = [...new Set([...r.stdout.matchAll(/^types-unchecked\.ts\((\d+),\d+\): error TS\d+/gm)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  assert.deepEqual(failed, expected, `the errors are on the lines after each @ts-expect-error:\n${tail(r.stdout)}`);
});

// ── the README snippets ───────────────────────────────────────────────────────

test('README.md shows pkg/README.md\'s tested snippets, unchanged', async () => {
  const pkg = await snippets('pkg/README.md');
  const top = await snippets('README.md');
  assert.deepEqual([...pkg.keys()].sort(), ['html-page', 'react-example', 'vite-config', 'vue-example'], 'pkg/README.md\'s tested snippets');
  for (const name of ['html-page', 'react-example', 'vue-example']) {
    assert.ok(top.has(name), `README.md has no snippet marked <!-- tested: ${name} -->`);
    assert.equal(top.get(name), pkg.get(name), `README.md's snippet "${name}" differs from pkg/README.md's`);
  }
});

// ── Vite ──────────────────────────────────────────────────────────────────────

// Each example's embed code is written from its snippet; the Vue example's vite.config.js is the
// configuration pkg/README.md documents ("Using it with Vite"), the React one's needs nothing.
const EXAMPLES = {
  react: { snippet: 'react-example', file: 'react/CredentialCheck.jsx', config: null },
  vue: { snippet: 'vue-example', file: 'vue/App.vue', config: 'vite-config' },
};
const builds = {}; // example → { dist, code, worker, wasm }

async function filesUnder(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push(relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'));
  }
  return out.sort();
}

/** The build's JavaScript that runs, from `entries` (URLs under dist) along static and dynamic imports: path → code. */
async function reachable(dist, entries) {
  const code = new Map();
  const todo = [...entries];
  while (todo.length) {
    const path = todo.pop().replace(/^\//, '');
    if (code.has(path)) continue;
    const text = await readFile(join(dist, path), 'utf8').catch(() => assert.fail(`the build imports ${path}, which is not in ${dist}`));
    code.set(path, text);
    for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)(["'`])(\.{1,2}\/[^"'`]+\.js)\1/g)) {
      todo.push(posix.join(posix.dirname(path), m[2]));
    }
  }
  return code;
}

async function viteBuild(example) {
  const { snippet: name, file, config } = EXAMPLES[example];
  const code = await snippet(name);
  await writeFile(join(app, file), code);
  if (config) {
    assert.equal(await readFile(join(PROJECT, example, 'vite.config.js'), 'utf8'), await snippet(config),
      `tests/package/project/${example}/vite.config.js is pkg/README.md's snippet "${config}"`);
  }
  const r = await mustRun(`vite build ${example}`, bin('vite'), ['build', example], { cwd: app, timeout: 120_000 });
  const dist = join(app, example, 'dist');
  const files = await filesUnder(dist);
  const listing = `dist/ holds: ${files.join(', ')}\n${tail(r.stdout, 60)}`;
  // the page's code, from index.html's scripts along its imports
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const page = await reachable(dist, [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="(\/[^"]+\.js)"/g)].map((m) => m[1]));
  // the element starts its module worker from a URL Vite rewrote to a file of the build
  const starts = [...new Set([...page.values()].flatMap((t) => [...t.matchAll(/new Worker\(\s*new URL\(\s*(["'`])([^"'`]+)\1/g)].map((m) => m[2])))];
  assert.equal(starts.length, 1, `${example}: the page's code starts one module worker; it starts ${JSON.stringify(starts)}\n${listing}`);
  const worker = starts[0].replace(/^\//, '');
  assert.ok(files.includes(worker), `${example}: the worker ${worker} is in the build\n${listing}`);
  // the worker's code loads both wasm modules, which are in the build, as the package's WebAssembly
  const workerCode = [...(await reachable(dist, [worker])).values()].join('\n');
  const wasm = [];
  for (const module of ['keurmerk_core_bg', 'keurmerk_full_bg']) {
    const asset = files.find((f) => f.endsWith('.wasm') && f.split('/').at(-1).startsWith(`${module}-`));
    assert.ok(asset, `${example}: ${module}.wasm is in the build\n${listing}`);
    const bytes = await readFile(join(dist, asset));
    assert.deepEqual([...bytes.subarray(0, 4)], [0, 0x61, 0x73, 0x6d], `${asset} is WebAssembly`);
    assert.ok(bytes.equals(await readFile(join(app, 'node_modules', 'keurmerk', `${module}.wasm`))), `${asset} is the package's ${module}.wasm`);
    assert.ok(workerCode.includes(`/${asset}`), `${example}: the worker's code loads ${asset}`);
    wasm.push(asset);
  }
  assert.ok(![...page.values()].some((t) => /\.wasm\b/.test(t) && /WebAssembly\.instantiate/.test(t)), `${example}: the page's own code runs no wasm (the worker does)`);
  builds[example] = { dist, code, worker, wasm, files };
}

test('Vite + React: `vite build` of an app embedding the widget (pkg/README.md\'s React snippet) carries the worker and both wasm modules', async () => {
  await viteBuild('react');
});

test('Vite + Vue: `vite build` of an app embedding the widget (pkg/README.md\'s Vue snippet) carries the worker and both wasm modules', async () => {
  await viteBuild('vue');
});

// A page loads the worker, the two wasm modules and the page's own chunks; what else the build
// holds, nothing loads. pkg/index.js names each wasm with a literal `new URL('./x.wasm',
// import.meta.url)`, so Vite copies just those (a template URL made it ship every file of the
// package: README.md, the .d.ts files, unbundled copies of the modules).
test('Vite: the builds hold no package file a page never loads (README.md, .d.ts)', () => {
  for (const [example, { files }] of Object.entries(builds)) {
    const stray = files.filter((f) => /\.(md|ts)$/.test(f));
    assert.deepEqual(stray, [], `dist/${example} holds files of the package no page loads`);
  }
  assert.equal(Object.keys(builds).length, 2, 'both examples were built');
});

// ── Chromium ──────────────────────────────────────────────────────────────────

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
};

/** A static server on 127.0.0.1: `mounts` is [[URL prefix, folder or file]]; it logs every answer. */
async function serveStatic(mounts) {
  const log = []; // { path, status, type }
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let status = 404;
    let type = 'text/plain; charset=utf-8';
    let body = 'not found';
    const mount = mounts.find(([prefix]) => path === prefix || (prefix.endsWith('/') && path.startsWith(prefix)));
    if (mount) {
      const [prefix, target] = mount;
      const rest = path.slice(prefix.length);
      const file = prefix.endsWith('/') ? normalize(join(target, rest.endsWith('/') || rest === '' ? `${rest}index.html` : rest)) : target;
      if (!prefix.endsWith('/') || file.startsWith(normalize(target + sep))) {
        try {
          body = await readFile(file);
          status = 200;
          type = TYPES[extname(file)] ?? 'application/octet-stream';
        } catch { /* 404 */ }
      }
    }
    log.push({ path, status, type });
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, log, close: () => new Promise((r) => server.close(r)) };
}

async function launch() {
  await mkdir(SHOTS, { recursive: true });
  browser ??= await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'],
  });
  return browser;
}

/**
 * Opens `mounts` served from 127.0.0.1 in Chromium, drops the two credentials on the widget as a
 * recruiter would and checks what the widget shows, what the host's code heard, and every request.
 */
async function dropOnPage(label, { mounts, code, worker, wasm, heard }) {
  const { trustList, lang } = attributesOf(code);
  assert.ok(trustList?.startsWith('/'), `${label}: the snippet's <keurmerk-verifier> names a same-origin trust-list`);
  assert.ok(WORDS[lang], `${label}: the test knows the verdict words in ${lang}, the snippet's language`);
  const server = await serveStatic([[trustList, fileURLToPath(TRUST_LIST)], ...mounts]);
  const context = await (await launch()).newContext({ viewport: { width: 1000, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Amsterdam' });
  try {
    const requests = []; // every request of the page and its worker
    const errors = [];
    const logged = []; // console.log lines: what the snippet's keurmerk-result listener printed
    context.on('request', (r) => requests.push(r.url()));
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
    page.on('console', (m) => (m.type() === 'error' ? errors.push(`console: ${m.text()}`) : m.type() === 'log' && logged.push(m.text())));
    page.on('worker', (w) => w.on('console', (m) => { if (m.type() === 'error') errors.push(`worker: ${m.text()}`); }));
    await page.clock.setFixedTime(new Date(NOW));
    await page.goto(`${server.url}/`);
    const state = async () => JSON.stringify({
      notice: await page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.notice')?.innerText ?? null, W).catch(() => null),
      errors, answers: server.log.filter((a) => a.status !== 200),
    }, null, 1);
    await page.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.drop'), W, { timeout: 20_000 })
      .catch(async () => assert.fail(`${label}: <keurmerk-verifier> never appeared: ${await state()}`));
    await drop(page, await Promise.all(DROPPED.map(async (name) => ({ name, data: await readFile(new URL(name, OWN)) }))));
    await waitForResults(page, DROPPED.length, 30_000)
      .catch(async () => assert.fail(`${label}: no verdicts after dropping ${DROPPED.join(', ')}: ${await state()}`));
    await page.waitForFunction(({ tag, n }) => document.querySelector(tag).shadowRoot.querySelectorAll('.item .verdict').length === n, { tag: W, n: DROPPED.length });

    // what the recruiter sees, in the snippet's language
    const shown = await page.evaluate((tag) => [...document.querySelector(tag).shadowRoot.querySelectorAll('.item')].map((item) => ({
      file: item.querySelector('.file')?.textContent,
      verdict: item.querySelector('.verdict')?.textContent.trim(),
      who: item.querySelector('.who')?.textContent ?? null,
    })), W);
    const byFile = Object.fromEntries(shown.map((s) => [s.file, s]));
    for (const name of DROPPED) {
      assert.equal(byFile[name]?.verdict, WORDS[lang][EXPECTED[name]], `${label}: the verdict shown for ${name} (lang ${lang}): ${JSON.stringify(shown)}`);
    }
    assert.equal(byFile['jcs-valid.json'].who, LISTED_ISSUER, `${label}: the issuer is named from the trust list at ${trustList}`);
    const notice = await page.evaluate((tag) => {
      const n = document.querySelector(tag).shadowRoot.querySelector('.notice');
      return n.hidden ? '' : n.innerText;
    }, W);
    assert.equal(notice, '', `${label}: the widget shows a notice`);
    await page.screenshot({ path: fileURLToPath(new URL(`package-${label}.png`, SHOTS)), fullPage: true });

    // what the host's own code heard (the snippet's keurmerk-result listener)
    await heard(page, logged);

    assert.deepEqual(errors, [], `${label}: errors in the page or its worker`);
    // no request went anywhere but the test server (data: and blob: URLs are no requests)
    const elsewhere = requests.filter((u) => !u.startsWith(`${server.url}/`) && !/^(data|blob):/.test(u));
    assert.deepEqual(elsewhere, [], `${label}: requests that did not go to ${server.url}`);
    for (const w of wasm) assert.ok(requests.includes(`${server.url}${w}`), `${label}: the worker's requests are watched too (${w})`);
    const answered = (path) => server.log.filter((a) => a.path === path);
    assert.deepEqual(server.log.filter((a) => a.status !== 200), [], `${label}: requests the server could not answer`);
    assert.ok(answered(trustList).length >= 1, `${label}: the widget fetched its trust list ${trustList}`);
    assert.deepEqual(answered(worker).map((a) => a.type), ['text/javascript; charset=utf-8'], `${label}: the worker ${worker} was loaded once, as JavaScript`);
    for (const w of wasm) assert.deepEqual(answered(w).map((a) => a.type), ['application/wasm'], `${label}: ${w} was loaded once, as application/wasm`);
    assert.ok(!server.log.some((a) => a.path.startsWith('/api/')), `${label}: the snippet's resolver was never needed`);
  } finally {
    await context.close();
    await server.close();
  }
}

test('Chromium: the React build, served from 127.0.0.1, shows a recruiter the verdicts of dropped credentials', async (t) => {
  const build = builds.react;
  if (!build) return t.skip('the React build failed');
  await dropOnPage('react', {
    mounts: [['/', build.dist]],
    code: build.code,
    worker: `/${build.worker}`,
    wasm: build.wasm.map((w) => `/${w}`),
    heard: async (page) => {
      // the snippet's onReport prop, called from its keurmerk-result listener, reached the app
      const verdicts = (await page.locator('#verdicts').innerText()).split(', ').sort();
      assert.deepEqual(verdicts, DROPPED.map((n) => EXPECTED[n]).sort(), 'the React app heard each report');
    },
  });
});

test('Chromium: the Vue build, served from 127.0.0.1, shows the verdicts of dropped credentials', async (t) => {
  const build = builds.vue;
  if (!build) return t.skip('the Vue build failed');
  await dropOnPage('vue', {
    mounts: [['/', build.dist]],
    code: build.code,
    worker: `/${build.worker}`,
    wasm: build.wasm.map((w) => `/${w}`),
    heard: async (_page, logged) => {
      // the snippet's @keurmerk-result handler logs each verdict
      assert.deepEqual([...logged].sort(), DROPPED.map((n) => EXPECTED[n]).sort(), 'the Vue app heard each report');
    },
  });
});

test('Chromium: a plain page with the package copied whole to /keurmerk/ (pkg/README.md\'s HTML snippet) shows the verdicts', async () => {
  const code = await snippet('html-page');
  const html = join(app, 'page', 'index.html');
  const template = await readFile(html, 'utf8');
  assert.ok(template.includes('<!-- snippet: html-page -->'), 'project/page/index.html has its place for the snippet');
  await writeFile(html, template.replace('<!-- snippet: html-page -->', code.trim()));
  const src = code.match(/<script type="module" src="([^"]+)\/keurmerk-verifier\.js"><\/script>/)?.[1];
  assert.ok(src, 'the HTML snippet loads keurmerk-verifier.js from a folder of the site');
  await dropOnPage('html', {
    mounts: [[`${src}/`, join(app, 'node_modules', 'keurmerk')], ['/', join(app, 'page')]],
    code,
    worker: `${src}/worker.js`,
    wasm: [`${src}/keurmerk_core_bg.wasm`, `${src}/keurmerk_full_bg.wasm`],
    heard: async (_page, logged) => {
      assert.deepEqual([...logged].sort(), DROPPED.map((n) => `${n} ${EXPECTED[n]}`).sort(), 'the page\'s script heard each report');
    },
  });
});
