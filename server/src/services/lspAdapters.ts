/**
 * The edge where offsets become LSP ranges: diagnostics and code actions from Problems.
 * Uses only vscode-languageserver-types shapes (no connection, no vscode).
 */
import type { LineDocument } from '../base/textDocument';
import {
  CodeActionKind,
  DiagnosticSeverity,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-types';
import { t } from '../base/l10n';
import type { Edit, Problem } from '../parser/problems';
import type { Severity } from '../knowledge/rules';
import { fixAllEdits } from '../model/textEdits';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function rangeOf(doc: LineDocument, offset: number, length: number): Range {
  return { start: doc.positionAt(offset), end: doc.positionAt(offset + length) };
}

export function toDiagnostics(doc: LineDocument, problems: readonly Problem[]): Diagnostic[] {
  return problems.map((p) => ({
    range: rangeOf(doc, p.offset, p.length),
    severity: SEVERITY[p.severity],
    code: p.rule,
    source: 'dhcpd',
    message: p.message,
  }));
}

function toTextEdits(doc: LineDocument, edits: readonly Edit[]): TextEdit[] {
  return edits.map((e) => ({ range: rangeOf(doc, e.offset, e.length), newText: e.newText }));
}

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']): boolean => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

/** Quick fixes for the problems under the range, and "Fix all" for the file. */
export function codeActionsFor(doc: LineDocument, problems: readonly Problem[], range: Range, only?: string[]): CodeAction[] {
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
