/**
 * The outline of a configuration (document symbols) and the declarations of every open file
 * (workspace symbols): peers, networks, subnets, pools, hosts, groups, classes, keys and zones.
 */
import type { LineDocument } from '../base/textDocument';
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver-types';
import type { Analysis } from '../model/analysis';
import { FILE_STRIDE } from '../model/analysis';
import type { Block, Span, Statement, Value } from '../parser/nodes';
import { ipv4ToNumber } from '../base/addresses';
import { peerName, summarizePeer } from '../model/peer';
import { rangeOf } from './lspAdapters';

interface Entry {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKind;
  readonly selection: Span;
}

/** `10.0.0.0/24`, or the netmask written out when it is not a prefix. */
export function subnetName(network: Value, netmask?: Value): string {
  if (!netmask) return network.text;
  const mask = ipv4ToNumber(netmask.text);
  if (mask !== undefined) {
    const bits = mask.toString(2).padStart(32, '0');
    if (/^1*0*$/.test(bits)) return `${network.text}/${bits.indexOf('0') < 0 ? 32 : bits.indexOf('0')}`;
  }
  return `${network.text} netmask ${netmask.text}`;
}

function rangeText(s: Statement): string | undefined {
  if (s.kind === 'range' || s.kind === 'range6' || s.kind === 'prefix6') {
    if (!s.low) return undefined;
    const span = s.high ? `${s.low.text}–${s.high.text}` : s.low.text;
    return s.kind === 'prefix6' && s.prefixLength ? `${span} /${s.prefixLength.text}` : span;
  }
  return undefined;
}

/** What a pool (or a subnet) hands out: its peer and its ranges. */
function poolDetail(body: Block | undefined): string | undefined {
  const parts: string[] = [];
  for (const s of body?.statements ?? []) {
    if (s.kind === 'failover-ref') parts.push(`failover peer "${peerName(s)}"`);
    const r = rangeText(s);
    if (r) parts.push(r);
  }
  return parts.length ? parts.join(', ') : undefined;
}

function valuesOf(body: Block | undefined, keywords: string[], pick: (values: Value[]) => Value[]): string[] {
  const out: string[] = [];
  for (const s of body?.statements ?? []) {
    if (s.kind === 'parameter' && keywords.includes(s.keyword.text)) out.push(...pick(s.values).map((v) => v.text));
  }
  return out;
}

function hostDetail(body: Block | undefined): string | undefined {
  // hardware's first value is the type (`ethernet`), the second the address.
  const parts = [
    ...valuesOf(body, ['hardware'], (v) => v.slice(1)),
    ...valuesOf(body, ['host-identifier'], (v) => v.slice(-1)),
    ...valuesOf(body, ['fixed-address', 'fixed-address6', 'fixed-prefix6'], (v) => v),
  ];
  return parts.length ? parts.join(', ') : undefined;
}

/** A name the outline can show: VS Code refuses empty symbol names. */
function nonEmpty(text: string | undefined, fallback: string): string {
  return text && text.trim() ? text : fallback;
}

/** The outline entry of a statement, or undefined for statements that are not declarations. */
function entryOf(s: Statement): Entry | undefined {
  switch (s.kind) {
    case 'failover-peer':
      return {
        name: nonEmpty(peerName(s), 'failover peer'),
        detail: s.state ? 'state' : summarizePeer(s).role,
        kind: SymbolKind.Interface,
        selection: s.name ?? s.keyword,
      };
    case 'shared-network':
      return { name: nonEmpty(s.name?.text, 'shared-network'), kind: SymbolKind.Namespace, selection: s.name ?? s.keyword };
    case 'subnet': {
      if (!s.network) return { name: 'subnet', kind: SymbolKind.Module, selection: s.keyword };
      const end = s.netmask ?? s.network;
      return {
        name: subnetName(s.network, s.netmask),
        detail: poolDetail(s.body),
        kind: SymbolKind.Module,
        selection: { offset: s.network.offset, length: end.offset + end.length - s.network.offset },
      };
    }
    case 'subnet6':
      return { name: nonEmpty(s.prefix?.text, 'subnet6'), detail: poolDetail(s.body), kind: SymbolKind.Module, selection: s.prefix ?? s.keyword };
    case 'pool':
    case 'pool6':
      return { name: s.kind, detail: poolDetail(s.body), kind: SymbolKind.Array, selection: s.keyword };
    case 'host':
      return { name: nonEmpty(s.name?.text, 'host'), detail: hostDetail(s.body), kind: SymbolKind.Object, selection: s.name ?? s.keyword };
    case 'group':
      return { name: nonEmpty(s.name?.text, 'group'), kind: SymbolKind.Package, selection: s.name ?? s.keyword };
    case 'class':
      return { name: nonEmpty(s.name?.text, 'class'), kind: SymbolKind.Class, selection: s.name ?? s.keyword };
    case 'subclass':
      return {
        name: nonEmpty(s.name?.text, s.keyword.text),
        detail: s.match ? `${s.keyword.text} ${s.match.kind === 'string' ? `"${s.match.text}"` : s.match.text}` : s.keyword.text,
        kind: SymbolKind.Class,
        selection: s.name ?? s.keyword,
      };
    case 'key':
      // `key x;` inside a zone is a reference, not a declaration.
      if (!s.body) return undefined;
      return { name: nonEmpty(s.name?.text, 'key'), detail: valuesOf(s.body, ['algorithm'], (v) => v)[0], kind: SymbolKind.Key, selection: s.name ?? s.keyword };
    case 'zone': {
      const primary = valuesOf(s.body, ['primary', 'primary6'], (v) => v);
      return { name: nonEmpty(s.name?.text, 'zone'), detail: primary.length ? primary.join(', ') : undefined, kind: SymbolKind.Namespace, selection: s.name ?? s.keyword };
    }
    default:
      return undefined;
  }
}

/** The hierarchical outline of the document itself (included files have their own). */
export function documentSymbols(doc: LineDocument, analysis: Analysis): DocumentSymbol[] {
  const visit = (block: Block, out: DocumentSymbol[]): void => {
    for (const s of block.statements) {
      if (s.offset >= FILE_STRIDE) continue;
      const entry = entryOf(s);
      if (!entry) {
        // `if`, `on commit`, … are not declarations, but what they hold may be.
        if (s.body) visit(s.body, out);
        continue;
      }
      const children: DocumentSymbol[] = [];
      if (s.body) visit(s.body, children);
      out.push({
        name: entry.name,
        detail: entry.detail,
        kind: entry.kind,
        range: rangeOf(doc, s.offset, s.length),
        selectionRange: rangeOf(doc, entry.selection.offset, entry.selection.length),
        children,
      });
    }
  };
  const out: DocumentSymbol[] = [];
  visit(analysis.document.body, out);
  return out;
}

/** Whether the letters of `query` appear in `name` in order, ignoring case (`dfo` finds `dhcp-failover`). */
export function matchesSubsequence(query: string, name: string): boolean {
  const q = query.toLowerCase();
  const n = name.toLowerCase();
  let i = 0;
  for (let j = 0; i < q.length && j < n.length; j++) if (n[j] === q[i]) i++;
  return i === q.length;
}

export interface OpenAnalysis {
  readonly uri: string;
  readonly doc: LineDocument;
  readonly analysis: Analysis;
}

/** The declarations of every open file whose name matches the query. */
export function workspaceSymbols(query: string, analyses: readonly OpenAnalysis[]): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const { uri, doc, analysis } of analyses) {
    const walk = (symbols: DocumentSymbol[], container?: string): void => {
      for (const s of symbols) {
        if (matchesSubsequence(query, s.name)) {
          out.push({ name: s.name, kind: s.kind, location: { uri, range: s.range }, ...(container !== undefined ? { containerName: container } : {}) });
        }
        if (s.children) walk(s.children, s.name);
      }
    };
    walk(documentSymbols(doc, analysis));
  }
  return out;
}
