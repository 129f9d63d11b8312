/**
 * Line-aware text edits for the generators. Files come with LF, CRLF or (old Mac editors) CR
 * line breaks; every helper here treats the three alike, and new lines use the file's own.
 */
import type { Statement } from '../parser/nodes';
import type { Edit } from '../parser/problems';
import type { Block } from '../parser/nodes';
import type { Problem } from '../parser/problems';
import type { TextSource } from '../base/pieceText';

const CR = 13;
const LF = 10;

/** The file's line break: that of its first line, LF when it has none. */
export function eolOf(text: TextSource): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) return '\n';
    if (c === CR) return text.charCodeAt(i + 1) === LF ? '\r\n' : '\r';
  }
  return '\n';
}

/**
 * The line break after a comment line the generators write. dhcpd ends a comment at LF only, so
 * in a CR-only file a comment would swallow everything up to the end of the file: there the
 * comment line ends with CR LF, which editors show as one line break too.
 */
export function commentEol(eol: string): string {
  return eol === '\r' ? '\r\n' : eol;
}

/** The start of the line that holds `offset`. */
export function lineStartAt(text: TextSource, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

/** The end of the line that holds `offset` (before its line break). */
export function lineEndAt(text: TextSource, offset: number): number {
  for (let i = offset; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return i;
  }
  return text.length;
}

/** Past the line break at `end` (a line end), or `end` itself at the end of the text. */
export function pastLineBreak(text: TextSource, end: number): number {
  const c = text.charCodeAt(end);
  if (c === CR) return text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
  return c === LF ? end + 1 : end;
}

/** The white space that starts the statement's line, or two spaces when something else does. */
export function indentOf(text: TextSource, offset: number): string {
  const indent = text.slice(lineStartAt(text, offset), offset);
  return /^[ \t]*$/.test(indent) ? indent : '  ';
}

/** The comment that follows a statement on its last line, if only blanks stand between them. */
export function trailingComment(text: TextSource, s: Statement): { offset: number; length: number } | undefined {
  const end = s.offset + s.length;
  const stop = lineEndAt(text, end);
  const m = /^[ \t]*#/.exec(text.slice(end, stop));
  if (!m) return undefined;
  const offset = end + m[0].length - 1;
  return { offset, length: stop - offset };
}

/**
 * Deletes statements of one block with what belongs to them: a run of statements that fills its
 * lines (blanks before, at most a comment after) goes with those lines, comment included, so no
 * orphan comment or blank line is left; otherwise the statements go with the blanks after them.
 */
export function deleteStatements(text: TextSource, doomed: readonly Statement[]): Edit[] {
  const sorted = [...doomed].sort((a, b) => a.offset - b.offset);
  const edits: Edit[] = [];
  for (let i = 0; i < sorted.length; ) {
    // A run: statements separated by blanks only (a line break ends the run).
    let j = i;
    while (j + 1 < sorted.length && /^[ \t]*$/.test(text.slice(sorted[j].offset + sorted[j].length, sorted[j + 1].offset))) j++;
    const first = sorted[i];
    const last = sorted[j];
    const start = lineStartAt(text, first.offset);
    const runEnd = last.offset + last.length;
    const stop = lineEndAt(text, runEnd);
    if (/^[ \t]*$/.test(text.slice(start, first.offset)) && /^[ \t]*(#.*)?$/.test(text.slice(runEnd, stop))) {
      edits.push({ offset: start, length: pastLineBreak(text, stop) - start, newText: '' });
    } else {
      let end = runEnd;
      while (end < text.length && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9)) end++;
      edits.push({ offset: first.offset, length: end - first.offset, newText: '' });
    }
    i = j + 1;
  }
  return edits;
}

/** The preferred fixes of all problems, without overlapping edits (the first wins). */
export function fixAllEdits(problems: readonly Problem[]): Edit[] {
  const chosen: Edit[] = [];
  for (const p of problems) {
    const fix = p.fixes?.find((f) => f.preferred);
    if (!fix) continue;
    const clash = fix.edits.some((e) => chosen.some((c) => e.offset < c.offset + c.length && c.offset < e.offset + e.length || (e.length === 0 && c.length === 0 && e.offset === c.offset)));
    if (!clash) chosen.push(...fix.edits);
  }
  return chosen.sort((a, b) => a.offset - b.offset);
}

/** Applies offset edits to a text (for the CLI and tests). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  // From the end backwards. At one offset: the replacement first, then the insertions, the last
  // one first, so that the insertions end up before the replaced text and in the order given.
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.offset - a.e.offset || (b.e.length > 0 ? 1 : 0) - (a.e.length > 0 ? 1 : 0) || b.i - a.i)
    .map((x) => x.e);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}

/** The indentation the statements of a block use, to insert new ones that line up. */
function blockIndent(text: TextSource, block: Block): string {
  const first = block.statements[0];
  if (first) {
    const lineStart = text.lastIndexOf('\n', first.offset - 1) + 1;
    const indent = text.slice(lineStart, first.offset);
    if (/^[ \t]*$/.test(indent)) return indent;
  }
  return '  ';
}

/** An edit that inserts whole lines just before the block's closing brace. */
export function insertBeforeClose(text: TextSource, block: Block, lines: string[]): Edit {
  const close = block.offset + block.length - 1;
  const indent = blockIndent(text, block);
  const lineStart = text.lastIndexOf('\n', close - 1) + 1;
  const beforeClose = text.slice(lineStart, close);
  if (/^[ \t]*$/.test(beforeClose)) {
    // `}` on its own line: insert full lines before that line.
    return { offset: lineStart, length: 0, newText: lines.map((l) => indent + l + '\n').join('') };
  }
  // `}` at the end of a line with content (one-line block): insert inline.
  return { offset: close, length: 0, newText: lines.map((l) => ' ' + l).join('') + ' ' };
}

/** An edit that deletes a statement with its line when it stands alone on it. */
export function deleteStatement(text: TextSource, s: Statement): Edit {
  const lineStart = text.lastIndexOf('\n', s.offset - 1) + 1;
  let end = s.offset + s.length;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(lineStart, s.offset);
  const after = text.slice(end, lineEnd);
  if (/^[ \t]*$/.test(before) && /^[ \t]*(#.*)?\r?$/.test(after) && !/#/.test(after)) {
    return { offset: lineStart, length: Math.min(lineEnd + 1, text.length) - lineStart, newText: '' };
  }
  while (end < text.length && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9)) end++;
  return { offset: s.offset, length: end - s.offset, newText: '' };
}

export function nextTokenStart(text: TextSource, from: number): number {
  let i = from;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

export function insertAtBlockStart(text: TextSource, block: Block, line: string): Edit {
  const first = block.statements[0];
  if (first) {
    const lineStart = text.lastIndexOf('\n', first.offset - 1) + 1;
    const indent = text.slice(lineStart, first.offset);
    if (/^[ \t]*$/.test(indent)) return { offset: lineStart, length: 0, newText: indent + line + '\n' };
    return { offset: first.offset, length: 0, newText: line + ' ' };
  }
  return { offset: block.offset + 1, length: 0, newText: ' ' + line + ' ' };
}
