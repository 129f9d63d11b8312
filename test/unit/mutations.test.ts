/**
 * Hundreds of one-mistake mutations of the French tutorial's primary and secondary, each labelled
 * by `dhcpd -t` (test/fixtures/mutations/LABELS.tsv, made by scripts/mutateTutorial.mjs and
 * re-verified by `npm run test:oracle`):
 * - dhcpd refuses it: we report an error;
 * - dhcpd accepts it but it is wrong for the pair: a warning and no error;
 * - advice (a default in effect): information only;
 * - a harmless change: no diagnostic at all.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES, located, readTsv, service } from '../helpers';

const DIR = path.join(FIXTURES, 'mutations');
const rows = readTsv(path.join(DIR, 'LABELS.tsv'));

const tally = { agree: 0, total: 0 };

for (const row of rows) {
  test(`${row.file} (${row.operator}, expect ${row.expect})`, () => {
    const text = fs.readFileSync(path.join(DIR, row.file), 'utf8');
    const problems = located(service.analyze(path.join(DIR, row.file), text, { family: 4 }));
    const errors = problems.filter((p) => p.severity === 'error');
    const warnings = problems.filter((p) => p.severity === 'warning');
    const infos = problems.filter((p) => p.severity === 'information');
    const shown = problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`).join('\n') || '(none)';
    const why = `dhcpd exit ${row.dhcpd_exit} (${row.dhcpd_message}); we said:\n${shown}`;
    tally.total++;
    switch (row.expect) {
      case 'error':
        assert.ok(errors.length > 0, why);
        break;
      case 'warning':
        assert.equal(errors.length, 0, why);
        assert.ok(warnings.length > 0, why);
        break;
      case 'information':
        assert.equal(errors.length + warnings.length, 0, why);
        assert.ok(infos.length > 0, why);
        break;
      default:
        assert.equal(problems.length, 0, why);
    }
    tally.agree++;
  });
}

test('agreement summary', () => {
  // Printed for the record; each case above is its own assertion.
  console.log(`mutations: ${tally.agree}/${tally.total} agree with dhcpd -t and the expected class`);
});
