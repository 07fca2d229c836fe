// The element's styles: one constructable stylesheet, built once and adopted by every shadow root.
// Adopted sheets need no `style-src 'unsafe-inline'` and no <style> element; nothing else in the
// widget sets a style (no style attributes, no element.style), so a strict CSP allows it all.
// The verdict tones (`data-tone`) are those of render.js's VERDICT_LOOK; theming: docs/widget.md.

export const CSS = String.raw`
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
h2, h3, h4, h5, h6 { margin: 0; line-height: 1.25; }
p { margin: 0; }
code, .mono { font-family: var(--keurmerk-mono, ui-monospace, "DejaVu Sans Mono", monospace); font-size: .85em; }
.wrap.loading { visibility: hidden; }
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
.list.attention > .item[data-verdict="verified"] { display: none; }
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
.reason.named::first-letter { text-transform: uppercase; }
.instead { margin-top: .15em; }
.instead-label { font-weight: 650; }
.presented { padding: 0 .9em .9em; display: grid; gap: .5em; }
.presented h4 { font-size: 1em; }
.presented-list { list-style: none; margin: 0; padding: 0; display: grid; gap: .45em; }
.item.nested { border-left-width: .3em; }
.nested .head { padding: .45em .7em; }
.nested .head .icon { width: 1.6em; height: 1.6em; }
.nested .verdict { font-size: 1.1em; }
.nested .body { padding: 0 .7em .7em; }
.not-opened { color: var(--_unknown); font-size: .92em; }
.not-opened .icon { width: 1.05em; height: 1.05em; vertical-align: -.2em; margin-inline-end: .3em; }
.skipped { color: var(--_unknown); font-weight: 600; font-size: .92em; margin-top: .1em; }
.skipped .icon { width: 1.05em; height: 1.05em; vertical-align: -.2em; margin-inline-end: .3em; }
.meta { color: var(--_muted); font-size: .9em; margin-top: .15em; }
.meta span + span::before { content: " · "; }
.toggle { align-self: center; }
.toggle .chev { width: 1em; height: 1em; transition: transform .15s; }
.toggle[aria-expanded="true"] .chev { transform: rotate(180deg); }
.body { padding: 0 .9em .9em; display: grid; gap: .9em; }
.body :is(h4, h6) { font-size: 1em; margin-bottom: .3em; }
.top dl + :is(h4, h6) { margin-top: .8em; }
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
table.annex thead th { font-size: .85em; color: var(--_muted); font-weight: 600; border-top: 0; overflow-wrap: normal; }
table.annex tbody th { font-weight: 600; width: 34%; }
table.annex .sig { white-space: nowrap; font-size: .9em; }
table.annex .sig .icon { width: 1em; height: 1em; vertical-align: -.15em; margin-inline-end: .2em; }
table.annex tr.missing td { color: var(--_muted); font-style: italic; }
table.annex .unsigned, table.annex .unconfirmed { color: var(--_warn); font-weight: 600; }
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
ul.checks .words, ul.checks .named, ul.checks .instead, ul.checks .detail { grid-column: 2; }
ul.checks .named { color: var(--_muted); }
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
  :host([printing]) .list > .item:not([data-print]) { display: none !important; }
  :host(:not([printing])) .list > .item:not(.open) { display: none !important; }
  .list > .item[data-print] > article > .body, .item.open > article > .body { display: grid !important; }
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

/** The shared stylesheet (made on first use, so the module loads where there is no DOM). */
export function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
