/**
 * The server's document (server/src/base/textDocument.ts) answers as vscode-languageserver-
 * textdocument's does: thousands of random incremental edits (inserts, deletes, CRLF, CR and LF
 * breaks made and split, multi-line text, edits at the start and the end, surrogate pairs),
 * each followed by getText, lineCount, positionAt and offsetAt of random offsets and positions,
 * out of range and inside a CRLF too, compared with the library's answers.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument as Reference } from 'vscode-languageserver-textdocument';
import { TextDocument, type ContentChange, type Position, type Range } from '../../server/src/base/textDocument';
import { rng } from '../fuzz/fuzzer';
import { PieceText } from '../../server/src/base/pieceText';

const PIECES = ['a', 'b', ' ', ';', '{', '}', '\n', '\r\n', '\r', '\n\n', '\r\r\n', 'é', '😀', '\ud83d', '\ude00', 'host h {\n  fixed-address 10.0.0.1;\n}\n', 'x\r\ny\rz\n'];

/** Without the characters above U+00FF: texts that stay one-byte. */
const ONE_BYTE_PIECES = PIECES.filter((p) => !/[^\u0000-\u00ff]/.test(p));
let pieces = PIECES;

function randomText(next: () => number, max: number): string {
  let s = '';
  const n = Math.floor(next() * max);
  for (let i = 0; i < n; i++) s += pieces[Math.floor(next() * pieces.length)];
  return s;
}

function randomPosition(next: () => number, doc: Reference, inRange: boolean): Position {
  const lines = doc.lineCount;
  const r = next();
  if (!inRange && r < 0.05) return { line: -1 - Math.floor(next() * 3), character: Math.floor(next() * 5) };
  if (!inRange && r < 0.1) return { line: lines + Math.floor(next() * 3), character: Math.floor(next() * 5) };
  if (r < 0.15) return { line: 0, character: 0 }; // the start
  if (r < 0.2) return doc.positionAt(doc.getText().length); // the end
  const line = Math.floor(next() * lines);
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  // Past the end of the line, and negative, now and then: both are clamped.
  const character = next() < 0.1 ? -1 : Math.floor(next() * (text.length + 3));
  return { line, character };
}

function randomChange(next: () => number, doc: Reference): ContentChange {
  if (next() < 0.01) return { text: randomText(next, 30) };
  const a = randomPosition(next, doc, true);
  // Mostly short ranges (typing), sometimes long ones (a paste over several lines), sometimes reversed.
  const b = next() < 0.6 ? { line: a.line, character: a.character + Math.floor(next() * 3) } : randomPosition(next, doc, true);
  const range: Range = next() < 0.9 ? ordered(a, b) : ordered(b, a, true);
  const r = next();
  const text = r < 0.3 ? '' : r < 0.8 ? pieces[Math.floor(next() * pieces.length)] : randomText(next, 8);
  return { range, text };
}

function ordered(a: Position, b: Position, reversed = false): Range {
  const aFirst = a.line < b.line || (a.line === b.line && a.character <= b.character);
  return aFirst !== reversed ? { start: a, end: b } : { start: b, end: a };
}

/** The text for a message, cut short. */
function show(text: string): string {
  return JSON.stringify(text.length > 120 ? text.slice(0, 120) + '…' : text);
}

function compare(doc: TextDocument, ref: Reference, next: () => number, where: string): void {
  const text = ref.getText();
  // Mostly read without joining the pieces, so that they pile up over the edits as in an editor.
  assert.equal(next() < 0.15 ? doc.getText() : doc.snapshot().slice(), text, `${where}: text`);
  assert.equal(doc.version, ref.version, `${where}: version`);
  assert.equal(doc.lineCount, ref.lineCount, `${where}: lineCount`);
  for (let k = 0; k < 12; k++) {
    const offset = k === 0 ? -3 : k === 1 ? text.length + 3 : k === 2 ? text.length : Math.floor(next() * (text.length + 1));
    assert.deepEqual(doc.positionAt(offset), ref.positionAt(offset), `${where}: positionAt(${offset}) in ${show(text)}`);
  }
  // Every offset inside a CRLF, and just around it.
  for (let i = text.indexOf('\r\n'); i >= 0 && i < text.length; i = text.indexOf('\r\n', i + 2)) {
    for (const o of [i, i + 1, i + 2]) assert.deepEqual(doc.positionAt(o), ref.positionAt(o), `${where}: positionAt(${o}) at a CRLF`);
    if (next() < 0.7) break;
  }
  for (let k = 0; k < 12; k++) {
    const p = randomPosition(next, ref, false);
    assert.equal(doc.offsetAt(p), ref.offsetAt(p), `${where}: offsetAt(${JSON.stringify(p)}) in ${show(text)}`);
  }
  const range = ordered(randomPosition(next, ref, false), randomPosition(next, ref, false), next() < 0.2);
  assert.equal(doc.getText(range), ref.getText(range), `${where}: getText(${JSON.stringify(range)})`);
}

function randomEdits(oneByte = false): number {
  let edits = 0;
  for (let seed = 1; seed <= 60; seed++) {
    const next = rng(seed);
    // One-byte texts; every fourth one gets a character above U+00FF after a while.
    pieces = oneByte ? ONE_BYTE_PIECES : PIECES;
    const initial = seed % 10 === 0 ? '' : randomText(next, 120);
    const doc = TextDocument.create('file:///t.conf', 'dhcpd', 1, initial);
    const ref = Reference.create('file:///t.conf', 'dhcpd', 1, initial);
    // Some documents are edited before their line index is first asked for.
    const lazyUntil = seed % 3 === 0 ? 5 : 0;
    for (let step = 1; step <= 100; step++) {
      if (oneByte && seed % 4 === 0 && step === 50) pieces = PIECES;
      const changes: ContentChange[] = [];
      const count = next() < 0.85 ? 1 : 2 + Math.floor(next() * 3);
      // Each change is in the coordinates of the text the previous one left.
      const scratch = Reference.create(ref.uri, 'dhcpd', ref.version, ref.getText());
      for (let c = 0; c < count; c++) {
        const change = randomChange(next, scratch);
        changes.push(change);
        Reference.update(scratch, [change], scratch.version + 1);
      }
      const before = ref.getText();
      const applied = doc.update(changes, ref.version + 1);
      Reference.update(ref, changes, ref.version + 1);
      edits += changes.length;
      // The changes in offsets replay to the same text.
      let replayed = before;
      for (const a of applied) replayed = replayed.slice(0, a.start) + a.newText + replayed.slice(a.oldEnd);
      assert.equal(replayed, ref.getText(), `seed ${seed} step ${step}: offset changes`);
      if (step > lazyUntil) compare(doc, ref, next, `seed ${seed} step ${step}`);
    }
  }
  return edits;
}

test('random incremental edits: the same text, lines, positions and offsets as vscode-languageserver-textdocument', () => {
  assert.ok(randomEdits() > 6000);
});

test('the same on one-byte texts, every one built through the buffer as large texts are', () => {
  const saved = PieceText.bufferedFrom;
  PieceText.bufferedFrom = 0;
  try {
    assert.ok(randomEdits(true) > 6000);
  } finally {
    PieceText.bufferedFrom = saved;
  }
});

test('edits that make or split a CRLF at their edges', () => {
  const cases: Array<[string, Range, string]> = [
    ['a\r\nb', { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, 'x'], // before the CR
    ['a\nb', { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, '\r'], // CR put before an LF
    ['a\rb\nc', { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, ''], // the CR meets the LF
    ['a\r', { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, '\nb'], // LF after a final CR
    ['a\r\n', { start: { line: 0, character: 1 }, end: { line: 1, character: 0 } }, '\r'],
    ['\r\n\r\n', { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, '\n'],
    ['x', { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, ''],
    ['', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, '\r\n\r'],
  ];
  for (const [text, range, inserted] of cases) {
    const doc = TextDocument.create('file:///t.conf', 'dhcpd', 1, text);
    const ref = Reference.create('file:///t.conf', 'dhcpd', 1, text);
    void doc.lineCount;
    void ref.lineCount;
    doc.update([{ range, text: inserted }], 2);
    Reference.update(ref, [{ range, text: inserted }], 2);
    const next = rng(text.length + inserted.length);
    compare(doc, ref, next, JSON.stringify([text, inserted]));
    for (let o = -1; o <= ref.getText().length + 1; o++) assert.deepEqual(doc.positionAt(o), ref.positionAt(o), `${JSON.stringify([text, inserted])} positionAt(${o})`);
  }
});

test('edits far apart in a large document: the pending shift is settled between them', () => {
  const host = (i: number): string => `host h${i} {\n  fixed-address 10.0.${i >> 8}.${i & 255};\n}\n`;
  let text = '';
  for (let i = 0; i < 3000; i++) text += host(i);
  const doc = TextDocument.create('file:///t.conf', 'dhcpd', 1, text);
  const ref = Reference.create('file:///t.conf', 'dhcpd', 1, text);
  const next = rng(7);
  for (let step = 2; step < 400; step++) {
    const line = Math.floor(next() * ref.lineCount);
    const change: ContentChange =
      next() < 0.5
        ? { range: { start: { line, character: 2 }, end: { line, character: 2 } }, text: next() < 0.5 ? 'x' : host(step) }
        : { range: { start: { line, character: 0 }, end: { line: line + Math.floor(next() * 5), character: 0 } }, text: '' };
    doc.update([change], step);
    Reference.update(ref, [change], step);
    compare(doc, ref, next, `step ${step}`);
  }
});
