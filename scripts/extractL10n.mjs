#!/usr/bin/env node
/**
 * Extracts the runtime messages of the extension (the `@vscode/l10n` convention) and checks the
 * French bundle against them.
 *
 *   node scripts/extractL10n.mjs           writes l10n/bundle.l10n.json (each message mapped to itself)
 *   node scripts/extractL10n.mjs --check   writes nothing; exit 1 if l10n/bundle.l10n.fr.json lacks a
 *                                          message, holds a stale one, or has different placeholders
 *
 * A message is the string literal given as first argument to `t(...)`, `l10n.t(...)` or
 * `vscode.l10n.t(...)` in server/src/**\/*.ts and client/src/**\/*.ts. The sources are parsed with
 * the TypeScript compiler, so quotes, escapes and comments are read as the compiler reads them.
 * Also understood: a template literal without `${}`, literals joined with `+`, the object form
 * `l10n.t({ message, args, comment })` (key `message/comment`, as @vscode/l10n looks it up) and the
 * tagged form l10n.t`...${x}...` (placeholders `{0}`, `{1}`, ...). A call whose message is not a
 * constant cannot be translated: it is listed as a warning.
 *
 * Exported for the tests: extractMessages, checkTranslations, readBundle, placeholders, formatReport.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE_DIRS = ['server/src', 'client/src'];
export const ENGLISH_BUNDLE = 'l10n/bundle.l10n.json';
export const FRENCH_BUNDLE = 'l10n/bundle.l10n.fr.json';

/** The placeholders `{0}`, `{1}` ... of a message, distinct and sorted: `['{0}', '{1}']`. */
export function placeholders(message) {
  const found = new Set();
  for (const m of message.matchAll(/\{(\d+)\}/g)) found.add(Number(m[1]));
  return [...found].sort((a, b) => a - b).map((n) => `{${n}}`);
}

function listTsFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out = [];
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules') out.push(...listTsFiles(full));
    } else if (e.isFile() && e.name.endsWith('.ts')) {
      out.push(full);
    }
  }
  return out;
}

/** `t`, `l10n.t`, `vscode.l10n.t` (also `x.l10n.t`): the functions whose first argument is a message. */
function isTranslateFunction(expr) {
  if (ts.isIdentifier(expr)) return expr.text === 't';
  if (ts.isPropertyAccessExpression(expr) && expr.name.text === 't') {
    const obj = expr.expression;
    return (ts.isIdentifier(obj) && obj.text === 'l10n') || (ts.isPropertyAccessExpression(obj) && obj.name.text === 'l10n');
  }
  return false;
}

/** The value of a constant string expression, or undefined. */
function constantString(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return constantString(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = constantString(node.left);
    const right = constantString(node.right);
    return left !== undefined && right !== undefined ? left + right : undefined;
  }
  return undefined;
}

function propertyNamed(obj, name) {
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === name) return p.initializer;
  }
  return undefined;
}

/** Inside the body of a function named `t` (the wrapper of server/src/base/l10n.ts passes its parameter on). */
function insideWrapper(node) {
  for (let n = node.parent; n; n = n.parent) {
    if ((ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n)) && n.name?.text === 't') return true;
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === 't') return true;
  }
  return false;
}

/**
 * Reads one source text. Returns `{ messages, warnings }`: messages as
 * `{ key, message, args, line }` (args: the number of format arguments, or undefined when they are
 * not positional), warnings as `{ line, text }`.
 */
export function extractFromSource(fileName, text) {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const messages = [];
  const warnings = [];
  const lineOf = (node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const visit = (node) => {
    if (ts.isCallExpression(node) && isTranslateFunction(node.expression) && node.arguments.length > 0) {
      const [first, ...rest] = node.arguments;
      const message = constantString(first);
      if (message !== undefined) {
        const positional = !rest.some((a) => ts.isSpreadElement(a)) && !(rest.length === 1 && ts.isObjectLiteralExpression(rest[0]));
        messages.push({ key: message, message, args: positional ? rest.length : undefined, line: lineOf(first) });
      } else if (ts.isObjectLiteralExpression(first)) {
        const msgNode = propertyNamed(first, 'message');
        const msg = msgNode && constantString(msgNode);
        if (msg === undefined) {
          warnings.push({ line: lineOf(first), text: 'the `message` of this l10n.t({...}) call is not a constant string: it cannot be translated' });
        } else {
          const commentNode = propertyNamed(first, 'comment');
          let comment = '';
          if (commentNode && ts.isArrayLiteralExpression(commentNode)) comment = commentNode.elements.map((e) => constantString(e) ?? '').join('');
          else if (commentNode) comment = constantString(commentNode) ?? '';
          messages.push({ key: comment ? `${msg}/${comment}` : msg, message: msg, args: undefined, line: lineOf(first) });
        }
      } else if (!insideWrapper(node)) {
        warnings.push({ line: lineOf(first), text: `the message of this call is not a constant string, it cannot be translated: ${first.getText(sf).slice(0, 80)}` });
      }
    } else if (ts.isTaggedTemplateExpression(node) && isTranslateFunction(node.tag)) {
      const tpl = node.template;
      let message;
      let args = 0;
      if (ts.isNoSubstitutionTemplateLiteral(tpl)) message = tpl.text;
      else {
        message = tpl.head.text;
        tpl.templateSpans.forEach((span, i) => (message += `{${i}}` + span.literal.text));
        args = tpl.templateSpans.length;
      }
      messages.push({ key: message, message, args, line: lineOf(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { messages, warnings };
}

/**
 * Extracts every message of the sources under `root`. Returns
 * `{ messages: Map<key, { message, locations: string[] }>, warnings: string[] }`, where locations
 * are `path:line` relative to root, and warnings name untranslatable calls and calls whose
 * arguments do not match the placeholders of their message.
 */
export function extractMessages(root = ROOT) {
  const messages = new Map();
  const warnings = [];
  const files = SOURCE_DIRS.flatMap((d) => listTsFiles(path.join(root, d))).sort();
  for (const file of files) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    const found = extractFromSource(file, readFileSync(file, 'utf8'));
    for (const w of found.warnings) warnings.push(`${rel}:${w.line}: ${w.text}`);
    for (const m of found.messages) {
      const where = `${rel}:${m.line}`;
      const entry = messages.get(m.key) ?? { message: m.message, locations: [] };
      entry.locations.push(where);
      messages.set(m.key, entry);
      if (m.args !== undefined) {
        const ph = placeholders(m.message);
        const needed = ph.length ? Math.max(...ph.map((p) => Number(p.slice(1, -1)))) + 1 : 0;
        if (needed !== m.args) {
          warnings.push(`${where}: the message uses ${needed ? ph.join(', ') : 'no placeholder'} but the call gives ${m.args} argument(s): ${JSON.stringify(m.message)}`);
        }
      }
    }
  }
  return { messages: new Map([...messages].sort(([a], [b]) => compareKeys(a, b))), warnings };
}

/** The order of the bundles: by UTF-16 code units, like Array.prototype.sort. */
export function compareKeys(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Reads a bundle. Returns `{ entries: Map<key, value>, duplicates: string[], errors: string[] }`.
 * Duplicate keys are reported, as JSON.parse would silently keep the last one.
 */
export function readBundle(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { entries: new Map(), duplicates: [], errors: [`cannot read ${file}: ${e.message}`] };
  }
  const errors = [];
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { entries: new Map(), duplicates: [], errors: [`${file} is not valid JSON: ${e.message}`] };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { entries: new Map(), duplicates: [], errors: [`${file} must hold a JSON object`] };
  }
  const entries = new Map();
  for (const [k, v] of Object.entries(parsed)) {
    // The @vscode/l10n form { message, comment } is accepted as well as a plain string.
    const value = typeof v === 'string' ? v : v && typeof v === 'object' && typeof v.message === 'string' ? v.message : undefined;
    if (value === undefined) errors.push(`${JSON.stringify(k)}: the translation is not a string`);
    entries.set(k, value ?? '');
  }
  const duplicates = [];
  const json = ts.parseJsonText(file, text);
  const object = json.statements[0]?.expression;
  if (object && ts.isObjectLiteralExpression(object)) {
    const seen = new Set();
    for (const p of object.properties) {
      if (!p.name || !(ts.isStringLiteral(p.name) || ts.isIdentifier(p.name))) continue;
      if (seen.has(p.name.text)) duplicates.push(p.name.text);
      seen.add(p.name.text);
    }
  }
  return { entries, duplicates, errors };
}

/**
 * Compares the extracted messages with a translation bundle. Returns
 * `{ missing, empty, stale, placeholderMismatch, duplicates, errors, ok }`:
 *   missing: keys with no translation;  empty: keys translated by an empty string;
 *   stale: translated keys no longer in the sources;
 *   placeholderMismatch: `{ key, expected, found }` where the `{N}` differ;
 *   duplicates: keys given twice in the bundle;  errors: unreadable bundle, non-string values.
 */
export function checkTranslations(messages, bundle) {
  const missing = [];
  const empty = [];
  const placeholderMismatch = [];
  for (const [key, { message }] of messages) {
    if (!bundle.entries.has(key)) missing.push(key);
    else {
      const fr = bundle.entries.get(key);
      if (fr.trim() === '') empty.push(key);
      else {
        const expected = placeholders(message);
        const found = placeholders(fr);
        if (expected.join() !== found.join()) placeholderMismatch.push({ key, expected, found });
      }
    }
  }
  const stale = [...bundle.entries.keys()].filter((k) => !messages.has(k));
  const result = { missing, empty, stale, placeholderMismatch, duplicates: bundle.duplicates, errors: bundle.errors };
  result.ok = Object.values(result).every((list) => list.length === 0);
  return result;
}

/** A readable report of a checkTranslations result, naming each message and where it is used. */
export function formatReport(result, messages, bundleName = FRENCH_BUNDLE) {
  const lines = [];
  const where = (key) => {
    const locs = messages.get(key)?.locations ?? [];
    return locs.length ? `  (${locs.slice(0, 3).join(', ')}${locs.length > 3 ? ', ...' : ''})` : '';
  };
  const section = (title, keys, describe = (k) => `  ${JSON.stringify(k)}${where(k)}`) => {
    if (keys.length === 0) return;
    lines.push(`${title} (${keys.length}):`);
    for (const k of keys) lines.push(describe(k));
  };
  section(`Errors in ${bundleName}`, result.errors, (e) => `  ${e}`);
  section(`Missing from ${bundleName}: add a French translation for`, result.missing);
  section(`Empty translation in ${bundleName}`, result.empty);
  section(
    `Placeholders differ between English and French in ${bundleName}`,
    result.placeholderMismatch,
    (m) => `  ${JSON.stringify(m.key)}: English has ${m.expected.join(' ') || 'none'}, French has ${m.found.join(' ') || 'none'}${where(m.key)}`,
  );
  section(`Stale in ${bundleName}: no longer in the sources, remove (or update to the new English text)`, result.stale);
  section(`Given twice in ${bundleName}`, result.duplicates);
  return lines.join('\n');
}

/** The English bundle: each message mapped to itself, sorted. */
export function englishBundle(messages) {
  const out = {};
  for (const key of messages.keys()) out[key] = messages.get(key).message;
  return out;
}

function main(argv) {
  const check = argv.includes('--check');
  const { messages, warnings } = extractMessages(ROOT);
  for (const w of warnings) console.warn(`warning: ${w}`);
  if (check) {
    const result = checkTranslations(messages, readBundle(path.join(ROOT, FRENCH_BUNDLE)));
    if (!result.ok) {
      console.error(formatReport(result, messages));
      return 1;
    }
    console.log(`${FRENCH_BUNDLE}: all ${messages.size} messages translated.`);
    return 0;
  }
  writeFileSync(path.join(ROOT, ENGLISH_BUNDLE), JSON.stringify(englishBundle(messages), null, 2) + '\n');
  console.log(`${ENGLISH_BUNDLE}: ${messages.size} messages.`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
