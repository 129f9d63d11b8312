/**
 * Incremental reparsing gives exactly the tree and the problems of a full parse, on random
 * edits of real configurations (insertions, deletions, braces and semicolons removed...).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { fullParse, reparse, type Parsed } from '../../server/src/parser/incremental';
import { PieceText } from '../../server/src/base/pieceText';
import type { Statement } from '../../server/src/parser/nodes';
import { forEachStatement } from '../../server/src/parser/walk';
import { rng, seeds } from '../fuzz/fuzzer';
import { ROOT } from '../helpers';
import { LanguageService } from '../../server/src/languageService';
import { statementAt } from '../../server/src/services/locate';
import { hover } from '../../server/src/services/hover';
import { completion } from '../../server/src/services/completion';
import { TextDocument } from 'vscode-languageserver-textdocument';

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
  // In offset order, as the service gives them (assemble sorts them): a full parse may emit two
  // problems of one statement out of offset order where a reparse emits them in order.
  out.push('problems ' + [...p.problems].sort((a, b) => a.offset - b.offset).map((x) => `${x.rule}@${x.offset}+${x.length}:${x.message}`).join(' | '));
  return out.join('\n');
}

const EDITS = ['option space s;\n', 'option s.x code 1 = text;\n', 'option s.x "v";\n', '', ';', '}', '{', ' ', '\n', 'x', 'option routers 10.0.0.1;\n', 'host h { }\n', '# c\n', '"', 'pool {', 'failover peer "p";'];

/** A random edit of `text`: an insertion, or a replacement of up to `maxCut` characters. */
function randomEdit(random: () => number, text: string, maxCut: number): { start: number; oldEnd: number; newText: string } {
  const start = Math.floor(random() * (text.length + 1));
  const oldEnd = Math.min(text.length, start + (random() < 0.5 ? 0 : Math.floor(random() * maxCut)));
  return { start, oldEnd, newText: EDITS[Math.floor(random() * EDITS.length)] };
}

test('incremental reparse equals a full parse on random edits', () => {
  const random = rng(7);
  const files = seeds(ROOT).filter((s) => s.text.length > 300);
  let reused = 0;
  let cases = 0;
  for (let n = 0; n < 1500; n++) {
    const seed = files[Math.floor(random() * files.length)];
    let prev = fullParse(seed.text, 4);
    for (let k = 0; k < 4; k++) {
      const text = prev.text.toString();
      const { start, oldEnd, newText } = randomEdit(random, text, 12);
      const expected = fullParse(text.slice(0, start) + newText + text.slice(oldEnd), 4);
      const before = dump(prev);
      // Every other edit gets the new text as an editor's document holds it: in pieces.
      const got = reparse(prev, { start, oldEnd, newText }, k % 2 ? PieceText.of(text).withEdit(start, oldEnd, newText) : undefined);
      cases++;
      if (!got) {
        prev = expected;
        continue;
      }
      reused++;
      assert.equal(got.text.toString(), expected.text);
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
  assert.equal(dump(got), dump(fullParse(got.text.toString(), 4)));
  assert.equal(got.document.body.statements.length, 2000);
});

test('contents moved by several edits catch up when read, whatever reads them first', () => {
  const random = rng(11);
  const files = seeds(ROOT).filter((s) => s.text.length > 300);
  let chained = 0;
  for (let n = 0; n < 400; n++) {
    const seed = files[Math.floor(random() * files.length)];
    let prev = fullParse(seed.text, 4);
    // Up to six edits in a row with nothing reading the tree in between.
    for (let k = 0; k < 6; k++) {
      const text = prev.text;
      const edit = randomEdit(random, text.toString(), 12);
      // The new text in pieces, as the editor's document keeps it, each edit on the last one's.
      const got = reparse(prev, edit, text instanceof PieceText || k % 2 ? (text instanceof PieceText ? text : PieceText.of(text.toString())).withEdit(edit.start, edit.oldEnd, edit.newText) : undefined);
      if (!got) break;
      prev = got;
      chained++;
    }
    assert.equal(dump(prev), dump(fullParse(prev.text.toString(), 4)), `after edits of ${seed.name}`);
  }
  assert.ok(chained > 400, `only ${chained} chained edits`);
});

test('after an edit, hover reads the statements at its offset moved, and the document is whole again when asked', () => {
  const host = (i: number) => `host h${i} {\n  hardware ethernet 00:00:00:00:${(i >> 8).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')};\n  fixed-address 10.0.${i >> 8}.${i & 255};\n}\n`;
  const text = Array.from({ length: 300 }, (_, i) => host(i)).join('');
  const service = new LanguageService();
  const before = service.analyze('big.conf', text, { family: 4 });
  const at = text.indexOf('fixed-address') + 'fixed-address'.length;
  const after = service.update(before, 'big.conf', { start: at, oldEnd: at, newText: '   ' });
  const fresh = service.analyze('big.conf', after.files[0].text, { family: 4 });
  const probe = after.files[0].text.indexOf('h250 {');
  // Only the statements around the probe (and the peers) are brought up to date.
  const tree = after.documentAt(probe);
  const got = statementAt(tree, probe + 1)!;
  const want = statementAt(fresh.document, probe + 1)!;
  assert.deepEqual([got.offset, got.keyword.offset, got.body!.offset, got.body!.statements[1].offset], [want.offset, want.keyword.offset, want.body!.offset, want.body!.statements[1].offset]);
  const far = tree.body.statements[100];
  assert.notEqual(far.keyword.offset, far.offset, 'statements far from the probe are left for later');
  // The whole document, asked for, is whole.
  const whole: string[] = [];
  const expected: string[] = [];
  forEachStatement(after.document, (s) => whole.push(`${s.kind}@${s.offset}/${s.keyword.offset}`));
  forEachStatement(fresh.document, (s) => expected.push(`${s.kind}@${s.offset}/${s.keyword.offset}`));
  assert.deepEqual(whole, expected);
  assert.deepEqual(after.problems, fresh.problems);
});

test('hover and completion right after edits answer as on a fresh analysis of the same text', () => {
  const random = rng(23);
  const files = seeds(ROOT).filter((s) => s.text.length > 300);
  const service = new LanguageService();
  let compared = 0;
  for (let n = 0; n < 150; n++) {
    const seed = files[Math.floor(random() * files.length)];
    let analysis = service.analyze('/t/dhcpd.conf', seed.text, { family: 4 });
    let text = seed.text;
    // Edits, now and then a request in between (which brings only part of the tree up to date),
    // sometimes several with nothing reading the tree, as when typing fast.
    for (let k = 0; k < 6; k++) {
      const { start, oldEnd, newText } = randomEdit(random, text, 6);
      analysis = service.update(analysis, '/t/dhcpd.conf', { start, oldEnd, newText }, { family: 4 });
      text = text.slice(0, start) + newText + text.slice(oldEnd);
      if (k < 5 && random() < 0.5) continue;
      const fresh = service.analyze('/t/dhcpd.conf', text, { family: 4 });
      const doc = TextDocument.create('file:///t/dhcpd.conf', 'dhcpd', 1, text);
      for (let j = 0; j < 3; j++) {
        // Near the edit mostly, as an editor asks; anywhere sometimes.
        const near = Math.min(text.length, Math.max(0, start + Math.floor((random() - 0.5) * 200)));
        const position = doc.positionAt(random() < 0.7 ? near : Math.floor(random() * (text.length + 1)));
        assert.deepEqual(hover(doc, analysis, position, 'en'), hover(doc, fresh, position, 'en'), `hover at ${JSON.stringify(position)} after edits of ${seed.name}`);
        assert.deepEqual(completion(doc, analysis, position, 'en'), completion(doc, fresh, position, 'en'), `completion at ${JSON.stringify(position)}`);
        compared++;
      }
    }
    const fresh = service.analyze('/t/dhcpd.conf', text, { family: 4 });
    assert.deepEqual(analysis.problems, fresh.problems, `problems after edits of ${seed.name}`);
  }
  assert.ok(compared >= 900, `only ${compared} requests compared`);
});

test('a peer inside a shared-network stays known through edits that nothing reads in between', () => {
  const peer = 'failover peer "fo" { primary; address 10.0.0.1; port 647; peer address 10.0.0.2; peer port 647; max-response-delay 30; max-unacked-updates 10; mclt 1800; split 128; load balance max seconds 3; }';
  const text = ['option domain-name "' + 'a'.repeat(300) + '";', 'default-lease-time 600;', 'max-lease-time 7200;', `shared-network net { ${peer}\n subnet 10.0.0.0 netmask 255.255.255.0 { pool { failover peer "fo"; range 10.0.0.10 10.0.0.20; } } }`, 'ddns-update-style none;', 'authoritative;', 'log-facility local7;', ''].join('\n');
  const service = new LanguageService();
  const peersOf = (a: ReturnType<LanguageService['analyze']>): string[] => a.document.peers.map((p) => `${p.name?.text}@${p.offset}`);
  for (const second of ['default-lease-time', '"fo" {']) {
    let a = service.analyze('x.conf', text, { family: 4 });
    // A long insertion before the shared-network, then an edit after it or in the peer's name.
    a = service.update(a, 'x.conf', { start: 25, oldEnd: 25, newText: 'b'.repeat(300) }, { family: 4 });
    let now = a.files[0].text;
    const at = now.indexOf(second) + (second === '"fo" {' ? 2 : 0);
    const change = second === '"fo" {' ? { start: at, oldEnd: at + 1, newText: 'x' } : { start: at, oldEnd: at, newText: ' ' };
    a = service.update(a, 'x.conf', change, { family: 4 });
    now = a.files[0].text;
    const fresh = service.analyze('x.conf', now, { family: 4 });
    assert.deepEqual(a.documentAt(now.lastIndexOf('failover peer')).peers.map((p) => p.name?.text), fresh.document.peers.map((p) => p.name?.text), second);
    assert.deepEqual(peersOf(a), peersOf(fresh), second);
  }
});

test('an edit in a block that includes a file keeps the included statements', () => {
  const files: Record<string, string> = { '/e/h.conf': 'host a { hardware ethernet 00:11:22:33:44:55; }\n' };
  const text = 'authoritative;\ndefault-lease-time 600;\nmax-lease-time 7200;\ngroup {\n  include "/e/h.conf";\n  default-lease-time 60;\n}\nhost a { hardware ethernet 00:11:22:33:44:56; }\nddns-update-style none;\n';
  const service = new LanguageService({ readFile: (f) => files[f] });
  const before = service.analyze('/e/main.conf', text, { family: 4 });
  const at = text.indexOf('default-lease-time 60;') + 'default-lease-time'.length;
  const after = service.update(before, '/e/main.conf', { start: at, oldEnd: at, newText: ' ' }, { family: 4 });
  const fresh = service.analyze('/e/main.conf', after.files[0].text, { family: 4 });
  assert.deepEqual(after.problems.map((p) => p.rule), ['duplicateHost']);
  assert.deepEqual(after.problems, fresh.problems);
});

test('what reading the included files found in this file (a file not found) moves with the edits before it', () => {
  const service = new LanguageService({ readFile: () => undefined });
  const text = 'authoritative;\ndefault-lease-time 600;\nmax-lease-time 7200;\nddns-update-style none;\ninclude "/etc/dhcp/missing.conf";\nlog-facility local7;\n';
  let a = service.analyze('/e/main.conf', text, { family: 4 });
  let now = text;
  for (const [at, cut, inserted] of [[0, 0, '# a comment\n'], [30, 33, ''], [now.length, now.length, 'option routers 10.0.0.1;\n']] as Array<[number, number, string]>) {
    a = service.update(a, '/e/main.conf', { start: at, oldEnd: cut, newText: inserted }, { family: 4 });
    now = now.slice(0, at) + inserted + now.slice(cut);
    assert.deepEqual(a.problems, service.analyze('/e/main.conf', now, { family: 4 }).problems);
  }
  assert.ok(a.problems.some((p) => p.rule === 'includeNotFound' && now.slice(p.offset, p.offset + p.length) === '"/etc/dhcp/missing.conf"'));
});
