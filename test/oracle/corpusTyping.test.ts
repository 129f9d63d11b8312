/**
 * Typing in the shared corpus (../shared/corpus, or $DHCPD_CORPUS) through the server's own path:
 * its documents, edit journal, incremental reparse and rules. Each file as it is, with CR LF and
 * with CR line breaks; random edits (characters, line breaks, non-ASCII, a host pasted), some
 * versions never read; each read version's problems, hover and completion equal a fresh
 * analysis of the same text. Skipped without the corpus.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LanguageService } from '../../server/src/languageService';
import { DocumentCache } from '../../server/src/lsp/documents';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { TextDocument, type ContentChange } from '../../server/src/base/textDocument';
import { hover } from '../../server/src/services/hover';
import { completion } from '../../server/src/services/completion';
import { rng } from '../fuzz/fuzzer';
import { ROOT } from '../helpers';

const CORPUS = process.env.DHCPD_CORPUS ?? path.resolve(ROOT, '..', 'shared', 'corpus');
const available = fs.existsSync(path.join(CORPUS, 'LABELS.tsv'));
const EDITS = ['x', '9', '', ' ', '\n', '\r\n', ';', '}', '{', '"', 'é', '😀', '# c\n', 'host zz { fixed-address 10.1.1.1; }\n'];

test('typing in every corpus file: each version equals a fresh analysis', { skip: available ? false : `no corpus at ${CORPUS}` }, () => {
  const files = ['real-world', 'isc'].flatMap((d) => fs.readdirSync(path.join(CORPUS, d)).map((f) => path.join(CORPUS, d, f))).filter((f) => fs.statSync(f).isFile());
  let checks = 0;
  let session = 0;
  for (const file of files) {
    const raw = fs.readFileSync(file, 'latin1');
    for (const breaks of ['as written', 'CR LF', 'CR']) {
      const next = rng(++session);
      const start = breaks === 'as written' ? raw : raw.replace(/\r?\n/g, breaks === 'CR LF' ? '\r\n' : '\r');
      // No include is found: both analyses see the same (missing) files.
      const service = new LanguageService({ readFile: () => undefined });
      const cache = new DocumentCache(service);
      const config = (cache.documents as unknown as { _configuration: { create: typeof TextDocument.create; update: (d: TextDocument, c: ContentChange[], v: number) => TextDocument } })._configuration;
      const uri = 'file:///corpus/dhcpd.conf';
      const doc = config.create(uri, 'dhcpd', 1, start);
      cache.analysisOf(doc, DEFAULT_SETTINGS);
      let text = start;
      for (let version = 2; version < 30; version++) {
        const before = TextDocument.create(uri, 'dhcpd', 0, text);
        const from = Math.floor(next() * (text.length + 1));
        const range = { start: before.positionAt(from), end: before.positionAt(Math.min(text.length, from + (next() < 0.6 ? 0 : Math.floor(next() * 20)))) };
        const inserted = EDITS[Math.floor(next() * EDITS.length)];
        config.update(doc, [{ range, text: inserted }], version);
        // Where the editor's positions land (never inside a CR LF).
        text = text.slice(0, before.offsetAt(range.start)) + inserted + text.slice(before.offsetAt(range.end));
        if (next() < 0.4) continue;
        const where = `${path.basename(file)} (${breaks}), version ${version}`;
        const analysis = cache.analysisOf(doc, DEFAULT_SETTINGS);
        // The family as the document was opened with (detection is not redone at each keystroke).
        const fresh = service.analyze('/corpus/dhcpd.conf', text, { family: analysis.family });
        const plain = TextDocument.create(uri, 'dhcpd', version, text);
        const position = plain.positionAt(from);
        assert.equal(doc.snapshot().slice(), text, `${where}: text`);
        assert.deepEqual(service.problemsForDocument(analysis), service.problemsForDocument(fresh), `${where}: problems`);
        assert.deepEqual(hover(doc, analysis, position, 'fr'), hover(plain, fresh, position, 'fr'), `${where}: hover`);
        assert.deepEqual(completion(doc, analysis, position, 'en'), completion(plain, fresh, position, 'en'), `${where}: completion`);
        checks++;
      }
    }
  }
  console.log(`corpus typing: ${files.length} files × 3 line-break styles, ${checks} versions compared`);
  assert.ok(checks > 500);
});
