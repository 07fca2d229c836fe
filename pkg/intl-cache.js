// Numbers and dates in the widget's four languages, through Intl. Building an Intl formatter costs
// about a millisecond, more than formatting with it, and a batch formats thousands of values: one
// formatter per kind and locale is built and kept (four locales, three kinds: the cache stays small).

const LOCALES = { nl: 'nl-NL', de: 'de-DE', fr: 'fr-FR' };

/** The locale of a widget language: `nl` → `nl-NL`, `de` → `de-DE`, `fr` → `fr-FR`, else `en-GB`. */
export function localeOf(lang) {
  return Object.hasOwn(LOCALES, lang) ? LOCALES[lang] : 'en-GB';
}

const OPTIONS = {
  number: undefined,
  date: { dateStyle: 'long', timeZone: 'UTC' },
  dateTime: { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' },
};

const cache = new Map();

/** The shared formatter of `kind` (`number`, `date` or `dateTime`) for `locale`. */
export function formatter(kind, locale) {
  if (!Object.prototype.hasOwnProperty.call(OPTIONS, kind)) throw new TypeError(`keurmerk-verifier: no formatter ${kind}`);
  const key = `${kind} ${locale}`;
  let f = cache.get(key);
  if (!f) {
    f = kind === 'number' ? new Intl.NumberFormat(locale) : new Intl.DateTimeFormat(locale, OPTIONS[kind]);
    cache.set(key, f);
  }
  return f;
}

/**
 * Builds the formatters of `lang` ahead of need. The first Intl formatter a page builds loads the
 * locale's data (≈ 15–20 ms in Chromium), which would otherwise land on the first result shown.
 */
export function prepare(lang) {
  for (const kind of Object.keys(OPTIONS)) formatter(kind, localeOf(lang));
}

/** A number in `lang`: 1,000 or 1.000. */
export function formatNumber(n, lang) {
  return formatter('number', localeOf(lang)).format(n);
}

/**
 * A date (an ISO 8601 string) in `lang`, in UTC: with its time and " UTC" when `withTime` and the
 * time is not midnight, else the day alone. A text that is not a date is returned as it is.
 */
export function formatDate(iso, lang, withTime = true) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  const midnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0;
  const timed = withTime && !midnight;
  return formatter(timed ? 'dateTime' : 'date', localeOf(lang)).format(d) + (timed ? ' UTC' : '');
}
