/**
 * Incremental reparsing: after an edit, only the top-level statements the edit touched (and
 * their neighbours) are parsed again; the statements after them keep their nodes, shifted by the
 * length difference. The result is the same tree a full parse gives (a test checks it on random
 * edits); when the edit reaches across a block it cannot close cleanly, it declines and the
 * caller parses the whole text.
 */
import { detached, editedText, type TextSource } from '../base/pieceText';
import type { Family } from '../knowledge/types';
import type { Block, Comment, Document, FailoverPeer, Name, Statement } from './nodes';
import { firstEndingAtOrAfter, offsetNow, setLag, topOffset } from './shift';
import { forEachStatementIn } from './walk';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
import { parse, type ParseResult } from './parser';
import { shiftProblem, type Problem } from './problems';

/** One replacement, in offsets of the text before it. */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newText: string;
}

export interface Parsed extends ParseResult {
  /** The text parsed: a string, or an editor's text read in pieces (never joined here). */
  readonly text: TextSource;
  readonly family: Family;
}

export function fullParse(text: string, family: Family): Parsed {
  return { ...parse(text, { family }), text, family };
}



// ---- the update ----------------------------------------------------------------------------

/** Statements that belong with the one before them: an `if` and its `elsif`/`else` branches. */
function isBranch(s: Statement | undefined): boolean {
  return !!s && (s.kind === 'elsif' || s.kind === 'else');
}

const UNSAFE = new Set(['unbalancedBrace', 'unterminatedString', 'nestingTooDeep', 'commentSwallowsLines']);

/**
 * The parse of `prev.text` with `change` applied, reusing what the change did not touch. It
 * takes over `prev` (its tree is updated in place). Returns undefined when the change cannot be
 * isolated; then parse the new text in full.
 */
export function reparse(prev: Parsed, change: TextChange, newText?: TextSource): Parsed | undefined {
  const oldText = prev.text;
  const doc = prev.document;
  const top = doc.body.statements;
  if (top.length < 4 || prev.problems.some((p) => UNSAFE.has(p.rule))) return undefined;
  // The caller may already hold the new text (the editor's); else it is made in pieces: versions
  // replayed from the journal never copy a large file.
  const text = newText ?? editedText(oldText, change.start, change.oldEnd, change.newText);
  const delta = change.newText.length - (change.oldEnd - change.start);
  // The top-level statements the change touches.
  let i0 = firstEndingAtOrAfter(doc, change.start);
  let i1 = i0;
  while (i1 + 1 < top.length && topOffset(doc, i1 + 1) <= change.oldEnd) i1++;
  // One untouched statement before (the parse before it may have looked ahead into it) and one
  // after, the anchor: the region's reparse must give it back unchanged, or the edit reaches
  // further (a removed `;` or `}` joins statements) and the region grows.
  i0 = Math.max(0, i0 - 1);
  while (i0 > 0 && isBranch(top[i0])) i0--;
  for (let grow = 1; grow <= 8; grow *= 2) {
    let last = Math.min(top.length - 1, i1 + grow);
    while (last + 1 < top.length && isBranch(top[last + 1])) last++;
    const regionStart = i0 === 0 ? 0 : topOffset(doc, i0);
    const atEnd = last === top.length - 1;
    const regionOldEnd = atEnd ? oldText.length : topOffset(doc, last + 1);
    if (change.start < regionStart || change.oldEnd > regionOldEnd) return undefined;
    const anchor = top[last];
    const anchorOffset = topOffset(doc, last);
    if (!atEnd && anchorOffset < change.oldEnd) continue;
    const declared = [];
    for (const st of doc.declarations) {
      if (offsetNow(st) >= regionStart) break;
      const d = (st as { declares?: { space: string } }).declares;
      if (d) declared.push(d);
    }
    // Option definitions change how the rest of the file parses: an edit near one parses it all.
    // So do includes (their files are grafted into the tree), at any depth: those edits parse it all too.
    const defines = (list: readonly Statement[]): boolean =>
      list.some((x) => {
        if (x.kind === 'option-definition' || x.kind === 'option-space') return true;
        let found = false;
        forEachStatementIn(x, (y) => {
          if (y.kind === 'include') found = true;
        });
        return found;
      });
    if (defines(top.slice(i0, last + 1))) return undefined;
    const sub = parse(detached(text.slice(regionStart, regionOldEnd + delta)), { family: prev.family, base: regionStart, declared: declared as never });
    if (defines(sub.document.body.statements)) return undefined;
    if (sub.problems.some((p) => UNSAFE.has(p.rule))) return undefined;
    const got = sub.document.body.statements;
    const tail = got[got.length - 1];
    // The anchor must come back at its shifted place, whole and terminated (not at the text's end).
    if (!atEnd && !(tail && tail.offset === anchorOffset + delta && tail.length === anchor.length && tail.terminated && tail.kind === anchor.kind)) continue;
    return splice(prev, text, delta, i0, last, regionStart, regionOldEnd, sub);
  }
  return undefined;
}

function splice(prev: Parsed, text: TextSource, delta: number, i0: number, last: number, regionStart: number, regionOldEnd: number, sub: ParseResult): Parsed {
  const top = prev.document.body.statements;
  // Peers outside the region are kept; decided on the old offsets, before anything moves.
  // (A peer inside a shared-network may lag behind an earlier edit: its offset now, not as stored.)
  const oldPeers = prev.document.peers.filter((p) => offsetNow(p) < regionStart || offsetNow(p) >= regionOldEnd);
  // Declarations outside the region, at their offsets in the new text.
  const declarations = prev.document.declarations
    .map((d) => [offsetNow(d), d] as const)
    .filter(([at]) => at < regionStart || at >= regionOldEnd)
    .map(([at, d]) => [at >= regionOldEnd ? at + delta : at, d] as const);
  // Nothing after the region moves now (see shift.ts): the lag pending since the last edit is
  // settled over the statements between the two edits, and the statements after this one lag
  // by that much plus this edit's delta. Their contents move when they are next read. A
  // keystroke in 100,000 hosts no longer rewrites the offsets of everything after it.
  const doc = prev.document as Mutable<Document>;
  const lag = doc.lag ?? 0;
  const lagFrom = doc.lagFrom ?? top.length;
  if (lag !== 0) {
    // Before the region, those still lagging take their place; after it, those that did not
    // lag yet are set back so that the new lag applies to them too.
    for (let i = lagFrom; i < i0; i++) (top[i] as Mutable<Statement>).offset += lag;
    for (let i = last + 1; i < lagFrom; i++) (top[i] as Mutable<Statement>).offset -= lag;
  }
  // Statements' own offsets moved (on either side of the region): their contents catch up when read.
  doc.unsettled = true;
  const body = prev.document.body as Mutable<Block>;
  const fresh = sub.document.body.statements;
  for (const s of fresh) s.parent = body;
  body.statements.splice(i0, last - i0 + 1, ...fresh);
  setLag(doc, i0 + fresh.length, lag + delta);
  body.length = text.length;
  doc.length = text.length;
  const comments = doc.comments as Comment[];
  const keptBefore = comments.filter((c) => c.offset < regionStart);
  const keptAfter = comments.filter((c) => c.offset >= regionOldEnd).map((c) => ({ ...c, offset: c.offset + delta }));
  comments.length = 0;
  comments.push(...keptBefore, ...sub.document.comments, ...keptAfter);
  const allDeclarations = [...declarations, ...sub.document.declarations.map((d) => [d.offset, d] as const)];
  allDeclarations.sort((a, b) => a[0] - b[0]);
  doc.declarations.length = 0;
  doc.declarations.push(...allDeclarations.map((x) => x[1]));
  const peers = doc.peers as FailoverPeer[];
  peers.length = 0;
  peers.push(...[...oldPeers, ...sub.document.peers].sort((a, b) => offsetNow(a) - offsetNow(b)));
  // In the order a full parse reports them: before the region, the region, after it (within a
  // statement a full parse may report a later offset first; a sort would reorder those).
  const problems: Problem[] = [];
  const later: Problem[] = [];
  for (const p of prev.problems) {
    if (p.offset < regionStart) problems.push(p);
    else if (p.offset >= regionOldEnd) later.push(shiftProblem(p, delta));
  }
  problems.push(...sub.problems, ...later);
  return { document: prev.document, problems, text, family: prev.family };
}

export type { Name };
