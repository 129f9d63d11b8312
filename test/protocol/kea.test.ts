/**
 * The `dhcpd/keaMigrate` request of the VS Code command "Migrate failover pair to Kea HA…", over
 * LSP with the bundled server: the files of the migration of the open primary, or why not.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { LspClient } from './lspClient';
import { PRIMARY } from '../helpers';

let en: LspClient;

before(async () => {
  en = new LspClient();
  await en.initialize('en');
});

after(async () => {
  await en.shutdown();
});

interface KeaResponse {
  files?: Array<[string, string]>;
  mode?: string;
  untranslated?: number;
  error?: string;
}

test('over LSP: dhcpd/keaMigrate gives the five files of the open primary', async () => {
  const uri = 'file:///tmp/kea/dhcpd.conf';
  await en.open(uri, PRIMARY);
  const r = await en.request<KeaResponse>('dhcpd/keaMigrate', { uri });
  assert.equal(r.error, undefined);
  assert.deepEqual(r.files!.map(([f]) => f), ['primary/kea-dhcp4.conf', 'primary/kea-ctrl-agent.conf', 'secondary/kea-dhcp4.conf', 'secondary/kea-ctrl-agent.conf', 'MIGRATION.md']);
  assert.equal(r.mode, 'load-balancing');
  assert.equal(r.untranslated, 0);
  const secondary = JSON.parse(r.files![2][1]);
  assert.equal(secondary.Dhcp4['hooks-libraries'][1].parameters['high-availability'][0]['this-server-name'], 'secondary');
});

test('over LSP: dhcpd/keaMigrate says why it cannot migrate', async () => {
  const uri = 'file:///tmp/kea-none/dhcpd.conf';
  await en.open(uri, 'subnet 10.0.0.0 netmask 255.255.255.0 { range 10.0.0.5 10.0.0.9; }\n');
  const r = await en.request<KeaResponse>('dhcpd/keaMigrate', { uri });
  assert.match(r.error ?? '', /no failover peer/);
});
