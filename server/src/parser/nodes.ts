/**
 * The typed AST of dhcpd.conf. Every node has an offset and a length in the text; ranges (line,
 * character) are computed only at the service edge. Parents are set by the parser.
 */
import type { OptionInfo, StatementInfo } from '../knowledge/types';

export interface Span {
  readonly offset: number;
  readonly length: number;
}

/** A word or string as written; `quoted` tells which. */
export interface Name extends Span {
  readonly text: string;
  readonly quoted: boolean;
}

/** A comment, kept so that generators can rewrite text without losing it. */
export interface Comment extends Span {
  readonly text: string;
}

/** A value as written: an address, a number, a string, a hex list, an expression ... */
export interface Value extends Span {
  readonly kind: 'ip' | 'ip6' | 'number' | 'string' | 'name' | 'hex' | 'expression' | 'prefix' | 'other';
  /** The value as text, normalised (`10.0.0.1`, `00:11:22:33:44:55`, a string's unescaped text). */
  readonly text: string;
}

export type BlockOwner = Document | Statement;

export interface Block extends Span {
  /** Offset of the `{`. `offset + length` is just after the `}` (or the end of the text). */
  readonly statements: Statement[];
  readonly closed: boolean;
  owner: BlockOwner;
  /**
   * Set on the body of a host read by the parser's fast lane (Scanner.plainHost): it holds only
   * `hardware ethernet` and `fixed-address` statements written plainly, which the rules check
   * with their host instead of one by one (rules.ts).
   */
  readonly plain?: true;
}

export interface Document extends Span {
  readonly kind: 'document';
  readonly body: Block;
  readonly comments: Comment[];
  /** Every `failover peer` declaration, in text order, for the failover rules. */
  readonly peers: FailoverPeer[];
  /** Top-level option spaces and definitions, in text order: what a reparse of a region must know. */
  readonly declarations: Statement[];
  /** Some top-level statements moved and their contents have not caught up yet (shift.ts). */
  unsettled?: boolean;
  /** From this index on, the top-level statements stand `lag` further than their offsets say (shift.ts). */
  readonly lagFrom?: number;
  readonly lag?: number;
}

interface StatementBase extends Span {
  /** The statement's keyword(s), normalised to lower case single spaces: `load balance max seconds`. */
  readonly keyword: Name;
  /** Whether the statement is properly ended (`;` or `}`). */
  readonly terminated: boolean;
  /** The block of a declaration, if it has one. */
  readonly body?: Block;
  parent: Block;
}

export interface Include extends StatementBase {
  readonly kind: 'include';
  readonly path?: Name;
  /** The included file's statements, grafted here when the configuration is resolved. */
  included?: Block;
  /** Index of the included file in the configuration's file list. */
  includedFile?: number;
}
export interface SharedNetwork extends StatementBase {
  readonly kind: 'shared-network';
  readonly name?: Name;
}
export interface Subnet extends StatementBase {
  readonly kind: 'subnet';
  readonly network?: Value;
  readonly netmask?: Value;
}
export interface Subnet6 extends StatementBase {
  readonly kind: 'subnet6';
  readonly prefix?: Value;
}
export interface Pool extends StatementBase {
  readonly kind: 'pool' | 'pool6';
}
export interface Range extends StatementBase {
  readonly kind: 'range';
  readonly dynamicBootp?: Name;
  readonly low?: Value;
  readonly high?: Value;
}
export interface Range6 extends StatementBase {
  readonly kind: 'range6' | 'prefix6';
  readonly low?: Value;
  readonly high?: Value;
  readonly prefixLength?: Value;
}
export interface Host extends StatementBase {
  readonly kind: 'host';
  readonly name?: Name;
}
export interface Group extends StatementBase {
  readonly kind: 'group';
  readonly name?: Name;
}
export interface ClassDecl extends StatementBase {
  readonly kind: 'class' | 'subclass';
  readonly name?: Name;
  /** A subclass's match value. */
  readonly match?: Value;
}
export interface FailoverPeer extends StatementBase {
  readonly kind: 'failover-peer';
  readonly name?: Name;
  /** `failover peer "x" state { ... }` (a lease-file form, also legal in the config file). */
  readonly state: boolean;
}
/** `failover peer "x";` inside a pool (or misplaced elsewhere). */
export interface FailoverRef extends StatementBase {
  readonly kind: 'failover-ref';
  readonly name?: Name;
}
/** A statement inside a failover peer block: `primary;`, `peer address 10.0.0.2;`, `split 128;` ... */
export interface FailoverStatement extends StatementBase {
  readonly kind: 'failover-statement';
  readonly info?: StatementInfo;
  readonly values: Value[];
}
/**
 * A statement of a peer's state block (`failover peer "x" state { ... }`): `my state normal;`,
 * `partner state recover at 2 2024/01/02 03:04:05;`, `mclt 3600;`. The keyword is `my state`,
 * `partner state` or `mclt`; values hold the state name or the number; `at` the date as written.
 */
export interface FailoverStateSetting extends StatementBase {
  readonly kind: 'failover-state';
  readonly values: Value[];
  readonly at?: Value;
}
export interface KeyDecl extends StatementBase {
  readonly kind: 'key';
  readonly name?: Name;
}
export interface Zone extends StatementBase {
  readonly kind: 'zone';
  readonly name?: Name;
}
export interface OptionStatement extends StatementBase {
  readonly kind: 'option';
  /** `supersede`, `default`, `prepend`, `append`, `send` or undefined for `option`. */
  readonly verb?: string;
  readonly optionName?: Name;
  readonly info?: OptionInfo;
  readonly values: Value[];
}
export interface OptionDefinition extends StatementBase {
  readonly kind: 'option-definition' | 'option-space';
  readonly optionName?: Name;
  /** What the statement declares, for parsing the rest of the file (and incremental reparses). */
  readonly declares?: { readonly space: string; readonly option?: OptionInfo };
}
/** A parameter with a simple value: `default-lease-time 600;`, `authoritative;`, `hardware ethernet ...` */
export interface Parameter extends StatementBase {
  readonly kind: 'parameter';
  readonly info?: StatementInfo;
  readonly values: Value[];
}
export interface Permit extends StatementBase {
  readonly kind: 'permit';
  /** `allow`, `deny` or `ignore`. */
  readonly verb: string;
  readonly permit?: Name;
  readonly argument?: Value;
}
/** `if`, `elsif`, `else`, `switch`, `case`, `default:`, `on commit`, `match if` ... */
export interface Conditional extends StatementBase {
  readonly kind: 'if' | 'elsif' | 'else' | 'switch' | 'case' | 'on' | 'match';
  readonly condition?: Value;
}
/** An executable statement of dhcp-eval(5): `log`, `set`, `execute`, `eval`, `add`, `break` ... */
export interface Executable extends StatementBase {
  readonly kind: 'executable';
  readonly values: Value[];
}
/** A statement the parser could not make sense of; its diagnostic is already reported. */
export interface Unknown extends StatementBase {
  readonly kind: 'unknown';
}

export type Statement =
  | Include
  | SharedNetwork
  | Subnet
  | Subnet6
  | Pool
  | Range
  | Range6
  | Host
  | Group
  | ClassDecl
  | FailoverPeer
  | FailoverRef
  | FailoverStatement
  | FailoverStateSetting
  | KeyDecl
  | Zone
  | OptionStatement
  | OptionDefinition
  | Parameter
  | Permit
  | Conditional
  | Executable
  | Unknown;

export type StatementKindName = Statement['kind'];

export type Node = Document | Statement;

/** Whether `s` stands somewhere inside `outer` (without making the list of ancestors: the rules ask it for every host). */
export function isInside(s: Statement, outer: Statement): boolean {
  for (let owner = s.parent.owner; owner.kind !== 'document'; owner = owner.parent.owner) if (owner === outer) return true;
  return false;
}

/** The enclosing statements of a statement, innermost first. */
export function ancestors(s: Statement): Statement[] {
  const out: Statement[] = [];
  let owner = s.parent.owner;
  while (owner.kind !== 'document') {
    out.push(owner);
    owner = owner.parent.owner;
  }
  return out;
}
