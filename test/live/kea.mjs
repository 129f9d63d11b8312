// Helpers for the Kea migration tests (`npm run test:kea`, and the live Kea pair in test:live):
// finding kea-dhcp4 / kea-ctrl-agent, running `dhcpd-conf kea`, making a generated configuration
// runnable in a scratch folder (control socket, lease file, PID and lock files there, never in the
// system's /run/kea or /var/lib/kea), and talking to a control agent over HTTP, bounded.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, findTool, readText, run } from './lab.mjs';

export const KEA = { dhcp4: findTool('kea-dhcp4'), agent: findTool('kea-ctrl-agent') };

/** Why Kea tests cannot run here, or undefined. */
export function keaSkipReason() {
  const missing = Object.entries({ 'kea-dhcp4': KEA.dhcp4, 'kea-ctrl-agent': KEA.agent }).filter(([, f]) => !f).map(([n]) => n);
  if (missing.length) return `Kea tests need ${missing.join(', ')} (apt-get install -y kea-dhcp4-server kea-ctrl-agent)`;
  return undefined;
}

/** `dhcpd-conf kea --out DIR ...`; throws when it fails. */
export function keaMigrate(outDir, args) {
  const r = cli(['kea', '--out', outDir, ...args]);
  if (r.code !== 0) throw new Error(`dhcpd-conf kea ${args.join(' ')} failed (exit ${r.code}):\n${r.stdout}${r.stderr}`);
  return r;
}

export const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
export const writeJson = (file, value) => fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n');

/**
 * Moves a server's control socket (and, unless the lease file was migrated into the output folder,
 * its lease file) into its own folder, for both kea-dhcp4.conf and kea-ctrl-agent.conf; optionally
 * narrows the interfaces. Returns the paths.
 */
export function localize(serverDir, { interfaces } = {}) {
  const dhcp4File = path.join(serverDir, 'kea-dhcp4.conf');
  const agentFile = path.join(serverDir, 'kea-ctrl-agent.conf');
  const socket = path.join(serverDir, 'kea4-ctrl.sock');
  const dhcp4 = readJson(dhcp4File);
  dhcp4.Dhcp4['control-socket']['socket-name'] = socket;
  const db = dhcp4.Dhcp4['lease-database'];
  if (!db.name.startsWith(serverDir)) db.name = path.join(serverDir, 'kea-leases4.csv');
  if (interfaces) dhcp4.Dhcp4['interfaces-config'].interfaces = interfaces;
  dhcp4.Dhcp4.loggers = [{ name: 'kea-dhcp4', severity: 'INFO', 'output_options': [{ output: 'stdout' }] }];
  writeJson(dhcp4File, dhcp4);
  const agent = readJson(agentFile);
  agent['Control-agent']['control-sockets'].dhcp4['socket-name'] = socket;
  writeJson(agentFile, agent);
  return { dhcp4File, agentFile, socket, leaseFile: db.name };
}

/** The environment a Kea daemon of one server runs with: PID and lock files in its folder. */
export function keaEnv(serverDir) {
  return { ...process.env, KEA_PIDFILE_DIR: serverDir, KEA_LOCKFILE_DIR: serverDir, KEA_LFC_EXECUTABLE: '/bin/true' };
}

const REQUEST = `
const http = require('node:http');
const [url, command, timeout] = process.argv.slice(1);
const body = JSON.stringify({ command, service: ['dhcp4'] });
const req = http.request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, timeout: Number(timeout) }, (res) => {
  let data = '';
  res.setEncoding('utf8');
  res.on('data', (c) => (data += c));
  res.on('end', () => { process.stdout.write(data); });
});
req.on('timeout', () => req.destroy(new Error('timeout')));
req.on('error', (e) => { process.stderr.write(String(e.message)); process.exitCode = 1; });
req.end(body);
`;

/**
 * POSTs `{"command": COMMAND, "service": ["dhcp4"]}` to a control agent from inside network
 * namespace `ns` (a node child run with \`ip netns exec\`, bounded). The parsed answer (Kea answers
 * with a list, one element per service), or undefined when the agent cannot be reached.
 */
export function agentCommand(ns, url, command, { timeoutMs = 3000 } = {}) {
  const r = run(findTool('ip'), ['netns', 'exec', ns, process.execPath, '-e', REQUEST, url, command, String(timeoutMs)], { allowFail: true, timeoutMs: timeoutMs + 2000 });
  if (r.code !== 0) return undefined;
  try {
    const answer = JSON.parse(r.stdout);
    return Array.isArray(answer) ? answer[0] : answer;
  } catch {
    return undefined;
  }
}

/** kea-dhcp4 and kea-ctrl-agent of one server, started in its namespace, output captured. */
export class KeaServer {
  constructor(lab, role, serverDir) {
    this.role = role;
    this.dir = serverDir;
    this.ns = lab.ns[role];
    this.paths = localize(serverDir);
    this.procs = [];
    this.log = '';
    this.lab = lab;
  }

  start() {
    this.procs.push(this.spawn('kea-dhcp4', KEA.dhcp4, this.paths.dhcp4File));
    this.procs.push(this.spawn('kea-ctrl-agent', KEA.agent, this.paths.agentFile));
    return this;
  }

  spawn(name, tool, conf) {
    const child = spawn(findTool('ip'), ['netns', 'exec', this.ns, tool, '-c', conf], { stdio: ['ignore', 'pipe', 'pipe'], env: keaEnv(this.dir) });
    // The lab kills what is left in its namespaces by PID; it also stops what it knows as a server.
    const proc = { name, child, exit: undefined, stopping: false };
    this.lab.servers.push(proc);
    const capture = (chunk) => {
      this.log += chunk;
      fs.appendFileSync(path.join(this.dir, `${name}.log`), chunk);
    };
    child.stdout.setEncoding('utf8').on('data', capture);
    child.stderr.setEncoding('utf8').on('data', capture);
    child.on('exit', (code, signal) => (proc.exit = { code, signal }));
    child.on('error', (e) => (proc.exit = { code: null, signal: null, error: e }));
    return proc;
  }

  assertRunning() {
    for (const p of this.procs) {
      if (p.exit && !p.stopping) throw new Error(`${p.name} (${this.role}) exited early (${JSON.stringify(p.exit)}):\n${this.tail()}`);
    }
  }

  /** This server's HA state, asked of its own control agent (ha-heartbeat), or undefined. */
  state(url) {
    const answer = agentCommand(this.ns, url, 'ha-heartbeat', { timeoutMs: 1500 });
    return answer?.result === 0 ? answer.arguments?.state : undefined;
  }

  leases() {
    return readText(this.paths.leaseFile);
  }

  tail(lines = 30) {
    return `--- ${this.role} Kea log (${this.dir}), last ${lines} lines:\n${this.log.split('\n').slice(-lines).join('\n')}`;
  }

  /** Stops both daemons by PID (SIGTERM, then SIGKILL after 3 s), bounded. */
  async stop() {
    await Promise.all(
      this.procs.map(async (p) => {
        p.stopping = true;
        if (p.exit) return;
        const exited = new Promise((resolve) => p.child.once('exit', resolve));
        p.child.kill('SIGTERM');
        const timer = setTimeout(() => p.child.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(timer);
      }),
    );
  }
}
