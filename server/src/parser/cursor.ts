/**
 * The token cursor the parser reads with: the scanner's tokens with a small look-ahead buffer,
 * the comments set aside, the problems reported (at most one per token, and none after a string
 * that swallowed the rest of the text), and the recovery of a statement that went wrong: up to
 * its `;`, or up to the `}` of its block.
 */
import { t } from '../base/l10n';
import type { RuleId, Severity } from '../knowledge/rules';
import { RULES } from '../knowledge/rules';
import type { Comment } from './nodes';
import type { Fix, Problem } from './problems';
import { Scanner, Token, TokenKind } from './scanner';

export class TokenCursor {
  readonly scanner: Scanner;
  private readonly buffer: Token[] = [];
  private head = 0;
  protected lastEnd: number;
  private lastToken: Token | undefined;
  /** The last token skipBalanced read (the `}` when the block was closed). */
  private previous: Token | undefined;
  readonly problems: Problem[] = [];
  readonly comments: Comment[] = [];
  /** An unterminated string ran to the end of the text: what is missing after it is not news. */
  protected eofInString = false;
  private blamedString = false;
  /** A `log` without a message made dhcpd skip the rest of this top-level statement (see parseExecutable). */
  silentUntilTopLevel = false;
  /** The offset of the last token a problem was reported on: at most one problem per token. */
  private lastProblemOffset = -1;

  /** `base` is added to every offset (included files get their own range of offsets). */
  constructor(readonly text: string, readonly base: number, readonly tokensOnly: boolean) {
    this.scanner = new Scanner(text, base);
    this.lastEnd = base;
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
   * A syntax error right after a string that spans lines is most likely a missing closing quote
   * on the string's first line: report that instead, where the mistake is.
   */
  blameMultilineString(): boolean {
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

  // ---- recovery -------------------------------------------------------------------------------

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

  /** Skips a balanced `{ ... }` whose `{` was just read, iteratively. */
  skipBalanced(): void {
    let depth = 1;
    while (depth > 0) {
      const tok = this.next();
      this.previous = tok;
      if (tok.kind === TokenKind.EOF) return;
      if (this.isPunct(tok, '{')) depth++;
      else if (this.isPunct(tok, '}')) depth--;
    }
  }

  protected peekPrevious(): Token {
    return this.previous ?? this.peek();
  }

  /**
   * After a broken declaration header: skip to its `{` so that its block is still read (its
   * contents stay known: no cascade of "unused" or "not found"). False when there is no block.
   */
  skipToBlockStart(): boolean {
    for (;;) {
      const tok = this.peek();
      if (this.isPunct(tok, '{')) return true;
      if (tok.kind === TokenKind.EOF || this.isPunct(tok, '}')) return false;
      this.next();
      if (this.isPunct(tok, ';')) return false;
    }
  }

  /** After a broken declaration header, skip its block too so its contents are not misread. */
  resyncToBlockOrSemicolon(): void {
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

  /** Skips to the `}` that closes the current block (left for the block to read), as dhcpd's skip_to_rbrace. */
  resyncToBlockEnd(): void {
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
}
