// Number formatting shared by the Node and Chromium reports.
export const fmtUs = (us) => (us >= 10000 ? `${(us / 1000).toFixed(1)} ms` : us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(0)} µs`);
export const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms >= 100 ? 0 : 1)} ms`);
/** Keurmerk / peer, bold, with what it means in words: "0.12 (8.3× faster)". */
export const ratio = (a, b, [less, more] = ['faster', 'slower']) => {
  const r = a / b;
  const times = r < 1 ? b / a : r;
  return `**${r < 0.1 ? r.toFixed(3) : r.toFixed(2)}** (${times.toFixed(times >= 10 ? 0 : 1)}× ${r < 1 ? less : more})`;
};
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const kb = (b) => `${b.toLocaleString('en-US')} B`;
