/**
 * The diagnostics of the open documents: debounced after each change, computed from the latest
 * version only, with the pair's mismatches and the last `dhcpd -t` verdict added.
 */
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from '../base/textDocument';
import { URI } from '../base/uri';
import type { LanguageService } from '../languageService';
import { toDiagnostics } from '../services/lspAdapters';
import { dhcpdDiagnostics, runDhcpdCheck } from './dhcpdCheck';
import type { DocumentCache } from './documents';
import { choosePartner, partnerProblems } from './partner';
import type { SettingsCache } from './settings';

// Short enough for fresh diagnostics within a quarter second on large files, long enough that
// a burst of keystrokes is validated once.
export const DEBOUNCE_MS = 80;

export class Validator {
  /** Running an external program needs a trusted workspace (VS Code tells; other clients are trusted). */
  workspaceTrusted = true;
  /** The last `dhcpd -t` verdict per document, added to its diagnostics. */
  private readonly dhcpdResults = new Map<string, Diagnostic[]>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly connection: Connection,
    private readonly service: LanguageService,
    private readonly cache: DocumentCache,
    private readonly settings: SettingsCache,
  ) {}

  /** Validates the document after `delay` ms, unless it changes again before. */
  schedule(doc: TextDocument, delay = DEBOUNCE_MS): void {
    const old = this.timers.get(doc.uri);
    if (old) clearTimeout(old);
    this.timers.set(
      doc.uri,
      setTimeout(() => {
        this.timers.delete(doc.uri);
        this.validate(doc).catch((e) => this.connection.console.error(`validation failed: ${String(e?.stack ?? e)}`));
      }, delay),
    );
  }

  /** A change in one server's file can change the pair diagnostics of the other open one. */
  scheduleOthers(uri: string): void {
    for (const d of this.cache.documents.all()) if (d.uri !== uri) this.schedule(d, DEBOUNCE_MS * 2);
  }

  private async validate(doc: TextDocument): Promise<void> {
    const settings = await this.settings.get(doc.uri);
    const current = this.cache.documents.get(doc.uri);
    if (!current || current.version !== doc.version) return; // a newer version is on its way
    // dhclient's configuration lives in /etc/dhcp too, in another language: leave it alone.
    if (/^dhclient/i.test(path.basename(URI.toPath(doc.uri)))) {
      await this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [] });
      return;
    }
    const analysis = this.cache.analysisOf(doc, settings);
    const problems = this.service.problemsForDocument(analysis);
    const open = [...this.cache.documents.all()].map((d) => ({ uri: d.uri, languageId: d.languageId, analysis: () => this.cache.analysisOf(d, settings) }));
    const partner = choosePartner(doc.uri, analysis, settings.failover?.peerFile, this.service, open);
    problems.push(...partnerProblems(doc.uri, analysis, partner, settings.lint));
    const diagnostics = [...toDiagnostics(doc, problems), ...(this.dhcpdResults.get(doc.uri) ?? [])];
    await this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  }

  /** "Validate with dhcpd -t": only with a configured path, in a trusted workspace, on open and save. */
  async runDhcpd(doc: TextDocument): Promise<void> {
    const settings = await this.settings.get(doc.uri);
    const dhcpdPath = settings.validation?.dhcpdPath;
    if (!dhcpdPath || !this.workspaceTrusted) {
      if (this.dhcpdResults.delete(doc.uri)) this.schedule(doc, 0);
      return;
    }
    const analysis = this.cache.analysisOf(doc, settings);
    const file = URI.toPath(doc.uri);
    const verdict = await runDhcpdCheck(dhcpdPath, doc.getText(), analysis.family, path.dirname(file));
    const current = this.cache.documents.get(doc.uri);
    if (!current || current.version !== doc.version) return;
    this.dhcpdResults.set(doc.uri, dhcpdDiagnostics(verdict, dhcpdPath, doc.lineCount));
    this.schedule(doc, 0);
  }

  /** A closed document: nothing pending, nothing shown. */
  forget(uri: string): void {
    this.dhcpdResults.delete(uri);
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
    this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
  }
}
