/**
 * Compares the two configurations of a failover pair. A live pair reports almost none of these
 * itself: pools that differ still pair and serve, ports that do not cross hang without a word.
 * Each mismatch is a problem in both files, at the statements concerned.
 */
import { PRIMARY_ONLY_FAILOVER_STATEMENTS } from '../knowledge';
import { t } from '../base/l10n';
import type { Analysis } from '../model/analysis';
import type { FailoverStatement, Statement } from '../parser/nodes';
import { nearest } from '../base/nearest';
import { ipv4ToNumber } from '../base/addresses';
import { DEFAULT_FAILOVER_PORT, numberOf, peerName, summarizePeer, type PeerSummary } from '../model/peer';
import type { Problem } from '../parser/problems';
import type { RuleId } from '../knowledge/rules';
import { RULES } from '../knowledge/rules';
import { pairSourceOf, type PairSource } from './generator';
import { sharedDifference, type Encoding } from './sharedText';

export interface PairProblems {
  readonly a: Problem[];
  readonly b: Problem[];
}

type Span = { offset: number; length: number };

function add(list: Problem[], rule: RuleId, at: Span, message: string): void {
  list.push({ rule, severity: RULES[rule], message, offset: at.offset, length: at.length });
}

function head(p: PeerSummary): Span {
  const n = p.node;
  const end = n.name ? n.name.offset + n.name.length : n.keyword.offset + n.keyword.length;
  return { offset: n.keyword.offset, length: end - n.keyword.offset };
}

function peersOf(src: PairSource): Map<string, PeerSummary> {
  const out = new Map<string, PeerSummary>();
  for (const p of src.peers) {
    const s = summarizePeer(p);
    if (!out.has(s.name)) out.set(s.name, s);
  }
  return out;
}

/** The ranges of the pools that refer to each peer: `low-high` → the range statement. */
function rangesByPeer(src: PairSource): Map<string, Map<string, Statement>> {
  const out = new Map<string, Map<string, Statement>>();
  const pools = new Set<Statement>();
  for (const r of src.statements) {
    const owner = r.parent.owner;
    if (r.kind === 'failover-ref' && (owner.kind === 'pool' || owner.kind === 'pool6')) pools.add(owner);
  }
  for (const s of pools) {
    const ref = s.body?.statements.find((x) => x.kind === 'failover-ref');
    if (!ref) continue;
    const name = peerName(ref as { name?: { text: string; quoted: boolean; offset: number; length: number } });
    const map = out.get(name) ?? out.set(name, new Map()).get(name)!;
    for (const r of s.body!.statements) {
      if ((r.kind === 'range' || r.kind === 'range6') && r.low) {
        const low = r.kind === 'range' ? normalizeV4(r.low.text) : r.low.text;
        const high = r.high ? (r.kind === 'range' ? normalizeV4(r.high.text) : r.high.text) : low;
        map.set(`${low} ${high}`, r);
      }
    }
  }
  return out;
}

function normalizeV4(ip: string): string {
  const n = ipv4ToNumber(ip);
  return n === undefined ? ip : ip.split('.').map(Number).join('.');
}

function statement(p: PeerSummary, name: string): FailoverStatement | undefined {
  return p.statements.get(name)?.[0];
}

function spanOf(p: PeerSummary, name: string): Span {
  const s = statement(p, name);
  return s ? { offset: s.offset, length: s.length } : head(p);
}

export interface CompareOptions {
  /**
   * Also compare everything outside the peer blocks, as bytes in these encodings (the CLI and the
   * Compare command; not the check as you type, which would pay a scan of both files per key).
   */
  readonly shared?: { a: Encoding; b: Encoding };
}

export function comparePair(inputA: Analysis | PairSource, inputB: Analysis | PairSource, names: { a: string; b: string }, options: CompareOptions = {}): PairProblems {
  const a = 'document' in inputA ? pairSourceOf(inputA) : inputA;
  const b = 'document' in inputB ? pairSourceOf(inputB) : inputB;
  const out: PairProblems = { a: [], b: [] };
  const peersA = peersOf(a);
  const peersB = peersOf(b);
  if (peersA.size === 0 || peersB.size === 0) {
    const list = peersA.size === 0 ? out.a : out.b;
    add(list, 'pairPeerName', { offset: 0, length: 0 }, t('{0} declares no failover peer: it cannot pair with {1}.', peersA.size === 0 ? names.a : names.b, peersA.size === 0 ? names.b : names.a));
    return out;
  }
  for (const [name, pa] of peersA) {
    const pb = peersB.get(name);
    if (!pb) {
      const guess = nearest(name, [...peersB.keys()]) ?? [...peersB.keys()].find((n) => n.toLowerCase() === name.toLowerCase());
      add(out.a, 'pairPeerName', head(pa), guess
        ? t('{0} has no failover peer "{1}"; it declares "{2}". Peer names must be the same on both servers (case-sensitive), or the connection is rejected (dhcpd: "unknown failover relationship name").', names.b, name, guess)
        : t('{0} has no failover peer "{1}": the peers cannot connect (dhcpd: "unknown failover relationship name").', names.b, name));
      continue;
    }
    comparePeers(pa, pb, out, names);
  }
  for (const [name, pb] of peersB) {
    if (peersA.has(name)) continue;
    const guess = nearest(name, [...peersA.keys()]) ?? [...peersA.keys()].find((n) => n.toLowerCase() === name.toLowerCase());
    add(out.b, 'pairPeerName', head(pb), guess
      ? t('{0} has no failover peer "{1}"; it declares "{2}". Peer names must be the same on both servers (case-sensitive), or the connection is rejected (dhcpd: "unknown failover relationship name").', names.a, name, guess)
      : t('{0} has no failover peer "{1}": the peers cannot connect (dhcpd: "unknown failover relationship name").', names.a, name));
  }
  comparePools(a, b, peersA, peersB, out, names);
  if (options.shared) {
    const d = sharedDifference(a, b, names, options.shared);
    out.a.push(...d.a);
    out.b.push(...d.b);
  }
  return out;
}

function comparePeers(pa: PeerSummary, pb: PeerSummary, out: PairProblems, names: { a: string; b: string }): void {
  if (pa.role === pb.role) {
    add(out.a, 'pairRoles', spanOf(pa, pa.role), t('Both servers of failover peer "{0}" are {1}: one must be primary, the other secondary.', pa.name, pa.role));
    add(out.b, 'pairRoles', spanOf(pb, pb.role), t('Both servers of failover peer "{0}" are {1}: one must be primary, the other secondary.', pb.name, pb.role));
  }
  const value = (p: PeerSummary, n: string): string | undefined => statement(p, n)?.values[0]?.text;
  const port = (p: PeerSummary, n: string): number => numberOf(statement(p, n)?.values[0]) ?? DEFAULT_FAILOVER_PORT;
  const crossings: Array<[string, string, (p: PeerSummary, n: string) => string | number | undefined]> = [
    ['address', 'peer address', value],
    ['peer address', 'address', value],
    ['port', 'peer port', port],
    ['peer port', 'port', port],
  ];
  // One TCP connection carries the whole failover dialogue, so one right direction is enough
  // (measured live); only when both directions are wrong does the pair stay in recover, silently.
  for (const [mine, theirs, get] of crossings) {
    const x = get(pa, mine);
    const y = get(pb, theirs);
    if (x === undefined || y === undefined || String(x) === String(y)) continue;
    add(out.a, 'pairEndpoints', spanOf(pa, mine), t('`{0} {1}` here, but `{2} {3}` in {4}: the connection in this direction fails. The pair still connects if the other direction is right; when both are wrong, both servers stay in recover without an error.', mine, x, theirs, y, names.b));
  }
  for (const [mine, theirs, get] of crossings) {
    const x = get(pb, mine);
    const y = get(pa, theirs);
    if (x === undefined || y === undefined || String(x) === String(y)) continue;
    add(out.b, 'pairEndpoints', spanOf(pb, mine), t('`{0} {1}` here, but `{2} {3}` in {4}: the connection in this direction fails. The pair still connects if the other direction is right; when both are wrong, both servers stay in recover without an error.', mine, x, theirs, y, names.a));
  }
  const lbA = numberOf(statement(pa, 'load balance max seconds')?.values[0]);
  const lbB = numberOf(statement(pb, 'load balance max seconds')?.values[0]);
  if (lbA !== lbB) {
    add(out.a, 'pairLoadBalance', spanOf(pa, 'load balance max seconds'), t('`load balance max seconds` is {0} here but {1} in {2}: give both servers the same value.', lbA ?? '-', lbB ?? '-', names.b));
    add(out.b, 'pairLoadBalance', spanOf(pb, 'load balance max seconds'), t('`load balance max seconds` is {0} here but {1} in {2}: give both servers the same value.', lbB ?? '-', lbA ?? '-', names.a));
  }
  // mclt/split belong to the primary: on the secondary side of the pair they are on the wrong side.
  for (const [p, list] of [[pa, out.a], [pb, out.b]] as const) {
    if (p.role !== 'secondary') continue;
    for (const n of [...PRIMARY_ONLY_FAILOVER_STATEMENTS]) {
      const s = statement(p, n);
      if (s) add(list, 'pairMcltSplit', { offset: s.offset, length: s.length }, t('`{0}` is on the secondary side of the pair; it belongs to the primary only.', n));
    }
  }
}

function comparePools(a: PairSource, b: PairSource, peersA: Map<string, PeerSummary>, peersB: Map<string, PeerSummary>, out: PairProblems, names: { a: string; b: string }): void {
  const ra = rangesByPeer(a);
  const rb = rangesByPeer(b);
  for (const name of new Set([...ra.keys(), ...rb.keys()])) {
    if (!peersA.has(name) || !peersB.has(name)) continue;
    const ma = ra.get(name) ?? new Map<string, Statement>();
    const mb = rb.get(name) ?? new Map<string, Statement>();
    for (const [key, s] of ma) {
      if (!mb.has(key)) add(out.a, 'pairPools', s, t('This range of a pool of failover peer "{0}" is not in {1}: pools must be identical on both servers (dhcpd rejects its binding updates: "unknown IP address").', name, names.b));
    }
    for (const [key, s] of mb) {
      if (!ma.has(key)) add(out.b, 'pairPools', s, t('This range of a pool of failover peer "{0}" is not in {1}: pools must be identical on both servers (dhcpd rejects its binding updates: "unknown IP address").', name, names.a));
    }
  }
}
