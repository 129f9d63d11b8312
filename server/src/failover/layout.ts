/**
 * The layout ISC recommends for a failover pair: one shared file with everything both servers
 * serve (subnets, pools, hosts, classes, options), and one small file per server that declares
 * the failover peer and includes the shared file, so the pools cannot drift apart.
 */
import { t } from '../base/l10n';
import type { Analysis, Analyzer } from '../model/analysis';
import type { Statement } from '../parser/nodes';
import type { Edit } from '../parser/problems';
import { generatePeerConfig, GenerateError, pairSourceOf, type Note, type PairSource } from './generator';
import { applyEdits, commentEol, eolOf } from '../model/textEdits';
import { SERVER_SPECIFIC_STATEMENTS } from '../knowledge';

export interface SplitLayout {
  readonly shared: string;
  readonly primary: string;
  readonly secondary: string;
  readonly notes: Note[];
}

/** The statement with its whole lines (leading indentation, trailing comment, line break). */
function wholeLines(text: string, s: Statement): { offset: number; length: number; text: string } {
  const start = text.lastIndexOf('\n', s.offset - 1) + 1;
  const nl = text.indexOf('\n', s.offset + s.length);
  const end = nl < 0 ? text.length : nl + 1;
  const ownLines = /^[ \t]*$/.test(text.slice(start, s.offset));
  const from = ownLines ? start : s.offset;
  return { offset: from, length: end - from, text: text.slice(from, end) };
}

export function splitLayout(input: Analysis | PairSource, options: { sourceName: string; sharedName: string; peer?: string; analyzer: Analyzer }): SplitLayout {
  const analysis = 'document' in input ? pairSourceOf(input) : input;
  const text = analysis.text;
  const eol = eolOf(text);
  const ceol = commentEol(eol);
  // The top-level statements the split moves: peer declarations and server-specific parameters.
  const atTop = (s: Statement): boolean => s.offset < text.length && s.parent.owner.kind === 'document';
  const top = [...analysis.peers.filter(atTop), ...analysis.statements.filter(atTop)].sort((a, b) => a.offset - b.offset);
  const peers = top.filter((s) => s.kind === 'failover-peer');
  if (peers.length === 0) throw new GenerateError(t('{0} declares no failover peer at the top level: there is nothing to split.', options.sourceName));
  const primaryFromSource = generatePeerConfig(analysis, { sourceName: options.sourceName, target: 'secondary', peer: options.peer });
  const own = top.filter((s) => s.kind === 'failover-peer' || (s.kind === 'parameter' && SERVER_SPECIFIC_STATEMENTS.has(s.keyword.text)));
  const edits: Edit[] = own.map((s) => {
    const w = wholeLines(text, s);
    return { offset: w.offset, length: w.length, newText: '' };
  });
  const shared =
    `# Shared by both servers of the failover pair (${peers.map((p) => (p as { name?: { text: string } }).name?.text ?? '').join(', ')}): ` +
    `included by each server's own file. Edit the pools here only.${ceol}` +
    applyEdits(text, edits);
  const ownText = own.map((s) => wholeLines(text, s).text.replace(/\r?\n?$/, '') + eol).join('');
  const include = `include "${options.sharedName}";${eol}`;
  const primary = `# Primary server: its failover peer declaration(s), then the shared configuration.${ceol}` + ownText + eol + include;
  // The secondary's own part is the primary's own part turned around.
  const turned = generatePeerConfigFromText(analysis, ownText, options.sourceName, options.peer, options.analyzer);
  const secondary = `# Secondary server: its failover peer declaration(s), then the shared configuration.${ceol}` + turned + eol + include;
  // Line numbers of the source mean nothing in the per-server files, where the statements moved.
  const notes = primaryFromSource.notes.filter((n) => n.kind !== 'rewritten' && n.kind !== 'review');
  if (own.some((s) => s.kind === 'parameter')) notes.push({ kind: 'review', message: t('Server-specific statements were moved to each server\'s file: check them in the secondary\'s.') });
  return { shared, primary, secondary, notes };
}

/** Turns the primary's own statements (peers and server-specific lines) into the secondary's. */
function generatePeerConfigFromText(analysis: PairSource, ownText: string, sourceName: string, peer: string | undefined, analyzer: Analyzer): string {
  // The peer blocks alone fail the "has no referring pools" rule: generate without that check.
  const a = analyzer.analyze('/own.conf', ownText, { family: analysis.family, includes: false });
  const clean = { ...a, problems: a.problems.filter((p) => p.rule !== 'failoverPeerUnused') };
  // Without the generator's header: the per-server file has its own.
  return generatePeerConfig(clean, { sourceName, target: 'secondary', peer, header: false }).text;
}
