/**
 * `LanguageService.check` (what `dhcpd-conf check` runs) reads a configuration in one pass that
 * keeps no tree. It must find exactly the problems of a full analysis, in the same order, on
 * every fixture: rules, dhcpd differential cases, tutorial mutations, includes.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES, familyOfFixture, service } from '../helpers';
import { LanguageService } from '../../server/src/languageService';

function confFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return confFiles(p);
    return /\.(conf|in)$/.test(e.name) ? [p] : [];
  });
}

test('check finds the problems of a full analysis, in order, on every fixture', () => {
  const files = confFiles(FIXTURES);
  let withProblems = 0;
  let withIncludes = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const family = familyOfFixture(text);
    const full = service.analyze(file, text, { family });
    const checked = service.check(file, text, { family });
    assert.deepEqual(checked.problems, full.problems, file);
    assert.deepEqual(checked.files.map((f) => f.path), full.files.map((f) => f.path), file);
    if (full.problems.length) withProblems++;
    if (full.files.length > 1) withIncludes++;
  }
  // The comparison means something only if the fixtures have problems and includes.
  assert.ok(files.length > 600 && withProblems > 300 && withIncludes > 0, `${files.length} files, ${withProblems} with problems, ${withIncludes} with includes`);
});

test('check still sees duplicates across top-level statements it has let go', () => {
  const text = 'host a { hardware ethernet 00:11:22:33:44:55; }\nhost a { fixed-address 10.0.0.1; }\n';
  const checked = service.check('x.conf', text, { family: 4 });
  assert.deepEqual(checked.problems.map((p) => p.rule), ['duplicateHost']);
});

test('failover peers declared in nested included files are the configuration\'s peers', () => {
  const files: Record<string, string> = {
    '/etc/dhcp/dhcpd.conf': 'include "/etc/dhcp/a.conf";\nsubnet 10.0.0.0 netmask 255.255.255.0 { pool { failover peer "deep"; range 10.0.0.10 10.0.0.20; } }\n',
    '/etc/dhcp/a.conf': 'include "/etc/dhcp/b.conf";\n',
    '/etc/dhcp/b.conf': 'failover peer "deep" { primary; address 10.0.0.1; port 647; peer address 10.0.0.2; peer port 647; max-response-delay 30; max-unacked-updates 10; mclt 1800; split 128; load balance max seconds 3; }\n',
  };
  const svc = new LanguageService({ readFile: (f) => files[f] });
  const analysis = svc.analyze('/etc/dhcp/dhcpd.conf', files['/etc/dhcp/dhcpd.conf'], { family: 4 });
  assert.deepEqual(analysis.document.peers.map((p) => p.name?.text), ['deep']);
  assert.deepEqual(analysis.problems, []);
  assert.deepEqual(svc.check('/etc/dhcp/dhcpd.conf', files['/etc/dhcp/dhcpd.conf'], { family: 4 }).problems, []);
});

test('check treats includes refused below the root as a full analysis does: cycles, depth, relative paths', () => {
  const chain: Record<string, string> = { '/d/main.conf': 'include "/d/f1.conf";\n' };
  for (let i = 1; i <= 20; i++) chain[`/d/f${i}.conf`] = `include "/d/f${i + 1}.conf";\n`;
  chain['/d/f21.conf'] = 'frobnicate the network;\n';
  const cases: Array<Record<string, string>> = [
    // A cycle that does not go through the root.
    { '/x/main.conf': 'include "/x/sub/b.conf";\n', '/x/sub/b.conf': 'include "/x/sub/c.conf";\n', '/x/sub/c.conf': 'include "/x/sub/b.conf";\n' },
    { '/x/main.conf': 'include "sub/b.conf";\n', '/x/sub/b.conf': 'include "c.conf";\n', '/x/sub/c.conf': 'include "b.conf";\n' },
    // Relative to the including file, not to the root.
    { '/m/main.conf': 'include "sub/b.conf";\n', '/m/sub/b.conf': 'include "x.conf";\n', '/m/x.conf': 'frobnicate the network;\n' },
    chain,
  ];
  for (const files of cases) {
    let reads = 0;
    const svc = new LanguageService({ readFile: (f) => (reads++ < 1000 ? files[f] : undefined) });
    const root = Object.keys(files)[0];
    const full = svc.analyze(root, files[root], { family: 4 });
    reads = 0;
    const checked = svc.check(root, files[root], { family: 4 });
    assert.ok(reads < 1000, `${root}: check reads includes forever`);
    assert.deepEqual(checked.problems, full.problems, root);
    assert.deepEqual(checked.files.map((f) => f.path), full.files.map((f) => f.path), root);
    assert.ok(full.problems.length > 0, `${root}: the case has a problem to find`);
  }
});
