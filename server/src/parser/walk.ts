/**
 * Walks over the statements of a tree. A full walk settles the top-level statements an edit
 * moved as it reaches them (shift.ts), so it lives here rather than with the node types.
 */
import type { Document, Statement } from './nodes';
import { catchUp, settle } from './shift';

/**
 * Visits every statement, depth first, in text order. Iterative (nesting depth cannot overflow
 * the stack), and it walks the arrays in place: huge files have hundreds of thousands of
 * statements, and every rule pass goes through here.
 */
export function forEachStatement(doc: Document, visit: (s: Statement) => void): void {
  // Statements moved by an edit catch up as the walk reaches them (shift.ts).
  catchUp(doc, Infinity);
  const settling = doc.unsettled === true;
  walk(doc.body.statements, visit, settling);
  if (settling) doc.unsettled = false;
}

/** Visits a statement and everything in it (included files too), depth first, in text order. */
export function forEachStatementIn(s: Statement, visit: (s: Statement) => void): void {
  visitTree(s, visit, 0);
}

/** Recursive while shallow (no allocation: it runs once per top-level statement), iterative below. */
function visitTree(s: Statement, visit: (s: Statement) => void, depth: number): void {
  visit(s);
  const inner = s.body !== undefined ? s.body.statements : s.kind === 'include' ? s.included?.statements : undefined;
  if (inner === undefined || inner.length === 0) return;
  if (depth >= 32) {
    walk(inner, visit, false);
    return;
  }
  for (let i = 0; i < inner.length; i++) visitTree(inner[i], visit, depth + 1);
}

function walk(top: Statement[], visit: (s: Statement) => void, settling: boolean): void {
  const lists: Statement[][] = [top];
  const next: number[] = [0];
  let depth = 0;
  while (depth >= 0) {
    const list = lists[depth];
    const i = next[depth];
    if (i >= list.length) {
      depth--;
      continue;
    }
    next[depth] = i + 1;
    const s = list[i];
    if (settling && depth === 0) settle(s);
    visit(s);
    const inner = s.body !== undefined ? s.body.statements : s.kind === 'include' ? s.included?.statements : undefined;
    if (inner !== undefined && inner.length > 0) {
      depth++;
      lists[depth] = inner;
      next[depth] = 0;
    }
  }
}
