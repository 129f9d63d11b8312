/**
 * Generates the other server of a failover pair from one configuration: the secondary from the
 * primary ("master"), or the primary from a secondary. A pure function over the AST that edits the
 * text: comments, blank lines, indentation and everything outside the failover peer blocks stay
 * byte for byte; inside each peer block only the role, the endpoints and the primary-only
 * statements change.
 */
import * as path from 'node:path';
import { t } from '../l10n';
import { fileIndexOf, type Analysis } from '../languageService';
import type { Block, FailoverPeer, FailoverStatement, Statement } from '../parser/nodes';
import { forEachStatement } from '../parser/nodes';
import { DEFAULT_FAILOVER_PORT, SERVER_SPECIFIC_STATEMENTS, deleteStatement, firstValue, numberOf, peerName, summarizePeer, type PeerSummary } from '../services/failoverRules';
import type { Edit } from '../services/lintRules';
import { applyEdits } from '../services/lspAdapters';

export type Role = 'primary' | 'secondary';

export interface GenerateOptions {
  /** The file the result is generated from, named in the header comment. */
  readonly sourceName: string;
  /** The role of the generated configuration. */
  readonly target: Role;
}

export interface GenerateResult {
  readonly text: string;
  /** Things the user must look at: server-specific statements, values that could not be derived. */
  readonly notes: string[];
  /** The names of the peers that were turned around. */
  readonly peers: string[];
}

export class GenerateError extends Error {}


function lineIndentBefore(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const indent = text.slice(lineStart, offset);
  return /^[ \t]*$/.test(indent) ? indent : '  ';
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The end of the line a statement ends on (after its trailing comment, before the line break). */
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl < 0 ? text.length : nl;
  return text[end - 1] === '\r' ? end - 1 : end;
}

/** Replaces words about the role in the comment on the same line as the role statement. */
function adjustRoleComment(text: string, s: Statement, to: Role, edits: Edit[]): void {
  const start = s.offset + s.length;
  const end = lineEnd(text, start);
  const rest = text.slice(start, end);
  const hash = rest.indexOf('#');
  if (hash < 0) return;
  const commentStart = start + hash;
  const comment = text.slice(commentStart, end);
  const words: Array<[RegExp, string]> =
    to === 'secondary'
      ? [[/primary/gi, 'secondary'], [/primaire/gi, 'secondaire'], [/master/gi, 'slave'], [/ma[îi]tre/gi, 'esclave']]
      : [[/secondary/gi, 'primary'], [/secondaire/gi, 'primaire'], [/slave/gi, 'master'], [/esclave/gi, 'maître']];
  let out = comment;
  for (const [re, word] of words) out = out.replace(re, (m) => matchCase(m, word));
  if (out !== comment) edits.push({ offset: commentStart, length: comment.length, newText: out });
}

function matchCase(original: string, word: string): string {
  if (original === original.toUpperCase()) return word.toUpperCase();
  if (original[0] === original[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

function valueEdit(s: FailoverStatement | undefined, value: string): Edit | undefined {
  const v = s?.values[0];
  if (!v || v.text === value) return undefined;
  return { offset: v.offset, length: v.length, newText: value };
}

/** Inserts lines after a statement (on their own lines, with its indentation). */
function insertAfter(text: string, after: Statement, lines: string[]): Edit {
  const stop = after.offset + after.length;
  const end = lineEnd(text, stop);
  // The block closes on this very line (`{ a; b; }`): insert inline, before the `}`.
  const close = text.indexOf('}', stop);
  if (close >= 0 && close < end && !text.slice(stop, close).includes('#')) {
    // A comment would swallow the `}`: inline statements go without theirs.
    return { offset: stop, length: 0, newText: lines.map((l) => ' ' + l.replace(/\s*#.*$/, '')).join('') };
  }
  const indent = lineIndentBefore(text, after.offset);
  const eol = eolOf(text);
  return { offset: end, length: 0, newText: lines.map((l) => eol + indent + l).join('') };
}

/** Inserts lines at the start of a block. */
function insertAtStart(text: string, block: Block, lines: string[]): Edit {
  const first = block.statements[0];
  const eol = eolOf(text);
  if (first) {
    const indent = lineIndentBefore(text, first.offset);
    const lineStart = text.lastIndexOf('\n', first.offset - 1) + 1;
    if (/^[ \t]*$/.test(text.slice(lineStart, first.offset))) return { offset: lineStart, length: 0, newText: lines.map((l) => indent + l + eol).join('') };
    return { offset: first.offset, length: 0, newText: lines.map((l) => l + ' ').join('') };
  }
  return { offset: block.offset + 1, length: 0, newText: lines.map((l) => eol + '  ' + l).join('') + eol };
}

function turnPeer(text: string, p: PeerSummary, target: Role, edits: Edit[], notes: string[]): void {
  const node = p.node;
  const body = node.body!;
  const get = (name: string): FailoverStatement | undefined => p.statements.get(name)?.[0];
  const from: Role = target === 'secondary' ? 'primary' : 'secondary';

  // Role.
  const roles = [...(p.statements.get('primary') ?? []), ...(p.statements.get('secondary') ?? [])];
  if (roles.length === 0) {
    edits.push(insertAtStart(text, body, [`${target};`]));
  } else {
    for (const r of roles) {
      if (r.keyword.text !== target) edits.push({ offset: r.keyword.offset, length: r.keyword.length, newText: target });
      adjustRoleComment(text, r, target, edits);
    }
  }

  // Addresses swap.
  const address = get('address');
  const peerAddress = get('peer address');
  const a = address?.values[0]?.text;
  const b = peerAddress?.values[0]?.text;
  if (a && b) {
    const e1 = valueEdit(address, b);
    const e2 = valueEdit(peerAddress, a);
    if (e1) edits.push(e1);
    if (e2) edits.push(e2);
  } else {
    notes.push(t('Failover peer "{0}": `address` or `peer address` is missing, so the other server\'s addresses cannot be derived: fill them in by hand.', p.name));
  }

  // Ports swap; a missing one is the default, stated explicitly.
  const port = get('port');
  const peerPort = get('peer port');
  const P = numberOf(port?.values[0]) ?? DEFAULT_FAILOVER_PORT;
  const Q = numberOf(peerPort?.values[0]) ?? DEFAULT_FAILOVER_PORT;
  const anchor = peerAddress ?? address ?? roles[roles.length - 1];
  if (port) {
    const e = valueEdit(port, String(Q));
    if (e) edits.push(e);
  }
  if (peerPort) {
    const e = valueEdit(peerPort, String(P));
    if (e) edits.push(e);
  }
  const inserts: string[] = [];
  if (!port) inserts.push(`port ${Q};`);
  if (!peerPort) inserts.push(`peer port ${P};`);
  if (inserts.length) {
    if (anchor) edits.push(insertAfter(text, anchor, inserts));
    else edits.push(insertAtStart(text, body, inserts));
  }

  if (target === 'secondary') {
    // mclt, split and hba belong to the primary.
    const doomed = ['mclt', 'split', 'hba'].flatMap((name) => p.statements.get(name) ?? []);
    edits.push(...deletions(text, body, doomed));
  } else {
    const add: string[] = [];
    if (!get('mclt')) add.push('mclt 3600; # REVIEW: default chosen by dhcpd-conf');
    if (!get('split') && !get('hba')) add.push('split 128; # REVIEW: default chosen by dhcpd-conf');
    if (add.length) {
      const last = body.statements[body.statements.length - 1];
      if (last) edits.push(insertAfter(text, last, add));
      else edits.push(insertAtStart(text, body, add));
      notes.push(t('Failover peer "{0}": added as a default, to review: {1}.', p.name, add.map((l) => '`' + l.replace(/;.*$/, '') + '`').join(', ')));
    }
  }
}

/**
 * Deletes statements; a line left with nothing but white space (all its statements deleted, no
 * comment) goes whole.
 */
function deletions(text: string, body: Block, doomed: Statement[]): Edit[] {
  const byLine = new Map<number, Statement[]>();
  for (const s of body.statements) {
    const lineStart = text.lastIndexOf('\n', s.offset - 1) + 1;
    (byLine.get(lineStart) ?? byLine.set(lineStart, []).get(lineStart)!).push(s);
  }
  const edits: Edit[] = [];
  const done = new Set<Statement>();
  for (const [lineStart, list] of byLine) {
    if (list.length < 2 || !list.every((s) => doomed.includes(s))) continue;
    const last = list[list.length - 1];
    const end = lineEnd(text, last.offset + last.length);
    const before = text.slice(lineStart, list[0].offset);
    const after = text.slice(last.offset + last.length, end);
    if (!/^[ \t]*$/.test(before) || !/^[ \t]*$/.test(after)) continue;
    const nl = text.indexOf('\n', end);
    edits.push({ offset: lineStart, length: (nl < 0 ? text.length : nl + 1) - lineStart, newText: '' });
    list.forEach((s) => done.add(s));
  }
  for (const s of doomed) if (!done.has(s)) edits.push(deleteStatement(text, s));
  return edits;
}

function header(sourceName: string, target: Role, peers: string[], eol: string): string {
  const lines = [
    `# ${target === 'secondary' ? 'Secondary' : 'Primary'} DHCP server configuration, generated by dhcpd-conf from ${sourceName}.`,
    `# Failover peer(s): ${peers.map((p) => `"${p}"`).join(', ')}. Keep the pools identical on both servers.`,
    '# Both servers need synchronized clocks (NTP): dhcpd refuses the failover connection beyond 60 s of skew.',
  ];
  return lines.join(eol) + eol;
}

/** Statements outside the peer blocks that are specific to one server: reported, not silently copied. */
function serverSpecificNotes(analysis: Analysis, peers: PeerSummary[], notes: string[], text: string): void {
  const own = new Set(peers.map((p) => firstValue(p, 'address')?.text).filter(Boolean) as string[]);
  forEachStatement(analysis.document, (s) => {
    if (s.offset >= text.length) return; // included files are not part of the output
    if (s.parent.owner.kind === 'failover-peer') return;
    const keyword = s.kind === 'option' ? `option ${s.optionName?.text ?? ''}` : s.keyword.text;
    const line = text.slice(0, s.offset).split('\n').length;
    if (SERVER_SPECIFIC_STATEMENTS.has(s.keyword.text) || keyword === 'option dhcp-server-identifier' || keyword === 'option server-identifier') {
      notes.push(t('Line {0}: `{1}` is specific to one server; it was copied unchanged: adjust it for the other server.', line, keyword));
    } else if (s.keyword.text === 'next-server' && s.kind === 'parameter' && s.values[0] && own.has(s.values[0].text)) {
      notes.push(t('Line {0}: `next-server {1}` is this server\'s own failover address; it was copied unchanged: check it for the other server.', line, s.values[0].text));
    }
  });
}

/**
 * The peers' state blocks (`failover peer "x" state { ... }`): what one server calls `my state`
 * the other calls `partner state`; a primary's state block may not hold `mclt` (dhcpd: "mclt not
 * valid for primary").
 */
function turnStateBlocks(analysis: Analysis, text: string, target: Role, edits: Edit[]): void {
  forEachStatement(analysis.document, (s) => {
    if (s.offset >= text.length || s.kind !== 'failover-state') return;
    const word = s.keyword.text.split(' ')[0];
    if (word === 'my' || word === 'partner') {
      edits.push({ offset: s.keyword.offset, length: word.length, newText: matchCase(text.slice(s.keyword.offset, s.keyword.offset + word.length), word === 'my' ? 'partner' : 'my') });
    } else if (word === 'mclt' && target === 'primary') {
      edits.push(deleteStatement(text, s));
    }
  });
}

/** The configuration of the other server of the pair. */
export function generatePeerConfig(analysis: Analysis, options: GenerateOptions): GenerateResult {
  const text = analysis.files[0].text;
  const peers: PeerSummary[] = [];
  for (const p of analysis.document.peers) {
    if (p.offset >= text.length || !p.body) continue; // declared in an included file
    peers.push(summarizePeer(p as FailoverPeer));
  }
  if (peers.length === 0) throw new GenerateError(t('{0} declares no failover peer: there is no pair to generate.', options.sourceName));
  const from: Role = options.target === 'secondary' ? 'primary' : 'secondary';
  const wrong = peers.filter((p) => p.role !== from);
  if (wrong.length) {
    throw new GenerateError(t('Failover peer "{0}" is already a {1}: generate the {2} from the {3}.', wrong[0].name, wrong[0].role, from, options.target));
  }
  // The document's own errors (one at its very end included); included files are not copied.
  const errors = analysis.problems.filter((p) => p.severity === 'error' && fileIndexOf(p.offset) === 0);
  if (errors.length) {
    throw new GenerateError(t('{0} has {1} error(s); fix them first (first: {2}).', options.sourceName, errors.length, errors[0].message));
  }
  const edits: Edit[] = [];
  const notes: string[] = [];
  for (const p of peers) turnPeer(text, p, options.target, edits, notes);
  turnStateBlocks(analysis, text, options.target, edits);
  serverSpecificNotes(analysis, peers, notes, text);
  const body = applyEdits(text, edits);
  const bom = body.startsWith('\ufeff') ? '\ufeff' : '';
  const names = peers.map((p) => p.name);
  const out = bom + header(path.basename(options.sourceName), options.target, names, eolOf(text)) + body.slice(bom.length);
  return { text: out, notes, peers: names };
}

export { peerName };
