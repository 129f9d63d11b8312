/** The peer model: one `failover peer` block summed up, as every feature reads it. */
import type { FailoverPeer, FailoverStatement, Name, Value } from '../parser/nodes';

/** The port dhcpd uses when a peer block gives none (`port`, `peer port`). */
export const DEFAULT_FAILOVER_PORT = 647;

/** The statements of one peer block, by name, in order. */
export interface PeerSummary {
  readonly node: FailoverPeer;
  readonly name: string;
  readonly role: 'primary' | 'secondary';
  readonly roleGiven: boolean;
  readonly statements: ReadonlyMap<string, readonly FailoverStatement[]>;
}

export function summarizePeer(peer: FailoverPeer): PeerSummary {
  const statements = new Map<string, FailoverStatement[]>();
  let role: 'primary' | 'secondary' = 'primary';
  let roleGiven = false;
  for (const s of peer.body?.statements ?? []) {
    if (s.kind !== 'failover-statement' || !s.info) continue;
    const list = statements.get(s.info.name) ?? [];
    list.push(s);
    statements.set(s.info.name, list);
    if (s.info.name === 'primary' || s.info.name === 'secondary') {
      role = s.info.name; // the last one wins, as in dhcpd
      roleGiven = true;
    }
  }
  return { node: peer, name: peerName(peer), role, roleGiven, statements };
}

/** The peer's name without any quote, straight or curly. */
export function peerName(peer: { name?: Name }): string {
  return (peer.name?.text ?? '').replace(/^[\u201c\u201d\u201e\u201f\u2018\u2019"']+|[\u201c\u201d\u201e\u201f\u2018\u2019"']+$/g, '');
}

export function firstValue(summary: PeerSummary, name: string): Value | undefined {
  return summary.statements.get(name)?.[0]?.values[0];
}

const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);

/**
 * A failover number as dhcpd stores it: atoi (strtol, saturated to 64 bits, then cut to an int)
 * into an unsigned 32-bit value (`split 4294967296` is `split 0`; `split -1` is 4294967295;
 * `split 99999999999999999999` saturates, then is -1 too; `-` alone is 0).
 */
export function numberOf(v: Value | undefined): number | undefined {
  if (!v || v.kind !== 'number') return undefined;
  try {
    const negative = v.text.startsWith('-');
    const magnitude = BigInt(negative ? v.text.slice(1) : v.text);
    let n = negative ? -magnitude : magnitude;
    if (n > INT64_MAX) n = INT64_MAX;
    if (n < INT64_MIN) n = INT64_MIN;
    return Number(BigInt.asUintN(32, n));
  } catch {
    return undefined;
  }
}
