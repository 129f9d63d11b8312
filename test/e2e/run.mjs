#!/usr/bin/env node
/**
 * `npm run test:e2e`: the extension in real editors.
 *   1. setup.mjs: Node 24, code-server and playwright-core into .cache/e2e/ (npm registry, first
 *      run only; cached afterwards), and a check of Debian's chromium and neovim;
 *   2. node --test on neovim.test.mjs (Neovim's LSP client against dist/server.js --stdio) and
 *      vscode.test.mjs (code-server + headless Chromium, dhcpd-conf.vsix installed).
 * Exits non-zero on any failure. The whole run is bounded (E2E_TIMEOUT_MS, default 10 minutes);
 * past it, or on Ctrl+C, the test runner is ended by its PID (then its process group), and every
 * process the tests started (their PIDs are noted in the run folder) is ended too. The tests'
 * temporary folders live in one run folder under $TMPDIR, removed at the end.
 *
 * Needs: `npm run package` first (dhcpd-conf.vsix and dist/), Debian's `chromium` and `neovim`
 * (and `libkrb5-dev` for the first install), the npm registry on the first run only. Not root.
 * Environment: E2E_SCREENSHOTS (default test/e2e/screenshots/), E2E_KEEP=1 (keep temporary
 * folders with code-server's log), E2E_CACHE (default .cache/e2e/), E2E_CHROMIUM, E2E_NVIM.
 * Extra arguments go to `node --test` (e.g. --test-reporter=spec, --test-name-pattern=Neovim).
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, ensureSetup, paths } from './setup.mjs';

const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 10 * 60_000);
const SCREENSHOTS = path.resolve(ROOT, process.env.E2E_SCREENSHOTS ?? path.join('test', 'e2e', 'screenshots'));
const FILES = ['test/e2e/neovim.test.mjs', 'test/e2e/vscode.test.mjs'];

function say(msg) {
  process.stderr.write(`[e2e] ${msg}\n`);
}

say('needs: dhcpd-conf.vsix and dist/ (npm run package), Debian chromium + neovim, the npm registry on the first run only; not root');
const started = Date.now();
let setup;
try {
  setup = ensureSetup();
} catch (e) {
  say(`setup failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
say(`setup ${setup.installed ? 'installed' : 'cached'} in ${setup.seconds.toFixed(1)} s: Node ${setup.node24} (code-server), code-server ${setup.codeServer}, ${setup.chromium}, ${setup.nvim}`);
for (const [file, hint] of [[paths.vsix, 'npm run package'], [paths.server, 'npm run build']]) {
  if (!fs.existsSync(file)) say(`warning: ${path.relative(ROOT, file)} is missing (run ${hint} first); the tests that need it will fail`);
}
if (fs.existsSync(paths.vsix) && fs.existsSync(paths.server) && fs.statSync(paths.server).mtimeMs > fs.statSync(paths.vsix).mtimeMs + 1000) {
  say('warning: dist/server.js is newer than dhcpd-conf.vsix: VS Code gets the packaged (older) build, Neovim the newer one; run npm run package');
}

// Screenshots of an earlier run would pass for this one's.
if (fs.existsSync(SCREENSHOTS)) {
  for (const f of fs.readdirSync(SCREENSHOTS)) if (/^vscode-.*\.png$/.test(f)) fs.rmSync(path.join(SCREENSHOTS, f));
}

// The tests' temporary folders and the PIDs they start go into one run folder, removed at the end.
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dhcpd-e2e-run-'));
const pidsFile = path.join(runDir, 'pids');
if (runDir.length > 48) say(`warning: ${runDir} is a long path; Unix sockets below it (108 bytes at most) may not fit: set TMPDIR=/tmp`);
const args = ['--test', '--test-concurrency=1', ...process.argv.slice(2), ...FILES];
const child = spawn(process.execPath, args, {
  cwd: ROOT,
  stdio: 'inherit',
  detached: true, // its own process group, ended by its PID
  env: { ...process.env, E2E_SCREENSHOTS: SCREENSHOTS, TMPDIR: runDir, E2E_PIDS_FILE: pidsFile },
});
const signal = (pid, sig) => {
  try {
    process.kill(pid, sig);
  } catch {
    /* gone */
  }
};
let timedOut = false;
let interrupted = false;
/** SIGTERM to the test runner (it ends its test processes, whose cleanup ends theirs), then the group. */
function stop(reason, graceMs) {
  say(reason);
  signal(child.pid, 'SIGTERM');
  setTimeout(() => signal(-child.pid, 'SIGKILL'), graceMs).unref();
}
const timer = setTimeout(() => {
  timedOut = true;
  stop(`timeout: the end-to-end tests took more than ${TIMEOUT_MS / 1000} s; ending them (PID ${child.pid})`, 15_000);
}, TIMEOUT_MS);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    interrupted = true;
    stop(`${sig}: ending the tests (PID ${child.pid})`, 5_000);
  });
}

/** Whatever a killed test process could not end: the PIDs it noted, if still what they were. */
function endLeftovers() {
  signal(-child.pid, 'SIGKILL');
  if (!fs.existsSync(pidsFile)) return;
  for (const line of fs.readFileSync(pidsFile, 'utf8').split('\n')) {
    const [pid, marker] = line.split('\t');
    if (!pid) continue;
    let cmdline = '';
    try {
      cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue; // exited
    }
    if (!cmdline.includes(marker)) continue; // the PID is someone else's now
    say(`ending leftover ${marker} (PID ${pid})`);
    signal(-Number(pid), 'SIGKILL');
    signal(Number(pid), 'SIGKILL');
  }
}

child.on('exit', (code, sig) => {
  clearTimeout(timer);
  endLeftovers();
  if (process.env.E2E_KEEP === '1') say(`kept: ${runDir}`);
  else fs.rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
  const shots = fs.existsSync(SCREENSHOTS) ? fs.readdirSync(SCREENSHOTS).filter((f) => f.endsWith('.png')).sort() : [];
  if (shots.length) say(`screenshots (${shots.length}) in ${path.relative(ROOT, SCREENSHOTS) || SCREENSHOTS}/: ${shots.join(', ')}`);
  const verdict = timedOut ? 'TIMED OUT' : interrupted ? 'INTERRUPTED' : code === 0 ? 'passed' : `failed (${code ?? sig})`;
  say(`done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${verdict}`);
  process.exit(timedOut ? 124 : interrupted ? 130 : code === 0 ? 0 : code ?? 1);
});
