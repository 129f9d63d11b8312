/**
 * The formatter: canonical indentation, one statement per line, blank-line runs collapsed,
 * trailing white space removed. It works on the scanner's tokens and only ever edits the white
 * space between them, so strings, comments and values cannot change; it checks that before
 * returning anything.
 *
 * Every decision depends on the token sequence and on which braces share a line, never on the
 * indentation it rewrites: formatting twice gives the same text. Spacing inside a line is kept
 * (people align values in columns), and so are the line breaks the user wrote.
 */
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';
import { lineAt } from '../base/lines';
import type { Family } from '../knowledge/types';
import type { Analysis } from '../model/analysis';
import { computeLineStarts } from '../base/lines';
import { Scanner, TokenKind, type Token } from '../parser/scanner';

export interface FormatOptions {
  readonly tabSize: number;
  readonly insertSpaces: boolean;
}

/** One white-space edit, with the lines it touches (range formatting keeps those inside the range). */
interface Piece {
  readonly offset: number;
  readonly length: number;
  readonly newText: string;
  readonly kind: 'trailing' | 'blank' | 'indent' | 'split';
  readonly firstLine: number;
  readonly lastLine: number;
}

interface Tok {
  readonly kind: TokenKind;
  readonly offset: number;
  /** End of the token; a comment's trailing blanks are left out (they are trailing white space). */
  readonly end: number;
  readonly text: string;
}

/** A token's end; a comment's trailing blanks are left out (they are trailing white space). */
function endOf(text: string, tok: Token): number {
  let end = tok.offset + tok.length;
  if (tok.kind === TokenKind.Comment) while (end > tok.offset + 1 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end;
}

function tokensOf(text: string): Tok[] {
  const out: Tok[] = [];
  const scanner = new Scanner(text);
  for (let tok: Token = scanner.next(); tok.kind !== TokenKind.EOF; tok = scanner.next()) {
    out.push({ kind: tok.kind, offset: tok.offset, end: endOf(text, tok), text: tok.text });
  }
  return out;
}

/** Whether two texts have the same tokens, written the same way (a comment's trailing blanks aside). */
export function sameTokens(a: string, b: string): boolean {
  const sa = new Scanner(a);
  const sb = new Scanner(b);
  for (;;) {
    const x = sa.next();
    const y = sb.next();
    if (x.kind !== y.kind) return false;
    if (x.kind === TokenKind.EOF) return true;
    if (a.slice(x.offset, endOf(a, x)) !== b.slice(y.offset, endOf(b, y))) return false;
  }
}

const isPunct = (t: Tok | undefined, p: string): boolean => !!t && t.kind === TokenKind.Punct && t.text === p;
const isWord = (t: Tok | undefined, w: string): boolean => !!t && t.kind === TokenKind.Word && t.text.toLowerCase() === w;

/** The line breaks of a stretch of white space: [start, end) of each. */
function breaksIn(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < to) {
      out.push([i, i + 2]);
      i++;
    } else if (c === 10 || c === 13) out.push([i, i + 1]);
  }
  return out;
}


/** Computes every white-space edit of the full formatting, in text order. */
function pieces(text: string, options: FormatOptions): Piece[] {
  const tokens = tokensOf(text);
  const starts = computeLineStarts(text);
  const line = (offset: number): number => lineAt(starts, offset);
  const unit = options.insertSpaces ? ' '.repeat(Math.max(1, options.tabSize)) : '\t';
  const firstBreak = breaksIn(text, 0, text.length)[0];
  const eol = firstBreak ? text.slice(firstBreak[0], firstBreak[1]) : '\n';
  const out: Piece[] = [];
  const add = (p: Piece): void => {
    if (text.slice(p.offset, p.offset + p.length) !== p.newText) out.push(p);
  };

  // Which `{` closes on its own line: such blocks stay on one line.
  const oneLine = new Set<number>();
  const open: number[] = [];
  tokens.forEach((t, i) => {
    if (isPunct(t, '{')) open.push(i);
    else if (isPunct(t, '}') && open.length) {
      const o = open.pop()!;
      if (line(tokens[o].offset) === line(t.offset)) oneLine.add(o);
    }
  });

  interface Level {
    readonly oneLine: boolean;
    /** The indentation level of the statements in this block. */
    readonly inner: number;
    /** A `case …:` label was seen in this block: the statements after it are indented under it. */
    afterLabel: boolean;
  }
  const root: Level = { oneLine: false, inner: 0, afterLabel: false };
  const stack: Level[] = [root];
  let oneLineDepth = 0;
  /** Whether the last token that is not a comment ended a statement (else the line continues one). */
  let prevEnds = true;
  let labelPending = false;
  // dhcpd skips a statement that starts with `%` up to the end of its line: never split that line.
  let percentLine = -1;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const isLabelStart = (i: number): boolean => {
    const t = tokens[i];
    if (isWord(t, 'case')) return true;
    if (!isWord(t, 'default')) return false;
    let j = i + 1;
    while (j < tokens.length && tokens[j].kind === TokenKind.Comment) j++;
    return isPunct(tokens[j], ':');
  };

  const indentOf = (i: number): string => {
    const b = tokens[i];
    const top = stack[stack.length - 1];
    if (isPunct(b, '}')) return unit.repeat(Math.max(top.inner - 1, 0));
    let level = top.inner;
    if (!prevEnds && !isPunct(b, '{')) level++;
    if (top.afterLabel && !(prevEnds && isLabelStart(i))) level++;
    return unit.repeat(level);
  };

  for (let i = 0; i <= tokens.length; i++) {
    const a = tokens[i - 1];
    const b = tokens[i];
    const gapStart = a ? a.end : start;
    const gapEnd = b ? b.offset : text.length;
    const gap = text.slice(gapStart, gapEnd);
    // Form feeds, NULs and the like are left where they are, with their line.
    if (!/[^ \t\r\n]/.test(gap)) {
      const breaks = breaksIn(text, gapStart, gapEnd);
      if (!b) {
        // End of the text: no trailing blanks, no blank lines, the final line break kept as it was.
        if (breaks.length) {
          add({ offset: gapStart, length: breaks[0][0] - gapStart, newText: '', kind: 'trailing', firstLine: line(gapStart), lastLine: line(gapStart) });
          add({ offset: breaks[0][1], length: text.length - breaks[0][1], newText: '', kind: 'blank', firstLine: line(breaks[0][1]), lastLine: line(text.length) });
        } else if (a) {
          add({ offset: gapStart, length: gapEnd - gapStart, newText: '', kind: 'trailing', firstLine: line(gapStart), lastLine: line(gapStart) });
        }
      } else if (breaks.length) {
        const lastLineStart = breaks[breaks.length - 1][1];
        if (a) {
          add({ offset: gapStart, length: breaks[0][0] - gapStart, newText: '', kind: 'trailing', firstLine: line(gapStart), lastLine: line(gapStart) });
          // Keep one blank line of a run (the last line break as written).
          if (breaks.length >= 2) {
            const last = breaks[breaks.length - 1];
            add({ offset: breaks[0][1], length: lastLineStart - breaks[0][1], newText: text.slice(last[0], last[1]), kind: 'blank', firstLine: line(breaks[0][1]), lastLine: line(lastLineStart) - 1 });
          }
        } else {
          // Before the first token: no blank lines at all.
          add({ offset: gapStart, length: lastLineStart - gapStart, newText: '', kind: 'blank', firstLine: line(gapStart), lastLine: line(lastLineStart) - 1 });
        }
        add({ offset: lastLineStart, length: gapEnd - lastLineStart, newText: indentOf(i), kind: 'indent', firstLine: line(gapEnd), lastLine: line(gapEnd) });
      } else if (!a) {
        add({ offset: gapStart, length: gapEnd - gapStart, newText: indentOf(i), kind: 'indent', firstLine: line(gapEnd), lastLine: line(gapEnd) });
      } else if (oneLineDepth === 0 && line(a.offset) !== percentLine && b.kind !== TokenKind.Comment && splitsBetween(a, b)) {
        // One statement per line; a trailing comment stays with its statement.
        add({ offset: gapStart, length: gapEnd - gapStart, newText: eol + indentOf(i), kind: 'split', firstLine: line(gapStart), lastLine: line(gapStart) });
      }
    }
    if (!b) break;

    // Structure after b.
    if (isPunct(b, '{')) {
      const single = oneLine.has(i);
      const top = stack[stack.length - 1];
      stack.push({ oneLine: single, inner: top.inner + (top.afterLabel ? 1 : 0) + 1, afterLabel: false });
      if (single) oneLineDepth++;
    } else if (isPunct(b, '}') && stack.length > 1) {
      if (stack.pop()!.oneLine) oneLineDepth--;
    } else if (isPunct(b, '%')) {
      percentLine = line(b.offset);
    }
    if (b.kind === TokenKind.Comment) continue;
    let ends = isPunct(b, ';') || isPunct(b, '{') || isPunct(b, '}');
    if (ends) labelPending = false;
    else if (prevEnds && isLabelStart(i)) labelPending = true;
    else if (labelPending && isPunct(b, ':')) {
      // The label's `:` is followed by white space; `case 01:02:` has hex bytes after its first ones.
      const next = tokens[i + 1];
      if (!next || next.offset > b.end) {
        labelPending = false;
        ends = true;
        stack[stack.length - 1].afterLabel = true;
      }
    }
    prevEnds = ends;
  }
  return out;
}

/** Whether a line break goes between two tokens written on one line (outside one-line blocks). */
function splitsBetween(a: Tok, b: Tok): boolean {
  if (isPunct(a, ';') || isPunct(a, '{') || isPunct(b, '}')) return true;
  // `} else {` and `key x { … };` stay together.
  return isPunct(a, '}') && !isPunct(b, ';') && !isWord(b, 'else') && !isWord(b, 'elsif');
}

function applyPieces(text: string, list: readonly Piece[]): string {
  let out = '';
  let at = 0;
  for (const p of list) {
    out += text.slice(at, p.offset) + p.newText;
    at = p.offset + p.length;
  }
  return out + text.slice(at);
}

function toTextEdits(text: string, list: readonly Piece[]): TextEdit[] {
  const starts = computeLineStarts(text);
  const pos = (offset: number): Position => {
    const l = lineAt(starts, offset);
    return { line: l, character: offset - starts[l] };
  };
  return list.map((p) => ({ range: { start: pos(p.offset), end: pos(p.offset + p.length) }, newText: p.newText }));
}

/** The pieces, or none when they would change anything but white space (a bug: never apply it). */
function checked(text: string, list: Piece[]): Piece[] {
  return sameTokens(text, applyPieces(text, list)) ? list : [];
}

/**
 * The edits that format the document, or only the lines of `range`. The analysis is not needed:
 * the layout follows the tokens, so that broken files format the same way as good ones.
 */
export function format(text: string, _analysis: Analysis | undefined, options: FormatOptions, range?: Range): TextEdit[] {
  let list = pieces(text, options);
  if (range) {
    const first = range.start.line;
    // A selection of whole lines ends at the start of the next one.
    const last = range.end.character === 0 && range.end.line > first ? range.end.line - 1 : range.end.line;
    list = list.filter((p) => p.firstLine >= first && p.lastLine <= last);
  }
  return toTextEdits(text, checked(text, list));
}

/** After `}` or `;`: the indentation of the line just typed. */
export function onTypeFormat(text: string, _analysis: Analysis | undefined, position: Position, ch: string, options: FormatOptions): TextEdit[] {
  if (ch !== '}' && ch !== ';') return [];
  const list = pieces(text, options).filter((p) => p.kind === 'indent' && p.firstLine === position.line);
  return toTextEdits(text, checked(text, list));
}

/** The formatted text (the CLI's `format`); the text itself when it is already formatted. */
export function formatText(text: string, _family: Family | undefined, options: FormatOptions): string {
  return applyPieces(text, checked(text, pieces(text, options)));
}
