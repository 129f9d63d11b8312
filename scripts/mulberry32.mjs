/**
 * The one seeded PRNG of the tests and scripts (mulberry32): deterministic runs from a seed.
 * Read by test/fuzz/fuzzer.ts (as `rng`), scripts/mutateTutorial.mjs and scripts/diffFuzz.mjs.
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
