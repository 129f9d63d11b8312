/**
 * Migration to Kea HA (`dhcpd-conf kea`): golden files for every file written, the refusals,
 * and the CLI's exit codes. UPDATE_GOLDEN=1 rewrites the golden files.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, service } from '../helpers';
import { migratePair } from '../../server/src/kea/migrate';
import { KeaError, keaTest, type KeaOptions } from '../../server/src/kea/translate';
import { LEASE4_HEADER, parseDhcpdLeases } from '../../server/src/kea/leases';
import { main } from '../../server/src/cli/cli';

const GOLDEN = path.join(ROOT, 'test', 'fixtures', 'kea', 'golden');
/** Fixed clock for lease expiry: 2026-12-04 12:00:00 UTC. */
const NOW = Date.UTC(2026, 11, 4, 12, 0, 0) / 1000;

interface Case {
  readonly name: string;
  readonly primary: string;
  readonly secondary?: string;
  readonly leases?: string;
  readonly options?: KeaOptions;
}

export const CASES: readonly Case[] = [
  { name: 'tutorial', primary: 'test/live/fixtures/tutorial-primary.conf' },
  { name: 'tutorial-leases', primary: 'test/live/fixtures/tutorial-primary.conf', leases: 'test/fixtures/kea/tutorial.leases', options: { leaseFile: (r) => `/var/lib/kea/${r}/kea-leases4.csv` } },
  { name: 'shared-network', primary: 'test/live/fixtures/shared-network-primary.conf', options: { haPort: 8080 } },
  { name: 'example', primary: 'examples/primary.dhcpd.conf' },
  { name: 'rich', primary: 'test/fixtures/kea/rich-primary.conf' },
  { name: 'classes', primary: 'test/live/fixtures/kea-classes-primary.conf' },
  { name: 'edge-timers', primary: 'test/fixtures/kea/edge-timers-primary.conf' },
  { name: 'shared-pool', primary: 'test/fixtures/kea/shared-pool-primary.conf' },
  { name: 'split-full', primary: 'test/fixtures/kea/split-full-primary.conf', options: { hooksDir: '/opt/kea/hooks' } },
  { name: 'two-peers-office', primary: 'test/fixtures/generator/two-peers-hba.conf', secondary: 'test/fixtures/generator/two-peers-hba.secondary.conf', options: { peer: 'office' } },
  { name: 'two-peers-lab', primary: 'test/fixtures/generator/two-peers-hba.conf', secondary: 'test/fixtures/generator/two-peers-hba.secondary.conf', options: { peer: 'lab' } },
];

function input(file: string) {
  const abs = path.join(ROOT, file);
  return { file: abs, text: fs.readFileSync(abs, 'utf8'), name: file };
}

export function migrateCase(c: Case) {
  return migratePair({
    service,
    primary: input(c.primary),
    secondary: c.secondary ? input(c.secondary) : undefined,
    leases: c.leases ? { text: fs.readFileSync(path.join(ROOT, c.leases), 'utf8'), name: c.leases } : undefined,
    options: c.options ?? {},
    now: NOW,
  });
}

for (const c of CASES) {
  test(`kea golden: ${c.name}`, () => {
    const result = migrateCase(c);
    const dir = path.join(GOLDEN, c.name);
    if (process.env.UPDATE_GOLDEN) {
      fs.rmSync(dir, { recursive: true, force: true });
      for (const [rel, content] of result.files) {
        fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
        fs.writeFileSync(path.join(dir, rel), content);
      }
    }
    const expected = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
    assert.deepEqual([...result.files.keys()].sort(), expected);
    for (const [rel, content] of result.files) {
      assert.equal(content, fs.readFileSync(path.join(dir, rel), 'utf8'), `${c.name}/${rel} differs from its golden file`);
      if (rel.endsWith('.conf')) assert.doesNotThrow(() => JSON.parse(content), `${rel} is strict JSON`);
    }
  });
}

test('kea: the same subnet ids and pools on both servers, only this-server-name and the agent differ', () => {
  for (const c of CASES) {
    const r = migrateCase(c);
    const a = JSON.parse(r.files.get('primary/kea-dhcp4.conf')!);
    const b = JSON.parse(r.files.get('secondary/kea-dhcp4.conf')!);
    const ha = (x: any) => x.Dhcp4['hooks-libraries'][1].parameters['high-availability'][0];
    assert.equal(ha(a)['this-server-name'], 'primary');
    assert.equal(ha(b)['this-server-name'], 'secondary');
    ha(b)['this-server-name'] = 'primary';
    if (!c.leases && !c.options?.leaseFile) assert.deepEqual(b, a, `${c.name}: the servers differ beyond this-server-name`);
  }
});

test('kea: split and hba choose the HA mode', () => {
  const mode = (c: Case) => migrateCase(c).pair.mode;
  assert.equal(mode(CASES[0]), 'load-balancing');
  assert.equal(mode(CASES.find((c) => c.name === 'split-full')!), 'hot-standby');
  assert.equal(mode(CASES.find((c) => c.name === 'two-peers-office')!), 'load-balancing'); // hba half set
  // split 0: everything to the dhcpd secondary, which becomes Kea's active server (role primary).
  const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/kea/split-full-primary.conf'), 'utf8').replace('split 256;', 'split 0;');
  const r = migratePair({ service, primary: { file: path.join(ROOT, 'zero.conf'), text, name: 'zero.conf' }, options: {}, now: NOW });
  assert.equal(r.pair.mode, 'hot-standby');
  const peers = JSON.parse(r.files.get('secondary/kea-dhcp4.conf')!).Dhcp4['hooks-libraries'][1].parameters['high-availability'][0].peers;
  assert.deepEqual(peers.map((p: { name: string; role: string }) => `${p.name}:${p.role}`), ['primary:standby', 'secondary:primary']);
  assert.match(r.files.get('MIGRATION.md')!, /the secondary served every client/);
});

test('kea: refusals (more than one relationship without --peer, DHCPv6, errors, inconsistent pair, unknown peer)', () => {
  const refuse = (c: Partial<Case> & { primary: string }, re: RegExp, texts?: { primary?: string; secondary?: string }) => {
    assert.throws(
      () =>
        migratePair({
          service,
          primary: texts?.primary !== undefined ? { file: path.join(ROOT, 'p.conf'), text: texts.primary, name: 'p.conf' } : input(c.primary),
          secondary: texts?.secondary !== undefined ? { file: path.join(ROOT, 's.conf'), text: texts.secondary, name: 's.conf' } : c.secondary ? input(c.secondary) : undefined,
          options: c.options ?? {},
          now: NOW,
        }),
      (e: unknown) => e instanceof KeaError && re.test(e.message),
    );
  };
  refuse({ primary: 'test/fixtures/generator/two-peers-hba.conf' }, /2 failover relationships \("office", "lab"\).*--peer/);
  refuse({ primary: 'test/fixtures/generator/two-peers-hba.conf', options: { peer: 'nope' } }, /no failover peer "nope"/);
  refuse({ primary: 'x' }, /DHCPv6/, { primary: 'subnet6 2001:db8::/64 { range6 2001:db8::10 2001:db8::20; }\n' });
  refuse({ primary: 'x' }, /error\(s\) dhcpd would refuse/, { primary: 'subnet 10.0.0.0 netmask 255.255.255.0 { range 10.0.0.5 10.1.0.9; }\nbogus-statement 1;\n' });
  refuse({ primary: 'x' }, /no failover peer/, { primary: 'subnet 10.0.0.0 netmask 255.255.255.0 { range 10.0.0.5 10.0.0.9; }\n' });
  refuse({ primary: 'test/live/fixtures/tutorial-primary.conf', secondary: 'test/live/fixtures/tutorial-secondary-pool-mismatch.conf' }, /inconsistent/);
});

test('kea: class conditions Kea can say', () => {
  assert.equal(keaTest('option vendor-class-identifier = "MSFT 5.0"'), "option[60].text == 'MSFT 5.0'");
  assert.equal(keaTest('substring(option vendor-class-identifier, 0, 9) = "PXEClient"'), "substring(option[60].hex,0,9) == 'PXEClient'");
  assert.equal(keaTest('option user-class = "a" or not (option user-class = "b")'), "option[77].text == 'a' or not (option[77].text == 'b')");
  assert.equal(keaTest('exists agent.circuit-id'), undefined);
  assert.equal(keaTest('exists user-class'), 'option[77].exists');
  assert.equal(keaTest('hardware = 01:00:11:22:33:44:55'), undefined);
});

test('kea: dhcpd.leases: the last block of each address, active and unexpired only', () => {
  const leases = parseDhcpdLeases(fs.readFileSync(path.join(ROOT, 'test/fixtures/kea/tutorial.leases'), 'utf8'));
  assert.equal(leases.length, 5);
  const r = migrateCase(CASES[1]);
  const csv = r.files.get('primary/kea-leases4.csv')!;
  assert.equal(csv.split('\n')[0], LEASE4_HEADER);
  assert.equal(csv, r.files.get('secondary/kea-leases4.csv'));
  assert.deepEqual(r.leases!.skipped, [
    { address: '10.199.0.121', why: 'expired' },
    { address: '10.200.0.5', why: 'in no migrated subnet' },
  ]);
  assert.match(csv, /^10\.199\.0\.130,02:00:0a:c7:00:0b,,120,1796385720,1,0,0,,0,$/m); // ends never: one default lifetime from now
  assert.match(csv, /^10\.199\.0\.120,02:00:0a:c7:00:09,01:02:00:0a:c7:00:09,126230400,1922614200,1,0,0,laptop,0,$/m);
});

function runCli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), readStdin: () => '', cwd: ROOT });
  return { code, stdout, stderr };
}

test('kea CLI: writes, refuses to overwrite without --force, exit codes', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dhcpd-conf-kea-'));
  try {
    const r = runCli(['kea', '--out', out, 'test/live/fixtures/tutorial-primary.conf']);
    assert.equal(r.code, 0, r.stderr);
    for (const f of ['primary/kea-dhcp4.conf', 'primary/kea-ctrl-agent.conf', 'secondary/kea-dhcp4.conf', 'secondary/kea-ctrl-agent.conf', 'MIGRATION.md']) {
      assert.ok(fs.existsSync(path.join(out, f)), f);
    }
    const again = runCli(['kea', '--out', out, 'test/live/fixtures/tutorial-primary.conf']);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /not overwritten/);
    assert.equal(runCli(['kea', '--out', out, '--force', '--leases', 'test/fixtures/kea/tutorial.leases', 'test/live/fixtures/tutorial-primary.conf']).code, 0);
    const conf = JSON.parse(fs.readFileSync(path.join(out, 'secondary/kea-dhcp4.conf'), 'utf8'));
    assert.equal(conf.Dhcp4['lease-database'].name, path.join(out, 'secondary', 'kea-leases4.csv'));
    assert.ok(fs.existsSync(conf.Dhcp4['lease-database'].name));
    // Nothing is written when the pair is inconsistent.
    const bad = path.join(out, 'bad');
    assert.equal(runCli(['kea', '--out', bad, 'test/live/fixtures/tutorial-primary.conf', 'test/live/fixtures/tutorial-secondary-pool-mismatch.conf']).code, 1);
    assert.equal(fs.existsSync(bad), false);
    assert.equal(runCli(['kea', '--out', bad, 'test/fixtures/generator/two-peers-hba.conf']).code, 1);
    // Usage.
    assert.equal(runCli(['kea', 'test/live/fixtures/tutorial-primary.conf']).code, 2);
    assert.equal(runCli(['kea', '--out', bad]).code, 2);
    assert.equal(runCli(['kea', '--out', bad, '--ha-port', 'x', 'a.conf']).code, 2);
    assert.equal(runCli(['kea', '--out', bad, '--bogus', 'a.conf']).code, 2);
    assert.equal(runCli(['kea', '--out', bad, 'a.conf', 'b.conf', 'c.conf']).code, 2);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});

test('kea: option values Kea takes differently: on/off booleans, host names for addresses (reported)', () => {
  const text = fs.readFileSync(path.join(ROOT, 'test/live/fixtures/tutorial-primary.conf'), 'utf8') + 'option ip-forwarding on;\noption time-servers ntp.example.org;\n';
  const r = migratePair({ service, primary: { file: path.join(ROOT, 'opt.conf'), text, name: 'opt.conf' }, options: {}, now: NOW });
  const conf = JSON.parse(r.files.get('primary/kea-dhcp4.conf')!);
  assert.deepEqual(conf.Dhcp4['option-data'].find((o: { code: number }) => o.code === 19), { code: 19, space: 'dhcp4', data: 'true' });
  assert.equal(conf.Dhcp4['option-data'].find((o: { code: number }) => o.code === 4), undefined);
  const u = r.pair.untranslated.find((x) => x.statement.includes('ntp.example.org'));
  assert.ok(u && /^opt\.conf:\d+$/.test(u.where) && u.server === 'both', JSON.stringify(r.pair.untranslated));
});
