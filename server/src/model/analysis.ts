/**
 * What an analysis is, as every feature reads it: the tree, the files, the problems. The facade
 * (languageService.ts) builds analyses; features below it only read them.
 */
import type { Family } from '../knowledge/types';
import type { Document, FailoverPeer } from '../parser/nodes';
import type { Problem } from '../parser/problems';
import { computeLineStarts, lineAt } from '../base/lines';
import type { TextSource } from '../base/pieceText';

/** A file whose text is `source`, joined into one string only if someone reads `text`. */
export function sourceFile(path: string, source: TextSource, base: number): SourceFile {
  if (typeof source === 'string') return { path, text: source, source, base };
  return {
    path,
    source,
    base,
    get text() {
      return source.toString();
    },
  };
}

/** Offsets of included file N start at N × FILE_STRIDE. */
export const FILE_STRIDE = 2 ** 40;
export function fileIndexOf(offset: number): number {
  return Math.floor(offset / FILE_STRIDE);
}

/** One file of a configuration: the root or an included file. */
export interface SourceFile {
  readonly path: string;
  /** The whole text as one string (for an editor's document, joined on first read: see `source`). */
  readonly text: string;
  /** The text, to read parts of without joining it (what runs at every keystroke reads this). */
  readonly source: TextSource;
  /** Offsets of this file's nodes start at `base`. */
  readonly base: number;
  private_lineStarts?: number[];
}

/** What a check gives: the problems of a configuration and its files. */
export interface CheckResult {
  readonly family: Family;
  readonly files: readonly SourceFile[];
  readonly problems: readonly Problem[];
  /** Every failover peer declaration, the root file's first, then those of included files. */
  readonly peers: readonly FailoverPeer[];
}

export interface Analysis {
  readonly family: Family;
  /** The tree, every node at its offset in the current text. */
  readonly document: Document;
  /**
   * The tree for a request at one offset (hover, completion): the statements around the offset
   * and the failover peers are at their offsets; others may still lag behind a recent edit.
   */
  documentAt(offset: number): Document;
  /** The failover peer declarations, up to date, without bringing the rest of the tree up to date. */
  peers(): readonly FailoverPeer[];
  /** files[0] is the document itself; included files follow. */
  readonly files: readonly SourceFile[];
  /** Every problem of the configuration, included files too; computed on first use. */
  readonly problems: readonly Problem[];
  /** The problems of parsing the document itself (kept for incremental updates). */
  readonly parseProblems: readonly Problem[];
  /** The problems of parsing the included files. */
  readonly includedProblems: readonly Problem[];
}

/** Line and character (0-based) of an offset in a file, with a cached line index. */
export function lineColumn(file: SourceFile, offset: number): { line: number; character: number } {
  const starts = (file.private_lineStarts ??= computeLineStarts(file.text));
  const line = lineAt(starts, offset);
  return { line, character: offset - starts[line] };
}

/** What features that analyze more text (a generated file, a partner) may ask: an analysis, nothing else. */
export interface Analyzer {
  analyze(file: string, text: string, options?: { readonly family?: Family; readonly includes?: boolean }): Analysis;
}
