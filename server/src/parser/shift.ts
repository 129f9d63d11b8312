/**
 * Moving the nodes after an edit, lazily. An edit changes the offsets of everything after it;
 * rewriting them all costs tens of milliseconds on a file of 100,000 hosts, at every keystroke.
 * So an edit moves only the top-level statements' own offsets, and a top-level statement's
 * contents catch up when they are next read ("settled"): by a full walk (forEachStatement
 * settles each statement as it reaches it), by `Analysis.document`, or around one offset for
 * hover and completion.
 *
 * A top-level statement starts with its keyword: the distance between the two is how far its
 * contents are behind.
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

/** A top-level statement moved by `delta`: its own offset now, its contents when they are read. */
export function deferShift(top: Statement, delta: number): void {
  (top as Mutable<Statement>).offset += delta;
}

/** Brings the contents of a top-level statement to where the statement now is. */
export function settle(top: Statement): void {
  const behind = top.offset - top.keyword.offset;
  if (behind !== 0) {
    (top as Mutable<Statement>).offset -= behind;
    shiftStatement(top, behind);
  }
}

/** Settles every top-level statement. */
export function settleAll(doc: Document): void {
  if (!doc.unsettled) return;
  for (const s of doc.body.statements) settle(s);
  (doc as Mutable<Document>).unsettled = false;
}

/**
 * Settles what a request at `offset` reads: the top-level statements around it and the failover
 * peers (hover and completion summarise them). The rest may stay behind.
 */
export function settleAround(doc: Document, offset: number): void {
  if (!doc.unsettled) return;
  const top = doc.body.statements;
  const lo = firstEndingAtOrAfter(top, offset);
  for (let i = Math.max(0, lo - 1); i <= Math.min(top.length - 1, lo + 1); i++) settle(top[i]);
  for (const p of doc.peers) settle(topLevelOf(p));
}

/** Where a statement is in the current text, settled or not (its top-level statement tells how far behind it is). */
export function offsetNow(s: Statement): number {
  const top = topLevelOf(s);
  return top === s ? s.offset : s.offset + (top.offset - top.keyword.offset);
}

function topLevelOf(s: Statement): Statement {
  let x = s;
  while (x.parent.owner.kind !== 'document') x = x.parent.owner;
  return x;
}

/** The index of the first statement that ends at or after `offset` (binary search: ends are sorted). */
export function firstEndingAtOrAfter(top: readonly Statement[], offset: number): number {
  let lo = 0;
  let hi = top.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (top[mid].offset + top[mid].length < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
