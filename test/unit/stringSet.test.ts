/** The set of host names that keeps no string objects must answer exactly as a Set does. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { CompactStringSet } from '../../server/src/services/stringSet';
import { rng } from '../fuzz/fuzzer';

for (const [label, hash] of [['its hash', undefined], ['a hash that collides all the time', (s: string) => s.length * 7]] as const) {
  test(`a compact string set answers as a Set on random names, through its growth (${label})`, () => {
    const random = rng(3);
    const alphabet = ['a', 'b', '-', '0', '.', 'é', '“', '\0', 'host-', '10.0.0.'];
    const reference = new Set<string>();
    const set = new CompactStringSet(hash);
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
