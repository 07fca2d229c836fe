// Turns `cargo bench --bench verify` (divan's tree) on stdin into a Markdown table: one row per
// benchmark with median, mean, fastest and slowest (and the median throughput where divan gives one).
import { readFileSync } from 'node:fs';

const lines = readFileSync(0, 'utf8').split('\n');
const header = lines.find((l) => /\bfastest\b.*│.*\bmedian\b/.test(l));
const at = header ? header.indexOf('fastest') : -1;
const path = [];
const rows = [];
for (const line of header ? lines.slice(lines.indexOf(header) + 1) : []) {
  if (line.length <= at) continue;
  const tree = line.slice(0, at);
  const [fastest, ...cols] = line.slice(at).split('│').map((s) => s.trim());
  const m = /^([\s│├╰─]*)(\S.*)?$/u.exec(tree);
  const name = m?.[2]?.trim();
  if (!name) { // throughput line of the row above
    if (fastest && rows.length && !rows[rows.length - 1].throughput) rows[rows.length - 1].throughput = cols[1];
    continue;
  }
  const depth = Math.round(m[1].length / 3);
  path.length = depth;
  path[depth] = name;
  if (fastest) rows.push({ name: path.filter(Boolean).slice(1).join(' / '), fastest, slowest: cols[0], median: cols[1], mean: cols[2] });
}
if (!rows.length) {
  console.log('(no divan output: did `cargo bench --bench verify` run?)');
  process.exit(0);
}
console.log('| benchmark | median | mean | fastest | slowest |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.name} | **${r.median}**${r.throughput ? ` (${r.throughput})` : ''} | ${r.mean} | ${r.fastest} | ${r.slowest} |`);
