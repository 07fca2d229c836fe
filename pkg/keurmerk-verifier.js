// <keurmerk-verifier>: drop, choose or paste credentials; each is verified in a Web Worker (worker.js)
// and shown as a recruiter or a learner needs to see it. Documentation: docs/widget.md.
//
// Credential content is hostile: it only ever reaches the page through textContent, never as markup,
// never as a link or an image URL (the one image shown is the report's data: URI of a baked badge).
// The element fetches nothing but its own worker and wasm and the trust lists named in its
// `trust-list` attribute (same origin only); a host-supplied `resolver` may fetch what it likes.
import { WORDS, ADVICE } from './keurmerk-words.js';

const TAG = 'keurmerk-verifier';
const SVG_NS = 'http://www.w3.org/2000/svg';
const MAX_ROUNDS = 3; // resolver rounds per file: a DID document, then its status list, then stop
const RESOLVER_TIMEOUT_MS = 15000;
const LONG_TEXT = 280; // characters shown of a longer text until the user asks for all of it
const OPEN_AT_MOST = 3; // a batch of up to this many files is shown expanded
const MANY = 100; // from this many results on, only those on screen are laid out
const IMAGE_URI = /^data:image\/(?:png|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;

const TONE = {
  verified: 'ok', issuer_unknown: 'warn', indeterminate: 'unknown',
  invalid: 'bad', unreadable: 'bad', revoked: 'bad', suspended: 'bad', expired: 'bad', not_yet_valid: 'bad',
};
const VERDICT_ICON = {
  verified: 'check', issuer_unknown: 'exclaim', indeterminate: 'question', invalid: 'cross', unreadable: 'cross',
  revoked: 'ban', suspended: 'ban', expired: 'clock', not_yet_valid: 'clock',
};
const OUTCOME_ICON = { pass: 'check', fail: 'cross', warn: 'exclaim', not_checked: 'question' };
const ICON_PATHS = {
  check: ['M7 12.5l3.2 3.2L17 9'],
  cross: ['M8.2 8.2l7.6 7.6', 'M15.8 8.2l-7.6 7.6'],
  exclaim: ['M12 6.8v6.4', 'M12 16.6v.6'],
  question: ['M9.3 9.4a2.8 2.8 0 1 1 4.1 2.5c-.9.5-1.4 1-1.4 1.9v.5', 'M12 17v.5'],
  ban: ['M7.8 16.2l8.4-8.4', 'M12 6.2a5.8 5.8 0 1 1 0 11.6a5.8 5.8 0 1 1 0-11.6'],
  clock: ['M12 6.2a5.8 5.8 0 1 1 0 11.6a5.8 5.8 0 1 1 0-11.6', 'M12 8.8v3.4l2.4 1.6'],
};

const CSS = String.raw`
:host {
  --_ok: var(--keurmerk-ok, #116329); --_warn: var(--keurmerk-warn, #8a4600); --_bad: var(--keurmerk-bad, #a40e26);
  --_unknown: var(--keurmerk-unknown, #3d4a5c); --_accent: var(--keurmerk-accent, #0b5cad);
  --_accent-fg: var(--keurmerk-accent-fg, #ffffff); --_fg: var(--keurmerk-fg, #1f2328); --_bg: var(--keurmerk-bg, #ffffff);
  --_muted: var(--keurmerk-muted, #57606a); --_border: var(--keurmerk-border, #8c959f); --_line: var(--keurmerk-line, #d8dee4);
  --_focus: var(--keurmerk-focus, #bf3989); --_radius: var(--keurmerk-radius, .6em);
  display: block; color: var(--_fg); background: var(--_bg); line-height: 1.45; overflow-wrap: anywhere;
  font-family: var(--keurmerk-font, system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif);
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
h2, h3, h4 { margin: 0; line-height: 1.25; }
p { margin: 0; }
code, .mono { font-family: var(--keurmerk-mono, ui-monospace, "DejaVu Sans Mono", monospace); font-size: .85em; }
.vh { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.notice { border: 2px solid var(--_bad); border-radius: var(--_radius); padding: .6em .9em; margin: 0 0 .75em; }
.intro { margin: 0 0 .6em; }
.drop { border: 2px dashed var(--_border); border-radius: var(--_radius); padding: 1.25em 1em; text-align: center; }
.drop.over { border-color: var(--_accent); border-style: solid; background: color-mix(in srgb, var(--_accent) 8%, var(--_bg)); }
.drop-title { font-size: 1.15em; font-weight: 650; }
.drop-hint { color: var(--_muted); margin: .2em 0 .8em; }
.button { position: relative; display: inline-flex; align-items: center; gap: .4em; padding: .5em 1em; border-radius: .5em;
  border: 1px solid var(--_accent); background: var(--_accent); color: var(--_accent-fg); font: inherit; cursor: pointer; }
.button.quiet { background: var(--_bg); color: var(--_accent); }
.button:focus-visible, label.button:focus-within, .link:focus-visible, textarea:focus-visible, input:focus-visible,
h3:focus-visible, h2:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
label.button input { position: absolute; inset: 0; width: 100%; height: 100%; opacity: 0; cursor: pointer; font-size: 0; }
.paste { margin: .75em 0 0; display: grid; gap: .35em; }
.paste label { font-weight: 600; }
.paste textarea { width: 100%; min-height: 3.2em; font-family: var(--keurmerk-mono, ui-monospace, "DejaVu Sans Mono", monospace);
  font-size: .85em; padding: .4em .5em; border: 1px solid var(--_border); border-radius: .4em; color: inherit; background: var(--_bg); resize: vertical; }
.paste .button { justify-self: start; }
.progress { margin: .9em 0 0; display: grid; gap: .25em; }
.progress progress { width: 100%; height: .8em; accent-color: var(--_accent); }
.results { margin-top: 1.1em; }
.results-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .4em 1em; margin-bottom: .5em; }
.results-head h2 { font-size: 1.2em; }
.counts { color: var(--_muted); flex: 1 0 100%; order: 3; }
.results-head .tools { margin-inline-start: auto; }
.tools { display: flex; flex-wrap: wrap; gap: .5em 1em; align-items: center; }
.link { font: inherit; background: none; border: 0; padding: .1em 0; color: var(--_accent); text-decoration: underline; cursor: pointer; }
.list { list-style: none; margin: 0; padding: 0; display: grid; gap: .6em; }
.list.attention .item[data-verdict="verified"] { display: none; }
.item { --_tone: var(--_unknown); border: 1px solid var(--_line); border-left: .45em solid var(--_tone); border-radius: var(--_radius); background: var(--_bg); }
.list.many > .item { content-visibility: auto; contain-intrinsic-size: auto 7em; } /* a long list lays out only what is on screen */
.item[data-tone="ok"] { --_tone: var(--_ok); }
.item[data-tone="warn"] { --_tone: var(--_warn); }
.item[data-tone="bad"] { --_tone: var(--_bad); }
.head { display: grid; grid-template-columns: auto 1fr auto; gap: .2em .75em; align-items: start; padding: .7em .9em; }
.head .icon { width: 2.1em; height: 2.1em; color: var(--_tone); }
.verdict { font-size: 1.3em; font-weight: 700; color: var(--_tone); display: inline-block; }
.verdict:focus { outline-offset: 3px; }
.reason { margin-top: .1em; }
.skipped { color: var(--_unknown); font-weight: 600; font-size: .92em; margin-top: .1em; }
.skipped .icon { width: 1.05em; height: 1.05em; vertical-align: -.2em; margin-inline-end: .3em; }
.meta { color: var(--_muted); font-size: .9em; margin-top: .15em; }
.meta span + span::before { content: " · "; }
.toggle { align-self: center; }
.toggle .chev { width: 1em; height: 1em; transition: transform .15s; }
.toggle[aria-expanded="true"] .chev { transform: rotate(180deg); }
.body { padding: 0 .9em .9em; display: grid; gap: .9em; }
.body h4 { font-size: 1em; margin-bottom: .3em; }
.top dl + h4 { margin-top: .8em; }
.top { display: grid; grid-template-columns: 1fr auto; gap: .5em 1em; }
.badge-image { width: 6em; height: 6em; object-fit: contain; border-radius: .4em; border: 1px solid var(--_line); }
dl.facts { display: grid; grid-template-columns: minmax(8em, max-content) 1fr; gap: .2em 1em; margin: 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.tag { display: inline-block; font-size: .8em; font-weight: 600; padding: 0 .4em; border-radius: .3em; border: 1px solid currentColor; margin-inline-start: .1em; white-space: nowrap; }
.tag.self { color: var(--_warn); }
.tag.confirmed { color: var(--_ok); }
.note { color: var(--_muted); font-size: .9em; }
.note.block { display: block; }
table.annex { width: 100%; border-collapse: collapse; }
table.annex caption { text-align: left; font-weight: 700; padding-bottom: .3em; }
table.annex th, table.annex td { text-align: left; vertical-align: top; padding: .3em .5em .3em 0; border-top: 1px solid var(--_line); }
table.annex thead th { font-size: .85em; color: var(--_muted); font-weight: 600; border-top: 0; }
table.annex tbody th { font-weight: 600; width: 34%; }
table.annex .sig { white-space: nowrap; font-size: .9em; }
table.annex .sig .icon { width: 1em; height: 1em; vertical-align: -.15em; margin-inline-end: .2em; }
table.annex tr.missing td { color: var(--_muted); font-style: italic; }
table.annex .unsigned { color: var(--_warn); font-weight: 600; }
table.annex .signed { color: var(--_ok); }
.optional { color: var(--_muted); font-weight: 400; font-size: .85em; }
ul.checks, ul.unchecked, ol.advice { margin: 0; padding: 0; list-style: none; }
ul.checks li { display: grid; grid-template-columns: 1.3em 1fr; gap: 0 .5em; padding: .35em 0; border-top: 1px solid var(--_line); }
ul.checks li .icon, ul.unchecked li .icon { width: 1.3em; height: 1.3em; }
ul.checks li[data-outcome="pass"] { --_mark: var(--_ok); }
ul.checks li[data-outcome="fail"] { --_mark: var(--_bad); }
ul.checks li[data-outcome="warn"] { --_mark: var(--_warn); }
ul.checks li[data-outcome="not_checked"] { --_mark: var(--_unknown); }
ul.checks .icon { color: var(--_mark); }
.cname { font-weight: 600; }
.outcome { display: inline-block; margin-inline-start: .5em; font-size: .8em; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; color: var(--_mark); }
ul.checks .words, ul.checks .detail { grid-column: 2; }
.detail { color: var(--_muted); font-size: .85em; }
.detail code { margin-inline-start: .4em; font-size: .95em; white-space: nowrap; }
.unchecked-box { border: 1px solid var(--_unknown); border-radius: var(--_radius); padding: .6em .8em; }
ul.unchecked li { display: grid; grid-template-columns: 1.3em 1fr; gap: .1em .5em; padding: .2em 0; color: var(--_fg); }
ul.unchecked .icon { color: var(--_unknown); }
.advice-box { border: 2px solid var(--_accent); border-radius: var(--_radius); padding: .6em .8em; }
ol.advice li { padding: .35em 0; border-top: 1px solid var(--_line); }
ol.advice li:first-child { border-top: 0; }
ol.advice .what { font-weight: 600; }
.actions { display: flex; flex-wrap: wrap; gap: .5em; }
.copy-fallback { width: 100%; min-height: 8em; font-family: var(--keurmerk-mono, ui-monospace, monospace); font-size: .8em; }
.long-more { margin-inline-start: .35em; }
.icon { display: inline-block; flex: none; }
.icon .bg { fill: currentColor; }
.icon .fg { fill: none; stroke: #ffffff; stroke-width: 2.4; stroke-linecap: round; stroke-linejoin: round; }
.icon.plain .fg { stroke: currentColor; }
.print-only { display: none; }
@media (prefers-reduced-motion: reduce) { .toggle .chev { transition: none; } }
@media print {
  :host { font-size: 9pt; color: #000; background: #fff; line-height: 1.3; }
  ul.checks li[data-outcome="pass"] .detail { display: none; }
  .head { padding: .4em .7em; }
  .head .icon { width: 1.8em; height: 1.8em; }
  .drop, .intro, .paste, .progress, .notice, .results-head, .toggle, .actions, .copy-fallback, .long-more, .live { display: none !important; }
  :host([printing]) .item:not([data-print]) { display: none !important; }
  :host(:not([printing])) .item:not(.open) { display: none !important; }
  .item[data-print] .body, .item.open .body { display: grid !important; }
  .list { display: block; }
  .list > .item { content-visibility: visible; }
  .item { break-inside: avoid; border-color: #000; margin-bottom: 1em; }
  .body { gap: .5em; }
  .print-only { display: block; padding: .5em .7em 0; }
  .print-title { font-size: 12pt; font-weight: 700; }
  ul.checks li { padding: .15em 0; }
  table.annex th, table.annex td { padding: .15em .4em .15em 0; }
  .badge-image { width: 4.5em; height: 4.5em; }
}
`;

let sheet = null;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') node.textContent = v;
    else if (k === 'class') node.className = v;
    else if (k === 'on') for (const [type, fn] of Object.entries(v)) node.addEventListener(type, fn);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

function icon(kind, extraClass = '') {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', `icon ${extraClass}`.trim());
  if (!extraClass.includes('plain')) {
    const bg = document.createElementNS(SVG_NS, 'circle');
    bg.setAttribute('cx', '12');
    bg.setAttribute('cy', '12');
    bg.setAttribute('r', '11');
    bg.setAttribute('class', 'bg');
    svg.append(bg);
  }
  for (const d of ICON_PATHS[kind] ?? ICON_PATHS.question) {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', d);
    path.setAttribute('class', 'fg');
    svg.append(path);
  }
  return svg;
}

function chevron() {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'chev');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', 'M3.5 6l4.5 4.5L12.5 6');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '2');
  svg.append(path);
  return svg;
}

/** The language of a code like `nl-BE` as Keurmerk speaks it: `nl` or `en`. */
export function pickLang(code) {
  return String(code ?? '').toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

// Intl formatters are costly to build (about a millisecond each): one per kind and locale.
const formatters = new Map();
function formatter(kind, locale) {
  const key = `${kind} ${locale}`;
  if (!formatters.has(key)) {
    formatters.set(key, kind === 'n' ? new Intl.NumberFormat(locale)
      : new Intl.DateTimeFormat(locale, kind === 'dt' ? { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' }));
  }
  return formatters.get(key);
}

const splitList = (value) => String(value ?? '').split(/[\s,]+/).filter(Boolean);

/** Shortens hostile or long text for one line of plain text (the copied summary). */
function clip(text, max = 200) {
  const s = String(text ?? '').replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

let uid = 0;

const Base = globalThis.HTMLElement ?? class {};

export class KeurmerkVerifier extends Base {
  static get observedAttributes() {
    return ['trust-list', 'trust-anchors', 'lang', 'mode'];
  }

  #root;
  #parts = {};
  #worker = null;
  #jobs = new Map();
  #nextId = 1;
  #labels = null;
  #version = '';
  #words = new Map();
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
   * Optional `async (url, { kind }) => document | null`: called on the main thread for DID documents,
   * key documents and status lists a credential needs and nobody supplied; the file is then verified
   * again with what it returned. Without it the element fetches nothing.
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
      this.#worker?.terminate();
      this.#worker = null;
      this.#configPromise = null;
      for (const job of this.#jobs.values()) job.reject(new Error('keurmerk-verifier: removed from the page'));
      this.#jobs.clear();
    }, 0);
  }

  attributeChangedCallback(name, before, after) {
    if (before === after) return;
    if (name === 'lang') this.#langChanged();
    else if (name === 'mode') this.#rerender();
    else this.#reconfigure();
  }

  // ── words ───────────────────────────────────────────────────────────────────

  get #lang() { return this.#uiLang; }

  #langChanged() {
    const own = this.getAttribute('lang');
    const lang = pickLang(own || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || globalThis.navigator?.language);
    if (lang === this.#uiLang && this.#started) return;
    this.#uiLang = lang;
    this.#started = true;
    this.#parts.wrap.setAttribute('lang', lang);
    this.#applyStatic();
    this.#rerender();
  }

  #t(key, ...args) {
    const w = WORDS[this.#lang][key] ?? WORDS.en[key] ?? key;
    return typeof w === 'function' ? w(...args) : w;
  }

  #locale() { return this.#lang === 'nl' ? 'nl-NL' : 'en-GB'; }
  #num(n) { return formatter('n', this.#locale()).format(n); }
  #date(iso, withTime = true) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return String(iso);
    const midnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0;
    const timed = withTime && !midnight;
    return formatter(timed ? 'dt' : 'd', this.#locale()).format(d) + (timed ? ' UTC' : '');
  }
  #word(kind, name) {
    return this.#words.get(`${kind}:${name}`)?.[this.#lang] || WORDS[this.#lang].local?.[name] || '';
  }
  #headline(verdict) { return this.#word('verdict', verdict) || verdict; }

  // ── the static part of the element ──────────────────────────────────────────

  #build() {
    const p = this.#parts;
    p.notice = el('div', { class: 'notice', part: 'notice', role: 'alert', hidden: true });
    p.intro = el('p', { class: 'intro', part: 'intro' });
    p.dropTitle = el('p', { class: 'drop-title' });
    p.dropHint = el('p', { class: 'drop-hint' });
    p.file = el('input', { type: 'file', multiple: true, accept: '.json,.jsonld,.jwt,.jws,.txt,.png,.svg,application/json,image/png,image/svg+xml' });
    p.chooseText = el('span');
    p.choose = el('label', { class: 'button', part: 'button picker' }, p.chooseText, p.file);
    p.drop = el('div', { class: 'drop', part: 'drop' }, p.dropTitle, p.dropHint, p.choose);
    const pasteId = `km-paste-${++uid}`;
    p.pasteLabel = el('label', { for: pasteId });
    p.pasteBox = el('textarea', { id: pasteId, rows: 2, spellcheck: 'false', autocomplete: 'off', autocapitalize: 'off' });
    p.pasteButton = el('button', { type: 'button', class: 'button quiet', part: 'button' });
    p.paste = el('div', { class: 'paste', part: 'paste' }, p.pasteLabel, p.pasteBox, p.pasteButton);
    const progressId = `km-progress-${++uid}`;
    p.progressLabel = el('label', { for: progressId });
    p.progressBar = el('progress', { id: progressId, max: 1, value: 0 });
    p.progress = el('div', { class: 'progress', part: 'progress', hidden: true }, p.progressLabel, p.progressBar);
    p.live = el('p', { class: 'vh live', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    const resultsId = `km-results-${++uid}`;
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

  // ── configuration and the worker ────────────────────────────────────────────

  #ensureWorker() {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'keurmerk' });
    worker.addEventListener('message', (e) => this.#onMessage(e.data));
    worker.addEventListener('error', (e) => {
      e.preventDefault?.();
      this.#showNotice(this.#t('workerFailed'));
      for (const job of this.#jobs.values()) job.reject(new Error('keurmerk-verifier: the worker failed'));
      this.#jobs.clear();
      worker.terminate();
      if (this.#worker === worker) this.#worker = null; // the next attempt starts a new one
      this.#configPromise = null;
    });
    this.#worker = worker;
    return worker;
  }

  #onMessage(msg) {
    const job = this.#jobs.get(msg?.id);
    if (!job) return;
    if (msg.type === 'results') {
      for (const [key, words] of Object.entries(msg.words ?? {})) this.#words.set(key, words);
      job.onResults?.(msg.results);
    } else if (msg.type === 'config') {
      this.#labels = msg.labels;
      this.#version = msg.version;
      this.#jobs.delete(msg.id);
      job.resolve();
    } else if (msg.type === 'done') {
      this.#jobs.delete(msg.id);
      job.resolve();
    } else if (msg.type === 'error') {
      this.#jobs.delete(msg.id);
      job.reject(new Error(msg.message));
    }
  }

  #post(message, onResults) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#jobs.set(id, { resolve, reject, onResults });
      try {
        this.#ensureWorker().postMessage({ ...message, id });
      } catch (err) {
        this.#jobs.delete(id);
        reject(err);
      }
    });
  }

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
          trustLists: [...fromAttribute, ...this.#trustLists],
          trustAnchors: this.trustAnchors,
          lang: this.#lang,
        };
        if (this.#policy) config.policy = this.#policy;
        try {
          await this.#post({ type: 'config', config });
        } catch (err) {
          this.#showNotice(this.#t('configFailed', String(err?.message ?? err)));
          this.dispatchEvent(new CustomEvent('keurmerk-error', { bubbles: true, composed: true, detail: { message: String(err?.message ?? err) } }));
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
    const entries = inputs.map(({ name, data }) => ({ key: ++uid, name: String(name ?? ''), data, now, report: null, rounds: 0, node: null, open: false }));
    const batch = { total: entries.length, done: 0, start: performance.now(), byUser, entries, anchor: this.#parts.list.firstChild, first: null };
    this.#batches.add(batch);
    this.#items.unshift(...entries);
    this.#updateProgress();
    if (entries.length > 1) this.#announce(this.#t('verifyingMany', this.#num(entries.length)));
    const byKey = new Map(entries.map((e) => [e.key, e]));
    const retries = [];
    try {
      await this.#settled();
      await this.#post({ type: 'verify', now, items: entries.map((e) => ({ key: e.key, data: e.data })) }, (results) => {
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

  // Asks the host's resolver for what a report says was missing; resolves with the report of the
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
      await this.#post({ type: 'verify', now: entry.now, items: [{ key: entry.key, data: entry.data }] }, (results) => {
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
          if (typeof Response !== 'undefined' && doc instanceof Response) doc = doc.ok ? await doc.text() : null;
          if (doc === undefined || doc === null || doc === false) doc = null;
          else if (typeof doc !== 'string' && !(doc instanceof Uint8Array) && !(doc instanceof ArrayBuffer)) doc = JSON.stringify(doc);
          this.#resolved.set(url, doc);
          if (doc !== null) this.#reconfigure();
          return doc;
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
    for (const [entry, report] of pairs) {
      entry.report = report;
      entry.data = null; // the bytes are not needed any more
      entry.open = openAll;
      entry.node = this.#renderItem(entry);
      frag.append(entry.node);
      batch.done += 1;
      batch.first ??= entry;
      this.dispatchEvent(new CustomEvent('keurmerk-result', { bubbles: true, composed: true, detail: { name: entry.name, report } }));
    }
    // Each batch in file order, newer batches above older ones.
    const anchor = batch.anchor?.parentNode === this.#parts.list ? batch.anchor : null;
    this.#parts.list.insertBefore(frag, anchor);
    this.#parts.results.hidden = false;
    this.#updateProgress();
    this.#updateCounts();
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
    this.dispatchEvent(new CustomEvent('keurmerk-done', { bubbles: true, composed: true, detail: { count: shown.length, ms, verdicts: this.#tally(shown) } }));
    if (!shown.length) return;
    if (shown.length === 1) {
      this.#announce(this.#t('announceOne', this.#headline(shown[0].report.verdict), shown[0].name));
    } else {
      this.#announce(this.#t('announceMany', this.#num(shown.length), this.#tallyText(shown)));
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

  #tally(entries) {
    const t = {};
    for (const e of entries) if (e.report) t[e.report.verdict] = (t[e.report.verdict] ?? 0) + 1;
    return t;
  }

  #tallyText(entries) {
    const order = ['verified', 'issuer_unknown', 'indeterminate', 'invalid', 'revoked', 'suspended', 'expired', 'not_yet_valid', 'unreadable'];
    const t = this.#tally(entries);
    return order.filter((v) => t[v]).map((v) => `${this.#num(t[v])} × ${this.#headline(v)}`).join(', ');
  }

  #updateCounts() {
    const shown = this.#items.filter((e) => e.report);
    this.#parts.counts.textContent = shown.length ? `${this.#t('checkedCount', this.#num(shown.length))}: ${this.#tallyText(shown)}` : '';
    this.#parts.filter.hidden = shown.length < 2;
    this.#parts.list.classList.toggle('many', shown.length > MANY);
  }

  #rerender() {
    if (!this.#parts.list) return;
    this.#applyStatic();
    for (const entry of this.#items) {
      if (!entry.node) continue;
      const fresh = this.#renderItem(entry);
      entry.node.replaceWith(fresh);
      entry.node = fresh;
    }
  }

  // ── one result ──────────────────────────────────────────────────────────────

  #renderItem(entry) {
    const { report } = entry;
    const n = ++uid;
    const tone = TONE[report.verdict] ?? 'bad';
    const headingId = `km-v-${n}`;
    const bodyId = `km-b-${n}`;
    const item = el('li', { class: entry.open ? 'item open' : 'item', part: `result result-${tone}`, 'data-verdict': report.verdict, 'data-tone': tone });
    const verdict = el('h3', { class: 'verdict', id: headingId, tabindex: '-1', part: 'verdict', text: this.#headline(report.verdict) });
    const reasonCheck = decisive(report);
    const reason = reasonCheck ? el('p', { class: 'reason', text: this.#checkWords(reasonCheck) }) : null;
    const skipped = report.checks.filter((c) => c.outcome === 'not_checked' && c.code !== 'not_reached' && c !== reasonCheck);
    const unchecked = skipped.length
      ? el('p', { class: 'skipped' }, icon('question', 'plain'), `${this.#t('notCheckedLine')}: ${skipped.map((c) => this.#t(`check_${c.id}`)).join(', ')}`)
      : null;
    const meta = el('p', { class: 'meta' }, el('span', { class: 'file', text: entry.name }));
    const issuerName = displayIssuer(report.issuer, this.#lang);
    if (issuerName) meta.append(el('span', { class: 'who', text: clip(issuerName, 120) }));
    const title = report.descriptors?.title?.display?.[this.#lang] || report.credential?.name;
    if (title) meta.append(el('span', { class: 'title', text: clip(title, 120) }));
    const toggle = el('button', { type: 'button', class: 'button quiet toggle', part: 'button toggle', 'aria-expanded': String(entry.open), 'aria-controls': bodyId },
      this.#t('details'), el('span', { class: 'vh', text: `: ${entry.name}` }), chevron());
    const head = el('div', { class: 'head' }, icon(VERDICT_ICON[report.verdict] ?? 'cross'), el('div', {}, verdict, reason, unchecked, meta), toggle);
    const body = el('div', { class: 'body', id: bodyId, part: 'details', hidden: !entry.open });
    const article = el('article', { 'aria-labelledby': headingId }, head, body);
    entry.fill = () => {
      if (body.childElementCount) return;
      body.append(...this.#renderBody(entry));
      article.prepend(el('div', { class: 'print-only' },
        el('p', { class: 'print-title', text: this.#t('summaryTitle') }),
        el('p', { class: 'note', text: this.#t('summaryFooter', this.#version, this.#date(report.validity?.now ?? new Date().toISOString())) })));
    };
    if (entry.open) entry.fill();
    toggle.addEventListener('click', () => {
      entry.open = !entry.open;
      toggle.setAttribute('aria-expanded', String(entry.open));
      item.classList.toggle('open', entry.open);
      if (entry.open) entry.fill();
      body.hidden = !entry.open;
    });
    item.append(article);
    return item;
  }

  #checkWords(check) {
    return this.#word('code', check.code) || check.detail || check.code;
  }

  #renderBody(entry) {
    const { report } = entry;
    const lang = this.#lang;
    const out = [];

    // issuer and validity, and the badge image from the file itself
    const top = el('div', { class: 'top' });
    const facts = el('div');
    const issuer = report.issuer;
    if (issuer) {
      const dl = el('dl', { class: 'facts', part: 'issuer' });
      const fromList = issuer.name_source === 'trust_list';
      const shownName = displayIssuer(issuer, lang);
      const nameDd = el('dd', {}, shownName ? this.#long(shownName) : el('span', { class: 'note', text: this.#t('noName') }));
      if (fromList) nameDd.append(' ', el('span', { class: 'tag confirmed', text: this.#t('confirmedTag') }));
      else if (shownName) nameDd.append(' ', el('span', { class: 'tag self', text: this.#t('selfTag') }));
      if (!fromList && shownName) nameDd.append(el('span', { class: 'note block', text: this.#t('selfAsserted') }));
      dl.append(el('dt', { text: this.#t('name') }), nameDd);
      if (fromList && issuer.self_asserted_name && issuer.self_asserted_name !== shownName) {
        dl.append(el('dt', { text: this.#t('itCallsItself') }), el('dd', {}, this.#long(issuer.self_asserted_name), ' ', el('span', { class: 'tag self', text: this.#t('selfTag') })));
      }
      for (const t of issuer.trusted_by ?? []) {
        dl.append(el('dt', { text: this.#t('vouchedBy') }), el('dd', {}, this.#long(t.operator_name ? `${t.list} — ${t.operator_name}` : t.list)));
      }
      dl.append(el('dt', { text: this.#t('identifier') }), el('dd', { class: 'mono' }, this.#long(issuer.id)));
      if (issuer.country) dl.append(el('dt', { text: this.#t('country') }), el('dd', {}, this.#long(issuer.country)));
      if (issuer.homepage) dl.append(el('dt', { text: this.#t('homepage') }), el('dd', { class: 'mono' }, this.#long(issuer.homepage)));
      facts.append(el('h4', { text: this.#t('issuerTitle') }), dl);
    }
    if (report.validity) {
      const v = report.validity;
      const dl = el('dl', { class: 'facts', part: 'validity' },
        el('dt', { text: this.#t('validFrom') }), el('dd', { text: v.valid_from ? this.#date(v.valid_from) : this.#t('notStatedLower') }),
        el('dt', { text: this.#t('validUntil') }), el('dd', { text: v.valid_until ? this.#date(v.valid_until) : this.#t('noEnd') }),
        el('dt', { text: this.#t('checkedAt') }), el('dd', { text: this.#date(v.now) }));
      facts.append(el('h4', { text: this.#t('validityTitle') }), dl);
    }
    top.append(facts);
    const uri = report.image?.data_uri;
    if (typeof uri === 'string' && IMAGE_URI.test(uri)) {
      top.append(el('img', { class: 'badge-image', part: 'image', src: uri, alt: this.#t('image'), width: 96, height: 96, referrerpolicy: 'no-referrer' }));
    }
    if (facts.childElementCount || top.childElementCount > 1) out.push(top);

    // what could not be checked, and why
    const unchecked = report.checks.filter((c) => c.outcome === 'not_checked');
    if (unchecked.length) {
      const ul = el('ul', { class: 'unchecked' });
      for (const c of unchecked) {
        ul.append(el('li', {}, icon('question', 'plain'), el('span', {},
          el('strong', { text: `${this.#t(`check_${c.id}`)}: ` }), this.#checkWords(c))));
      }
      out.push(el('div', { class: 'unchecked-box', part: 'unchecked' }, el('h4', { text: this.#t('couldNotCheck') }), ul));
    }

    if (this.mode === 'learner') out.push(this.#renderAdvice(report));
    const table = this.#renderDescriptors(report);
    if (table) out.push(table);

    // every check, with its outcome in words
    const checks = el('ul', { class: 'checks', part: 'checks' });
    for (const c of report.checks) {
      const li = el('li', { 'data-outcome': c.outcome, 'data-code': c.code },
        icon(OUTCOME_ICON[c.outcome] ?? 'question'),
        el('p', {}, el('span', { class: 'cname', text: this.#t(`check_${c.id}`) }), el('span', { class: 'outcome', text: this.#t(`outcome_${c.outcome}`) })),
        el('p', { class: 'words', text: this.#checkWords(c) }));
      if (c.detail) li.append(el('p', { class: 'detail' }, this.#long(c.detail), el('code', { text: c.code })));
      checks.append(li);
    }
    out.push(el('section', { 'aria-label': this.#t('checksTitle') }, el('h4', { text: this.#t('checksTitle') }), checks));

    // copy and print
    const copy = el('button', { type: 'button', class: 'button quiet', part: 'button copy', text: this.#t('copy') });
    const print = el('button', { type: 'button', class: 'button quiet', part: 'button print', text: this.#t('print') });
    const actions = el('div', { class: 'actions', part: 'actions' }, copy, print);
    copy.addEventListener('click', () => this.#copy(entry, actions));
    print.addEventListener('click', () => this.#print(entry));
    out.push(actions);
    return out;
  }

  #renderDescriptors(report) {
    const L = this.#labels;
    if (!L || !report.descriptors) return null;
    const lang = this.#lang;
    const missing = new Set(report.annex_i?.missing ?? []);
    const rows = L.order.filter((k) => report.descriptors[k] || missing.has(k));
    if (!rows.length) return null;
    const tbody = el('tbody');
    for (const k of rows) {
      const d = report.descriptors[k];
      const label = el('th', { scope: 'row' }, L.elements[k]?.[lang] ?? k);
      if (!L.mandatory.includes(k)) label.append(' ', el('span', { class: 'optional', text: this.#t('optional') }));
      if (!d) {
        tbody.append(el('tr', { class: 'missing', 'data-element': k }, label, el('td', { colspan: 2, text: this.#t('notStated') })));
        continue;
      }
      let value = d.display?.[lang] || d.text || '';
      if (k === 'date_of_issue' && typeof d.value === 'string') value = this.#date(d.value, false);
      const sig = d.signed
        ? el('td', { class: 'sig signed' }, icon('check', ''), this.#t('signed'))
        : el('td', { class: 'sig unsigned' }, icon('exclaim', ''), this.#t('notSigned'));
      tbody.append(el('tr', { 'data-element': k, 'data-signed': String(Boolean(d.signed)) }, label, el('td', {}, this.#long(value)), sig));
    }
    return el('table', { class: 'annex', part: 'descriptors' },
      el('caption', { text: this.#t('annexTitle') }),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: this.#t('colElement') }), el('th', { scope: 'col', text: this.#t('colValue') }), el('th', { scope: 'col', text: this.#t('colSigned') }))),
      tbody);
  }

  #renderAdvice(report) {
    const lang = this.#lang;
    const A = ADVICE[lang];
    const L = this.#labels;
    const tips = [];
    const add = (what, how) => tips.push(el('li', {}, el('p', { class: 'what', text: what }), el('p', { text: how })));
    const verdictTip = A.verdict[report.verdict];
    if (verdictTip) add(this.#headline(report.verdict), verdictTip);
    for (const c of report.checks) {
      const tip = A.code[c.code];
      if (tip) add(this.#checkWords(c), tip);
    }
    for (const k of report.annex_i?.missing ?? []) {
      add(this.#t('missingElement', L?.elements[k]?.[lang] ?? k), A.element[k] ?? A.element.other);
    }
    const unsigned = Object.entries(report.descriptors ?? {}).filter(([, d]) => !d.signed).map(([k]) => L?.elements[k]?.[lang] ?? k);
    const signatureOk = report.checks.some((c) => c.code === 'signature_valid');
    if (unsigned.length && signatureOk) add(this.#t('unsignedElements', unsigned.join(', ')), A.unsigned);
    const box = el('div', { class: 'advice-box', part: 'advice' }, el('h4', { text: this.#t('adviceTitle') }));
    if (tips.length) box.append(el('ol', { class: 'advice' }, tips));
    else box.append(el('p', { text: this.#t('nothingMissing') }));
    return box;
  }

  // A long text (hostile or not) shows its start; the rest on request. Text only, always.
  #long(text) {
    const s = String(text ?? '');
    if (s.length <= LONG_TEXT + 40) return document.createTextNode(s);
    const span = el('span', {});
    const shown = document.createTextNode(`${s.slice(0, LONG_TEXT)}…`);
    const more = el('button', { type: 'button', class: 'link long-more', 'aria-expanded': 'false', text: this.#t('showAll', this.#num(s.length - LONG_TEXT)) });
    more.addEventListener('click', () => {
      const all = more.getAttribute('aria-expanded') !== 'true';
      shown.textContent = all ? s : `${s.slice(0, LONG_TEXT)}…`;
      more.setAttribute('aria-expanded', String(all));
      more.textContent = all ? this.#t('showLess') : this.#t('showAll', this.#num(s.length - LONG_TEXT));
    });
    span.append(shown, more);
    return span;
  }

  // ── copy and print ──────────────────────────────────────────────────────────

  /** The plain-text summary that "copy summary" puts on the clipboard. */
  summaryText(report, name = '') {
    const lang = this.#lang;
    const L = this.#labels;
    const lines = [];
    lines.push(`${this.#t('summaryTitle')} (Keurmerk ${this.#version})`);
    if (name) lines.push(`${this.#t('file')}: ${clip(name)}`);
    const reason = decisive(report);
    lines.push(`${this.#t('verdict')}: ${this.#headline(report.verdict)}${reason ? ` — ${this.#checkWords(reason)}` : ''}`);
    if (report.issuer) {
      const i = report.issuer;
      const shown = displayIssuer(i, lang);
      const how = i.name_source === 'trust_list'
        ? `${this.#t('confirmedTag')}: ${(i.trusted_by ?? []).map((t) => clip(t.list, 80)).join(', ')}`
        : this.#t('selfTag');
      lines.push(`${this.#t('issuer')}: ${clip(shown || i.id)} (${how}) — ${clip(i.id)}`);
    }
    const title = report.descriptors?.title?.display?.[lang] || report.credential?.name;
    if (title) lines.push(`${L?.elements.title?.[lang] ?? 'Title'}: ${clip(title)}`);
    if (report.validity) {
      const v = report.validity;
      lines.push(`${this.#t('validFrom')}: ${v.valid_from ? this.#date(v.valid_from) : '—'}; ${this.#t('validUntil')}: ${v.valid_until ? this.#date(v.valid_until) : this.#t('noEnd')}`);
    }
    if (L && report.descriptors) {
      lines.push(`${this.#t('annexTitle')}:`);
      for (const k of L.order) {
        const d = report.descriptors[k];
        if (d) lines.push(`  ${L.elements[k][lang]}: ${clip(d.display?.[lang] || d.text)}${d.signed ? '' : ` (${this.#t('notSigned').toLowerCase()})`}`);
        else if ((report.annex_i?.missing ?? []).includes(k)) lines.push(`  ${L.elements[k][lang]}: ${this.#t('notStated').toLowerCase()}`);
      }
    }
    lines.push(`${this.#t('checksTitle')}:`);
    for (const c of report.checks) {
      lines.push(`  [${this.#t(`outcome_${c.outcome}`)}] ${this.#t(`check_${c.id}`)}: ${this.#checkWords(c)}`);
    }
    if (report.validity?.now) lines.push(`${this.#t('checkedAt')}: ${this.#date(report.validity.now)}`);
    return lines.join('\n');
  }

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

// The check that decides the verdict, to say in one line why.
function decisive(report) {
  const cs = report.checks ?? [];
  const find = (p) => cs.find(p);
  switch (report.verdict) {
    case 'verified': return find((c) => c.id === 'trust' && c.outcome === 'pass');
    case 'issuer_unknown': return find((c) => c.id === 'trust');
    case 'revoked': case 'suspended': return find((c) => c.id === 'status' && c.outcome === 'fail');
    case 'expired': case 'not_yet_valid': return find((c) => c.id === 'validity' && c.outcome === 'fail');
    case 'indeterminate': return find((c) => c.outcome === 'fail') ?? find((c) => c.outcome === 'not_checked' && c.code !== 'not_reached');
    default: return find((c) => c.outcome === 'fail');
  }
}

// The issuer's name as the trust list gives it, else the credential's own (labelled by the caller).
function displayIssuer(issuer, lang) {
  if (!issuer) return '';
  if (issuer.name_source === 'trust_list') return issuer.names?.[lang] || issuer.names?.en || issuer.name || '';
  return issuer.name || '';
}

/** Registers the element as <keurmerk-verifier> (done on import; safe to call again). */
export function define(tag = TAG) {
  if (globalThis.customElements && !customElements.get(tag)) customElements.define(tag, tag === TAG ? KeurmerkVerifier : class extends KeurmerkVerifier {});
}

define();
