import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PERMITS, STATEMENTS } from '../../server/src/knowledge/statements';
import type { StatementInfo } from '../../server/src/knowledge/types';
import { SCOPES } from '../../server/src/knowledge/types';

function find(name: string, kind: StatementInfo['kind']): StatementInfo {
  const found = STATEMENTS.filter((s) => s.name === name && s.kind === kind);
  assert.equal(found.length, 1, `exactly one ${kind} "${name}"`);
  return found[0];
}

describe('statements knowledge base', () => {
  it('gives every statement a syntax and non-empty English and French docs', () => {
    for (const s of STATEMENTS) {
      assert.ok(s.syntax.trim().length > 0, `${s.name}: syntax`);
      assert.ok(s.doc.en.trim().length > 0, `${s.name}: doc.en`);
      assert.ok(s.doc.fr.trim().length > 0, `${s.name}: doc.fr`);
      assert.notEqual(s.doc.en, s.doc.fr, `${s.name}: the French doc is a translation`);
    }
  });

  it('has no duplicate (name, kind, scopes) entry', () => {
    const seen = new Set<string>();
    for (const s of STATEMENTS) {
      const key = `${s.name}|${s.kind}|${[...s.scopes].sort().join(',')}`;
      assert.ok(!seen.has(key), `duplicate entry ${key}`);
      seen.add(key);
    }
  });

  it('writes names in lower case with single spaces and uses known scopes', () => {
    for (const s of STATEMENTS) {
      assert.match(s.name, /^[a-z0-9-]+( [a-z0-9-]+)*$/, s.name);
      for (const scope of s.scopes) assert.ok(SCOPES.includes(scope), `${s.name}: scope ${scope}`);
      assert.equal(new Set(s.scopes).size, s.scopes.length, `${s.name}: repeated scope`);
      if (s.range) assert.ok(s.range[0] <= s.range[1], `${s.name}: range`);
      if (s.values) assert.ok(s.values.length > 0, `${s.name}: values`);
    }
  });

  it('only leaves the statements dhcpd 4.4.3 refuses everywhere without a scope', () => {
    const nowhere = STATEMENTS.filter((s) => s.scopes.length === 0).map((s) => s.name);
    assert.deepEqual(nowhere.sort(), ['persist-eui-64-leases', 'use-eui-64']);
  });

  it('has every failover peer statement, in the failover-peer block only', () => {
    const names = [
      'primary',
      'secondary',
      'address',
      'peer address',
      'port',
      'peer port',
      'max-response-delay',
      'max-unacked-updates',
      'load balance max seconds',
      'mclt',
      'split',
      'hba',
      'auto-partner-down',
      'max-lease-misbalance',
      'max-lease-ownership',
      'min-balance',
      'max-balance',
    ];
    for (const name of names) {
      const s = find(name, 'failover');
      assert.deepEqual(s.scopes, ['failover-peer'], name);
      assert.equal(s.family, 4, name);
    }
    const failover = STATEMENTS.filter((s) => s.kind === 'failover').map((s) => s.name);
    assert.deepEqual(failover.sort(), [...names].sort());
  });

  it('restricts the declarations to where dhcpd accepts them', () => {
    assert.deepEqual(find('failover peer', 'declaration').scopes, ['global', 'shared-network']);
    assert.deepEqual([...find('failover peer', 'parameter').scopes].sort(), ['pool', 'shared-network']);
    assert.deepEqual([...find('pool', 'declaration').scopes].sort(), ['shared-network', 'subnet']);
    assert.deepEqual(find('pool6', 'declaration').scopes, ['subnet', 'subnet6']); // dhcpd-cases/A-pool6-in-subnet.conf
    assert.deepEqual([...find('range', 'declaration').scopes].sort(), ['pool', 'subnet']);
    assert.deepEqual([...find('range6', 'declaration').scopes].sort(), ['pool6', 'subnet6']);
    for (const name of ['fixed-address', 'fixed-address6', 'fixed-prefix6', 'hardware', 'host-identifier']) {
      assert.deepEqual(find(name, 'parameter').scopes, ['host'], name);
    }
    for (const name of ['option space', 'option']) assert.deepEqual(find(name, 'declaration').scopes, ['global'], name);
    assert.ok(!find('authoritative', 'parameter').scopes.includes('host'));
    assert.ok(!find('host', 'declaration').scopes.includes('host'));
    assert.ok(!find('class', 'declaration').scopes.includes('class'));
    assert.ok(!find('include', 'declaration').scopes.includes('event'));
    assert.ok(find('log', 'executable').scopes.includes('event'));
  });

  it('puts the key and zone statements in their blocks', () => {
    for (const name of ['algorithm', 'secret']) assert.deepEqual(find(name, 'parameter').scopes, ['key'], name);
    for (const name of ['primary', 'primary6', 'secondary', 'secondary6', 'key']) {
      assert.deepEqual(find(name, 'zone').scopes, ['zone'], name);
    }
  });

  it('has the executable statements of dhcp-eval(5)', () => {
    const names = ['if', 'elsif', 'else', 'switch', 'case', 'default', 'break', 'on', 'log', 'execute', 'set', 'unset', 'define', 'eval', 'return', 'add', 'supersede', 'append', 'prepend', 'send', 'parse-vendor-option'];
    for (const name of names) assert.ok(find(name, 'executable'));
  });

  it('has every server option of server/stables.c a user can write', () => {
    const serverOptions = [
      'default-lease-time', 'max-lease-time', 'min-lease-time', 'dynamic-bootp-lease-cutoff',
      'dynamic-bootp-lease-length', 'boot-unknown-clients', 'dynamic-bootp', 'allow-bootp', 'allow-booting',
      'one-lease-per-client', 'get-lease-hostnames', 'use-host-decl-names', 'use-lease-addr-for-default-route',
      'min-secs', 'filename', 'server-name', 'next-server', 'vendor-option-space', 'always-reply-rfc1048',
      'site-option-space', 'always-broadcast', 'ddns-domainname', 'ddns-hostname', 'ddns-rev-domainname',
      'lease-file-name', 'pid-file-name', 'duplicates', 'declines', 'ddns-updates', 'omapi-port', 'local-port',
      'limited-broadcast-address', 'remote-port', 'local-address', 'omapi-key', 'stash-agent-options', 'ddns-ttl',
      'ddns-update-style', 'client-updates', 'update-optimization', 'ping-check', 'update-static-leases',
      'log-facility', 'do-forward-updates', 'ping-timeout', 'infinite-is-reserved', 'update-conflict-detection',
      'leasequery', 'adaptive-lease-time-threshold', 'do-reverse-updates', 'fqdn-reply', 'preferred-lifetime',
      'dhcpv6-lease-file-name', 'dhcpv6-pid-file-name', 'limit-addrs-per-ia', 'limit-prefs-per-ia', 'delayed-ack',
      'max-ack-delay', 'dhcp-cache-threshold', 'dont-use-fsync', 'ddns-local-address4', 'ddns-local-address6',
      'ignore-client-uids', 'log-threshold-low', 'log-threshold-high', 'echo-client-id', 'server-id-check',
      'prefix-length-mode', 'dhcpv6-set-tee-times', 'abandon-lease-time', 'use-eui-64', 'check-secs-byte-order',
      'persist-eui-64-leases', 'ddns-dual-stack-mixed-mode', 'ddns-guard-id-must-match',
      'ddns-other-guard-is-dynamic', 'release-on-roam', 'local-address6', 'bind-local-address6', 'ping-cltt-secs',
      'ping-timeout-ms',
    ];
    for (const name of serverOptions) {
      const s = find(name, 'parameter');
      assert.ok(s.format && s.format.length > 0, `${name}: format`);
    }
  });

  it('spot-checks values, ranges and defaults', () => {
    assert.deepEqual(find('split', 'failover').range, [0, 256]);
    assert.equal(find('port', 'failover').default, '647');
    assert.equal(find('peer port', 'failover').default, '647');
    assert.deepEqual(find('port', 'failover').range, [1, 65535]);
    assert.equal(find('mclt', 'failover').default, undefined);
    // dhcpd 4.4.3 refuses `ad-hoc` ("no longer supported") and upper case values.
    assert.deepEqual(find('ddns-update-style', 'parameter').values, ['none', 'interim', 'standard']);
    assert.equal(find('ddns-update-style', 'parameter').format, 'Nddns-styles.');
    assert.equal(find('ddns-update-style', 'parameter').default, 'none');
    assert.equal(find('default-lease-time', 'parameter').default, '43200');
    assert.equal(find('max-lease-time', 'parameter').default, '86400');
    assert.deepEqual(find('hardware', 'parameter').values, ['ethernet', 'token-ring', 'fddi', 'infiniband']);
    const facilities = find('log-facility', 'parameter').values ?? [];
    assert.ok(facilities.includes('local7') && facilities.includes('daemon'));
    assert.ok(!facilities.includes('mark') && !facilities.includes('security'), 'refused by dhcpd 4.4.3 on Linux');
    assert.deepEqual(find('prefix-length-mode', 'parameter').values, ['ignore', 'prefer', 'exact', 'minimum', 'maximum']);
    assert.deepEqual(find('max-lease-misbalance', 'failover').range, [0, 100]);
    assert.equal(find('max-unacked-updates', 'failover').default, '100');
    assert.equal(find('max-response-delay', 'failover').default, '20');
  });

  it('carries the failover explanations the tutorial needs, corrected', () => {
    const peer = find('failover peer', 'declaration');
    for (const text of [peer.doc.en, peer.doc.fr]) {
      assert.match(text, /NTP/);
      assert.match(text, /60/);
      assert.match(text, /pool/);
    }
    assert.match(peer.doc.fr, /sensible à la casse/);
    assert.match(peer.doc.fr, /identiques sur les deux serveurs/);
    assert.match(find('address', 'failover').doc.fr, /adresse d’interaction de la machine locale/);
    assert.match(find('port', 'failover').doc.fr, /port d’écoute/);
    assert.match(find('peer address', 'failover').doc.fr, /adresse du DHCP en failover/);
    assert.match(find('peer port', 'failover').doc.fr, /port du pair/);
    for (const doc of Object.values(find('max-unacked-updates', 'failover').doc)) {
      assert.match(doc, /BNDUPD/);
      assert.match(doc, /BNDACK/);
    }
    assert.match(find('max-unacked-updates', 'failover').doc.fr, /pas un seuil de défaillance/);
    for (const doc of Object.values(find('mclt', 'failover').doc)) assert.match(doc, /Maximum Client Lead Time/);
    assert.match(find('split', 'failover').doc.fr, /256/);
    assert.match(find('split', 'failover').doc.fr, /pas un nombre de baux/);
    assert.match(find('hba', 'failover').doc.en, /32/);
    assert.match(find('max-response-delay', 'failover').doc.fr, /communications-interrupted/);
    assert.match(find('auto-partner-down', 'failover').doc.fr, /mêmes adresses/);
  });
});

describe('permits knowledge base', () => {
  it('gives every permit non-empty English and French docs, once per (name, where)', () => {
    const seen = new Set<string>();
    for (const p of PERMITS) {
      assert.ok(p.doc.en.trim().length > 0, `${p.name}: doc.en`);
      assert.ok(p.doc.fr.trim().length > 0, `${p.name}: doc.fr`);
      const key = `${p.name}|${p.where}`;
      assert.ok(!seen.has(key), `duplicate permit ${key}`);
      seen.add(key);
    }
  });

  it('has the pool permits and the scope flags', () => {
    const pool = PERMITS.filter((p) => p.where === 'pool').map((p) => p.name);
    for (const name of ['known-clients', 'unknown-clients', 'members of', 'dynamic bootp clients', 'authenticated clients', 'unauthenticated clients', 'all clients', 'after']) {
      assert.ok(pool.includes(name), name);
    }
    const scope = PERMITS.filter((p) => p.where === 'scope').map((p) => p.name);
    for (const name of ['unknown-clients', 'bootp', 'booting', 'duplicates', 'declines', 'client-updates', 'leasequery']) {
      assert.ok(scope.includes(name), name);
    }
    assert.equal(PERMITS.find((p) => p.name === 'members of')?.argument, 'class-name');
    assert.equal(PERMITS.find((p) => p.name === 'after')?.argument, 'date');
    assert.ok(PERMITS.filter((p) => p.name !== 'members of' && p.name !== 'after').every((p) => !p.argument));
  });
});
