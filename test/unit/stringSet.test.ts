/** The set of host names that keeps no string objects must answer exactly as a Set does; the number list as an array. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { CompactStringSet } from '../../server/src/services/stringSet';
import { NumberList } from '../../server/src/base/numberList';
import { rng } from '../fuzz/fuzzer';

const HASHES = [['its hash', undefined], ['a hash that collides all the time', (s: string) => s.length * 7]] as const;
// Started small (it grows), or at a size a check guesses from its text (long names overflow it).
for (const [label, hash, expected] of HASHES.flatMap(([l, h]) => [[l, h, undefined], [`${l}, started at 20,000`, h, 20000]] as const)) {
  test(`a compact string set answers as a Set on random names, through its growth (${label})`, () => {
    const random = rng(3);
    const alphabet = ['a', 'b', '-', '0', '.', 'é', '“', '\0', 'host-', '10.0.0.'];
    const reference = new Set<string>();
    const set = new CompactStringSet(hash, expected);
    for (let n = 0; n < (hash ? 6000 : 60000); n++) {
      let s = '';
      const len = Math.floor(random() * 6);
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(random() * alphabet.length)];
      assert.equal(set.has(s), reference.has(s), JSON.stringify(s));
      assert.equal(set.add(s), !reference.has(s), JSON.stringify(s));
      reference.add(s);
      assert.equal(set.size, reference.size);
    }
    // Short names over a small alphabet: many repeats, prefixes of one another, the empty name.
    assert.ok(reference.size > 1000 && reference.size < 60000, `${reference.size} names`);
    assert.equal(set.has(''), true);
  });
}

test('a compact string set holds 100,000 distinct host names and finds each again', () => {
  const set = new CompactStringSet();
  for (let i = 0; i < 100000; i++) assert.equal(set.add(`host-${i}`), true);
  for (let i = 0; i < 100000; i += 997) assert.equal(set.add(`host-${i}`), false);
  assert.equal(set.has('host-100000'), false);
  assert.equal(set.has('host-0'), true);
  assert.equal(set.size, 100000);
});

test('a number list keeps what is pushed, in order, past the size it started at', () => {
  const list = new NumberList(3);
  const want: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const x = i % 3 === 0 ? 2 ** 40 + i : i % 3 === 1 ? 4294967295 - i : i / 7;
    list.push(x);
    want.push(x);
  }
  assert.equal(list.length, 1000);
  assert.deepEqual(Array.from({ length: list.length }, (_, i) => list.at(i)), want);
});
