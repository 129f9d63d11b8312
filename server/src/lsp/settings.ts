/**
 * The `dhcpd.*` settings of a document, asked of the client once per document and kept until
 * the configuration changes (or the default ones, for a client that cannot be asked).
 */
import type { Connection } from 'vscode-languageserver/node';
import type { Locale } from '../base/l10n';
import type { Family } from '../knowledge/types';
import type { LintSettings } from '../services/lintRules';

export interface Settings {
  family: 'auto' | '4' | '6';
  documentation: { language: 'auto' | 'en' | 'fr' };
  lint: LintSettings;
  failover: { peerFile: string };
  validation: { dhcpdPath: string };
}

export const DEFAULT_SETTINGS: Settings = {
  family: 'auto',
  documentation: { language: 'auto' },
  lint: {},
  failover: { peerFile: '' },
  validation: { dhcpdPath: '' },
};

/** The family the settings impose, or undefined to detect it. */
export function familyOf(settings: Settings): Family | undefined {
  return settings.family === '4' || settings.family === '6' ? (Number(settings.family) as Family) : undefined;
}

/** The language of hover and completion docs: the setting, or the client's. */
export function docLanguage(settings: Settings, clientLocale: Locale): Locale {
  const l = settings.documentation?.language;
  return l === 'en' || l === 'fr' ? l : clientLocale;
}

export class SettingsCache {
  /** Whether the client answers `workspace/configuration` (set at initialize). */
  enabled = false;
  private readonly cache = new Map<string, Promise<Settings>>();

  constructor(private readonly connection: Connection) {}

  async get(uri: string): Promise<Settings> {
    if (!this.enabled) return Promise.resolve(DEFAULT_SETTINGS);
    let s = this.cache.get(uri);
    if (!s) {
      s = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'dhcpd' })
        .then((c: Partial<Settings> | null) => ({ ...DEFAULT_SETTINGS, ...(c ?? {}) }))
        .catch(() => DEFAULT_SETTINGS);
      this.cache.set(uri, s);
    }
    return s;
  }

  clear(): void {
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
