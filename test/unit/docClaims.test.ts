/**
 * Hover documentation (issue #17): every entry in both languages, no "man page" left in French,
 * and the claims that were wrong stay corrected.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover } from 'vscode-languageserver-types';
import { hover } from '../../server/src/services/hover';
import { OPTIONS, PERMITS, STATEMENTS, findOption, findStatement } from '../../server/src/knowledge';
import { STATE_BLOCK, STATE_BLOCK_STATEMENTS } from '../../server/src/knowledge/statements';
import type { Doc, Lang } from '../../server/src/knowledge/types';
import { PRIMARY, analyzeText } from '../helpers';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ALL: Array<{ name: string; doc: Doc }> = [...STATEMENTS, ...PERMITS, ...OPTIONS, STATE_BLOCK, ...STATE_BLOCK_STATEMENTS];

test('every doc entry has both languages', () => {
  const missing = ALL.filter((e) => !e.doc.en.trim() || !e.doc.fr.trim()).map((e) => e.name);
  // Some generated options have no description in either language; none has only one.
  const oneSided = ALL.filter((e) => !!e.doc.en.trim() !== !!e.doc.fr.trim()).map((e) => e.name);
  assert.deepEqual(oneSided, []);
  assert.deepEqual(missing.filter((n) => STATEMENTS.some((s) => s.name === n) || PERMITS.some((p) => p.name === n)), []);
});

test('no "man page" in the French docs and messages: « la page de manuel »', () => {
  const french = [...ALL.map((e) => e.doc.fr), ...Object.values(JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'l10n', 'bundle.l10n.fr.json'), 'utf8')) as Record<string, string>)];
  assert.deepEqual(french.filter((f) => /man page/i.test(f)), []);
  // One term each: « alvéoles (buckets) », « équilibrage de charge ».
  assert.deepEqual(french.filter((f) => /(?<!\p{L})seaux?(?!\p{L})|répartition de charge/iu.test(f)), []);
});

function hoverText(textWithCursor: string, lang: Lang): string {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const doc = TextDocument.create('file:///test/dhcpd.conf', 'dhcpd', 1, text);
  const h: Hover | null = hover(doc, analyzeText(text), doc.positionAt(offset), lang);
  return h ? (h.contents as { value: string }).value : '';
}

test('French docs and messages write the typographic apostrophe (outside code)', () => {
  const french = [...ALL.map((e) => ({ name: e.name, fr: e.doc.fr })), ...Object.entries(JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'l10n', 'bundle.l10n.fr.json'), 'utf8')) as Record<string, string>).map(([name, fr]) => ({ name, fr }))];
  // Code spans (`...`) and dhcpd's own quoted words keep their straight quotes.
  const straight = french.filter((e) => /[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/.test(e.fr.replace(/`[^`]*`/g, '').replace(/"[^"]*"/g, ''))).map((e) => e.name);
  assert.deepEqual(straight, []);
});

test('the corrected claims', () => {
  const doc = (name: string, kind?: 'failover' | 'declaration'): Doc => findStatement(name, kind)!.doc;
  for (const n of ['port', 'peer port']) assert.doesNotMatch(doc(n, 'failover').en, /never connect|wait forever/);
  assert.match(doc('port', 'failover').en, /one direction is right/);
  assert.doesNotMatch(doc('get-lease-hostnames').en, /when the configuration is read/);
  assert.match(doc('get-lease-hostnames').en, /reverse lookup made for each client/);
  assert.doesNotMatch(doc('address', 'failover').en, /, in a subnet declared in the file/);
  assert.doesNotMatch(doc('max-response-delay', 'failover').fr, /considère le pair en échec/);
  assert.doesNotMatch(doc('failover peer', 'declaration').en, /same name, case-sensitive, on both servers, or dhcpd refuses to start/);
  assert.match(doc('failover peer', 'declaration').en, /unknown failover relationship name/);
  assert.match(doc('failover peer', 'declaration').en, /time offset too large/);
  assert.match(doc('failover peer', 'declaration').en, /time mismatch too great/);
  assert.doesNotMatch(findOption('dhcp', 'dhcp-server-identifier')!.doc.en, /Not directly configurable/);
  assert.match(doc('server-identifier').en, /equivalent/);
});

test('hover on mclt follows its block: the peer block or the state block', () => {
  assert.match(hoverText(PRIMARY.replace('  mclt 1800;', '  m|clt 1800;'), 'en'), /Primary only|primary only/i);
  const state = PRIMARY + 'failover peer "dhcp-failover" state {\n  my state normal;\n  partner state normal;\n  m|clt 1800;\n}\n';
  assert.match(hoverText(state, 'en'), /reverse of the peer block/);
  assert.match(hoverText(state, 'fr'), /l’inverse du bloc du pair/);
  assert.match(hoverText(state.replace('m|clt', 'mclt').replace('  my state', '  m|y state'), 'en'), /\*\*my state\*\*/);
});

test('`no failover peer` in a pool: accepted without `;`, as dhcpd reads it, and documented on hover', () => {
  const text = PRIMARY.replace('subnet 10.0.0.0', 'shared-network s {\n  failover peer "dhcp-failover";\nsubnet 10.0.0.0').replace(/}\n$/, '  pool {\n    no failover peer\n    range 10.0.0.210 10.0.0.220;\n  }\n}\n}\n');
  assert.deepEqual(analyzeText(text).problems.map((p) => p.rule), []);
  assert.deepEqual(analyzeText(text.replace('no failover peer\n', 'no failover peer;\n')).problems.map((p) => p.rule), ['syntaxError']);
  assert.match(hoverText(text.replace('no failover peer', 'n|o failover peer'), 'en'), /drop the failover peer the pool inherits/);
});
