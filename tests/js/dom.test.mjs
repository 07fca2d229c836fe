// pkg/dom.js under Node with a fake document: el() puts text in as text and attributes as the
// widget's own strings, icons are SVG built node by node; and no hand-written module of the widget
// parses markup or sets a style (the strict CSP of docs/widget.md allows only the adopted sheet).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';

import { installFakeDocument, FakeElement, FakeText } from './fake-dom.mjs';
import { el, text, icon, chevron, nextUid, ICON_PATHS, SVG_NS } from '../../pkg/dom.js';

before(installFakeDocument);

const HOSTILE = '<img src=x onerror="window.__pwned = 1"><script>alert(1)</script>';

test('el(): text is textContent, strings are text nodes, markup stays text', () => {
  const p = el('p', { class: 'reason', text: HOSTILE });
  assert.equal(p.tagName, 'p');
  assert.equal(p.className, 'reason');
  assert.equal(p.childNodes.length, 1);
  assert.ok(p.childNodes[0] instanceof FakeText);
  assert.equal(p.textContent, HOSTILE);
  const li = el('li', {}, 'a', [HOSTILE, null], undefined, false, el('b', { text: 'c' }));
  assert.deepEqual(li.childNodes.map((n) => n.constructor.name), ['FakeText', 'FakeText', 'FakeElement']);
  assert.equal(li.textContent, `a${HOSTILE}c`);
  assert.equal(text(HOSTILE).textContent, HOSTILE);
  assert.equal(text(null).textContent, '');
});

test('el(): attributes as strings; true is empty, false/null/undefined are left out; `on` adds listeners', () => {
  let clicked = 0;
  const b = el('button', { type: 'button', hidden: true, disabled: false, title: null, 'aria-controls': undefined, tabindex: -1, on: { click: () => { clicked += 1; } } });
  assert.deepEqual([...b.attributes], [['type', 'button'], ['hidden', ''], ['tabindex', '-1']]);
  b.fire('click');
  assert.equal(clicked, 1);
});

test('icon(): a disc and white strokes, or plain strokes; an unknown shape is a question mark', () => {
  const i = icon('check');
  assert.equal(i.namespaceURI, SVG_NS);
  assert.equal(i.getAttribute('class'), 'icon');
  assert.equal(i.getAttribute('aria-hidden'), 'true');
  assert.equal(i.getAttribute('focusable'), 'false');
  assert.deepEqual(i.children.map((c) => c.tagName), ['circle', 'path']);
  assert.equal(i.children[1].getAttribute('d'), ICON_PATHS.check[0]);
  const plain = icon('clock', 'plain');
  assert.equal(plain.getAttribute('class'), 'icon plain');
  assert.deepEqual(plain.children.map((c) => c.getAttribute('d')), ICON_PATHS.clock);
  const unknown = icon('no-such-shape', 'plain');
  assert.deepEqual(unknown.children.map((c) => c.getAttribute('d')), ICON_PATHS.question);
  for (const node of [i, plain, unknown, chevron()]) {
    assert.ok(node instanceof FakeElement);
    assert.ok(node.children.every((c) => c.namespaceURI === SVG_NS), 'SVG children in the SVG namespace');
  }
});

test('nextUid() counts up', () => {
  const a = nextUid();
  assert.equal(nextUid(), a + 1);
});

test('no module of the widget parses markup, writes a style, or evaluates code', async () => {
  const pkg = new URL('../../pkg/', import.meta.url);
  const files = (await readdir(pkg)).filter((f) => f.endsWith('.js') && !f.startsWith('keurmerk_core'));
  assert.ok(files.includes('render.js') && files.includes('keurmerk-verifier.js'), files.join(' '));
  const forbidden = /\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment|setHTMLUnsafe|\.style\b|['"]style['"]|\beval\(|new Function\(/;
  for (const f of files) {
    const source = await readFile(new URL(f, pkg), 'utf8');
    const lines = source.split('\n').filter((l) => !/^\s*(\/\/|\*|\/\*\*)/.test(l)); // comments may name them
    const hits = lines.filter((l) => forbidden.test(l));
    assert.deepEqual(hits, [], f);
  }
});
