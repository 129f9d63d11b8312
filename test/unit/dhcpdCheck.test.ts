/**
 * "Validate with dhcpd -t": the program is run with an argument list on a temporary copy, its
 * messages mapped to lines; a missing program or a hang is reported, not fatal. A fake dhcpd
 * (a Node script) stands in; test/oracle/dhcpdCheck.test.ts runs the real one.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { dhcpdDiagnostics, parseDhcpdOutput, runDhcpdCheck } from '../../server/src/lsp/dhcpdCheck';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-dhcpd-'));
const fake = path.join(dir, 'dhcpd');
fs.writeFileSync(
  fake,
  `#!${process.execPath}
const fs = require('fs');
const args = process.argv.slice(2);
fs.writeFileSync(${JSON.stringify(path.join(dir, 'args.json'))}, JSON.stringify(args));
const conf = args[args.indexOf('-cf') + 1];
const text = fs.readFileSync(conf, 'utf8');
if (text.includes('hang')) setTimeout(() => {}, 60000);
else if (text.includes('bad')) {
  process.stderr.write(conf + ' line 2: semicolon expected.\\nbad\\n^\\nConfiguration file errors encountered -- exiting\\n');
  process.exit(1);
}
`,
  { mode: 0o755 },
);

test('messages map to lines; the copy is temporary; arguments are a list', async () => {
  const verdict = await runDhcpdCheck(fake, 'authoritative;\nbad\n', 4, dir);
  assert.equal(verdict.exitCode, 1);
  assert.deepEqual(verdict.messages, [{ line: 2, message: 'semicolon expected.' }]);
  const args = JSON.parse(fs.readFileSync(path.join(dir, 'args.json'), 'utf8')) as string[];
  assert.deepEqual(args.slice(0, 3), ['-4', '-t', '-cf']);
  assert.ok(!fs.existsSync(args[3]), 'the temporary copy is removed');
});

test('a clean file: exit 0, no messages', async () => {
  const verdict = await runDhcpdCheck(fake, 'authoritative;\n', 6, dir);
  assert.deepEqual(verdict, { exitCode: 0, messages: [] });
});

test('a missing program and a hang are failures, not crashes', async () => {
  const missing = await runDhcpdCheck(path.join(dir, 'nope'), 'x', 4, dir);
  assert.equal(missing.exitCode, null);
  assert.match(missing.failure ?? '', /ENOENT/);
  const hang = await runDhcpdCheck(fake, 'hang', 4, dir, 500);
  assert.match(hang.failure ?? '', /timed out after 500 ms/);
});

test("dhcpd's own output: file lines, fatal lines, noise dropped", () => {
  const out = `Internet Systems Consortium DHCP Server 4.4.3-P1
Copyright 2004-2022 Internet Systems Consortium.
All rights reserved.
For info, please visit https://www.isc.org/software/dhcp/
/tmp/x/dhcpd.conf line 3: unknown option dhcp.foo
option foo
          ^
bad range, address 10.0.1.5 not in subnet 10.0.0.0 netmask 255.255.255.0
Configuration file errors encountered -- exiting
`;
  assert.deepEqual(parseDhcpdOutput(out, '/tmp/x/dhcpd.conf'), [
    { line: 3, message: 'unknown option dhcp.foo' },
    { message: 'bad range, address 10.0.1.5 not in subnet 10.0.0.0 netmask 255.255.255.0' },
  ]);
});

test('a verdict as diagnostics: a warning when dhcpd could not run, whole-line errors otherwise', () => {
  assert.deepEqual(dhcpdDiagnostics({ exitCode: 0, messages: [] }, '/usr/sbin/dhcpd', 10), []);
  const failed = dhcpdDiagnostics({ exitCode: null, messages: [], failure: 'timed out after 15000 ms' }, '/usr/sbin/dhcpd', 10);
  assert.equal(failed.length, 1);
  assert.equal(failed[0].severity, 2);
  assert.match(failed[0].message, /dhcpd -t.*\/usr\/sbin\/dhcpd.*timed out/);
  const errors = dhcpdDiagnostics({ exitCode: 1, messages: [{ line: 2, message: 'semicolon expected.' }, { line: 99, message: 'past the end' }, { message: 'no line' }] }, 'dhcpd', 5);
  assert.deepEqual(
    errors.map((d) => [d.range.start.line, d.range.end.character, d.severity, d.source, d.message]),
    [
      [1, Number.MAX_SAFE_INTEGER, 1, 'dhcpd -t', 'semicolon expected.'],
      [4, Number.MAX_SAFE_INTEGER, 1, 'dhcpd -t', 'past the end'],
      [0, Number.MAX_SAFE_INTEGER, 1, 'dhcpd -t', 'no line'],
    ],
  );
});
