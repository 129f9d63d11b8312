/**
 * The bundled CLI (dist/cli.js, built by `npm test` before the tests) as a process: its output
 * through pipes, whole or cut short by the reader.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers';

const CLI = path.join(ROOT, 'dist', 'cli.js');

/** 20,000 hosts with a short MAC each: one warning per host, about 3 MB of JSON. */
function noisyFile(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dhcpd-cli-')), 'noisy.conf');
  fs.writeFileSync(file, Array.from({ length: 20000 }, (_, i) => `host h${i} { hardware ethernet 1:2; }\n`).join(''));
  return file;
}

function run(args: string[], onStdout: (chunk: Buffer, stop: () => void) => void): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.on('data', (d: Buffer) => onStdout(d, () => child.stdout.destroy()));
    child.on('close', (code) => resolve({ code, err }));
  });
}

test('the whole report comes through a pipe', async () => {
  const file = noisyFile();
  let bytes = 0;
  const chunks: Buffer[] = [];
  const r = await run(['check', '--format', 'json', file], (d) => {
    bytes += d.length;
    chunks.push(d);
  });
  assert.equal(r.code, 0);
  assert.equal(r.err, '');
  const report = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  assert.equal(report[0].warningCount, 20000);
  assert.ok(bytes > 2_000_000, `${bytes} bytes`);
});

test('a reader that stops early (`| head`) ends the output quietly', async () => {
  const file = noisyFile();
  const r = await run(['check', file], (_d, stop) => stop());
  assert.equal(r.err, '', 'no EPIPE stack on standard error');
  assert.ok(r.code === 0, `exit code ${r.code}`);
});
