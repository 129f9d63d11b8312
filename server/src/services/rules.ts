/**
 * Every rule pass over one walk of the tree: the language rules and the failover rules see each
 * statement once. On a file of 100,000 hosts a walk costs tens of milliseconds, mostly memory
 * traffic; one walk instead of three is most of the time of a check.
 */
import type { Family } from '../knowledge/types';
import type { Document, Statement } from '../parser/nodes';
import type { Problem } from '../parser/problems';
import { forEachStatement } from '../parser/walk';
import { failoverChecker } from './failoverRules';
import { ProblemSink, validator } from './validation';

/** The rule passes, fed statement by statement in text order, then finished. */
export interface RuleRunner {
  visit(s: Statement): void;
  /** The problems, in the order the passes report them. */
  finish(): Problem[];
}

export function ruleRunner(family: Family, text: string): RuleRunner {
  const language = new ProblemSink();
  const failover = new ProblemSink();
  const a = validator(family, language);
  const b = failoverChecker(text, failover);
  return {
    visit(s) {
      // A plain host body is checked with its host (Block.plain).
      if (s.parent.plain) return;
      a.visit(s);
      b.visit(s);
    },
    finish() {
      a.finish();
      b.finish();
      return [...language.problems, ...failover.problems];
    },
  };
}

/** The problems the rules find in a whole tree. */
export function runRules(doc: Document, family: Family, text: string): Problem[] {
  const rules = ruleRunner(family, text);
  forEachStatement(doc, (s) => rules.visit(s));
  return rules.finish();
}
