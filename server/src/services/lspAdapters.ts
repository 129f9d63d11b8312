/**
 * The edge where offsets become LSP ranges: diagnostics and code actions from Problems.
 * Uses only vscode-languageserver-types shapes (no connection, no vscode).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  DiagnosticSeverity,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-types';
import { t } from '../l10n';
import type { Edit, Problem, Severity } from './lintRules';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function rangeOf(doc: TextDocument, offset: number, length: number): Range {
  return { start: doc.positionAt(offset), end: doc.positionAt(offset + length) };
}

export function toDiagnostics(doc: TextDocument, problems: readonly Problem[]): Diagnostic[] {
  return problems.map((p) => ({
    range: rangeOf(doc, p.offset, p.length),
    severity: SEVERITY[p.severity],
    code: p.rule,
    source: 'dhcpd',
    message: p.message,
  }));
}

function toTextEdits(doc: TextDocument, edits: readonly Edit[]): TextEdit[] {
  return edits.map((e) => ({ range: rangeOf(doc, e.offset, e.length), newText: e.newText }));
}

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']): boolean => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

/** Quick fixes for the problems under the range, and "Fix all" for the file. */
export function codeActionsFor(doc: TextDocument, problems: readonly Problem[], range: Range, only?: string[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const wants = (kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  if (wants(CodeActionKind.QuickFix)) {
    for (const p of problems) {
      if (!p.fixes?.length) continue;
      const diagnostic = toDiagnostics(doc, [p])[0];
      if (!overlaps(diagnostic.range, range)) continue;
      for (const fix of p.fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.preferred,
          edit: { changes: { [doc.uri]: toTextEdits(doc, fix.edits) } },
        });
      }
    }
  }
  if (wants(CodeActionKind.SourceFixAll)) {
    const edits = fixAllEdits(problems);
    if (edits.length) {
      actions.push({ title: t('Fix all dhcpd problems that have a safe fix'), kind: CodeActionKind.SourceFixAll, edit: { changes: { [doc.uri]: toTextEdits(doc, edits) } } });
    }
  }
  return actions;
}

/** The preferred fixes of all problems, without overlapping edits (the first wins). */
export function fixAllEdits(problems: readonly Problem[]): Edit[] {
  const chosen: Edit[] = [];
  for (const p of problems) {
    const fix = p.fixes?.find((f) => f.preferred);
    if (!fix) continue;
    const clash = fix.edits.some((e) => chosen.some((c) => e.offset < c.offset + c.length && c.offset < e.offset + e.length || (e.length === 0 && c.length === 0 && e.offset === c.offset)));
    if (!clash) chosen.push(...fix.edits);
  }
  return chosen.sort((a, b) => a.offset - b.offset);
}

/** Applies offset edits to a text (for the CLI and tests). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  // From the end backwards. At one offset: the replacement first, then the insertions, the last
  // one first, so that the insertions end up before the replaced text and in the order given.
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.offset - a.e.offset || (b.e.length > 0 ? 1 : 0) - (a.e.length > 0 ? 1 : 0) || b.i - a.i)
    .map((x) => x.e);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}
