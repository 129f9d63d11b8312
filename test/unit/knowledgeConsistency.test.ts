/**
 * One source of truth: each fact about dhcpd.conf is written once in server/src/knowledge, and
 * every other view of it is derived. These tests fail when two views could disagree again: a
 * derived table that no longer matches its source, a list copied instead of read, a scope without
 * a label, a message without its French.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import frBundle from '../../l10n/bundle.l10n.fr.json';
import { inLanguage } from '../../server/src/base/l10n';
import {
  DUID_HARDWARE_TYPES,
  FAILOVER_STATES,
  HARDWARE_TYPES,
  OPTIONS,
  PERMITS,
  PRIMARY_ONLY_FAILOVER_STATEMENTS,
  SERVER_SPECIFIC_STATEMENTS,
  STATEMENTS,
} from '../../server/src/knowledge';
import { NOT_IN_POOL_PERMITS, POOL_AND_SCOPE_PERMITS, POOL_ONLY_PERMITS, SCOPE_RULES } from '../../server/src/knowledge/scopes';
import { STATE_BLOCK, STATE_BLOCK_STATEMENTS } from '../../server/src/knowledge/statements';
import { DECLARATION_SCOPES, SCOPES, type Lang, type Scope, type StatementInfo } from '../../server/src/knowledge/types';
import { ENUMERATIONS } from '../../server/src/parser/values';
import { completion } from '../../server/src/services/completion';
import { scopeLabel, statementDoc } from '../../server/src/services/docs';
import { describeScope } from '../../server/src/services/rules/scopes';
import { analyzeText, ROOT } from '../helpers';

const LANGS: readonly Lang[] = ['en', 'fr'];

function statement(name: string, kind: StatementInfo['kind']): StatementInfo {
  const found = STATEMENTS.filter((s) => s.name === name && s.kind === kind);
  assert.equal(found.length, 1, `exactly one ${kind} "${name}"`);
  return found[0];
}

function completionLabels(textWithCursor: string): string[] {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.replace('|', '');
  const doc = TextDocument.create('file:///test.conf', 'dhcpd', 1, text);
  return completion(doc, analyzeText(text), doc.positionAt(offset), 'en').items.map((i) => i.label);
}

const sorted = (xs: Iterable<string>): string[] => [...xs].sort();

describe('scopes: one table (StatementInfo.scopes and refused), SCOPE_RULES derived', () => {
  it('gives each checked statement one entry, and derives its rule from it', () => {
    const checked = STATEMENTS.filter((s) => s.refused);
    assert.deepEqual(sorted(SCOPE_RULES.keys()), sorted(new Set(checked.map((s) => s.name))), 'a rule for each statement with `refused`, and no other');
    assert.equal(new Set(checked.map((s) => s.name)).size, checked.length, 'one `refused` entry per name');
    for (const s of checked) {
      const rule = SCOPE_RULES.get(s.name)!;
      const apart = s.refused!.checkedApart ?? [];
      assert.deepEqual(sorted(rule.allowed), sorted([...s.scopes, ...apart]), s.name);
      assert.equal(rule.dhcpd, s.refused!.dhcpd, s.name);
      assert.equal(rule.family, s.refused!.familyOnly ? s.family : undefined, s.name);
      if (s.refused!.familyOnly) assert.notEqual(s.family, 'both', `${s.name}: familyOnly needs a family`);
      for (const scope of apart) {
        assert.ok(DECLARATION_SCOPES.includes(scope), `${s.name}: checkedApart ${scope} is a declaration scope`);
        assert.ok(!s.scopes.includes(scope), `${s.name}: ${scope} is either accepted or checked apart`);
      }
    }
  });

  it('leaves no declaration or parameter restricted to some blocks without a check, except those checked elsewhere', () => {
    /** Restricted, yet without `refused`: who checks them instead. */
    const CHECKED_ELSEWHERE: Record<string, string> = {
      'option space': 'validation: "option space definitions may not be scoped."',
      option: 'validation: "option definitions may not be scoped." (the `option` declaration defines an option)',
      'failover peer': 'the reference in a pool: the failover rules',
      'no failover peer': 'the parser reads it in a pool only',
      secret: 'a statement of a key block',
    };
    const unchecked = STATEMENTS.filter(
      (s) => (s.kind === 'declaration' || s.kind === 'parameter') && !s.refused && DECLARATION_SCOPES.some((d) => !s.scopes.includes(d)),
    ).map((s) => s.name);
    assert.deepEqual(sorted(unchecked), sorted(Object.keys(CHECKED_ELSEWHERE)));
  });

  it('uses only the scopes of SCOPES, each of them somewhere, each with a label in both languages', () => {
    const used = new Set<Scope>();
    for (const s of [...STATEMENTS, STATE_BLOCK, ...STATE_BLOCK_STATEMENTS]) {
      for (const scope of s.scopes) {
        assert.ok(SCOPES.includes(scope), `${s.name}: ${scope}`);
        used.add(scope);
      }
    }
    assert.deepEqual(sorted(used), sorted(SCOPES), 'every scope is used');
    for (const scope of SCOPES) {
      for (const lang of LANGS) assert.ok(scopeLabel(scope, lang).length > 0, `${scope} (${lang})`);
      assert.ok(describeScope(scope).length > 0, scope);
    }
    const translated = SCOPES.filter((s) => scopeLabel(s, 'en') !== scopeLabel(s, 'fr'));
    assert.deepEqual(sorted(translated), sorted(['global', 'failover-peer', 'key', 'zone']), 'the scopes named in words are translated; keywords are not');
  });

  it('shows in hover the scopes validation accepts', () => {
    for (const [name, rule] of SCOPE_RULES) {
      const info = STATEMENTS.find((s) => s.name === name && s.refused)!;
      for (const lang of LANGS) {
        const doc = statementDoc(info, lang);
        for (const scope of info.scopes) assert.ok(doc.includes(scopeLabel(scope, lang)), `${name} (${lang}): ${scope}`);
      }
      for (const scope of rule.allowed) assert.ok(info.scopes.includes(scope) || info.refused!.checkedApart?.includes(scope), `${name}: ${scope}`);
    }
  });
});

describe('permits: one table (PermitInfo.where), the sets derived', () => {
  const pool = new Set(PERMITS.filter((p) => p.where === 'pool').map((p) => p.name));
  const scope = new Set(PERMITS.filter((p) => p.where === 'scope').map((p) => p.name));

  it('splits the names by where they are accepted, without overlap', () => {
    assert.deepEqual(sorted([...POOL_ONLY_PERMITS, ...POOL_AND_SCOPE_PERMITS]), sorted(pool));
    assert.deepEqual(sorted([...NOT_IN_POOL_PERMITS, ...POOL_AND_SCOPE_PERMITS]), sorted(scope));
    for (const name of POOL_ONLY_PERMITS) assert.ok(!NOT_IN_POOL_PERMITS.has(name) && !POOL_AND_SCOPE_PERMITS.has(name), name);
    for (const name of NOT_IN_POOL_PERMITS) assert.ok(!POOL_AND_SCOPE_PERMITS.has(name), name);
    assert.deepEqual(sorted(POOL_AND_SCOPE_PERMITS), ['unknown-clients']);
  });

  it('has one entry per (name, where), and completion offers each where it is accepted', () => {
    const keys = PERMITS.map((p) => `${p.name}|${p.where}`);
    assert.equal(new Set(keys).size, keys.length);
    assert.deepEqual(sorted(completionLabels('subnet 10.0.0.0 netmask 255.255.255.0 { pool { allow | } }')), sorted(pool));
    assert.deepEqual(sorted(completionLabels('allow |')), sorted(scope));
  });
});

describe('lists read from knowledge, not copied', () => {
  it('hardware types: the statement, its hover and completion read HARDWARE_TYPES', () => {
    const hardware = statement('hardware', 'parameter');
    assert.equal(hardware.values, HARDWARE_TYPES);
    for (const lang of LANGS) {
      const doc = statementDoc(hardware, lang);
      for (const type of HARDWARE_TYPES) assert.ok(doc.includes(`\`${type}\``), `${type} in the ${lang} hover`);
    }
    assert.deepEqual(completionLabels('host h { hardware | }'), [...HARDWARE_TYPES]);
    for (const type of DUID_HARDWARE_TYPES) assert.ok(HARDWARE_TYPES.includes(type), type);
  });

  it('closed value sets of enumerated parameters are dhcpd\'s enumerations, and completion lists them', () => {
    for (const s of STATEMENTS) {
      const enumeration = /^N([^.]+)\.$/.exec(s.format ?? '')?.[1];
      if (!enumeration) continue;
      assert.deepEqual(s.values, ENUMERATIONS[enumeration], s.name);
      assert.deepEqual(completionLabels(`${s.name} |`), [...s.values!], s.name);
    }
  });

  it('the failover states named in the state-block docs are FAILOVER_STATES', () => {
    for (const lang of LANGS) {
      for (const s of [STATE_BLOCK, ...STATE_BLOCK_STATEMENTS.filter((x) => x.name.endsWith(' state'))]) {
        assert.ok(s.doc[lang].includes(FAILOVER_STATES.join(', ')), `${s.name} (${lang})`);
      }
    }
  });

  it('named statement sets name statements of the table', () => {
    for (const name of PRIMARY_ONLY_FAILOVER_STATEMENTS) statement(name, 'failover');
    for (const name of SERVER_SPECIFIC_STATEMENTS) assert.ok(STATEMENTS.some((s) => s.name === name && s.kind === 'parameter'), name);
  });
});

describe('docs and messages in both languages', () => {
  it('gives every statement, option and permit a doc in English and in French', () => {
    const entries: Array<{ name: string; doc: { en: string; fr: string } }> = [...STATEMENTS, STATE_BLOCK, ...STATE_BLOCK_STATEMENTS, ...OPTIONS, ...PERMITS];
    for (const e of entries) {
      for (const lang of LANGS) assert.ok(e.doc[lang].trim().length > 0, `${e.name}: doc.${lang}`);
    }
  });

  it('translates every message of hover and docs in the language of the request', async () => {
    const url = pathToFileURL(path.join(ROOT, 'scripts', 'extractL10n.mjs')).href;
    const { extractMessages } = (await import(url)) as { extractMessages(root: string): { messages: Map<string, { locations: string[] }> } };
    const french = frBundle as Record<string, string>;
    const ours = [...extractMessages(ROOT).messages].filter(([, m]) => m.locations.some((l) => /services\/(docs|hover)\.ts:/.test(l)));
    assert.ok(ours.length > 20, 'the docs and hover messages are extracted');
    for (const [key] of ours) {
      assert.ok(Object.hasOwn(french, key), `French for ${JSON.stringify(key)}`);
      assert.equal(inLanguage('fr').t(key), french[key], key);
      assert.equal(inLanguage('en').t(key), key, key);
    }
  });

  it('calls every translation function in a form `npm run l10n` extracts (t(...) or l10n.t(...))', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(dir, e.name));
        else if (e.name.endsWith('.ts')) files.push(path.join(dir, e.name));
      }
    };
    walk(path.join(ROOT, 'server', 'src'));
    const hidden: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // `inLanguage(lang).t('...')` or `T.t('...')` would translate nothing the extractor sees.
      for (const m of text.matchAll(/([\w)\]]+)\.t\(/g)) if (m[1] !== 'l10n') hidden.push(`${path.relative(ROOT, file)}: ${m[0]}`);
    }
    assert.deepEqual(hidden, []);
  });
});
