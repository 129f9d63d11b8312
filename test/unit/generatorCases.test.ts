/**
 * "Generate secondary" on tricky primaries (test/fixtures/generator-cases, each labelled by
 * dhcpd -t in VERDICTS.tsv): the exact output in the input's bytes, the exact refusal, the notes.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES, service } from '../helpers';
import { generatePeerConfig, GenerateError, pairCollector, relationships, type GenerateOptions } from '../../server/src/failover/generator';
import { splitLayout } from '../../server/src/failover/layout';
import { comparePair } from '../../server/src/failover/compare';
import { detectFamily, LanguageService } from '../../server/src/languageService';
import { decodeConfig, encodeConfig } from '../../server/src/base/textFile';
import { setLocale } from '../../server/src/base/l10n';

const DIR = path.join(FIXTURES, 'generator-cases');

function run(name: string, options: Partial<GenerateOptions> = {}) {
  const { text, encoding } = decodeConfig(fs.readFileSync(path.join(DIR, name)));
  const analysis = service.analyze(path.join(DIR, name), text, {});
  const r = generatePeerConfig(analysis, { sourceName: name, target: 'secondary', ...options });
  return { ...r, bytes: encodeConfig(r.text, encoding) };
}

function golden(name: string): Buffer {
  return fs.readFileSync(path.join(DIR, name));
}

function refusal(name: string, options: Partial<GenerateOptions> = {}): string {
  try {
    run(name, options);
  } catch (e) {
    assert.ok(e instanceof GenerateError, String(e));
    return e.message;
  }
  assert.fail(`${name} was not refused`);
}

test('comments go with their values; deleted mclt/split leave no orphan comment', () => {
  const r = run('comments.conf');
  assert.deepEqual(r.bytes, golden('comments.secondary.conf'));
  const out = r.text;
  assert.match(out, /\n  address 10\.9\.0\.2; # the partner\n/);
  assert.match(out, /\n  peer address 10\.9\.0\.1; # the primary \(this server\)\n/);
  assert.doesNotMatch(out, /primary only|half each/);
  assert.match(out, /\n  secondary; # this is the secondary\n/);
  assert.deepEqual(r.notes, []);
});

test('both roles declared: one `secondary;` in the output', () => {
  const r = run('both-roles.conf');
  assert.deepEqual(r.bytes, golden('both-roles.secondary.conf'));
  assert.equal(r.text.match(/secondary;/g)?.length, 1);
  assert.doesNotMatch(r.text, /\bprimary;/);
});

test('a CR-only file keeps CR line breaks, header included, and no blank line where statements went', () => {
  const r = run('cr-only.conf');
  assert.deepEqual(r.bytes, golden('cr-only.secondary.conf'));
  // CR everywhere; the header's last line ends with CR LF, or dhcpd (which ends a comment at LF
  // only) would read the whole file as one comment.
  assert.equal(r.text.split('\n').length, 2);
  assert.match(r.text, /great\."\r\nfailover peer "fo" \{\r  secondary;\r/);
  assert.doesNotMatch(r.text, /\r[ \t]*\r/);
});

test('ISO-8859-1: every byte outside the peer block is kept', () => {
  const input = golden('latin1.conf');
  const r = run('latin1.conf');
  assert.deepEqual(r.bytes, golden('latin1.secondary.conf'));
  assert.ok(r.bytes.includes(Buffer.from('option domain-name "r\xe9seau.example";', 'latin1')));
  assert.ok(!r.bytes.includes(Buffer.from('\ufffd', 'utf8')));
  // From the subnet on, the bytes are the input's.
  const tail = (b: Buffer) => b.subarray(b.indexOf('option domain-name'));
  assert.deepEqual(tail(r.bytes), tail(input));
});

test('a UTF-8 byte-order mark: an error with a fix, and no output', () => {
  const text = golden('bom.conf').toString('utf8');
  const problems = service.analyze(path.join(DIR, 'bom.conf'), text, {}).problems.filter((p) => p.rule === 'byteOrderMark');
  assert.deepEqual(problems.map((p) => [p.severity, p.offset, p.length, p.fixes?.[0].edits]), [['error', 0, 1, [{ offset: 0, length: 1, newText: '' }]]]);
  assert.match(refusal('bom.conf'), /^bom\.conf has 1 error\(s\); fix them first \(first: The file starts with a UTF-8 byte-order mark/);
});

test('a peer declared in an included file: a refusal that names the file and what to do', () => {
  assert.equal(
    refusal('include-peer.conf'),
    `include-peer.conf declares no failover peer itself: peer "fo" is declared in the included file ${path.join(DIR, 'peer.inc')}. Generate the secondary from that file (dhcpd-conf secondary ${path.join(DIR, 'peer.inc')}); include-peer.conf can then serve both servers as it is.`,
  );
});

test('two partners: refused without --peer, one partner\'s file with it', () => {
  assert.equal(
    refusal('two-partners.conf'),
    'two-partners.conf has relationships with 2 partners: "north" → 10.9.0.2, "south" → 10.9.0.3. Each partner needs its own file: choose one with --peer NAME.',
  );
  assert.deepEqual(relationships(service.analyze(path.join(DIR, 'two-partners.conf'), golden('two-partners.conf').toString(), {})), [
    { name: 'north', partner: '10.9.0.2' },
    { name: 'south', partner: '10.9.0.3' },
  ]);
  const north = run('two-partners.conf', { peer: 'north' });
  assert.deepEqual(north.bytes, golden('two-partners.north.conf'));
  assert.deepEqual(north.notes, [{ kind: 'leftOut', message: 'Failover peer "south" (partner 10.9.0.3) is another relationship: its declaration and its 1 pool(s) are left out of this file.' }]);
  assert.doesNotMatch(north.text, /south|10\.8\.0\.100/);
  assert.match(refusal('two-partners.conf', { peer: 'east' }), /declares no failover peer "east" \(declared: "north", "south"\)/);
});

test('statements that name the primary: rewritten when certain, marked for review when not', () => {
  const r = run('server-specific.conf');
  assert.deepEqual(r.bytes, golden('server-specific.secondary.conf'));
  assert.deepEqual(r.notes.map((n) => n.kind), ['rewritten', 'rewritten', 'rewritten', 'review', 'review']);
  assert.match(r.text, /\nlocal-address 10\.9\.0\.2;\nserver-identifier 10\.9\.0\.2;\noption dhcp-server-identifier 10\.9\.0\.2;\n# REVIEW \(dhcpd-conf\): 10\.9\.0\.1 is the failover address of this file's server: keep it if the TFTP server is shared, else give the other server's\.\nnext-server 10\.9\.0\.1;\n# REVIEW \(dhcpd-conf\): specific to one server, copied unchanged: set the other server's own value\.\nlocal-address 10\.9\.0\.7;\n/);
  // In the editor, the marked lines are warnings of the generated document.
  const generated = service.analyze('/tmp/secondary.conf', r.text, {});
  assert.deepEqual(
    generated.problems.filter((p) => p.severity !== 'information').map((p) => `${p.rule}:${p.severity}:${r.text.slice(p.offset, p.offset + 29)}`),
    ['generatedReview:warning:# REVIEW (dhcpd-conf): 10.9.0', 'generatedReview:warning:# REVIEW (dhcpd-conf): specif'],
  );
});

test('DHCPv6: ISC dhcpd has no DHCPv6 failover', () => {
  assert.equal(refusal('v6.conf'), 'v6.conf is a DHCPv6 configuration: ISC dhcpd has no DHCPv6 failover, so there is no pair to generate.');
});

test('the family is read from the statements, not from comments or strings', () => {
  const text = golden('comment-subnet6.conf').toString();
  assert.equal(detectFamily('dhcpd.conf', text), 4);
  assert.equal(detectFamily('dhcpd.conf', 'option domain-name "subnet6 here";\n'), 4);
  assert.equal(detectFamily('dhcpd.conf', 'subnet6 2001:db8::/64 { }\n'), 6);
  assert.match(run('comment-subnet6.conf').text, /secondary;/);
});

test('split layout: notes by kind, whatever the language', () => {
  const text = golden('server-specific.conf').toString();
  const analysis = service.analyze(path.join(DIR, 'server-specific.conf'), text, {});
  for (const locale of ['en', 'fr']) {
    setLocale(locale);
    try {
      const layout = splitLayout(analysis, { sourceName: 'server-specific.conf', sharedName: 'shared.conf', analyzer: new LanguageService() });
      assert.deepEqual(layout.notes.map((n) => n.kind), ['review']);
      // The per-server file of the secondary has no generator header, but its own, and the rewritten address.
      assert.match(layout.secondary, /^# [^\n]*\nfailover peer "fo" \{\n  secondary;/);
      assert.match(layout.secondary, /\nlocal-address 10\.9\.0\.2;\n/);
    } finally {
      setLocale('en');
    }
  }
});

test('the streaming source (CLI, no tree kept) generates exactly what the analysis does', () => {
  const dirs = [DIR, path.join(FIXTURES, 'generator')];
  let compared = 0;
  for (const dir of dirs) {
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.conf')).sort()) {
      const { text } = decodeConfig(fs.readFileSync(path.join(dir, name)));
      const file = path.join(dir, name);
      for (const target of ['secondary', 'primary'] as const) {
        for (const peer of [undefined, 'north']) {
          const outcome = (f: () => unknown) => {
            try {
              return f();
            } catch (e) {
              return (e as Error).message;
            }
          };
          const full = outcome(() => generatePeerConfig(service.analyze(file, text, {}), { sourceName: name, target, peer }));
          const pair = pairCollector(text);
          const streamed = outcome(() => generatePeerConfig(pair.finish(service.check(file, text, {}, pair.collect)), { sourceName: name, target, peer }));
          assert.deepEqual(streamed, full, `${name} → ${target} ${peer ?? ''}`);
          compared++;
          if (target === 'secondary' && !peer) {
            const splitFull = outcome(() => splitLayout(service.analyze(file, text, {}), { sourceName: name, sharedName: 's.conf', analyzer: service }));
            const again = pairCollector(text);
            const splitStreamed = outcome(() => splitLayout(again.finish(service.check(file, text, {}, again.collect)), { sourceName: name, sharedName: 's.conf', analyzer: service }));
            assert.deepEqual(splitStreamed, splitFull, `split ${name}`);
          }
        }
      }
    }
  }
  assert.ok(compared >= 60, String(compared));
});

test('compare: what differs outside the peer blocks, as bytes', () => {
  const primary = decodeConfig(golden('latin1.conf'));
  const secondary = decodeConfig(golden('latin1.secondary.conf'));
  const src = (name: string, text: string) => service.analyze(path.join(DIR, name), text, {});
  const opts = (a: 'utf8' | 'latin1', b: 'utf8' | 'latin1') => ({ shared: { a, b } });
  // The generated secondary is consistent, comments and peer blocks aside.
  const ok = comparePair(src('p.conf', primary.text), src('s.conf', secondary.text), { a: 'p.conf', b: 's.conf' }, opts('latin1', 'latin1'));
  assert.deepEqual([...ok.a, ...ok.b], []);
  // The old defect: accented bytes turned into U+FFFD.
  const broken = secondary.text.replace('r\u00e9seau', 'r\ufffdseau');
  const bad = comparePair(src('p.conf', primary.text), src('s.conf', broken), { a: 'p.conf', b: 's.conf' }, opts('latin1', 'utf8'));
  assert.deepEqual(bad.a.map((p) => [p.rule, p.message]), [['pairSharedDiffers', 'From here on, the configuration differs from s.conf outside the failover peer blocks: `r\u00e9seau` here, `r\ufffdseau` there. Both servers must serve the same subnets, pools, hosts and options (dhcpd-conf split keeps them in one shared file).']]);
  // Same text, other encoding: other bytes on the wire.
  const recoded = comparePair(src('p.conf', primary.text), src('s.conf', secondary.text), { a: 'p.conf', b: 's.conf' }, opts('latin1', 'utf8'));
  assert.match(recoded.b[0].message, /is written in UTF-8 here and in ISO-8859-1 there/);
  // A host missing on one side, and nothing at all as you type (no shared option).
  const fewer = secondary.text.replace('option routers 10.9.0.254;', '');
  assert.equal(comparePair(src('p.conf', primary.text), src('s.conf', fewer), { a: 'p', b: 's' }, opts('latin1', 'latin1')).a.length, 1);
  assert.equal(comparePair(src('p.conf', primary.text), src('s.conf', fewer), { a: 'p', b: 's' }).a.length, 0);
});

test('a comment never moves where it would swallow a statement (words over lines, one-line blocks)', () => {
  const text = 'failover peer "p" {\n  primary;\n  address 10.0.0.1; peer\n    address 10.0.0.2; # no role: primary\n  mclt 60; split 128;\n}\nsubnet 10.0.0.0 netmask 255.255.255.0 { pool { failover peer "p"; range 10.0.0.10 10.0.0.20; } }\n';
  const out = generatePeerConfig(service.analyze('/tmp/p.conf', text, {}), { sourceName: 'p.conf', target: 'secondary' }).text;
  assert.match(out, /\n  address 10\.0\.0\.2; peer\n    address 10\.0\.0\.1; # no role: primary\n/);
  assert.deepEqual(service.analyze('/tmp/s.conf', out, {}).problems.filter((p) => p.severity === 'error'), []);
});
