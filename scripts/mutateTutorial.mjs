#!/usr/bin/env node
// Mutation fixtures built from the French failover tutorial (../shared/seed/failover-tutorial-fr.txt).
//
// Two base configurations (the tutorial's primary and secondary, with concrete values) are mutated
// with ONE mistake per variant. Every variant is labelled by the real ISC dhcpd (`dhcpd -4 -t`), and
// written to test/fixtures/mutations/<base>-<operator>-<n>.conf with a LABELS.tsv:
//
//   file  base  operator  dhcpd_exit  dhcpd_line  dhcpd_message  expect
//
// expect:  error        dhcpd -t refuses the file (exit != 0)
//          warning      dhcpd accepts it, but it is wrong / the failover pair will misbehave
//          information  dhcpd accepts it and it works, but the product gives advice
//                       (no role: primary assumed; no port / peer port: default 647 applies)
//          clean        dhcpd accepts it and it is correct: no diagnostic at all
//
// Each variant carries the operator's prediction (`predict`). When dhcpd refuses, expect is error
// whatever was predicted. When dhcpd accepts a variant predicted as an error, expect is the
// variant's `ifAccepted` class (what the result really is once dhcpd takes it). Every disagreement
// between prediction and dhcpd is printed as a "surprise".
//
// Usage:  node scripts/mutateTutorial.mjs            regenerate the fixtures
//         node scripts/mutateTutorial.mjs --check    regenerate in memory, re-label, diff with the
//                                                    committed files; exit 1 on any difference
//         options: --dhcpd PATH (or $DHCPD), --jobs N, --verbose
//
// Node only, no dependencies. Deterministic: the only randomness is a seeded PRNG (mulberry32).
// dhcpd is run with execFile (argument list, timeout), never through a shell.

import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, rmSync, existsSync, mkdirSync, accessSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './mulberry32.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'test', 'fixtures', 'mutations');
const LABELS = 'LABELS.tsv';
const SEED = 0x5eed2024;
const TSV_HEADER = ['file', 'base', 'operator', 'dhcpd_exit', 'dhcpd_line', 'dhcpd_message', 'expect'];

// ---------------------------------------------------------------------------------------------
// PRNG

const rng = mulberry32(SEED);
const randInt = (n) => Math.floor(rng() * n);
function shuffle(arr) {
  const a = [...arr];
  for (let i = a.length - 1; i > 0; i--) {
    const j = randInt(i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

// ---------------------------------------------------------------------------------------------
// The two bases, written out from the tutorial with concrete values.

const GLOBALS = [
  'authoritative;',
  'ddns-update-style none;',
  'default-lease-time 600;',
  'max-lease-time 7200;',
  'option domain-name-servers 10.0.0.254;',
];
const SUBNET = [
  '# the pools must be identical on both servers',
  'subnet 10.0.0.0 netmask 255.255.255.0 {',
  '  option routers 10.0.0.254;',
  '  option subnet-mask 255.255.255.0;',
  '  pool {',
  '    failover peer "dhcp-failover";',
  '    range 10.0.0.100 10.0.0.200;',
  '  }',
  '}',
];

const PRIMARY = [
  '# dhcpd.conf - primary server of the failover pair',
  ...GLOBALS,
  '',
  'failover peer "dhcp-failover" {',
  '  primary;',
  '  address 10.0.0.1;',
  '  port 54054;',
  '  peer address 10.0.0.2;',
  '  peer port 54054;',
  '  max-response-delay 3;',
  '  max-unacked-updates 2;',
  '  load balance max seconds 3;',
  '  mclt 1800;',
  '  split 128;',
  '}',
  '',
  ...SUBNET,
];

const SECONDARY = [
  '# dhcpd.conf - secondary server of the failover pair',
  ...GLOBALS,
  '',
  'failover peer "dhcp-failover" {',
  '  secondary; # declare this to be the primary server',
  '  address 10.0.0.2;',
  '  port 54054;',
  '  peer address 10.0.0.1;',
  '  peer port 54054;',
  '  max-response-delay 3;',
  '  max-unacked-updates 2;',
  '  load balance max seconds 3;',
  '}',
  '',
  ...SUBNET,
];

const BASES = [
  { name: 'primary', role: 'primary', lines: PRIMARY, own: '10.0.0.1', peer: '10.0.0.2' },
  { name: 'secondary', role: 'secondary', lines: SECONDARY, own: '10.0.0.2', peer: '10.0.0.1' },
];

// ---------------------------------------------------------------------------------------------
// Line helpers (the bases are tiny and fixed, so line-level editing is exact here)

const R = {
  role: /^\s*(primary|secondary);/,
  addr: /^\s*address /,
  port: /^\s*port /,
  paddr: /^\s*peer address /,
  pport: /^\s*peer port /,
  mrd: /^\s*max-response-delay /,
  mun: /^\s*max-unacked-updates /,
  lb: /^\s*load balance max seconds /,
  mclt: /^\s*mclt /,
  split: /^\s*split /,
  peerDecl: /^failover peer ".*" \{/,
  subnet: /^subnet /,
  routers: /^\s*option routers /,
  mask: /^\s*option subnet-mask /,
  pool: /^\s*pool \{/,
  poolRef: /^\s+failover peer /,
  range: /^\s*range /,
  auth: /^authoritative;/,
  ddns: /^ddns-update-style /,
  dlt: /^default-lease-time /,
  mlt: /^max-lease-time /,
  dns: /^option domain-name-servers /,
};
const find = (L, re) => L.findIndex((l) => re.test(l));
const peerEnd = (L) => { const s = find(L, R.peerDecl); return L.findIndex((l, i) => i > s && /^}/.test(l)); };
const subnetEnd = (L) => { const s = find(L, R.subnet); return L.findIndex((l, i) => i > s && /^}/.test(l)); };
const poolEnd = (L) => { const s = find(L, R.pool); return L.findIndex((l, i) => i > s && /^\s*}/.test(l)); };

/** replace the first line matching re by f(line) (string or array of lines); null if no match */
function edit(L, re, f) {
  const i = typeof re === 'number' ? re : find(L, re);
  if (i < 0) return null;
  const r = typeof f === 'function' ? f(L[i]) : f;
  const c = [...L];
  c.splice(i, 1, ...[].concat(r));
  return c;
}
const sub = (L, re, from, to) => edit(L, re, (l) => { if (!l.includes(from)) throw new Error(`"${from}" not in "${l}"`); return l.replace(from, to); });
const insertAt = (L, i, lines) => (i < 0 ? null : [...L.slice(0, i), ...[].concat(lines), ...L.slice(i)]);
const after = (L, re, lines) => { const i = typeof re === 'number' ? re : find(L, re); return i < 0 ? null : insertAt(L, i + 1, lines); };
const before = (L, re, lines) => { const i = typeof re === 'number' ? re : find(L, re); return i < 0 ? null : insertAt(L, i, lines); };
const remove = (L, re) => edit(L, re, []);
const indentOf = (l) => /^\s*/.exec(l)[0];
/** the code part of a line (before a # comment, outside strings) */
function codeEnd(line) {
  let q = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') q = !q;
    else if (line[i] === '#' && !q) return i;
  }
  return line.length;
}

const HBA32 = [...Array(16).fill('ff'), ...Array(16).fill('00')].join(':');
const HBA31 = [...Array(16).fill('ff'), ...Array(15).fill('00')].join(':');
const HBA33 = [...Array(16).fill('ff'), ...Array(17).fill('00')].join(':');
const PEER_LINES = (b) => b.lines.slice(find(b.lines, R.peerDecl), peerEnd(b.lines) + 1);

// ---------------------------------------------------------------------------------------------
// Operators. Each returns a list of { lines, predict, ifAccepted?, what }.
//   predict:    'error' (dhcpd should refuse) | 'warning' | 'information' | 'clean'
//   ifAccepted: the class if dhcpd accepts a variant predicted as 'error' (default: warning,
//               i.e. it is still a mistake the product must report).

const v = (lines, predict, what, ifAccepted) => (lines ? { lines, predict, what, ifAccepted } : null);
const isP = (b) => b.role === 'primary';

/** classification of the line a statement-level operator touches (used by delete-line) */
function deleteLineClass(b, line) {
  const t = line.trim();
  if (t === '' || t.startsWith('#')) return ['clean', 'comment or blank line'];
  if (R.role.test(line)) return isP(b) ? ['information', 'no role: dhcpd assumes primary'] : ['error', 'no role: primary assumed, lacks mclt/split'];
  if (R.paddr.test(line)) return ['error', 'peer address missing'];
  if (R.addr.test(line)) return ['warning', 'own address missing (man page: may not be omitted)'];
  if (R.pport.test(line) || R.port.test(line)) return ['information', 'port missing: default 647'];
  if (R.mrd.test(line) || R.mun.test(line)) return ['warning', 'timer missing (man page: must be specified)'];
  if (R.lb.test(line)) return ['warning', 'load balancing disabled'];
  if (R.mclt.test(line)) return ['error', 'primary without mclt'];
  if (R.split.test(line)) return ['error', 'primary without split/hba'];
  if (R.poolRef.test(line)) return ['error', 'peer without referring pool'];
  if (R.range.test(line)) return ['error', 'pool without range'];
  if (/[{}]/.test(line)) return ['error', 'unbalanced braces'];
  return ['clean', 'optional global/subnet statement removed'];
}

const statementLines = (L) => L.map((l, i) => [l, i]).filter(([l]) => l.slice(0, codeEnd(l)).includes(';'));

const OPERATORS = {
  // ---- the role -------------------------------------------------------------------------------
  'role-swap': (b) => [isP(b)
    ? v(sub(b.lines, R.role, 'primary;', 'secondary;'), 'error', 'secondary with mclt/split')
    : v(sub(b.lines, R.role, 'secondary;', 'primary;'), 'error', 'primary without mclt/split')],
  'role-remove': (b) => [isP(b)
    ? v(remove(b.lines, R.role), 'information', 'no role: primary assumed')
    : v(remove(b.lines, R.role), 'error', 'no role: primary assumed, lacks mclt/split')],
  'role-both': (b) => isP(b)
    ? [v(after(b.lines, R.role, '  secondary;'), 'error', 'primary; secondary; (last wins: secondary with split)'),
       v(before(b.lines, R.role, '  secondary;'), 'warning', 'secondary; primary; (last wins: primary)')]
    : [v(after(b.lines, R.role, '  primary;'), 'error', 'secondary; primary; (last wins: primary without mclt)'),
       v(before(b.lines, R.role, '  primary;'), 'warning', 'primary; secondary; (last wins: secondary)')],

  // ---- mclt / split / hba ---------------------------------------------------------------------
  'move-mclt-split': (b) => isP(b)
    ? [v(remove(remove(b.lines, R.mclt), R.split), 'error', 'mclt and split removed from the primary')]
    : [v(after(b.lines, R.lb, '  mclt 1800;'), 'warning', 'mclt on the secondary'),
       v(after(b.lines, R.lb, '  split 128;'), 'error', 'split on the secondary'),
       v(after(b.lines, R.lb, ['  mclt 1800;', '  split 128;']), 'error', 'mclt and split on the secondary')],
  hba: (b) => isP(b)
    ? [v(edit(b.lines, R.split, `  hba ${HBA32};`), 'clean', 'hba of 32 bytes instead of split'),
       v(edit(b.lines, R.split, ['  hba ' + HBA32.slice(0, 47) + ':', '      ' + HBA32.slice(48) + ';']), 'clean', 'hba of 32 bytes on two lines'),
       v(edit(b.lines, R.split, `  hba ${HBA31};`), 'error', 'hba of 31 bytes'),
       v(edit(b.lines, R.split, `  hba ${HBA33};`), 'error', 'hba of 33 bytes'),
       v(edit(b.lines, R.split, `  hba ${HBA32.replace('ff', 'fg')};`), 'error', 'hba with a non-hex byte'),
       v(after(b.lines, R.split, `  hba ${HBA32};`), 'warning', 'split and hba both')]
    : [v(after(b.lines, R.lb, `  hba ${HBA32};`), 'error', 'hba on the secondary')],

  // ---- values out of range --------------------------------------------------------------------
  'out-of-range': (b) => [
    ...(isP(b) ? [
      v(sub(b.lines, R.split, '128', '257'), 'error', 'split 257'),
      v(sub(b.lines, R.split, '128', '-1'), 'error', 'split -1'),
      v(sub(b.lines, R.split, '128', '256'), 'clean', 'split 256 (legal: primary serves all)'),
      v(sub(b.lines, R.split, '128', '0'), 'clean', 'split 0 (legal: secondary serves all)'),
      v(sub(b.lines, R.mclt, '1800', '-1'), 'error', 'mclt -1', 'warning'),
    ] : []),
    v(sub(b.lines, R.port, '54054', '0'), 'warning', 'port 0'),
    v(sub(b.lines, R.port, '54054', '70000'), 'warning', 'port 70000'),
    v(sub(b.lines, R.port, '54054', '65536'), 'warning', 'port 65536'),
    v(sub(b.lines, R.pport, '54054', '0'), 'warning', 'peer port 0'),
    v(sub(b.lines, R.pport, '54054', '70000'), 'warning', 'peer port 70000'),
    v(after(b.lines, R.lb, '  max-lease-misbalance 150;'), 'warning', 'max-lease-misbalance 150'),
    v(after(b.lines, R.lb, '  max-lease-ownership 150;'), 'warning', 'max-lease-ownership 150'),
    v(after(b.lines, R.lb, ['  min-balance 3600;', '  max-balance 60;']), 'warning', 'min-balance > max-balance'),
    v(after(b.lines, R.lb, ['  max-lease-misbalance 15;', '  max-lease-ownership 10;', '  min-balance 60;', '  max-balance 3600;']), 'clean', 'balance settings at their defaults'),
  ],
  'zero-timer': (b) => [
    v(sub(b.lines, R.mrd, ' 3;', ' 0;'), 'warning', 'max-response-delay 0'),
    v(sub(b.lines, R.mun, ' 2;', ' 0;'), 'warning', 'max-unacked-updates 0'),
    v(sub(b.lines, R.lb, ' 3;', ' 0;'), 'warning', 'load balance max seconds 0'),
    ...(isP(b) ? [v(sub(b.lines, R.mclt, '1800', '0'), 'error', 'mclt 0')] : []),
  ],

  // ---- value types ----------------------------------------------------------------------------
  'wrong-type': (b) => [
    v(sub(b.lines, R.addr, b.own, `"${b.own}"`), 'error', 'quoted address'),
    v(sub(b.lines, R.paddr, b.peer, `"${b.peer}"`), 'error', 'quoted peer address'),
    v(sub(b.lines, R.addr, b.own, '10.0.0'), 'error', 'truncated address'),
    v(sub(b.lines, R.addr, b.own, '10.0.0.256'), 'error', 'address 10.0.0.256'),
    v(sub(b.lines, R.port, '54054', 'abc'), 'error', 'port abc'),
    v(sub(b.lines, R.pport, '54054', '"54054"'), 'error', 'quoted peer port'),
    v(sub(b.lines, R.mrd, '3', '3s'), 'error', 'max-response-delay 3s'),
    v(sub(b.lines, R.mun, '2', 'two'), 'error', 'max-unacked-updates two'),
    v(sub(b.lines, R.lb, ' 3;', ' 3.5;'), 'error', 'load balance max seconds 3.5'),
    ...(isP(b) ? [
      v(sub(b.lines, R.mclt, '1800', '30m'), 'error', 'mclt 30m'),
      v(sub(b.lines, R.split, '128', 'half'), 'error', 'split half'),
    ] : []),
    v(sub(b.lines, R.routers, '10.0.0.254', '"passerelle"'), 'error', 'text for option routers'),
    v(sub(b.lines, R.routers, '10.0.0.254', '"10.0.0.254"'), 'error', 'quoted address for option routers'),
    v(sub(b.lines, R.mask, '255.255.255.0', '255.255.255'), 'error', 'truncated subnet-mask'),
    v(sub(b.lines, R.dlt, '600', '10m'), 'error', 'default-lease-time 10m'),
    v(sub(b.lines, R.ddns, 'none', 'off'), 'error', 'ddns-update-style off'),
  ],

  // ---- misspelled keywords (near misses) -------------------------------------------------------
  misspell: (b) => {
    const m = [
      [R.addr, 'address', 'adress'], [R.addr, 'address', 'adresse'],
      [R.paddr, 'peer address', 'peer-address'], [R.paddr, 'peer address', 'peer adress'], [R.paddr, 'peer address', 'peeraddress'],
      [R.port, 'port', 'prot'], [R.pport, 'peer port', 'peer-port'],
      [R.mrd, 'max-response-delay', 'max-responce-delay'], [R.mrd, 'max-response-delay', 'max response delay'],
      [R.mun, 'max-unacked-updates', 'max-unacked-update'], [R.mun, 'max-unacked-updates', 'max-unack-updates'],
      [R.lb, 'load balance max seconds', 'load balance max secs'], [R.lb, 'load balance max seconds', 'load-balance-max-seconds'],
      [R.lb, 'load balance max seconds', 'load balance max second'], [R.lb, 'load balance max seconds', 'load balancing max seconds'],
      [R.lb, 'load balance max seconds', 'load max seconds'],
      [R.peerDecl, 'failover peer', 'failover-peer'], [R.peerDecl, 'failover peer', 'failover pear'],
      [R.poolRef, 'failover peer', 'failover-peer'], [R.poolRef, 'failover peer', 'failover peers'], [R.poolRef, 'failover peer ', 'failover '],
      [R.ddns, 'ddns-update-style', 'ddns-updates-style'], [R.dlt, 'default-lease-time', 'default-lease-times'],
      [R.mlt, 'max-lease-time', 'max-leases-time'], [R.dns, 'domain-name-servers', 'domain-name-server'],
      [R.subnet, 'netmask', 'netmaks'], [R.subnet, 'netmask', 'mask'],
      [R.routers, 'routers', 'router'], [R.routers, 'routers', 'gateway'], [R.mask, 'subnet-mask', 'subnetmask'],
      [R.pool, 'pool', 'pools'], [R.range, 'range', 'rang'], [R.range, 'range', 'ranges'],
    ];
    if (isP(b)) m.push([R.role, 'primary', 'primery'], [R.role, 'primary', 'primairy'], [R.mclt, 'mclt ', 'mclt'], [R.mclt, 'mclt', 'mlct'],
      [R.split, 'split', 'splitt'], [R.split, 'split', 'spilt'], [R.split, 'split ', 'split']);
    else m.push([R.role, 'secondary', 'second'], [R.role, 'secondary', 'secundary'], [R.role, 'secondary', 'seconday']);
    const out = m.map(([re, from, to]) => v(sub(b.lines, re, from, to), 'error', `${from} -> ${to}`));
    // single-word top-level statements: dhcpd parses an unknown bare word as an expression (eval)
    out.push(v(sub(b.lines, R.auth, 'authoritative', 'authoritive'), 'warning', 'authoritative -> authoritive (bare word)'));
    out.push(v(sub(b.lines, R.auth, 'authoritative', 'authorative'), 'warning', 'authoritative -> authorative (bare word)'));
    return out;
  },

  // ---- the peer name --------------------------------------------------------------------------
  'peer-name': (b) => [
    v(sub(b.lines, R.poolRef, '"dhcp-failover"', '"dhcp-failover2"'), 'error', 'pool names an undeclared peer'),
    v(sub(b.lines, R.poolRef, '"dhcp-failover"', '"DHCP-Failover"'), 'error', 'pool name in another case'),
    v(sub(b.lines, R.poolRef, '"dhcp-failover"', 'dhcp-failover'), 'error', 'unquoted name in the pool'),
    v(sub(b.lines, R.poolRef, '"dhcp-failover"', "'dhcp-failover'"), 'error', 'single quotes in the pool'),
    v(sub(b.lines, R.poolRef, '"dhcp-failover"', '"dhcp-failover "'), 'error', 'trailing space in the pool name'),
    v(sub(b.lines, R.poolRef, '"dhcp-failover"', '\u201cdhcp-failover\u201d'), 'error', 'typographic quotes in the pool'),
    v(sub(b.lines, R.peerDecl, '"dhcp-failover"', '\u201cdhcp-failover\u201d'), 'error', 'typographic quotes in the declaration'),
    v(sub(sub(b.lines, R.peerDecl, '"dhcp-failover"', '\u201cdhcp-failover\u201d'), R.poolRef, '"dhcp-failover"', '\u201cdhcp-failover\u201d'), 'error', 'typographic quotes in both'),
    v(sub(b.lines, R.peerDecl, '"dhcp-failover"', '"failover-pair"'), 'error', 'declaration renamed, pool not'),
  ],

  // ---- where the peer is declared -------------------------------------------------------------
  'move-peer': (b) => {
    const peer = PEER_LINES(b);
    const without = b.lines.filter((l, i) => (i < find(b.lines, R.peerDecl) || i > peerEnd(b.lines)) && !(i === peerEnd(b.lines) + 1 && !l.trim()));
    return [
      v([...without, '', ...peer], 'error', 'peer declared after the subnet'),
      v(after(without, R.subnet, peer.map((l) => '  ' + l)), 'error', 'peer declared inside the subnet'),
      v(after(without, R.pool, peer.map((l) => '    ' + l)), 'error', 'peer declared inside the pool'),
    ];
  },
  'shared-network': (b) => {
    const peer = PEER_LINES(b);
    const without = b.lines.filter((l, i) => (i < find(b.lines, R.peerDecl) || i > peerEnd(b.lines)) && !(i === peerEnd(b.lines) + 1 && !l.trim()));
    const s = find(without, /^# the pools/);
    const net = without.slice(s + 1, subnetEnd(without) + 1);
    return [
      v([...without.slice(0, s + 1), 'shared-network "lan" {', ...peer.map((l) => '  ' + l), ...net.map((l) => '  ' + l), '}'], 'clean', 'peer and subnet inside a shared-network'),
      v([...b.lines.slice(0, find(b.lines, R.subnet)), 'shared-network "lan" {', ...net.map((l) => '  ' + l), '}'], 'clean', 'subnet wrapped in a shared-network, peer global'),
    ];
  },

  // ---- pool references ------------------------------------------------------------------------
  'pool-ref': (b) => {
    const second = PEER_LINES(b).map((l) => l.replace('"dhcp-failover"', '"dhcp-failover-2"').replace(/54054/g, '54055'));
    return [
      v(after(b.lines, R.range, '    failover peer "dhcp-failover";'), 'warning', 'two references to the same peer in one pool'),
      v(after(before(b.lines, /^# the pools/, [...second, '']), R.range, '    failover peer "dhcp-failover-2";'), 'warning', 'one pool refers to two peers'),
      v(after(remove(b.lines, R.poolRef), R.mask, '  failover peer "dhcp-failover";'), 'error', 'reference moved from the pool to the subnet'),
      v(after(remove(b.lines, R.poolRef), R.dns, 'failover peer "dhcp-failover";'), 'error', 'reference moved to the global scope'),
    ];
  },

  // ---- bootp ----------------------------------------------------------------------------------
  bootp: (b) => [
    v(sub(b.lines, R.range, 'range ', 'range dynamic-bootp '), 'error', 'range dynamic-bootp in the failover pool'),
    v(after(b.lines, R.poolRef, '    allow dynamic bootp clients;'), 'warning', 'allow dynamic bootp clients in the failover pool'),
    v(after(b.lines, R.poolRef, '    deny dynamic bootp clients;'), 'clean', 'deny dynamic bootp clients (the default) in the failover pool'),
  ],

  // ---- the pool's ranges ----------------------------------------------------------------------
  'pool-range': (b) => [
    v(remove(b.lines, R.range), 'error', 'pool without range'),
    v(after(b.lines, R.range, '    range 10.0.0.201 10.0.0.220;'), 'clean', 'a second, disjoint range in the pool'),
    v(sub(b.lines, R.range, '10.0.0.100 10.0.0.200', '10.0.0.200 10.0.0.100'), 'warning', 'range start greater than end'),
    v(sub(b.lines, R.range, '10.0.0.100 10.0.0.200', '10.0.0.100'), 'clean', 'a one-address range'),
  ],
  'mixed-pools': (b) => [
    v(after(b.lines, poolEnd(b.lines), ['  pool {', '    range 10.0.0.20 10.0.0.50;', '  }']), 'warning', 'a non-failover pool in the same subnet'),
    v(after(b.lines, R.mask, '  range 10.0.0.20 10.0.0.50;'), 'warning', 'a bare range in the same subnet'),
    v(after(b.lines, poolEnd(b.lines), ['  pool {', '    failover peer "dhcp-failover";', '    range 10.0.0.20 10.0.0.50;', '  }']), 'clean', 'a second failover pool in the same subnet'),
  ],
  'fixed-address': (b) => {
    const host = (ip, ind = '') => [`${ind}host printer {`, `${ind}  hardware ethernet 00:11:22:33:44:55;`, `${ind}  fixed-address ${ip};`, `${ind}}`];
    return [
      v([...b.lines, '', ...host('10.0.0.150')], 'warning', 'global host with a fixed-address in the failover range'),
      v([...b.lines, '', ...host('10.0.0.200')], 'warning', 'fixed-address on the last address of the failover range'),
      v(after(b.lines, R.mask, host('10.0.0.120', '  ')), 'warning', 'host in the subnet, fixed-address in the failover range'),
      v([...b.lines, '', ...host('10.0.0.20')], 'clean', 'fixed-address outside the failover range'),
    ];
  },
  'range-subnet': (b) => [
    v(sub(b.lines, R.range, '10.0.0.100 10.0.0.200', '10.0.1.100 10.0.1.200'), 'error', 'range outside the subnet'),
    v(sub(b.lines, R.range, '10.0.0.100 10.0.0.200', '10.0.0.100 10.0.1.20'), 'error', 'range partly outside the subnet'),
    v(sub(b.lines, R.subnet, '255.255.255.0', '255.255.255.128'), 'error', 'netmask /25: range partly outside'),
  ],
  overlap: (b) => [
    v(after(b.lines, R.range, '    range 10.0.0.150 10.0.0.250;'), 'error', 'two overlapping ranges in the pool'),
    v(after(b.lines, poolEnd(b.lines), ['  pool {', '    range 10.0.0.180 10.0.0.220;', '  }']), 'error', 'a non-failover pool overlapping the failover pool'),
    v(after(b.lines, poolEnd(b.lines), ['  pool {', '    failover peer "dhcp-failover";', '    range 10.0.0.200 10.0.0.210;', '  }']), 'error', 'two failover pools sharing one address'),
  ],
  'subnet-number': (b) => [
    v(sub(b.lines, R.subnet, 'subnet 10.0.0.0', 'subnet 10.0.0.1'), 'error', 'host bits in the subnet number'),
    v(sub(b.lines, R.subnet, 'subnet 10.0.0.0', 'subnet 10.0.0.254'), 'error', 'subnet number is the router address'),
    v(sub(b.lines, R.subnet, '255.255.255.0', '255.0.255.0'), 'warning', 'non-contiguous netmask (range still inside)'),
  ],
  'redeclare-peer': (b) => [
    v(before(b.lines, find(b.lines, R.peerDecl), [...PEER_LINES(b), '']), 'error', 'a second identical peer declaration'),
    v([...b.lines, '', ...PEER_LINES(b)], 'error', 'a second identical peer declaration after the subnet'),
  ],
  'auto-partner-down': (b) => [
    v(after(b.lines, R.lb, '  auto-partner-down 3600;'), 'information', 'auto-partner-down above 0 (caveat)'),
    v(after(b.lines, R.lb, '  auto-partner-down 0;'), 'clean', 'auto-partner-down 0 (the default)'),
  ],
  'foreign-statement': (b) => [
    v(after(b.lines, R.lb, '  option routers 10.0.0.254;'), 'error', 'an option inside the peer block'),
    v(after(b.lines, R.lb, '  authoritative;'), 'error', 'a global statement inside the peer block'),
    v(after(b.lines, R.lb, '  range 10.0.0.100 10.0.0.200;'), 'error', 'the range inside the peer block'),
  ],
  'same-endpoint': (b) => [
    v(sub(b.lines, R.paddr, b.peer, b.own), 'warning', 'peer address = own address, same ports'),
    v(sub(b.lines, R.addr, b.own, b.peer), 'warning', 'own address = peer address, same ports'),
  ],

  // ---- mistakes made when copying the tutorial ------------------------------------------------
  'tutorial-copy': (b) => [
    v(sub(b.lines, R.addr, b.own, isP(b) ? '<@IP-du-serveur-master>' : '<@-IP-du-serveur-slave>'), 'error', 'placeholder left in address'),
    v(sub(b.lines, R.poolRef, '"dhcp-failover"', '"<nom-de-la-pair-failover>"'), 'error', 'placeholder left as the pool peer name'),
    v(edit(b.lines, R.poolRef, (l) => [l + ' # le nom doit être le', '          même là où nous avons définis la failover peer']), 'error', 'wrapped comment, continuation without #'),
    v(sub(b.lines, R.mrd, '  max', '\u00a0 max'), 'error', 'non-breaking space from the PDF'),
  ],

  // ---- harmless changes (must stay clean) ------------------------------------------------------
  reindent: (b) => [
    v(b.lines.map((l) => l.replace(/^( {2})+/, (s) => '\t'.repeat(s.length / 2))), 'clean', 'tabs'),
    v(b.lines.map((l) => l.replace(/^( {2})+/, (s) => s + s)), 'clean', '4 spaces'),
    v(b.lines.map((l) => l.trimStart()), 'clean', 'no indentation'),
    v(b.lines.map((l) => (l.trim() ? ' '.repeat(randInt(6)) + l.trimStart() : l)), 'clean', 'random indentation'),
  ],
  'blank-lines': (b) => {
    const out = [v(b.lines.flatMap((l) => [l, '']), 'clean', 'a blank line after every line')];
    for (let k = 0; k < 3; k++) {
      const at = 1 + randInt(b.lines.length - 1);
      out.push(v(insertAt(b.lines, at, Array(1 + randInt(3)).fill('')), 'clean', `blank lines before line ${at + 1}`));
    }
    return out;
  },
  comments: (b) => {
    const out = [];
    for (let k = 0; k < 3; k++) {
      const at = 1 + randInt(b.lines.length - 1);
      out.push(v(insertAt(b.lines, at, indentOf(b.lines[at]) + '# comment added by a colleague'), 'clean', `comment line before line ${at + 1}`));
    }
    const st = statementLines(b.lines).filter(([l]) => !l.includes('#'));
    for (let k = 0; k < 3; k++) {
      const [, i] = st[randInt(st.length)];
      out.push(v(edit(b.lines, i, (l) => l + '  # à vérifier'), 'clean', `trailing comment on line ${i + 1}`));
    }
    out.push(v(isP(b) ? after(b.lines, R.split, '  # hba could replace split') : after(b.lines, R.lb, ['  #mclt 1800;', '  #split 128;']), 'clean', 'commented-out statements'));
    return out;
  },
  'reorder-peer': (b) => {
    const s = find(b.lines, R.peerDecl), e = peerEnd(b.lines);
    const body = b.lines.slice(s + 1, e);
    const out = [];
    for (let k = 0; k < 5; k++) out.push(v([...b.lines.slice(0, s + 1), ...shuffle(body), ...b.lines.slice(e)], 'clean', 'peer statements shuffled'));
    out.push(v([...b.lines.slice(0, s + 1), ...[...body].reverse(), ...b.lines.slice(e)], 'clean', 'peer statements reversed'));
    return out;
  },
  'reorder-globals': (b) => {
    const s = find(b.lines, R.auth), e = find(b.lines, R.dns);
    const out = [];
    for (let k = 0; k < 2; k++) out.push(v([...b.lines.slice(0, s), ...shuffle(b.lines.slice(s, e + 1)), ...b.lines.slice(e + 1)], 'clean', 'global statements shuffled'));
    const sub2 = find(b.lines, R.subnet);
    out.push(v([...b.lines.slice(0, find(b.lines, R.peerDecl)), ...b.lines.slice(sub2 - 1, sub2), ...PEER_LINES(b), '', ...b.lines.slice(sub2)].filter((l, i, a) => !(l === '' && a[i - 1] === '')), 'clean', 'comment moved above the peer'));
    const r = find(b.lines, R.routers);
    out.push(v([...b.lines.slice(0, r), b.lines[r + 1], b.lines[r], ...b.lines.slice(r + 2)], 'clean', 'subnet options swapped'));
    const p = find(b.lines, R.poolRef);
    out.push(v([...b.lines.slice(0, p), b.lines[p + 1], b.lines[p], ...b.lines.slice(p + 2)], 'clean', 'range before the failover reference'));
    return out;
  },
  'rename-peer': (b) => ['failover-pair', 'dhcp_failover', 'DHCP-FAILOVER', 'lan 10.0.0.0/24'].map((n) =>
    v(b.lines.map((l) => l.replace('"dhcp-failover"', `"${n}"`)), 'clean', `peer renamed "${n}" everywhere`)),
  'keyword-case': (b) => [
    v(sub(b.lines, R.role, b.role, b.role.toUpperCase()), 'clean', 'role in capitals'),
    v(sub(b.lines, R.lb, 'load balance max seconds', 'Load Balance Max Seconds'), 'clean', 'load balance in title case'),
    v(sub(b.lines, R.subnet, 'subnet', 'SUBNET'), 'clean', 'SUBNET'),
    v(sub(b.lines, R.routers, 'option routers', 'OPTION ROUTERS'), 'clean', 'OPTION ROUTERS'),
  ],
  'one-line': (b) => {
    const s = find(b.lines, R.peerDecl), e = peerEnd(b.lines);
    const body = b.lines.slice(s + 1, e).map((l) => l.slice(0, codeEnd(l)).trim()).filter(Boolean);
    return [
      v([...b.lines.slice(0, s), [b.lines[s], ...body, '}'].join(' '), ...b.lines.slice(e + 1)], 'clean', 'peer block on one line'),
      v([...b.lines.slice(0, s), b.lines[s], '  ' + body.join(' '), ...b.lines.slice(e)], 'clean', 'peer statements on one line'),
    ];
  },
  whitespace: (b) => [
    v(b.lines.map((l) => (l.trim() ? l + '  ' : l)), 'clean', 'trailing spaces (as in the tutorial)'),
    v(b.lines.map((l) => l.replace(/ {2,}(?=\S)/g, (m, o) => (o === 0 ? m : ' '))).map((l) => l.replace(/^(\s*\S+) /, '$1   ')), 'clean', 'extra spaces after keywords'),
    v(b.lines.map((l) => l.replace(/;(?=\s*(#|$))/, ' ;')), 'clean', 'space before every semicolon'),
    { lines: b.lines, eol: '\r\n', predict: 'clean', what: 'CRLF line ends' },
  ],

  // ---- generic operators (after the specific ones, so a specific name keeps a shared variant) ---
  'delete-semicolon': (b) => statementLines(b.lines).map(([l, i]) => {
    const c = l.slice(0, codeEnd(l)).lastIndexOf(';');
    return v(edit(b.lines, i, l.slice(0, c) + l.slice(c + 1)), 'error', `; removed on line ${i + 1}`);
  }),
  'delete-brace': (b) => b.lines.flatMap((l, i) => [...l].map((ch, j) => [ch, j]).filter(([ch]) => ch === '{' || ch === '}').map(([ch, j]) => {
    const nl = l.slice(0, j) + l.slice(j + 1);
    return v(edit(b.lines, i, nl.trim() ? nl.replace(/\s+$/, '') : []), 'error', `${ch} removed on line ${i + 1}`);
  })),
  'delete-line': (b) => b.lines.map((l, i) => {
    if (!l.trim()) return null;
    const [p, why] = deleteLineClass(b, l);
    return v(edit(b.lines, i, []), p, `line ${i + 1} deleted (${why})`, p === 'error' ? 'warning' : undefined);
  }),
  'duplicate-statement': (b) => statementLines(b.lines).map(([l, i]) => {
    let p = 'warning', why = 'statement twice in the peer block';
    const s = find(b.lines, R.peerDecl), e = peerEnd(b.lines);
    if (R.range.test(l)) { p = 'error'; why = 'same range twice'; }
    else if (R.poolRef.test(l)) { why = 'two failover peer lines in the pool'; }
    else if (R.role.test(l)) { why = 'role given twice'; }
    else if (i < s || i > e) { p = 'clean'; why = 'same global/subnet statement twice, same value'; }
    return v(after(b.lines, i, l), p, `line ${i + 1} duplicated (${why})`);
  }),
};

// ---------------------------------------------------------------------------------------------
// Generation

function generate() {
  const seen = new Set();
  const variants = [];
  for (const b of BASES) seen.add(b.lines.join('\n') + '\n');
  for (const b of BASES) {
    variants.push({ base: b.name, operator: 'base', n: 1, text: b.lines.join('\n') + '\n', predict: 'clean', what: 'the base itself' });
  }
  for (const b of BASES) {
    for (const [op, fn] of Object.entries(OPERATORS)) {
      let n = 0;
      for (const x of fn(b)) {
        if (!x) continue;
        const text = x.lines.join(x.eol ?? '\n') + (x.eol ?? '\n');
        if (seen.has(text)) continue;
        seen.add(text);
        variants.push({ base: b.name, operator: op, n: ++n, text, predict: x.predict, ifAccepted: x.ifAccepted, what: x.what });
      }
    }
  }
  for (const x of variants) x.file = `${x.base}-${x.operator}-${x.n}.conf`;
  return variants;
}

// ---------------------------------------------------------------------------------------------
// dhcpd

function findDhcpd(explicit) {
  const cands = explicit ? [explicit] : [
    ...(process.env.PATH ?? '').split(delimiter).filter(Boolean).map((d) => join(d, 'dhcpd')),
    '/usr/sbin/dhcpd', '/usr/local/sbin/dhcpd', '/sbin/dhcpd',
  ];
  for (const c of cands) { try { accessSync(c, constants.X_OK); return c; } catch { /* next */ } }
  return null;
}

const BANNER = [/^Internet Systems Consortium DHCP Server/, /^Copyright /, /^All rights reserved\./, /^For info, please visit/,
  /^Config file: /, /^Database file: /, /^PID file: /];
const TRAILER = /^(Configuration file errors encountered -- exiting|If you think you have received this message|than a configuration issue|bugs on either our web page|before submitting a bug|process and the information we find|exiting\.)/;
const clean = (s) => s.replace(/[\t\r\n]+/g, ' ').trim();

/** run dhcpd -t on one file; { exit, line, message } */
function runDhcpd(dhcpd, dir, file) {
  const path = join(dir, file);
  return new Promise((resolve, reject) => {
    execFile(dhcpd, ['-4', '-t', '-cf', path, '-lf', join(dir, 'leases'), '-pf', join(dir, 'pid')],
      { timeout: 20000, maxBuffer: 1 << 20, encoding: 'utf8', env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C', LC_ALL: 'C' } },
      (err, stdout, stderr) => {
        if (err && (err.killed || err.signal)) return reject(new Error(`dhcpd on ${file}: ${err.signal ?? 'killed'} (timeout?)`));
        if (err && typeof err.code !== 'number') return reject(err);
        const exit = err ? err.code : 0;
        const lines = (stderr + stdout).split('\n').map((l) => l.replace(/\r$/, ''));
        const body = lines.filter((l) => l.trim() && !BANNER.some((re) => re.test(l)) && !TRAILER.test(l));
        const prefix = path + ' line ';
        let line = '', message = '';
        const first = body.find((l) => l.startsWith(prefix));
        if (exit !== 0 && first) {
          const m = /^(\d+): (.*)$/.exec(first.slice(prefix.length));
          line = m[1]; message = m[2];
        } else if (exit !== 0) {
          message = body[0] ?? '';
        } else {
          message = body.filter((l) => !l.startsWith(prefix)).join(' | ');
        }
        resolve({ exit, line, message: clean(message).split(path).join(file) });
      });
  });
}

async function label(variants, dhcpd, jobs) {
  const dir = mkdtempSync(join(tmpdir(), 'mutate-tutorial-'));
  try {
    writeFileSync(join(dir, 'leases'), '');
    for (const x of variants) writeFileSync(join(dir, x.file), x.text);
    let next = 0;
    const worker = async () => {
      while (next < variants.length) {
        const x = variants[next++];
        Object.assign(x, await runDhcpd(dhcpd, dir, x.file));
      }
    };
    await Promise.all(Array.from({ length: jobs }, worker));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const x of variants) {
    if (x.exit !== 0) x.expect = 'error';
    else x.expect = x.predict === 'error' ? (x.ifAccepted ?? 'warning') : x.predict;
    x.surprise = (x.predict === 'error') !== (x.exit !== 0);
  }
}

const row = (x) => [x.file, x.base, x.operator, String(x.exit), x.line, x.message, x.expect];
const tsv = (variants) => [TSV_HEADER, ...variants.map(row)].map((r) => r.join('\t')).join('\n') + '\n';

// ---------------------------------------------------------------------------------------------
// main

function parseArgs(argv) {
  const o = { check: false, dhcpd: process.env.DHCPD || '', jobs: 8, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') o.check = true;
    else if (a === '--verbose' || a === '-v') o.verbose = true;
    else if (a === '--dhcpd') o.dhcpd = argv[++i];
    else if (a === '--jobs') o.jobs = Math.max(1, parseInt(argv[++i], 10) || 1);
    else if (a === '--help' || a === '-h') { console.log('usage: node scripts/mutateTutorial.mjs [--check] [--dhcpd PATH] [--jobs N] [--verbose]'); process.exit(0); }
    else { console.error(`unknown argument ${a}`); process.exit(2); }
  }
  return o;
}

function summary(variants) {
  const by = (k) => variants.reduce((m, x) => m.set(x[k], (m.get(x[k]) ?? 0) + 1), new Map());
  const lines = [`${variants.length} variants`];
  lines.push('by expect: ' + [...by('expect')].map(([k, n]) => `${k} ${n}`).join(', '));
  lines.push('by base: ' + [...by('base')].map(([k, n]) => `${k} ${n}`).join(', '));
  const ops = new Map();
  for (const x of variants) {
    const m = ops.get(x.operator) ?? {};
    m[x.expect] = (m[x.expect] ?? 0) + 1;
    ops.set(x.operator, m);
  }
  lines.push('by operator:');
  for (const [op, m] of ops) lines.push(`  ${op.padEnd(20)} ${Object.values(m).reduce((a, b) => a + b)}  (${Object.entries(m).map(([k, n]) => `${k} ${n}`).join(', ')})`);
  return lines.join('\n');
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const dhcpd = findDhcpd(o.dhcpd);
  if (!dhcpd) { console.error('dhcpd not found (install isc-dhcp-server, or pass --dhcpd PATH / set DHCPD)'); process.exit(2); }
  const variants = generate();
  await label(variants, dhcpd, o.jobs);

  for (const x of variants.filter((x) => x.operator === 'base')) {
    if (x.exit !== 0) { console.error(`base ${x.base} refused by dhcpd: line ${x.line}: ${x.message}`); process.exit(2); }
  }

  if (o.check) {
    const diffs = [];
    const path = join(OUT_DIR, LABELS);
    const committed = existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : [];
    if (!committed.length) diffs.push(`${LABELS} missing or empty`);
    else if (committed[0] !== TSV_HEADER.join('\t')) diffs.push(`${LABELS}: header differs`);
    const old = new Map(committed.slice(1).map((l) => [l.split('\t')[0], l.split('\t')]));
    const cur = new Map(variants.map((x) => [x.file, row(x)]));
    for (const [f, r] of cur) {
      const c = old.get(f);
      if (!c) { diffs.push(`${f}: not in ${LABELS}`); continue; }
      TSV_HEADER.forEach((h, k) => { if ((c[k] ?? '') !== r[k]) diffs.push(`${f}: ${h} committed "${c[k] ?? ''}", now "${r[k]}"`); });
    }
    for (const f of old.keys()) if (!cur.has(f)) diffs.push(`${f}: in ${LABELS} but no longer generated`);
    const onDisk = existsSync(OUT_DIR) ? readdirSync(OUT_DIR).filter((f) => f.endsWith('.conf')) : [];
    for (const x of variants) {
      const p = join(OUT_DIR, x.file);
      if (!existsSync(p)) diffs.push(`${x.file}: file missing`);
      else if (readFileSync(p, 'utf8') !== x.text) diffs.push(`${x.file}: content differs`);
    }
    for (const f of onDisk) if (!cur.has(f)) diffs.push(`${f}: stale file, not generated`);
    if (diffs.length) {
      console.error(`mutateTutorial --check: ${diffs.length} difference(s) with ${join('test', 'fixtures', 'mutations')}:`);
      for (const d of diffs) console.error('  ' + d);
      process.exit(1);
    }
    console.log(`mutateTutorial --check: ${variants.length} variants, labels match (${dhcpd})`);
    return;
  }

  mkdirSync(OUT_DIR, { recursive: true });
  const keep = new Set(variants.map((x) => x.file));
  for (const f of readdirSync(OUT_DIR)) if (f.endsWith('.conf') && !keep.has(f)) rmSync(join(OUT_DIR, f));
  for (const x of variants) writeFileSync(join(OUT_DIR, x.file), x.text);
  writeFileSync(join(OUT_DIR, LABELS), tsv(variants));

  console.log(summary(variants));
  const surprises = variants.filter((x) => x.surprise);
  console.log(`\nsurprises (${surprises.length}): prediction vs dhcpd`);
  for (const x of surprises) console.log(`  ${x.file}  [${x.what}]  predicted ${x.predict}, dhcpd exit ${x.exit}${x.line ? ` line ${x.line}` : ''}: ${x.message || '(no message)'} => ${x.expect}`);
  if (o.verbose) for (const x of variants) console.log(`${x.file}\t${x.what}\t${x.exit}\t${x.message}\t${x.expect}`);
}

main().catch((e) => { console.error(e); process.exit(2); });
