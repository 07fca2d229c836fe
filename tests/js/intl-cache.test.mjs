// pkg/intl-cache.js: one Intl formatter per kind and locale, and the widget's numbers and dates in
// English and Dutch (UTC; a time only when there is one).
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { formatter, formatNumber, formatDate, localeOf } from '../../pkg/intl-cache.js';

test('one formatter per kind and locale, built once', () => {
  assert.equal(formatter('number', 'nl-NL'), formatter('number', 'nl-NL'));
  assert.equal(formatter('date', 'en-GB'), formatter('date', 'en-GB'));
  assert.notEqual(formatter('date', 'en-GB'), formatter('dateTime', 'en-GB'));
  assert.notEqual(formatter('date', 'en-GB'), formatter('date', 'nl-NL'));
  assert.ok(formatter('dateTime', 'nl-NL') instanceof Intl.DateTimeFormat);
  assert.ok(formatter('number', 'en-GB') instanceof Intl.NumberFormat);
  assert.throws(() => formatter('toString', 'en-GB'), TypeError);
});

test('the two languages and their locales', () => {
  assert.equal(localeOf('nl'), 'nl-NL');
  assert.equal(localeOf('en'), 'en-GB');
  assert.equal(localeOf(undefined), 'en-GB');
  assert.equal(formatNumber(1000, 'en'), '1,000');
  assert.equal(formatNumber(1000, 'nl'), '1.000');
});

test('dates in UTC: the day alone at midnight, with the time otherwise; not a date stays as it is', () => {
  assert.equal(formatDate('2026-06-30T00:00:00Z', 'en'), '30 June 2026');
  assert.equal(formatDate('2026-06-30T00:00:00Z', 'nl'), '30 juni 2026');
  assert.match(formatDate('2026-06-30T10:20:00Z', 'en'), /^30 June 2026.*10:20 UTC$/);
  assert.match(formatDate('2026-06-30T10:20:00+02:00', 'nl'), /^30 juni 2026.*08:20 UTC$/);
  assert.equal(formatDate('2026-06-30T10:20:00Z', 'en', false), '30 June 2026');
  assert.equal(formatDate('not a date', 'en'), 'not a date');
});
