/**
 * The `dhcpd/keaMigrate` request of the VS Code client: the migration of the open primary (its
 * secondary derived) as files, or the reason it cannot be done. The client writes the files.
 */
import * as path from 'node:path';
import type { LanguageService } from '../languageService';
import { migratePair } from '../kea/migrate';
import { KeaError } from '../kea/translate';
import type { KeaMigrateResult } from './protocol';

export function keaMigrateRequest(service: LanguageService, file: string, text: string): KeaMigrateResult {
  try {
    const result = migratePair({ service, primary: { file, text, name: path.basename(file) }, options: {}, now: Math.floor(Date.now() / 1000) });
    return { files: [...result.files], mode: result.pair.mode, untranslated: result.pair.untranslated.length };
  } catch (e) {
    if (e instanceof KeaError) return { error: e.message };
    throw e;
  }
}
