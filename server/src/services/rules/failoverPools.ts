/**
 * Failover pools in their networks: dynamic BOOTP, failover and plain pools mixed on one network,
 * ranges that include the network or broadcast address, fixed addresses inside failover ranges.
 */
import { t } from '../../base/l10n';
import { ipv4ToNumber, numberToIpv4 } from '../../base/addresses';
import { peerName, type PeerSummary } from '../../model/peer';
import { deleteStatement, insertAtBlockStart, nextTokenStart } from '../../model/textEdits';
import type { Block, Statement, Value } from '../../parser/nodes';
import type { Fix } from '../../parser/problems';
import type { ProblemSink, RuleVisitor } from './sink';
import type { TextSource } from '../../base/pieceText';
import { NumberList } from '../../base/numberList';

/** The failover ranges, sorted by start, with the highest end so far at each index (see inRanges). */
export interface FailoverRanges {
  readonly sorted: ReadonlyArray<{ low: number; high: number }>;
  readonly reach: readonly number[];
}

interface PoolInfo {
  readonly node: Statement;
  readonly refs: Array<Statement & { kind: 'failover-ref' }>;
}

function poolInfo(pool: Statement): PoolInfo {
  const refs = (pool.body?.statements ?? []).filter((s): s is Statement & { kind: 'failover-ref' } => s.kind === 'failover-ref');
  return { node: pool, refs };
}

export function poolRules(text: TextSource, declared: Map<string, PeerSummary>, sink: ProblemSink, expectedHosts = 0): RuleVisitor & { ranges(): FailoverRanges } {
  const failoverRanges: Array<{ low: number; high: number }> = [];
  const networks: Statement[] = [];
  // Fixed addresses as numbers, read while their statement is at hand: the check comes after
  // the walk, when the ranges are all known.
  // Numbers only, no nodes: a huge file keeps 100,000 of them through the walk, and numbers cost
  // the garbage collector nothing. The text comes back from the number (addresses are canonical).
  // Started at the size a check expects (the incremental rules keep their hosts apart).
  const fixedIps = new NumberList(expectedHosts * 2);
  const fixedSpans = new NumberList(expectedHosts * 4);
  const collectFixed = (s: Statement & { values: Value[] }): void => {
    for (const v of s.values) {
      const ip = v.kind === 'ip' ? ipv4ToNumber(v.text) : undefined;
      if (ip === undefined) continue;
      fixedIps.push(ip);
      fixedSpans.push(v.offset);
      fixedSpans.push(v.length);
    }
  };
  const visit = (s: Statement): void => {
    if (s.kind === 'subnet' || s.kind === 'shared-network') networks.push(s);
    else if (s.kind === 'parameter' && s.keyword.text === 'fixed-address') collectFixed(s);
    // The statements of a plain host body are checked with their host (Block.plain).
    else if (s.kind === 'host' && s.body?.plain) for (const x of s.body.statements) if (x.kind === 'parameter' && x.keyword.text === 'fixed-address') collectFixed(x);
    if (s.kind !== 'pool' || !s.body) return;
    const info = poolInfo(s);
    if (info.refs.length > 1) {
      sink.add('failoverPoolTwoPeers', info.refs[1].keyword, t('This pool already refers to a failover peer: a pool has only one, and dhcpd uses the last.'), [
        { title: t('Remove the duplicate'), edits: [deleteStatement(text, info.refs[1])] },
      ]);
    }
    const inherited = inheritsPeer(s, declared);
    if (info.refs.length === 0 && !inherited) return;
    // dhcpd refuses a dynamic-bootp range only once the pool's peer is known: before the
    // `failover peer` line it accepts it (measured), though the peers still cannot share it.
    // A pool starts with the peer its shared-network names before it (confpars.c).
    let peerSeen = inherited;
    for (const x of s.body.statements) {
      if (x.kind === 'failover-ref') peerSeen = true;
      else if (x.kind === 'parameter' && x.keyword.text === 'no failover peer') peerSeen = false;
      if (x.kind === 'range') {
        if (x.dynamicBootp) {
          const fixes = [{ title: t('Remove `dynamic-bootp`'), edits: [{ offset: x.dynamicBootp.offset, length: nextTokenStart(text, x.dynamicBootp.offset + x.dynamicBootp.length) - x.dynamicBootp.offset, newText: '' }], preferred: true }];
          if (peerSeen) {
            sink.add('failoverDynamicBootpRange', x.dynamicBootp, t('`dynamic-bootp` is not permitted in a failover pool: the failover protocol itself does not permit dynamic BOOTP (dhcpd: "dynamic-bootp flag is not permitted for address range").'), fixes);
          } else {
            sink.add('failoverDynamicBootpBeforePeer', x.dynamicBootp, t('`dynamic-bootp` does not belong in a failover pool: the failover protocol itself does not permit dynamic BOOTP. dhcpd lets it pass only because this range comes before the pool\'s `failover peer` line.'), fixes);
          }
        }
        const lo = x.low && ipv4ToNumber(x.low.text);
        const hi = x.high ? ipv4ToNumber(x.high.text) : lo;
        if (lo !== undefined && hi !== undefined) {
          failoverRanges.push({ low: Math.min(lo, hi), high: Math.max(lo, hi) });
          checkNetworkAddresses(s, x, Math.min(lo, hi), Math.max(lo, hi), sink);
        }
      } else if (x.kind === 'permit' && x.permit?.text === 'dynamic bootp clients' && x.verb === 'allow') {
        // dhcpd accepts the permit and serves those clients, load balancing included (measured);
        // the reason to deny them is confpars.c's own: "the failover protocol itself does not
        // permit dynamic bootp - this is not a limitation specific to the ISC DHCP server".
        sink.add('failoverDynamicBootpAllowed', x.keyword, t('dhcpd accepts this and serves dynamic BOOTP clients from this failover pool, but the failover protocol itself does not permit dynamic BOOTP (as dhcpd says of `range dynamic-bootp`): deny them here.'), [
          { title: t('Change to `deny dynamic bootp clients;`'), edits: [{ offset: x.keyword.offset, length: x.keyword.length, newText: 'deny' }], preferred: true },
        ]);
      }
    }
  };

  let sorted: FailoverRanges = { sorted: [], reach: [] };
  const finish = (): void => {

  // Failover and non-failover pools or ranges on one network.
  for (const net of networks) {
    const pools: PoolInfo[] = [];
    const bareRanges: Statement[] = [];
    const collect = (block: Block | undefined): void => {
      for (const x of block?.statements ?? []) {
        if (x.kind === 'pool') pools.push(poolInfo(x));
        else if (x.kind === 'range') bareRanges.push(x);
        else if (x.kind === 'subnet' && net.kind === 'shared-network') collect(x.body);
      }
    };
    collect(net.body);
    const withPeer = pools.filter((p) => p.refs.length > 0);
    if (withPeer.length === 0) continue;
    const peer = peerName(withPeer[0].refs[0]);
    for (const p of pools) {
      if (p.refs.length > 0 || effectivePeer(p.node, declared)) continue;
      if (!p.node.body?.statements.some((x) => x.kind === 'range')) continue;
      // `no failover peer` says it on purpose.
      if (p.node.body.statements.some((x) => x.keyword.text === 'no failover peer')) continue;
      const fixes: Fix[] = declared.has(peer) ? [{ title: t('Add `failover peer "{0}";` to this pool', peer), edits: [insertAtBlockStart(text, p.node.body!, `failover peer "${peer}";`)] }] : [];
      sink.add('failoverMixedPools', p.node.keyword, t('This pool has no failover peer while other pools of this network use "{0}": dhcpd.conf(5) advises against mixing them.', peer), fixes);
    }
    if (net.kind === 'subnet') {
      for (const r of bareRanges) {
        sink.add('failoverMixedPools', r.keyword, t('This range is outside any pool, so outside failover, while pools of this subnet use "{0}": put it in a failover pool.', peer));
      }
    }
  }

  // Fixed addresses inside failover ranges.
  failoverRanges.sort((a, b) => a.low - b.low);
  sorted = { sorted: failoverRanges, reach: highestEnds(failoverRanges) };
  for (let i = 0; i < fixedIps.length; i++) fixedAddressInRange(sorted, fixedIps.at(i), fixedSpans.at(2 * i), fixedSpans.at(2 * i + 1), sink);
  };
  return { visit, finish, ranges: () => sorted };
}

/** A fixed address inside a failover range: the peers may lease it to another client. */
export function fixedAddressInRange(ranges: FailoverRanges, ip: number, offset: number, length: number, sink: ProblemSink): void {
  if (!ranges.sorted.length || !inRanges(ranges.sorted, ranges.reach, ip)) return;
  const v = { offset, length, text: numberToIpv4(ip) };
  sink.add('failoverFixedAddressInRange', v, t('{0} is inside a failover pool\'s range: the peers may lease it to another client. Take fixed addresses outside dynamic ranges.', v.text));
}

/**
 * Whether a pool starts with a failover peer: the one its shared-network names (by a declared
 * peer) before the pool, directly or around the pool's subnet. dhcpd copies it into the pool when
 * the pool begins (measured: a `range dynamic-bootp` in such a pool is refused).
 */
function inheritsPeer(pool: Statement, declared: Map<string, PeerSummary>): boolean {
  let owner = pool.parent.owner;
  if (owner.kind === 'subnet') owner = owner.parent.owner;
  if (owner.kind !== 'shared-network') return false;
  for (const x of owner.body?.statements ?? []) {
    if (x.offset >= pool.offset) break;
    if (x.kind === 'failover-ref' && x.name?.quoted && declared.has(peerName(x))) return true;
  }
  return false;
}

/** Whether a pool ends up with a peer: inherited or its own, unless `no failover peer` comes last. */
function effectivePeer(pool: Statement, declared: Map<string, PeerSummary>): boolean {
  let has = inheritsPeer(pool, declared);
  for (const x of pool.body?.statements ?? []) {
    if (x.kind === 'failover-ref') has = true;
    else if (x.kind === 'parameter' && x.keyword.text === 'no failover peer') has = false;
  }
  return has;
}

/**
 * A failover range that includes the network or the broadcast address of its subnet: dhcpd
 * accepts it and the peers would lease an address no client can use.
 */
function checkNetworkAddresses(pool: Statement, range: Statement, lo: number, hi: number, sink: ProblemSink): void {
  const owner = pool.parent.owner;
  const subnets = owner.kind === 'subnet' ? [owner] : owner.kind === 'shared-network' ? (owner.body?.statements ?? []).filter((x) => x.kind === 'subnet') : [];
  for (const n of subnets) {
    if (n.kind !== 'subnet' || !n.network || !n.netmask) continue;
    const net = ipv4ToNumber(n.network.text);
    const mask = ipv4ToNumber(n.netmask.text);
    if (net === undefined || mask === undefined || mask >>> 0 >= 0xfffffffe) continue;
    const network = (net & mask) >>> 0;
    const broadcast = (network | ~mask) >>> 0;
    // A range that leaves its subnet is another rule's (rangeOutsideSubnet).
    if (((lo & mask) >>> 0) !== network || ((hi & mask) >>> 0) !== network) continue;
    const hit = lo <= network && network <= hi ? network : lo <= broadcast && broadcast <= hi ? broadcast : undefined;
    if (hit === undefined) return;
    sink.add('failoverRangeNetworkAddress', { offset: range.offset, length: range.length }, hit === network
      ? t('This failover range includes {0}, the network address of its subnet: no client can use it. Start the range after it.', numberToIpv4(hit))
      : t('This failover range includes {0}, the broadcast address of its subnet: no client can use it. End the range before it.', numberToIpv4(hit)));
    return;
  }
}

/** For ranges sorted by start: the highest end among the first i + 1 ranges, for each i. */
function highestEnds(sorted: ReadonlyArray<{ high: number }>): number[] {
  const out: number[] = new Array(sorted.length);
  let max = -1;
  for (let i = 0; i < sorted.length; i++) out[i] = max = Math.max(max, sorted[i].high);
  return out;
}

/** Whether `ip` is in one of the sorted ranges: the last range starting at or before it, then the widest reach. */
function inRanges(sorted: ReadonlyArray<{ low: number }>, reach: readonly number[], ip: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  let idx = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].low <= ip) {
      idx = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return idx >= 0 && reach[idx] >= ip;
}
