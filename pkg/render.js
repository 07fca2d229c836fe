// A report as the element shows it: one result (its head line and, on request, its details), the
// count by verdict, and the plain-text summary "Copy summary" copies. Everything here is a function
// of a report and a view (makeView below: the language, the words, the core's labels), so it needs
// no element; summaryText, tallyText and the tables need no DOM either.
//
// Credential text is hostile: it reaches the DOM only through el()'s `text`, text nodes and
// textContent (dom.js), never as markup, a link or an image URL. The one image shown is the report's
// data: URI of a baked badge, and only when it is base64 PNG or SVG.
import { el, icon, chevron, text, nextUid } from './dom.js';
import { detailLine, formatDate, formatNumber } from './intl-cache.js';
import { ADVICE, WORDS, say } from './keurmerk-words.js';
import { conceptLabel, elementLabel, tableWord } from './languages.js';
import { VERDICTS } from './verdicts.js';

const LONG_TEXT = 280; // characters shown of a longer text until the user asks for all of it
const IMAGE_URI = /^data:image\/(?:png|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;

/**
 * How each verdict looks: its tone (the colour of styles.js's `[data-tone]` and the part
 * `result-<tone>`) and the shape of its icon (dom.js), so that no verdict is told by colour alone.
 * Which verdicts there are, and their order, come from the core (verdicts.js, generated).
 */
export const VERDICT_LOOK = Object.freeze({
  unreadable: { tone: 'bad', icon: 'cross' },
  invalid: { tone: 'bad', icon: 'cross' },
  revoked: { tone: 'bad', icon: 'ban' },
  suspended: { tone: 'bad', icon: 'ban' },
  expired: { tone: 'bad', icon: 'clock' },
  not_yet_valid: { tone: 'bad', icon: 'clock' },
  indeterminate: { tone: 'unknown', icon: 'question' },
  issuer_unknown: { tone: 'warn', icon: 'exclaim' },
  verified: { tone: 'ok', icon: 'check' },
});
const UNKNOWN_VERDICT = Object.freeze({ tone: 'bad', icon: 'cross' });

/** The look of `verdict`; a verdict this table does not know looks like a failure. */
export function lookOf(verdict) {
  return Object.prototype.hasOwnProperty.call(VERDICT_LOOK, verdict) ? VERDICT_LOOK[verdict] : UNKNOWN_VERDICT;
}

/** The order verdicts are counted in: the core's precedence turned round, so the best comes first. */
export const COUNT_ORDER = Object.freeze([...VERDICTS].reverse());

const OUTCOME_ICON = { pass: 'check', fail: 'cross', warn: 'exclaim', not_checked: 'question' };

/**
 * What rendering needs from the element: its language, whether it is in learner mode, the core's
 * labels (the EU element names; null until the worker has answered) and version, and what a
 * result's "Copy summary" and "Print summary" buttons do. The words for codes and verdicts are
 * the language's table (languages.js: English always, the others once loaded).
 */
export function makeView({ lang = 'en', learner = false, labels = null, version = '', copy = () => {}, print = () => {}, recipient = async () => null } = {}) {
  return {
    lang, learner, labels, version, copy, print, recipient,
    /** The element's own words (keurmerk-words.js). */
    t: (key, ...args) => say(lang, key, ...args),
    /** The core's words for a `code` or a `verdict`; '' when not known. */
    // The element's own words for what it decides itself (a file the browser could not read), then
    // the language's table once loaded (languages.js), then English.
    word: (kind, name) => WORDS[lang]?.local?.[name] || tableWord(lang, kind, name) || tableWord('en', kind, name) || '',
    /** The name of an EU element in the view's language. */
    label: (k) => elementLabel(lang, k) || labels?.elements?.[k]?.[lang] || labels?.elements?.[k]?.en || k,
    /** A descriptor's value in words: the core's display text, a controlled value's label, else as stated. */
    display: (d, k) => (typeof d?.display?.[lang] === 'string' && d.display[lang])
      || (typeof d?.value?.concept === 'string' && conceptLabel(lang, k, d.value.concept))
      || (typeof d?.display?.en === 'string' && d.display.en) || d?.text || '',
    /** After a label: ':', in French with a no-break space before it. */
    colon: lang === 'fr' ? '\u00a0:' : ':',
    num: (n) => formatNumber(n, lang),
    date: (iso, withTime = true) => formatDate(iso, lang, withTime),
    /** A check's detail line: its facts in the view's language (numbers and dates through Intl), else the English `detail`. */
    detail: (c) => detailLine(c, lang),
  };
}

/** A verdict in words. */
export function headline(view, verdict) {
  return view.word('verdict', verdict) || verdict;
}

/** A check in words: the core's words for its code, else its facts, else its code. */
export function checkWords(view, check) {
  return view.word('code', check.code) || check.detail || check.code;
}

/** The check that decided the verdict (`report.deciding`, set by the core), or null. */
export function decidingCheck(report) {
  const i = report?.deciding;
  return Number.isInteger(i) ? report.checks?.[i] ?? null : null;
}

/**
 * What the core says of a format it recognises and does not verify (`check.named`), in the view's
 * language: `{ what, instead }`, or null when the check names none.
 */
export function namedWords(view, check) {
  const n = check?.named;
  if (!n || typeof n !== 'object') return null;
  const pick = (w) => (typeof w?.[view.lang] === 'string' && w[view.lang]) || (typeof w?.en === 'string' ? w.en : '');
  const what = pick(n.what);
  const instead = pick(n.instead);
  return what || instead ? { what, instead } : null;
}

/** The one-line reason for a verdict: what the deciding check names, else its words; '' without one. */
export function reasonWords(view, check) {
  if (!check) return '';
  return namedWords(view, check)?.what || checkWords(view, check);
}

/** The issuer's name as the trust list gives it, else the credential's own (labelled by the caller). */
export function displayIssuer(issuer, lang) {
  if (!issuer) return '';
  if (issuer.name_source === 'trust_list') return issuer.names?.[lang] || issuer.names?.en || issuer.name || '';
  return issuer.name || '';
}

/** Shortens hostile or long text for one line of plain text (the copied summary, the head line). */
export function clip(value, max = 200) {
  // Line breaks, tabs and runs of spaces become one space; a no-break space (French ' :') stays.
  const s = String(value ?? '').replace(/[^\S\u00a0\u202f]+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** How many reports have each verdict: `{ verified: 990, invalid: 10 }`. */
export function tally(reports) {
  const t = {};
  for (const r of reports) if (r) t[r.verdict] = (t[r.verdict] ?? 0) + 1;
  return t;
}

/** The count by verdict in words, best first: "6 × Verified, 1 × Invalid". */
export function tallyText(view, reports) {
  const t = tally(reports);
  return COUNT_ORDER.filter((v) => t[v]).map((v) => `${view.num(t[v])} × ${headline(view, v)}`).join(', ');
}

// ── one result ──────────────────────────────────────────────────────────────────

/**
 * One result as a list item: the verdict with its icon and reason (and, for a format Keurmerk names
 * and does not verify, what the recruiter could do instead), the file, issuer and title, the
 * credentials of a presentation, and a "Details" button. The details are built when first opened
 * (`entry.fill()`, set here), so a batch of a thousand lays out a thousand head lines only.
 * `entry`: `{ name, report, open }`. With `view.nested` (a credential inside a presentation) the
 * item is smaller, has no copy, print or presentation of its own: one level deep.
 */
export function renderItem(view, entry) {
  const { report } = entry;
  const nested = Boolean(view.nested);
  const n = nextUid();
  const { tone, icon: shape } = lookOf(report.verdict);
  const headingId = `km-v-${n}`;
  const bodyId = `km-b-${n}`;
  const item = el('li', {
    class: `item${nested ? ' nested' : ''}${entry.open ? ' open' : ''}`,
    part: nested ? `presented presented-${tone}` : `result result-${tone}`,
    'data-verdict': report.verdict,
    'data-tone': tone,
  });
  const verdict = el(nested ? 'h5' : 'h3', { class: 'verdict', id: headingId, tabindex: '-1', part: 'verdict', text: headline(view, report.verdict) });
  const reasonCheck = decidingCheck(report);
  const named = namedWords(view, reasonCheck);
  const reason = reasonCheck ? el('p', { class: named?.what ? 'reason named' : 'reason', text: reasonWords(view, reasonCheck) }) : null;
  const instead = named?.instead ? insteadLine(view, named.instead) : null;
  const skipped = report.checks.filter((c) => c.outcome === 'not_checked' && c.code !== 'not_reached' && c !== reasonCheck);
  const unchecked = skipped.length
    ? el('p', { class: 'skipped' }, icon('question', 'plain'), `${view.t('notCheckedLine')}${view.colon} ${skipped.map((c) => view.t(`check_${c.id}`)).join(', ')}`)
    : null;
  const atIssuer = issuerLink(view, report);
  const meta = el('p', { class: 'meta' }, el('span', { class: 'file', text: entry.name }));
  const issuerName = displayIssuer(report.issuer, view.lang);
  if (issuerName) meta.append(el('span', { class: 'who', text: clip(issuerName, 120) }));
  else if (nested && report.issuer?.id) meta.append(el('span', { class: 'who mono', text: clip(report.issuer.id, 120) }));
  const title = titleOf(view, report);
  if (title) meta.append(el('span', { class: 'title', text: clip(title, 120) }));
  const toggle = el('button', { type: 'button', class: 'button quiet toggle', part: 'button toggle', 'aria-expanded': String(entry.open), 'aria-controls': bodyId },
    view.t('details'), el('span', { class: 'vh', text: `: ${entry.name}` }), chevron());
  const head = el('div', { class: 'head' }, icon(shape), el('div', {}, verdict, reason, instead, atIssuer, unchecked, meta), toggle);
  const presented = nested ? null : renderPresentation(view, report);
  const body = el('div', { class: 'body', id: bodyId, part: 'details', hidden: !entry.open });
  const article = el('article', { 'aria-labelledby': headingId }, head, presented, body);
  entry.fill = () => {
    if (body.childElementCount) return;
    body.append(...renderBody(view, entry));
    if (nested) return;
    article.prepend(el('div', { class: 'print-only' },
      el('p', { class: 'print-title', text: view.t('summaryTitle') }),
      el('p', { class: 'note', text: view.t('summaryFooter', view.version, view.date(report.validity?.now ?? new Date().toISOString())) })));
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

// The heading of a part of the details: h4 under a result's h3, h6 under a presented credential's h5.
function sub(view) {
  return view.nested ? 'h6' : 'h4';
}

// The title as the EU descriptors give it in the view's language, else the credential's own name.
function titleOf(view, report) {
  return (report.descriptors?.title && view.display(report.descriptors.title, 'title')) || report.credential?.name || '';
}

// What the recruiter could do instead (`named.instead`): its own line, labelled.
function insteadLine(view, words) {
  return el('p', { class: 'instead' }, el('span', { class: 'instead-label', text: `${view.t('instead')}${view.colon} ` }), text(words));
}

/**
 * A presentation (`report.presentation`): who hands it over, as stated, and each credential inside
 * as a smaller result of its own (the same verdict words and tones), with its own details; then how
 * many entries were not opened. Null for a report that is no presentation.
 */
export function renderPresentation(view, report) {
  const p = report.presentation;
  if (!p || typeof p !== 'object') return null;
  const { t } = view;
  const inner = { ...view, nested: true };
  const credentials = Array.isArray(p.credentials) ? p.credentials.filter((r) => r && Array.isArray(r.checks)) : [];
  const holder = el('dd', {});
  if (p.holder) {
    holder.append(longText(view, p.holder), ' ', el('span', { class: 'tag self', text: t('selfTag') }));
  } else {
    holder.append(el('span', { class: 'note', text: t('noHolder') }));
  }
  holder.append(el('span', { class: 'note block', text: p.signatureChecked ? t('holderStated') : t('holderUnchecked') }));
  const section = el('section', { class: 'presented', part: 'presentation', 'aria-label': t('presentedTitle') },
    el('dl', { class: 'facts holder' }, el('dt', { text: t('holder') }), holder),
    el('h4', { text: t('presentedTitle') }));
  if (credentials.length) {
    const list = el('ol', { class: 'presented-list' });
    credentials.forEach((r, i) => {
      list.append(renderItem(inner, { name: t('presentedItem', view.num(i + 1), view.num(credentials.length)), report: r, open: false }));
    });
    section.append(list);
  } else {
    section.append(el('p', { class: 'note', text: t('presentedNone') }));
  }
  const notOpened = Number.isInteger(p.notOpened) && p.notOpened > 0 ? p.notOpened : 0;
  if (notOpened) section.append(el('p', { class: 'not-opened' }, icon('question', 'plain'), t('notOpened', notOpened, view.num(notOpened))));
  return section;
}

// A hosted Open Badge not confirmed here: a link to where the issuer confirms it, for the recruiter
// to open (Keurmerk never fetches it). Only an http(s) URL the check names as wanted.
function issuerLink(view, report) {
  const check = report.checks.find((c) => c.code === 'hosted_not_checked');
  const url = check?.wants?.url;
  if (typeof url !== 'string' || !/^https?:\/\/[^\s]+$/.test(url) || url.length > 2048) return null;
  let host;
  try { host = new URL(url).host; } catch { return null; }
  return el('p', { class: 'at-issuer' },
    el('a', { href: url, target: '_blank', rel: 'noopener noreferrer nofollow', referrerpolicy: 'no-referrer', part: 'issuer-link', text: view.t('checkAtIssuer', host) }));
}

// An Open Badges 2.0 recipient: the issuer's salted hash of an email address, checked against an
// address the recruiter types, in the worker (view.recipient); the address goes nowhere.
function renderRecipient(view, recipient) {
  const { t } = view;
  const dd = el('dd', {});
  if (!recipient.hashed) {
    dd.append(longText(view, recipient.identity));
    return dd;
  }
  dd.append(el('span', { class: 'note block', text: t('recipientHashed') }));
  const input = el('input', { type: 'email', autocomplete: 'off', spellcheck: 'false', 'aria-label': t('recipientLabel'), part: 'recipient-input' });
  const button = el('button', { type: 'button', class: 'button quiet', part: 'button recipient', text: t('recipientCheck') });
  const answer = el('p', { class: 'recipient-answer', role: 'status', 'aria-live': 'polite' });
  const check = async () => {
    const typed = input.value.trim();
    if (!typed) return;
    let yes = null;
    try { yes = await view.recipient(recipient, typed); } catch { yes = null; }
    answer.dataset.answer = String(yes);
    answer.textContent = yes === true ? t('recipientYes', typed) : yes === false ? t('recipientNo', typed) : t('recipientUnknown');
  };
  button.addEventListener('click', check);
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter') check(); });
  dd.append(el('span', { class: 'recipient-form' }, input, button), answer);
  return dd;
}

function renderBody(view, entry) {
  const { report } = entry;
  const { lang, t } = view;
  const out = [];

  // issuer and validity, and the badge image from the file itself
  const top = el('div', { class: 'top' });
  const facts = el('div');
  const issuer = report.issuer;
  if (issuer) {
    const dl = el('dl', { class: 'facts', part: 'issuer' });
    const fromList = issuer.name_source === 'trust_list';
    const shownName = displayIssuer(issuer, lang);
    // A did:key / did:jwk issuer *is* a key: say so, with the key's type, rather than only "no name".
    const keyOnly = /^did:(key|jwk):/.test(issuer.id ?? '');
    const keyType = (report.signatures ?? []).find((sg) => sg.keyType)?.keyType;
    const noName = keyOnly ? t('keyOnly', keyType ?? '') : t('noName');
    const nameDd = el('dd', {}, shownName ? longText(view, shownName) : el('span', { class: 'note', text: noName }));
    if (fromList) nameDd.append(' ', el('span', { class: 'tag confirmed', text: t('confirmedTag') }));
    else if (shownName) nameDd.append(' ', el('span', { class: 'tag self', text: t('selfTag') }));
    if (!fromList && shownName) nameDd.append(el('span', { class: 'note block', text: t('selfAsserted') }));
    dl.append(el('dt', { text: t('name') }), nameDd);
    if (fromList && issuer.self_asserted_name && issuer.self_asserted_name !== shownName) {
      dl.append(el('dt', { text: t('itCallsItself') }), el('dd', {}, longText(view, issuer.self_asserted_name), ' ', el('span', { class: 'tag self', text: t('selfTag') })));
    }
    for (const v of issuer.trusted_by ?? []) {
      const dd = el('dd', {}, longText(view, v.operator_name ? `${v.list} — ${v.operator_name}` : v.list));
      // Where the list's entry comes from, statement by statement, in the reader's language.
      for (const e of v.evidence ?? []) {
        if (!e || typeof e.source !== 'string') continue;
        const str = (x) => (typeof x === 'string' ? x : undefined);
        const parts = [t('evidence', str(e.kind) ?? 'listed', e.source, str(e.body))];
        if (Array.isArray(e.levels) && e.levels.length) parts.push(t('evidenceLevels', str(e.framework) ?? 'EQF', e.levels.join(', ')));
        if (str(e.validUntil)) parts.push(t('evidenceUntil', e.validUntil.slice(0, 4)));
        else if (str(e.validFrom)) parts.push(t('evidenceSince', e.validFrom.slice(0, 4)));
        if (str(e.retrieved)) parts.push(t('evidenceRead', view.date(e.retrieved, false)));
        dd.append(el('span', { class: 'note block', part: 'evidence', text: parts.join(' ') }));
      }
      dl.append(el('dt', { text: t('vouchedBy') }), dd);
    }
    dl.append(el('dt', { text: t('identifier') }), el('dd', { class: 'mono' }, longText(view, issuer.id)));
    if (issuer.country) dl.append(el('dt', { text: t('country') }), el('dd', {}, longText(view, issuer.country)));
    if (issuer.homepage) dl.append(el('dt', { text: t('homepage') }), el('dd', { class: 'mono' }, longText(view, issuer.homepage)));
    // An x5c chain, as its certificates name themselves: shown, never trusted by itself.
    for (const sg of report.signatures ?? []) {
      if (!sg.certificates?.length) continue;
      const dd = el('dd', {});
      sg.certificates.forEach((c, i) => dd.append(i ? el('br') : '', longText(view, `${i ? '↳ ' : ''}${c.subject}`)));
      if (sg.selfAsserted) dd.append(' ', el('span', { class: 'tag self', text: t('chainUnpinned') }));
      dl.append(el('dt', { text: t('certificates') }), dd);
    }
    // An SD-JWT: what the holder chose to show, and how much they kept back.
    const sd = report.disclosure;
    if (sd) {
      const names = sd.disclosed.map((p) => p.slice(1).replace(/~1/g, '/').replace(/~0/g, '~'));
      const dd = el('dd', {}, longText(view, names.length ? names.join(', ') : t('nothingDisclosed')));
      dd.append(' ', el('span', { class: 'note', text: t('withheld', view.num(sd.withheld)) }));
      dl.append(el('dt', { text: t('disclosed') }), dd);
      // The holder's key binding as stated: for whom and when they presented it (shown, not enforced).
      const kb = sd.keyBinding;
      if (kb && typeof kb === 'object') {
        const when = typeof kb.iat === 'number' ? view.date(new Date(kb.iat * 1000).toISOString()) : '';
        const parts = [typeof kb.aud === 'string' ? t('presentedTo', kb.aud) : '', when, typeof kb.nonce === 'string' ? `nonce ${kb.nonce}` : ''];
        dl.append(el('dt', { text: t('keyBinding') }), el('dd', {}, longText(view, parts.filter(Boolean).join(' · '))));
      }
    }
    if (report.recipient) dl.append(el('dt', { text: t('recipientTitle') }), renderRecipient(view, report.recipient));
    // A sealed Europass credential: who sealed it, as the seal's certificate names them, what kind of
    // seal it is, and when it says it was sealed (the sealer's own claim unless a timestamp proves it).
    const seal = report.seal;
    if (seal && typeof seal === 'object') {
      const sub = seal.subject ?? {};
      const who = [sub.organisation, sub.country ? `(${sub.country})` : ''].filter(Boolean).join(' ');
      const dd = el('dd', {}, longText(view, who || sub.commonName || ''));
      if (sub.organisationIdentifier) dd.append(el('br'), el('span', { class: 'mono' }, longText(view, sub.organisationIdentifier)));
      dd.append(el('span', { class: 'note block', text: t('sealFromCertificate') }));
      dl.append(el('dt', { text: t('sealedBy') }), dd);
      const level = { qualified: t('sealQualified'), advanced_qualified_certificate: t('sealAdvancedQualified'), advanced: t('sealAdvanced') }[seal.level];
      if (level) dl.append(el('dt', { text: t('sealKind') }), el('dd', { text: level }));
      if (typeof seal.signingTime === 'string') {
        const claim = seal.signingTimeSource === 'sigT' ? t('sealTimeClaimed') : '';
        dl.append(el('dt', { text: t('sealTime') }), el('dd', {}, view.date(seal.signingTime), claim ? el('span', { class: 'note block', text: claim }) : ''));
      }
      // The signature timestamp: who stamped it, and whether that proves the time (a qualified
      // time-stamping service on a loaded list); then the trust service that issued the certificate.
      const stamp = seal.timestamp;
      if (stamp && typeof stamp === 'object') {
        const dd = stamp.verified && typeof stamp.time === 'string'
          ? el('dd', {}, view.date(stamp.time), ' ', longText(view, t('sealStampBy', String(stamp.authority ?? ''))),
            el('span', { class: 'note block', text: t(stamp.qualified ? 'sealStampQualified' : 'sealStampNotQualified') }))
          : el('dd', { text: t('sealStampInvalid') });
        dl.append(el('dt', { text: t('sealStamp') }), dd);
      }
      const by = seal.issuedBy;
      if (by && typeof by === 'object') {
        const statuses = t('sealServiceStatus');
        const status = statuses && Object.hasOwn(statuses, by.status) ? statuses[by.status] : String(by.status ?? '');
        const dd = el('dd', {}, longText(view, String(by.service ?? '')), el('br'), longText(view, String(by.provider ?? '')),
          el('span', { class: 'note block', text: t('sealIssuedByList', String(by.country ?? ''), String(by.listSequence ?? ''), view.date(String(by.listIssued ?? ''), false)) }),
          el('span', { class: 'note block', text: t('sealStatusAt', status, view.date(String(by.statusAt ?? ''))) }));
        dl.append(el('dt', { text: t('sealIssuedBy') }), dd);
      }
    }
    facts.append(el(sub(view), { text: t('issuerTitle') }), dl);
  }
  if (report.validity) {
    const v = report.validity;
    const dl = el('dl', { class: 'facts', part: 'validity' },
      el('dt', { text: t('validFrom') }), el('dd', { text: v.valid_from ? view.date(v.valid_from) : t('notStatedLower') }),
      el('dt', { text: t('validUntil') }), el('dd', { text: v.valid_until ? view.date(v.valid_until) : t('noEnd') }),
      el('dt', { text: t('checkedAt') }), el('dd', { text: view.date(v.now) }));
    facts.append(el(sub(view), { text: t('validityTitle') }), dl);
  }
  top.append(facts);
  const uri = report.image?.data_uri;
  if (typeof uri === 'string' && IMAGE_URI.test(uri)) {
    top.append(el('img', { class: 'badge-image', part: 'image', src: uri, alt: t('image'), width: 96, height: 96, referrerpolicy: 'no-referrer' }));
  }
  if (facts.childElementCount || top.childElementCount > 1) out.push(top);

  // what could not be checked, and why
  const unchecked = report.checks.filter((c) => c.outcome === 'not_checked');
  if (unchecked.length) {
    const ul = el('ul', { class: 'unchecked' });
    for (const c of unchecked) {
      ul.append(el('li', {}, icon('question', 'plain'), el('span', {},
        el('strong', { text: `${t(`check_${c.id}`)}${view.colon} ` }), reasonWords(view, c))));
    }
    out.push(el('div', { class: 'unchecked-box', part: 'unchecked' }, el(sub(view), { text: t('couldNotCheck') }), ul));
  }

  if (view.learner) out.push(renderAdvice(view, report));
  const table = renderDescriptors(view, report);
  if (table) out.push(table);

  // every check, with its outcome in words
  const checks = el('ul', { class: 'checks', part: 'checks' });
  for (const c of report.checks) {
    const li = el('li', { 'data-outcome': c.outcome, 'data-code': c.code },
      icon(OUTCOME_ICON[c.outcome] ?? 'question'),
      el('p', {}, el('span', { class: 'cname', text: t(`check_${c.id}`) }), el('span', { class: 'outcome', text: t(`outcome_${c.outcome}`) })),
      el('p', { class: 'words', text: checkWords(view, c) }));
    const named = namedWords(view, c);
    if (named?.what) li.append(el('p', { class: 'named', text: named.what }));
    if (named?.instead) li.append(insteadLine(view, named.instead));
    const detail = view.detail(c);
    if (detail) li.append(el('p', { class: 'detail' }, longText(view, detail), el('code', { text: c.code })));
    checks.append(li);
  }
  out.push(el('section', { 'aria-label': t('checksTitle') }, el(sub(view), { text: t('checksTitle') }), checks));

  // copy and print (a credential inside a presentation is copied and printed with it)
  if (view.nested) return out;
  const copy = el('button', { type: 'button', class: 'button quiet', part: 'button copy', text: t('copy') });
  const print = el('button', { type: 'button', class: 'button quiet', part: 'button print', text: t('print') });
  const actions = el('div', { class: 'actions', part: 'actions' }, copy, print);
  copy.addEventListener('click', () => view.copy(entry, actions));
  print.addEventListener('click', () => view.print(entry));
  out.push(actions);
  return out;
}

function renderDescriptors(view, report) {
  const L = view.labels;
  if (!L || !report.descriptors) return null;
  const { lang, t } = view;
  const missing = new Set(report.annex_i?.missing ?? []);
  const rows = L.order.filter((k) => report.descriptors[k] || missing.has(k));
  if (!rows.length) return null;
  const tbody = el('tbody');
  // Not covered by a signature that verified, or no verified signature at all (failed or not checked).
  const verified = report.checks.some((c) => c.code === 'signature_valid');
  for (const k of rows) {
    const d = report.descriptors[k];
    const label = el('th', { scope: 'row' }, view.label(k));
    if (!L.mandatory.includes(k)) label.append(' ', el('span', { class: 'optional', text: t('optional') }));
    if (!d) {
      tbody.append(el('tr', { class: 'missing', 'data-element': k }, label, el('td', { colspan: 2, text: t('notStated') })));
      continue;
    }
    let value = view.display(d, k);
    if (k === 'date_of_issue' && typeof d.value === 'string') value = view.date(d.value, false);
    // An SD-JWT claim the holder chose to show: signed by the issuer, disclosed by the holder.
    const sig = d.signed
      ? el('td', { class: 'sig signed' }, icon('check', ''), t('signed'), d.disclosed ? el('span', { class: 'note block', text: t('disclosedByHolder') }) : '')
      : verified
        ? el('td', { class: 'sig unsigned' }, icon('exclaim', ''), t('notSigned'))
        : el('td', { class: 'sig unconfirmed' }, icon('exclaim', ''), t('notConfirmed'));
    tbody.append(el('tr', { 'data-element': k, 'data-signed': String(Boolean(d.signed)) }, label, el('td', {}, longText(view, value)), sig));
  }
  return el('table', { class: 'annex', part: 'descriptors' },
    el('caption', { text: t('annexTitle') }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: t('colElement') }), el('th', { scope: 'col', text: t('colValue') }), el('th', { scope: 'col', text: t('colSigned') }))),
    tbody);
}

function renderAdvice(view, report) {
  const { lang, t } = view;
  const A = ADVICE[lang] ?? ADVICE.en;
  const L = view.labels;
  const tips = [];
  const add = (what, how) => tips.push(el('li', {}, el('p', { class: 'what', text: what }), el('p', { text: how })));
  const verdictTip = A.verdict[report.verdict];
  if (verdictTip) add(headline(view, report.verdict), verdictTip);
  for (const c of report.checks) {
    const tip = A.code[c.code];
    if (tip) add(checkWords(view, c), tip);
  }
  for (const k of report.annex_i?.missing ?? []) {
    add(t('missingElement', view.label(k)), A.element[k] ?? A.element.other);
  }
  const unsigned = Object.entries(report.descriptors ?? {}).filter(([, d]) => !d.signed).map(([k]) => view.label(k));
  const signatureOk = report.checks.some((c) => c.code === 'signature_valid');
  if (unsigned.length && signatureOk) add(t('unsignedElements', unsigned.join(', ')), A.unsigned);
  const box = el('div', { class: 'advice-box', part: 'advice' }, el(sub(view), { text: t('adviceTitle') }));
  if (tips.length) box.append(el('ol', { class: 'advice' }, tips));
  else box.append(el('p', { text: t('nothingMissing') }));
  return box;
}

/** A long text (hostile or not) shows its start, the rest on request. Text only, always. */
export function longText(view, value) {
  const s = String(value ?? '');
  if (s.length <= LONG_TEXT + 40) return text(s);
  const span = el('span', {});
  const shown = text(`${s.slice(0, LONG_TEXT)}…`);
  const more = el('button', { type: 'button', class: 'link long-more', 'aria-expanded': 'false', text: view.t('showAll', view.num(s.length - LONG_TEXT)) });
  more.addEventListener('click', () => {
    const all = more.getAttribute('aria-expanded') !== 'true';
    shown.textContent = all ? s : `${s.slice(0, LONG_TEXT)}…`;
    more.setAttribute('aria-expanded', String(all));
    more.textContent = all ? view.t('showLess') : view.t('showAll', view.num(s.length - LONG_TEXT));
  });
  span.append(shown, more);
  return span;
}

// ── the copied summary ──────────────────────────────────────────────────────────

/** The plain-text summary that "Copy summary" puts on the clipboard. */
export function summaryText(view, report, name = '') {
  const { lang, t } = view;
  const L = view.labels;
  const lines = [];
  lines.push(`${t('summaryTitle')} (Keurmerk ${view.version})`);
  if (name) lines.push(`${t('file')}${view.colon} ${clip(name)}`);
  const reason = decidingCheck(report);
  lines.push(`${t('verdict')}${view.colon} ${headline(view, report.verdict)}${reason ? ` — ${clip(reasonWords(view, reason), 400)}` : ''}`);
  const named = namedWords(view, reason);
  if (named?.instead) lines.push(`${t('instead')}${view.colon} ${clip(named.instead, 400)}`);
  if (report.issuer) {
    const i = report.issuer;
    const shown = displayIssuer(i, lang);
    const how = i.name_source === 'trust_list'
      ? `${t('confirmedTag')}${view.colon} ${(i.trusted_by ?? []).map((v) => clip(v.list, 80)).join(', ')}`
      : t('selfTag');
    lines.push(`${t('issuer')}${view.colon} ${clip(shown || i.id)} (${how}) — ${clip(i.id)}`);
  }
  const title = (report.descriptors?.title && view.display(report.descriptors.title, 'title')) || report.credential?.name;
  if (title) lines.push(`${view.label('title')}${view.colon} ${clip(title)}`);
  if (report.validity) {
    const v = report.validity;
    lines.push(`${t('validFrom')}${view.colon} ${v.valid_from ? view.date(v.valid_from) : '—'}; ${t('validUntil')}${view.colon} ${v.valid_until ? view.date(v.valid_until) : t('noEnd')}`);
  }
  if (L && report.descriptors) {
    lines.push(`${t('annexTitle')}${view.colon}`);
    for (const k of L.order) {
      const d = report.descriptors[k];
      if (d) lines.push(`  ${view.label(k)}${view.colon} ${clip(view.display(d, k))}${d.signed ? '' : ` (${t('notSigned').toLowerCase()})`}`);
      else if ((report.annex_i?.missing ?? []).includes(k)) lines.push(`  ${view.label(k)}${view.colon} ${t('notStated').toLowerCase()}`);
    }
  }
  lines.push(...presentationLines(view, report));
  lines.push(`${t('checksTitle')}${view.colon}`);
  for (const c of report.checks) {
    lines.push(`  [${t(`outcome_${c.outcome}`)}] ${t(`check_${c.id}`)}${view.colon} ${checkWords(view, c)}`);
  }
  if (report.validity?.now) lines.push(`${t('checkedAt')}${view.colon} ${view.date(report.validity.now)}`);
  return lines.join('\n');
}

// A presentation in the copied summary: its holder as stated, and one line per credential inside.
function presentationLines(view, report) {
  const p = report.presentation;
  if (!p || typeof p !== 'object') return [];
  const { t } = view;
  const lines = [`${t('holder')}${view.colon} ${p.holder ? `${clip(p.holder)} (${t('selfTag')})` : t('noHolder')}`];
  const credentials = Array.isArray(p.credentials) ? p.credentials.filter((r) => r && Array.isArray(r.checks)) : [];
  lines.push(`${t('presentedTitle')}${view.colon}`);
  credentials.forEach((r, i) => {
    const reason = decidingCheck(r);
    const parts = [headline(view, r.verdict)];
    if (reason) parts.push(clip(reasonWords(view, reason), 200));
    const title = titleOf(view, r);
    if (title) parts.push(clip(title, 120));
    const issuer = displayIssuer(r.issuer, view.lang) || r.issuer?.id;
    if (issuer) parts.push(`${t('issuer')}${view.colon} ${clip(issuer, 120)}`);
    lines.push(`  ${view.num(i + 1)}. ${parts.join(' — ')}`);
  });
  if (!credentials.length) lines.push(`  ${t('presentedNone')}`);
  const notOpened = Number.isInteger(p.notOpened) && p.notOpened > 0 ? p.notOpened : 0;
  if (notOpened) lines.push(`  ${t('notOpened', notOpened, view.num(notOpened))}`);
  return lines;
}
