/**
 * Property test of "Generate secondary" against the real dhcpd, over many primaries: our fixtures
 * (generator goldens, tricky cases, the tutorial's primary mutations) and mutations of each
 * (line ends, encodings, statements broken over lines, comments between words, server-specific
 * statements, peer statements reordered). For every primary that dhcpd accepts and that the
 * generator does not refuse for a stated reason, the generated secondary must:
 * - pass `dhcpd -t`;
 * - be consistent with the primary under `compare` (outside the peer blocks too, as bytes);
 * - keep every byte outside the peer blocks and the lines marked for review.
 * Needs dhcpd (Debian isc-dhcp-server). Seeded: DHCPD_GEN_SEED changes the random mutations.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FIXTURES, readTsv, service } from '../helpers';
import { generatePeerConfig, GenerateError } from '../../server/src/failover/generator';
import { comparePair } from '../../server/src/failover/compare';
import { decodeConfig, encodeConfig, type FileEncoding } from '../../server/src/base/textFile';
import { rng } from '../fuzz/fuzzer';

const DHCPD = ['/usr/sbin/dhcpd', '/usr/local/sbin/dhcpd'].find((p) => fs.existsSync(p));
const SEED = Number(process.env.DHCPD_GEN_SEED ?? 15);

/** Refusals that are the right answer for a primary dhcpd accepts. */
const STATED_REFUSALS = [/declares no failover peer/, /is already a secondary/, /relationships with \d+ partners/, /is a DHCPv6 configuration/];

type Mutation = (text: string, random: () => number) => string | undefined;
const MUTATIONS: Record<string, Mutation> = {
  as_is: (t) => t,
  crlf: (t) => (t.includes('\r') ? undefined : t.replace(/\n/g, '\r\n')),
  latin1_option: (t) => t.replace(/(failover peer "[^"]*" \{)/, 'option domain-name "r\u00e9seau-\u00e9t\u00e9.example";\n$1'),
  words_over_lines: (t) => t.replace(/\bpeer address\b/, 'peer\n    address').replace(/\bload balance max seconds\b/, 'load balance\n    max seconds'),
  comment_between_words: (t) => t.replace(/\bpeer port\b/, 'peer # the other one\n    port'),
  local_address: (t) => {
    const m = /\n\s*address ([0-9.]+);/.exec(t);
    return m ? t.replace(/(failover peer "[^"]*" \{)/, `local-address ${m[1]};\nserver-identifier ${m[1]};\nnext-server ${m[1]};\n$1`) : undefined;
  },
  reorder_peer_lines: (t, random) => {
    const m = /(failover peer "[^"]*" \{\n)([^{}]*?)(\n\})/.exec(t);
    if (!m) return undefined;
    const lines = m[2].split('\n');
    for (let i = lines.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    return t.replace(m[0], m[1] + lines.join('\n') + m[3]);
  },
  comments_on_endpoints: (t) => t.replace(/(\n\s*address [0-9.]+;)/, '$1 # this server').replace(/(\n\s*peer address [0-9.]+;)/, '$1 # the partner').replace(/(\n\s*mclt \d+;)/, '$1 # primary only'),
};

function primaries(): Array<{ name: string; text: string; dir: string }> {
  const out: Array<{ name: string; text: string; dir: string }> = [];
  for (const sub of ['generator', 'generator-cases']) {
    const dir = path.join(FIXTURES, sub);
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.conf') && !/\.secondary\.conf$|\.north\.conf$/.test(f))) {
      out.push({ name: `${sub}/${f}`, text: fs.readFileSync(path.join(dir, f), 'latin1'), dir });
    }
  }
  const mutations = path.join(FIXTURES, 'mutations');
  // Every other accepted mutation of the tutorial's primary: the operators repeat (a bounded run).
  let n = 0;
  for (const row of readTsv(path.join(mutations, 'LABELS.tsv'))) {
    if (row.base !== 'primary' || row.dhcpd_exit !== '0' || n++ % 2) continue;
    out.push({ name: `mutations/${row.file}`, text: fs.readFileSync(path.join(mutations, row.file), 'latin1'), dir: mutations });
  }
  return out;
}

test('generated secondaries pass dhcpd -t, pair under compare and keep every other byte', { skip: DHCPD ? false : 'no dhcpd (apt-get install isc-dhcp-server)', timeout: 600_000 }, () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-oracle-'));
  const leases = path.join(scratch, 'leases');
  fs.writeFileSync(leases, '');
  const accepts = (file: string, cwd: string): boolean => {
    try {
      execFileSync(DHCPD!, ['-4', '-t', '-q', '-cf', file, '-lf', leases, '-pf', path.join(scratch, 'pid')], { cwd, stdio: 'pipe', timeout: 30_000 });
      return true;
    } catch {
      return false;
    }
  };
  const random = rng(SEED);
  const figures = { primaries: 0, refusedByDhcpd: 0, statedRefusals: 0, generated: 0 };
  const failures: string[] = [];
  try {
    for (const base of primaries()) {
      for (const [mname, mutate] of Object.entries(MUTATIONS)) {
        const mutated = mutate(base.text, random);
        if (mutated === undefined || (mname !== 'as_is' && mutated === base.text)) continue;
        const label = `${base.name} [${mname}]`;
        // Written as bytes: one character per byte (the fixtures are read as latin1).
        const bytes = Buffer.from(mutated, 'latin1');
        const input = path.join(base.dir, `.oracle-${process.pid}.conf`);
        fs.writeFileSync(input, bytes);
        try {
          figures.primaries++;
          if (!accepts(input, base.dir)) {
            figures.refusedByDhcpd++;
            continue;
          }
          const { text, encoding } = decodeConfig(bytes);
          const analysis = service.analyze(input, text, {});
          let out: string;
          try {
            out = generatePeerConfig(analysis, { sourceName: 'primary.conf', target: 'secondary' }).text;
          } catch (e) {
            if (e instanceof GenerateError && STATED_REFUSALS.some((r) => r.test(e.message))) {
              figures.statedRefusals++;
              continue;
            }
            failures.push(`${label}: refused a primary dhcpd accepts: ${(e as Error).message}`);
            continue;
          }
          figures.generated++;
          const outBytes = encodeConfig(out, encoding as FileEncoding);
          const secondary = path.join(base.dir, `.oracle-${process.pid}.secondary.conf`);
          fs.writeFileSync(secondary, outBytes);
          try {
            if (!accepts(secondary, base.dir)) failures.push(`${label}: dhcpd -t refuses the generated secondary`);
          } finally {
            fs.rmSync(secondary, { force: true });
          }
          const sec = service.analyze(secondary, decodeConfig(outBytes).text, {});
          const pair = comparePair(analysis, sec, { a: 'primary', b: 'secondary' }, { shared: { a: encoding, b: encoding } });
          const found = [...pair.a, ...pair.b].map((p) => `${p.rule}: ${p.message}`);
          if (found.length) failures.push(`${label}: compare finds ${found.join(' | ')}`);
          // Bytes outside the peer blocks: the secondary minus its header and marked lines equals
          // the primary minus the server-specific lines, outside the peer blocks.
          const outside = (s: string) =>
            s
              .replace(/failover peer "[^"]*" \{[^{}]*\}/g, '')
              .split(/\r\n|\r|\n/)
              .filter((l) => !/^# (Secondary DHCP server configuration|Failover peer\(s\)|Both servers need|and logs "Failover CONNECT)|REVIEW \(dhcpd-conf\)|^\s*(local-address|server-identifier|option dhcp-server-identifier)\b/.test(l))
              .join('\n');
          if (outside(out) !== outside(text)) failures.push(`${label}: bytes outside the peer blocks changed`);
        } finally {
          fs.rmSync(input, { force: true });
        }
      }
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`[generator oracle] seed ${SEED}: ${JSON.stringify(figures)}`);
  assert.deepEqual(failures, []);
  assert.ok(figures.generated >= 200, `only ${figures.generated} secondaries generated`);
});
