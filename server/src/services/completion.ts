/**
 * Completion that knows where the cursor is: the statements of the enclosing block, option
 * names after `option`, declared peer names inside `failover peer "`, closed sets of values,
 * and whole-block snippets with the file's peer name filled in.
 */
import type { LineDocument } from '../base/textDocument';
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver-types';
import { findOption, findStatement, HARDWARE_TYPES, optionsOfFamily, PERMITS, PRIMARY_ONLY_FAILOVER_STATEMENTS, STATEMENTS } from '../knowledge';
import type { Family, Lang, Scope, StatementInfo } from '../knowledge/types';
import type { Analysis } from '../model/analysis';
import { Scanner, TokenKind, type Token } from '../parser/scanner';
import { describeFormat } from '../parser/values';
import { optionDoc, permitDoc, statementDoc } from './docs';
import { peerName, summarizePeer } from '../model/peer';
import { blockAt } from './locate';
import type { Block, Document } from '../parser/nodes';
import { declarationScope, scopeOf } from './rules/scopes';
import { t } from '../base/l10n';
import { offsetInBlock } from '../parser/shift';

interface ItemData {
  readonly type: 'statement' | 'option' | 'permit';
  readonly name: string;
  readonly space?: string;
  readonly kind?: StatementInfo['kind'];
  readonly where?: 'pool' | 'scope';
  readonly verb?: string;
}

const BOOLEAN_VALUES = ['on', 'off', 'true', 'false'];

/** The tokens of the statement being typed: `text` starts at `blockStart` and ends at the cursor. */
function statementPrefix(text: string, blockStart: number): { tokens: Token[]; partial: string; inString: boolean } {
  const offset = blockStart + text.length;
  // Start after the last `;`, `{` or `}` before the cursor (strings and comments skipped by the scanner).
  const scanner = new Scanner(text, blockStart);
  let tokens: Token[] = [];
  for (;;) {
    const tok = scanner.next();
    if (tok.kind === TokenKind.EOF) break;
    if (tok.kind === TokenKind.Comment) {
      if (tok.offset + tok.length >= offset) return { tokens: [], partial: '', inString: false };
      continue;
    }
    if (tok.kind === TokenKind.Punct && (tok.text === ';' || tok.text === '{' || tok.text === '}')) tokens = [];
    else tokens.push(tok);
  }
  let partial = '';
  let inString = false;
  const last = tokens[tokens.length - 1];
  if (last && last.offset + last.length === offset) {
    if (last.kind === TokenKind.Word) {
      partial = last.text;
      tokens = tokens.slice(0, -1);
    } else if (last.kind === TokenKind.String && last.unterminated) {
      inString = true;
      partial = last.text;
      tokens = tokens.slice(0, -1);
    }
  }
  return { tokens, partial, inString };
}

/** The end of the last statement of `block` that ends, with its `;` or `}`, before `offset`. */
function lastFinishedBefore(block: Block, offset: number): number | undefined {
  const list = block.statements;
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offsetInBlock(block, mid) + list[mid].length <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const s = list[found];
  return s && s.terminated ? s.offset + s.length : undefined;
}

function words(tokens: Token[]): string[] {
  return tokens.map((t) => (t.kind === TokenKind.Word ? t.text.toLowerCase() : t.text));
}

function statementItem(info: StatementInfo, lang: Lang, sortPrefix: string): CompletionItem {
  return {
    label: info.name,
    kind: info.kind === 'declaration' ? CompletionItemKind.Struct : info.kind === 'executable' ? CompletionItemKind.Function : CompletionItemKind.Property,
    detail: info.syntax,
    sortText: sortPrefix + info.name,
    data: { type: 'statement', name: info.name, kind: info.kind } satisfies ItemData,
    documentation: undefined,
    filterText: info.name,
  };
}

function familyOk(info: StatementInfo, family: Family): boolean {
  return info.family === 'both' || info.family === family;
}

/** Completion at a position; each item remembers the documentation language for its resolve. */
export function completion(doc: LineDocument, analysis: Analysis, position: Position, lang: Lang): CompletionList {
  const list = completionItems(doc, analysis, position, lang);
  for (const item of list.items) if (item.data) item.data = { ...(item.data as object), lang };
  return list;
}

function completionItems(doc: LineDocument, analysis: Analysis, position: Position, lang: Lang): CompletionList {
  const offset = doc.offsetAt(position);
  const tree = analysis.documentAt(offset);
  const block = blockAt(tree, offset);
  const blockStart = block.owner.kind === 'document' ? 0 : block.offset + 1;
  // Scan from the end of the last finished statement before the cursor, not from the block's
  // start: at the top level of 100,000 hosts that would rescan megabytes at each keystroke.
  const scanStart = lastFinishedBefore(block, offset) ?? blockStart;
  const { tokens, inString } = statementPrefix(doc.getText({ start: doc.positionAt(scanStart), end: position }), scanStart);
  const w = words(tokens);
  const scope = scopeOf(block);
  const items: CompletionItem[] = [];
  const family = analysis.family;

  // failover peer "|
  if (w.length === 2 && w[0] === 'failover' && w[1] === 'peer') {
    const inPool = scope === 'pool' || scope === 'pool6' || scope === 'shared-network';
    const seen = new Set<string>();
    for (const p of tree.peers) {
      const name = peerName(p);
      if (!name || seen.has(name) || (inPool && p.offset > offset)) continue;
      seen.add(name);
      const summary = summarizePeer(p);
      items.push({
        label: name,
        kind: CompletionItemKind.Reference,
        detail: `failover peer (${summary.role})`,
        insertText: inString ? name : `"${name}"`,
      });
    }
    return { isIncomplete: false, items };
  }
  if (inString) return { isIncomplete: false, items };

  // option |  / option space.|
  if (w[0] === 'option' || (['supersede', 'default', 'prepend', 'append', 'send'].includes(w[0] ?? '') && w.length <= 1)) {
    if (w.length === 1) {
      for (const o of optionsOfFamily(family)) {
        const label = o.space === 'dhcp' ? o.name : `${o.space}.${o.name}`;
        items.push({
          label,
          kind: CompletionItemKind.Field,
          detail: `${o.type || 'zero-length'} — code ${o.code}`,
          data: { type: 'option', name: o.name, space: o.space } satisfies ItemData,
        });
      }
      if (w[0] === 'option') items.push({ label: 'space', kind: CompletionItemKind.Keyword, detail: 'option space NAME;' });
      return { isIncomplete: false, items };
    }
    // After the name: the values of a boolean option.
    if (w.length === 2) {
      const o = findOption(family === 6 ? 'dhcp6' : 'dhcp', w[1]);
      if (o?.format === 'f') return valuesList(BOOLEAN_VALUES, 'boolean');
    }
    return { isIncomplete: false, items };
  }

  if (w.length >= 1 && ['allow', 'deny', 'ignore'].includes(w[0])) {
    if (w.length > 1) return { isIncomplete: false, items };
    const where = scope === 'pool' || scope === 'pool6' ? 'pool' : 'scope';
    for (const p of PERMITS) {
      // PermitInfo.where says where: `unknown-clients` has an entry on each side, so it is listed once.
      if (p.where !== where) continue;
      const snippet = p.argument === 'class-name' ? `${p.name} "\${1}"` : p.argument === 'date' ? `${p.name} \${1:4 2030/01/01 00:00:00}` : p.name;
      items.push({
        label: p.name,
        kind: CompletionItemKind.EnumMember,
        insertText: snippet,
        insertTextFormat: InsertTextFormat.Snippet,
        data: { type: 'permit', name: p.name, where: p.where, verb: w[0] } satisfies ItemData,
      });
    }
    return { isIncomplete: false, items };
  }

  if (w.length === 1) {
    const word = w[0];
    if (word === 'hardware') return valuesList(HARDWARE_TYPES, 'hardware type');
    const info = findStatement(word, 'parameter');
    if (info?.values?.length) return valuesList(info.values, info.name);
    if (info?.format === 'f') return valuesList(BOOLEAN_VALUES, info.name);
    if (info?.format !== undefined) {
      // Show the expected form (signature-help style) for values that cannot be listed.
      return { isIncomplete: false, items: [{ label: info.syntax, kind: CompletionItemKind.Text, insertText: '', detail: describeFormat(info.format), filterText: ' ' }] };
    }
    if (word === 'range' || word === 'subnet' || word === 'range6' || word === 'subnet6' || word === 'hba') {
      const form = findStatement(word, 'declaration') ?? findStatement(word);
      if (form) return { isIncomplete: false, items: [{ label: form.syntax, kind: CompletionItemKind.Text, insertText: '', detail: t('expected form'), filterText: ' ' }] };
    }
  }
  if (w.length > 0) {
    // The expected form of a failover value: `hba |`, `split |`, `mclt |`...
    if (scope === 'failover-peer') {
      const info = STATEMENTS.find((s) => s.kind === 'failover' && s.name === w.join(' '));
      if (info && !['primary', 'secondary'].includes(info.name)) {
        const range = info.range ? ` (${info.range[0]}–${info.range[1]})` : '';
        return { isIncomplete: false, items: [{ label: info.syntax, kind: CompletionItemKind.Text, insertText: '', detail: t('expected form') + range, filterText: ' ' }] };
      }
      // failover multi-word keywords: `peer |`, `load balance |`...
      return failoverContinuations(w, lang);
    }
    return { isIncomplete: false, items };
  }

  // The start of a statement: what the enclosing block takes.
  if (scope === 'failover-peer') return failoverStatementItems(block, lang);
  const declScope = scope === 'conditional' ? declarationScope(block) : scope;
  if (scope === 'key') return statementsOf('key', lang, family);
  if (scope === 'zone') return { isIncomplete: false, items: STATEMENTS.filter((s) => s.kind === 'zone').map((s) => statementItem(s, lang, '1')) };
  const list = STATEMENTS.filter(
    (s) => s.kind !== 'failover' && s.kind !== 'zone' && familyOk(s, family) && s.scopes.includes(declScope) && !(s.scopes.length === 1 && s.scopes[0] === 'key'),
  ).map((s) => statementItem(s, lang, s.kind === 'declaration' ? '1' : '2'));
  items.push(...list);
  items.push(...snippets(tree, declScope));
  return { isIncomplete: false, items };
}

function statementsOf(scope: Scope, lang: Lang, family: Family): CompletionList {
  return { isIncomplete: false, items: STATEMENTS.filter((s) => s.scopes.includes(scope) && familyOk(s, family)).map((s) => statementItem(s, lang, '1')) };
}

function valuesList(values: readonly string[], detail: string): CompletionList {
  return { isIncomplete: false, items: values.map((v) => ({ label: v, kind: CompletionItemKind.Value, detail })) };
}

/** Inside a peer block: its statements, those not present yet first; never the primary-only ones on a secondary. */
function failoverStatementItems(block: import('../parser/nodes').Block, lang: Lang): CompletionList {
  const owner = block.owner;
  const present = new Set<string>();
  let role: 'primary' | 'secondary' | undefined;
  if (owner.kind === 'failover-peer') {
    const s = summarizePeer(owner);
    for (const k of s.statements.keys()) present.add(k);
    role = s.roleGiven ? s.role : undefined;
  }
  const items: CompletionItem[] = [];
  for (const info of STATEMENTS) {
    if (info.kind !== 'failover') continue;
    if ((info.name === 'primary' || info.name === 'secondary') && role) continue;
    if (role === 'secondary' && PRIMARY_ONLY_FAILOVER_STATEMENTS.has(info.name)) continue;
    const item = statementItem(info, lang, present.has(info.name) ? '9' : '1');
    item.insertText = info.name === 'primary' || info.name === 'secondary' ? `${info.name};` : `${info.name} `;
    items.push(item);
  }
  return { isIncomplete: false, items };
}

function failoverContinuations(w: string[], lang: Lang): CompletionList {
  const typed = w.join(' ');
  const items: CompletionItem[] = [];
  for (const info of STATEMENTS) {
    if (info.kind !== 'failover' || !info.name.startsWith(typed + ' ')) continue;
    const rest = info.name.slice(typed.length + 1);
    const item = statementItem(info, lang, '1');
    item.label = rest;
    item.insertText = rest + ' ';
    items.push(item);
  }
  return { isIncomplete: false, items };
}

/** Whole-block snippets, with the peer name of the file filled in. */
function snippets(tree: Document, scope: Scope): CompletionItem[] {
  const peer = tree.peers.map((p) => peerName(p)).find(Boolean) ?? 'dhcp-failover';
  const out: CompletionItem[] = [];
  const add = (label: string, detail: string, body: string): void => {
    out.push({ label, kind: CompletionItemKind.Snippet, detail, insertText: body, insertTextFormat: InsertTextFormat.Snippet, sortText: '0' + label });
  };
  if (scope === 'subnet' || scope === 'shared-network') {
    add('pool-failover', 'pool { failover peer; range }', `pool {\n\tfailover peer "\${1:${peer}}";\n\trange \${2:10.0.0.100} \${3:10.0.0.200};\n}`);
  }
  if (scope === 'global' || scope === 'shared-network' || scope === 'group') {
    add('subnet-failover', 'subnet with routers, mask and a failover pool', `subnet \${1:10.0.0.0} netmask \${2:255.255.255.0} {\n\toption routers \${3:10.0.0.1};\n\toption subnet-mask \${2};\n\tpool {\n\t\tfailover peer "\${4:${peer}}";\n\t\trange \${5:10.0.0.100} \${6:10.0.0.200};\n\t}\n}`);
  }
  if (scope === 'global' || scope === 'shared-network') {
    add('failover-primary', 'failover peer block for the primary', `failover peer "\${1:${peer}}" {\n\tprimary;\n\taddress \${2:10.0.0.1};\n\tport \${3:647};\n\tpeer address \${4:10.0.0.2};\n\tpeer port \${5:647};\n\tmax-response-delay \${6:30};\n\tmax-unacked-updates \${7:10};\n\tload balance max seconds \${8:3};\n\tmclt \${9:1800};\n\tsplit \${10:128};\n}`);
    add('failover-secondary', 'failover peer block for the secondary', `failover peer "\${1:${peer}}" {\n\tsecondary;\n\taddress \${2:10.0.0.2};\n\tport \${3:647};\n\tpeer address \${4:10.0.0.1};\n\tpeer port \${5:647};\n\tmax-response-delay \${6:30};\n\tmax-unacked-updates \${7:10};\n\tload balance max seconds \${8:3};\n}`);
  }
  return out;
}

export function resolveCompletion(item: CompletionItem, fallback: Lang): CompletionItem {
  const data = item.data as (ItemData & { lang?: Lang }) | undefined;
  if (!data) return item;
  const lang = data.lang ?? fallback;
  let value: string | undefined;
  if (data.type === 'statement') {
    const info = STATEMENTS.find((s) => s.name === data.name && (!data.kind || s.kind === data.kind));
    if (info) value = statementDoc(info, lang);
  } else if (data.type === 'option' && data.space) {
    const o = findOption(data.space, data.name);
    if (o) value = optionDoc(o, lang);
  } else if (data.type === 'permit') {
    const p = PERMITS.find((x) => x.name === data.name && x.where === data.where);
    if (p) value = permitDoc(p, data.verb ?? 'allow', lang);
  }
  return value ? { ...item, documentation: { kind: MarkupKind.Markdown, value } } : item;
}
