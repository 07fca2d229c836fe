// Runs bench/widget.html alone (1,000 credentials through <keurmerk-verifier> and through its worker)
// in a fresh headless Chromium and prints the figures as JSON: for iterating on the batch path
// without the whole of browser-run.mjs. `node bench/widget-run.mjs [N] [runs]`.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';

const N = Number(process.argv[2] ?? 1000);
const RUNS = Number(process.argv[3] ?? 1);
const server = await serve();
try {
  for (let i = 0; i < RUNS; i++) {
    const profile = mkdtempSync(join(tmpdir(), 'keurmerk-widget-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'],
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${server.url}/bench/widget.html?n=${N}&widget=1&worker=1&main=0`);
      const result = await page.waitForFunction(() => window.__bench ?? null, null, { timeout: 300000 }).then((h) => h.jsonValue());
      console.log(JSON.stringify({ ...result, errors }));
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
} finally {
  await server.close();
}
