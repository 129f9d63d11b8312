/**
 * Parameters: the statements of the knowledge base whose value follows a format string
 * (`default-lease-time 600;`, `authoritative;` ...), those with a syntax of their own
 * (`hardware`, `fixed-address`, `fixed-address6`/`fixed-prefix6`, `server-duid`,
 * `host-identifier`, `uid`, `interface`, `lease limit`, `not authoritative`), the permits
 * (`allow`/`deny`/`ignore`), and the unknown words dhcpd reads as expressions.
 */
import { findOption, findParameter, findStatement, STATEMENTS } from '../knowledge';
import { DUID_HARDWARE_TYPES, HARDWARE_TYPES } from '../knowledge/hardware';
import { DHCPD_KEYWORDS } from '../knowledge/dhcpdKeywords.generated';
import { t } from '../base/l10n';
import { nearest } from '../base/nearest';
import type { ParserContext } from './context';
import { hexNumberMessage, isHexNumber } from './expressions';
import type { Block, Name, Statement, Value } from './nodes';
import type { Fix } from './problems';
import { Token, TokenKind } from './scanner';
import { readOptionName, reportUnknownOption } from './options';
import { isNumberToken, parseFormattedValue } from './values';

/** The words `hardware` takes as its type, each as one shared string (100,000 hosts say `ethernet`). */
const HARDWARE_TYPE_WORDS: ReadonlyMap<string, string> = new Map(HARDWARE_TYPES.map((k) => [k, k]));

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

export const HARDWARE_INFO = once(() => findStatement('hardware'));
export const FIXED_ADDRESS_INFO = once(() => findStatement('fixed-address'));

let statementWordList: string[] | undefined;
function statementWords(): string[] {
  return (statementWordList ??= [...new Set(STATEMENTS.filter((s) => s.kind !== 'failover' && s.kind !== 'zone' && !s.name.includes(' ')).map((s) => s.name))]);
}

export function parsePermit(p: ParserContext, parent: Block, verb: string): Statement {
  const kw = p.next();
  const start = p.peek();
  if (start.kind !== TokenKind.Word) {
    p.expected(t('a permit such as `unknown-clients` or `booting`'));
    p.resync();
    return p.unknown(kw, parent);
  }
  // Permit names of one to three words.
  const w1 = p.next().text.toLowerCase();
  let name = w1;
  let argument: Value | undefined;
  let ok = true;
  if (w1 === 'members') {
    if (p.acceptWord('of')) {
      name = 'members of';
      const s = p.peek();
      if (s.kind === TokenKind.String) {
        p.next();
        argument = { kind: 'string', text: s.text, offset: s.offset, length: s.length };
      } else {
        p.expected(t('a class name in double quotes'));
        ok = false;
      }
    } else {
      p.expected('`of`');
      ok = false;
    }
  } else if (w1 === 'dynamic') {
    if (p.acceptWord('bootp') && p.acceptWord('clients')) name = 'dynamic bootp clients';
    else {
      p.expected('`bootp clients`');
      ok = false;
    }
  } else if (w1 === 'authenticated' || w1 === 'unauthenticated' || w1 === 'all' || w1 === 'known' || w1 === 'unknown') {
    if (p.acceptWord('clients')) name = `${w1} clients`;
    else {
      p.expected('`clients`');
      ok = false;
    }
  } else if (w1 === 'after') {
    const startOff = p.peek().offset;
    while (!p.atPunct(';') && !p.atPunct('}') && p.peek().kind !== TokenKind.EOF && !p.peek().lineBefore) p.next();
    argument = { kind: 'other', text: p.slice(startOff, p.end), offset: startOff, length: p.end - startOff };
  }
  const permit: Name = { offset: start.offset, length: p.end - start.offset, text: name, quoted: false };
  const terminated = p.endStatement(ok);
  return p.finish({ kind: 'permit', keyword: p.keyword(kw), verb, permit, argument, terminated, parent, offset: kw.offset, length: 0 });
}

export function parseNotAuthoritative(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  if (!p.atWord('authoritative')) {
    p.reportAt(kw, 'syntaxError', t('`not` must be followed by `authoritative` here.'));
    p.resync();
    return p.unknown(kw, parent);
  }
  p.next();
  const terminated = p.expectSemicolon();
  return p.finish({ kind: 'parameter', keyword: p.keywords(kw, 'not authoritative'), info: findStatement('not authoritative'), values: [], terminated, parent, offset: kw.offset, length: 0 });
}

export function parseLeaseLimit(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  if (!p.acceptWord('limit')) {
    p.expected('`limit`');
    p.resync();
    return p.unknown(kw, parent);
  }
  const n = p.readNumberValue(t('a number of leases'));
  const terminated = p.endStatement(!!n);
  return p.finish({ kind: 'parameter', keyword: p.keywords(kw, 'lease limit'), info: findStatement('lease limit'), values: n ? [n] : [], terminated, parent, offset: kw.offset, length: 0 });
}

export function parseHardware(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  const type = p.peek();
  const values: Value[] = [];
  let ok = true;
  const hardwareType = type.kind === TokenKind.Word ? HARDWARE_TYPE_WORDS.get(type.text.toLowerCase()) : undefined;
  if (hardwareType !== undefined) {
    p.next();
    values.push({ kind: 'name', text: hardwareType, offset: type.offset, length: type.length });
    const mac = p.plainValue('hex') ?? (p.atPunct(';') ? undefined : p.readHexList(true));
    if (!mac && p.atPunct(';')) {
      // dhcpd accepts an empty hardware address; no client will ever match it.
      p.reportAt(p.peek(), 'suspiciousHardwareAddress', t('This hardware statement has no address: no client will match it.'));
    } else if (mac) {
      values.push(mac);
      let bytes = 1;
      for (let i = 0; i < mac.text.length; i++) if (mac.text.charCodeAt(i) === 58) bytes++;
      if (bytes > 20) {
        p.report('invalidValue', mac.offset, mac.length, t('A hardware address has at most 20 bytes; this one has {0} (dhcpd: "hardware address too long").', bytes));
      } else if (type.text.toLowerCase() === 'ethernet' && bytes !== 6) {
        // dhcpd accepts it, but no Ethernet card has such an address.
        p.report('suspiciousHardwareAddress', mac.offset, mac.length, t('An Ethernet address has 6 bytes; this one has {0}. dhcpd accepts it, but no Ethernet card will match.', bytes));
      }
    } else {
      const bad = p.peek();
      if (!p.blameMultilineString()) p.reportAt(bad, 'invalidValue', t('Expected a hardware address such as 00:11:22:33:44:55 but found {0} (dhcpd: "expecting numeric value.").', p.describe(bad)));
      ok = false;
    }
  } else {
    p.reportAt(type, 'invalidValue', t('Unknown hardware type {0}: expected `ethernet`, `token-ring`, `fddi` or `infiniband` (dhcpd: "expecting a network hardware type").', p.describe(type)));
    ok = false;
  }
  const terminated = p.endStatement(ok);
  return p.finish({ kind: 'parameter', keyword: p.keyword(kw, 'hardware'), info: HARDWARE_INFO(), values, terminated, parent, offset: kw.offset, length: 0 });
}

/** Values separated by commas, into `values`; false when one cannot be read. */
function readCommaList(p: ParserContext, values: Value[], read: () => Value | undefined): boolean {
  do {
    const v = read();
    if (!v) return false;
    values.push(v);
  } while (p.acceptPunct(','));
  return true;
}

export function parseFixedAddress(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  const values: Value[] = [];
  const ok = readCommaList(p, values, () => p.readAddressOrHost(t('an IP address or host name')));
  const terminated = p.endStatement(ok);
  return p.finish({ kind: 'parameter', keyword: p.keyword(kw, 'fixed-address'), info: FIXED_ADDRESS_INFO(), values, terminated, parent, offset: kw.offset, length: 0 });
}

export function parseFixed6(p: ParserContext, parent: Block, word: string): Statement {
  const kw = p.next();
  const values: Value[] = [];
  let ok = true;
  if (word === 'fixed-prefix6') {
    const v = p.readIPv6Prefix(t('an IPv6 prefix'));
    if (v) values.push(v);
    else ok = false;
  } else ok = readCommaList(p, values, () => p.readIPv6(t('an IPv6 address')));
  const terminated = p.endStatement(ok);
  return p.finish({ kind: 'parameter', keyword: p.keyword(kw), info: findStatement(word), values, terminated, parent, offset: kw.offset, length: 0 });
}

export function parseServerDuid(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  const type = p.peek();
  const w = type.kind === TokenKind.Word ? type.text.toLowerCase() : '';
  let ok = true;
  if (type.kind === TokenKind.Word && isNumberToken(type.text)) {
    // A numeric DUID type followed by its value, a string (measured: hex bytes are refused).
    p.next();
    const v = p.peek();
    if (v.kind === TokenKind.String) p.next();
    else {
      p.reportAt(v, 'invalidValue', t('Expected the DUID value: a string in double quotes (dhcpd: "identifier expected").'));
      ok = false;
    }
  } else if (w === 'llt' || w === 'll') {
    p.next();
    if (!p.atPunct(';')) {
      const hw = p.peek();
      if (!(hw.kind === TokenKind.Word && DUID_HARDWARE_TYPES.includes(hw.text.toLowerCase()))) {
        p.reportAt(hw, 'invalidValue', t('Expected a hardware type (dhcpd: "hardware type expected").'));
        ok = false;
      } else {
        p.next();
        if (w === 'llt') {
          if (!p.readNumberValue(t('a timestamp (dhcpd: "timestamp expected")'))) ok = false;
        }
        if (ok && !p.readHexList()) {
          p.expected(t('a hardware address (dhcpd: "expecting hexadecimal number.")'));
          ok = false;
        }
      }
    }
  } else if (w === 'en') {
    p.next();
    if (!p.readNumberValue(t('an enterprise number (dhcpd: "enterprise number expected")'))) ok = false;
    else {
      const id = p.peek();
      // The identifier is a string (measured: hex bytes are refused).
      if (id.kind === TokenKind.String) p.next();
      else {
        p.expected(t('an identifier in double quotes (dhcpd: "identifier expected")'));
        ok = false;
      }
    }
  } else {
    p.reportAt(type, 'invalidValue', t('A server DUID is `LLT`, `EN` or `LL` (dhcpd: "DUID type of LLT, EN, or LL expected").'));
    ok = false;
  }
  const terminated = p.endStatement(ok);
  return p.finish({ kind: 'parameter', keyword: p.keyword(kw), info: findStatement('server-duid'), values: [], terminated, parent, offset: kw.offset, length: 0 });
}

/** `host-identifier option NAME VALUE;` or `host-identifier v6relopt N NAME VALUE;` */
export function parseHostIdentifier(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  const values: Value[] = [];
  let ok = true;
  if (p.acceptWord('v6relopt')) {
    ok = !!p.readNumberValue(t('a relay number'));
  } else if (!p.acceptWord('option')) {
    p.expected('`option` or `v6relopt`');
    ok = false;
  }
  if (ok) {
    const on = readOptionName(p);
    const info = on && (findOption(on.space, on.option) ?? p.userOptions.get(`${on.space}.${on.option.toLowerCase()}`));
    if (!on) ok = false;
    else if (!info) {
      reportUnknownOption(p, on.name, on.space, on.option);
      ok = false;
    } else ok = parseFormattedValue(p, info.format, values, 'invalidOptionValue', info.name);
  }
  const terminated = p.endStatement(ok);
  return p.finish({ kind: 'parameter', keyword: p.keyword(kw), info: findStatement('host-identifier'), values, terminated, parent, offset: kw.offset, length: 0 });
}

/** A host's client identifier, as dhcpd writes host declarations: a string or hex. */
export function parseUid(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  const values: Value[] = [];
  const ok = parseFormattedValue(p, 'X', values, 'invalidValue', 'uid');
  const terminated = p.endStatement(ok);
  return p.finish({ kind: 'parameter', keyword: p.keyword(kw), info: findStatement('uid'), values, terminated, parent, offset: kw.offset, length: 0 });
}

export function parseInterface(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  const name = p.readName(t('an interface name'), false);
  const terminated = p.endStatement(!!name);
  const values: Value[] = name ? [{ kind: 'string', text: name.text, offset: name.offset, length: name.length }] : [];
  return p.finish({ kind: 'parameter', keyword: p.keyword(kw), info: findStatement('interface'), values, terminated, parent, offset: kw.offset, length: 0 });
}

/**
 * Everything else: a parameter of the knowledge base whose value follows its format string,
 * or an unknown word. dhcpd reads an unknown word followed by `;` as an expression (it accepts
 * `frobnicate;`), and refuses anything longer ("semicolon expected.").
 */
export function parseParameter(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  const word = kw.text.toLowerCase();
  const info = findParameter(word, p.family);
  if (info && info.format !== undefined) {
    const values: Value[] = [];
    if (p.atPunct(';') && (info.format === '' || info.format === 'F' || info.format === 'Z')) {
      p.next();
      return p.finish({ kind: 'parameter', keyword: p.keyword(kw), info, values, terminated: true, parent, offset: kw.offset, length: 0 });
    }
    if (p.atPunct('=')) {
      p.next();
      const e = p.expressions.parse('data');
      const terminated = p.endStatement(!!e);
      return p.finish({ kind: 'parameter', keyword: p.keyword(kw), info, values: e ? [e] : [], terminated, parent, offset: kw.offset, length: 0 });
    }
    const ok = parseFormattedValue(p, info.format, values, 'invalidValue', info.name, info.values);
    const terminated = p.endStatement(ok);
    return p.finish({ kind: 'parameter', keyword: p.keyword(kw), info, values, terminated, parent, offset: kw.offset, length: 0 });
  }
  if (info && info.format === undefined && info.values?.length) {
    const v = p.peek();
    const values: Value[] = [];
    let ok = false;
    if (v.kind === TokenKind.Word && info.values.includes(v.text.toLowerCase())) {
      p.next();
      values.push({ kind: 'name', text: v.text.toLowerCase(), offset: v.offset, length: v.length });
      ok = true;
    } else {
      p.reportAt(v, 'invalidValue', t('`{0}` takes one of {1}, not {2}.', info.name, info.values.join(', '), p.describe(v)));
    }
    const terminated = p.endStatement(ok);
    return p.finish({ kind: 'parameter', keyword: p.keyword(kw), info, values, terminated, parent, offset: kw.offset, length: 0 });
  }
  if (info && info.kind === 'parameter' && info.format === undefined) {
    // A flag statement such as `authoritative;`.
    const terminated = p.expectSemicolon();
    return p.finish({ kind: 'parameter', keyword: p.keyword(kw), info, values: [], terminated, parent, offset: kw.offset, length: 0 });
  }
  return parseUnknownWord(p, kw, parent);
}

function parseUnknownWord(p: ParserContext, kw: Token, parent: Block): Statement {
  const word = kw.text.toLowerCase();
  if (isNumberToken(kw.text)) {
    p.reportAt(kw, 'syntaxError', t('A statement cannot start with a number (dhcpd: "expecting a parameter or declaration").'));
    p.resyncToBlockOrSemicolon();
    return p.finish({ kind: 'unknown', keyword: p.keyword(kw), terminated: false, parent, offset: kw.offset, length: 0 });
  }
  if (isHexNumber(kw.text)) {
    // dhcpd reads the statement as an expression, and cannot convert the number.
    p.reportAt(kw, 'syntaxError', hexNumberMessage(kw.text));
    p.resyncToBlockOrSemicolon();
    return p.finish({ kind: 'unknown', keyword: p.keyword(kw), terminated: false, parent, offset: kw.offset, length: 0 });
  }
  if (/^[0-9a-f]+$/i.test(kw.text) && parseInt(kw.text, 16) > 255 && p.atPunct(';')) {
    // dhcpd reads a word of hex digits as a byte of data: more than two digits overflow it.
    p.reportAt(kw, 'unknownStatement', t('Unknown statement `{0}`: dhcpd reads it as a hexadecimal byte and refuses it (dhcpd: "{0} exceeds max (255) for precision.").', kw.text));
    p.next();
    return p.finish({ kind: 'unknown', keyword: p.keyword(kw), terminated: true, parent, offset: kw.offset, length: 0 });
  }
  if (p.atPunct('=') && !DHCPD_KEYWORDS.has(word)) {
    // `name = expression;` sets nothing: dhcpd makes it an eval statement (parse.c,
    // parse_executable_statement, default case) whose expression is the equality test
    // `name = expression`, evaluated and thrown away.
    p.next();
    const e = p.expressions.parse('any', true);
    const terminated = p.endStatement(!!e);
    // The statement up to its line end, for a fix that removes it.
    const m = /^[ \t]*(#[^\n]*)?\r?\n?/.exec(p.text.slice(p.end - p.base)) as RegExpExecArray;
    const removeLine = { title: t('Remove this statement'), edits: [{ offset: kw.offset, length: p.end + m[0].length - kw.offset, newText: '' }] };
    if (/^(DHCPD?_?)?INTERFACES?(v[46])?$/i.test(kw.text)) {
      // A line of /etc/default/isc-dhcp-server (or /etc/sysconfig/dhcpd) pasted into dhcpd.conf.
      p.reportAt(kw, 'ignoredExpression', t('`{0} = ...` belongs to the service\'s defaults file (/etc/default/isc-dhcp-server), not to dhcpd.conf: dhcpd reads it as an equality test, evaluates it and throws the result away. The interfaces dhcpd listens on are given on its command line.', kw.text), [
        { ...removeLine, preferred: true },
      ]);
    } else {
      p.reportAt(kw, 'ignoredExpression', t('`{0} = ...` sets nothing: dhcpd reads it as an equality test, evaluates it and throws the result away. To set a variable, write `set {0} = ...;`.', kw.text), [
        { title: t('Write `set {0} = ...`', kw.text), edits: [{ offset: kw.offset, length: 0, newText: 'set ' }], preferred: true },
        removeLine,
      ]);
    }
    return p.finish({ kind: 'executable', keyword: p.keyword(kw), values: e ? [e] : [], terminated, parent, offset: kw.offset, length: 0 });
  }
  const guess = nearest(word, statementWords());
  // A function call or a variable alone, as dhcpd reads it: accepted, but most likely a typo.
  if (p.atPunct('(')) {
    p.unread(kw);
    const e = p.expressions.parse('data');
    const terminated = p.endStatement(!!e);
    return p.finish({ kind: 'executable', keyword: p.keyword(kw), values: e ? [e] : [], terminated, parent, offset: kw.offset, length: 0 });
  }
  const fixes: Fix[] = guess ? [{ title: t('Replace with `{0}`', guess), edits: [{ offset: kw.offset, length: kw.length, newText: guess }], preferred: true }] : [];
  if (p.atPunct(';') && !DHCPD_KEYWORDS.has(word)) {
    p.next();
    const message = guess
      ? t('Unknown statement `{0}`; did you mean `{1}`? dhcpd reads it as an expression and ignores it.', kw.text, guess)
      : t('Unknown statement `{0}`: dhcpd reads it as an expression and ignores it.', kw.text);
    p.reportAt(kw, 'ignoredExpression', message, fixes);
    return p.finish({ kind: 'unknown', keyword: p.keyword(kw), terminated: true, parent, offset: kw.offset, length: 0 });
  }
  const message = guess
    ? t('Unknown statement `{0}`; did you mean `{1}`? (dhcpd: "semicolon expected." or "expecting a parameter or declaration")', kw.text, guess)
    : t('Unknown statement `{0}` (dhcpd: "semicolon expected." or "expecting a parameter or declaration").', kw.text);
  p.reportAt(kw, 'unknownStatement', message, fixes);
  p.resyncToBlockOrSemicolon();
  return p.finish({ kind: 'unknown', keyword: p.keyword(kw), terminated: false, parent, offset: kw.offset, length: 0 });
}
