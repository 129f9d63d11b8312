/**
 * The incremental rules (services/rules/runner.ts, IncrementalRules) give exactly the problems of
 * a full check, after any sequence of edits: hosts renamed into duplicates and out of them,
 * fixed addresses moved into failover ranges, ranges changed under cached hosts, hosts pasted,
 * deleted, broken and mended.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { LanguageService, type AnalyzeOptions } from '../../server/src/languageService';
import type { Analysis } from '../../server/src/model/analysis';
import type { Problem } from '../../server/src/parser/problems';
import { rng, seeds } from '../fuzz/fuzzer';
import { ROOT } from '../helpers';

const service = new LanguageService();
const OPTIONS: AnalyzeOptions = { includes: false };

/** A primary with hosts at top level, some inside the failover range, two sharing a name. */
function primary(hosts: number): string {
  const out = [
    'failover peer "dhcp-failover" {',
    '  primary; address 10.0.0.1; port 647; peer address 10.0.0.2; peer port 647;',
    '  max-response-delay 60; max-unacked-updates 10; mclt 3600; split 128; load balance max seconds 3;',
    '}',
    'subnet 10.0.0.0 netmask 255.255.0.0 {',
    '  pool { failover peer "dhcp-failover"; range 10.0.1.10 10.0.1.200; }',
    '}',
  ];
  for (let i = 0; i < hosts; i++) {
    const name = i === 7 ? 'h3' : `h${i}`;
    const ip = i % 5 === 0 ? `10.0.1.${20 + i}` : `10.0.2.${i}`;
    out.push(`host ${name} {`, `  hardware ethernet 00:00:00:00:00:${(i & 255).toString(16).padStart(2, '0')};`, `  fixed-address ${ip};`, '}');
  }
  return out.join('\n') + '\n';
}

const EDITS = [
  'x', '3', '', ' ', '\n', ';', '}', '{', '"',
  'host h3 { fixed-address 10.0.1.50; }\n',
  'host h1 { hardware ethernet 00:00:00:00:00:01; hardware ethernet 00:00:00:00:00:02; }\n',
  'host dup { fixed-address 10.0.1.60, 10.0.2.1; }\nhost dup { }\n',
  '  fixed-address 10.0.1.99;\n',
  '  option routers 10.0.0.1;\n',
  '  allow booting;\n',
  'range 10.0.2.0 10.0.2.250; ',
  'class "c" { match if true; }\n',
  'subclass "c" 1;\n',
  'host nested { host inner { } }\n',
  '  fixed-address 10.0.1.',
];

function canonical(problems: readonly Problem[]): string[] {
  return problems
    .map((p) => `${p.offset}+${p.length} ${p.rule} ${p.severity} ${p.message}${p.fixes ? ' ' + JSON.stringify(p.fixes) : ''}`)
    .sort();
}

function randomEdit(random: () => number, text: string): { start: number; oldEnd: number; newText: string } {
  // Mostly inside or around a host name or an address: where typing happens.
  let start: number;
  const r = random();
  if (r < 0.4) {
    const at = text.indexOf('host ', Math.floor(random() * text.length));
    start = at < 0 ? Math.floor(random() * (text.length + 1)) : at + 5 + Math.floor(random() * 4);
  } else if (r < 0.6) {
    const at = text.indexOf('10.0.', Math.floor(random() * text.length));
    start = at < 0 ? Math.floor(random() * (text.length + 1)) : at + 5 + Math.floor(random() * 4);
  } else start = Math.floor(random() * (text.length + 1));
  start = Math.min(start, text.length);
  const oldEnd = Math.min(text.length, start + (random() < 0.6 ? 0 : Math.floor(random() * 40)));
  return { start, oldEnd, newText: EDITS[Math.floor(random() * EDITS.length)] };
}

function check(analysis: Analysis, text: string, what: string): void {
  const expected = service.check('/x.conf', text, OPTIONS).problems;
  assert.deepEqual(canonical(analysis.problems), canonical(expected), what);
}

test('incremental rules equal a full check after random edits of a failover primary with hosts', () => {
  const random = rng(20);
  let edits = 0;
  for (let round = 0; round < 60; round++) {
    let text = primary(20 + Math.floor(random() * 30));
    let analysis = service.analyze('/x.conf', text, OPTIONS);
    check(analysis, text, 'first analysis');
    for (let k = 0; k < 25; k++) {
      const change = randomEdit(random, text);
      text = text.slice(0, change.start) + change.newText + text.slice(change.oldEnd);
      analysis = service.update(analysis, '/x.conf', change, OPTIONS);
      edits++;
      // Not every version is checked, as in an editor (debounced): the cache must survive skips.
      if (random() < 0.7) check(analysis, text, `round ${round}, edit ${k}: ${JSON.stringify(change)}\n${text}`);
    }
    check(analysis, text, `round ${round}, end`);
  }
  assert.ok(edits >= 1500);
});

test('incremental rules equal a full check after random edits of real configurations', () => {
  const random = rng(21);
  const files = seeds(ROOT).filter((s) => s.text.length > 300);
  for (let n = 0; n < 300; n++) {
    const seed = files[Math.floor(random() * files.length)];
    let text = seed.text;
    let analysis = service.analyze('/x.conf', text, { ...OPTIONS, family: 4 });
    for (let k = 0; k < 6; k++) {
      const change = randomEdit(random, text);
      text = text.slice(0, change.start) + change.newText + text.slice(change.oldEnd);
      analysis = service.update(analysis, '/x.conf', change, { ...OPTIONS, family: 4 });
      const expected = service.check('/x.conf', text, { ...OPTIONS, family: 4 }).problems;
      assert.deepEqual(canonical(analysis.problems), canonical(expected), `${seed.name}, edit ${k}: ${JSON.stringify(change)}`);
    }
  }
});

test('a host renamed into a duplicate and back: the finding comes and goes on the later host', () => {
  let text = primary(10);
  let analysis = service.analyze('/x.conf', text, OPTIONS);
  const dups = (a: Analysis) => a.problems.filter((p) => p.rule === 'duplicateHost').map((p) => text.slice(p.offset, p.offset + p.length) + '@' + p.offset);
  const h3 = text.indexOf('host h3 ') + 5;
  const second = text.indexOf('host h3 ', h3) + 5;
  assert.deepEqual(dups(analysis), [`h3@${second}`]);
  // h3 → h9: the first h3 is gone, so the second is no longer a duplicate, but h9 now is.
  let change = { start: h3 + 1, oldEnd: h3 + 2, newText: '9' };
  text = text.slice(0, change.start) + change.newText + text.slice(change.oldEnd);
  analysis = service.update(analysis, '/x.conf', change, OPTIONS);
  const h9 = text.indexOf('host h9 ', text.indexOf('host h9 ') + 5) + 5;
  assert.deepEqual(dups(analysis), [`h9@${h9}`]);
  change = { start: h3 + 1, oldEnd: h3 + 2, newText: '3' };
  text = text.slice(0, change.start) + change.newText + text.slice(change.oldEnd);
  analysis = service.update(analysis, '/x.conf', change, OPTIONS);
  assert.deepEqual(dups(analysis), [`h3@${second}`]);
});

test('a failover range edited above cached hosts: their fixed addresses are checked at their new offsets', () => {
  let text = primary(30);
  let analysis = service.analyze('/x.conf', text, OPTIONS);
  check(analysis, text, 'first');
  // 10.0.1.10 → 10.0.1.9: the range changes and every host after it moves back one character.
  const at = text.indexOf('range 10.0.1.10 ') + 'range 10.0.1.'.length;
  for (const change of [{ start: at, oldEnd: at + 2, newText: '9' }, { start: at, oldEnd: at + 1, newText: '10' }, { start: at, oldEnd: at + 2, newText: '100' }]) {
    text = text.slice(0, change.start) + change.newText + text.slice(change.oldEnd);
    analysis = service.update(analysis, '/x.conf', change, OPTIONS);
    check(analysis, text, JSON.stringify(change));
    assert.ok(analysis.problems.some((p) => p.rule === 'failoverFixedAddressInRange') === !text.includes('range 10.0.1.100 '), 'the finding follows the range');
  }
});
