// A check's facts as data (src/lines.rs) through the npm package: the English `detail` it writes
// (the wasm leaves the words out) is the native one, `detailLine()` says the facts in Dutch, German
// and French with numbers and dates through Intl, and the issuer's statusMessage is shown in the
// reader's language. Also: the core module leaves status lists to the full module (module_needed),
// which verify() loads. A line missing in a language, or naming other arguments, fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { Verifier, detailLine, loadLanguage, loadFaultLines, LANGS } from '../../pkg/index.js';
import * as en from '../../pkg/lang/en.js';
import * as enFaults from '../../pkg/lang/en-faults.js';

const NOW = '2026-11-22T00:00:00Z';
const LIST = 'https://status.roc-voorbeeldstad.example/lists/status-list-messages.json';
const own = (name) => readFile(new URL(`../vectors/own/${name}`, import.meta.url));
const placeholders = (t) => [...t.matchAll(/\{([a-z_]+(?::[a-z]+)?)\}/g)].map((m) => m[1]).sort();

test('every detail line is worded in the four languages, naming the same arguments', async () => {
  // the lines met on the way to a verdict in lang/XX.js, the faults' in lang/XX-faults.js
  const enFaultLines = Object.keys(enFaults.DETAILS);
  assert.ok(enFaultLines.length >= 500, `only ${enFaultLines.length} lines of faults`);
  const english = { ...en.DETAILS, ...enFaults.DETAILS };
  assert.equal(Object.keys(english).length, Object.keys(en.DETAILS).length + enFaultLines.length, 'a line in both English tables');
  for (const lang of LANGS.filter((l) => l !== 'en')) {
    const { DETAILS } = await import(`../../pkg/lang/${lang}.js`);
    const { DETAILS: faults } = await import(`../../pkg/lang/${lang}-faults.js`);
    assert.deepEqual(Object.keys(DETAILS), Object.keys(en.DETAILS), `${lang}: other lines than English`);
    assert.deepEqual(Object.keys(faults), enFaultLines, `${lang}: other lines of faults than English`);
    for (const [line, words] of Object.entries({ ...DETAILS, ...faults })) {
      assert.ok(words.trim(), `${lang} ${line} is empty`);
      assert.deepEqual(placeholders(words), placeholders(english[line]), `${lang} ${line}`);
    }
  }
});

test("a fault's line: verify() loads the English lines of faults; verifySync() before has the facts, after the detail", async () => {
  const broken = new TextEncoder().encode('{"@context": [}');
  const verifier = await Verifier.create();
  const before = verifier.verifySync(broken, { now: NOW });
  const intake = before.checks.find((c) => c.code === 'json_syntax');
  assert.deepEqual(intake.facts, { line: 'json_syntax', args: { line: 1, column: 15 } });
  const after = await verifier.verify(broken, { now: NOW });
  const said = after.checks.find((c) => c.code === 'json_syntax');
  assert.equal(said.detail, 'not valid JSON at line 1, column 15', 'the English line, as natively');
  await loadFaultLines();
  assert.equal(verifier.verifySync(broken, { now: NOW }).checks.find((c) => c.code === 'json_syntax').detail, said.detail);
  await Promise.all(LANGS.map(loadLanguage));
  assert.equal(detailLine(said, 'de'), said.detail, 'German before its lines of faults are loaded: the English detail');
  await Promise.all(LANGS.map(loadFaultLines));
  assert.equal(detailLine(said, 'de'), 'kein gültiges JSON in Zeile 1, Spalte 15');
  assert.equal(detailLine(said, 'fr'), 'JSON non valide à la ligne 1, colonne 15');
  assert.equal(detailLine(said, 'nl'), 'geen geldige JSON op regel 1, kolom 15');
  verifier.free();
});

async function messageReport(name) {
  const verifier = await Verifier.create({ documents: { [LIST]: await own('status-list-messages.json') } });
  const sync = verifier.verifySync(await own(name), { now: NOW });
  const report = await verifier.verify(await own(name), { now: NOW });
  verifier.free();
  return { sync, report };
}

test('the core leaves a supplied status list to the full module; verify() loads it', async () => {
  const { sync, report } = await messageReport('status-message.json');
  const syncStatus = sync.checks.find((c) => c.id === 'status');
  assert.equal(syncStatus.code, 'module_needed');
  // what only the full module reads, by name, in the reader's language too
  assert.deepEqual(syncStatus.facts, { line: 'full_module_needed', args: { what: 'credentialStatus' } });
  assert.equal(syncStatus.detail, "credentialStatus: read by Keurmerk's full module, which was not loaded");
  assert.equal(sync.verdict, 'indeterminate');
  assert.equal(report.verdict, 'issuer_unknown');
  assert.equal(report.checks.find((c) => c.id === 'status').code, 'status_message');
});

test('the English detail the package writes is the native one, and the facts are data', async () => {
  const { report } = await messageReport('status-message.json');
  const status = report.checks.find((c) => c.id === 'status');
  assert.equal(status.detail, `message: entry 5 of ${LIST} is 0x2, which the issuer calls \u201cResit completed\u201d`);
  assert.deepEqual(status.facts, {
    line: 'status_entry_message',
    args: {
      purpose: 'message', index: 5, list: LIST, status: '0x2',
      message: { nl: 'Herkansing afgerond', en: 'Resit completed', de: 'Wiederholungsprüfung abgeschlossen', fr: 'Rattrapage réussi' },
    },
  });
  for (const c of report.checks) {
    if (c.facts) assert.ok(c.detail && !c.detail.includes('{'), `${c.code}: ${c.detail}`);
  }
  const intake = report.checks.find((c) => c.id === 'intake');
  assert.equal(intake.detail, '3116 bytes');
});

test("the issuer's status message in the reader's language; numbers and dates through Intl", async () => {
  const { report } = await messageReport('status-message.json');
  const status = report.checks.find((c) => c.id === 'status');
  const intake = report.checks.find((c) => c.id === 'intake');
  const validity = report.checks.find((c) => c.id === 'validity');
  await Promise.all(LANGS.map(loadLanguage));
  // a status list's entry is read by the full module: its line is with the lines of faults
  await Promise.all(LANGS.map(loadFaultLines));
  assert.match(detailLine(status, 'nl'), /positie 5 van .* is 0x2, door de uitgever “Herkansing afgerond” genoemd$/);
  assert.match(detailLine(status, 'de-AT'), /Eintrag 5 von .* ist 0x2, vom Aussteller „Wiederholungsprüfung abgeschlossen“ genannt$/);
  assert.match(detailLine(status, 'fr'), /l'entrée 5 de .* vaut 0x2, que l'émetteur appelle «\u00a0Rattrapage réussi\u00a0»$/);
  assert.match(detailLine(status, 'en'), /“Resit completed”$/);
  assert.match(detailLine(status, 'es'), /“Resit completed”$/, 'a language Keurmerk does not speak gets English');
  assert.equal(detailLine(intake, 'nl'), '3.116 bytes');
  assert.equal(detailLine(intake, 'de'), '3.116 Byte');
  assert.equal(detailLine(intake, 'fr'), '3\u202f116 octets');
  assert.equal(detailLine(validity, 'nl'), 'binnen de geldigheidsperiode op 22 november 2026', 'midnight UTC: the day, as the widget writes dates');
  assert.match(detailLine(validity, 'de'), /^innerhalb des Gültigkeitszeitraums am 22\. November 2026/);
  const plain = (await messageReport('status-message-plain.json')).report.checks.find((c) => c.id === 'status');
  assert.match(detailLine(plain, 'nl'), /is 0x0, door de uitgever “issued” genoemd$/, 'an untagged message as it is');
  const noFacts = { id: 'proof', code: 'x', detail: 'as it was' };
  assert.equal(detailLine(noFacts, 'nl'), 'as it was');
});

test('a fault said as facts: what it is about first, in the reader\'s language', async () => {
  const verifier = await Verifier.create({});
  const report = verifier.verifySync(await own('jwt-payload-tampered.jwt'), { now: NOW });
  verifier.free();
  const proof = report.checks.find((c) => c.id === 'proof');
  assert.equal(proof.code, 'signature_invalid');
  assert.equal(proof.facts.line, 'signature_not_verified');
  assert.equal(proof.facts.about.length, 1);
  assert.match(proof.detail, /^JWS EdDSA \(Ed25519\): the Ed25519 signature does not verify$/, 'the native English line');
  await loadLanguage('nl');
  await loadLanguage('fr');
  assert.match(detailLine(proof, 'nl'), /^JWS EdDSA \(Ed25519\): de Ed25519-handtekening klopt niet met de sleutel$/);
  assert.match(detailLine(proof, 'fr'), /^JWS EdDSA \(Ed25519\)\u00a0: la signature Ed25519 ne correspond pas à la clé$/);
});

