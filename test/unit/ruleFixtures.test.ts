/**
 * Every rule has a failing and a passing fixture in test/fixtures/rules, each verified with
 * `dhcpd -t` (VERDICTS.tsv; re-verified by `npm run test:oracle`). A bad fixture marks the line
 * of its one mistake with `# !ruleId`: the service must report exactly that rule on exactly that
 * line, and nothing else. A good fixture must get no diagnostic at all. The rule's severity must
 * agree with dhcpd's verdict: error exactly when dhcpd refused the file.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES, familyOfFixture, located, readTsv, service } from '../helpers';

const DIR = path.join(FIXTURES, 'rules');
const verdicts = new Map(readTsv(path.join(DIR, 'VERDICTS.tsv')).map((r) => [r.file, r]));
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.conf')).sort();

function expectedMarkers(text: string): string[] {
  const out: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = /# !([A-Za-z][A-Za-z0-9]*)\s*$/.exec(line);
    if (m) out.push(`${m[1]}@${i + 1}`);
  });
  return out;
}

for (const eol of ['\n', '\r\n']) {
  for (const file of files) {
    test(`${file} (${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
      const raw = fs.readFileSync(path.join(DIR, file), 'utf8');
      const text = eol === '\n' ? raw : raw.replace(/\r?\n/g, '\r\n');
      const analysis = service.analyze(path.join(DIR, file), text, { family: familyOfFixture(raw) });
      const problems = located(analysis);
      const got = problems.map((p) => `${p.rule}@${p.line}`).sort();
      const expected = expectedMarkers(raw).sort();
      assert.deepEqual(got, expected, problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`).join('\n'));
      const verdict = verdicts.get(file);
      assert.ok(verdict, `${file} has a dhcpd verdict in VERDICTS.tsv`);
      const refused = verdict.dhcpd_exit !== '0';
      const hasError = problems.some((p) => p.severity === 'error');
      assert.equal(hasError, refused, `an error exactly when dhcpd refuses the file (dhcpd exit ${verdict.dhcpd_exit}: ${verdict.message})`);
    });
  }
}
