/**
 * Outline (document and workspace symbols), folding and smart selection, with exact names,
 * details and ranges.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type DocumentSymbol, type Range, type SelectionRange } from 'vscode-languageserver-types';
import { foldingRanges, selectionRanges } from '../../server/src/services/folding';
import { documentSymbols, matchesSubsequence, subnetName, workspaceSymbols } from '../../server/src/services/symbols';
import { analyzeText } from '../helpers';

const CONFIG = `failover peer "dhcp-failover" {
  secondary;
  address 10.0.0.2;
  peer address 10.0.0.1;
  mclt 1800;
}
key ddns-key { algorithm hmac-md5; secret "c2VjcmV0"; }
zone example.org. { primary 10.0.0.53; key ddns-key; }
class "phones" { match if substring(option vendor-class-identifier, 0, 4) = "SIP/"; }
subclass "phones" 1:00:11:22:33:44:55;
shared-network office {
  subnet 10.0.0.0 netmask 255.255.255.0 {
    pool {
      failover peer "dhcp-failover";
      range 10.0.0.100 10.0.0.200;
    }
  }
  subnet 10.1.0.0 netmask 255.0.255.0 { range 10.1.0.10 10.1.0.20; }
}
group {
  host printer { hardware ethernet 00:00:5e:00:53:10; fixed-address 10.0.0.20; }
}
if option host-name = "x" { }
`;

function docOf(text: string, uri = 'file:///test/dhcpd.conf'): TextDocument {
  return TextDocument.create(uri, 'dhcpd', 1, text);
}

// SymbolKind is a namespace of numbers: name them back for readable expectations.
const KIND_NAMES: Record<number, string> = Object.fromEntries(Object.entries(SymbolKind).map(([k, v]) => [v, k]));

/** `name [kind] detail L:C-L:C sel L:C-L:C`, indented by depth: the whole outline at a glance. */
function outline(symbols: DocumentSymbol[], depth = 0): string[] {
  const r = (x: Range): string => `${x.start.line}:${x.start.character}-${x.end.line}:${x.end.character}`;
  return symbols.flatMap((s) => [
    `${'  '.repeat(depth)}${s.name} [${KIND_NAMES[s.kind]}]${s.detail ? ` ${s.detail}` : ''} ${r(s.range)} sel ${r(s.selectionRange)}`,
    ...outline(s.children ?? [], depth + 1),
  ]);
}

test('the outline nests peers, keys, zones, classes, networks, subnets, pools, groups and hosts', () => {
  const doc = docOf(CONFIG);
  assert.deepEqual(outline(documentSymbols(doc, analyzeText(CONFIG))), [
    'dhcp-failover [Interface] secondary 0:0-5:1 sel 0:14-0:29',
    'ddns-key [Key] hmac-md5 6:0-6:55 sel 6:4-6:12',
    'example.org. [Namespace] 10.0.0.53 7:0-7:54 sel 7:5-7:17',
    'phones [Class] 8:0-8:85 sel 8:6-8:14',
    'phones [Class] subclass 01:00:11:22:33:44:55 9:0-9:38 sel 9:9-9:17',
    'office [Namespace] 10:0-18:1 sel 10:15-10:21',
    '  10.0.0.0/24 [Module] 11:2-16:3 sel 11:9-11:39',
    '    pool [Array] failover peer "dhcp-failover", 10.0.0.100–10.0.0.200 12:4-15:5 sel 12:4-12:8',
    '  10.1.0.0 netmask 255.0.255.0 [Module] 10.1.0.10–10.1.0.20 17:2-17:68 sel 17:9-17:37',
    'group [Package] 19:0-21:1 sel 19:0-19:5',
    '  printer [Object] 00:00:5e:00:53:10, 10.0.0.20 20:2-20:80 sel 20:7-20:14',
  ]);
});

test('subnet6, pool6 and v6 hosts are named by prefix, ranges and fixed address', () => {
  const text = `subnet6 2001:db8::/64 {
  pool6 { range6 2001:db8::100 2001:db8::200; prefix6 2001:db8:1:: 2001:db8:f:: /56; }
  host h6 { host-identifier option dhcp6.client-id 00:01:00:01:aa:bb; fixed-address6 2001:db8::5; }
}
`;
  assert.deepEqual(outline(documentSymbols(docOf(text), analyzeText(text, { family: 6 }))), [
    '2001:db8::/64 [Module] 0:0-3:1 sel 0:8-0:21',
    '  pool6 [Array] 2001:db8::100–2001:db8::200, 2001:db8:1::–2001:db8:f:: /56 1:2-1:86 sel 1:2-1:7',
    '  h6 [Object] 00:01:00:01:aa:bb, 2001:db8::5 2:2-2:99 sel 2:7-2:9',
  ]);
});

test('statements of included files are not in the outline of the including document', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dhcpd-symbols-'));
  try {
    fs.writeFileSync(path.join(dir, 'hosts.conf'), 'host included { fixed-address 10.0.0.9; }\n');
    const text = 'include "hosts.conf";\nhost own { fixed-address 10.0.0.8; }\n';
    const analysis = analyzeText(text, { file: path.join(dir, 'dhcpd.conf') });
    assert.equal(analysis.files.length, 2, 'the include is resolved');
    assert.deepEqual(outline(documentSymbols(docOf(text), analysis)), ['own [Object] 10.0.0.8 1:0-1:36 sel 1:5-1:8']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('subnet names: prefix length from the netmask, the netmask itself when it is not contiguous', () => {
  const v = (text: string) => ({ kind: 'ip' as const, text, offset: 0, length: text.length });
  assert.equal(subnetName(v('10.0.0.0'), v('255.255.255.0')), '10.0.0.0/24');
  assert.equal(subnetName(v('10.0.0.0'), v('255.255.255.255')), '10.0.0.0/32');
  assert.equal(subnetName(v('0.0.0.0'), v('0.0.0.0')), '0.0.0.0/0');
  assert.equal(subnetName(v('10.0.0.0'), v('255.0.255.0')), '10.0.0.0 netmask 255.0.255.0');
});

test('a broken declaration still has a non-empty name (VS Code rejects empty ones)', () => {
  const text = 'host { fixed-address 10.0.0.1; }\nsubnet { }\n';
  const names = outline(documentSymbols(docOf(text), analyzeText(text))).map((l) => l.split(' ')[0]);
  assert.deepEqual(names, ['host', 'subnet']);
});

test('workspace symbols: subsequence match, case-insensitive, across open files, with containers', () => {
  const a = docOf(CONFIG, 'file:///a/dhcpd.conf');
  const b = docOf('host Printer-2 { fixed-address 10.0.0.30; }\n', 'file:///b/dhcpd.conf');
  const open = [a, b].map((doc) => ({ uri: doc.uri, doc, analysis: analyzeText(doc.getText()) }));
  const found = workspaceSymbols('PRNT', open);
  assert.deepEqual(
    found.map((s) => [s.name, s.kind, s.location.uri, s.location.range.start.line, s.containerName]),
    [
      ['printer', SymbolKind.Object, 'file:///a/dhcpd.conf', 20, 'group'],
      ['Printer-2', SymbolKind.Object, 'file:///b/dhcpd.conf', 0, undefined],
    ],
  );
  assert.equal(workspaceSymbols('', open).length, 12, 'an empty query lists every declaration');
  assert.deepEqual(workspaceSymbols('zzz', open), []);
  assert.equal(matchesSubsequence('dfo', 'dhcp-failover'), true);
  assert.equal(matchesSubsequence('fd', 'dhcp-failover'), false);
});

test('folding: multi-line blocks up to the line before `}`, and runs of two or more comment lines', () => {
  const text = `# Primary server
# of the pair
authoritative; # trailing
# single
subnet 10.0.0.0 netmask 255.255.255.0 {
  option routers 10.0.0.1;
  pool { range 10.0.0.100 10.0.0.200; }
  pool {
    # a
    # b
    range 10.0.0.10 10.0.0.20;
  }
}
`;
  assert.deepEqual(foldingRanges(docOf(text), analyzeText(text)), [
    { startLine: 0, endLine: 1, kind: 'comment' },
    { startLine: 4, endLine: 11 },
    { startLine: 7, endLine: 10 },
    { startLine: 8, endLine: 9, kind: 'comment' },
  ]);
});

test('folding: a trailing comment does not join a run; an unclosed block folds to its last line', () => {
  const text = 'authoritative; # one\n# two\nsubnet 10.0.0.0 netmask 255.255.255.0 {\n  option routers 10.0.0.1;\n  range 10.0.0.5 10.0.0.6;\n';
  assert.deepEqual(foldingRanges(docOf(text), analyzeText(text)), [{ startLine: 2, endLine: 4 }]);
});

function chain(doc: TextDocument, s: SelectionRange): string[] {
  const out: string[] = [];
  for (let x: SelectionRange | undefined = s; x; x = x.parent) out.push(doc.getText(x.range));
  return out;
}

test('selection ranges grow from the token to the value, the statement, the blocks and the document', () => {
  const text = `authoritative;
subnet 10.0.0.0 netmask 255.255.255.0 {
  pool {
    range 10.0.0.10 10.0.0.20;
  }
}
`;
  const doc = docOf(text);
  const offset = text.indexOf('0.20;');
  const [sel] = selectionRanges(doc, analyzeText(text), [doc.positionAt(offset)]);
  assert.deepEqual(chain(doc, sel), [
    '0',
    '10.0.0.20',
    'range 10.0.0.10 10.0.0.20;',
    'pool {\n    range 10.0.0.10 10.0.0.20;\n  }',
    'subnet 10.0.0.0 netmask 255.255.255.0 {\n  pool {\n    range 10.0.0.10 10.0.0.20;\n  }\n}',
    text,
  ]);
  // Every range contains the one before it.
  for (let x: SelectionRange | undefined = sel; x?.parent; x = x.parent) {
    const [a, b] = [x.range, x.parent.range].map((r) => [doc.offsetAt(r.start), doc.offsetAt(r.end)]);
    assert.ok(b[0] <= a[0] && a[1] <= b[1]);
  }
});

test('selection ranges between statements start with the inside of the block', () => {
  const text = 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  option routers 10.0.0.1;\n\n  range 10.0.0.5 10.0.0.6;\n}\n';
  const doc = docOf(text);
  const [sel] = selectionRanges(doc, analyzeText(text), [{ line: 2, character: 0 }]);
  assert.deepEqual(chain(doc, sel), ['option routers 10.0.0.1;\n\n  range 10.0.0.5 10.0.0.6;', text.trimEnd(), text]);
});
