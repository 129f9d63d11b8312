/**
 * Where each statement may stand: the scope a block gives, and the placement rules read from the
 * knowledge base's scope table (what dhcpd -t refuses).
 */
import { SCOPE_RULES } from '../../knowledge/scopes';
import type { Family, Scope } from '../../knowledge/types';
import type { RuleId } from '../../knowledge/rules';
import { t } from '../../base/l10n';
import type { Block, Statement } from '../../parser/nodes';
import type { ProblemSink } from './sink';

/** The scope a block gives the statements inside it. */
export function scopeOf(block: Block): Scope | 'conditional' {
  const owner = block.owner;
  if (owner.kind === 'document') return 'global';
  switch (owner.kind) {
    case 'shared-network':
    case 'subnet':
    case 'subnet6':
    case 'pool':
    case 'pool6':
    case 'host':
    case 'group':
    case 'class':
    case 'subclass':
    case 'key':
    case 'zone':
      return owner.kind;
    case 'failover-peer':
      return 'failover-peer';
    default:
      return 'conditional';
  }
}

/** The nearest enclosing scope that is a declaration (looking through if/on/switch blocks). */
export function declarationScope(block: Block): Scope {
  let b: Block = block;
  for (;;) {
    const s = scopeOf(b);
    if (s !== 'conditional') return s;
    const owner = b.owner as Statement;
    b = owner.parent;
  }
}

/** Statements that an `if`/`on`/`switch` block cannot hold (dhcpd: "right brace expected."). */
const DECLARATIONS_OUTSIDE_CONDITIONALS = new Set([
  'host', 'subnet', 'subnet6', 'shared-network', 'pool', 'pool6', 'class', 'subclass', 'group', 'range', 'range6',
  'prefix6', 'fixed-address', 'fixed-address6', 'fixed-prefix6', 'hardware', 'failover peer', 'authoritative',
  'not authoritative', 'include', 'match', 'match if', 'spawn with', 'lease limit', 'server-identifier', 'lease-id-format', 'server-duid',
]);

function insideWrongFamily(s: Statement, family: Family): boolean {
  let owner = s.parent.owner;
  while (owner.kind !== 'document') {
    const r = SCOPE_RULES.get(owner.keyword.text);
    if (r?.family && r.family !== family) return true;
    owner = owner.parent.owner;
  }
  return false;
}

export function checkScope(s: Statement, keyword: string, scope: Scope, family: Family, sink: ProblemSink): void {
  const rule = SCOPE_RULES.get(keyword);
  if (!rule) return;
  const misplaced = !rule.allowed.includes(scope);
  if (!misplaced && !(rule.family && rule.family !== family)) return;
  // Inside a declaration of the other family, that declaration alone is reported (looked up
  // only when there is something to report: climbing every statement's ancestors is costly).
  if (insideWrongFamily(s, family)) return;
  if (rule.family && rule.family !== family) {
    sink.add('notAllowedHere', s.keyword, t('`{0}` belongs to DHCPv{1} configurations; this file is DHCPv{2} (dhcpd: "{3}").', keyword, rule.family, family, rule.dhcpd));
    return;
  }
  if (keyword === 'failover peer') {
    // Declarations are checked here; references (in pools) by the failover rules.
    if (s.kind !== 'failover-peer') return;
  }
  if (misplaced && rule.allowed.length === 0) {
    sink.add('notAllowedHere', s.keyword, t('This dhcpd refuses `{0}` everywhere: it is compiled in only on request, which neither ISC’s default build nor Debian’s does (dhcpd: "{1}").', keyword, rule.dhcpd));
    return;
  }
  if (misplaced) {
    const rule2: RuleId = keyword === 'failover peer' ? 'failoverPeerScope' : 'notAllowedHere';
    sink.add(rule2, s.keyword, t('`{0}` is not allowed in {1} (dhcpd: "{2}").', keyword, describeScope(scope), rule.dhcpd));
  }
}

export function describeScope(scope: Scope): string {
  switch (scope) {
    case 'global':
      return t('the global scope');
    case 'failover-peer':
      return t('a failover peer block');
    default:
      return t('a `{0}` block', scope);
  }
}

/** A statement in its block: declarations in an `if`/`on`/`switch`, then the scope table. */
export function checkPlacement(s: Statement, keyword: string, scope: Scope | 'conditional', family: Family, sink: ProblemSink): void {
  if (scope === 'conditional') {
    const within = (s.parent.owner as Statement).keyword.text;
    if (DECLARATIONS_OUTSIDE_CONDITIONALS.has(keyword) && s.kind !== 'failover-ref') {
      sink.add('notAllowedHere', s.keyword, t('`{0}` cannot stand inside `{1}`: dhcpd reads it only outside `if`, `on` and `switch` blocks (dhcpd: "right brace expected.").', keyword, within));
    } else if (SCOPE_RULES.get(keyword)?.allowed.length === 0) {
      checkScope(s, keyword, 'global', family, sink);
    } else if (SCOPE_RULES.get(keyword)?.allowed.every((x) => x === 'key')) {
      sink.add('notAllowedHere', s.keyword, t('`{0}` belongs in a `key` block, not inside `{1}` (dhcpd: "right brace expected.").', keyword, within));
    }
  } else if (scope !== 'failover-peer' && scope !== 'key' && scope !== 'zone') {
    checkScope(s, keyword, scope, family, sink);
  }
}
