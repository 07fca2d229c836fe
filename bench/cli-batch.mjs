// Batch on one machine: `keurmerk verify --jobs N` (release build) over NDJSON corpora of the
// benchmark inputs, as a registry re-verifying its corpus would run it. For each input and each
// thread count from 1 to every core: credentials per second, per core, and the growth over one
// thread. Prints a Markdown table; raw figures in bench/out/cli-batch.json.
// Env: BENCH_CLI (path to a built keurmerk binary; default: cargo build --release --features cli),
//      BENCH_BATCH_N (credentials per corpus, default 20000), BENCH_BATCH_REPEAT (best of, default 3).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

import { INPUT_LIST, NOW } from './inputs.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const N = Number(process.env.BENCH_BATCH_N ?? 20000);
const REPEAT = Number(process.env.BENCH_BATCH_REPEAT ?? 3);
const KEYS = ['rdfc-1edtech', 'rdfc', 'jcs', 'jwt'];

function cli() {
  if (process.env.BENCH_CLI) return process.env.BENCH_CLI;
  execFileSync('cargo', ['build', '-q', '--locked', '--release', '--features', 'cli', '--bin', 'keurmerk'], { cwd: ROOT, stdio: 'inherit' });
  const target = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
  return join(target, 'release', 'keurmerk');
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'tests/vectors/external/MANIFEST.json'), 'utf8'));
const bin = cli();
const dir = mkdtempSync(join(tmpdir(), 'keurmerk-batch-'));
const cores = availableParallelism();
const threads = [...new Set([1, 2, 4, 8, cores].filter((t) => t <= cores))];
const rows = [];
try {
  for (const key of KEYS) {
    const input = INPUT_LIST.find((i) => i.key === key);
    const text = readFileSync(join(ROOT, 'tests/vectors', input.file), 'utf8').trim();
    const line = text.startsWith('{') ? JSON.stringify(JSON.parse(text)) : JSON.stringify(text);
    const corpus = join(dir, `${key}.ndjson`);
    writeFileSync(corpus, `${line}\n`.repeat(N));
    const docs = [];
    if (input.controller) {
      const path = join(dir, `${key}-controller.json`);
      writeFileSync(path, readFileSync(join(ROOT, 'tests/vectors/external', manifest.resolution[input.controller])));
      docs.push('--document', `${input.controller}=${path}`);
    }
    const perThreads = {};
    for (const t of threads) {
      let best = Infinity;
      let verdicts = '';
      for (let r = 0; r < REPEAT; r++) {
        const start = process.hrtime.bigint();
        const out = spawnSync(bin, ['verify', '--json', '--now', NOW, '--jobs', String(t), ...docs, corpus], { maxBuffer: 1 << 30 });
        const s = Number(process.hrtime.bigint() - start) / 1e9;
        if (out.error) throw out.error;
        const lines = out.stdout.toString().trimEnd().split('\n');
        if (lines.length !== N) throw new Error(`${key}: ${lines.length} reports for ${N} credentials: ${out.stderr}`);
        verdicts = JSON.parse(lines[0]).verdict;
        best = Math.min(best, s);
      }
      perThreads[t] = { seconds: best, perSecond: N / best, verdict: verdicts };
    }
    rows.push({ key, name: input.name, perThreads });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const fmt = (n) => Math.round(n).toLocaleString('en-GB');
console.log(`${N.toLocaleString('en-GB')} credentials per corpus, NDJSON, \`keurmerk verify --json --jobs N\` (release), best of ${REPEAT}, the whole process timed (start, read, verify, print); ${cores} cores.\n`);
console.log(`| input | verdict | ${threads.map((t) => `${t} thread${t > 1 ? 's' : ''}: /s (×)`).join(' | ')} | per core at 1 thread |`);
console.log(`|---|---|${threads.map(() => '---:').join('|')}|---:|`);
for (const r of rows) {
  const one = r.perThreads[1].perSecond;
  const cells = threads.map((t) => `${fmt(r.perThreads[t].perSecond)} (${(r.perThreads[t].perSecond / one).toFixed(2)}×)`);
  console.log(`| ${r.name} | ${r.perThreads[1].verdict} | ${cells.join(' | ')} | ${fmt(one)} |`);
}
writeFileSync(join(ROOT, 'bench/out/cli-batch.json'), JSON.stringify({ n: N, cores, rows }, null, 2));
