/**
 * Whether the two servers of a pair serve the same configuration outside the failover peer
 * blocks. Both should (the ISC layout keeps that part in one shared file); a generated secondary
 * that lost bytes (an accented `option domain-name` decoded in the wrong encoding, say) would
 * silently hand out other values. Compared token by token, comments and layout aside, and as
 * bytes in each file's encoding, since dhcpd never decodes text.
 */
import { t } from '../base/l10n';
import type { Statement } from '../parser/nodes';
import type { Problem } from '../parser/problems';
import { RULES } from '../knowledge/rules';
import type { PairSource } from './generator';

export type Encoding = 'utf8' | 'latin1';

/** The spans that belong to one server: peer blocks and the statements that name a server. */
function ownSpans(src: PairSource): Array<{ offset: number; end: number }> {
  const own: Statement[] = [...src.peers, ...src.statements.filter((s) => s.kind !== 'failover-ref')];
  return own
    .filter((s) => s.offset < src.text.length)
    .map((s) => ({ offset: s.offset, end: s.offset + s.length }))
    .sort((x, y) => x.offset - y.offset);
}

/**
 * A cursor over the text as dhcpd's lexer sees it, outside comments and one-server spans: white
 * space counts only between two word characters (where it separates tokens), and then as one
 * space; strings are kept as written. Reads characters without building tokens, so comparing two
 * files of 100,000 hosts costs a few tens of milliseconds.
 */
class SharedCursor {
  private pos = 0;
  private span = 0;
  private inString = false;
  /** The offset of the character `next()` returned last. */
  at = 0;
  constructor(private readonly text: string, private readonly spans: ReadonlyArray<{ offset: number; end: number }>) {}

  /** The next character code, 32 for a separating space, -1 at the end. */
  next(): number {
    const text = this.text;
    let p = this.pos;
    if (this.inString) {
      const c = text.charCodeAt(p);
      if (p >= text.length) return this.end();
      if (c === 92 /* \ */ && p + 1 < text.length) {
        // An escape is compared as its two characters: return the backslash, then the next.
        this.pos = p + 1;
        this.at = p;
        this.escaped = true;
        return c;
      }
      if (c === 34 && !this.escaped) this.inString = false;
      this.escaped = false;
      this.pos = p + 1;
      this.at = p;
      return c;
    }
    let spaced = false;
    for (;;) {
      if (p >= text.length) return this.end();
      while (this.span < this.spans.length && this.spans[this.span].end <= p) this.span++;
      const s = this.spans[this.span];
      if (s && s.offset <= p) {
        p = s.end;
        spaced = true;
        continue;
      }
      const c = text.charCodeAt(p);
      if (c === 35 /* # */) {
        // A comment runs to LF (dhcpd ends comments there only).
        const nl = text.indexOf('\n', p);
        p = nl < 0 ? text.length : nl;
        spaced = true;
        continue;
      }
      if (c <= 32 || c === 0xfeff) {
        p++;
        spaced = true;
        continue;
      }
      if (spaced && isWord(c) && isWord(this.last)) {
        // The separator between two words; the word itself comes next time.
        this.pos = p;
        this.last = 32;
        this.at = p;
        return 32;
      }
      if (c === 34) this.inString = true;
      this.pos = p + 1;
      this.last = c;
      this.at = p;
      return c;
    }
  }

  private escaped = false;
  private last = 32;

  get position(): number {
    return this.pos;
  }

  get quoted(): boolean {
    return this.inString;
  }

  /** Where the next one-server span starts (the end of the text when none is left). */
  get limit(): number {
    while (this.span < this.spans.length && this.spans[this.span].end <= this.pos) this.span++;
    const s = this.spans[this.span];
    return s ? Math.max(s.offset, this.pos) : this.text.length;
  }

  /** Moves to the start of a line, outside any string (see skipSame). */
  jumpTo(p: number): void {
    this.pos = p;
    this.inString = false;
    this.escaped = false;
    this.last = 32;
  }

  private end(): number {
    this.pos = this.text.length;
    this.at = this.text.length;
    return -1;
  }
}

function isWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95 || c > 127;
}

/** The token around an offset, to quote it: a run of word characters, a string, or one character. */
function tokenAt(text: string, at: number): { offset: number; length: number; text: string } {
  if (at >= text.length) return { offset: text.length, length: 0, text: '' };
  let start = at;
  let end = at + 1;
  if (isWord(text.charCodeAt(at))) {
    while (start > 0 && isWord(text.charCodeAt(start - 1))) start--;
    while (end < text.length && isWord(text.charCodeAt(end))) end++;
  }
  return { offset: start, length: end - start, text: text.slice(start, end) };
}

/**
 * The fast path: where both texts are the same byte for byte (all of it, for a generated
 * secondary), jump over whole identical lines at once. Both cursors land at a line start with the
 * same state, so what follows is compared as before.
 */
function skipSame(ta: string, ca: SharedCursor, tb: string, cb: SharedCursor, recoded: boolean): void {
  if (ca.quoted || cb.quoted) return;
  const pa = ca.position;
  const pb = cb.position;
  const n = Math.min(ca.limit - pa, cb.limit - pb);
  let i = 0;
  while (i < n) {
    const c = ta.charCodeAt(pa + i);
    if (c !== tb.charCodeAt(pb + i) || (recoded && c > 127)) break;
    i++;
  }
  if (i < 256) return;
  const nl = ta.lastIndexOf('\n', pa + i - 1);
  if (nl < pa) return;
  ca.jumpTo(nl + 1);
  cb.jumpTo(pb + (nl + 1 - pa));
}

/** At most one problem in each file: where the two start to differ. */
export function sharedDifference(a: PairSource, b: PairSource, names: { a: string; b: string }, encodings: { a: Encoding; b: Encoding }): { a: Problem[]; b: Problem[] } {
  const ca = new SharedCursor(a.text, ownSpans(a));
  const cb = new SharedCursor(b.text, ownSpans(b));
  const recoded = encodings.a !== encodings.b;
  for (;;) {
    skipSame(a.text, ca, b.text, cb, recoded);
    const x = ca.next();
    const y = cb.next();
    if (x === -1 && y === -1) return { a: [], b: [] };
    // Outside ASCII, equal characters are other bytes when the encodings differ.
    if (x === y && !(recoded && x > 127)) continue;
    const tx = tokenAt(a.text, ca.at);
    const ty = tokenAt(b.text, cb.at);
    const label = (e: Encoding) => (e === 'utf8' ? 'UTF-8' : 'ISO-8859-1');
    const message = (here: string, there: string, other: string, encHere: Encoding, encThere: Encoding): string =>
      here === there
        ? t('From here on, the configuration differs from {0} outside the failover peer blocks: `{1}` is written in {2} here and in {3} there, and dhcpd hands out the bytes, so clients get different values. Save both files in one encoding.', other, here, label(encHere), label(encThere))
        : t('From here on, the configuration differs from {0} outside the failover peer blocks: `{1}` here, `{2}` there. Both servers must serve the same subnets, pools, hosts and options (dhcpd-conf split keeps them in one shared file).', other, here || t('end of file'), there || t('end of file'));
    const problem = (tok: { offset: number; length: number }, msg: string): Problem => ({ rule: 'pairSharedDiffers', severity: RULES.pairSharedDiffers, message: msg, offset: tok.offset, length: tok.length });
    return {
      a: [problem(tx, message(tx.text, ty.text, names.b, encodings.a, encodings.b))],
      b: [problem(ty, message(ty.text, tx.text, names.a, encodings.b, encodings.a))],
    };
  }
}
