/**
 * Lines that "Generate secondary" (or primary) marks for review: a statement copied from the
 * other server whose value may name that server. The generated document shows them as warnings
 * until the user has looked and removed the mark.
 */
import type { Document } from '../parser/nodes';
import { t } from '../base/l10n';
import type { Problem } from '../parser/problems';
import { RULES } from '../knowledge/rules';
import type { TextSource } from '../base/pieceText';

/** Written by the generators in a comment line just above the statement to review. */
export const REVIEW_MARKER = 'REVIEW (dhcpd-conf):';

export function reviewMarkProblems(doc: Document, text: TextSource): Problem[] {
  const out: Problem[] = [];
  // Rare in a file: find the marker in the text, then make sure it stands in a comment.
  for (let at = text.indexOf(REVIEW_MARKER); at >= 0; at = text.indexOf(REVIEW_MARKER, at + 1)) {
    const comment = doc.comments.find((c) => c.offset < at && at < c.offset + c.length);
    if (!comment) continue;
    const why = text.slice(at + REVIEW_MARKER.length, comment.offset + comment.length).trim();
    out.push({
      rule: 'generatedReview',
      severity: RULES.generatedReview,
      message: t('Generated for the other server and marked for review: {0} Remove this comment once it is right.', why),
      offset: comment.offset,
      length: comment.length,
      fixes: [{ title: t('Mark as reviewed (remove the comment)'), edits: [wholeLine(text, comment.offset, comment.offset + comment.length)] }],
    });
  }
  return out;
}

/** The comment with its line when nothing else stands on it. */
function wholeLine(text: TextSource, from: number, to: number): { offset: number; length: number; newText: string } {
  const start = Math.max(text.lastIndexOf('\n', from - 1), text.lastIndexOf('\r', from - 1)) + 1;
  if (!/^[ \t]*$/.test(text.slice(start, from))) return { offset: from, length: to - from, newText: '' };
  let end = to;
  if (text.charCodeAt(end) === 13) end++;
  if (text.charCodeAt(end) === 10) end++;
  return { offset: start, length: end - start, newText: '' };
}
