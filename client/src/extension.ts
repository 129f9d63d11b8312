/**
 * The VS Code client: starts and stops the language server and registers the commands.
 * Everything else is the server's.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

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
    initializationOptions: { locale: vscode.env.language },
  };
  client = new LanguageClient('dhcpd', 'DHCPD', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('dhcpd.generateSecondary', () =>
      vscode.window.showInformationMessage(vscode.l10n.t('Generate secondary: coming in the next release.')),
    ),
    vscode.commands.registerCommand('dhcpd.comparePeer', () =>
      vscode.window.showInformationMessage(vscode.l10n.t('Compare with failover peer: coming in the next release.')),
    ),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
