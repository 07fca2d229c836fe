// Building the element's DOM. Text goes in through textContent and text nodes only: nothing here
// (nor anywhere in the widget) parses markup, so credential text can never become an element, an
// attribute or a link. Attributes are set from the widget's own values.
//
// `document` is looked up when a function is called, not when the module loads, so the module
// loads in Node (the tests give it a small fake document).

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** The shapes of the widget's icons: SVG path data on a 24 × 24 grid. */
export const ICON_PATHS = {
  check: ['M7 12.5l3.2 3.2L17 9'],
  cross: ['M8.2 8.2l7.6 7.6', 'M15.8 8.2l-7.6 7.6'],
  exclaim: ['M12 6.8v6.4', 'M12 16.6v.6'],
  question: ['M9.3 9.4a2.8 2.8 0 1 1 4.1 2.5c-.9.5-1.4 1-1.4 1.9v.5', 'M12 17v.5'],
  ban: ['M7.8 16.2l8.4-8.4', 'M12 6.2a5.8 5.8 0 1 1 0 11.6a5.8 5.8 0 1 1 0-11.6'],
  clock: ['M12 6.2a5.8 5.8 0 1 1 0 11.6a5.8 5.8 0 1 1 0-11.6', 'M12 8.8v3.4l2.4 1.6'],
};

let uid = 0;

/** A number unique in the page, for ids (`km-v-7`) and for the keys of results. */
export function nextUid() {
  uid += 1;
  return uid;
}

/**
 * An element: `props` are attributes, except `text` (its textContent), `class` (className) and
 * `on` (`{type: listener}`); `undefined`, `null` and `false` leave an attribute out, `true` sets it
 * empty. Children are nodes or strings (appended as text nodes); null, undefined and false are skipped.
 */
export function el(tag, props = {}, ...children) {
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

/** A text node: for text that must stay text, wherever it goes. */
export function text(value) {
  return document.createTextNode(String(value ?? ''));
}

function svg(viewBox, cls) {
  const node = document.createElementNS(SVG_NS, 'svg');
  node.setAttribute('viewBox', viewBox);
  node.setAttribute('aria-hidden', 'true');
  node.setAttribute('focusable', 'false');
  node.setAttribute('class', cls);
  return node;
}

function svgChild(tag, attrs) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/**
 * An icon of ICON_PATHS (an unknown kind draws `question`), drawn white on a disc of the current
 * colour, or with `plain` in `extraClass` as a line in the current colour. Hidden from screen readers:
 * the words beside it say the same.
 */
export function icon(kind, extraClass = '') {
  const node = svg('0 0 24 24', `icon ${extraClass}`.trim());
  if (!extraClass.includes('plain')) node.append(svgChild('circle', { cx: '12', cy: '12', r: '11', class: 'bg' }));
  for (const d of ICON_PATHS[kind] ?? ICON_PATHS.question) node.append(svgChild('path', { d, class: 'fg' }));
  return node;
}

/** The chevron of a disclosure button (turned by CSS when `aria-expanded` is true). */
export function chevron() {
  const node = svg('0 0 16 16', 'chev');
  node.append(svgChild('path', { d: 'M3.5 6l4.5 4.5L12.5 6', fill: 'none', stroke: 'currentColor', 'stroke-width': '2' }));
  return node;
}
