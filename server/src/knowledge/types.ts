/**
 * Types of the knowledge base: every statement and option of dhcpd.conf as data.
 * Completion, hover and validation all read these tables; nothing else describes a keyword.
 */

/** Documentation in both languages we ship; markdown. */
export interface Doc {
  readonly en: string;
  readonly fr: string;
}

export type Lang = keyof Doc;
export type Family = 4 | 6;

/**
 * The kinds of block a statement can stand in: the declaration scopes first, then the bodies of
 * a failover peer, a key, a zone and an `on` event. Every list of scopes reads this one.
 */
export const SCOPES = [
  'global',
  'shared-network',
  'subnet',
  'subnet6',
  'pool',
  'pool6',
  'host',
  'group',
  'class',
  'subclass',
  'failover-peer',
  'key',
  'zone',
  'event',
] as const;

export type Scope = (typeof SCOPES)[number];

/** The blocks that hold parameters and declarations (every scope but a peer, key, zone or event body). */
export const DECLARATION_SCOPES: readonly Scope[] = SCOPES.filter((s) => s !== 'failover-peer' && s !== 'key' && s !== 'zone' && s !== 'event');

/**
 * A DHCP option as dhcpd knows it (common/tables.c of ISC DHCP, documented in dhcp-options(5)).
 * `format` is dhcpd's own format string, so values are checked the way dhcpd parses them:
 *   I ip-address, 6 ip6-address, l int32, L uint32, s int16, S uint16, b int8, B uint8, f boolean,
 *   t text, d domain-name, D domain-list, X string or colon-separated hex, A array of the preceding,
 *   a array of the whole record, E encapsulation, N enumeration, Z nothing, ... (see optionFormat.ts)
 */
export interface OptionInfo {
  /** The name without its space: `routers`, `circuit-id`. */
  readonly name: string;
  /** The option space: `dhcp`, `dhcp6`, `agent`, `server`, `fqdn`, `nwip`, `vendor-class` ... */
  readonly space: string;
  readonly code: number;
  readonly family: Family;
  /** dhcpd's format string. */
  readonly format: string;
  /** The value as the man page writes it: `ip-address [, ip-address ...]`. */
  readonly type: string;
  readonly doc: Doc;
}

/** What a statement is, for completion grouping and hover headings. */
export type StatementKind =
  | 'declaration' // opens a block or names a thing: subnet, pool, host, failover peer, key ...
  | 'parameter' // sets a value in its scope: default-lease-time, authoritative ...
  | 'failover' // only inside a `failover peer` block
  | 'executable' // if, log, set, execute, on commit ...
  | 'zone'; // only inside a `zone` block (primary, key ...)

/**
 * A statement of dhcpd.conf(5). Multi-word statements are written with single spaces:
 * `peer address`, `load balance max seconds`, `not authoritative`.
 */
export interface StatementInfo {
  readonly name: string;
  readonly kind: StatementKind;
  readonly family: Family | 'both';
  /** The scopes where dhcpd accepts it (for hover, completion and validation). */
  readonly scopes: readonly Scope[];
  /**
   * How dhcpd refuses it in a declaration scope outside `scopes`, on the statements whose place
   * validation checks (SCOPE_RULES in scopes.ts is derived from these entries).
   */
  readonly refused?: ScopeRefusal;
  /** The syntax as the man page writes it: `default-lease-time seconds;`. */
  readonly syntax: string;
  /**
   * When dhcpd parses the value as a server option (server/stables.c), its format string
   * (same letters as OptionInfo.format), so the value is checked exactly as dhcpd does.
   */
  readonly format?: string;
  /** A closed set of keyword values (`ddns-update-style none|interim|standard`). */
  readonly values?: readonly string[];
  /** Numeric bounds of the value where the man page or dhcpd gives them. */
  readonly range?: readonly [number, number];
  /** The default in effect when the statement is absent, as text. */
  readonly default?: string;
  readonly doc: Doc;
}

/** dhcpd's refusal of a statement outside its scopes, measured with `dhcpd -t`. */
export interface ScopeRefusal {
  /** dhcpd's message when it refuses the statement in another declaration scope. */
  readonly dhcpd: string;
  /** dhcpd of the other family refuses it everywhere (`subnet6` in dhcpd -4): the family is checked too. */
  readonly familyOnly?: true;
  /**
   * Scopes outside `scopes` where dhcpd refuses it with a message of its own, which validation
   * reports by a check of its own (`match` in a subclass: "invalid match in subclass.").
   */
  readonly checkedApart?: readonly Scope[];
}

/** A permit of `allow`, `deny` or `ignore`: in a pool (access control) or elsewhere (server behaviour). */
export interface PermitInfo {
  /** `unknown-clients`, `members of`, `dynamic bootp clients`, `bootp`, `duplicates` ... */
  readonly name: string;
  /** `pool`: a pool permit list entry; `scope`: a server flag set by allow/deny/ignore anywhere. */
  readonly where: 'pool' | 'scope';
  /** What follows the permit name, if anything: `"class-name"` for `members of`, a date for `after`. */
  readonly argument?: 'class-name' | 'date';
  readonly doc: Doc;
}
