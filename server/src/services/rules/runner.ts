/**
 * Every rule pass over one walk of the tree: the language rules and the failover rules see each
 * statement once. On a file of 100,000 hosts a walk costs tens of milliseconds, mostly memory
 * traffic; one walk instead of three is most of the time of a check.
 *
 * While the user types, `IncrementalRules` does not even walk: a top-level host that only holds
 * parameters and options is checked once, and its findings kept with it (relative to its
 * offset) for as long as the incremental parser keeps its node. What crosses statements for such
 * hosts (their names, their fixed addresses) lives in indexes updated for the hosts an edit
 * replaced. The rest of the file (subnets, pools, classes, peers: few statements) is checked
 * anew each time. A randomized test compares it with a full check (incrementalRules.test.ts).
 */
import type { Family } from '../../knowledge/types';
import type { Document, Host, Statement } from '../../parser/nodes';
import { forEachStatement, forEachStatementIn } from '../../parser/walk';
import { shiftProblem, type Problem } from '../../parser/problems';
import { catchUp, settle } from '../../parser/shift';
import { ipv4ToNumber } from '../../base/addresses';
import { failoverRules } from './failoverPeers';
import { fixedAddressInRange, type FailoverRanges } from './failoverPools';
import { duplicateHost } from './hosts';
import { languageRules } from './language';
import { ProblemSink } from './sink';
import type { TextSource } from '../../base/pieceText';

/** The rule passes, fed statement by statement in text order, then finished. */
export interface RuleRunner {
  visit(s: Statement): void;
  /** The problems, in the order the passes report them. */
  finish(): Problem[];
}

export function ruleRunner(family: Family, text: TextSource): RuleRunner {
  const language = new ProblemSink();
  const failover = new ProblemSink();
  // A plain host is some 80 characters: the indexes start about as large as the file needs.
  const expectedHosts = Math.ceil(text.length / 80);
  const a = languageRules(family, language, { expectedHosts });
  const b = failoverRules(text, failover, expectedHosts);
  return {
    visit(s) {
      // A plain host body is checked with its host (Block.plain).
      if (s.parent.plain) return;
      a.visit(s);
      b.visit(s);
    },
    finish() {
      a.finish();
      b.finish();
      return [...language.problems, ...failover.problems];
    },
  };
}

/** The problems the rules find in a whole tree. */
export function runRules(doc: Document, family: Family, text: TextSource): Problem[] {
  const rules = ruleRunner(family, text);
  forEachStatement(doc, (s) => rules.visit(s));
  return rules.finish();
}

/** What a top-level host gave the rules, its offsets relative to the host's. */
interface HostRecord {
  readonly node: Statement;
  readonly name: string | undefined;
  readonly nameAt: number;
  readonly nameLength: number;
  /** The host's own findings (slots, scopes), offsets relative to the host. */
  readonly problems: readonly Problem[];
  /**
   * Whether it has a `fixed-address`: the addresses are read again from the node when the failover
   * ranges change (rare), not kept here (100,000 small arrays cost megabytes).
   */
  readonly hasFixed: boolean;
  /** The run that last met it. */
  seen: number;
  /** Its fixed addresses inside failover ranges, for the ranges of version `rangesVersion`. */
  rangesVersion: number;
  inRanges: readonly Problem[];
}

/**
 * Kinds a cached host may hold: what is checked there depends on the host alone. Anything else
 * (a class, a permit, an executable statement, a nested host...) reads or feeds what other
 * statements declare, and its host is checked with the rest of the file each time.
 */
function cacheable(s: Statement): boolean {
  if (s.kind !== 'host' || !s.body?.closed) return false;
  for (const x of s.body.statements) {
    if (x.kind === 'option') continue;
    if (x.kind === 'parameter' && x.keyword.text !== 'omapi-key') continue;
    return false;
  }
  return true;
}

/** Shared empty lists: most hosts have no finding, and 100,000 empty arrays are megabytes. */
const NONE: readonly Problem[] = [];

/** The rules over successive versions of one document, reusing what an edit did not touch. */
export class IncrementalRules {
  private readonly records = new Map<Statement, HostRecord>();
  /** Cached hosts by name; `duplicated` holds the names two or more of them share. */
  // One record, or a list when names repeat: most names are unique, and 100,000 one-item arrays cost megabytes.
  private readonly byName = new Map<string, HostRecord | HostRecord[]>();
  private readonly duplicated = new Set<string>();
  private generation = 0;
  private rangesKey = '';
  private rangesVersion = 0;
  /** Checks one cached host at a time: the host rules hold no state across hosts. */
  private readonly recordSink = new ProblemSink();
  private readonly recordRules;

  constructor(readonly family: Family) {
    this.recordRules = languageRules(family, this.recordSink, { onHost: () => undefined });
  }

  run(doc: Document, text: TextSource): Problem[] {
    const gen = ++this.generation;
    const language = new ProblemSink();
    const failover = new ProblemSink();
    const visitedHosts = new Map<string, Host[]>();
    const a = languageRules(this.family, language, {
      onHost: (h) => {
        const name = h.name!.text;
        const list = visitedHosts.get(name);
        if (list) list.push(h);
        else visitedHosts.set(name, [h]);
      },
    });
    const b = failoverRules(text, failover);
    const visit = (s: Statement): void => {
      if (s.parent.plain) return;
      a.visit(s);
      b.visit(s);
    };
    const seen: HostRecord[] = [];
    // Every top-level offset current (findings are kept relative to their host's).
    catchUp(doc, Infinity);
    for (const top of doc.body.statements) {
      let record = this.records.get(top);
      if (record === undefined) {
        settle(top);
        if (cacheable(top)) {
          record = this.record(top);
          this.records.set(top, record);
          this.index(record);
        } else {
          forEachStatementIn(top, visit);
          continue;
        }
      }
      record.seen = gen;
      seen.push(record);
    }
    // Hosts an edit replaced or removed.
    if (seen.length !== this.records.size) {
      for (const [node, r] of this.records) {
        if (r.seen === gen) continue;
        this.records.delete(node);
        this.unindex(r);
      }
    }
    a.finish();
    b.finish();

    const fromRecords: Problem[] = [];
    for (const r of seen) {
      if (r.problems.length) for (const p of r.problems) fromRecords.push(shiftProblem(p, r.node.offset));
    }
    const duplicates = this.duplicates(visitedHosts);
    const inRanges: Problem[] = [];
    const ranges = b.ranges();
    // One comparison of the ranges per run, then a number per host.
    const key = ranges.sorted.map((x) => `${x.low}-${x.high}`).join(',');
    if (key !== this.rangesKey) {
      this.rangesKey = key;
      this.rangesVersion++;
    }
    const version = this.rangesVersion;
    for (const r of seen) {
      if (!r.hasFixed) continue;
      if (r.rangesVersion !== version) {
        r.rangesVersion = version;
        const found = this.fixedInRanges(r, ranges);
        r.inRanges = found.length ? found : NONE;
      }
      for (const p of r.inRanges) inRanges.push(shiftProblem(p, r.node.offset));
    }
    return [...language.problems, ...fromRecords, ...duplicates, ...failover.problems, ...inRanges];
  }

  private record(top: Statement): HostRecord {
    const sink = this.recordSink;
    sink.problems.length = 0;
    forEachStatementIn(top, (s) => {
      if (!s.parent.plain) this.recordRules.visit(s);
    });
    const base = top.offset;
    const problems = sink.problems.length ? sink.problems.map((p) => shiftProblem(p, -base)) : NONE;
    const hasFixed = top.body!.statements.some((x) => x.kind === 'parameter' && x.keyword.text === 'fixed-address');
    const name = top.kind === 'host' ? top.name : undefined;
    return { node: top, name: name?.text, nameAt: name ? name.offset - base : 0, nameLength: name?.length ?? 0, problems, hasFixed, seen: 0, rangesVersion: -1, inRanges: NONE };
  }

  private fixedInRanges(r: HostRecord, ranges: FailoverRanges): Problem[] {
    if (!ranges.sorted.length) return [];
    const sink = new ProblemSink();
    // The host's contents may lag behind an edit (shift.ts): offsets relative to its keyword
    // are right either way, and the host's own offset is current.
    const top = r.node;
    for (const x of top.body!.statements) {
      if (x.kind !== 'parameter' || x.keyword.text !== 'fixed-address') continue;
      for (const v of x.values) {
        const ip = v.kind === 'ip' ? ipv4ToNumber(v.text) : undefined;
        if (ip !== undefined) fixedAddressInRange(ranges, ip, v.offset - top.keyword.offset, v.length, sink);
      }
    }
    return sink.problems;
  }

  private index(r: HostRecord): void {
    if (r.name === undefined) return;
    const entry = this.byName.get(r.name);
    if (!entry) this.byName.set(r.name, r);
    else {
      if (Array.isArray(entry)) entry.push(r);
      else this.byName.set(r.name, [entry, r]);
      this.duplicated.add(r.name);
    }
  }

  private unindex(r: HostRecord): void {
    if (r.name === undefined) return;
    const entry = this.byName.get(r.name);
    if (!entry) return;
    if (!Array.isArray(entry)) {
      if (entry === r) this.byName.delete(r.name);
      return;
    }
    const i = entry.indexOf(r);
    if (i >= 0) entry.splice(i, 1);
    if (entry.length === 0) this.byName.delete(r.name);
    else if (entry.length === 1) this.byName.set(r.name, entry[0]);
    if (entry.length < 2) this.duplicated.delete(r.name);
  }


  /** Every host whose name an earlier host has, cached or not. */
  private duplicates(visited: ReadonlyMap<string, Host[]>): Problem[] {
    const sink = new ProblemSink();
    const names = new Set(this.duplicated);
    for (const [name, list] of visited) if (list.length > 1 || this.byName.has(name)) names.add(name);
    for (const name of names) {
      const hosts: Array<{ offset: number; length: number; node: Host }> = [];
      const entry = this.byName.get(name);
      for (const r of entry === undefined ? [] : Array.isArray(entry) ? entry : [entry]) hosts.push({ offset: r.node.offset + r.nameAt, length: r.nameLength, node: r.node as Host });
      for (const h of visited.get(name) ?? []) hosts.push({ offset: h.name!.offset, length: h.name!.length, node: h });
      hosts.sort((x, y) => x.offset - y.offset);
      for (let i = 1; i < hosts.length; i++) duplicateHost(hosts[i].node, sink, hosts[i]);
    }
    return sink.problems;
  }
}
