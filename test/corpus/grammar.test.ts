/**
 * Tokenizes every file of the shared corpus (../shared/corpus, i.e. /work/shared/corpus) with the
 * TextMate grammar, line by line, the way VS Code does, and checks that
 *  - no file takes a second or more (the regexes must stay linear: no catastrophic backtracking);
 *  - no token is scoped `invalid.*` (the grammar does not use invalid scopes at all).
 * Each file's tokenize time is printed, then the slowest one.
 *
 * vscode-textmate and vscode-oniguruma come with vscode-tmgrammar-test (no direct dependency).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

type TextMate = typeof import('vscode-textmate');
type Oniguruma = typeof import('vscode-oniguruma');
type Grammar = import('vscode-textmate').IGrammar;

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CORPUS = resolve(ROOT, '../shared/corpus');
const GRAMMAR = join(ROOT, 'syntaxes', 'dhcpd.tmLanguage.json');
const ONIG_WASM = join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm');
const LIMIT_MS = 1000;

const require = createRequire(import.meta.url);
const vsctm: TextMate = require('vscode-textmate');
const oniguruma: Oniguruma = require('vscode-oniguruma');

let grammarPromise: Promise<Grammar> | undefined;
function loadGrammar(): Promise<Grammar> {
  grammarPromise ??= (async () => {
    const wasm = readFileSync(ONIG_WASM);
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === 'source.dhcpd' ? vsctm.parseRawGrammar(readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null,
    });
    const grammar = await registry.loadGrammar('source.dhcpd');
    assert.ok(grammar, 'grammar source.dhcpd did not load');
    return grammar;
  })();
  return grammarPromise;
}

interface Result {
  ms: number;
  invalid: string[];
}

/** Tokenizes a whole text line by line; returns the time taken and any `invalid` token found. */
function tokenize(grammar: Grammar, text: string): Result {
  const invalid: string[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  let state = vsctm.INITIAL;
  const start = performance.now();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const { tokens, ruleStack } = grammar.tokenizeLine(line, state);
    state = ruleStack;
    for (const t of tokens) {
      const bad = t.scopes.find((s) => s === 'invalid' || s.startsWith('invalid.'));
      if (bad) invalid.push(`line ${i + 1}: ${JSON.stringify(line.slice(t.startIndex, t.endIndex))} ${bad}`);
    }
  }
  return { ms: performance.now() - start, invalid };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}

describe('grammar on the shared corpus', () => {
  if (!existsSync(CORPUS)) {
    test('tokenize every corpus file', { skip: `corpus folder ${CORPUS} is absent` }, () => {});
    return;
  }
  const files = walk(CORPUS);
  const times: { file: string; ms: number }[] = [];

  before(async () => {
    // Load the grammar and compile its top-level scanner once, so that the first file's time is
    // not mostly start-up cost (nested rules still compile lazily inside the files that use them).
    const grammar = await loadGrammar();
    grammar.tokenizeLine('default-lease-time 600;', vsctm.INITIAL);
  });

  after(() => {
    if (times.length === 0) return;
    const slowest = times.reduce((a, b) => (b.ms > a.ms ? b : a));
    const total = times.reduce((sum, t) => sum + t.ms, 0);
    console.log(
      `grammar: ${times.length} corpus files tokenized in ${total.toFixed(1)} ms; ` +
        `slowest ${slowest.file} ${slowest.ms.toFixed(2)} ms`,
    );
  });

  test('the corpus is not empty', () => {
    assert.ok(files.length > 0, `no file under ${CORPUS}`);
  });

  for (const path of files) {
    const file = relative(CORPUS, path);
    test(`tokenizes ${file}`, async () => {
      const grammar = await loadGrammar();
      const { ms, invalid } = tokenize(grammar, readFileSync(path, 'utf8'));
      times.push({ file, ms });
      console.log(`grammar: ${file} ${ms.toFixed(2)} ms`);
      assert.ok(ms < LIMIT_MS, `${file} took ${ms.toFixed(0)} ms to tokenize (limit ${LIMIT_MS} ms)`);
      assert.deepEqual(invalid, [], `${file} has tokens scoped invalid.*`);
    });
  }
});

describe('grammar on adversarial input', () => {
  // Inputs built to make a backtracking regex blow up if one were not linear.
  const n = 20000;
  const cases: Record<string, string> = {
    'long colon-hex run': `hba ${'ff:'.repeat(n)}`,
    'colons only': `option x ${':'.repeat(n)};`,
    'hex digits and colons without separators': `x ${'1:'.repeat(n)}zz`,
    'almost an IPv6 address': `${'1234:'.repeat(n)}g`,
    'dotted digits': `fixed-address ${'1.'.repeat(n)}x;`,
    'hyphenated word': `${'default-'.repeat(n)}lease-time 1;`,
    'dotted name': `next-server ${'a.'.repeat(n)};`,
    'unterminated string with escapes': `option x "${'\\"\\x'.repeat(n)}`,
    'backslashes': `"${'\\'.repeat(n)}"`,
    'spaces between words': `load${' '.repeat(n)}balance max seconds 3;`,
    'blanks after a statement': `;${' '.repeat(n)}x`,
    'blanks after a block': `{${'\t '.repeat(n)}option`,
    'many keywords': 'allow deny ignore members of '.repeat(n / 10),
    'option definition record': `option a code 1 = { ${'unsigned integer 8, '.repeat(n / 10)}`,
    'long base64 secret': `secret ${'A'.repeat(n)}`,
    'nested parens': `if ${'concat ('.repeat(n / 10)}`,
    'date-like digits': `after ${'2024/'.repeat(n)}`,
    'define arguments': `define f (${'a, '.repeat(n)}`,
  };
  for (const [name, text] of Object.entries(cases)) {
    test(name, async () => {
      const grammar = await loadGrammar();
      const { ms } = tokenize(grammar, text);
      assert.ok(ms < LIMIT_MS, `${name}: ${ms.toFixed(0)} ms`);
    });
  }
});
