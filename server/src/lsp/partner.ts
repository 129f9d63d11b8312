/**
 * The other server of a failover pair, for the pair diagnostics of a document: the file the
 * `dhcpd.failover.peerFile` setting names, or else the first other open document that declares
 * one of the document's peers with the other role. Its mismatches are added to the document's.
 */
import * as path from 'node:path';
import { URI } from '../base/uri';
import { comparePair } from '../failover/compare';
import type { LanguageService } from '../languageService';
import type { Analysis } from '../model/analysis';
import { summarizePeer } from '../model/peer';
import type { Problem } from '../parser/problems';
import { applyLintSettings, type LintSettings } from '../services/lintRules';

/** An open document, as the choice of a partner reads it. */
export interface OpenDocument {
  readonly uri: string;
  readonly languageId: string;
  /** Its analysis (computed when first asked for). */
  analysis(): Analysis;
}

export interface Partner {
  /** The partner's file name, as the messages show it. */
  readonly name: string;
  readonly analysis: Analysis;
}

/** The partner of the document at `uri`, if it has peers and one can be found. */
export function choosePartner(uri: string, analysis: Analysis, peerFile: string | undefined, service: LanguageService, open: Iterable<OpenDocument>): Partner | undefined {
  // Only the peers are read: the rest of a large tree stays as the last edit left it.
  const own = analysis.peers().map((p) => summarizePeer(p));
  if (own.length === 0) return undefined;
  if (peerFile) {
    const file = path.resolve(path.dirname(URI.toPath(uri)), peerFile);
    const text = service.readFile(file);
    return text === undefined ? undefined : { name: path.basename(file), analysis: service.analyze(file, text, {}) };
  }
  for (const d of open) {
    if (d.uri === uri || d.languageId !== 'dhcpd') continue;
    const a = d.analysis();
    const theirs = a.peers().map((p) => summarizePeer(p));
    if (own.some((m) => theirs.some((o) => o.name === m.name && o.role !== m.role))) return { name: path.basename(URI.toPath(d.uri)), analysis: a };
  }
  return undefined;
}

/** The pair's mismatches to show in the document, with the lint settings applied. */
export function partnerProblems(uri: string, analysis: Analysis, partner: Partner | undefined, lint: LintSettings): Problem[] {
  if (!partner) return [];
  const mine = comparePair(analysis, partner.analysis, { a: path.basename(URI.toPath(uri)), b: partner.name }).a;
  // mclt/split on a secondary is already reported by the file's own rules.
  return applyLintSettings(
    mine.filter((x) => x.rule !== 'pairMcltSplit'),
    lint,
  );
}
