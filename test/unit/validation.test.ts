/** Language rules in cases the fixtures do not isolate. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { service } from '../helpers';

function rules(text: string): string[] {
  return service.analyze('x.conf', text, { family: 4 }).problems.map((p) => `${p.rule}@${text.slice(0, p.offset).split('\n').length}`);
}

test('a host still checks its own statements after a host nested in it', () => {
  const text = 'host a {\n  hardware ethernet 00:11:22:33:44:55;\n  group {\n    host b { hardware ethernet 00:11:22:33:44:57; }\n  }\n  hardware ethernet 00:11:22:33:44:56;\n}\n';
  assert.deepEqual(rules(text), ['notAllowedHere@3', 'syntaxError@6']);
  const direct = 'host a {\n  fixed-address 10.0.0.1;\n  host b { fixed-address 10.0.0.2; }\n  fixed-address 10.0.0.3;\n}\n';
  assert.deepEqual(rules(direct), ['notAllowedHere@3', 'syntaxError@4']);
});

test('consecutive hosts each have their own hardware and fixed address', () => {
  const text = Array.from({ length: 5 }, (_, i) => `host h${i} { hardware ethernet 00:11:22:33:44:0${i}; fixed-address 10.0.0.${i + 1}; }`).join('\n') + '\n';
  assert.deepEqual(rules(text), []);
});

test('a fixed address inside a failover range is reported where it is written, as dhcpd reads it', () => {
  const text = [
    'failover peer "p" { primary; address 10.9.0.1; port 647; peer address 10.9.0.2; peer port 647; max-response-delay 30; max-unacked-updates 10; load balance max seconds 3; mclt 1800; split 128; }',
    'subnet 10.0.0.0 netmask 255.255.255.0 { pool { failover peer "p"; range 10.0.0.100 10.0.0.200; } }',
    'host a { fixed-address 10.0.0.5, 010.0.0.150; }',
    'host b { fixed-address 10.0.0.200; }',
  ].join('\n') + '\n';
  const found = service.analyze('x.conf', text, { family: 4 }).problems.map((p) => [p.rule, text.slice(p.offset, p.offset + p.length), p.message.split(' ')[0]]);
  assert.deepEqual(found, [
    ['failoverFixedAddressInRange', '010.0.0.150', '10.0.0.150'],
    ['failoverFixedAddressInRange', '10.0.0.200', '10.0.0.200'],
  ]);
});

test('an enumeration value in upper case is refused, as dhcpd does, with the lower-case fix', () => {
  const text = 'ddns-update-style Interim;\nlog-facility local7;\n';
  const problems = service.analyze('x.conf', text, { family: 4 }).problems;
  assert.deepEqual(problems.map((p) => [p.rule, p.severity, text.slice(p.offset, p.offset + p.length), p.fixes?.[0]?.edits[0]?.newText]), [
    ['invalidValue', 'error', 'Interim', 'interim'],
  ]);
});
