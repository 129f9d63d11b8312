/**
 * Options: `option NAME VALUE;` and its verbs (`supersede`, `default`, `prepend`, `append`,
 * `send`), `option NAME = EXPRESSION;`, and the declarations `option space ...;` and
 * `option NAME code N = TYPE;` (whose types become dhcpd's format strings).
 */
import { defaultSpace, findOption, optionsOfSpace, spaceExists } from '../knowledge';
import type { OptionInfo } from '../knowledge/types';
import { t } from '../base/l10n';
import { nearest } from '../base/nearest';
import type { ParserContext } from './context';
import type { Block, Name, Statement, Value } from './nodes';
import type { Fix } from './problems';
import { Token, TokenKind } from './scanner';
import { isNumberToken, parseFormattedValue } from './values';

/** `space.name` or `name`; returns the written name and the space it resolves to. */
export function readOptionName(p: ParserContext): { name: Name; space: string; option: string } | undefined {
  const first = p.peek();
  if (first.kind !== TokenKind.Word || isNumberToken(first.text)) {
    if (first.kind === TokenKind.Word) p.reportAt(first, 'unknownOption', t('Expected an option name, not {0} (dhcpd: "expecting identifier after option keyword.").', p.describe(first)));
    else p.expected(t('an option name'));
    return undefined;
  }
  p.next();
  let space = defaultSpace(p.family);
  let option = first.text;
  if (p.atPunct('.') && p.isWord(p.peek(1))) {
    p.next();
    space = first.text.toLowerCase();
    option = p.next().text;
  }
  return { name: { offset: first.offset, length: p.end - first.offset, text: p.slice(first.offset, p.end), quoted: false }, space, option };
}

export function parseOption(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  if (p.atWord('space')) return parseOptionSpace(p, kw, parent);
  return parseOptionRest(p, kw, parent, undefined);
}

export function parseOptionVerb(p: ParserContext, parent: Block, verb: string): Statement {
  const kw = p.next();
  return parseOptionRest(p, kw, parent, verb);
}

function parseOptionRest(p: ParserContext, kw: Token, parent: Block, verb: string | undefined): Statement {
  const on = readOptionName(p);
  if (!on) {
    p.resync();
    return p.unknown(kw, parent);
  }
  // A definition: option NAME code N = TYPE;
  if (!verb && p.atWord('code')) return parseOptionDefinition(p, kw, on.name, on.space, parent);
  const info: OptionInfo | undefined = findOption(on.space, on.option) ?? p.userOptions.get(`${on.space}.${on.option.toLowerCase()}`);
  if (!info) {
    if (!isKnownSpace(p, on.space)) {
      p.report('unknownOption', on.name.offset, on.name.length, t('There is no option space named `{0}` (dhcpd: "no option space named {0}.").', on.space));
    } else reportUnknownOption(p, on.name, on.space, on.option);
    p.resync();
    return p.finish({ kind: 'option', keyword: p.keyword(kw), verb, optionName: on.name, values: [], terminated: false, parent, offset: kw.offset, length: 0 });
  }
  const values: Value[] = [];
  let terminated = false;
  if (p.atPunct('=')) {
    p.next();
    p.expressions.lenientCalls = verb === undefined;
    let e;
    try {
      e = p.expressions.parse('data');
    } finally {
      p.expressions.lenientCalls = false;
    }
    if (e) values.push(e);
    terminated = p.endStatement(!!e);
  } else if (p.atPunct(';') && (verb === 'send' || info.format === '' || info.format === 'Z')) {
    p.next();
    terminated = true;
  } else {
    terminated = p.endStatement(parseFormattedValue(p, info.format, values, 'invalidOptionValue', info.name));
  }
  return p.finish({ kind: 'option', keyword: p.keyword(kw), verb, optionName: on.name, info, values, terminated, parent, offset: kw.offset, length: 0 });
}

export function reportUnknownOption(p: ParserContext, name: Name, space: string, option: string): void {
  const candidates = [...optionNamesOf(p, space)];
  const guess = nearest(option.toLowerCase(), candidates);
  const full = `${space}.${option}`;
  const fixes: Fix[] = [];
  let message = t('Unknown option `{0}` (dhcpd: "unknown option {1}").', name.text, full);
  if (guess) {
    const replacement = name.text.includes('.') ? `${space}.${guess}` : guess;
    message = t('Unknown option `{0}`; did you mean `{1}`? (dhcpd: "unknown option {2}")', name.text, replacement, full);
    fixes.push({ title: t('Replace with `{0}`', replacement), edits: [{ offset: name.offset, length: name.length, newText: replacement }], preferred: true });
  }
  p.report('unknownOption', name.offset, name.length, message, fixes);
}

function isKnownSpace(p: ParserContext, space: string): boolean {
  return p.userSpaces.has(space) || spaceExists(space);
}

function* optionNamesOf(p: ParserContext, space: string): Iterable<string> {
  for (const o of optionsOfSpace(space)) yield o.name;
  for (const key of p.userOptions.keys()) if (key.startsWith(space + '.')) yield key.slice(space.length + 1);
}

function parseOptionSpace(p: ParserContext, kw: Token, parent: Block): Statement {
  p.next(); // space
  if (p.peek().kind === TokenKind.String) {
    p.reportAt(p.peek(), 'syntaxError', t('An option space name is written without quotes (dhcpd: "expecting identifier.").'));
    p.resync();
    return p.unknown(kw, parent);
  }
  const name = p.readName(t('an option space name'), false);
  if (!name) {
    p.resync();
    return p.unknown(kw, parent);
  }
  p.userSpaces.add(name.text.toLowerCase());
  // code width N length width N hash size N
  let ok = true;
  while (ok && !p.atPunct(';') && p.peek().kind === TokenKind.Word && !p.peek().lineBefore) {
    const w = p.next();
    const word = w.text.toLowerCase();
    if (word === 'code' || word === 'length') {
      if (!p.acceptWord('width')) {
        p.expected('`width`');
        ok = false;
        break;
      }
      const n = p.readNumberValue(t('a width'));
      if (!n) {
        ok = false;
        break;
      }
      const v = Number(n.text);
      const allowed = word === 'code' ? [1, 2, 4] : [0, 1, 2];
      if (!allowed.includes(v)) {
        p.report('invalidValue', n.offset, n.length, t('`{0} width` must be one of {1}, not {2} (dhcpd: "invalid {0} width ({2}) expecting ...").', word, allowed.join(', '), v));
        ok = false;
      }
    } else if (word === 'hash') {
      if (!p.acceptWord('size') || !p.readNumberValue(t('a hash size'))) {
        ok = false;
      }
    } else {
      p.reportAt(w, 'syntaxError', t('Expected `code width`, `length width` or `hash size` but found {0}.', p.describe(w)));
      ok = false;
    }
  }
  const terminated = p.endStatement(ok);
  return p.finish({ kind: 'option-space', keyword: p.keywords(kw, 'option space'), optionName: name, declares: { space: name.text.toLowerCase() }, terminated, parent, offset: kw.offset, length: 0 });
}

/** `option NAME code N = TYPE;` where TYPE is a type, a record `{ t, t }` or `array of t`. */
function parseOptionDefinition(p: ParserContext, kw: Token, name: Name, space: string, parent: Block): Statement {
  if (!isKnownSpace(p, space)) {
    p.report('unknownOption', name.offset, name.length, t('There is no option space named `{0}` (dhcpd: "no option space named {0}.").', space));
    p.resync();
    return p.finish({ kind: 'option-definition', keyword: p.keyword(kw), optionName: name, terminated: false, parent, offset: kw.offset, length: 0 });
  }
  p.next(); // code
  const code = p.readNumberValue(t('an option code'));
  let ok = !!code;
  let format = '';
  if (ok && !p.acceptPunct('=')) {
    p.expected('`=`');
    ok = false;
  }
  if (ok) {
    const f = readOptionType(p);
    ok = f !== undefined;
    if (f !== undefined) format = f;
  }
  let declared: OptionInfo | undefined;
  if (ok) {
    const option = name.text.includes('.') ? name.text.slice(name.text.indexOf('.') + 1) : name.text;
    declared = { name: option, space, code: Number(code!.text), family: p.family, format, type: format, doc: { en: '', fr: '' } };
    p.userOptions.set(`${space}.${option.toLowerCase()}`, declared);
  }
  const terminated = p.endStatement(ok);
  return p.finish({ kind: 'option-definition', keyword: p.keyword(kw), optionName: name, declares: declared && { space, option: declared }, terminated, parent, offset: kw.offset, length: 0 });
}

/** Reads an option definition's type and returns dhcpd's format string for it. */
function readOptionType(p: ParserContext): string | undefined {
  if (p.acceptWord('array')) {
    if (!readArrayOf(p)) return undefined;
    if (p.atPunct('{')) {
      const rec = readOptionRecord(p);
      return rec === undefined ? undefined : rec + 'A';
    }
    const at = p.peek();
    const one = readOptionAtom(p);
    if (one === undefined) return undefined;
    if (one === 't' || one === 'd' || one.startsWith('D')) {
      p.reportAt(at, 'invalidValue', t('Arrays of text strings are not supported (dhcpd: "arrays of text strings not yet supported.").'));
      return undefined;
    }
    return one + 'A';
  }
  if (p.atPunct('{')) return readOptionRecord(p);
  return readOptionAtom(p);
}

/** After `array`: the `of`, and no second `array` (dhcpd: "no nested arrays."). */
function readArrayOf(p: ParserContext): boolean {
  if (!p.acceptWord('of')) {
    p.expected('`of`');
    return false;
  }
  if (p.atWord('array')) {
    p.reportAt(p.peek(), 'invalidValue', t('Arrays of arrays are not allowed (dhcpd: "no nested arrays.").'));
    return false;
  }
  return true;
}

function readOptionRecord(p: ParserContext): string | undefined {
  p.next(); // {
  let format = '';
  for (;;) {
    const at = p.peek();
    if (p.atWord('array')) {
      // `array of` inside a record is allowed only as its last member
      p.next();
      if (!readArrayOf(p)) return undefined;
      if (p.atPunct('{')) {
        p.reportAt(p.peek(), 'invalidValue', t('An array inside a record must be of a simple type (dhcpd: "only uniform array inside record.").'));
        return undefined;
      }
      const a = readOptionAtom(p);
      if (a === undefined) return undefined;
      if (a === 't' || a === 'd' || a.startsWith('D')) {
        p.reportAt(at, 'invalidValue', t('Arrays of text strings are not supported (dhcpd: "arrays of text strings not yet supported.").'));
        return undefined;
      }
      format += a + 'a';
    } else {
      if (p.atPunct('{')) {
        p.reportAt(at, 'invalidValue', t('Records cannot be nested (dhcpd: "unknown data type {").'));
        return undefined;
      }
      const a = readOptionAtom(p);
      if (a === undefined) return undefined;
      if ((a === 't' || a === 'X') && !p.atPunct('}')) {
        p.reportAt(at, 'invalidValue', t('Text must be the last member of a record (dhcpd: "text must be at end of record.").'));
        return undefined;
      }
      format += a;
    }
    if (p.acceptPunct(',')) continue;
    if (p.acceptPunct('}')) return format;
    p.expected('`,` or `}`');
    return undefined;
  }
}

/** One type of an option definition, as a format letter. */
function readOptionAtom(p: ParserContext): string | undefined {
  const tok = p.peek();
  const w = tok.kind === TokenKind.Word ? tok.text.toLowerCase() : '';
  const take = (f: string): string => {
    p.next();
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
      p.next();
      if (p.acceptWord('compressed')) return 'Dc';
      return 'D';
    }
    case 'zerolen':
      return take('Z');
    case 'encapsulate': {
      p.next();
      const n = p.readName(t('an option space name'), false);
      if (n && !isKnownSpace(p, n.text.toLowerCase())) {
        p.report('unknownOption', n.offset, n.length, t('There is no option space named `{0}` to encapsulate (dhcpd: "unknown option space {0}").', n.text));
        return undefined;
      }
      return n ? 'E' + n.text + '.' : undefined;
    }
    case 'integer':
    case 'signed':
    case 'unsigned': {
      p.next();
      let signed = w !== 'unsigned';
      if (w !== 'integer') {
        if (!p.acceptWord('integer')) {
          p.expected('`integer`');
          return undefined;
        }
      } else signed = true;
      const n = p.readNumberValue(t('an integer width: 8, 16 or 32'));
      if (!n) return undefined;
      const width = Number(n.text);
      const map: Record<number, string> = signed ? { 8: 'b', 16: 's', 32: 'l' } : { 8: 'B', 16: 'S', 32: 'L' };
      if (!map[width]) {
        p.report('invalidValue', n.offset, n.length, t('An integer is 8, 16 or 32 bits wide, not {0}.', n.text));
        return undefined;
      }
      return map[width];
    }
    default:
      p.reportAt(tok, 'invalidValue', t('Unknown data type {0} (dhcpd: "unknown data type").', p.describe(tok)));
      return undefined;
  }
}
