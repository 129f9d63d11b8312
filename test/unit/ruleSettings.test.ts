/**
 * Every rule at each severity (`dhcpd.lint.<ruleId>` / `--rule`), with LF and CRLF; and every
 * certain fix: applying it removes the problem without adding one.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES, familyOfFixture, located, service } from '../helpers';
import { RULES } from '../../server/src/knowledge/rules';
import { type SeveritySetting } from '../../server/src/services/lintRules';
import { applyEdits, fixAllEdits } from '../../server/src/model/textEdits';

const DIR = path.join(FIXTURES, 'rules');
const bad = fs.readdirSync(DIR).filter((f) => /\.bad[.-]/.test(f) || f.endsWith('.bad.conf')).sort();
const ruleOf = (f: string): string => f.split('.')[0];

test('every rule has a failing and a passing fixture', () => {
  // Rules without a line-marked fixture have their own tests (robustness.test.ts, generator.test.ts).
  const rules = Object.keys(RULES).filter((r) => !['nestingTooDeep', 'includeCycle', 'includeNotChecked', 'commentSwallowsLines'].includes(r) && !r.startsWith('pair'));
  const files = fs.readdirSync(DIR);
  const missing = rules.filter((r) => !files.some((f) => f.startsWith(r + '.') && f.includes('bad')) || !files.some((f) => f.startsWith(r + '.') && f.includes('good')));
  assert.deepEqual(missing, []);
});

const SEVERITIES: SeveritySetting[] = ['ignore', 'information', 'warning', 'error'];

for (const eol of ['\n', '\r\n']) {
  for (const file of bad) {
    const rule = ruleOf(file);
    test(`${file}: ${rule} at each severity (${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
      const raw = fs.readFileSync(path.join(DIR, file), 'utf8');
      const text = raw.replace(/\r?\n/g, eol);
      const family = familyOfFixture(raw);
      for (const severity of SEVERITIES) {
        const problems = located(service.analyze(path.join(DIR, file), text, { family, lint: { [rule]: severity } })).filter((p) => p.rule === rule);
        if (severity === 'ignore') assert.deepEqual(problems, [], `${rule}=ignore hides it`);
        else {
          assert.equal(problems.length, 1, `${rule}=${severity}`);
          assert.equal(problems[0].severity, severity);
        }
      }
    });
  }
}

for (const file of bad) {
  const raw = fs.readFileSync(path.join(DIR, file), 'utf8');
  const family = familyOfFixture(raw);
  const analysis = service.analyze(path.join(DIR, file), raw, { family });
  const problems = service.problemsForDocument(analysis);
  const fixable = problems.filter((p) => p.fixes?.some((f) => f.preferred));
  if (!fixable.length) continue;
  test(`${file}: the preferred fix (Fix all) removes the problem and adds none`, () => {
    const fixed = applyEdits(raw, fixAllEdits(problems));
    const after = located(service.analyze(path.join(DIR, file), fixed, { family }));
    const rule = ruleOf(file);
    assert.deepEqual(after.filter((p) => p.rule === rule).map((p) => p.message), [], fixed);
    const before = new Set(problems.map((p) => p.rule));
    const added = after.filter((p) => !before.has(p.rule) && p.severity !== 'information');
    assert.deepEqual(added.map((p) => `${p.rule}: ${p.message}`), [], fixed);
  });
}
