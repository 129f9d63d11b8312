/** Shared test helpers: analysing text, reading fixtures, locating problems by line. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LanguageService, type AnalyzeOptions } from '../server/src/languageService';
import { lineColumn, type Analysis } from '../server/src/model/analysis';
import type { Family } from '../server/src/knowledge/types';
import type { Problem } from '../server/src/parser/problems';

export const ROOT = path.resolve(__dirname, '..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');

export const fsHost = {
  readFile(file: string): string | undefined {
    try {
      return fs.statSync(file).isFile() ? fs.readFileSync(file, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  },
};

export const service = new LanguageService(fsHost);

export function analyzeText(text: string, options: AnalyzeOptions & { file?: string } = {}): Analysis {
  return service.analyze(options.file ?? path.join(ROOT, 'test', 'virtual.conf'), text, { family: options.family ?? 4, ...options });
}

export interface LocatedProblem extends Problem {
  readonly line: number; // 1-based
  readonly column: number; // 1-based
}

export function located(analysis: Analysis): LocatedProblem[] {
  const file = analysis.files[0];
  return service.problemsForDocument(analysis).map((p) => {
    const lc = lineColumn(file, p.offset);
    return { ...p, line: lc.line + 1, column: lc.character + 1 };
  });
}

/** `rule@line` strings, sorted: compact and exact for assertions. */
export function summary(text: string, options: AnalyzeOptions & { file?: string } = {}): string[] {
  return located(analyzeText(text, options)).map((p) => `${p.rule}@${p.line}`);
}

export function familyOfFixture(text: string): Family {
  return /^#\s*family:\s*6/m.test(text.split('\n').slice(0, 3).join('\n')) ? 6 : 4;
}

export function readTsv(file: string): Array<Record<string, string>> {
  const [head, ...rows] = fs.readFileSync(file, 'utf8').trim().split('\n');
  const cols = head.split('\t');
  return rows.map((r) => {
    const cells = r.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

/** A correct failover primary (the tutorial's shape), shared by the feature and protocol tests. */
export const PRIMARY = `failover peer "dhcp-failover" {
  primary;
  address 10.0.0.1;
  port 647;
  peer address 10.0.0.2;
  peer port 647;
  max-response-delay 30;
  max-unacked-updates 10;
  load balance max seconds 3;
  mclt 1800;
  split 128;
}
subnet 10.0.0.0 netmask 255.255.255.0 {
  option routers 10.0.0.1;
  pool {
    failover peer "dhcp-failover";
    range 10.0.0.100 10.0.0.200;
  }
}
`;
