/**
 * `dhcpd-conf`: the language service in the terminal, for CI pipelines and people without VS Code.
 *
 *   dhcpd-conf check [--format text|json|sarif] [--family 4|6] [--locale en|fr] [--rule id=severity] FILE...
 *
 * Exit codes: 0 no errors, 1 errors, 2 usage errors or unreadable files.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { t, setLocale } from './l10n';
import { LanguageService, lineColumn, fileIndexOf } from './languageService';
import type { Analysis, SourceFile } from './languageService';
import type { Family } from './knowledge/types';
import type { LintSettings, Problem, SeveritySetting } from './services/lintRules';
import { isRuleId, RULES } from './services/lintRules';
import { formatReport, type FileReport, type ReportFormat } from './cliReport';

export const VERSION = '0.1.0';

export class UsageError extends Error {}

export interface CliIO {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly readStdin: () => string;
  readonly cwd: string;
}

interface CheckOptions {
  format: ReportFormat;
  family?: Family;
  lint: LintSettings;
  files: string[];
}

const SEVERITIES: readonly SeveritySetting[] = ['ignore', 'information', 'warning', 'error', 'hint'];

function parseCheckArgs(args: string[]): CheckOptions {
  const opts: CheckOptions = { format: 'text', lint: {}, files: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (): string => {
      const eq = a.indexOf('=');
      if (a.startsWith('--') && eq > 0) return a.slice(eq + 1);
      const v = args[++i];
      if (v === undefined) throw new UsageError(t('{0} needs a value', a));
      return v;
    };
    const flag = a.startsWith('--') ? a.split('=')[0] : a;
    switch (flag) {
      case '--format':
      case '-f': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(t('--format is text, json or sarif, not {0}', v));
        opts.format = v;
        break;
      }
      case '--family': {
        const v = value();
        if (v !== '4' && v !== '6') throw new UsageError(t('--family is 4 or 6, not {0}', v));
        opts.family = Number(v) as Family;
        break;
      }
      case '--locale':
        setLocale(value());
        break;
      case '--rule': {
        const v = value();
        const [id, sev] = v.split('=');
        if (!id || !sev || !isRuleId(id)) throw new UsageError(t('--rule takes ruleId=severity with a known rule id, not {0}', v));
        if (!SEVERITIES.includes(sev as SeveritySetting)) throw new UsageError(t('--rule severity is ignore, information, warning or error, not {0}', sev));
        opts.lint[id] = sev as SeveritySetting;
        break;
      }
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(t('unknown option {0}', a));
        opts.files.push(a);
    }
  }
  if (opts.files.length === 0) throw new UsageError(t('no file given (use - for standard input)'));
  return opts;
}

/** Expands directories into the configuration files they hold. */
function expandFiles(files: string[], cwd: string): string[] {
  const out: string[] = [];
  for (const f of files) {
    if (f === '-') {
      out.push(f);
      continue;
    }
    const abs = path.resolve(cwd, f);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      out.push(f);
      continue;
    }
    if (stat.isDirectory()) {
      for (const e of fs.readdirSync(abs).sort()) {
        if (/\.conf$/i.test(e)) out.push(path.join(f, e));
      }
    } else out.push(f);
  }
  return out;
}

export const nodeHost = {
  readFile(file: string): string | undefined {
    try {
      const st = fs.statSync(file);
      if (!st.isFile()) return undefined;
      return fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
};

function runCheck(args: string[], io: CliIO): number {
  const opts = parseCheckArgs(args);
  const service = new LanguageService(nodeHost);
  const reports: FileReport[] = [];
  let unreadable = false;
  for (const f of expandFiles(opts.files, io.cwd)) {
    let text: string;
    const display = f === '-' ? '<stdin>' : f;
    const abs = f === '-' ? path.join(io.cwd, '<stdin>') : path.resolve(io.cwd, f);
    try {
      text = f === '-' ? io.readStdin() : fs.readFileSync(abs, 'utf8');
    } catch (e) {
      io.stderr(t('dhcpd-conf: cannot read {0}: {1}', f, (e as Error).message) + '\n');
      unreadable = true;
      continue;
    }
    const analysis = service.analyze(abs, text, { family: opts.family, lint: opts.lint });
    reports.push(...reportsOf(analysis, display, abs));
  }
  io.stdout(formatReport(reports, opts.format, VERSION));
  if (unreadable) return 2;
  return reports.some((r) => r.problems.some((p) => p.severity === 'error')) ? 1 : 0;
}

/** One report per file of the configuration that has problems (the root always). */
function reportsOf(analysis: Analysis, display: string, abs: string): FileReport[] {
  const byFile = new Map<number, Problem[]>();
  for (const p of analysis.problems) {
    const i = fileIndexOf(p.offset);
    (byFile.get(i) ?? byFile.set(i, []).get(i)!).push(p);
  }
  const out: FileReport[] = [];
  analysis.files.forEach((file: SourceFile, i: number) => {
    const problems = byFile.get(i) ?? [];
    if (i > 0 && problems.length === 0) return;
    out.push({
      displayPath: i === 0 ? display : path.relative(process.cwd(), file.path) || file.path,
      absolutePath: i === 0 ? abs : file.path,
      text: file.text,
      problems: problems.map((p) => {
        const start = lineColumn(file, p.offset - file.base);
        const end = lineColumn(file, p.offset - file.base + p.length);
        return { ...p, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
      }),
    });
  });
  return out;
}

const USAGE = `Usage: dhcpd-conf <command> [options]

Commands:
  check [--format text|json|sarif] [--family 4|6] [--locale en|fr] [--rule id=severity] FILE...
        Check dhcpd.conf files (a folder checks its *.conf files; - reads standard input).
  rules  List the rule ids and their default severities.
  --version, --help
`;

export function main(argv: string[], io: CliIO): number {
  try {
    const [command, ...rest] = argv;
    // --locale applies to every command, wherever it stands.
    const li = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
    if (li >= 0) setLocale(argv[li].includes('=') ? argv[li].split('=')[1] : argv[li + 1]);
    else setLocale(process.env.DHCPD_CONF_LOCALE ?? 'en');
    switch (command) {
      case 'check':
        return runCheck(rest, io);
      case 'rules':
        for (const [id, sev] of Object.entries(RULES)) io.stdout(`${id}\t${sev}\n`);
        return 0;
      case '--version':
      case '-v':
        io.stdout(VERSION + '\n');
        return 0;
      case '--help':
      case '-h':
      case 'help':
        io.stdout(USAGE);
        return 0;
      case undefined:
        io.stderr(USAGE);
        return 2;
      default:
        throw new UsageError(t('unknown command {0}', command));
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`dhcpd-conf: ${e.message}\n${USAGE}`);
      return 2;
    }
    io.stderr(`dhcpd-conf: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

/* c8 ignore start */
if (require.main === module) {
  const code = main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () => fs.readFileSync(0, 'utf8'),
    cwd: process.cwd(),
  });
  process.exitCode = code;
}
/* c8 ignore stop */
