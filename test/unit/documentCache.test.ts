/**
 * What the server does at each keystroke (lsp/documents.ts with the server's own document): the
 * analysis after a run of edits equals a fresh one of the same text, and nothing that runs while
 * typing (hover, completion, diagnostics, folding, links, outline) joins the editor's text into
 * one string; on a 9 MB file that copy was most of a keystroke.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { LanguageService } from '../../server/src/languageService';
import { DocumentCache } from '../../server/src/lsp/documents';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { TextDocument, type ContentChange } from '../../server/src/base/textDocument';
import { PieceText } from '../../server/src/base/pieceText';
import { hover } from '../../server/src/services/hover';
import { completion } from '../../server/src/services/completion';
import { foldingRanges } from '../../server/src/services/folding';
import { documentLinks } from '../../server/src/services/navigation';
import { documentSymbols } from '../../server/src/services/symbols';
import { toDiagnostics } from '../../server/src/services/lspAdapters';
import { PRIMARY } from '../helpers';
import { rng } from '../fuzz/fuzzer';

const HOSTS = Array.from({ length: 400 }, (_, i) => `host h${i} {\n  hardware ethernet 00:00:00:00:${(i >> 8).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')};\n  fixed-address 10.9.${i >> 8}.${i & 255};\n}\n`).join('');
const TEXT = `${PRIMARY}\n# review: the hosts below\n${HOSTS}`;

function at(doc: TextDocument, search: string, after = 0): { line: number; character: number } {
  return doc.positionAt(doc.getText({ start: { line: 0, character: 0 }, end: doc.positionAt(Number.MAX_SAFE_INTEGER) }).indexOf(search, after));
}

test('typing in a large document: every request served from the pieces, the analysis equal to a fresh one', () => {
  const service = new LanguageService();
  const cache = new DocumentCache(service);
  const config = (cache.documents as unknown as { _configuration: { create: typeof TextDocument.create; update: (d: TextDocument, c: ContentChange[], v: number) => TextDocument } })._configuration;
  const doc = config.create('file:///tmp/typing.conf', 'dhcpd', 1, TEXT);
  const settings = DEFAULT_SETTINGS;
  service.problemsForDocument(cache.analysisOf(doc, settings));
  const name = at(doc, 'host h200 {');
  const fixed = at(doc, 'fixed-address 10.9.0.7;');
  const edits: ContentChange[][] = [
    // A character typed in a host name, then another, then both removed.
    [{ range: { start: { line: name.line, character: 9 }, end: { line: name.line, character: 9 } }, text: 'x' }],
    [{ range: { start: { line: name.line, character: 10 }, end: { line: name.line, character: 10 } }, text: 'y' }],
    [{ range: { start: { line: name.line, character: 9 }, end: { line: name.line, character: 11 } }, text: '' }],
    // A host pasted (its name taken already), a digit typed in a fixed address, a line deleted.
    [{ range: { start: { line: name.line, character: 0 }, end: { line: name.line, character: 0 } }, text: 'host h7 {\n  fixed-address 10.9.0.200;\n}\n' }],
    [{ range: { start: { line: fixed.line + 4, character: 24 }, end: { line: fixed.line + 4, character: 24 } }, text: '9' }],
    [{ range: { start: { line: fixed.line + 8, character: 0 }, end: { line: fixed.line + 9, character: 0 } }, text: '' }],
  ];
  let version = 1;
  const joins = PieceText.joins;
  for (const change of edits) {
    config.update(doc, change, ++version);
    const analysis = cache.analysisOf(doc, settings);
    const position = (change[0] as { range: { start: { line: number } } }).range.start;
    assert.match(JSON.stringify(hover(doc, analysis, { line: fixed.line, character: 4 }, 'fr')), /fixed-address/, `hover after edit ${version}`);
    assert.ok(completion(doc, analysis, { line: position.line + 1, character: 2 }, 'en').items.length > 0, `completion after edit ${version}`);
    const problems = service.problemsForDocument(analysis);
    toDiagnostics(doc, problems);
    foldingRanges(doc, analysis);
    documentLinks(doc, analysis);
    documentSymbols(doc, analysis);
    assert.equal(PieceText.joins, joins, `edit ${version}: the text was joined into one string`);
    // The same analysis as a fresh one of the text now.
    const fresh = service.analyze('/tmp/typing.conf', doc.snapshot().slice());
    assert.deepEqual(problems.map((p) => [p.rule, p.offset, p.length, p.message]), service.problemsForDocument(fresh).map((p) => [p.rule, p.offset, p.length, p.message]), `edit ${version}: problems`);
  }
  // The pasted host repeats a name: the incremental rules saw it.
  assert.deepEqual([...new Set(service.problemsForDocument(cache.analysisOf(doc, settings)).map((p) => p.rule))], ['duplicateHost']);
  // Someone who needs the whole text still gets it, as one string.
  assert.equal(doc.getText(), doc.snapshot().slice());
  assert.equal(PieceText.joins, joins + 1);
});

const RANDOM_EDITS = ['x', '7', '', ' ', '\n', '\r\n', ';', '}', '{', '"', '# note\n', 'host h1 { fixed-address 10.9.0.1; }\n', 'option routers 10.0.0.1;\n', 'pool { failover peer "dhcp-failover"; range 10.9.1.1 10.9.1.9; }\n'];

test('random editing sessions through the server\'s documents: each version\'s analysis, hover and completion equal a fresh one', () => {
  const saved = PieceText.bufferedFrom;
  // Joins go through the buffer too, as on large files.
  PieceText.bufferedFrom = 0;
  try {
    for (let seed = 1; seed <= 10; seed++) {
      const next = rng(seed);
      const service = new LanguageService();
      const cache = new DocumentCache(service);
      const config = (cache.documents as unknown as { _configuration: { create: typeof TextDocument.create; update: (d: TextDocument, c: ContentChange[], v: number) => TextDocument } })._configuration;
      const uri = `file:///tmp/random-${seed}.conf`;
      const doc = config.create(uri, 'dhcpd', 1, TEXT);
      let text = TEXT;
      cache.analysisOf(doc, DEFAULT_SETTINGS);
      for (let version = 2; version <= 60; version++) {
        // One to three changes per event, each in the coordinates the previous one left; mostly
        // near the last one (typing), sometimes anywhere (a jump, a paste).
        const changes: ContentChange[] = [];
        for (let c = 0, n = next() < 0.8 ? 1 : 2 + Math.floor(next() * 2); c < n; c++) {
          const from = Math.floor(next() * (text.length + 1));
          const to = Math.min(text.length, from + (next() < 0.6 ? 0 : Math.floor(next() * 30)));
          const inserted = RANDOM_EDITS[Math.floor(next() * RANDOM_EDITS.length)];
          const scratch = TextDocument.create(uri, 'dhcpd', 0, text);
          changes.push({ range: { start: scratch.positionAt(from), end: scratch.positionAt(to) }, text: inserted });
          text = text.slice(0, from) + inserted + text.slice(to);
        }
        config.update(doc, changes, version);
        // Now and then nothing reads a version: the next analysis replays several.
        if (next() < 0.3) continue;
        const analysis = cache.analysisOf(doc, DEFAULT_SETTINGS);
        const fresh = service.analyze(`/tmp/random-${seed}.conf`, text);
        const plain = TextDocument.create(uri, 'dhcpd', version, text);
        for (let k = 0; k < 2; k++) {
          const position = plain.positionAt(Math.floor(next() * (text.length + 1)));
          assert.deepEqual(hover(doc, analysis, position, 'en'), hover(plain, fresh, position, 'en'), `seed ${seed} v${version}: hover at ${JSON.stringify(position)}`);
          assert.deepEqual(completion(doc, analysis, position, 'en'), completion(plain, fresh, position, 'en'), `seed ${seed} v${version}: completion`);
        }
        if (next() < 0.5) {
          const got = service.problemsForDocument(analysis).map((p) => [p.rule, p.offset, p.length, p.message]);
          assert.deepEqual(got, service.problemsForDocument(fresh).map((p) => [p.rule, p.offset, p.length, p.message]), `seed ${seed} v${version}: problems`);
        }
        if (next() < 0.1) assert.equal(doc.getText(), text, `seed ${seed} v${version}: text`);
      }
      assert.equal(doc.snapshot().slice(), text);
    }
  } finally {
    PieceText.bufferedFrom = saved;
  }
});

test('an edit the incremental parser declines makes one full analysis of the editor\'s text, not two', () => {
  const service = new LanguageService();
  let full = 0;
  const analyze = service.analyze.bind(service);
  service.analyze = (...args: Parameters<LanguageService['analyze']>) => (full++, analyze(...args));
  const cache = new DocumentCache(service);
  const config = (cache.documents as unknown as { _configuration: { create: typeof TextDocument.create; update: (d: TextDocument, c: ContentChange[], v: number) => TextDocument } })._configuration;
  // Two statements: too few for a reparse of a region.
  const doc = config.create('file:///tmp/two.conf', 'dhcpd', 1, 'authoritative;\nsubnet 10.0.0.0 netmask 255.255.255.0 { }\n');
  cache.analysisOf(doc, DEFAULT_SETTINGS);
  assert.equal(full, 1);
  config.update(doc, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }], 2);
  const analysis = cache.analysisOf(doc, DEFAULT_SETTINGS);
  assert.equal(full, 1, 'the document cache took the analysis the update made');
  assert.equal(analysis.files[0].text, doc.getText());
  assert.deepEqual(service.problemsForDocument(analysis), service.problemsForDocument(analyze('/tmp/two.conf', doc.getText())));
});
