// A fresh headless Chromium with a profile of its own (no cache, no code cache from an earlier
// run), for the benchmarks that measure a first visit: `await fresh(async (page) => …)`.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'];

/** Runs `fn(page, context)` in a fresh browser and profile; both are gone afterwards. */
export async function fresh(fn) {
  const profile = mkdtempSync(join(tmpdir(), 'keurmerk-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ARGS,
  });
  try {
    return await fn(context.pages()[0] ?? (await context.newPage()), context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
