/**
 * Whether the two servers of a pair serve the same configuration outside the failover peer
 * blocks. Both should (the ISC layout keeps that part in one shared file); a generated secondary
 * that lost bytes (an accented `option domain-name` decoded in the wrong encoding, say) would
 * silently hand out other values. Compared token by token, comments and layout aside, and as
 * bytes in each file's encoding, since dhcpd never decodes text.
 */
import { t } from '../l10n';
import { Scanner, TokenKind, type Token } from '../parser/scanner';
import type { Statement } from '../parser/nodes';
import type { Problem } from '../services/lintRules';
import { RULES } from '../services/lintRules';
import type { PairSource } from './generator';

export type Encoding = 'utf8' | 'latin1';

/** The spans that belong to one server: peer blocks and the statements that name a server. */
function ownSpans(src: PairSource): Array<{ offset: number; end: number }> {
  const own: Statement[] = [...src.peers, ...src.statements.filter((s) => s.kind !== 'failover-ref')];
  return own
    .filter((s) => s.offset < src.text.length)
    .map((s) => ({ offset: s.offset, end: s.offset + s.length }))
    .sort((x, y) => x.offset - y.offset);
}

/** The tokens outside comments and one-server spans, one at a time. */
function sharedTokens(src: PairSource): () => Token {
  const scanner = new Scanner(src.text);
  const spans = ownSpans(src);
  let i = 0;
  return () => {
    for (;;) {
      const tok = scanner.next();
      if (tok.kind === TokenKind.EOF) return tok;
      if (tok.kind === TokenKind.Comment) continue;
      while (i < spans.length && spans[i].end <= tok.offset) i++;
      if (i < spans.length && spans[i].offset <= tok.offset) continue;
      return tok;
    }
  };
}

function same(a: string, encA: Encoding, b: string, encB: Encoding): boolean {
  if (a !== b) return false;
  // Equal text, but outside ASCII the bytes depend on the encoding.
  return encA === encB || /^[\x00-\x7f]*$/.test(a);
}

/** At most one problem in each file: where the two start to differ. */
export function sharedDifference(a: PairSource, b: PairSource, names: { a: string; b: string }, encodings: { a: Encoding; b: Encoding }): { a: Problem[]; b: Problem[] } {
  const nextA = sharedTokens(a);
  const nextB = sharedTokens(b);
  for (;;) {
    const x = nextA();
    const y = nextB();
    if (x.kind === TokenKind.EOF && y.kind === TokenKind.EOF) return { a: [], b: [] };
    const tx = x.kind === TokenKind.EOF ? '' : a.text.slice(x.offset, x.offset + x.length);
    const ty = y.kind === TokenKind.EOF ? '' : b.text.slice(y.offset, y.offset + y.length);
    if (x.kind === y.kind && same(tx, encodings.a, ty, encodings.b)) continue;
    const label = (e: Encoding) => (e === 'utf8' ? 'UTF-8' : 'ISO-8859-1');
    const message = (here: string, there: string, other: string, encHere: Encoding, encThere: Encoding): string =>
      here === there
        ? t('From here on, the configuration differs from {0} outside the failover peer blocks: `{1}` is written in {2} here and in {3} there, and dhcpd hands out the bytes, so clients get different values. Save both files in one encoding.', other, here, label(encHere), label(encThere))
        : t('From here on, the configuration differs from {0} outside the failover peer blocks: `{1}` here, `{2}` there. Both servers must serve the same subnets, pools, hosts and options (dhcpd-conf split keeps them in one shared file).', other, here || t('end of file'), there || t('end of file'));
    const problem = (src: PairSource, tok: Token, text: string, msg: string): Problem => ({
      rule: 'pairSharedDiffers',
      severity: RULES.pairSharedDiffers,
      message: msg,
      offset: tok.kind === TokenKind.EOF ? src.text.length : tok.offset,
      length: text.length,
    });
    return {
      a: [problem(a, x, tx, message(tx, ty, names.b, encodings.a, encodings.b))],
      b: [problem(b, y, ty, message(ty, tx, names.a, encodings.b, encodings.a))],
    };
  }
}
