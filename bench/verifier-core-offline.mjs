// verifier-core with no network at all (every fetch fails, as in an offline browser) against the
// same with its fetches answered from the bundled contexts and resolution documents: what it
// returns for each benchmark input, how many fetches it tried, how long it took (first call, fresh
// verifier). The 1EdTech badge is the case DESIGN.md reports as "cannot verify it offline".
import { contexts, resolution, INPUTS, textByKey } from './common.mjs';
import { makeVerifier } from './peers/verifier-core.mjs';
import { fmtMs } from './format.mjs';

const v = await makeVerifier({ contexts, resolution, mode: 'offline' });
console.log('verifier-core 1.0.0-beta.11, first call per input; "offline" = every fetch fails; "served" = fetches answered from the same bundled files');
console.log();
console.log('| input | offline: result | fetches | time | served: result | fetches | time |');
console.log('|---|---|---|---|---|---|---|');
for (const input of Object.values(INPUTS)) {
  if (input.suite === 'VC-JWT') { console.log(`| ${input.name} | no VC-JWT support | | | | | |`); continue; }
  const cells = [];
  for (const mode of ['offline', 'bundled']) {
    v.setMode(mode);
    v.requests.length = 0;
    const t0 = performance.now();
    const r = await v.verify(JSON.parse(textByKey(input.key)));
    const ms = performance.now() - t0;
    const c = v.classify(r);
    const raw = r.errors?.length ? `\`${r.errors[0].name}\`` : `\`${(r.log ?? []).map((s) => `${s.id}: ${s.valid ?? s.error?.name}`).join(', ')}\``;
    cells.push(`${c.cls}: ${raw}`, String(v.requests.length), fmtMs(ms));
  }
  console.log(`| ${input.name} | ${cells.join(' | ')} |`);
}
