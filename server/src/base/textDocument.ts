/**
 * An editor's document: its text, its version and a line index, updated by incremental changes.
 *
 * What `vscode-languageserver-textdocument` does, with the same answers, at the cost of the edit
 * rather than of the file. Its `update` rebuilt the line index of everything after the edit: on
 * a file of 100,000 hosts (400,000 lines) that was most of a keystroke. Here an edit
 * - does not copy the text: the new version is the old one's pieces around the inserted text
 *   (base/pieceText.ts), joined into one string only when someone asks for all of it,
 * - reads only the inserted text and the characters on either side of it to patch the line index,
 * - and records how far the lines after the edit moved instead of moving them: the line starts
 *   after the last edit are stored with a pending shift, which the next edit elsewhere settles
 *   over the lines between the two edits only.
 * The line index is built on the first position↔offset conversion, never earlier.
 *
 * Services take a `LineDocument`, which this class and the library's TextDocument both are.
 */
import { computeLineStarts } from './lines';
import { PieceText, type TextSource } from './pieceText';

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 code unit in the line. */
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A change as LSP sends it: a range replaced by text, or the whole text. */
export type ContentChange = { range: Range; rangeLength?: number; text: string } | { text: string };

/** A change in offsets of the text it applies to (the shape the incremental parser takes). */
export interface OffsetChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newText: string;
}

/** What the services read of a document. */
export interface LineDocument {
  readonly uri: string;
  readonly version: number;
  /** The whole text, or the text of a range. */
  getText(range?: Range): string;
  /** The position of an offset (clamped to the text, never inside a line break). */
  positionAt(offset: number): Position;
  /** The offset of a position (clamped to its line, then to the text). */
  offsetAt(position: Position): number;
  readonly lineCount: number;
}

const LF = 10;
const CR = 13;

export class TextDocument implements LineDocument {
  private text: PieceText;
  private ver: number;
  /**
   * Line starts, built on first use. Entries from `shiftFrom` on are `shift` behind their true
   * value: the length difference of the last edits, not yet written into them.
   */
  private starts: number[] | undefined;
  private shiftFrom = 0;
  private shift = 0;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    version: number,
    text: string,
  ) {
    this.text = PieceText.of(text);
    this.ver = version;
  }

  static create(uri: string, languageId: string, version: number, text: string): TextDocument {
    return new TextDocument(uri, languageId, version, text);
  }

  get version(): number {
    return this.ver;
  }

  getText(range?: Range): string {
    if (!range) return this.text.toString();
    const a = this.offsetAt(range.start);
    const b = this.offsetAt(range.end);
    // A reversed range reads as the library's does (substring's order).
    return a <= b ? this.text.slice(a, b) : this.text.slice(b, a);
  }

  /**
   * The text of this version, to read without joining it into one string (which `getText()`
   * does): it does not change when the document does.
   */
  snapshot(): TextSource {
    return this.text;
  }

  get lineCount(): number {
    return this.index().length;
  }

  positionAt(offset: number): Position {
    const text = this.text;
    offset = Math.max(Math.min(offset, text.length), 0);
    const starts = this.index();
    const line = this.lineOf(offset);
    const start = this.startOf(line);
    const next = line + 1 < starts.length ? this.startOf(line + 1) : text.length;
    return { line, character: this.beforeEol(offset, start, next) - start };
  }

  offsetAt(position: Position): number {
    const starts = this.index();
    if (position.line >= starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const start = this.startOf(position.line);
    if (position.character <= 0) return start;
    const next = position.line + 1 < starts.length ? this.startOf(position.line + 1) : this.text.length;
    return this.beforeEol(Math.min(start + position.character, next), start, next);
  }

  /**
   * Applies the changes in order (each in the coordinates of the text the previous one left)
   * and returns them in offsets, for whoever follows the edits (the incremental parser).
   */
  update(changes: readonly ContentChange[], version: number): OffsetChange[] {
    const applied: OffsetChange[] = [];
    for (const change of changes) {
      if ('range' in change && change.range !== undefined) {
        let { start, end } = change.range;
        if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
        const from = this.offsetAt(start);
        const to = this.offsetAt(end);
        this.replace(from, to, change.text);
        applied.push({ start: from, oldEnd: to, newText: change.text });
      } else if (typeof change.text === 'string' && (change as { rangeLength?: unknown }).rangeLength === undefined) {
        applied.push({ start: 0, oldEnd: this.text.length, newText: change.text });
        this.text = PieceText.of(change.text);
        this.starts = undefined;
      } else {
        throw new Error('Unknown change event received');
      }
    }
    this.ver = version;
    return applied;
  }

  // ---- the line index ---------------------------------------------------------------------

  private index(): number[] {
    if (!this.starts) {
      this.starts = computeLineStarts(this.text.toString());
      this.shiftFrom = this.starts.length;
      this.shift = 0;
    }
    return this.starts;
  }

  private startOf(line: number): number {
    return line >= this.shiftFrom ? this.starts![line] + this.shift : this.starts![line];
  }

  /** The last line that starts at or before `offset`. */
  private lineOf(offset: number): number {
    const starts = this.starts!;
    const from = this.shiftFrom;
    const shift = this.shift;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((mid >= from ? starts[mid] + shift : starts[mid]) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** `offset` moved back before the line break it is in or after (a line's end is before its break). */
  private beforeEol(offset: number, start: number, next: number): number {
    // A line's break is its last one or two characters: nothing earlier needs reading.
    if (offset < next - 1) return offset;
    const text = this.text;
    while (offset > start) {
      const c = text.charCodeAt(offset - 1);
      if (c !== LF && c !== CR) break;
      offset--;
    }
    return offset;
  }

  /** Replaces [from, to) with `inserted`, patching the line index if there is one. */
  private replace(from: number, to: number, inserted: string): void {
    const old = this.text;
    this.text = old.withEdit(from, to, inserted);
    const starts = this.starts;
    if (!starts) return;
    const delta = inserted.length - (to - from);
    // A position p starts a line when the character before it is LF, or CR not followed by LF:
    // it depends on the characters at p - 1 and p. Positions before `from` keep their answer;
    // those after the inserted text are the old ones after `to`, moved by delta; the ones in
    // between, from `from` to the end of the inserted text, are read again.
    const before = from > 0 ? old.charCodeAt(from - 1) : -1;
    const after = to < old.length ? old.charCodeAt(to) : -1;
    const added: number[] = [];
    let prev = before;
    for (let i = 0; i <= inserted.length; i++) {
      const c = i < inserted.length ? inserted.charCodeAt(i) : after;
      const p = from + i;
      if (p === 0 || prev === LF || (prev === CR && c !== LF)) added.push(p);
      prev = c;
    }
    // The old line starts in [from, to] are replaced by those.
    let first = this.lineOf(from);
    if (this.startOf(first) < from) first++;
    const last = this.lineOf(to); // starts[last] <= to; first > last when there is none
    // Settle the pending shift so that it applies to exactly the lines after `last`: written into
    // the lines before the edit that it covers, or taken out of the lines after the edit that it
    // does not cover yet. Either costs the lines between this edit and the previous one.
    let shift = this.shift;
    if (shift !== 0) {
      for (let i = this.shiftFrom; i < first; i++) starts[i] += shift;
      for (let i = last + 1; i < this.shiftFrom; i++) starts[i] -= shift;
    }
    const removed = Math.max(0, last - first + 1);
    let patched = starts;
    if (removed === added.length) {
      for (let i = 0; i < added.length; i++) starts[first + i] = added[i];
    } else if (added.length < 10000) {
      starts.splice(first, removed, ...added);
    } else {
      patched = this.starts = starts.slice(0, first).concat(added, starts.slice(first + removed));
    }
    this.shift = shift + delta;
    this.shiftFrom = this.shift === 0 ? patched.length : first + added.length;
  }
}

