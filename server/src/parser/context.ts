/**
 * What every part of the parser reads with: the token cursor, the state the statement families
 * share (family, declared option spaces and options, failover peers, the branches of an `if`,
 * the types of enclosing switches), the making of nodes (`finish`), blocks, and the values
 * common to many statements: names, numbers, addresses, prefixes, hexadecimal lists.
 *
 * The statement families (declarations.ts, failover.ts, keysZones.ts, options.ts,
 * executable.ts, parameters.ts) are functions of a ParserContext; parser.ts dispatches to them.
 */
import { STATEMENTS } from '../knowledge';
import type { Family, OptionInfo } from '../knowledge/types';
import type { RuleId } from '../knowledge/rules';
import { DHCPD_KEYWORDS } from '../knowledge/dhcpdKeywords.generated';
import { t } from '../base/l10n';
import { TokenCursor } from './cursor';
import { ExpressionParser, type ExpressionHost, type ExprType } from './expressions';
import type { Block, BlockOwner, FailoverPeer, Name, Statement, Value } from './nodes';
import { Token, TokenKind } from './scanner';
import { hexElement, type ValueReader } from './values';

export const MAX_NESTING = 256;

/** `0`–`9` only. */
function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * An array grown by `push` keeps spare capacity (17 slots for one element); huge files hold
 * hundreds of thousands of these, so finished arrays are copied to their exact size.
 */
export function exact<T>(a: T[]): T[] {
  return a.length === 0 ? [] : a.slice();
}

/** A finished statement with its value list at its exact size. */
function compact(s: Statement): Statement {
  const v = (s as { values?: Value[] }).values;
  if (v && v.length) (s as { values: Value[] }).values = v.slice();
  return s;
}

/**
 * Known keywords as one shared string each: a statement's keyword is then the same string as
 * the knowledge base's key (lookups compare pointers) and 100,000 hosts do not hold 300,000
 * copies of "host", "hardware" and "fixed-address".
 */
let KEYWORDS: Map<string, string> | undefined;
function internKeyword(word: string): string {
  const lower = word.toLowerCase();
  if (!KEYWORDS) {
    KEYWORDS = new Map();
    for (const k of DHCPD_KEYWORDS) KEYWORDS.set(k, k);
    for (const st of STATEMENTS) KEYWORDS.set(st.name, st.name);
  }
  return KEYWORDS.get(lower) ?? lower;
}

/** The owner of a block until its declaration is built (one object for all). */
export const NO_OWNER_YET = { kind: 'unknown' };

export abstract class ParserContext extends TokenCursor implements ValueReader, ExpressionHost {
  /** How deep the blocks being read are nested (capped at MAX_NESTING). */
  depth = 0;
  readonly expressions: ExpressionParser;
  /** Every `failover peer` declaration, in text order. */
  readonly peers: FailoverPeer[] = [];
  /** Option spaces and options declared in this file, known from their declaration on. */
  readonly userSpaces = new Set<string>();
  readonly userOptions = new Map<string, OptionInfo>();
  /** Branches that follow an `if` are appended to the block after it. */
  readonly pendingSiblings: Statement[] = [];
  /** The type of each enclosing switch's expression, innermost last: case values follow it. */
  readonly switchTypes: ExprType[] = [];

  constructor(text: string, readonly family: Family, base: number, tokensOnly: boolean, protected readonly onTopLevel: ((s: Statement) => void) | undefined) {
    super(text, base, tokensOnly);
    this.expressions = new ExpressionParser(this);
  }

  /** Reads statements into a block until its `}` (left unread) or the end of the text. */
  protected abstract parseStatements(block: Block, topLevel: boolean): void;

  /** The branches of the `if` just read, handed over to the block that holds it. */
  takePendingSiblings(): Statement[] {
    return this.pendingSiblings.splice(0);
  }

  // ---- nodes and blocks -----------------------------------------------------------------------

  /**
   * A statement the tree keeps, at its exact size. A streaming parse (onTopLevel) lets each
   * statement go at once: copying its arrays would only make garbage.
   */
  protected keep(s: Statement): Statement {
    return this.onTopLevel ? s : compact(s);
  }

  /** A one-word keyword, its text in lower case and shared (or `text`). */
  keyword(tok: Token, text?: string): Name {
    return { offset: tok.offset, length: tok.length, text: text ?? internKeyword(tok.text), quoted: false };
  }

  /** A keyword made of several words (`load balance max seconds`), spanning them all. */
  keywords(first: Token, text: string): Name {
    return { offset: first.offset, length: this.lastEnd - first.offset, text, quoted: false };
  }

  /**
   * Finishes a statement read from its `offset` up to the last token read (as cssParser's
   * `finish`): sets its length, and makes it the owner of its block (a block is read before its
   * declaration exists). The literal is written with `length: 0` rather than without a span:
   * every statement then keeps the shape it is created with (a property added afterwards costs
   * every node an out-of-object slot).
   */
  finish<T extends Statement>(stmt: T): T {
    const n = this.lastEnd - stmt.offset;
    (stmt as { length: number }).length = n > 0 ? n : 0;
    if (stmt.body) stmt.body.owner = stmt;
    return stmt;
  }

  /** A statement the parser could not make sense of, from `tok` on; its problem is already reported. */
  unknown(tok: Token, parent: Block): Statement {
    return this.finish({ kind: 'unknown', keyword: this.keyword(tok), terminated: false, parent, offset: tok.offset, length: 0 });
  }

  /**
   * Reads `{ statements }` for a declaration. `inner` reads one statement of a special block
   * (failover peer, key, zone); by default the block holds ordinary statements.
   */
  parseBlock(head: { offset: number; length: number }, inner?: (block: Block) => Statement | undefined, provisional?: Partial<Statement>): Block | undefined {
    const open = this.peek();
    if (!this.isPunct(open, '{')) {
      this.expected('`{`');
      this.resync();
      return undefined;
    }
    this.next();
    // Until the declaration is built, its block's owner stands in: what is known of it so far.
    const block: Block = { offset: open.offset, length: 0, statements: [], closed: false, owner: (provisional ?? NO_OWNER_YET) as unknown as BlockOwner };
    if (this.depth >= MAX_NESTING) {
      this.reportAt(open, 'nestingTooDeep', t('Blocks are nested more than {0} deep; the rest of this block is not checked.', MAX_NESTING));
      this.skipBalanced();
      (block as { closed: boolean }).closed = this.isPunct(this.peekPrevious(), '}');
      (block as { length: number }).length = this.lastEnd - open.offset;
      return block;
    }
    this.depth++;
    try {
      if (inner) {
        for (;;) {
          const tok = this.peek();
          if (tok.kind === TokenKind.EOF || this.isPunct(tok, '}')) break;
          const before = tok.offset;
          const s = inner(block);
          if (s) block.statements.push(this.keep(s));
          if (this.peek().offset === before && this.peek().kind !== TokenKind.EOF && !this.atPunct('}')) this.next();
        }
      } else {
        this.parseStatements(block, false);
      }
    } finally {
      this.depth--;
    }
    const close = this.peek();
    if (this.isPunct(close, '}')) {
      this.next();
      (block as { closed: boolean }).closed = true;
    } else if (!this.eofInString) {
      this.report('unbalancedBrace', head.offset, head.length, t('This block is never closed: a `}` is missing.'), [
        { title: t('Insert the missing `}`'), edits: [{ offset: this.base + this.text.length, length: 0, newText: this.text.endsWith('\n') ? '}\n' : '\n}\n' }] },
      ]);
    }
    (block as { length: number }).length = this.lastEnd - open.offset;
    if (!this.onTopLevel) (block as { statements: Statement[] }).statements = exact(block.statements);
    return block;
  }

  // ---- names and values ---------------------------------------------------------------------

  /** A name: a quoted string or a bare identifier, which dhcpd accepts for most declarations. */
  readName(what: string, allowDotted = true): Name | undefined {
    const tok = this.peek();
    if (tok.kind === TokenKind.String) {
      this.next();
      return { offset: tok.offset, length: tok.length, text: tok.text, quoted: true };
    }
    if (tok.kind === TokenKind.Word) {
      this.next();
      let text = tok.text;
      if (allowDotted) {
        while (this.atPunct('.') && this.isWord(this.peek(1))) {
          this.next();
          text += '.' + this.next().text;
        }
        // A fully qualified name ends with a dot (`ns.example.org.`): dhcpd takes it.
        if (this.atPunct('.') && !this.peek().spaceBefore) {
          this.next();
          text += '.';
        }
      }
      return { offset: tok.offset, length: this.lastEnd - tok.offset, text, quoted: false };
    }
    this.expected(what, tok);
    return undefined;
  }

  /** A name that may be a domain with a trailing dot (`example.com.`), as zones and keys are. */
  readDomainName(what: string): Name | undefined {
    const name = this.readName(what);
    if (name && !name.quoted && this.atPunct('.') && !this.peek().spaceBefore) {
      this.next();
      return { ...name, text: name.text + '.', length: this.lastEnd - name.offset };
    }
    return name;
  }

  /** A number token, decimal or 0x-hex, possibly negative. */
  readNumberValue(what: string): Value | undefined {
    const tok = this.peek();
    let neg = false;
    if (this.isPunct(tok, '-') || (tok.kind === TokenKind.Word && tok.text === '-')) {
      neg = true;
    }
    const numTok = neg ? this.peek(1) : tok;
    if (numTok.kind === TokenKind.Word && /^(0x[0-9a-f]+|[0-9]+)$/i.test(numTok.text)) {
      if (neg) this.next();
      this.next();
      const text = (neg ? '-' : '') + numTok.text;
      return { kind: 'number', text, offset: tok.offset, length: this.lastEnd - tok.offset };
    }
    if (tok.kind === TokenKind.Word && /^-[0-9]+$/.test(tok.text)) {
      this.next();
      return { kind: 'number', text: tok.text, offset: tok.offset, length: tok.length };
    }
    this.reportAt(tok, 'invalidValue', t('Expected {0} but found {1} (dhcpd: "expecting number").', what, this.describe(tok)));
    return undefined;
  }

  /**
   * A plainly written address or MAC read by the scanner in one step (see Scanner.plainIPv4):
   * only when no token is buffered ahead, so that the scanner stands right where the value is.
   */
  plainValue(kind: 'ip' | 'hex'): Value | undefined {
    if (this.ahead !== 0 || this.tokensOnly) return undefined;
    if (!(kind === 'ip' ? this.scanner.plainIPv4() : this.scanner.plainHexList())) return undefined;
    const start = this.scanner.valueStart;
    const end = this.scanner.position;
    this.skipScanned(end);
    return { kind, text: this.text.slice(start, end), offset: start + this.base, length: end - start };
  }

  /** Four dot-separated numbers. */
  readIPv4(what: string, rule: RuleId = 'invalidValue'): Value | undefined {
    const fast = this.plainValue('ip');
    if (fast) return fast;
    const first = this.peek();
    if (!(first.kind === TokenKind.Word && isDigits(first.text))) {
      this.reportAt(first, rule, t('Expected {0} (an IPv4 address) but found {1}.', what, this.describe(first)));
      return undefined;
    }
    // The common case, `10.0.0.1` written plainly, takes its text from the source in one piece.
    let count = 0;
    let plain = true;
    let tooBig = false;
    // The numbers as dhcpd reads them: white space, NULs or comments between them do not count.
    const numbers: number[] = [];
    for (;;) {
      const tok = this.peek();
      if (!(tok.kind === TokenKind.Word && isDigits(tok.text))) {
        this.reportAt(tok, rule, t('Expected {0} (an IPv4 address) but found {1}.', what, this.describe(tok)));
        return undefined;
      }
      this.next();
      count++;
      const p = tok.text;
      numbers.push(Number(p));
      if ((count > 1 && tok.spaceBefore) || (p.length > 1 && p.charCodeAt(0) === 48)) plain = false;
      if (p.length > 2 && Number(p) > 255) tooBig = true;
      if (count === 4 || !this.atPunct('.')) break;
      if (this.peek().spaceBefore) plain = false;
      this.next();
    }
    const offset = first.offset;
    const length = this.lastEnd - offset;
    const written = this.slice(offset, this.lastEnd);
    const text = plain ? written : numbers.join('.');
    if (count !== 4) {
      this.report(rule, offset, length, t('`{0}` is not an IPv4 address: it needs four numbers (dhcpd: "too few numbers.").', text));
      return undefined;
    }
    if (tooBig) {
      this.report(rule, offset, length, t('`{0}` is not an IPv4 address: each number is at most 255.', text));
      return undefined;
    }
    // Leading zeros are normalised (`010` is 10 for dhcpd too).
    return { kind: 'ip', text, offset, length };
  }

  /** An IPv4 address, or a host name that dhcpd resolves (`I` in option formats). */
  readAddressOrHost(what: string): Value | undefined {
    const fast = this.plainValue('ip');
    if (fast) return fast;
    const first = this.peek();
    if (first.kind === TokenKind.Word && isDigits(first.text) && this.atPunct('.', 1)) {
      // Starts like an address: must be one.
      return this.readIPv4(what);
    }
    // Anything else that looks like a word is a host name to dhcpd, even `10` or `-42` (measured).
    if (first.kind === TokenKind.Word && /^[a-z0-9-]/i.test(first.text)) {
      const n = this.readName(what);
      return n && { kind: 'name', text: n.text, offset: n.offset, length: n.length };
    }
    this.reportAt(first, 'invalidValue', t('Expected {0} but found {1} (dhcpd: "expecting IP address or hostname").', what, this.describe(first)));
    return undefined;
  }

  /** The tokens of an IPv6 address, joined as dhcpd does: numbers, names, `:` and `.`, with no space between. */
  private readIPv6Text(): { text: string; offset: number } | undefined {
    const first = this.peek();
    let text = '';
    let ok = false;
    while (true) {
      const tok = this.peek();
      const joinable = tok.kind === TokenKind.Word || this.isPunct(tok, ':') || this.isPunct(tok, '.');
      if (!joinable) break;
      if (text && tok.spaceBefore) break;
      text += tok.text;
      this.next();
      ok = true;
    }
    return ok ? { text, offset: first.offset } : undefined;
  }

  readIPv6(what: string): Value | undefined {
    const tok = this.peek();
    const r = this.readIPv6Text();
    if (!r || !isIPv6(r.text)) {
      if (r) this.report('invalidValue', r.offset, this.lastEnd - r.offset, t('`{0}` is not a valid IPv6 address (dhcpd: "Invalid IPv6 address.").', r.text));
      else this.reportAt(tok, 'invalidValue', t('Expected {0} but found {1}.', what, this.describe(tok)));
      return undefined;
    }
    return { kind: 'ip6', text: r.text.toLowerCase(), offset: r.offset, length: this.lastEnd - r.offset };
  }

  readIPv6Prefix(what: string): Value | undefined {
    const addr = this.readIPv6(what);
    if (!addr) return undefined;
    if (!this.acceptPunct('/')) {
      this.expected(t("`/` and a prefix length (dhcpd: \"Expecting a '/'.\")"));
      return undefined;
    }
    const len = this.readNumberValue(t('a prefix length'));
    if (!len) return undefined;
    const n = Number(len.text);
    if (!(n > 0 && n < 128)) {
      this.report('invalidValue', len.offset, len.length, t('A prefix length is between 1 and 127 (dhcpd: "networks have 0 to 128 bits (exclusive)").'));
      return undefined;
    }
    return { kind: 'prefix', text: `${addr.text}/${n}`, offset: addr.offset, length: this.lastEnd - addr.offset };
  }

  readIPv6OrPrefix(what: string): Value | undefined {
    const addr = this.readIPv6(what);
    if (!addr) return undefined;
    if (!this.atPunct('/')) return addr;
    this.next();
    const len = this.readNumberValue(t('a prefix length'));
    if (!len) return undefined;
    return { kind: 'prefix', text: `${addr.text}/${len.text}`, offset: addr.offset, length: this.lastEnd - addr.offset };
  }

  /**
   * A colon-separated list of hexadecimal bytes (`00:11:22:33:44:55`). The scanner splits it
   * into words and colons; bytes of one or two hex digits.
   */
  readHexList(strict = false): Value | undefined {
    const fast = this.plainValue('hex');
    if (fast) return fast;
    const first = this.peek();
    let count = 0;
    // Two lower-case digits per byte, written plainly: the text is the source's, in one piece.
    let plain = true;
    for (;;) {
      const tok = this.peek();
      const element = tok.kind === TokenKind.Word ? hexElement(tok.text) : undefined;
      if (element === 'too-large') {
        this.reportAt(tok, 'invalidValue', t('{0} does not fit in a byte (dhcpd: "{0} exceeds max (255) for precision.").', tok.text));
        return undefined;
      }
      if (!element) {
        if (count === 0 && !strict) return undefined;
        if (count === 0) return undefined;
        this.reportAt(tok, 'invalidValue', t('Expected a hexadecimal byte but found {0} (dhcpd: "expecting hexadecimal number.").', this.describe(tok)));
        return undefined;
      }
      this.next();
      count++;
      const b = tok.text;
      if (b.length !== 2 || (count > 1 && tok.spaceBefore) || b !== b.toLowerCase()) plain = false;
      if (!this.atPunct(':')) break;
      if (this.peek().spaceBefore) plain = false;
      this.next();
    }
    const written = this.slice(first.offset, this.lastEnd);
    const text = plain ? written : written.split(':').map((x) => x.trim().toLowerCase().padStart(2, '0')).join(':');
    return { kind: 'hex', text, offset: first.offset, length: this.lastEnd - first.offset };
  }
}

export function isIPv6(text: string): boolean {
  // Let the platform decide, as dhcpd lets inet_pton decide.
  const m = /^[0-9a-f:.]+$/i.test(text);
  if (!m) return false;
  try {
    return new URL(`http://[${text}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}
