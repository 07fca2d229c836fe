// The demo page: drop, choose or paste credentials; each is verified locally and shown as a card.
// Credential content is hostile: it is only ever put into the page with textContent.
import { Verifier, headline, describe, labels } from '../pkg/index.js';

const MAX_FILE_BYTES = 4 * 1024 * 1024; // the core's MAX_INPUT_BYTES; larger files are refused unread

// Demo material made by scripts/make-demo.sh with the keurmerk CLI (fictional issuers).
const SAMPLES = [
  ['mbo-zorgtechnologie.json', { en: 'Dutch VET (MBO) micro-credential', nl: 'MBO-microcredential' }],
  ['hbo-data-analyse.json', { en: 'University of applied sciences (did:web)', nl: 'Hogeschool (did:web)' }],
  ['de-robotik.jwt', { en: 'German issuer, JWT', nl: 'Duitse uitgever, JWT' }],
  ['be-duurzaam-bouwen.json', { en: 'Belgian issuer', nl: 'Belgische uitgever' }],
  ['unknown-issuer.json', { en: 'Unknown issuer', nl: 'Onbekende uitgever' }],
  ['withdrawn-issuer.json', { en: 'Withdrawn issuer', nl: 'Ingetrokken uitgever' }],
  ['mbo-badge.png', { en: 'Baked PNG badge', nl: 'Badge-afbeelding (PNG)' }],
  ['mbo-revoked.json', { en: 'Revoked', nl: 'Ingetrokken' }],
  ['mbo-status-unknown.json', { en: 'Revocation not checkable', nl: 'Intrekking niet te controleren' }],
  ['mbo-tampered-level.json', { en: 'Level raised after signing', nl: 'Niveau achteraf verhoogd' }],
  ['mbo-expired.json', { en: 'Expired', nl: 'Verlopen' }],
];

const WORDS = {
  en: {
    tagline: 'Check a micro-credential in your browser. Nothing is uploaded.', language: 'Language',
    drop: 'Drop credential files here (.json, .jwt), or', choose: 'Choose files…',
    'paste-summary': '…or paste JSON or a JWT', 'paste-label': 'Credential text', verify: 'Verify',
    samples: 'Try a sample', footer: 'Verification runs entirely in this page (WebAssembly). Keurmerk never sends the credential anywhere.',
    title: 'Title', issuer: 'Issuer', selfAsserted: '(name as stated by the credential itself, not confirmed)',
    vouchedBy: 'Vouched for by', itCallsItself: 'The credential calls its issuer', badgeImage: 'Badge image from the file',
    annex: 'EU micro-credential elements', notSigned: '(not covered by the signature)', notStated: 'Not stated',
    validFrom: 'Valid from', validUntil: 'Valid until', checks: 'Checks', pasted: 'pasted text',
    tooLarge: 'File too large', verifying: 'Verifying…', done: 'Result:',
  },
  nl: {
    tagline: 'Controleer een microcredential in je browser. Er wordt niets geüpload.', language: 'Taal',
    drop: 'Sleep credentialbestanden hierheen (.json, .jwt), of', choose: 'Kies bestanden…',
    'paste-summary': '…of plak JSON of een JWT', 'paste-label': 'Tekst van het credential', verify: 'Controleer',
    samples: 'Probeer een voorbeeld', footer: 'De controle gebeurt helemaal in deze pagina (WebAssembly). Keurmerk stuurt het credential nergens heen.',
    title: 'Titel', issuer: 'Uitgever', selfAsserted: '(naam zoals het credential zelf zegt, niet bevestigd)',
    vouchedBy: 'Bevestigd door', itCallsItself: 'Het credential noemt de uitgever', badgeImage: 'Badge-afbeelding uit het bestand',
    annex: 'EU-kenmerken van het microcredential', notSigned: '(niet gedekt door de handtekening)', notStated: 'Niet vermeld',
    validFrom: 'Geldig vanaf', validUntil: 'Geldig tot', checks: 'Controles', pasted: 'geplakte tekst',
    tooLarge: 'Bestand te groot', verifying: 'Bezig met controleren…', done: 'Uitslag:',
  },
};

const ICONS = { verified: '✔', issuer_unknown: '?', indeterminate: '?', pass: '✓', fail: '✗', warn: '!', not_checked: '–' };

const $ = (sel) => document.querySelector(sel);
const el = (tag, attrs = {}, text) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
};

let lang = (navigator.language || 'en').toLowerCase().startsWith('nl') ? 'nl' : 'en';
const results = []; // [{ name, report }] kept so a language switch re-renders
// The host supplies trust lists (pinning the operator's key) and the documents verification may
// use offline — here the demo registry and ROC Voorbeeldstad's status list.
const demo = (name) => fetch(new URL(`demo/${name}`, import.meta.url));
const [demoList, demoOperator, statusDocs] = await Promise.all([
  demo('trust-list.json').then((r) => r.text()),
  demo('operator.json').then((r) => r.json()),
  demo('status-documents.json').then((r) => r.json()),
]);
const documents = Object.fromEntries(await Promise.all(
  Object.entries(statusDocs).map(async ([url, file]) => [url, await demo(file).then((r) => r.text())]),
));
const verifier = await Verifier.create({ trustLists: [demoList], trustAnchors: [demoOperator.publicKeyMultibase], documents, lang });
const fmt = (iso) => new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso)) + ' UTC';

function applyLanguage() {
  document.documentElement.lang = lang;
  $('#lang').value = lang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = WORDS[lang][node.dataset.i18n];
  const list = $('#sample-list');
  list.replaceChildren(...SAMPLES.map(([file, label]) => {
    const li = el('li');
    const b = el('button', { type: 'button', 'data-sample': file }, label[lang]);
    b.addEventListener('click', () => loadSample(file));
    li.append(b);
    return li;
  }));
  $('#results').replaceChildren(...results.map(render));
}

function render({ name, report }) {
  const w = WORDS[lang];
  const card = el('article', { class: 'card', 'data-verdict': report.verdict });
  const icon = ICONS[report.verdict] ?? '✗';
  const title = el('p', { class: 'verdict' });
  title.append(el('span', { class: 'icon', 'aria-hidden': 'true' }, icon), document.createTextNode(headline(report.verdict, lang)));
  card.append(title, el('p', { class: 'file' }, name));
  // A baked badge's picture, only ever from the file itself (a data: URI), never from a URL.
  const uri = report.image?.data_uri;
  if (typeof uri === 'string' && /^data:image\/(png|svg\+xml);base64,/.test(uri)) {
    card.append(el('img', { class: 'badge', src: uri, alt: w.badgeImage, width: '96', height: '96' }));
  }
  const facts = el('dl', { class: 'facts' });
  const fact = (label, value, extra) => {
    const dd = el('dd', {}, value);
    if (extra) dd.append(' ', el('span', { class: 'self-asserted' }, extra));
    facts.append(el('dt', {}, label), dd);
  };
  if (report.credential?.name) fact(w.title, report.credential.name);
  if (report.issuer) {
    const i = report.issuer;
    const name = i.name_source === 'trust_list' ? (i.names?.[lang] ?? i.name) : i.name;
    if (name) fact(w.issuer, `${name} — ${i.id}`, i.name_source === 'self_asserted' ? w.selfAsserted : '');
    else fact(w.issuer, i.id);
    for (const t of i.trusted_by ?? []) fact(w.vouchedBy, `${t.list} (${t.operator_name ?? t.operator})`);
    if (i.self_asserted_name) fact(w.itCallsItself, i.self_asserted_name);
  }
  if (report.validity?.valid_from) fact(w.validFrom, fmt(report.validity.valid_from));
  if (report.validity?.valid_until) fact(w.validUntil, fmt(report.validity.valid_until));
  if (facts.childElementCount) card.append(facts);
  // The EU Annex I elements, in Annex order, each marked when the signature does not cover it.
  const L = labels();
  const order = L.order;
  const stated = order.filter((k) => report.descriptors?.[k]);
  if (stated.length) {
    const eu = el('dl', { class: 'facts annex', 'aria-label': w.annex });
    for (const k of stated) {
      const d = report.descriptors[k];
      const dd = el('dd', {}, d.display?.[lang] ?? d.text);
      if (!d.signed) dd.append(' ', el('span', { class: 'self-asserted' }, w.notSigned));
      eu.append(el('dt', {}, L.elements[k][lang]), dd);
    }
    const missing = report.annex_i?.missing ?? [];
    if (missing.length) eu.append(el('dt', {}, w.notStated), el('dd', { class: 'self-asserted' }, missing.map((k) => L.elements[k][lang]).join(', ')));
    card.append(el('h3', { class: 'annex-title' }, w.annex), eu);
  }
  card.append(el('h3', { class: 'visually-hidden' }, w.checks));
  const checks = el('ul', { class: 'checks' });
  for (const c of report.checks) {
    const li = el('li', { 'data-outcome': c.outcome, 'data-code': c.code });
    li.append(el('span', { class: 'mark', 'aria-hidden': 'true' }, ICONS[c.outcome] ?? '·'));
    const words = el('span', { class: 'words' }, describe(c.code, lang) + ' ');
    words.append(el('code', {}, c.code));
    li.append(words);
    if (c.detail) li.append(el('span', { class: 'detail' }, c.detail));
    checks.append(li);
  }
  card.append(checks);
  return card;
}

function show(name, report) {
  results.unshift({ name, report });
  $('#results').prepend(render({ name, report }));
  $('#status').textContent = `${WORDS[lang].done} ${headline(report.verdict, lang)} (${name})`;
}

async function verifyFiles(files) {
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      show(file.name, { verdict: 'unreadable', checks: [{ id: 'intake', outcome: 'fail', code: 'input_too_large', detail: `${file.size} bytes` }] });
      continue;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    show(file.name, verifier.verify(bytes));
  }
}

async function loadSample(file) {
  const response = await fetch(new URL(`demo/${file}`, import.meta.url));
  show(file, verifier.verify(new Uint8Array(await response.arrayBuffer())));
}

const drop = $('#drop');
drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.toggleAttribute('dragover', true); });
drop.addEventListener('dragleave', () => drop.removeAttribute('dragover'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.removeAttribute('dragover');
  verifyFiles([...(e.dataTransfer?.files ?? [])]);
});
$('#file').addEventListener('change', (e) => {
  const input = e.currentTarget;
  verifyFiles([...input.files]).finally(() => { input.value = ''; });
});
$('#verify-paste').addEventListener('click', () => {
  const text = $('#paste').value.trim();
  if (text) show(WORDS[lang].pasted, verifier.verify(text));
});
$('#lang').addEventListener('change', (e) => { lang = e.currentTarget.value; applyLanguage(); });
applyLanguage();
document.body.dataset.ready = 'true';
