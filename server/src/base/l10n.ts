/**
 * Runtime strings in English and French. Messages are written in English in the code, as
 * `t('Unknown option {0}', name)`, and translated by the bundle in `l10n/bundle.l10n.fr.json`,
 * the convention of `@vscode/l10n`. Front ends call `setLocale` once, before any other work.
 */
import * as l10n from '@vscode/l10n';
import frBundle from '../../../l10n/bundle.l10n.fr.json';

export type Locale = 'en' | 'fr';

let current: Locale = 'en';

/** `fr`, `fr-FR`, `fr-ca` all mean French; anything else is English. */
export function normalizeLocale(locale: string | undefined): Locale {
  return locale && /^fr\b/i.test(locale) ? 'fr' : 'en';
}

/** Messages without arguments are looked up once per locale: the parser asks for them often. */
let plain = new Map<string, string>();

export function setLocale(locale: string | undefined): Locale {
  current = normalizeLocale(locale);
  plain = new Map();
  l10n.config({ contents: current === 'fr' ? (frBundle as Record<string, string>) : {} });
  return current;
}

export function getLocale(): Locale {
  return current;
}

export function t(message: string, ...args: Array<string | number>): string {
  if (args.length === 0) {
    let cached = plain.get(message);
    if (cached === undefined) plain.set(message, (cached = l10n.t(message)));
    return cached;
  }
  return l10n.t(message, ...args);
}

/** `t` bound to one language. */
export interface Translator {
  t(message: string, ...args: Array<string | number>): string;
}

/** `{0}`, `{1}` ... replaced as @vscode/l10n does; a message without arguments is left as it is. */
function format(template: string, args: Array<string | number>): string {
  return args.length === 0 ? template : template.replace(/\{([^}]+)\}/g, (match, i: string) => String(args[Number(i)] ?? match));
}

const french = frBundle as Record<string, string>;

const translators: Record<Locale, Translator> = {
  en: { t: (message, ...args) => format(message, args) },
  fr: { t: (message, ...args) => format(Object.hasOwn(french, message) ? french[message] : message, args) },
};

/**
 * The messages in a given language rather than the locale set at startup, for the answers that
 * follow the language of their request (hover, completion docs). Same bundle as `t`. Name the
 * result `l10n` so that `npm run l10n` finds the messages: `const l10n = inLanguage(lang); l10n.t('Default')`.
 */
export function inLanguage(locale: Locale): Translator {
  return translators[locale];
}
