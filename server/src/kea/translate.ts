/**
 * Migration of a dhcpd failover pair to Kea High Availability: a pure function over the two
 * servers' analyses (the AST and the peer summaries). It gives, for each server, the
 * kea-dhcp4 and kea-ctrl-agent configurations as plain objects (strict JSON once stringified),
 * and the list of what could not be translated, with where, why and what to do instead.
 */
import * as path from 'node:path';
import { fileIndexOf, lineColumn, type Analysis } from '../model/analysis';
import type { Pool, Range, Statement, Subnet } from '../parser/nodes';
import { ipv4ToNumber } from '../base/addresses';
import { findOption } from '../knowledge';
import { firstValue, numberOf, peerName, summarizePeer, type PeerSummary } from '../model/peer';
import { t } from '../base/l10n';

export type Role = 'primary' | 'secondary';
export type HaMode = 'load-balancing' | 'hot-standby';
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const DEFAULT_HA_PORT = 8000;
export const DEFAULT_HOOKS_DIR = '/usr/lib/x86_64-linux-gnu/kea/hooks';

export interface KeaOptions {
  /** The relationship to migrate when the servers declare more than one. */
  readonly peer?: string;
  /** The port of each server's control agent, in the peers' URLs. */
  readonly haPort?: number;
  readonly hooksDir?: string;
  /** The memfile lease file of each server. */
  readonly leaseFile?: (role: Role) => string;
  /** The unix control socket between each server's control agent and kea-dhcp4. */
  readonly controlSocket?: (role: Role) => string;
  /** How the input files are named in the report (absolute path → display name). */
  readonly displayName?: (file: string) => string;
  /** The secondary was derived from the primary: its lines are the primary's, said once. */
  readonly secondaryDerived?: boolean;
}

export interface Untranslated {
  readonly server: Role | 'both';
  readonly where: string;
  readonly statement: string;
  readonly why: string;
  readonly instead: string;
}

export interface ServerConfig {
  readonly dhcp4: JsonObject;
  readonly agent: JsonObject;
}

export interface KeaPair {
  readonly primary: ServerConfig;
  readonly secondary: ServerConfig;
  readonly mode: HaMode;
  readonly peer: string;
  /** Subnet ids, by `network/length`, as both servers use them (for the lease files). */
  readonly subnetIds: ReadonlyMap<string, number>;
  readonly untranslated: readonly Untranslated[];
  /** What works differently in Kea, said in the report. */
  readonly behaviour: readonly string[];
}

export class KeaError extends Error {}

// ---------------------------------------------------------------------------------------------

const TYPE_OF_FORMAT: Record<string, string> = {
  I: 'ipv4-address', t: 'string', X: 'binary', L: 'uint32', S: 'uint16', B: 'uint8', l: 'int32', s: 'int16', b: 'int8', f: 'boolean', d: 'fqdn',
};

function prefixLength(mask: string): number | undefined {
  const n = ipv4ToNumber(mask);
  if (n === undefined) return undefined;
  const bits = n.toString(2).padStart(32, '0');
  return /^1*0*$/.test(bits) ? bits.indexOf('0') < 0 ? 32 : bits.indexOf('0') : undefined;
}

function numberToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
}

export function subnetKey(s: Subnet): string | undefined {
  const net = s.network?.text;
  const len = s.netmask ? prefixLength(s.netmask.text) : undefined;
  if (!net || len === undefined) return undefined;
  const n = ipv4ToNumber(net);
  return n === undefined ? undefined : `${numberToIp(n)}/${len}`;
}

function contains(key: string, ip: string): boolean {
  const [net, len] = key.split('/');
  const a = ipv4ToNumber(net);
  const b = ipv4ToNumber(ip);
  if (a === undefined || b === undefined) return false;
  const mask = Number(len) === 0 ? 0 : (~0 << (32 - Number(len))) >>> 0;
  return ((a & mask) >>> 0) === ((b & mask) >>> 0);
}

/** The Kea expression for a dhcpd condition, when the expression language can say it. */
export function keaTest(condition: string): string | undefined {
  const text = condition.trim();
  const parts = splitTopLevel(text);
  if (parts) {
    const out: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      if (i % 2 === 1) {
        out.push(parts[i]);
        continue;
      }
      const t = keaTerm(parts[i]);
      if (t === undefined) return undefined;
      out.push(t);
    }
    return out.join(' ');
  }
  return keaTerm(text);
}

/** `a and b or c` → [a, 'and', b, 'or', c] when no term has parentheses around and/or. */
function splitTopLevel(text: string): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    if (quoted) continue;
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0) {
      const m = /^\s+(and|or)\s+/.exec(text.slice(i));
      if (m) {
        out.push(text.slice(start, i).trim(), m[1]);
        i += m[0].length - 1;
        start = i + 1;
      }
    }
  }
  if (out.length === 0) return undefined;
  out.push(text.slice(start).trim());
  return out;
}

function optionRef(name: string, as: 'text' | 'hex'): string | undefined {
  const n = name.replace(/^dhcp\./, '');
  const info = findOption('dhcp', n);
  return info ? `option[${info.code}].${as}` : undefined;
}

function keaString(s: string): string | undefined {
  return /^[\x20-\x7e]*$/.test(s) && !s.includes("'") ? `'${s}'` : undefined;
}

function keaTerm(term: string): string | undefined {
  let t = term.trim();
  let m = /^\((.*)\)$/s.exec(t);
  if (m) {
    const inner = keaTest(m[1]);
    return inner === undefined ? undefined : `(${inner})`;
  }
  m = /^not\s+(.*)$/s.exec(t);
  if (m) {
    const inner = keaTerm(m[1]);
    return inner === undefined ? undefined : `not ${inner}`;
  }
  m = /^exists\s+([a-z0-9.-]+)$/i.exec(t);
  if (m) {
    const o = optionRef(m[1], 'text');
    return o ? o.replace(/\.text$/, '.exists') : undefined;
  }
  t = t.replace(/\s+/g, ' ');
  m = /^(.*?)\s*(=|!=|~=|~~)\s*"([^"]*)"$/.exec(t);
  if (!m) return undefined;
  const [, left, op, value] = m;
  if (op !== '=' && op !== '!=') return undefined;
  const str = keaString(value);
  if (!str) return undefined;
  const kop = op === '=' ? '==' : '!=';
  let lm = /^option ([a-z0-9.-]+)$/i.exec(left);
  if (lm) {
    const o = optionRef(lm[1], 'text');
    return o ? `${o} ${kop} ${str}` : undefined;
  }
  lm = /^substring\s*\(\s*option ([a-z0-9.-]+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/i.exec(left);
  if (lm) {
    const o = optionRef(lm[1], 'hex');
    return o ? `substring(${o},${lm[2]},${lm[3]}) ${kop} ${str}` : undefined;
  }
  lm = /^suffix\s*\(\s*option ([a-z0-9.-]+)\s*,\s*(\d+)\s*\)$/i.exec(left);
  if (lm) {
    const o = optionRef(lm[1], 'hex');
    return o ? `substring(${o},-${lm[2]},all) ${kop} ${str}` : undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------

interface Ctx {
  readonly analysis: Analysis;
  readonly role: Role;
  readonly display: (file: string) => string;
  readonly untranslated: Untranslated[];
  readonly subnetIds: Map<string, number>;
  readonly peer: string;
  readonly mode: HaMode;
  readonly serverNames: Record<Role, string>;
  readonly classes: JsonObject[];
  readonly globalReservations: JsonObject[];
  /** The subnets in translation order, to place hosts declared outside them. */
  readonly subnets: Array<{ key: string; json: JsonObject }>;
  /** What needs every subnet known: hosts outside their subnet, pools of shared networks. */
  readonly deferred: Array<() => void>;
}

function where(ctx: Ctx, s: Statement): string {
  const i = fileIndexOf(s.offset);
  const file = ctx.analysis.files[i] ?? ctx.analysis.files[0];
  const lc = lineColumn(file, s.offset - file.base);
  return `${ctx.display(file.path)}:${lc.line + 1}`;
}

function source(ctx: Ctx, s: Statement): string {
  const file = ctx.analysis.files[fileIndexOf(s.offset)] ?? ctx.analysis.files[0];
  const start = s.offset - file.base;
  const end = s.body ? s.body.offset - file.base : start + s.length;
  return file.text.slice(start, end).replace(/\s+/g, ' ').replace(/\s*\{?\s*$/, '').slice(0, 120);
}

function report(ctx: Ctx, s: Statement, why: string, instead: string): void {
  ctx.untranslated.push({ server: ctx.role, where: where(ctx, s), statement: source(ctx, s), why, instead });
}

function push(obj: JsonObject, key: string, value: Json): void {
  const list = (obj[key] ??= []) as Json[];
  list.push(value);
}

function escapeData(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/,/g, '\\,');
}

/** `option NAME VALUE;` as Kea option-data, or undefined when Kea cannot take it as written. */
function optionData(ctx: Ctx, s: Extract<Statement, { kind: 'option' }>): JsonObject | undefined {
  if (s.verb && s.verb !== 'supersede') {
    report(ctx, s, `\`${s.verb}\` has no Kea equivalent.`, 'Kea sends the configured value; to always send an option use `"always-send": true` in its option-data.');
    return undefined;
  }
  const info = s.info;
  if (!info || info.space !== 'dhcp') {
    report(ctx, s, 'An option of another option space (or an unknown option).', 'Define the space and its options under `option-def` by hand (encapsulated options).');
    return undefined;
  }
  if (s.values.length === 0 || s.values.some((v) => v.kind === 'expression' || v.kind === 'other')) {
    report(ctx, s, 'The value is an expression, computed per packet.', 'Use the flex-option hook (libdhcp_flex_option.so) or a client class with option-data.');
    return undefined;
  }
  if (info.code === 12 && s.parent.owner.kind === 'host') return undefined; // the reservation's hostname
  if (s.values.every((v) => v.kind === 'hex')) {
    return { code: info.code, space: 'dhcp4', 'csv-format': false, data: s.values.map((v) => v.text.replace(/:/g, '').toUpperCase()).join('') };
  }
  if (info.format.includes('I') && s.values.some((v) => v.kind !== 'ip')) {
    report(ctx, s, 'A host name where Kea takes an IPv4 address (dhcpd resolves it when it starts).', 'Write the address.');
    return undefined;
  }
  const bool = (t: string): string => ({ on: 'true', off: 'false', true: 'true', false: 'false' })[t.toLowerCase()] ?? t;
  const data = s.values.map((v) => (v.kind === 'string' && info.format === 't' ? escapeData(v.text) : info.format === 'f' ? bool(v.text) : v.text)).join(', ');
  return { code: info.code, space: 'dhcp4', data };
}

/** `option NAME code N = TYPE;` as option-def. */
function optionDef(ctx: Ctx, s: Extract<Statement, { kind: 'option-definition' | 'option-space' }>): JsonObject | undefined {
  if (s.kind === 'option-space' || !s.declares?.option) {
    report(ctx, s, 'Option spaces are declared differently in Kea.', 'Declare the options of the space under `option-def` with `"space"`, and the encapsulating option with `"encapsulate"`.');
    return undefined;
  }
  const o = s.declares.option;
  if (o.space !== 'dhcp') {
    report(ctx, s, 'An option of another option space.', 'Declare it under `option-def` with its `"space"`, and the encapsulating option with `"encapsulate"`.');
    return undefined;
  }
  const array = o.format.length === 2 && o.format[1] === 'A';
  const type = TYPE_OF_FORMAT[o.format[0]];
  if (!type || (o.format.length > 1 && !array)) {
    report(ctx, s, `The option's format (\`${o.format}\`) is a record or a type Kea names differently.`, 'Write its `option-def` by hand with `"type": "record"` and `"record-types"`.');
    return undefined;
  }
  return { name: o.name, code: o.code, space: 'dhcp4', type, array };
}

const PARAMETERS: Record<string, string> = {
  'default-lease-time': 'valid-lifetime',
  'min-lease-time': 'min-valid-lifetime',
  'max-lease-time': 'max-valid-lifetime',
  'next-server': 'next-server',
  filename: 'boot-file-name',
  'server-name': 'server-hostname',
};

/** Statements dhcpd takes that need nothing in Kea, with the reason the report keeps silent. */
const NOTHING_TO_DO = new Set(['ddns-update-style none', 'ddns-updates off', 'log-facility']);

const INSTEAD: Record<string, [string, string]> = {
  'lease-file-name': ['Kea keeps leases in its lease database.', 'See `lease-database` (memfile CSV) in kea-dhcp4.conf.'],
  'pid-file-name': ['Kea writes its PID file in its own run directory.', 'Set KEA_PIDFILE_DIR if needed.'],
  'local-address': ['Kea listens on interfaces, not on an address.', 'Set `interfaces-config.interfaces` to `["IFACE/ADDRESS"]`.'],
  'local-port': ['Kea listens on port 67.', 'Use `-p PORT` on the kea-dhcp4 command line.'],
  'omapi-port': ['OMAPI does not exist in Kea.', 'Use the REST API of kea-ctrl-agent (lease_cmds hook is loaded).'],
  'ping-check': ['Kea 2.2 does not ping before offering.', 'Kea 2.6 has the ping_check hook (premium in 2.6, open source from 2.7).'],
  'one-lease-per-client': ['Kea keeps one lease per client and subnet already.', 'Nothing: this is Kea\'s behaviour.'],
  'use-host-decl-names': ['Kea takes host names from the reservation\'s `hostname`.', 'Check the reservations\' `hostname` (filled from `option host-name`).'],
  'get-lease-hostnames': ['Kea does not resolve addresses to names.', 'Put the names in the reservations.'],
  'server-identifier': ['Kea chooses the server identifier from the interface.', 'Set option 54 (dhcp-server-identifier) in option-data if needed.'],
  'update-static-leases': ['DNS updates go through kea-dhcp-ddns (D2) in Kea.', 'Configure `dhcp-ddns` and kea-dhcp-ddns.'],
};

function translateStatements(ctx: Ctx, statements: readonly Statement[], scope: JsonObject, level: 'global' | 'shared' | 'subnet' | 'pool' | 'class' | 'host' | 'group'): void {
  for (const s of statements) translateStatement(ctx, s, scope, level);
}

function translateStatement(ctx: Ctx, s: Statement, scope: JsonObject, level: 'global' | 'shared' | 'subnet' | 'pool' | 'class' | 'host' | 'group'): void {
  switch (s.kind) {
    case 'include':
      if (s.included) translateStatements(ctx, s.included.statements, scope, level);
      return;
    case 'failover-peer':
    case 'failover-ref':
    case 'failover-statement':
      return; // the HA hook
    case 'option': {
      const d = optionData(ctx, s);
      if (d) push(scope, 'option-data', d);
      return;
    }
    case 'option-definition':
    case 'option-space': {
      const d = optionDef(ctx, s);
      if (d) push(scope, 'option-def', d);
      return;
    }
    case 'parameter':
      return translateParameter(ctx, s, scope, level);
    case 'shared-network': {
      if (level !== 'global' && level !== 'group') return report(ctx, s, 'A shared-network inside another declaration.', 'Move it to the top level.');
      const json: JsonObject = { name: peerName(s) || 'shared' };
      translateStatements(ctx, s.body?.statements ?? [], json, 'shared');
      const list = (json['subnet4'] ?? []) as Json[];
      delete json['subnet4'];
      json['subnet4'] = list;
      push(scope, '__shared', json);
      return;
    }
    case 'subnet':
      return translateSubnet(ctx, s, scope, level);
    case 'pool':
    case 'range':
      if (level !== 'subnet' && level !== 'shared') return report(ctx, s, 'A pool or range outside a subnet.', 'Put it in its subnet.');
      if (level === 'shared') {
        // Kea pools belong to one subnet: each range goes to the subnet of its addresses, once all are known.
        ctx.deferred.push(() => (s.kind === 'range' ? translateRange(ctx, s, undefined, {}) : translatePool(ctx, s, undefined)));
        return;
      }
      if (s.kind === 'range') return translateRange(ctx, s, scope, {});
      return translatePool(ctx, s, scope);
    case 'host':
      return translateHost(ctx, s, scope, level);
    case 'group':
      report(ctx, s, 'Kea has no groups: their declarations are translated, their parameters are not.', 'Copy the group\'s parameters into the subnets or reservations concerned.');
      for (const x of s.body?.statements ?? []) {
        if (x.kind === 'host' || x.kind === 'subnet' || x.kind === 'shared-network' || x.kind === 'group' || x.kind === 'class' || x.kind === 'include') translateStatement(ctx, x, scope, level === 'global' ? 'global' : level);
      }
      return;
    case 'class':
      return translateClass(ctx, s);
    case 'subclass':
      return report(ctx, s, 'Subclasses (match by value) have no direct Kea equivalent.', 'Write one client class per value with a `test`, or use host reservations with `client-classes`.');
    case 'permit':
      if (level === 'pool') return; // handled by the pool
      return report(ctx, s, 'Permits outside pools have no Kea equivalent.', 'Use `client-class` on the subnet or pools.');
    case 'key':
    case 'zone':
      return report(ctx, s, 'DNS updates go through kea-dhcp-ddns (D2) in Kea.', 'Configure `dhcp-ddns` in kea-dhcp4 and the key and zone in kea-dhcp-ddns.');
    case 'match':
      if (level === 'class') return;
      return report(ctx, s, 'A condition outside a class.', 'Use a client class with a `test`.');
    case 'if':
    case 'elsif':
    case 'else':
    case 'switch':
    case 'case':
    case 'on':
    case 'executable':
      return report(ctx, s, 'Kea has no conditional or executable statements in its configuration.', 'Use client classes with a `test` (and option-data in the class), or a hook (run_script for `on commit`/`execute`).');
    default:
      return report(ctx, s, 'Not translated.', 'Translate it by hand.');
  }
}

function translateParameter(ctx: Ctx, s: Extract<Statement, { kind: 'parameter' }>, scope: JsonObject, level: string): void {
  const k = s.keyword.text;
  const v = s.values[0];
  if (NOTHING_TO_DO.has(k) || NOTHING_TO_DO.has(`${k} ${v?.text ?? ''}`.trim())) return;
  if (k === 'authoritative' || k === 'not authoritative') {
    if (level === 'global' || level === 'shared' || level === 'subnet') scope['authoritative'] = k === 'authoritative';
    else report(ctx, s, 'Kea sets `authoritative` globally, per shared network or per subnet.', 'Set it on the enclosing subnet.');
    return;
  }
  const kea = PARAMETERS[k];
  if (kea && v && level !== 'host' && level !== 'pool' && level !== 'group') {
    if (kea.endsWith('lifetime')) {
      const n = Number(v.text);
      if (!Number.isInteger(n)) return report(ctx, s, 'Not a number.', 'Set it by hand.');
      scope[kea] = n;
    } else if (kea === 'next-server' && v.kind !== 'ip') {
      report(ctx, s, 'Kea takes an address for `next-server`, not a name.', 'Write the address.');
    } else scope[kea] = v.text;
    return;
  }
  if (kea && v && level === 'host') {
    scope[kea] = v.text; // next-server, boot-file-name, server-hostname are reservation parameters
    if (kea.endsWith('lifetime')) {
      delete scope[kea];
      report(ctx, s, 'Kea reservations have no lease time.', 'Use a client class (`client-classes` in the reservation) with `valid-lifetime`.');
    }
    return;
  }
  if (kea && level === 'pool') {
    return report(ctx, s, 'Kea pools take options and a client class, not parameters.', 'Set it on the subnet, or in a client class.');
  }
  const known = INSTEAD[k];
  if (known) return report(ctx, s, known[0], known[1]);
  if (k.startsWith('ddns') || k.startsWith('update-')) return report(ctx, s, 'DNS updates go through kea-dhcp-ddns (D2) in Kea.', 'Configure `dhcp-ddns` and the `ddns-*` parameters.');
  report(ctx, s, 'No Kea equivalent translated by dhcpd-conf.', 'See the Kea ARM (kea-dhcp4 configuration) and translate it by hand.');
}

function translateSubnet(ctx: Ctx, s: Subnet, scope: JsonObject, level: string): void {
  const key = subnetKey(s);
  if (!key) return report(ctx, s, 'The subnet address or mask cannot be read.', 'Fix it.');
  if (level !== 'global' && level !== 'shared' && level !== 'group') return report(ctx, s, 'A subnet inside another declaration.', 'Move it to the top level.');
  let id = ctx.subnetIds.get(key);
  if (id === undefined) {
    id = ctx.subnetIds.size + 1;
    ctx.subnetIds.set(key, id);
  }
  const json: JsonObject = { id, subnet: key };
  ctx.subnets.push({ key, json });
  translateStatements(ctx, s.body?.statements ?? [], json, 'subnet');
  push(scope, level === 'shared' ? 'subnet4' : '__subnet4', json);
}

interface PoolExtras {
  clientClass?: string;
  options?: Json[];
  failover?: boolean;
}

function translateRange(ctx: Ctx, r: Range, subnetGiven: JsonObject | undefined, extras: PoolExtras): void {
  if (r.dynamicBootp) report(ctx, r, 'Kea answers BOOTP only with the bootp hook (libdhcp_bootp.so), and then only from reservations or dynamically alike.', 'Load libdhcp_bootp.so if BOOTP clients remain.');
  const low = r.low ? ipv4ToNumber(r.low.text) : undefined;
  const high = r.high ? ipv4ToNumber(r.high.text) : low;
  if (low === undefined || high === undefined) return report(ctx, r, 'The range cannot be read.', 'Fix it.');
  const [a, b] = low <= high ? [low, high] : [high, low];
  const subnet = subnetGiven ?? ctx.subnets.find((x) => contains(x.key, numberToIp(a)) && contains(x.key, numberToIp(b)))?.json;
  if (!subnet) return report(ctx, r, 'The range lies in no single subnet of the shared network: Kea pools belong to one subnet.', 'Split the range by subnet.');
  const add = (x: number, y: number, cls?: string): void => {
    const pool: JsonObject = { pool: `${numberToIp(x)} - ${numberToIp(y)}` };
    if (cls) pool['client-class'] = cls;
    if (extras.options?.length) pool['option-data'] = extras.options;
    push(subnet, 'pools', pool);
  };
  if (extras.failover && ctx.mode === 'load-balancing' && b > a) {
    const mid = a + Math.floor((b - a + 1) / 2) - 1;
    add(a, mid, classFor(ctx, 'primary', extras.clientClass));
    add(mid + 1, b, classFor(ctx, 'secondary', extras.clientClass));
  } else add(a, b, extras.clientClass);
}

/** The class of one server's half of a pool, combined with the pool's own class if it has one. */
function classFor(ctx: Ctx, role: Role, poolClass: string | undefined): string {
  const ha = `HA_${ctx.serverNames[role]}`;
  if (!poolClass) return ha;
  const name = `${ha}_${poolClass}`;
  // The HA hook classifies after the classes without KNOWN in their test: naming KNOWN makes
  // Kea evaluate this one after the host lookup, when HA_<server> is known.
  const late = poolClass === 'KNOWN' || poolClass === 'UNKNOWN' ? '' : " and (member('KNOWN') or member('UNKNOWN'))";
  if (!ctx.classes.some((c) => c['name'] === name)) ctx.classes.push({ name, test: `member('${ha}') and member('${poolClass}')${late}` });
  return name;
}

function translatePool(ctx: Ctx, p: Pool, subnet: JsonObject | undefined): void {
  const body = p.body?.statements ?? [];
  const ref = body.find((x) => x.kind === 'failover-ref');
  const refName = ref ? peerName(ref as { name?: { text: string; quoted: boolean; offset: number; length: number } }) : undefined;
  const extras: PoolExtras = { failover: refName === ctx.peer };
  if (ref && refName !== ctx.peer) {
    report(ctx, ref, `The pool belongs to failover peer "${refName}", another relationship than "${ctx.peer}": translated as a plain pool, served by both servers of this pair without load balancing.`, `Migrate "${refName}" on its own (--peer ${refName}) and keep each pool in the pair that serves it.`);
  }
  const poolScope: JsonObject = {};
  const allow: string[] = [];
  for (const x of body) {
    if (x.kind === 'permit') {
      const perm = x.permit?.text ?? '';
      const allowing = x.verb === 'allow';
      let cls: string | undefined;
      if (perm === 'known-clients' || perm === 'known clients') cls = allowing ? 'KNOWN' : 'UNKNOWN';
      else if (perm === 'unknown-clients' || perm === 'unknown clients') cls = allowing ? 'UNKNOWN' : 'KNOWN';
      else if (perm === 'members of' && allowing && x.argument) cls = x.argument.text;
      else if (perm === 'all clients' && allowing) continue;
      else if (perm === 'dynamic bootp clients' && !allowing) continue; // Kea answers no BOOTP without the bootp hook
      if (cls) allow.push(cls);
      else report(ctx, x, 'Kea gives a pool one client class and has no deny list.', 'Write a client class whose `test` says who may use the pool (e.g. `not member(\'X\')`) and set it as the pool\'s `client-class`.');
    } else if (x.kind === 'range' || x.kind === 'failover-ref') continue;
    else translateStatement(ctx, x, poolScope, 'pool');
  }
  if (allow.length === 1) extras.clientClass = allow[0];
  else if (allow.length > 1) {
    const name = allow.join('_');
    if (!ctx.classes.some((c) => c['name'] === name)) ctx.classes.push({ name, test: allow.map((c) => `member('${c}')`).join(' or ') });
    extras.clientClass = name;
  }
  extras.options = poolScope['option-data'] as Json[] | undefined;
  for (const x of body) if (x.kind === 'range') translateRange(ctx, x, subnet, extras);
}

function translateHost(ctx: Ctx, h: Extract<Statement, { kind: 'host' }>, scope: JsonObject, level: string): void {
  const json: JsonObject = {};
  let address: string | undefined;
  for (const x of h.body?.statements ?? []) {
    if (x.kind === 'parameter' && x.keyword.text === 'hardware') {
      const type = x.values[0]?.text;
      if (type !== 'ethernet' || !x.values[1]) report(ctx, x, 'Only Ethernet hardware addresses are translated.', 'Write `hw-address` by hand.');
      else json['hw-address'] = x.values[1].text.toLowerCase();
    } else if (x.kind === 'parameter' && x.keyword.text === 'fixed-address') {
      if (x.values.length !== 1 || x.values[0].kind !== 'ip') report(ctx, x, 'Kea reserves one address per host and subnet, written as an address.', 'Write one reservation per subnet with its address.');
      else address = x.values[0].text;
    } else if (x.kind === 'option' && x.info?.code === 12 && x.values[0]?.kind === 'string') {
      json['hostname'] = x.values[0].text;
    } else if (x.kind === 'option' && x.info?.code === 61 && x.values.length) {
      json['client-id'] = x.values.map((v) => v.text).join('');
    } else if (x.kind === 'parameter' && x.keyword.text === 'host-identifier') {
      report(ctx, x, 'Host identifiers other than the hardware address are not translated.', 'Use `client-id`, `circuit-id` or `flex-id` in the reservation.');
    } else translateStatement(ctx, x, json, 'host');
  }
  if (!json['hw-address'] && !json['client-id']) return report(ctx, h, 'The host has no hardware address: Kea cannot identify it.', 'Add `hw-address` (or another identifier) to a reservation by hand.');
  // Order: identifier first, as Kea's documentation writes it.
  const out: JsonObject = {};
  if (json['hw-address']) out['hw-address'] = json['hw-address'];
  if (json['client-id'] && !json['hw-address']) out['client-id'] = json['client-id'];
  if (address) out['ip-address'] = address;
  for (const [k, v] of Object.entries(json)) if (!(k in out) && k !== 'client-id') out[k] = v;
  if (address && level === 'subnet') return push(scope, 'reservations', out);
  if (address) {
    // The subnet may come later in the file: placed once every subnet is known.
    ctx.deferred.push(() => {
      const subnet = ctx.subnets.find((x) => contains(x.key, address!))?.json;
      if (subnet) return push(subnet, 'reservations', out);
      report(ctx, h, `${address} is in no subnet of this configuration.`, 'Kea reserves addresses inside subnets: declare the subnet, or keep the reservation global without its address.');
      delete out['ip-address'];
      if (Object.keys(out).length === 1) out['hostname'] = peerName(h);
      ctx.globalReservations.push(out);
    });
    return;
  }
  if (Object.keys(out).length === 1) {
    // Kea refuses a reservation with an identifier only: the declaration's name stands in.
    out['hostname'] = peerName(h);
    report(ctx, h, 'The host has no address: Kea refuses a reservation without at least one resource.', `The reservation gets the host's name as \`hostname\` ("${peerName(h)}"), which keeps the client KNOWN; remove it if the name must not be sent.`);
  }
  if (level === 'subnet') push(scope, 'reservations', out);
  else ctx.globalReservations.push(out);
}

function translateClass(ctx: Ctx, c: Extract<Statement, { kind: 'class' | 'subclass' }>): void {
  const name = peerName(c);
  const json: JsonObject = { name };
  const scope: JsonObject = {};
  let ok = true;
  for (const x of c.body?.statements ?? []) {
    if (x.kind === 'match') {
      const cond = x.condition?.text;
      const test = x.keyword.text === 'match if' && cond ? keaTest(cond) : undefined;
      if (test === undefined) {
        ok = false;
        report(ctx, x, x.keyword.text === 'match if' ? 'Kea\'s expression language cannot say this condition as dhcpd-conf translates it.' : 'Classes matched by subclass values are not translated.', 'Write the class\'s `test` by hand (Kea ARM, "Using Expressions in Classification").');
      } else json['test'] = test;
    } else if (x.kind === 'parameter' && x.keyword.text === 'spawn') {
      ok = false;
      report(ctx, x, 'Spawning classes have no Kea equivalent.', 'Use a client class, or limits per class with the limits hook.');
    } else translateStatement(ctx, x, scope, 'class');
  }
  if (!ok) return;
  if (scope['option-data']) json['option-data'] = scope['option-data'];
  for (const k of ['next-server', 'boot-file-name', 'server-hostname', 'valid-lifetime']) if (scope[k] !== undefined) json[k] = scope[k];
  ctx.classes.push(json);
}

// ---------------------------------------------------------------------------------------------

function listOf(obj: JsonObject, key: string): JsonObject[] {
  const v = obj[key] as JsonObject[] | undefined;
  delete obj[key];
  return v ?? [];
}

/** The HA relationship of a server: its peer summary for the chosen peer name. */
export function choosePeer(analysis: Analysis, wanted: string | undefined, file: string): PeerSummary {
  const peers = analysis.document.peers.filter((p) => !p.state && p.body).map((p) => summarizePeer(p));
  const names = [...new Set(peers.map((p) => p.name))];
  if (names.length === 0) throw new KeaError(t('{0} declares no failover peer: there is no pair to migrate.', file));
  if (wanted !== undefined) {
    const p = peers.find((x) => x.name === wanted);
    if (!p) throw new KeaError(t('{0} has no failover peer "{1}" (it has {2}).', file, wanted, names.map((n) => `"${n}"`).join(', ')));
    return p;
  }
  if (names.length > 1) {
    throw new KeaError(t('{0} declares {1} failover relationships ({2}): Kea HA migrates one pair at a time; choose one with --peer NAME.', file, names.length, names.map((n) => `"${n}"`).join(', ')));
  }
  return peers[0];
}

function modeOf(primary: PeerSummary): { mode: HaMode; active: Role; note?: string } {
  const split = numberOf(firstValue(primary, 'split'));
  const hba = firstValue(primary, 'hba');
  let share: number | undefined; // out of 256 buckets, the primary's
  if (split !== undefined) share = Math.min(split, 256);
  else if (hba) {
    const hex = hba.text.replace(/[^0-9a-f]/gi, '');
    share = [...hex].reduce((n, d) => n + parseInt(d, 16).toString(2).replace(/0/g, '').length, 0);
  }
  if (share === 256) return { mode: 'hot-standby', active: 'primary', note: 'the primary served every client (split 256 / full hba): hot-standby with the dhcpd primary active.' };
  if (share === 0) return { mode: 'hot-standby', active: 'secondary', note: 'the secondary served every client (split 0 / empty hba): hot-standby with the dhcpd secondary as Kea\'s active (role primary) server.' };
  if (share === undefined) return { mode: 'load-balancing', active: 'primary', note: 'no split or hba: load-balancing.' };
  return { mode: 'load-balancing', active: 'primary', note: share === 128 ? undefined : `split ${share} of 256 becomes Kea's fixed 50/50 load balancing.` };
}

function seconds(p: PeerSummary, name: string): number | undefined {
  return numberOf(firstValue(p, name));
}

export interface TranslateInput {
  readonly analysis: Analysis;
  /** How to name the file in the report. */
  readonly name: string;
}

/** The Kea configurations of the pair. Throws KeaError when the input cannot be migrated. */
export function translatePair(primaryIn: TranslateInput, secondaryIn: TranslateInput, options: KeaOptions = {}): KeaPair {
  for (const x of [primaryIn, secondaryIn]) {
    if (x.analysis.family === 6) throw new KeaError(t('{0} is a DHCPv6 configuration: dhcpd-conf kea migrates DHCPv4 failover only (dhcpd has no DHCPv6 failover).', x.name));
  }
  const pp = choosePeer(primaryIn.analysis, options.peer, primaryIn.name);
  const sp = choosePeer(secondaryIn.analysis, options.peer ?? pp.name, secondaryIn.name);
  if (pp.role !== 'primary') throw new KeaError(t('{0}: failover peer "{1}" is the secondary; give the primary first.', primaryIn.name, pp.name));
  if (sp.role !== 'secondary') throw new KeaError(t('{0}: failover peer "{1}" is the primary; give the secondary second.', secondaryIn.name, sp.name));
  const addresses: Record<Role, string | undefined> = { primary: firstValue(pp, 'address')?.text, secondary: firstValue(sp, 'address')?.text };
  for (const role of ['primary', 'secondary'] as Role[]) {
    if (!addresses[role] || ipv4ToNumber(addresses[role]!) === undefined) {
      throw new KeaError(t('The failover address of the {0} is missing or is not an IPv4 address: Kea\'s peer URLs need it.', role));
    }
  }
  const { mode, active, note } = modeOf(pp);
  const serverNames: Record<Role, string> = { primary: 'primary', secondary: 'secondary' };
  const haPort = options.haPort ?? DEFAULT_HA_PORT;
  const hooksDir = options.hooksDir ?? DEFAULT_HOOKS_DIR;
  const leaseFile = options.leaseFile ?? (() => '/var/lib/kea/kea-leases4.csv');
  const socket = options.controlSocket ?? (() => '/run/kea/kea4-ctrl-socket');
  const display = options.displayName ?? ((f: string) => path.basename(f));
  const untranslated: Untranslated[] = [];
  const subnetIds = new Map<string, number>();

  // HA timing, from the primary's peer block (the secondary's is the same by compare).
  const behaviour: string[] = [];
  const mrd = seconds(pp, 'max-response-delay') ?? 60;
  let maxResponseDelay = mrd * 1000;
  if (maxResponseDelay > 65535) {
    behaviour.push(`max-response-delay ${mrd} s is ${mrd * 1000} ms, above the 65535 ms Kea ≤ 2.6 accepts: capped to 65535 ms.`);
    maxResponseDelay = 65535;
  }
  const heartbeatDelay = Math.max(1000, Math.min(10000, Math.floor(maxResponseDelay / 3)));
  const lbms = seconds(pp, 'load balance max seconds');
  const maxAckDelay = (lbms ?? 5) * 1000;
  const apd = seconds(pp, 'auto-partner-down');
  const maxUnackedClients = apd !== undefined ? 0 : 10;

  const peerUrl = (role: Role): string => `http://${addresses[role]}:${haPort}/`;
  const keaRole = (role: Role): string => (mode === 'load-balancing' ? role : role === active ? 'primary' : 'standby');
  const build = (role: Role, input: TranslateInput): ServerConfig => {
    const ctx: Ctx = {
      analysis: input.analysis, role, display, untranslated, subnetIds, peer: pp.name, mode, serverNames, classes: [], globalReservations: [], subnets: [], deferred: [],
    };
    const global: JsonObject = {};
    translateStatements(ctx, input.analysis.document.body.statements, global, 'global');
    for (const f of ctx.deferred) f();
    const optionDefs = listOf(global, 'option-def');
    const optionData = listOf(global, 'option-data');
    const subnets = listOf(global, '__subnet4');
    const shared = listOf(global, '__shared');
    const valid = (global['valid-lifetime'] as number | undefined) ?? 43200;
    const max = (global['max-valid-lifetime'] as number | undefined) ?? Math.max(86400, valid);
    delete global['valid-lifetime'];
    delete global['max-valid-lifetime'];
    const min = global['min-valid-lifetime'];
    delete global['min-valid-lifetime'];
    const ha: JsonObject = {
      'this-server-name': serverNames[role],
      mode,
      'heartbeat-delay': heartbeatDelay,
      'max-response-delay': maxResponseDelay,
      'max-ack-delay': maxAckDelay,
      'max-unacked-clients': maxUnackedClients,
      'sync-timeout': 60000,
      'sync-leases': true,
      'send-lease-updates': true,
      'multi-threading': { 'enable-multi-threading': false, 'http-dedicated-listener': false, 'http-listener-threads': 0, 'http-client-threads': 0 },
      peers: (['primary', 'secondary'] as Role[]).map((r) => ({ name: serverNames[r], url: peerUrl(r), role: keaRole(r), 'auto-failover': true })),
    };
    const dhcp4: JsonObject = {
      'interfaces-config': { interfaces: ['*'] },
      'control-socket': { 'socket-type': 'unix', 'socket-name': socket(role) },
      'lease-database': { type: 'memfile', persist: true, name: leaseFile(role), 'lfc-interval': 3600 },
      'multi-threading': { 'enable-multi-threading': false },
      'hooks-libraries': [
        { library: path.posix.join(hooksDir, 'libdhcp_lease_cmds.so') },
        { library: path.posix.join(hooksDir, 'libdhcp_ha.so'), parameters: { 'high-availability': [ha] } },
      ],
      'valid-lifetime': Math.min(valid, max),
      'max-valid-lifetime': max,
    };
    if (min !== undefined) dhcp4['min-valid-lifetime'] = min;
    Object.assign(dhcp4, global);
    if (optionDefs.length) dhcp4['option-def'] = optionDefs;
    if (optionData.length) dhcp4['option-data'] = optionData;
    if (ctx.classes.length) dhcp4['client-classes'] = ctx.classes;
    if (ctx.globalReservations.length) {
      dhcp4['reservations-global'] = true;
      dhcp4['reservations-in-subnet'] = true;
      dhcp4['reservations'] = ctx.globalReservations;
    }
    if (shared.length) dhcp4['shared-networks'] = shared;
    dhcp4['subnet4'] = subnets;
    const agent: JsonObject = {
      'http-host': addresses[role]!,
      'http-port': haPort,
      'control-sockets': { dhcp4: { 'socket-type': 'unix', 'socket-name': socket(role) } },
    };
    return { dhcp4: { Dhcp4: dhcp4 }, agent: { 'Control-agent': agent } };
  };
  const primary = build('primary', primaryIn);
  const before = untranslated.length;
  const secondary = build('secondary', secondaryIn);
  // The same statement untranslated on both servers is said once.
  const first = untranslated.slice(0, before);
  const second = untranslated.splice(before);
  for (const u of second) {
    const twin = first.findIndex((x) => x.statement === u.statement && x.why === u.why && x.server === 'primary');
    if (twin >= 0) first[twin] = { ...first[twin], server: 'both', where: first[twin].where === u.where || options.secondaryDerived ? first[twin].where : `${first[twin].where}, ${u.where}` };
    else untranslated.push(u);
  }
  untranslated.splice(0, before, ...first);

  if (note) behaviour.unshift(`Mode: ${note}`);
  behaviour.push(
    mode === 'load-balancing'
      ? 'Kea load balancing is a fixed 50/50 hash of the client identifier or MAC (RFC 3074), each server answering the clients of its class (HA_primary / HA_secondary); each failover pool is split in two halves, one per server. There is no pool rebalancing: a server serves only from its half until it is in partner-down.'
      : 'Kea hot-standby: the active server answers every client; the standby only receives lease updates and takes over in partner-down.',
    'Kea has no MCLT: in partner-down the surviving server serves the whole pools at once, with the configured lifetimes.',
    'No max-unacked-updates: Kea sends each lease update at once and waits for it (send-lease-updates, no queue limit).',
    `max-response-delay ${mrd} s → ${maxResponseDelay} ms; heartbeat-delay ${heartbeatDelay} ms (must be below max-response-delay).`,
    `load balance max seconds ${lbms ?? '(unset)'} → max-ack-delay ${maxAckDelay} ms (how long the partner may leave a client unanswered before it counts as unacked).`,
    apd !== undefined
      ? `auto-partner-down ${apd} → max-unacked-clients 0 with auto-failover: partner-down as soon as max-response-delay passes without an answer.`
      : 'No auto-partner-down: Kea still goes to partner-down on its own once max-response-delay passes without an answer and max-unacked-clients (10) clients went unanswered by the partner (dhcpd would stay in communications-interrupted until an operator says partner-down). Set auto-failover false on the peers to keep that manual step.',
    `The peers talk HTTP through each server's kea-ctrl-agent (http://${addresses.primary}:${haPort}/ and http://${addresses.secondary}:${haPort}/), not dhcpd's failover protocol on port ${numberOf(firstValue(pp, 'port')) ?? 647}: open TCP ${haPort} between the servers and keep it away from clients (no authentication is configured).`,
    'kea-dhcp4 listens on every interface (`"interfaces-config": {"interfaces": ["*"]}`); list the interfaces that should serve DHCP instead.',
    'Set explicitly for Kea 2.2 to 2.6 alike: multi-threading off (kea-dhcp4 and the HA hook; on by default from Kea 2.3/2.4), explicit subnet ids (identical on both servers), reservations in subnets.',
    'Leases: Kea keeps them in kea-leases4.csv (memfile); the HA hook synchronises the partner\'s leases at start-up (sync-leases).',
  );
  return { primary, secondary, mode, peer: pp.name, subnetIds, untranslated, behaviour };
}

