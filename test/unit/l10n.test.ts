/**
 * Translations: every runtime message of the code (`t('...')`, `l10n.t('...')`, `vscode.l10n.t('...')`)
 * has a French translation in l10n/bundle.l10n.fr.json with the same placeholders, the French bundle
 * holds nothing the code no longer says, and the manifest strings (package.nls*.json) are complete.
 *
 * When this fails after you added or changed a message: translate what the failure lists in
 * l10n/bundle.l10n.fr.json (keys sorted), then run `node scripts/extractL10n.mjs` to refresh
 * l10n/bundle.l10n.json. `node scripts/extractL10n.mjs --check` gives the same list.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(__dirname, '..', '..');
const FRENCH = path.join(ROOT, 'l10n', 'bundle.l10n.fr.json');
const ENGLISH = path.join(ROOT, 'l10n', 'bundle.l10n.json');

interface Extracted {
  messages: Map<string, { message: string; locations: string[] }>;
  warnings: string[];
}
interface Bundle {
  entries: Map<string, string>;
  duplicates: string[];
  errors: string[];
}
interface CheckResult {
  missing: string[];
  empty: string[];
  stale: string[];
  placeholderMismatch: Array<{ key: string; expected: string[]; found: string[] }>;
  duplicates: string[];
  errors: string[];
  ok: boolean;
}
/** What the test uses of scripts/extractL10n.mjs (a plain .mjs script, without type declarations). */
interface Extractor {
  extractMessages(root?: string): Extracted;
  extractFromSource(fileName: string, text: string): { messages: Array<{ key: string; message: string; args?: number }>; warnings: Array<{ line: number; text: string }> };
  readBundle(file: string): Bundle;
  checkTranslations(messages: Extracted['messages'], bundle: Bundle): CheckResult;
  formatReport(result: CheckResult, messages: Extracted['messages'], bundleName?: string): string;
  englishBundle(messages: Extracted['messages']): Record<string, string>;
  placeholders(message: string): string[];
}

let x: Extractor;
let extracted: Extracted;

before(async () => {
  // A computed specifier: the script has no .d.ts, and the interface above says what it exports.
  const url = pathToFileURL(path.join(ROOT, 'scripts', 'extractL10n.mjs')).href;
  x = (await import(url)) as Extractor;
  extracted = x.extractMessages(ROOT);
});

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;
}

test('the extractor reads messages as the compiler does', () => {
  const src = [
    "import { t } from './l10n';",
    "t('It\\'s `{0}` (dhcpd: \"x\").', a);",
    'l10n.t(`Plain {0} {1}`, a, b);',
    "vscode.l10n.t('Joined ' + 'text');",
    "// t('in a comment');",
    "const s = 'not t(\\'in a string\\')';",
    't(dynamic);',
    "t('Two {0} {1}', a);",
  ].join('\n');
  const found = x.extractFromSource('sample.ts', src);
  assert.deepEqual(
    found.messages.map((m) => m.key),
    ["It's `{0}` (dhcpd: \"x\").", 'Plain {0} {1}', 'Joined text', 'Two {0} {1}'],
  );
  assert.equal(found.warnings.length, 1, 'the non-constant message is reported');
  assert.deepEqual(x.placeholders('{1} a {0} b {1}'), ['{0}', '{1}']);
});

test('the code has messages to translate', () => {
  assert.ok(extracted.messages.size >= 100, `only ${extracted.messages.size} messages found: is the extractor still finding t(...) calls?`);
});

test('every t(...) call can be translated and gives one argument per placeholder', () => {
  assert.ok(extracted.warnings.length === 0, `\n${extracted.warnings.join('\n')}\n`);
});

test('every message has a French translation, with the same placeholders, and nothing stale', () => {
  const result = x.checkTranslations(extracted.messages, x.readBundle(FRENCH));
  // The whole list at once, with the file and line of each message: that is what to translate.
  assert.ok(result.ok, `\n${x.formatReport(result, extracted.messages)}\n\nTranslate in l10n/bundle.l10n.fr.json, then run: node scripts/extractL10n.mjs\n`);
});

test('l10n/bundle.l10n.json is up to date with the code', () => {
  const expected = x.englishBundle(extracted.messages);
  let text = '';
  try {
    text = readFileSync(ENGLISH, 'utf8');
  } catch {
    // Reported below as every message missing.
  }
  if (text === JSON.stringify(expected, null, 2) + '\n') return;
  let have = new Set<string>();
  try {
    have = new Set(Object.keys(JSON.parse(text) as Record<string, string>));
  } catch {
    // Not JSON: every message is missing.
  }
  const lines = [
    ...Object.keys(expected).filter((k) => !have.has(k)).map((k) => `  missing: ${JSON.stringify(k)}`),
    ...[...have].filter((k) => !(k in expected)).map((k) => `  stale:   ${JSON.stringify(k)}`),
  ];
  if (lines.length === 0) lines.push('  (same messages, different order or layout)');
  assert.fail(`l10n/bundle.l10n.json is out of date; run: node scripts/extractL10n.mjs\n${lines.join('\n')}`);
});

test('package.nls.json and package.nls.fr.json have the same keys, all non-empty', () => {
  const en = readJson('package.nls.json');
  const fr = readJson('package.nls.fr.json');
  const onlyEn = Object.keys(en).filter((k) => !(k in fr));
  const onlyFr = Object.keys(fr).filter((k) => !(k in en));
  assert.deepEqual({ onlyInPackageNls: onlyEn, onlyInPackageNlsFr: onlyFr }, { onlyInPackageNls: [], onlyInPackageNlsFr: [] });
  const empty = [
    ...Object.entries(en).filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => `package.nls.json: ${k}`),
    ...Object.entries(fr).filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => `package.nls.fr.json: ${k}`),
  ];
  assert.deepEqual(empty, [], `empty or non-string values:\n${empty.join('\n')}`);
});

test('every %key% of package.json is in package.nls.json and package.nls.fr.json', () => {
  const manifest = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
  const used = new Set<string>();
  // Only whole string values "%key%" are replaced by VS Code.
  for (const m of manifest.matchAll(/"%([^"%\s]+)%"/g)) used.add(m[1]);
  assert.ok(used.size > 0, 'package.json uses no %key%');
  const en = readJson('package.nls.json');
  const fr = readJson('package.nls.fr.json');
  const missing = [
    ...[...used].filter((k) => !(k in en)).map((k) => `package.nls.json: ${k}`),
    ...[...used].filter((k) => !(k in fr)).map((k) => `package.nls.fr.json: ${k}`),
  ];
  assert.deepEqual(missing, [], `keys used in package.json but not defined:\n${missing.join('\n')}`);
});
