/**
 * Where dhcpd 4.4.3 accepts each declaration and scoped parameter, as validation reads it:
 * derived from the statements of statements.ts that carry a `refused` entry (their `scopes`,
 * measured with `dhcpd -t`, and dhcpd's own message for the refusal so users can find it).
 * Parameters without one are accepted in every declaration scope.
 */
import { PERMITS, STATEMENTS } from './statements';
import type { Scope, StatementInfo } from './types';

export interface ScopeRule {
  /** The declaration scopes where validation lets the statement stand (dhcpd accepts it, or refuses it by a check of its own). */
  readonly allowed: readonly Scope[];
  /** dhcpd's message when it refuses it. */
  readonly dhcpd: string;
  /** Only in this family; in the other dhcpd refuses it everywhere. */
  readonly family?: 4 | 6;
}

function scopeRule(s: StatementInfo & { refused: NonNullable<StatementInfo['refused']> }): ScopeRule {
  const allowed = [...s.scopes, ...(s.refused.checkedApart ?? [])];
  return s.refused.familyOnly && s.family !== 'both'
    ? { allowed, dhcpd: s.refused.dhcpd, family: s.family }
    : { allowed, dhcpd: s.refused.dhcpd };
}

/**
 * Keyed by the statement's keyword as the AST normalises it. A Map: keywords come from the
 * user's text, and a plain object would answer `constructor` or `toString` with what
 * Object.prototype holds.
 */
export const SCOPE_RULES: ReadonlyMap<string, ScopeRule> = new Map(
  STATEMENTS.filter((s): s is StatementInfo & { refused: NonNullable<StatementInfo['refused']> } => s.refused !== undefined).map((s) => [s.name, scopeRule(s)]),
);

const poolPermits = new Set(PERMITS.filter((p) => p.where === 'pool').map((p) => p.name));
const scopePermits = new Set(PERMITS.filter((p) => p.where === 'scope').map((p) => p.name));

/** Permits that only a pool takes, and permits that a pool refuses (in `allow`/`deny`). */
export const POOL_ONLY_PERMITS: ReadonlySet<string> = new Set([...poolPermits].filter((name) => !scopePermits.has(name)));
export const NOT_IN_POOL_PERMITS: ReadonlySet<string> = new Set([...scopePermits].filter((name) => !poolPermits.has(name)));
/** Permits accepted both in a pool and outside pools (`unknown-clients`). */
export const POOL_AND_SCOPE_PERMITS: ReadonlySet<string> = new Set([...poolPermits].filter((name) => scopePermits.has(name)));
