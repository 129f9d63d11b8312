/**
 * Markdown documentation of knowledge entries, in the user's language. Hover and completion
 * both render through here, so the two always say the same thing.
 */
import type { Lang, OptionInfo, PermitInfo, Scope, StatementInfo } from '../knowledge/types';

const LABELS = {
  en: {
    syntax: 'Syntax',
    allowed: 'Allowed in',
    default: 'Default',
    range: 'Range',
    values: 'Values',
    code: 'Code',
    type: 'Type',
    space: 'Option space',
    family: 'DHCPv',
    permit: 'permit',
    option: 'option',
    kinds: {
      declaration: 'declaration',
      parameter: 'parameter',
      failover: 'failover peer statement',
      executable: 'executable statement',
      zone: 'zone statement',
    },
    scopes: {
      global: 'global scope',
      'shared-network': 'shared-network',
      subnet: 'subnet',
      subnet6: 'subnet6',
      pool: 'pool',
      pool6: 'pool6',
      host: 'host',
      group: 'group',
      class: 'class',
      subclass: 'subclass',
      'failover-peer': 'failover peer block',
      key: 'key block',
      zone: 'zone block',
      event: 'on commit/expiry/release',
    } as Record<Scope, string>,
    poolPermit: 'In a pool: who may get an address from it.',
    scopePermit: 'Outside pools: turns a server behaviour on or off.',
  },
  fr: {
    syntax: 'Syntaxe',
    allowed: 'Autorisé dans',
    default: 'Par défaut',
    range: 'Plage',
    values: 'Valeurs',
    code: 'Code',
    type: 'Type',
    space: "Espace d'options",
    family: 'DHCPv',
    permit: 'permission',
    option: 'option',
    kinds: {
      declaration: 'déclaration',
      parameter: 'paramètre',
      failover: 'instruction de failover peer',
      executable: 'instruction exécutable',
      zone: 'instruction de zone',
    },
    scopes: {
      global: 'portée globale',
      'shared-network': 'shared-network',
      subnet: 'subnet',
      subnet6: 'subnet6',
      pool: 'pool',
      pool6: 'pool6',
      host: 'host',
      group: 'group',
      class: 'class',
      subclass: 'subclass',
      'failover-peer': 'bloc failover peer',
      key: 'bloc key',
      zone: 'bloc zone',
      event: 'on commit/expiry/release',
    } as Record<Scope, string>,
    poolPermit: "Dans un pool : qui peut en obtenir une adresse.",
    scopePermit: 'Hors des pools : active ou désactive un comportement du serveur.',
  },
} as const;

export function labels(lang: Lang) {
  return LABELS[lang];
}

/** `Label: value`, with the space French puts before a colon. */
function field(lang: Lang, label: string, value: string): string {
  return `${label}${lang === 'fr' ? '\u00a0: ' : ': '}${value}`;
}

export function statementDoc(info: StatementInfo, lang: Lang): string {
  const L = LABELS[lang];
  const lines: string[] = [];
  lines.push(`**${info.name}** — ${L.kinds[info.kind]}${info.family === 'both' ? '' : ` (${L.family}${info.family})`}`);
  lines.push('```dhcpd\n' + info.syntax + '\n```');
  lines.push(info.doc[lang]);
  const facts: string[] = [];
  if (info.scopes.length) facts.push(field(lang, L.allowed, info.scopes.map((s) => L.scopes[s] ?? s).join(', ')));
  if (info.default !== undefined) facts.push(field(lang, L.default, `\`${info.default}\``));
  if (info.range) facts.push(field(lang, L.range, `${info.range[0]}–${info.range[1]}`));
  if (info.values?.length) facts.push(field(lang, L.values, info.values.map((v) => `\`${v}\``).join(', ')));
  if (facts.length) lines.push(facts.join('  \n'));
  return lines.join('\n\n');
}

export function optionDoc(o: OptionInfo, lang: Lang): string {
  const L = LABELS[lang];
  const qualified = o.space === 'dhcp' ? o.name : `${o.space}.${o.name}`;
  const lines: string[] = [];
  lines.push(`**option ${qualified}** — ${L.option} ${L.family}${o.family}`);
  lines.push('```dhcpd\noption ' + qualified + (o.type ? ' ' + o.type : '') + ';\n```');
  if (o.doc[lang]) lines.push(o.doc[lang]);
  lines.push([field(lang, L.code, String(o.code)), field(lang, L.type, `\`${o.type || 'zero-length'}\``), field(lang, L.space, `\`${o.space}\``)].join('  \n'));
  return lines.join('\n\n');
}

export function permitDoc(p: PermitInfo, verb: string, lang: Lang): string {
  const L = LABELS[lang];
  const arg = p.argument === 'class-name' ? ' "class"' : p.argument === 'date' ? ' date' : '';
  return [
    `**${verb} ${p.name}** — ${L.permit}`,
    '```dhcpd\n' + `${verb} ${p.name}${arg};` + '\n```',
    p.doc[lang],
    p.where === 'pool' ? L.poolPermit : L.scopePermit,
  ].join('\n\n');
}
