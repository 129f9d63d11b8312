// Live Kea HA pair: the configurations `dhcpd-conf kea` writes for a dhcpd failover pair run for
// real. Both kea-dhcp4 servers with their control agents, in network namespaces, reach
// load-balancing (hot-standby for a split 256 primary) in bounded time, asked through the control
// agents (ha-heartbeat); a dhclient gets a lease inside the migrated ranges, and the lease is in
// both servers' lease files; one server killed, the other goes partner-down and still serves; a
// client whose MAC holds an active lease in the migrated dhcpd.leases gets the same address back.
//
// Needs root, iproute2, dhclient, kea-dhcp4 and kea-ctrl-agent; skips otherwise, saying why.
// `npm run test:live` (builds first). DHCPD_LIVE_KEEP=1 keeps the logs and lease files.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLIENT_IFACES, FIXTURES, Lab, PRIMARY_ADDRESS, SECONDARY_ADDRESS, inRanges, removeStaleNamespaces, skipReason, waitFor } from './lab.mjs';
import { KeaServer, keaMigrate, keaSkipReason } from './kea.mjs';

const SKIP = (() => {
  const base = skipReason();
  if (base && !base.includes('dhcpd')) return base;
  return keaSkipReason();
})();

const STATE_TIMEOUT_MS = 30_000;
const LEASE_FILE_TIMEOUT_MS = 10_000;
const ms = (x) => `${Math.round(x)} ms`;
const urlOf = (ip) => `http://${ip}:8000/`;

let scratch;
before(() => {
  if (SKIP) return;
  const stale = removeStaleNamespaces();
  if (stale.length > 0) console.log(`[live] removed namespaces left by a killed run: ${stale.join(', ')}`);
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'dhcpd-kea-live-'));
  process.on('exit', () => {
    if (!process.env.DHCPD_LIVE_KEEP) fs.rmSync(scratch, { recursive: true, force: true });
  });
});

/** A dhcpd.leases with one active lease (a day left) of `address` to `mac`. */
function dhcpdLeases(address, mac) {
  const fmt = (d) => `${d.getUTCDay()} ${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')} ${d.toISOString().slice(11, 19)}`;
  const now = new Date();
  const ends = new Date(now.getTime() + 86_400_000);
  return `lease ${address} {\n  starts ${fmt(now)};\n  ends ${fmt(ends)};\n  binding state active;\n  next binding state free;\n  hardware ethernet ${mac};\n}\n`;
}

/** Migrates, starts both servers in a fresh lab, waits for `state` on both, runs `body`, always cleans up. */
async function withKeaPair(name, args, expectedState, body) {
  const out = path.join(scratch, name);
  keaMigrate(out, args);
  const lab = new Lab().up();
  if (process.env.DHCPD_LIVE_KEEP) process.stderr.write(`[live] ${name}: Kea files in ${out}\n`);
  try {
    const primary = new KeaServer(lab, 'primary', path.join(out, 'primary')).start();
    const secondary = new KeaServer(lab, 'secondary', path.join(out, 'secondary')).start();
    const context = () => `${primary.tail()}\n${secondary.tail()}`;
    const t0 = performance.now();
    await waitFor(
      `both Kea servers to reach ${expectedState}`,
      () => {
        primary.assertRunning();
        secondary.assertRunning();
        return primary.state(urlOf(PRIMARY_ADDRESS)) === expectedState && secondary.state(urlOf(SECONDARY_ADDRESS)) === expectedState;
      },
      { timeoutMs: STATE_TIMEOUT_MS, intervalMs: 250, context },
    );
    return await body({ lab, primary, secondary, context, readyMs: performance.now() - t0 });
  } finally {
    lab.destroy();
  }
}

async function getLease(lab, iface, context) {
  const lease = await lab.dhclient(iface);
  assert.ok(lease.ok, `dhclient on ${iface} got no lease (${JSON.stringify(lease.exit)}):\n${lease.output}\n${context()}`);
  return lease;
}

const hasLease = (server, address, mac) => server.leases().split('\n').some((l) => l.startsWith(`${address},${mac},`));

// Kea's load-balancing hash is fixed: both client MACs fall to the secondary (measured, as the
// dhcpd split is in lab.mjs). cli1's migrated address is in the secondary's half of the pool, cli0's
// in the primary's: MIGRATION.md says that such a client gets a new address, and so it does.
const HALVES = { primary: [['10.199.0.100', '10.199.0.124']], secondary: [['10.199.0.125', '10.199.0.150']] };
const MIGRATED = [
  { iface: CLIENT_IFACES[0], address: '10.199.0.110' }, // the other server's half
  { iface: CLIENT_IFACES[1], address: '10.199.0.140' }, // its server's half
];

test('migrated tutorial pair: load-balancing, a lease in both lease files, partner-down after a kill, migrated leases', { skip: SKIP, timeout: 120_000 }, async (t) => {
  const ranges = [['10.199.0.100', '10.199.0.150']];
  const leases = path.join(scratch, 'lb-dhcpd.leases');
  fs.writeFileSync(leases, MIGRATED.map((m) => dhcpdLeases(m.address, m.iface.mac)).join(''));
  await withKeaPair('lb', ['--leases', leases, path.join(FIXTURES, 'kea-lb-primary.conf')], 'load-balancing', async ({ lab, primary, secondary, context, readyMs }) => {
    const lease = await getLease(lab, CLIENT_IFACES[0].name, context);
    assert.ok(inRanges(lease.address, ranges), `${lease.address} is outside the migrated ranges`);
    const answering = lease.server === PRIMARY_ADDRESS ? primary : secondary;
    assert.ok(inRanges(lease.address, HALVES[answering.role]), `${lease.address} is not in the ${answering.role}'s half of the pool`);
    assert.equal(answering.role, 'secondary', `Kea's hash gives ${lease.mac} to the secondary`);
    assert.notEqual(lease.address, MIGRATED[0].address, 'a migrated address in the other half is not renewed (as MIGRATION.md says)');
    const t0 = performance.now();
    for (const server of [primary, secondary]) {
      await waitFor(`${server.role}'s kea-leases4.csv to hold ${lease.address} for ${lease.mac}`, () => hasLease(server, lease.address, lease.mac), {
        timeoutMs: LEASE_FILE_TIMEOUT_MS,
        context,
      });
    }
    const replicatedMs = performance.now() - t0;

    // Kill one server outright (the one that answered): the other takes over.
    const survivor = answering === primary ? secondary : primary;
    const survivorUrl = urlOf(survivor === primary ? PRIMARY_ADDRESS : SECONDARY_ADDRESS);
    const t1 = performance.now();
    for (const p of answering.procs) p.stopping = true;
    for (const p of answering.procs) p.child.kill('SIGKILL');
    await waitFor(`the ${survivor.role} to go partner-down`, () => {
      survivor.assertRunning();
      return survivor.state(survivorUrl) === 'partner-down';
    }, { timeoutMs: STATE_TIMEOUT_MS, intervalMs: 250, context });
    const partnerDownMs = performance.now() - t1;
    // cli1 held 10.199.0.140 in dhcpd.leases: the survivor, serving its partner's clients too, gives it back.
    const second = await getLease(lab, CLIENT_IFACES[1].name, context);
    assert.equal(second.server, survivor === primary ? PRIMARY_ADDRESS : SECONDARY_ADDRESS, 'the survivor answers');
    assert.equal(second.address, MIGRATED[1].address, `${second.mac} held ${MIGRATED[1].address} in the migrated dhcpd.leases`);
    t.diagnostic(
      `[live] Kea LB: load-balancing in ${ms(readyMs)}; ${lease.mac} got ${lease.address} from the ${answering.role} in ${ms(lease.elapsedMs)}, ` +
        `in both lease files after ${ms(replicatedMs)}; ${answering.role} killed, ${survivor.role} partner-down after ${ms(partnerDownMs)}, ` +
        `then ${second.mac} got its migrated ${second.address} from it in ${ms(second.elapsedMs)}`,
    );
  });
});

test('migrated hot-standby pair (split 256) with dhcpd.leases: a client keeps its address', { skip: SKIP, timeout: 120_000 }, async (t) => {
  const client = CLIENT_IFACES[1];
  const address = '10.199.0.142';
  const leases = path.join(scratch, 'dhcpd.leases');
  fs.writeFileSync(leases, dhcpdLeases(address, client.mac));
  await withKeaPair('hs', ['--leases', leases, path.join(ROOT_FIXTURES, 'split-full-primary.conf')], 'hot-standby', async ({ lab, primary, secondary, context, readyMs }) => {
    for (const server of [primary, secondary]) assert.ok(hasLease(server, address, client.mac), `the migrated lease is in the ${server.role}'s kea-leases4.csv`);
    const lease = await getLease(lab, client.name, context);
    assert.equal(lease.address, address, `${client.mac} held ${address} in dhcpd.leases`);
    assert.equal(lease.server, PRIMARY_ADDRESS, 'the active server (the primary) answers in hot-standby');
    t.diagnostic(`[live] Kea hot-standby: ready in ${ms(readyMs)}; ${client.mac} got its migrated address ${lease.address} back in ${ms(lease.elapsedMs)}`);
  });
});

const ROOT_FIXTURES = path.resolve(FIXTURES, '..', '..', 'fixtures', 'kea');

test('migrated pool permits live: a class pool and a known-clients pool, each combined with the HA classes', { skip: SKIP, timeout: 120_000 }, async (t) => {
  await withKeaPair('classes', [path.join(FIXTURES, 'kea-classes-primary.conf')], 'load-balancing', async ({ lab, context, readyMs }) => {
    // Both MACs fall to the secondary (see HALVES): each gets the secondary's half of its own pool.
    const lab0 = await lab.dhclient(CLIENT_IFACES[0].name, { config: 'dhclient-vendor-lab.conf' });
    assert.ok(lab0.ok, `no lease for the "lab" client:\n${lab0.output}\n${context()}`);
    assert.ok(inRanges(lab0.address, [['10.199.0.110', '10.199.0.119']]), `${lab0.address}: the "lab" client belongs in HA_secondary_lab (10.199.0.110-119)`);
    const known = await getLease(lab, CLIENT_IFACES[1].name, context);
    assert.ok(inRanges(known.address, [['10.199.0.130', '10.199.0.139']]), `${known.address}: the known client belongs in HA_secondary_KNOWN (10.199.0.130-139)`);
    t.diagnostic(`[live] Kea pool classes: load-balancing in ${ms(readyMs)}; vendor "lab" client got ${lab0.address}, known client got ${known.address} (both from the ${lab0.server === SECONDARY_ADDRESS ? 'secondary' : 'primary'})`);
  });
});
