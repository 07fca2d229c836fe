// One cold verification in a fresh process: milliseconds from before the import to the first result.
import { INPUTS, inputText, NOW } from './common.mjs';

const which = process.argv[2];
const name = Object.keys(INPUTS)[0];
const text = inputText(name);
const t0 = performance.now();
if (which === 'keurmerk') {
  const { Verifier } = await import('../pkg/index.js');
  const v = await Verifier.create({ documents: INPUTS[name].documents });
  v.verify(text, { now: NOW });
} else {
  const { verifyOnce } = await import('./peer-digitalbazaar.mjs');
  await verifyOnce(JSON.parse(text));
}
console.log(performance.now() - t0);
