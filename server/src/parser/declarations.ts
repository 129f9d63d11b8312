/**
 * Declarations: `include`, `shared-network`, `host` (with the fast lane for plainly written
 * hosts), `group`, `subnet`, `subnet6`, `pool`/`pool6`, the ranges (`range`, `range6`,
 * `prefix6`), and `class`/`subclass`/`vendor-class`/`user-class`.
 */
import { t } from '../base/l10n';
import { ipv6ToBigInt } from '../base/addresses';
import { MAX_NESTING, NO_OWNER_YET, type ParserContext } from './context';
import type { Block, BlockOwner, Name, Statement, Value } from './nodes';
import { FIXED_ADDRESS_INFO, HARDWARE_INFO } from './parameters';
import { Token, TokenKind } from './scanner';
import { hexElement, isNumberToken } from './values';

export function parseInclude(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  const tok = p.peek();
  let path: Name | undefined;
  let terminated = false;
  if (tok.kind === TokenKind.String) {
    p.next();
    path = { offset: tok.offset, length: tok.length, text: tok.text, quoted: true };
    terminated = p.expectSemicolon();
  } else {
    p.reportAt(tok, 'syntaxError', t('`include` takes a file name in double quotes (dhcpd: "filename string expected.").'));
    p.resync();
  }
  return p.finish({ kind: 'include', keyword: p.keyword(kw), path, terminated, parent, offset: kw.offset, length: 0 });
}

export function parseNamedBlock(p: ParserContext, parent: Block, kind: 'shared-network' | 'host'): Statement {
  const kw = p.next();
  let name: Name | undefined;
  if (p.atPunct('{')) {
    p.expected(kind === 'host' ? t('a host name') : t('a name for the shared-network'));
  } else if (kind === 'host' && p.peek().kind === TokenKind.String) {
    const q = p.peek();
    p.reportAt(q, 'syntaxError', t('A host name is written without quotes (dhcpd: "expecting a name for host declaration.").'), [
      { title: t('Remove the quotes'), edits: [{ offset: q.offset, length: q.length, newText: q.text }], preferred: /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(q.text) },
    ]);
    p.next();
    name = { offset: q.offset, length: q.length, text: q.text, quoted: true };
  } else {
    name = p.readName(kind === 'host' ? t('a host name') : t('a name for the shared-network'));
    if (!name) {
      p.resync();
      return p.unknown(kw, parent);
    }
    if (kind === 'shared-network' && name.text === '') {
      p.report('invalidValue', name.offset, name.length, t('A shared-network name cannot be empty (dhcpd: "zero-length shared network name").'));
    }
  }
  const body = p.parseBlock(kw);
  return p.finish({ kind, keyword: p.keyword(kw, kind), name, body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 } as Statement);
}

/**
 * A host written plainly, read by the scanner in one step (Scanner.plainHost), built into the
 * very tree the token path builds: only when the `host` keyword alone is buffered, so that the
 * scanner stands right after it.
 */
export function plainHost(p: ParserContext, kw: Token, parent: Block): Statement | undefined {
  if (p.tokensOnly || kw.text !== 'host' || p.depth >= MAX_NESTING || p.ahead !== 1) return undefined;
  if (!p.scanner.plainHost()) return undefined;
  p.next();
  const base = p.base;
  const text = p.text;
  const m = p.scanner.hostMarks;
  const count = p.scanner.hostMarkCount;
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
  p.skipScanned(close + 1);
  return p.finish({ kind: 'host', keyword: p.keyword(kw, 'host'), name, body: block, terminated: true, parent, offset: kw.offset, length: 0 } as Statement);
}

export function parseGroup(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  let name: Name | undefined;
  if (p.peek().kind === TokenKind.Word && isNumberToken(p.peek().text)) {
    p.reportAt(p.peek(), 'syntaxError', t('A group name cannot be a number (dhcpd: "expecting left brace.").'));
    p.resyncToBlockOrSemicolon();
    return p.unknown(kw, parent);
  }
  if (!p.atPunct('{')) name = p.readName(t('a group name or `{`'));
  const body = p.parseBlock(kw);
  return p.finish({ kind: 'group', keyword: p.keyword(kw), name, body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
}

export function parseSubnet(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  const network = p.readIPv4(t('a subnet number'));
  let netmask: Value | undefined;
  if (network) {
    if (p.acceptWord('netmask')) {
      netmask = p.readIPv4(t('a netmask'), 'invalidNetmask');
    } else {
      p.expected(t('`netmask` (dhcpd: "Expecting netmask")'));
    }
  }
  if ((!network || !netmask) && !p.skipToBlockStart()) return p.unknown(kw, parent);
  const body = p.parseBlock(kw);
  return p.finish({ kind: 'subnet', keyword: p.keyword(kw, 'subnet'), network, netmask, body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
}

export function parseSubnet6(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  const prefix = p.readIPv6Prefix(t('a subnet6 prefix such as 2001:db8::/64'));
  if (!prefix && !p.skipToBlockStart()) return p.unknown(kw, parent);
  const body = p.parseBlock(kw, undefined, { kind: 'subnet6', prefix } as Partial<Statement>);
  return p.finish({ kind: 'subnet6', keyword: p.keyword(kw), prefix, body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
}

export function parsePool(p: ParserContext, parent: Block, word: 'pool' | 'pool6'): Statement {
  const kw = p.next();
  const body = p.parseBlock(kw, undefined, { kind: word });
  return p.finish({ kind: word, keyword: p.keyword(kw, word), body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
}

export function parseRange(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  let dynamicBootp: Name | undefined;
  const db = p.acceptWord('dynamic-bootp');
  if (db) dynamicBootp = p.keyword(db);
  const low = p.readIPv4(t('the first address of the range'));
  let high: Value | undefined;
  if (low && !p.atPunct(';')) high = p.readIPv4(t('the last address of the range'));
  const terminated = p.endStatement(!!low && (!!high || p.atPunct(';')));
  return p.finish({ kind: 'range', keyword: p.keyword(kw, 'range'), dynamicBootp, low, high, terminated, parent, offset: kw.offset, length: 0 });
}

export function parseRange6(p: ParserContext, parent: Block, word: 'range6' | 'prefix6'): Statement {
  const kw = p.next();
  let low: Value | undefined;
  let high: Value | undefined;
  let prefixLength: Value | undefined;
  let ok = true;
  if (word === 'range6') {
    // range6 low high; | range6 prefix/len; | range6 prefix/len temporary; | range6 low temporary?
    low = p.readIPv6OrPrefix(t('an IPv6 address or prefix'));
    ok = !!low;
    if (ok && low && low.kind !== 'prefix' && p.atPunct(';')) {
      p.report('invalidValue', low.offset, low.length, t('A range6 is two addresses or one prefix; a single address is refused (dhcpd: "Invalid IPv6 address.").'));
      ok = false;
    }
    if (ok && low && low.kind !== 'prefix' && p.atWord('temporary') && parent.owner.kind === 'subnet6' && parent.owner.prefix) {
      // An address alone takes the subnet6's prefix length: its host bits must be zero.
      const [net, len] = parent.owner.prefix.text.split('/');
      const a = ipv6ToBigInt(low.text);
      const bits = 128 - Number(len);
      if (a !== undefined && ipv6ToBigInt(net) !== undefined && bits > 0 && (a & ((1n << BigInt(bits)) - 1n)) !== 0n) {
        p.report('invalidValue', low.offset, low.length, t('A temporary range6 starts on a prefix boundary of its subnet6 ({0}) (dhcpd: "network mask too short").', parent.owner.prefix.text));
        ok = false;
      }
    }
    if (ok && !p.atPunct(';')) {
      if (p.acceptWord('temporary')) {
        // dhcpd (parse_address_range6): the host bits of the prefix must be zero, then a
        // temporary prefix is 64 to 127 bits long (measured).
        if (low && low.kind === 'prefix') {
          const [a, l] = low.text.split('/');
          const addr = ipv6ToBigInt(a);
          const len = Number(l);
          const bits = 128 - len;
          if (addr !== undefined && bits > 0 && bits <= 128 && (addr & ((1n << BigInt(bits)) - 1n)) !== 0n) {
            p.report('invalidValue', low!.offset, low!.length, t('The address of this temporary range has bits set past its prefix length (dhcpd: "network mask too short").'));
          } else if (len < 64) {
            p.report('invalidValue', low!.offset, low!.length, t('A temporary range6 prefix is at least 64 bits long (dhcpd: "temporary mask too short").'));
          } else if (len === 128) {
            p.report('invalidValue', low!.offset, low!.length, t('A temporary range6 of a single address (/128) is refused (dhcpd: "temporary singleton?").'));
          }
        }
      } else {
        high = p.readIPv6(t('the last address of the range'));
        ok = !!high;
      }
    }
  } else {
    low = p.readIPv6(t('the first prefix of the range'));
    high = low && p.readIPv6(t('the last prefix of the range'));
    if (high) {
      if (p.acceptPunct('/')) {
        prefixLength = p.readNumberValue(t('a prefix length'));
        const n = prefixLength ? Number(prefixLength.text) : 64;
        if (prefixLength && !(n > 0 && n < 128)) {
          p.report('invalidValue', prefixLength.offset, prefixLength.length, t('A prefix length is between 1 and 127 (dhcpd: "networks have 0 to 128 bits (exclusive)").'));
          prefixLength = undefined;
        }
      } else p.expected('`/`');
    }
    ok = !!prefixLength;
  }
  const terminated = p.endStatement(ok);
  return p.finish({ kind: word, keyword: p.keyword(kw, word), low, high, prefixLength, terminated, parent, offset: kw.offset, length: 0 });
}

export function parseClass(p: ParserContext, parent: Block, word: string): Statement {
  const kw = p.next();
  // `vendor-class`/`user-class` NAME { } name an existing class, as a subclass does.
  const kind = word === 'class' ? 'class' : 'subclass';
  const nameTok = p.peek();
  if (nameTok.kind !== TokenKind.String) {
    p.reportAt(nameTok, 'syntaxError', t('A class name is a string in double quotes (dhcpd: "Expecting class name").'), nameTok.kind === TokenKind.Word
      ? [{ title: t('Quote the name: "{0}"', nameTok.text), edits: [{ offset: nameTok.offset, length: nameTok.length, newText: `"${nameTok.text}"` }], preferred: true }]
      : undefined);
    p.resyncToBlockOrSemicolon();
    return p.unknown(kw, parent);
  }
  const name = p.readName(t('a class name in double quotes'), false)!;
  let match: Value | undefined;
  if (word === 'subclass') {
    // The subclass's value: a string or a colon-separated hex list.
    const tok = p.peek();
    if (tok.kind === TokenKind.String) {
      p.next();
      match = { kind: 'string', text: tok.text, offset: tok.offset, length: tok.length };
    } else if (tok.kind === TokenKind.Word && hexElement(tok.text) !== undefined) {
      // What dhcpd reads as a hex list: `-42` too (measured); `123` does not fit and is reported.
      match = p.readHexList();
      if (!match) {
        p.resyncToBlockOrSemicolon();
        return p.unknown(kw, parent);
      }
    } else {
      p.reportAt(tok, 'syntaxError', t('A subclass needs its value: a string or a colon-separated hex list (dhcpd: "Expecting string or hex list.").'));
      p.resyncToBlockOrSemicolon();
      return p.unknown(kw, parent);
    }
  }
  if (kind === 'subclass' && p.atPunct(';')) {
    p.next();
    return p.finish({ kind, keyword: p.keyword(kw), name, match, terminated: true, parent, offset: kw.offset, length: 0 });
  }
  const body = p.parseBlock(kw);
  return p.finish({ kind, keyword: p.keyword(kw), name, match, body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
}
