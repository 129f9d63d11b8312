/** "Validate with dhcpd -t" against the real dhcpd (Debian isc-dhcp-server). */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { runDhcpdCheck } from '../../server/src/lsp/dhcpdCheck';

const DHCPD = ['/usr/sbin/dhcpd', '/usr/local/sbin/dhcpd'].find((p) => fs.existsSync(p));

test('the real dhcpd -t: a missing semicolon on line 1 is reported on line 2, as dhcpd does', { skip: DHCPD ? false : 'no dhcpd installed' }, async () => {
  const verdict = await runDhcpdCheck(DHCPD!, 'default-lease-time 600\nmax-lease-time 7200;\n', 4, os.tmpdir());
  assert.equal(verdict.exitCode, 1);
  assert.deepEqual(verdict.messages[0], { line: 2, message: 'semicolon expected.' });
  const clean = await runDhcpdCheck(DHCPD!, 'authoritative;\n', 4, os.tmpdir());
  assert.equal(clean.exitCode, 0);
});
