// `npm run bench`: the performance figures of the README.
// - generates the configurations (1k, 20k, 100k hosts: bench/generate.mjs);
// - runs `dhcpd-conf check` and `dhcpd -t` alternately, several runs each: medians and ratio;
// - drives the bundled server over LSP on the largest file: activation, hover and completion
//   right after a one-character edit (p50/p95), fresh diagnostics after an edit (debounce
//   included), peak RSS;
// - prints a table and writes bench/results.json.
// Needs `npm run build` first; dhcpd (Debian isc-dhcp-server) for the comparison, skipped without it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate } from './generate.mjs';
import { TYPING_KINDS } from './typingKinds.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [1000, 20000, 100000];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const EDITS = Number(process.env.BENCH_EDITS ?? 30);
// BENCH_ONLY=check, BENCH_ONLY=server or BENCH_ONLY=typing runs one part.
const ONLY = process.env.BENCH_ONLY;
const CLI = join(ROOT, 'dist', 'cli.js');
const SERVER = join(ROOT, 'dist', 'server.js');
if (!existsSync(CLI) || !existsSync(SERVER)) {
  console.error('bench: run `npm run build` first');
  process.exit(2);
}
const dhcpd = ['/usr/sbin/dhcpd', '/usr/local/sbin/dhcpd'].find((p) => existsSync(p));
const dir = mkdtempSync(join(tmpdir(), 'dhcpd-bench-'));
// The generated files (some 30 MB) go when the bench ends, however it ends.
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
process.on('SIGINT', () => process.exit(130));
writeFileSync(join(dir, 'leases'), '');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
function timeRun(cmd, args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, status: r.status, stdout: String(r.stdout) };
}

const results = { date: new Date().toISOString(), node: process.version, check: [], server: {} };
const files = {};
for (const n of SIZES) {
  const file = join(dir, `hosts-${n}.conf`);
  writeFileSync(file, generate(n));
  files[n] = file;
}

// ---- CLI against dhcpd -t ----
for (const n of ONLY === 'server' || ONLY === 'typing' ? [] : SIZES) {
  const file = files[n];
  const ours = [];
  const theirs = [];
  // The pair commands, on the same file (compare: against its generated secondary).
  const secondaryFile = join(dir, `hosts-${n}.secondary.conf`);
  const splitDir = join(dir, `split-${n}`);
  const pairCommands = {
    secondary: ['secondary', '-o', secondaryFile, '--force', file],
    primary: ['primary', secondaryFile],
    compare: ['compare', file, secondaryFile],
    split: ['split', '-o', splitDir, '--force', file],
  };
  const pairTimes = Object.fromEntries(Object.keys(pairCommands).map((k) => [k, []]));
  let errors = 0;
  for (let i = 0; i < RUNS; i++) {
    const a = timeRun(process.execPath, [CLI, 'check', '--format', 'json', file]);
    ours.push(a.ms);
    errors = JSON.parse(a.stdout)[0].errorCount;
    if (dhcpd) theirs.push(timeRun(dhcpd, ['-4', '-t', '-cf', file, '-lf', join(dir, 'leases'), '-pf', join(dir, 'pid')]).ms);
    for (const [k, args] of Object.entries(pairCommands)) {
      const r = timeRun(process.execPath, [CLI, ...args]);
      if (r.status !== 0) throw new Error(`bench: dhcpd-conf ${args.join(' ')} exited ${r.status}`);
      pairTimes[k].push(r.ms);
    }
  }
  const row = {
    hosts: n,
    bytes: readFileSync(file).length,
    checkMs: Math.round(median(ours)),
    dhcpdMs: dhcpd ? Math.round(median(theirs)) : null,
    ratio: dhcpd ? +(median(ours) / median(theirs)).toFixed(2) : null,
    errors,
    pairMs: Object.fromEntries(Object.entries(pairTimes).map(([k, xs]) => [k, Math.round(median(xs))])),
  };
  results.check.push(row);
}

// ---- the server over LSP ----
function lsp() {
  // BENCH_SERVER_ARGS: node flags for the server, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
  const nodeArgs = (process.env.BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let buffer = Buffer.alloc(0);
  let id = 0;
  const pending = new Map();
  const listeners = [];
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.slice(0, headerEnd).toString())[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      const msg = JSON.parse(buffer.slice(headerEnd + 4, headerEnd + 4 + length).toString());
      buffer = buffer.slice(headerEnd + 4 + length);
      if (msg.id !== undefined && pending.has(msg.id)) {
        pending.get(msg.id)(msg);
        pending.delete(msg.id);
      } else if (msg.method) {
        if (msg.id !== undefined) send({ jsonrpc: '2.0', id: msg.id, result: msg.method === 'workspace/configuration' ? [null] : null });
        for (const l of listeners) l(msg);
      }
    }
  });
  const send = (msg) => {
    const body = Buffer.from(JSON.stringify(msg));
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  return {
    child,
    request(method, params) {
      const myId = ++id;
      return new Promise((resolve) => {
        pending.set(myId, resolve);
        send({ jsonrpc: '2.0', id: myId, method, params });
      });
    },
    notify(method, params) {
      send({ jsonrpc: '2.0', method, params });
    },
    waitFor(pred) {
      return new Promise((resolve) => {
        const l = (m) => {
          if (pred(m)) {
            listeners.splice(listeners.indexOf(l), 1);
            resolve(m);
          }
        };
        listeners.push(l);
      });
    },
  };
}

function rssMiB(pid, field) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)[1]) / 1024);
  } catch {
    return null;
  }
}
const peakRssMiB = (pid) => rssMiB(pid, 'VmHWM');

if (ONLY !== 'check' && ONLY !== 'typing') {
  const n = SIZES[SIZES.length - 1];
  const text = readFileSync(files[n], 'utf8');
  const uri = pathToFileURL(files[n]).toString();
  // Activation: the median over RUNS fresh servers (one start is too noisy to quote).
  const activations = [];
  for (let i = 0; i < RUNS; i++) {
    const fresh = lsp();
    const t0 = performance.now();
    await fresh.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'en' });
    activations.push(performance.now() - t0);
    fresh.child.kill();
  }
  const activationMs = median(activations);
  const server = lsp();
  let t = performance.now();
  await server.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'en' });
  server.notify('initialized', {});
  t = performance.now();
  const first = server.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri);
  server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'dhcpd', version: 1, text } });
  const firstDiagnostics = await first;
  const openMs = performance.now() - t;
  const trace = (what) => process.env.BENCH_TRACE && console.log(`${what}: RSS ${rssMiB(server.child.pid, 'VmRSS')} MiB, peak ${rssMiB(server.child.pid, 'VmHWM')} MiB`);
  trace('opened');
  // Lines of `fixed-address` statements to edit: a one-character change each time.
  const lines = text.split('\n');
  const targets = [];
  for (let i = 0; i < lines.length && targets.length < EDITS; i += Math.floor(lines.length / EDITS)) {
    let j = i;
    while (j < lines.length && !lines[j].includes('fixed-address')) j++;
    if (j < lines.length) targets.push(j);
  }
  const hoverMs = [];
  const completionMs = [];
  const diagnosticsMs = [];
  let version = 1;
  for (const line of targets) {
    const col = lines[line].indexOf(';');
    // Insert a space before the `;`, then take it out again: two versions, the text stays valid.
    for (const change of [{ text: ' ', range: { start: { line, character: col }, end: { line, character: col } } }, { text: '', range: { start: { line, character: col }, end: { line, character: col + 1 } } }]) {
      version++;
      const diag = server.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === version);
      const edited = performance.now();
      server.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      let s = performance.now();
      await server.request('textDocument/hover', { textDocument: { uri }, position: { line, character: 4 } });
      hoverMs.push(performance.now() - s);
      s = performance.now();
      await server.request('textDocument/completion', { textDocument: { uri }, position: { line, character: 2 } });
      completionMs.push(performance.now() - s);
      await diag;
      diagnosticsMs.push(performance.now() - edited);
    }
  }
  trace('edited');
  const rss = peakRssMiB(server.child.pid);
  await server.request('shutdown');
  server.notify('exit');
  results.server = {
    hosts: n,
    activationMs: Math.round(activationMs),
    openToDiagnosticsMs: Math.round(openMs),
    firstDiagnostics: firstDiagnostics.params.diagnostics.length,
    hoverAfterEditMs: { p50: +percentile(hoverMs, 50).toFixed(1), p95: +percentile(hoverMs, 95).toFixed(1) },
    completionAfterEditMs: { p50: +percentile(completionMs, 50).toFixed(1), p95: +percentile(completionMs, 95).toFixed(1) },
    diagnosticsAfterEditMs: { p50: Math.round(percentile(diagnosticsMs, 50)), p95: Math.round(percentile(diagnosticsMs, 95)) },
    peakRssMiB: rss,
    edits: hoverMs.length,
  };
}

// ---- real typing (issue #20): what a person does, at three sizes ----
// Each kind of edit is made and then undone, TYPING_EDITS times at places spread over the file; hover is
// asked at the edit right after it, then completion, then the fresh diagnostics are awaited.
const TYPING_SIZES = (process.env.BENCH_TYPING_SIZES ?? '5000,20000,100000').split(',').map(Number);
// 60 of each kind: 120 samples, whose p95 is not one stray collection.
const TYPING_EDITS = Number(process.env.BENCH_EDITS ?? 60);
async function typingBench(n) {
  const file = join(dir, `typing-${n}.conf`);
  writeFileSync(file, generate(n));
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const uri = pathToFileURL(file).toString();
  const server = lsp();
  await server.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'en' });
  server.notify('initialized', {});
  const opened = server.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri);
  server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'dhcpd', version: 1, text } });
  await opened;
  let version = 1;
  const out = {};
  for (const [kind, make] of Object.entries(TYPING_KINDS)) {
    const hover = [];
    const completion = [];
    const diagnostics = [];
    for (let e = 0; e < TYPING_EDITS; e++) {
      const at = Math.floor(((e + 0.5) * lines.length) / TYPING_EDITS);
      const plan = make(lines, at);
      for (const change of plan.edits) {
        version++;
        const diag = server.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === version);
        const edited = performance.now();
        server.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
        let s = performance.now();
        await server.request('textDocument/hover', { textDocument: { uri }, position: plan.hover });
        hover.push(performance.now() - s);
        s = performance.now();
        await server.request('textDocument/completion', { textDocument: { uri }, position: plan.hover });
        completion.push(performance.now() - s);
        await diag;
        diagnostics.push(performance.now() - edited);
      }
    }
    const pct = (xs) => ({ p50: +percentile(xs, 50).toFixed(1), p95: +percentile(xs, 95).toFixed(1) });
    out[kind] = { hover: pct(hover), completion: pct(completion), diagnostics: pct(diagnostics) };
  }
  const peak = peakRssMiB(server.child.pid);
  await server.request('shutdown');
  server.notify('exit');
  return { hosts: n, kinds: out, peakRssMiB: peak };
}

if (ONLY === 'typing' || !ONLY) {
  results.typing = [];
  for (const n of TYPING_SIZES) results.typing.push(await typingBench(n));
  console.log('\nReal typing: each kind of edit made and undone %d times over the file; p95 in ms (p50 in brackets)', TYPING_EDITS);
  console.log('| edit | hosts | hover | completion | fresh diagnostics |');
  console.log('|---|---:|---:|---:|---:|');
  for (const kind of Object.keys(TYPING_KINDS)) {
    for (const r of results.typing) {
      const k = r.kinds[kind];
      console.log(`| ${kind} | ${r.hosts} | ${k.hover.p95} (${k.hover.p50}) | ${k.completion.p95} (${k.completion.p50}) | ${k.diagnostics.p95} (${k.diagnostics.p50}) |`);
    }
  }
  const large = results.typing[results.typing.length - 1];
  const mid = results.typing.find((r) => r.hosts === 20000);
  if (mid && large !== mid) {
    // The goal of #20: a keystroke costs the same in a small file and a huge one.
    const growth = (kind, what, p) => (large.kinds[kind][what][p] / mid.kinds[kind][what][p]).toFixed(2);
    console.log('\nGrowth from %d to %d hosts, per kind of edit (hover p50 / p95, completion p50 / p95):', mid.hosts, large.hosts);
    for (const kind of Object.keys(TYPING_KINDS)) console.log(`  ${kind}: hover ×${growth(kind, 'hover', 'p50')} / ×${growth(kind, 'hover', 'p95')}, completion ×${growth(kind, 'completion', 'p50')} / ×${growth(kind, 'completion', 'p95')}`);
  }
  console.log('Peak RSS: %s', results.typing.map((r) => `${r.hosts} hosts ${r.peakRssMiB} MiB`).join(', '));
}

if (ONLY !== 'server' && ONLY !== 'typing') {
console.log('\ndhcpd-conf check vs dhcpd -t (median of %d runs each, alternated)', RUNS);
console.log('| hosts | size | dhcpd-conf check | dhcpd -t | ratio | errors |');
console.log('|---:|---:|---:|---:|---:|---:|');
for (const r of results.check) {
  console.log(`| ${r.hosts} | ${(r.bytes / 1048576).toFixed(1)} MiB | ${r.checkMs} ms | ${r.dhcpdMs ?? '-'} ms | ${r.ratio ?? '-'} | ${r.errors} |`);
}
console.log('\nThe pair commands on the same files (median of %d runs each; ratio to dhcpd -t)', RUNS);
console.log('| hosts | secondary | primary | compare | split |');
console.log('|---:|---:|---:|---:|---:|');
for (const r of results.check) {
  const cell = (k) => `${r.pairMs[k]} ms${r.dhcpdMs ? ` (${(r.pairMs[k] / r.dhcpdMs).toFixed(2)})` : ''}`;
  console.log(`| ${r.hosts} | ${cell('secondary')} | ${cell('primary')} | ${cell('compare')} | ${cell('split')} |`);
}
}
if (ONLY !== 'check' && ONLY !== 'typing') {
const s = results.server;
console.log(`\nLanguage server on ${s.hosts} hosts (${s.edits} one-character edits)`);
console.log('| measure | value |');
console.log('|---|---:|');
console.log(`| activation (initialize, median of ${RUNS} starts) | ${s.activationMs} ms |`);
console.log(`| open to first diagnostics | ${s.openToDiagnosticsMs} ms |`);
console.log(`| hover after an edit, p50 / p95 | ${s.hoverAfterEditMs.p50} / ${s.hoverAfterEditMs.p95} ms |`);
console.log(`| completion after an edit, p50 / p95 | ${s.completionAfterEditMs.p50} / ${s.completionAfterEditMs.p95} ms |`);
console.log(`| fresh diagnostics after an edit (debounce included), p50 / p95 | ${s.diagnosticsAfterEditMs.p50} / ${s.diagnosticsAfterEditMs.p95} ms |`);
console.log(`| peak RSS | ${s.peakRssMiB} MiB |`);
}
if (ONLY) {
  console.log('\nBENCH_ONLY is set: bench/results.json is left as it was.');
  process.exit(0);
}
writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
console.log('\nwritten: bench/results.json');
