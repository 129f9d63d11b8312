/**
 * Hover and completion with a cursor marker `|`, in French and English, for each context.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, Hover } from 'vscode-languageserver-types';
import { completion, resolveCompletion } from '../../server/src/services/completion';
import { hover } from '../../server/src/services/hover';
import { analyzeText, PRIMARY } from '../helpers';
import { OPTIONS } from '../../server/src/knowledge';
import type { Lang } from '../../server/src/knowledge/types';

function at(textWithCursor: string, family: 4 | 6 = 4): { doc: TextDocument; offset: number } {
  const offset = textWithCursor.indexOf('|');
  assert.ok(offset >= 0, 'the text has a | cursor');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  void family;
  return { doc: TextDocument.create('file:///test/dhcpd.conf', 'dhcpd', 1, text), offset };
}

function hoverText(textWithCursor: string, lang: Lang): string {
  const { doc, offset } = at(textWithCursor);
  const h: Hover | null = hover(doc, analyzeText(doc.getText()), doc.positionAt(offset), lang);
  return h ? (h.contents as { value: string }).value : '';
}

function labels(textWithCursor: string, family: 4 | 6 = 4): string[] {
  const { doc, offset } = at(textWithCursor, family);
  return completion(doc, analyzeText(doc.getText(), { family }), doc.positionAt(offset), 'en').items.map((i) => i.label);
}

function items(textWithCursor: string): CompletionItem[] {
  const { doc, offset } = at(textWithCursor);
  return completion(doc, analyzeText(doc.getText()), doc.positionAt(offset), 'en').items;
}

const PEER = PRIMARY;

const hoverOn = (word: string, lang: Lang): string => hoverText(PEER.replace(word, word.slice(0, 1) + '|' + word.slice(1)), lang);

test('hover on mclt explains the Maximum Client Lead Time in both languages', () => {
  const en = hoverOn('mclt 1800', 'en');
  const fr = hoverOn('mclt 1800', 'fr');
  assert.match(en, /^\*\*mclt\*\* — failover peer statement/);
  assert.match(en, /Maximum Client Lead Time/);
  assert.match(fr, /^\*\*mclt\*\* — instruction de failover peer/);
  assert.match(fr, /Maximum Client Lead Time/);
});

test('hover on split says hash buckets, 0 to 256, in both languages', () => {
  assert.match(hoverOn('split 128', 'en'), /256/);
  assert.match(hoverOn('split 128', 'en'), /bucket/i);
  assert.match(hoverOn('split 128', 'fr'), /256/);
  assert.match(hoverOn('split 128', 'fr'), /alvéoles \(buckets\)/);
});

test('hover on max-unacked-updates speaks of BNDUPD flow control, not a failure threshold', () => {
  assert.match(hoverOn('max-unacked-updates', 'en'), /BNDUPD/);
  assert.match(hoverOn('max-unacked-updates', 'fr'), /BNDUPD/);
});

test('every failover field has a hover in French and English', () => {
  for (const field of ['primary;', 'address 10.0.0.1', 'port 647;\n  peer', 'peer address', 'peer port', 'max-response-delay', 'max-unacked-updates', 'load balance', 'mclt', 'split']) {
    const en = hoverOn(field, 'en');
    const fr = hoverOn(field, 'fr');
    assert.ok(en.length > 40, `en hover for ${field}: ${en}`);
    assert.ok(fr.length > 40, `fr hover for ${field}: ${fr}`);
    assert.notEqual(en, fr, field);
  }
});

test('hover on failover peer mentions synchronized clocks (NTP)', () => {
  const en = hoverText(PEER.replace('failover peer "dhcp-failover" {', 'fail|over peer "dhcp-failover" {'), 'en');
  const fr = hoverText(PEER.replace('failover peer "dhcp-failover" {', 'fail|over peer "dhcp-failover" {'), 'fr');
  assert.match(en, /NTP/);
  assert.match(fr, /NTP/);
});

test('hover on a pool reference summarises the peer', () => {
  const text = hoverText(PEER.replace('    failover peer "dhcp-failover";', '    failover peer "dhcp-fail|over";'), 'en');
  assert.equal(text, '**Failover peer "dhcp-failover"** — role: `primary`\n\n`10.0.0.1:647` ↔ `10.0.0.2:647`\n\n`mclt 1800` · `split 128` · `load balance max seconds 3`');
});

test('hover on an option gives its code and type', () => {
  const text = hoverText(PEER.replace('option routers', 'option rou|ters'), 'en');
  assert.match(text, /^\*\*option routers\*\*/);
  assert.match(text, /Code: 3/);
  const fr = hoverText(PEER.replace('option routers', 'option rou|ters'), 'fr');
  assert.match(fr, /Code\u00a0: 3/);
});

test('hover on a range shows its subnet and pool', () => {
  const text = hoverText(PEER.replace('range 10.0.0.100', 'range 10.0.|0.100'), 'en');
  assert.match(text, /Pool \(failover peer "dhcp-failover"\)/);
  assert.match(text, /Subnet `10\.0\.0\.0 netmask 255\.255\.255\.0`/);
});

test('completion inside failover peer " offers the declared names', () => {
  assert.deepEqual(labels(PEER.replace('    failover peer "dhcp-failover";', '    failover peer "|')), ['dhcp-failover']);
});

test('completion in a secondary peer block: missing statements, never mclt/split/hba or a role', () => {
  const secondary = `failover peer "x" {\n  secondary;\n  address 10.0.0.2;\n  |\n}\n`;
  const got = labels(secondary);
  for (const absent of ['mclt', 'split', 'hba', 'primary', 'secondary']) assert.ok(!got.includes(absent), `${absent} is not offered`);
  for (const present of ['peer address', 'port', 'peer port', 'max-response-delay', 'max-unacked-updates', 'load balance max seconds']) assert.ok(got.includes(present), `${present} is offered`);
  const list = items(secondary);
  const address = list.find((i) => i.label === 'address')!;
  const peerAddress = list.find((i) => i.label === 'peer address')!;
  assert.ok(peerAddress.sortText! < address.sortText!, 'statements not present yet come first');
});

test('completion in a primary peer block offers mclt and split', () => {
  const got = labels(`failover peer "x" {\n  primary;\n  |\n}\n`);
  assert.ok(got.includes('mclt') && got.includes('split') && got.includes('hba'));
});

test('completion after option offers the whole dhcp-options list with types', () => {
  const got = items('option |');
  assert.ok(got.length > 100, `${got.length} options`);
  const routers = got.find((i) => i.label === 'routers')!;
  assert.equal(routers.detail, 'ip-address [, ip-address ...] — code 3');
  // Asked in English: resolved in English, whatever the fallback.
  const resolved = resolveCompletion(routers, 'fr');
  assert.match((resolved.documentation as { value: string }).value, /Code: 3/);
  const v6 = labels('option |', 6);
  assert.ok(v6.includes('dhcp6.name-servers'));
  assert.equal(got.length, OPTIONS.filter((o) => o.family === 4).length + 1);
});

test('closed value sets', () => {
  assert.deepEqual(labels('ddns-update-style |'), ['none', 'interim', 'standard']);
  assert.deepEqual(labels('hardware |'), ['ethernet', 'token-ring', 'fddi', 'infiniband']);
  assert.deepEqual(labels('one-lease-per-client |'), ['on', 'off', 'true', 'false']);
  const poolPermits = labels('subnet 10.0.0.0 netmask 255.255.255.0 { pool { allow | } }');
  assert.ok(poolPermits.includes('members of') && poolPermits.includes('dynamic bootp clients'));
  assert.ok(!poolPermits.includes('bootp'));
  const scopePermits = labels('allow |');
  assert.ok(scopePermits.includes('bootp') && !scopePermits.includes('members of'));
});

test('inside a pool: the pool statements; at top level: declarations and snippets with the peer name', () => {
  const pool = labels(PEER.replace('    range 10.0.0.100 10.0.0.200;\n', '    |\n'));
  assert.ok(pool.includes('range') && pool.includes('failover peer'));
  assert.ok(!pool.includes('subnet6') && !pool.includes('hardware'));
  const top = items(PEER + '|');
  assert.ok(top.some((i) => i.label === 'subnet') && top.some((i) => i.label === 'shared-network'));
  const snippet = top.find((i) => i.label === 'subnet-failover')!;
  assert.match(snippet.insertText!, /failover peer "\$\{4:dhcp-failover\}"/);
});

test('after range, subnet and hba: the expected form', () => {
  assert.deepEqual(labels('subnet 10.0.0.0 netmask 255.255.255.0 { range | }'), [labels('range |')[0]]);
  assert.match(labels('range |')[0], /^range/);
  assert.match(labels('subnet |')[0], /^subnet .*netmask/);
  const hba = items('failover peer "x" {\n  primary;\n  hba |\n}\n');
  assert.equal(hba.length, 1);
  assert.match(hba[0].label, /^hba /);
  const split = items('failover peer "x" {\n  primary;\n  split |\n}\n');
  assert.equal(split[0].detail, 'expected form (0–256)');
});

test('completion items resolve their docs in the language they were asked in', () => {
  const { doc, offset } = at('option |');
  const fr = completion(doc, analyzeText(doc.getText()), doc.positionAt(offset), 'fr').items.find((i) => i.label === 'routers')!;
  const resolved = resolveCompletion(fr, 'en');
  assert.match((resolved.documentation as { value: string }).value, /Espace d’options/);
});

test('completion after log-facility lists the syslog facilities', () => {
  const got = labels('log-facility |');
  assert.ok(got.includes('local7') && got.includes('daemon'), got.join(', '));
});
