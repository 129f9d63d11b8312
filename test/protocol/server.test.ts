/**
 * The bundled server (dist/server.js) over stdio, as other editors start it: initialize,
 * published diagnostics, hover in French and English, completion, code actions, and survival
 * of bad requests.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import type { CodeAction, CompletionList, Hover, InitializeResult } from 'vscode-languageserver-protocol';
import { LspClient } from './lspClient';
import { PRIMARY } from '../helpers';


// Its own peer name: open documents that share a peer name with opposite roles are compared as a pair.
const SECONDARY_WITH_SPLIT = PRIMARY.replace('primary;', 'secondary;').replace('  mclt 1800;\n', '').split('dhcp-failover').join('lone-secondary');

let en: LspClient;
let fr: LspClient;
let init: InitializeResult;

before(async () => {
  en = new LspClient();
  fr = new LspClient();
  init = await en.initialize('en');
  await fr.initialize('fr-FR');
});

after(async () => {
  await en.shutdown();
  await fr.shutdown();
});

test('initialize announces incremental sync, hover, completion and code actions', () => {
  assert.equal(init.serverInfo?.name, 'dhcpd-language-server');
  const caps = init.capabilities;
  assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
  assert.equal(caps.hoverProvider, true);
  assert.ok(caps.completionProvider);
  assert.ok(caps.codeActionProvider);
  for (const k of ['documentSymbolProvider', 'foldingRangeProvider', 'definitionProvider', 'referencesProvider', 'renameProvider', 'documentFormattingProvider', 'documentLinkProvider']) {
    assert.ok((caps as Record<string, unknown>)[k], k);
  }
});

test('outline, rename refusal and formatting over LSP', async () => {
  const uri = 'file:///tmp/nav/dhcpd.conf';
  const text = PRIMARY.split('dhcp-failover').join('nav') + 'failover peer "other" { secondary; address 10.0.0.1; port 647; peer address 10.0.0.2; peer port 647; max-response-delay 30; max-unacked-updates 10; load balance max seconds 3; }\nsubnet 10.1.0.0 netmask 255.255.255.0 { pool { failover peer "other"; range 10.1.0.10 10.1.0.20; } }\n';
  await en.open(uri, text);
  const symbols = await en.request<Array<{ name: string; detail?: string }>>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.deepEqual(symbols.map((s) => s.name), ['nav', '10.0.0.0/24', 'other', '10.1.0.0/24']);
  const refusal = await en.request('textDocument/rename', { textDocument: { uri }, position: { line: 0, character: 17 }, newName: 'other' }).catch((e: Error) => e);
  assert.ok(refusal instanceof Error);
  assert.match(refusal.message, /already declared/);
  const edits = await en.request<unknown[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
  assert.ok(Array.isArray(edits));
});

test('a correct primary gets no diagnostics', async () => {
  const diagnostics = await en.open('file:///tmp/primary/dhcpd.conf', PRIMARY);
  assert.deepEqual(diagnostics, []);
});

test('a secondary with split gets the error, with code and source', async () => {
  const diagnostics = await en.open('file:///tmp/secondary/dhcpd.conf', SECONDARY_WITH_SPLIT);
  assert.equal(diagnostics.length, 1);
  const [d] = diagnostics;
  assert.equal(d.code, 'failoverSplitOnSecondary');
  assert.equal(d.source, 'dhcpd');
  assert.equal(d.severity, 1);
  assert.deepEqual(d.range, { start: { line: 9, character: 2 }, end: { line: 9, character: 7 } });
});

test('an edit re-publishes diagnostics for the new version', async () => {
  const uri = 'file:///tmp/edit/dhcpd.conf';
  await en.open(uri, PRIMARY.split('dhcp-failover').join('edited'));
  const next = en.nextDiagnostics(uri, 2);
  // Delete the `;` after `split 128`.
  await en.notify('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 10, character: 11 }, end: { line: 10, character: 12 } }, text: '' }],
  });
  const published = await next;
  assert.deepEqual(published.diagnostics.map((d) => [d.code, d.range.start.line]), [['missingSemicolon', 10]]);
});

test('the quick fix removes split from the secondary', async () => {
  const uri = 'file:///tmp/secondary/dhcpd.conf';
  const actions = await en.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 9, character: 2 }, end: { line: 9, character: 2 } },
    context: { diagnostics: [], only: ['quickfix'] },
  });
  const fix = actions.find((a) => a.isPreferred);
  assert.ok(fix, JSON.stringify(actions));
  assert.equal(fix.title, 'Remove `split` from the secondary');
  assert.deepEqual(fix.edit?.changes?.[uri], [{ range: { start: { line: 9, character: 0 }, end: { line: 10, character: 0 } }, newText: '' }]);
});

test('hover on mclt speaks the client language', async () => {
  const uri = 'file:///tmp/hover/dhcpd.conf';
  await en.open(uri, PRIMARY);
  await fr.open(uri, PRIMARY);
  const position = { line: 9, character: 3 };
  const hoverEn = await en.request<Hover>('textDocument/hover', { textDocument: { uri }, position });
  const hoverFr = await fr.request<Hover>('textDocument/hover', { textDocument: { uri }, position });
  const textEn = (hoverEn.contents as { value: string }).value;
  const textFr = (hoverFr.contents as { value: string }).value;
  assert.match(textEn, /Maximum Client Lead Time/);
  assert.match(textEn, /failover peer statement/);
  assert.match(textFr, /instruction de failover peer/);
  assert.match(textFr, /Maximum Client Lead Time/);
  assert.notEqual(textEn, textFr);
});

test('completion inside failover peer " offers the declared peer', async () => {
  const uri = 'file:///tmp/completion/dhcpd.conf';
  const text = PRIMARY.replace('    failover peer "dhcp-failover";\n', '    failover peer "\n');
  await en.open(uri, text);
  const list = await en.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 15, character: 19 } });
  assert.deepEqual(list.items.map((i) => i.label), ['dhcp-failover']);
});

test('two open servers of one peer are compared: a pool that differs is flagged in both', async () => {
  const p = 'file:///tmp/pair/primary.conf';
  const s = 'file:///tmp/pair/secondary.conf';
  const primary = PRIMARY.split('dhcp-failover').join('paired');
  const secondary = primary
    .replace('primary;', 'secondary;')
    .replace('address 10.0.0.1;', 'address 10.0.0.X;')
    .replace('peer address 10.0.0.2;', 'peer address 10.0.0.1;')
    .replace('address 10.0.0.X;', 'address 10.0.0.2;')
    .replace('  mclt 1800;\n  split 128;\n', '')
    .replace('range 10.0.0.100 10.0.0.200;', 'range 10.0.0.100 10.0.0.150;');
  await en.open(p, primary);
  const again = en.nextDiagnostics(p);
  const diagnostics = await en.open(s, secondary);
  assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['pairPools', 14]]);
  assert.deepEqual((await again).diagnostics.map((d) => [d.code, d.range.start.line]), [['pairPools', 16]]);
});

test('the server survives requests for unknown documents and positions out of range', async () => {
  const missing = await en.request<Hover | null>('textDocument/hover', { textDocument: { uri: 'file:///nope.conf' }, position: { line: 0, character: 0 } });
  assert.equal(missing, null);
  const far = await en.request<Hover | null>('textDocument/hover', { textDocument: { uri: 'file:///tmp/primary/dhcpd.conf' }, position: { line: 9999, character: 9999 } });
  assert.equal(far, null);
  // Still alive and answering.
  const diagnostics = await en.open('file:///tmp/alive/dhcpd.conf', 'authoritative;\n');
  assert.deepEqual(diagnostics, []);
});

test('over LSP: completion in a secondary peer block offers the missing statements, not mclt/split/hba', async () => {
  const uri = 'file:///tmp/secondary-completion/dhcpd.conf';
  await en.open(uri, 'failover peer "dhcp-failover" {\n  secondary;\n  address 10.0.0.2;\n  \n}\n');
  const list = await en.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 2 } });
  const labels = list.items.map((i) => i.label);
  for (const absent of ['mclt', 'split', 'hba', 'primary', 'secondary']) assert.ok(!labels.includes(absent), absent);
  for (const present of ['peer address', 'port', 'peer port', 'max-response-delay', 'max-unacked-updates', 'load balance max seconds']) assert.ok(labels.includes(present), present);
});

test('over LSP: option completion offers the standard set, with docs on resolve in the client language', async () => {
  const uri = 'file:///tmp/option-completion/dhcpd.conf';
  await fr.open(uri, 'option \n');
  const list = await fr.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 7 } });
  assert.ok(list.items.length > 100, String(list.items.length));
  const routers = list.items.find((i) => i.label === 'routers');
  assert.ok(routers);
  const resolved = await fr.request<{ documentation?: { value: string } }>('completionItem/resolve', routers);
  assert.match(resolved.documentation?.value ?? '', /Code\u00a0: 3/);
  assert.match(resolved.documentation?.value ?? '', /Type/);
});

test('over LSP: hover on common options answers in the client language', async () => {
  const uri = 'file:///tmp/option-hover/dhcpd.conf';
  const text = 'option routers 10.0.0.1;\noption domain-name-servers 10.0.0.53;\n';
  await en.open(uri, text);
  await fr.open(uri, text);
  for (const line of [0, 1]) {
    const position = { line, character: 10 };
    const hEn = ((await en.request<Hover>('textDocument/hover', { textDocument: { uri }, position })).contents as { value: string }).value;
    const hFr = ((await fr.request<Hover>('textDocument/hover', { textDocument: { uri }, position })).contents as { value: string }).value;
    assert.match(hEn, /option DHCPv4/);
    assert.match(hFr, /Espace d’options/);
    assert.notEqual(hEn, hFr);
  }
});

test('Generate secondary over LSP: several partners ask which peer first, then that partner\'s file', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const text = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'generator-cases', 'two-partners.conf'), 'utf8');
  const uri = 'file:///tmp/two-partners/dhcpd.conf';
  await en.open(uri, text);
  const first = await en.request<{ choosePeer?: unknown }>('dhcpd/generatePeerConfig', { uri, target: 'secondary' });
  assert.deepEqual(first, { choosePeer: [{ name: 'north', partner: '10.9.0.2' }, { name: 'south', partner: '10.9.0.3' }] });
  const second = await en.request<{ text: string; notes: string[]; peers: string[] }>('dhcpd/generatePeerConfig', { uri, target: 'secondary', peer: 'south' });
  assert.deepEqual(second.peers, ['south']);
  assert.match(second.text, /failover peer "south" \{\n  secondary;/);
  assert.doesNotMatch(second.text, /"north"/);
  assert.deepEqual(second.notes, ['Failover peer "north" (partner 10.9.0.2) is another relationship: its declaration and its 1 pool(s) are left out of this file.']);
});
