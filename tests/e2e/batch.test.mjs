// 1,000 credentials dropped at once on the demo page: all are verified in the worker and listed with
// their verdicts while a progress bar counts, the main thread keeps painting frames, and nothing is
// fetched. Timings are printed, never asserted (DESIGN.md "Budgets": measured, not timed tests).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { start, waitForResults, shot, file, W } from './helpers.mjs';

const N = 1000;
let env, page;

before(async () => {
  env = await start();
  page = await env.open('/www/');
});

after(async () => env?.close());

test(`${N} files dropped at once are verified and listed progressively; the page stays responsive`, async () => {
  const credential = (await file('www/demo/mbo-zorgtechnologie.json')).toString('utf8');
  const tampered = (await file('www/demo/mbo-tampered-level.json')).toString('utf8');
  const before = env.requests.length;
  // Build the files in the page, watch every animation frame, then drop them all in one go.
  await page.evaluate(({ tag, credential, tampered, n }) => {
    const files = Array.from({ length: n }, (_, i) => new File([i % 100 === 99 ? tampered : credential], `credential-${String(i + 1).padStart(4, '0')}.json`, { type: 'application/json' }));
    const widget = document.querySelector(tag);
    const root = widget.shadowRoot;
    const watch = { frames: 0, maxGap: 0, rows: new Set(), progress: new Set(), done: false, start: performance.now(), end: 0 };
    window.__watch = watch;
    let last = performance.now();
    const tick = (t) => {
      watch.frames += 1;
      watch.maxGap = Math.max(watch.maxGap, t - last);
      last = t;
      watch.rows.add(root.querySelectorAll('.item').length);
      const bar = root.querySelector('.progress');
      if (!bar.hidden) watch.progress.add(root.querySelector('progress').value);
      if (!watch.done) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    widget.addEventListener('keurmerk-done', (e) => {
      watch.done = true;
      watch.end = performance.now();
      watch.count = e.detail.count;
      watch.verdicts = e.detail.verdicts;
    }, { once: true });
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(f);
    root.querySelector('.drop').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true, composed: true }));
  }, { tag: W, credential, tampered, n: N });
  await page.waitForFunction(() => window.__watch.progress.size > 3);
  await shot(page, 'widget-batch-progress.png', { fullPage: false });
  await waitForResults(page, N, 170000);
  await page.waitForFunction(() => window.__watch.done);
  const watch = await page.evaluate(() => ({ ...window.__watch, rows: [...window.__watch.rows], progress: [...window.__watch.progress] }));
  const ms = Math.round(watch.end - watch.start);
  console.log(`# ${N} files: listed in ${ms} ms; ${watch.frames} frames painted meanwhile, longest gap ${Math.round(watch.maxGap)} ms; ${watch.rows.length} distinct list lengths seen`);

  assert.equal(watch.count, N);
  assert.deepEqual(watch.verdicts, { verified: N - N / 100, invalid: N / 100 });
  const listed = await page.locator(`${W} .item`).evaluateAll((items) => items.map((i) => [i.querySelector('.file').textContent, i.dataset.verdict]));
  assert.equal(listed.length, N);
  assert.deepEqual(listed[0], ['credential-0001.json', 'verified']);
  assert.deepEqual(listed[99], ['credential-0100.json', 'invalid']);
  assert.deepEqual(listed[N - 1], [`credential-${N}.json`, 'invalid']);
  // listed progressively: the list grew in many steps, and the progress bar showed values on the way
  assert.ok(watch.rows.length > 5, `the list grew in steps: ${watch.rows.length}`);
  assert.ok(watch.progress.some((v) => v > 0 && v < N), 'progress was shown between 0 and the end');
  // the main thread kept painting while the worker verified
  assert.ok(watch.frames > 10, `frames painted during the batch: ${watch.frames}`);
  assert.equal(await page.locator(`${W} .progress`).isVisible(), false, 'the progress bar goes away at the end');
  assert.match(await page.locator(`${W} [role=status]`).textContent(), /1,000 files checked: 990 × Verified, 10 × Invalid/);
  assert.match(await page.locator(`${W} .counts`).innerText(), /1,000 checked: 990 × Verified, 10 × Invalid/);
  assert.deepEqual(env.requests.slice(before), [], 'no request during the batch');
  await page.check(`${W} .filter input`);
  assert.equal(await page.locator(`${W} .item:visible`).count(), 10);
  await shot(page, 'widget-batch.png', { fullPage: false });
  assert.deepEqual(env.errors, []);
});
