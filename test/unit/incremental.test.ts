/**
 * Incremental reparsing gives exactly the tree and the problems of a full parse, on random
 * edits of real configurations (insertions, deletions, braces and semicolons removed...).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fullParse, reparse, type Parsed } from '../../server/src/incremental';
import type { Statement } from '../../server/src/parser/nodes';
import { forEachStatement } from '../../server/src/parser/nodes';
import { rng, seeds } from '../fuzz/fuzzer';
import { ROOT } from '../helpers';

/** A printable form of the tree: every statement's kind, span and keyword, and the comments. */
function dump(p: Parsed): string {
  const out: string[] = [];
  forEachStatement(p.document, (s: Statement) => {
    const values = (s as { values?: Array<{ offset: number; length: number; text: string }> }).values ?? [];
    const name = (s as { name?: { offset: number; text: string } }).name;
    out.push(`${s.kind}@${s.offset}+${s.length} ${s.keyword.text}@${s.keyword.offset} ${name ? `${name.text}@${name.offset}` : ''} [${values.map((v) => `${v.text}@${v.offset}`).join(',')}] ${s.body ? `{${s.body.offset}+${s.body.length}}` : ''} ${s.parent.owner.kind}`);
  });
  out.push('comments ' + p.document.comments.map((c) => `${c.offset}+${c.length}`).join(','));
  out.push('peers ' + p.document.peers.map((x) => x.offset).join(','));
  out.push('declarations ' + p.document.declarations.map((x) => x.offset).join(','));
  out.push('problems ' + p.problems.map((x) => `${x.rule}@${x.offset}+${x.length}:${x.message}`).join(' | '));
  return out.join('\n');
}

const EDITS = ['option space s;\n', 'option s.x code 1 = text;\n', 'option s.x "v";\n', '', ';', '}', '{', ' ', '\n', 'x', 'option routers 10.0.0.1;\n', 'host h { }\n', '# c\n', '"', 'pool {', 'failover peer "p";'];

test('incremental reparse equals a full parse on random edits', () => {
  const random = rng(7);
  const files = seeds(ROOT).filter((s) => s.text.length > 300);
  let reused = 0;
  let cases = 0;
  for (let n = 0; n < 1500; n++) {
    const seed = files[Math.floor(random() * files.length)];
    let prev = fullParse(seed.text, 4);
    for (let k = 0; k < 4; k++) {
      const text = prev.text;
      const start = Math.floor(random() * (text.length + 1));
      const oldEnd = Math.min(text.length, start + (random() < 0.5 ? 0 : Math.floor(random() * 12)));
      const newText = EDITS[Math.floor(random() * EDITS.length)];
      const expected = fullParse(text.slice(0, start) + newText + text.slice(oldEnd), 4);
      const before = dump(prev);
      const got = reparse(prev, { start, oldEnd, newText });
      cases++;
      if (!got) {
        prev = expected;
        continue;
      }
      reused++;
      assert.equal(got.text, expected.text);
      assert.equal(dump(got), dump(expected), `edit ${JSON.stringify({ start, oldEnd, newText })} of ${seed.name}\n--- before ---\n${before.slice(0, 500)}`);
      prev = got;
    }
  }
  console.log(`incremental: ${reused}/${cases} edits reparsed incrementally, all equal to a full parse`);
  assert.ok(reused > cases / 2, `only ${reused} of ${cases} edits were incremental`);
});

test('a one-character edit in a large file reparses only around it', () => {
  const host = (i: number) => `host h${i} {\n  hardware ethernet 00:00:00:00:${(i >> 8).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')};\n  fixed-address 10.0.${i >> 8}.${i & 255};\n}\n`;
  const text = Array.from({ length: 2000 }, (_, i) => host(i)).join('');
  const prev = fullParse(text, 4);
  const at = text.indexOf('fixed-address 10.0.3.') + 'fixed-address'.length;
  const got = reparse(prev, { start: at, oldEnd: at, newText: ' ' });
  assert.ok(got, 'incremental');
  assert.equal(dump(got), dump(fullParse(got.text, 4)));
  assert.equal(got.document.body.statements.length, 2000);
});
