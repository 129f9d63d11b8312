/** Where the rules put what they find, and the shape of a rule pass fed from one walk. */
import type { RuleId, Severity } from '../../knowledge/rules';
import { RULES } from '../../knowledge/rules';
import type { Statement } from '../../parser/nodes';
import type { Fix, Problem } from '../../parser/problems';

export class ProblemSink {
  readonly problems: Problem[] = [];
  add(rule: RuleId, at: { offset: number; length: number }, message: string, fixes?: Fix[], severity?: Severity): void {
    this.problems.push({ rule, severity: severity ?? RULES[rule], message, offset: at.offset, length: at.length, fixes });
  }
}

/** A rule pass fed statement by statement from one shared walk (see rules.ts). */
/** A rule pass fed statement by statement from one shared walk (see runner.ts). */
export interface RuleVisitor {
  visit(s: Statement): void;
  finish(): void;
}
