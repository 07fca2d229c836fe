// Shared by the browser tests: Debian's Chromium driven by playwright-core, the strict-CSP test
// server, every request the page makes, page errors and CSP violations, and helpers to drop files on
// <keurmerk-verifier> and to read it as a user sees it.
import { mkdir, readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

import { serve } from './server.mjs';

export const ROOT = new URL('../../', import.meta.url);
export const SHOTS = new URL('../../test-results/', import.meta.url);
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
export const W = 'keurmerk-verifier';

export const file = (path) => readFile(new URL(path, ROOT));

/** Starts the server and Chromium; `open(path)` gives a fresh page with its requests and errors. */
export async function start() {
  await mkdir(SHOTS, { recursive: true });
  const server = await serve({ csp: STRICT_CSP });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'],
  });
  const context = await browser.newContext({ viewport: { width: 1000, height: 1000 }, locale: 'en-GB', timezoneId: 'Europe/Amsterdam' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const errors = [];
  const requests = []; // every request any page or worker made: URL strings
  async function open(path, { ready = 'body[data-ready="true"]' } = {}) {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`${path}: ${e}`));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`${path}: ${m.text()}`); });
    page.on('request', (r) => requests.push(r.url()));
    page.on('worker', (w) => w.on('console', (m) => { if (m.type() === 'error') errors.push(`${path} worker: ${m.text()}`); }));
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${server.url}${path}`);
    if (ready) await page.waitForSelector(ready, { timeout: 20000 });
    return page;
  }
  return {
    server, browser, context, errors, requests, open,
    close: async () => { await browser.close(); await server.close(); },
  };
}

/** Drops files on the widget's drop zone as a user's drag and drop would. */
export async function drop(page, files) {
  const payload = files.map((f) => ({ name: f.name, type: f.type ?? '', data: typeof f.data === 'string' ? f.data : [...f.data] }));
  await page.evaluate(({ tag, payload }) => {
    const dt = new DataTransfer();
    for (const f of payload) {
      const body = typeof f.data === 'string' ? f.data : new Uint8Array(f.data);
      dt.items.add(new File([body], f.name, { type: f.type }));
    }
    const zone = document.querySelector(tag).shadowRoot.querySelector('.drop');
    zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true, composed: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true, composed: true }));
  }, { tag: W, payload });
}

/** Waits until the widget lists `n` results. */
export function waitForResults(page, n, timeout = 20000) {
  return page.waitForFunction(({ tag, n }) => document.querySelector(tag)?.results.length >= n, { tag: W, n }, { timeout });
}

/** The newest result as the user sees it (rendered text). */
export const newest = (page) => page.locator(`${W} .item`).first();

/** Clears the widget's results (between tests on one page). */
export const clearResults = (page) => page.evaluate((tag) => document.querySelector(tag).clear(), W);

/** The element that has focus, looking into shadow roots: `{tag, cls, text}`. */
export function focused(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a ? { tag: a.tagName.toLowerCase(), type: a.getAttribute('type'), cls: a.className, text: (a.textContent ?? '').trim().slice(0, 80) } : null;
  });
}

/** Runs axe-core (served from node_modules, so the strict CSP allows it) against WCAG 2.2 A/AA. */
export async function axe(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ url: '/node_modules/axe-core/axe.min.js' });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

export const shot = (page, name, opts = {}) => page.screenshot({ path: new URL(name, SHOTS).pathname, fullPage: true, ...opts });

/** Chooses `lang` in the demo page's menu and waits until the widget shows it (its words load when first shown). */
export async function chooseLang(page, lang, select = '#lang') {
  await page.selectOption(select, lang);
  await page.waitForFunction(([tag, l]) => {
    const wrap = document.querySelector(tag)?.shadowRoot?.querySelector('.wrap');
    return wrap?.getAttribute('lang') === l && !wrap.classList.contains('loading');
  }, [W, lang]);
}
