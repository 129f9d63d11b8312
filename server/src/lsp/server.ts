/**
 * The language server: LSP wiring only. Documents, settings, debounce, cancellation and error
 * containment live here; every answer comes from the LanguageService.
 * Runs with `--stdio` (other editors) or `--node-ipc` (VS Code).
 */
import * as fs from 'node:fs';
import * as v8 from 'node:v8';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  ResponseError,
  ErrorCodes,
  LSPErrorCodes,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as path from 'node:path';
import { URI } from '../base/uri';
import { comparePair } from '../failover/compare';
import { generatePeerConfig, GenerateError, relationships } from '../failover/generator';
import { splitLayout } from '../failover/layout';
import { KEA_REQUEST, keaMigrateRequest } from './keaRequest';
import { summarizePeer } from '../model/peer';
import { applyLintSettings } from '../services/lintRules';
import { type Problem } from '../parser/problems';
import { setLocale, normalizeLocale, t, type Locale } from '../base/l10n';
import { LanguageService } from '../languageService';
import { type Analysis } from '../model/analysis';
import type { TextChange } from '../parser/incremental';
import type { Family } from '../knowledge/types';
import type { LintSettings } from '../services/lintRules';
import { toDiagnostics, codeActionsFor } from '../services/lspAdapters';
import { runDhcpdCheck } from './dhcpdCheck';
import { documentSymbols, workspaceSymbols } from '../services/symbols';
import { foldingRanges, selectionRanges } from '../services/folding';
import { definition, documentHighlights, documentLinks, prepareRename, references, rename, RenameError } from '../services/navigation';
import { format, onTypeFormat } from '../services/formatter';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { hover } from '../services/hover';
import { completion, resolveCompletion } from '../services/completion';

interface Settings {
  family: 'auto' | '4' | '6';
  documentation: { language: 'auto' | 'en' | 'fr' };
  lint: LintSettings;
  failover: { peerFile: string };
  validation: { dhcpdPath: string };
}

const DEFAULT_SETTINGS: Settings = {
  family: 'auto',
  documentation: { language: 'auto' },
  lint: {},
  failover: { peerFile: '' },
  validation: { dhcpdPath: '' },
};

/** Custom requests of the VS Code client (and of any client that wants them). */
export const GENERATE_REQUEST = 'dhcpd/generatePeerConfig';
export const COMPARE_REQUEST = 'dhcpd/comparePair';
export const TRUST_NOTIFICATION = 'dhcpd/workspaceTrust';
export const SPLIT_REQUEST = 'dhcpd/splitLayout';
// Short enough for fresh diagnostics within a quarter second on large files, long enough that
// a burst of keystrokes is validated once.
const DEBOUNCE_MS = 80;

export function startServer(connection: Connection): void {
  /** The edits of each document since its last analysis, in offsets: for incremental reparsing. */
  const edits = new Map<string, Array<{ from: number; to: number; changes: TextChange[] }>>();
  const documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    update(doc, changes, version) {
      // Applied one by one, so that each change's offsets are those of the text it applies to.
      const from = doc.version;
      const recorded: TextChange[] = [];
      for (const change of changes) {
        if ('range' in change) {
          recorded.push({ start: doc.offsetAt(change.range.start), oldEnd: doc.offsetAt(change.range.end), newText: change.text });
        } else {
          recorded.push({ start: 0, oldEnd: doc.getText().length, newText: change.text });
        }
        TextDocument.update(doc, [change], version);
      }
      const list = edits.get(doc.uri) ?? [];
      list.push({ from, to: version, changes: recorded });
      if (list.length > 200) list.splice(0, list.length - 200);
      edits.set(doc.uri, list);
      return doc;
    },
  });
  const service = new LanguageService({
    readFile(file) {
      try {
        return fs.statSync(file).isFile() ? fs.readFileSync(file, 'utf8') : undefined;
      } catch {
        return undefined;
      }
    },
  });
  let clientLocale: Locale = 'en';
  /** Running an external program needs a trusted workspace (VS Code tells; other clients are trusted). */
  let workspaceTrusted = true;
  /** The last `dhcpd -t` verdict per document, added to its diagnostics. */
  const dhcpdResults = new Map<string, Diagnostic[]>();
  let hasConfiguration = false;
  const settingsCache = new Map<string, Promise<Settings>>();
  const analyses = new Map<string, { version: number; family: string; lint: string; analysis: Analysis }>();
  const timers = new Map<string, NodeJS.Timeout>();

  async function settingsFor(uri: string): Promise<Settings> {
    if (!hasConfiguration) return DEFAULT_SETTINGS;
    let s = settingsCache.get(uri);
    if (!s) {
      s = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'dhcpd' })
        .then((c: Partial<Settings> | null) => ({ ...DEFAULT_SETTINGS, ...(c ?? {}) }))
        .catch(() => DEFAULT_SETTINGS);
      settingsCache.set(uri, s);
    }
    return s;
  }

  /** One analysis per document version (and settings that change it), shared by every request. */
  function analysisOf(doc: TextDocument, settings: Settings): Analysis {
    const family = settings.family === '4' || settings.family === '6' ? (Number(settings.family) as Family) : undefined;
    const lint = JSON.stringify(settings.lint ?? {});
    const cached = analyses.get(doc.uri);
    const same = cached && cached.family === String(family) && cached.lint === lint;
    if (same && cached.version === doc.version) return cached.analysis;
    const file = URI.toPath(doc.uri);
    const options = { family, lint: settings.lint };
    let analysis: Analysis | undefined;
    // From the last analysis, replay the edits since: only the touched statements are reparsed.
    const pending = (edits.get(doc.uri) ?? []).filter((e) => cached && e.from >= cached.version);
    if (same && pending.length && pending[0].from === cached.version && pending.every((e, i) => i === 0 || e.from === pending[i - 1].to) && pending[pending.length - 1].to === doc.version) {
      let a = cached.analysis;
      const all = pending.flatMap((e) => e.changes);
      // The last change gets the editor's own text: one large string fewer per keystroke.
      all.forEach((change, i) => (a = service.update(a, file, change, options, i === all.length - 1 ? doc.getText() : undefined)));
      // A cheap guard against any drift: the text must be the document's.
      if (a.files[0].text === doc.getText()) analysis = a;
    }
    analysis ??= service.analyze(file, doc.getText(), options);
    edits.set(doc.uri, (edits.get(doc.uri) ?? []).filter((e) => e.from >= doc.version));
    analyses.set(doc.uri, { version: doc.version, family: String(family), lint, analysis });
    return analysis;
  }

  /**
   * The other server of the pair, if known: the `dhcpd.failover.peerFile` setting, or another
   * open document that declares the same peer with the other role. Its mismatches are added.
   */
  function pairFor(doc: TextDocument, analysis: Analysis, settings: Settings): Problem[] | undefined {
    const own = analysis.document.peers.map((p) => summarizePeer(p));
    if (own.length === 0) return undefined;
    let other: { name: string; analysis: Analysis } | undefined;
    const peerFile = settings.failover?.peerFile;
    if (peerFile) {
      const file = path.resolve(path.dirname(URI.toPath(doc.uri)), peerFile);
      const text = service.readFile(file);
      if (text !== undefined) other = { name: path.basename(file), analysis: service.analyze(file, text, {}) };
    } else {
      for (const d of documents.all()) {
        if (d.uri === doc.uri || d.languageId !== 'dhcpd') continue;
        const a = analysisOf(d, settings);
        const theirs = a.document.peers.map((p) => summarizePeer(p));
        if (own.some((m) => theirs.some((o) => o.name === m.name && o.role !== m.role))) {
          other = { name: path.basename(URI.toPath(d.uri)), analysis: a };
          break;
        }
      }
    }
    if (!other) return undefined;
    return comparePair(analysis, other.analysis, { a: path.basename(URI.toPath(doc.uri)), b: other.name }).a;
  }

  async function validate(doc: TextDocument): Promise<void> {
    const settings = await settingsFor(doc.uri);
    const current = documents.get(doc.uri);
    if (!current || current.version !== doc.version) return; // a newer version is on its way
    // dhclient's configuration lives in /etc/dhcp too, in another language: leave it alone.
    if (/^dhclient/i.test(path.basename(URI.toPath(doc.uri)))) {
      await connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [] });
      return;
    }
    const analysis = analysisOf(doc, settings);
    const problems = service.problemsForDocument(analysis);
    const pair = pairFor(doc, analysis, settings);
    // mclt/split on a secondary is already reported by the file's own rules.
    if (pair) problems.push(...applyLintSettings(pair.filter((x) => x.rule !== 'pairMcltSplit'), settings.lint));
    const diagnostics = [...toDiagnostics(doc, problems), ...(dhcpdResults.get(doc.uri) ?? [])];
    await connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  }

  /** "Validate with dhcpd -t": only with a configured path, in a trusted workspace, on open and save. */
  async function runDhcpd(doc: TextDocument): Promise<void> {
    const settings = await settingsFor(doc.uri);
    const dhcpdPath = settings.validation?.dhcpdPath;
    if (!dhcpdPath || !workspaceTrusted) {
      if (dhcpdResults.delete(doc.uri)) scheduleValidation(doc, 0);
      return;
    }
    const analysis = analysisOf(doc, settings);
    const file = URI.toPath(doc.uri);
    const verdict = await runDhcpdCheck(dhcpdPath, doc.getText(), analysis.family, path.dirname(file));
    const current = documents.get(doc.uri);
    if (!current || current.version !== doc.version) return;
    const lastLine = Math.max(doc.lineCount - 1, 0);
    const diagnostics: Diagnostic[] = verdict.failure
      ? [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Warning, source: 'dhcpd -t', message: t('dhcpd -t could not run ({0}): {1}', dhcpdPath, verdict.failure) }]
      : verdict.exitCode === 0
        ? []
        : verdict.messages.map((m) => {
            const line = m.line ? Math.min(m.line - 1, lastLine) : 0;
            return { range: { start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } }, severity: DiagnosticSeverity.Error, source: 'dhcpd -t', message: m.message };
          });
    dhcpdResults.set(doc.uri, diagnostics);
    scheduleValidation(doc, 0);
  }

  function scheduleValidation(doc: TextDocument, delay = DEBOUNCE_MS): void {
    const old = timers.get(doc.uri);
    if (old) clearTimeout(old);
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        validate(doc).catch((e) => connection.console.error(`validation failed: ${String(e?.stack ?? e)}`));
      }, delay),
    );
  }

  /** Runs a request handler so that a failure answers with an error and the server lives on. */
  function runSafe<T>(name: string, token: CancellationToken | undefined, fn: () => T | Promise<T>): Promise<T | ResponseError<void>> {
    return new Promise((resolve) => {
      setImmediate(async () => {
        if (token?.isCancellationRequested) {
          resolve(new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled'));
          return;
        }
        try {
          resolve(await fn());
        } catch (e) {
          if (e instanceof ResponseError) {
            resolve(e); // a deliberate refusal (a rename that would clash), not a failure
            return;
          }
          connection.console.error(`${name} failed: ${String((e as Error)?.stack ?? e)}`);
          resolve(new ResponseError(ErrorCodes.InternalError, `${name} failed: ${(e as Error)?.message ?? e}`));
        }
      });
    });
  }

  function docLanguage(settings: Settings): Locale {
    const l = settings.documentation?.language;
    return l === 'en' || l === 'fr' ? l : clientLocale;
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as { locale?: string; workspaceTrusted?: boolean };
    clientLocale = normalizeLocale(params.locale ?? init.locale);
    if (init.workspaceTrusted === false) workspaceTrusted = false;
    setLocale(clientLocale);
    hasConfiguration = !!params.capabilities.workspace?.configuration;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', '"', '.'], resolveProvider: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        documentLinkProvider: { resolveProvider: false },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        documentOnTypeFormattingProvider: { firstTriggerCharacter: '}', moreTriggerCharacter: [';'] },
      },
      serverInfo: { name: 'dhcpd-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (hasConfiguration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'dhcpd' }).catch(() => undefined);
    }
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    for (const doc of documents.all()) {
      scheduleValidation(doc, 0);
      void runDhcpd(doc);
    }
  });

  // A change in one server's file can change the pair diagnostics of the other open one.
  const revalidateOthers = (uri: string): void => {
    for (const d of documents.all()) if (d.uri !== uri) scheduleValidation(d, DEBOUNCE_MS * 2);
  };
  connection.onNotification(TRUST_NOTIFICATION, (params: { trusted: boolean }) => {
    workspaceTrusted = !!params?.trusted;
    for (const doc of documents.all()) void runDhcpd(doc);
  });
  documents.onDidSave((e) => void runDhcpd(e.document));
  documents.onDidOpen((e) => {
    // The document's line index, built now rather than on the first keystroke: every edit needs
    // it, and on a 9 MB file it takes tens of milliseconds the first time.
    void e.document.lineCount;
    scheduleValidation(e.document, 0);
    void runDhcpd(e.document);
    revalidateOthers(e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    scheduleValidation(e.document);
    if (documents.all().length > 1) revalidateOthers(e.document.uri);
  });
  documents.onDidClose((e) => {
    analyses.delete(e.document.uri);
    edits.delete(e.document.uri);
    dhcpdResults.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    const timer = timers.get(e.document.uri);
    if (timer) clearTimeout(timer);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(() => undefined);
  });

  connection.onHover((params, token) =>
    runSafe('hover', token, async () => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      const settings = await settingsFor(doc.uri);
      return hover(doc, analysisOf(doc, settings), params.position, docLanguage(settings));
    }),
  );

  connection.onCompletion((params, token) =>
    runSafe('completion', token, async () => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      const settings = await settingsFor(doc.uri);
      return completion(doc, analysisOf(doc, settings), params.position, docLanguage(settings));
    }),
  );

  connection.onCompletionResolve((item, token) => runSafe('completionResolve', token, async () => resolveCompletion(item, clientLocale)));

  connection.onCodeAction((params, token) =>
    runSafe('codeAction', token, async () => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      const settings = await settingsFor(doc.uri);
      return codeActionsFor(doc, service.problemsForDocument(analysisOf(doc, settings)), params.range, params.context.only);
    }),
  );

  connection.onRequest(GENERATE_REQUEST, (params: { uri: string; target: 'primary' | 'secondary'; peer?: string }) =>
    runSafe('generate', undefined, async () => {
      const doc = documents.get(params.uri);
      if (!doc) throw new Error(t('The document is not open.'));
      const settings = await settingsFor(doc.uri);
      try {
        const analysis = analysisOf(doc, settings);
        // Relationships with several partners: the client asks which one first.
        const partners = relationships(analysis);
        if (params.peer === undefined && new Set(partners.map((p) => p.partner)).size > 1) return { choosePeer: partners };
        const r = generatePeerConfig(analysis, { sourceName: path.basename(URI.toPath(doc.uri)), target: params.target, peer: params.peer });
        return { text: r.text, notes: r.notes.map((n) => n.message), peers: r.peers };
      } catch (e) {
        if (e instanceof GenerateError) return { error: e.message };
        throw e;
      }
    }),
  );

  /** A handler over the document's analysis; unknown documents answer null. */
  function withAnalysis<T>(name: string, uri: string, token: CancellationToken | undefined, fn: (doc: TextDocument, analysis: Analysis) => T): Promise<T | null | ResponseError<void>> {
    return runSafe(name, token, async () => {
      const doc = documents.get(uri);
      if (!doc) return null;
      return fn(doc, analysisOf(doc, await settingsFor(doc.uri)));
    });
  }

  connection.onDocumentSymbol((p, token) => withAnalysis('documentSymbol', p.textDocument.uri, token, (d, a) => documentSymbols(d, a)));
  connection.onWorkspaceSymbol((p, token) =>
    runSafe('workspaceSymbol', token, async () => {
      const open = [];
      for (const d of documents.all()) open.push({ uri: d.uri, doc: d, analysis: analysisOf(d, await settingsFor(d.uri)) });
      return workspaceSymbols(p.query, open);
    }),
  );
  connection.onFoldingRanges((p, token) => withAnalysis('foldingRange', p.textDocument.uri, token, (d, a) => foldingRanges(d, a)));
  connection.onSelectionRanges((p, token) => withAnalysis('selectionRange', p.textDocument.uri, token, (d, a) => selectionRanges(d, a, p.positions)));
  connection.onDefinition((p, token) => withAnalysis('definition', p.textDocument.uri, token, (d, a) => definition(d, a, p.position)));
  connection.onReferences((p, token) => withAnalysis('references', p.textDocument.uri, token, (d, a) => references(d, a, p.position, p.context.includeDeclaration)));
  connection.onDocumentHighlight((p, token) => withAnalysis('documentHighlight', p.textDocument.uri, token, (d, a) => documentHighlights(d, a, p.position)));
  connection.onDocumentLinks((p, token) => withAnalysis('documentLink', p.textDocument.uri, token, (d, a) => documentLinks(d, a)));
  connection.onPrepareRename((p, token) =>
    withAnalysis('prepareRename', p.textDocument.uri, token, (d, a) => {
      try {
        return prepareRename(d, a, p.position);
      } catch (e) {
        if (e instanceof RenameError) throw new ResponseError(ErrorCodes.InvalidRequest, e.message);
        throw e;
      }
    }),
  );
  connection.onRenameRequest((p, token) =>
    withAnalysis('rename', p.textDocument.uri, token, (d, a) => {
      try {
        return rename(d, a, p.position, p.newName);
      } catch (e) {
        if (e instanceof RenameError) throw new ResponseError(ErrorCodes.InvalidRequest, e.message);
        throw e;
      }
    }),
  );
  connection.onDocumentFormatting((p, token) => withAnalysis('formatting', p.textDocument.uri, token, (d, a) => format(d.getText(), a, p.options)));
  connection.onDocumentRangeFormatting((p, token) => withAnalysis('rangeFormatting', p.textDocument.uri, token, (d, a) => format(d.getText(), a, p.options, p.range)));
  connection.onDocumentOnTypeFormatting((p, token) => withAnalysis('onTypeFormatting', p.textDocument.uri, token, (d, a) => onTypeFormat(d.getText(), a, p.position, p.ch, p.options)));

  connection.onRequest(SPLIT_REQUEST, (params: { uri: string; sharedName: string }) =>
    runSafe('split', undefined, async () => {
      const doc = documents.get(params.uri);
      if (!doc) throw new Error(t('The document is not open.'));
      const settings = await settingsFor(doc.uri);
      try {
        const layout = splitLayout(analysisOf(doc, settings), { sourceName: path.basename(URI.toPath(doc.uri)), sharedName: params.sharedName, analyzer: service });
        return { ...layout, notes: layout.notes.map((n) => n.message) };
      } catch (e) {
        if (e instanceof GenerateError) return { error: e.message };
        throw e;
      }
    }),
  );

  connection.onRequest(KEA_REQUEST, (params: { uri: string }) =>
    runSafe('kea', undefined, async () => {
      const doc = documents.get(params.uri);
      if (!doc) throw new Error(t('The document is not open.'));
      return keaMigrateRequest(service, URI.toPath(doc.uri), doc.getText());
    }),
  );

  connection.onRequest(COMPARE_REQUEST, (params: { uri: string; otherUri: string }) =>
    runSafe('compare', undefined, async () => {
      const doc = documents.get(params.uri);
      if (!doc) throw new Error(t('The document is not open.'));
      const settings = await settingsFor(doc.uri);
      const otherDoc = documents.get(params.otherUri);
      const otherPath = URI.toPath(params.otherUri);
      const otherText = otherDoc?.getText() ?? service.readFile(otherPath);
      if (otherText === undefined) return { error: t('Cannot read {0}.', otherPath) };
      const other = otherDoc ? analysisOf(otherDoc, settings) : service.analyze(otherPath, otherText, {});
      // The editor decoded both texts already: compared as text, outside the peer blocks too.
      const pair = comparePair(analysisOf(doc, settings), other, { a: path.basename(URI.toPath(doc.uri)), b: path.basename(otherPath) }, { shared: { a: 'utf8', b: 'utf8' } });
      const otherTd = otherDoc ?? TextDocument.create(params.otherUri, 'dhcpd', 0, otherText);
      return { a: toDiagnostics(doc, pair.a), b: toDiagnostics(otherTd, pair.b) };
    }),
  );

  documents.listen(connection);
  connection.listen();
}

/* c8 ignore start */
if (require.main === module) {
  // An uncaught exception is logged; it never takes the server down.
  process.on('uncaughtException', (e) => console.error(`dhcpd-language-server: uncaught ${e?.stack ?? e}`));
  process.on('unhandledRejection', (e) => console.error(`dhcpd-language-server: unhandled ${String(e)}`));
  if (process.argv.includes('--version')) {
    process.stdout.write('0.1.0\n');
  } else if (process.argv.includes('--help')) {
    process.stdout.write('Usage: dhcpd-language-server --stdio | --node-ipc | --socket=PORT\n');
  } else {
    // Every keystroke in a large file makes a new copy of its text (the editor's document is a
    // string). V8's default lets the old generation double before a full collection, so those
    // copies piled up to several hundred MiB on a 9 MB file. Growing the heap by at most 40%
    // between full collections keeps the server near its live size; the flag is read at each
    // collection, so setting it here takes effect.
    v8.setFlagsFromString('--heap-growing-percent=40');
    startServer(createConnection(ProposedFeatures.all));
  }
}
/* c8 ignore stop */
