// <keurmerk-verifier>: drop, choose or paste credentials; each is verified in a Web Worker (worker.js)
// and shown as a recruiter or a learner needs to see it. Documentation: docs/widget.md.
//
// Credential content is hostile: it only ever reaches the page through textContent, never as markup,
// never as a link or an image URL (the one image shown is the report's data: URI of a baked badge).
// The element fetches nothing but its own worker and wasm and the trust lists named in its
// `trust-list` attribute (same origin only); a host-supplied `resolver` may fetch what it likes.
//
// This file is the element: its host API, lifecycle, configuration and batches. Beside it:
//   keurmerk-verifier-define.js  registration (done when this module is imported)
//   styles.js                    the adopted stylesheet
//   dom.js                       el(), icon(): building DOM from text, never from markup
//   intl-cache.js                numbers and dates through shared Intl formatters
//   render.js                    a report as shown, the verdict table, the copied summary
//   worker-client.js             the messages to and from worker.js
//   keurmerk-words.js            the element's words and the learner's advice (words/xx.js: en, nl, de, fr)
//   languages.js                 the four languages; German and French tables (lang/xx.js) loaded when asked
//   verdicts.js                  the verdicts in the core's precedence (generated)
import { TAG, defineElement } from './keurmerk-verifier-define.js';
import { el, nextUid } from './dom.js';
import { formatNumber, prepare as prepareIntl } from './intl-cache.js';
import { hasWords, loadWords, say } from './keurmerk-words.js';
import { loadLanguage, pickLang, linesLoaded, loadFaultLines } from './languages.js';
import { makeView, renderItem, summaryText as summaryOf, headline, tally, tallyText } from './render.js';
import { styles } from './styles.js';
import { WorkerClient } from './worker-client.js';

const MAX_ROUNDS = 4; // resolver rounds per file: a DID document, then its status list (an Open Badge: the assertion and badge class, the issuer profile, its key or revocation list), then stop
const RESOLVER_TIMEOUT_MS = 15000;
const OPEN_AT_MOST = 3; // a batch of up to this many files is shown expanded
const MANY = 100; // from this many results on, only those on screen are laid out

export { pickLang };

const splitList = (value) => String(value ?? '').split(/[\s,]+/).filter(Boolean);

const Base = globalThis.HTMLElement ?? class {};

export class KeurmerkVerifier extends Base {
  static get observedAttributes() {
    return ['trust-list', 'trust-anchors', 'lang', 'mode'];
  }

  #root;
  #parts = {};
  #client;
  #labels = null;
  #version = '';
  #items = [];
  #trustLists = [];
  #trustAnchors = null;
  #documents = {};
  #policy = undefined;
  #resolver = null;
  #now = null;
  #listTexts = new Map(); // trust-list URL -> Promise<text | null>
  #resolving = new Map(); // URL -> Promise<document | null>
  #resolved = new Map(); // URL -> document text, or null when the resolver had none
  #gone = new Set(); // URLs the resolver answered with 410 Gone (a revoked hosted Open Badge)
  #configPromise = null;
  #configScheduled = false;
  #langObserver = null;
  #uiLang = 'en';
  #started = false;
  #batches = new Set(); // batches still being verified
  #stopTimer = null;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [styles()];
    this.#client = new WorkerClient({
      onFailure: () => {
        this.#showNotice(this.#t('workerFailed'));
        this.#configPromise = null;
      },
    });
    this.#build();
  }

  // ── host API ────────────────────────────────────────────────────────────────

  /** Signed trust lists the host supplies directly (text, bytes or JSON), added to those of `trust-list`. */
  get trustLists() { return this.#trustLists; }
  set trustLists(value) { this.#trustLists = [...(value ?? [])]; this.#reconfigure(); }

  /** Operator keys the trust lists must be signed by; defaults to the `trust-anchors` attribute. */
  get trustAnchors() { return this.#trustAnchors ?? splitList(this.getAttribute('trust-anchors')); }
  set trustAnchors(value) { this.#trustAnchors = value == null ? null : [...value].map(String); this.#reconfigure(); }

  /** Documents used offline, keyed by URL or DID: DID documents, key documents, status lists. */
  get documents() { return this.#documents; }
  set documents(value) {
    this.#documents = value instanceof Map ? Object.fromEntries(value) : { ...(value ?? {}) };
    this.#reconfigure();
  }

  /** Verification policy: `{ requireStatus, allowUndefinedTerms }` (index.d.ts). */
  get policy() { return this.#policy; }
  set policy(value) { this.#policy = value ?? undefined; this.#reconfigure(); }

  /**
   * Optional `async (url, { kind }) => document | null`: called on the main thread for the documents
   * a credential needs and nobody supplied (a check's `wants`: DID documents, key documents, status
   * lists); the file is then verified again with what it returned. Without it the element fetches nothing.
   */
  get resolver() { return this.#resolver; }
  set resolver(fn) {
    if (fn !== null && fn !== undefined && typeof fn !== 'function') throw new TypeError('keurmerk-verifier: resolver must be a function');
    this.#resolver = fn ?? null;
  }

  /** The time to verify at (Date, ISO string or ms); `null` for the current time. */
  get now() { return this.#now; }
  set now(value) { this.#now = value ?? null; }

  get mode() { return this.getAttribute('mode') === 'learner' ? 'learner' : 'recruiter'; }
  set mode(value) { this.setAttribute('mode', value === 'learner' ? 'learner' : 'recruiter'); }

  /** Resolves when the verifier has the current configuration (rejects if it cannot be built). */
  get ready() { return this.#settled(); }

  /** What has been verified so far, newest batch first: `[{ name, report }]`. */
  get results() { return this.#items.filter((i) => i.report).map(({ name, report }) => ({ name, report })); }

  /** Verifies files (or Blobs); resolves with their reports in order. */
  verifyFiles(files) {
    const list = [...(files ?? [])].map((f, i) => ({ name: f?.name || `file-${i + 1}`, data: f }));
    return this.#run(list, false);
  }

  /** Verifies credential text (JSON or a JWT). */
  async verifyText(text, name) {
    const [report] = await this.#run([{ name: name ?? this.#t('pasted'), data: String(text) }], false);
    return report;
  }

  /** Removes every result. */
  clear() {
    for (const batch of this.#batches) batch.dropped = true;
    this.#items = [];
    this.#parts.list.replaceChildren();
    this.#parts.results.hidden = true;
    this.#announce('');
  }

  /** The plain-text summary that "copy summary" puts on the clipboard. */
  summaryText(report, name = '') {
    return summaryOf(this.#view(), report, name);
  }

  // ── lifecycle ───────────────────────────────────────────────────────────────

  connectedCallback() {
    clearTimeout(this.#stopTimer);
    this.#langObserver ??= new MutationObserver(() => this.#langChanged());
    this.#langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    this.#langChanged();
    this.#reconfigure();
  }

  disconnectedCallback() {
    this.#langObserver?.disconnect();
    // Moved elements reconnect at once; only a removed element lets its worker go.
    this.#stopTimer = setTimeout(() => {
      if (this.isConnected) return;
      this.#configPromise = null;
      this.#client.stop(new Error('keurmerk-verifier: removed from the page'));
    }, 0);
  }

  attributeChangedCallback(name, before, after) {
    if (before === after) return;
    if (name === 'lang') this.#langChanged();
    else if (name === 'mode') this.#rerender();
    else this.#reconfigure();
  }

  // ── events ──────────────────────────────────────────────────────────────────

  // The element's three events, keurmerk-result, keurmerk-done and keurmerk-error: all bubble and
  // leave the shadow root (docs/widget.md, "Events"; types in keurmerk-verifier.d.ts).
  #emit(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }

  // ── words ───────────────────────────────────────────────────────────────────

  #langChanged() {
    const own = this.getAttribute('lang');
    const lang = pickLang(own || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || globalThis.navigator?.language);
    if (lang === this.#uiLang && this.#started) return;
    this.#uiLang = lang;
    this.#started = true;
    this.#parts.wrap.setAttribute('lang', lang);
    this.#applyStatic();
    this.#rerender();
    // Dates and numbers of the first result should not wait for the locale's data: load it while idle.
    const idle = globalThis.requestIdleCallback ?? ((fn) => setTimeout(fn, 50));
    idle(() => { if (this.#uiLang === lang) prepareIntl(lang); });
    // The words of Dutch, German and French (the element's own, and those of verdicts, codes and
    // elements) are loaded the first time they are shown; until the element's own are here it
    // stays invisible rather than show English for a moment.
    this.#parts.wrap.classList.toggle('loading', !hasWords(lang));
    if (lang !== 'en') {
      Promise.all([loadWords(lang), loadLanguage(lang)]).then(() => {
        if (this.#uiLang !== lang) return;
        this.#parts.wrap.classList.remove('loading');
        this.#applyStatic();
        this.#rerender();
      });
    }
  }

  #t(key, ...args) { return say(this.#uiLang, key, ...args); }
  #num(n) { return formatNumber(n, this.#uiLang); }

  // What render.js needs to show a report now: language, mode, the core's labels.
  #view() {
    return makeView({
      lang: this.#uiLang,
      learner: this.mode === 'learner',
      labels: this.#labels,
      version: this.#version,
      copy: (entry, actions) => this.#copy(entry, actions),
      print: (entry) => this.#print(entry),
      recipient: (recipient, identity) => this.#client.recipientMatches(recipient, identity),
    });
  }

  // ── the static part of the element ──────────────────────────────────────────

  #build() {
    const p = this.#parts;
    p.notice = el('div', { class: 'notice', part: 'notice', role: 'alert', hidden: true });
    p.intro = el('p', { class: 'intro', part: 'intro' });
    p.dropTitle = el('p', { class: 'drop-title' });
    p.dropHint = el('p', { class: 'drop-hint' });
    p.file = el('input', { type: 'file', multiple: true, accept: '.json,.jsonld,.jwt,.jws,.sd-jwt,.txt,.xml,.png,.svg,application/json,image/png,image/svg+xml' });
    p.chooseText = el('span');
    p.choose = el('label', { class: 'button', part: 'button picker' }, p.chooseText, p.file);
    p.drop = el('div', { class: 'drop', part: 'drop' }, p.dropTitle, p.dropHint, p.choose);
    const pasteId = `km-paste-${nextUid()}`;
    p.pasteLabel = el('label', { for: pasteId });
    p.pasteBox = el('textarea', { id: pasteId, rows: 2, spellcheck: 'false', autocomplete: 'off', autocapitalize: 'off' });
    p.pasteButton = el('button', { type: 'button', class: 'button quiet', part: 'button' });
    p.paste = el('div', { class: 'paste', part: 'paste' }, p.pasteLabel, p.pasteBox, p.pasteButton);
    const progressId = `km-progress-${nextUid()}`;
    p.progressLabel = el('label', { for: progressId });
    p.progressBar = el('progress', { id: progressId, max: 1, value: 0 });
    p.progress = el('div', { class: 'progress', part: 'progress', hidden: true }, p.progressLabel, p.progressBar);
    p.live = el('p', { class: 'vh live', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    const resultsId = `km-results-${nextUid()}`;
    p.resultsTitle = el('h2', { id: resultsId, tabindex: '-1' });
    p.counts = el('p', { class: 'counts', part: 'counts' });
    p.filterBox = el('input', { type: 'checkbox', id: `${resultsId}-filter` });
    p.filterText = el('span');
    p.filter = el('label', { for: `${resultsId}-filter`, class: 'filter' }, p.filterBox, ' ', p.filterText);
    p.clear = el('button', { type: 'button', class: 'link' });
    p.list = el('ul', { class: 'list', role: 'list' });
    p.results = el('section', { class: 'results', part: 'results', 'aria-labelledby': resultsId, hidden: true },
      el('div', { class: 'results-head' }, p.resultsTitle, p.counts, el('div', { class: 'tools' }, p.filter, p.clear)), p.list);
    p.wrap = el('div', { class: 'wrap', part: 'root' }, p.notice, p.intro, p.drop, p.paste, p.progress, p.live, p.results);
    this.#root.append(p.wrap);

    p.file.addEventListener('change', () => {
      const files = [...p.file.files];
      p.file.value = '';
      if (files.length) this.#run(files.map((f) => ({ name: f.name, data: f })), true);
    });
    p.drop.addEventListener('dragenter', (e) => { e.preventDefault(); p.drop.classList.add('over'); });
    p.drop.addEventListener('dragover', (e) => { e.preventDefault(); if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'; p.drop.classList.add('over'); });
    p.drop.addEventListener('dragleave', (e) => { if (!p.drop.contains(e.relatedTarget)) p.drop.classList.remove('over'); });
    p.drop.addEventListener('drop', (e) => {
      e.preventDefault();
      p.drop.classList.remove('over');
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length) this.#run(files.map((f) => ({ name: f.name, data: f })), true);
      else {
        const text = e.dataTransfer?.getData('text/plain');
        if (text?.trim()) this.#run([{ name: this.#t('pasted'), data: text.trim() }], true);
      }
    });
    p.pasteButton.addEventListener('click', () => {
      const text = p.pasteBox.value.trim();
      if (text) this.#run([{ name: this.#t('pasted'), data: text }], true);
      else p.pasteBox.focus();
    });
    // Pasting anywhere in the element (outside the text box) verifies what was pasted at once.
    this.#root.addEventListener('paste', (e) => {
      if (e.target === p.pasteBox) return;
      const files = [...(e.clipboardData?.files ?? [])];
      const text = e.clipboardData?.getData('text/plain')?.trim();
      if (files.length) this.#run(files.map((f) => ({ name: f.name || this.#t('pasted'), data: f })), true);
      else if (text) this.#run([{ name: this.#t('pasted'), data: text }], true);
      else return;
      e.preventDefault();
    });
    p.clear.addEventListener('click', () => { this.clear(); p.file.focus(); });
    p.filterBox.addEventListener('change', () => p.list.classList.toggle('attention', p.filterBox.checked));
  }

  #applyStatic() {
    const p = this.#parts;
    const learner = this.mode === 'learner';
    p.intro.textContent = this.#t(learner ? 'introLearner' : 'introRecruiter');
    p.dropTitle.textContent = this.#t('dropTitle');
    p.dropHint.textContent = this.#t('dropHint');
    p.chooseText.textContent = this.#t('choose');
    p.pasteLabel.textContent = this.#t('pasteLabel');
    p.pasteButton.textContent = this.#t('verifyPasted');
    p.resultsTitle.textContent = this.#t('results');
    p.filterText.textContent = this.#t('onlyAttention');
    p.clear.textContent = this.#t('clear');
    this.#updateCounts();
    this.#updateProgress();
  }

  #showNotice(text) {
    const n = this.#parts.notice;
    if (!text) { n.hidden = true; n.replaceChildren(); return; }
    n.hidden = false;
    if (![...n.children].some((p) => p.textContent === text)) n.append(el('p', { text }));
  }

  #announce(text) {
    const live = this.#parts.live;
    live.textContent = '';
    // A fresh text node in a later task is announced even when it repeats the previous words.
    setTimeout(() => { live.textContent = text; }, 50);
  }

  // ── configuration ───────────────────────────────────────────────────────────

  #reconfigure() {
    if (this.#configScheduled) return;
    this.#configScheduled = true;
    this.#configPromise = null;
    queueMicrotask(() => {
      this.#configScheduled = false;
      if (this.isConnected) this.#configure().catch(() => {});
    });
  }

  // Waits until the worker has the latest configuration, even if it changed while waiting.
  async #settled() {
    let current;
    do {
      current = this.#configure();
      await current;
    } while (current !== this.#configure());
  }

  #configure() {
    if (!this.#configPromise) {
      this.#configPromise = (async () => {
        const fromAttribute = await this.#attributeLists();
        const documents = { ...this.#documents };
        for (const [url, doc] of this.#resolved) if (doc !== null) documents[url] = doc;
        const config = {
          documents,
          gone: [...this.#gone],
          trustLists: [...fromAttribute, ...this.#trustLists],
          trustAnchors: this.trustAnchors,
          lang: this.#uiLang,
        };
        if (this.#policy) config.policy = this.#policy;
        try {
          const { labels, version } = await this.#client.configure(config);
          this.#labels = labels;
          this.#version = version;
        } catch (err) {
          const message = String(err?.message ?? err);
          this.#showNotice(this.#t('configFailed', message));
          this.#emit('keurmerk-error', { message });
          throw err;
        }
      })();
    }
    return this.#configPromise;
  }

  // The trust lists named by the `trust-list` attribute: fetched from the page's own origin only.
  async #attributeLists() {
    const urls = splitList(this.getAttribute('trust-list'));
    const texts = await Promise.all(urls.map((raw) => {
      if (!this.#listTexts.has(raw)) {
        this.#listTexts.set(raw, (async () => {
          let url;
          try { url = new URL(raw, document.baseURI); } catch { url = null; }
          if (!url || url.origin !== globalThis.location?.origin) {
            this.#showNotice(this.#t('trustListForeign', raw));
            return null;
          }
          try {
            const response = await fetch(url, { credentials: 'same-origin' });
            if (!response.ok) throw new Error(`HTTP ${response.status}`);
            return await response.text();
          } catch (err) {
            this.#listTexts.delete(raw);
            this.#showNotice(this.#t('trustListFailed', raw, String(err?.message ?? err)));
            return null;
          }
        })());
      }
      return this.#listTexts.get(raw);
    }));
    return texts.filter((t) => t !== null);
  }

  // ── verifying ───────────────────────────────────────────────────────────────

  async #run(inputs, byUser) {
    if (!inputs.length) return [];
    const nowValue = this.#now ?? Date.now();
    const now = nowValue instanceof Date ? nowValue.getTime() : typeof nowValue === 'string' ? Date.parse(nowValue) : Number(nowValue);
    const entries = inputs.map(({ name, data }) => ({ key: nextUid(), name: String(name ?? ''), data, now, report: null, rounds: 0, node: null, open: false }));
    const batch = { total: entries.length, done: 0, start: performance.now(), byUser, entries, anchor: this.#parts.list.firstChild, first: null };
    this.#batches.add(batch);
    this.#items.unshift(...entries);
    this.#updateProgress();
    if (entries.length > 1) this.#announce(this.#t('verifyingMany', this.#num(entries.length)));
    const byKey = new Map(entries.map((e) => [e.key, e]));
    const retries = [];
    try {
      await this.#settled();
      await this.#client.verify(now, entries.map((e) => ({ key: e.key, data: e.data })), (results) => {
        const ready = [];
        for (const r of results) {
          const entry = byKey.get(r.key);
          if (!entry) continue;
          const retry = this.#needsResolver(entry, r);
          if (retry) retries.push(retry.then((report) => this.#show([[entry, report ?? r.report]], batch)));
          else ready.push([entry, r.report]);
        }
        if (ready.length) this.#show(ready, batch);
      });
      await Promise.all(retries);
    } catch (err) {
      this.#showNotice(this.#t('verifyFailed', String(err?.message ?? err)));
    }
    this.#finishBatch(batch);
    return entries.map((e) => e.report);
  }

  // Asks the host's resolver for the documents a report wants (the worker lists them with each
  // result: missingDocuments() of index.js, from the checks' `wants`); resolves with the report of the
  // file verified again, or null to keep the first report. Without a resolver, returns null at once.
  #needsResolver(entry, result) {
    if (!this.#resolver || entry.rounds >= MAX_ROUNDS || !result.wants?.length) return null;
    const wanted = result.wants.filter((w) => this.#resolved.get(w.url) !== null);
    if (!wanted.length) return null;
    entry.rounds += 1;
    return (async () => {
      const docs = await Promise.all(wanted.map((w) => this.#resolve(w)));
      if (!docs.some((d) => d !== null)) return null;
      await this.#settled();
      let report = null;
      await this.#client.verify(entry.now, [{ key: entry.key, data: entry.data }], (results) => {
        report = results[0]?.report ?? null;
        const again = results[0] && this.#needsResolver(entry, results[0]);
        if (again) report = again.then((r) => r ?? results[0].report);
      });
      return await report;
    })().catch(() => null);
  }

  #resolve({ url, kind }) {
    if (!this.#resolving.has(url)) {
      const fn = this.#resolver;
      this.#resolving.set(url, (async () => {
        let timer;
        try {
          const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve(null), RESOLVER_TIMEOUT_MS); });
          let doc = await Promise.race([Promise.resolve().then(() => fn(url, { kind })), timeout]);
          // 410 Gone is an answer too: an Open Badges issuer's word that a hosted badge was revoked.
          const gone = typeof Response !== 'undefined' && doc instanceof Response && doc.status === 410;
          if (typeof Response !== 'undefined' && doc instanceof Response) doc = doc.ok ? await doc.text() : null;
          if (doc === undefined || doc === null || doc === false) doc = null;
          else if (typeof doc !== 'string' && !(doc instanceof Uint8Array) && !(doc instanceof ArrayBuffer)) doc = JSON.stringify(doc);
          this.#resolved.set(url, doc);
          if (gone) this.#gone.add(url);
          if (doc !== null || gone) this.#reconfigure();
          return gone ? true : doc;
        } catch {
          this.#resolved.set(url, null);
          return null;
        } finally {
          clearTimeout(timer);
        }
      })());
    }
    return this.#resolving.get(url);
  }

  #show(pairs, batch) {
    if (batch.dropped) return;
    const frag = document.createDocumentFragment();
    const openAll = batch.total <= OPEN_AT_MOST;
    const view = this.#view();
    for (const [entry, report] of pairs) {
      entry.report = report;
      entry.data = null; // the bytes are not needed any more
      entry.open = openAll;
      entry.node = renderItem(view, entry);
      frag.append(entry.node);
      batch.done += 1;
      batch.first ??= entry;
      this.#emit('keurmerk-result', { name: entry.name, report });
    }
    // Each batch in file order, newer batches above older ones.
    const anchor = batch.anchor?.parentNode === this.#parts.list ? batch.anchor : null;
    this.#parts.list.insertBefore(frag, anchor);
    this.#parts.results.hidden = false;
    this.#updateProgress();
    this.#updateCounts();
    // Why a file was refused is a line of faults: in Dutch, German or French those are loaded the
    // first time a result names one (English comes with the report); then shown again in words.
    const lang = this.#uiLang;
    if (lang !== 'en' && !pairs.every(([, report]) => linesLoaded(report, lang))) {
      loadFaultLines(lang).then(() => { if (this.#uiLang === lang) this.#rerender(); });
    }
  }

  #updateProgress() {
    let total = 0;
    let done = 0;
    for (const b of this.#batches) { total += b.total; done += b.done; }
    const p = this.#parts;
    p.progress.hidden = total < 2;
    p.progressBar.max = Math.max(total, 1);
    p.progressBar.value = done;
    p.progressLabel.textContent = total ? this.#t('progress', this.#num(done), this.#num(total)) : '';
  }

  #finishBatch(batch) {
    const ms = performance.now() - batch.start;
    this.#batches.delete(batch);
    this.#updateProgress();
    if (batch.dropped) return;
    if (batch.total >= 100) console.info(`keurmerk-verifier: ${batch.total} files in ${Math.round(ms)} ms`);
    const shown = batch.entries.filter((e) => e.report);
    this.#emit('keurmerk-done', { count: shown.length, ms, verdicts: tally(shown.map((e) => e.report)) });
    if (!shown.length) return;
    const view = this.#view();
    if (shown.length === 1) {
      this.#announce(this.#t('announceOne', headline(view, shown[0].report.verdict), shown[0].name));
    } else {
      this.#announce(this.#t('announceMany', this.#num(shown.length), tallyText(view, shown.map((e) => e.report))));
    }
    // Focus follows the user's own action to its result, unless they have moved on meanwhile.
    if (batch.byUser) {
      const inside = this.#root.activeElement !== null;
      const idle = !document.activeElement || document.activeElement === document.body;
      const target = batch.first?.node?.querySelector('.verdict');
      if ((inside || idle) && target?.isConnected) {
        target.focus({ preventScroll: true });
        target.scrollIntoView?.({ block: 'nearest' });
      }
    }
  }

  #updateCounts() {
    const shown = this.#items.filter((e) => e.report).map((e) => e.report);
    this.#parts.counts.textContent = shown.length ? `${this.#t('checkedCount', this.#num(shown.length))}: ${tallyText(this.#view(), shown)}` : '';
    this.#parts.filter.hidden = shown.length < 2;
    this.#parts.list.classList.toggle('many', shown.length > MANY);
  }

  #rerender() {
    if (!this.#parts.list) return;
    this.#applyStatic();
    const view = this.#view();
    for (const entry of this.#items) {
      if (!entry.node) continue;
      const fresh = renderItem(view, entry);
      entry.node.replaceWith(fresh);
      entry.node = fresh;
    }
  }

  // ── copy and print ──────────────────────────────────────────────────────────

  async #copy(entry, actions) {
    const text = this.summaryText(entry.report, entry.name);
    try {
      await navigator.clipboard.writeText(text);
      this.#announce(this.#t('copied'));
    } catch {
      // No clipboard access (permissions, an old browser): show the text selected, for Ctrl+C.
      let box = actions.querySelector('.copy-fallback');
      if (!box) {
        box = el('textarea', { class: 'copy-fallback', readonly: true, 'aria-label': this.#t('copy') });
        actions.append(box);
      }
      box.value = text;
      box.focus();
      box.select();
      this.#announce(this.#t('copyFallback'));
    }
  }

  #print(entry) {
    for (const item of this.#root.querySelectorAll('.item[data-print]')) item.removeAttribute('data-print');
    entry.fill();
    entry.node.setAttribute('data-print', '');
    this.setAttribute('printing', '');
    const done = () => {
      this.removeAttribute('printing');
      entry.node?.removeAttribute('data-print');
    };
    globalThis.addEventListener('afterprint', done, { once: true });
    globalThis.print();
  }
}

/** Registers the element as <keurmerk-verifier> (done on import; safe to call again). */
export function define(tag = TAG) {
  defineElement(KeurmerkVerifier, tag);
}

define();
