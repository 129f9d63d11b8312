/**
 * The recursive-descent parser of dhcpd.conf, following the grammar of ISC dhcpd 4.4
 * (server/confpars.c, common/parse.c): keyword-driven statements, blocks in braces, values read
 * according to dhcpd's option format strings, and the expressions of dhcp-eval(5).
 *
 * Recovery: a statement that goes wrong reports one problem and resynchronises to the next `;`
 * at its own nesting level, or stops before the `}` that closes its block, so one mistake makes
 * one diagnostic. A missing `;` is reported at the end of the statement that lacks it (dhcpd
 * reports it on the next token), and parsing goes on with the next line as a new statement.
 * Nesting is capped: deeper blocks are skipped with one diagnostic, never recursed into.
 */
import {
  defaultSpace,
  failoverStatements,
  findOption,
  findParameter,
  findStatement,
  optionsOfSpace,
  spaceExists,
  STATEMENTS,
} from '../knowledge';
import type { Family, OptionInfo, StatementInfo } from '../knowledge/types';
import { t } from '../base/l10n';
import type { Fix, Problem } from './problems';
import type { RuleId, Severity } from '../knowledge/rules';
import { RULES } from '../knowledge/rules';
import type {
  Block,
  BlockOwner,
  Comment,
  Document,
  FailoverPeer,
  Name,
  Statement,
  Value,
} from './nodes';
import { Scanner, Token, TokenKind } from './scanner';
import { ipv6ToBigInt } from '../base/addresses';
import { DHCPD_KEYWORDS } from '../knowledge/dhcpdKeywords.generated';
import { HARDWARE_TYPES } from '../knowledge/hardware';
import { hexElement, isNumberToken, parseFormattedValue, type ValueReader } from './values';
import { ExpressionParser, hexNumberMessage, isHexNumber, refusedKeyword, type ExpressionHost, type ExprType } from './expressions';
import { nearest } from '../base/nearest';

export const MAX_NESTING = 256;

export interface ParseOptions {
  readonly family: Family;
  /** Option spaces and options declared before the text (an incremental reparse of a region). */
  readonly declared?: ReadonlyArray<{ readonly space: string; readonly option?: OptionInfo }>;
  /** Added to every offset (included files get their own range of offsets). */
  readonly base?: number;
  /**
   * Hands each top-level statement over as soon as it is read, instead of keeping it in the
   * document (whose body then stays empty): a check of a huge file holds one statement at a
   * time, not the whole tree.
   */
  readonly onTopLevel?: (s: Statement) => void;
  /** Read every value token by token, without the scanner's fast paths (tests compare both). */
  readonly tokensOnly?: boolean;
}

export interface ParseResult {
  readonly document: Document;
  readonly problems: Problem[];
}

/** Statements dhcpd reads with a syntax of their own (the rest follow the knowledge base). */
const EXECUTABLE_WORDS = new Set([
  'log', 'execute', 'set', 'unset', 'define', 'eval', 'return', 'add', 'break', 'let', 'ddns-update',
]);

/**
 * The words `hardware` takes as its type, each as one shared string (100,000 hosts say
 * `ethernet`). `tokenring` has always been read here too, although dhcpd 4.4.3 refuses it
 * ("expecting a network hardware type", measured): kept, so that this list changes nothing.
 */
const HARDWARE_TYPE_WORDS: ReadonlyMap<string, string> = new Map([...HARDWARE_TYPES, 'tokenring'].map((k) => [k, k]));

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
function exact<T>(a: T[]): T[] {
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
const NO_OWNER_YET = { kind: 'unknown' };

/** Knowledge entries the parser attaches to very common statements, looked up once. */
function once<T>(get: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = get();
      done = true;
    }
    return value as T;
  };
}
const HARDWARE_INFO = once(() => findStatement('hardware'));
const FIXED_ADDRESS_INFO = once(() => findStatement('fixed-address'));

export class Parser implements ValueReader, ExpressionHost {
  private readonly scanner: Scanner;
  private readonly buffer: Token[] = [];
  private head = 0;
  private lastEnd = 0;
  private depth = 0;
  readonly problems: Problem[] = [];
  readonly comments: Comment[] = [];
  readonly peers: FailoverPeer[] = [];
  readonly family: Family;
  private readonly expressions: ExpressionParser;
  private lastToken: Token | undefined;
  /** An unterminated string ran to the end of the text: what is missing after it is not news. */
  private eofInString = false;
  private blamedString = false;

  /**
   * A syntax error right after a string that spans lines is most likely a missing closing quote
   * on the string's first line: report that instead, where the mistake is.
   */
  private blameMultilineString(): boolean {
    const prev = this.lastToken;
    if (prev && prev.kind === TokenKind.String && /[\r\n]/.test(prev.text)) {
      this.report('unterminatedString', prev.offset, 1, t('This string runs over several lines: its closing `"` is probably missing on its first line.'));
      // Every quote after it is now paired the wrong way: do not report what that shifts.
      this.blamedString = true;
      this.eofInString = true;
      return true;
    }
    return this.eofInString;
  }

  /** A `log` without a message made dhcpd skip the rest of this top-level statement (see parseExecutable). */
  private silentUntilTopLevel = false;

  /** The offset of the last token a problem was reported on: at most one problem per token. */
  private lastProblemOffset = -1;

  readonly base: number;
  private readonly onTopLevel?: (s: Statement) => void;
  private readonly tokensOnly: boolean;

  constructor(readonly text: string, options: ParseOptions) {
    this.base = options.base ?? 0;
    this.onTopLevel = options.onTopLevel;
    this.tokensOnly = options.tokensOnly === true;
    this.scanner = new Scanner(text, this.base);
    this.lastEnd = this.base;
    this.family = options.family;
    this.expressions = new ExpressionParser(this);
    for (const d of options.declared ?? []) {
      if (d.option) this.userOptions.set(`${d.option.space}.${d.option.name.toLowerCase()}`, d.option);
      else this.userSpaces.add(d.space);
    }
  }

  /**
   * A statement the tree keeps, at its exact size. A streaming parse (onTopLevel) lets each
   * statement go at once: copying its arrays would only make garbage.
   */
  private keep(s: Statement): Statement {
    return this.onTopLevel ? s : compact(s);
  }

  // ---- tokens -------------------------------------------------------------------------------

  peek(k = 0): Token {
    const at = this.head + k;
    if (at < this.buffer.length) return this.buffer[at];
    while (this.buffer.length - this.head <= k) {
      const tok = this.scanner.next();
      if (tok.kind === TokenKind.Comment) {
        this.comments.push({ offset: tok.offset, length: tok.length, text: tok.text });
        const cr = tok.text.indexOf('\r');
        if (cr >= 0) {
          this.report('commentSwallowsLines', tok.offset, tok.length, t('This file ends its lines with a bare CR: dhcpd reads this comment up to the next line feed, so the lines after it are ignored. Save the file with LF line endings.'));
        }
        continue;
      }
      if (tok.kind === TokenKind.String && tok.unterminated && !this.blamedString) {
        this.eofInString = true;
        this.report('unterminatedString', tok.offset, 1, t('Unterminated string: the closing `"` is missing (dhcpd: "eof in string constant").'));
      }
      this.buffer.push(tok);
    }
    return this.buffer[this.head + k];
  }

  next(): Token {
    const tok = this.peek();
    // A moving head instead of Array.shift; the consumed part is dropped now and then.
    if (++this.head >= 64) {
      this.buffer.splice(0, this.head);
      this.head = 0;
    }
    this.lastToken = tok;
    if (tok.kind !== TokenKind.EOF) this.lastEnd = tok.offset + tok.length;
    return tok;
  }

  /** How many tokens are read ahead (peeked, not consumed): the scanner stands after them. */
  get ahead(): number {
    return this.buffer.length - this.head;
  }

  /** Moves past text the scanner's fast path read in one step, up to `end` (an offset in the text, without the base). */
  skipScanned(end: number): void {
    this.lastEnd = end + this.base;
    this.lastToken = undefined;
  }

  /** Puts a consumed token back, to be read again next. */
  unread(tok: Token): void {
    if (this.head > 0) this.buffer[--this.head] = tok;
    else this.buffer.unshift(tok);
  }

  /** The text between two offsets (offsets include the base). */
  slice(start: number, end: number): string {
    return this.text.slice(start - this.base, end - this.base);
  }

  /** End offset of the last token consumed. */
  get end(): number {
    return this.lastEnd;
  }

  isWord(tok: Token, word?: string): boolean {
    return tok.kind === TokenKind.Word && (word === undefined || tok.text.toLowerCase() === word);
  }

  isPunct(tok: Token, p: string): boolean {
    return tok.kind === TokenKind.Punct && tok.text === p;
  }

  atWord(word: string, k = 0): boolean {
    return this.isWord(this.peek(k), word);
  }

  atPunct(p: string, k = 0): boolean {
    return this.isPunct(this.peek(k), p);
  }

  acceptPunct(p: string): boolean {
    if (this.atPunct(p)) {
      this.next();
      return true;
    }
    return false;
  }

  acceptWord(word: string): Token | undefined {
    return this.atWord(word) ? this.next() : undefined;
  }

  // ---- problems -------------------------------------------------------------------------------

  report(rule: RuleId, offset: number, length: number, message: string, fixes?: Fix[], severity?: Severity): void {
    if (offset === this.lastProblemOffset) return;
    if (this.silentUntilTopLevel && (severity ?? RULES[rule]) === 'error') return;
    this.lastProblemOffset = offset;
    this.problems.push({ rule, severity: severity ?? RULES[rule], message, offset, length: Math.max(length, 0), fixes });
  }

  /** A problem on a token; EOF gets a zero-length range at the end of the text. */
  reportAt(tok: Token, rule: RuleId, message: string, fixes?: Fix[], severity?: Severity): void {
    this.report(rule, tok.offset, tok.length, message, fixes, severity);
  }

  describe(tok: Token): string {
    switch (tok.kind) {
      case TokenKind.EOF:
        return t('end of file');
      case TokenKind.String:
        return `"${tok.text}"`;
      default:
        return `'${tok.text}'`;
    }
  }

  /**
   * Skips what is left of a broken statement: up to and including the next `;` at this nesting
   * level (a `{...}` on the way is skipped whole), or up to, not including, the `}` that closes
   * the enclosing block.
   */
  resync(): void {
    let depth = 0;
    for (;;) {
      const tok = this.peek();
      if (tok.kind === TokenKind.EOF) return;
      if (tok.kind === TokenKind.Punct) {
        if (tok.text === '{') depth++;
        else if (tok.text === '}') {
          if (depth === 0) return;
          depth--;
          if (depth === 0) {
            this.next();
            return;
          }
        } else if (tok.text === ';' && depth === 0) {
          this.next();
          return;
        }
      }
      this.next();
    }
  }

  /**
   * Expects the `;` that ends a statement. When it is missing and the next token starts a new
   * line (or closes the block), the problem is the missing `;` at the end of this statement,
   * and the next token is left for the next statement.
   */
  expectSemicolon(): boolean {
    const tok = this.peek();
    if (this.isPunct(tok, ';')) {
      this.next();
      return true;
    }
    if (this.blameMultilineString()) {
      if (!(tok.lineBefore || this.isPunct(tok, '}') || tok.kind === TokenKind.EOF)) this.resync();
      return false;
    }
    const at = this.lastEnd;
    const fix: Fix = { title: t('Insert the missing `;`'), edits: [{ offset: at, length: 0, newText: ';' }], preferred: true };
    if (tok.lineBefore || this.isPunct(tok, '}') || tok.kind === TokenKind.EOF) {
      this.report('missingSemicolon', Math.max(at - 1, this.base), at > this.base ? 1 : 0, t('Missing `;` at the end of this statement (dhcpd: "semicolon expected.").'), [fix]);
      return false;
    }
    this.reportAt(tok, 'syntaxError', t('Expected `;` but found {0} (dhcpd: "semicolon expected.").', this.describe(tok)));
    this.resync();
    return false;
  }

  /**
   * Ends a statement: at its `;` when what came before was read (`ok`), else by skipping what is
   * left of it. Whether the statement is properly terminated.
   */
  endStatement(ok: boolean): boolean {
    if (ok) return this.expectSemicolon();
    this.resync();
    return false;
  }

  expected(what: string, tok = this.peek()): void {
    if (this.blameMultilineString()) return;
    if (tok.kind === TokenKind.EOF || (tok.lineBefore && this.isPunct(tok, '}'))) {
      this.report('syntaxError', Math.max(this.lastEnd - 1, this.base), 1, t('Expected {0} here.', what));
    } else {
      this.reportAt(tok, 'syntaxError', t('Expected {0} but found {1}.', what, this.describe(tok)));
    }
  }

  // ---- document and blocks -----------------------------------------------------------------

  parseDocument(): Document {
    const body: Block = { offset: this.base, length: this.text.length, statements: [], closed: true, owner: undefined as unknown as BlockOwner };
    const doc: Document = { kind: 'document', offset: this.base, length: this.text.length, body, comments: this.comments, peers: this.peers, declarations: [] };
    body.owner = doc;
    this.parseStatements(body, true);
    (body as { statements: Statement[] }).statements = exact(body.statements);
    for (const st of body.statements) if ((st as { declares?: unknown }).declares) doc.declarations.push(st);
    return doc;
  }

  /** Reads statements into a block until its `}` (left unread) or the end of the text. */
  private parseStatements(block: Block, topLevel: boolean): void {
    for (;;) {
      const tok = this.peek();
      if (tok.kind === TokenKind.EOF) return;
      if (this.isPunct(tok, '}')) {
        if (!topLevel) return;
        this.next();
        this.reportAt(tok, 'unbalancedBrace', t('This `}` closes nothing: there is no `{` open here.'), [
          { title: t('Remove this `}`'), edits: [{ offset: tok.offset, length: 1, newText: '' }], preferred: true },
        ]);
        continue;
      }
      const before = tok.offset;
      if (topLevel) this.silentUntilTopLevel = false;
      const stmt = this.parseStatement(block);
      if (stmt && topLevel && this.onTopLevel) {
        this.onTopLevel(stmt);
        if (this.pendingSiblings.length) for (const b of this.takePendingSiblings()) this.onTopLevel(b);
      } else if (stmt) {
        block.statements.push(this.keep(stmt));
        if (this.pendingSiblings.length) block.statements.push(...this.takePendingSiblings());
      }
      // Guarantee progress whatever went wrong.
      if (this.peek().offset === before && this.peek().kind !== TokenKind.EOF && !this.atPunct('}')) this.next();
    }
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

  private previous: Token | undefined;
  private peekPrevious(): Token {
    return this.previous ?? this.peek();
  }

  /** Skips a balanced `{ ... }` whose `{` was just read, iteratively. */
  private skipBalanced(): void {
    let depth = 1;
    while (depth > 0) {
      const tok = this.next();
      this.previous = tok;
      if (tok.kind === TokenKind.EOF) return;
      if (this.isPunct(tok, '{')) depth++;
      else if (this.isPunct(tok, '}')) depth--;
    }
  }


  // ---- statements ------------------------------------------------------------------------------

  private keyword(tok: Token, text?: string): Name {
    return { offset: tok.offset, length: tok.length, text: text ?? internKeyword(tok.text), quoted: false };
  }

  /** A keyword made of several words (`load balance max seconds`), spanning them all. */
  private keywords(first: Token, text: string): Name {
    return { offset: first.offset, length: this.lastEnd - first.offset, text, quoted: false };
  }

  /**
   * Finishes a statement read from its `offset` up to the last token read (as cssParser's
   * `finish`): sets its length, and makes it the owner of its block (a block is read before its
   * declaration exists). The literal is written with `length: 0` rather than without a span:
   * every statement then keeps the shape it is created with (a property added afterwards costs
   * every node an out-of-object slot).
   */
  private finish<T extends Statement>(stmt: T): T {
    const n = this.lastEnd - stmt.offset;
    (stmt as { length: number }).length = n > 0 ? n : 0;
    if (stmt.body) stmt.body.owner = stmt;
    return stmt;
  }

  parseStatement(parent: Block): Statement | undefined {
    const tok = this.peek();
    if (tok.kind === TokenKind.String) {
      this.next();
      this.reportAt(tok, 'syntaxError', t('A statement cannot start with a string (dhcpd: "expecting a parameter or declaration").'));
      this.resync();
      return this.unknown(tok, parent);
    }
    if (tok.kind === TokenKind.Punct) {
      this.next();
      if (tok.text === '%') {
        // dhcpd skips a statement that starts with `%` up to the end of its line (measured).
        while (!this.peek().lineBefore && this.peek().kind !== TokenKind.EOF) this.next();
        return undefined;
      }
      if (tok.text === ';') {
        this.reportAt(tok, 'syntaxError', t('An empty statement: this `;` ends nothing (dhcpd: "expecting a parameter or declaration").'), [
          { title: t('Remove this `;`'), edits: [{ offset: tok.offset, length: 1, newText: '' }], preferred: true },
        ]);
        return undefined;
      }
      this.reportAt(tok, 'syntaxError', t('Unexpected {0} (dhcpd: "expecting a parameter or declaration").', this.describe(tok)));
      if (tok.text !== '{') this.resync();
      else this.skipBalanced();
      return this.unknown(tok, parent);
    }
    const word = tok.text.toLowerCase();
    switch (word) {
      case 'include':
        return this.parseInclude(parent);
      case 'shared-network':
        return this.parseNamedBlock(parent, 'shared-network');
      case 'subnet':
        return this.parseSubnet(parent);
      case 'subnet6':
        return this.parseSubnet6(parent);
      case 'pool':
      case 'pool6':
        return this.parsePool(parent, word);
      case 'range':
        return this.parseRange(parent);
      case 'range6':
      case 'prefix6':
        return this.parseRange6(parent, word);
      case 'host':
        return this.plainHost(tok, parent) ?? this.parseNamedBlock(parent, 'host');
      case 'group':
        return this.parseGroup(parent);
      case 'class':
      case 'subclass':
      case 'vendor-class':
      case 'user-class':
        return this.parseClass(parent, word);
      case 'failover':
        return this.parseFailover(parent);
      case 'key':
        return this.parseKey(parent);
      case 'zone':
        return this.parseZone(parent);
      case 'option':
        return this.parseOption(parent);
      case 'supersede':
      case 'default':
      case 'prepend':
      case 'append':
      case 'send':
        if (word === 'default' && this.atPunct(':', 1)) return this.parseCaseLabel(parent);
        return this.parseOptionVerb(parent, word);
      case 'allow':
      case 'deny':
      case 'ignore':
        return this.parsePermit(parent, word);
      case 'not':
        return this.parseNotAuthoritative(parent);
      case 'no':
        if (parent.owner.kind === 'pool') return this.parseNoFailoverPeer(parent);
        return this.parseParameter(parent);
      case 'if':
        return this.parseIf(parent);
      case 'elsif':
      case 'else':
        return this.parseStrayBranch(parent, word);
      case 'switch':
        return this.parseSwitch(parent);
      case 'case':
        return this.parseCaseLabel(parent);
      case 'on':
        return this.parseOn(parent);
      case 'match':
        return this.parseMatch(parent);
      case 'spawn':
        return this.parseSpawn(parent);
      case 'lease':
        return this.parseLeaseLimit(parent);
      case 'hardware':
        return this.parseHardware(parent);
      case 'fixed-address':
        return this.parseFixedAddress(parent);
      case 'fixed-address6':
      case 'fixed-prefix6':
        return this.parseFixed6(parent, word);
      case 'server-duid':
        return this.parseServerDuid(parent);
      case 'interface':
        return this.parseInterface(parent);
      case 'host-identifier':
        return this.parseHostIdentifier(parent);
      case 'uid':
        return this.parseUid(parent);
      default:
        if (EXECUTABLE_WORDS.has(word)) return this.parseExecutable(parent, word);
        return this.parseParameter(parent);
    }
  }

  /**
   * `no failover peer` in a pool, as dhcpd 4.4.3 reads it: the three words and nothing more, so
   * a `;` after them is a statement of its own, which dhcpd refuses.
   */
  private parseNoFailoverPeer(parent: Block): Statement {
    const kw = this.next();
    if (!this.atWord('failover') || !this.atWord('peer', 1)) {
      this.reportAt(this.peek(), 'syntaxError', t('Expected `failover peer` after `no` but found {0} (dhcpd: "expecting \"failover peer\".").', this.describe(this.peek())));
      this.resync();
      return this.unknown(kw, parent);
    }
    this.next();
    this.next();
    const stmt: Statement = this.finish({ kind: 'parameter', keyword: this.keywords(kw, 'no failover peer'), info: findStatement('no failover peer'), values: [], terminated: true, parent, offset: kw.offset, length: 0 });
    const semi = this.peek();
    if (this.isPunct(semi, ';')) {
      this.next();
      this.reportAt(semi, 'syntaxError', t('dhcpd reads `no failover peer` without a `;`: this `;` is an empty statement it refuses (dhcpd: "expecting a parameter or declaration"). Write `no failover peer` directly followed by the next statement.'), [
        { title: t('Remove the `;`'), edits: [{ offset: semi.offset, length: semi.length, newText: '' }], preferred: true },
      ]);
    }
    return stmt;
  }

  private unknown(tok: Token, parent: Block): Statement {
    return this.finish({ kind: 'unknown', keyword: this.keyword(tok), terminated: false, parent, offset: tok.offset, length: 0 });
  }

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
  private readDomainName(what: string): Name | undefined {
    const name = this.readName(what);
    if (name && !name.quoted && this.atPunct('.') && !this.peek().spaceBefore) {
      this.next();
      return { ...name, text: name.text + '.', length: this.lastEnd - name.offset };
    }
    return name;
  }

  private parseInclude(parent: Block): Statement {
    const kw = this.next();
    const tok = this.peek();
    let path: Name | undefined;
    let terminated = false;
    if (tok.kind === TokenKind.String) {
      this.next();
      path = { offset: tok.offset, length: tok.length, text: tok.text, quoted: true };
      terminated = this.expectSemicolon();
    } else {
      this.reportAt(tok, 'syntaxError', t('`include` takes a file name in double quotes (dhcpd: "filename string expected.").'));
      this.resync();
    }
    return this.finish({ kind: 'include', keyword: this.keyword(kw), path, terminated, parent, offset: kw.offset, length: 0 });
  }

  private parseNamedBlock(parent: Block, kind: 'shared-network' | 'host'): Statement {
    const kw = this.next();
    let name: Name | undefined;
    if (this.atPunct('{')) {
      this.expected(kind === 'host' ? t('a host name') : t('a name for the shared-network'));
    } else if (kind === 'host' && this.peek().kind === TokenKind.String) {
      const q = this.peek();
      this.reportAt(q, 'syntaxError', t('A host name is written without quotes (dhcpd: "expecting a name for host declaration.").'), [
        { title: t('Remove the quotes'), edits: [{ offset: q.offset, length: q.length, newText: q.text }], preferred: /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(q.text) },
      ]);
      this.next();
      name = { offset: q.offset, length: q.length, text: q.text, quoted: true };
    } else {
      name = this.readName(kind === 'host' ? t('a host name') : t('a name for the shared-network'));
      if (!name) {
        this.resync();
        return this.unknown(kw, parent);
      }
      if (kind === 'shared-network' && name.text === '') {
        this.report('invalidValue', name.offset, name.length, t('A shared-network name cannot be empty (dhcpd: "zero-length shared network name").'));
      }
    }
    const body = this.parseBlock(kw);
    return this.finish({ kind, keyword: this.keyword(kw, kind), name, body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 } as Statement);
  }

  /**
   * A host written plainly, read by the scanner in one step (Scanner.plainHost), built into the
   * very tree the token path builds: only when the `host` keyword alone is buffered, so that the
   * scanner stands right after it.
   */
  private plainHost(kw: Token, parent: Block): Statement | undefined {
    if (this.tokensOnly || kw.text !== 'host' || this.depth >= MAX_NESTING || this.ahead !== 1) return undefined;
    if (!this.scanner.plainHost()) return undefined;
    this.next();
    const base = this.base;
    const text = this.text;
    const m = this.scanner.hostMarks;
    const count = this.scanner.hostMarkCount;
    const name: Name = { offset: m[0] + base, length: m[1] - m[0], text: text.slice(m[0], m[1]), quoted: false };
    const open = m[2];
    const close = m[count - 1];
    // At its exact size from the start (an array grown by push keeps 16 spare slots).
    const statements: Statement[] = new Array((count - 4) / 6);
    const block: Block = { offset: open + base, length: close + 1 - open, statements, closed: true, owner: NO_OWNER_YET as unknown as BlockOwner, plain: true };
    for (let i = 3, j = 0; i < count - 1; i += 6, j++) {
      const kwStart = m[i + 1];
      const valueStart = m[i + 3];
      const valueEnd = m[i + 4];
      const length = m[i + 5] + 1 - kwStart;
      let stmt: Statement;
      if (m[i] === 1) {
        const mac: Value = { kind: 'hex', text: text.slice(valueStart, valueEnd), offset: valueStart + base, length: valueEnd - valueStart };
        const values: Value[] = [{ kind: 'name', text: 'ethernet', offset: m[i + 2] + base, length: 8 }, mac];
        stmt = { kind: 'parameter', keyword: { offset: kwStart + base, length: 8, text: 'hardware', quoted: false }, info: HARDWARE_INFO(), values, terminated: true, parent: block, offset: kwStart + base, length };
      } else {
        const ip: Value = { kind: 'ip', text: text.slice(valueStart, valueEnd), offset: valueStart + base, length: valueEnd - valueStart };
        stmt = { kind: 'parameter', keyword: { offset: kwStart + base, length: 13, text: 'fixed-address', quoted: false }, info: FIXED_ADDRESS_INFO(), values: [ip], terminated: true, parent: block, offset: kwStart + base, length };
      }
      statements[j] = stmt;
    }
    this.skipScanned(close + 1);
    return this.finish({ kind: 'host', keyword: this.keyword(kw, 'host'), name, body: block, terminated: true, parent, offset: kw.offset, length: 0 } as Statement);
  }

  private parseGroup(parent: Block): Statement {
    const kw = this.next();
    let name: Name | undefined;
    if (this.peek().kind === TokenKind.Word && isNumberToken(this.peek().text)) {
      this.reportAt(this.peek(), 'syntaxError', t('A group name cannot be a number (dhcpd: "expecting left brace.").'));
      this.resyncToBlockOrSemicolon();
      return this.unknown(kw, parent);
    }
    if (!this.atPunct('{')) name = this.readName(t('a group name or `{`'));
    const body = this.parseBlock(kw);
    return this.finish({ kind: 'group', keyword: this.keyword(kw), name, body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
  }

  private parseSubnet(parent: Block): Statement {
    const kw = this.next();
    const network = this.readIPv4(t('a subnet number'));
    let netmask: Value | undefined;
    if (network) {
      if (this.acceptWord('netmask')) {
        netmask = this.readIPv4(t('a netmask'), 'invalidNetmask');
      } else {
        this.expected(t('`netmask` (dhcpd: "Expecting netmask")'));
      }
    }
    if ((!network || !netmask) && !this.skipToBlockStart()) return this.unknown(kw, parent);
    const body = this.parseBlock(kw);
    return this.finish({ kind: 'subnet', keyword: this.keyword(kw, 'subnet'), network, netmask, body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
  }

  /**
   * After a broken declaration header: skip to its `{` so that its block is still read (its
   * contents stay known: no cascade of "unused" or "not found"). False when there is no block.
   */
  private skipToBlockStart(): boolean {
    for (;;) {
      const tok = this.peek();
      if (this.isPunct(tok, '{')) return true;
      if (tok.kind === TokenKind.EOF || this.isPunct(tok, '}')) return false;
      this.next();
      if (this.isPunct(tok, ';')) return false;
    }
  }

  /** After a broken declaration header, skip its block too so its contents are not misread. */
  private resyncToBlockOrSemicolon(): void {
    for (;;) {
      const tok = this.peek();
      if (tok.kind === TokenKind.EOF || this.isPunct(tok, '}')) return;
      this.next();
      if (this.isPunct(tok, ';')) return;
      if (this.isPunct(tok, '{')) {
        this.skipBalanced();
        return;
      }
    }
  }

  private parseSubnet6(parent: Block): Statement {
    const kw = this.next();
    const prefix = this.readIPv6Prefix(t('a subnet6 prefix such as 2001:db8::/64'));
    if (!prefix && !this.skipToBlockStart()) return this.unknown(kw, parent);
    const body = this.parseBlock(kw, undefined, { kind: 'subnet6', prefix } as Partial<Statement>);
    return this.finish({ kind: 'subnet6', keyword: this.keyword(kw), prefix, body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
  }

  private parsePool(parent: Block, word: 'pool' | 'pool6'): Statement {
    const kw = this.next();
    const body = this.parseBlock(kw, undefined, { kind: word });
    return this.finish({ kind: word, keyword: this.keyword(kw, word), body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
  }

  private parseRange(parent: Block): Statement {
    const kw = this.next();
    let dynamicBootp: Name | undefined;
    const db = this.acceptWord('dynamic-bootp');
    if (db) dynamicBootp = this.keyword(db);
    const low = this.readIPv4(t('the first address of the range'));
    let high: Value | undefined;
    if (low && !this.atPunct(';')) high = this.readIPv4(t('the last address of the range'));
    const terminated = this.endStatement(!!low && (!!high || this.atPunct(';')));
    return this.finish({ kind: 'range', keyword: this.keyword(kw, 'range'), dynamicBootp, low, high, terminated, parent, offset: kw.offset, length: 0 });
  }

  private parseRange6(parent: Block, word: 'range6' | 'prefix6'): Statement {
    const kw = this.next();
    let low: Value | undefined;
    let high: Value | undefined;
    let prefixLength: Value | undefined;
    let ok = true;
    if (word === 'range6') {
      // range6 low high; | range6 prefix/len; | range6 prefix/len temporary; | range6 low temporary?
      low = this.readIPv6OrPrefix(t('an IPv6 address or prefix'));
      ok = !!low;
      if (ok && low && low.kind !== 'prefix' && this.atPunct(';')) {
        this.report('invalidValue', low.offset, low.length, t('A range6 is two addresses or one prefix; a single address is refused (dhcpd: "Invalid IPv6 address.").'));
        ok = false;
      }
      if (ok && low && low.kind !== 'prefix' && this.atWord('temporary') && parent.owner.kind === 'subnet6' && parent.owner.prefix) {
        // An address alone takes the subnet6's prefix length: its host bits must be zero.
        const [net, len] = parent.owner.prefix.text.split('/');
        const a = ipv6ToBigInt(low.text);
        const bits = 128 - Number(len);
        if (a !== undefined && ipv6ToBigInt(net) !== undefined && bits > 0 && (a & ((1n << BigInt(bits)) - 1n)) !== 0n) {
          this.report('invalidValue', low.offset, low.length, t('A temporary range6 starts on a prefix boundary of its subnet6 ({0}) (dhcpd: "network mask too short").', parent.owner.prefix.text));
          ok = false;
        }
      }
      if (ok && !this.atPunct(';')) {
        if (this.acceptWord('temporary')) {
          // dhcpd (parse_address_range6): the host bits of the prefix must be zero, then a
          // temporary prefix is 64 to 127 bits long (measured).
          if (low && low.kind === 'prefix') {
            const [a, l] = low.text.split('/');
            const addr = ipv6ToBigInt(a);
            const len = Number(l);
            const bits = 128 - len;
            if (addr !== undefined && bits > 0 && bits <= 128 && (addr & ((1n << BigInt(bits)) - 1n)) !== 0n) {
              this.report('invalidValue', low!.offset, low!.length, t('The address of this temporary range has bits set past its prefix length (dhcpd: "network mask too short").'));
            } else if (len < 64) {
              this.report('invalidValue', low!.offset, low!.length, t('A temporary range6 prefix is at least 64 bits long (dhcpd: "temporary mask too short").'));
            } else if (len === 128) {
              this.report('invalidValue', low!.offset, low!.length, t('A temporary range6 of a single address (/128) is refused (dhcpd: "temporary singleton?").'));
            }
          }
        } else {
          high = this.readIPv6(t('the last address of the range'));
          ok = !!high;
        }
      }
    } else {
      low = this.readIPv6(t('the first prefix of the range'));
      high = low && this.readIPv6(t('the last prefix of the range'));
      if (high) {
        if (this.acceptPunct('/')) {
          prefixLength = this.readNumberValue(t('a prefix length'));
          const n = prefixLength ? Number(prefixLength.text) : 64;
          if (prefixLength && !(n > 0 && n < 128)) {
            this.report('invalidValue', prefixLength.offset, prefixLength.length, t('A prefix length is between 1 and 127 (dhcpd: "networks have 0 to 128 bits (exclusive)").'));
            prefixLength = undefined;
          }
        } else this.expected('`/`');
      }
      ok = !!prefixLength;
    }
    const terminated = this.endStatement(ok);
    return this.finish({ kind: word, keyword: this.keyword(kw, word), low, high, prefixLength, terminated, parent, offset: kw.offset, length: 0 });
  }

  private parseClass(parent: Block, word: string): Statement {
    const kw = this.next();
    // `vendor-class`/`user-class` NAME { } name an existing class, as a subclass does.
    const kind = word === 'class' ? 'class' : 'subclass';
    const nameTok = this.peek();
    if (nameTok.kind !== TokenKind.String) {
      this.reportAt(nameTok, 'syntaxError', t('A class name is a string in double quotes (dhcpd: "Expecting class name").'), nameTok.kind === TokenKind.Word
        ? [{ title: t('Quote the name: "{0}"', nameTok.text), edits: [{ offset: nameTok.offset, length: nameTok.length, newText: `"${nameTok.text}"` }], preferred: true }]
        : undefined);
      this.resyncToBlockOrSemicolon();
      return this.unknown(kw, parent);
    }
    const name = this.readName(t('a class name in double quotes'), false)!;
    let match: Value | undefined;
    if (word === 'subclass') {
      // The subclass's value: a string or a colon-separated hex list.
      const tok = this.peek();
      if (tok.kind === TokenKind.String) {
        this.next();
        match = { kind: 'string', text: tok.text, offset: tok.offset, length: tok.length };
      } else if (tok.kind === TokenKind.Word && hexElement(tok.text) !== undefined) {
        // What dhcpd reads as a hex list: `-42` too (measured); `123` does not fit and is reported.
        match = this.readHexList();
        if (!match) {
          this.resyncToBlockOrSemicolon();
          return this.unknown(kw, parent);
        }
      } else {
        this.reportAt(tok, 'syntaxError', t('A subclass needs its value: a string or a colon-separated hex list (dhcpd: "Expecting string or hex list.").'));
        this.resyncToBlockOrSemicolon();
        return this.unknown(kw, parent);
      }
    }
    if (kind === 'subclass' && this.atPunct(';')) {
      this.next();
      return this.finish({ kind, keyword: this.keyword(kw), name, match, terminated: true, parent, offset: kw.offset, length: 0 });
    }
    const body = this.parseBlock(kw);
    return this.finish({ kind, keyword: this.keyword(kw), name, match, body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
  }

  // ---- failover ------------------------------------------------------------------------------

  private parseFailover(parent: Block): Statement {
    const kw = this.next();
    if (!this.acceptWord('peer')) {
      this.expected('`peer`');
      this.resyncToBlockOrSemicolon();
      return this.unknown(kw, parent);
    }
    const nameTok = this.peek();
    let name: Name | undefined;
    if (nameTok.kind === TokenKind.String) {
      this.next();
      name = { offset: nameTok.offset, length: nameTok.length, text: nameTok.text, quoted: true };
    } else if (nameTok.kind === TokenKind.Word) {
      // dhcpd wants a string; an identifier is a mistake we report with the failover rules.
      this.next();
      name = { offset: nameTok.offset, length: nameTok.length, text: nameTok.text, quoted: false };
      if (isAtoiNumber(nameTok.text)) {
        // dhcpd's scanner reads it as a number, which is no name: the declaration is refused.
        this.reportAt(nameTok, 'syntaxError', t('A peer name cannot be a bare number: write it in double quotes, "{0}" (dhcpd: "expecting failover peer name.").', nameTok.text), [
          { title: t('Quote the name: "{0}"', nameTok.text), edits: [{ offset: nameTok.offset, length: nameTok.length, newText: `"${nameTok.text}"` }], preferred: true },
        ]);
      }
    } else {
      this.expected(t('a peer name in double quotes'));
      this.resyncToBlockOrSemicolon();
      return this.unknown(kw, parent);
    }
    const keyword = this.keywords(kw, 'failover peer');
    if (this.atPunct(';')) {
      this.next();
      return this.finish({ kind: 'failover-ref', keyword, name, terminated: true, parent, offset: kw.offset, length: 0 });
    }
    let state = false;
    if (this.acceptWord('state')) state = true;
    if (!this.atPunct('{')) {
      // `failover peer "x"` missing its `;` (in a pool) or its block.
      if (this.peek().lineBefore || this.atPunct('}')) {
        this.expectSemicolon();
        return this.finish({ kind: 'failover-ref', keyword, name, terminated: false, parent, offset: kw.offset, length: 0 });
      }
      this.expected(t('`;` or `{`'));
      this.resyncToBlockOrSemicolon();
      return this.unknown(kw, parent);
    }
    const body = this.parseBlock(kw, state ? (b) => this.parseFailoverStateStatement(b) : (b) => this.parseFailoverStatement(b));
    const stmt: FailoverPeer = this.finish({ kind: 'failover-peer', keyword, name, state, body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
    if (!state) this.peers.push(stmt);
    return stmt;
  }

  /** The statements of a peer block, with their multi-word keywords. */
  private parseFailoverStatement(parent: Block): Statement | undefined {
    const first = this.peek();
    if (first.kind !== TokenKind.Word) {
      this.next();
      this.reportAt(first, 'failoverUnknownStatement', t('Unexpected {0} in a failover peer block (dhcpd: "invalid statement in peer declaration").', this.describe(first)));
      if (!this.isPunct(first, ';')) this.resync();
      return undefined;
    }
    const name = this.readFailoverKeyword();
    const info = findStatement(name.text, 'failover');
    if (!info) {
      this.reportUnknownFailover(name);
      this.resync();
      return this.finish({ kind: 'unknown', keyword: name, terminated: false, parent, offset: first.offset, length: 0 });
    }
    const values: Value[] = [];
    let ok = true;
    switch (info.name) {
      case 'primary':
      case 'secondary':
        break;
      case 'address':
      case 'peer address': {
        const v = this.readAddressOrHost(t('an IP address or host name'));
        if (v) values.push(v);
        else ok = false;
        break;
      }
      case 'hba': {
        const v = this.readHexList();
        if (v) values.push(v);
        else {
          this.expected(t('32 colon-separated hexadecimal bytes'));
          ok = false;
        }
        break;
      }
      default: {
        const v = this.readAtoiNumber();
        if (v) values.push(v);
        else ok = false;
      }
    }
    const terminated = this.endStatement(ok);
    return this.finish({ kind: 'failover-statement', keyword: name, info, values, terminated, parent, offset: first.offset, length: 0 });
  }

  /**
   * A number where dhcpd wants its NUMBER token and converts it with atoi: decimal digits, a
   * leading `-` allowed (`-` alone is 0). `0x1F`, `1e3` or `+5` are names to dhcpd's scanner.
   */
  private readAtoiNumber(): Value | undefined {
    const tok = this.peek();
    if (tok.kind === TokenKind.Word && isAtoiNumber(tok.text)) {
      this.next();
      return { kind: 'number', text: tok.text, offset: tok.offset, length: tok.length };
    }
    if (tok.kind === TokenKind.Word && /^-?0x[0-9a-f]*$/i.test(tok.text)) {
      this.reportAt(tok, 'invalidValue', t('dhcpd reads only decimal numbers here: `{0}` is refused (dhcpd: "expecting number").', tok.text));
      return undefined;
    }
    this.reportAt(tok, 'invalidValue', t('Expected {0} but found {1} (dhcpd: "expecting number").', t('a decimal number'), this.describe(tok)));
    return undefined;
  }

  /** Joins the words of a failover keyword the way dhcpd reads them: `peer address`, `load balance max seconds`. */
  private readFailoverKeyword(): Name {
    const first = this.next();
    const w = first.text.toLowerCase();
    const follow = (expected: string[]): string => {
      let text = w;
      for (const e of expected) {
        if (this.atWord(e)) text += ' ' + this.next().text.toLowerCase();
        else break;
      }
      return text;
    };
    let text = w;
    if (w === 'peer') {
      // `peer peer address`: dhcpd reads each `peer` as the same prefix (measured: accepted).
      let n = this.peek();
      const firstExtra = n;
      while (this.isWord(n, 'peer') && this.peek(1).kind === TokenKind.Word) {
        this.next();
        n = this.peek();
      }
      if (n !== firstExtra) {
        this.report('failoverPeerPrefixIgnored', firstExtra.offset, this.lastEnd - firstExtra.offset, t('`peer` is repeated: dhcpd reads it once.'), [
          { title: t('Remove the repeated `peer`'), edits: [{ offset: firstExtra.offset, length: n.offset - firstExtra.offset, newText: '' }], preferred: true },
        ]);
      }
      // dhcpd's scanner ignores line breaks and comments between the words.
      if (n.kind === TokenKind.Word && /^[a-z]/i.test(n.text)) {
        const next = n.text.toLowerCase();
        // dhcpd reads `peer` as a prefix it then ignores (`peer mclt 5;` is `mclt 5;`), except
        // for `peer address` and `peer port`.
        if (next !== 'address' && next !== 'port' && findStatement(next, 'failover')) {
          this.report('failoverPeerPrefixIgnored', first.offset, n.offset + n.length - first.offset, t('`peer {0}` is read as `{0}` by dhcpd: `peer` only goes with `address` and `port`.', next), [
            { title: t('Remove `peer`'), edits: [{ offset: first.offset, length: n.offset - first.offset, newText: '' }], preferred: true },
          ]);
          text = next;
          this.next();
          return this.keywords(n, text);
        }
        text = 'peer ' + this.next().text.toLowerCase();
      }
    }
    else if (w === 'load') {
      text = follow(['balance', 'max', 'seconds']);
      // A near miss (`load balance max secs`) is read whole, to be named whole.
      while (!text.endsWith('seconds') && this.peek().kind === TokenKind.Word && /^[a-z]/i.test(this.peek().text) && findStatement(this.peek().text.toLowerCase(), 'failover') === undefined) {
        text += ' ' + this.next().text.toLowerCase();
      }
    }
    else if (w === 'my' || w === 'partner') text = follow(['state']);
    return this.keywords(first, text);
  }

  private reportUnknownFailover(name: Name): void {
    const candidates = failoverNames();
    const guess = nearest(name.text, candidates);
    const fixes: Fix[] = [];
    let message = t('`{0}` is not a failover peer statement (dhcpd: "invalid statement in peer declaration").', name.text);
    if (guess) {
      message = t('`{0}` is not a failover peer statement; did you mean `{1}`? (dhcpd: "invalid statement in peer declaration")', name.text, guess);
      fixes.push({ title: t('Replace with `{0}`', guess), edits: [{ offset: name.offset, length: name.length, newText: guess }], preferred: true });
    }
    this.report('failoverUnknownStatement', name.offset, name.length, message, fixes);
  }

  /** `failover peer "x" state { my state normal at 1 2020/01/01 00:00:00; partner state ...; mclt N; }` */
  private parseFailoverStateStatement(parent: Block): Statement | undefined {
    const first = this.next();
    const start = first.offset;
    const word = first.kind === TokenKind.Word ? first.text.toLowerCase() : '';
    const values: Value[] = [];
    const node = (keyword: Name, terminated: boolean, at?: Value): Statement =>
      this.finish({ kind: 'failover-state', keyword, values, at, terminated, parent, offset: start, length: 0 });
    if (word === 'mclt') {
      const v = this.readAtoiNumber();
      if (!v) {
        this.resync();
        return node(this.keyword(first, 'mclt'), false);
      }
      values.push(v);
      return node(this.keyword(first, 'mclt'), this.expectSemicolon());
    }
    if (word !== 'my' && word !== 'partner') {
      // dhcpd skips the rest of the block after this.
      this.reportAt(first, 'syntaxError', t('A peer state block holds only `my state`, `partner state` and `mclt`, not {0} (dhcpd: "expecting state setting.").', this.describe(first)));
      this.resyncToBlockEnd();
      return undefined;
    }
    if (!this.atWord('state')) {
      this.reportAt(this.peek(), 'syntaxError', t('Expected `state` after `{0}` but found {1} (dhcpd: "expecting \'state\'").', word, this.describe(this.peek())));
      this.resyncToBlockEnd();
      return undefined;
    }
    this.next();
    const keyword = this.keywords(first, `${word} state`);
    const stateTok = this.peek();
    if (stateTok.kind !== TokenKind.Word || !FAILOVER_STATES.has(stateTok.text.toLowerCase())) {
      this.reportAt(stateTok, 'invalidValue', t('{0} is not a failover state; one of: {1} (dhcpd: "unknown failover state").', this.describe(stateTok), [...FAILOVER_STATES].join(', ')));
      this.resync();
      return node(keyword, false);
    }
    this.next();
    values.push({ kind: 'name', text: stateTok.text.toLowerCase(), offset: stateTok.offset, length: stateTok.length });
    if (this.atPunct(';')) {
      this.next();
      return node(keyword, true);
    }
    if (!this.atWord('at')) {
      this.reportAt(this.peek(), 'syntaxError', t('Expected `;` or `at` and a date after the state but found {0} (dhcpd: "expecting \"at\"").', this.describe(this.peek())));
      this.resync();
      return node(keyword, false);
    }
    this.next();
    const at = this.readLeaseDate();
    if (!at) {
      this.resync();
      return node(keyword, false);
    }
    return node(keyword, this.expectSemicolon(), at);
  }

  /** Skips to the `}` that closes the current block (left for the block to read), as dhcpd's skip_to_rbrace. */
  private resyncToBlockEnd(): void {
    let depth = 0;
    for (;;) {
      const tok = this.peek();
      if (tok.kind === TokenKind.EOF) return;
      if (this.isPunct(tok, '}')) {
        if (depth === 0) return;
        depth--;
      } else if (this.isPunct(tok, '{')) depth++;
      this.next();
    }
  }

  /**
   * A date as dhcpd's parse_date_core reads it: `never`, `epoch N`, or
   * `W YYYY/MM/DD HH:MM:SS [TZOFFSET]` (numbers only, decimal).
   */
  private readLeaseDate(): Value | undefined {
    const start = this.peek().offset;
    const done = (): Value => ({ kind: 'other', text: this.slice(start, this.lastEnd), offset: start, length: this.lastEnd - start });
    if (this.atWord('never')) {
      this.next();
      return done();
    }
    const num = (what: string): boolean => {
      const tok = this.peek();
      if (tok.kind === TokenKind.Word && isAtoiNumber(tok.text)) {
        this.next();
        return true;
      }
      this.reportAt(tok, 'invalidValue', t('Expected {0} of the date but found {1} (dhcpd: "numeric {0} expected.").', what, this.describe(tok)));
      return false;
    };
    const punct = (p: string, what: string): boolean => {
      if (this.atPunct(p)) {
        this.next();
        return true;
      }
      this.reportAt(this.peek(), 'invalidValue', t('Expected `{0}` {1} in the date but found {2}.', p, what, this.describe(this.peek())));
      return false;
    };
    if (this.atWord('epoch')) {
      this.next();
      const tok = this.peek();
      if (tok.kind === TokenKind.Word && isAtoiNumber(tok.text)) {
        this.next();
        return done();
      }
      this.reportAt(tok, 'invalidValue', t('Expected the seconds since the epoch but found {0} (dhcpd: "Seconds since epoch expected.").', this.describe(tok)));
      return undefined;
    }
    const ok = num('day of week') && num('year') && punct('/', t('between year and month')) && num('month') &&
      punct('/', t('between month and day')) && num('day of month') && num('hour') && punct(':', t('between hour and minute')) &&
      num('minute') && punct(':', t('between minute and second')) && num('second');
    if (!ok) return undefined;
    const tz = this.peek();
    if (tz.kind === TokenKind.Word && isAtoiNumber(tz.text)) this.next();
    return done();
  }

  // ---- key and zone ----------------------------------------------------------------------------

  private parseKey(parent: Block): Statement {
    const kw = this.next();
    const name = this.readDomainName(t('a key name'));
    if (!name) {
      this.resyncToBlockOrSemicolon();
      return this.unknown(kw, parent);
    }
    if (this.atPunct(';') || !this.atPunct('{')) {
      // `key name;` is a reference (inside a zone); anything else lacks its block.
      if (this.atPunct(';')) {
        this.next();
        // `key name;` names a key inside a zone (parsed there); anywhere else dhcpd wants the key's block.
        this.report('syntaxError', name.offset, name.length, t('A key declaration needs its block: `key {0} { algorithm ...; secret ...; }` (dhcpd: "expecting left brace").', name.text));
        return this.finish({ kind: 'key', keyword: this.keyword(kw), name, terminated: true, parent, offset: kw.offset, length: 0 });
      }
    }
    const body = this.parseBlock(kw, (b) => this.parseKeyStatement(b));
    const stmt = this.finish({ kind: 'key', keyword: this.keyword(kw), name, body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
    // dhcpd accepts an optional `;` after a key block.
    if (this.atPunct(';')) this.next();
    return stmt;
  }

  private parseKeyStatement(parent: Block): Statement | undefined {
    const tok = this.next();
    const word = tok.text.toLowerCase();
    const values: Value[] = [];
    let ok = true;
    if (this.isWord(tok, 'algorithm')) {
      const v = this.readName(t('an algorithm name such as hmac-md5'));
      if (v) values.push({ kind: 'name', text: v.text, offset: v.offset, length: v.length });
      else ok = false;
    } else if (this.isWord(tok, 'secret')) {
      const s = this.peek();
      if (s.kind === TokenKind.String) {
        this.next();
        values.push({ kind: 'string', text: s.text, offset: s.offset, length: s.length });
      } else if (this.isPunct(s, ';')) {
        this.reportAt(s, 'invalidValue', t('The key has no secret (dhcpd: "invalid base64 character 59.").'));
        ok = false;
      } else {
        // a base64 secret written bare: dhcpd reads it as tokens up to the `;`
        const startOff = s.offset;
        while (!this.atPunct(';') && !this.atPunct('}') && this.peek().kind !== TokenKind.EOF && !this.peek().lineBefore) this.next();
        values.push({ kind: 'other', text: this.slice(startOff, this.lastEnd), offset: startOff, length: this.lastEnd - startOff });
      }
    } else {
      this.reportAt(tok, 'syntaxError', t('A key block holds only `algorithm` and `secret`, not {0}.', this.describe(tok)));
      this.resync();
      return undefined;
    }
    if (ok && word === 'secret' && values[0]) {
      const problem = base64Problem(values[0].text, values[0].kind !== 'string');
      if (problem) {
        this.report('invalidValue', values[0].offset, values[0].length, problem);
        ok = false;
      }
    }
    const terminated = this.endStatement(ok);
    return this.finish({ kind: 'parameter', keyword: this.keyword(tok, word), values, terminated, parent, offset: tok.offset, length: 0 });
  }

  private parseZone(parent: Block): Statement {
    const kw = this.next();
    const name = this.readDomainName(t('a zone name'));
    if (!name) {
      this.resyncToBlockOrSemicolon();
      return this.unknown(kw, parent);
    }
    const body = this.parseBlock(kw, (b) => this.parseZoneStatement(b));
    const stmt = this.finish({ kind: 'zone', keyword: this.keyword(kw), name, body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
    if (this.atPunct(';')) this.next();
    return stmt;
  }

  private parseZoneStatement(parent: Block): Statement | undefined {
    const tok = this.next();
    const word = tok.text.toLowerCase();
    const values: Value[] = [];
    if (word === 'key') {
      const name = this.readName(t('a key name'));
      if (!name) {
        this.resync();
        return undefined;
      }
      const terminated = this.expectSemicolon();
      return this.finish({ kind: 'key', keyword: this.keyword(tok), name, terminated, parent, offset: tok.offset, length: 0 });
    }
    if (word === 'primary' || word === 'secondary' || word === 'primary6' || word === 'secondary6') {
      do {
        const v = word.endsWith('6') ? this.readIPv6(t('an IPv6 address')) : this.readAddressOrHost(t('an IP address or host name'));
        if (!v) {
          this.resync();
          return undefined;
        }
        values.push(v);
      } while (this.acceptPunct(','));
      const terminated = this.expectSemicolon();
      return this.finish({ kind: 'parameter', keyword: this.keyword(tok), values, terminated, parent, offset: tok.offset, length: 0 });
    }
    this.reportAt(tok, 'syntaxError', t('A zone holds only `primary`, `secondary`, `primary6`, `secondary6` and `key`, not {0}.', this.describe(tok)));
    this.resync();
    return undefined;
  }

  // ---- options -----------------------------------------------------------------------------------

  /** `space.name` or `name`; returns the written name and the space it resolves to. */
  private readOptionName(): { name: Name; space: string; option: string } | undefined {
    const first = this.peek();
    if (first.kind !== TokenKind.Word || isNumberToken(first.text)) {
      if (first.kind === TokenKind.Word) this.reportAt(first, 'unknownOption', t('Expected an option name, not {0} (dhcpd: "expecting identifier after option keyword.").', this.describe(first)));
      else this.expected(t('an option name'));
      return undefined;
    }
    this.next();
    let space = defaultSpace(this.family);
    let option = first.text;
    if (this.atPunct('.') && this.isWord(this.peek(1))) {
      this.next();
      space = first.text.toLowerCase();
      option = this.next().text;
    }
    return { name: { offset: first.offset, length: this.lastEnd - first.offset, text: this.slice(first.offset, this.lastEnd), quoted: false }, space, option };
  }

  private parseOption(parent: Block): Statement {
    const kw = this.next();
    if (this.atWord('space')) return this.parseOptionSpace(kw, parent);
    return this.parseOptionRest(kw, parent, undefined);
  }

  private parseOptionVerb(parent: Block, verb: string): Statement {
    const kw = this.next();
    return this.parseOptionRest(kw, parent, verb);
  }

  private parseOptionRest(kw: Token, parent: Block, verb: string | undefined): Statement {
    const on = this.readOptionName();
    if (!on) {
      this.resync();
      return this.unknown(kw, parent);
    }
    // A definition: option NAME code N = TYPE;
    if (!verb && this.atWord('code')) return this.parseOptionDefinition(kw, on.name, on.space, parent);
    let info: OptionInfo | undefined = findOption(on.space, on.option) ?? this.userOptions.get(`${on.space}.${on.option.toLowerCase()}`);
    const known = info || this.userSpaces.has(on.space);
    if (!info) {
      if (!this.isKnownSpace(on.space)) {
        this.report('unknownOption', on.name.offset, on.name.length, t('There is no option space named `{0}` (dhcpd: "no option space named {0}.").', on.space));
      } else if (!known || !this.userSpaces.has(on.space)) {
        this.reportUnknownOption(on.name, on.space, on.option);
      } else {
        this.reportUnknownOption(on.name, on.space, on.option);
      }
      this.resync();
      return this.finish({ kind: 'option', keyword: this.keyword(kw), verb, optionName: on.name, values: [], terminated: false, parent, offset: kw.offset, length: 0 });
    }
    const values: Value[] = [];
    let terminated = false;
    if (this.atPunct('=')) {
      this.next();
      this.expressions.lenientCalls = verb === undefined;
      let e;
      try {
        e = this.expressions.parse('data');
      } finally {
        this.expressions.lenientCalls = false;
      }
      if (e) values.push(e);
      terminated = this.endStatement(!!e);
    } else if (this.atPunct(';') && (verb === 'send' || info.format === '' || info.format === 'Z')) {
      this.next();
      terminated = true;
    } else {
      terminated = this.endStatement(parseFormattedValue(this, info.format, values, 'invalidOptionValue', info.name));
    }
    return this.finish({ kind: 'option', keyword: this.keyword(kw), verb, optionName: on.name, info, values, terminated, parent, offset: kw.offset, length: 0 });
  }

  private reportUnknownOption(name: Name, space: string, option: string): void {
    const candidates = [...this.optionNamesOf(space)];
    const guess = nearest(option.toLowerCase(), candidates);
    const full = `${space}.${option}`;
    const fixes: Fix[] = [];
    let message = t('Unknown option `{0}` (dhcpd: "unknown option {1}").', name.text, full);
    if (guess) {
      const replacement = name.text.includes('.') ? `${space}.${guess}` : guess;
      message = t('Unknown option `{0}`; did you mean `{1}`? (dhcpd: "unknown option {2}")', name.text, replacement, full);
      fixes.push({ title: t('Replace with `{0}`', replacement), edits: [{ offset: name.offset, length: name.length, newText: replacement }], preferred: true });
    }
    this.report('unknownOption', name.offset, name.length, message, fixes);
  }

  /** Option spaces and options declared in this file, known from their declaration on. */
  readonly userSpaces = new Set<string>();
  readonly userOptions = new Map<string, OptionInfo>();

  private isKnownSpace(space: string): boolean {
    return this.userSpaces.has(space) || findOptionSpace(space);
  }

  private *optionNamesOf(space: string): Iterable<string> {
    yield* optionNamesInSpace(space);
    for (const key of this.userOptions.keys()) if (key.startsWith(space + '.')) yield key.slice(space.length + 1);
  }

  private parseOptionSpace(kw: Token, parent: Block): Statement {
    this.next(); // space
    if (this.peek().kind === TokenKind.String) {
      this.reportAt(this.peek(), 'syntaxError', t('An option space name is written without quotes (dhcpd: "expecting identifier.").'));
      this.resync();
      return this.unknown(kw, parent);
    }
    const name = this.readName(t('an option space name'), false);
    if (!name) {
      this.resync();
      return this.unknown(kw, parent);
    }
    this.userSpaces.add(name.text.toLowerCase());
    // code width N length width N hash size N
    let ok = true;
    while (ok && !this.atPunct(';') && this.peek().kind === TokenKind.Word && !this.peek().lineBefore) {
      const w = this.next();
      const word = w.text.toLowerCase();
      if (word === 'code' || word === 'length') {
        if (!this.acceptWord('width')) {
          this.expected('`width`');
          ok = false;
          break;
        }
        const n = this.readNumberValue(t('a width'));
        if (!n) {
          ok = false;
          break;
        }
        const v = Number(n.text);
        const allowed = word === 'code' ? [1, 2, 4] : [0, 1, 2];
        if (!allowed.includes(v)) {
          this.report('invalidValue', n.offset, n.length, t('`{0} width` must be one of {1}, not {2} (dhcpd: "invalid {0} width ({2}) expecting ...").', word, allowed.join(', '), v));
          ok = false;
        }
      } else if (word === 'hash') {
        if (!this.acceptWord('size') || !this.readNumberValue(t('a hash size'))) {
          ok = false;
        }
      } else {
        this.reportAt(w, 'syntaxError', t('Expected `code width`, `length width` or `hash size` but found {0}.', this.describe(w)));
        ok = false;
      }
    }
    const terminated = this.endStatement(ok);
    return this.finish({ kind: 'option-space', keyword: this.keywords(kw, 'option space'), optionName: name, declares: { space: name.text.toLowerCase() }, terminated, parent, offset: kw.offset, length: 0 });
  }

  /** `option NAME code N = TYPE;` where TYPE is a type, a record `{ t, t }` or `array of t`. */
  private parseOptionDefinition(kw: Token, name: Name, space: string, parent: Block): Statement {
    if (!this.isKnownSpace(space)) {
      this.report('unknownOption', name.offset, name.length, t('There is no option space named `{0}` (dhcpd: "no option space named {0}.").', space));
      this.resync();
      return this.finish({ kind: 'option-definition', keyword: this.keyword(kw), optionName: name, terminated: false, parent, offset: kw.offset, length: 0 });
    }
    this.next(); // code
    const code = this.readNumberValue(t('an option code'));
    let ok = !!code;
    let format = '';
    if (ok && !this.acceptPunct('=')) {
      this.expected('`=`');
      ok = false;
    }
    if (ok) {
      const f = this.readOptionType();
      ok = f !== undefined;
      if (f !== undefined) format = f;
    }
    let declared: OptionInfo | undefined;
    if (ok) {
      const option = name.text.includes('.') ? name.text.slice(name.text.indexOf('.') + 1) : name.text;
      declared = { name: option, space, code: Number(code!.text), family: this.family, format, type: format, doc: { en: '', fr: '' } };
      this.userOptions.set(`${space}.${option.toLowerCase()}`, declared);
    }
    const terminated = this.endStatement(ok);
    return this.finish({ kind: 'option-definition', keyword: this.keyword(kw), optionName: name, declares: declared && { space, option: declared }, terminated, parent, offset: kw.offset, length: 0 });
  }

  /** Reads an option definition's type and returns dhcpd's format string for it. */
  private readOptionType(): string | undefined {
    if (this.acceptWord('array')) {
      if (!this.acceptWord('of')) {
        this.expected('`of`');
        return undefined;
      }
      if (this.atWord('array')) {
        this.reportAt(this.peek(), 'invalidValue', t('Arrays of arrays are not allowed (dhcpd: "no nested arrays.").'));
        return undefined;
      }
      if (this.atPunct('{')) {
        const rec = this.readOptionRecord();
        return rec === undefined ? undefined : rec + 'A';
      }
      const at = this.peek();
      const one = this.readOptionAtom();
      if (one === undefined) return undefined;
      if (one === 't' || one === 'd' || one.startsWith('D')) {
        this.reportAt(at, 'invalidValue', t('Arrays of text strings are not supported (dhcpd: "arrays of text strings not yet supported.").'));
        return undefined;
      }
      return one + 'A';
    }
    if (this.atPunct('{')) return this.readOptionRecord();
    return this.readOptionAtom();
  }

  private readOptionRecord(): string | undefined {
    this.next(); // {
    let format = '';
    for (;;) {
      const at = this.peek();
      if (this.atWord('array')) {
        // `array of` inside a record is allowed only as its last member
        this.next();
        if (!this.acceptWord('of')) {
          this.expected('`of`');
          return undefined;
        }
        if (this.atWord('array')) {
          this.reportAt(this.peek(), 'invalidValue', t('Arrays of arrays are not allowed (dhcpd: "no nested arrays.").'));
          return undefined;
        }
        if (this.atPunct('{')) {
          this.reportAt(this.peek(), 'invalidValue', t('An array inside a record must be of a simple type (dhcpd: "only uniform array inside record.").'));
          return undefined;
        }
        const a = this.readOptionAtom();
        if (a === undefined) return undefined;
        if (a === 't' || a === 'd' || a.startsWith('D')) {
          this.reportAt(at, 'invalidValue', t('Arrays of text strings are not supported (dhcpd: "arrays of text strings not yet supported.").'));
          return undefined;
        }
        format += a + 'a';
      } else {
        if (this.atPunct('{')) {
          this.reportAt(at, 'invalidValue', t('Records cannot be nested (dhcpd: "unknown data type {").'));
          return undefined;
        }
        const a = this.readOptionAtom();
        if (a === undefined) return undefined;
        if ((a === 't' || a === 'X') && !this.atPunct('}')) {
          this.reportAt(at, 'invalidValue', t('Text must be the last member of a record (dhcpd: "text must be at end of record.").'));
          return undefined;
        }
        format += a;
      }
      if (this.acceptPunct(',')) continue;
      if (this.acceptPunct('}')) return format;
      this.expected('`,` or `}`');
      return undefined;
    }
  }

  /** One type of an option definition, as a format letter. */
  private readOptionAtom(): string | undefined {
    const tok = this.peek();
    const w = tok.kind === TokenKind.Word ? tok.text.toLowerCase() : '';
    const take = (f: string): string => {
      this.next();
      return f;
    };
    switch (w) {
      case 'boolean':
        return take('f');
      case 'text':
        return take('t');
      case 'string':
        return take('X');
      case 'ip-address':
        return take('I');
      case 'ip6-address':
        return take('6');
      case 'domain-name':
        return take('d');
      case 'domain-list': {
        this.next();
        if (this.acceptWord('compressed')) return 'Dc';
        return 'D';
      }
      case 'zerolen':
        return take('Z');
      case 'encapsulate': {
        this.next();
        const n = this.readName(t('an option space name'), false);
        if (n && !this.isKnownSpace(n.text.toLowerCase())) {
          this.report('unknownOption', n.offset, n.length, t('There is no option space named `{0}` to encapsulate (dhcpd: "unknown option space {0}").', n.text));
          return undefined;
        }
        return n ? 'E' + n.text + '.' : undefined;
      }
      case 'integer':
      case 'signed':
      case 'unsigned': {
        this.next();
        let signed = w !== 'unsigned';
        if (w !== 'integer') {
          if (!this.acceptWord('integer')) {
            this.expected('`integer`');
            return undefined;
          }
        } else signed = true;
        const n = this.readNumberValue(t('an integer width: 8, 16 or 32'));
        if (!n) return undefined;
        const width = Number(n.text);
        const map: Record<number, string> = signed ? { 8: 'b', 16: 's', 32: 'l' } : { 8: 'B', 16: 'S', 32: 'L' };
        if (!map[width]) {
          this.report('invalidValue', n.offset, n.length, t('An integer is 8, 16 or 32 bits wide, not {0}.', n.text));
          return undefined;
        }
        return map[width];
      }
      default:
        this.reportAt(tok, 'invalidValue', t('Unknown data type {0} (dhcpd: "unknown data type").', this.describe(tok)));
        return undefined;
    }
  }

  // ---- permits, authoritative ----------------------------------------------------------------

  private parsePermit(parent: Block, verb: string): Statement {
    const kw = this.next();
    const start = this.peek();
    if (start.kind !== TokenKind.Word) {
      this.expected(t('a permit such as `unknown-clients` or `booting`'));
      this.resync();
      return this.unknown(kw, parent);
    }
    // Permit names of one to three words.
    const w1 = this.next().text.toLowerCase();
    let name = w1;
    let argument: Value | undefined;
    let ok = true;
    if (w1 === 'members') {
      if (this.acceptWord('of')) {
        name = 'members of';
        const s = this.peek();
        if (s.kind === TokenKind.String) {
          this.next();
          argument = { kind: 'string', text: s.text, offset: s.offset, length: s.length };
        } else {
          this.expected(t('a class name in double quotes'));
          ok = false;
        }
      } else {
        this.expected('`of`');
        ok = false;
      }
    } else if (w1 === 'dynamic') {
      if (this.acceptWord('bootp') && this.acceptWord('clients')) name = 'dynamic bootp clients';
      else {
        this.expected('`bootp clients`');
        ok = false;
      }
    } else if (w1 === 'authenticated' || w1 === 'unauthenticated' || w1 === 'all' || w1 === 'known' || w1 === 'unknown') {
      if (this.acceptWord('clients')) name = `${w1} clients`;
      else if (w1 === 'known' || w1 === 'unknown') {
        this.expected('`clients`');
        ok = false;
      } else {
        this.expected('`clients`');
        ok = false;
      }
    } else if (w1 === 'after') {
      const startOff = this.peek().offset;
      while (!this.atPunct(';') && !this.atPunct('}') && this.peek().kind !== TokenKind.EOF && !this.peek().lineBefore) this.next();
      argument = { kind: 'other', text: this.slice(startOff, this.lastEnd), offset: startOff, length: this.lastEnd - startOff };
    }
    const permit: Name = { offset: start.offset, length: this.lastEnd - start.offset, text: name, quoted: false };
    const terminated = this.endStatement(ok);
    return this.finish({ kind: 'permit', keyword: this.keyword(kw), verb, permit, argument, terminated, parent, offset: kw.offset, length: 0 });
  }

  private parseNotAuthoritative(parent: Block): Statement {
    const kw = this.next();
    if (!this.atWord('authoritative')) {
      this.reportAt(kw, 'syntaxError', t('`not` must be followed by `authoritative` here.'));
      this.resync();
      return this.unknown(kw, parent);
    }
    this.next();
    const terminated = this.expectSemicolon();
    return this.finish({ kind: 'parameter', keyword: this.keywords(kw, 'not authoritative'), info: findStatement('not authoritative'), values: [], terminated, parent, offset: kw.offset, length: 0 });
  }

  // ---- conditionals and executable statements ---------------------------------------------------

  private parseIf(parent: Block): Statement {
    const kw = this.next();
    const condition = this.expressions.parse('boolean', true);
    if (!condition) {
      this.resyncToBlockOrSemicolon();
      return this.unknown(kw, parent);
    }
    const body = this.parseBlock(kw);
    const stmt = this.finish({ kind: 'if', keyword: this.keyword(kw), condition, body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
    // elsif / else belong to this if: they are returned as siblings that follow it.
    while (body?.closed && (this.atWord('elsif') || this.atWord('else'))) {
      const e = this.next();
      let kind: 'elsif' | 'else' = e.text.toLowerCase() === 'elsif' ? 'elsif' : 'else';
      let cond: Value | undefined;
      if (kind === 'else' && this.atWord('if')) {
        this.next();
        kind = 'elsif';
      }
      if (kind === 'elsif') {
        cond = this.expressions.parse('boolean', true);
        if (!cond) {
          this.resyncToBlockOrSemicolon();
          break;
        }
      }
      const bb = this.parseBlock(e);
      const branch = this.finish({ kind, keyword: this.keyword(e, kind), condition: cond, body: bb, terminated: !!bb?.closed, parent, offset: e.offset, length: 0 });
      this.pendingSiblings.push(branch);
      if (kind === 'else' || !bb?.closed) break;
    }
    return stmt;
  }

  /** An `elsif` or `else` with no `if` before it: reported, and skipped with its block. */
  private parseStrayBranch(parent: Block, word: string): Statement {
    const tok = this.next();
    this.reportAt(tok, 'syntaxError', t('`{0}` without an `if` before it.', word));
    if (word === 'elsif') this.expressions.parse('boolean', true);
    if (this.atPunct('{')) {
      this.next();
      this.skipBalanced();
    } else this.resync();
    return this.unknown(tok, parent);
  }

  /** Branches that follow an `if` are appended to the block after it. */
  private readonly pendingSiblings: Statement[] = [];

  takePendingSiblings(): Statement[] {
    return this.pendingSiblings.splice(0);
  }

  private parseSwitch(parent: Block): Statement {
    const kw = this.next();
    if (!this.atPunct('(')) {
      this.expected('`(`');
      this.resyncToBlockOrSemicolon();
      return this.unknown(kw, parent);
    }
    const condition = this.expressions.parse('any');
    if (!condition) {
      this.resyncToBlockOrSemicolon();
      return this.unknown(kw, parent);
    }
    this.switchTypes.push((condition as { type?: ExprType }).type ?? 'any');
    let body: Block | undefined;
    try {
      body = this.parseBlock(kw);
    } finally {
      this.switchTypes.pop();
    }
    return this.finish({ kind: 'switch', keyword: this.keyword(kw), condition, body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
  }

  /** The type of each enclosing switch's expression, innermost last: case values follow it. */
  private readonly switchTypes: ExprType[] = [];

  private parseCaseLabel(parent: Block): Statement {
    const kw = this.next();
    let condition: Value | undefined;
    const switchType = this.switchTypes[this.switchTypes.length - 1];
    const value = this.peek();
    const number = value.kind === TokenKind.Word && /^-?[0-9]+$/.test(value.text) && this.atPunct(':', 1);
    if (this.isWord(kw, 'case') && number && switchType === 'numeric') {
      // A number in a numeric switch (measured: `switch (lease-time) { case 42: }` is accepted).
      this.next();
      condition = { kind: 'number', text: value.text, offset: value.offset, length: value.length };
    } else if (this.isWord(kw, 'case') && number && value.text.startsWith('-')) {
      // Elsewhere dhcpd reads the value as hexadecimal bytes, and the `:` as part of them.
      this.reportAt(value, 'invalidValue', t('This switch is not on a number, so dhcpd reads `{0}:` as hexadecimal bytes that go on after the colon: quote the value or write hex bytes (dhcpd: "expecting hexadecimal number.").', value.text));
      this.resync();
      return this.unknown(kw, parent);
    } else if (this.isWord(kw, 'case')) {
      if (parent.owner.kind === 'document' && this.peek(1).kind === TokenKind.EOF) {
        // dhcpd checks the scope before the value (measured: a bare `case` at the end of the file).
        this.reportAt(kw, 'syntaxError', t('`case` outside a `switch` (dhcpd: "case statement in inappropriate scope.").'));
        return this.unknown(kw, parent);
      }
      condition = this.expressions.parse('any');
      if (!condition) {
        this.resync();
        return this.unknown(kw, parent);
      }
    }
    let terminated = true;
    if (!this.acceptPunct(':')) {
      this.expected('`:`');
      terminated = false;
      this.resync();
    }
    return this.finish({ kind: 'case', keyword: this.keyword(kw), condition, terminated, parent, offset: kw.offset, length: 0 });
  }

  private parseOn(parent: Block): Statement {
    const kw = this.next();
    let ok = false;
    do {
      const ev = this.peek();
      if (ev.kind === TokenKind.Word && ['commit', 'expiry', 'release', 'transmission'].includes(ev.text.toLowerCase())) {
        this.next();
        ok = true;
      } else {
        this.expected(t('`commit`, `expiry` or `release`'));
        ok = false;
        break;
      }
    } while (this.acceptPunct('|') || this.acceptWord('or'));
    if (!ok) {
      this.resyncToBlockOrSemicolon();
      return this.unknown(kw, parent);
    }
    if (this.atPunct(';')) {
      // `on expiry;` with no statements: dhcpd accepts it.
      this.next();
      return this.finish({ kind: 'on', keyword: this.keyword(kw), terminated: true, parent, offset: kw.offset, length: 0 });
    }
    const body = this.parseBlock(kw);
    return this.finish({ kind: 'on', keyword: this.keyword(kw), body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
  }

  private parseMatch(parent: Block): Statement {
    const kw = this.next();
    let condition: Value | undefined;
    let keyword = this.keyword(kw);
    if (this.atWord('if')) {
      this.next();
      keyword = this.keywords(kw, 'match if');
      condition = this.expressions.parse('boolean');
    } else {
      condition = this.expressions.parse('data');
    }
    if (!condition) {
      this.resync();
      return this.unknown(kw, parent);
    }
    const terminated = this.expectSemicolon();
    return this.finish({ kind: 'match', keyword, condition, terminated, parent, offset: kw.offset, length: 0 });
  }

  private parseSpawn(parent: Block): Statement {
    const kw = this.next();
    if (!this.acceptWord('with')) {
      this.expected('`with`');
      this.resync();
      return this.unknown(kw, parent);
    }
    const condition = this.expressions.parse('data');
    if (!condition) {
      this.resync();
      return this.unknown(kw, parent);
    }
    const terminated = this.expectSemicolon();
    return this.finish({ kind: 'match', keyword: this.keywords(kw, 'spawn with'), condition, terminated, parent, offset: kw.offset, length: 0 });
  }

  private parseLeaseLimit(parent: Block): Statement {
    const kw = this.next();
    if (!this.acceptWord('limit')) {
      this.expected('`limit`');
      this.resync();
      return this.unknown(kw, parent);
    }
    const n = this.readNumberValue(t('a number of leases'));
    const terminated = this.endStatement(!!n);
    return this.finish({ kind: 'parameter', keyword: this.keywords(kw, 'lease limit'), info: findStatement('lease limit'), values: n ? [n] : [], terminated, parent, offset: kw.offset, length: 0 });
  }

  private parseExecutable(parent: Block, word: string): Statement {
    const kw = this.next();
    const values: Value[] = [];
    let ok = true;
    switch (word) {
      case 'break':
        break;
      case 'log': {
        if (!this.acceptPunct('(')) {
          this.expected('`(`');
          ok = false;
          break;
        }
        if (['fatal', 'error', 'info', 'debug'].includes(this.peek().text.toLowerCase()) && this.atPunct(',', 1)) {
          this.next();
          this.next();
        }
        // dhcpd also takes a comma with no priority before it: `log (, "text")`.
        if (this.atPunct(',')) this.next();
        if (this.atPunct(';')) {
          // dhcpd accepts `log (;` and `log (info, ;` and logs nothing.
          this.reportAt(this.peek(), 'statementIgnored', t('This `log` has no message and no closing parenthesis: dhcpd accepts it and logs nothing.'));
          break;
        }
        const first = this.peek();
        const noMessage = this.atPunct(')') || this.atPunct(',') || this.atPunct('}') || first.kind === TokenKind.EOF
          || (first.kind === TokenKind.Word && !DATA_KEYWORDS.has(first.text.toLowerCase()) && refusedKeyword(first.text.toLowerCase(), this.atPunct('(', 1)));
        if (noMessage) {
          // dhcpd fails this statement without a word and skips the rest of the statement it
          // stands in (measured: `if x { log (info, ); anything; }` is accepted). So do we: a
          // warning, and no error until the end of the enclosing top-level statement.
          this.reportAt(first, 'statementIgnored', t('This `log` has no message: dhcpd silently skips it and the rest of the enclosing statement.'));
          this.silentUntilTopLevel = true;
          this.resync();
          return this.finish({ kind: 'executable', keyword: this.keyword(kw), values, terminated: true, parent, offset: kw.offset, length: 0 });
        }
        const e = this.expressions.parse('data');
        if (!e || !this.acceptPunct(')')) {
          if (e) this.expected('`)`');
          ok = false;
        } else values.push(e);
        break;
      }
      case 'execute': {
        if (!this.acceptPunct('(')) {
          this.expected('`(`');
          ok = false;
          break;
        }
        do {
          const e = this.expressions.parse('data');
          if (!e) {
            ok = false;
            break;
          }
          values.push(e);
        } while (this.acceptPunct(','));
        if (ok && !this.acceptPunct(')')) {
          this.expected('`)`');
          ok = false;
        }
        break;
      }
      case 'set':
      case 'let': {
        if (word === 'set' && this.notAVariableName()) {
          ok = false;
          break;
        }
        const v = this.readName(t('a variable name'), false);
        if (!v) {
          ok = false;
          break;
        }
        if (this.acceptPunct('=')) {
          const e = this.expressions.parse('any', true);
          if (!e) ok = false;
          else values.push(e);
        } else {
          this.expected('`=`');
          ok = false;
        }
        break;
      }
      case 'unset': {
        if (this.notAVariableName()) {
          ok = false;
          break;
        }
        if (!this.readName(t('a variable name'), false)) ok = false;
        break;
      }
      case 'define': {
        const v = this.readName(t('a variable or function name'), false);
        if (!v) {
          ok = false;
          break;
        }
        if (this.atPunct('(')) {
          // define name (args) { statements }: names separated by commas, a comma may end the
          // list (measured: `(x,)` is accepted, `(,)`, `(x y)`, `(1)`, `("x")` are not).
          this.next();
          while (!this.acceptPunct(')')) {
            const a = this.peek();
            // (dhcpd's own keywords are refused too, `(host)`: left to it, there is no list of them here.)
            if (a.kind !== TokenKind.Word || isNumberToken(a.text)) {
              this.reportAt(a, 'syntaxError', t('Expected the name of an argument but found {0} (dhcpd: "expecting argument name").', this.describe(a)));
              ok = false;
              break;
            }
            this.next();
            if (this.acceptPunct(',')) continue;
            if (!this.atPunct(')')) {
              this.reportAt(this.peek(), 'syntaxError', t('Expected `,` or `)` after an argument name but found {0} (dhcpd: "expecting right paren.").', this.describe(this.peek())));
              ok = false;
              break;
            }
          }
          if (!ok) break;
          const body = this.parseBlock(kw);
          return this.finish({ kind: 'executable', keyword: this.keyword(kw), values, body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
        }
        if (this.acceptPunct('=')) {
          const e = this.expressions.parse('any', true);
          if (!e) ok = false;
          else values.push(e);
        } else {
          this.expected('`=`');
          ok = false;
        }
        break;
      }
      case 'eval':
      case 'return': {
        const e = this.expressions.parse('any', true);
        if (!e) ok = false;
        else values.push(e);
        break;
      }
      case 'add': {
        const s = this.peek();
        if (s.kind === TokenKind.String) {
          this.next();
          values.push({ kind: 'string', text: s.text, offset: s.offset, length: s.length });
        } else {
          this.expected(t('a class name in double quotes'));
          ok = false;
        }
        break;
      }
      default: {
        while (!this.atPunct(';') && !this.atPunct('}') && this.peek().kind !== TokenKind.EOF) {
          if (this.atPunct('{')) break;
          this.next();
        }
      }
    }
    const terminated = this.endStatement(ok);
    return this.finish({ kind: 'executable', keyword: this.keyword(kw), values, terminated, parent, offset: kw.offset, length: 0 });
  }

  // ---- host parameters with special syntax ------------------------------------------------------

  private parseHardware(parent: Block): Statement {
    const kw = this.next();
    const type = this.peek();
    const values: Value[] = [];
    let ok = true;
    const hardwareType = type.kind === TokenKind.Word ? HARDWARE_TYPE_WORDS.get(type.text.toLowerCase()) : undefined;
    if (hardwareType !== undefined) {
      this.next();
      values.push({ kind: 'name', text: hardwareType, offset: type.offset, length: type.length });
      const mac = this.plainValue('hex') ?? (this.atPunct(';') ? undefined : this.readHexList(true));
      if (!mac && this.atPunct(';')) {
        // dhcpd accepts an empty hardware address; no client will ever match it.
        this.reportAt(this.peek(), 'suspiciousHardwareAddress', t('This hardware statement has no address: no client will match it.'));
      } else if (mac) {
        values.push(mac);
        let bytes = 1;
        for (let i = 0; i < mac.text.length; i++) if (mac.text.charCodeAt(i) === 58) bytes++;
        if (bytes > 20) {
          this.report('invalidValue', mac.offset, mac.length, t('A hardware address has at most 20 bytes; this one has {0} (dhcpd: "hardware address too long").', bytes));
        } else if (type.text.toLowerCase() === 'ethernet' && bytes !== 6) {
          // dhcpd accepts it, but no Ethernet card has such an address.
          this.report('suspiciousHardwareAddress', mac.offset, mac.length, t('An Ethernet address has 6 bytes; this one has {0}. dhcpd accepts it, but no Ethernet card will match.', bytes));
        }
      } else {
        const bad = this.peek();
        if (!this.blameMultilineString()) this.reportAt(bad, 'invalidValue', t('Expected a hardware address such as 00:11:22:33:44:55 but found {0} (dhcpd: "expecting numeric value.").', this.describe(bad)));
        ok = false;
      }
    } else {
      this.reportAt(type, 'invalidValue', t('Unknown hardware type {0}: expected `ethernet`, `token-ring`, `fddi` or `infiniband` (dhcpd: "expecting a network hardware type").', this.describe(type)));
      ok = false;
    }
    const terminated = this.endStatement(ok);
    return this.finish({ kind: 'parameter', keyword: this.keyword(kw, 'hardware'), info: HARDWARE_INFO(), values, terminated, parent, offset: kw.offset, length: 0 });
  }

  private parseFixedAddress(parent: Block): Statement {
    const kw = this.next();
    const values: Value[] = [];
    let ok = true;
    do {
      const v = this.readAddressOrHost(t('an IP address or host name'));
      if (!v) {
        ok = false;
        break;
      }
      values.push(v);
    } while (this.acceptPunct(','));
    const terminated = this.endStatement(ok);
    return this.finish({ kind: 'parameter', keyword: this.keyword(kw, 'fixed-address'), info: FIXED_ADDRESS_INFO(), values, terminated, parent, offset: kw.offset, length: 0 });
  }

  private parseFixed6(parent: Block, word: string): Statement {
    const kw = this.next();
    const values: Value[] = [];
    let ok = true;
    if (word === 'fixed-prefix6') {
      const v = this.readIPv6Prefix(t('an IPv6 prefix'));
      if (v) values.push(v);
      else ok = false;
    } else {
      do {
        const v = this.readIPv6(t('an IPv6 address'));
        if (!v) {
          ok = false;
          break;
        }
        values.push(v);
      } while (this.acceptPunct(','));
    }
    const terminated = this.endStatement(ok);
    return this.finish({ kind: 'parameter', keyword: this.keyword(kw), info: findStatement(word), values, terminated, parent, offset: kw.offset, length: 0 });
  }

  private parseServerDuid(parent: Block): Statement {
    const kw = this.next();
    const type = this.peek();
    const w = type.kind === TokenKind.Word ? type.text.toLowerCase() : '';
    let ok = true;
    if (type.kind === TokenKind.Word && isNumberToken(type.text)) {
      // A numeric DUID type followed by its value, a string (measured: hex bytes are refused).
      this.next();
      const v = this.peek();
      if (v.kind === TokenKind.String) this.next();
      else {
        this.reportAt(v, 'invalidValue', t('Expected the DUID value: a string in double quotes (dhcpd: "identifier expected").'));
        ok = false;
      }
    } else if (w === 'llt' || w === 'll') {
      this.next();
      if (!this.atPunct(';')) {
        const hw = this.peek();
        if (!(hw.kind === TokenKind.Word && HARDWARE_TYPES.includes(hw.text.toLowerCase()))) {
          this.reportAt(hw, 'invalidValue', t('Expected a hardware type (dhcpd: "hardware type expected").'));
          ok = false;
        } else {
          this.next();
          if (w === 'llt') {
            if (!this.readNumberValue(t('a timestamp (dhcpd: "timestamp expected")'))) ok = false;
          }
          if (ok && !this.readHexList()) {
            this.expected(t('a hardware address (dhcpd: "expecting hexadecimal number.")'));
            ok = false;
          }
        }
      }
    } else if (w === 'en') {
      this.next();
      if (!this.readNumberValue(t('an enterprise number (dhcpd: "enterprise number expected")'))) ok = false;
      else {
        const id = this.peek();
        // The identifier is a string (measured: hex bytes are refused).
        if (id.kind === TokenKind.String) this.next();
        else {
          this.expected(t('an identifier in double quotes (dhcpd: "identifier expected")'));
          ok = false;
        }
      }
    } else {
      this.reportAt(type, 'invalidValue', t('A server DUID is `LLT`, `EN` or `LL` (dhcpd: "DUID type of LLT, EN, or LL expected").'));
      ok = false;
    }
    const terminated = this.endStatement(ok);
    return this.finish({ kind: 'parameter', keyword: this.keyword(kw), info: findStatement('server-duid'), values: [], terminated, parent, offset: kw.offset, length: 0 });
  }

  /** `host-identifier option NAME VALUE;` or `host-identifier v6relopt N NAME VALUE;` */
  private parseHostIdentifier(parent: Block): Statement {
    const kw = this.next();
    const values: Value[] = [];
    let ok = true;
    if (this.acceptWord('v6relopt')) {
      ok = !!this.readNumberValue(t('a relay number'));
    } else if (!this.acceptWord('option')) {
      this.expected('`option` or `v6relopt`');
      ok = false;
    }
    if (ok) {
      const on = this.readOptionName();
      const info = on && (findOption(on.space, on.option) ?? this.userOptions.get(`${on.space}.${on.option.toLowerCase()}`));
      if (!on) ok = false;
      else if (!info) {
        this.reportUnknownOption(on.name, on.space, on.option);
        ok = false;
      } else ok = parseFormattedValue(this, info.format, values, 'invalidOptionValue', info.name);
    }
    const terminated = this.endStatement(ok);
    return this.finish({ kind: 'parameter', keyword: this.keyword(kw), info: findStatement('host-identifier'), values, terminated, parent, offset: kw.offset, length: 0 });
  }

  /** A host's client identifier, as dhcpd writes host declarations: a string or hex. */
  private parseUid(parent: Block): Statement {
    const kw = this.next();
    const values: Value[] = [];
    const ok = parseFormattedValue(this, 'X', values, 'invalidValue', 'uid');
    const terminated = this.endStatement(ok);
    return this.finish({ kind: 'parameter', keyword: this.keyword(kw), info: findStatement('uid'), values, terminated, parent, offset: kw.offset, length: 0 });
  }

  private parseInterface(parent: Block): Statement {
    const kw = this.next();
    const name = this.readName(t('an interface name'), false);
    const terminated = this.endStatement(!!name);
    const values: Value[] = name ? [{ kind: 'string', text: name.text, offset: name.offset, length: name.length }] : [];
    return this.finish({ kind: 'parameter', keyword: this.keyword(kw), info: findStatement('interface'), values, terminated, parent, offset: kw.offset, length: 0 });
  }

  /**
   * Everything else: a parameter of the knowledge base whose value follows its format string,
   * or an unknown word. dhcpd reads an unknown word followed by `;` as an expression (it accepts
   * `frobnicate;`), and refuses anything longer ("semicolon expected.").
   */
  private parseParameter(parent: Block): Statement {
    const kw = this.next();
    const word = kw.text.toLowerCase();
    const info = findParameter(word, this.family);
    if (info && info.format !== undefined) {
      const values: Value[] = [];
      if (this.atPunct(';') && (info.format === '' || info.format === 'F' || info.format === 'Z')) {
        this.next();
        return this.finish({ kind: 'parameter', keyword: this.keyword(kw), info, values, terminated: true, parent, offset: kw.offset, length: 0 });
      }
      if (this.atPunct('=')) {
        this.next();
        const e = this.expressions.parse('data');
        const terminated = this.endStatement(!!e);
        return this.finish({ kind: 'parameter', keyword: this.keyword(kw), info, values: e ? [e] : [], terminated, parent, offset: kw.offset, length: 0 });
      }
      const ok = parseFormattedValue(this, info.format, values, 'invalidValue', info.name, info.values);
      const terminated = this.endStatement(ok);
      return this.finish({ kind: 'parameter', keyword: this.keyword(kw), info, values, terminated, parent, offset: kw.offset, length: 0 });
    }
    if (info && info.format === undefined && info.values?.length) {
      const v = this.peek();
      const values: Value[] = [];
      let ok = false;
      if (v.kind === TokenKind.Word && info.values.includes(v.text.toLowerCase())) {
        this.next();
        values.push({ kind: 'name', text: v.text.toLowerCase(), offset: v.offset, length: v.length });
        ok = true;
      } else {
        this.reportAt(v, 'invalidValue', t('`{0}` takes one of {1}, not {2}.', info.name, info.values.join(', '), this.describe(v)));
      }
      const terminated = this.endStatement(ok);
      return this.finish({ kind: 'parameter', keyword: this.keyword(kw), info, values, terminated, parent, offset: kw.offset, length: 0 });
    }
    if (info && info.kind === 'parameter' && info.format === undefined) {
      // A flag statement such as `authoritative;`.
      const terminated = this.expectSemicolon();
      return this.finish({ kind: 'parameter', keyword: this.keyword(kw), info, values: [], terminated, parent, offset: kw.offset, length: 0 });
    }
    return this.parseUnknownWord(kw, parent);
  }

  /** A number or a string where `set` or `unset` wants a variable name: reported (measured). */
  private notAVariableName(): boolean {
    const v = this.peek();
    if (!(v.kind === TokenKind.String || (v.kind === TokenKind.Word && isNumberToken(v.text)))) return false;
    this.reportAt(v, 'invalidValue', t('`{0}` cannot be a variable name (dhcpd: "{0} can\'t be a variable name").', v.text));
    return true;
  }

  private parseUnknownWord(kw: Token, parent: Block): Statement {
    const word = kw.text.toLowerCase();
    if (isNumberToken(kw.text)) {
      this.reportAt(kw, 'syntaxError', t('A statement cannot start with a number (dhcpd: "expecting a parameter or declaration").'));
      this.resyncToBlockOrSemicolon();
      return this.finish({ kind: 'unknown', keyword: this.keyword(kw), terminated: false, parent, offset: kw.offset, length: 0 });
    }
    if (isHexNumber(kw.text)) {
      // dhcpd reads the statement as an expression, and cannot convert the number.
      this.reportAt(kw, 'syntaxError', hexNumberMessage(kw.text));
      this.resyncToBlockOrSemicolon();
      return this.finish({ kind: 'unknown', keyword: this.keyword(kw), terminated: false, parent, offset: kw.offset, length: 0 });
    }
    if (/^[0-9a-f]+$/i.test(kw.text) && parseInt(kw.text, 16) > 255 && this.atPunct(';')) {
      // dhcpd reads a word of hex digits as a byte of data: more than two digits overflow it.
      this.reportAt(kw, 'unknownStatement', t('Unknown statement `{0}`: dhcpd reads it as a hexadecimal byte and refuses it (dhcpd: "{0} exceeds max (255) for precision.").', kw.text));
      this.next();
      return this.finish({ kind: 'unknown', keyword: this.keyword(kw), terminated: true, parent, offset: kw.offset, length: 0 });
    }
    if (this.atPunct('=') && !DHCPD_KEYWORDS.has(word)) {
      // `name = expression;` sets nothing: dhcpd makes it an eval statement (parse.c,
      // parse_executable_statement, default case) whose expression is the equality test
      // `name = expression`, evaluated and thrown away.
      this.next();
      const e = this.expressions.parse('any', true);
      const terminated = this.endStatement(!!e);
      // The statement up to its line end, for a fix that removes it.
      const m = /^[ \t]*(#[^\n]*)?\r?\n?/.exec(this.text.slice(this.lastEnd - this.base)) as RegExpExecArray;
      const removeLine = { title: t('Remove this statement'), edits: [{ offset: kw.offset, length: this.lastEnd + m[0].length - kw.offset, newText: '' }] };
      if (/^(DHCPD?_?)?INTERFACES?(v[46])?$/i.test(kw.text)) {
        // A line of /etc/default/isc-dhcp-server (or /etc/sysconfig/dhcpd) pasted into dhcpd.conf.
        this.reportAt(kw, 'ignoredExpression', t('`{0} = ...` belongs to the service\'s defaults file (/etc/default/isc-dhcp-server), not to dhcpd.conf: dhcpd reads it as an equality test, evaluates it and throws the result away. The interfaces dhcpd listens on are given on its command line.', kw.text), [
          { ...removeLine, preferred: true },
        ]);
      } else {
        this.reportAt(kw, 'ignoredExpression', t('`{0} = ...` sets nothing: dhcpd reads it as an equality test, evaluates it and throws the result away. To set a variable, write `set {0} = ...;`.', kw.text), [
          { title: t('Write `set {0} = ...`', kw.text), edits: [{ offset: kw.offset, length: 0, newText: 'set ' }], preferred: true },
          removeLine,
        ]);
      }
      return this.finish({ kind: 'executable', keyword: this.keyword(kw), values: e ? [e] : [], terminated, parent, offset: kw.offset, length: 0 });
    }
    const guess = nearest(word, statementWords());
    // A function call or a variable alone, as dhcpd reads it: accepted, but most likely a typo.
    if (this.atPunct('(')) {
      this.unread(kw);
      const e = this.expressions.parse('data');
      const terminated = this.endStatement(!!e);
      return this.finish({ kind: 'executable', keyword: this.keyword(kw), values: e ? [e] : [], terminated, parent, offset: kw.offset, length: 0 });
    }
    const fixes: Fix[] = guess ? [{ title: t('Replace with `{0}`', guess), edits: [{ offset: kw.offset, length: kw.length, newText: guess }], preferred: true }] : [];
    if (this.atPunct(';') && !DHCPD_KEYWORDS.has(word)) {
      this.next();
      const message = guess
        ? t('Unknown statement `{0}`; did you mean `{1}`? dhcpd reads it as an expression and ignores it.', kw.text, guess)
        : t('Unknown statement `{0}`: dhcpd reads it as an expression and ignores it.', kw.text);
      this.reportAt(kw, 'ignoredExpression', message, fixes);
      return this.finish({ kind: 'unknown', keyword: this.keyword(kw), terminated: true, parent, offset: kw.offset, length: 0 });
    }
    const message = guess
      ? t('Unknown statement `{0}`; did you mean `{1}`? (dhcpd: "semicolon expected." or "expecting a parameter or declaration")', kw.text, guess)
      : t('Unknown statement `{0}` (dhcpd: "semicolon expected." or "expecting a parameter or declaration").', kw.text);
    this.reportAt(kw, 'unknownStatement', message, fixes);
    this.resyncToBlockOrSemicolon();
    return this.finish({ kind: 'unknown', keyword: this.keyword(kw), terminated: false, parent, offset: kw.offset, length: 0 });
  }

  // ---- values ------------------------------------------------------------------------------------

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
  private plainValue(kind: 'ip' | 'hex'): Value | undefined {
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

  private readIPv6OrPrefix(what: string): Value | undefined {
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

// ---- helpers shared with the services ------------------------------------------------------------

/** Keywords that start a data expression in a `log` message (measured: `log (debug, option host-name);`). */
const DATA_KEYWORDS = new Set(['option', 'config-option', 'encapsulate']);

/** The failover states dhcpd reads in a state block (parse_failover_state). */
const FAILOVER_STATES = new Set([
  'unknown-state', 'partner-down', 'normal', 'communications-interrupted', 'conflict-done', 'resolution-interrupted',
  'potential-conflict', 'recover', 'recover-wait', 'recover-done', 'shutdown', 'paused', 'startup',
]);

/** dhcpd's NUMBER token, as atoi reads it: decimal digits with an optional leading `-` (`-` alone too). */
export function isAtoiNumber(text: string): boolean {
  return /^-?[0-9]*$/.test(text) && text !== '';
}

let failoverNameList: string[] | undefined;
function failoverNames(): string[] {
  return (failoverNameList ??= failoverStatements().map((s) => s.name));
}
function findOptionSpace(space: string): boolean {
  return spaceExists(space);
}
function optionNamesInSpace(space: string): string[] {
  return optionsOfSpace(space).map((o) => o.name);
}
let statementWordList: string[] | undefined;
function statementWords(): string[] {
  return (statementWordList ??= [...new Set(STATEMENTS.filter((s) => s.kind !== 'failover' && s.kind !== 'zone' && !s.name.includes(' ')).map((s) => s.name))]);
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

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * A key secret is base64; dhcpd refuses any other character (a placeholder such as
 * `YOUR_HMAC_MD5_SECRET` or `<removed>`: "invalid base64 character 95."), bits left over at the
 * end and text after the `=` padding. A bare secret is read token by token: the blanks between
 * its tokens do not count (measured with dhcpd 4.4.3; parse.c, parse_base64).
 */
export function base64Problem(secret: string, bare = false): string | undefined {
  let acc = 0;
  let j = 0;
  let padded = false;
  for (const c of bare ? secret.replace(/\s+/g, '') : secret) {
    if (c === '=') {
      padded = true;
      continue;
    }
    const v = BASE64.indexOf(c);
    // Measured: any other character is refused, white space included (parse_base64's from64).
    if (v < 0) {
      // dhcpd prints the character code as a signed char: the first byte of its UTF-8 form.
      const code = c.charCodeAt(0) < 128 ? c.charCodeAt(0) : new TextEncoder().encode(c)[0] - 256;
      return t('The key secret is not base64: `{0}` is not a base64 character (dhcpd: "invalid base64 character {1}."). Paste the secret generated with tsig-keygen or dnssec-keygen.', c, code);
    }
    if (padded) return t('The key secret has text after its `=` padding (dhcpd: "stuff after base64 \'=\' terminator").');
    acc = ((acc << 6) | v) & 0xffffff;
    if (++j === 4) {
      acc = 0;
      j = 0;
    }
  }
  const left = j === 1 ? acc : j === 2 ? acc & 0xf : j === 3 ? acc & 0x3 : 0;
  if (left !== 0) return t('The key secret is not valid base64: bits are left over at its end (dhcpd: "partial base64 value left over: {0}.").', left);
  return undefined;
}

export function parse(text: string, options: ParseOptions): ParseResult {
  const parser = new Parser(text, options);
  const document = parser.parseDocument();
  return { document, problems: parser.problems };
}

export type { ExprType, StatementInfo };
