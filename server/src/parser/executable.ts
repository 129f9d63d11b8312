/**
 * Conditionals and executable statements (dhcp-eval(5)): `if`/`elsif`/`else`, `switch` and
 * its `case`/`default:` labels, `on commit|expiry|release`, `match`/`match if`, `spawn with`,
 * and `log`, `execute`, `set`, `unset`, `define`, `eval`, `return`, `add`, `break` ...
 */
import { t } from '../base/l10n';
import type { ParserContext } from './context';
import { refusedKeyword, type ExprType } from './expressions';
import type { Block, Statement, Value } from './nodes';
import { TokenKind } from './scanner';
import { isNumberToken } from './values';

/** Statements dhcpd reads with a syntax of their own (the rest follow the knowledge base). */
export const EXECUTABLE_WORDS = new Set([
  'log', 'execute', 'set', 'unset', 'define', 'eval', 'return', 'add', 'break', 'let', 'ddns-update',
]);

/** Keywords that start a data expression in a `log` message (measured: `log (debug, option host-name);`). */
const DATA_KEYWORDS = new Set(['option', 'config-option', 'encapsulate']);

export function parseIf(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  const condition = p.expressions.parse('boolean', true);
  if (!condition) {
    p.resyncToBlockOrSemicolon();
    return p.unknown(kw, parent);
  }
  const body = p.parseBlock(kw);
  const stmt = p.finish({ kind: 'if', keyword: p.keyword(kw), condition, body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
  // elsif / else belong to this if: they are returned as siblings that follow it.
  while (body?.closed && (p.atWord('elsif') || p.atWord('else'))) {
    const e = p.next();
    let kind: 'elsif' | 'else' = e.text.toLowerCase() === 'elsif' ? 'elsif' : 'else';
    let cond: Value | undefined;
    if (kind === 'else' && p.atWord('if')) {
      p.next();
      kind = 'elsif';
    }
    if (kind === 'elsif') {
      cond = p.expressions.parse('boolean', true);
      if (!cond) {
        p.resyncToBlockOrSemicolon();
        break;
      }
    }
    const bb = p.parseBlock(e);
    const branch = p.finish({ kind, keyword: p.keyword(e, kind), condition: cond, body: bb, terminated: !!bb?.closed, parent, offset: e.offset, length: 0 });
    p.pendingSiblings.push(branch);
    if (kind === 'else' || !bb?.closed) break;
  }
  return stmt;
}

/** An `elsif` or `else` with no `if` before it: reported, and skipped with its block. */
export function parseStrayBranch(p: ParserContext, parent: Block, word: string): Statement {
  const tok = p.next();
  p.reportAt(tok, 'syntaxError', t('`{0}` without an `if` before it.', word));
  if (word === 'elsif') p.expressions.parse('boolean', true);
  if (p.atPunct('{')) {
    p.next();
    p.skipBalanced();
  } else p.resync();
  return p.unknown(tok, parent);
}

export function parseSwitch(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  if (!p.atPunct('(')) {
    p.expected('`(`');
    p.resyncToBlockOrSemicolon();
    return p.unknown(kw, parent);
  }
  const condition = p.expressions.parse('any');
  if (!condition) {
    p.resyncToBlockOrSemicolon();
    return p.unknown(kw, parent);
  }
  p.switchTypes.push((condition as { type?: ExprType }).type ?? 'any');
  let body: Block | undefined;
  try {
    body = p.parseBlock(kw);
  } finally {
    p.switchTypes.pop();
  }
  return p.finish({ kind: 'switch', keyword: p.keyword(kw), condition, body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
}

export function parseCaseLabel(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  let condition: Value | undefined;
  const switchType = p.switchTypes[p.switchTypes.length - 1];
  const value = p.peek();
  const number = value.kind === TokenKind.Word && /^-?[0-9]+$/.test(value.text) && p.atPunct(':', 1);
  if (p.isWord(kw, 'case') && number && switchType === 'numeric') {
    // A number in a numeric switch (measured: `switch (lease-time) { case 42: }` is accepted).
    p.next();
    condition = { kind: 'number', text: value.text, offset: value.offset, length: value.length };
  } else if (p.isWord(kw, 'case') && number && value.text.startsWith('-')) {
    // Elsewhere dhcpd reads the value as hexadecimal bytes, and the `:` as part of them.
    p.reportAt(value, 'invalidValue', t('This switch is not on a number, so dhcpd reads `{0}:` as hexadecimal bytes that go on after the colon: quote the value or write hex bytes (dhcpd: "expecting hexadecimal number.").', value.text));
    p.resync();
    return p.unknown(kw, parent);
  } else if (p.isWord(kw, 'case')) {
    if (parent.owner.kind === 'document' && p.peek(1).kind === TokenKind.EOF) {
      // dhcpd checks the scope before the value (measured: a bare `case` at the end of the file).
      p.reportAt(kw, 'syntaxError', t('`case` outside a `switch` (dhcpd: "case statement in inappropriate scope.").'));
      return p.unknown(kw, parent);
    }
    condition = p.expressions.parse('any');
    if (!condition) {
      p.resync();
      return p.unknown(kw, parent);
    }
  }
  let terminated = true;
  if (!p.acceptPunct(':')) {
    p.expected('`:`');
    terminated = false;
    p.resync();
  }
  return p.finish({ kind: 'case', keyword: p.keyword(kw), condition, terminated, parent, offset: kw.offset, length: 0 });
}

export function parseOn(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  let ok = false;
  do {
    const ev = p.peek();
    if (ev.kind === TokenKind.Word && ['commit', 'expiry', 'release', 'transmission'].includes(ev.text.toLowerCase())) {
      p.next();
      ok = true;
    } else {
      p.expected(t('`commit`, `expiry` or `release`'));
      ok = false;
      break;
    }
  } while (p.acceptPunct('|') || p.acceptWord('or'));
  if (!ok) {
    p.resyncToBlockOrSemicolon();
    return p.unknown(kw, parent);
  }
  if (p.atPunct(';')) {
    // `on expiry;` with no statements: dhcpd accepts it.
    p.next();
    return p.finish({ kind: 'on', keyword: p.keyword(kw), terminated: true, parent, offset: kw.offset, length: 0 });
  }
  const body = p.parseBlock(kw);
  return p.finish({ kind: 'on', keyword: p.keyword(kw), body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
}

export function parseMatch(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  let condition: Value | undefined;
  let keyword = p.keyword(kw);
  if (p.atWord('if')) {
    p.next();
    keyword = p.keywords(kw, 'match if');
    condition = p.expressions.parse('boolean');
  } else {
    condition = p.expressions.parse('data');
  }
  if (!condition) {
    p.resync();
    return p.unknown(kw, parent);
  }
  const terminated = p.expectSemicolon();
  return p.finish({ kind: 'match', keyword, condition, terminated, parent, offset: kw.offset, length: 0 });
}

export function parseSpawn(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  if (!p.acceptWord('with')) {
    p.expected('`with`');
    p.resync();
    return p.unknown(kw, parent);
  }
  const condition = p.expressions.parse('data');
  if (!condition) {
    p.resync();
    return p.unknown(kw, parent);
  }
  const terminated = p.expectSemicolon();
  return p.finish({ kind: 'match', keyword: p.keywords(kw, 'spawn with'), condition, terminated, parent, offset: kw.offset, length: 0 });
}

export function parseExecutable(p: ParserContext, parent: Block, word: string): Statement {
  const kw = p.next();
  const values: Value[] = [];
  let ok = true;
  switch (word) {
    case 'break':
      break;
    case 'log': {
      if (!p.acceptPunct('(')) {
        p.expected('`(`');
        ok = false;
        break;
      }
      if (['fatal', 'error', 'info', 'debug'].includes(p.peek().text.toLowerCase()) && p.atPunct(',', 1)) {
        p.next();
        p.next();
      }
      // dhcpd also takes a comma with no priority before it: `log (, "text")`.
      if (p.atPunct(',')) p.next();
      if (p.atPunct(';')) {
        // dhcpd accepts `log (;` and `log (info, ;` and logs nothing.
        p.reportAt(p.peek(), 'statementIgnored', t('This `log` has no message and no closing parenthesis: dhcpd accepts it and logs nothing.'));
        break;
      }
      const first = p.peek();
      const noMessage = p.atPunct(')') || p.atPunct(',') || p.atPunct('}') || first.kind === TokenKind.EOF
        || (first.kind === TokenKind.Word && !DATA_KEYWORDS.has(first.text.toLowerCase()) && refusedKeyword(first.text.toLowerCase(), p.atPunct('(', 1)));
      if (noMessage) {
        // dhcpd fails this statement without a word and skips the rest of the statement it
        // stands in (measured: `if x { log (info, ); anything; }` is accepted). So do we: a
        // warning, and no error until the end of the enclosing top-level statement.
        p.reportAt(first, 'statementIgnored', t('This `log` has no message: dhcpd silently skips it and the rest of the enclosing statement.'));
        p.silentUntilTopLevel = true;
        p.resync();
        return p.finish({ kind: 'executable', keyword: p.keyword(kw), values, terminated: true, parent, offset: kw.offset, length: 0 });
      }
      const e = p.expressions.parse('data');
      if (!e || !p.acceptPunct(')')) {
        if (e) p.expected('`)`');
        ok = false;
      } else values.push(e);
      break;
    }
    case 'execute': {
      if (!p.acceptPunct('(')) {
        p.expected('`(`');
        ok = false;
        break;
      }
      do {
        const e = p.expressions.parse('data');
        if (!e) {
          ok = false;
          break;
        }
        values.push(e);
      } while (p.acceptPunct(','));
      if (ok && !p.acceptPunct(')')) {
        p.expected('`)`');
        ok = false;
      }
      break;
    }
    case 'set':
    case 'let': {
      if (word === 'set' && notAVariableName(p)) {
        ok = false;
        break;
      }
      const v = p.readName(t('a variable name'), false);
      if (!v) {
        ok = false;
        break;
      }
      if (p.acceptPunct('=')) {
        const e = p.expressions.parse('any', true);
        if (!e) ok = false;
        else values.push(e);
      } else {
        p.expected('`=`');
        ok = false;
      }
      break;
    }
    case 'unset': {
      if (notAVariableName(p)) {
        ok = false;
        break;
      }
      if (!p.readName(t('a variable name'), false)) ok = false;
      break;
    }
    case 'define': {
      const v = p.readName(t('a variable or function name'), false);
      if (!v) {
        ok = false;
        break;
      }
      if (p.atPunct('(')) {
        // define name (args) { statements }: names separated by commas, a comma may end the
        // list (measured: `(x,)` is accepted, `(,)`, `(x y)`, `(1)`, `("x")` are not).
        p.next();
        while (!p.acceptPunct(')')) {
          const a = p.peek();
          // (dhcpd's own keywords are refused too, `(host)`: left to it, there is no list of them here.)
          if (a.kind !== TokenKind.Word || isNumberToken(a.text)) {
            p.reportAt(a, 'syntaxError', t('Expected the name of an argument but found {0} (dhcpd: "expecting argument name").', p.describe(a)));
            ok = false;
            break;
          }
          p.next();
          if (p.acceptPunct(',')) continue;
          if (!p.atPunct(')')) {
            p.reportAt(p.peek(), 'syntaxError', t('Expected `,` or `)` after an argument name but found {0} (dhcpd: "expecting right paren.").', p.describe(p.peek())));
            ok = false;
            break;
          }
        }
        if (!ok) break;
        const body = p.parseBlock(kw);
        return p.finish({ kind: 'executable', keyword: p.keyword(kw), values, body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
      }
      if (p.acceptPunct('=')) {
        const e = p.expressions.parse('any', true);
        if (!e) ok = false;
        else values.push(e);
      } else {
        p.expected('`=`');
        ok = false;
      }
      break;
    }
    case 'eval':
    case 'return': {
      const e = p.expressions.parse('any', true);
      if (!e) ok = false;
      else values.push(e);
      break;
    }
    case 'add': {
      const s = p.peek();
      if (s.kind === TokenKind.String) {
        p.next();
        values.push({ kind: 'string', text: s.text, offset: s.offset, length: s.length });
      } else {
        p.expected(t('a class name in double quotes'));
        ok = false;
      }
      break;
    }
    default: {
      while (!p.atPunct(';') && !p.atPunct('}') && p.peek().kind !== TokenKind.EOF) {
        if (p.atPunct('{')) break;
        p.next();
      }
    }
  }
  const terminated = p.endStatement(ok);
  return p.finish({ kind: 'executable', keyword: p.keyword(kw), values, terminated, parent, offset: kw.offset, length: 0 });
}

/** A number or a string where `set` or `unset` wants a variable name: reported (measured). */
function notAVariableName(p: ParserContext): boolean {
  const v = p.peek();
  if (!(v.kind === TokenKind.String || (v.kind === TokenKind.Word && isNumberToken(v.text)))) return false;
  p.reportAt(v, 'invalidValue', t('`{0}` cannot be a variable name (dhcpd: "{0} can\'t be a variable name").', v.text));
  return true;
}
