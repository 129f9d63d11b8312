/**
 * The formatter on the shared corpus (../shared/corpus): white space is the only change, a second
 * pass changes nothing, and the real dhcpd gives each formatted file the verdict it gives the
 * original (`dhcpd -t`: exit code and error messages; a missing include fails both the same way).
 * Skipped without the corpus or without dhcpd (Debian package isc-dhcp-server).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatText, type FormatOptions } from '../../server/src/services/formatter';
import { detectFamily } from '../../server/src/languageService';
import type { Family } from '../../server/src/knowledge/types';
import { readTsv, ROOT } from '../helpers';

const CORPUS = process.env.DHCPD_CORPUS ?? path.resolve(ROOT, '..', 'shared', 'corpus');
const DHCPD = [process.env.DHCPD, '/usr/sbin/dhcpd', '/usr/local/sbin/dhcpd'].find((p): p is string => !!p && fs.existsSync(p));
const OPTIONS: FormatOptions = { tabSize: 2, insertSpaces: true };

/** Configuration files only: not the README, the label tables or the licence. */
function corpusFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!/\.(md|tsv|txt)$/i.test(entry.name)) out.push(full);
    }
  };
  if (fs.existsSync(CORPUS)) walk(CORPUS);
  return out.sort();
}

const files = corpusFiles();
// Bytes as they are: latin1 maps each byte to one character and back.
const read = (file: string): string => fs.readFileSync(file, 'latin1');

test('corpus: the formatter changes white space only and is idempotent', { skip: files.length ? false : `no corpus at ${CORPUS}` }, () => {
  const failures: string[] = [];
  let changed = 0;
  for (const file of files) {
    const text = read(file);
    const once = formatText(text, undefined, OPTIONS);
    if (once.replace(/\s+/g, '') !== text.replace(/\s+/g, '')) failures.push(`${file}: not white space only`);
    if (formatText(once, undefined, OPTIONS) !== once) failures.push(`${file}: not idempotent`);
    if (once !== text) changed++;
  }
  console.log(`corpus: ${files.length} files, ${changed} reformatted`);
  assert.deepEqual(failures, []);
});

interface Verdict {
  readonly status: string;
  /** dhcpd's messages, without file names and line numbers (formatting moves lines). */
  readonly messages: string[];
}

function dhcpdVerdict(file: string, family: Family, dir: string): Promise<Verdict> {
  const lease = path.join(dir, 'leases');
  fs.writeFileSync(lease, '');
  const args = [family === 6 ? '-6' : '-4', '-t', '-cf', file, '-lf', lease, '-pf', path.join(dir, 'pid')];
  return new Promise((resolve) => {
    execFile(DHCPD!, args, { timeout: 20_000, encoding: 'latin1', cwd: path.dirname(file) }, (error, stdout, stderr) => {
      const e = error as (NodeJS.ErrnoException & { code?: number | string; signal?: string; killed?: boolean }) | null;
      const status = !e ? 'exit 0' : e.killed ? 'timeout' : e.signal ? `signal ${e.signal}` : `exit ${e.code}`;
      const messages = `${stdout}\n${stderr}`
        .split('\n')
        .map((l) => /^\S+ line \d+: (.*)$/.exec(l)?.[1] ?? (/Can't open/.test(l) ? l.trim() : undefined))
        .filter((m): m is string => m !== undefined);
      resolve({ status, messages });
    });
  });
}

test('corpus: dhcpd -t gives each formatted file the verdict of the original', { skip: !files.length ? `no corpus at ${CORPUS}` : !DHCPD ? 'no dhcpd' : false, timeout: 600_000 }, async () => {
  const labels = new Map(fs.existsSync(path.join(CORPUS, 'LABELS.tsv')) ? readTsv(path.join(CORPUS, 'LABELS.tsv')).map((r) => [r.file, r]) : []);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dhcpd-format-'));
  const differences: string[] = [];
  let compared = 0;
  try {
    const jobs = files.map((file, index) => async () => {
      const text = read(file);
      const formatted = formatText(text, undefined, OPTIONS);
      if (formatted === text) return;
      const label = labels.get(path.basename(file));
      const family: Family = label ? (Number(label.family) as Family) : detectFamily(file, text);
      const dir = path.join(tmp, String(index));
      fs.mkdirSync(dir);
      // Same base name: dhcpd and our family detection look at it.
      const copy = path.join(dir, path.basename(file));
      fs.writeFileSync(copy, formatted, 'latin1');
      const [before, after] = [await dhcpdVerdict(file, family, dir), await dhcpdVerdict(copy, family, dir)];
      compared++;
      if (before.status !== after.status || before.messages.join('\n') !== after.messages.join('\n')) {
        differences.push(`${path.relative(CORPUS, file)}: ${before.status} ${JSON.stringify(before.messages)} → ${after.status} ${JSON.stringify(after.messages)}`);
      }
    });
    // A few dhcpd processes at a time.
    const queue = jobs.slice();
    await Promise.all(Array.from({ length: 8 }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await job();
    }));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`corpus: ${compared} reformatted files checked with dhcpd -t`);
  assert.ok(compared > 0);
  assert.deepEqual(differences, []);
});
