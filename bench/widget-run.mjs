// Runs bench/widget.html alone (1,000 credentials through <keurmerk-verifier> and through its worker)
// in a fresh headless Chromium and prints the figures as JSON: for iterating on the batch path
// without the whole of browser-run.mjs. `node bench/widget-run.mjs [N] [runs]`.
import { fresh } from './fresh.mjs';
import { serve } from './server.mjs';

const N = Number(process.argv[2] ?? 1000);
const RUNS = Number(process.argv[3] ?? 1);
const server = await serve();
try {
  for (let i = 0; i < RUNS; i++) {
    await fresh(async (page) => {
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${server.url}/bench/widget.html?n=${N}&widget=1&worker=1&main=0`);
      const result = await page.waitForFunction(() => window.__bench ?? null, null, { timeout: 300000 }).then((h) => h.jsonValue());
      console.log(JSON.stringify({ ...result, errors }));
    });
  }
} finally {
  await server.close();
}
