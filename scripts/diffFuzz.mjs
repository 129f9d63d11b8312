#!/usr/bin/env node
// Differential fuzzing: our checker (dist/cli.js) against the real ISC dhcpd (`dhcpd -t`).
//
// Promise under test: the checker reports an error (exit 1) exactly when `dhcpd -t` refuses the file.
//
//   node scripts/diffFuzz.mjs [--seed N] [--cases N] [--seconds S] [--jobs N] [--out DIR]
//                             [--dhcpd PATH] [--cli PATH]
//   node scripts/diffFuzz.mjs --reduce FILE [--family 4|6] [--out-file MINIMAL]
//
// Fuzz mode: seed configurations are
//   - every file of ../shared/corpus/isc/ and ../shared/corpus/real-world/ whose LABELS.tsv dhcpd exit
//     is 0, or 1 without "Can't open" (family from LABELS.tsv),
//   - test/fixtures/rules/*.good.conf (family from VERDICTS.tsv, else `# family: 6`, else 4),
//   - examples/*.conf (family 6 when the name says dhcpd6, else 4).
// Each case applies ONE mutation to one seed (chosen by a PRNG seeded with --seed and the case
// number, so a case is reproducible on its own), writes the mutant in a temporary folder (deleted at
// the end), runs `dhcpd -4|-6 -t -cf MUTANT -lf L -pf P` and `node dist/cli.js check --family F
// --format json MUTANT`, both with execFile (argument lists, timeouts, no shell), and classifies:
//   A      the checker reports an error (exit 1) but dhcpd accepts (exit 0)  -- worst
//   B      dhcpd refuses (exit != 0) but the checker reports no error (exit 0)
//   crash  the checker exits 2 (or other), or prints a stack trace on stderr, or times out
//   slow   the checker took more than 2 s
//   ok     both agree
// Output (DIR defaults to /tmp/diff):
//   DIR/report.tsv   one row per A / B / crash / slow case:
//                    id seed mutation kind dhcpd_exit dhcpd_line dhcpd_message checker_exit
//                    checker_rule checker_line checker_first_error checker_ms
//   DIR/all.tsv      the same columns for every case (ok included)
//   DIR/groups.tsv   disagreements grouped by kind + normalised dhcpd message + checker rule
//   DIR/cases/<id>.conf  each disagreeing / crashing / slow mutant (first line of the row's
//                    family is in report.tsv; ids ending in "-6" are DHCPv6)
//
// Failover mode (--failover): each case is either a whole configuration generated from the failover
// grammar (makeFailoverConfig: peer blocks with every statement, valid and invalid values in every
// number format, names and quoting, state declarations, references from every context, several
// peers, peers declared after use, `no failover peer`, line breaks and comments between the words
// of multi-word keywords), or one mutation of a corpus / fixture seed that declares a failover peer.
//
// Reduce mode: delta-debugging (lines, then tokens, then characters) of FILE to a smaller config with
// the same disagreement signature (kind + normalised dhcpd message for B, kind + checker rule for A).
// Prints the minimal config and the verdict of both tools.
//
// Node only, no dependencies.

import { execFile } from 'node:child_process';
import {
  cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mulberry32 } from './mulberry32.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'rules');
const EXAMPLES = join(ROOT, 'examples');
const SLOW_MS = 2000;
const DHCPD_TIMEOUT_MS = 10_000;
const CLI_TIMEOUT_MS = 20_000;

// ---------------------------------------------------------------------------------------------- args
function parseArgs(argv) {
  const o = { seed: 1, cases: 1000, seconds: 600, jobs: 2, out: '/tmp/diff', dhcpd: null,
    cli: join(ROOT, 'dist', 'cli.js'), reduce: null, family: null, outFile: null, failover: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) usage(2);
      return argv[++i];
    };
    if (a === '--seed') o.seed = Number(next()) >>> 0;
    else if (a === '--cases') o.cases = Number(next());
    else if (a === '--seconds') o.seconds = Number(next());
    else if (a === '--jobs') o.jobs = Math.max(1, Number(next()));
    else if (a === '--out') o.out = resolve(next());
    else if (a === '--dhcpd') o.dhcpd = next();
    else if (a === '--cli') o.cli = resolve(next());
    else if (a === '--reduce') o.reduce = resolve(next());
    else if (a === '--family') o.family = next();
    else if (a === '--out-file') o.outFile = resolve(next());
    else if (a === '--failover') o.failover = true;
    else if (a === '--help' || a === '-h') usage(0);
    else usage(2);
  }
  return o;
}

function usage(code) {
  (code ? process.stderr : process.stdout).write(
    'usage: node scripts/diffFuzz.mjs [--failover] [--seed N] [--cases N] [--seconds S] [--jobs N] [--out DIR] [--dhcpd PATH] [--cli PATH]\n' +
      '       node scripts/diffFuzz.mjs --reduce FILE [--family 4|6] [--out-file MINIMAL]\n');
  process.exit(code);
}

function findDhcpd(explicit) {
  if (explicit) return explicit;
  if (process.env.DHCPD) return process.env.DHCPD;
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/sbin', '/usr/local/sbin', '/sbin'];
  for (const d of dirs) {
    const c = join(d, 'dhcpd');
    try {
      if (statSync(c).isFile()) return c;
    } catch { /* absent */ }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------- PRNG
const pick = (rnd, arr) => arr[Math.floor(rnd() * arr.length)];
const int = (rnd, n) => Math.floor(rnd() * n);

// ---------------------------------------------------------------------------------------------- seeds
function readTsv(file) {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.length);
  const head = lines.shift().split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [head[i], v])));
}

function loadSeeds() {
  const seeds = [];
  const labels = readTsv(join(CORPUS, 'LABELS.tsv'));
  const byName = new Map(labels.map((r) => [r.file, r]));
  for (const sub of ['isc', 'real-world']) {
    const dir = join(CORPUS, sub);
    for (const name of readdirSync(dir).sort()) {
      const r = byName.get(name);
      if (!r) continue;
      const ok = r.dhcpd_exit === '0' || (r.dhcpd_exit === '1' && !/Can't open/.test(r.message ?? ''));
      if (!ok) continue;
      seeds.push({ name: `${sub}/${name}`, path: join(dir, name), family: r.family === '6' ? '6' : '4' });
    }
  }
  let verdicts = new Map();
  try {
    verdicts = new Map(readTsv(join(FIXTURES, 'VERDICTS.tsv')).map((r) => [r.file, r]));
  } catch { /* none */ }
  for (const name of readdirSync(FIXTURES).filter((n) => n.endsWith('.good.conf')).sort()) {
    const path = join(FIXTURES, name);
    const text = readFileSync(path, 'utf8');
    let family = verdicts.get(name)?.family;
    if (!family) family = /^\s*#\s*family:\s*6/m.test(text) ? '6' : '4';
    seeds.push({ name: `fixtures/${name}`, path, family, includeDir: join(FIXTURES, 'include') });
  }
  for (const name of readdirSync(EXAMPLES).filter((n) => n.endsWith('.conf')).sort()) {
    seeds.push({ name: `examples/${name}`, path: join(EXAMPLES, name), family: /dhcpd6|\.in6|\.err6/.test(name) ? '6' : '4' });
  }
  for (const s of seeds) {
    if (/dhcpd6|\.in6$|\.err6$/.test(s.name)) s.family = '6';
    s.text = readFileSync(s.path, 'latin1');
  }
  return seeds;
}

// ---------------------------------------------------------------------------------------------- lexer
// Tokens: {t: 'str'|'punct'|'word', s: start offset, e: end offset, v: text}. Comments are skipped.
function tokenize(text) {
  const toks = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') { i++; continue; }
    if (c === '#') { while (i < n && text[i] !== '\n') i++; continue; }
    if (c === '"') {
      let j = i + 1;
      while (j < n && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      j = Math.min(j + 1, n);
      toks.push({ t: 'str', s: i, e: j, v: text.slice(i, j) });
      i = j;
      continue;
    }
    if ('{};,()='.includes(c)) { toks.push({ t: 'punct', s: i, e: i + 1, v: c }); i++; continue; }
    let j = i;
    while (j < n && !' \t\n\r#"{};,()='.includes(text[j])) j++;
    toks.push({ t: 'word', s: i, e: j, v: text.slice(i, j) });
    i = j;
  }
  return toks;
}

/** Statements: {a: first token index, b: last token index (inclusive), depth}. */
function statements(toks) {
  const out = [];
  function parse(i, depth) {
    // parses statements from i until an unmatched '}' or the end; returns index of that '}' or toks.length
    while (i < toks.length) {
      if (toks[i].v === '}' && toks[i].t === 'punct') return i;
      if (toks[i].v === ';' && toks[i].t === 'punct') { i++; continue; }
      const a = i;
      while (i < toks.length && !(toks[i].t === 'punct' && (toks[i].v === ';' || toks[i].v === '{' || toks[i].v === '}'))) i++;
      if (i >= toks.length) { out.push({ a, b: toks.length - 1, depth }); return i; }
      if (toks[i].v === ';') { out.push({ a, b: i, depth }); i++; continue; }
      if (toks[i].v === '}') { out.push({ a, b: i - 1, depth }); return i; }
      // block
      const close = parse(i + 1, depth + 1);
      const b = Math.min(close, toks.length - 1);
      out.push({ a, b, depth, block: true });
      i = close + 1;
      // `if ... { } else { }` / `elsif`: treated as separate statements, fine for mutation purposes
    }
    return i;
  }
  let i = 0;
  while (i < toks.length) {
    i = parse(i, 0);
    i++; // stray '}' at top level
  }
  return out.sort((x, y) => x.a - y.a);
}

/** Offsets where a statement may begin: start of file, after each ';', '{', '}'. */
function boundaries(text, toks) {
  const b = [0];
  for (const t of toks) if (t.t === 'punct' && (t.v === ';' || t.v === '{' || t.v === '}')) b.push(t.e);
  b.push(text.length);
  return [...new Set(b)];
}

// ---------------------------------------------------------------------------------------------- vocabulary
const KEYWORDS = [
  'authoritative', 'not', 'subnet', 'netmask', 'range', 'dynamic-bootp', 'host', 'hardware', 'ethernet',
  'token-ring', 'fddi', 'infiniband', 'fixed-address', 'option', 'default-lease-time', 'max-lease-time',
  'min-lease-time', 'group', 'pool', 'shared-network', 'class', 'subclass', 'match', 'if', 'elsif', 'else',
  'exists', 'substring', 'suffix', 'failover', 'peer', 'primary', 'secondary', 'address', 'port', 'mclt',
  'split', 'hba', 'load', 'balance', 'max', 'seconds', 'max-response-delay', 'max-unacked-updates', 'key',
  'secret', 'algorithm', 'zone', 'allow', 'deny', 'ignore', 'unknown-clients', 'known-clients', 'booting',
  'bootp', 'filename', 'next-server', 'server-name', 'ddns-update-style', 'ddns-updates', 'ddns-domainname',
  'include', 'on', 'commit', 'release', 'expiry', 'set', 'unset', 'log', 'eval', 'known', 'unknown',
  'members', 'of', 'dynamic', 'static', 'lease', 'limit', 'spawn', 'with', 'true', 'false', 'off', 'none',
  'interim', 'subnet6', 'range6', 'prefix6', 'fixed-address6', 'fixed-prefix6', 'temporary',
  'preferred-lifetime', 'code', 'text', 'string', 'ip-address', 'ip6-address', 'integer', 'unsigned',
  'signed', 'boolean', 'array', 'encapsulate', 'space', 'and', 'or', 'concat', 'binary-to-ascii',
  'encode-int', 'pick-first-value', 'config-option', 'host-identifier', 'uid', 'always-broadcast',
  'one-lease-per-client', 'ping-check', 'ping-timeout', 'log-facility', 'use-host-decl-names',
  'get-lease-hostnames', 'server-identifier', 'server-duid', 'auto-partner-down', 'max-lease-misbalance',
  'max-lease-ownership', 'min-balance', 'max-balance', 'local-address', 'peer-address', 'authenticated',
  'unauthenticated', 'all', 'clients', 'dynamic-bootp-lease-length', 'dynamic-bootp-lease-cutoff',
  'boot-unknown-clients', 'site-option-space', 'vendor-option-space', 'domain-name', 'domain-name-servers',
  'routers', 'subnet-mask', 'broadcast-address', 'ntp-servers', 'hmac-md5', 'hmac-sha256', 'local7',
  'update-static-leases', 'update-conflict-detection', 'omapi-port', 'omapi-key', 'db-time-format', 'local',
  'default', 'switch', 'case', 'execute', 'return', 'packet', 'leased-address', 'pick', 'client-updates',
  'duplicates', 'declines', 'leasequery', 'infinite-is-reserved', 'stash-agent-options', 'ignore-client-uids',
];
const VALUES = {
  ip: ['10.1.2.3', '192.168.0.1', '0.0.0.0', '255.255.255.255', '300.1.1.1', '1.2.3'],
  ip6: ['2001:db8::1', '::', 'fe80::1%eth0'],
  number: ['0', '1', '42', '255', '256', '65535', '65536'],
  string: ['"foo"', '""', '"10.0.0.1"', '"a b c"'],
  hex: ['01:02:03:04:05:06', '0:1:2', 'de:ad:be:ef', '1:2:3:4:5:6:7:8:9:a:b:c:d:e:f:10:11'],
  big: ['4294967295', '4294967296', '99999999999999999999', '2147483648'],
  negative: ['-1', '-42', '-2147483649'],
  bare: ['foo', 'bar-baz', 'true', 'on', 'x_y', 'example.org'],
  domain: ['example.org.', 'a..b'],
  float: ['1.5', '0.5'],
};
const VALID_STATEMENTS = {
  common: [
    'authoritative;', 'not authoritative;', 'default-lease-time 600;', 'max-lease-time 7200;',
    'min-lease-time 60;', 'ddns-update-style none;', 'ddns-update-style interim;', 'ddns-updates off;',
    'option domain-name "example.org";', 'log-facility local7;', 'allow booting;', 'deny unknown-clients;',
    'ignore client-updates;', 'allow unknown-clients;', 'deny bootp;', 'one-lease-per-client true;',
    'ping-check true;', 'ping-timeout 2;', 'get-lease-hostnames true;', 'use-host-decl-names on;',
    'update-static-leases on;', 'boot-unknown-clients true;', 'filename "pxelinux.0";',
    'server-name "boot.example.org";', 'ddns-domainname "example.org";',
    'class "fz-c1" { match if substring (option vendor-class-identifier, 0, 4) = "PXEC"; }',
    'class "fz-c2" { match pick-first-value (option dhcp-client-identifier, hardware); }',
    'group { default-lease-time 300; }', 'key fz-k1 { algorithm hmac-md5; secret "c2VjcmV0c2VjcmV0"; }',
    'option space fzspace;', 'option fz-opt code 240 = ip-address;', 'option fz-txt code 241 = text;',
    'on commit { set fzvar = "y"; }', 'if exists user-class { filename "a"; }',
    'if option dhcp-client-identifier = "x" { filename "b"; } else { filename "c"; }',
    'set fzvar2 = "z";', 'log (info, "hello");', 'option host-name "h1";',
    'option ntp-servers 10.0.0.1;', 'default-lease-time 86400;', 'max-lease-time 86400;',
    'zone example.org. { primary 127.0.0.1; }', 'server-identifier 10.0.0.1;', 'next-server 10.0.0.5;',
    'option routers 10.0.0.1;', 'option subnet-mask 255.255.255.0;', 'option broadcast-address 10.0.0.255;',
    'option domain-name-servers 10.0.0.1, 10.0.0.2;', 'always-broadcast on;', 'stash-agent-options true;',
    'host fz-h1 { hardware ethernet 00:11:22:33:44:66; fixed-address 10.0.0.8; }',
    'host fz-h2 { hardware ethernet 00:11:22:33:44:67; }',
    'subnet 192.168.77.0 netmask 255.255.255.0 { }',
    'subnet 192.168.79.0 netmask 255.255.255.0 { range 192.168.79.10 192.168.79.20; }',
    'shared-network fz-sn { subnet 192.168.78.0 netmask 255.255.255.0 { } }',
    'range 10.0.0.10 10.0.0.20;', 'range dynamic-bootp 10.0.0.30 10.0.0.40;',
    'pool { range 10.0.0.50 10.0.0.60; }', 'hardware ethernet 00:11:22:33:44:55;', 'fixed-address 10.0.0.7;',
    'failover peer "fz-fp" { primary; address 10.0.0.1; port 647; peer address 10.0.0.2; peer port 647; max-response-delay 30; max-unacked-updates 10; mclt 1800; split 128; }',
    'failover peer "fz-fs" { secondary; address 10.0.0.2; port 647; peer address 10.0.0.1; peer port 647; max-response-delay 30; max-unacked-updates 10; }',
    'subclass "fz-c1" "PXEC";', 'omapi-port 7911;', 'db-time-format local;', 'local-address 10.0.0.1;',
  ],
  6: [
    'range6 2001:db8::100 2001:db8::200;', 'range6 2001:db8::/120;', 'range6 2001:db8::/64 temporary;',
    'prefix6 2001:db8:100:: 2001:db8:1ff:: /56;', 'subnet6 2001:db8:77::/64 { }',
    'subnet6 2001:db8:78::/64 { range6 2001:db8:78::10 2001:db8:78::20; }',
    'option dhcp6.name-servers 2001:db8::1;', 'option dhcp6.domain-search "example.org";',
    'fixed-address6 2001:db8::5;', 'preferred-lifetime 3600;', 'option dhcp6.preference 255;',
    'host fz-h6 { host-identifier option dhcp6.client-id 00:01:00:01:00:00:00:01:00:11:22:33:44:55; fixed-address6 2001:db8::7; }',
    'option dhcp6.info-refresh-time 21600;', 'server-duid LLT ethernet 00:11:22:33:44:55;',
  ],
};

function nearMiss(rnd, w) {
  if (w.length < 2) return w + 'x';
  const i = int(rnd, w.length);
  switch (int(rnd, 6)) {
    case 0: return w.slice(0, i) + w.slice(i + 1); // drop a char
    case 1: return w.slice(0, i) + w[i] + w.slice(i); // double a char
    case 2: return i + 1 < w.length ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w.slice(0, -1); // transpose
    case 3: return w.includes('-') ? w.replace('-', '_') : `${w}s`;
    case 4: return w.includes('-') ? w.replace('-', '') : `${w}-x`;
    default: return w.slice(0, i) + String.fromCharCode(97 + int(rnd, 26)) + w.slice(i + 1);
  }
}

function classifyValue(v) {
  if (/^"/.test(v)) return 'string';
  if (/^\d+\.\d+\.\d+\.\d+$/.test(v)) return 'ip';
  if (/^-\d+$/.test(v)) return 'negative';
  if (/^\d+$/.test(v)) return v.length > 9 ? 'big' : 'number';
  if (/^[0-9a-f]{1,2}(:[0-9a-f]{1,2})+$/i.test(v)) return 'hex';
  if (/:/.test(v)) return 'ip6';
  return 'bare';
}

// ---------------------------------------------------------------------------------------------- mutations
const splice = (text, s, e, ins) => text.slice(0, s) + ins + text.slice(e);

const MUTATIONS = {
  deleteToken(text, toks, stmts, rnd) {
    if (!toks.length) return null;
    const t = pick(rnd, toks);
    return { text: splice(text, t.s, t.e, ''), desc: `deleteToken ${JSON.stringify(t.v)}@${lineOf(text, t.s)}` };
  },
  duplicateStatement(text, toks, stmts, rnd) {
    if (!stmts.length) return null;
    const st = pick(rnd, stmts);
    const s = toks[st.a].s;
    const e = toks[st.b].e;
    return { text: splice(text, e, e, `\n${text.slice(s, e)}`), desc: `duplicateStatement ${head(toks, st)}@${lineOf(text, s)}` };
  },
  swapTokens(text, toks, stmts, rnd) {
    if (toks.length < 2) return null;
    const i = int(rnd, toks.length - 1);
    const [x, y] = [toks[i], toks[i + 1]];
    if (x.v === y.v) return null;
    const mid = text.slice(x.e, y.s);
    return { text: text.slice(0, x.s) + y.v + mid + x.v + text.slice(y.e), desc: `swapTokens ${JSON.stringify(x.v)} ${JSON.stringify(y.v)}@${lineOf(text, x.s)}` };
  },
  replaceKeyword(text, toks, stmts, rnd) {
    const words = toks.filter((t) => t.t === 'word' && /^[a-z][a-z0-9-]*[a-z0-9]$/i.test(t.v) && !/^[0-9a-f]{1,2}$/i.test(t.v));
    if (!words.length) return null;
    // prefer statement heads (the keywords)
    const heads = stmts.map((st) => toks[st.a]).filter((t) => words.includes(t));
    const t = rnd() < 0.5 && heads.length ? pick(rnd, heads) : pick(rnd, words);
    const r = rnd() < 0.5 ? pick(rnd, KEYWORDS) : nearMiss(rnd, t.v);
    if (r === t.v) return null;
    return { text: splice(text, t.s, t.e, r), desc: `replaceKeyword ${JSON.stringify(t.v)}->${JSON.stringify(r)}@${lineOf(text, t.s)}` };
  },
  replaceValue(text, toks, stmts, rnd) {
    const heads = new Set(stmts.map((st) => st.a));
    const vals = toks.filter((t, i) => (t.t === 'str' || t.t === 'word') && !heads.has(i) &&
      (t.t === 'str' || /[0-9:."]/.test(t.v) || (i > 0 && toks[i - 1].t === 'word')));
    if (!vals.length) return null;
    const t = pick(rnd, vals);
    const from = classifyValue(t.v);
    const kinds = Object.keys(VALUES).filter((k) => k !== from);
    const kind = pick(rnd, kinds);
    const r = pick(rnd, VALUES[kind]);
    return { text: splice(text, t.s, t.e, r), desc: `replaceValue ${from}->${kind} ${JSON.stringify(t.v)}->${JSON.stringify(r)}@${lineOf(text, t.s)}` };
  },
  punctuation(text, toks, stmts, rnd) {
    if (rnd() < 0.5) {
      // delete a ; { } or one quote of a string
      const cands = toks.filter((t) => t.t === 'str' || (t.t === 'punct' && ';{}'.includes(t.v)));
      if (!cands.length) return null;
      const t = pick(rnd, cands);
      if (t.t === 'str') {
        const at = rnd() < 0.5 ? t.s : t.e - 1;
        return { text: splice(text, at, at + 1, ''), desc: `deleteQuote ${at === t.s ? 'open' : 'close'}@${lineOf(text, at)}` };
      }
      return { text: splice(text, t.s, t.e, ''), desc: `delete${name(t.v)}@${lineOf(text, t.s)}` };
    }
    const c = pick(rnd, [';', '{', '}', '"']);
    const positions = [0, ...toks.flatMap((t) => [t.s, t.e]), text.length];
    const at = pick(rnd, positions);
    return { text: splice(text, at, at, c === '"' ? c : ` ${c} `), desc: `add${name(c)}@${lineOf(text, at)}` };
  },
  moveStatement(text, toks, stmts, rnd) {
    if (stmts.length < 2) return null;
    const st = pick(rnd, stmts);
    const s = toks[st.a].s;
    const e = toks[st.b].e;
    const body = text.slice(s, e);
    const rest = splice(text, s, e, '');
    const rtoks = tokenize(rest);
    const bs = boundaries(rest, rtoks).filter((b) => b !== s);
    if (!bs.length) return null;
    const at = pick(rnd, bs);
    return { text: splice(rest, at, at, `\n${body}\n`), desc: `moveStatement ${head(toks, st)}@${lineOf(text, s)}->@${lineOf(rest, at)}` };
  },
  changeCase(text, toks, stmts, rnd) {
    const words = toks.filter((t) => t.t === 'word' && /[a-z]/.test(t.v));
    if (!words.length) return null;
    const heads = stmts.map((st) => toks[st.a]).filter((t) => words.includes(t));
    const t = rnd() < 0.6 && heads.length ? pick(rnd, heads) : pick(rnd, words);
    const mode = int(rnd, 3);
    const r = mode === 0 ? t.v.toUpperCase() : mode === 1 ? t.v[0].toUpperCase() + t.v.slice(1) : [...t.v].map((ch) => (rnd() < 0.3 ? ch.toUpperCase() : ch)).join('');
    if (r === t.v) return null;
    return { text: splice(text, t.s, t.e, r), desc: `changeCase ${JSON.stringify(t.v)}->${JSON.stringify(r)}@${lineOf(text, t.s)}` };
  },
  insertStatement(text, toks, stmts, rnd, family) {
    const list = family === '6' ? [...VALID_STATEMENTS.common, ...VALID_STATEMENTS[6], ...VALID_STATEMENTS[6]] : VALID_STATEMENTS.common;
    const st = pick(rnd, list);
    const at = pick(rnd, boundaries(text, toks));
    return { text: splice(text, at, at, `\n${st}\n`), desc: `insertStatement ${JSON.stringify(st.slice(0, 60))}@${lineOf(text, at)}` };
  },
  truncate(text, toks, stmts, rnd) {
    if (text.length < 2) return null;
    const at = rnd() < 0.5 || !toks.length ? 1 + int(rnd, text.length - 1) : pick(rnd, toks).e;
    return { text: text.slice(0, at), desc: `truncate@${lineOf(text, at)}:${at}` };
  },
};
const MUTATION_WEIGHTS = [
  ['deleteToken', 3], ['duplicateStatement', 2], ['swapTokens', 2], ['replaceKeyword', 4], ['replaceValue', 5],
  ['punctuation', 3], ['moveStatement', 3], ['changeCase', 1], ['insertStatement', 5], ['truncate', 1],
];
const TOTAL_WEIGHT = MUTATION_WEIGHTS.reduce((a, [, w]) => a + w, 0);

function name(c) {
  return { ';': 'Semicolon', '{': 'OpenBrace', '}': 'CloseBrace', '"': 'Quote' }[c];
}
function lineOf(text, off) {
  let n = 1;
  for (let i = 0; i < off && i < text.length; i++) if (text[i] === '\n') n++;
  return n;
}
function head(toks, st) {
  return JSON.stringify(toks.slice(st.a, Math.min(st.b + 1, st.a + 3)).map((t) => t.v).join(' '));
}

function makeCase(seeds, seed, n) {
  const rnd = mulberry32((seed * 0x9e3779b1) ^ (n * 0x85ebca77) ^ 0x1234567);
  for (let attempt = 0; attempt < 50; attempt++) {
    const s = pick(rnd, seeds);
    let r = rnd() * TOTAL_WEIGHT;
    let m = MUTATION_WEIGHTS[0][0];
    for (const [k, w] of MUTATION_WEIGHTS) {
      if ((r -= w) < 0) { m = k; break; }
    }
    const toks = tokenize(s.text);
    const res = MUTATIONS[m](s.text, toks, statements(toks), rnd, s.family);
    if (res && res.text !== s.text) return { seed: s, mutation: res.desc, text: res.text };
  }
  return null;
}


// ---------------------------------------------------------------------------------------------- failover grammar
const FO_NUMBERS = ['647', '0', '1', '3', '30', '10', '128', '255', '256', '257', '1800', '65535', '65536', '-1', '-0', '0647',
  '007', '4294967296', '4294967424', '2147483648', '99999999999999999999', '0x1F', '0X10', '1e3', '+5', '"5"', '1.5', '-', '5-3', '12ab'];
const FO_STATES = ['normal', 'communications-interrupted', 'partner-down', 'recover', 'recover-wait', 'recover-done', 'startup',
  'shutdown', 'paused', 'conflict-done', 'resolution-interrupted', 'potential-conflict', 'unknown-state', 'NORMAL', 'bogus', '"normal"'];
const FO_DATES = ['never', 'epoch 1700000000', 'epoch 0', 'epoch', '2 2024/01/02 03:04:05', '2 2024/01/02 03:04:05 3600', '2 2024/01/02',
  '2', '2 2050/12/31 23:59:59', 'x 2024/01/02 03:04:05', '2 2024/13/40 25:61:61', '2 2024-01-02 03:04:05'];
const FO_SEPS = [' ', ' ', ' ', ' ', '\n    ', ' # c\n    ', '\t', '\n# comment\n'];
const FO_NAMES = ['"fo"', '"fo"', '"fo"', '"fo2"', '"FO"', '""', 'fo', '123', '"a b"', '"f\\"o"', '-5', '1a'];

/** One failover configuration drawn from the grammar; every choice is recorded in the description. */
export function makeFailoverConfig(rnd) {
  const desc = [];
  const chance = (p) => rnd() < p;
  const sep = () => (chance(0.15) ? pick(rnd, FO_SEPS) : ' ');
  const num = (valid) => (chance(0.8) ? valid : pick(rnd, FO_NUMBERS));
  const kw = (words) => words.split(' ').map((w, i) => (i ? sep() : '') + w).join('');
  const peerNames = chance(0.7) ? ['"fo"'] : ['"fo"', pick(rnd, FO_NAMES)];
  const peers = [];
  for (const [i, name] of peerNames.entries()) {
    const primary = chance(0.5);
    const lines = [];
    const role = chance(0.1) ? '' : chance(0.05) ? 'primary;\n  secondary;' : primary ? 'primary;' : 'secondary;';
    if (role) lines.push(role);
    const me = primary ? `10.0.${i}.1` : `10.0.${i}.2`;
    const them = primary ? `10.0.${i}.2` : `10.0.${i}.1`;
    const add = (p, text) => { if (chance(p)) lines.push(text); };
    add(0.9, `address ${chance(0.05) ? '"' + me + '"' : me};`);
    add(0.8, `port ${num('647')};`);
    add(0.95, `${kw('peer address')} ${them};`);
    add(0.8, `${kw('peer port')} ${num('647')};`);
    add(0.8, `max-response-delay ${num('30')};`);
    add(0.8, `max-unacked-updates ${num('10')};`);
    add(0.7, `${kw('load balance max seconds')} ${num('3')};`);
    if (primary || chance(0.1)) {
      add(0.9, `mclt ${num('1800')};`);
      if (chance(0.8)) lines.push(`split ${num('128')};`);
      else if (chance(0.5)) lines.push(`hba ${Array.from({ length: chance(0.8) ? 32 : 31 }, () => 'ff').join(':')};`);
    }
    for (const extra of ['max-lease-misbalance', 'max-lease-ownership', 'min-balance', 'max-balance', 'auto-partner-down']) {
      add(0.1, `${extra} ${num('15')};`);
    }
    if (chance(0.05)) lines.push(`peer ${pick(rnd, ['mclt 1800;', 'max-response-delay 30;', 'peer address 10.9.9.9;', 'split 128;'])}`);
    if (chance(0.05)) lines.splice(int(rnd, lines.length + 1), 0, pick(rnd, lines.length ? lines : ['primary;']));
    if (chance(0.03)) lines.push(pick(rnd, ['frobnicate 1;', 'option routers 10.0.0.1;', 'peer;', ';']));
    peers.push({ name, primary, text: `${kw('failover peer')} ${name} {\n  ${lines.join('\n  ')}\n}\n` });
  }
  const states = [];
  if (chance(0.3)) {
    const lines = [];
    const n = 1 + int(rnd, 3);
    for (let k = 0; k < n; k++) {
      const r = rnd();
      if (r < 0.4) lines.push(`${kw('my state')} ${chance(0.85) ? 'normal' : pick(rnd, FO_STATES)}${chance(0.3) ? ` at ${pick(rnd, FO_DATES)}` : ''};`);
      else if (r < 0.8) lines.push(`${kw('partner state')} ${chance(0.85) ? 'communications-interrupted' : pick(rnd, FO_STATES)}${chance(0.3) ? ` at ${pick(rnd, FO_DATES)}` : ''};`);
      else if (r < 0.93) lines.push(`mclt ${num('3600')};`);
      else lines.push(pick(rnd, ['peer state normal;', 'my normal;', 'state normal;', '}']));
    }
    states.push(`failover peer ${chance(0.9) ? peerNames[0] : pick(rnd, FO_NAMES)} state {\n  ${lines.join('\n  ')}\n}\n`);
  }
  // References: mostly pools; sometimes elsewhere.
  const ref = (name) => `${kw('failover peer')} ${chance(0.95) ? name : pick(rnd, FO_NAMES)};`;
  const refName = () => pick(rnd, peerNames);
  const range = (i, lo, hi) => `range ${chance(0.05) ? 'dynamic-bootp ' : ''}10.0.${i}.${lo} 10.0.${i}.${hi};`;
  const poolBody = (i) => {
    const body = [];
    const r = rnd();
    if (r < 0.8) body.push(ref(refName()));
    else if (r < 0.87) body.push(chance(0.5) ? `no${sep()}failover${sep()}peer` : 'no failover peer;');
    if (chance(0.2)) body.push(pick(rnd, ['deny dynamic bootp clients;', 'allow dynamic bootp clients;', 'allow unknown-clients;']));
    const lo = chance(0.9) ? 100 : pick(rnd, [0, 1]);
    const hi = chance(0.9) ? 200 : pick(rnd, [254, 255]);
    body.push(range(i, lo, hi));
    if (chance(0.3)) body.reverse();
    return body;
  };
  const subnet = (i, inner) => `subnet 10.0.${i}.0 netmask 255.255.255.0 {\n  ${inner.join('\n  ')}\n}\n`;
  const nets = [];
  const shape = rnd();
  if (shape < 0.5) {
    nets.push(subnet(0, [`pool {\n    ${poolBody(0).join('\n    ')}\n  }`]));
  } else if (shape < 0.75) {
    const inner = [];
    if (chance(0.5)) inner.push(ref(refName()));
    inner.push(subnet(0, [`pool {\n    ${poolBody(0).join('\n    ')}\n  }`]).replace(/\n/g, '\n  '));
    if (chance(0.5)) inner.push(subnet(1, [`pool {\n    ${poolBody(1).join('\n    ')}\n  }`]).replace(/\n/g, '\n  '));
    if (chance(0.3)) inner.push(`pool {\n    ${poolBody(0).join('\n    ')}\n  }`);
    nets.push(`shared-network net {\n  ${inner.join('\n  ')}\n}\n`);
  } else {
    nets.push(subnet(0, [`pool {\n    ${poolBody(0).join('\n    ')}\n  }`, ...(chance(0.3) ? [`pool {\n    ${poolBody(0).join('\n    ')}\n  }`.replace('100', '201').replace('200', '250')] : [])]));
  }
  // Misplaced references and declarations.
  if (chance(0.08)) {
    const where = pick(rnd, ['top', 'subnet', 'group', 'class', 'host']);
    const r = ref(refName());
    if (where === 'top') nets.push(r + '\n');
    else if (where === 'subnet') nets.push(subnet(5, [r]));
    else if (where === 'group') nets.push(`group {\n  ${r}\n}\n`);
    else if (where === 'class') nets.push(`class "c" {\n  match if option host-name = "x";\n  ${r}\n}\n`);
    else nets.push(`host h {\n  hardware ethernet 00:11:22:33:44:55;\n  ${r}\n}\n`);
    desc.push(`ref@${where}`);
  }
  if (chance(0.04)) {
    const where = pick(rnd, ['subnet', 'group', 'shared-network']);
    const decl = `failover peer "fo9" {\n  secondary;\n  address 10.0.9.2;\n  peer address 10.0.9.1;\n}`;
    nets.push(where === 'subnet' ? subnet(6, [decl]) : where === 'group' ? `group {\n  ${decl}\n}\n` : `shared-network n9 {\n  ${decl}\n  ${subnet(9, [`pool {\n    failover peer "fo9";\n    range 10.0.9.100 10.0.9.200;\n  }`])}}\n`);
    desc.push(`decl@${where}`);
  }
  let parts;
  const order = rnd();
  if (order < 0.85) parts = [...peers.map((p) => p.text), ...states, ...nets];
  else if (order < 0.93) { parts = [...nets, ...peers.map((p) => p.text), ...states]; desc.push('peers-after-use'); }
  else { parts = [...states, ...peers.map((p) => p.text), ...nets]; desc.push('state-before-peer'); }
  desc.unshift(`peers=${peerNames.join(',')}`);
  return { text: parts.join('\n'), desc: `failoverGrammar ${desc.join(' ')}` };
}

function makeFailoverCase(seeds, seed, n) {
  const rnd = mulberry32((seed * 0x9e3779b1) ^ (n * 0x85ebca77) ^ 0x7654321);
  if (rnd() < 0.7 || !seeds.length) {
    const g = makeFailoverConfig(rnd);
    return { seed: { name: 'generated/failover', family: '4' }, mutation: g.desc, text: g.text };
  }
  return makeCase(seeds, (seed ^ 0x5bd1e995) >>> 0, n);
}

// ---------------------------------------------------------------------------------------------- runners
function run(cmd, args, opts) {
  return new Promise((resolveRun) => {
    const t0 = Date.now();
    execFile(cmd, args, { ...opts, encoding: 'latin1', maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const ms = Date.now() - t0;
      let code = 0;
      let signal = null;
      let timedOut = false;
      if (err) {
        if (typeof err.code === 'number') code = err.code;
        else code = -1;
        signal = err.signal ?? null;
        if (err.killed) timedOut = true;
        if (signal && code === -1) code = 128 + (signal === 'SIGSEGV' ? 11 : signal === 'SIGKILL' ? 9 : signal === 'SIGTERM' ? 15 : 6);
      }
      resolveRun({ code, signal, timedOut, stdout: stdout ?? '', stderr: stderr ?? '', ms });
    });
  });
}

const BANNER = /^(Internet Systems Consortium|Copyright|All rights reserved|For info, please visit|Config file:|Database file:|PID file:|ldap_|Wrote )/;
async function runDhcpd(dhcpd, file, family, dir) {
  const lf = join(dir, 'leases');
  if (!existsSync(lf)) writeFileSync(lf, '');
  const r = await run(dhcpd, [`-${family}`, '-t', '-cf', file, '-lf', lf, '-pf', join(dir, 'pid')], { cwd: dir, timeout: DHCPD_TIMEOUT_MS });
  let line = '';
  let message = '';
  if (r.code !== 0) {
    const lines = r.stderr.split('\n');
    const withLine = lines.find((l) => / line \d+: /.test(l));
    if (withLine) {
      const m = /^.* line (\d+): (.*)$/.exec(withLine);
      line = m[1];
      message = m[2];
    } else {
      message = lines.map((l) => l.trim()).find((l) => l && !BANNER.test(l)) ?? '';
    }
    if (r.timedOut) message = `TIMEOUT ${message}`;
    else if (r.signal) message = `SIGNAL ${r.signal} ${message}`;
  }
  return { exit: r.code, line, message: clean(message), ms: r.ms };
}

async function runChecker(cli, file, family, dir) {
  const r = await run(process.execPath, [cli, 'check', '--family', family, '--format', 'json', file], { cwd: dir, timeout: CLI_TIMEOUT_MS });
  let rule = '';
  let line = '';
  let first = '';
  let firstWarning = '';
  let parsed = null;
  try {
    parsed = JSON.parse(r.stdout);
  } catch { /* not json */ }
  if (parsed) {
    const msgs = parsed.flatMap((f) => (f.messages ?? []).map((m) => ({ ...m, filePath: f.filePath })));
    const err = msgs.find((m) => m.severity === 2);
    if (err) {
      rule = err.ruleId ?? '';
      line = String(err.line ?? '');
      first = err.message ?? '';
    }
    const w = msgs.find((m) => m.severity === 1);
    if (w) firstWarning = `${w.ruleId}@${w.line}: ${w.message}`;
  }
  const stackTrace = /\n\s+at .+\(.*:\d+:\d+\)|^\s*at .+:\d+:\d+/m.test(r.stderr) || /\b(TypeError|RangeError|ReferenceError|SyntaxError|Error):/.test(r.stderr);
  return { exit: r.code, rule, line, first: clean(first), firstWarning: clean(firstWarning), ms: r.ms, timedOut: r.timedOut, stderr: r.stderr, stackTrace, parsed: !!parsed };
}

function clean(s) {
  return String(s).replace(/[\t\r\n]+/g, ' ').slice(0, 300);
}

function classify(d, c) {
  if (c.timedOut || c.exit === 2 || (c.exit !== 0 && c.exit !== 1) || c.stackTrace) return 'crash';
  const refuses = d.exit !== 0;
  const errs = c.exit === 1;
  if (refuses !== errs) return errs ? 'A' : 'B';
  if (c.ms > SLOW_MS) return 'slow';
  return 'ok';
}

/** Normalise a dhcpd message so that cases group by kind of error, not by the names in it. */
export function normDhcpd(m) {
  return m
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\b(\d+\.){3}\d+\b/g, 'IP')
    .replace(/^(no option named|unknown option|unknown key|no such option|unknown class|class|Can't open|expecting|host|subnet|shared-network|unknown hardware type|no pool|failover peer|peer) \S+/, '$1 X')
    .replace(/\b0x[0-9a-f]+\b/gi, 'N')
    .replace(/\b\d+\b/g, 'N')
    .replace(/\S+\.\S+:/g, 'X:');
}

/** Normalise our first error message: numbers, quoted text and dhcpd's quoted verdict removed. */
export function normChecker(m) {
  return m
    .replace(/ \(dhcpd: .*$/, '')
    .replace(/'[^']*'/g, "'…'")
    .replace(/"[^"]*"/g, '"…"')
    .replace(/[0-9a-f]*:[0-9a-f:]+(\/\d+)?/gi, 'IP6')
    .replace(/\b(\d+\.){3}\d+\b/g, 'IP')
    .replace(/-?\b\d+\b/g, 'N')
    .replace(/offset N/g, 'offset');
}

// ---------------------------------------------------------------------------------------------- fuzz
async function fuzz(o) {
  const dhcpd = findDhcpd(o.dhcpd);
  if (!dhcpd) {
    process.stderr.write('dhcpd not found (use --dhcpd PATH or $DHCPD)\n');
    process.exit(2);
  }
  let seeds = loadSeeds();
  if (o.failover) seeds = seeds.filter((s) => s.family === '4' && /failover\s+peer/i.test(s.text));
  process.stderr.write(`${seeds.length} seed files; seed ${o.seed}; up to ${o.cases} cases / ${o.seconds} s; ${o.jobs} jobs\n`);
  const tmp = mkdtempSync(join(tmpdir(), 'diffFuzz-'));
  const cleanup = () => rmSync(tmp, { recursive: true, force: true });
  process.on('SIGINT', () => { cleanup(); process.exit(130); });
  process.on('SIGTERM', () => { cleanup(); process.exit(143); });
  mkdirSync(join(o.out, 'cases'), { recursive: true });
  const deadline = Date.now() + o.seconds * 1000;
  const results = [];
  let next = 0;
  let done = 0;
  async function worker(w) {
    const dir = join(tmp, `w${w}`);
    mkdirSync(dir, { recursive: true });
    if (existsSync(join(FIXTURES, 'include'))) cpSync(join(FIXTURES, 'include'), join(dir, 'include'), { recursive: true });
    while (next < o.cases && Date.now() < deadline) {
      const n = next++;
      const k = o.failover ? makeFailoverCase(seeds, o.seed, n) : makeCase(seeds, o.seed, n);
      if (!k) continue;
      const id = `s${o.seed}-${String(n).padStart(6, '0')}`;
      const file = join(dir, `${id}.conf`);
      writeFileSync(file, k.text, 'latin1');
      const d = await runDhcpd(dhcpd, file, k.seed.family, dir);
      const c = await runChecker(o.cli, file, k.seed.family, dir);
      const kind = classify(d, c);
      const row = { id, seed: k.seed.name, family: k.seed.family, mutation: k.mutation, kind, d, c };
      results.push(row);
      if (kind !== 'ok') {
        writeFileSync(join(o.out, 'cases', `${id}.conf`), k.text, 'latin1');
        if (kind === 'crash') writeFileSync(join(o.out, 'cases', `${id}.stderr`), c.stderr);
      }
      rmSync(file, { force: true });
      if (++done % 100 === 0) {
        const bad = results.filter((r) => r.kind !== 'ok').length;
        process.stderr.write(`${done} cases, ${bad} findings\n`);
      }
    }
  }
  try {
    await Promise.all(Array.from({ length: o.jobs }, (_, w) => worker(w)));
  } finally {
    cleanup();
  }
  results.sort((a, b) => (a.id < b.id ? -1 : 1));
  const cols = ['id', 'seed', 'family', 'mutation', 'kind', 'dhcpd_exit', 'dhcpd_line', 'dhcpd_message', 'checker_exit', 'checker_rule', 'checker_line', 'checker_first_error', 'checker_first_warning', 'checker_ms'];
  const toRow = (r) => [r.id, r.seed, r.family, r.mutation, r.kind, r.d.exit, r.d.line, r.d.message, r.c.exit, r.c.rule, r.c.line, r.c.first, r.c.firstWarning, r.c.ms].map(clean).join('\t');
  writeFileSync(join(o.out, 'all.tsv'), [cols.join('\t'), ...results.map(toRow)].join('\n') + '\n');
  const bad = results.filter((r) => r.kind !== 'ok');
  writeFileSync(join(o.out, 'report.tsv'), [cols.join('\t'), ...bad.map(toRow)].join('\n') + '\n');
  const groups = new Map();
  for (const r of bad) {
    const key = `${r.kind}\t${r.kind === 'A' ? '' : normDhcpd(r.d.message)}\t${r.c.rule}${r.kind === 'A' ? ` ${normChecker(r.c.first)}` : ''}`;
    const g = groups.get(key) ?? { n: 0, ids: [] };
    g.n++;
    g.ids.push(r.id);
    groups.set(key, g);
  }
  const gs = [...groups.entries()].sort((a, b) => b[1].n - a[1].n);
  writeFileSync(join(o.out, 'groups.tsv'), ['count\tkind\tdhcpd_message\tchecker_rule\texample_ids', ...gs.map(([k, g]) => `${g.n}\t${k}\t${g.ids.slice(0, 5).join(' ')}`)].join('\n') + '\n');
  const counts = {};
  for (const r of results) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  process.stdout.write(`${results.length} cases: ${JSON.stringify(counts)}; report in ${o.out}/report.tsv, groups in ${o.out}/groups.tsv\n`);
}

// ---------------------------------------------------------------------------------------------- reduce
async function reduce(o) {
  const dhcpd = findDhcpd(o.dhcpd);
  const family = o.family ?? (/dhcpd6|\.in6|\.err6|-6\b/.test(basename(o.reduce)) ? '6' : '4');
  const tmp = mkdtempSync(join(tmpdir(), 'diffFuzz-reduce-'));
  if (existsSync(join(FIXTURES, 'include'))) cpSync(join(FIXTURES, 'include'), join(tmp, 'include'), { recursive: true });
  let counter = 0;
  async function verdict(text) {
    const file = join(tmp, `r${counter++}.conf`);
    writeFileSync(file, text, 'latin1');
    const d = await runDhcpd(dhcpd, file, family, tmp);
    const c = await runChecker(o.cli, file, family, tmp);
    rmSync(file, { force: true });
    return { d, c, kind: classify(d, c) };
  }
  const sig = (v) => (v.kind === 'A' ? `A|${v.c.rule}|${normChecker(v.c.first)}` : v.kind === 'B' ? `B|${normDhcpd(v.d.message)}` : v.kind === 'crash' ? 'crash' : v.kind);
  try {
    let text = readFileSync(o.reduce, 'latin1');
    const v0 = await verdict(text);
    const target = sig(v0);
    process.stderr.write(`signature: ${target}\n`);
    if (v0.kind === 'ok') throw new Error('the file does not disagree');
    const keeps = async (t) => sig(await verdict(t)) === target;
    // ddmin over a list of chunks; join rebuilds the text
    async function ddmin(parts, join) {
      let n = 2;
      while (parts.length >= 2) {
        const size = Math.ceil(parts.length / n);
        let reduced = false;
        for (let i = 0; i < parts.length; i += size) {
          const cand = [...parts.slice(0, i), ...parts.slice(i + size)];
          if (await keeps(join(cand))) {
            parts = cand;
            n = Math.max(n - 1, 2);
            reduced = true;
            break;
          }
        }
        if (!reduced) {
          if (n >= parts.length) break;
          n = Math.min(parts.length, n * 2);
        }
      }
      return parts;
    }
    // drop comments and blank lines first when that keeps the signature
    const stripped = text.split('\n').map((l) => l.replace(/^\s*#.*$/, '')).filter((l) => l.trim()).join('\n') + '\n';
    if (await keeps(stripped)) text = stripped;
    // statement passes: remove whole statements (blocks included), then unwrap blocks (keep the body)
    for (let changed = true; changed;) {
      changed = false;
      const toks = tokenize(text);
      const sts = statements(toks).sort((x, y) => (toks[y.b].e - toks[y.a].s) - (toks[x.b].e - toks[x.a].s));
      for (const st of sts) {
        const cand = splice(text, toks[st.a].s, toks[st.b].e, '');
        if (await keeps(cand)) { text = cand; changed = true; break; }
      }
      if (changed) continue;
      for (const st of sts.filter((x) => x.block)) {
        const open = toks.findIndex((t, i) => i >= st.a && t.t === 'punct' && t.v === '{');
        if (open < 0 || open > st.b) continue;
        const body = text.slice(toks[open].e, toks[st.b].v === '}' ? toks[st.b].s : toks[st.b].e);
        const cand = splice(text, toks[st.a].s, toks[st.b].e, body);
        if (await keeps(cand)) { text = cand; changed = true; break; }
      }
    }
    text = (await ddmin(text.split('\n'), (p) => p.join('\n'))).join('\n');
    const toks = tokenize(text);
    const kept = await ddmin(toks.map((t) => t.v), (p) => p.join(' '));
    text = kept.join(' ');
    // pretty: newline after ; { }
    const pretty = text.replace(/([;{}]) /g, '$1\n');
    if (await keeps(pretty)) text = pretty;
    const v = await verdict(text);
    const out = `${text}\n`;
    if (o.outFile) writeFileSync(o.outFile, out, 'latin1');
    process.stdout.write(`--- minimal (${family === '6' ? 'DHCPv6' : 'DHCPv4'}) ---\n${out}--- dhcpd: exit ${v.d.exit} line ${v.d.line}: ${v.d.message}\n--- checker: exit ${v.c.exit} ${v.c.rule}@${v.c.line}: ${v.c.first}${v.c.firstWarning ? ` | first warning ${v.c.firstWarning}` : ''}\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.reduce) await reduce(opts);
  else await fuzz(opts);
}
