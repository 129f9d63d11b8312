/**
 * TSIG keys and DNS zones for dynamic updates: `key NAME { algorithm ...; secret ...; }` and
 * `zone NAME { primary ...; secondary ...; key NAME; }`, with dhcpd's check of a key's base64 secret.
 */
import { t } from '../base/l10n';
import type { ParserContext } from './context';
import type { Block, Statement, Value } from './nodes';
import { TokenKind } from './scanner';

export function parseKey(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  const name = p.readDomainName(t('a key name'));
  if (!name) {
    p.resyncToBlockOrSemicolon();
    return p.unknown(kw, parent);
  }
  if (p.atPunct(';') || !p.atPunct('{')) {
    // `key name;` is a reference (inside a zone); anything else lacks its block.
    if (p.atPunct(';')) {
      p.next();
      // `key name;` names a key inside a zone (parsed there); anywhere else dhcpd wants the key's block.
      p.report('syntaxError', name.offset, name.length, t('A key declaration needs its block: `key {0} { algorithm ...; secret ...; }` (dhcpd: "expecting left brace").', name.text));
      return p.finish({ kind: 'key', keyword: p.keyword(kw), name, terminated: true, parent, offset: kw.offset, length: 0 });
    }
  }
  const body = p.parseBlock(kw, (b) => parseKeyStatement(p, b));
  const stmt = p.finish({ kind: 'key', keyword: p.keyword(kw), name, body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
  // dhcpd accepts an optional `;` after a key block.
  if (p.atPunct(';')) p.next();
  return stmt;
}

function parseKeyStatement(p: ParserContext, parent: Block): Statement | undefined {
  const tok = p.next();
  const word = tok.text.toLowerCase();
  const values: Value[] = [];
  let ok = true;
  if (p.isWord(tok, 'algorithm')) {
    const v = p.readName(t('an algorithm name such as hmac-md5'));
    if (v) values.push({ kind: 'name', text: v.text, offset: v.offset, length: v.length });
    else ok = false;
  } else if (p.isWord(tok, 'secret')) {
    const s = p.peek();
    if (s.kind === TokenKind.String) {
      p.next();
      values.push({ kind: 'string', text: s.text, offset: s.offset, length: s.length });
    } else if (p.isPunct(s, ';')) {
      p.reportAt(s, 'invalidValue', t('The key has no secret (dhcpd: "invalid base64 character 59.").'));
      ok = false;
    } else {
      // a base64 secret written bare: dhcpd reads it as tokens up to the `;`
      const startOff = s.offset;
      while (!p.atPunct(';') && !p.atPunct('}') && p.peek().kind !== TokenKind.EOF && !p.peek().lineBefore) p.next();
      values.push({ kind: 'other', text: p.slice(startOff, p.end), offset: startOff, length: p.end - startOff });
    }
  } else {
    p.reportAt(tok, 'syntaxError', t('A key block holds only `algorithm` and `secret`, not {0}.', p.describe(tok)));
    p.resync();
    return undefined;
  }
  if (ok && word === 'secret' && values[0]) {
    const problem = base64Problem(values[0].text, values[0].kind !== 'string');
    if (problem) {
      p.report('invalidValue', values[0].offset, values[0].length, problem);
      ok = false;
    }
  }
  const terminated = p.endStatement(ok);
  return p.finish({ kind: 'parameter', keyword: p.keyword(tok, word), values, terminated, parent, offset: tok.offset, length: 0 });
}

export function parseZone(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  const name = p.readDomainName(t('a zone name'));
  if (!name) {
    p.resyncToBlockOrSemicolon();
    return p.unknown(kw, parent);
  }
  const body = p.parseBlock(kw, (b) => parseZoneStatement(p, b));
  const stmt = p.finish({ kind: 'zone', keyword: p.keyword(kw), name, body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
  if (p.atPunct(';')) p.next();
  return stmt;
}

function parseZoneStatement(p: ParserContext, parent: Block): Statement | undefined {
  const tok = p.next();
  const word = tok.text.toLowerCase();
  const values: Value[] = [];
  if (word === 'key') {
    const name = p.readName(t('a key name'));
    if (!name) {
      p.resync();
      return undefined;
    }
    const terminated = p.expectSemicolon();
    return p.finish({ kind: 'key', keyword: p.keyword(tok), name, terminated, parent, offset: tok.offset, length: 0 });
  }
  if (word === 'primary' || word === 'secondary' || word === 'primary6' || word === 'secondary6') {
    do {
      const v = word.endsWith('6') ? p.readIPv6(t('an IPv6 address')) : p.readAddressOrHost(t('an IP address or host name'));
      if (!v) {
        p.resync();
        return undefined;
      }
      values.push(v);
    } while (p.acceptPunct(','));
    const terminated = p.expectSemicolon();
    return p.finish({ kind: 'parameter', keyword: p.keyword(tok), values, terminated, parent, offset: tok.offset, length: 0 });
  }
  p.reportAt(tok, 'syntaxError', t('A zone holds only `primary`, `secondary`, `primary6`, `secondary6` and `key`, not {0}.', p.describe(tok)));
  p.resync();
  return undefined;
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
