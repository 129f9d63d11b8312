/**
 * Definition, references, rename, highlights and links for failover peers, classes, keys and
 * option spaces, with a `|` cursor marker and exact locations.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentHighlightKind, type Location, type Position, type Range, type TextEdit } from 'vscode-languageserver-types';
import {
  definition,
  documentHighlights,
  documentLinks,
  prepareRename,
  references,
  rename,
  RenameError,
} from '../../server/src/services/navigation';
import type { Analysis } from '../../server/src/model/analysis';
import { analyzeText } from '../helpers';

const URI = 'file:///test/dhcpd.conf';

const CONFIG = `option space acme;
option acme.level code 1 = unsigned integer 8;
option wrap code 224 = encapsulate acme;
option acme.level 3;
failover peer "dhcp-failover" { primary; address 10.0.0.1; peer address 10.0.0.2; mclt 1800; split 128; }
failover peer "other" { primary; address 10.0.1.1; peer address 10.0.1.2; mclt 1800; split 128; }
key ddns-key { algorithm hmac-md5; secret "c2VjcmV0"; }
zone example.org. { primary 10.0.0.53; key ddns-key; }
class "phones" { match if substring(option vendor-class-identifier, 0, 4) = "SIP/"; }
class "printers" { match if substring(option vendor-class-identifier, 0, 3) = "HP "; }
subclass "phones" 1:00:11:22:33:44:55;
subnet 10.0.0.0 netmask 255.255.255.0 {
  pool { failover peer "dhcp-failover"; range 10.0.0.100 10.0.0.200; allow members of "phones"; }
  pool { failover peer "dhcp-failover"; range 10.0.0.201 10.0.0.210; deny members of "phones"; }
  if option host-name = "x" { add "phones"; }
}
`;

interface Fixture {
  doc: TextDocument;
  analysis: Analysis;
  position: Position;
}

/** The text with its `|` removed, analysed, and the cursor's position. */
function at(textWithCursor: string, file?: string): Fixture {
  const offset = textWithCursor.indexOf('|');
  assert.ok(offset >= 0, 'the text has a | cursor');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const doc = TextDocument.create(file ? pathToFileURL(file).href : URI, 'dhcpd', 1, text);
  return { doc, analysis: analyzeText(text, file ? { file } : {}), position: doc.positionAt(offset) };
}

/** The config with a cursor just inside the n-th (0-based) occurrence of `needle`. */
function on(needle: string, n = 0, text = CONFIG): Fixture {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} #${n} is in the text`);
  return at(text.slice(0, i + 1) + '|' + text.slice(i + 1));
}

const span = (r: Range): string => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
const where = (locs: Location[] | null): string[] | null => locs && locs.map((l) => `${l.uri === URI ? '' : l.uri + ' '}${span(l.range)}`);

function applyEdits(text: string, edits: TextEdit[]): string {
  const doc = TextDocument.create(URI, 'dhcpd', 1, text);
  return TextDocument.applyEdits(doc, edits);
}

test('definition: from a pool reference to the peer declaration, quotes included', () => {
  const f = on('"dhcp-failover";');
  assert.deepEqual(where(definition(f.doc, f.analysis, f.position)), ['4:14-4:29']);
});

test('definition of a class from subclass, allow/deny members of and add', () => {
  for (const [needle, n] of [['"phones" 1:00', 0], ['"phones"; }', 0], ['"phones"; }', 1], ['"phones"; }', 2]] as const) {
    const f = on(needle, n);
    assert.deepEqual(where(definition(f.doc, f.analysis, f.position)), ['8:6-8:14'], `${needle} #${n}`);
  }
});

test('definition of a key from a zone, of an option space from an option name and from encapsulate', () => {
  const k = on('ddns-key;');
  assert.deepEqual(where(definition(k.doc, k.analysis, k.position)), ['6:4-6:12']);
  const s = on('acme.level 3');
  assert.deepEqual(where(definition(s.doc, s.analysis, s.position)), ['0:13-0:17']);
  const e = on('acme;', 1);
  assert.deepEqual(where(definition(e.doc, e.analysis, e.position)), ['0:13-0:17']);
});

test('no definition off a name, or for a built-in option space', () => {
  const f = on('primary; address');
  assert.equal(definition(f.doc, f.analysis, f.position), null);
  const b = at('option agent.circuit-|id "x";\noption ag|ent.remote-id "y";\n');
  assert.equal(definition(b.doc, b.analysis, b.position), null);
});

test('references of a peer, with and without its declaration', () => {
  const f = on('"dhcp-failover" {');
  assert.deepEqual(where(references(f.doc, f.analysis, f.position, true)), ['4:14-4:29', '12:23-12:38', '13:23-13:38']);
  assert.deepEqual(where(references(f.doc, f.analysis, f.position, false)), ['12:23-12:38', '13:23-13:38']);
});

test('references of a class: declaration, subclass, allow, deny and add', () => {
  const f = on('"phones" {');
  assert.deepEqual(where(references(f.doc, f.analysis, f.position, true)), ['8:6-8:14', '10:9-10:17', '12:86-12:94', '13:85-13:93', '14:34-14:42']);
});

test('references of an option space: declaration, option names and encapsulate', () => {
  const f = on('acme;');
  assert.deepEqual(where(references(f.doc, f.analysis, f.position, true)), ['0:13-0:17', '1:7-1:11', '2:35-2:39', '3:7-3:11']);
});

test('highlights: the declaration is written, the references are read', () => {
  const f = on('ddns-key {');
  assert.deepEqual(
    documentHighlights(f.doc, f.analysis, f.position)?.map((h) => [span(h.range), h.kind]),
    [
      ['6:4-6:12', DocumentHighlightKind.Write],
      ['7:43-7:51', DocumentHighlightKind.Read],
    ],
  );
  const none = on('range 10.0.0.100');
  assert.equal(documentHighlights(none.doc, none.analysis, none.position), null);
});

test('prepareRename offers the name without its quotes', () => {
  const f = on('"phones" 1:00');
  const r = prepareRename(f.doc, f.analysis, f.position);
  assert.deepEqual(r && { range: span(r.range), placeholder: r.placeholder }, { range: '10:10-10:16', placeholder: 'phones' });
  const off = on('subnet 10');
  assert.equal(prepareRename(off.doc, off.analysis, off.position), null);
});

test('rename a class edits every occurrence and keeps the quotes', () => {
  const f = on('"phones" {');
  const edit = rename(f.doc, f.analysis, f.position, 'voip');
  assert.deepEqual(Object.keys(edit?.changes ?? {}), [URI]);
  const after = applyEdits(f.doc.getText(), edit!.changes![URI]);
  assert.equal(after, CONFIG.replaceAll('"phones"', '"voip"'));
});

test('rename a peer from a pool reference renames the declaration and both pools', () => {
  const f = on('"dhcp-failover";', 1);
  const edit = rename(f.doc, f.analysis, f.position, 'dhcp failover 2');
  assert.equal(applyEdits(f.doc.getText(), edit!.changes![URI]), CONFIG.replaceAll('"dhcp-failover"', '"dhcp failover 2"'));
});

test('rename a key and an option space', () => {
  const k = on('ddns-key;');
  assert.equal(applyEdits(k.doc.getText(), rename(k.doc, k.analysis, k.position, 'tsig.example.org.')!.changes![URI]), CONFIG.replaceAll('ddns-key', 'tsig.example.org.'));
  const s = on('acme.level 3');
  assert.equal(applyEdits(s.doc.getText(), rename(s.doc, s.analysis, s.position, 'corp')!.changes![URI]), CONFIG.replaceAll('acme', 'corp'));
});

test('rename refuses a name that is already declared', () => {
  const peer = on('"dhcp-failover";');
  assert.throws(() => rename(peer.doc, peer.analysis, peer.position, 'other'), (e: unknown) => {
    assert.ok(e instanceof RenameError);
    assert.equal(e.message, '"other" is already declared: renaming would make two declarations of the same name.');
    return true;
  });
  const cls = on('"phones" {');
  assert.throws(() => rename(cls.doc, cls.analysis, cls.position, 'printers'), RenameError);
  // Keys are domain names: case and the final dot do not make a new name.
  const key = at(CONFIG.replace('key ddns-key {', 'key other.key { algorithm hmac-md5; secret "c2VjcmV0"; }\nkey dd|ns-key {'));
  assert.throws(() => rename(key.doc, key.analysis, key.position, 'OTHER.KEY.'), RenameError);
  // Option spaces: a built-in space is taken too.
  const space = on('acme;');
  assert.throws(() => rename(space.doc, space.analysis, space.position, 'agent'), /"agent" is already declared/);
});

test('rename refuses names that cannot be written there', () => {
  const cls = on('"phones" {');
  assert.throws(() => rename(cls.doc, cls.analysis, cls.position, 'a"b'), /"a"b" is not a valid name here\./);
  assert.throws(() => rename(cls.doc, cls.analysis, cls.position, ''), RenameError);
  const space = on('acme;');
  assert.throws(() => rename(space.doc, space.analysis, space.position, 'two words'), RenameError);
  assert.throws(() => rename(space.doc, space.analysis, space.position, 'a.b'), RenameError);
  const key = on('ddns-key;');
  assert.throws(() => rename(key.doc, key.analysis, key.position, 'bad key'), RenameError);
});

test('rename refuses a name declared nowhere (a built-in option space, an undeclared peer)', () => {
  const b = at('option ag|ent.circuit-id "x";\n');
  assert.throws(() => prepareRename(b.doc, b.analysis, b.position), /"agent" is not declared in this configuration/);
  const p = at('subnet 10.0.0.0 netmask 255.255.255.0 { pool { failover peer "gh|ost"; range 10.0.0.5 10.0.0.6; } }\n');
  assert.throws(() => rename(p.doc, p.analysis, p.position, 'x'), RenameError);
});

test('renaming to the same name is allowed (no duplicate with itself)', () => {
  const f = on('"other" {');
  const edit = rename(f.doc, f.analysis, f.position, 'other');
  assert.equal(applyEdits(f.doc.getText(), edit!.changes![URI]), CONFIG);
});

test('a peer declared in an included file: definition there, rename edits both files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dhcpd-navigation-'));
  try {
    const peers = path.join(dir, 'peers.conf');
    fs.writeFileSync(peers, 'failover peer "fo" { primary; address 10.0.0.1; peer address 10.0.0.2; mclt 1800; split 128; }\n');
    const main = path.join(dir, 'dhcpd.conf');
    const f = at('include "peers.conf";\nsubnet 10.0.0.0 netmask 255.255.255.0 { pool { failover peer "f|o"; range 10.0.0.5 10.0.0.6; } }\n', main);
    const peersUri = pathToFileURL(peers).href;
    assert.deepEqual(definition(f.doc, f.analysis, f.position), [{ uri: peersUri, range: { start: { line: 0, character: 14 }, end: { line: 0, character: 18 } } }]);
    const edit = rename(f.doc, f.analysis, f.position, 'pair');
    assert.deepEqual(edit?.changes, {
      [peersUri]: [{ range: { start: { line: 0, character: 15 }, end: { line: 0, character: 17 } }, newText: 'pair' }],
      [f.doc.uri]: [{ range: { start: { line: 1, character: 62 }, end: { line: 1, character: 64 } }, newText: 'pair' }],
    });
    // Highlights stay in the document.
    assert.deepEqual(documentHighlights(f.doc, f.analysis, f.position)?.map((h) => span(h.range)), ['1:61-1:65']);
    // The include links to the file it resolved to.
    assert.deepEqual(documentLinks(f.doc, f.analysis), [{ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 19 } }, target: peersUri }]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('document links: a missing relative file resolves next to the document, an absolute one as written', () => {
  const f = at('|include "sub/hosts.conf";\ninclude "/etc/dhcp/keys.conf";\n', '/srv/dhcp/dhcpd.conf');
  assert.deepEqual(
    documentLinks(f.doc, f.analysis).map((l) => [span(l.range), l.target]),
    [
      ['0:9-0:23', 'file:///srv/dhcp/sub/hosts.conf'],
      ['1:9-1:28', 'file:///etc/dhcp/keys.conf'],
    ],
  );
  // An untitled document has no folder: only absolute includes link.
  const text = 'include "hosts.conf";\ninclude "/etc/dhcp/keys.conf";\n';
  const untitled = TextDocument.create('untitled:Untitled-1', 'dhcpd', 1, text);
  assert.deepEqual(documentLinks(untitled, analyzeText(text, { file: '/Untitled-1' })).map((l) => l.target), ['file:///etc/dhcp/keys.conf']);
});
