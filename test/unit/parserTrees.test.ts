/**
 * The parser's output on a set of varied fixtures, printed and compared with golden files
 * (test/fixtures/parser-trees/NAME.tree): every statement with every field, its block, the
 * comments, peers and declarations of the document, and every problem with its fixes. A change
 * of the parser that is meant to change nothing (a refactor) must leave these files as they are.
 * UPDATE_GOLDEN=1 rewrites them.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from '../../server/src/parser/parser';
import type { Block, Document, Statement } from '../../server/src/parser/nodes';
import type { Problem } from '../../server/src/parser/problems';
import type { Family } from '../../server/src/knowledge/types';
import { ROOT } from '../helpers';

const GOLDEN = path.join(ROOT, 'test', 'fixtures', 'parser-trees');

/** Paths under test/, and the family each is read in. */
const CASES: Array<[string, Family]> = [
  ['fixtures/kea/rich-primary.conf', 4], // options, definitions, space, classes, pools, permits, hosts
  ['fixtures/generator/two-peers-hba.conf', 4], // failover peers, hba, shared-network
  ['fixtures/rules/syntaxError.good-failover-state.conf', 4], // failover state blocks and dates
  ['fixtures/rules/syntaxError.bad-peer-state.conf', 4],
  ['grammar/dhcpv6.conf', 6], // server-duid, subnet6, range6, prefix6, pool6, host-identifier, fixed-*6
  ['grammar/classes.conf', 4], // class, subclass, spawn, lease limit, if/elsif/else, switch, expressions
  ['grammar/ddns.conf', 4], // key, zone, on commit/release, set/unset/log/execute
  ['fixtures/dhcpd-cases/A-numeric-switch.conf', 4],
  ['fixtures/dhcpd-cases/A-data-numbers.conf', 4],
  ['fixtures/dhcpd-cases/A-define-arguments.conf', 4],
  ['fixtures/rules/unterminatedString.bad-swallow.conf', 4], // recovery
  ['fixtures/rules/missingSemicolon.bad.conf', 4],
  ['fixtures/rules/unbalancedBrace.bad.conf', 4],
  ['fixtures/mutations/primary-delete-brace-1.conf', 4],
  ['fixtures/generator-cases/cr-only.conf', 4], // bare CR line ends
];

/** A field's value: names and values with all their fields, knowledge entries by name and kind. */
function fmt(v: unknown): string {
  if (v === undefined) return '-';
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(fmt).join(', ')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o).sort().map((k) => `${k}:${fmt(o[k])}`).join(' ')}}`;
}

function statementLine(s: Statement): string {
  const fields = Object.keys(s)
    .filter((k) => k !== 'kind' && k !== 'offset' && k !== 'length' && k !== 'parent' && k !== 'body')
    .sort()
    .map((k) => {
      const v = (s as unknown as Record<string, unknown>)[k];
      if (k === 'info') {
        const info = v as { name: string; kind: string } | undefined;
        return `info=${info ? `${info.kind}:${info.name}` : '-'}`;
      }
      if (k === 'declares') {
        const d = v as { space: string; option?: Record<string, unknown> } | undefined;
        return `declares=${d ? fmt({ space: d.space, option: d.option && { ...d.option, doc: undefined } }) : '-'}`;
      }
      return `${k}=${fmt(v)}`;
    });
  return `${s.kind} @${s.offset}+${s.length} ${fields.join(' ')}`;
}

function printBlock(block: Block, owner: unknown, indent: string, out: string[]): void {
  out.push(`${indent}{ @${block.offset}+${block.length}${block.closed ? '' : ' unclosed'}${block.plain ? ' plain' : ''}${block.owner === owner ? '' : ' WRONG-OWNER'}`);
  for (const s of block.statements) {
    out.push(`${indent}  ${statementLine(s)}${s.parent === block ? '' : ' WRONG-PARENT'}`);
    if (s.body) printBlock(s.body, s, indent + '    ', out);
  }
  out.push(`${indent}}`);
}

function printProblem(p: Problem): string {
  const fixes = p.fixes?.length ? ` fixes=${fmt(p.fixes)}` : '';
  return `${p.rule} ${p.severity} @${p.offset}+${p.length} ${JSON.stringify(p.message)}${fixes}`;
}

export function printParse(doc: Document, problems: readonly Problem[]): string {
  const out: string[] = [`document @${doc.offset}+${doc.length}`];
  printBlock(doc.body, doc, '', out);
  out.push('comments:', ...doc.comments.map((c) => `  @${c.offset}+${c.length} ${JSON.stringify(c.text)}`));
  out.push('peers:', ...doc.peers.map((p) => `  ${p.kind} @${p.offset} ${fmt(p.name)}`));
  out.push('declarations:', ...doc.declarations.map((d) => `  ${d.kind} @${d.offset}`));
  out.push('problems:', ...problems.map((p) => `  ${printProblem(p)}`));
  return out.join('\n') + '\n';
}

for (const [file, family] of CASES) {
  const name = path.basename(file, '.conf');
  test(`parse tree of ${file}`, () => {
    const text = fs.readFileSync(path.join(ROOT, 'test', file), 'utf8');
    const r = parse(text, { family });
    const printed = printParse(r.document, r.problems);
    const golden = path.join(GOLDEN, `${name}.tree`);
    if (process.env.UPDATE_GOLDEN) {
      fs.mkdirSync(GOLDEN, { recursive: true });
      fs.writeFileSync(golden, printed);
    }
    assert.equal(printed, fs.readFileSync(golden, 'utf8'));
  });
}
