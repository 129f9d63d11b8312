/**
 * The whole migration of a failover pair to Kea HA, as files: the secondary derived from the
 * primary when it is not given, the checks (dhcpd's errors, `compare`), the translation, the
 * lease files and MIGRATION.md. Pure: it returns the files' contents, the caller writes them.
 */
import * as path from 'node:path';
import { fileIndexOf, lineColumn, type Analysis, type Analyzer } from '../model/analysis';
import { generatePeerConfig, GenerateError } from '../failover/generator';
import { comparePair } from '../failover/compare';
import { KeaError, subnetKey, translatePair, type KeaOptions, type KeaPair } from './translate';
import { leasesToCsv, parseDhcpdLeases, type LeaseConversion } from './leases';
import { forEachStatement } from '../parser/walk';
import { ipv4ToNumber } from '../base/addresses';
import { t } from '../base/l10n';

export interface MigrateInput {
  readonly service: Analyzer;
  readonly primary: { readonly file: string; readonly text: string; readonly name: string };
  readonly secondary?: { readonly file: string; readonly text: string; readonly name: string };
  /** The text of a dhcpd.leases to migrate. */
  readonly leases?: { readonly text: string; readonly name: string };
  readonly options: KeaOptions;
  /** Seconds since the epoch, for the expiry of migrated leases (fixed in tests). */
  readonly now: number;
}

export interface MigrateResult {
  /** Relative path → content. */
  readonly files: ReadonlyMap<string, string>;
  readonly pair: KeaPair;
  readonly leases?: LeaseConversion;
}

function errorsOf(analysis: Analysis, name: string): string[] {
  return analysis.problems
    .filter((p) => p.severity === 'error')
    .map((p) => {
      const file = analysis.files[fileIndexOf(p.offset)] ?? analysis.files[0];
      const lc = lineColumn(file, p.offset - file.base);
      return `${fileIndexOf(p.offset) === 0 ? name : path.basename(file.path)}:${lc.line + 1}: ${p.message}`;
    });
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

export function migratePair(input: MigrateInput): MigrateResult {
  const { service } = input;
  const primary = service.analyze(input.primary.file, input.primary.text);
  const errors = errorsOf(primary, input.primary.name);
  if (errors.length) throw new KeaError(t('{0} has {1} error(s) dhcpd would refuse; fix them first:', input.primary.name, errors.length) + `\n  ${errors.slice(0, 10).join('\n  ')}`);
  if (primary.family === 6) throw new KeaError(t('{0} is a DHCPv6 configuration: dhcpd-conf kea migrates DHCPv4 failover only (dhcpd has no DHCPv6 failover).', input.primary.name));
  let secondaryName: string;
  let secondary: Analysis;
  let derived = false;
  if (input.secondary) {
    secondaryName = input.secondary.name;
    secondary = service.analyze(input.secondary.file, input.secondary.text);
  } else {
    let text: string;
    try {
      text = generatePeerConfig(primary, { sourceName: path.basename(input.primary.name), target: 'secondary' }).text;
    } catch (e) {
      if (e instanceof GenerateError) throw new KeaError(e.message);
      throw e;
    }
    secondaryName = `the secondary derived from ${input.primary.name}`;
    secondary = service.analyze(input.primary.file, text);
    derived = true;
  }
  const errors2 = errorsOf(secondary, secondaryName);
  if (errors2.length) throw new KeaError(t('{0} has {1} error(s) dhcpd would refuse; fix them first:', secondaryName, errors2.length) + `\n  ${errors2.slice(0, 10).join('\n  ')}`);
  const cmp = comparePair(primary, secondary, { a: input.primary.name, b: secondaryName });
  const mismatches = [...cmp.a, ...cmp.b];
  if (mismatches.length) {
    throw new KeaError(t('The pair is inconsistent (dhcpd-conf compare): {0}', [...new Set(mismatches.map((p) => p.message))].slice(0, 5).join(' ')));
  }
  const displayName = (f: string): string => (f === input.primary.file ? input.primary.name : input.secondary && f === input.secondary.file ? input.secondary.name : path.basename(f));
  const pair = translatePair({ analysis: primary, name: input.primary.name }, { analysis: secondary, name: secondaryName }, { ...input.options, displayName: input.options.displayName ?? displayName, secondaryDerived: derived });
  const files = new Map<string, string>();
  files.set('primary/kea-dhcp4.conf', json(pair.primary.dhcp4));
  files.set('primary/kea-ctrl-agent.conf', json(pair.primary.agent));
  files.set('secondary/kea-dhcp4.conf', json(pair.secondary.dhcp4));
  files.set('secondary/kea-ctrl-agent.conf', json(pair.secondary.agent));

  let leases: LeaseConversion | undefined;
  if (input.leases) {
    const subnets: Array<{ net: number; mask: number; id: number }> = [];
    forEachStatement(primary.document, (s) => {
      if (s.kind !== 'subnet') return;
      const key = subnetKey(s);
      const id = key ? pair.subnetIds.get(key) : undefined;
      if (!key || id === undefined) return;
      const [net, len] = key.split('/');
      const mask = Number(len) === 0 ? 0 : (~0 << (32 - Number(len))) >>> 0;
      subnets.push({ net: ipv4ToNumber(net)!, mask, id });
    });
    const subnetOf = (ip: string): number | undefined => {
      const n = ipv4ToNumber(ip);
      if (n === undefined) return undefined;
      return subnets.find((s) => ((n & s.mask) >>> 0) === s.net)?.id;
    };
    const dhcp4 = pair.primary.dhcp4['Dhcp4'] as Record<string, unknown>;
    leases = leasesToCsv(parseDhcpdLeases(input.leases.text), subnetOf, input.now, Number(dhcp4['valid-lifetime']));
    files.set('primary/kea-leases4.csv', leases.csv);
    files.set('secondary/kea-leases4.csv', leases.csv);
  }
  files.set('MIGRATION.md', migrationReport(pair, input, secondaryName, derived, leases));
  return { files, pair, leases };
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function migrationReport(pair: KeaPair, input: MigrateInput, secondaryName: string, derived: boolean, leases: LeaseConversion | undefined): string {
  const out: string[] = [];
  const dhcp4 = (role: 'primary' | 'secondary'): Record<string, unknown> => pair[role].dhcp4['Dhcp4'] as Record<string, unknown>;
  out.push('# Migration of a dhcpd failover pair to Kea High Availability', '');
  out.push(
    derived
      ? `Generated by dhcpd-conf from ${input.primary.name} (primary; the secondary derived from it as \`dhcpd-conf secondary\` does).`
      : `Generated by dhcpd-conf from ${input.primary.name} (primary) and ${secondaryName} (secondary).`,
    '',
  );
  out.push(`- Failover peer "${pair.peer}" → Kea HA mode **${pair.mode}**.`);
  const ha = ((dhcp4('primary')['hooks-libraries'] as Array<{ parameters?: { 'high-availability': Array<{ peers: Array<{ name: string; url: string; role: string }> }> } }>)[1].parameters!['high-availability'][0]);
  for (const p of ha.peers) out.push(`- Server "${p.name}": Kea role ${p.role}, HA URL ${p.url} (its kea-ctrl-agent).`);
  out.push(`- Subnets: ${[...pair.subnetIds].map(([k, id]) => `${k} → id ${id}`).join(', ') || 'none'}.`);
  if (leases) out.push(`- Leases from ${input.leases!.name}: ${leases.written} active lease(s) written to kea-leases4.csv on both servers${leases.skipped.length ? `; ${leases.skipped.length} left out (${leases.skipped.slice(0, 10).map((s) => `${s.address}: ${s.why}`).join(', ')})` : ''}.`);
  out.push('', 'Files: `primary/kea-dhcp4.conf`, `primary/kea-ctrl-agent.conf`, `secondary/kea-dhcp4.conf`, `secondary/kea-ctrl-agent.conf`' + (leases ? ', `primary/kea-leases4.csv`, `secondary/kea-leases4.csv`' : '') + '.', '');
  out.push('Check them with `kea-dhcp4 -t FILE` and `kea-ctrl-agent -t FILE`; start kea-dhcp4 and kea-ctrl-agent on each server, then ask either agent `{"command": "ha-heartbeat", "service": ["dhcp4"]}`.', '');
  out.push('## Not translated', '');
  if (pair.untranslated.length === 0) out.push('Everything was translated.', '');
  else {
    out.push('| Where | Server | Statement | Why | What to do instead |', '|---|---|---|---|---|');
    for (const u of pair.untranslated) out.push(`| ${cell(u.where)} | ${u.server} | \`${cell(u.statement)}\` | ${cell(u.why)} | ${cell(u.instead)} |`);
    out.push('');
  }
  out.push('## What changes in behaviour', '');
  for (const b of pair.behaviour) out.push(`- ${b}`);
  if (leases && pair.mode === 'load-balancing') {
    out.push(
      '- Migrated leases and load balancing: Kea renews a lease only from a pool the client may use, and each half of a failover pool belongs to the server the client hashes to. ' +
        'A client whose migrated address lies in the other half gets a new address at its next request (about half of them). To keep every address, ' +
        'start in hot-standby (change `mode` to `hot-standby` and the secondary\'s role to `standby`, drop the pools\' `client-class`), and switch to load-balancing once the leases have been renewed.',
    );
  }
  out.push('');
  return out.join('\n');
}
