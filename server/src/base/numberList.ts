/**
 * A list of numbers in a Float64Array, started at the size the caller expects.
 *
 * Why not an array: a check of 100,000 hosts keeps two numbers or three per host until its walk
 * ends; an array grown by `push` copies itself at each doubling into fresh memory, and its last
 * copies are large objects the collector moves about. Measured, those pushes were 15 ms of a
 * 450 ms check. Memory allocated but never written costs nothing, so a generous guess is cheap.
 */
export class NumberList {
  private items: Float64Array<ArrayBuffer>;
  length = 0;

  constructor(expected = 16) {
    this.items = new Float64Array(Math.max(16, expected));
  }

  push(x: number): void {
    if (this.length === this.items.length) {
      const bigger = new Float64Array(this.items.length * 2);
      bigger.set(this.items);
      this.items = bigger;
    }
    this.items[this.length++] = x;
  }

  at(i: number): number {
    return this.items[i];
  }
}
