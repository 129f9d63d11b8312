/**
 * Line-aware text edits for the generators. Files come with LF, CRLF or (old Mac editors) CR
 * line breaks; every helper here treats the three alike, and new lines use the file's own.
 */
import type { Statement } from '../parser/nodes';
import type { Edit } from '../services/lintRules';

const CR = 13;
const LF = 10;

/** The file's line break: that of its first line, LF when it has none. */
export function eolOf(text: string): string {
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
export function lineStartAt(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

/** The end of the line that holds `offset` (before its line break). */
export function lineEndAt(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return i;
  }
  return text.length;
}

/** Past the line break at `end` (a line end), or `end` itself at the end of the text. */
export function pastLineBreak(text: string, end: number): number {
  const c = text.charCodeAt(end);
  if (c === CR) return text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
  return c === LF ? end + 1 : end;
}

/** The white space that starts the statement's line, or two spaces when something else does. */
export function indentOf(text: string, offset: number): string {
  const indent = text.slice(lineStartAt(text, offset), offset);
  return /^[ \t]*$/.test(indent) ? indent : '  ';
}

/** The comment that follows a statement on its last line, if only blanks stand between them. */
export function trailingComment(text: string, s: Statement): { offset: number; length: number } | undefined {
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
export function deleteStatements(text: string, doomed: readonly Statement[]): Edit[] {
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
      while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
      edits.push({ offset: first.offset, length: end - first.offset, newText: '' });
    }
    i = j + 1;
  }
  return edits;
}
