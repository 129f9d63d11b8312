/**
 * Folding (every multi-line block, runs of comment lines) and smart selection (token, value,
 * statement, enclosing blocks, document).
 */
import type { LineDocument } from '../base/textDocument';
import { FoldingRangeKind, type FoldingRange, type Position, type SelectionRange } from 'vscode-languageserver-types';
import type { Analysis } from '../model/analysis';
import { FILE_STRIDE } from '../model/analysis';
import type { Block, Span, Statement } from '../parser/nodes';
import { Scanner, TokenKind } from '../parser/scanner';
import { statementAt } from './locate';
import { rangeOf } from './lspAdapters';

export function foldingRanges(doc: LineDocument, analysis: Analysis): FoldingRange[] {
  const out: FoldingRange[] = [];
  const stack: Block[] = [analysis.document.body];
  while (stack.length) {
    const block = stack.pop()!;
    for (const s of block.statements) {
      // Included files live at offsets past the document's end.
      if (s.offset >= FILE_STRIDE || !s.body) continue;
      const b = s.body;
      const startLine = doc.positionAt(b.offset).line;
      // Up to the line before `}`, so the brace stays visible; an unclosed block folds to its end.
      const endLine = b.closed ? doc.positionAt(b.offset + b.length - 1).line - 1 : doc.positionAt(b.offset + b.length).line;
      if (endLine > startLine) out.push({ startLine, endLine });
      stack.push(b);
    }
  }
  // Comment lines: comments with nothing but white space before them on their line.
  let run: { start: number; end: number } | undefined;
  const flush = (): void => {
    if (run && run.end > run.start) out.push({ startLine: run.start, endLine: run.end, kind: FoldingRangeKind.Comment });
    run = undefined;
  };
  for (const c of analysis.document.comments) {
    if (c.offset >= FILE_STRIDE) continue;
    const pos = doc.positionAt(c.offset);
    // Only the line's start is read: the editor asks again after every change of a large file.
    const before = doc.getText({ start: { line: pos.line, character: 0 }, end: pos });
    if (!/^[ \t]*$/.test(before)) {
      flush();
      continue;
    }
    if (run && pos.line === run.end + 1) run.end = pos.line;
    else {
      flush();
      run = { start: pos.line, end: pos.line };
    }
  }
  flush();
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** The token under the offset, comments included; between two tokens, the one that starts there. */
function tokenAt(text: string, offset: number): Span | undefined {
  const scanner = new Scanner(text);
  let found: Span | undefined;
  for (;;) {
    const tok = scanner.next();
    if (tok.kind === TokenKind.EOF || tok.offset > offset) return found;
    if (offset <= tok.offset + tok.length) found = tok;
  }
}

/** Spans of the statement's names and values: an address is several tokens but one value. */
function partsOf(s: Statement): Span[] {
  const parts: Array<Span | undefined> = [s.keyword];
  const fields = s as unknown as Record<string, Span | undefined>;
  for (const key of ['name', 'path', 'network', 'netmask', 'prefix', 'low', 'high', 'prefixLength', 'optionName', 'permit', 'argument', 'match', 'condition']) {
    parts.push(fields[key]);
  }
  if ('values' in s) parts.push(...s.values);
  return parts.filter((p): p is Span => !!p);
}

/** The text between a block's braces, without the white space next to them. */
function blockInside(text: string, b: Block): Span | undefined {
  let start = b.offset + 1;
  let end = b.closed ? b.offset + b.length - 1 : b.offset + b.length;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { offset: start, length: end - start } : undefined;
}

export function selectionRanges(doc: LineDocument, analysis: Analysis, positions: readonly Position[]): SelectionRange[] {
  const text = doc.getText();
  return positions.map((position) => {
    const offset = doc.offsetAt(position);
    // Innermost first; each span must contain the previous one.
    const spans: Span[] = [];
    const push = (span: Span | undefined): void => {
      if (!span || offset < span.offset || offset > span.offset + span.length) return;
      const last = spans[spans.length - 1];
      if (last && (span.offset > last.offset || span.offset + span.length < last.offset + last.length)) return;
      if (last && span.offset === last.offset && span.length === last.length) return;
      spans.push(span);
    };
    push(tokenAt(text, offset));
    let s = statementAt(analysis.document, offset);
    if (s && s.offset < FILE_STRIDE) {
      const part = partsOf(s).find((p) => offset >= p.offset && offset <= p.offset + p.length);
      push(part);
      // Between the statements of a block: the block's inside comes before its declaration.
      const b = s.body;
      if (!part && b && offset > b.offset && offset < b.offset + b.length) push(blockInside(text, b));
      for (;;) {
        push(s);
        const owner: Block['owner'] = s.parent.owner;
        if (owner.kind === 'document') break;
        push(blockInside(text, s.parent));
        s = owner;
      }
    }
    push({ offset: 0, length: text.length });
    let result: SelectionRange | undefined;
    for (let i = spans.length - 1; i >= 0; i--) result = { range: rangeOf(doc, spans[i].offset, spans[i].length), parent: result };
    return result ?? { range: rangeOf(doc, offset, 0) };
  });
}
