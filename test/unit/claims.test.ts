/**
 * Findings that used to be false or noise (issue #17), each pinned against what dhcpd 4.4.3 does
 * (measured with `dhcpd -4 -t`, or read in confpars.c / parse.c as cited).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { PRIMARY, analyzeText, summary } from '../helpers';

const messages = (text: string): string[] => analyzeText(text).problems.map((p) => `${p.rule}: ${p.message}`);

test('a lease time of -1 is stored as infinite: information only, with a fix to `infinite`', () => {
  const problems = analyzeText('max-lease-time -1;\ndefault-lease-time -1;\n').problems;
  assert.deepEqual(problems.map((p) => `${p.rule}/${p.severity}`), ['leaseTimeMinusOne/information', 'leaseTimeMinusOne/information']);
  assert.equal(problems[0].fixes?.[0].edits[0].newText, 'infinite');
  assert.deepEqual(summary('max-lease-time infinite;\n'), []);
  // Another negative number is a huge lease, not infinite.
  assert.deepEqual(summary('max-lease-time -5;\n'), ['numberWraps@1']);
});

test('a catch-all subnet in a shared-network is not an overlap: dhcpd picks the narrowest subnet', () => {
  const text = 'shared-network s {\n  subnet 0.0.0.0 netmask 0.0.0.0 { }\n  subnet 10.0.0.0 netmask 255.255.255.0 { }\n  subnet 10.0.1.0 netmask 255.255.255.0 { }\n}\n';
  assert.deepEqual(summary(text), []);
  // Two subnets inside the catch-all that overlap each other are still reported.
  assert.deepEqual(summary(text.replace('10.0.1.0 netmask 255.255.255.0', '10.0.0.0 netmask 255.255.255.0')), ['overlappingSubnets@4']);
  assert.match(messages(text.replace('10.0.1.0 netmask 255.255.255.0', '10.0.0.0 netmask 255.255.255.0'))[0], /declared twice/);
});

test('`DHCPD_INTERFACE = "eth0";` is an equality test dhcpd throws away; interfaces go on the command line', () => {
  const [p] = analyzeText('DHCPD_INTERFACE = "eth0";\n').problems;
  assert.equal(p.rule, 'ignoredExpression');
  assert.match(p.message, /equality test/);
  assert.match(p.message, /command line/);
  assert.doesNotMatch(p.message, /sets a variable/);
  const [q] = analyzeText('foo = 1;\n').problems;
  assert.match(q.message, /sets nothing/);
});

test('a missing or zero failover timer: what the man page asks and the default dhcpd uses', () => {
  const [missing] = messages(PRIMARY.replace('  max-response-delay 30;\n', ''));
  assert.match(missing, /^failoverTimerMissing: .*must be given; dhcpd uses 20 seconds instead/);
  assert.doesNotMatch(missing, /misbehaves/);
  const [zero] = messages(PRIMARY.replace('max-unacked-updates 10', 'max-unacked-updates 0'));
  assert.match(zero, /^failoverTimerMissing: `max-unacked-updates 0` counts as unset: dhcpd uses 100 updates instead/);
});

test('port 0 becomes 647 and a port over 65535 is cut to 16 bits (confpars.c)', () => {
  assert.match(messages(PRIMARY.replace('  port 647;', '  port 0;'))[0], /`port 0` counts as unset: dhcpd uses port 647/);
  assert.match(messages(PRIMARY.replace('peer port 647', 'peer port 70000'))[0], /low 16 bits of 70000 and uses port 4464/);
  for (const m of [...messages(PRIMARY.replace('  port 647;', '  port 0;')), ...messages(PRIMARY.replace('peer port 647', 'peer port 70000'))]) {
    assert.doesNotMatch(m, /never connect/);
  }
});

test('the default port, both sides omitted: no claim that the servers disagree', () => {
  const text = PRIMARY.replace('  port 647;\n', '').replace('  peer port 647;\n', '');
  const found = messages(text);
  assert.equal(found.length, 2);
  for (const m of found) {
    assert.match(m, /^failoverDefaultPort: .*dhcpd uses port 647/);
    assert.doesNotMatch(m, /must agree/);
  }
});

test('a placeholder key secret: quoted as dhcpd says it, "invalid base64 character N."', () => {
  const key = (s: string): string => `key k { algorithm hmac-md5; secret ${s}; }\n`;
  assert.match(messages(key('YOUR_HMAC_MD5_SECRET'))[0], /dhcpd: "invalid base64 character 95\."/);
  assert.match(messages(key('<removed>'))[0], /dhcpd: "invalid base64 character 60\."/);
  assert.match(messages(key('"<removed>"'))[0], /dhcpd: "invalid base64 character 60\."/);
  assert.match(messages(key('"aGVs bG8="'))[0], /dhcpd: "invalid base64 character 32\."/);
  // A bare secret is read token by token: blanks between tokens are not part of it.
  assert.deepEqual(messages(key('aGVs bG8=')), []);
  assert.deepEqual(messages(key('"aGVsbG8gd29ybGQ="')), []);
});

test('an include that cannot be read is reported once, without knock-ons about what it may declare', () => {
  const text = [
    'include "/nonexistent/dhcpd-keys-and-peers.conf";',
    'zone example.com. { primary 127.0.0.1; key k; }',
    'option foo 1;',
    'subclass "x" "y";',
    'failover peer "p" { primary; address 10.0.0.1; port 647; peer address 10.0.0.2; peer port 647; max-response-delay 30; max-unacked-updates 10; load balance max seconds 3; mclt 1800; split 128; }',
    'subnet 10.0.0.0 netmask 255.255.255.0 { pool { failover peer "q"; range 10.0.0.10 10.0.0.20; } }',
    '',
  ].join('\n');
  assert.deepEqual(summary(text), ['includeNotFound@1']);
  // Without the include, each of them is an error.
  assert.deepEqual(summary(text.split('\n').slice(1).join('\n')).sort(), ['failoverPeerNotFound@5', 'undeclaredClass@3', 'undeclaredKey@1', 'unknownOption@2']);
});

test('allow dynamic bootp clients in a failover pool: dhcpd serves them; the protocol does not permit it', () => {
  const text = PRIMARY.replace('    range 10.0.0.100 10.0.0.200;', '    range 10.0.0.100 10.0.0.200;\n    allow dynamic bootp clients;');
  const [m] = messages(text);
  assert.match(m, /^failoverDynamicBootpAllowed: dhcpd accepts this and serves/);
  assert.match(m, /failover protocol itself does not permit dynamic BOOTP/);
});

test('a peer statement given twice: the checks read the last one, as dhcpd does', () => {
  const twice = (extra: string): string[] => summary(PRIMARY.replace('  split 128;\n', `  split 128;\n  ${extra}\n`)).sort();
  // measured: dhcpd -t refuses `mclt 1800; ... mclt 0;` ("primary failover server must have mclt.")
  assert.deepEqual(twice('mclt 0;'), ['failoverDuplicateStatement@12', 'failoverPrimaryNeedsMclt@12'].sort());
  assert.deepEqual(twice('split 300;'), ['failoverDuplicateStatement@12', 'failoverSplitRange@12'].sort());
  assert.deepEqual(twice('port 0;'), ['failoverDuplicateStatement@12', 'failoverPortRange@12'].sort());
  // -0 is 0, not a negative number.
  assert.deepEqual(twice('max-unacked-updates -0;'), ['failoverDuplicateStatement@12', 'failoverTimerMissing@12'].sort());
});

test('`spawn with` in a subclass quotes what dhcpd says of spawn, not of match', () => {
  const problems = analyzeText('class "c" { match option host-name; }\nsubclass "c" "a" { spawn with option host-name; }\n').problems;
  assert.deepEqual(problems.map((p) => p.message), ['A subclass cannot have its own `spawn with` (dhcpd: "invalid spawn in subclass.").']);
});
