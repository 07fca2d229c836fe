// Just enough of a DOM for the widget's pure modules under Node (dom.js, render.js): elements with
// attributes, children, text and listeners. It has no parser: setting innerHTML or outerHTML throws,
// so a test passes only if everything goes in as text.

class FakeNode {
  parentNode = null;

  remove() {
    if (!this.parentNode) return;
    const siblings = this.parentNode.childNodes;
    siblings.splice(siblings.indexOf(this), 1);
    this.parentNode = null;
  }
}

export class FakeText extends FakeNode {
  nodeType = 3;
  constructor(data) { super(); this.data = String(data); }
  get textContent() { return this.data; }
  set textContent(v) { this.data = String(v); }
}

export class FakeElement extends FakeNode {
  nodeType = 1;
  childNodes = [];
  attributes = new Map();
  listeners = new Map();
  hidden = false;

  constructor(tagName, namespaceURI = 'http://www.w3.org/1999/xhtml') {
    super();
    this.tagName = tagName;
    this.namespaceURI = namespaceURI;
  }

  get children() { return this.childNodes.filter((n) => n instanceof FakeElement); }
  get childElementCount() { return this.children.length; }
  get firstChild() { return this.childNodes[0] ?? null; }

  get textContent() { return this.childNodes.map((n) => n.textContent).join(''); }
  set textContent(v) {
    for (const n of this.childNodes) n.parentNode = null;
    this.childNodes = v === '' || v === null || v === undefined ? [] : [new FakeText(v)];
    for (const n of this.childNodes) n.parentNode = this;
  }

  set innerHTML(_) { throw new Error('innerHTML: markup is not allowed'); }
  set outerHTML(_) { throw new Error('outerHTML: markup is not allowed'); }
  insertAdjacentHTML() { throw new Error('insertAdjacentHTML: markup is not allowed'); }

  get className() { return this.getAttribute('class') ?? ''; }
  set className(v) { this.setAttribute('class', v); }
  get id() { return this.getAttribute('id') ?? ''; }

  get classList() {
    const el = this;
    const list = () => el.className.split(/\s+/).filter(Boolean);
    const set = (names) => { el.className = names.join(' '); };
    return {
      contains: (c) => list().includes(c),
      add: (c) => { if (!list().includes(c)) set([...list(), c]); },
      remove: (c) => set(list().filter((x) => x !== c)),
      toggle: (c, force) => {
        const on = force ?? !list().includes(c);
        set(on ? [...new Set([...list(), c])] : list().filter((x) => x !== c));
        return on;
      },
    };
  }

  setAttribute(name, value) {
    if (typeof value !== 'string') throw new TypeError(`setAttribute(${name}): the DOM would stringify ${typeof value}`);
    this.attributes.set(name, value);
  }
  getAttribute(name) { return this.attributes.has(name) ? this.attributes.get(name) : null; }
  hasAttribute(name) { return this.attributes.has(name); }
  removeAttribute(name) { this.attributes.delete(name); }

  addEventListener(type, fn) {
    if (!this.listeners.has(type)) this.listeners.set(type, []);
    this.listeners.get(type).push(fn);
  }
  /** Calls the listeners of `type` (a test's click). */
  fire(type, event = {}) {
    for (const fn of this.listeners.get(type) ?? []) fn({ type, target: this, preventDefault() {}, ...event });
  }

  #adopt(nodes) {
    return nodes.map((n) => {
      if (typeof n === 'string') n = new FakeText(n);
      if (!(n instanceof FakeNode)) throw new TypeError(`append: not a node: ${n}`);
      n.remove();
      n.parentNode = this;
      return n;
    });
  }
  append(...nodes) { this.childNodes.push(...this.#adopt(nodes)); }
  prepend(...nodes) { this.childNodes.unshift(...this.#adopt(nodes)); }

  /** Every element below this one, depth first. */
  *descendants() {
    for (const c of this.children) {
      yield c;
      yield* c.descendants();
    }
  }
  /** The first descendant with this class (`.name`), tag (`name`) or attribute (`[name]`, `[name=value]`). */
  find(selector) { return this.findAll(selector)[0] ?? null; }
  findAll(selector) {
    const attr = /^\[([\w-]+)(?:="?([^"\]]*)"?)?\]$/.exec(selector);
    const match = selector.startsWith('.') ? (e) => e.classList.contains(selector.slice(1))
      : attr ? (e) => e.hasAttribute(attr[1]) && (attr[2] === undefined || e.getAttribute(attr[1]) === attr[2])
        : (e) => e.tagName === selector;
    return [...this.descendants()].filter(match);
  }
}

export const fakeDocument = {
  createElement: (tag) => new FakeElement(tag),
  createElementNS: (ns, tag) => new FakeElement(tag, ns),
  createTextNode: (data) => new FakeText(data),
};

/** Installs the fake as `globalThis.document` (dom.js looks it up when called). */
export function installFakeDocument() {
  globalThis.document = fakeDocument;
}
