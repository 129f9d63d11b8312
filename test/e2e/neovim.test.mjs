// A second, non-VS Code editor: Debian's Neovim (0.7, headless) starts the standalone server
// (`node dist/server.js --stdio`) with its built-in LSP client and gets diagnostics, hover and
// completion. The Lua side (neovim-lsp.lua) writes what it got to a JSON file read here.
//
// Needs `npm run build` (or `npm run package`) for dist/server.js, and Neovim (`apt-get install -y
// neovim`). E2E_KEEP=1 keeps the temporary folder.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSystemTools } from './setup.mjs';
import { PEER, PRIMARY, SECONDARY, positionOf } from './fixtures.mjs';
import { isolatedEnv, logTo, makeTempRoot, paths, removeTempRoot, startProcess, stopProcess } from './lib.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const NVIM_TIMEOUT_MS = 90_000;

let root;
let result;
let elapsed;

before(async () => {
  if (!fs.existsSync(paths.server)) throw new Error(`${paths.server} is missing: run npm run build (or npm run package) first`);
  const sys = checkSystemTools();
  if (!sys.nvim) throw new Error('Neovim not found: apt-get install -y neovim');
  root = makeTempRoot('nv');
  const ws = path.join(root, 'workspace');
  fs.mkdirSync(path.join(ws, 'primary'), { recursive: true });
  fs.mkdirSync(path.join(ws, 'secondary'), { recursive: true });
  fs.writeFileSync(path.join(ws, 'primary', 'dhcpd.conf'), PRIMARY);
  fs.writeFileSync(path.join(ws, 'secondary', 'dhcpd.conf'), SECONDARY);
  const out = path.join(root, 'results.json');
  const hover = positionOf(PRIMARY, 'mclt 1800;').zeroBased;
  const range = positionOf(PRIMARY, 'range 192.0.2.100 192.0.2.200;').zeroBased;
  const env = isolatedEnv(root, {
    E2E_NODE: process.execPath,
    E2E_SERVER: paths.server,
    E2E_WORKSPACE: ws,
    E2E_OUT: out,
    E2E_HOVER_LINE: String(hover.line),
    E2E_HOVER_CHAR: String(hover.character + 1),
    E2E_COMPLETION_LINE: String(range.line + 1), // a new line right after the pool's range
    E2E_LSP_TIMEOUT_MS: '20000',
  });
  const started = Date.now();
  const nvim = startProcess(paths.nvim, ['--headless', '--clean', '-n', '-c', `luafile ${path.join(HERE, 'neovim-lsp.lua')}`], { env, cwd: ws });
  logTo(nvim, path.join(root, 'nvim.log'));
  let output = '';
  nvim.stdout.on('data', (d) => (output += d));
  nvim.stderr.on('data', (d) => (output += d));
  let timer;
  const exit = await Promise.race([
    new Promise((resolve) => nvim.once('exit', (code, signal) => resolve({ code, signal }))),
    new Promise((resolve) => (timer = setTimeout(() => resolve({ timeout: true }), NVIM_TIMEOUT_MS))),
  ]);
  clearTimeout(timer);
  await stopProcess(nvim); // its group: Neovim and the server it started, if either is still there
  elapsed = Date.now() - started;
  if (exit.timeout) throw new Error(`Neovim did not finish within ${NVIM_TIMEOUT_MS} ms:\n${output}`);
  if (!fs.existsSync(out)) throw new Error(`Neovim wrote no results (exit ${JSON.stringify(exit)}):\n${output}`);
  result = JSON.parse(fs.readFileSync(out, 'utf8'));
  if (result.error) throw new Error(`The Neovim script failed: ${result.error}\n${output}`);
  if (result.server_pid) {
    let alive = true;
    try {
      process.kill(result.server_pid, 0);
    } catch {
      alive = false;
    }
    assert.equal(alive, false, `the server (PID ${result.server_pid}) outlived Neovim`);
  }
}, { timeout: NVIM_TIMEOUT_MS + 30_000 });

after(() => removeTempRoot(root));

test('Neovim: diagnostics, hover, completion over --stdio', async (t) => {
  const v = result.nvim;
  t.diagnostic(`Neovim ${v.major}.${v.minor}.${v.patch}, ${elapsed} ms in all; steps: ${result.steps.map((s) => `${s.name} ${s.ms} ms`).join(', ')}`);

  await t.test('diagnostics: the planted `split 128;` in the secondary is reported on its line', () => {
    const at = positionOf(SECONDARY, 'split 128;').zeroBased;
    const d = result.diagnostics.find((x) => /belongs to the primary only/.test(x.message));
    assert.ok(d, `no "belongs to the primary only" diagnostic: ${JSON.stringify(result.diagnostics)}`);
    assert.equal(d.lnum, at.line);
    assert.equal(d.col, at.character);
    assert.equal(d.severity, 1, 'an error'); // vim.diagnostic.severity.ERROR
  });

  await t.test('hover: `mclt` is documented (English)', () => {
    assert.match(result.hover, /Maximum Client Lead Time/);
    assert.match(result.hover, /failover peer statement/);
  });

  await t.test(`completion: inside a pool's \`failover peer "\` it offers ${PEER}`, () => {
    const labels = result.completion.map((c) => c.label);
    assert.ok(labels.includes(PEER), `completion labels: ${JSON.stringify(labels)}`);
  });

  await t.test('shutdown: the client stopped the server', () => {
    assert.equal(result.server_stopped, true, JSON.stringify(result.server_exit));
  });
});
