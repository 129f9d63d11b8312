/**
 * The layering of server/src, enforced: every import points down (see server/src/README.md),
 * no module cycle, and only the LSP wiring imports the language server library.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
const SRC = path.join(ROOT, 'server/src');

/** Each layer and the layers it may import (besides itself). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  base: [],
  knowledge: [],
  parser: ['knowledge', 'base'],
  model: ['parser', 'knowledge', 'base'],
  services: ['model', 'parser', 'knowledge', 'base'],
  failover: ['services', 'model', 'parser', 'knowledge', 'base'],
  kea: ['failover', 'services', 'model', 'parser', 'knowledge', 'base'],
  facade: ['kea', 'failover', 'services', 'model', 'parser', 'knowledge', 'base'],
  lsp: ['facade', 'kea', 'failover', 'services', 'model', 'parser', 'knowledge', 'base'],
  cli: ['facade', 'kea', 'failover', 'services', 'model', 'parser', 'knowledge', 'base'],
};

function layerOf(file: string): string {
  const rel = path.relative(SRC, file);
  if (rel === 'languageService.ts') return 'facade';
  const top = rel.split(path.sep)[0];
  assert.ok(top in MAY_IMPORT, `${rel}: not in a known layer (a folder of server/src, or the facade)`);
  return top;
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Every import and re-export of a file, type-only ones too: [specifier, resolved file or undefined]. */
function importsOf(file: string): Array<{ spec: string; target?: string }> {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const out: Array<{ spec: string; target?: string }> = [];
  for (const st of sf.statements) {
    if ((ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
      const spec = st.moduleSpecifier.text;
      if (!spec.startsWith('.')) {
        out.push({ spec });
        continue;
      }
      const base = path.resolve(path.dirname(file), spec);
      const target = [base + '.ts', path.join(base, 'index.ts'), base].find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
      out.push({ spec, target });
    }
  }
  return out;
}

const FILES = sources(SRC);
const GRAPH = new Map(FILES.map((f) => [f, importsOf(f)]));

test('every import in server/src points down a layer', () => {
  const wrong: string[] = [];
  for (const [file, imports] of GRAPH) {
    const from = layerOf(file);
    for (const { spec, target } of imports) {
      if (!target || !target.startsWith(SRC + path.sep)) continue;
      const to = layerOf(target);
      if (to !== from && !MAY_IMPORT[from].includes(to)) wrong.push(`${path.relative(SRC, file)} (${from}) imports ${spec} (${to})`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('no module of server/src imports a module that imports it back (no cycles)', () => {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): void => {
    state.set(f, 'open');
    stack.push(f);
    for (const { target } of GRAPH.get(f) ?? []) {
      if (!target || !GRAPH.has(target)) continue;
      if (state.get(target) === 'open') cycles.push(stack.slice(stack.indexOf(target)).concat(target).map((x) => path.relative(SRC, x)).join(' → '));
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of FILES) if (!state.has(f)) visit(f);
  assert.deepEqual(cycles, []);
});

test('only the LSP wiring imports vscode-languageserver itself; the core never imports vscode', () => {
  const wrong: string[] = [];
  for (const [file, imports] of GRAPH) {
    const rel = path.relative(SRC, file);
    for (const { spec } of imports) {
      if (spec === 'vscode' || spec.startsWith('vscode-languageclient')) wrong.push(`${rel} imports ${spec}`);
      if ((spec === 'vscode-languageserver' || spec.startsWith('vscode-languageserver/')) && layerOf(file) !== 'lsp') wrong.push(`${rel} imports ${spec}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('the client imports nothing of the server but the shared protocol', () => {
  const clientFiles = sources(path.join(ROOT, 'client/src'));
  const wrong: string[] = [];
  for (const file of clientFiles) {
    for (const { spec, target } of importsOf(file)) {
      if (target && target.startsWith(SRC + path.sep) && path.relative(SRC, target) !== path.join('lsp', 'protocol.ts')) wrong.push(`${path.relative(ROOT, file)} imports ${spec}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('the shared protocol imports only the protocol packages (the client bundles it)', () => {
  const wrong = importsOf(path.join(SRC, 'lsp', 'protocol.ts'))
    .map((i) => i.spec)
    .filter((spec) => spec !== 'vscode-languageserver-types' && spec !== 'vscode-languageserver-protocol');
  assert.deepEqual(wrong, []);
});
