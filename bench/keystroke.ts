// In-process timing of what the server does for one keystroke, step by step, on the typing
// bench's file and with its kinds of edit: `node --import tsx bench/keystroke.ts [hosts] [edits]`
// (KEYSTROKE_KIND="host pasted" for one kind). The steps are those of the LSP handlers
// (didChange, hover, completion, then the debounced diagnostics), called directly, without a
// connection; the medians and p95 per step are printed, slowest first.
import { performance } from 'node:perf_hooks';
import { LanguageService } from '../server/src/languageService';
import { TextDocument } from '../server/src/base/textDocument';
import { PieceText } from '../server/src/base/pieceText';
import { DocumentCache } from '../server/src/lsp/documents';
import { DEFAULT_SETTINGS } from '../server/src/lsp/settings';
import { choosePartner, partnerProblems } from '../server/src/lsp/partner';
import { toDiagnostics } from '../server/src/services/lspAdapters';
import { hover } from '../server/src/services/hover';
import { completion } from '../server/src/services/completion';
// @ts-expect-error: a JavaScript module without types
import { generate } from './generate.mjs';
// @ts-expect-error: a JavaScript module without types
import { TYPING_KINDS } from './typingKinds.mjs';

type Kind = (lines: string[], at: number) => { edits: Array<{ text: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }>; hover: { line: number; character: number } };

// KEYSTROKE_NO_DIAGNOSTICS=1: only the steps hover and completion wait for (to profile them).
// KEYSTROKE_CONCAT=1: texts built by concatenation only (to compare with the buffered copy).
if (process.env.KEYSTROKE_CONCAT) PieceText.bufferedFrom = Infinity;
const hosts = Number(process.argv[2] ?? 100000);
const edits = Number(process.argv[3] ?? 20);
const text: string = generate(hosts);
const lines = text.split('\n');
const uri = 'file:///tmp/keystroke.conf';
const service = new LanguageService();
const cache = new DocumentCache(service);
// The configuration TextDocuments was given: what it calls on didOpen and didChange.
const config = (cache.documents as unknown as { _configuration: { create: typeof TextDocument.create; update: (d: TextDocument, c: unknown[], v: number) => TextDocument } })._configuration;
const doc = config.create(uri, 'dhcpd', 1, text);
void doc.lineCount;
const settings = DEFAULT_SETTINGS;
service.problemsForDocument(cache.analysisOf(doc, settings));

const times = new Map<string, number[]>();
function time<T>(step: string, fn: () => T): T {
  const t = performance.now();
  const r = fn();
  (times.get(step) ?? times.set(step, []).get(step)!).push(performance.now() - t);
  return r;
}

let version = 1;
// KEYSTROKE_KIND: one kind of edit of the typing bench (bench/typingKinds.mjs), default all of them.
const kinds = Object.entries(TYPING_KINDS as Record<string, Kind>).filter(([k]) => !process.env.KEYSTROKE_KIND || k === process.env.KEYSTROKE_KIND);
for (const [kind, make] of kinds) {
  for (let e = 0; e < edits; e++) {
    const plan = make(lines, Math.floor(((e + 0.5) * lines.length) / edits));
    for (const change of plan.edits) {
      version++;
      time('didChange: document update + journal', () => config.update(doc, [change], version));
      const analysis = time('hover: analysisOf (incremental reparse)', () => cache.analysisOf(doc, settings));
      time('hover: service', () => hover(doc, analysis, plan.hover, 'en'));
      time('completion: service', () => completion(doc, analysis, plan.hover, 'en'));
      if (process.env.KEYSTROKE_NO_DIAGNOSTICS) continue;
      const problems = time('diagnostics: problemsForDocument (rules)', () => service.problemsForDocument(analysis));
      const partner = time('diagnostics: choosePartner', () => choosePartner(uri, analysis, '', service, [{ uri, languageId: 'dhcpd', analysis: () => analysis }]));
      time('diagnostics: partnerProblems', () => problems.push(...partnerProblems(uri, analysis, partner, settings.lint)));
      const diagnostics = time('diagnostics: toDiagnostics', () => toDiagnostics(doc, problems));
      time('diagnostics: JSON of publishDiagnostics', () => JSON.stringify({ uri, version, diagnostics }));
    }
  }
  void kind;
}
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const rows = [...times].map(([step, xs]) => ({ step, p50: pct(xs, 50), p95: pct(xs, 95) })).sort((a, b) => b.p50 - a.p50);
console.log(`${hosts} hosts, ${(text.length / 1048576).toFixed(1)} MiB, ${times.values().next().value!.length} keystrokes; problems ${service.problemsForDocument(cache.analysisOf(doc, settings)).length}`);
console.log('| step | p50 ms | p95 ms |\n|---|---:|---:|');
for (const r of rows) console.log(`| ${r.step} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} |`);
