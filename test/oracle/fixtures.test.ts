/**
 * Re-verifies, with the real dhcpd, the verdicts recorded beside our fixtures: the rule fixtures
 * (VERDICTS.tsv) and the tutorial mutations (LABELS.tsv). Needs /usr/sbin/dhcpd
 * (Debian package isc-dhcp-server).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from '../helpers';

const RUNS: Array<[string, string[]]> = [
  ['labelFixtures.mjs', ['test/fixtures/rules', 'test/fixtures/dhcpd-cases']],
  ['mutateTutorial.mjs', []],
];

for (const [script, args] of RUNS) {
  test(`${script} --check: recorded verdicts match dhcpd -t`, () => {
    let out = '';
    try {
      out = execFileSync(process.execPath, [path.join(ROOT, 'scripts', script), '--check', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
    } catch (e) {
      const err = e as { status: number; stdout?: string; stderr?: string };
      assert.fail(`${script} --check exited ${err.status}:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
    }
    console.log(out.trim().split('\n').slice(-1)[0]);
  });
}
