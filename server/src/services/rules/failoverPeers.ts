/**
 * The failover rules: every `failover peer` block and every reference to a peer, then how the
 * failover pools sit in their networks (failoverPools.ts). Severities follow dhcpd (see
 * knowledge/rules.ts); a broken peer block is reported once, never again through the pools.
 */
import { t } from '../../base/l10n';
import { nearest } from '../../base/nearest';
import { failoverStatements } from '../../knowledge';
import { DEFAULT_FAILOVER_PORT, firstValue, numberOf, peerName, summarizePeer, type PeerSummary } from '../../model/peer';
import { deleteStatement, insertBeforeClose } from '../../model/textEdits';
import type { FailoverPeer, FailoverStatement, Name, Statement } from '../../parser/nodes';
import type { Fix } from '../../parser/problems';
import { poolRules, type FailoverRanges } from './failoverPools';
import { scopeOf } from './scopes';
import { ProblemSink, type RuleVisitor } from './sink';
import type { TextSource } from '../../base/pieceText';

/** The failover rules as a visitor: statements in text order, then `finish`. */
const CURLY_QUOTES = /[\u201c\u201d\u201e\u201f\u2018\u2019\u00ab\u00bb]/;

/** Where a problem about a whole peer block goes: `failover peer "name"`. */
function headSpan(peer: FailoverPeer): { offset: number; length: number } {
  const end = peer.name ? peer.name.offset + peer.name.length : peer.keyword.offset + peer.keyword.length;
  return { offset: peer.keyword.offset, length: end - peer.keyword.offset };
}

export function failoverRules(text: TextSource, sink: ProblemSink, expectedHosts = 0): RuleVisitor & { ranges(): FailoverRanges } {
  const declared = new Map<string, PeerSummary>();
  const referencedNames = new Set<string>();
  const misreferenced = new Set<string>();
  /** Peers named by a shared-network, which counts for nothing: dhcpd wants a pool. */
  const sharedOnly = new Set<string>();
  const summaries: PeerSummary[] = [];
  // The pool rules report after the peer rules, as they always have: their own sink.
  const poolSink = new ProblemSink();
  const pools = poolRules(text, declared, poolSink, expectedHosts);

  // References and declarations interleave: a reference sees only the peers declared before it.
  const visit = (s: Statement): void => {
    pools.visit(s);
    if (s.kind === 'failover-peer' && !s.state) {
      const summary = summarizePeer(s);
      checkPeerName(s, 'declaration', sink);
      if (declared.has(summary.name)) {
        sink.add('failoverPeerRedeclared', headSpan(s), t('Failover peer "{0}" is already declared (dhcpd: "redeclaration of failover peer {0}").', summary.name));
        return;
      }
      declared.set(summary.name, summary);
      summaries.push(summary);
      if (s.name && s.name.quoted && summary.name === '') {
        sink.add('failoverPeerEmptyName', s.name, t('The peer name is empty: dhcpd accepts it, but the name identifies the relationship to the partner server; give it a real name on both servers.'));
      }
      checkPeerBlock(summary, text, sink);
    } else if (s.kind === 'failover-peer' && s.state) {
      const name = peerName(s);
      if (!declared.has(name) && s.name) {
        sink.add('failoverPeerNotFound', s.name, t('State declaration for failover peer "{0}", which is not declared before it (dhcpd: "state declaration for unknown failover peer {0}").', name));
      }
    } else if (s.kind === 'failover-state' && s.keyword.text === 'mclt') {
      const owner = s.parent.owner;
      const peer = owner.kind === 'failover-peer' ? declared.get(peerName(owner)) : undefined;
      if (peer && peer.role === 'primary') {
        sink.add('notAllowedHere', s.keyword, t('`mclt` may not be given in the state block of a primary (dhcpd: "mclt not valid for primary").'));
      }
    } else if (s.kind === 'failover-ref') {
      checkReference(s, declared, referencedNames, misreferenced, sink, sharedOnly);
    }
  };
  const finish = (): void => {
    for (const summary of summaries) {
      if (!referencedNames.has(summary.name) && !misreferenced.has(summary.name) && sharedOnly.has(summary.name)) {
        sink.add('failoverPeerUnused', headSpan(summary.node), t('Failover peer "{0}" is named only by a shared-network: dhcpd counts only pools, and refuses to start (dhcpd: "ERROR: Failover peer, {0}, has no referring pools."). Add `failover peer "{0}";` to the pools it serves.', summary.name));
      } else if (!referencedNames.has(summary.name) && !misreferenced.has(summary.name)) {
        sink.add('failoverPeerUnused', headSpan(summary.node), t('No pool refers to failover peer "{0}": dhcpd refuses to start (dhcpd: "ERROR: Failover peer, {0}, has no referring pools."). Add `failover peer "{0}";` to the pools it serves.', summary.name));
      }
    }
    samePartner(summaries, sink);
    pools.finish();
    sink.problems.push(...poolSink.problems);
  };
  return { visit, finish, ranges: pools.ranges };
}

/**
 * Two relationships between the same two servers. dhcpd 4.4.3 finds the relationship of an
 * incoming connection by the partner's address alone, so only the first reaches normal; the
 * other's connection is refused live: "Connection rejected, invalid failover partner", whatever
 * the ports (measured with a live pair).
 */
function samePartner(summaries: readonly PeerSummary[], sink: ProblemSink): void {
  const first = new Map<string, PeerSummary>();
  for (const p of summaries) {
    const a = p.statements.get('address')?.[0]?.values[0]?.text;
    const b = p.statements.get('peer address')?.[0]?.values[0]?.text;
    if (!a || !b) continue;
    const key = `${a} ${b}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, p);
      continue;
    }
    sink.add('failoverSamePartner', headSpan(p.node), t('Failover peers "{0}" and "{1}" join the same two servers ({2} and {3}). dhcpd tells relationships apart by the partner\'s address only, so one of them never reaches normal (dhcpd: "Connection rejected, invalid failover partner"). Use one relationship for all these pools.', earlier.name, p.name, a, b));
  }
}

function checkPeerName(s: { name?: Name }, where: 'declaration' | 'reference', sink: ProblemSink): boolean {
  const name = s.name;
  if (!name || !CURLY_QUOTES.test(name.text)) return false;
  const clean = peerName(s);
  sink.add('failoverTypographicQuotes', name, where === 'declaration'
    ? t('The peer name is in typographic quotes; dhcpd needs straight double quotes (dhcpd: "expecting left brace").')
    : t('The peer name is in typographic quotes; dhcpd needs straight double quotes (dhcpd: "expecting string.").'), [
    { title: t('Use straight quotes: "{0}"', clean), edits: [{ offset: name.offset, length: name.length, newText: `"${clean}"` }], preferred: true },
  ]);
  return true;
}

function checkReference(
  s: Statement & { kind: 'failover-ref' },
  declared: Map<string, PeerSummary>,
  referenced: Set<string>,
  misreferenced: Set<string>,
  sink: ProblemSink,
  sharedOnly: Set<string>,
): void {
  const scope = scopeOf(s.parent);
  const name = peerName(s);
  if (scope === 'global') {
    sink.add('failoverPeerScope', s.keyword, t('A `failover peer "{0}";` reference belongs in a pool, not at the global scope (dhcpd: "failover peer reference not in shared-network declaration").', name));
    return;
  }
  if (scope !== 'pool' && scope !== 'pool6' && scope !== 'shared-network') {
    sink.add('failoverPeerScope', s.keyword, t('A `failover peer "{0}";` reference belongs in a pool (dhcpd: "failover peers may only be defined in shared-network declarations and the outer scope.").', name));
    return;
  }
  if (checkPeerName(s, 'reference', sink)) {
    if (declared.has(name)) referenced.add(name);
    return;
  }
  if (s.name && !s.name.quoted) {
    const known = declared.has(name);
    sink.add('failoverPeerUnquoted', s.name, t('The peer name must be in double quotes: `failover peer "{0}";` (dhcpd: "expecting string.").', name), [
      { title: t('Quote the name: "{0}"', name), edits: [{ offset: s.name.offset, length: s.name.length, newText: `"${name}"` }], preferred: true },
    ]);
    if (known) referenced.add(name);
    else misreferenced.add(name);
    return;
  }
  if (declared.has(name)) {
    // A shared-network passes the peer on to its pools, but only a pool's own reference counts.
    if (scope === 'shared-network') sharedOnly.add(name);
    else referenced.add(name);
    return;
  }
  if (!s.name) return;
  // A later declaration of this very name is not "unused": this reference is the one mistake.
  misreferenced.add(name);
  const names = [...declared.keys()];
  const sameCase = names.find((n) => n.toLowerCase() === name.toLowerCase());
  const guess = sameCase ?? nearest(name, names);
  const fixes: Fix[] = guess ? [{ title: t('Refer to "{0}"', guess), edits: [{ offset: s.name.offset, length: s.name.length, newText: `"${guess}"` }], preferred: true }] : [];
  if (guess) misreferenced.add(guess);
  let message: string;
  if (sameCase) message = t('No failover peer "{0}": names are case-sensitive, and the declared one is "{1}" (dhcpd: "failover peer {0}: not found").', name, sameCase);
  else if (guess) message = t('No failover peer "{0}" is declared before this pool; did you mean "{1}"? (dhcpd: "failover peer {0}: not found")', name, guess);
  else message = t('No failover peer "{0}" is declared before this pool (dhcpd: "failover peer {0}: not found").', name);
  sink.add('failoverPeerNotFound', s.name, message, fixes);
}

/** Statements that an unknown statement of the block most likely meant (`peer-address` → `peer address`). */
function intendedStatements(peer: FailoverPeer): Set<string> {
  const out = new Set<string>();
  const names = failoverStatements().map((s) => s.name);
  for (const s of peer.body?.statements ?? []) {
    if (s.kind !== 'unknown') continue;
    const guess = nearest(s.keyword.text, names);
    if (guess) out.add(guess);
    for (const n of names) if (s.keyword.text.replace(/[\s-]+/g, '').startsWith(n.replace(/[\s-]+/g, ''))) out.add(n);
  }
  return out;
}

function checkPeerBlock(p: PeerSummary, text: TextSource, sink: ProblemSink): void {
  const node = p.node;
  const head = headSpan(node);
  const intended = intendedStatements(node);
  const missing = (name: string): boolean => !p.statements.get(name) && !intended.has(name);
  const st = p.statements;
  const body = node.body;
  if (!body) return;
  const primaries = st.get('primary') ?? [];
  const secondaries = st.get('secondary') ?? [];
  if (!p.roleGiven && !intended.has('primary') && !intended.has('secondary')) {
    sink.add('failoverRoleMissing', head, t('No role given: dhcpd takes this server as the primary. Say `primary;` or `secondary;` explicitly.'), [
      { title: t('Add `primary;`'), edits: [insertBeforeClose(text, body, ['primary;'])] },
      { title: t('Add `secondary;`'), edits: [insertBeforeClose(text, body, ['secondary;'])] },
    ]);
  } else if (primaries.length && secondaries.length) {
    const last = [...primaries, ...secondaries].sort((a, b) => b.offset - a.offset)[0];
    sink.add('failoverRoleConflict', last.keyword, t('This peer block says both `primary` and `secondary`; dhcpd keeps the last one, `{0}`.', p.role));
  } else {
    const roles = primaries.length ? primaries : secondaries;
    if (roles.length > 1) {
      sink.add('failoverRoleConflict', roles[1].keyword, t('The role `{0}` is given twice.', p.role), [
        { title: t('Remove the duplicate'), edits: [deleteStatement(text, roles[1])], preferred: true },
      ]);
    }
  }

  // Duplicates (roles are handled above).
  for (const [name, list] of st) {
    if (name === 'primary' || name === 'secondary' || list.length < 2) continue;
    sink.add('failoverDuplicateStatement', list[1].keyword, t('`{0}` is given twice in this peer block; dhcpd uses the last one.', name), [
      { title: t('Remove the duplicate'), edits: [deleteStatement(text, list[1])] },
    ]);
  }

  // A statement given twice: dhcpd keeps the value of the last one (`*tp = atoi (val)`).
  const last = (name: string): FailoverStatement | undefined => {
    const list = st.get(name);
    return list?.[list.length - 1];
  };
  const mclt = st.get('mclt')?.[0];
  const split = st.get('split')?.[0];
  const hba = st.get('hba')?.[0];
  if (p.role === 'primary') {
    const lastMclt = last('mclt');
    const mcltValue = numberOf(lastMclt?.values[0]);
    if ((!mclt && missing('mclt')) || mcltValue === 0) {
      sink.add('failoverPrimaryNeedsMclt', lastMclt ? lastMclt.keyword : head, t('A primary needs `mclt` (Maximum Client Lead Time) above 0 (dhcpd: "primary failover server must have mclt.").'), mclt ? [] : [
        { title: t('Add `mclt 3600;`'), edits: [insertBeforeClose(text, body, ['mclt 3600;'])], preferred: true },
      ]);
    }
    if (!split && !hba && missing('split') && missing('hba')) {
      sink.add('failoverPrimaryNeedsSplit', head, t('A primary needs `split` or `hba` to share the clients with its peer (dhcpd: "primary failover server must have hba or split.").'), [
        { title: t('Add `split 128;`'), edits: [insertBeforeClose(text, body, ['split 128;'])], preferred: true },
      ]);
    }
  } else {
    for (const s of [split, hba]) {
      if (!s) continue;
      sink.add('failoverSplitOnSecondary', s.keyword, t('`{0}` belongs to the primary only (dhcpd: "secondary may not define load balance settings.").', s.keyword.text), [
        { title: t('Remove `{0}` from the secondary', s.keyword.text), edits: [deleteStatement(text, s)], preferred: true },
      ]);
    }
    if (mclt) {
      sink.add('failoverMcltOnSecondary', mclt.keyword, t('`mclt` may not be specified on the secondary (dhcpd.conf(5)); the secondary learns it from the primary.'), [
        { title: t('Remove `mclt` from the secondary'), edits: [deleteStatement(text, mclt)], preferred: true },
      ]);
    }
  }
  if (split && hba) {
    sink.add('failoverSplitAndHba', hba.keyword, t('Give `split` or `hba`, never both (dhcpd.conf(5)).'));
  }
  // dhcpd checks every `split` as it reads it.
  for (const each of st.get('split') ?? []) {
    const splitValue = numberOf(each.values[0]);
    if (splitValue !== undefined && splitValue > 256) {
      sink.add('failoverSplitRange', each.values[0], t('`split` is a number of hash buckets from 0 to 256, not {0} (dhcpd: "split must be between 0 and 256, inclusive").', each.values[0].text));
    }
  }
  if (hba && hba.values[0]) {
    const bytes = hba.values[0].text.split(':').length;
    if (bytes !== 32) {
      sink.add('failoverHbaLength', hba.values[0], t('`hba` is exactly 32 colon-separated bytes; this one has {0} (dhcpd: "too few numbers." or "semicolon expected.").', bytes));
    }
  }

  // Ports and addresses.
  for (const portName of ['port', 'peer port']) {
    const port = last(portName);
    const v = numberOf(port?.values[0]);
    if (!port && missing(portName)) {
      sink.add('failoverDefaultPort', head, t('No `{0}`: dhcpd uses port {1}. Writing it out makes the pair easier to check against the other server.', portName, DEFAULT_FAILOVER_PORT), [
        { title: t('Add `{0} {1};`', portName, DEFAULT_FAILOVER_PORT), edits: [insertBeforeClose(text, body, [`${portName} ${DEFAULT_FAILOVER_PORT};`])] },
      ]);
    } else if (port && v !== undefined && v === 0) {
      // confpars.c: a port of 0 is replaced by the default (`if (!peer->me.port) ... = DEFAULT_FAILOVER_PORT`).
      sink.add('failoverPortRange', port.values[0], t('`{0} 0` counts as unset: dhcpd uses port {1} instead.', portName, DEFAULT_FAILOVER_PORT));
    } else if (port && v !== undefined && (v < 0 || v > 65535)) {
      // A port is 16 bits: dhcpd keeps the low 16 bits of the number (70000 becomes 4464).
      const kept = ((v % 65536) + 65536) % 65536;
      sink.add('failoverPortRange', port.values[0], t('A port is between 1 and 65535: dhcpd keeps only the low 16 bits of {0} and uses port {1}.', v, kept === 0 ? DEFAULT_FAILOVER_PORT : kept));
    }
  }
  const address = firstValue(p, 'address');
  const peerAddress = firstValue(p, 'peer address');
  if (missing('address')) {
    sink.add('failoverAddressMissing', head, t('No `address`: this server\'s own failover address may not be omitted (dhcpd.conf(5)).'));
  }
  if (missing('peer address')) {
    sink.add('failoverPeerAddressMissing', head, t('No `peer address`: the address of the other server is required (dhcpd: "peer address may not be omitted").'));
  }
  if (address && peerAddress && address.text.toLowerCase() === peerAddress.text.toLowerCase()) {
    const port = numberOf(firstValue(p, 'port')) ?? DEFAULT_FAILOVER_PORT;
    const peerPort = numberOf(firstValue(p, 'peer port')) ?? DEFAULT_FAILOVER_PORT;
    if (port === peerPort) {
      sink.add('failoverSameEndpoint', peerAddress, t('`peer address` and port are this server\'s own ({0}:{1}): the peer must be the other server.', address.text, port));
    }
  }

  // Timers.
  // Missing or 0, dhcpd puts in its defaults: 20 seconds and 100 updates (confpars.c,
  // parse_failover_peer: `if (!peer->me.max_response_delay) ... = DEFAULT_MAX_RESPONSE_DELAY`).
  for (const timer of ['max-response-delay', 'max-unacked-updates']) {
    const list = st.get(timer);
    const s = list?.[list.length - 1]; // dhcpd keeps the last one
    const v = numberOf(s?.values[0]);
    const fallback = timer === 'max-response-delay' ? t('20 seconds') : t('100 updates');
    if (!s && missing(timer)) {
      sink.add('failoverTimerMissing', head, t('No `{0}`: dhcpd.conf(5) says it must be given; dhcpd uses {1} instead. Write the value both servers should use.', timer, fallback));
    } else if (s && v === 0) {
      sink.add('failoverTimerMissing', s.values[0], t('`{0} 0` counts as unset: dhcpd uses {1} instead. dhcpd.conf(5) asks for a value above 0.', timer, fallback));
    }
  }
  const lb = last('load balance max seconds');
  if (!lb && missing('load balance max seconds')) {
    sink.add('failoverLoadBalanceDisabled', head, t('No `load balance max seconds`: load balancing is disabled for this peer (dhcpd warns). A value of 3 or 5 is usual.'), [
      { title: t('Add `load balance max seconds 3;`'), edits: [insertBeforeClose(text, body, ['load balance max seconds 3;'])] },
    ]);
  } else if (lb && numberOf(lb.values[0]) === 0) {
    sink.add('failoverLoadBalanceDisabled', lb.values[0], t('`load balance max seconds 0` disables load balancing for this peer (dhcpd warns).'));
  }

  // Balance statements.
  for (const pct of ['max-lease-misbalance', 'max-lease-ownership']) {
    const s = st.get(pct)?.[0];
    const v = numberOf(s?.values[0]);
    if (s && v !== undefined && v > 100) {
      sink.add('failoverBalancePercent', s.values[0], t('`{0}` is a percentage: at most 100, not {1}.', pct, v));
    }
  }
  const minB = st.get('min-balance')?.[0];
  const maxB = st.get('max-balance')?.[0];
  const minV = numberOf(minB?.values[0]);
  const maxV = numberOf(maxB?.values[0]);
  if (minB && maxB && minV !== undefined && maxV !== undefined && minV > maxV) {
    sink.add('failoverBalanceOrder', minB.values[0], t('`min-balance` ({0}) is greater than `max-balance` ({1}).', minV, maxV));
  }
  const apd = st.get('auto-partner-down')?.[0];
  const apdV = numberOf(apd?.values[0]);
  if (apd && apdV !== undefined && apdV > 0) {
    sink.add('failoverAutoPartnerDown', apd.keyword, t('`auto-partner-down` moves to partner-down by itself after {0} s: safe only if the peer is really down. If the peer is only unreachable (a network split), both servers give out the same addresses.', apdV));
  }
  for (const [name, list] of st) {
    for (const s of list) {
      const raw = s.values[0]?.kind === 'number' ? s.values[0].text : '';
      if (/^-0*[1-9]/.test(raw) && name !== 'split') sink.add('numberWraps', s.values[0], t('`{0}` cannot be negative: dhcpd reads {1} as a huge number.', name, raw));
    }
  }
}
