/**
 * Optional "Validate with dhcpd -t": runs the installed dhcpd on a temporary copy of the document
 * and maps its messages onto diagnostics. Off by default; the server runs it only when the user
 * set `dhcpd.validation.dhcpdPath` and the workspace is trusted. execFile with an argument list
 * (never a shell), a timeout, a private temporary folder that is removed afterwards.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { t } from '../base/l10n';

export interface DhcpdMessage {
  /** 1-based line in the checked file, when dhcpd gives one. */
  readonly line?: number;
  readonly message: string;
}

export interface DhcpdVerdict {
  readonly exitCode: number | null;
  readonly messages: DhcpdMessage[];
  /** Set when dhcpd could not be run at all (missing, not executable, timed out). */
  readonly failure?: string;
}

const NOISE = /^(Internet Systems Consortium|Copyright|All rights reserved|For info, please visit|Ldap config|Database file|PID file|Config file|Wrote \d|Configuration file errors encountered|If you think you have received this message|than a configuration issue|bugs on dhcp-server|mailing list|the README file|before submitting a bug|This version of ISC DHCP|Please report|exiting\.|\s*\^?\s*$)/;

/** Reads dhcpd's stderr: `FILE line N: message` lines, plus fatal lines without a line number. */
export function parseDhcpdOutput(output: string, checkedFile: string): DhcpdMessage[] {
  const messages: DhcpdMessage[] = [];
  const lines = output.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const m = /^(.*) line (\d+): (.*)$/.exec(l);
    if (m) {
      if (path.basename(m[1]) === path.basename(checkedFile)) messages.push({ line: Number(m[2]), message: m[3] });
      else messages.push({ message: `${m[1]} line ${m[2]}: ${m[3]}` });
      i += 2; // dhcpd echoes the source line and a caret under it
      continue;
    }
    if (NOISE.test(l) || /^(WARNING|Warning): /.test(l) === false && /^\s/.test(l)) continue;
    messages.push({ message: l.trim() });
  }
  return messages.filter((m) => m.message.length > 0);
}

export function runDhcpdCheck(dhcpdPath: string, text: string, family: 4 | 6, cwd: string, timeoutMs = 15000): Promise<DhcpdVerdict> {
  return new Promise((resolve) => {
    let dir: string;
    try {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dhcpd-conf-check-'));
    } catch (e) {
      resolve({ exitCode: null, messages: [], failure: String(e) });
      return;
    }
    const conf = path.join(dir, 'dhcpd.conf');
    const leases = path.join(dir, 'dhcpd.leases');
    const pid = path.join(dir, 'dhcpd.pid');
    const cleanup = (): void => fs.rmSync(dir, { recursive: true, force: true });
    try {
      fs.writeFileSync(conf, text, { mode: 0o600 });
      fs.writeFileSync(leases, '', { mode: 0o600 });
    } catch (e) {
      cleanup();
      resolve({ exitCode: null, messages: [], failure: String(e) });
      return;
    }
    execFile(
      dhcpdPath,
      [`-${family}`, '-t', '-cf', conf, '-lf', leases, '-pf', pid],
      { cwd, timeout: timeoutMs, maxBuffer: 1024 * 1024, windowsHide: true },
      (error, stdout, stderr) => {
        cleanup();
        const code = error ? ((error as NodeJS.ErrnoException & { code?: unknown }).code as number | string | undefined) : 0;
        if (error && (typeof code === 'string' || (error as { killed?: boolean }).killed)) {
          resolve({ exitCode: null, messages: [], failure: (error as { killed?: boolean }).killed ? `timed out after ${timeoutMs} ms` : String(error.message) });
          return;
        }
        resolve({ exitCode: typeof code === 'number' ? code : 0, messages: parseDhcpdOutput(`${stdout}\n${stderr}`, conf) });
      },
    );
  });
}

/**
 * The diagnostics of a verdict on a document of `lineCount` lines: one warning when dhcpd could
 * not run, none when it accepted the file, else one error per message on its line (the whole
 * line; the first line for messages without one, the last for lines past the end).
 */
export function dhcpdDiagnostics(verdict: DhcpdVerdict, dhcpdPath: string, lineCount: number): Diagnostic[] {
  if (verdict.failure) {
    return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Warning, source: 'dhcpd -t', message: t('dhcpd -t could not run ({0}): {1}', dhcpdPath, verdict.failure) }];
  }
  if (verdict.exitCode === 0) return [];
  const lastLine = Math.max(lineCount - 1, 0);
  return verdict.messages.map((m) => {
    const line = m.line ? Math.min(m.line - 1, lastLine) : 0;
    return { range: { start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } }, severity: DiagnosticSeverity.Error, source: 'dhcpd -t', message: m.message };
  });
}
