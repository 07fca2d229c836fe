// Numbers and dates in the widget's four languages, through Intl: the shared formatters live in
// languages.js (the npm package's detailLine() uses them too); here what only the widget needs.

import { formatter, localeOf } from './languages.js';

export { localeOf, formatter, formatNumber, formatDate, detailLine } from './languages.js';

const KINDS = ['number', 'date', 'dateTime'];

/**
 * Builds the formatters of `lang` ahead of need. The first Intl formatter a page builds loads the
 * locale's data (≈ 15–20 ms in Chromium), which would otherwise land on the first result shown.
 */
export function prepare(lang) {
  for (const kind of KINDS) formatter(kind, localeOf(lang));
}
