// Oracle for `dhcpd-conf kea`: Kea itself accepts every file generated for the failover pairs we
// have (kea-dhcp4 -t and kea-ctrl-agent -t), and kea-dhcp4 really starts with them: as root, in an
// empty network namespace of its own, `timeout 3 kea-dhcp4 -c FILE` is still running when the
// timeout ends it (exit 124), with its control socket and lease file in a scratch folder. The start
// matters: `-t` does not check the HA hook's parameters (max-response-delay above 65535 passes -t,
// and kea-dhcp4 then refuses to start), so every pair is also started, both servers at once.
//
// Needs kea-dhcp4 and kea-ctrl-agent (apt-get install -y kea-dhcp4-server kea-ctrl-agent); the
// bounded start also needs root and iproute2. Skips, saying why, otherwise. `npm run test:kea`.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, TOOLS, run, skipReason } from '../live/lab.mjs';
import { KEA, keaEnv, keaMigrate, keaSkipReason, localize } from '../live/kea.mjs';

const SKIP = keaSkipReason();
const NETNS_SKIP = SKIP ?? (skipReason()?.startsWith('live failover test needs root') || !TOOLS.ip ? 'the bounded start needs root and iproute2' : undefined);
const CORPUS = process.env.DHCPD_CORPUS ?? '/work/shared/corpus';

/** The pairs: [name, args of dhcpd-conf kea]. */
const PAIRS = [
  ['tutorial (live fixture)', ['test/live/fixtures/tutorial-primary.conf']],
  ['tutorial with leases', ['--leases', 'test/fixtures/kea/tutorial.leases', 'test/live/fixtures/tutorial-primary.conf']],
  ['tutorial (French seed, generator fixture)', ['test/fixtures/generator/tutorial.conf', 'test/fixtures/generator/tutorial.secondary.conf']],
  ['shared network', ['test/live/fixtures/shared-network-primary.conf']],
  ['example', ['examples/primary.dhcpd.conf']],
  ['rich', ['test/fixtures/kea/rich-primary.conf']],
  ['pool classes (live fixture)', ['test/live/fixtures/kea-classes-primary.conf']],
  ['auto-partner-down (live fixture)', ['test/live/fixtures/kea-lb-primary.conf']],
  ['edge timers (max-response-delay capped)', ['test/fixtures/kea/edge-timers-primary.conf']],
  ['pools in a shared network, host before its subnet', ['test/fixtures/kea/shared-pool-primary.conf']],
  ['hot-standby (split 256)', ['test/fixtures/kea/split-full-primary.conf']],
  ['two relationships: office', ['--peer', 'office', 'test/fixtures/generator/two-peers-hba.conf', 'test/fixtures/generator/two-peers-hba.secondary.conf']],
  ['two relationships: lab', ['--peer', 'lab', 'test/fixtures/generator/two-peers-hba.conf', 'test/fixtures/generator/two-peers-hba.secondary.conf']],
  ['one-line CRLF', ['test/fixtures/generator/one-line-crlf.conf']],
];

/** Failover primaries of the corpus that dhcpd accepts (LABELS.tsv exit 0). */
function corpusPairs() {
  const labels = path.join(CORPUS, 'LABELS.tsv');
  if (!fs.existsSync(labels)) return [];
  const out = [];
  for (const line of fs.readFileSync(labels, 'utf8').trim().split('\n').slice(1)) {
    const [file, family, exit] = line.split('\t');
    if (family !== '4' || exit !== '0') continue;
    for (const dir of ['real-world', 'isc']) {
      const abs = path.join(CORPUS, dir, file);
      if (!fs.existsSync(abs)) continue;
      const text = fs.readFileSync(abs, 'utf8');
      if (/^\s*failover\s+peer\s+"[^"]*"\s*\{[^}]*\bprimary\s*;/m.test(text)) out.push([`corpus ${dir}/${file}`, [abs]]);
    }
  }
  return out;
}

let scratch;
before(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'dhcpd-conf-kea-oracle-'));
  process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));
});

const corpus = corpusPairs();
test(`corpus failover pairs found: ${corpus.length}`, { skip: SKIP }, (t) => {
  t.diagnostic(`[kea] ${corpus.length} failover primar${corpus.length === 1 ? 'y' : 'ies'} accepted by dhcpd in ${CORPUS}${corpus.length ? '' : ' (none there: the corpus has no failover pair)'}`);
});

let counter = 0;
for (const [name, args] of [...PAIRS, ...corpus]) {
  test(`Kea accepts the migration of ${name}`, { skip: SKIP, timeout: 60_000 }, async (t) => {
    const out = path.join(scratch, String(counter++));
    keaMigrate(out, args.map((a) => (a.startsWith('-') || path.isAbsolute(a) || /^\d+$/.test(a) || ['office', 'lab'].includes(a) ? a : path.join(ROOT, a))));
    const checked = [];
    for (const role of ['primary', 'secondary']) {
      const dir = path.join(out, role);
      const env = keaEnv(dir);
      for (const [tool, file] of [[KEA.dhcp4, 'kea-dhcp4.conf'], [KEA.agent, 'kea-ctrl-agent.conf']]) {
        const conf = path.join(dir, file);
        JSON.parse(fs.readFileSync(conf, 'utf8')); // strict JSON, no comments
        const r = spawnSync(tool, ['-t', conf], { encoding: 'utf8', timeout: 20_000, env });
        assert.equal(r.status, 0, `${path.basename(tool)} -t ${role}/${file} refuses it:\n${(r.stdout + r.stderr).split('\n').filter((l) => /ERROR|rror/.test(l)).join('\n')}`);
        checked.push(`${role}/${file}`);
      }
    }
    let started = '';
    if (!NETNS_SKIP) {
      const runs = await Promise.all(['primary', 'secondary'].map((role) => boundedStart(path.join(out, role), `dhkea${process.pid}x${counter}${role[0]}`)));
      for (const [i, r] of runs.entries()) {
        assert.equal(r.code, 124, `kea-dhcp4 (${i ? 'secondary' : 'primary'}) did not keep running for 3 s (exit ${r.code}):\n${r.log.split('\n').filter((l) => /ERROR|FATAL/.test(l)).join('\n')}`);
        assert.match(r.log, /HA_/, 'the HA hook is loaded');
      }
      started = '; both kea-dhcp4 still running after 3 s in empty namespaces';
    }
    t.diagnostic(`[kea] ${name}: ${checked.length} files accepted by kea-dhcp4 -t / kea-ctrl-agent -t${started}`);
  });
}

/** `timeout 3 kea-dhcp4 -c FILE` in a new empty network namespace (deleted after), the server's files localized. */
function boundedStart(dir, ns) {
  const { dhcp4File } = localize(dir);
  run(TOOLS.ip, ['netns', 'add', ns]);
  return new Promise((resolve) => {
    const child = spawn(TOOLS.ip, ['netns', 'exec', ns, 'timeout', '3', KEA.dhcp4, '-c', dhcp4File], { stdio: ['ignore', 'pipe', 'pipe'], env: keaEnv(dir) });
    let log = '';
    child.stdout.setEncoding('utf8').on('data', (s) => (log += s));
    child.stderr.setEncoding('utf8').on('data', (s) => (log += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      run(TOOLS.ip, ['netns', 'delete', ns], { allowFail: true });
      resolve({ code, log });
    });
  });
}

test('kea-dhcp4 starts for real with the migrated tutorial, in an empty network namespace (bounded)', { skip: NETNS_SKIP, timeout: 60_000 }, (t) => {
  const out = path.join(scratch, 'start');
  keaMigrate(out, ['--leases', path.join(ROOT, 'test/fixtures/kea/tutorial.leases'), path.join(ROOT, 'test/live/fixtures/tutorial-primary.conf')]);
  const ns = `dhkea${process.pid}`;
  run(TOOLS.ip, ['netns', 'add', ns]);
  try {
    run(TOOLS.ip, ['-n', ns, 'link', 'set', 'lo', 'up']);
    for (const role of ['primary', 'secondary']) {
      const dir = path.join(out, role);
      const { dhcp4File, socket, leaseFile } = localize(dir);
      const t0 = performance.now();
      const r = spawnSync(TOOLS.ip, ['netns', 'exec', ns, 'timeout', '3', KEA.dhcp4, '-c', dhcp4File], { encoding: 'utf8', timeout: 15_000, env: keaEnv(dir) });
      const log = (r.stdout ?? '') + (r.stderr ?? '');
      assert.equal(r.status, 124, `kea-dhcp4 (${role}) did not keep running for 3 s (exit ${r.status}):\n${log.split('\n').slice(-30).join('\n')}`);
      assert.match(log, /DHCP4_STARTED|DHCP4_CONFIG_COMPLETE/, 'kea-dhcp4 says it started');
      assert.match(log, /HA_/, 'the HA hook is loaded');
      assert.ok(fs.readFileSync(leaseFile, 'utf8').includes('10.199.0.120,02:00:0a:c7:00:09'), 'the migrated lease is in the lease file Kea keeps');
      t.diagnostic(`[kea] ${role}: kea-dhcp4 ran ${Math.round(performance.now() - t0)} ms until timeout stopped it (socket ${path.basename(socket)})`);
    }
  } finally {
    run(TOOLS.ip, ['netns', 'delete', ns], { allowFail: true });
  }
});
