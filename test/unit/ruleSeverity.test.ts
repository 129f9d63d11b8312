/**
 * One rule id, one kind of finding: every problem the service reports carries the default
 * severity of its rule (RULES), so that `--rule id=ignore` or `dhcpd.lint.<id>` never hides an
 * error together with a warning. A finding that deserves another severity gets its own id.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, familyOfFixture, service } from '../helpers';
import { RULES } from '../../server/src/knowledge/rules';

function confFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...confFiles(p));
    else if (/\.conf$/.test(e.name)) out.push(p);
  }
  return out;
}

test('every reported problem has the default severity of its rule id', () => {
  const files = [...confFiles(path.join(ROOT, 'test')), ...confFiles(path.join(ROOT, 'examples'))];
  assert.ok(files.length > 100, 'the fixtures are found');
  const seen = new Set<string>();
  const wrong: string[] = [];
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const p of service.analyze(file, text, { family: familyOfFixture(text) }).problems) {
      seen.add(p.rule);
      if (p.severity !== RULES[p.rule]) wrong.push(`${path.relative(ROOT, file)}: ${p.rule} reported as ${p.severity}, its default is ${RULES[p.rule]}: ${p.message}`);
    }
  }
  assert.deepEqual(wrong, []);
  assert.ok(seen.size > 40, `many rules are exercised (${seen.size})`);
});

test('no code passes a severity of its own to a rule', () => {
  // report(rule, ..., severity) and sink.add(rule, ..., severity) must rely on RULES.
  const dirs = ['server/src/parser', 'server/src/services', 'server/src/failover', 'server/src'];
  const offenders: string[] = [];
  for (const d of dirs) {
    for (const f of fs.readdirSync(path.join(ROOT, d)).filter((x) => x.endsWith('.ts'))) {
      const text = fs.readFileSync(path.join(ROOT, d, f), 'utf8');
      text.split('\n').forEach((line, i) => {
        if (/(report|reportAt|add|problem)\(.*,\s*'(error|warning|information|hint)'\)\)?;\s*$/.test(line) || /^\s*\],\s*'(error|warning|information|hint)'\);/.test(line)) offenders.push(`${d}/${f}:${i + 1}`);
      });
    }
  }
  assert.deepEqual(offenders, []);
});

test('test/fixtures/RULES.md lists every rule id once, with its default severity', () => {
  const md = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'RULES.md'), 'utf8');
  const rows = [...md.matchAll(/^\| ([A-Za-z][A-Za-z0-9]*) \| ([a-z/]+) \|/gm)].map((m) => `${m[1]}=${m[2]}`).filter((r) => !r.startsWith('id='));
  assert.deepEqual(rows.slice().sort(), Object.entries(RULES).map(([id, s]) => `${id}=${s}`).sort());
});
