/**
 * A set of strings kept in typed arrays, so that no string object stays alive in it.
 *
 * Why: a huge file declares 100,000 host names, and the duplicate check must remember them all
 * through the walk. In a `Set`, each name is copied through the young generation into the old one,
 * and the set's table (old) points at young strings, which every minor collection then rescans:
 * measured, 65 ms of a 360 ms check. Here the characters are copied once into a growing buffer.
 * Exact: strings are compared character by character, the hash only picks the slot.
 */
export class CompactStringSet {
  private chars: Uint16Array<ArrayBuffer>;
  private used = 0;
  /** Per entry: where its characters start, how many, and its hash. */
  private starts: Int32Array<ArrayBuffer>;
  private lengths: Int32Array<ArrayBuffer>;
  private hashes: Int32Array<ArrayBuffer>;
  private count = 0;
  /** Open addressing: entry index + 1, 0 for an empty slot. */
  private slots: Int32Array<ArrayBuffer>;

  /**
   * `hash`: tests pass a poor one, to make every lookup go through collisions. `expected`: how
   * many strings may come (of about 16 characters), when the caller can tell: the arrays start
   * at that size instead of growing to it, copying themselves along the way. Memory never
   * written costs nothing, so a generous guess is cheap.
   */
  constructor(
    private readonly hash: (s: string) => number = hashOf,
    expected = 256,
  ) {
    const entries = Math.max(256, expected);
    this.chars = new Uint16Array(entries * 16);
    this.starts = new Int32Array(entries);
    this.lengths = new Int32Array(entries);
    this.hashes = new Int32Array(entries);
    let slots = 512;
    while (slots < entries * 2) slots *= 2;
    this.slots = new Int32Array(slots);
  }

  get size(): number {
    return this.count;
  }

  has(s: string): boolean {
    return this.find(s, this.hash(s)) >= 0;
  }

  /** Adds `s`; false when it was already in the set. */
  add(s: string): boolean {
    const h = this.hash(s);
    const at = this.find(s, h);
    if (at >= 0) return false;
    this.insert(s, h, ~at);
    return true;
  }

  /** The slot holding `s` (>= 0), or ~slot of the empty slot where it would go. */
  private find(s: string, h: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const e = slots[i] - 1;
      if (e < 0) return ~i;
      if (this.hashes[e] === h && this.lengths[e] === s.length && this.equals(e, s)) return i;
    }
  }

  private equals(e: number, s: string): boolean {
    const chars = this.chars;
    const start = this.starts[e];
    for (let k = 0; k < s.length; k++) if (chars[start + k] !== s.charCodeAt(k)) return false;
    return true;
  }

  private insert(s: string, h: number, slot: number): void {
    const e = this.count++;
    if (e === this.starts.length) {
      this.starts = grow(this.starts, e * 2);
      this.lengths = grow(this.lengths, e * 2);
      this.hashes = grow(this.hashes, e * 2);
    }
    if (this.used + s.length > this.chars.length) {
      const bigger = new Uint16Array(Math.max(this.chars.length * 2, this.used + s.length));
      bigger.set(this.chars.subarray(0, this.used));
      this.chars = bigger;
    }
    const chars = this.chars;
    const start = this.used;
    for (let k = 0; k < s.length; k++) chars[start + k] = s.charCodeAt(k);
    this.used += s.length;
    this.starts[e] = start;
    this.lengths[e] = s.length;
    this.hashes[e] = h;
    this.slots[slot] = e + 1;
    // At most half full: probes stay short.
    if (this.count * 2 > this.slots.length) this.rehash();
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let e = 0; e < this.count; e++) {
      let i = this.hashes[e] & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = e + 1;
    }
    this.slots = slots;
  }
}

function grow(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h;
}
