/**
 * Where dhcpd 4.4.3 accepts each declaration and scoped parameter, measured with `dhcpd -t`
 * (a statement in each kind of block), with dhcpd's own message for the refusal so users can
 * find it. Parameters not listed here are accepted in every declaration scope.
 */
import type { Scope } from './types';
import { DECLARATION_SCOPES } from './types';

export interface ScopeRule {
  /** The scopes where dhcpd accepts the statement. */
  readonly allowed: readonly Scope[];
  /** dhcpd's message when it refuses it. */
  readonly dhcpd: string;
  /** Only in this family; in the other dhcpd refuses it everywhere. */
  readonly family?: 4 | 6;
}

const ALL_DECLS: readonly Scope[] = DECLARATION_SCOPES;
const except = (...s: Scope[]): Scope[] => ALL_DECLS.filter((x) => !s.includes(x));

/**
 * Keyed by the statement's keyword as the AST normalises it. A Map: keywords come from the
 * user's text, and a plain object would answer `constructor` or `toString` with what
 * Object.prototype holds.
 */
export const SCOPE_RULES: ReadonlyMap<string, ScopeRule> = new Map(Object.entries<ScopeRule>({
  host: { allowed: except('host', 'class', 'subclass'), dhcpd: 'host declarations not allowed here.' },
  group: { allowed: except('class', 'subclass', 'host'), dhcpd: 'group declarations not allowed here.' },
  'shared-network': { allowed: ['global', 'group', 'pool', 'pool6'], dhcpd: 'shared-network parameters not allowed here.' },
  // A v4 subnet in a DHCPv6 file is accepted alone; mixed with subnet6 it is refused (validation).
  subnet: { allowed: ['global', 'shared-network', 'group', 'pool', 'pool6'], dhcpd: 'subnet declarations not allowed here.' },
  subnet6: { allowed: ['global', 'shared-network', 'group', 'pool', 'pool6'], dhcpd: 'subnet declarations not allowed here.', family: 6 },
  class: { allowed: except('class', 'subclass'), dhcpd: 'class declarations not allowed here.' },
  subclass: { allowed: except('class', 'subclass'), dhcpd: 'class declarations not allowed here.' },
  hardware: { allowed: ['host'], dhcpd: 'hardware address parameter not allowed here.' },
  'fixed-address': { allowed: ['host'], dhcpd: 'fixed-address parameter not allowed here.' },
  'fixed-address6': { allowed: ['host'], dhcpd: 'fixed-address parameter not allowed here.' },
  'fixed-prefix6': { allowed: ['host'], dhcpd: 'fixed-prefix6 declaration not allowed here.' },
  pool: { allowed: ['shared-network', 'subnet'], dhcpd: 'pool declared outside of network' },
  pool6: { allowed: ['shared-network', 'subnet6'], dhcpd: 'pool6 declared outside of network', family: 6 },
  // dhcpd -6 takes a v4 subnet with its ranges (measured); only the mix with subnet6 fails.
  range: { allowed: ['subnet', 'pool'], dhcpd: 'range declaration not allowed here.' },
  range6: { allowed: ['subnet6', 'pool6'], dhcpd: 'range6 declaration not allowed here.', family: 6 },
  prefix6: { allowed: ['subnet6', 'pool6'], dhcpd: 'prefix6 declaration not allowed here.', family: 6 },
  'failover peer': {
    allowed: ['global', 'shared-network'],
    dhcpd: 'failover peers may only be defined in shared-network declarations and the outer scope.',
  },
  authoritative: { allowed: except('host'), dhcpd: 'authority makes no sense here.' },
  'not authoritative': { allowed: except('host'), dhcpd: 'authority makes no sense here.' },
  'match if': { allowed: ['class', 'subclass'], dhcpd: 'expecting a parameter or declaration' },
  match: { allowed: ['class', 'subclass'], dhcpd: 'expecting a parameter or declaration' },
  'spawn with': { allowed: ['class', 'subclass'], dhcpd: 'expecting a parameter or declaration' },
  'lease limit': { allowed: ['class', 'subclass'], dhcpd: 'expecting a parameter or declaration' },
  interface: { allowed: ['shared-network', 'subnet', 'subnet6'], dhcpd: 'expecting a parameter or declaration' },
}));

/** Permits that only a pool takes, and permits that a pool refuses. */
export const POOL_ONLY_PERMITS: ReadonlySet<string> = new Set([
  'members of', 'dynamic bootp clients', 'known clients', 'unknown clients', 'authenticated clients',
  'unauthenticated clients', 'all clients', 'after', 'known-clients',
]);
export const NOT_IN_POOL_PERMITS: ReadonlySet<string> = new Set([
  'booting', 'bootp', 'duplicates', 'declines', 'client-updates', 'leasequery',
]);
