/**
 * Generates the other server of a failover pair from one configuration: the secondary from the
 * primary ("master"), or the primary from a secondary. A pure function over the AST that edits the
 * text: comments, blank lines, indentation and everything outside the failover peer blocks stay
 * byte for byte; inside each peer block only the role, the endpoints and the primary-only
 * statements change. Statements that name this server outside the blocks are rewritten when the
 * other server's value is certain, and marked for review when it is not.
 */
import { PRIMARY_ONLY_FAILOVER_STATEMENTS } from '../knowledge';
import * as path from 'node:path';
import { t } from '../base/l10n';
import { fileIndexOf, type Analysis, type CheckResult } from '../model/analysis';
import type { Family } from '../knowledge/types';
import { computeLineStarts, lineAt } from '../base/lines';
import type { Block, FailoverPeer, FailoverStatement, Statement, Value } from '../parser/nodes';
import type { Problem } from '../parser/problems';
import { forEachStatement } from '../parser/walk';
import { DEFAULT_FAILOVER_PORT, numberOf, peerName, summarizePeer, type PeerSummary } from '../model/peer';
import { SERVER_SPECIFIC_STATEMENTS } from '../knowledge';
import type { Edit } from '../parser/problems';
import { applyEdits } from '../model/textEdits';
import { REVIEW_MARKER } from '../services/reviewMarkers';
import { commentEol, deleteStatements, eolOf, indentOf, lineEndAt, lineStartAt, trailingComment } from '../model/textEdits';

export type Role = 'primary' | 'secondary';

export interface GenerateOptions {
  /** The file the result is generated from, named in the header comment. */
  readonly sourceName: string;
  /** The role of the generated configuration. */
  readonly target: Role;
  /** With relationships to several partners: the peer whose partner's configuration is wanted. */
  readonly peer?: string;
  /** Write the three-line header comment (default true). */
  readonly header?: boolean;
}

/**
 * What the user must know about the result, by kind (so that callers filter on the kind, never on
 * the text, which is translated).
 * - `missingEndpoint`: an address could not be derived.
 * - `defaultAdded`: `mclt`/`split` added with a default value, marked for review.
 * - `rewritten`: a statement naming this server now names the other one (certain).
 * - `review`: a statement that may name this server, marked with a REVIEW comment above it.
 * - `leftOut`: a relationship with another partner, and its pools, left out.
 * - `samePartner`: two relationships between the same two servers.
 */
export type NoteKind = 'missingEndpoint' | 'defaultAdded' | 'rewritten' | 'review' | 'leftOut' | 'samePartner';

export interface Note {
  readonly kind: NoteKind;
  readonly message: string;
}

export interface GenerateResult {
  readonly text: string;
  /** Things the user must look at. */
  readonly notes: Note[];
  /** The names of the peers that were turned around. */
  readonly peers: string[];
}

export class GenerateError extends Error {}

/**
 * What the generators read of a configuration: its peers, its problems and the few statements
 * outside the peer blocks that concern the pair (pairStatement). From a full analysis (the
 * editor), or from the streaming check that keeps no tree (the CLI, on files of any size).
 */
export interface PairSource {
  readonly family: Family;
  /** The root file's text: what is generated from. */
  readonly text: string;
  readonly files: ReadonlyArray<{ readonly path: string }>;
  readonly problems: readonly Problem[];
  readonly peers: readonly FailoverPeer[];
  /** The statements that pairStatement selects, in text order. */
  readonly statements: readonly Statement[];
}

/** The statements outside the peer blocks that the generators look at. */
export function pairStatement(s: Statement): boolean {
  switch (s.kind) {
    case 'failover-ref':
    case 'failover-state':
      return true;
    case 'option':
      return s.optionName?.text === 'dhcp-server-identifier' || s.optionName?.text === 'server-identifier';
    case 'parameter':
      return s.keyword.text === 'next-server' || SERVER_SPECIFIC_STATEMENTS.has(s.keyword.text);
    default:
      return false;
  }
}

export function pairSourceOf(analysis: Analysis): PairSource {
  const statements: Statement[] = [];
  forEachStatement(analysis.document, (s) => {
    if (pairStatement(s)) statements.push(s);
  });
  return { family: analysis.family, text: analysis.files[0].text, files: analysis.files, problems: analysis.problems, peers: analysis.document.peers, statements };
}

/** From a streaming check: `collect` is the check's statement visitor, `finish` the source. */
export function pairCollector(text: string): { collect: (s: Statement) => void; finish: (check: CheckResult) => PairSource } {
  const statements: Statement[] = [];
  return {
    collect: (s) => {
      if (pairStatement(s)) statements.push(s);
    },
    finish: (check) => ({ family: check.family, text, files: check.files, problems: check.problems, peers: check.peers, statements }),
  };
}


/** Replaces words about the role in the comment on the same line as the role statement. */
function adjustRoleComment(text: string, s: Statement, to: Role, edits: Edit[]): void {
  const c = trailingComment(text, s);
  if (!c) return;
  const comment = text.slice(c.offset, c.offset + c.length);
  const words: Array<[RegExp, string]> =
    to === 'secondary'
      ? [[/primary/gi, 'secondary'], [/primaire/gi, 'secondaire'], [/master/gi, 'slave'], [/ma[îi]tre/gi, 'esclave']]
      : [[/secondary/gi, 'primary'], [/secondaire/gi, 'primaire'], [/slave/gi, 'master'], [/esclave/gi, 'maître']];
  let out = comment;
  for (const [re, word] of words) out = out.replace(re, (m) => matchCase(m, word));
  if (out !== comment) edits.push({ offset: c.offset, length: c.length, newText: out });
}

function matchCase(original: string, word: string): string {
  if (original === original.toUpperCase()) return word.toUpperCase();
  if (original[0] === original[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

function valueEdit(v: Value | undefined, value: string): Edit | undefined {
  if (!v || v.text === value) return undefined;
  return { offset: v.offset, length: v.length, newText: value };
}

/** The text of a statement's trailing comment with the blanks before it, and the edit removing both. */
function detachComment(text: string, s: Statement): { comment: string; removal: Edit } | undefined {
  const c = trailingComment(text, s);
  if (!c) return undefined;
  const from = s.offset + s.length;
  return { comment: text.slice(c.offset, c.offset + c.length), removal: { offset: from, length: c.offset + c.length - from, newText: '' } };
}

/**
 * Two statements exchange their values: their trailing comments, which describe the values,
 * go with them (`address 10.0.0.1; # the master` becomes `peer address 10.0.0.1; # the master`).
 */
function swapComments(text: string, a: Statement, b: Statement, edits: Edit[]): void {
  // On one line, the comment is the line's, not one value's.
  if (lineStartAt(text, a.offset + a.length) === lineStartAt(text, b.offset + b.length)) return;
  const ca = trailingComment(text, a);
  const cb = trailingComment(text, b);
  if (ca && cb) {
    edits.push({ offset: ca.offset, length: ca.length, newText: text.slice(cb.offset, cb.offset + cb.length) });
    edits.push({ offset: cb.offset, length: cb.length, newText: text.slice(ca.offset, ca.offset + ca.length) });
    return;
  }
  const [has, lacks] = ca ? [a, b] : cb ? [b, a] : [undefined, undefined];
  if (!has || !lacks) return;
  // A comment put after a statement that something follows on its line would swallow that.
  const after = lacks.offset + lacks.length;
  if (!/^[ \t]*$/.test(text.slice(after, lineEndAt(text, after)))) return;
  const d = detachComment(text, has)!;
  edits.push(d.removal);
  edits.push({ offset: lacks.offset + lacks.length, length: 0, newText: ' ' + d.comment });
}

/** Inserts lines after a statement (on their own lines, with its indentation). */
function insertAfter(text: string, after: Statement, lines: string[]): Edit {
  const stop = after.offset + after.length;
  const end = lineEndAt(text, stop);
  // The block closes on this very line (`{ a; b; }`): insert inline, before the `}`.
  const close = text.indexOf('}', stop);
  if (close >= 0 && close < end && !text.slice(stop, close).includes('#')) {
    // A comment would swallow the `}`: inline statements go without theirs.
    return { offset: stop, length: 0, newText: lines.map((l) => ' ' + l.replace(/\s*#.*$/, '')).join('') };
  }
  const indent = indentOf(text, after.offset);
  const eol = eolOf(text);
  // In a CR-only file a trailing comment would run to the end of the file (commentEol): none there.
  const line = (l: string): string => (eol === '\r' ? l.replace(/\s*#.*$/, '') : l);
  return { offset: end, length: 0, newText: lines.map((l) => eol + indent + line(l)).join('') };
}

/** Inserts lines at the start of a block. */
function insertAtStart(text: string, block: Block, lines: string[]): Edit {
  const first = block.statements[0];
  const eol = eolOf(text);
  if (first) {
    const indent = indentOf(text, first.offset);
    const lineStart = lineStartAt(text, first.offset);
    if (/^[ \t]*$/.test(text.slice(lineStart, first.offset))) return { offset: lineStart, length: 0, newText: lines.map((l) => indent + l + eol).join('') };
    return { offset: first.offset, length: 0, newText: lines.map((l) => l + ' ').join('') };
  }
  return { offset: block.offset + 1, length: 0, newText: lines.map((l) => eol + '  ' + l).join('') + eol };
}

/** A comment line directly above a statement. */
function commentAbove(text: string, s: Statement, comment: string): Edit {
  const start = lineStartAt(text, s.offset);
  const before = text.slice(start, s.offset);
  if (/^[ \t]*$/.test(before)) return { offset: start, length: 0, newText: before + '# ' + comment + commentEol(eolOf(text)) };
  // Something precedes the statement on its line: the comment goes at the end of the line instead.
  return { offset: lineEndAt(text, s.offset + s.length), length: 0, newText: ' # ' + comment };
}

function turnPeer(text: string, p: PeerSummary, target: Role, edits: Edit[], notes: Note[]): void {
  const body = p.node.body!;
  const get = (name: string): FailoverStatement | undefined => p.statements.get(name)?.[0];

  // Role: the last one written is the one dhcpd keeps; the others go.
  const roles = [...(p.statements.get('primary') ?? []), ...(p.statements.get('secondary') ?? [])].sort((x, y) => x.offset - y.offset);
  if (roles.length === 0) {
    edits.push(insertAtStart(text, body, [`${target};`]));
  } else {
    const last = roles[roles.length - 1];
    if (last.keyword.text !== target) edits.push({ offset: last.keyword.offset, length: last.keyword.length, newText: target });
    adjustRoleComment(text, last, target, edits);
    edits.push(...deleteStatements(text, roles.slice(0, -1)));
  }

  // Addresses swap; the comments that describe them go with them.
  const address = get('address');
  const peerAddress = get('peer address');
  const a = address?.values[0]?.text;
  const b = peerAddress?.values[0]?.text;
  if (address && peerAddress && a && b) {
    for (const e of [valueEdit(address.values[0], b), valueEdit(peerAddress.values[0], a)]) if (e) edits.push(e);
    swapComments(text, address, peerAddress, edits);
  } else {
    notes.push({ kind: 'missingEndpoint', message: t('Failover peer "{0}": `address` or `peer address` is missing, so the other server\'s addresses cannot be derived: fill them in by hand.', p.name) });
  }

  // Ports swap; a missing one is the default, stated explicitly.
  const port = get('port');
  const peerPort = get('peer port');
  const P = numberOf(port?.values[0]) ?? DEFAULT_FAILOVER_PORT;
  const Q = numberOf(peerPort?.values[0]) ?? DEFAULT_FAILOVER_PORT;
  const anchor = peerAddress ?? address ?? roles[roles.length - 1];
  if (port) {
    const e = valueEdit(port.values[0], String(Q));
    if (e) edits.push(e);
  }
  if (peerPort) {
    const e = valueEdit(peerPort.values[0], String(P));
    if (e) edits.push(e);
  }
  if (port && peerPort) swapComments(text, port, peerPort, edits);
  const inserts: string[] = [];
  // A port's comment follows its value to the inserted line.
  const moved = (s: Statement | undefined): string => {
    const d = s ? detachComment(text, s) : undefined;
    if (!d) return '';
    edits.push(d.removal);
    return ' ' + d.comment;
  };
  if (!port) inserts.push(`port ${Q};` + moved(peerPort));
  if (!peerPort) inserts.push(`peer port ${P};` + moved(port));
  if (inserts.length) {
    if (anchor) edits.push(insertAfter(text, anchor, inserts));
    else edits.push(insertAtStart(text, body, inserts));
  }

  if (target === 'secondary') {
    // mclt, split and hba belong to the primary: they go with their comments.
    edits.push(...deleteStatements(text, [...PRIMARY_ONLY_FAILOVER_STATEMENTS].flatMap((name) => p.statements.get(name) ?? [])));
  } else {
    const add: string[] = [];
    if (!get('mclt')) add.push('mclt 3600; # REVIEW: default chosen by dhcpd-conf');
    if (!get('split') && !get('hba')) add.push('split 128; # REVIEW: default chosen by dhcpd-conf');
    if (add.length) {
      const last = body.statements[body.statements.length - 1];
      if (last) edits.push(insertAfter(text, last, add));
      else edits.push(insertAtStart(text, body, add));
      notes.push({ kind: 'defaultAdded', message: t('Failover peer "{0}": added as a default, to review: {1}.', p.name, add.map((l) => '`' + l.replace(/;.*$/, '') + '`').join(', ')) });
    }
  }
}

/** Statements that name one server: the other server's value when certain, else a REVIEW mark. */
function serverSpecific(source: PairSource, text: string, own: string | undefined, other: string | undefined, edits: Edit[], notes: Note[]): void {
  let starts: number[] | undefined;
  const lineOf = (offset: number): number => lineAt((starts ??= computeLineStarts(text)), offset) + 1;
  const review = (s: Statement, keyword: string, why: string): void => {
    edits.push(commentAbove(text, s, `${REVIEW_MARKER} ${why}`));
    notes.push({ kind: 'review', message: t('Line {0}: `{1}`: {2}', lineOf(s.offset), keyword, why) });
  };
  for (const s of source.statements) {
    if (s.offset >= text.length) continue; // included files are not part of the output
    if (s.parent.owner.kind === 'failover-peer') continue;
    const isIdentifier = s.kind === 'option' && (s.optionName?.text === 'dhcp-server-identifier' || s.optionName?.text === 'server-identifier');
    const keyword = s.kind === 'option' ? `option ${s.optionName?.text ?? ''}` : s.keyword.text;
    const value = (s.kind === 'parameter' || s.kind === 'option') ? s.values[0] : undefined;
    if (isIdentifier || s.keyword.text === 'local-address' || (s.kind === 'parameter' && s.keyword.text === 'server-identifier')) {
      if (value && own && other && value.text === own) {
        edits.push({ offset: value.offset, length: value.length, newText: other });
        notes.push({ kind: 'rewritten', message: t('Line {0}: `{1} {2}` is this server\'s failover address: the other server gets its own, {3}.', lineOf(s.offset), keyword, own, other) });
      } else {
        review(s, keyword, t('specific to one server, copied unchanged: set the other server\'s own value.'));
      }
    } else if (s.kind === 'parameter' && (s.keyword.text === 'local-address6' || s.keyword.text === 'server-duid')) {
      review(s, keyword, t('specific to one server, copied unchanged: set the other server\'s own value.'));
    } else if (s.kind === 'parameter' && s.keyword.text === 'next-server' && value && own && value.text === own) {
      // Often a TFTP server that only the primary runs, sometimes one on each: not certain.
      review(s, keyword, t('{0} is the failover address of this file\'s server: keep it if the TFTP server is shared, else give the other server\'s.', value.text));
    }
  }
}

/**
 * The peers' state blocks (`failover peer "x" state { ... }`): what one server calls `my state`
 * the other calls `partner state`; a primary's state block may not hold `mclt` (dhcpd: "mclt not
 * valid for primary").
 */
function turnStateBlocks(source: PairSource, text: string, target: Role, edits: Edit[]): void {
  const mclts: Statement[] = [];
  for (const s of source.statements) {
    if (s.offset >= text.length || s.kind !== 'failover-state') continue;
    const word = s.keyword.text.split(' ')[0];
    if (word === 'my' || word === 'partner') {
      edits.push({ offset: s.keyword.offset, length: word.length, newText: matchCase(text.slice(s.keyword.offset, s.keyword.offset + word.length), word === 'my' ? 'partner' : 'my') });
    } else if (word === 'mclt' && target === 'primary') {
      mclts.push(s);
    }
  }
  edits.push(...deleteStatements(text, mclts));
}

/** The partner of a relationship: its `peer address`, or the name when it has none. */
function partnerOf(p: PeerSummary): string {
  return p.statements.get('peer address')?.[0]?.values[0]?.text ?? `"${p.name}"`;
}

/** Leaves out a relationship with another partner: its peer block and the pools that use it. */
function leaveOut(source: PairSource, text: string, p: PeerSummary, edits: Edit[], notes: Note[]): void {
  const gone: Statement[] = [p.node];
  let pools = 0;
  for (const s of source.statements) {
    if (s.offset >= text.length || s.kind !== 'failover-ref' || peerName(s) !== p.name) continue;
    const owner = s.parent.owner;
    if (owner.kind === 'pool' || owner.kind === 'pool6') {
      gone.push(owner);
      pools++;
    } else gone.push(s);
  }
  for (const s of gone) edits.push(...deleteStatements(text, [s]));
  notes.push({ kind: 'leftOut', message: t('Failover peer "{0}" (partner {1}) is another relationship: its declaration and its {2} pool(s) are left out of this file.', p.name, partnerOf(p), pools) });
}

/** The relationships the file declares itself, with their partner servers. */
export function relationships(analysis: Analysis | PairSource): Array<{ name: string; partner: string }> {
  const text = 'document' in analysis ? analysis.files[0].text : analysis.text;
  const peers = 'document' in analysis ? analysis.document.peers : analysis.peers;
  return peers.filter((p) => p.offset < text.length && p.body && !p.state).map((p) => {
    const s = summarizePeer(p);
    return { name: s.name, partner: partnerOf(s) };
  });
}

/** The configuration of the other server of the pair. */
export function generatePeerConfig(input: Analysis | PairSource, options: GenerateOptions): GenerateResult {
  const source = 'document' in input ? pairSourceOf(input) : input;
  const text = source.text;
  if (source.family === 6) {
    throw new GenerateError(t('{0} is a DHCPv6 configuration: ISC dhcpd has no DHCPv6 failover, so there is no pair to generate.', options.sourceName));
  }
  const all: PeerSummary[] = [];
  for (const p of source.peers) {
    // Declared in an included file, or a state block (turned with the statements, below).
    if (p.offset >= text.length || !p.body || p.state) continue;
    all.push(summarizePeer(p));
  }
  if (all.length === 0) {
    const included = source.peers.find((p) => p.offset >= text.length && !p.state);
    if (included) {
      const file = source.files[fileIndexOf(included.offset)]?.path ?? '';
      throw new GenerateError(t('{0} declares no failover peer itself: peer "{1}" is declared in the included file {2}. Generate the {3} from that file (dhcpd-conf {3} {2}); {0} can then serve both servers as it is.', options.sourceName, peerName(included), file, options.target));
    }
    throw new GenerateError(t('{0} declares no failover peer: there is no pair to generate.', options.sourceName));
  }
  const from: Role = options.target === 'secondary' ? 'primary' : 'secondary';
  const wrong = all.filter((p) => p.role !== from);
  if (wrong.length) {
    throw new GenerateError(t('Failover peer "{0}" is already a {1}: generate the {2} from the {3}.', wrong[0].name, wrong[0].role, from, options.target));
  }
  // The document's own errors (one at its very end included); included files are not copied.
  const errors = source.problems.filter((p) => p.severity === 'error' && fileIndexOf(p.offset) === 0);
  if (errors.length) {
    throw new GenerateError(t('{0} has {1} error(s); fix them first (first: {2}).', options.sourceName, errors.length, errors[0].message));
  }

  // One file per partner server: relationships with other partners are left out.
  const partners = [...new Set(all.map(partnerOf))];
  let chosen = all;
  if (options.peer !== undefined) {
    const wanted = all.find((p) => p.name === options.peer);
    if (!wanted) throw new GenerateError(t('{0} declares no failover peer "{1}" (declared: {2}).', options.sourceName, options.peer, all.map((p) => `"${p.name}"`).join(', ')));
    chosen = all.filter((p) => partnerOf(p) === partnerOf(wanted));
  } else if (partners.length > 1) {
    throw new GenerateError(t('{0} has relationships with {1} partners: {2}. Each partner needs its own file: choose one with --peer NAME.', options.sourceName, partners.length, all.map((p) => `"${p.name}" → ${partnerOf(p)}`).join(', ')));
  }

  const edits: Edit[] = [];
  const notes: Note[] = [];
  for (const p of all) if (!chosen.includes(p)) leaveOut(source, text, p, edits, notes);
  for (const p of chosen) turnPeer(text, p, options.target, edits, notes);
  turnStateBlocks(source, text, options.target, edits);
  if (chosen.length > 1) {
    notes.push({ kind: 'samePartner', message: t('Failover peers {0} join the same two servers: dhcpd 4.4.3 tells the relationships apart by address only, so only one reaches normal ("Connection rejected, invalid failover partner"). Use one relationship.', chosen.map((p) => `"${p.name}"`).join(', ')) });
  }
  const owns = new Set(chosen.map((p) => p.statements.get('address')?.[0]?.values[0]?.text));
  const others = new Set(chosen.map((p) => p.statements.get('peer address')?.[0]?.values[0]?.text));
  const own = owns.size === 1 ? [...owns][0] : undefined;
  const other = others.size === 1 ? [...others][0] : undefined;
  serverSpecific(source, text, own, other, edits, notes);

  const body = applyEdits(text, edits);
  const names = chosen.map((p) => p.name);
  if (options.header === false) return { text: body, notes, peers: names };
  return { text: header(path.basename(options.sourceName), options.target, names, eolOf(text)) + body, notes, peers: names };
}

function header(sourceName: string, target: Role, peers: string[], eol: string): string {
  const lines = [
    `# ${target === 'secondary' ? 'Secondary' : 'Primary'} DHCP server configuration, generated by dhcpd-conf from ${sourceName}.`,
    `# Failover peer(s): ${peers.map((p) => `"${p}"`).join(', ')}. Keep the pools identical on both servers.`,
    '# Both servers need synchronized clocks (NTP): dhcpd refuses the failover connection beyond 60 s of skew,',
    '# and logs "Failover CONNECT from X: time offset too large" or "...: Connection rejected, time mismatch too great."',
  ];
  return lines.join(eol) + commentEol(eol);
}

export { peerName };
