/**
 * The language server: LSP wiring only. Each handler finds the document and its analysis and
 * calls a service; documents and analyses (documents.ts), settings (settings.ts), diagnostics
 * and their debounce (validation.ts) and error containment (runner.ts) live next to it.
 * Runs with `--stdio` (other editors) or `--node-ipc` (VS Code).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from '../base/textDocument';
import { normalizeLocale, setLocale, t, type Locale } from '../base/l10n';
import { URI } from '../base/uri';
import { comparePair } from '../failover/compare';
import { GenerateError, generatePeerConfig, relationships } from '../failover/generator';
import { splitLayout } from '../failover/layout';
import { LanguageService } from '../languageService';
import type { Analysis } from '../model/analysis';
import { completion, resolveCompletion } from '../services/completion';
import { foldingRanges, selectionRanges } from '../services/folding';
import { format, onTypeFormat } from '../services/formatter';
import { hover } from '../services/hover';
import { codeActionsFor, toDiagnostics } from '../services/lspAdapters';
import { definition, documentHighlights, documentLinks, prepareRename, references, rename, RenameError } from '../services/navigation';
import { documentSymbols, workspaceSymbols } from '../services/symbols';
import { DocumentCache } from './documents';
import { keaMigrateRequest } from './keaRequest';
import { ComparePairRequest, GeneratePeerConfigRequest, KeaMigrateRequest, SplitLayoutRequest, WorkspaceTrustNotification, type InitializationOptions } from './protocol';
import { runSafe } from './runner';
import { docLanguage, SettingsCache, type Settings } from './settings';
import { Validator } from './validation';

export function startServer(connection: Connection): void {
  const service = new LanguageService({
    readFile(file) {
      try {
        return fs.statSync(file).isFile() ? fs.readFileSync(file, 'utf8') : undefined;
      } catch {
        return undefined;
      }
    },
  });
  const cache = new DocumentCache(service);
  const { documents } = cache;
  const settings = new SettingsCache(connection);
  const validator = new Validator(connection, service, cache, settings);
  let clientLocale: Locale = 'en';
  const log = (message: string): void => connection.console.error(message);
  const safe = <T>(name: string, token: CancellationToken | undefined, fn: () => T | Promise<T>) => runSafe(log, name, token, fn);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    clientLocale = normalizeLocale(params.locale ?? init.locale);
    if (init.workspaceTrusted === false) validator.workspaceTrusted = false;
    setLocale(clientLocale);
    settings.enabled = !!params.capabilities.workspace?.configuration;
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
    if (settings.enabled) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'dhcpd' }).catch(() => undefined);
    }
  });

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    for (const doc of documents.all()) {
      validator.schedule(doc, 0);
      void validator.runDhcpd(doc);
    }
  });

  connection.onNotification(WorkspaceTrustNotification, (params) => {
    validator.workspaceTrusted = !!params?.trusted;
    for (const doc of documents.all()) void validator.runDhcpd(doc);
  });
  documents.onDidSave((e) => void validator.runDhcpd(e.document));
  documents.onDidOpen((e) => {
    // The document's line index, built now rather than on the first keystroke: every edit needs
    // it, and on a 9 MB file it takes tens of milliseconds the first time.
    void e.document.lineCount;
    validator.schedule(e.document, 0);
    void validator.runDhcpd(e.document);
    validator.scheduleOthers(e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    validator.schedule(e.document);
    if (documents.all().length > 1) validator.scheduleOthers(e.document.uri);
  });
  documents.onDidClose((e) => {
    cache.forget(e.document.uri);
    settings.forget(e.document.uri);
    validator.forget(e.document.uri);
  });

  /** The open document and its analysis, or a "not open" error. */
  async function openDocument(uri: string): Promise<{ doc: TextDocument; analysis: () => Analysis; settings: Settings }> {
    const doc = documents.get(uri);
    if (!doc) throw new Error(t('The document is not open.'));
    const s = await settings.get(doc.uri);
    return { doc, analysis: () => cache.analysisOf(doc, s), settings: s };
  }

  /** A handler over the document's analysis; unknown documents answer null. */
  function withAnalysis<T>(name: string, uri: string, token: CancellationToken | undefined, fn: (doc: TextDocument, analysis: Analysis) => T): Promise<T | null | ResponseError<void>> {
    return safe(name, token, async () => {
      const doc = documents.get(uri);
      if (!doc) return null;
      return fn(doc, cache.analysisOf(doc, await settings.get(doc.uri)));
    });
  }

  /** A rename refused (a clash, nothing to rename) is an invalid request, not a failure. */
  function refusingRename<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      if (e instanceof RenameError) throw new ResponseError(ErrorCodes.InvalidRequest, e.message);
      throw e;
    }
  }

  connection.onHover((p, token) =>
    safe('hover', token, async () => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc) return null;
      const s = await settings.get(doc.uri);
      return hover(doc, cache.analysisOf(doc, s), p.position, docLanguage(s, clientLocale));
    }),
  );
  connection.onCompletion((p, token) =>
    safe('completion', token, async () => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc) return null;
      const s = await settings.get(doc.uri);
      return completion(doc, cache.analysisOf(doc, s), p.position, docLanguage(s, clientLocale));
    }),
  );
  connection.onCompletionResolve((item, token) => safe('completionResolve', token, async () => resolveCompletion(item, clientLocale)));
  connection.onCodeAction((p, token) =>
    withAnalysis('codeAction', p.textDocument.uri, token, (d, a) => codeActionsFor(d, service.problemsForDocument(a), p.range, p.context.only)),
  );
  connection.onDocumentSymbol((p, token) => withAnalysis('documentSymbol', p.textDocument.uri, token, (d, a) => documentSymbols(d, a)));
  connection.onWorkspaceSymbol((p, token) =>
    safe('workspaceSymbol', token, async () => {
      const all = [];
      for (const d of documents.all()) all.push({ uri: d.uri, doc: d, analysis: cache.analysisOf(d, await settings.get(d.uri)) });
      return workspaceSymbols(p.query, all);
    }),
  );
  connection.onFoldingRanges((p, token) => withAnalysis('foldingRange', p.textDocument.uri, token, (d, a) => foldingRanges(d, a)));
  connection.onSelectionRanges((p, token) => withAnalysis('selectionRange', p.textDocument.uri, token, (d, a) => selectionRanges(d, a, p.positions)));
  connection.onDefinition((p, token) => withAnalysis('definition', p.textDocument.uri, token, (d, a) => definition(d, a, p.position)));
  connection.onReferences((p, token) => withAnalysis('references', p.textDocument.uri, token, (d, a) => references(d, a, p.position, p.context.includeDeclaration)));
  connection.onDocumentHighlight((p, token) => withAnalysis('documentHighlight', p.textDocument.uri, token, (d, a) => documentHighlights(d, a, p.position)));
  connection.onDocumentLinks((p, token) => withAnalysis('documentLink', p.textDocument.uri, token, (d, a) => documentLinks(d, a)));
  connection.onPrepareRename((p, token) => withAnalysis('prepareRename', p.textDocument.uri, token, (d, a) => refusingRename(() => prepareRename(d, a, p.position))));
  connection.onRenameRequest((p, token) => withAnalysis('rename', p.textDocument.uri, token, (d, a) => refusingRename(() => rename(d, a, p.position, p.newName))));
  connection.onDocumentFormatting((p, token) => withAnalysis('formatting', p.textDocument.uri, token, (d, a) => format(d.getText(), a, p.options)));
  connection.onDocumentRangeFormatting((p, token) => withAnalysis('rangeFormatting', p.textDocument.uri, token, (d, a) => format(d.getText(), a, p.options, p.range)));
  connection.onDocumentOnTypeFormatting((p, token) => withAnalysis('onTypeFormatting', p.textDocument.uri, token, (d, a) => onTypeFormat(d.getText(), a, p.position, p.ch, p.options)));

  // ---- the custom requests (protocol.ts) ----

  connection.onRequest(GeneratePeerConfigRequest, (params) =>
    safe('generate', undefined, async () => {
      const { doc, analysis } = await openDocument(params.uri);
      try {
        const a = analysis();
        // Relationships with several partners: the client asks which one first.
        const partners = relationships(a);
        if (params.peer === undefined && new Set(partners.map((p) => p.partner)).size > 1) return { choosePeer: partners };
        const r = generatePeerConfig(a, { sourceName: path.basename(URI.toPath(doc.uri)), target: params.target, peer: params.peer });
        return { text: r.text, notes: r.notes.map((n) => n.message), peers: r.peers };
      } catch (e) {
        if (e instanceof GenerateError) return { error: e.message };
        throw e;
      }
    }),
  );

  connection.onRequest(SplitLayoutRequest, (params) =>
    safe('split', undefined, async () => {
      const { doc, analysis } = await openDocument(params.uri);
      try {
        const layout = splitLayout(analysis(), { sourceName: path.basename(URI.toPath(doc.uri)), sharedName: params.sharedName, analyzer: service });
        return { ...layout, notes: layout.notes.map((n) => n.message) };
      } catch (e) {
        if (e instanceof GenerateError) return { error: e.message };
        throw e;
      }
    }),
  );

  connection.onRequest(KeaMigrateRequest, (params) =>
    safe('kea', undefined, async () => {
      const doc = documents.get(params.uri);
      if (!doc) throw new Error(t('The document is not open.'));
      return keaMigrateRequest(service, URI.toPath(doc.uri), doc.getText());
    }),
  );

  connection.onRequest(ComparePairRequest, (params) =>
    safe('compare', undefined, async () => {
      const { doc, analysis, settings: s } = await openDocument(params.uri);
      const otherDoc = documents.get(params.otherUri);
      const otherPath = URI.toPath(params.otherUri);
      const otherText = otherDoc?.getText() ?? service.readFile(otherPath);
      if (otherText === undefined) return { error: t('Cannot read {0}.', otherPath) };
      const other = otherDoc ? cache.analysisOf(otherDoc, s) : service.analyze(otherPath, otherText, {});
      // The editor decoded both texts already: compared as text, outside the peer blocks too.
      const pair = comparePair(analysis(), other, { a: path.basename(URI.toPath(doc.uri)), b: path.basename(otherPath) }, { shared: { a: 'utf8', b: 'utf8' } });
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
    // V8's default lets the old generation double before a full collection: on a 9 MB file
    // (some 250 MiB of tree) the server then sat near 360 MiB. Growing the heap by at most 40%
    // between full collections keeps it near its live size (290 MiB peak while typing, bench
    // of #20); the flag is read at each collection, so setting it here takes effect.
    v8.setFlagsFromString('--heap-growing-percent=40');
    startServer(createConnection(ProposedFeatures.all));
  }
}
/* c8 ignore stop */
