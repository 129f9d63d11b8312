#!/usr/bin/env node
// Labels configuration fixtures with the verdict of the real ISC dhcpd.
//
//   node scripts/labelFixtures.mjs [--check] [FOLDER ...]
//
// For every `*.conf` directly inside each FOLDER (default: test/fixtures/rules), runs
//   dhcpd -4|-6 -t -cf FILE -lf TEMP_LEASES -pf TEMP_PID
// with FOLDER as the working directory (dhcpd resolves relative `include` paths against its
// working directory). The family is 6 when a `# family: 6` comment appears in the file's leading
// comment block, 4 otherwise. Writes FOLDER/VERDICTS.tsv:
//   file <TAB> family <TAB> dhcpd_exit <TAB> line <TAB> message
// (first error line and message, empty when dhcpd accepts the file; sorted by file), the same
// columns as ../shared/corpus/LABELS.tsv.
//
// --check writes nothing: it compares dhcpd's verdicts with the recorded VERDICTS.tsv and exits 1,
// listing every file whose verdict differs (or that is missing from / extra in the record).
//
// The dhcpd binary: $DHCPD if set, else `dhcpd` from PATH, /usr/sbin, /usr/local/sbin or /sbin.
// No shell is involved: dhcpd is started with execFile, an argument list and a timeout.

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { constants as osConstants, cpus, tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_FOLDER = join(ROOT, 'test', 'fixtures', 'rules');
const VERDICTS = 'VERDICTS.tsv';
const HEADER = ['file', 'family', 'dhcpd_exit', 'line', 'message'];
const TIMEOUT_MS = 30_000;

function usage(code) {
  (code ? process.stderr : process.stdout).write(
    'usage: node scripts/labelFixtures.mjs [--check] [FOLDER ...]\n' +
      `  writes FOLDER/${VERDICTS} with dhcpd -t's verdict on each FOLDER/*.conf (default folder: test/fixtures/rules)\n` +
      '  --check  write nothing; exit 1 listing every file whose verdict differs from the recorded one\n' +
      '  env DHCPD  path of the dhcpd binary\n',
  );
  process.exit(code);
}

function findDhcpd() {
  if (process.env.DHCPD) return process.env.DHCPD;
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/sbin', '/usr/local/sbin', '/sbin'];
  for (const dir of dirs) {
    const candidate = join(dir, 'dhcpd');
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      /* not there */
    }
  }
  return null;
}

/** `# family: 6` in the leading comment block (blank lines allowed) selects DHCPv6. */
export function familyOf(text) {
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    if (!line.startsWith('#')) break;
    const m = /^#\s*family\s*:\s*([46])\b/i.exec(line);
    if (m) return m[1];
  }
  return '4';
}

// Lines dhcpd prints around the verdict, which are never the message itself.
const BOILERPLATE = [
  /^Internet Systems Consortium DHCP Server/,
  /^Copyright \d/,
  /^All rights reserved\.$/,
  /^For info, please visit/,
  /^Config file: /,
  /^Database file: /,
  /^PID file: /,
  /^Configuration file errors encountered -- exiting$/,
  /^If you think you have received this message due to a bug rather$/,
  /^than a configuration issue please read the section on submitting$/,
  /^bugs on either our web page at www\.isc\.org or in the README file$/,
  /^before submitting a bug\.\s+These pages explain the proper$/,
  /^process and the information we find helpful for debugging\.$/,
  /^exiting\.$/,
  /^Wrote \d+ (leases|class decls|deleted host decls|new dynamic host decls)/,
  /^Listening on /,
  /^Sending on /,
];
const WITH_LINE = /^(.*) line (\d+): (.*)$/;

/**
 * The first error dhcpd reports: `FILE line N: MESSAGE` gives [N, MESSAGE]; a fatal error without a
 * line (`Can't open ...`, `ERROR: Failover peer ...`, `bad range ...`) gives ['', MESSAGE].
 * The first such message in order of output wins (the echoed source line and caret that follow a
 * `line N:` message are never reached). Warnings printed before the error (`WARNING: ...`,
 * `confpars.c(1014): non-null pointer`) and the banner/trailer lines are skipped.
 */
export function firstError(stderr) {
  for (const raw of stderr.split(/\r\n|\r|\n/)) {
    const text = raw.trim();
    if (text === '' || BOILERPLATE.some((re) => re.test(text))) continue;
    const m = WITH_LINE.exec(text);
    if (m) return [m[2], m[3].trim()];
    if (/^WARNING\b/i.test(text) || /^[\w.-]+\.c\(\d+\): /.test(text)) continue;
    return ['', text];
  }
  return ['', ''];
}

function clean(s) {
  return String(s).replace(/[\t\r\n]+/g, ' ');
}

function runDhcpd(dhcpd, folder, file, family, leaseFile, pidFile) {
  return new Promise((resolvePromise, reject) => {
    execFile(
      dhcpd,
      [`-${family}`, '-t', '-cf', file, '-lf', leaseFile, '-pf', pidFile],
      { cwd: folder, timeout: TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 4 * 1024 * 1024, windowsHide: true },
      (error, stdout, stderr) => {
        const output = `${stderr}\n${stdout}`;
        if (!error) return resolvePromise({ exit: '0', line: '', message: '' });
        if (error.code === 'ENOENT' || error.code === 'EACCES') {
          return reject(new Error(`cannot run ${dhcpd}: ${error.message}`));
        }
        if (error.killed && error.signal === 'SIGKILL') {
          return resolvePromise({ exit: 'timeout', line: '', message: `no verdict within ${TIMEOUT_MS / 1000} s` });
        }
        let exit;
        if (typeof error.code === 'number') exit = String(error.code);
        else if (error.signal) exit = String(128 + (osConstants.signals[error.signal] ?? 0));
        else exit = String(error.code ?? 'error');
        const [line, message] = firstError(output);
        resolvePromise({ exit, line, message });
      },
    );
  });
}

async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  });
  await Promise.all(workers);
  return results;
}

const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

async function labelFolder(dhcpd, folder, leaseFile, scratch) {
  const files = readdirSync(folder, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.conf'))
    .map((d) => d.name)
    .sort(byCodePoint);
  const rows = await mapLimit(files, Math.max(1, Math.min(8, cpus().length)), async (file, i) => {
    const family = familyOf(readFileSync(join(folder, file), 'utf8'));
    const pidFile = join(scratch, `dhcpd-${process.pid}-${i}.pid`);
    const v = await runDhcpd(dhcpd, folder, file, family, leaseFile, pidFile);
    return [file, family, v.exit, v.line, clean(v.message)];
  });
  return rows;
}

function formatTsv(rows) {
  return [HEADER, ...rows].map((r) => r.join('\t')).join('\n') + '\n';
}

function readRecorded(path) {
  const recorded = new Map();
  if (!existsSync(path)) return null;
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l !== '');
  for (const l of lines.slice(1)) {
    const cols = l.split('\t');
    while (cols.length < HEADER.length) cols.push('');
    recorded.set(cols[0], cols);
  }
  return recorded;
}

async function main() {
  const args = process.argv.slice(2);
  let check = false;
  const folders = [];
  for (const a of args) {
    if (a === '--check') check = true;
    else if (a === '-h' || a === '--help') usage(0);
    else if (a.startsWith('-')) usage(1);
    else folders.push(resolve(a));
  }
  if (folders.length === 0) folders.push(DEFAULT_FOLDER);

  const dhcpd = findDhcpd();
  if (!dhcpd) {
    console.error('dhcpd not found: install isc-dhcp-server or set DHCPD=/path/to/dhcpd');
    process.exit(2);
  }

  const scratch = mkdtempSync(join(tmpdir(), 'labelFixtures-'));
  const leaseFile = join(scratch, 'dhcpd.leases');
  writeFileSync(leaseFile, '');
  let failed = false;
  try {
    for (const folder of folders) {
      if (!existsSync(folder) || !statSync(folder).isDirectory()) {
        console.error(`${folder}: not a folder`);
        failed = true;
        continue;
      }
      const rows = await labelFolder(dhcpd, folder, leaseFile, scratch);
      const tsvPath = join(folder, VERDICTS);
      if (!check) {
        writeFileSync(tsvPath, formatTsv(rows));
        const accepted = rows.filter((r) => r[2] === '0').length;
        console.log(`${tsvPath}: ${rows.length} files, ${accepted} accepted, ${rows.length - accepted} refused`);
        continue;
      }
      const recorded = readRecorded(tsvPath);
      if (recorded === null) {
        console.error(`${tsvPath}: missing (run without --check to write it)`);
        failed = true;
        continue;
      }
      const differences = [];
      for (const row of rows) {
        const old = recorded.get(row[0]);
        if (!old) differences.push(`${row[0]}: not recorded; dhcpd says ${row.slice(1).join(' | ')}`);
        else if (old.slice(1).join('\t') !== row.slice(1).join('\t'))
          differences.push(`${row[0]}: recorded ${old.slice(1).join(' | ')}; dhcpd says ${row.slice(1).join(' | ')}`);
        recorded.delete(row[0]);
      }
      for (const file of recorded.keys()) differences.push(`${file}: recorded but no such fixture`);
      if (differences.length) {
        failed = true;
        console.error(`${tsvPath}: ${differences.length} verdict(s) differ`);
        for (const d of differences) console.error(`  ${d}`);
      } else {
        console.log(`${tsvPath}: ${rows.length} verdicts match`);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  });
}
