/**
 * The CLI's report formats: gcc-style text, ESLint's JSON formatter shape, and SARIF 2.1.0.
 */
import type { Problem } from '../parser/problems';
import { RULES } from '../knowledge/rules';

export type ReportFormat = 'text' | 'json' | 'sarif';

export interface LocatedProblem extends Problem {
  /** 1-based. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface FileReport {
  readonly displayPath: string;
  readonly absolutePath: string;
  readonly text: string;
  readonly problems: readonly LocatedProblem[];
}

export function formatReport(reports: readonly FileReport[], format: ReportFormat, version: string): string {
  switch (format) {
    case 'json':
      return JSON.stringify(reports.map(eslintShape)) + '\n';
    case 'sarif':
      return JSON.stringify(sarif(reports, version), null, 2) + '\n';
    default:
      return reports
        .flatMap((r) => r.problems.map((p) => `${r.displayPath}:${p.line}:${p.column}: ${p.severity}: ${p.message} [${p.rule}]\n`))
        .join('');
  }
}

/** ESLint's JSON shape; information and hints are left out, as ESLint has no such severity. */
function eslintShape(r: FileReport): unknown {
  const messages = r.problems
    .filter((p) => p.severity === 'error' || p.severity === 'warning')
    .map((p) => ({
      ruleId: p.rule,
      severity: p.severity === 'error' ? 2 : 1,
      message: p.message,
      line: p.line,
      column: p.column,
      endLine: p.endLine,
      endColumn: p.endColumn,
    }));
  return {
    filePath: r.absolutePath,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
  };
}

function sarifLevel(s: Problem['severity']): string {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

function sarif(reports: readonly FileReport[], version: string): unknown {
  const ruleIds = Object.keys(RULES);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dhcpd-conf',
            version,
            informationUri: 'https://example.invalid/dhcpd-conf',
            rules: ruleIds.map((id) => ({ id, defaultConfiguration: { level: sarifLevel(RULES[id as keyof typeof RULES]) } })),
          },
        },
        results: reports.flatMap((r) =>
          r.problems.map((p) => ({
            ruleId: p.rule,
            ruleIndex: ruleIds.indexOf(p.rule),
            level: sarifLevel(p.severity),
            message: { text: p.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: pathToUri(r.absolutePath) },
                  region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
}

function pathToUri(p: string): string {
  return 'file://' + p.split('/').map(encodeURIComponent).join('/').replace(/^file:\/\/(?!\/)/, 'file:///');
}
