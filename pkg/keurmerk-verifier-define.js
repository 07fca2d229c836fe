// Registering the element. keurmerk-verifier.js does it on import, under TAG; `define(tag)` adds it
// under another name. Kept apart from the class so the rule is in one place and testable in Node.

export const TAG = 'keurmerk-verifier';

/**
 * Registers `Element` as `tag` in `registry`, unless the name is taken already. Under any name but
 * TAG it registers a subclass, since one class can be registered under one name only. Where there
 * is no custom element registry (Node, a worker) it does nothing.
 */
export function defineElement(Element, tag = TAG, registry = globalThis.customElements) {
  if (!registry || registry.get(tag)) return;
  registry.define(tag, tag === TAG ? Element : class extends Element {});
}
