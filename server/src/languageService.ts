/**
 * The facade every front end uses (LSP server, CLI, tests): one analysis per document version,
 * shared by every feature. Pure: it reads files only through the host it is given.
 */
import * as path from 'node:path';
import type { Family } from './knowledge/types';
import type { Block, Document, FailoverPeer, Include, Statement } from './parser/nodes';
import { forEachStatement, forEachStatementIn } from './parser/walk';
import { parse } from './parser/parser';
import { fullParse, reparse, type Parsed, type TextChange } from './parser/incremental';
import { settleAll, settleAround, settlePeers } from './parser/shift';
import { t } from './base/l10n';
import { editedText, type TextSource } from './base/pieceText';
import type { LintSettings } from './services/lintRules';
import { shiftProblem, type Problem } from './parser/problems';
import type { Severity } from './knowledge/rules';
import { applyLintSettings } from './services/lintRules';
import { RULES } from './knowledge/rules';
import { IncrementalRules, ruleRunner } from './services/rules/runner';
import { byteOrderMarkProblems } from './services/byteOrderMark';
import { reviewMarkProblems } from './services/reviewMarkers';
import { FILE_STRIDE, fileIndexOf, lineColumn, type Analysis, type CheckResult, type SourceFile, sourceFile } from './model/analysis';

/** What the service may ask of its environment: reading files, nothing else. */
export interface LanguageServiceHost {
  /** The text of a file, or undefined when it cannot be read. */
  readFile(file: string): string | undefined;
}

export interface AnalyzeOptions {
  /** `4`, `6` or undefined to detect it from the name and the content. */
  readonly family?: Family;
  /** Follow `include` statements (default true). */
  readonly includes?: boolean;
  readonly lint?: LintSettings;
}

/** The tree of an analysis as it is, for the next incremental update (no settling first). */
const RAW = new WeakMap<Analysis, Document>();
/** The rules' findings kept per statement, handed from an analysis to the next (see runner.ts). */
const RULE_CACHE = new WeakMap<Analysis, IncrementalRules>();

export const MAX_INCLUDE_DEPTH = 16;
export const MAX_INCLUDED_BYTES = 32 * 1024 * 1024;

/** The family from the file name, then from the content (words in comments and strings do not count). */
export function detectFamily(file: string, text: string): Family {
  const base = path.basename(file).toLowerCase();
  if (/dhcpd6|dhcp6|dhcpv6|\.in6$|\.err6$/.test(base)) return 6;
  if (matchesInCode(/(^|[\s{;])(subnet6|range6|prefix6|pool6|fixed-address6|fixed-prefix6)\s/g, text)) return 6;
  if (matchesInCode(/option\s+dhcp6\./g, text) && !matchesInCode(/(^|[\s{;])subnet\s/g, text)) return 6;
  return 4;
}

/** Whether the pattern matches outside comments and strings (checked on the match's line only). */
function matchesInCode(re: RegExp, text: string): boolean {
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + (m.length > 1 ? (m[1] ?? '').length : 0);
    const lineStart = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
    let quoted = false;
    let comment = false;
    for (let i = lineStart; i < at && !comment; i++) {
      const c = text[i];
      if (c === '\\' && quoted) i++;
      else if (c === '"') quoted = !quoted;
      else if (c === '#' && !quoted) comment = true;
    }
    if (!quoted && !comment) return true;
  }
  return false;
}

export class LanguageService {
  constructor(private readonly host: LanguageServiceHost = { readFile: () => undefined }) {}

  /** Reads a file through the host (the only way the service touches the file system). */
  readFile(file: string): string | undefined {
    return this.host.readFile(file);
  }

  /** Parses and checks a document and the files it includes. */
  analyze(file: string, text: string, options: AnalyzeOptions = {}): Analysis {
    return this.analyzeSource(file, text, options);
  }

  /** A full analysis of `source`, which the analysis keeps as its text (an editor's text in pieces too). */
  private analyzeSource(file: string, source: TextSource, options: AnalyzeOptions): Analysis {
    const text = source.toString();
    const family = options.family ?? detectFamily(file, text);
    return this.finish(file, { ...fullParse(text, family), text: source }, options);
  }

  /**
   * The analysis after one edit of the text of `prev`, reparsing only what the edit touched
   * when it can (see incremental.ts). Takes over `prev`: do not use it afterwards.
   */
  update(prev: Analysis, file: string, change: TextChange, options: AnalyzeOptions = {}, newText?: TextSource): Analysis {
    const oldText = prev.files[0].source;
    const parsed = reparse({ document: RAW.get(prev) ?? prev.document, problems: [...prev.parseProblems], text: oldText, family: prev.family }, change, newText);
    if (!parsed) {
      // A full parse, of the new text as the editor holds it: the analysis keeps that very source
      // (the document cache recognises its own text by identity, no second analysis).
      return this.analyzeSource(file, newText ?? editedText(oldText, change.start, change.oldEnd, change.newText), options);
    }
    // What was found reading the included files stands at their include statements when it is
    // about this file (a file not found, a cycle): those after the edit move with it. (An edit
    // of an include statement is parsed in full.)
    const delta = change.newText.length - (change.oldEnd - change.start);
    const includedProblems = prev.includedProblems.map((p) => (p.offset < FILE_STRIDE && p.offset >= change.oldEnd && delta !== 0 ? shiftProblem(p, delta) : p));
    return this.finish(file, parsed, options, { files: prev.files.slice(1), includedProblems, rules: RULE_CACHE.get(prev) });
  }

  private finish(file: string, parsed: Parsed, options: AnalyzeOptions, reuse?: { files: SourceFile[]; includedProblems: readonly Problem[]; rules?: IncrementalRules }): Analysis {
    const { document, family, text } = parsed;
    const files: SourceFile[] = [sourceFile(file, text, 0), ...(reuse?.files ?? [])];
    const includedProblems: Problem[] = reuse ? [...reuse.includedProblems] : [];
    if (!reuse && options.includes !== false) this.resolveIncludes(document, files, family, includedProblems, [path.resolve(file)], 0);
    let problems: readonly Problem[] | undefined;
    const rules = reuse?.rules?.family === family ? reuse.rules : new IncrementalRules(family);
    // The rules run when someone asks for the problems: hover and completion never do.
    const computeProblems = (): readonly Problem[] => {
      return assemble([...byteOrderMarkProblems(text), ...parsed.problems], includedProblems, [...rules.run(document, text), ...reviewMarkProblems(document, text)], options.lint);
    };
    const analysis: Analysis = {
      family,
      get document() {
        settleAll(document);
        return document;
      },
      documentAt(offset: number) {
        settleAround(document, offset);
        return document;
      },
      peers() {
        settlePeers(document);
        return document.peers;
      },
      files,
      parseProblems: parsed.problems,
      includedProblems,
      get problems() {
        return (problems ??= computeProblems());
      },
    };
    RAW.set(analysis, document);
    RULE_CACHE.set(analysis, rules);
    return analysis;
  }

  /**
   * The problems of a configuration, as `analyze(...).problems` gives them, read in one pass that
   * keeps no tree: each top-level statement is checked as soon as it is parsed, then let go.
   * What `dhcpd-conf check` needs, on files of any size.
   */
  check(file: string, text: string, options: AnalyzeOptions = {}, onStatement?: (s: Statement) => void): CheckResult {
    const family = options.family ?? detectFamily(file, text);
    const files: SourceFile[] = [sourceFile(file, text, 0)];
    const includedProblems: Problem[] = [];
    const peers: FailoverPeer[] = [];
    const stack = [path.resolve(file)];
    const rules = ruleRunner(family, text);
    const follow = options.includes !== false;
    const visit = (s: Statement): void => {
      // The root file's includes are grafted before the walk goes into them, as a full analysis
      // does; those of included files were resolved (or refused) with their own file.
      if (follow && s.kind === 'include' && s.path && !s.included && s.offset < FILE_STRIDE) this.resolveInclude(s, files, family, includedProblems, stack, 0, peers);
      rules.visit(s);
      onStatement?.(s);
    };
    const parsed = parse(text, { family, onTopLevel: (s) => forEachStatementIn(s, visit) });
    const problems = assemble([...byteOrderMarkProblems(text), ...parsed.problems], includedProblems, [...rules.finish(), ...reviewMarkProblems(parsed.document, text)], options.lint);
    return { family, files, problems, peers: [...parsed.document.peers, ...peers] };
  }

  private resolveIncludes(doc: Document, files: SourceFile[], family: Family, problems: Problem[], stack: string[], depth: number): void {
    const includes: Include[] = [];
    forEachStatement(doc, (s) => {
      if (s.kind === 'include' && s.path && !s.included) includes.push(s);
    });
    for (const inc of includes) this.resolveInclude(inc, files, family, problems, stack, depth, doc.peers);
  }

  /** Reads, parses and grafts one included file (and the files it includes). */
  private resolveInclude(inc: Include, files: SourceFile[], family: Family, problems: Problem[], stack: string[], depth: number, peers: FailoverPeer[]): void {
    const from = stack[stack.length - 1];
    const target = inc.path!.text;
    const candidates = path.isAbsolute(target) ? [target] : [path.resolve(path.dirname(from), target), path.resolve(target)];
    let resolved: string | undefined;
    let text: string | undefined;
    for (const c of candidates) {
      text = this.host.readFile(c);
      if (text !== undefined) {
        resolved = c;
        break;
      }
    }
    if (text === undefined || resolved === undefined) {
      problems.push(problem('includeNotFound', inc.path!, t('Cannot read included file "{0}" (dhcpd: "Can\'t open {0}: No such file or directory").', target)));
      return;
    }
    if (stack.includes(resolved)) {
      problems.push(problem('includeCycle', inc.path!, t('"{0}" includes itself, directly or through other files: dhcpd would read it forever.', target)));
      return;
    }
    if (depth >= MAX_INCLUDE_DEPTH || text.length > MAX_INCLUDED_BYTES) {
      problems.push(problem('includeNotChecked', inc.path!, t('"{0}" is not checked: includes are nested too deep or the file is too large.', target)));
      return;
    }
    const index = files.length;
    const base = index * FILE_STRIDE;
    files.push(sourceFile(resolved, text, base));
    const sub = parse(text, { family, base });
    problems.push(...byteOrderMarkProblems(text, base), ...sub.problems);
    // Graft: the included statements stand where the include is, in its scope.
    const block: Block = sub.document.body;
    block.owner = inc.parent.owner;
    for (const s of block.statements) s.parent = block;
    inc.included = block;
    inc.includedFile = index;
    this.resolveIncludes(sub.document, files, family, problems, [...stack, resolved], depth + 1);
    // After its own includes are resolved, so that peers declared in nested files are known too.
    peers.push(...sub.document.peers);
  }

  /**
   * The problems to show for the document itself: its own, plus one summary on each `include`
   * whose file has problems.
   */
  problemsForDocument(analysis: Analysis): Problem[] {
    const own: Problem[] = [];
    const byInclude = new Map<number, Problem[]>();
    for (const p of analysis.problems) {
      const index = fileIndexOf(p.offset);
      if (index === 0) own.push(p);
      else (byInclude.get(index) ?? byInclude.set(index, []).get(index)!).push(p);
    }
    if (byInclude.size === 0) return own;
    forEachStatement(analysis.document, (s) => {
      if (s.kind !== 'include' || s.includedFile === undefined || s.offset >= FILE_STRIDE) return;
      // Every problem in that file or in files it includes.
      const nested = collectIncluded(s);
      const list = nested.flatMap((i) => byInclude.get(i) ?? []);
      if (!list.length) return;
      const worst = list.reduce<Severity>((w, p) => (rank(p.severity) < rank(w) ? p.severity : w), 'hint');
      const first = list.find((p) => p.severity === worst)!;
      const file = analysis.files[fileIndexOf(first.offset)];
      const pos = lineColumn(file, first.offset - file.base);
      own.push({
        rule: first.rule,
        severity: worst,
        message: t('{0} problem(s) in the included file; first: {1}:{2}:{3}: {4}', list.length, file.path, pos.line + 1, pos.character + 1, first.message),
        offset: s.path!.offset,
        length: s.path!.length,
      });
    });
    return own;
  }
}

/** The files an include brings in: its own and those its files include, at any depth. */
function collectIncluded(inc: Include): number[] {
  const out: number[] = [];
  forEachStatementIn(inc, (x) => {
    if (x.kind === 'include' && x.includedFile !== undefined) out.push(x.includedFile);
  });
  return out;
}

function rank(s: Severity): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : s === 'information' ? 2 : 3;
}

function problem(rule: keyof typeof RULES, at: { offset: number; length: number }, message: string, severity?: Severity): Problem {
  return { rule, severity: severity ?? RULES[rule], message, offset: at.offset, length: at.length };
}

/** Every problem of a configuration, in order, with the lint settings applied. */
/**
 * Findings about a name that is not declared, or a declaration that nothing uses: when an
 * included file could not be read, it may hold what is missing, so only the include is reported.
 */
const MAY_BE_IN_UNREAD_INCLUDE: ReadonlySet<string> = new Set(['undeclaredKey', 'undeclaredClass', 'unknownOption', 'failoverPeerUnused', 'failoverPeerNotFound']);

function assemble(parseProblems: readonly Problem[], includedProblems: readonly Problem[], ruleProblems: readonly Problem[], lint: LintSettings | undefined): Problem[] {
  let all = [...parseProblems, ...includedProblems, ...ruleProblems];
  if (includedProblems.some((p) => p.rule === 'includeNotFound' || p.rule === 'includeNotChecked')) {
    all = all.filter((p) => !MAY_BE_IN_UNREAD_INCLUDE.has(p.rule));
  }
  // Fixes only make sense in the document being edited.
  const cleaned = all.map((p) => (p.offset >= FILE_STRIDE && p.fixes ? { ...p, fixes: undefined } : p));
  return applyLintSettings(dedupe(cleaned), lint);
}

/** The same rule at the same place twice (two passes seeing one thing) is reported once. */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const p of problems) {
    const key = `${p.rule}:${p.offset}:${p.length}:${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out.sort((a, b) => a.offset - b.offset);
}

