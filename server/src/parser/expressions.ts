/**
 * The expressions of dhcp-eval(5): boolean, data and numeric expressions with their operators
 * and functions. Each expression gets a type, so that `match if` (boolean) and `match` (data)
 * refuse the wrong kind, as dhcpd does ("Expecting a boolean expression.").
 */
import { defaultSpace, findOption, spaceExists } from '../knowledge';
import { t } from '../base/l10n';
import type { Family, OptionInfo } from '../knowledge/types';
import type { RuleId, Severity } from '../knowledge/rules';
import type { Name, Value } from './nodes';
import type { Fix } from './problems';
import { Token, TokenKind } from './scanner';
import { hexElement } from './values';
import { NOT_EXPRESSION_NAMES, NOT_FUNCTION_NAMES } from '../knowledge/dhcpdKeywords.generated';

export type ExprType = 'boolean' | 'data' | 'numeric' | 'any';

interface Typed {
  readonly type: ExprType;
}

/**
 * Functions: argument types and result type. `...` repeats the last argument type. A Map: the
 * names come from the user's text, and a plain object would answer `constructor`.
 */
const FUNCTIONS: ReadonlyMap<string, { args: Array<ExprType | '...'>; result: ExprType }> = new Map(Object.entries({
  substring: { args: ['data', 'numeric', 'numeric'], result: 'data' },
  suffix: { args: ['data', 'numeric'], result: 'data' },
  lcase: { args: ['data'], result: 'data' },
  ucase: { args: ['data'], result: 'data' },
  concat: { args: ['data', 'data', '...'], result: 'data' },
  reverse: { args: ['numeric', 'data'], result: 'data' },
  'binary-to-ascii': { args: ['numeric', 'numeric', 'data', 'data'], result: 'data' },
  'encode-int': { args: ['numeric', 'numeric'], result: 'data' },
  'extract-int': { args: ['data', 'numeric'], result: 'numeric' },
  'pick-first-value': { args: ['data', '...'], result: 'data' },
  pick: { args: ['data', '...'], result: 'data' },
  packet: { args: ['numeric', 'numeric'], result: 'data' },
  v6relay: { args: ['numeric', 'data'], result: 'data' },
  gethostname: { args: [], result: 'data' },
  'dns-update': { args: ['data', 'data', 'data', 'numeric'], result: 'numeric' },
  'dns-delete': { args: ['data', 'data', 'data'], result: 'numeric' },
  'ns-update': { args: ['any', '...'], result: 'numeric' },
}));

/** Words that are whole expressions by themselves. */
const NULLARY: ReadonlyMap<string, ExprType> = new Map(Object.entries<ExprType>({
  hardware: 'data',
  'leased-address': 'data',
  'host-decl-name': 'data',
  'lease-time': 'numeric',
  'client-state': 'numeric',
  filename: 'data',
  'server-name': 'data',
  null: 'data',
  known: 'boolean',
  static: 'boolean',
  // Conditions, and numbers too: dhcpd takes `suffix(x, true)` (measured).
  true: 'any',
  false: 'any',
  'ddns-fwd-name': 'data',
  'ddns-rev-name': 'data',
  'client-identifier': 'data',
  giaddr: 'data',
  ciaddr: 'data',
}));

function notAByte(text: string): string {
  return t('{0} does not fit in a byte: where data is expected, dhcpd reads a number as hexadecimal bytes (dhcpd: "{0} exceeds max (255) for precision.").', text);
}

/**
 * A dhcpd keyword that cannot stand in an expression as a variable, nor, `called` (followed by
 * `(`), as a function name: the built-in functions and the few measured keywords aside
 * (dhcpdKeywords.generated.ts). `word` in lower case.
 */
export function refusedKeyword(word: string, called: boolean): boolean {
  return NOT_EXPRESSION_NAMES.has(word) && (!called || (NOT_FUNCTION_NAMES.has(word) && !FUNCTIONS.has(word)));
}

/**
 * `0x1f`: dhcpd's lexer reads it as a number or a name, and the expression parser then fails to
 * convert it, whatever the context (measured: "Bogus number 0x1f: digit 33 not in base 16", the
 * `x` being digit 33).
 */
export function isHexNumber(word: string): boolean {
  return /^0x[0-9a-f]+$/i.test(word);
}

export function hexNumberMessage(word: string): string {
  return t('dhcpd cannot read `{0}` as a number: write it in decimal, or as hex bytes without `0x` (dhcpd: "Bogus number {0}: digit 33 not in base 16").', word);
}


const COMPARISON = new Set(['=', '!=', '~=', '~~']);
const ARITHMETIC = new Set(['+', '-', '*', '/', '%', '&', '|', '^']);

/** Parentheses, `not` and function calls nest at most this deep: the parser never overflows the stack. */
export const MAX_EXPRESSION_DEPTH = 200;

/**
 * What the expression parser needs from the parser, which implements it: the token cursor, the
 * problems, two value readers, and the option spaces and options declared so far.
 */
export interface ExpressionHost {
  readonly family: Family;
  readonly userSpaces: ReadonlySet<string>;
  readonly userOptions: ReadonlyMap<string, OptionInfo>;
  /** End offset of the last token consumed. */
  readonly end: number;
  slice(start: number, end: number): string;
  peek(k?: number): Token;
  next(): Token;
  isPunct(tok: Token, p: string): boolean;
  atWord(word: string, k?: number): boolean;
  atPunct(p: string, k?: number): boolean;
  acceptPunct(p: string): boolean;
  describe(tok: Token): string;
  expected(what: string, tok?: Token): void;
  report(rule: RuleId, offset: number, length: number, message: string, fixes?: Fix[], severity?: Severity): void;
  reportAt(tok: Token, rule: RuleId, message: string, fixes?: Fix[], severity?: Severity): void;
  readName(what: string, allowDotted?: boolean): Name | undefined;
  readHexList(strict?: boolean): Value | undefined;
}

export class ExpressionParser {
  private depth = 0;
  constructor(private readonly p: ExpressionHost) {}

  /** Counts nesting; past the cap, reports once and gives up on this expression. */
  private nested<T>(fn: () => T | undefined): T | undefined {
    if (this.depth >= MAX_EXPRESSION_DEPTH) {
      const tok = this.p.peek();
      this.p.report('nestingTooDeep', tok.offset, tok.length, t('This expression is nested more than {0} deep; it is not checked.', MAX_EXPRESSION_DEPTH));
      return undefined;
    }
    this.depth++;
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }

  /** Parses an expression expected to be of `context` type; reports and returns undefined when it cannot. */
  /**
   * `numbersAreData`: the statement is one where dhcpd reads a number that starts the expression
   * as hexadecimal data, not as a number (measured: `set x = 600;`, `eval 600;`, `return 600;`,
   * `if 600 = 1 { }` are refused, "600 exceeds max (255)"; `switch (600)` is not).
   */
  parse(context: ExprType, numbersAreData = false): (Value & Typed) | undefined {
    if (numbersAreData) {
      const first = this.p.peek();
      if (first.kind === TokenKind.Word && /^-?[0-9]/.test(first.text) && hexElement(first.text) === 'too-large') {
        this.p.reportAt(first, 'invalidValue', notAByte(first.text));
        return undefined;
      }
    }
    const e = this.parseOr();
    if (!e) return undefined;
    if (context === 'boolean' && (e.type === 'data' || e.type === 'numeric')) {
      this.p.report('invalidValue', e.offset, e.length, t('A condition is needed here: this is a {0} expression (dhcpd: "Expecting a boolean expression.").', e.type === 'data' ? t('data') : t('numeric')));
      return undefined;
    }
    if (context === 'data' && e.type === 'boolean') {
      this.p.report('invalidValue', e.offset, e.length, t('A data expression is needed here, not a condition (dhcpd: "Expecting a data expression.").'));
      return undefined;
    }
    if (context === 'data' && e.type === 'numeric' && !/^-?[0-9]/.test(e.text)) {
      // A number literal is data (hex bytes) here; a numeric expression is not (measured:
      // `log (info, lease-time);`).
      this.p.report('invalidValue', e.offset, e.length, t('A data expression is needed here, not a numeric one (dhcpd: "Expecting a data expression.").'));
      return undefined;
    }
    if (context === 'data' && !this.fitsAsData(e)) return undefined;
    return e;
  }

  /**
   * Where data is expected, dhcpd reads a bare number as a hexadecimal byte list: `12` is the
   * byte 0x12, and `65535` does not fit in a byte (measured: "65535 exceeds max (255) for
   * precision."). False, with the problem reported, for such a number.
   */
  private fitsAsData(e: Value & Typed): boolean {
    // Only a number literal: a word such as `abc` is a variable here.
    if (e.type === 'boolean' || e.type === 'data' || !/^-?[0-9]/.test(e.text) || hexElement(e.text) !== 'too-large') return true;
    this.p.report('invalidValue', e.offset, e.length, notAByte(e.text));
    return false;
  }

  private make(start: number, type: ExprType): Value & Typed {
    return { kind: 'expression', text: this.p.slice(start, this.p.end), offset: start, length: this.p.end - start, type };
  }

  private parseOr(): (Value & Typed) | undefined {
    let left = this.parseAnd();
    while (left && this.p.atWord('or')) {
      this.p.next();
      const right = this.parseAnd();
      if (!right) return undefined;
      left = this.make(left.offset, 'boolean');
    }
    return left;
  }

  private parseAnd(): (Value & Typed) | undefined {
    let left = this.parseComparison();
    while (left && this.p.atWord('and')) {
      this.p.next();
      const right = this.parseComparison();
      if (!right) return undefined;
      left = this.make(left.offset, 'boolean');
    }
    return left;
  }

  private parseComparison(): (Value & Typed) | undefined {
    const left = this.parseArithmetic();
    if (!left) return undefined;
    const op = this.p.peek();
    if (op.kind === TokenKind.Punct && COMPARISON.has(op.text)) {
      this.p.next();
      const right = this.parseArithmetic();
      if (!right) return undefined;
      // Compared with data, a bare number is data too: hexadecimal bytes.
      if (left.type === 'data' && !this.fitsAsData(right)) return undefined;
      if (right.type === 'data' && !this.fitsAsData(left)) return undefined;
      return this.make(left.offset, 'boolean');
    }
    return left;
  }

  private parseArithmetic(): (Value & Typed) | undefined {
    let left = this.parseUnary();
    for (;;) {
      if (!left) return undefined;
      const op = this.p.peek();
      const isOp = (op.kind === TokenKind.Punct && ARITHMETIC.has(op.text)) || (op.kind === TokenKind.Word && op.text === '-');
      if (!isOp) return left;
      this.p.next();
      const right = this.parseUnary();
      if (!right) return undefined;
      left = this.make(left.offset, 'numeric');
    }
  }

  private parseUnary(): (Value & Typed) | undefined {
    if (this.p.atWord('not')) {
      const start = this.p.next().offset;
      const inner = this.nested(() => this.parseUnary());
      if (!inner) return undefined;
      return this.make(start, 'boolean');
    }
    return this.parsePrimary();
  }

  private expectPunct(p: string): boolean {
    if (this.p.acceptPunct(p)) return true;
    this.p.expected(`\`${p}\``);
    return false;
  }

  /**
   * Set while reading the value of `option NAME = ...`: there, an argument of an unknown function
   * that cannot start an expression makes dhcpd skip the rest of the statement without a word
   * (measured: `option host-name = foo(, 8);` is accepted, `set v = foo(, 8);` is not).
   */
  lenientCalls = false;

  private parseArguments(name: string, start: number): (Value & Typed) | undefined {
    const fn = FUNCTIONS.get(name);
    const open = this.p.peek();
    if (!this.expectPunct('(')) return undefined;
    const args: Array<Value & Typed> = [];
    if (this.p.atPunct(')')) {
      this.p.next();
    } else {
      for (;;) {
        const next = this.p.peek();
        if (!fn && this.lenientCalls && (next.kind === TokenKind.EOF || (next.kind === TokenKind.Punct && next.text !== '(' && next.text !== '!'))) {
          this.p.reportAt(next, 'statementIgnored', t('Argument {0} of `{1}` is not an expression: dhcpd silently skips the rest of this statement, so the option is not set.', args.length + 1, name));
          return undefined;
        }
        const arg = this.nested(() => this.parseOr());
        if (!arg) return undefined;
        args.push(arg);
        if (this.p.acceptPunct(',')) continue;
        if (!this.expectPunct(')')) return undefined;
        break;
      }
    }
    if (fn) {
      // The built-in functions take a fixed number of arguments of given kinds, as dhcpd checks.
      const variadic = fn.args[fn.args.length - 1] === '...';
      const fixed = fn.args.filter((a) => a !== '...') as ExprType[];
      if (args.length < fixed.length || (!variadic && args.length > fixed.length)) {
        this.p.report('invalidValue', open.offset, this.p.end - open.offset, t('`{0}` takes {1} argument(s), not {2}.', name, fixed.length + (variadic ? '+' : ''), args.length));
        return undefined;
      }
      for (let i = 0; i < args.length; i++) {
        const want = fixed[Math.min(i, fixed.length - 1)];
        const got = args[i].type;
        if (want === 'numeric' && (got === 'data' || got === 'boolean')) {
          this.p.report('invalidValue', args[i].offset, args[i].length, t('Argument {0} of `{1}` must be a number (dhcpd: "Expecting a numeric expression.").', i + 1, name));
          return undefined;
        }
        if (want === 'data' && got === 'boolean') {
          this.p.report('invalidValue', args[i].offset, args[i].length, t('Argument {0} of `{1}` must be data, not a condition (dhcpd: "expecting data expression.").', i + 1, name));
          return undefined;
        }
        if (want === 'data' && !this.fitsAsData(args[i])) return undefined;
      }
    }
    // A user-defined function's arguments are data to dhcpd: a bare number is hex bytes (measured).
    if (!fn) for (const arg of args) if (!this.fitsAsData(arg)) return undefined;
    return this.make(start, fn?.result ?? 'any');
  }

  /** `option NAME` or `option space.NAME` in an expression. */
  private parseOptionReference(start: number, type: ExprType): (Value & Typed) | undefined {
    const first = this.p.peek();
    if (first.kind !== TokenKind.Word) {
      this.p.expected(t('an option name'));
      return undefined;
    }
    // A number is not a name: `option 0.5` (measured: "expecting identifier after option keyword.").
    if (/^[0-9]+$/.test(first.text)) {
      this.p.reportAt(first, 'syntaxError', t('An option name is expected here, not a number (dhcpd: "expecting identifier after option keyword.").'));
      return undefined;
    }
    this.p.next();
    let space = defaultSpace(this.p.family);
    let name = first.text;
    if (this.p.atPunct('.') && this.p.peek(1).kind === TokenKind.Word) {
      this.p.next();
      space = first.text.toLowerCase();
      name = this.p.next().text;
    }
    if (spaceExists(space) && !this.p.userSpaces.has(space) && !findOption(space, name) && !this.p.userOptions.has(`${space}.${name.toLowerCase()}`)) {
      this.p.report('unknownOption', first.offset, this.p.end - first.offset, t('Unknown option `{0}.{1}` (dhcpd: "no option named {1} in space {0}").', space, name));
      return undefined;
    }
    return this.make(start, type);
  }

  private parsePrimary(): (Value & Typed) | undefined {
    const tok = this.p.peek();
    const start = tok.offset;
    if (tok.kind === TokenKind.String) {
      this.p.next();
      return this.make(start, 'data');
    }
    if (this.p.isPunct(tok, '(')) {
      this.p.next();
      const inner = this.nested(() => this.parseOr());
      if (!inner || !this.expectPunct(')')) return undefined;
      return this.make(start, inner.type);
    }
    if (tok.kind === TokenKind.EOF) {
      // dhcpd accepts a file that ends in the middle of an expression (measured).
      this.p.report('statementIgnored', Math.max(tok.offset - 1, 0), 0, t('The file ends in the middle of an expression: dhcpd ignores it.'));
      return undefined;
    }
    if (tok.kind !== TokenKind.Word) {
      this.p.expected(t('an expression'), tok);
      return undefined;
    }
    const word = tok.text.toLowerCase();
    // Numbers and colon-separated hex data.
    if (/^[0-9a-f]{1,2}$/i.test(tok.text) && this.p.atPunct(':', 1)) {
      const hex = this.p.readHexList();
      return hex ? this.make(start, 'data') : undefined;
    }
    if (isHexNumber(tok.text)) {
      this.p.reportAt(tok, 'invalidValue', hexNumberMessage(tok.text));
      return undefined;
    }
    // A number; dhcpd's lexer reads `-42` as one number too.
    if (/^[0-9]/.test(tok.text) || /^-[0-9]+$/.test(tok.text)) {
      this.p.next();
      return this.make(start, 'numeric');
    }
    switch (word) {
      case 'exists':
        this.p.next();
        return this.parseOptionReference(start, 'boolean');
      case 'option':
      case 'config-option':
        this.p.next();
        return this.parseOptionReference(start, 'data');
      case 'check': {
        this.p.next();
        const s = this.p.peek();
        if (s.kind !== TokenKind.String) {
          this.p.expected(t('a collection name in double quotes'));
          return undefined;
        }
        this.p.next();
        if (s.text !== 'default') {
          this.p.reportAt(s, 'invalidValue', t('Unknown collection {0}: only "default" exists (dhcpd: "unknown collection.").', this.p.describe(s)));
          return undefined;
        }
        return this.make(start, 'boolean');
      }
      case 'defined': {
        this.p.next();
        if (!this.expectPunct('(')) return undefined;
        if (!this.p.readName(t('a variable name'), false)) return undefined;
        if (!this.expectPunct(')')) return undefined;
        return this.make(start, 'boolean');
      }
      case 'encapsulate': {
        this.p.next();
        if (!this.p.readName(t('an option space name'), false)) return undefined;
        return this.make(start, 'data');
      }
      case 'v6relay-option':
      case 'ifname':
        this.p.next();
        return this.make(start, 'data');
    }
    if (FUNCTIONS.has(word) && this.p.atPunct('(', 1)) {
      this.p.next();
      return this.parseArguments(word, start);
    }
    const nullary = NULLARY.get(word);
    if (nullary !== undefined) {
      this.p.next();
      return this.make(start, nullary);
    }
    // dhcpd's keywords cannot be variable names, nor function names but for a few (measured,
    // dhcpdKeywords.generated.ts).
    if (refusedKeyword(word, this.p.atPunct('(', 1))) {
      this.p.reportAt(tok, 'syntaxError', t('`{0}` is a dhcpd keyword: it cannot stand here as a value or a variable (dhcpd: "expecting an expression").', tok.text));
      return undefined;
    }
    // A user function call or a variable reference: its type is not known here.
    this.p.next();
    if (this.p.atPunct('(')) return this.parseArguments(word, start);
    return this.make(start, 'any');
  }
}
