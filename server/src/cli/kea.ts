/**
 * `dhcpd-conf kea --out DIR [--leases FILE] [--ha-port N] [--peer NAME] [--hooks-dir DIR] [--force] PRIMARY [SECONDARY]`.
 * Exit 0 written; 1 an input has errors or the pair is inconsistent (nothing written); 2 usage.
 */
import { flagOf, optionValue } from './args';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LanguageService } from '../languageService';
import { readTextFile } from '../base/textFile';
import { migratePair } from '../kea/migrate';
import { KeaError, type Role } from '../kea/translate';
import { t } from '../base/l10n';

interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly cwd: string;
}

interface Helpers {
  readonly readConfig: (file: string, io: never) => { abs: string; text: string };
  readonly usage: (message: string) => Error;
}

const host = {
  readFile(file: string): string | undefined {
    try {
      return fs.statSync(file).isFile() ? readTextFile(file) : undefined;
    } catch {
      return undefined;
    }
  },
};

export function runKea(args: string[], io: Io, helpers: Helpers): number {
  let out: string | undefined;
  let leases: string | undefined;
  let haPort: number | undefined;
  let peer: string | undefined;
  let hooksDir: string | undefined;
  let force = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (): string => {
      const r = optionValue(args, i, (m) => helpers.usage(m), t('{0} needs a value', a), false);
      i = r.next;
      return r.value;
    };
    const flag = flagOf(a);
    switch (flag) {
      case '--out':
      case '-o':
        out = value();
        break;
      case '--leases':
        leases = value();
        break;
      case '--ha-port': {
        const v = value();
        haPort = Number(v);
        if (!/^\d+$/.test(v) || haPort < 1 || haPort > 65535) throw helpers.usage(t('--ha-port takes a port number (1-65535), not {0}', v));
        break;
      }
      case '--peer':
        peer = value();
        break;
      case '--hooks-dir':
        hooksDir = value();
        break;
      case '--force':
        force = true;
        break;
      case '--locale':
        value();
        break;
      default:
        if (a.startsWith('-')) throw helpers.usage(t('unknown option {0}', a));
        files.push(a);
    }
  }
  if (!out) throw helpers.usage(t('kea needs --out DIR'));
  if (files.length < 1 || files.length > 2) throw helpers.usage(t('kea takes PRIMARY [SECONDARY]'));
  const outDir = path.resolve(io.cwd, out);
  const [p, s] = files.map((f) => helpers.readConfig(f, io as never));
  let leaseText: string | undefined;
  if (leases) {
    try {
      leaseText = fs.readFileSync(path.resolve(io.cwd, leases), 'utf8');
    } catch (e) {
      io.stderr(t('dhcpd-conf: cannot read {0}: {1}', leases, (e as Error).message) + '\n');
      return 2;
    }
  }
  const leaseFile = (role: Role): string => (leaseText !== undefined ? path.join(outDir, role, 'kea-leases4.csv') : '/var/lib/kea/kea-leases4.csv');
  let result;
  try {
    result = migratePair({
      service: new LanguageService(host),
      primary: { file: p.abs, text: p.text, name: files[0] },
      secondary: s ? { file: s.abs, text: s.text, name: files[1] } : undefined,
      leases: leaseText !== undefined ? { text: leaseText, name: leases! } : undefined,
      options: { peer, haPort, hooksDir: hooksDir ? path.resolve(io.cwd, hooksDir) : undefined, leaseFile },
      now: Math.floor(Date.now() / 1000),
    });
  } catch (e) {
    if (e instanceof KeaError) {
      io.stderr(`dhcpd-conf: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const existing = [...result.files.keys()].filter((f) => fs.existsSync(path.join(outDir, f)));
  if (existing.length && !force) {
    io.stderr(t('dhcpd-conf: {0} exists; not overwritten (use --force to replace it).', existing.map((f) => path.join(out!, f)).join(', ')) + '\n');
    return 1;
  }
  for (const [rel, content] of result.files) {
    const file = path.join(outDir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    fs.writeFileSync(tmp, content, { mode: 0o644 });
    fs.renameSync(tmp, file);
  }
  io.stdout([...result.files.keys()].map((f) => path.join(out!, f)).join('\n') + '\n');
  io.stderr(t('dhcpd-conf: Kea HA {0}, {1} statement(s) not translated (see {2}).', result.pair.mode, result.pair.untranslated.length, path.join(out, 'MIGRATION.md')) + '\n');
  return 0;
}
