/**
 * The server survives anything a client sends: random incremental edits interleaved with requests
 * at random positions (some out of range), requests for unknown documents, cancelled requests.
 * At the end it still answers, and its diagnostics are those of the final text.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from './lspClient';
import { rng } from '../fuzz/fuzzer';
import { FIXTURES, service } from '../helpers';

const TOKENS = ['{', '}', ';', '"', '#', 'failover peer "x" {', 'pool {', 'range 10.0.0.1 10.0.0.9;', 'split 300;', '\n', '\r\n', '\u201c', 'option ', 'primary;'];

test('random edits and requests: the server lives on and ends with the right diagnostics', async () => {
  const client = new LspClient();
  await client.initialize('en');
  const random = rng(42);
  const uri = 'file:///tmp/fuzz-server/dhcpd.conf';
  const initial = fs.readFileSync(path.join(FIXTURES, 'generator', 'two-peers-hba.conf'), 'utf8');
  let doc = TextDocument.create(uri, 'dhcpd', 1, initial);
  await client.open(uri, initial, 1);
  const pending: Array<Promise<unknown>> = [];
  for (let i = 0; i < 300; i++) {
    const text = doc.getText();
    const a = Math.floor(random() * (text.length + 1));
    const b = Math.min(text.length, a + Math.floor(random() * 30));
    const insert = random() < 0.7 ? TOKENS[Math.floor(random() * TOKENS.length)] : '';
    const range = { start: doc.positionAt(a), end: doc.positionAt(b) };
    doc = TextDocument.update(doc, [{ range, text: insert }], doc.version + 1);
    await client.notify('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ range, text: insert }] });
    const position = random() < 0.1 ? { line: 10_000, character: 5 } : doc.positionAt(Math.floor(random() * (doc.getText().length + 1)));
    const method = ['textDocument/hover', 'textDocument/completion', 'textDocument/codeAction'][i % 3];
    const params =
      method === 'textDocument/codeAction'
        ? { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }
        : { textDocument: { uri: random() < 0.05 ? 'file:///unknown.conf' : uri }, position };
    const request = client.request(method, params).catch((e: Error) => e);
    pending.push(request);
    if (random() < 0.05) await client.notify('$/cancelRequest', { id: i });
  }
  const results = await Promise.all(pending);
  // Every request was answered: a result or an error response, never a dead server.
  assert.equal(results.length, 300);
  const finalVersion = doc.version;
  const last = client.published.get(uri);
  const published = last && last.version === finalVersion ? last : await client.nextDiagnostics(uri, finalVersion);
  const expected = service.problemsForDocument(service.analyze('/tmp/fuzz-server/dhcpd.conf', doc.getText(), {}));
  assert.deepEqual(
    published.diagnostics.map((d: Diagnostic) => d.code),
    expected.map((p) => p.rule),
  );
  const alive = await client.open('file:///tmp/fuzz-server/alive.conf', 'authoritative;\n');
  assert.deepEqual(alive, []);
  assert.doesNotMatch(client.stderr, /uncaught|unhandled/);
  await client.shutdown();
});
