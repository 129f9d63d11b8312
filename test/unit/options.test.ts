/**
 * The option knowledge base (server/src/knowledge/options.generated.ts): consistency, exact values
 * from ISC DHCP 4.4.3-P1 common/tables.c, and freshness of the generated file.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { OPTIONS } from '../../server/src/knowledge/options.generated';

const GENERATOR = fileURLToPath(new URL('../../scripts/genOptions.mjs', import.meta.url));
const MAN_PAGE = '/usr/share/man/man5/dhcp-options.5.gz';

const key = (space: string, name: string) => `${space}.${name}`;
const find = (space: string, name: string) => OPTIONS.find((o) => o.space === space && o.name === name);

test('the table is large enough to be the whole of dhcpd', () => {
  assert.ok(OPTIONS.length >= 150, `only ${OPTIONS.length} options`);
});

test('no duplicate name or code within a space', () => {
  // dhcpd looks option names up without regard to case.
  const names = new Set<string>();
  const codes = new Set<string>();
  for (const o of OPTIONS) {
    const n = key(o.space, o.name.toLowerCase());
    const c = `${o.space}/${o.code}`;
    assert.ok(!names.has(n), `duplicate name ${n}`);
    assert.ok(!codes.has(c), `duplicate code ${c} (${o.name})`);
    names.add(n);
    codes.add(c);
  }
});

test('every option is documented in English and French', () => {
  for (const o of OPTIONS) {
    const k = key(o.space, o.name);
    assert.ok(o.doc.en.trim().length > 0, `${k}: empty doc.en`);
    assert.ok(o.doc.fr.trim().length > 0, `${k}: empty doc.fr`);
    assert.notEqual(o.doc.fr, o.doc.en, `${k}: doc.fr is not a translation`);
  }
});

test('families and spaces agree', () => {
  const v6 = new Set(['dhcp6', 'vsio', 'isc6']);
  for (const o of OPTIONS) {
    assert.equal(o.family, v6.has(o.space) ? 6 : 4, `${key(o.space, o.name)}: family ${o.family}`);
  }
  const spaces = new Set(OPTIONS.map((o) => o.space));
  for (const s of ['dhcp', 'agent', 'fqdn', 'nwip', 'dhcp6']) assert.ok(spaces.has(s), `no option in space ${s}`);
});

test('formats only use the letters of tables.c', () => {
  // I 6 l L s S b B t T f A a U F o E e X N d D c Z (E and N are followed by a name and a dot).
  const atom = /^(?:[I6lLsSbBtTfAaUFoeXdDcZ]|E[a-z0-9-]*\.|N[a-z0-9_-]+\.)/;
  for (const o of OPTIONS) {
    let rest = o.format;
    while (rest) {
      const m = atom.exec(rest);
      assert.ok(m, `${key(o.space, o.name)}: bad format ${o.format}`);
      rest = rest.slice(m[0].length);
    }
    assert.ok(o.format.length > 0, `${key(o.space, o.name)}: empty format`);
  }
});

test('spot checks against common/tables.c', () => {
  const expected: Array<[string, string, number, string]> = [
    ['dhcp', 'subnet-mask', 1, 'I'],
    ['dhcp', 'time-offset', 2, 'l'],
    ['dhcp', 'routers', 3, 'IA'],
    ['dhcp', 'domain-name-servers', 6, 'IA'],
    ['dhcp', 'host-name', 12, 't'],
    ['dhcp', 'domain-name', 15, 't'],
    ['dhcp', 'static-routes', 33, 'IIA'],
    ['dhcp', 'vendor-encapsulated-options', 43, 'E.'],
    ['dhcp', 'netbios-node-type', 46, 'B'],
    ['dhcp', 'dhcp-parameter-request-list', 55, 'BA'],
    ['dhcp', 'dhcp-client-identifier', 61, 'X'],
    ['dhcp', 'nwip-suboptions', 63, 'Enwip.'],
    ['dhcp', 'slp-directory-agent', 78, 'fIa'],
    ['dhcp', 'slp-service-scope', 79, 'fto'],
    ['dhcp', 'fqdn', 81, 'Efqdn.'],
    ['dhcp', 'relay-agent-information', 82, 'Eagent.'],
    ['dhcp', 'pxe-system-type', 93, 'Sa'],
    ['dhcp', 'v6-only-preferred', 108, 'L'],
    ['dhcp', 'domain-search', 119, 'Dc'],
    ['dhcp', 'vivco', 124, 'Evendor-class.'],
    ['dhcp', 'vivso', 125, 'Evendor.'],
    ['dhcp', 'rdnss-selection', 146, 'BIID'],
    ['dhcp', 'tftp-server-address', 150, 'Ia'],
    ['dhcp', 'option-6rd', 212, 'BB6Ia'],
    ['dhcp', 'v4-access-domain', 213, 'd'],
    ['agent', 'circuit-id', 1, 'X'],
    ['agent', 'remote-id', 2, 'X'],
    ['agent', 'DOCSIS-device-class', 4, 'L'],
    ['agent', 'link-selection', 5, 'I'],
    ['agent', 'relay-port', 19, 'Z'],
    ['fqdn', 'server-update', 2, 'f'],
    ['fqdn', 'rcode1', 4, 'B'],
    ['fqdn', 'fqdn', 8, 't'],
    ['nwip', 'nwip-1-1', 10, 'f'],
    ['nwip', 'primary-dss', 11, 'I'],
    ['dhcp6', 'client-id', 1, 'X'],
    ['dhcp6', 'oro', 6, 'SA'],
    ['dhcp6', 'unicast', 12, '6'],
    ['dhcp6', 'status-code', 13, 'Nstatus-codes.to'],
    ['dhcp6', 'rapid-commit', 14, 'Z'],
    ['dhcp6', 'vendor-opts', 17, 'Evsio.'],
    ['dhcp6', 'reconf-msg', 19, 'Ndhcpv6-messages.'],
    ['dhcp6', 'name-servers', 23, '6A'],
    ['dhcp6', 'domain-search', 24, 'D'],
    ['dhcp6', 'info-refresh-time', 32, 'T'],
    ['dhcp6', 'fqdn', 39, 'Efqdn6-if-you-see-me-its-a-bug-bug-bug.'],
    ['dhcp6', 'lq-relay-data', 47, '6X'],
    ['dhcp6', 'nii', 62, 'BBB'],
    ['dhcp6', 'rdnss-selection', 74, '6BD'],
    ['dhcp6', 'relay-source-port', 135, 'S'],
    ['vsio', 'isc', 2495, 'Eisc6.'],
    ['isc6', '4o6-source-address', 60001, '6'],
  ];
  for (const [space, name, code, format] of expected) {
    const o = find(space, name);
    assert.ok(o, `missing ${key(space, name)}`);
    assert.equal(o.code, code, `${key(space, name)}: code`);
    assert.equal(o.format, format, `${key(space, name)}: format`);
  }
  assert.equal(OPTIONS.filter((o) => o.space === 'dhcp').length, 119);
  assert.equal(OPTIONS.filter((o) => o.space === 'dhcp6').length, 64);
});

test('types as the man page writes them (corrected where dhcpd disagrees)', () => {
  assert.equal(find('dhcp', 'routers')?.type, 'ip-address [, ip-address ...]');
  assert.equal(find('dhcp', 'subnet-mask')?.type, 'ip-address');
  assert.equal(find('dhcp', 'domain-search')?.type, 'domain-list');
  assert.equal(find('dhcp', 'dhcp-client-identifier')?.type, 'string');
  assert.equal(find('dhcp', 'host-name')?.type, 'text'); // man: string, but dhcpd wants text
  assert.equal(find('dhcp', 'policy-filter')?.type, 'ip-address ip-address [, ip-address ip-address ...]');
  assert.equal(find('fqdn', 'rcode1')?.type, 'uint8'); // man: flag, but dhcpd wants a number
  assert.equal(find('dhcp6', 'name-servers')?.type, 'ip6-address [, ip6-address ...]');
  assert.equal(find('dhcp6', 'rapid-commit')?.type, '');
  assert.equal(find('dhcp', 'auto-config')?.type, 'uint8'); // not in the man page: from the format
});

test('names dhcpd 4.4.3 does not know are absent', () => {
  for (const [space, name] of [
    ['nwip', 'illegal-1'], // placeholder with an empty format: dhcpd refuses any value
    ['dhcp', 'pxelinux-magic'], // #if 0 in tables.c
    ['dhcp', 'vss-info'], // #if 0 in tables.c
    ['dhcp6', 'user-class'], // #if 0 in tables.c
    ['dhcp6', 'auth'], // #if 0 in tables.c
    ['dhcp6', 'nis-domain'], // man page quirk: it is dhcp6.nis-domain-name
  ]) {
    assert.equal(find(space, name), undefined, `${key(space, name)} should not be listed`);
  }
});

test('the generated file is up to date', (t) => {
  if (!existsSync(MAN_PAGE)) {
    t.skip(`${MAN_PAGE} is not installed`);
    return;
  }
  const r = spawnSync(process.execPath, [GENERATOR, '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
});
