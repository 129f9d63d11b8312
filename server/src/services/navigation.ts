/**
 * Navigation between the names a configuration declares and the places that use them:
 * failover peers, classes, keys and option spaces. Definition, references, rename, highlights,
 * and links from `include` to the included file.
 */
import * as path from 'node:path';
import type { LineDocument } from '../base/textDocument';
import {
  DocumentHighlightKind,
  type DocumentHighlight,
  type DocumentLink,
  type Location,
  type Position,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import { BUILTIN_SPACES } from '../knowledge';
import type { Analysis } from '../model/analysis';
import { fileIndexOf, FILE_STRIDE, lineColumn } from '../model/analysis';
import type { Name, Span, Statement } from '../parser/nodes';
import { forEachStatement } from '../parser/walk';
import { Scanner, TokenKind } from '../parser/scanner';
import { t } from '../base/l10n';
import { URI } from '../base/uri';
import { peerName } from '../model/peer';
import { rangeOf } from './lspAdapters';

export type NameKind = 'peer' | 'class' | 'key' | 'space';

/** One written occurrence of a name. */
export interface Occurrence {
  readonly kind: NameKind;
  /** The name compared the way dhcpd compares it (see `keyOf`). */
  readonly key: string;
  /** The name as written, quotes included: what definition, references and highlights show. */
  readonly span: Span;
  /** The name without its quotes: what rename replaces. */
  readonly inner: Span;
  readonly quoted: boolean;
  readonly declaration: boolean;
}

/** Thrown by rename when the new name cannot be used; the message is for the user. */
export class RenameError extends Error {
  override readonly name = 'RenameError';
}

const QUOTES = /[\u201c\u201d\u201e\u201f\u2018\u2019\u00ab\u00bb"']/;

/** Option spaces and keys are case-insensitive (dhcpd lowercases spaces; keys are domain names). */
function keyOf(kind: NameKind, text: string): string {
  if (kind === 'space') return text.toLowerCase();
  if (kind === 'key') return text.toLowerCase().replace(/\.$/, '');
  return text;
}

/** The span of a name without its quotes (straight or curly, as the failover rules accept). */
function innerSpan(name: Name, source: string): Span {
  if (name.quoted) {
    const closed = name.length >= 2 && source.endsWith('"');
    return { offset: name.offset + 1, length: Math.max(name.length - (closed ? 2 : 1), 0) };
  }
  let start = 0;
  let end = source.length;
  while (start < end && QUOTES.test(source[start])) start++;
  while (end > start && QUOTES.test(source[end - 1])) end--;
  return { offset: name.offset + start, length: end - start };
}

/** Every occurrence of a peer, class, key or option space name, in the document and its includes. */
export function occurrences(analysis: Analysis): Occurrence[] {
  const out: Occurrence[] = [];
  const sourceOf = (span: Span): string => {
    const file = analysis.files[fileIndexOf(span.offset)];
    return file ? file.source.slice(span.offset - file.base, span.offset - file.base + span.length) : '';
  };
  const add = (kind: NameKind, name: Name | undefined, declaration: boolean, key?: string): void => {
    if (!name) return;
    const inner = innerSpan(name, sourceOf(name));
    out.push({ kind, key: keyOf(kind, key ?? name.text), span: { offset: name.offset, length: name.length }, inner, quoted: name.quoted, declaration });
  };
  const addValue = (kind: NameKind, v: { kind: string; text: string; offset: number; length: number } | undefined, declaration = false): void => {
    if (v && (v.kind === 'string' || v.kind === 'name')) add(kind, { offset: v.offset, length: v.length, text: v.text, quoted: v.kind === 'string' }, declaration);
  };
  forEachStatement(analysis.document, (s) => {
    switch (s.kind) {
      case 'failover-peer':
        // The lease-file form `failover peer "x" state { }` names a peer declared elsewhere.
        add('peer', s.name, !s.state, peerName(s));
        break;
      case 'failover-ref':
        add('peer', s.name, false, peerName(s));
        break;
      case 'class':
        add('class', s.name, true);
        break;
      case 'subclass':
        add('class', s.name, false);
        break;
      case 'permit':
        if (s.permit?.text === 'members of') addValue('class', s.argument);
        break;
      case 'executable':
        if (s.keyword.text === 'add') addValue('class', s.values[0]);
        break;
      case 'key':
        // `key x { }` declares; `key x;` in a zone uses it.
        add('key', s.name, !!s.body);
        break;
      case 'parameter':
        if (s.keyword.text === 'omapi-key') addValue('key', s.values[0]);
        else if (s.keyword.text === 'vendor-option-space' || s.keyword.text === 'site-option-space') addValue('space', s.values[0]);
        break;
      case 'option-space':
        add('space', s.optionName, true);
        break;
      case 'option':
      case 'option-definition':
        spaceInOptionName(s.optionName, add);
        if (s.kind === 'option-definition') encapsulated(analysis, s, add);
        break;
    }
  });
  return out.sort((a, b) => a.span.offset - b.span.offset);
}

/** `option foo.bar …`: `foo` is a use of the space. */
function spaceInOptionName(name: Name | undefined, add: (kind: NameKind, name: Name, declaration: boolean) => void): void {
  if (!name || name.quoted) return;
  const m = /^([A-Za-z0-9_-]+)\s*\./.exec(name.text);
  if (m) add('space', { offset: name.offset, length: m[1].length, text: m[1], quoted: false }, false);
}

/** `option x code 1 = encapsulate foo;`: the parser keeps the format, not where `foo` is written. */
function encapsulated(analysis: Analysis, s: Statement, add: (kind: NameKind, name: Name, declaration: boolean) => void): void {
  const file = analysis.files[fileIndexOf(s.offset)];
  if (!file) return;
  const scanner = new Scanner(file.source.slice(s.offset - file.base, s.offset - file.base + s.length), s.offset);
  let afterEncapsulate = false;
  for (let tok = scanner.next(); tok.kind !== TokenKind.EOF; tok = scanner.next()) {
    if (tok.kind === TokenKind.Comment) continue;
    if (afterEncapsulate && (tok.kind === TokenKind.Word || tok.kind === TokenKind.String)) {
      add('space', { offset: tok.offset, length: tok.length, text: tok.text, quoted: tok.kind === TokenKind.String }, false);
    }
    afterEncapsulate = tok.kind === TokenKind.Word && tok.text.toLowerCase() === 'encapsulate';
  }
}

function within(span: Span, offset: number): boolean {
  return offset >= span.offset && offset <= span.offset + span.length;
}

/** The occurrence under the cursor, in the document itself. */
function occurrenceAt(all: readonly Occurrence[], offset: number): Occurrence | undefined {
  return all.find((o) => o.span.offset < FILE_STRIDE && within(o.span, offset));
}

function sameName(all: readonly Occurrence[], o: Occurrence): Occurrence[] {
  return all.filter((x) => x.kind === o.kind && x.key === o.key);
}

/** The URI and range of a span, in the document or in an included file. */
function locate(doc: LineDocument, analysis: Analysis, span: Span): Location {
  const index = fileIndexOf(span.offset);
  if (index === 0) return { uri: doc.uri, range: rangeOf(doc, span.offset, span.length) };
  const file = analysis.files[index];
  const start = lineColumn(file, span.offset - file.base);
  const end = lineColumn(file, span.offset - file.base + span.length);
  return { uri: URI.fromPath(file.path), range: { start, end } };
}

export function definition(doc: LineDocument, analysis: Analysis, position: Position): Location[] | null {
  const all = occurrences(analysis);
  const o = occurrenceAt(all, doc.offsetAt(position));
  if (!o) return null;
  const decls = sameName(all, o).filter((x) => x.declaration);
  return decls.length ? decls.map((d) => locate(doc, analysis, d.span)) : null;
}

export function references(doc: LineDocument, analysis: Analysis, position: Position, includeDeclaration: boolean): Location[] | null {
  const all = occurrences(analysis);
  const o = occurrenceAt(all, doc.offsetAt(position));
  if (!o) return null;
  return sameName(all, o)
    .filter((x) => includeDeclaration || !x.declaration)
    .map((x) => locate(doc, analysis, x.span));
}

export function documentHighlights(doc: LineDocument, analysis: Analysis, position: Position): DocumentHighlight[] | null {
  const all = occurrences(analysis);
  const o = occurrenceAt(all, doc.offsetAt(position));
  if (!o) return null;
  return sameName(all, o)
    .filter((x) => x.span.offset < FILE_STRIDE)
    .map((x) => ({ range: rangeOf(doc, x.span.offset, x.span.length), kind: x.declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}

/** The range and current text of the name to rename; null when the cursor is on no name. */
export function prepareRename(doc: LineDocument, analysis: Analysis, position: Position): { range: Range; placeholder: string } | null {
  const all = occurrences(analysis);
  const o = occurrenceAt(all, doc.offsetAt(position));
  if (!o) return null;
  const placeholder = doc.getText(rangeOf(doc, o.inner.offset, o.inner.length));
  // Built-in option spaces and names declared nowhere have no declaration to rename with them.
  if (!all.some((x) => x.kind === o.kind && x.key === o.key && x.declaration)) {
    throw new RenameError(t('"{0}" is not declared in this configuration: it cannot be renamed here.', placeholder));
  }
  return { range: rangeOf(doc, o.inner.offset, o.inner.length), placeholder };
}

const BARE_NAME = /^[A-Za-z0-9_-]+$/;
const DOMAIN_NAME = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.?$/;

/**
 * Renames the name under the cursor everywhere it is written (the document and its included
 * files), keeping quotes. Throws a RenameError when the new name is invalid or already taken.
 */
export function rename(doc: LineDocument, analysis: Analysis, position: Position, newName: string): WorkspaceEdit | null {
  const all = occurrences(analysis);
  const o = occurrenceAt(all, doc.offsetAt(position));
  if (!o) return null;
  prepareRename(doc, analysis, position);
  const targets = sameName(all, o);
  // Written bare somewhere (always, for a space in `option foo.bar`): the new name must be a word.
  const bare = o.kind === 'space' || targets.some((x) => !x.quoted);
  const valid = newName !== '' && (bare ? (o.kind === 'key' ? DOMAIN_NAME : BARE_NAME).test(newName) : !/["\\\x00-\x1f\x7f]/.test(newName));
  if (!valid) throw new RenameError(t('"{0}" is not a valid name here.', newName));
  const newKey = keyOf(o.kind, newName);
  const taken =
    newKey !== o.key &&
    (all.some((x) => x.kind === o.kind && x.key === newKey && x.declaration) || (o.kind === 'space' && BUILTIN_SPACES.has(newKey)));
  if (taken) throw new RenameError(t('"{0}" is already declared: renaming would make two declarations of the same name.', newName));
  const changes: Record<string, TextEdit[]> = {};
  for (const x of targets) {
    const loc = locate(doc, analysis, x.inner);
    (changes[loc.uri] ??= []).push({ range: loc.range, newText: newName });
  }
  return { changes };
}

/** `include "file"` links to the file, resolved as the analysis resolved it, or next to the document. */
export function documentLinks(doc: LineDocument, analysis: Analysis): DocumentLink[] {
  const links: DocumentLink[] = [];
  const root = analysis.files[0]?.path;
  forEachStatement(analysis.document, (s) => {
    if (s.kind !== 'include' || !s.path || s.offset >= FILE_STRIDE) return;
    let target: string | undefined;
    if (s.includedFile !== undefined) target = analysis.files[s.includedFile]?.path;
    else if (path.isAbsolute(s.path.text)) target = s.path.text;
    // A relative path means nothing next to an untitled document.
    else if (root && doc.uri.startsWith('file:')) target = path.resolve(path.dirname(root), s.path.text);
    if (!target || !s.path.text) return;
    const inner = innerSpan(s.path, doc.getText(rangeOf(doc, s.path.offset, s.path.length)));
    links.push({ range: rangeOf(doc, inner.offset, inner.length), target: URI.fromPath(target) });
  });
  return links;
}
