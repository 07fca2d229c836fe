// The package's API and the widget's types as a TypeScript HR portal uses them. Checked by
// tests/package/package.test.mjs with `tsc --noEmit --strict`, with moduleResolution "bundler"
// (tsconfig.json) and "node16" (tsconfig.node16.json), so the types come through package.json's
// `exports`. Each `@ts-expect-error` line is a deliberately wrong call: if the types were missing or
// `any`, the directive itself would be an error, so the check cannot pass by checking nothing.
import { init, Verifier, describe, headline, version, missingDocuments } from 'keurmerk';
import type { Report, Verdict, VerifierConfig } from 'keurmerk';
import 'keurmerk/widget';
import { define, pickLang } from 'keurmerk/widget';
import type { KeurmerkResultDetail, KeurmerkVerifier, Resolver } from 'keurmerk/widget';

export async function verdictOf(bytes: Uint8Array, trustList: string, anchor: string): Promise<string> {
  await init();
  const config: VerifierConfig = { trustLists: [trustList], trustAnchors: [anchor], lang: 'nl', policy: { requireStatus: true } };
  const verifier = await Verifier.create(config);
  const report: Report = await verifier.verify(bytes, { now: new Date() });
  const verdict: Verdict = report.verdict;
  const deciding = report.deciding === null ? null : report.checks[report.deciding];
  const wanted: string[] = missingDocuments(report).map((d) => `${d.kind} ${d.url}`);
  // @ts-expect-error verify() returns a Promise of the report, not the report itself
  const notYet: Report = verifier.verify(bytes);
  // @ts-expect-error a check code is a string
  describe(42);
  // @ts-expect-error now is a Date, an ISO 8601 string or milliseconds
  await verifier.verify(bytes, { now: { year: 2026 } });
  // @ts-expect-error not a verdict
  headline('fine');
  // @ts-expect-error not a configuration option
  new Verifier({ trustlists: [] });
  verifier.free();
  return [headline(verdict, 'nl'), deciding ? describe(deciding.code, 'en') : '', ...wanted, version(), String(notYet)].join('\n');
}

export function embed(log: (line: string) => void): void {
  define();
  const widget: KeurmerkVerifier | null = document.querySelector('keurmerk-verifier');
  if (!widget) return;
  const resolver: Resolver = async (url, { kind }) => (kind === 'did' ? fetch(`/api/documents?url=${encodeURIComponent(url)}`) : null);
  widget.resolver = resolver;
  widget.mode = pickLang(navigator.language) === 'nl' ? 'learner' : 'recruiter';
  widget.addEventListener('keurmerk-result', (e) => {
    const detail: KeurmerkResultDetail = e.detail;
    log(`${detail.name}: ${detail.report.verdict}`);
  });
  widget.addEventListener('keurmerk-done', (e) => log(`${e.detail.count} in ${e.detail.ms} ms`));
  // @ts-expect-error mode is 'recruiter' or 'learner'
  widget.mode = 'admin';
  // @ts-expect-error the report is read-only data from the widget: results cannot be assigned
  widget.results = [];
}
