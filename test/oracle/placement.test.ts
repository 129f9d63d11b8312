/**
 * Every parameter of the knowledge table, with a value of its type, and every permit after
 * `allow`, `deny` and `ignore`, in seven places (the top level, `on`, `if`, a group, a class, a
 * host, a pool; parameters in DHCPv4 and DHCPv6), and the declarations in those places and a
 * subnet and a shared-network, checked by the real dhcpd and by us: an error from us exactly
 * when dhcpd refuses the file. Needs dhcpd ($DHCPD, or /usr/sbin/dhcpd from the Debian package
 * isc-dhcp-server).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PERMITS, STATEMENTS } from '../../server/src/knowledge';
import type { StatementInfo } from '../../server/src/knowledge/types';
import { service } from '../helpers';

const DHCPD = process.env.DHCPD ?? ['/usr/sbin/dhcpd', '/usr/local/sbin/dhcpd', '/sbin/dhcpd'].find((f) => fs.existsSync(f)) ?? 'dhcpd';

/** A value dhcpd reads for the statement, from its closed set or its server-option format. */
function sample(info: StatementInfo, family: 4 | 6): string | undefined {
  if (info.values?.length) return info.values[0];
  const c = info.format?.[0];
  if (c === 'I') return '10.0.0.1';
  if (c === '6') return family === 6 ? '2001:db8::1' : undefined;
  if (c !== undefined && 'LlTSsBbU'.includes(c)) return String(info.range ? info.range[0] : 1);
  if (c === 'f') return 'true';
  if (c === 't') return '"x"';
  if (c === 'X') return '01:02';
  if (c === 'd') return 'x.example.';
  return undefined;
}

const PLACES: Record<4 | 6, { base: string; wraps: string[] }> = {
  4: {
    base: 'subnet 10.0.0.0 netmask 255.255.255.0 { }',
    wraps: ['%s', 'on commit { %s }', 'if exists agent.circuit-id { %s }', 'group { %s }', 'class "c" { match if exists agent.circuit-id; %s }', 'host h { %s }', 'subnet 10.1.0.0 netmask 255.255.255.0 { pool { %s range 10.1.0.5 10.1.0.9; } }'],
  },
  6: {
    base: 'subnet6 2001:db8::/64 { }',
    wraps: ['%s', 'on commit { %s }', 'if exists dhcp6.rapid-commit { %s }', 'group { %s }', 'class "c" { match if exists dhcp6.rapid-commit; %s }', 'host h { %s }', 'subnet6 2001:db8:1::/64 { pool6 { %s range6 2001:db8:1::5 2001:db8:1::9; } }'],
  },
};

function dhcpdAccepts(dir: string, name: string, text: string, family: 4 | 6): Promise<boolean> {
  const file = path.join(dir, `${name}.conf`);
  fs.writeFileSync(file, text);
  const leases = path.join(dir, 'leases');
  return new Promise((resolve) => {
    execFile(DHCPD, [`-${family}`, '-t', '-cf', file, '-lf', leases, '-pf', path.join(dir, `${name}.pid`)], { timeout: 20_000 }, (error) => resolve(!error));
  });
}

test('every parameter, permit and declaration in seven places or more: an error from us exactly when dhcpd refuses it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dhcpd-placement-'));
  fs.writeFileSync(path.join(dir, 'leases'), '');
  const cases: Array<{ text: string; family: 4 | 6; where: string }> = [];
  for (const family of [4, 6] as const) {
    for (const info of STATEMENTS) {
      if (info.kind !== 'parameter' || (info.family !== 'both' && info.family !== family)) continue;
      const value = sample(info, family);
      if (value === undefined) continue;
      for (const wrap of PLACES[family].wraps) {
        const where = wrap.replace('%s', `${info.name} ${value};`);
        cases.push({ text: `${PLACES[family].base}\n${where}\n`, family, where });
      }
    }
  }
  // Permits, DHCPv4: a class for `members of`, a date for `after`.
  const permits = [...new Set(PERMITS.map((p) => p.name + (p.argument === 'class-name' ? ' "c"' : p.argument === 'date' ? ' 4 2030/01/01 00:00:00' : '')))];
  for (const verb of ['allow', 'deny', 'ignore']) {
    for (const permit of permits) {
      for (const wrap of PLACES[4].wraps) {
        const where = wrap.replace('%s', `${verb} ${permit};`);
        cases.push({ text: `class "c" { match if exists agent.circuit-id; }\n${PLACES[4].base}\n${where}\n`, family: 4, where });
      }
    }
  }
  // Declarations and the statements that go with them, DHCPv4, in a subnet and a shared-network too.
  const declarations = [
    'subnet 10.2.0.0 netmask 255.255.255.0 { }',
    'shared-network n { subnet 10.3.0.0 netmask 255.255.255.0 { } }',
    'pool { range 10.0.0.50 10.0.0.60; }',
    'host h2 { hardware ethernet 00:11:22:33:44:55; }',
    'group { }',
    'class "k" { match if exists agent.circuit-id; }',
    'subclass "c" "x";',
    'range 10.0.0.70 10.0.0.80;',
    'key k2 { algorithm hmac-md5; secret "aGVsbG8="; }',
    'zone z. { primary 10.0.0.1; }',
    'fixed-address 10.0.0.5;',
    'hardware ethernet 00:11:22:33:44:66;',
    'authoritative;',
    'not authoritative;',
    'option space sp;',
    'option sp2 code 250 = text;',
    'failover peer "f" { primary; address 10.0.0.1; peer address 10.0.0.2; port 647; peer port 647; max-response-delay 30; max-unacked-updates 10; mclt 3600; split 128; load balance max seconds 3; }',
    'failover peer "f";',
    'match if exists agent.circuit-id;',
    'match option host-name;',
    'spawn with option host-name;',
    'lease limit 3;',
    'omapi-key k;',
    'dynamic-bootp-lease-cutoff 4 2030/01/01 00:00:00;',
  ];
  const inNetworks = ['subnet 10.0.0.0 netmask 255.255.255.0 { %s }', 'shared-network s { subnet 10.4.0.0 netmask 255.255.255.0 { } %s }'];
  for (const declaration of declarations) {
    for (const wrap of [...PLACES[4].wraps, ...inNetworks]) {
      const where = wrap.replace('%s', declaration);
      cases.push({ text: `class "c" { match if exists agent.circuit-id; }\nkey k { algorithm hmac-md5; secret "aGVsbG8="; }\nsubnet 10.9.0.0 netmask 255.255.255.0 { }\n${where}\n`, family: 4, where });
    }
  }
  const disagreements: string[] = [];
  try {
    // dhcpd -t a few at a time: some 1,400 files.
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < cases.length) {
        const i = next++;
        const c = cases[i];
        const accepted = await dhcpdAccepts(dir, `c${i}`, c.text, c.family);
        const errors = service.problemsForDocument(service.analyze(path.join(dir, `c${i}.conf`), c.text, { family: c.family })).filter((p) => p.severity === 'error');
        if (accepted && errors.length) disagreements.push(`dhcpd -${c.family} accepts \`${c.where}\`, we say ${errors[0].rule}: ${errors[0].message}`);
        if (!accepted && !errors.length) disagreements.push(`dhcpd -${c.family} refuses \`${c.where}\`, we see no error`);
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`placement: ${cases.length} files, ${disagreements.length} disagreements with dhcpd -t`);
  assert.ok(cases.length > 1400, `only ${cases.length} cases`);
  assert.deepEqual(disagreements, []);
});
