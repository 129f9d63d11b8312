/** What is at an offset: the innermost statement, and the block that holds the cursor. */
import type { Block, Document, Statement } from '../parser/nodes';
import { offsetInBlock } from '../parser/shift';

function contains(span: { offset: number; length: number }, offset: number): boolean {
  return offset >= span.offset && offset <= span.offset + span.length;
}

/** The innermost statement whose text contains the offset (block contents included). */
export function statementAt(doc: Document, offset: number): Statement | undefined {
  let block: Block | undefined = doc.body;
  let found: Statement | undefined;
  while (block) {
    const list: Statement[] = block.statements;
    // Binary search: statements are in text order.
    let lo = 0;
    let hi = list.length - 1;
    let hit: Statement | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = list[mid];
      // Top-level offsets through the pending lag of an edit (shift.ts).
      const at = offsetInBlock(block, mid);
      if (offset < at) hi = mid - 1;
      else if (offset > at + s.length) lo = mid + 1;
      else {
        hit = s;
        break;
      }
    }
    if (!hit) return found;
    found = hit;
    block = hit.body && offset > hit.body.offset && (offset < hit.body.offset + hit.body.length || !hit.body.closed) ? hit.body : undefined;
  }
  return found;
}

/** The block whose braces enclose the offset (the document's body at top level). */
export function blockAt(doc: Document, offset: number): Block {
  let block: Block = doc.body;
  for (;;) {
    const list = block.statements;
    let next: Block | undefined;
    for (let lo = 0, hi = list.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      const s = list[mid];
      const at = offsetInBlock(block, mid);
      if (offset < at) hi = mid - 1;
      else if (offset > at + s.length) lo = mid + 1;
      else {
        const b = s.body;
        if (b && offset > b.offset && (b.closed ? offset < b.offset + b.length : true)) next = b;
        break;
      }
    }
    if (!next) return block;
    block = next;
  }
}

export function within(span: { offset: number; length: number } | undefined, offset: number): boolean {
  return !!span && contains(span, offset);
}
