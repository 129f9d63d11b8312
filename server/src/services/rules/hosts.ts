/**
 * Host rules: one `hardware`, one fixed address and one `host-identifier` per host, and one host
 * per name in the whole configuration.
 */
import type { Family } from '../../knowledge/types';
import { t } from '../../base/l10n';
import type { Block, Host, Statement } from '../../parser/nodes';
import { isInside } from '../../parser/nodes';
import { CompactStringSet } from '../stringSet';
import { checkScope } from './scopes';
import type { ProblemSink } from './sink';

export interface HostRuleOptions {
  /**
   * Called with each named host instead of checking the names here: the incremental runner keeps
   * the index of names itself (runner.ts).
   */
  readonly onHost?: (host: Host) => void;
  /** About how many hosts may come (a check knows its text's size): the name index starts that large. */
  readonly expectedHosts?: number;
}

export interface HostRules {
  /** Every statement, before its scope is checked: a statement of the current host takes its slot. */
  slot(s: Statement, keyword: string): void;
  /** A `host` declaration. */
  host(s: Host): void;
}

const HARDWARE = 1;
const FIXED = 2;
const IDENTIFIER = 4;

export function hostRules(family: Family, sink: ProblemSink, options: HostRuleOptions = {}): HostRules {
  // Names only, and no string objects: a check of a huge file lets each host go once it is checked.
  const hosts = new CompactStringSet(undefined, options.expectedHosts);
  // The host whose statements come next in the walk (pre-order): one `hardware`, one
  // `fixed-address` and one `host-identifier` each, checked as its statements go by.
  let host: Statement | undefined;
  let hostHas = 0;
  /** What the hosts that have a host nested in them had seen so far (rare: dhcpd refuses it). */
  const outerHosts = new Map<Statement, number>();

  /** A statement of the current host takes its slot: a second `hardware` or fixed address is refused. */
  const takeSlot = (s: Statement, keyword: string): void => {
    // `fixed-address` and `fixed-address6` fill one slot (measured: either twice is refused).
    const bit = keyword === 'hardware' ? HARDWARE : keyword === 'fixed-address' || keyword === 'fixed-address6' ? FIXED : keyword === 'host-identifier' ? IDENTIFIER : 0;
    if (bit !== 0 && (hostHas & bit) === 0) hostHas |= bit;
    else if (bit !== 0) {
      sink.add('syntaxError', s.keyword, bit === HARDWARE
        ? t('A host has one `hardware` statement (dhcpd: "Host {0} hardware address already configured.").', (host as { name?: { text: string } }).name?.text ?? '')
        : bit === IDENTIFIER
          ? t('A host has one `host-identifier` (dhcpd: "only one host-identifier allowed per host").')
          : t('A host has one fixed address statement (`fixed-address` or `fixed-address6`); list several addresses in it, separated by commas (dhcpd: "Only one fixed address declaration per host.").'));
    }
  };

  /**
   * The statements of a plain host body (Block.plain), checked with their host: all the rules
   * ask of a plainly written `hardware ethernet` or `fixed-address` in a host is its slot and
   * its scope. (A test compares this with the checks one by one, on every fixture.)
   */
  const visitPlainBody = (body: Block): void => {
    for (const x of body.statements) {
      const keyword = x.keyword.text;
      takeSlot(x, keyword);
      checkScope(x, keyword, 'host', family, sink);
    }
  };

  return {
    slot(s, keyword) {
      if (host !== undefined && s.parent.owner !== host && s.parent.owner.kind === 'host') {
        // Back in an outer host after a host nested in it (dhcpd refuses the nesting; its
        // statements are still checked).
        host = s.parent.owner;
        hostHas = outerHosts.get(host) ?? 0;
      }
      if (host !== undefined && s.parent.owner === host) takeSlot(s, keyword);
    },
    host(s) {
      const name = s.name?.text;
      if (host !== undefined && isInside(s, host)) outerHosts.set(host, hostHas);
      host = s;
      hostHas = 0;
      if (name !== undefined) {
        if (options.onHost) options.onHost(s);
        else if (!hosts.add(name)) duplicateHost(s, sink);
      }
      // After the host's own problems, as the walk would report its statements.
      if (s.body?.plain) visitPlainBody(s.body);
    },
  };
}

/** The finding on a host whose name an earlier host already has. */
export function duplicateHost(s: Host, sink: ProblemSink, at: { offset: number; length: number } = s.name!): void {
  sink.add('duplicateHost', at, t('A host named `{0}` is already declared (dhcpd: "host {0}: already exists").', s.name!.text));
}
