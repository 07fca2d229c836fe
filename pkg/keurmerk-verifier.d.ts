/** <keurmerk-verifier>: the web component (docs/widget.md). Importing this module registers it. */
import type { Report, Verdict, VerifierConfig, WantedKind } from './index.js';

/** What a resolver may return: the document as text, bytes or JSON, a fetch Response, or nothing. */
export type ResolvedDocument = string | Uint8Array | ArrayBuffer | object | Response | null | undefined;

/**
 * Supplied by the host to fetch what a credential needs and nobody supplied (a check's `wants`): a
 * did:web DID document, a key document, a status list, a JSON-LD context. Called on the main thread,
 * once per URL; the file is then verified again with what it returned. The element itself never
 * fetches these.
 */
export type Resolver = (url: string, info: { kind: WantedKind }) => ResolvedDocument | Promise<ResolvedDocument>;

export interface KeurmerkResultDetail {
  /** The file name, or "Pasted text". Untrusted: the user's file name. */
  name: string;
  report: Report;
}

export interface KeurmerkDoneDetail {
  /** How many files this batch verified. */
  count: number;
  /** How long the batch took, in milliseconds. */
  ms: number;
  verdicts: Partial<Record<Verdict, number>>;
}

export class KeurmerkVerifier extends HTMLElement {
  /** Signed trust lists (text, bytes or JSON), used besides those the `trust-list` attribute names. */
  trustLists: Array<string | Uint8Array | ArrayBuffer | object>;
  /** Operator keys (`z6Mk…`) the trust lists must be signed by; defaults to the `trust-anchors` attribute. */
  trustAnchors: string[];
  /** Documents used offline, by URL or DID: DID documents, key documents, status lists. */
  documents: Record<string, string | Uint8Array | ArrayBuffer | object>;
  policy: VerifierConfig['policy'] | undefined;
  /** Optional host function to fetch missing documents; `null` (the default): nothing is fetched. */
  resolver: Resolver | null;
  /** Verify at this time instead of now. */
  now: Date | string | number | null;
  mode: 'recruiter' | 'learner';
  /** Resolves when the worker holds the current configuration; rejects if it cannot be built. */
  readonly ready: Promise<void>;
  /** Every result so far, newest batch first. */
  readonly results: Array<{ name: string; report: Report }>;
  /** Verifies files as if they were dropped (without moving focus); resolves with their reports in order. */
  verifyFiles(files: Iterable<File | Blob>): Promise<Report[]>;
  /** Verifies credential text (JSON or a JWT). */
  verifyText(text: string, name?: string): Promise<Report>;
  /** Removes every result. */
  clear(): void;
  /** The plain-text summary "Copy summary" puts on the clipboard, in the element's language. */
  summaryText(report: Report, name?: string): string;
}

/** Registers the element (done on import; a second tag name gets a subclass). */
export function define(tag?: string): void;
/** `nl`, `de` or `fr` for a Dutch, German or French language tag (`de-AT`), else `en`. */
export function pickLang(code: string | null | undefined): 'en' | 'nl' | 'de' | 'fr';

declare global {
  interface HTMLElementTagNameMap {
    'keurmerk-verifier': KeurmerkVerifier;
  }
  interface HTMLElementEventMap {
    'keurmerk-result': CustomEvent<KeurmerkResultDetail>;
    'keurmerk-done': CustomEvent<KeurmerkDoneDetail>;
    'keurmerk-error': CustomEvent<{ message: string }>;
  }
}
