/**
 * A few thousand mutated configurations through every service, bounded in time (see
 * test/fuzz/fuzzer.ts for the invariants). `npm run fuzz` runs the same for as long as you like.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { fuzz } from '../fuzz/fuzzer';
import { ROOT } from '../helpers';

test('fuzz: no exception, diagnostics inside the document, generated configs parse', () => {
  const { cases, failures } = fuzz(ROOT, { seed: 20261128, count: 3000, seconds: 60 });
  console.log(`fuzz: ${cases} cases, ${failures.length} failures`);
  assert.ok(cases >= 500, `only ${cases} cases ran`);
  assert.deepEqual(failures.slice(0, 3).map((f) => `${f.seed}: ${f.error}\n--- text ---\n${f.text.slice(0, 2000)}`), []);
});
