/**
 * Helpers for the end-to-end tests: temporary folders, code-server and Chromium started and ended
 * by PID, and a few workbench interactions that wait on the UI (never on the clock).
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, paths } from './setup.mjs';

export { ROOT, paths };

export const SCREENSHOTS = path.resolve(ROOT, process.env.E2E_SCREENSHOTS ?? path.join('test', 'e2e', 'screenshots'));

const tempRoots = new Set();

/** A fresh temporary folder; removed by the caller's cleanup, or at exit (kept when E2E_KEEP=1). */
export function makeTempRoot(prefix) {
  // Short paths: Chromium's and VS Code's Unix sockets live below (108 bytes at most). Inside
  // run.mjs's run folder (E2E_PIDS_FILE set) the name needs no `dhcpd-e2e-` of its own.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${process.env.E2E_PIDS_FILE ? '' : 'dhcpd-e2e-'}${prefix}-`));
  tempRoots.add(dir);
  return dir;
}

export function removeTempRoot(dir) {
  if (!dir || process.env.E2E_KEEP === '1') return;
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  tempRoots.delete(dir);
}

/** HOME, XDG_* and TMPDIR inside `root`, so that nothing is written anywhere else. */
export function isolatedEnv(root, extra = {}) {
  const dirs = {
    HOME: path.join(root, 'home'),
    XDG_CONFIG_HOME: path.join(root, 'cfg'),
    XDG_DATA_HOME: path.join(root, 'data'),
    XDG_CACHE_HOME: path.join(root, 'cache'),
    XDG_STATE_HOME: path.join(root, 'state'),
    XDG_RUNTIME_DIR: path.join(root, 'run'), // short: VS Code's vscode-ipc-<uuid>.sock goes here
    TMPDIR: path.join(root, 'tmp'),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const env = { ...process.env, ...dirs, ...extra };
  // Nothing inherited that would point code-server or Node elsewhere.
  for (const name of ['VSCODE_IPC_HOOK_CLI', 'VSCODE_CWD', 'ELECTRON_RUN_AS_NODE', 'NODE_OPTIONS', 'NODE_TEST_CONTEXT', 'PORT', 'PASSWORD', 'HASHED_PASSWORD']) delete env[name];
  return env;
}

/**
 * Sends `signal` to the process group led by `pid`: the processes started here are group leaders
 * (`detached: true`; Playwright starts Chromium so too), so this ends them and their children.
 * ESRCH (the group is gone) is fine: nothing else is tried, so a reused PID is never hit.
 */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

// Whatever happens (an exception, a timeout of the runner, Ctrl+C), the processes started here
// are ended by PID and the temporary folders removed when this process exits.
const live = new Set();
process.on('exit', () => {
  for (const child of live) signalGroup(child.pid, 'SIGKILL');
  for (const dir of tempRoots) {
    try {
      removeTempRoot(dir);
    } catch {
      /* best effort; run.mjs removes its whole run folder anyway */
    }
  }
});
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => process.exit(130));
}

/**
 * Notes a PID for run.mjs (E2E_PIDS_FILE), which ends whatever is still alive after the tests, even
 * if a test process was killed before its own cleanup: "PID<TAB>what its command line contains".
 */
function notePid(pid, marker) {
  if (process.env.E2E_PIDS_FILE && pid) fs.appendFileSync(process.env.E2E_PIDS_FILE, `${pid}\t${marker}\n`);
}

/** Starts a process in its own process group, remembered so that it is ended even on a crash. */
export function startProcess(cmd, args, options) {
  const child = spawn(cmd, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  notePid(child.pid, path.basename(cmd));
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/** Ends a process started by startProcess (and its group) by PID: TERM, then KILL after `graceMs`. */
export async function stopProcess(child, graceMs = 5000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) {
    if (child) signalGroup(child.pid, 'SIGKILL'); // leftovers of the group, if any
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  signalGroup(child.pid, 'SIGTERM');
  let timer;
  const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), graceMs)));
  if ((await Promise.race([exited, timedOut])) === 'timeout') {
    signalGroup(child.pid, 'SIGKILL');
    await exited;
  }
  clearTimeout(timer);
  signalGroup(child.pid, 'SIGKILL'); // grandchildren that ignored TERM
  live.delete(child);
}

/** Resolves with the first match of `pattern` in the child's output; rejects on exit or timeout. */
export function waitForOutput(child, pattern, timeoutMs, what) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk) => {
      seen += chunk.toString();
      const m = pattern.exec(seen);
      if (m) {
        done();
        resolve(m);
      }
    };
    const onExit = (code, signal) => {
      done();
      reject(new Error(`${what} exited (${code ?? signal}) before printing ${pattern}:\n${seen.slice(-3000)}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`${what} did not print ${pattern} within ${timeoutMs} ms:\n${seen.slice(-3000)}`));
    }, timeoutMs);
    function done() {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stderr.off('data', onData);
      child.off('exit', onExit);
    }
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', onExit);
  });
}

/** Tees a child's output into a log file (for post-mortems). */
export function logTo(child, file) {
  const out = fs.createWriteStream(file, { flags: 'a' });
  child.stdout.on('data', (d) => out.write(d));
  child.stderr.on('data', (d) => out.write(d));
  child.once('exit', () => out.end());
}

// ---------------------------------------------------------------------------------------------
// code-server

/** A gallery that is on loopback and answers nothing: no marketplace traffic. */
const GALLERY = JSON.stringify({
  serviceUrl: 'http://127.0.0.1:9/gallery',
  itemUrl: 'http://127.0.0.1:9/item',
  resourceUrlTemplate: 'http://127.0.0.1:9/resource/{publisher}/{name}/{version}/{path}',
  controlUrl: '',
  nlsBaseUrl: '',
});

/** Folders and environment for one code-server instance under `root`. */
export function codeServerLayout(root, { extensionsDir } = {}) {
  const layout = {
    root,
    userDataDir: path.join(root, 'user-data'),
    extensionsDir: extensionsDir ?? path.join(root, 'extensions'),
    config: path.join(root, 'config.yaml'),
    log: path.join(root, 'code-server.log'),
  };
  fs.mkdirSync(path.join(layout.userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(layout.extensionsDir, { recursive: true });
  fs.writeFileSync(layout.config, 'auth: none\ncert: false\n');
  layout.env = isolatedEnv(root, { EXTENSIONS_GALLERY: GALLERY });
  return layout;
}

function commonArgs(layout) {
  return [
    '--disable-telemetry',
    '--disable-update-check',
    '--user-data-dir', layout.userDataDir,
    '--extensions-dir', layout.extensionsDir,
    '--config', layout.config,
  ];
}

/** `code-server --install-extension <vsix>` (a run of its own, bounded). */
export async function installExtension(layout, vsix, timeoutMs = 120_000) {
  const child = startProcess(paths.node24, [paths.codeServerEntry, ...commonArgs(layout), '--force', '--install-extension', vsix], { env: layout.env, cwd: layout.root });
  logTo(child, layout.log);
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let timer;
  const result = await Promise.race([
    new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal }))),
    new Promise((resolve) => (timer = setTimeout(() => resolve({ timeout: true }), timeoutMs))),
  ]);
  clearTimeout(timer);
  await stopProcess(child);
  if (result.timeout || result.code !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`code-server --install-extension ${vsix} failed (${JSON.stringify(result)}):\n${output.slice(-3000)}`);
  }
  return output.trim();
}

/**
 * Starts code-server on a free loopback port (port 0: the system picks it, code-server prints it),
 * opening `folder`. Ready when it says "HTTP server listening on ...".
 */
export async function startCodeServer(layout, folder, { locale, timeoutMs = 60_000 } = {}) {
  const args = [
    paths.codeServerEntry,
    '--bind-addr', '127.0.0.1:0',
    '--auth', 'none',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...commonArgs(layout),
    ...(locale ? ['--locale', locale] : []),
    folder,
  ];
  const child = startProcess(paths.node24, args, { env: layout.env, cwd: layout.root });
  logTo(child, layout.log);
  try {
    const m = await waitForOutput(child, /HTTP server listening on (http:\/\/127\.0\.0\.1:(\d+)\/?)/, timeoutMs, 'code-server');
    const port = Number(m[2]);
    if (!port) throw new Error(`code-server did not report its port: ${m[0]}`);
    return { child, url: `http://127.0.0.1:${port}/`, port };
  } catch (e) {
    await stopProcess(child);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Chromium through playwright-core

export function loadPlaywright() {
  const require = createRequire(import.meta.url);
  return require(paths.playwrightCore);
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-default-browser-check',
];

/**
 * Debian's Chromium, headless, as a browser server whose process we own (PID), with a fresh
 * temporary profile (playwright's, removed on close), connected over a loopback websocket.
 */
export async function launchChromium(root, { locale } = {}) {
  const { chromium } = loadPlaywright();
  const env = isolatedEnv(path.join(root, 'c')); // short: Chromium's SingletonSocket is below
  // Playwright makes the fresh profile in os.tmpdir(): inside `root` too, so that nothing is left
  // in /tmp even if this process is killed before Playwright removes it.
  const tmpdir = process.env.TMPDIR;
  process.env.TMPDIR = env.TMPDIR;
  const server = await chromium.launchServer({
    executablePath: paths.chromium,
    headless: true,
    host: '127.0.0.1',
    // Its own HOME/XDG_*/TMPDIR: Chromium writes ~/.config/chromium/Crash Reports and ~/.cache/dconf.
    env,
    args: [...CHROMIUM_ARGS, ...(locale ? [`--lang=${locale}`] : [])],
    timeout: 60_000,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  }).finally(() => {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  });
  const pid = server.process().pid;
  notePid(pid, 'chromium');
  live.add({ pid }); // ended on exit whatever happens
  const browser = await chromium.connect(server.wsEndpoint(), { timeout: 30_000 });
  return {
    browser,
    pid,
    async close() {
      try {
        await browser.close();
      } catch {
        /* already gone */
      }
      try {
        await server.close();
      } catch {
        /* already gone */
      }
      signalGroup(pid, 'SIGKILL'); // whatever of its group is left (a no-op when all exited)
      for (const entry of live) if (entry.pid === pid) live.delete(entry);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Workbench interactions (each waits on a selector, bounded by `T`)

export const T = Number(process.env.E2E_STEP_TIMEOUT_MS ?? 30_000);

export async function openWorkbench(browser, url, { locale } = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, ...(locale ? { locale } : {}) });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: 60_000 });
  return { context, page };
}

export async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.resolve(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Text of the quick input's highlighted rows, to say what was there when a wait fails. */
async function quickInputRows(page) {
  return page.locator('.quick-input-widget .monaco-list-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')));
}

/** Ctrl+P, the relative path, then the row whose description or label matches it. */
export async function quickOpen(page, relPath) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: T });
  await input.fill(relPath);
  const base = path.posix.basename(relPath);
  const dir = path.posix.dirname(relPath);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: base }).filter({ hasText: dir === '.' ? base : dir }).first();
  try {
    await row.waitFor({ state: 'visible', timeout: T });
  } catch (e) {
    throw new Error(`Quick Open found no row for ${relPath}; rows: ${JSON.stringify(await quickInputRows(page))}\n${e.message}`);
  }
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: T });
}

/** F1, the command's title, then its row. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: T });
  await input.fill(`>${title}`);
  // The exact title: "DHCP: Generate secondary configuration" is also the start of "... to file…".
  const exact = new RegExp(`^\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  const row = page.locator('.quick-input-widget .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
  try {
    await row.waitFor({ state: 'visible', timeout: T });
  } catch (e) {
    throw new Error(`The command palette has no "${title}"; rows: ${JSON.stringify(await quickInputRows(page))}\n${e.message}`);
  }
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: T });
}

/** Ctrl+G "line:column" in the active editor. */
export async function goToLine(page, line, column = 1) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: T });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: T });
  // The cursor is there ("Ln 18, Col 3" in the status bar) and the editor has the focus again.
  try {
    await page.waitForFunction(
      ({ line, column }) => {
        const text = document.querySelector('#status\\.editor\\.selection')?.textContent ?? '';
        const focused = document.querySelector('.part.editor .editor-group-container.active .monaco-editor.focused');
        return focused && new RegExp(`\\b${line}\\D+${column}\\b`).test(text);
      },
      { line, column },
      { timeout: T, polling: 'raf' },
    );
  } catch (e) {
    const status = await page.locator('#status\\.editor\\.selection').textContent().catch(() => undefined);
    throw new Error(`Go to line ${line}:${column}: the focused editor's cursor did not get there (status bar: ${status})\n${e.message}`);
  }
}

/**
 * Presses `keys` until `locator` shows (a gesture whose first try can come too early, e.g. before
 * the language server answered): each try waits up to `tryMs` for it, all of them `T` at most.
 */
export async function pressUntilVisible(page, keys, locator, { tryMs = 5000, reset = 'Escape' } = {}) {
  const deadline = Date.now() + T;
  for (let attempt = 1; ; attempt++) {
    for (const key of keys) await page.keyboard.press(key);
    try {
      await locator.waitFor({ state: 'visible', timeout: Math.max(1, Math.min(tryMs, deadline - Date.now())) });
      return attempt;
    } catch (e) {
      if (Date.now() >= deadline) throw e;
      if (reset) await page.keyboard.press(reset);
    }
  }
}

/** The text of the editor in editor group `group` (0-based), as lines in order. */
function editorTextInPage(group) {
  const groups = [...document.querySelectorAll('.part.editor .editor-group-container')];
  const g = groups[group];
  if (!g) return undefined;
  return [...g.querySelectorAll('.view-lines .view-line')]
    .map((l) => ({ top: parseFloat(l.style.top || '0'), text: (l.textContent ?? '').replace(/\u00a0/g, ' ') }))
    .sort((a, b) => a.top - b.top)
    .map((l) => l.text)
    .join('\n');
}

export async function editorText(page, group = 0) {
  return page.evaluate(editorTextInPage, group);
}

/**
 * Waits until editor group `group` shows every string of `present` and none of `absent`
 * (polling on animation frames, bounded); says what it saw otherwise.
 */
export async function waitForEditorText(page, group, { present = [], absent = [] }, timeout = T) {
  try {
    // A string expression (evaluated by the DevTools protocol, so the page's CSP does not apply).
    const expression = `(() => {
      const text = (${editorTextInPage.toString()})(${JSON.stringify(group)});
      if (text === undefined) return false;
      const present = ${JSON.stringify(present)}, absent = ${JSON.stringify(absent)};
      return present.every((p) => text.includes(p)) && absent.every((a) => !text.includes(a)) ? text : false;
    })()`;
    const handle = await page.waitForFunction(expression, undefined, { timeout, polling: 'raf' });
    return handle.jsonValue();
  } catch (e) {
    const seen = await editorText(page, group).catch(() => undefined);
    throw new Error(`Editor group ${group + 1} did not show ${JSON.stringify(present)} without ${JSON.stringify(absent)} within ${timeout} ms; it shows:\n${seen}\n(${e.message.split('\n')[0]})`);
  }
}

/** Waits until `locator`'s element has finished its animations (hover fade-in), for screenshots. */
export async function waitSettled(locator, timeout = T) {
  await locator.evaluate(
    (el, timeout) =>
      Promise.race([
        Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined))),
        new Promise((_, reject) => setTimeout(() => reject(new Error('animations did not finish')), timeout)),
      ]),
    timeout,
  );
}

/**
 * A French "language pack" that translates nothing: enough for VS Code (and code-server's
 * --locale fr) to run in French, which it does only when a language pack for it is installed.
 * Packaged with the project's own @vscode/vsce.
 */
export const FRENCH_PACK_ID = 'dhcpd-e2e.e2e-language-pack-fr';
export function buildFrenchLanguagePack(dir) {
  const src = path.join(dir, 'language-pack-fr');
  fs.mkdirSync(path.join(src, 'translations'), { recursive: true });
  fs.writeFileSync(
    path.join(src, 'package.json'),
    JSON.stringify({
      name: 'e2e-language-pack-fr',
      displayName: 'French language pack stub (end-to-end tests)',
      description: 'Declares French so that VS Code runs in French; translates nothing.',
      publisher: 'dhcpd-e2e',
      version: '0.0.1',
      license: 'MIT',
      engines: { vscode: '^1.80.0' },
      categories: ['Language Packs'],
      contributes: {
        localizations: [
          { languageId: 'fr', languageName: 'French', localizedLanguageName: 'français', translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] },
        ],
      },
    }, null, 2),
  );
  fs.writeFileSync(path.join(src, 'translations', 'main.i18n.json'), '{ "version": "1.0.0", "contents": {} }\n');
  fs.writeFileSync(path.join(src, 'README.md'), '# French language pack stub for the end-to-end tests\n');
  const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  if (!fs.existsSync(vsce)) throw new Error(`${vsce} not found: run npm ci (the project's devDependencies) first`);
  const vsix = path.join(dir, 'language-pack-fr.vsix');
  const r = spawnSync(process.execPath, [vsce, 'package', '--skip-license', '--allow-missing-repository', '--no-dependencies', '-o', vsix], { cwd: src, encoding: 'utf8', timeout: 60_000, env: isolatedEnv(dir) });
  if (r.status !== 0) throw new Error(`vsce package (French pack stub) failed: ${r.stdout}${r.stderr}`);
  return vsix;
}

/**
 * Registers the installed French pack in the user data folder, as VS Code does when a language
 * pack is installed from its UI (a `--install-extension` from the command line does not).
 */
export function registerFrenchLanguagePack(layout) {
  const folder = fs.readdirSync(layout.extensionsDir).find((d) => d.startsWith(`${FRENCH_PACK_ID}-`));
  if (!folder) throw new Error(`the French pack stub is not in ${layout.extensionsDir}`);
  const translations = path.join(layout.extensionsDir, folder, 'translations', 'main.i18n.json');
  fs.writeFileSync(
    path.join(layout.userDataDir, 'languagepacks.json'),
    JSON.stringify({ fr: { hash: 'e2e-fr-0.0.1', extensions: [{ extensionIdentifier: { id: FRENCH_PACK_ID }, version: '0.0.1' }], translations: { vscode: translations }, label: 'français' } }, null, 2),
  );
}

/** Which `nvim` and what it says; for messages. */
export function nvimVersion() {
  const r = spawnSync(paths.nvim, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n')[0] : undefined;
}
