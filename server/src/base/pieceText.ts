/**
 * A text kept as the pieces an edit left, joined into one string only when someone asks for it.
 *
 * Strings are immutable: an editor's document that is a string copies the whole text at every
 * keystroke. On a 9 MB file that copy is 8 MB of fresh memory per keystroke, several
 * milliseconds of page faults, and it is what sets off V8's major collections while typing.
 * A `PieceText` is instead a short list of spans of earlier texts and of inserted text: an edit
 * makes a new list (a few entries), and the parts that read text (the incremental parser, the
 * line index, completion, the rules' fixes) read it through `TextSource`, which a string also is.
 * `toString()` joins the pieces once, on demand, and is kept.
 *
 * A `PieceText` never changes after it is made: it is the text of one version.
 */
import { Buffer } from 'node:buffer';

/** What reading a text needs: a string is one, and so is a `PieceText`. */
export interface TextSource {
  readonly length: number;
  charCodeAt(index: number): number;
  slice(start?: number, end?: number): string;
  indexOf(search: string, position?: number): number;
  lastIndexOf(search: string, position?: number): number;
  /** The whole text as one string. */
  toString(): string;
}

/** `src.slice(start, end)`, named by its parts. */
interface Piece {
  readonly src: string;
  readonly start: number;
  readonly end: number;
}

/** Beyond this many pieces an edit joins them: reads stay a short search. */
const MAX_PIECES = 64;
/** Neighbouring inserted pieces shorter than this together are joined into one string (typing a word). */
const SMALL = 4096;
/** A span shorter than SPAN_COPIED of a text of LARGE characters or more is copied. */
const LARGE = 1 << 20;
const SPAN_COPIED = 1 << 12;

/** ToIntegerOrInfinity, as String's methods read their positions (NaN is 0, fractions truncated). */
function toInteger(x: number): number {
  const n = Math.trunc(+x);
  return Number.isNaN(n) ? 0 : n;
}

/** `text` with [start, end) replaced by `inserted`, in pieces: no copy of a large text. */
export function editedText(text: TextSource, start: number, end: number, inserted: string): PieceText {
  return (text instanceof PieceText ? text : PieceText.of(text.toString())).withEdit(start, end, inserted);
}

export class PieceText implements TextSource {
  readonly length: number;
  /** The whole text as one string, once someone asked for it (or it was made from one). */
  private flat: string | undefined;
  /** `ends[i]`: where piece i ends in this text. */
  private ends: number[];
  /** The piece the last read found: reads come in runs near one place. */
  private last = 0;

  /** From this length on, a text of one-byte characters is joined through a buffer (tests lower it). */
  static bufferedFrom = 1 << 20;
  /** How many texts were joined into one string so far (tests and the bench read it). */
  static joins = 0;

  private constructor(
    private pieces: readonly Piece[],
    /** Whether every character is below U+0100 (undefined: not known). */
    readonly oneByte: boolean | undefined,
  ) {
    const ends: number[] = [];
    let at = 0;
    for (const p of pieces) ends.push((at += p.end - p.start));
    this.ends = ends;
    this.length = at;
    if (pieces.length === 1 && pieces[0].start === 0 && pieces[0].end === pieces[0].src.length) this.flat = pieces[0].src;
    else if (pieces.length === 0) this.flat = '';
  }

  static of(text: string): PieceText {
    return new PieceText(text.length ? [{ src: text, start: 0, end: text.length }] : [], undefined);
  }

  /** Whether the text is one string already (reading it costs nothing more). */
  get isFlat(): boolean {
    return this.flat !== undefined;
  }

  toString(): string {
    if (this.flat === undefined) {
      this.flat = join(this.pieces, this.length, this.oneByte === true);
      // The pieces' sources may go: the text is one string now.
      this.pieces = [{ src: this.flat, start: 0, end: this.length }];
      this.ends = [this.length];
      this.last = 0;
    }
    return this.flat;
  }

  /** This text with [from, to) replaced by `inserted`. */
  withEdit(from: number, to: number, inserted: string): PieceText {
    // Whether every character is one byte: read once, when the text first grows large enough to
    // be joined through the buffer, then kept up to date from what is inserted.
    let oneByte = this.oneByte;
    if (oneByte === undefined && this.length + inserted.length >= PieceText.bufferedFrom) oneByte = !NOT_ONE_BYTE.test(this.toString());
    if (oneByte) oneByte = !NOT_ONE_BYTE.test(inserted);
    const pieces = this.flat !== undefined ? (this.flat.length ? [{ src: this.flat, start: 0, end: this.flat.length }] : []) : this.pieces;
    const out: Piece[] = [];
    let at = 0;
    let i = 0;
    // The pieces wholly before `from`, then the part of the one it cuts.
    for (; i < pieces.length; i++) {
      const p = pieces[i];
      const len = p.end - p.start;
      if (at + len > from) break;
      out.push(p);
      at += len;
    }
    if (i < pieces.length && from > at) out.push({ src: pieces[i].src, start: pieces[i].start, end: pieces[i].start + (from - at) });
    if (inserted.length) push(out, { src: inserted, start: 0, end: inserted.length });
    // Skip to the piece holding `to`, then its part after it and the rest.
    for (; i < pieces.length; i++) {
      const p = pieces[i];
      const len = p.end - p.start;
      if (at + len > to) {
        push(out, { src: p.src, start: p.start + (to - at), end: p.end });
        i++;
        break;
      }
      at += len;
    }
    for (; i < pieces.length; i++) push(out, pieces[i]);
    const next = new PieceText(out, oneByte);
    return out.length <= MAX_PIECES ? next : new PieceText([{ src: next.toString(), start: 0, end: next.length }], oneByte);
  }

  charCodeAt(index: number): number {
    if (this.flat !== undefined) return this.flat.charCodeAt(index);
    index = toInteger(index);
    if (!(index >= 0 && index < this.length)) return NaN;
    const k = this.pieceAt(index);
    const p = this.pieces[k];
    return p.src.charCodeAt(p.end - (this.ends[k] - index));
  }

  slice(start = 0, end = this.length): string {
    if (this.flat !== undefined) return this.flat.slice(start, end);
    const len = this.length;
    start = toInteger(start);
    end = toInteger(end);
    start = start < 0 ? Math.max(len + start, 0) : Math.min(start, len);
    end = end < 0 ? Math.max(len + end, 0) : Math.min(end, len);
    if (start >= end) return '';
    let k = this.pieceAt(start);
    let out = '';
    for (let at = start; at < end; k++) {
      const p = this.pieces[k];
      const pieceStart = this.ends[k] - (p.end - p.start);
      const stop = Math.min(end, this.ends[k]);
      out += p.src.slice(p.start + (at - pieceStart), p.start + (stop - pieceStart));
      at = stop;
    }
    return out;
  }

  indexOf(search: string, position = 0): number {
    if (this.flat !== undefined) return this.flat.indexOf(search, position);
    const from = Math.min(Math.max(toInteger(position), 0), this.length);
    if (search.length === 0) return from;
    for (let k = from < this.length ? this.pieceAt(from) : this.pieces.length; k < this.pieces.length; k++) {
      const start = this.ends[k] - (this.pieces[k].end - this.pieces[k].start);
      // Inside piece k, then across its end (a match that begins in it and ends in the next).
      const hit = this.view(k).indexOf(search, Math.max(0, from - start));
      if (hit >= 0) return start + hit;
      const cross = this.ends[k] - search.length + 1;
      if (search.length > 1 && k + 1 < this.pieces.length) {
        const windowStart = Math.max(cross, from, start);
        const w = this.slice(windowStart, this.ends[k] + search.length - 1).indexOf(search);
        if (w >= 0 && windowStart + w < this.ends[k]) return windowStart + w;
      }
    }
    return -1;
  }

  lastIndexOf(search: string, position = Infinity): number {
    if (this.flat !== undefined) return this.flat.lastIndexOf(search, position);
    const from = Math.min(Math.max(Number.isNaN(+position) ? Infinity : toInteger(position), 0), this.length);
    if (search.length === 0) return from;
    if (this.length === 0) return -1;
    for (let k = this.pieceAt(Math.min(from, this.length - 1)); k >= 0; k--) {
      const start = this.ends[k] - (this.pieces[k].end - this.pieces[k].start);
      // Across the end of piece k first (those matches begin later), then inside it.
      if (search.length > 1 && k + 1 < this.pieces.length && from >= this.ends[k] - search.length + 1) {
        const windowStart = Math.max(this.ends[k] - search.length + 1, start);
        const w = this.slice(windowStart, this.ends[k] + search.length - 1).lastIndexOf(search, from - windowStart);
        if (w >= 0 && windowStart + w < this.ends[k]) return windowStart + w;
      }
      const hit = this.view(k).lastIndexOf(search, from - start);
      if (hit >= 0) return start + hit;
    }
    return -1;
  }

  /** Piece k as a string (a view of its source: no copy for long pieces). */
  private view(k: number): string {
    const p = this.pieces[k];
    return p.start === 0 && p.end === p.src.length ? p.src : p.src.slice(p.start, p.end);
  }

  /** The piece that holds offset `index` (0 <= index < length). */
  private pieceAt(index: number): number {
    const ends = this.ends;
    const k = this.last;
    if (k < ends.length && index < ends[k] && (k === 0 || index >= ends[k - 1])) return k;
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= index) lo = mid + 1;
      else hi = mid;
    }
    return (this.last = lo);
  }
}

/**
 * Appends a piece, joining it with the one before when they are one span of the same string, or
 * both typed text (small strings of their own; a span of a large text is left as it is, so that
 * an edit undone joins it again with its other half).
 */
function push(out: Piece[], p: Piece): void {
  if (p.end === p.start) return;
  // A few characters left of a large text (most of a file deleted) are copied: a span would
  // keep the whole text alive for as long as this version lives.
  if (p.src.length >= LARGE && p.end - p.start < SPAN_COPIED) {
    const s = detached(p.src.slice(p.start, p.end));
    p = { src: s, start: 0, end: s.length };
  }
  const before = out[out.length - 1];
  if (before && before.src === p.src && before.end === p.start) {
    out[out.length - 1] = { src: p.src, start: before.start, end: p.end };
  } else if (before && before.src.length + p.src.length < SMALL) {
    const s = before.src.slice(before.start, before.end) + p.src.slice(p.start, p.end);
    out[out.length - 1] = { src: s, start: 0, end: s.length };
  } else out.push(p);
}

const NOT_ONE_BYTE = /[^\u0000-\u00ff]/;

/**
 * A copy of a string that does not point into the text it was cut from. V8 makes substrings of
 * 13 characters or more views of their parent string: kept, such a slice keeps the whole text
 * alive. Flattening a concatenation writes a fresh string.
 */
export function detached(slice: string): string {
  return (slice + ' ').slice(0, -1);
}

/** Reused by every join: as large as the largest text joined through it. */
let scratch = Buffer.alloc(0);

/**
 * The pieces as one string. Flattening a concatenation of a 9 MB text took V8 some 25 ms; a
 * text of one-byte characters (U+0000 to U+00FF, which every ASCII configuration is) written
 * into a buffer and read back as Latin-1 is exact for those characters and takes about 1 ms
 * plus the new string's memory.
 */
function join(pieces: readonly Piece[], length: number, oneByte: boolean): string {
  PieceText.joins++;
  if (!oneByte || length < PieceText.bufferedFrom) {
    let s = '';
    for (const p of pieces) s += p.src.slice(p.start, p.end);
    // A read of one character flattens a concatenation: done here, once.
    s.charCodeAt(0);
    return s;
  }
  if (scratch.length < length) scratch = Buffer.allocUnsafe(length + (length >> 3));
  let at = 0;
  for (const p of pieces) at += scratch.write(p.start === 0 && p.end === p.src.length ? p.src : p.src.slice(p.start, p.end), at, p.end - p.start, 'latin1');
  return scratch.toString('latin1', 0, at);
}
