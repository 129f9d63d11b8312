/**
 * Failover: `failover peer NAME { ... }` with its multi-word statements, the reference
 * `failover peer NAME;` in a pool, `no failover peer`, and the peer state blocks of the lease
 * file (`failover peer NAME state { my state ...; partner state ... at DATE; mclt N; }`).
 */
import { failoverStatements, findStatement } from '../knowledge';
import { t } from '../base/l10n';
import { nearest } from '../base/nearest';
import type { ParserContext } from './context';
import type { Block, FailoverPeer, Name, Statement, Value } from './nodes';
import type { Fix } from './problems';
import { TokenKind } from './scanner';

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

/**
 * `no failover peer` in a pool, as dhcpd 4.4.3 reads it: the three words and nothing more, so
 * a `;` after them is a statement of its own, which dhcpd refuses.
 */
export function parseNoFailoverPeer(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  if (!p.atWord('failover') || !p.atWord('peer', 1)) {
    p.reportAt(p.peek(), 'syntaxError', t('Expected `failover peer` after `no` but found {0} (dhcpd: "expecting \"failover peer\".").', p.describe(p.peek())));
    p.resync();
    return p.unknown(kw, parent);
  }
  p.next();
  p.next();
  const stmt: Statement = p.finish({ kind: 'parameter', keyword: p.keywords(kw, 'no failover peer'), info: findStatement('no failover peer'), values: [], terminated: true, parent, offset: kw.offset, length: 0 });
  const semi = p.peek();
  if (p.isPunct(semi, ';')) {
    p.next();
    p.reportAt(semi, 'syntaxError', t('dhcpd reads `no failover peer` without a `;`: this `;` is an empty statement it refuses (dhcpd: "expecting a parameter or declaration"). Write `no failover peer` directly followed by the next statement.'), [
      { title: t('Remove the `;`'), edits: [{ offset: semi.offset, length: semi.length, newText: '' }], preferred: true },
    ]);
  }
  return stmt;
}

export function parseFailover(p: ParserContext, parent: Block): Statement {
  const kw = p.next();
  if (!p.acceptWord('peer')) {
    p.expected('`peer`');
    p.resyncToBlockOrSemicolon();
    return p.unknown(kw, parent);
  }
  const nameTok = p.peek();
  let name: Name | undefined;
  if (nameTok.kind === TokenKind.String) {
    p.next();
    name = { offset: nameTok.offset, length: nameTok.length, text: nameTok.text, quoted: true };
  } else if (nameTok.kind === TokenKind.Word) {
    // dhcpd wants a string; an identifier is a mistake we report with the failover rules.
    p.next();
    name = { offset: nameTok.offset, length: nameTok.length, text: nameTok.text, quoted: false };
    if (isAtoiNumber(nameTok.text)) {
      // dhcpd's scanner reads it as a number, which is no name: the declaration is refused.
      p.reportAt(nameTok, 'syntaxError', t('A peer name cannot be a bare number: write it in double quotes, "{0}" (dhcpd: "expecting failover peer name.").', nameTok.text), [
        { title: t('Quote the name: "{0}"', nameTok.text), edits: [{ offset: nameTok.offset, length: nameTok.length, newText: `"${nameTok.text}"` }], preferred: true },
      ]);
    }
  } else {
    p.expected(t('a peer name in double quotes'));
    p.resyncToBlockOrSemicolon();
    return p.unknown(kw, parent);
  }
  const keyword = p.keywords(kw, 'failover peer');
  if (p.atPunct(';')) {
    p.next();
    return p.finish({ kind: 'failover-ref', keyword, name, terminated: true, parent, offset: kw.offset, length: 0 });
  }
  let state = false;
  if (p.acceptWord('state')) state = true;
  if (!p.atPunct('{')) {
    // `failover peer "x"` missing its `;` (in a pool) or its block.
    if (p.peek().lineBefore || p.atPunct('}')) {
      p.expectSemicolon();
      return p.finish({ kind: 'failover-ref', keyword, name, terminated: false, parent, offset: kw.offset, length: 0 });
    }
    p.expected(t('`;` or `{`'));
    p.resyncToBlockOrSemicolon();
    return p.unknown(kw, parent);
  }
  const body = p.parseBlock(kw, state ? (b) => parseFailoverStateStatement(p, b) : (b) => parseFailoverStatement(p, b));
  const stmt: FailoverPeer = p.finish({ kind: 'failover-peer', keyword, name, state, body, terminated: !!body?.closed, parent, offset: kw.offset, length: 0 });
  if (!state) p.peers.push(stmt);
  return stmt;
}

/** The statements of a peer block, with their multi-word keywords. */
function parseFailoverStatement(p: ParserContext, parent: Block): Statement | undefined {
  const first = p.peek();
  if (first.kind !== TokenKind.Word) {
    p.next();
    p.reportAt(first, 'failoverUnknownStatement', t('Unexpected {0} in a failover peer block (dhcpd: "invalid statement in peer declaration").', p.describe(first)));
    if (!p.isPunct(first, ';')) p.resync();
    return undefined;
  }
  const name = readFailoverKeyword(p);
  const info = findStatement(name.text, 'failover');
  if (!info) {
    reportUnknownFailover(p, name);
    p.resync();
    return p.finish({ kind: 'unknown', keyword: name, terminated: false, parent, offset: first.offset, length: 0 });
  }
  const values: Value[] = [];
  let ok = true;
  switch (info.name) {
    case 'primary':
    case 'secondary':
      break;
    case 'address':
    case 'peer address': {
      const v = p.readAddressOrHost(t('an IP address or host name'));
      if (v) values.push(v);
      else ok = false;
      break;
    }
    case 'hba': {
      const v = p.readHexList();
      if (v) values.push(v);
      else {
        p.expected(t('32 colon-separated hexadecimal bytes'));
        ok = false;
      }
      break;
    }
    default: {
      const v = readAtoiNumber(p);
      if (v) values.push(v);
      else ok = false;
    }
  }
  const terminated = p.endStatement(ok);
  return p.finish({ kind: 'failover-statement', keyword: name, info, values, terminated, parent, offset: first.offset, length: 0 });
}

/**
 * A number where dhcpd wants its NUMBER token and converts it with atoi: decimal digits, a
 * leading `-` allowed (`-` alone is 0). `0x1F`, `1e3` or `+5` are names to dhcpd's scanner.
 */
function readAtoiNumber(p: ParserContext): Value | undefined {
  const tok = p.peek();
  if (tok.kind === TokenKind.Word && isAtoiNumber(tok.text)) {
    p.next();
    return { kind: 'number', text: tok.text, offset: tok.offset, length: tok.length };
  }
  if (tok.kind === TokenKind.Word && /^-?0x[0-9a-f]*$/i.test(tok.text)) {
    p.reportAt(tok, 'invalidValue', t('dhcpd reads only decimal numbers here: `{0}` is refused (dhcpd: "expecting number").', tok.text));
    return undefined;
  }
  p.reportAt(tok, 'invalidValue', t('Expected {0} but found {1} (dhcpd: "expecting number").', t('a decimal number'), p.describe(tok)));
  return undefined;
}

/** Joins the words of a failover keyword the way dhcpd reads them: `peer address`, `load balance max seconds`. */
function readFailoverKeyword(p: ParserContext): Name {
  const first = p.next();
  const w = first.text.toLowerCase();
  const follow = (expected: string[]): string => {
    let text = w;
    for (const e of expected) {
      if (p.atWord(e)) text += ' ' + p.next().text.toLowerCase();
      else break;
    }
    return text;
  };
  let text = w;
  if (w === 'peer') {
    // `peer peer address`: dhcpd reads each `peer` as the same prefix (measured: accepted).
    let n = p.peek();
    const firstExtra = n;
    while (p.isWord(n, 'peer') && p.peek(1).kind === TokenKind.Word) {
      p.next();
      n = p.peek();
    }
    if (n !== firstExtra) {
      p.report('failoverPeerPrefixIgnored', firstExtra.offset, p.end - firstExtra.offset, t('`peer` is repeated: dhcpd reads it once.'), [
        { title: t('Remove the repeated `peer`'), edits: [{ offset: firstExtra.offset, length: n.offset - firstExtra.offset, newText: '' }], preferred: true },
      ]);
    }
    // dhcpd's scanner ignores line breaks and comments between the words.
    if (n.kind === TokenKind.Word && /^[a-z]/i.test(n.text)) {
      const next = n.text.toLowerCase();
      // dhcpd reads `peer` as a prefix it then ignores (`peer mclt 5;` is `mclt 5;`), except
      // for `peer address` and `peer port`.
      if (next !== 'address' && next !== 'port' && findStatement(next, 'failover')) {
        p.report('failoverPeerPrefixIgnored', first.offset, n.offset + n.length - first.offset, t('`peer {0}` is read as `{0}` by dhcpd: `peer` only goes with `address` and `port`.', next), [
          { title: t('Remove `peer`'), edits: [{ offset: first.offset, length: n.offset - first.offset, newText: '' }], preferred: true },
        ]);
        text = next;
        p.next();
        return p.keywords(n, text);
      }
      text = 'peer ' + p.next().text.toLowerCase();
    }
  }
  else if (w === 'load') {
    text = follow(['balance', 'max', 'seconds']);
    // A near miss (`load balance max secs`) is read whole, to be named whole.
    while (!text.endsWith('seconds') && p.peek().kind === TokenKind.Word && /^[a-z]/i.test(p.peek().text) && findStatement(p.peek().text.toLowerCase(), 'failover') === undefined) {
      text += ' ' + p.next().text.toLowerCase();
    }
  }
  else if (w === 'my' || w === 'partner') text = follow(['state']);
  return p.keywords(first, text);
}

function reportUnknownFailover(p: ParserContext, name: Name): void {
  const candidates = failoverNames();
  const guess = nearest(name.text, candidates);
  const fixes: Fix[] = [];
  let message = t('`{0}` is not a failover peer statement (dhcpd: "invalid statement in peer declaration").', name.text);
  if (guess) {
    message = t('`{0}` is not a failover peer statement; did you mean `{1}`? (dhcpd: "invalid statement in peer declaration")', name.text, guess);
    fixes.push({ title: t('Replace with `{0}`', guess), edits: [{ offset: name.offset, length: name.length, newText: guess }], preferred: true });
  }
  p.report('failoverUnknownStatement', name.offset, name.length, message, fixes);
}

/** `failover peer "x" state { my state normal at 1 2020/01/01 00:00:00; partner state ...; mclt N; }` */
function parseFailoverStateStatement(p: ParserContext, parent: Block): Statement | undefined {
  const first = p.next();
  const start = first.offset;
  const word = first.kind === TokenKind.Word ? first.text.toLowerCase() : '';
  const values: Value[] = [];
  const node = (keyword: Name, terminated: boolean, at?: Value): Statement =>
    p.finish({ kind: 'failover-state', keyword, values, at, terminated, parent, offset: start, length: 0 });
  if (word === 'mclt') {
    const v = readAtoiNumber(p);
    if (!v) {
      p.resync();
      return node(p.keyword(first, 'mclt'), false);
    }
    values.push(v);
    return node(p.keyword(first, 'mclt'), p.expectSemicolon());
  }
  if (word !== 'my' && word !== 'partner') {
    // dhcpd skips the rest of the block after p.
    p.reportAt(first, 'syntaxError', t('A peer state block holds only `my state`, `partner state` and `mclt`, not {0} (dhcpd: "expecting state setting.").', p.describe(first)));
    p.resyncToBlockEnd();
    return undefined;
  }
  if (!p.atWord('state')) {
    p.reportAt(p.peek(), 'syntaxError', t('Expected `state` after `{0}` but found {1} (dhcpd: "expecting \'state\'").', word, p.describe(p.peek())));
    p.resyncToBlockEnd();
    return undefined;
  }
  p.next();
  const keyword = p.keywords(first, `${word} state`);
  const stateTok = p.peek();
  if (stateTok.kind !== TokenKind.Word || !FAILOVER_STATES.has(stateTok.text.toLowerCase())) {
    p.reportAt(stateTok, 'invalidValue', t('{0} is not a failover state; one of: {1} (dhcpd: "unknown failover state").', p.describe(stateTok), [...FAILOVER_STATES].join(', ')));
    p.resync();
    return node(keyword, false);
  }
  p.next();
  values.push({ kind: 'name', text: stateTok.text.toLowerCase(), offset: stateTok.offset, length: stateTok.length });
  if (p.atPunct(';')) {
    p.next();
    return node(keyword, true);
  }
  if (!p.atWord('at')) {
    p.reportAt(p.peek(), 'syntaxError', t('Expected `;` or `at` and a date after the state but found {0} (dhcpd: "expecting \"at\"").', p.describe(p.peek())));
    p.resync();
    return node(keyword, false);
  }
  p.next();
  const at = readLeaseDate(p);
  if (!at) {
    p.resync();
    return node(keyword, false);
  }
  return node(keyword, p.expectSemicolon(), at);
}

/**
 * A date as dhcpd's parse_date_core reads it: `never`, `epoch N`, or
 * `W YYYY/MM/DD HH:MM:SS [TZOFFSET]` (numbers only, decimal).
 */
function readLeaseDate(p: ParserContext): Value | undefined {
  const start = p.peek().offset;
  const done = (): Value => ({ kind: 'other', text: p.slice(start, p.end), offset: start, length: p.end - start });
  if (p.atWord('never')) {
    p.next();
    return done();
  }
  // `what` as dhcpd words it (quoted in English), `label` as the message says it (translated).
  const num = (what: string, label: string): boolean => {
    const tok = p.peek();
    if (tok.kind === TokenKind.Word && isAtoiNumber(tok.text)) {
      p.next();
      return true;
    }
    p.reportAt(tok, 'invalidValue', t('Expected the {0} of the date but found {1} (dhcpd: "numeric {2} expected.").', label, p.describe(tok), what));
    return false;
  };
  const punct = (c: string, what: string): boolean => {
    if (p.atPunct(c)) {
      p.next();
      return true;
    }
    p.reportAt(p.peek(), 'invalidValue', t('Expected `{0}` {1} in the date but found {2}.', c, what, p.describe(p.peek())));
    return false;
  };
  if (p.atWord('epoch')) {
    p.next();
    const tok = p.peek();
    if (tok.kind === TokenKind.Word && isAtoiNumber(tok.text)) {
      p.next();
      return done();
    }
    p.reportAt(tok, 'invalidValue', t('Expected the seconds since the epoch but found {0} (dhcpd: "Seconds since epoch expected.").', p.describe(tok)));
    return undefined;
  }
  const ok = num('day of week', t('day of the week')) && num('year', t('year')) && punct('/', t('between year and month')) && num('month', t('month')) &&
    punct('/', t('between month and day')) && num('day of month', t('day of the month')) && num('hour', t('hour')) && punct(':', t('between hour and minute')) &&
    num('minute', t('minute')) && punct(':', t('between minute and second')) && num('second', t('second'));
  if (!ok) return undefined;
  const tz = p.peek();
  if (tz.kind === TokenKind.Word && isAtoiNumber(tz.text)) p.next();
  return done();
}
