/**
 * Markdown documentation of knowledge entries, in the user's language. Hover and completion
 * both render through here, so the two always say the same thing.
 */
import { inLanguage, type Translator } from '../base/l10n';
import type { Lang, OptionInfo, PermitInfo, Scope, StatementInfo } from '../knowledge/types';

/** `declaration`, `parameter` ... in the heading of a statement's doc. */
function kindLabel(kind: StatementInfo['kind'], l10n: Translator): string {
  switch (kind) {
    case 'declaration':
      return l10n.t('declaration');
    case 'parameter':
      return l10n.t('parameter');
    case 'failover':
      return l10n.t('failover peer statement');
    case 'executable':
      return l10n.t('executable statement');
    case 'zone':
      return l10n.t('zone statement');
  }
}

/** A scope as the docs name it: a declaration scope by its keyword, the others in words. */
export function scopeLabel(scope: Scope, lang: Lang): string {
  const l10n = inLanguage(lang);
  switch (scope) {
    case 'global':
      return l10n.t('global scope');
    case 'failover-peer':
      return l10n.t('failover peer block');
    case 'key':
      return l10n.t('key block');
    case 'zone':
      return l10n.t('zone block');
    case 'event':
      return 'on commit/expiry/release';
    default:
      return scope;
  }
}

/** `Label: value`, with the space French puts before a colon. */
function field(lang: Lang, label: string, value: string): string {
  return `${label}${lang === 'fr' ? '\u00a0: ' : ': '}${value}`;
}

export function statementDoc(info: StatementInfo, lang: Lang): string {
  const l10n = inLanguage(lang);
  const lines: string[] = [];
  lines.push(`**${info.name}** — ${kindLabel(info.kind, l10n)}${info.family === 'both' ? '' : ` (DHCPv${info.family})`}`);
  lines.push('```dhcpd\n' + info.syntax + '\n```');
  lines.push(info.doc[lang]);
  const facts: string[] = [];
  if (info.scopes.length) facts.push(field(lang, l10n.t('Allowed in'), info.scopes.map((s) => scopeLabel(s, lang)).join(', ')));
  if (info.default !== undefined) facts.push(field(lang, l10n.t('Default'), `\`${info.default}\``));
  if (info.range) facts.push(field(lang, l10n.t('Range'), `${info.range[0]}–${info.range[1]}`));
  if (info.values?.length) facts.push(field(lang, l10n.t('Values'), info.values.map((v) => `\`${v}\``).join(', ')));
  if (facts.length) lines.push(facts.join('  \n'));
  return lines.join('\n\n');
}

export function optionDoc(o: OptionInfo, lang: Lang): string {
  const l10n = inLanguage(lang);
  const qualified = o.space === 'dhcp' ? o.name : `${o.space}.${o.name}`;
  const lines: string[] = [];
  lines.push(`**option ${qualified}** — ${l10n.t('option')} DHCPv${o.family}`);
  lines.push('```dhcpd\noption ' + qualified + (o.type ? ' ' + o.type : '') + ';\n```');
  if (o.doc[lang]) lines.push(o.doc[lang]);
  lines.push([field(lang, l10n.t('Code'), String(o.code)), field(lang, l10n.t('Type'), `\`${o.type || 'zero-length'}\``), field(lang, l10n.t('Option space'), `\`${o.space}\``)].join('  \n'));
  return lines.join('\n\n');
}

export function permitDoc(p: PermitInfo, verb: string, lang: Lang): string {
  const l10n = inLanguage(lang);
  const arg = p.argument === 'class-name' ? ' "class"' : p.argument === 'date' ? ' date' : '';
  return [
    `**${verb} ${p.name}** — ${l10n.t('permit')}`,
    '```dhcpd\n' + `${verb} ${p.name}${arg};` + '\n```',
    p.doc[lang],
    p.where === 'pool' ? l10n.t('In a pool: who may get an address from it.') : l10n.t('Outside pools: turns a server behaviour on or off.'),
  ].join('\n\n');
}
