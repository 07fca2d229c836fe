/** Keurmerk: offline verification of micro-credentials (Open Badges 3.0, W3C VC). */

export type Verdict =
  | 'unreadable' | 'invalid' | 'revoked' | 'suspended' | 'expired' | 'not_yet_valid'
  | 'indeterminate' | 'issuer_unknown' | 'verified';

export type Outcome = 'pass' | 'fail' | 'warn' | 'not_checked';

export type CheckId = 'intake' | 'credential' | 'proof' | 'issuer_key' | 'validity' | 'status' | 'trust';

export type AnnexElement =
  | 'learner' | 'title' | 'country' | 'awarding_body' | 'date_of_issue' | 'learning_outcomes' | 'workload'
  | 'level' | 'assessment' | 'participation' | 'quality_assurance'
  | 'prerequisites' | 'supervision' | 'grade' | 'stackability' | 'further_information';

/** What kind of document a check wants: a DID document, a key document, a status list, a JSON-LD context. */
export type WantedKind = 'did' | 'key' | 'status' | 'context' | 'badge';

/** A detail line as data (src/lines.rs): see `Check.facts`. */
export interface Facts {
  line: string;
  args: Record<string, string | number | Record<string, string>>;
  about?: string[];
  then?: Facts;
}

export interface Check {
  id: CheckId;
  outcome: Outcome;
  /** Stable snake_case code; see docs/report.md. `describe(code, lang)` gives the words. */
  code: string;
  /** Facts in plain English (field names, limits, URLs), for people: never parse it. */
  detail: string;
  /**
   * The same facts as data, for a check whose line is in Keurmerk's catalogue (src/lines.rs):
   * `line` names it, `args` holds its arguments (numbers as numbers, dates as RFC 3339 text, a text
   * the issuer gave in several languages as an object from language tag to text); `about`, what the
   * line is about (identifiers, said before it), and `then`, a line said after it in parentheses.
   * `detailLine(check, lang)` says it in the reader's language. Absent otherwise.
   */
  facts?: Facts;
  /**
   * The document that would let Keurmerk decide this check, had it been supplied under `documents`
   * (its URL or DID). Absent when the check wants nothing. `missingDocuments(report)` collects them.
   */
  wants?: { url: string; kind: WantedKind };
  /**
   * For a format Keurmerk recognises and does not verify (a Blockcerts certificate, bbs-2023, a
   * badge class, a presentation …): what it is and what the recruiter could do instead, in English,
   * Dutch, German and French. Absent otherwise (and from the core module, which answers
   * `module_needed`).
   */
  named?: Named;
}

/** Words for a person, in the four languages of the catalogue. */
export interface Words { en: string; nl: string; de: string; fr: string }

/** A format named for a recruiter (docs/report.md, "Formats Keurmerk names"). */
export interface Named {
  /**
   * The format's stable id: `blockcerts`, `bbs_2023`, `eip712`, `legacy_proof`, `europass_xml`,
   * `xml`, `badge_class`, `issuer_profile`, `achievement`, `did_document`, `public_key`,
   * `status_list`, `presentation`; more may come.
   */
  format: string;
  /** What it is: "a Blockcerts certificate anchored on the Bitcoin blockchain; …". */
  what: Words;
  /** What the recruiter could do instead: "Use the issuer's Blockcerts verifier …". */
  instead: Words;
  /**
   * The blockchain a Blockcerts certificate is anchored on, when its proof says: `bitcoin`,
   * `bitcoin_testnet`, `ethereum`, `ethereum_sepolia` … or `mocknet` (a test certificate on no chain).
   */
  anchor?: string;
}

/** A presentation: who hands the credentials over, and each credential's own report. */
export interface PresentationSummary {
  /** `holder`, `holder.id`, or a VP-JWT's `iss`, as the presentation states it (self-asserted). */
  holder?: string;
  /** How the presentation itself is secured (`jwt:ES384`, `eddsa-rdfc-2022` …), if at all. */
  securing?: string;
  /** Whether the holder's signature was checked: always false (a stored file is not a live presentation). */
  signatureChecked: boolean;
  /** One full report per credential inside, in order (at most 16, `MAX_PRESENTED_CREDENTIALS`); never a presentation again. */
  credentials: Report[];
  /** Entries not verified: over the limit, presentations inside the presentation, or no credential Keurmerk reads. */
  notOpened: number;
}

/**
 * Who sealed a Europass Digital Credential (JAdES), as the seal's certificate says. The organisation
 * is the certificate's subject; the credential's own issuer name is self-asserted.
 */
export interface SealSummary {
  subject: {
    /** organizationName (O): the sealing organisation. */
    organisation: string | null;
    country: string | null;
    /** organizationIdentifier (2.5.4.97): `VATES-…`, `NTRNL-…`, `LEIXG-…`. */
    organisationIdentifier: string | null;
    commonName: string | null;
  };
  /** The certificate authority, `C=…, O=…, CN=…`. */
  issuer: string;
  notBefore: string;
  notAfter: string;
  qualified: { qcCompliance: boolean; qcTypeEseal: boolean; qcSSCD: boolean };
  /** `qualified` only with QcCompliance and QcSSCD. */
  level: 'qualified' | 'advanced_qualified_certificate' | 'advanced';
  /** "qualified electronic seal", "advanced seal with a qualified certificate", "advanced seal without a qualified certificate". */
  levelWords: string;
  /** When it was sealed, as claimed; not evidence. */
  signingTime: string | null;
  /** `sigT`: the sealer's own claim. */
  signingTimeSource: 'sigT' | null;
  /** The signature timestamp (`sigTst`), when the seal has one. */
  timestamp: {
    /** The time-stamping authority as its certificate names it; '' when the token did not verify. */
    authority: string;
    /** `genTime`, when the token verified. */
    time: string | null;
    verified: boolean;
    /** From a qualified time-stamping service granted then on a loaded trusted list: it proves the time. */
    qualified: boolean;
  } | null;
  /** The qualified trust service that issued the certificate, as a loaded EU trusted list names it. */
  issuedBy: {
    service: string;
    provider: string;
    /** The trusted list's territory. */
    country: string;
    listSequence: number;
    listIssued: string;
    /** The Keurmerk list the entry came from. */
    trustList: string;
    status: 'granted' | 'withdrawn' | 'suspended' | 'not_yet_granted';
    /** When the status is judged: the time a qualified timestamp proves, else the time of verification. */
    statusAt: string;
    /** The list's qualifiers put the certificate's key in a qualified creation device. */
    qscdByList: boolean;
  } | null;
}

export interface Report {
  verdict: Verdict;
  /**
   * The index in `checks` of the check that decided the verdict (the first whose code forces it; for
   * `verified` the trust check that vouched, for `issuer_unknown` the first trust check), or null.
   */
  deciding: number | null;
  format: 'json' | 'jwt' | 'sd_jwt' | 'png' | 'svg' | 'url' | null;
  /**
   * An Open Badges 1.x / 2.0 recipient as stated (usually `sha256$…` of an email and `salt`):
   * `recipientMatches()` checks an address against it, locally.
   */
  recipient?: { type: string; hashed: boolean; salt?: string; identity: string };
  /**
   * For a JAdES-sealed Europass credential: who sealed, from the seal's certificate (the three seal
   * lines are the `proof`, `issuer_key` and `trust` checks). Absent otherwise (and from the core module).
   */
  seal?: SealSummary;
  securing: string[];
  /**
   * For a presentation (verdict `indeterminate`, code `presentation`): its holder and one report
   * per credential inside. Absent otherwise (and from the core module).
   */
  presentation?: PresentationSummary;
  /** Each signature the credential carries, in proof order; absent when there is none to show. */
  signatures?: Signature[];
  checks: Check[];
  /** Parts of the credential the signature does not cover: a JSON pointer into it, and what it is in words. */
  unsigned: { pointer: string; what: string }[];
  credential: {
    id: string | null;
    types: string[];
    name: string | null;
    vc_version: '1.1' | '2.0' | null;
    profile: 'open_badges_3' | 'open_badges_2' | 'open_badges_1' | 'vc' | null;
    subject_ids: string[];
    jwt_profile: 'vc_1_1' | 'vc_jose_cose' | 'open_badges_3' | null;
  } | null;
  issuer: {
    id: string;
    /** Self-asserted unless `name_source` says otherwise. */
    name: string | null;
    name_source: 'self_asserted' | 'trust_list' | null;
    verification_methods: string[];
    /** What the credential called its issuer, when `name` comes from a trust list. */
    self_asserted_name: string | null;
    /** Names by language from the trust list that vouches. */
    names: Record<string, string>;
    country: string | null;
    homepage: string | null;
    /** The trust lists that vouch for the issuer. */
    trusted_by: {
      list: string; operator: string; operator_name: string | null; sequence: number;
      /** The registers behind the list's entry (docs/trust-list.md, `evidence[]`), as the list states them. */
      evidence: {
        source: string; kind?: string; reference?: string; retrieved?: string; expires?: string;
        statement?: string; body?: string; framework?: string; levels?: number[];
        validFrom?: string; validUntil?: string;
      }[];
    }[];
  } | null;
  validity: { now: string; valid_from: string | null; valid_until: string | null } | null;
  /** The EU Annex I elements the credential states: normalised value, text as stated, JSON pointer, whether signed, and the value in words. */
  descriptors: Partial<Record<AnnexElement, Descriptor>>;
  annex_i: { present: AnnexElement[]; missing: AnnexElement[] } | null;
  /** A baked badge's image, from the file itself. */
  image: { media_type: 'image/png' | 'image/svg+xml'; data_uri: string | null } | null;
  keurmerk_version: string;
}

/** One signature of a credential: how it is secured, with which algorithm and key (docs/report.md). */
export interface Signature {
  /** The securing mechanism and suite, as in `securing` (`jwt:ES256`, `di:ecdsa-rdfc-2019` …). */
  securing: string;
  /** The JOSE name, once the key was found. */
  algorithm?: 'EdDSA' | 'ES256' | 'ES384' | 'RS256' | 'PS256';
  /** `Ed25519`, `P-256`, `P-384`, `RSA 2048` …, once the key was found. */
  keyType?: string;
  verificationMethod?: string;
  /** The key came only with the credential (a JWS `jwk` header, an `x5c` chain no trust list pins). */
  selfAsserted?: boolean;
  /** The `x5c` chain, leaf first, as its certificates name themselves: shown, never trusted by itself. */
  certificates?: { subject: string; issuer: string; notBefore: string; notAfter: string }[];
}

export type Bytes = Uint8Array | ArrayBuffer | ArrayBufferView;

export interface VerifierConfig {
  /** Documents available offline, keyed by the URL or DID they stand for (DID documents, key documents). */
  documents?: Record<string, Bytes | string | object> | Map<string, Bytes | string | object>;
  /** Signed Keurmerk trust lists (docs/trust-list.md), as bytes, text or parsed JSON. */
  trustLists?: Array<Bytes | string | object>;
  /** Operator keys (`z6Mk…`) that trust lists must be signed by; a list signed by any other key is not used. */
  trustAnchors?: string[];
  /** URLs the host's resolver got 410 Gone for (an Open Badges 2.0 issuer revoking a hosted badge). */
  gone?: string[];
  /** Language for issuer names taken from trust lists. Default 'en'. */
  lang?: Lang;
  policy?: {
    /** Make credentials whose revocation status cannot be checked `indeterminate`. Default false. */
    requireStatus?: boolean;
    /** Report JSON-LD terms no context defines (not covered by an RDF signature) as a warning instead of `invalid`. Default false. */
    allowUndefinedTerms?: boolean;
  };
}

export function init(source?: BufferSource | URL | string | WebAssembly.Module): Promise<void>;

/**
 * Loads the full module (ECDSA and RSA: ecdsa-rdfc-2019, ecdsa-jcs-2019, ecdsa-sd-2023, JOSE
 * ES256/ES384/RS256/PS256, x5c) and the WebCrypto answerer. `verify()` loads it the first time a
 * credential needs it (the core reports `module_needed`); call it earlier to have it ready, or to
 * pass your own bytes or URL (default: keurmerk_full_bg.wasm beside index.js).
 */
export function initFull(source?: BufferSource | URL | string | WebAssembly.Module): Promise<void>;

export class Verifier {
  constructor(config?: VerifierConfig);
  static create(config?: VerifierConfig): Promise<Verifier>;
  /**
   * Verifies one credential file at `now` (default: the current time). Ed25519 is checked in the
   * WebAssembly; ECDSA (ES256, ES384) and RSA (RS256, PS256) signatures by the platform's WebCrypto
   * (`crypto.subtle`). Where a page has none — it is not a secure context (https or localhost) —
   * those are `signature_not_checked` and the verdict `indeterminate`, with that reason. An invalid
   * credential is a report; only misuse (an invalid `now`, input that is no bytes) rejects.
   * Breaking change: it returns a Promise; it used to return the Report itself (`verifySync` still does).
   */
  verify(input: Bytes | string | object, options?: { now?: Date | string | number }): Promise<Report>;
  /**
   * Verifies at once, without the platform's crypto: Ed25519 is checked, ECDSA and RSA signatures
   * are `signature_not_checked` (verdict `indeterminate`). Until `verify()` has loaded the full
   * module, what only it reads — ECDSA/RSA, SD-JWT, Open Badges 2.0, seals, a supplied status list —
   * is `module_needed` (verdict `indeterminate`). A fault's English `detail` comes from the lines of
   * faults (`lang/en-faults.js`): after `await loadFaultLines()`, or any `verify()` that met a fault,
   * every check has it; before, such a check's `detail` is empty (its `facts` are there) and the
   * lines start loading. Throws on misuse.
   */
  verifySync(input: Bytes | string | object, options?: { now?: Date | string | number }): Report;
  free(): void;
}

/** A language Keurmerk speaks, or a tag such as `de-AT` (its first two letters count; others are English). */
export type Lang = 'en' | 'nl' | 'de' | 'fr' | (string & {});
/** The languages, in menu order. */
export const LANGS: readonly ['en', 'nl', 'de', 'fr'];
/** Loads the German or French words for `describe` and `headline` (English and Dutch are built in); null if they cannot be loaded. */
export function loadLanguage(lang: Lang): Promise<object | null>;
/** The words for a check code; German and French after `await loadLanguage(lang)`, English until then. */
export function describe(code: string, lang?: Lang): string;
/**
 * A check's detail line in `lang`: its facts phrased in that language (Dutch, German and French after
 * `await loadLanguage(lang)`, a fault's line after `await loadFaultLines(lang)`), numbers and dates
 * through Intl; the English `detail` for a check without facts or whose words are not loaded.
 */
export function detailLine(check: Check, lang?: Lang): string;
/**
 * Loads the lines of faults (why an input was refused) in `lang`, English by default: `verify()`
 * loads the English ones itself when a report needs one; `detailLine(check, 'de')` says a fault in
 * German once `loadLanguage('de')` and `loadFaultLines('de')` have resolved (the English `detail`
 * until then). Resolves when they are there, or could not be loaded.
 */
export function loadFaultLines(lang?: Lang): Promise<void>;
/** Whether an Open Badges 2.0 badge (its report) was awarded to `identity`; null when it cannot be told. Computed locally. */
export function recipientMatches(report: Report, identity: string): Promise<boolean | null>;
export function headline(verdict: Verdict, lang?: Lang): string;
export function version(): string;

/** One EU Annex I element as the credential states it. */
export interface Descriptor {
  /** Normalised: level `{eqf, nqf: {framework, level}}`, workload `{ects}` / `{hours, unit: 'sbu'}` / `{duration, months}` …, controlled values `{concept, text}`. */
  value: unknown;
  /** The text as stated by the issuer — untrusted: render with textContent only. */
  text: string;
  /** JSON pointer of the source in the credential. */
  source: string;
  /** Whether the signature covers it. */
  signed: boolean;
  /** `true` when the holder of an SD-JWT disclosed it (a selectively disclosable claim, signed through its digest); absent otherwise. */
  disclosed?: boolean;
  /** The value in words, in English and Dutch. */
  display: { en: string; nl: string };
}

/** Words in each language loaded: English always, the others after `loadLanguage(lang)`. */
export interface LabelWords {
  en: string;
  nl?: string;
  de?: string;
  fr?: string;
}

/** The catalogue of words for the EU descriptors. */
export interface Labels {
  elements: Record<AnnexElement, LabelWords>;
  concepts: Record<string, Record<string, LabelWords>>;
  order: AnnexElement[];
  mandatory: AnnexElement[];
}

/**
 * The words for the EU descriptors (the same catalogue as the CLI): English always; Dutch, German
 * and French once `await loadLanguage(lang)` has loaded them. Needs no `init()`.
 */
export function labels(): Labels;

/** A document a report says was missing: a DID document, a key document, a status list or a context. */
export interface MissingDocument {
  /** The DID or URL to supply it under (`documents[url]`). */
  url: string;
  kind: WantedKind;
}

/**
 * The documents a report says were not supplied: the `wants` of its checks, then those of the
 * credentials inside its presentation, each URL once, in that order (only DIDs and http(s) URLs, of at
 * most 4,096 characters). Keurmerk never fetches them; a host may, add them to `documents` (a 410 Gone
 * answer to `gone`), and verify again.
 */
export function missingDocuments(report: Report): MissingDocument[];
