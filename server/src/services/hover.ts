/**
 * Hover: the documentation of the keyword, option or permit under the cursor, in the user's
 * language, and summaries of what a reference points to (a failover peer, a range's subnet).
 */
import type { LineDocument } from '../base/textDocument';
import type { Hover, Position } from 'vscode-languageserver-types';
import { MarkupKind } from 'vscode-languageserver-types';
import { findOption, findPermit, findStatement, defaultSpace } from '../knowledge';
import type { Lang } from '../knowledge/types';
import { inLanguage } from '../base/l10n';
import type { Analysis } from '../model/analysis';
import type { FailoverPeer, Statement } from '../parser/nodes';
import { ancestors } from '../parser/nodes';
import { optionDoc, permitDoc, statementDoc } from './docs';
import { DEFAULT_FAILOVER_PORT, firstValue, numberOf, peerName, summarizePeer } from '../model/peer';
import { statementAt, within } from './locate';
import { rangeOf } from './lspAdapters';
import { describeFormat } from '../parser/values';
import { STATE_BLOCK, STATE_BLOCK_STATEMENTS } from '../knowledge/statements';

function markdown(doc: LineDocument, value: string, span?: { offset: number; length: number }): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: span ? rangeOf(doc, span.offset, span.length) : undefined };
}

/** A summary of a peer declaration: role, endpoints, mclt/split. */
export function peerSummary(peer: FailoverPeer, lang: Lang): string {
  const s = summarizePeer(peer);
  const l10n = inLanguage(lang);
  const addr = firstValue(s, 'address')?.text ?? '?';
  const port = numberOf(firstValue(s, 'port')) ?? DEFAULT_FAILOVER_PORT;
  const peerAddr = firstValue(s, 'peer address')?.text ?? '?';
  const peerPort = numberOf(firstValue(s, 'peer port')) ?? DEFAULT_FAILOVER_PORT;
  const extra: string[] = [];
  for (const k of ['mclt', 'split', 'hba', 'load balance max seconds']) {
    const v = firstValue(s, k);
    if (v) extra.push(`${k} ${v.text}`);
  }
  return [
    `**${l10n.t('Failover peer')} "${s.name}"** — ${l10n.t('role')}: \`${s.role}\``,
    `\`${addr}:${port}\` ↔ \`${peerAddr}:${peerPort}\``,
    extra.length ? extra.map((e) => `\`${e}\``).join(' · ') : '',
  ].filter(Boolean).join('\n\n');
}

function statementInfoFor(s: Statement) {
  // `failover peer "x" state { }` and its statements have their own docs: `mclt` there is the
  // reverse of `mclt` in the peer block.
  if (s.kind === 'failover-peer' && s.state) return STATE_BLOCK;
  const owner = s.parent.owner;
  if (owner.kind === 'failover-peer' && owner.state) {
    const word = s.keyword.text;
    const name = word === 'my' || word === 'partner' ? `${word} state` : word;
    const info = STATE_BLOCK_STATEMENTS.find((x) => x.name === name || x.name === word);
    if (info) return info;
  }
  if (s.keyword.text === 'no failover peer' || (s.keyword.text === 'no' && (owner.kind === 'pool'))) return findStatement('no failover peer');
  if (s.kind === 'failover-statement' || s.kind === 'parameter') return s.info ?? findStatement(s.keyword.text);
  if (s.kind === 'failover-ref' || s.kind === 'failover-peer') return findStatement('failover peer', 'declaration') ?? findStatement('failover peer');
  if (s.kind === 'zone' && s.parent.owner.kind === 'zone') return findStatement('key', 'zone');
  const list = [s.keyword.text];
  for (const name of list) {
    const info = findStatement(name, 'declaration') ?? findStatement(name);
    if (info) return info;
  }
  return undefined;
}

function networkOf(s: Statement, lang: Lang): string[] {
  const l10n = inLanguage(lang);
  const out: string[] = [];
  for (const a of ancestors(s)) {
    if (a.kind === 'pool') {
      const ref = a.body?.statements.find((x) => x.kind === 'failover-ref');
      out.push(`${l10n.t('Pool')}${ref ? ` (failover peer "${peerName(ref as { name?: { text: string; quoted: boolean; offset: number; length: number } })}")` : ''}`);
    } else if (a.kind === 'subnet' && a.network && a.netmask) out.push(`${l10n.t('Subnet')} \`${a.network.text} netmask ${a.netmask.text}\``);
    else if (a.kind === 'subnet6' && a.prefix) out.push(`${l10n.t('Subnet')} \`${a.prefix.text}\``);
    else if (a.kind === 'shared-network' && a.name) out.push(`${l10n.t('Shared network')} "${a.name.text}"`);
    else if (a.kind === 'host' && a.name) out.push(`${l10n.t('Host')} "${a.name.text}"`);
  }
  return out;
}

export function hover(doc: LineDocument, analysis: Analysis, position: Position, lang: Lang): Hover | null {
  const offset = doc.offsetAt(position);
  const tree = analysis.documentAt(offset);
  const s = statementAt(tree, offset);
  if (!s) return null;
  const l10n = inLanguage(lang);
  // Option name or option value
  if (s.kind === 'option') {
    const o = s.info ?? (s.optionName ? findOption(defaultSpace(analysis.family), s.optionName.text) : undefined);
    if (o && within(s.optionName, offset)) return markdown(doc, optionDoc(o, lang), s.optionName);
    const v = s.values.find((x) => within(x, offset));
    if (o && v) return markdown(doc, `${l10n.t('Value of')} **option ${o.name}**: \`${o.type || describeFormat(o.format)}\``, v);
    if (within(s.keyword, offset)) {
      const info = findStatement('option');
      if (info) return markdown(doc, statementDoc(info, lang), s.keyword);
    }
    return null;
  }
  if (s.kind === 'failover-ref' && within(s.name, offset)) {
    const name = peerName(s);
    const peer = tree.peers.find((p) => peerName(p) === name && p.offset < s.offset);
    return markdown(doc, peer ? peerSummary(peer, lang) : l10n.t('No failover peer of this name is declared before this pool.'), s.name);
  }
  if (s.kind === 'permit' && within(s.permit, offset) && s.permit) {
    const inPool = s.parent.owner.kind === 'pool' || s.parent.owner.kind === 'pool6';
    const p = findPermit(s.permit.text, inPool ? 'pool' : 'scope') ?? findPermit(s.permit.text, inPool ? 'scope' : 'pool');
    if (p) return markdown(doc, permitDoc(p, s.verb, lang), s.permit);
  }
  if ((s.kind === 'range' || s.kind === 'range6') && !within(s.keyword, offset)) {
    const where = networkOf(s, lang);
    if (where.length) return markdown(doc, where.join('  \n'), { offset: s.offset, length: s.length });
  }
  if (s.kind === 'parameter' && (s.keyword.text === 'fixed-address' || s.keyword.text === 'fixed-address6') && !within(s.keyword, offset)) {
    const where = networkOf(s, lang);
    const v = s.values.find((x) => within(x, offset));
    if (v) return markdown(doc, [`\`${v.text}\``, ...where].join('  \n'), v);
  }
  if (within(s.keyword, offset)) {
    const info = statementInfoFor(s);
    if (info) {
      let text = statementDoc(info, lang);
      if (s.kind === 'failover-ref') {
        const name = peerName(s);
        const peer = tree.peers.find((p) => peerName(p) === name);
        if (peer) text = peerSummary(peer, lang) + '\n\n---\n\n' + text;
      }
      return markdown(doc, text, s.keyword);
    }
  }
  if (s.kind === 'failover-peer' && within(s.name, offset)) return markdown(doc, peerSummary(s, lang), s.name);
  return null;
}
