/**
 * Moving the nodes after an edit, lazily. An edit changes the offsets of everything after it;
 * rewriting them all costs milliseconds on a file of 100,000 hosts, at every keystroke. So
 * - the top-level statements after an edit keep their offsets, with a pending lag recorded on
 *   the document: from index `lagFrom` on, a top-level statement stands `lag` further than its
 *   `offset` says. The next edit settles the lag over the statements between the two edits
 *   only (typing in one place costs nothing more), the way the document's line index does;
 * - a top-level statement's contents catch up with it when they are next read ("settled"): by
 *   a full walk (forEachStatement settles each statement as it reaches it), by
 *   `Analysis.document`, or around one offset for hover and completion.
 *
 * A top-level statement starts with its keyword: the distance between the two is how far its
 * contents are behind. Read top-level offsets through `topOffset` wherever a lag may be pending
 * (binary searches over the document's statements); `catchUp` ends it up to an index.
 */
import type { Block, Document, Name, Statement, Value } from './nodes';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };


function shiftSpan(x: { offset: number } | undefined, delta: number): void {
  if (x) (x as Mutable<{ offset: number }>).offset += delta;
}

/** Moves a statement and everything in it by `delta`. */
export function shiftStatement(root: Statement, delta: number): void {
  const stack: Statement[] = [root];
  while (stack.length) {
    const s = stack.pop()!;
    (s as Mutable<Statement>).offset += delta;
    (s.keyword as Mutable<Name>).offset += delta;
    // Only the fields each kind has: a generic walk over absent fields is several times slower.
    switch (s.kind) {
      case 'parameter':
      case 'failover-statement':
      case 'executable':
        for (const v of s.values) (v as Mutable<Value>).offset += delta;
        break;
      case 'failover-state':
        for (const v of s.values) (v as Mutable<Value>).offset += delta;
        shiftSpan(s.at, delta);
        break;
      case 'option':
        shiftSpan(s.optionName, delta);
        for (const v of s.values) (v as Mutable<Value>).offset += delta;
        break;
      case 'host':
      case 'shared-network':
      case 'group':
      case 'key':
      case 'zone':
      case 'failover-peer':
      case 'failover-ref':
        shiftSpan(s.name, delta);
        break;
      case 'class':
      case 'subclass':
        shiftSpan(s.name, delta);
        shiftSpan(s.match, delta);
        break;
      case 'include':
        shiftSpan(s.path, delta);
        break;
      case 'subnet':
        shiftSpan(s.network, delta);
        shiftSpan(s.netmask, delta);
        break;
      case 'subnet6':
        shiftSpan(s.prefix, delta);
        break;
      case 'range':
        shiftSpan(s.dynamicBootp, delta);
        shiftSpan(s.low, delta);
        shiftSpan(s.high, delta);
        break;
      case 'range6':
      case 'prefix6':
        shiftSpan(s.low, delta);
        shiftSpan(s.high, delta);
        shiftSpan(s.prefixLength, delta);
        break;
      case 'option-definition':
      case 'option-space':
        shiftSpan(s.optionName, delta);
        break;
      case 'permit':
        shiftSpan(s.permit, delta);
        shiftSpan(s.argument, delta);
        break;
      case 'if':
      case 'elsif':
      case 'else':
      case 'switch':
      case 'case':
      case 'on':
      case 'match':
        shiftSpan(s.condition, delta);
        break;
      default:
        break;
    }
    const body = s.body;
    if (body) {
      (body as Mutable<Block>).offset += delta;
      const inner = body.statements;
      for (let i = 0; i < inner.length; i++) stack.push(inner[i]);
    }
  }
}

/** Where top-level statement `i` of `doc` stands now, lag included. */
export function topOffset(doc: Document, i: number): number {
  const s = doc.body.statements[i];
  return i >= (doc.lagFrom ?? Infinity) ? s.offset + doc.lag! : s.offset;
}

/** The offset of statement `i` of `block`: `topOffset` at the top level, its own offset below. */
export function offsetInBlock(block: Block, i: number): number {
  // The document's own body only: an included file grafted at the top level has the document
  // as owner too, and never lags.
  const owner = block.owner as { kind?: string; body?: Block } | undefined;
  return owner?.kind === 'document' && owner.body === block ? topOffset(owner as Document, i) : block.statements[i].offset;
}

/** Writes the pending lag into the top-level statements before index `upTo`. */
export function catchUp(doc: Document, upTo: number): void {
  const from = doc.lagFrom;
  if (from === undefined || upTo <= from) return;
  const top = doc.body.statements;
  const lag = doc.lag!;
  const end = Math.min(upTo, top.length);
  for (let i = from; i < end; i++) (top[i] as Mutable<Statement>).offset += lag;
  setLag(doc, end, lag);
}

/** Records that the top-level statements from index `from` on stand `lag` further than stored. */
export function setLag(doc: Document, from: number, lag: number): void {
  const d = doc as Mutable<Document>;
  if (lag === 0 || from >= doc.body.statements.length) {
    d.lagFrom = undefined;
    d.lag = undefined;
  } else {
    d.lagFrom = from;
    d.lag = lag;
  }
}

/**
 * Brings the contents of a top-level statement to where the statement now is. The statement's
 * own offset must be current (no lag pending on it: see catchUp).
 */
export function settle(top: Statement): void {
  const behind = top.offset - top.keyword.offset;
  if (behind !== 0) {
    (top as Mutable<Statement>).offset -= behind;
    shiftStatement(top, behind);
  }
}

/** Settles every top-level statement. */
export function settleAll(doc: Document): void {
  catchUp(doc, Infinity);
  if (!doc.unsettled) return;
  for (const s of doc.body.statements) settle(s);
  (doc as Mutable<Document>).unsettled = false;
}

/**
 * Settles what a request at `offset` reads: the top-level statements around it and the failover
 * peers (hover and completion summarise them). The rest may stay behind.
 */
export function settleAround(doc: Document, offset: number): void {
  if (!doc.unsettled && doc.lagFrom === undefined) return;
  const top = doc.body.statements;
  const lo = firstEndingAtOrAfter(doc, offset);
  // The statements read around the offset, and those before them, lose their lag: after an
  // edit, a request is most often right where the edit was, so this costs little.
  catchUp(doc, lo + 2);
  for (let i = Math.max(0, lo - 1); i <= Math.min(top.length - 1, lo + 1); i++) settle(top[i]);
  settlePeers(doc);
}

/** Settles the failover peer declarations (and the top-level statements that hold them). */
export function settlePeers(doc: Document): void {
  if (!doc.unsettled && doc.lagFrom === undefined) return;
  for (const p of doc.peers) {
    const t = topLevelOf(p);
    catchUp(doc, indexOfTop(doc, t) + 1);
    settle(t);
  }
}

/** Where a statement is in the current text, settled or not (its top-level statement tells how far behind it is). */
export function offsetNow(s: Statement): number {
  const top = topLevelOf(s);
  const doc = top.parent.owner as unknown as Document;
  const at = doc.lagFrom !== undefined && indexOfTop(doc, top) >= doc.lagFrom ? top.offset + doc.lag! : top.offset;
  return top === s ? at : s.offset + (at - top.keyword.offset);
}

/** The index of a top-level statement of `doc`, lag or not (two binary searches at most). */
function indexOfTop(doc: Document, t: Statement): number {
  const top = doc.body.statements;
  for (const guess of doc.lagFrom === undefined ? [t.offset] : [t.offset, t.offset + doc.lag!]) {
    // Statements may share an offset (an empty one before another): look at each.
    for (let i = firstStartingAtOrAfter(doc, guess); i < top.length && topOffset(doc, i) === guess; i++) if (top[i] === t) return i;
  }
  // Not found (a statement of an included file, grafted elsewhere): nothing to catch up.
  return -1;
}

function firstStartingAtOrAfter(doc: Document, offset: number): number {
  let lo = 0;
  let hi = doc.body.statements.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (topOffset(doc, mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function topLevelOf(s: Statement): Statement {
  let x = s;
  while (x.parent.owner.kind !== 'document') x = x.parent.owner;
  return x;
}

/** The index of the first top-level statement that ends at or after `offset` (binary search: ends are sorted). */
export function firstEndingAtOrAfter(doc: Document, offset: number): number {
  const top = doc.body.statements;
  let lo = 0;
  let hi = top.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (topOffset(doc, mid) + top[mid].length < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
