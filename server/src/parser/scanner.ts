/**
 * The scanner of dhcpd.conf. It splits text the way dhcpd's own lexer (common/conflex.c) does:
 * names and numbers are runs of letters, digits, `-` and `_`; `.`, `:`, `/` and the other
 * punctuation are single-character tokens; strings are double-quoted with backslash escapes;
 * `#` starts a comment up to the end of the line. Composite values (IP addresses, MACs, domain
 * names, IPv6 addresses) are put together by the parser, as dhcpd does.
 *
 * It never throws: any character it does not know becomes a one-character `Punct` token, and an
 * unterminated string ends at the end of the text with `unterminated` set.
 */

export const enum TokenKind {
  /** letters, digits, `-`, `_`; also words that start with a non-ASCII character (curly quotes). */
  Word = 1,
  String = 2,
  Punct = 3,
  Comment = 4,
  EOF = 5,
}

export interface Token {
  readonly kind: TokenKind;
  readonly offset: number;
  readonly length: number;
  /** The token's text: for a string, its unescaped value; for a comment, the text after `#`. */
  readonly text: string;
  /** For strings: no closing quote before the end of the text (false for every other token). */
  readonly unterminated: boolean;
  /** True when white space or a comment separates this token from the previous one. */
  readonly spaceBefore: boolean;
  /** True when a line break separates this token from the previous one. */
  readonly lineBefore: boolean;
}

const enum Ch {
  Tab = 9,
  LF = 10,
  VT = 11,
  FF = 12,
  CR = 13,
  Space = 32,
  Quote = 34,
  Hash = 35,
  Minus = 45,
  Backslash = 92,
  Underscore = 95,
  Semicolon = 59,
  OpenBrace = 123,
  CloseBrace = 125,
  Zero = 48,
  Nine = 57,
  A = 65,
  Z = 90,
  a = 97,
  z = 122,
  BOM = 0xfeff,
}

function isWordChar(c: number): boolean {
  return (
    (c >= Ch.a && c <= Ch.z) ||
    (c >= Ch.A && c <= Ch.Z) ||
    (c >= Ch.Zero && c <= Ch.Nine) ||
    c === Ch.Minus ||
    c === Ch.Underscore
  );
}

/**
 * Characters outside ASCII: curly quotes and letters pasted from word processors. They are kept
 * inside words so that `“dhcp-failover”` is one token the rules can recognise, instead of a
 * scatter of one-character tokens.
 */
function isForeignChar(c: number): boolean {
  return c > 127 && c !== Ch.BOM;
}

function isSpace(c: number): boolean {
  return c === Ch.Space || c === Ch.Tab || c === Ch.LF || c === Ch.CR || c === Ch.VT || c === Ch.FF || c === 0 || c === Ch.BOM;
}

const SINGLE_ESCAPES: Record<string, string> = { t: '\t', r: '\r', n: '\n', b: '\b' };

/** Scans the whole text at once (tests and tools; the parser pulls tokens one by one). */
export function scan(text: string): Token[] {
  const scanner = new Scanner(text);
  const tokens: Token[] = [];
  for (;;) {
    const t = scanner.next();
    tokens.push(t);
    if (t.kind === TokenKind.EOF) return tokens;
  }
}

function isLowerHex(c: number): boolean {
  return (c >= Ch.Zero && c <= Ch.Nine) || (c >= Ch.a && c <= 102);
}

/**
 * Character classes for the fast lanes, one table lookup each (ASCII only; the rest is 0).
 * BLANK is space, tab, LF and CR: NUL, VT, FF and a BOM are white space too, but left to the
 * token path.
 */
const BLANK = 1;
const WORD = 2;
const HEX = 4;
const DIGIT = 8;
const CLASSES = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  CLASSES[c] =
    (c === 32 || c === 10 || c === 9 || c === 13 ? BLANK : 0) |
    (isWordChar(c) ? WORD : 0) |
    (isLowerHex(c) ? HEX : 0) |
    (isDigit(c) ? DIGIT : 0);
}
function charClass(c: number): number {
  return c < 128 ? CLASSES[c] : 0;
}

/**
 * The end of a plainly written IPv4 address at `p` (four numbers of 0–255 without leading
 * zeros, joined by dots, no spaces), or -1. What follows it is the caller's business.
 */
function ipv4End(text: string, p: number): number {
  for (let part = 0; part < 4; part++) {
    const from = p;
    let value = 0;
    while (charClass(text.charCodeAt(p)) & DIGIT) value = value * 10 + text.charCodeAt(p++) - Ch.Zero;
    const length = p - from;
    if (length === 0 || length > 3 || value > 255 || (length > 1 && text.charCodeAt(from) === Ch.Zero)) return -1;
    if (part < 3 && text.charCodeAt(p++) !== 46) return -1;
  }
  return p;
}

function isDigit(c: number): boolean {
  return c >= Ch.Zero && c <= Ch.Nine;
}

/** A pull scanner: the parser keeps only a few tokens of lookahead, never the whole array. */
export class Scanner {
  private pos = 0;
  /** Where the value read by the last successful `plain…` call starts. */
  valueStart = 0;

  /** The position after the last token or value read. */
  get position(): number {
    return this.pos;
  }

  /** The next non-space position, or -1 when a comment comes first. */
  private afterSpace(): number {
    const text = this.text;
    let p = this.pos;
    while (p < text.length && isSpace(text.charCodeAt(p))) p++;
    return text.charCodeAt(p) === Ch.Hash ? -1 : p;
  }

  /**
   * Fast paths for the two values that fill huge files (a MAC per host, an address per host):
   * when the value is written plainly, it is read here in one step instead of as a dozen tokens.
   * Each reads exactly what the parser's token path would accept as written, moves past it and
   * returns true; anything else (spaces inside, upper case, leading zeros, a comment, an error)
   * returns false and moves nothing, and the parser takes its token path.
   */
  plainHexList(): boolean {
    const text = this.text;
    const n = text.length;
    const start = this.afterSpace();
    if (start < 0) return false;
    let p = start;
    for (;;) {
      if (p + 1 >= n || !isLowerHex(text.charCodeAt(p)) || !isLowerHex(text.charCodeAt(p + 1))) return false;
      p += 2;
      const c = p < n ? text.charCodeAt(p) : -1;
      if (c >= 0 && (isWordChar(c) || isForeignChar(c))) return false;
      if (c !== 58) {
        // The token path goes on over spaces to a `:` (and over comments): leave those to it.
        let q = p;
        while (q < n && isSpace(text.charCodeAt(q))) q++;
        if (q < n && (text.charCodeAt(q) === 58 || text.charCodeAt(q) === Ch.Hash)) return false;
        break;
      }
      p++;
    }
    this.valueStart = start;
    this.pos = p;
    return true;
  }

  /** A plainly written IPv4 address: four numbers of 0–255 without leading zeros, dots, no spaces. */
  plainIPv4(): boolean {
    const text = this.text;
    const start = this.afterSpace();
    if (start < 0) return false;
    const p = ipv4End(text, start);
    if (p < 0) return false;
    const c = text.charCodeAt(p);
    if (isWordChar(c) || isForeignChar(c)) return false;
    this.valueStart = start;
    this.pos = p;
    return true;
  }

  /**
   * What `plainHost` found, as positions in the text, `hostMarkCount` of them: the name's start
   * and end, the `{`, then per statement six numbers (1 = hardware, 2 = fixed-address; its
   * keyword's start; the hardware type's start; the value's start and end; the `;`), the `}`
   * last. Reused from one host to the next.
   */
  readonly hostMarks: number[] = [];
  hostMarkCount = 0;

  /**
   * A host declaration written plainly, the bulk of huge files, read here in one step: from just
   * after its `host` keyword, a name, then `{`, then only `hardware ethernet` with a plain
   * six-byte MAC and `fixed-address` with one plain IPv4 address, each ended by `;`, then `}`.
   * No comment, no quote, no upper case. It fills `hostMarks`, moves past the `}` and returns
   * true; on anything else it moves nothing and returns false (the parser takes its usual path,
   * and tests check both paths give the same tree).
   */
  plainHost(): boolean {
    const text = this.text;
    const n = text.length;
    const marks = this.hostMarks;
    let k = 0;
    let p = this.pos;
    if (!(charClass(text.charCodeAt(p)) & BLANK)) return false;
    while (charClass(text.charCodeAt(p)) & BLANK) p++;
    const nameStart = p;
    while (p < n && charClass(text.charCodeAt(p)) & WORD) p++;
    if (p === nameStart || isForeignChar(text.charCodeAt(p))) return false;
    marks[k++] = nameStart;
    marks[k++] = p;
    while (charClass(text.charCodeAt(p)) & BLANK) p++;
    if (text.charCodeAt(p) !== Ch.OpenBrace) return false;
    marks[k++] = p++;
    for (;;) {
      while (charClass(text.charCodeAt(p)) & BLANK) p++;
      const c = text.charCodeAt(p);
      if (c === Ch.CloseBrace) {
        marks[k++] = p;
        this.hostMarkCount = k;
        this.pos = p + 1;
        return true;
      }
      const kw = p;
      let type = -1;
      let valueStart: number;
      if (c === 104 && text.startsWith('hardware', p) && charClass(text.charCodeAt(p + 8)) & BLANK) {
        p += 9;
        while (charClass(text.charCodeAt(p)) & BLANK) p++;
        if (!(text.startsWith('ethernet', p) && charClass(text.charCodeAt(p + 8)) & BLANK)) return false;
        type = p;
        p += 9;
        while (charClass(text.charCodeAt(p)) & BLANK) p++;
        valueStart = p;
        // Six pairs of lower-case hex digits, a `:` between each.
        for (let byte = 0; byte < 6; byte++) {
          if (!(charClass(text.charCodeAt(p)) & charClass(text.charCodeAt(p + 1)) & HEX)) return false;
          p += 2;
          if (byte < 5 && text.charCodeAt(p++) !== 58) return false;
        }
      } else if (c === 102 && text.startsWith('fixed-address', p) && charClass(text.charCodeAt(p + 13)) & BLANK) {
        p += 14;
        while (charClass(text.charCodeAt(p)) & BLANK) p++;
        valueStart = p;
        p = ipv4End(text, p);
        if (p < 0) return false;
      } else return false;
      const valueEnd = p;
      // The value ends at white space or `;`: anything else (`:`, `.`, `,`, a letter) is for the token path.
      while (charClass(text.charCodeAt(p)) & BLANK) p++;
      if (text.charCodeAt(p) !== Ch.Semicolon) return false;
      marks[k++] = type < 0 ? 2 : 1;
      marks[k++] = kw;
      marks[k++] = type;
      marks[k++] = valueStart;
      marks[k++] = valueEnd;
      marks[k++] = p++;
    }
  }

  /** `base` is added to every offset: included files live in their own offset range. */
  constructor(readonly text: string, private readonly base = 0) {}

  next(): Token {
  const text = this.text;
  const base = this.base;
  const n = text.length;
  let pos = this.pos;
  let spaceBefore = false;
  let lineBefore = false;
  let token: Token | undefined;
  while (pos < n && !token) {
    const c = text.charCodeAt(pos);
    if (isSpace(c)) {
      if (c === Ch.LF || c === Ch.CR) lineBefore = true;
      spaceBefore = true;
      pos++;
      continue;
    }
    const start = pos;
    if (c === Ch.Hash) {
      // Like dhcpd, a comment ends at a line feed only: in a file with bare CR line ends, it
      // runs on over the following "lines" (the parser warns about that).
      while (pos < n) {
        const d = text.charCodeAt(pos);
        if (d === Ch.LF || (d === Ch.CR && text.charCodeAt(pos + 1) === Ch.LF)) break;
        pos++;
      }
      token = { kind: TokenKind.Comment, offset: start + base, length: pos - start, text: text.substring(start + 1, pos), unterminated: false, spaceBefore, lineBefore };
      break;
    }
    if (c === Ch.Quote) {
      pos++;
      let value = '';
      let chunk = pos;
      let closed = false;
      while (pos < n) {
        const d = text.charCodeAt(pos);
        if (d === Ch.Quote) {
          value += text.substring(chunk, pos);
          pos++;
          closed = true;
          break;
        }
        if (d === Ch.Backslash && pos + 1 < n) {
          value += text.substring(chunk, pos);
          const e = text[pos + 1];
          if (e === 'x') {
            let hex = '';
            let k = pos + 2;
            while (k < n && hex.length < 2 && /[0-9a-fA-F]/.test(text[k])) hex += text[k++];
            value += hex ? String.fromCharCode(parseInt(hex, 16)) : 'x';
            pos = k;
          } else if (e >= '0' && e <= '3') {
            let oct = '';
            let k = pos + 1;
            while (k < n && oct.length < 3 && text[k] >= '0' && text[k] <= '7') oct += text[k++];
            value += String.fromCharCode(parseInt(oct, 8));
            pos = k;
          } else {
            value += SINGLE_ESCAPES[e] ?? e;
            pos += 2;
          }
          chunk = pos;
          continue;
        }
        pos++;
      }
      if (!closed) value += text.substring(chunk, pos);
      token = { kind: TokenKind.String, offset: start + base, length: pos - start, text: value, unterminated: !closed, spaceBefore, lineBefore };
    } else if (isWordChar(c) || isForeignChar(c)) {
      pos++;
      while (pos < n) {
        const d = text.charCodeAt(pos);
        if (!isWordChar(d) && !isForeignChar(d)) break;
        pos++;
      }
      token = { kind: TokenKind.Word, offset: start + base, length: pos - start, text: text.substring(start, pos), unterminated: false, spaceBefore, lineBefore };
    } else {
      pos++;
      // `!=`, `~=` and `~~` are the two-character operators of dhcp-eval.
      if ((c === 33 || c === 126) && pos < n) {
        const d = text.charCodeAt(pos);
        if (d === 61 || (c === 126 && d === 126)) pos++;
      }
      token = { kind: TokenKind.Punct, offset: start + base, length: pos - start, text: text.substring(start, pos), unterminated: false, spaceBefore, lineBefore };
    }
  }
  this.pos = pos;
  return token ?? { kind: TokenKind.EOF, offset: n + base, length: 0, text: '', unterminated: false, spaceBefore, lineBefore };
  }
}
