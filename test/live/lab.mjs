// A throw-away network lab for the live failover pair test: four network namespaces (a bridge,
// the primary server, the secondary server, a client), veth pairs, dhcpd and dhclient as child
// processes. Nothing is ever created in, or read from, the host's own network namespace: every
// veth pair is created inside the bridge namespace with its peer end moved straight into its
// target namespace. Every wait has a deadline; cleanup kills by PID and deletes the namespaces
// (which removes the veths and the bridge with them).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES = path.join(HERE, 'fixtures');
export const ROOT = path.resolve(HERE, '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');

export const PRIMARY_ADDRESS = '10.199.0.1';
export const SECONDARY_ADDRESS = '10.199.0.2';
/** The servers' interface inside their namespace (dhcpd listens on it by name). */
export const SERVER_IFACE = 'srv0';
/**
 * The client's interfaces, with fixed MAC addresses so the failover load balancing (a hash of the
 * MAC, as no client identifier is sent) is deterministic. Measured with `split 128`:
 * cli0 (…:02) is in the primary's half, cli1 (…:01) in the secondary's half.
 */
export const CLIENT_IFACES = [
  { name: 'cli0', mac: '02:00:0a:c7:00:02' },
  { name: 'cli1', mac: '02:00:0a:c7:00:01' },
];

const NS_PREFIX = 'dhlive';
const SBIN = ['/usr/local/sbin', '/usr/sbin', '/sbin'];

/** Absolute path of a command found on PATH or in the sbin directories, or undefined. */
export function findTool(name) {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean), ...SBIN];
  for (const dir of dirs) {
    const file = path.join(dir, name);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

export const TOOLS = { ip: findTool('ip'), dhcpd: findTool('dhcpd'), dhclient: findTool('dhclient') };

/** Why the live test cannot run here, or undefined when it can. */
export function skipReason() {
  if (process.platform !== 'linux') return 'live failover test needs Linux network namespaces';
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    return 'live failover test needs root (network namespaces, dhcpd, dhclient)';
  }
  const missing = Object.entries(TOOLS)
    .filter(([, file]) => !file)
    .map(([name]) => name);
  if (missing.length > 0) {
    return `live failover test needs ${missing.join(', ')} (apt-get install -y iproute2 isc-dhcp-server isc-dhcp-client)`;
  }
  const probe = spawnSync(TOOLS.ip, ['netns', 'list'], { encoding: 'utf8', timeout: 5000 });
  if (probe.status !== 0) return `\`ip netns\` does not work here: ${(probe.stderr || probe.error?.message || '').trim()}`;
  return undefined;
}

/** Runs a command to completion (bounded), throwing with its output when it fails. */
export function run(cmd, args, { timeoutMs = 10_000, allowFail = false } = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: timeoutMs });
  const result = { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
  if (!allowFail && (r.error || r.status !== 0)) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`}):\n${result.stdout}${result.stderr}`);
  }
  return result;
}

/** `node dist/cli.js ARGS`. */
export function cli(args) {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: build it first with \`node esbuild.mjs\``);
  return run(process.execPath, [CLI, ...args], { timeoutMs: 30_000, allowFail: true });
}

/** `dhcpd -t` on a configuration, with a scratch lease and PID file (never the system's). */
export function dhcpdSyntaxCheck(conf, scratchDir) {
  const leases = path.join(scratchDir, 'syntax-check.leases');
  fs.writeFileSync(leases, '');
  return run(TOOLS.dhcpd, ['-4', '-t', '-q', '-cf', conf, '-lf', leases, '-pf', path.join(scratchDir, 'syntax-check.pid')], {
    allowFail: true,
  });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `probe` every `intervalMs` until it returns a truthy value (returned) or the deadline
 * passes (throws, with `context()` appended to help the post-mortem). `probe` may throw to abort.
 */
export async function waitFor(what, probe, { timeoutMs, intervalMs = 50, context = () => '' }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}\n${context()}`);
    await sleep(intervalMs);
  }
}

/** The last `lease A.B.C.D { ... }` block of each address in a dhcpd lease file. */
export function parseLeaseFile(text) {
  const leases = new Map();
  const block = /^lease (\d+\.\d+\.\d+\.\d+) \{\n([\s\S]*?)^\}/gm;
  for (const m of text.matchAll(block)) {
    const body = m[2];
    leases.set(m[1], {
      address: m[1],
      bindingState: /^\s*binding state (\S+);/m.exec(body)?.[1],
      mac: /^\s*hardware ethernet (\S+);/m.exec(body)?.[1],
      body,
    });
  }
  return leases;
}

export function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

const ipToNumber = (ip) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);

/** Whether `ip` lies in one of the inclusive `[first, last]` ranges. */
export function inRanges(ip, ranges) {
  const n = ipToNumber(ip);
  return ranges.some(([first, last]) => n >= ipToNumber(first) && n <= ipToNumber(last));
}

/**
 * A line diff (longest common subsequence): the lines only in `a` (`-`) and only in `b` (`+`),
 * with their 1-based line numbers in their own file.
 */
export function lineDiff(aText, bText) {
  const a = aText.split(/\r?\n/);
  const b = bText.split(/\r?\n/);
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const changes = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      changes.push({ op: '+', line: b[j], lineNo: j + 1 });
      j++;
    } else {
      changes.push({ op: '-', line: a[i], lineNo: i + 1 });
      i++;
    }
  }
  return changes;
}

/** 1-based line numbers that lie inside a `failover peer "NAME" { ... }` block. */
export function failoverPeerLines(text) {
  const inside = new Set();
  let open = false;
  text.split(/\r?\n/).forEach((line, index) => {
    const code = line.replace(/#.*/, '');
    if (!open && /^\s*failover\s+peer\s+"[^"]*"\s*\{/.test(code)) open = true;
    else if (open && /^\s*\}/.test(code)) open = false;
    else if (open) inside.add(index + 1);
  });
  return inside;
}

function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

function killPid(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
    /* already gone */
  }
}

/** Kills, by PID, every process still inside one of our namespaces, then deletes it. */
function destroyNamespace(ns) {
  const pids = () =>
    run(TOOLS.ip, ['netns', 'pids', ns], { allowFail: true, timeoutMs: 5000 })
      .stdout.split(/\s+/)
      .filter(Boolean)
      .map(Number);
  for (const pid of pids()) killPid(pid, 'SIGTERM');
  const deadline = Date.now() + 2000;
  while (pids().length > 0 && Date.now() < deadline) sleepSync(50);
  for (const pid of pids()) killPid(pid, 'SIGKILL');
  run(TOOLS.ip, ['netns', 'delete', ns], { allowFail: true, timeoutMs: 5000 });
}

/** Namespaces left behind by an earlier run that was killed outright (its PID is gone). */
export function removeStaleNamespaces() {
  if (!TOOLS.ip) return [];
  const removed = [];
  const names = run(TOOLS.ip, ['netns', 'list'], { allowFail: true }).stdout.split('\n');
  for (const entry of names) {
    const ns = entry.split(/\s/)[0];
    const m = new RegExp(`^${NS_PREFIX}(\\d+)x\\d+[a-z]+$`).exec(ns);
    if (m && Number(m[1]) !== process.pid && !isAlive(Number(m[1]))) {
      destroyNamespace(ns);
      removed.push(ns);
    }
  }
  return removed;
}

const liveLabs = new Set();
let exitHooksInstalled = false;

function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  // The equivalent of `trap cleanup EXIT`: whatever happens, no namespace or process survives us.
  process.on('exit', () => {
    for (const lab of liveLabs) lab.destroy();
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      for (const lab of liveLabs) lab.destroy();
      process.exit(128 + (os.constants.signals[signal] ?? 1));
    });
  }
}

let labCounter = 0;

/** A dhcpd started in a namespace, its output captured. */
class Server {
  constructor(lab, role, ns, conf) {
    this.role = role;
    this.conf = conf;
    this.leaseFile = path.join(lab.dir, `${role}.leases`);
    this.pidFile = path.join(lab.dir, `${role}.pid`);
    this.logFile = path.join(lab.dir, `${role}.log`);
    this.log = '';
    this.exit = undefined;
    fs.writeFileSync(this.leaseFile, ''); // its own empty lease file
    const args = ['netns', 'exec', ns, TOOLS.dhcpd, '-4', '-f', '-d', '-cf', conf, '-lf', this.leaseFile, '-pf', this.pidFile, SERVER_IFACE];
    this.startedAt = performance.now();
    this.child = spawn(TOOLS.ip, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const capture = (chunk) => {
      this.log += chunk;
      fs.appendFileSync(this.logFile, chunk);
    };
    this.child.stdout.setEncoding('utf8').on('data', capture);
    this.child.stderr.setEncoding('utf8').on('data', capture);
    this.child.on('exit', (code, signal) => (this.exit = { code, signal }));
    this.child.on('error', (e) => (this.exit = { code: null, signal: null, error: e }));
  }

  /** Throws when dhcpd has died: no use waiting for it any longer. */
  assertRunning() {
    if (this.exit && !this.stopping) {
      throw new Error(`dhcpd (${this.role}) exited early (${JSON.stringify(this.exit)}):\n${this.log}`);
    }
  }

  leases() {
    return parseLeaseFile(readText(this.leaseFile));
  }

  tail(lines = 40) {
    return `--- ${this.role} dhcpd log (${this.conf}), last ${lines} lines:\n${this.log.split('\n').slice(-lines).join('\n')}`;
  }

  async stop() {
    this.stopping = true;
    if (this.exit) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  }
}

/** Four namespaces joined by a bridge that lives in the fourth one; see the file comment. */
export class Lab {
  constructor() {
    const id = `${NS_PREFIX}${process.pid}x${labCounter++}`;
    this.ns = { bridge: `${id}br`, primary: `${id}p`, secondary: `${id}s`, client: `${id}c` };
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dhcpd-live-'));
    this.servers = [];
    this.clientPids = [];
    this.destroyed = false;
  }

  /** Creates the namespaces, the bridge, the veth pairs and the servers' addresses. */
  up() {
    installExitHooks();
    liveLabs.add(this);
    const ip = (...args) => run(TOOLS.ip, args);
    const { bridge, primary, secondary, client } = this.ns;
    for (const ns of Object.values(this.ns)) {
      ip('netns', 'add', ns);
      ip('-n', ns, 'link', 'set', 'lo', 'up');
    }
    ip('-n', bridge, 'link', 'add', 'br0', 'type', 'bridge');
    ip('-n', bridge, 'link', 'set', 'br0', 'up');
    const attach = (port, ns, iface, mac) => {
      // Created inside the bridge namespace, peer end moved directly into `ns`: never in the host's.
      ip('-n', bridge, 'link', 'add', port, 'type', 'veth', 'peer', 'name', iface, 'netns', ns);
      if (mac) ip('-n', ns, 'link', 'set', iface, 'address', mac);
      ip('-n', bridge, 'link', 'set', port, 'master', 'br0');
      ip('-n', bridge, 'link', 'set', port, 'up');
      ip('-n', ns, 'link', 'set', iface, 'up');
    };
    attach('to-primary', primary, SERVER_IFACE);
    attach('to-secondary', secondary, SERVER_IFACE);
    CLIENT_IFACES.forEach((c, i) => attach(`to-client${i}`, client, c.name, c.mac));
    ip('-n', primary, 'addr', 'add', `${PRIMARY_ADDRESS}/24`, 'dev', SERVER_IFACE);
    ip('-n', secondary, 'addr', 'add', `${SECONDARY_ADDRESS}/24`, 'dev', SERVER_IFACE);
    return this;
  }

  /** Starts `dhcpd -4 -f -d` for `role` ('primary' | 'secondary') in its namespace. */
  startServer(role, conf) {
    const server = new Server(this, role, this.ns[role], conf);
    this.servers.push(server);
    return server;
  }

  /**
   * `dhclient -4 -1 -v` on one of the client's interfaces, bounded. Resolves with the address
   * bound and the server that acknowledged it. dhclient daemonizes once bound; that daemon is
   * killed by PID (its pid file) when the lab is destroyed.
   */
  async dhclient(iface, { timeoutMs = 25_000, config = 'dhclient.conf' } = {}) {
    const leaseFile = path.join(this.dir, `dhclient-${iface}.leases`);
    const pidFile = path.join(this.dir, `dhclient-${iface}.pid`);
    fs.writeFileSync(leaseFile, ''); // dhclient wants it to exist
    const args = ['netns', 'exec', this.ns.client, TOOLS.dhclient, '-4', '-1', '-v', '-cf', path.join(FIXTURES, config),
      '-sf', '/bin/true', '-lf', leaseFile, '-pf', pidFile, iface];
    const startedAt = performance.now();
    const child = spawn(TOOLS.ip, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (s) => (output += s));
    child.stderr.setEncoding('utf8').on('data', (s) => (output += s));
    const exit = await new Promise((resolve) => {
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, timeoutMs);
      child.on('error', (error) => resolve({ error }));
      // 'exit', not 'close': a daemon child that kept our pipes open must not hold us up.
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        resolve({ code, signal, timedOut });
      });
    });
    await sleep(20); // let the last buffered output arrive
    const pid = Number(readText(pidFile).trim());
    if (pid > 0) this.clientPids.push(pid);
    const ack = /DHCPACK of (\d+\.\d+\.\d+\.\d+) from (\d+\.\d+\.\d+\.\d+)/.exec(output);
    const bound = /bound to (\d+\.\d+\.\d+\.\d+)/.exec(output);
    return {
      ok: exit.code === 0 && Boolean(ack && bound),
      exit,
      address: bound?.[1] ?? ack?.[1],
      server: ack?.[2],
      mac: CLIENT_IFACES.find((c) => c.name === iface)?.mac,
      elapsedMs: performance.now() - startedAt,
      output,
    };
  }

  /** Synchronous and idempotent: safe from an 'exit' handler. */
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    liveLabs.delete(this);
    for (const pid of this.clientPids) killPid(pid, 'SIGTERM');
    for (const s of this.servers) {
      s.stopping = true;
      if (!s.exit && s.child.pid) killPid(s.child.pid, 'SIGTERM');
    }
    for (const ns of Object.values(this.ns)) destroyNamespace(ns);
    for (const s of this.servers) if (!s.exit && s.child.pid) killPid(s.child.pid, 'SIGKILL');
    if (process.env.DHCPD_LIVE_KEEP) process.stderr.write(`live test files kept in ${this.dir}\n`);
    else fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
