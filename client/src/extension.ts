/**
 * The VS Code client: starts and stops the language server and registers the commands. The work
 * (parsing, rules, generation, comparison) is the server's; the client only shows results and
 * writes the files the user asked for, never overwriting one without asking.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ComparePairRequest, GeneratePeerConfigRequest, KeaMigrateRequest, SplitLayoutRequest, WorkspaceTrustNotification, type ComparePairResult, type InitializationOptions } from '../../server/src/lsp/protocol';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'dhcpd', scheme: 'file' },
      { language: 'dhcpd', scheme: 'untitled' },
    ],
    synchronize: { configurationSection: 'dhcpd' },
    initializationOptions: { locale: vscode.env.language, workspaceTrusted: vscode.workspace.isTrusted } satisfies InitializationOptions,
  };
  client = new LanguageClient('dhcpd', 'DHCPD', serverOptions, clientOptions);
  const pairDiagnostics = vscode.languages.createDiagnosticCollection('dhcpd-pair');
  context.subscriptions.push(
    pairDiagnostics,
    vscode.commands.registerCommand('dhcpd.generateSecondary', (uri?: vscode.Uri) => generate('secondary', uri, false)),
    vscode.commands.registerCommand('dhcpd.generateSecondaryToFile', (uri?: vscode.Uri) => generate('secondary', uri, true)),
    vscode.commands.registerCommand('dhcpd.generatePrimary', (uri?: vscode.Uri) => generate('primary', uri, false)),
    vscode.commands.registerCommand('dhcpd.comparePeer', (uri?: vscode.Uri) => compare(uri, pairDiagnostics)),
    vscode.commands.registerCommand('dhcpd.splitLayout', (uri?: vscode.Uri) => split(uri)),
    vscode.commands.registerCommand('dhcpd.migrateToKea', (uri?: vscode.Uri) => migrateToKea(uri)),
  );
  await client.start();
  // "Validate with dhcpd -t" runs an external program: only once the workspace is trusted.
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(WorkspaceTrustNotification, { trusted: true })),
  );
}

function activeDhcpdDocument(uri?: vscode.Uri): vscode.TextDocument | undefined {
  const doc = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId !== 'dhcpd') {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a dhcpd configuration first.'));
    return undefined;
  }
  return doc;
}

async function generate(target: 'primary' | 'secondary', uri: vscode.Uri | undefined, toFile: boolean): Promise<void> {
  const doc = activeDhcpdDocument(uri);
  if (!doc || !client) return;
  let result = await client.sendRequest(GeneratePeerConfigRequest, { uri: doc.uri.toString(), target });
  if (result.choosePeer) {
    const picked = await vscode.window.showQuickPick(
      result.choosePeer.map((p) => ({ label: p.name, description: vscode.l10n.t('partner {0}', p.partner) })),
      { placeHolder: vscode.l10n.t('This file has relationships with several servers: which partner\'s configuration?') },
    );
    if (!picked) return;
    result = await client.sendRequest(GeneratePeerConfigRequest, { uri: doc.uri.toString(), target, peer: picked.label });
  }
  if (result.error || result.text === undefined) {
    void vscode.window.showErrorMessage(result.error ?? vscode.l10n.t('The configuration could not be generated.'));
    return;
  }
  if (toFile) {
    const suggested = vscode.Uri.joinPath(doc.uri, '..', `${target}-${path.basename(doc.uri.path)}`);
    const target_ = await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { 'dhcpd.conf': ['conf'] } });
    if (!target_) return;
    if (!(await confirmOverwrite(target_, result.text))) return;
    await writeAtomically(target_, result.text);
    await vscode.window.showTextDocument(target_, { viewColumn: vscode.ViewColumn.Beside });
  } else {
    const generated = await vscode.workspace.openTextDocument({ language: 'dhcpd', content: result.text });
    await vscode.window.showTextDocument(generated, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  }
  if (result.notes?.length) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Review the generated configuration: {0}', result.notes.join(' ')));
  }
}

/** Against an existing file: show the diff and ask. Nothing is overwritten without a yes. */
async function confirmOverwrite(target: vscode.Uri, text: string): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(target);
  } catch {
    return true; // no such file
  }
  const proposed = await vscode.workspace.openTextDocument({ language: 'dhcpd', content: text });
  await vscode.commands.executeCommand('vscode.diff', target, proposed.uri, vscode.l10n.t('{0} ↔ generated', path.basename(target.path)));
  const overwrite = vscode.l10n.t('Overwrite');
  const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} exists. Overwrite it with the generated configuration?', path.basename(target.path)), { modal: true }, overwrite);
  return answer === overwrite;
}

/** Writes through a temporary file and a rename, so a failure never leaves half a file. */
async function writeAtomically(target: vscode.Uri, text: string): Promise<void> {
  const tmp = vscode.Uri.joinPath(target, '..', `.${path.basename(target.path)}.tmp`);
  await vscode.workspace.fs.writeFile(tmp, Buffer.from(text, 'utf8'));
  await vscode.workspace.fs.rename(tmp, target, { overwrite: true });
}

/** The ISC layout: a shared file and one file per server, written to a folder the user picks. */
async function split(uri: vscode.Uri | undefined): Promise<void> {
  const doc = activeDhcpdDocument(uri);
  if (!doc || !client) return;
  const sharedName = 'dhcpd-shared.conf';
  const result = await client.sendRequest(SplitLayoutRequest, { uri: doc.uri.toString(), sharedName });
  if (result.error || result.shared === undefined) {
    void vscode.window.showErrorMessage(result.error ?? vscode.l10n.t('The configuration could not be split.'));
    return;
  }
  const folder = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    defaultUri: vscode.Uri.joinPath(doc.uri, '..'),
    openLabel: vscode.l10n.t('Write the three files here'),
  });
  if (!folder?.length) return;
  const files: Array<[string, string]> = [
    [sharedName, result.shared],
    ['dhcpd-primary.conf', result.primary ?? ''],
    ['dhcpd-secondary.conf', result.secondary ?? ''],
  ];
  for (const [name, text] of files) {
    const target = vscode.Uri.joinPath(folder[0], name);
    if (!(await confirmOverwrite(target, text))) return;
    await writeAtomically(target, text);
  }
  await vscode.window.showTextDocument(vscode.Uri.joinPath(folder[0], 'dhcpd-primary.conf'));
  if (result.notes?.length) void vscode.window.showWarningMessage(result.notes.join(' '));
}

/** Kea HA: both servers' Kea files and MIGRATION.md, written to a folder the user picks. */
async function migrateToKea(uri: vscode.Uri | undefined): Promise<void> {
  const doc = activeDhcpdDocument(uri);
  if (!doc || !client) return;
  const result = await client.sendRequest(KeaMigrateRequest, { uri: doc.uri.toString() });
  if (result.error || !result.files) {
    void vscode.window.showErrorMessage(result.error ?? vscode.l10n.t('The pair could not be migrated to Kea.'));
    return;
  }
  const folder = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    defaultUri: vscode.Uri.joinPath(doc.uri, '..'),
    openLabel: vscode.l10n.t('Write the Kea configurations here'),
  });
  if (!folder?.length) return;
  const existing: string[] = [];
  for (const [rel] of result.files) {
    try {
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder[0], rel));
      existing.push(rel);
    } catch {
      /* not there */
    }
  }
  if (existing.length) {
    const overwrite = vscode.l10n.t('Overwrite');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exist(s) in this folder. Overwrite?', existing.join(', ')), { modal: true }, overwrite);
    if (answer !== overwrite) return;
  }
  for (const [rel, text] of result.files) {
    const target = vscode.Uri.joinPath(folder[0], rel);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    await writeAtomically(target, text);
  }
  await vscode.window.showTextDocument(vscode.Uri.joinPath(folder[0], 'MIGRATION.md'), { preview: false });
  void vscode.window.showInformationMessage(vscode.l10n.t('Kea HA ({0}): {1} statement(s) not translated, listed in MIGRATION.md.', result.mode ?? '', result.untranslated ?? 0));
}

async function compare(uri: vscode.Uri | undefined, collection: vscode.DiagnosticCollection): Promise<void> {
  const doc = activeDhcpdDocument(uri);
  if (!doc || !client) return;
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    defaultUri: vscode.Uri.joinPath(doc.uri, '..'),
    openLabel: vscode.l10n.t('Compare with this configuration'),
    filters: { 'dhcpd.conf': ['conf'], '*': ['*'] },
  });
  if (!picked?.length) return;
  const other = picked[0];
  const result = await client.sendRequest(ComparePairRequest, { uri: doc.uri.toString(), otherUri: other.toString() });
  if (result.error) {
    void vscode.window.showErrorMessage(result.error);
    return;
  }
  const converter = client.protocol2CodeConverter;
  const convert = (list: ComparePairResult['a']): vscode.Diagnostic[] => (list ?? []).map((d) => converter.asDiagnostic(d));
  collection.set(doc.uri, convert(result.a));
  collection.set(other, convert(result.b));
  const count = (result.a?.length ?? 0) + (result.b?.length ?? 0);
  if (count === 0) void vscode.window.showInformationMessage(vscode.l10n.t('The two configurations form a consistent failover pair.'));
  else {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} mismatch(es) between the two servers: see the Problems panel.', count));
    await vscode.window.showTextDocument(other, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
