/**
 * A PieceText (server/src/base/pieceText.ts) reads as the string it stands for: random edits,
 * each followed by random reads (charCodeAt, slice with negative and out-of-range bounds,
 * indexOf and lastIndexOf of needles that cross the pieces' edges), compared with the same
 * reads of a plain string. The pieces are joined only now and then, as an editor's document is.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { PieceText } from '../../server/src/base/pieceText';
import { rng } from '../fuzz/fuzzer';

const INSERTS = ['a', 'b', ';', '\n', '\r\n', 'host h {\n  fixed-address 10.0.0.1;\n}\n', 'ab', 'ba', 'aab', 'é', '😀', 'x'.repeat(5000)];
const NEEDLES = ['a', 'b', 'ab', 'ba', 'aab', 'abab', '\n', '\r\n', 'host', ';\n}', '', 'zz'];

function reads(piece: PieceText, text: string, next: () => number, where: string): void {
  assert.equal(piece.length, text.length, `${where}: length`);
  // Now and then a position as String's methods also take it: NaN, a fraction, an infinity.
  const odd = [NaN, 2.5, -0.5, Infinity, -Infinity];
  const pick = (): number => (next() < 0.05 ? odd[Math.floor(next() * odd.length)] : Math.floor(next() * (text.length + 6)) - 3);
  for (let k = 0; k < 8; k++) {
    const i = pick();
    assert.ok(Object.is(piece.charCodeAt(i), text.charCodeAt(i)), `${where}: charCodeAt(${i})`);
    const a = pick();
    const b = next() < 0.2 ? -Math.floor(next() * 4) : pick();
    assert.equal(piece.slice(a, b), text.slice(a, b), `${where}: slice(${a}, ${b})`);
    assert.equal(piece.slice(a), text.slice(a), `${where}: slice(${a})`);
    const n = NEEDLES[Math.floor(next() * NEEDLES.length)];
    const p = pick();
    assert.equal(piece.indexOf(n, p), text.indexOf(n, p), `${where}: indexOf(${JSON.stringify(n)}, ${p})`);
    assert.equal(piece.lastIndexOf(n, p), text.lastIndexOf(n, p), `${where}: lastIndexOf(${JSON.stringify(n)}, ${p})`);
    assert.equal(piece.indexOf(n), text.indexOf(n), `${where}: indexOf(${JSON.stringify(n)})`);
    assert.equal(piece.lastIndexOf(n), text.lastIndexOf(n), `${where}: lastIndexOf(${JSON.stringify(n)})`);
  }
}

function randomEdits(oneByte: boolean): number {
  let edits = 0;
  const inserts = oneByte ? INSERTS.filter((s) => !/[^\u0000-\u00ff]/.test(s)) : INSERTS;
  for (let seed = 1; seed <= 40; seed++) {
    const next = rng(seed);
    let text = seed % 5 === 0 ? '' : 'abab\nhost a { fixed-address 10.0.0.1; }\n'.repeat(1 + Math.floor(next() * 20));
    let piece = PieceText.of(text);
    const older: Array<[PieceText, string]> = [];
    for (let step = 1; step <= 150; step++) {
      const from = Math.floor(next() * (text.length + 1));
      // Mostly typing (a character at a time, near the last edit or anywhere), sometimes a range replaced.
      const to = next() < 0.6 ? from : Math.min(text.length, from + Math.floor(next() * 40));
      const inserted = next() < 0.3 ? '' : inserts[Math.floor(next() * inserts.length)];
      piece = piece.withEdit(from, to, inserted);
      text = text.slice(0, from) + inserted + text.slice(to);
      edits++;
      reads(piece, text, next, `seed ${seed} step ${step}`);
      if (next() < 0.05) assert.equal(piece.toString(), text, `seed ${seed} step ${step}: toString`);
      if (next() < 0.1) older.push([piece, text]);
    }
    // An earlier version reads as it did: an edit never changes the text it was made from.
    for (const [p, t] of older) {
      assert.equal(p.slice(), t);
      assert.equal(p.toString(), t);
    }
  }
  return edits;
}

test('random edits: a PieceText reads as the string it stands for', () => {
  assert.ok(randomEdits(false) >= 6000);
});

test('the same with one-byte texts joined through the buffer, as large texts are', () => {
  const saved = PieceText.bufferedFrom;
  PieceText.bufferedFrom = 0;
  try {
    assert.ok(randomEdits(true) >= 6000);
  } finally {
    PieceText.bufferedFrom = saved;
  }
});

test('an edit undone gives back the text it came from, as one string (no copy)', () => {
  const text = 'host a { fixed-address 10.0.0.1; }\n'.repeat(1000);
  const typed = PieceText.of(text).withEdit(40, 40, 'x');
  assert.equal(typed.isFlat, false);
  const undone = typed.withEdit(40, 41, '');
  assert.equal(undone.isFlat, true);
  assert.equal(undone.toString(), text);
});

test('many edits in different places are joined past a bound, and still read the same', () => {
  let text = 'abcdefghij'.repeat(1000);
  let piece = PieceText.of(text);
  for (let i = 0; i < 200; i++) {
    const at = (i * 4999) % text.length;
    piece = piece.withEdit(at, at, String(i % 10));
    text = text.slice(0, at) + String(i % 10) + text.slice(at);
  }
  assert.equal(piece.slice(), text);
  assert.equal(piece.toString(), text);
});

test('most of a large text deleted: what is left reads the same, and edits go on from it', () => {
  let text = 'host a { fixed-address 10.0.0.1; }\n'.repeat(60000);
  let piece = PieceText.of(text);
  // All but a few characters at each end, then typing around them.
  piece = piece.withEdit(20, text.length - 20, '');
  text = text.slice(0, 20) + text.slice(text.length - 20);
  for (const [from, to, inserted] of [[5, 5, 'x'], [0, 3, ''], [10, 12, 'yz'], [text.length - 4, text.length - 4, '\n']] as Array<[number, number, string]>) {
    piece = piece.withEdit(from, to, inserted);
    text = text.slice(0, from) + inserted + text.slice(to);
    assert.equal(piece.slice(), text);
    assert.equal(piece.indexOf('10.0'), text.indexOf('10.0'));
  }
  assert.equal(piece.toString(), text);
});
