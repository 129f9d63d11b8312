/**
 * Subnets and ranges: masks, ranges inside their subnet, overlaps. Ranges are placed as dhcpd
 * reads them, so a range is checked against the subnets declared before it.
 */
import type { Family } from '../../knowledge/types';
import { t } from '../../base/l10n';
import type { Range, Statement, Subnet } from '../../parser/nodes';
import { ipv4ToNumber, ipv6ToBigInt, isContiguousMask, numberToIpv4 } from '../../base/addresses';
import type { ProblemSink } from './sink';

export interface AddressRules {
  /** Every statement, first: ranges are checked and the subnets of shared-networks noted. */
  before(s: Statement): void;
  /** A `subnet`, after its scope is checked. */
  subnet(s: Subnet): void;
  finish(): void;
}

export function addressRules(family: Family, sink: ProblemSink): AddressRules {
  const subnets: Array<{ node: Subnet; low: number; high: number }> = [];
  const ranges = rangeChecker(sink);
  let hasSubnet6 = false;
  return {
    before(s) {
      if (s.kind === 'range' || s.kind === 'range6' || s.kind === 'subnet') ranges.visit(s);
      else if (s.kind === 'subnet6') hasSubnet6 = true;
    },
    subnet(s) {
      const r = checkSubnet(s, sink);
      if (r) subnets.push({ node: s, ...r });
    },
    finish() {
      if (family === 6 && subnets.length && hasSubnet6) {
        for (const n of subnets) {
          sink.add('notAllowedHere', n.node.keyword, t('An IPv4 `subnet` among subnet6 declarations: dhcpd -6 refuses the mix (dhcpd: "subnet_number(): Addr/mask length mismatch.").'));
        }
      }
      ranges.finish();
      checkSubnetOverlaps(subnets, sink);
    },
  };
}

function checkSubnet(s: Subnet, sink: ProblemSink): { low: number; high: number } | undefined {
  if (!s.network || !s.netmask) return undefined;
  const net = ipv4ToNumber(s.network.text);
  const mask = ipv4ToNumber(s.netmask.text);
  if (net === undefined || mask === undefined) return undefined;
  if (!isContiguousMask(mask)) {
    if ((net & ~mask) >>> 0 !== 0) {
      // dhcpd refuses it as a host-bits error; the mask is the culprit (a Cisco wildcard mask?).
      sink.add('invalidNetmask', s.netmask, t('`{0}` is not a netmask (a wildcard mask?): its ones must come first (dhcpd: "bad subnet number/mask combination.").', s.netmask.text));
      return undefined;
    }
    sink.add('nonContiguousNetmask', s.netmask, t('`{0}` is not a contiguous netmask: dhcpd accepts it, but address matching will not do what you expect.', s.netmask.text));
  }
  if ((net & ~mask) >>> 0 !== 0) {
    const fixed = numberToIpv4((net & mask) >>> 0);
    sink.add('subnetHostBits', s.network, t('Host bits are set in subnet number `{0}` for netmask `{1}`: the network is `{2}` (dhcpd: "bad subnet number/mask combination.").', s.network.text, s.netmask.text, fixed), [
      { title: t('Use the network number `{0}`', fixed), edits: [{ offset: s.network.offset, length: s.network.length, newText: fixed }], preferred: true },
    ]);
    return undefined;
  }
  return { low: net, high: (net | ~mask) >>> 0 };
}

interface Interval {
  readonly low: bigint;
  readonly high: bigint;
  readonly node: Statement;
  readonly at: { offset: number; length: number };
}

/**
 * The subnets a range may belong to: its own subnet, or those of the pool's shared-network
 * declared before it (dhcpd places a range when it reads it: a pool before the subnets of its
 * shared-network is "not on network", measured).
 */
function enclosingSubnets(s: Statement, seen: ReadonlyMap<Statement, Subnet[]>): { subnets: Subnet[]; shared: boolean } | undefined {
  let owner = s.parent.owner;
  while (owner.kind !== 'document') {
    if (owner.kind === 'subnet') return { subnets: [owner], shared: false };
    if (owner.kind === 'shared-network') return { subnets: seen.get(owner) ?? [], shared: true };
    owner = owner.parent.owner;
  }
  return undefined;
}

function enclosingSubnet6(s: Statement): { network: bigint; mask: bigint; text: string } | undefined {
  let owner = s.parent.owner;
  while (owner.kind !== 'document') {
    if (owner.kind === 'subnet6' && owner.prefix) {
      const [addr, len] = owner.prefix.text.split('/');
      const a = ipv6ToBigInt(addr);
      const n = Number(len);
      if (a === undefined || !(n >= 0 && n <= 128)) return undefined;
      const mask = ((1n << 128n) - 1n) ^ ((1n << BigInt(128 - n)) - 1n);
      return { network: a & mask, mask, text: owner.prefix.text };
    }
    owner = owner.parent.owner;
  }
  return undefined;
}

/** The range rules, fed statement by statement from the main walk (one walk for all rules). */
function rangeChecker(sink: ProblemSink): { visit: (s: Statement) => void; finish: () => void } {
  const intervals: Interval[] = [];
  /** The smallest number of addresses in one range that dhcpd refuses (see below). */
  const MAX_RANGE_ADDRESSES = 14128181;
  // The subnets of each shared-network, as the walk meets them.
  const subnetsSeen = new Map<Statement, Subnet[]>();
  const visit = (s: Statement): void => {
    if (s.kind === 'subnet' && s.parent.owner.kind === 'shared-network') {
      const list = subnetsSeen.get(s.parent.owner);
      if (list) list.push(s);
      else subnetsSeen.set(s.parent.owner, [s]);
      return;
    }
    if (s.kind === 'range') {
      if (!s.low) return;
      const low = ipv4ToNumber(s.low.text);
      const high = s.high ? ipv4ToNumber(s.high.text) : low;
      if (low === undefined || high === undefined) return;
      let lo = low;
      let hi = high;
      if (low > high) {
        sink.add('rangeReversed', rangeSpan(s), t('This range starts after it ends: dhcpd swaps the two addresses, but it is probably a typo.'), [
          { title: t('Swap the two addresses'), edits: [
            { offset: s.low.offset, length: s.low.length, newText: s.high!.text },
            { offset: s.high!.offset, length: s.high!.length, newText: s.low.text },
          ] },
        ]);
        lo = high;
        hi = low;
      }
      const enclosing = enclosingSubnets(s, subnetsSeen);
      const subnets = enclosing?.subnets;
      if (enclosing && subnets && subnets.length === 0) {
        sink.add('rangeOutsideSubnet', rangeSpan(s), t('No subnet of this shared-network is declared before this range: dhcpd places a range when it reads it, so declare the subnets first (dhcpd: "address range not on network").'));
        return;
      }
      if (enclosing && subnets && subnets.length) {
        const fits = subnets.some((n) => {
          const net = n.network && ipv4ToNumber(n.network.text);
          const mask = n.netmask && ipv4ToNumber(n.netmask.text);
          if (net === undefined || mask === undefined || (!isContiguousMask(mask) && (net & ~mask) >>> 0 !== 0)) return true;
          return ((lo & mask) >>> 0) === ((net & mask) >>> 0) && ((hi & mask) >>> 0) === ((net & mask) >>> 0);
        });
        if (!fits) {
          const n = subnets[0];
          sink.add('rangeOutsideSubnet', rangeSpan(s), !enclosing.shared
            ? t('This range is not inside subnet {0} netmask {1} (dhcpd: "bad range, address ... not in subnet {0} netmask {1}").', n.network?.text ?? '?', n.netmask?.text ?? '?')
            : t('This range is not inside any subnet declared before it in its shared-network (dhcpd: "address range not on network").'));
          return;
        }
      }
      if (hi - lo + 1 >= MAX_RANGE_ADDRESSES) {
        // dhcpd sizes the lease array in 32 bits: (addresses + 1) * sizeof(struct lease), 304
        // bytes on x86_64, overflows (server/mdb.c; measured: 10.0.0.0-10.215.148.52 is refused,
        // 10.0.0.0-10.215.148.51 is not).
        sink.add('invalidValue', rangeSpan(s), t('This range has {0} addresses: dhcpd cannot hold that many leases in one range (dhcpd: "{1}-{2} is an overly large address range.").', String(hi - lo + 1), s.low.text, (s.high ?? s.low).text));
        return;
      }
      intervals.push({ low: BigInt(lo), high: BigInt(hi), node: s, at: rangeSpan(s) });
    } else if (s.kind === 'range6' && s.keyword.text === 'range6' && s.low && !s.high && s.low.kind === 'prefix') {
      const [addr] = s.low.text.split('/');
      const a = ipv6ToBigInt(addr);
      const net = enclosingSubnet6(s);
      if (a !== undefined && net && (a & net.mask) !== net.network) {
        sink.add('rangeOutsideSubnet', rangeSpan(s), t('This range starts outside subnet6 {0} (dhcpd: "range6 start address is outside the subnet").', net.text));
        return;
      }
    } else if (s.kind === 'range6' && s.keyword.text === 'range6' && s.low && s.high) {
      const lo = ipv6ToBigInt(s.low.text);
      const hi = ipv6ToBigInt(s.high.text);
      if (lo === undefined || hi === undefined) return;
      const net = enclosingSubnet6(s);
      if (net) {
        const outside = [lo, hi].findIndex((a) => (a & net.mask) !== net.network);
        if (outside >= 0) {
          sink.add('rangeOutsideSubnet', rangeSpan(s), outside === 0
            ? t('This range starts outside subnet6 {0} (dhcpd: "range6 start address is outside the subnet").', net.text)
            : t('This range ends outside subnet6 {0} (dhcpd: "range6 end address is outside the subnet").', net.text));
          return;
        }
      }
      intervals.push({ low: lo < hi ? lo : hi, high: lo < hi ? hi : lo, node: s, at: rangeSpan(s) });
    }
  };
  return { visit, finish: () => reportOverlaps(intervals, sink) };
}

/** `10.0.0.1–10.0.0.9`, as the user wrote it. */
function describeRange(s: Statement): string {
  if ((s.kind === 'range' || s.kind === 'range6') && s.low) return s.high ? `${s.low.text}–${s.high.text}` : s.low.text;
  return s.keyword.text;
}

function rangeSpan(s: Range | Statement): { offset: number; length: number } {
  return { offset: s.offset, length: s.length };
}

/** One diagnostic per pair of overlapping ranges, found by sorting: no quadratic scan. */
function reportOverlaps(intervals: Interval[], sink: ProblemSink): void {
  const v4 = intervals.filter((i) => i.node.kind === 'range');
  const v6 = intervals.filter((i) => i.node.kind !== 'range');
  for (const list of [v4, v6]) {
    list.sort((a, b) => (a.low < b.low ? -1 : a.low > b.low ? 1 : a.at.offset - b.at.offset));
    let widest: Interval | undefined;
    for (const cur of list) {
      if (widest && cur.low <= widest.high) {
        const first = widest.at.offset < cur.at.offset ? widest : cur;
        const second = first === widest ? cur : widest;
        const shared = cur.low;
        if (cur.node.kind === 'range') {
          sink.add('overlappingRanges', second.at, t('This range overlaps the range {0}: address {1} is in both (dhcpd: "lease {1} is declared twice!").', describeRange(first.node), numberToIpv4(Number(shared))));
        } else {
          // dhcpd accepts overlapping range6 statements; the addresses are then in two pools.
          sink.add('overlappingRanges6', second.at, t('This range overlaps the range {0}: their addresses are offered twice.', describeRange(first.node)));
        }
      }
      if (!widest || cur.high > widest.high) widest = cur;
    }
  }
}

/**
 * dhcpd keeps its subnets narrowest first (mdb.c, enter_subnet) and gives a client the first that
 * holds its address: a subnet inside a wider one is chosen over it. So a catch-all
 * `subnet 0.0.0.0 netmask 0.0.0.0` in a shared-network, beside the real subnets, is a known idiom
 * and not reported. The same subnet declared twice is where dhcpd's choice is arbitrary.
 */
function checkSubnetOverlaps(subnets: Array<{ node: Subnet; low: number; high: number }>, sink: ProblemSink): void {
  const catchAllInSharedNetwork = (x: (typeof subnets)[number]): boolean => x.low === 0 && x.high === 0xffffffff && x.node.parent.owner.kind === 'shared-network';
  // The catch-alls are compared with one another only.
  const catchAlls = subnets.filter(catchAllInSharedNetwork);
  const sorted = [...subnets.filter((x) => !catchAllInSharedNetwork(x)), ...(catchAlls.length > 1 ? catchAlls : [])].sort((a, b) => a.low - b.low || a.node.offset - b.node.offset);
  let widest: (typeof sorted)[number] | undefined;
  for (const cur of sorted) {
    if (widest && cur.low <= widest.high) {
      const same = cur.low === widest.low && cur.high === widest.high;
      sink.add('overlappingSubnets', cur.node.network ?? cur.node.keyword, same
        ? t('Subnet {0} is declared twice: the two declarations are not merged, and which one a client gets depends on dhcpd\'s internal order. Declare it once.', cur.node.network?.text ?? '')
        : t('Subnets {0} and {1} overlap: dhcpd warns, and gives the addresses they share the settings of the narrower one only.', cur.node.network?.text ?? '', widest.node.network?.text ?? ''));
    }
    if (!widest || cur.high > widest.high) widest = cur;
  }
}
