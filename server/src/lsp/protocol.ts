/**
 * What the VS Code client and the server say to each other beyond LSP: the custom requests and
 * notifications, their parameters and results, and the initialization options. Shared by both
 * sides (the client imports this file and nothing else of the server), so it imports only the
 * protocol's own types.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Diagnostic } from 'vscode-languageserver-types';

/** `initializationOptions` of the initialize request. */
export interface InitializationOptions {
  /** The editor's display language (the server also reads `InitializeParams.locale`). */
  readonly locale?: string;
  /** False when the workspace is not trusted yet: no external program is run. */
  readonly workspaceTrusted?: boolean;
}

// ---- Generate the partner's configuration ------------------------------------------------

export interface GeneratePeerConfigParams {
  readonly uri: string;
  /** The server whose configuration is generated. */
  readonly target: 'primary' | 'secondary';
  /** The peer to follow, when the file has relationships with several partners. */
  readonly peer?: string;
}

export interface GeneratePeerConfigResult {
  readonly text?: string;
  /** What the user should review in the generated file. */
  readonly notes?: string[];
  readonly peers?: string[];
  readonly error?: string;
  /** Relationships with several partners: one file per partner, so the user picks one. */
  readonly choosePeer?: Array<{ readonly name: string; readonly partner: string }>;
}

export const GeneratePeerConfigRequest = new RequestType<GeneratePeerConfigParams, GeneratePeerConfigResult, void>('dhcpd/generatePeerConfig');

// ---- Compare the two servers of a pair ---------------------------------------------------

export interface ComparePairParams {
  readonly uri: string;
  /** The other server's configuration: an open document, or a file read from disk. */
  readonly otherUri: string;
}

export interface ComparePairResult {
  /** The mismatches in the document. */
  readonly a?: Diagnostic[];
  /** The mismatches in the other file. */
  readonly b?: Diagnostic[];
  readonly error?: string;
}

export const ComparePairRequest = new RequestType<ComparePairParams, ComparePairResult, void>('dhcpd/comparePair');

// ---- Split into the ISC layout (a shared file and one file per server) -------------------

export interface SplitLayoutParams {
  readonly uri: string;
  /** The name of the shared file, as the servers' files include it. */
  readonly sharedName: string;
}

export interface SplitLayoutResult {
  readonly shared?: string;
  readonly primary?: string;
  readonly secondary?: string;
  readonly notes?: string[];
  readonly error?: string;
}

export const SplitLayoutRequest = new RequestType<SplitLayoutParams, SplitLayoutResult, void>('dhcpd/splitLayout');

// ---- Migrate the pair to Kea High Availability -------------------------------------------

export interface KeaMigrateParams {
  readonly uri: string;
}

export interface KeaMigrateResult {
  /** Relative path → content, MIGRATION.md last. */
  readonly files?: Array<[string, string]>;
  readonly mode?: string;
  readonly untranslated?: number;
  readonly error?: string;
}

export const KeaMigrateRequest = new RequestType<KeaMigrateParams, KeaMigrateResult, void>('dhcpd/keaMigrate');

// ---- Workspace trust ---------------------------------------------------------------------

export interface WorkspaceTrustParams {
  readonly trusted: boolean;
}

/** The client → server: the workspace was trusted ("Validate with dhcpd -t" may run). */
export const WorkspaceTrustNotification = new NotificationType<WorkspaceTrustParams>('dhcpd/workspaceTrust');
