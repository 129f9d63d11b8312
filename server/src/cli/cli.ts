/**
 * `dhcpd-conf`: the language service in the terminal, for CI pipelines and people without VS Code.
 *
 *   dhcpd-conf check [--format text|json|sarif] [--family 4|6] [--locale en|fr] [--rule id=severity] FILE...
 *
 * Exit codes: 0 no errors, 1 errors, 2 usage errors or unreadable files.
 */
import { flagOf, optionValue } from './args';
import * as fs from 'node:fs';
import * as v8 from 'node:v8';
import * as path from 'node:path';
import { encodeConfig, readConfigFile, readTextFile, type FileEncoding } from '../base/textFile';
import { t, setLocale } from '../base/l10n';
import { LanguageService } from '../languageService';
import { lineColumn, fileIndexOf } from '../model/analysis';
import type { CheckResult, SourceFile } from '../model/analysis';
import type { Family } from '../knowledge/types';
import type { LintSettings, SeveritySetting } from '../services/lintRules';
import type { Problem } from '../parser/problems';
import { isRuleId, RULES } from '../knowledge/rules';
import { formatReport, type FileReport, type ReportFormat } from './report';
import { generatePeerConfig, GenerateError, pairCollector, type Role } from '../failover/generator';
import { comparePair } from '../failover/compare';
import { splitLayout } from '../failover/layout';
import { formatText } from '../services/formatter';
import { runKea } from './kea';

export const VERSION = '0.1.0';

export class UsageError extends Error {}

export interface CliIO {
  readonly stdout: (s: string | Uint8Array) => void;
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
      const r = optionValue(args, i, (m) => new UsageError(m), t('{0} needs a value', a));
      i = r.next;
      return r.value;
    };
    const flag = flagOf(a);
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
      return readTextFile(file);
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
      text = f === '-' ? io.readStdin() : readTextFile(abs);
    } catch (e) {
      io.stderr(t('dhcpd-conf: cannot read {0}: {1}', f, (e as Error).message) + '\n');
      unreadable = true;
      continue;
    }
    const result = service.check(abs, text, { family: opts.family, lint: opts.lint });
    reports.push(...reportsOf(result, display, abs));
  }
  io.stdout(formatReport(reports, opts.format, VERSION));
  if (unreadable) return 2;
  return reports.some((r) => r.problems.some((p) => p.severity === 'error')) ? 1 : 0;
}

/** One report per file of the configuration that has problems (the root always). */
function reportsOf(analysis: Pick<CheckResult, 'files' | 'problems'>, display: string, abs: string): FileReport[] {
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

function readConfig(file: string, io: CliIO): { abs: string; text: string; encoding: FileEncoding } {
  const abs = path.resolve(io.cwd, file);
  try {
    // Standard input comes as text: written back as UTF-8.
    return { abs, ...(file === '-' ? { text: io.readStdin(), encoding: 'utf8' as const } : readConfigFile(abs)) };
  } catch (e) {
    throw new UnreadableError(t('cannot read {0}: {1}', file, (e as Error).message));
  }
}

class UnreadableError extends Error {}

/** `secondary PRIMARY [-o OUT] [--peer NAME] [--force]` and `primary SECONDARY [...]`. */
function runGenerate(target: Role, args: string[], io: CliIO): number {
  let input: string | undefined;
  let output: string | undefined;
  let force = false;
  let family: Family | undefined;
  let peer: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-o' || a === '--output') output = args[++i];
    else if (a.startsWith('--output=')) output = a.slice(9);
    else if (a === '--peer') peer = args[++i] ?? '';
    else if (a.startsWith('--peer=')) peer = a.slice(7);
    else if (a === '--force') force = true;
    else if (a === '--family') family = Number(args[++i]) as Family;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(t('unknown option {0}', a));
    else if (input === undefined) input = a;
    else throw new UsageError(t('one input file only'));
  }
  if (!input) throw new UsageError(t('no input file given'));
  if (output === '') throw new UsageError(t('-o needs a file name'));
  const { abs, text, encoding } = readConfig(input, io);
  // The streaming check keeps no tree: the generator reads what it collects (linear at any size).
  const pair = pairCollector(text);
  const source = pair.finish(new LanguageService(nodeHost).check(abs, text, { family }, pair.collect));
  let result;
  try {
    result = generatePeerConfig(source, { sourceName: input === '-' ? '<stdin>' : path.basename(input), target, peer });
  } catch (e) {
    if (e instanceof GenerateError) {
      io.stderr(`dhcpd-conf: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  for (const note of result.notes) io.stderr(`dhcpd-conf: ${t('note')}: ${note.message}\n`);
  // Bytes in the input's encoding: every byte outside the peer blocks stays as it was.
  const bytes = encodeConfig(result.text, encoding);
  if (!output) {
    io.stdout(bytes);
    return 0;
  }
  const out = path.resolve(io.cwd, output);
  if (fs.existsSync(out) && !force) {
    io.stderr(t('dhcpd-conf: {0} exists; not overwritten (use --force to replace it).', output) + '\n');
    return 1;
  }
  writeAtomically(out, bytes);
  return 0;
}

/** Writes through a temporary file and a rename: never a half-written configuration. */
export function writeAtomically(file: string, text: string | Uint8Array): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, text, { mode: 0o644 });
  fs.renameSync(tmp, file);
}

/**
 * `format [--check] [--tab-size N] [--tabs] FILE...`: prints the formatted text, or with --check
 * lists the files that would change and exits 1. Only white space ever changes.
 */
function runFormat(args: string[], io: CliIO): number {
  let check = false;
  const options = { tabSize: 2, insertSpaces: true };
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--check') check = true;
    else if (a === '--tabs') options.insertSpaces = false;
    else if (a === '--tab-size') {
      const n = Number(args[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 16) throw new UsageError(t('--tab-size takes a number from 1 to 16'));
      options.tabSize = n;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(t('unknown option {0}', a));
    else files.push(a);
  }
  if (files.length === 0) throw new UsageError(t('no file given (use - for standard input)'));
  let changed = 0;
  let unreadable = false;
  for (const f of expandFiles(files, io.cwd)) {
    let text: string;
    try {
      // latin1 keeps every byte as it is: the formatter only touches ASCII white space.
      text = f === '-' ? io.readStdin() : fs.readFileSync(path.resolve(io.cwd, f), 'latin1');
    } catch (e) {
      io.stderr(t('dhcpd-conf: cannot read {0}: {1}', f, (e as Error).message) + '\n');
      unreadable = true;
      continue;
    }
    const out = formatText(text, undefined, options);
    if (check) {
      if (out !== text) {
        changed++;
        io.stdout(t('{0} would be reformatted', f) + '\n');
      }
    } else io.stdout(out);
  }
  if (unreadable) return 2;
  return check && changed > 0 ? 1 : 0;
}

/** `split PRIMARY [-o DIR] [--shared NAME] [--force]`: the ISC layout, three files. */
function runSplit(args: string[], io: CliIO): number {
  let input: string | undefined;
  let dir: string | undefined;
  let sharedName = 'dhcpd-shared.conf';
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-o' || a === '--output') dir = args[++i];
    else if (a === '--shared') sharedName = args[++i] ?? '';
    else if (a === '--force') force = true;
    else if (a.startsWith('-')) throw new UsageError(t('unknown option {0}', a));
    else if (input === undefined) input = a;
    else throw new UsageError(t('one input file only'));
  }
  if (!input) throw new UsageError(t('no input file given'));
  if (!sharedName) throw new UsageError(t('--shared needs a file name'));
  const { abs, text, encoding } = readConfig(input, io);
  const pair = pairCollector(text);
  const analysis = pair.finish(new LanguageService(nodeHost).check(abs, text, {}, pair.collect));
  let layout;
  try {
    layout = splitLayout(analysis, { sourceName: path.basename(input), sharedName, analyzer: new LanguageService() });
  } catch (e) {
    if (e instanceof GenerateError) {
      io.stderr(`dhcpd-conf: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const outDir = path.resolve(io.cwd, dir ?? path.dirname(abs));
  const files: Array<[string, string]> = [
    [sharedName, layout.shared],
    ['dhcpd-primary.conf', layout.primary],
    ['dhcpd-secondary.conf', layout.secondary],
  ];
  const existing = files.filter(([n]) => fs.existsSync(path.join(outDir, n)));
  if (existing.length && !force) {
    io.stderr(t('dhcpd-conf: {0} exists; not overwritten (use --force to replace it).', existing.map(([n]) => n).join(', ')) + '\n');
    return 1;
  }
  fs.mkdirSync(outDir, { recursive: true });
  for (const [n, content] of files) writeAtomically(path.join(outDir, n), encodeConfig(content, encoding));
  for (const note of layout.notes) io.stderr(`dhcpd-conf: ${t('note')}: ${note.message}\n`);
  io.stdout(files.map(([n]) => path.join(dir ?? path.dirname(input!), n)).join('\n') + '\n');
  return 0;
}

/** `compare A B [--format text|json]`: exit 0 when the pair is consistent, 1 when anything differs. */
function runCompare(args: string[], io: CliIO): number {
  let format: ReportFormat = 'text';
  const files: string[] = [];
  let family: Family | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format' || a === '-f') {
      const v = args[++i];
      if (v !== 'text' && v !== 'json') throw new UsageError(t('--format is text or json, not {0}', v));
      format = v;
    } else if (a.startsWith('--format=')) {
      const v = a.slice(9);
      if (v !== 'text' && v !== 'json') throw new UsageError(t('--format is text or json, not {0}', v));
      format = v;
    } else if (a === '--family') family = Number(args[++i]) as Family;
    else if (a.startsWith('-')) throw new UsageError(t('unknown option {0}', a));
    else files.push(a);
  }
  if (files.length !== 2) throw new UsageError(t('compare takes two files: PRIMARY SECONDARY'));
  const service = new LanguageService(nodeHost);
  const [fa, fb] = files.map((f) => readConfig(f, io));
  // Streaming checks that keep no tree: linear in the size of both files.
  const sourceOf = (f: { abs: string; text: string }) => {
    const c = pairCollector(f.text);
    return c.finish(service.check(f.abs, f.text, { family }, c.collect));
  };
  const a = sourceOf(fa);
  const b = sourceOf(fb);
  const pair = comparePair(a, b, { a: files[0], b: files[1] }, { shared: { a: fa.encoding, b: fb.encoding } });
  const reports: FileReport[] = [
    ...reportsOf({ files: a.files as SourceFile[], problems: pair.a }, files[0], fa.abs).slice(0, 1),
    ...reportsOf({ files: b.files as SourceFile[], problems: pair.b }, files[1], fb.abs).slice(0, 1),
  ];
  io.stdout(formatReport(reports, format, VERSION));
  return pair.a.length + pair.b.length > 0 ? 1 : 0;
}

const USAGE = `Usage: dhcpd-conf <command> [options]

Commands:
  check [--format text|json|sarif] [--family 4|6] [--locale en|fr] [--rule id=severity] FILE...
        Check dhcpd.conf files (a folder checks its *.conf files; - reads standard input).
  secondary PRIMARY [-o OUT] [--peer NAME] [--force]
        Print (or write) the secondary server's configuration made from the primary's, in the
        primary's encoding. With relationships to several partners, --peer picks whose.
  primary SECONDARY [-o OUT] [--peer NAME] [--force]
        The reverse: the primary from a secondary (mclt 3600 / split 128 marked for review).
  compare PRIMARY SECONDARY [--format text|json]
        Check that two configurations form a working failover pair (exit 1 when they differ).
  split PRIMARY [-o DIR] [--shared NAME] [--force]
        The layout ISC recommends: a shared file (subnets, pools, hosts) and one small file
        per server (dhcpd-primary.conf, dhcpd-secondary.conf) that declares the peer and includes it.
  kea --out DIR [--leases DHCPD_LEASES] [--ha-port N] [--peer NAME] [--hooks-dir DIR] [--force] PRIMARY [SECONDARY]
        Migrate the failover pair to Kea High Availability: kea-dhcp4 and kea-ctrl-agent
        configurations for both servers, and MIGRATION.md (the secondary is derived when not given).
  format [--check] [--tab-size N] [--tabs] FILE...
        Print the file with canonical indentation (only white space changes); with --check,
        list the files that would change and exit 1.
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
      case 'secondary':
      case 'primary':
        return runGenerate(command, rest, io);
      case 'compare':
        return runCompare(rest, io);
      case 'split':
        return runSplit(rest, io);
      case 'format':
        return runFormat(rest, io);
      case 'kea':
        return runKea(rest, io, { readConfig, usage: (m) => new UsageError(m) });
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
    if (e instanceof UnreadableError) {
      io.stderr(`dhcpd-conf: ${e.message}\n`);
      return 2;
    }
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
  // A check reads a file once and lets most of what it builds go at once: the young generation
  // need not grow. V8 grows it from 1 to 16 MiB as the parse goes, and where first touching
  // memory is slow (a virtual machine: some 10 µs a page) those fresh pages were a tenth of
  // checking 100,000 hosts. Kept at its first size, the same pages serve again: on the bench's
  // 100,000 hosts, 18,500 → 14,700 page faults and 490 → 450 ms.
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  // A reader that stops early (`| head`) closes the pipe: that is the end of the output, not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  const code = main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () => readTextFile(0),
    cwd: process.cwd(),
  });
  process.exitCode = code;
  // Leave at once when the output is out (synchronous for files and pipes on Linux): tearing
  // down the heap of a huge check takes ~10 ms that nobody waits for.
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
}
/* c8 ignore stop */
