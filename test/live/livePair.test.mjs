// Live failover pair: the secondary that `dhcpd-conf secondary` generates really pairs with its
// primary (two dhcpd in network namespaces reach "normal", a client gets a lease, the binding is
// replicated to the other server), and the pool mismatch that `dhcpd-conf compare` flags
// (pairPools) is a real fault (the primary's binding updates are rejected: "unknown IP address").
//
// Needs root, iproute2, isc-dhcp-server and isc-dhcp-client; skips otherwise. Run with
// `node --test test/live/` after `node esbuild.mjs`. DHCPD_LIVE_KEEP=1 keeps logs and lease files.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  CLIENT_IFACES,
  FIXTURES,
  Lab,
  PRIMARY_ADDRESS,
  SECONDARY_ADDRESS,
  cli,
  dhcpdSyntaxCheck,
  failoverPeerLines,
  inRanges,
  lineDiff,
  removeStaleNamespaces,
  skipReason,
  waitFor,
} from './lab.mjs';

const SKIP = skipReason();

const NORMAL = /Both servers normal|I move from \S+ to normal/;
const NORMAL_TIMEOUT_MS = 20_000;
const READY_TIMEOUT_MS = 10_000;
const REPLICATION_TIMEOUT_MS = 10_000;

/** Primaries whose generated secondary must work live; `ranges` are their failover pool ranges. */
const PRIMARIES = [
  { fixture: 'tutorial-primary.conf', ranges: [['10.199.0.100', '10.199.0.150']] },
  // CRLF line ends (a file edited on Windows): the secondary keeps them.
  { fixture: 'tutorial-primary-crlf.conf', ranges: [['10.199.0.100', '10.199.0.150']] },
  // Peer statements broken over lines, comments between the words: any line of the peer block may change.
  { fixture: 'tutorial-primary-multiline.conf', ranges: [['10.199.0.100', '10.199.0.150']], anyPeerLine: true },
  {
    fixture: 'shared-network-primary.conf',
    ranges: [
      ['10.199.0.160', '10.199.0.170'],
      ['10.199.1.10', '10.199.1.20'],
    ],
  },
];

const MISMATCH = {
  primary: 'tutorial-primary.conf',
  secondary: 'tutorial-secondary-pool-mismatch.conf',
  peer: 'dhcp-failover',
  primaryRanges: [['10.199.0.100', '10.199.0.150']],
  secondaryRanges: [['10.199.0.100', '10.199.0.120']],
};

/** Failover statements the generator may change: the role, the swapped endpoints, mclt/split. */
const ROLE_STATEMENT = /^\s*(primary|secondary|address|port|peer\s+address|peer\s+port|mclt|split|hba)\b/;

const serverName = (ip) => (ip === PRIMARY_ADDRESS ? 'primary' : ip === SECONDARY_ADDRESS ? 'secondary' : `unknown server ${ip}`);
const ms = (x) => `${Math.round(x)} ms`;

let scratch;
before(() => {
  if (SKIP) return;
  const stale = removeStaleNamespaces();
  if (stale.length > 0) console.log(`[live] removed namespaces left by a killed run: ${stale.join(', ')}`);
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'dhcpd-live-conf-'));
  process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));
});

function summary(t, line) {
  t.diagnostic(`[live] ${line}`);
}

function assertDhcpdAccepts(conf) {
  const r = dhcpdSyntaxCheck(conf, scratch);
  assert.equal(r.code, 0, `dhcpd -t rejects ${conf}:\n${r.stdout}${r.stderr}`);
}

/**
 * Starts the pair in a fresh lab, waits (bounded) until both servers are normal and the secondary
 * holds backup leases (before that it has no lease of its own to give a client in its half of the hash),
 * runs `body`, and always destroys the lab.
 */
async function withLivePair(primaryConf, secondaryConf, body) {
  const lab = new Lab().up();
  try {
    const primary = lab.startServer('primary', primaryConf);
    const secondary = lab.startServer('secondary', secondaryConf);
    const context = () => `${primary.tail()}\n${secondary.tail()}`;
    const t0 = performance.now();
    await waitFor(
      'both servers to reach the normal state',
      () => {
        primary.assertRunning();
        secondary.assertRunning();
        return NORMAL.test(primary.log) && NORMAL.test(secondary.log);
      },
      { timeoutMs: NORMAL_TIMEOUT_MS, context },
    );
    const normalMs = performance.now() - t0;
    await waitFor('the secondary to receive its backup leases', () => [...secondary.leases().values()].some((l) => l.bindingState === 'backup'), {
      timeoutMs: READY_TIMEOUT_MS,
      context,
    });
    const readyMs = performance.now() - t0;
    return await body({ lab, primary, secondary, context, normalMs, readyMs });
  } finally {
    lab.destroy();
  }
}

async function getLease(lab, iface, context, options = {}) {
  const lease = await lab.dhclient(iface, options);
  assert.ok(lease.ok, `dhclient on ${iface} got no lease (${JSON.stringify(lease.exit)}):\n${lease.output}\n${context()}`);
  return lease;
}

for (const { fixture, ranges, anyPeerLine } of PRIMARIES) {
  test(`generated secondary of ${fixture} pairs live with its primary`, { skip: SKIP, timeout: 90_000 }, async (t) => {
    const primaryConf = path.join(FIXTURES, fixture);
    const primaryText = fs.readFileSync(primaryConf, 'utf8');
    const secondaryConf = path.join(scratch, fixture.replace(/primary/, 'secondary'));

    // Static checks: dhcpd accepts both, compare agrees, and only the failover role lines changed.
    assertDhcpdAccepts(primaryConf);
    const gen = cli(['secondary', primaryConf, '-o', secondaryConf]);
    assert.equal(gen.code, 0, `dhcpd-conf secondary failed:\n${gen.stdout}${gen.stderr}`);
    const secondaryText = fs.readFileSync(secondaryConf, 'utf8');
    assertDhcpdAccepts(secondaryConf);
    const cmp = cli(['compare', primaryConf, secondaryConf]);
    assert.equal(cmp.code, 0, `dhcpd-conf compare finds mismatches:\n${cmp.stdout}${cmp.stderr}`);

    const changes = lineDiff(primaryText, secondaryText);
    const added = new Set(changes.filter((c) => c.op === '+').map((c) => c.lineNo));
    const isHeaderComment = (c) =>
      c.op === '+' && /^\s*#/.test(c.line) && Array.from({ length: c.lineNo }, (_, i) => i + 1).every((n) => added.has(n));
    const peerLines = { '-': failoverPeerLines(primaryText), '+': failoverPeerLines(secondaryText) };
    const isRoleLine = (c) => peerLines[c.op].has(c.lineNo) && (anyPeerLine || ROLE_STATEMENT.test(c.line));
    const unexpected = changes.filter((c) => !isHeaderComment(c) && !isRoleLine(c));
    assert.deepEqual(unexpected, [], 'the secondary differs from the primary outside the failover role lines and the header comment');
    assert.ok(changes.some((c) => c.op === '-' && /^\s*primary\s*;/.test(c.line)), 'the primary; line is gone');
    assert.ok(changes.some((c) => c.op === '+' && /^\s*secondary\s*;/.test(c.line)), 'a secondary; line appears');

    // Live.
    await withLivePair(primaryConf, secondaryConf, async ({ lab, primary, secondary, context, normalMs, readyMs }) => {
      const results = [];
      for (const { name: iface } of CLIENT_IFACES) {
        const lease = await getLease(lab, iface, context);
        assert.ok(inRanges(lease.address, ranges), `${lease.address} is outside the pool ranges ${JSON.stringify(ranges)}`);
        const answering = lease.server === PRIMARY_ADDRESS ? primary : lease.server === SECONDARY_ADDRESS ? secondary : undefined;
        assert.ok(answering, `the lease came from an unexpected server ${lease.server}`);
        const other = answering === primary ? secondary : primary;
        const t0 = performance.now();
        for (const server of [other, answering]) {
          await waitFor(
            `the ${server.role}'s lease file to hold an active binding of ${lease.address} to ${lease.mac}`,
            () => {
              const l = server.leases().get(lease.address);
              return l?.bindingState === 'active' && l.mac === lease.mac;
            },
            { timeoutMs: REPLICATION_TIMEOUT_MS, context: () => `${context()}\n--- ${server.role} lease file: ${server.leaseFile}` },
          );
        }
        results.push(`${iface} got ${lease.address} from the ${answering.role} in ${ms(lease.elapsedMs)}, binding in the ${other.role}'s lease file after ${ms(performance.now() - t0)}`);
      }
      summary(t, `${fixture}: normal in ${ms(normalMs)} (secondary has backup leases at ${ms(readyMs)}); ${results.join('; ')}`);
    });
  });
}

test('pool mismatch flagged by compare (pairPools) makes the secondary reject bind updates live', { skip: SKIP, timeout: 90_000 }, async (t) => {
  const primaryConf = path.join(FIXTURES, MISMATCH.primary);
  const secondaryConf = path.join(FIXTURES, MISMATCH.secondary);

  // The hand-made secondary is the generated one with a shorter range (and its own comments).
  const generated = path.join(scratch, 'mismatch-generated-secondary.conf');
  assert.equal(cli(['secondary', primaryConf, '-o', generated]).code, 0);
  const drift = lineDiff(fs.readFileSync(generated, 'utf8'), fs.readFileSync(secondaryConf, 'utf8')).filter(
    (c) => !/^\s*#/.test(c.line) && !/^\s*range\s/.test(c.line),
  );
  assert.deepEqual(drift, [], `${MISMATCH.secondary} should differ from the generated secondary only in its range line and comments`);

  // Each file is valid on its own: only the pair is wrong, and compare says so.
  assertDhcpdAccepts(primaryConf);
  assertDhcpdAccepts(secondaryConf);
  const cmp = cli(['compare', primaryConf, secondaryConf]);
  assert.equal(cmp.code, 1, `compare should report the mismatch:\n${cmp.stdout}${cmp.stderr}`);
  assert.match(cmp.stdout, /pairPools/, 'compare names the pairPools rule');

  await withLivePair(primaryConf, secondaryConf, async ({ lab, primary, secondary, context, normalMs }) => {
    // cli0's MAC is in the primary's half of the load-balancing hash: the primary answers, from
    // the free leases it kept after balancing (the top of its range, which the secondary lacks).
    // The secondary answers too (it believes the primary has no free lease left), so the client
    // ignores the secondary's offers (dhclient-primary-only.conf) to take the primary's.
    const logOffset = primary.log.length;
    const secondaryLogOffset = secondary.log.length;
    const lease = await getLease(lab, CLIENT_IFACES[0].name, context, { config: 'dhclient-primary-only.conf' });
    const facts = `${lease.output}\n${context()}`;
    assert.equal(serverName(lease.server), 'primary', `expected the primary to answer ${CLIENT_IFACES[0].mac}:\n${facts}`);
    assert.ok(inRanges(lease.address, MISMATCH.primaryRanges), `${lease.address} is outside the primary's pool:\n${facts}`);
    assert.ok(!inRanges(lease.address, MISMATCH.secondaryRanges), `${lease.address} is also in the secondary's pool, it proves nothing:\n${facts}`);

    // dhcpd logs a rejected bind update on the side that SENT it, when the BNDACK carrying the
    // reject reason comes back: here the primary, reporting the secondary's "unknown IP address".
    const escaped = lease.address.replace(/\./g, '\\.');
    const rejected = new RegExp(`bind update on ${escaped} from ${MISMATCH.peer} rejected: unknown IP address`);
    const t0 = performance.now();
    await waitFor(`the secondary to reject the bind update of ${lease.address}`, () => rejected.test(primary.log.slice(logOffset)), {
      timeoutMs: REPLICATION_TIMEOUT_MS,
      context,
    });
    const rejectMs = performance.now() - t0;
    const line = primary.log.slice(logOffset).split('\n').find((l) => rejected.test(l));
    // And the binding never reaches the secondary: a failover would lose it.
    assert.equal(secondary.leases().get(lease.address), undefined, `the secondary should know nothing of ${lease.address}:\n${context()}`);
    await waitFor(`the primary's lease file to hold the binding of ${lease.address}`, () => primary.leases().get(lease.address)?.bindingState === 'active', {
      timeoutMs: REPLICATION_TIMEOUT_MS,
      context,
    });
    // Seen every time, not asserted: the secondary, short of the primary's free leases, stops load balancing.
    const cancelled = /cancel load balance to peer \S+ - no free leases/.test(secondary.log.slice(secondaryLogOffset));
    summary(
      t,
      `pool mismatch: normal in ${ms(normalMs)} all the same; ${lease.address} from the primary; "${line.trim()}" after ${ms(rejectMs)}; ` +
        `not in the secondary's lease file${cancelled ? '; secondary: "cancel load balance to peer - no free leases"' : ''}`,
    );
  });
});
