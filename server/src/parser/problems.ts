/** The vocabulary of findings: what the parser and every rule report, in offsets. */
import type { RuleId, Severity } from '../knowledge/rules';

/** A text edit in offsets, turned into an LSP TextEdit at the service edge. */
export interface Edit {
  readonly offset: number;
  readonly length: number;
  readonly newText: string;
}

/** A fix whose result is certain: offered as a quick fix, and by "Fix all" when `preferred`. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly Edit[];
  readonly preferred?: boolean;
}

/** A finding of the language service, in offsets. */
export interface Problem {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly offset: number;
  readonly length: number;
  readonly fixes?: readonly Fix[];
  /** Set when the problem lies in an included file: its URI or path. */
  readonly file?: string;
}

/** A problem, its fixes' edits with it, moved by `delta` (text inserted or removed before it). */
export function shiftProblem(p: Problem, delta: number): Problem {
  const moved = { ...p, offset: p.offset + delta };
  // No `fixes` key where there were none: a moved problem equals one found in place.
  if (p.fixes) moved.fixes = p.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, offset: e.offset + delta })) }));
  return moved;
}
