/**
 * Lookups over the knowledge tables. The tables themselves are data files; this module only
 * indexes them (once, at load) for the parser and the services.
 */
import { OPTIONS } from './options.generated';
import { PERMITS, STATEMENTS } from './statements';
import type { Family, OptionInfo, PermitInfo, StatementInfo } from './types';
import { SERVER_OPTIONS } from './dhcpdKeywords.generated';

export { OPTIONS, PERMITS, STATEMENTS };
export { FAILOVER_STATES } from './statements';
export { DUID_HARDWARE_TYPES, HARDWARE_TYPES } from './hardware';
export type * from './types';
export { DECLARATION_SCOPES, SCOPES } from './types';

const statementsByName = new Map<string, StatementInfo[]>();
for (const s of STATEMENTS) {
  const list = statementsByName.get(s.name) ?? [];
  list.push(s);
  statementsByName.set(s.name, list);
}

/** Statements of that name (several when one word means different things in different blocks). */
export function statementsNamed(name: string): readonly StatementInfo[] {
  return statementsByName.get(name.toLowerCase()) ?? [];
}

export function findStatement(name: string, kind?: StatementInfo['kind']): StatementInfo | undefined {
  const list = statementsNamed(name);
  return kind ? list.find((s) => s.kind === kind) : list[0];
}

/** Server parameters parsed as server options by dhcpd: their value follows a format string. */
/**
 * Server parameters parsed as server options by dhcpd: their value follows a format string.
 * dhcpd takes the parameters of either family in both modes, so the family only orders the search.
 */
export function findParameter(name: string, family: Family): StatementInfo | undefined {
  const list = statementsNamed(name).filter((s) => s.kind === 'parameter' || s.kind === 'declaration');
  return list.find((s) => s.family === 'both' || s.family === family) ?? list[0];
}

export function failoverStatements(): readonly StatementInfo[] {
  return STATEMENTS.filter((s) => s.kind === 'failover');
}

/** The option spaces dhcpd knows before any `option space` statement. */
export const BUILTIN_SPACES: ReadonlySet<string> = new Set(OPTIONS.map((o) => o.space));

const optionsByKey = new Map<string, OptionInfo>();
for (const o of OPTIONS) optionsByKey.set(`${o.space}.${o.name}`.toLowerCase(), o);

/** The default option space of each family: `option routers` means `option dhcp.routers`. */
export function defaultSpace(family: Family): string {
  // dhcpd reads `option NAME` in the dhcp space in both families; DHCPv6 options are `dhcp6.NAME`.
  void family;
  return 'dhcp';
}

export function findOption(space: string, name: string): OptionInfo | undefined {
  const key = `${space.toLowerCase()}.${name.toLowerCase()}`;
  return optionsByKey.get(key) ?? (space.toLowerCase() === 'server' ? serverOption(name.toLowerCase(), key) : undefined);
}

/**
 * dhcpd's `server` space: its server parameters written as options
 * (`option server.default-lease-time 600;`), with the parameter's value format. A flag such as
 * `authoritative` takes a boolean there (measured).
 */
function serverOption(name: string, key: string): OptionInfo | undefined {
  if (!SERVER_OPTIONS.has(name)) return undefined;
  const parameter = findParameter(name, 4);
  const option: OptionInfo = {
    name,
    space: 'server',
    code: 0,
    family: 4,
    format: parameter?.format ?? 'f',
    type: parameter?.format === undefined ? 'boolean' : parameter.syntax.replace(/^\S+\s*/, '').replace(/;$/, ''),
    doc: parameter?.doc ?? { en: '', fr: '' },
  };
  optionsByKey.set(key, option);
  return option;
}

export function optionsOfSpace(space: string): readonly OptionInfo[] {
  return OPTIONS.filter((o) => o.space === space.toLowerCase());
}

export function spaceExists(space: string): boolean {
  return BUILTIN_SPACES.has(space.toLowerCase()) || space.toLowerCase() === 'server';
}

export function optionsOfFamily(family: Family): readonly OptionInfo[] {
  return OPTIONS.filter((o) => o.family === family);
}


export function findPermit(name: string, where: PermitInfo['where']): PermitInfo | undefined {
  return PERMITS.find((p) => p.name === name && p.where === where);
}

/** Statements outside the peer blocks that belong to one server of the pair only. */
export const SERVER_SPECIFIC_STATEMENTS: ReadonlySet<string> = new Set([
  'local-address', 'local-address6', 'server-identifier', 'local-port', 'omapi-port', 'server-duid', 'pid-file-name', 'lease-file-name',
]);

/**
 * Peer-block statements that belong to the primary only: dhcpd refuses `split` and `hba` on a
 * secondary ("secondary may not define load balance settings."), and dhcpd.conf(5) forbids `mclt` there.
 */
export const PRIMARY_ONLY_FAILOVER_STATEMENTS: ReadonlySet<string> = new Set(['mclt', 'split', 'hba']);
