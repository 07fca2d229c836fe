// pkg/worker-client.js against a fake worker: the messages it sends (the shapes worker.js reads),
// how answers settle requests, the words it keeps, and what happens when the worker fails or stops.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { WorkerClient } from '../../pkg/worker-client.js';

/** A worker that records what it is sent; `answer(msg)` plays the worker's reply. */
class FakeWorker extends EventTarget {
  sent = [];
  terminated = false;
  postMessage(msg) { this.sent.push(msg); }
  terminate() { this.terminated = true; }
  answer(data) { this.dispatchEvent(Object.assign(new Event('message'), { data })); }
  fail() {
    const e = new Event('error', { cancelable: true });
    this.dispatchEvent(e);
    return e.defaultPrevented;
  }
}

function client(options = {}) {
  const workers = [];
  const c = new WorkerClient({ start: () => { const w = new FakeWorker(); workers.push(w); return w; }, ...options });
  return { c, workers };
}

test('config: sends { type, id, config } and resolves with the labels and version', async () => {
  const { c, workers } = client();
  assert.equal(c.running, false);
  const config = { documents: {}, trustLists: [], trustAnchors: [], lang: 'nl' };
  const done = c.configure(config);
  assert.equal(c.running, true);
  assert.deepEqual(workers[0].sent, [{ type: 'config', config, id: 1 }]);
  workers[0].answer({ type: 'config', id: 1, labels: { order: ['title'] }, version: '0.1.0' });
  assert.deepEqual(await done, { labels: { order: ['title'] }, version: '0.1.0' });
});

test('verify: sends { type, id, now, items }; results stream to the callback, done settles', async () => {
  const { c, workers } = client();
  const seen = [];
  const items = [{ key: 7, data: '{}' }, { key: 8, data: new Uint8Array([1]) }];
  const done = c.verify(1767225600000, items, (results) => seen.push(results.map((r) => r.key)));
  const [w] = workers;
  assert.deepEqual(w.sent, [{ type: 'verify', now: 1767225600000, items, id: 1 }]);
  const report = { verdict: 'unreadable', deciding: 0, checks: [] };
  w.answer({ type: 'results', id: 1, results: [{ key: 7, report, wants: [] }] });
  w.answer({ type: 'results', id: 1, results: [{ key: 8, report, wants: [] }] });
  w.answer({ type: 'results', id: 99, results: [{ key: 9 }] }); // not ours: ignored
  w.answer({ type: 'done', id: 1 });
  await done;
  assert.deepEqual(seen, [[7], [8]]);
  assert.equal(workers.length, 1, 'one worker for every request');
});

test('an error message rejects only its own request', async () => {
  const { c, workers } = client();
  const a = c.configure({});
  const b = c.verify(0, [], () => {});
  workers[0].answer({ type: 'error', id: 1, message: 'keurmerk: unknown configuration option "x"' });
  await assert.rejects(a, /unknown configuration option/);
  workers[0].answer({ type: 'done', id: 2 });
  await b;
});

test('a failing worker rejects what is pending, reports once, and the next request starts a new one', async () => {
  let failures = 0;
  const { c, workers } = client({ onFailure: () => { failures += 1; } });
  const pending = [c.configure({}), c.verify(0, [{ key: 1, data: 'x' }], () => {})];
  assert.equal(workers[0].fail(), true, 'the error is handled (not reported to the page as uncaught)');
  for (const p of pending) await assert.rejects(p, /the worker failed/);
  assert.equal(failures, 1);
  assert.equal(workers[0].terminated, true);
  assert.equal(c.running, false);
  const again = c.configure({});
  assert.equal(workers.length, 2);
  workers[1].answer({ type: 'config', id: 3, labels: null, version: '0.1.0' });
  assert.equal((await again).version, '0.1.0');
});

test('stop() ends the worker and rejects what is pending with the reason given', async () => {
  const { c, workers } = client();
  const p = c.verify(0, [], () => {});
  c.stop(new Error('keurmerk-verifier: removed from the page'));
  await assert.rejects(p, /removed from the page/);
  assert.equal(workers[0].terminated, true);
  assert.equal(c.running, false);
  c.stop(); // stopping twice is harmless
});

test('a worker that cannot be started rejects the request', async () => {
  const c = new WorkerClient({ start: () => { throw new Error('Workers are not allowed'); } });
  await assert.rejects(c.configure({}), /Workers are not allowed/);
});

test('worker.js and worker-client.js speak the same messages, and the worker is found beside the module', async () => {
  const worker = await readFile(new URL('../../pkg/worker.js', import.meta.url), 'utf8');
  const side = await readFile(new URL('../../pkg/worker-client.js', import.meta.url), 'utf8');
  for (const type of ['config', 'verify', 'results', 'done', 'error']) {
    assert.match(worker, new RegExp(`type(?:: | === )'${type}'`), `worker.js: ${type}`);
    assert.match(side, new RegExp(`'${type}'`), `worker-client.js: ${type}`);
  }
  // in this exact form bundlers (Vite, webpack 5, Rollup, esbuild) ship the worker with the package
  assert.match(side, /new Worker\(new URL\('\.\/worker\.js', import\.meta\.url\), \{ type: 'module'/);
});
