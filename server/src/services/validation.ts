/**
 * The language rules over the AST: scopes, subnets and ranges, names that must be declared
 * before use, duplicates. The failover rules live in failoverRules.ts.
 */
import { NOT_IN_POOL_PERMITS, POOL_ONLY_PERMITS, SCOPE_RULES } from '../knowledge/scopes';
import { OPTIONS } from '../knowledge';
import type { Family, Scope } from '../knowledge/types';
import { t } from '../base/l10n';
import type { Block, BlockOwner, Range, Statement, Subnet, Value } from '../parser/nodes';
import { isInside } from '../parser/nodes';
import type { Fix, Problem } from '../parser/problems';
import type { RuleId, Severity } from '../knowledge/rules';
import { RULES } from '../knowledge/rules';
import { ipv4ToNumber, ipv6ToBigInt, isContiguousMask, numberToIpv4 } from '../base/addresses';
import { CompactStringSet } from './stringSet';

export class ProblemSink {
  readonly problems: Problem[] = [];
  add(rule: RuleId, at: { offset: number; length: number }, message: string, fixes?: Fix[], severity?: Severity): void {
    this.problems.push({ rule, severity: severity ?? RULES[rule], message, offset: at.offset, length: at.length, fixes });
  }
}

/** The scope a block gives the statements inside it. */
export function scopeOf(block: Block): Scope | 'conditional' {
  const owner = block.owner;
  if (owner.kind === 'document') return 'global';
  switch (owner.kind) {
    case 'shared-network':
    case 'subnet':
    case 'subnet6':
    case 'pool':
    case 'pool6':
    case 'host':
    case 'group':
    case 'class':
    case 'subclass':
    case 'key':
    case 'zone':
      return owner.kind;
    case 'failover-peer':
      return 'failover-peer';
    default:
      return 'conditional';
  }
}

/** The nearest enclosing scope that is a declaration (looking through if/on/switch blocks). */
export function declarationScope(block: Block): Scope {
  let b: Block = block;
  for (;;) {
    const s = scopeOf(b);
    if (s !== 'conditional') return s;
    const owner = b.owner as Statement;
    b = owner.parent;
  }
}

/** Statements that an `if`/`on`/`switch` block cannot hold (dhcpd: "right brace expected."). */
const DECLARATIONS_OUTSIDE_CONDITIONALS = new Set([
  'host', 'subnet', 'subnet6', 'shared-network', 'pool', 'pool6', 'class', 'subclass', 'group', 'range', 'range6',
  'prefix6', 'fixed-address', 'fixed-address6', 'fixed-prefix6', 'hardware', 'failover peer', 'authoritative',
  'not authoritative', 'include', 'match', 'match if', 'spawn with',
]);

/** A rule pass fed statement by statement from one shared walk (see rules.ts). */
export interface RuleVisitor {
  visit(s: Statement): void;
  finish(): void;
}

/** The language rules as a visitor: statements in text order, then `finish`. */
export function validator(family: Family, sink: ProblemSink): RuleVisitor {
  // Names only, and no string objects: a check of a huge file lets each host go once it is checked.
  const hosts = new CompactStringSet();
  const classes = new Set<string>();
  const keys = new Set<string>();
  const subnets: Array<{ node: Subnet; low: number; high: number }> = [];
  const omapiKeys: Statement[] = [];
  const ranges = rangeChecker(sink);
  // Option spaces that an option already encapsulates: the built-in ones, then the file's.
  const encapsulated = new Set(builtInEncapsulations());
  let hasSubnet6 = false;

  // The host whose statements come next in the walk (pre-order): one `hardware`, one
  // `fixed-address` and one `host-identifier` each, checked as its statements go by.
  let host: Statement | undefined;
  let hostHas = 0;
  /** What the hosts that have a host nested in them had seen so far (rare: dhcpd refuses it). */
  const outerHosts = new Map<Statement, number>();
  const HARDWARE = 1;
  const FIXED = 2;
  const IDENTIFIER = 4;

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

  const visit = (s: Statement): void => {
    if (s.kind === 'range' || s.kind === 'range6' || s.kind === 'subnet') ranges.visit(s);
    else if (s.kind === 'subnet6') hasSubnet6 = true;
    const scope = scopeOf(s.parent);
    const keyword = s.kind === 'failover-ref' ? 'failover peer' : s.keyword.text;
    if (host !== undefined && s.parent.owner !== host && s.parent.owner.kind === 'host') {
      // Back in an outer host after a host nested in it (dhcpd refuses the nesting; its
      // statements are still checked).
      host = s.parent.owner;
      hostHas = outerHosts.get(host) ?? 0;
    }
    if (host !== undefined && s.parent.owner === host) takeSlot(s, keyword);
    // Scopes
    if (scope === 'conditional') {
      if (DECLARATIONS_OUTSIDE_CONDITIONALS.has(keyword) && s.kind !== 'failover-ref') {
        sink.add('notAllowedHere', s.keyword, t('`{0}` cannot stand inside `{1}`: only parameters, options and executable statements can (dhcpd: "right brace expected.").', keyword, (s.parent.owner as Statement).keyword.text));
      }
    } else if (scope !== 'failover-peer' && scope !== 'key' && scope !== 'zone') {
      checkScope(s, keyword, scope, family, sink);
    }
    switch (s.kind) {
      case 'option-definition':
      case 'option-space':
        if (scope !== 'global') {
          sink.add('notAllowedHere', s.keyword, s.kind === 'option-space'
            ? t('`option space` belongs at the global scope (dhcpd: "option space definitions may not be scoped.").')
            : t('An option definition belongs at the global scope (dhcpd: "option definitions may not be scoped.").'));
        }
        checkEncapsulation(s, encapsulated, sink);
        break;
      case 'zone': {
        for (const role of ['primary', 'secondary', 'primary6', 'secondary6']) {
          const list = s.body?.statements.filter((x) => x.keyword.text === role) ?? [];
          if (list.length > 1) sink.add('syntaxError', list[1].keyword, t('A zone has one `{0}` statement; list several servers in it, separated by commas (dhcpd: "more than one {0}.").', role.replace(/6$/, '')));
        }
        const keyStatements = s.body?.statements.filter((x) => x.kind === 'key') ?? [];
        if (keyStatements.length > 1) {
          sink.add('syntaxError', keyStatements[1].keyword, t('A zone has one `key` (dhcpd: "Multiple key definitions for zone {0}.").', s.name?.text ?? ''));
        }
        break;
      }
      case 'host': {
        const name = s.name?.text;
        if (host !== undefined && isInside(s, host)) outerHosts.set(host, hostHas);
        host = s;
        hostHas = 0;
        if (name !== undefined) {
          if (!hosts.add(name)) {
            sink.add('duplicateHost', s.name!, t('A host named `{0}` is already declared (dhcpd: "host {0}: already exists").', name));
          }
        }
        // After the host's own problems, as the walk would report its statements.
        if (s.body?.plain) visitPlainBody(s.body);
        break;
      }
      case 'class':
        if (s.name) classes.add(s.name.text);
        checkClassMatches(s, sink);
        break;
      case 'subclass':
        for (const x of s.body?.statements ?? []) {
          if (x.kind === 'match' && s.keyword.text === 'subclass') sink.add('notAllowedHere', x.keyword, t('A subclass cannot have its own `match` (dhcpd: "invalid match in subclass.").'));
        }
        if (s.name && !classes.has(s.name.text)) {
          sink.add('undeclaredClass', s.name, t('No class named `{0}` is declared before this subclass (dhcpd: "no class named {0}").', s.name.text));
        }
        checkClassMatches(s, sink);
        break;
      case 'permit':
        checkPermit(s, scope, classes, sink);
        break;
      case 'executable':
        if (s.keyword.text === 'add' && s.values[0] && !classes.has(s.values[0].text)) {
          sink.add('undeclaredClass', s.values[0], t('No class named `{0}` is declared before this `add` (dhcpd: "class {0}: not found").', s.values[0].text));
        }
        break;
      case 'key':
        if (s.body && s.name) keys.add(normalizeKeyName(s.name.text));
        if (s.body && s.body.statements.filter((x) => x.keyword.text === 'algorithm').length > 1) {
          sink.add('syntaxError', s.body.statements.filter((x) => x.keyword.text === 'algorithm')[1].keyword, t('A key has one `algorithm` (dhcpd: "key {0}: too many algorithms").', s.name?.text ?? ''));
        }
        else if (!s.body && s.name && scope === 'zone' && !keys.has(normalizeKeyName(s.name.text))) {
          sink.add('undeclaredKey', s.name, t('No key named `{0}` is declared before this zone (dhcpd: "unknown key {0}").', s.name.text));
        }
        break;
      case 'subnet': {
        const r = checkSubnet(s, sink);
        if (r) subnets.push({ node: s, ...r });
        break;
      }
      case 'shared-network':
        if (s.body && s.body.closed && !s.body.statements.some((x) => x.kind === 'subnet' || x.kind === 'subnet6' || x.kind === 'pool' || x.kind === 'pool6')) {
          sink.add('syntaxError', s.keyword, t('A shared-network must hold at least one subnet (dhcpd: "empty shared-network decl").'));
        }
        checkInterfaces(s, sink);
        break;
      case 'pool':
      case 'pool6':
        if (s.body?.closed && s.kind === 'pool' && !s.body.statements.some((x) => x.kind === 'range')) {
          sink.add('poolWithoutRange', s.keyword, t('This pool has no `range`: dhcpd refuses it (dhcpd: "Pool declaration with no address range.").'));
        }
        if (s.body?.closed && s.kind === 'pool6' && !s.body.statements.some((x) => x.kind === 'range6' || x.kind === 'prefix6')) {
          sink.add('poolWithoutRange', s.keyword, t('This pool6 has no `range6` or `prefix6`: dhcpd refuses it (dhcpd: "Pool6 declaration with no address range6 or prefix6.").'));
        }
        break;
      case 'case':
        if (enclosingSwitchOrDefine(s).kind !== 'switch') {
          sink.add('syntaxError', s.keyword, s.keyword.text === 'case'
            ? t('`case` outside a `switch` (dhcpd: "case statement in inappropriate scope.").')
            : t('`default:` outside a `switch` (dhcpd: "switch default statement in inappropriate scope.").'));
        }
        break;
      case 'parameter':
        if (s.keyword.text === 'interface' && scope !== 'shared-network') checkInterfaces(s.parent.owner as Statement, sink);
        // dhcpd looks the key up at start-up only for the global statement (measured: in a group it is not checked).
        if (s.keyword.text === 'omapi-key' && scope === 'global') omapiKeys.push(s);
        break;
    }
  };
  const finish = (): void => {
  // `omapi-key` may name a key declared anywhere in the configuration, before or after it.
  for (const s of omapiKeys) {
    const v = (s as { values?: Value[] }).values?.[0];
    if (v && !keys.has(normalizeKeyName(v.text))) {
      sink.add('undeclaredKey', v, t('No key named `{0}` is declared in this configuration (dhcpd: "OMAPI key {0}: not found").', v.text));
    }
  }
  if (family === 6 && subnets.length) {
    if (hasSubnet6) {
      for (const n of subnets) {
        sink.add('notAllowedHere', n.node.keyword, t('An IPv4 `subnet` among subnet6 declarations: dhcpd -6 refuses the mix (dhcpd: "subnet_number(): Addr/mask length mismatch.").'));
      }
    }
  }
  ranges.finish();
  checkSubnetOverlaps(subnets, sink);
  };
  return { visit, finish };
}

let builtIn: string[] | undefined;
function builtInEncapsulations(): string[] {
  return (builtIn ??= OPTIONS.map((o) => encapsulatedSpace(o.format)).filter((x): x is string => !!x));
}

/** The option space an option format encapsulates (`Eagent.` → `agent`). */
function encapsulatedSpace(format: string | undefined): string | undefined {
  return /^E([^.]+)\.$/.exec(format ?? '')?.[1]?.toLowerCase();
}

/**
 * One option per option space may encapsulate it: a second `encapsulate SPACE` (or one of a
 * space a standard option encapsulates, such as `agent`) stops dhcpd with an internal error
 * (measured). Declaring the space again (`option space SPACE;`) starts it anew.
 */
function checkEncapsulation(s: Statement, encapsulated: Set<string>, sink: ProblemSink): void {
  const declares = (s as { declares?: { space: string; option?: { format?: string } } }).declares;
  if (!declares) return;
  if (s.kind === 'option-space') {
    encapsulated.delete(declares.space);
    return;
  }
  const space = encapsulatedSpace(declares.option?.format);
  if (space === undefined) return;
  if (encapsulated.has(space)) {
    sink.add('invalidValue', s, t('Option space `{0}` is already encapsulated by another option: dhcpd stops (dhcpd: "Internal inconsistency: storage value has not been initialized to zero").', space));
  } else encapsulated.add(space);
}

/**
 * The block a `case` label stands in, seen through `define` bodies: dhcpd parses a function's
 * body in the context of the switch around the definition (measured: `case` directly inside a
 * define inside a switch is accepted; inside an `if` it is not, nor in a define outside a switch).
 */
function enclosingSwitchOrDefine(s: Statement): BlockOwner {
  let owner = s.parent.owner;
  while (owner.kind === 'executable' && owner.keyword.text === 'define') owner = owner.parent.owner;
  return owner;
}

function normalizeKeyName(name: string): string {
  return name.replace(/\.$/, '').toLowerCase();
}

function insideWrongFamily(s: Statement, family: Family): boolean {
  let owner = s.parent.owner;
  while (owner.kind !== 'document') {
    const r = SCOPE_RULES.get(owner.keyword.text);
    if (r?.family && r.family !== family) return true;
    owner = owner.parent.owner;
  }
  return false;
}

function checkScope(s: Statement, keyword: string, scope: Scope, family: Family, sink: ProblemSink): void {
  const rule = SCOPE_RULES.get(keyword);
  if (!rule) return;
  const misplaced = !rule.allowed.includes(scope);
  if (!misplaced && !(rule.family && rule.family !== family)) return;
  // Inside a declaration of the other family, that declaration alone is reported (looked up
  // only when there is something to report: climbing every statement's ancestors is costly).
  if (insideWrongFamily(s, family)) return;
  if (rule.family && rule.family !== family) {
    sink.add('notAllowedHere', s.keyword, t('`{0}` belongs to DHCPv{1} configurations; this file is DHCPv{2} (dhcpd: "{3}").', keyword, rule.family, family, rule.dhcpd));
    return;
  }
  if (keyword === 'failover peer') {
    // Declarations are checked here; references (in pools) by the failover rules.
    if (s.kind !== 'failover-peer') return;
  }
  if (misplaced) {
    const rule2: RuleId = keyword === 'failover peer' ? 'failoverPeerScope' : 'notAllowedHere';
    sink.add(rule2, s.keyword, t('`{0}` is not allowed in {1} (dhcpd: "{2}").', keyword, describeScope(scope), rule.dhcpd));
  }
}

export function describeScope(scope: Scope): string {
  switch (scope) {
    case 'global':
      return t('the global scope');
    case 'failover-peer':
      return t('a failover peer block');
    default:
      return t('a `{0}` block', scope);
  }
}

function checkPermit(s: Statement & { kind: 'permit' }, scope: Scope | 'conditional', classes: Set<string>, sink: ProblemSink): void {
  const name = s.permit?.text;
  if (!name) return;
  // In a pool, `ignore X` is the server flag X, not a pool permit: only allow/deny are permits there.
  const inPool = (scope === 'pool' || scope === 'pool6') && s.verb !== 'ignore';
  if (inPool && NOT_IN_POOL_PERMITS.has(name)) {
    sink.add('notAllowedHere', s.permit!, t('`{0} {1}` is not a pool permit (dhcpd: "expecting permit type.").', s.verb, name));
  } else if (!inPool && (scope !== 'conditional' || s.verb === 'ignore') && POOL_ONLY_PERMITS.has(name)) {
    sink.add('notAllowedHere', s.permit!, t('`{0} {1}` is only allowed in a pool (dhcpd: "expecting allow/deny key").', s.verb, name));
  } else if (!inPool && !NOT_IN_POOL_PERMITS.has(name) && name !== 'unknown-clients' && !POOL_ONLY_PERMITS.has(name)) {
    sink.add('invalidValue', s.permit!, t('Unknown permit `{0}` (dhcpd: "expecting allow/deny key").', name));
  } else if (inPool && !POOL_ONLY_PERMITS.has(name) && name !== 'unknown-clients') {
    sink.add('invalidValue', s.permit!, t('Unknown pool permit `{0}` (dhcpd: "expecting permit type.").', name));
  }
  if (name === 'members of' && s.argument && !classes.has(s.argument.text)) {
    sink.add('undeclaredClass', s.argument, t('No class named `{0}` is declared before this permit (dhcpd: "no such class: {0}").', s.argument.text));
  }
}

function checkClassMatches(s: Statement, sink: ProblemSink): void {
  if (!s.body) return;
  let matchIf = 0;
  let submatch = 0;
  for (const x of s.body.statements) {
    if (x.kind !== 'match') continue;
    if (x.keyword.text === 'match if') {
      if (++matchIf > 1) sink.add('syntaxError', x.keyword, t("A class may only have one `match if` (dhcpd: \"A class may only have one 'match if' clause.\")."));
    } else if (++submatch > 1) {
      sink.add('syntaxError', x.keyword, t('A class may only have one `match` or `spawn with` (dhcpd: "can\'t override existing submatch/spawn.").'));
    }
  }
}

function checkInterfaces(owner: Statement, sink: ProblemSink): void {
  if (!owner.body) return;
  const interfaces = owner.body.statements.filter((x) => x.kind === 'parameter' && x.keyword.text === 'interface');
  if (interfaces.length > 1) {
    sink.add('syntaxError', interfaces[1].keyword, t('A subnet or shared-network is connected to one interface only (dhcpd: "A subnet or shared network can\'t be connected to two interfaces.").'));
  }
}

// ---- subnets and ranges ----------------------------------------------------------------------------

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

export type { Value };
