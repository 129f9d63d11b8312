/**
 * Declarations and their uses: classes and subclasses, keys and zones, permits, option spaces and
 * encapsulation. Names must be declared before they are used, as dhcpd reads the file once.
 */
import { NOT_IN_POOL_PERMITS, POOL_AND_SCOPE_PERMITS, POOL_ONLY_PERMITS } from '../../knowledge/scopes';
import { OPTIONS } from '../../knowledge';
import type { Scope } from '../../knowledge/types';
import { t } from '../../base/l10n';
import type { Statement, Value } from '../../parser/nodes';
import type { ProblemSink, RuleVisitor } from './sink';

export interface DeclarationRules extends RuleVisitor {
  visit(s: Statement, scope?: Scope | 'conditional'): void;
}

export function declarationRules(sink: ProblemSink): DeclarationRules {
  const classes = new Set<string>();
  const keys = new Set<string>();
  const omapiKeys: Statement[] = [];
  // Option spaces that an option already encapsulates: the built-in ones, then the file's.
  const encapsulated = new Set(builtInEncapsulations());
  const visit = (s: Statement, scope: Scope | 'conditional' = 'global'): void => {
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
      case 'class':
        if (s.name) classes.add(s.name.text);
        checkClassMatches(s, sink);
        break;
      case 'subclass':
        for (const x of s.body?.statements ?? []) {
          if (x.kind !== 'match' || s.keyword.text !== 'subclass') continue;
          sink.add('notAllowedHere', x.keyword, x.keyword.text === 'spawn with'
            ? t('A subclass cannot have its own `spawn with` (dhcpd: "invalid spawn in subclass.").')
            : t('A subclass cannot have its own `match` (dhcpd: "invalid match in subclass.").'));
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
      case 'parameter':
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

function normalizeKeyName(name: string): string {
  return name.replace(/\.$/, '').toLowerCase();
}

function checkPermit(s: Statement & { kind: 'permit' }, scope: Scope | 'conditional', classes: Set<string>, sink: ProblemSink): void {
  const name = s.permit?.text;
  if (!name) return;
  // In a pool, `ignore X` is the server flag X, not a pool permit: only allow/deny are permits there.
  const inPool = (scope === 'pool' || scope === 'pool6') && s.verb !== 'ignore';
  if (inPool && NOT_IN_POOL_PERMITS.has(name)) {
    sink.add('notAllowedHere', s.permit!, t('`{0} {1}` is not a pool permit (dhcpd: "expecting permit type.").', s.verb, name));
  } else if (!inPool && scope === 'conditional' && POOL_ONLY_PERMITS.has(name)) {
    // Even in a conditional inside a pool: dhcpd reads pool permits only in the pool's own body.
    sink.add('notAllowedHere', s.permit!, t('`{0} {1}` is a pool permit: it stands directly in a pool, not inside `{2}` (dhcpd: "expecting allow/deny key").', s.verb, name, (s.parent.owner as Statement).keyword.text));
  } else if (!inPool && POOL_ONLY_PERMITS.has(name)) {
    sink.add('notAllowedHere', s.permit!, t('`{0} {1}` is only allowed in a pool (dhcpd: "expecting allow/deny key").', s.verb, name));
  } else if (!inPool && !NOT_IN_POOL_PERMITS.has(name) && !POOL_AND_SCOPE_PERMITS.has(name) && !POOL_ONLY_PERMITS.has(name)) {
    sink.add('invalidValue', s.permit!, t('Unknown permit `{0}` (dhcpd: "expecting allow/deny key").', name));
  } else if (inPool && !POOL_ONLY_PERMITS.has(name) && !POOL_AND_SCOPE_PERMITS.has(name)) {
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
