/** `dhcpd-conf check`: output formats, exit codes, standard input, options. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/src/cli/cli';
import { setLocale } from '../../server/src/base/l10n';

function run(args: string[], stdin = '', cwd = process.cwd()): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: () => stdin, cwd });
  setLocale('en');
  return { code, out, err };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dhcpd-cli-'));
const good = path.join(dir, 'good.conf');
const bad = path.join(dir, 'bad.conf');
fs.writeFileSync(good, 'authoritative;\ndefault-lease-time 600;\n');
fs.writeFileSync(bad, 'default-lease-time 600\nmax-lease-time 7200;\nfrobnicate;\n');

test('text format is gcc style, exit 1 on errors', () => {
  const r = run(['check', 'bad.conf', 'good.conf'], '', dir);
  assert.equal(r.code, 1);
  assert.equal(
    r.out,
    'bad.conf:1:22: error: Missing `;` at the end of this statement (dhcpd: "semicolon expected."). [missingSemicolon]\n' +
      'bad.conf:3:1: warning: Unknown statement `frobnicate`: dhcpd reads it as an expression and ignores it. [ignoredExpression]\n',
  );
});

test('exit 0 when there is no error', () => {
  const r = run(['check', good]);
  assert.equal(r.code, 0);
  assert.equal(r.out, '');
});

test('json follows the ESLint formatter shape', () => {
  const r = run(['check', '--format', 'json', bad]);
  const parsed = JSON.parse(r.out);
  assert.deepEqual(parsed, [
    {
      filePath: bad,
      messages: [
        { ruleId: 'missingSemicolon', severity: 2, message: 'Missing `;` at the end of this statement (dhcpd: "semicolon expected.").', line: 1, column: 22, endLine: 1, endColumn: 23 },
        { ruleId: 'ignoredExpression', severity: 1, message: 'Unknown statement `frobnicate`: dhcpd reads it as an expression and ignores it.', line: 3, column: 1, endLine: 3, endColumn: 11 },
      ],
      errorCount: 1,
      warningCount: 1,
    },
  ]);
});

test('sarif is SARIF 2.1.0 with rule ids and regions', () => {
  const r = run(['check', '--format=sarif', bad]);
  const sarif = JSON.parse(r.out);
  assert.equal(sarif.version, '2.1.0');
  const results = sarif.runs[0].results;
  assert.equal(results.length, 2);
  assert.equal(results[0].ruleId, 'missingSemicolon');
  assert.equal(results[0].level, 'error');
  assert.deepEqual(results[0].locations[0].physicalLocation.region, { startLine: 1, startColumn: 22, endLine: 1, endColumn: 23 });
  assert.ok(sarif.runs[0].tool.driver.rules.some((x: { id: string }) => x.id === 'failoverMcltOnSecondary'));
});

test('- reads standard input', () => {
  const r = run(['check', '-'], 'subnet 10.0.0.1 netmask 255.255.255.0 { }\n');
  assert.equal(r.code, 1);
  assert.match(r.out, /^<stdin>:1:8: error: Host bits are set in subnet number `10\.0\.0\.1`.*\[subnetHostBits\]\n$/);
});

test('--rule changes a severity or ignores a rule', () => {
  assert.equal(run(['check', '--rule', 'missingSemicolon=warning', bad]).code, 0);
  const r = run(['check', '--rule', 'ignoredExpression=ignore', bad]);
  assert.doesNotMatch(r.out, /ignoredExpression/);
});

test('--locale fr translates the messages', () => {
  const r = run(['check', '--locale', 'fr', bad]);
  assert.equal(r.code, 1);
  assert.match(r.out, /error: .*\(dhcpd : "semicolon expected\."\)/);
  assert.doesNotMatch(r.out, /Missing `;` at the end/);
});

test('--family 6 reads the file as DHCPv6', () => {
  const r = run(['check', '--family', '6', '-'], 'subnet6 2001:db8::/64 { range6 2001:db8::10 2001:db8::20; }\n');
  assert.equal(r.code, 0, r.out);
  const v4 = run(['check', '--family', '4', '-'], 'subnet6 2001:db8::/64 { range6 2001:db8::10 2001:db8::20; }\n');
  assert.equal(v4.code, 1);
});

test('usage errors and unreadable files exit 2 with a message on stderr', () => {
  const a = run(['check']);
  assert.equal(a.code, 2);
  assert.match(a.err, /no file given/);
  const b = run(['check', '--format', 'xml', good]);
  assert.equal(b.code, 2);
  const c = run(['check', path.join(dir, 'missing.conf')]);
  assert.equal(c.code, 2);
  assert.match(c.err, /cannot read .*missing\.conf/);
  const d = run(['frobnicate']);
  assert.equal(d.code, 2);
});

test('a folder checks the .conf files it holds', () => {
  const r = run(['check', dir]);
  assert.equal(r.code, 1);
  assert.match(r.out, /bad\.conf:1:22/);
});

test('problems in an included file are reported with that file', () => {
  const inc = path.join(dir, 'inc');
  fs.mkdirSync(inc, { recursive: true });
  fs.writeFileSync(path.join(inc, 'shared.conf'), 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.1.1 10.0.1.9;\n}\n');
  fs.writeFileSync(path.join(inc, 'main.conf'), 'include "shared.conf";\n');
  const r = run(['check', path.join(inc, 'main.conf')]);
  assert.equal(r.code, 1);
  assert.match(r.out, /shared\.conf:2:3: error: This range is not inside subnet 10\.0\.0\.0 netmask 255\.255\.255\.0/);
});

test('format prints the canonical text; --check exits 1 when a file would change', () => {
  const messy = path.join(dir, 'messy.conf');
  fs.writeFileSync(messy, 'subnet 10.0.0.0 netmask 255.255.255.0 {\noption routers 10.0.0.1;\n      pool { range 10.0.0.5 10.0.0.9; }\n}\n');
  const r = run(['format', messy]);
  assert.equal(r.code, 0);
  assert.equal(r.out, 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  option routers 10.0.0.1;\n  pool { range 10.0.0.5 10.0.0.9; }\n}\n');
  const c = run(['format', '--check', messy, good]);
  assert.equal(c.code, 1);
  assert.equal(c.out, `${messy} would be reformatted\n`);
  fs.writeFileSync(messy, r.out);
  assert.equal(run(['format', '--check', messy]).code, 0);
  assert.equal(run(['format', '--tabs', '-'], 'group {\nauthoritative;\n}\n').out, 'group {\n\tauthoritative;\n}\n');
});
