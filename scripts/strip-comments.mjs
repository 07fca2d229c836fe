// Writes a JavaScript file without its whole-line comments: `//` lines and `/* … */` blocks that
// start a line. The commented source is what we read and review (js/); what a page downloads is
// this (pkg/): 1.4 KB gzip of index.js's 3.8 KB were comments (docs/decisions.md, "Size").
// Deliberately no minifier: names and layout stay, so a stack trace still reads like the source.
// A comment inside a template literal would be cut too; `node --check` and the tests would see it.
import { readFileSync, writeFileSync } from 'node:fs';

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error('usage: node scripts/strip-comments.mjs SOURCE.js OUT.js');
  process.exit(2);
}
const out = [];
let inBlock = false;
for (const line of readFileSync(from, 'utf8').split('\n')) {
  const t = line.trim();
  if (inBlock) {
    if (t.endsWith('*/')) inBlock = false;
    continue;
  }
  if (t.startsWith('//')) continue;
  if (t.startsWith('/*')) {
    if (!t.endsWith('*/')) inBlock = true;
    continue;
  }
  out.push(line);
}
writeFileSync(to, `// Keurmerk (Apache-2.0): the commented source is js/${from.split('/').pop()} in the repository.\n${out.join('\n')}`);
