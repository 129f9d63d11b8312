/**
 * The open documents and what the server keeps of each: the edits since its last analysis (a
 * journal, for incremental reparsing) and one analysis per document version and settings.
 * The documents are the server's own (base/textDocument.ts): an edit costs what it changes, not
 * the size of the file.
 */
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from '../base/textDocument';
import { URI } from '../base/uri';
import type { LanguageService } from '../languageService';
import type { Analysis } from '../model/analysis';
import type { TextChange } from '../parser/incremental';
import { familyOf, type Settings } from './settings';

/** The changes that took a document from one version to the next, in offsets. */
interface JournalEntry {
  readonly from: number;
  readonly to: number;
  readonly changes: readonly TextChange[];
}

interface CachedAnalysis {
  readonly version: number;
  readonly family: string;
  readonly lint: string;
  readonly analysis: Analysis;
}

/** At most this many versions are journaled per document (older ones mean a full parse). */
const JOURNAL_LENGTH = 200;

export class DocumentCache {
  /** The documents the client has open, kept in sync by its notifications. */
  readonly documents: TextDocuments<TextDocument>;
  private readonly journal = new Map<string, JournalEntry[]>();
  private readonly analyses = new Map<string, CachedAnalysis>();

  constructor(private readonly service: LanguageService) {
    this.documents = new TextDocuments<TextDocument>({
      create: TextDocument.create,
      update: (doc, changes, version) => {
        const from = doc.version;
        // Each change in offsets of the text it applies to, as the document applied it.
        this.record(doc.uri, { from, to: version, changes: doc.update(changes, version) });
        return doc;
      },
    });
  }

  private record(uri: string, entry: JournalEntry): void {
    const list = this.journal.get(uri) ?? [];
    list.push(entry);
    if (list.length > JOURNAL_LENGTH) list.splice(0, list.length - JOURNAL_LENGTH);
    this.journal.set(uri, list);
  }

  /** One analysis per document version (and settings that change it), shared by every request. */
  analysisOf(doc: TextDocument, settings: Settings): Analysis {
    const family = familyOf(settings);
    const lint = JSON.stringify(settings.lint ?? {});
    const cached = this.analyses.get(doc.uri);
    const same = cached && cached.family === String(family) && cached.lint === lint;
    if (same && cached.version === doc.version) return cached.analysis;
    const file = URI.toPath(doc.uri);
    const options = { family, lint: settings.lint };
    let analysis: Analysis | undefined;
    // From the last analysis, replay the edits since: only the touched statements are reparsed.
    const pending = (this.journal.get(doc.uri) ?? []).filter((e) => cached && e.from >= cached.version);
    if (same && pending.length && pending[0].from === cached.version && pending.every((e, i) => i === 0 || e.from === pending[i - 1].to) && pending[pending.length - 1].to === doc.version) {
      let a = cached.analysis;
      const all = pending.flatMap((e) => e.changes);
      // The last change gets the editor's own text, in its pieces: no copy of a large file.
      const source = doc.snapshot();
      all.forEach((change, i) => (a = this.service.update(a, file, change, options, i === all.length - 1 ? source : undefined)));
      // A cheap guard against any drift: the analysis must be of the document's text, and its
      // tree as long as that text.
      if (a.files[0].source === source && a.documentAt(0).length === source.length) analysis = a;
    }
    analysis ??= this.service.analyze(file, doc.getText(), options);
    this.journal.set(doc.uri, (this.journal.get(doc.uri) ?? []).filter((e) => e.from >= doc.version));
    this.analyses.set(doc.uri, { version: doc.version, family: String(family), lint, analysis });
    return analysis;
  }

  /** Drops what is kept of a closed document. */
  forget(uri: string): void {
    this.analyses.delete(uri);
    this.journal.delete(uri);
  }
}
