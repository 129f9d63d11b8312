/**
 * A mutation fuzzer over the fixtures: deletions, duplications, random tokens, truncations,
 * byte noise. Each case runs every service and checks the invariants:
 * - no exception anywhere (parser, rules, hover, completion, code actions, generator);
 * - every diagnostic lies inside the document;
 * - the generator's output, when it succeeds, parses again without errors.
 * Used by the unit test (a few thousand cases, bounded) and by `npm run fuzz` (as long as you like).
 */
import { mulberry32 } from '../../scripts/mulberry32.mjs';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageService } from '../../server/src/languageService';
import { completion } from '../../server/src/services/completion';
import { hover } from '../../server/src/services/hover';
import { codeActionsFor, toDiagnostics } from '../../server/src/services/lspAdapters';
import { generatePeerConfig, GenerateError } from '../../server/src/failover/generator';

export function seeds(root: string): Array<{ name: string; text: string }> {
  const dirs = ['test/fixtures/rules', 'test/fixtures/generator', 'test/fixtures/mutations', 'examples', 'test/grammar'];
  const out: Array<{ name: string; text: string }> = [];
  for (const d of dirs) {
    const dir = path.join(root, d);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (f.endsWith('.conf')) out.push({ name: `${d}/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') });
    }
  }
  return out;
}

/** A small deterministic PRNG: the shared mulberry32. */
export const rng: (seed: number) => () => number = mulberry32;

const TOKENS = [
  '{', '}', ';', '"', '#', '(', ')', ',', '=', ':', '.', '/', '\u201c', '\u201d', '\u00a0', '\0', '\r', '\n', '\t', '\ufeff',
  'failover', 'peer', 'primary', 'secondary', 'pool', 'subnet', 'netmask', 'range', 'host', 'option', 'if', 'else',
  'include "x.conf"', 'split 300', 'mclt 0', 'port 70000', '10.0.0.1', '2001:db8::1', '255.255.255.0',
  '00:11:22:33:44:55', '99999999999999999999', '-1', 'dynamic-bootp', 'allow', 'deny', 'members of',
  'failover peer "dhcp-failover";', 'load balance max seconds', 'class "c" {', 'subclass', 'key', 'zone',
  // Names a plain object answers from Object.prototype: lookups keyed by the user's words must not.
  'constructor', 'toString', '__proto__', 'constructor(1)',
];

export function mutate(text: string, random: () => number): string {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(random() * a.length)];
  const at = (): number => Math.floor(random() * (text.length + 1));
  switch (Math.floor(random() * 8)) {
    case 0: {
      const a = at();
      return text.slice(0, a) + text.slice(Math.min(text.length, a + 1 + Math.floor(random() * 20)));
    }
    case 1: {
      const a = at();
      const len = Math.floor(random() * 80);
      return text.slice(0, a) + text.slice(a, a + len) + text.slice(a);
    }
    case 2: {
      const a = at();
      return text.slice(0, a) + ' ' + pick(TOKENS) + ' ' + text.slice(a);
    }
    case 3:
      return text.slice(0, at());
    case 4: {
      const a = at();
      return text.slice(0, a) + String.fromCharCode(Math.floor(random() * 0x10000)) + text.slice(a);
    }
    case 5: {
      // Swap two lines.
      const lines = text.split('\n');
      const i = Math.floor(random() * lines.length);
      const j = Math.floor(random() * lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('\n');
    }
    case 6:
      return text.replace(/\n/g, random() < 0.5 ? '\r\n' : '\r');
    default: {
      let out = text;
      for (let k = 0; k < 5; k++) {
        const a = Math.floor(random() * (out.length + 1));
        out = out.slice(0, a) + pick(TOKENS) + out.slice(a);
      }
      return out;
    }
  }
}

export interface FuzzFailure {
  readonly seed: string;
  readonly text: string;
  readonly error: string;
}

const service = new LanguageService({ readFile: () => undefined });

/** Runs one case through every service; returns the broken invariant, if any. */
export function runCase(text: string, random: () => number): string | undefined {
  try {
    const analysis = service.analyze('/fuzz/dhcpd.conf', text, { family: random() < 0.2 ? 6 : 4 });
    const problems = service.problemsForDocument(analysis);
    for (const p of problems) {
      if (!(p.offset >= 0 && p.length >= 0 && p.offset + p.length <= text.length)) {
        return `diagnostic outside the document: ${p.rule} at ${p.offset}+${p.length} (length ${text.length})`;
      }
    }
    const doc = TextDocument.create('file:///fuzz/dhcpd.conf', 'dhcpd', 1, text);
    toDiagnostics(doc, problems);
    for (let k = 0; k < 5; k++) {
      const offset = Math.floor(random() * (text.length + 1));
      const position = doc.positionAt(offset);
      hover(doc, analysis, position, random() < 0.5 ? 'en' : 'fr');
      completion(doc, analysis, position, 'en');
      codeActionsFor(doc, problems, { start: position, end: position });
    }
    for (const target of ['secondary', 'primary'] as const) {
      try {
        const out = generatePeerConfig(analysis, { sourceName: 'fuzz.conf', target });
        const again = service.analyze('/fuzz/generated.conf', out.text, { family: analysis.family });
        const errors = again.problems.filter((p) => p.severity === 'error');
        if (errors.length) return `generated ${target} has errors: ${errors[0].rule}: ${errors[0].message}`;
      } catch (e) {
        if (!(e instanceof GenerateError)) throw e;
      }
    }
  } catch (e) {
    return `exception: ${(e as Error)?.stack ?? e}`;
  }
  return undefined;
}

/** Runs cases until `count` or `seconds`, whichever comes first. */
export function fuzz(root: string, options: { seed: number; count: number; seconds: number }): { cases: number; failures: FuzzFailure[] } {
  const random = rng(options.seed);
  const all = seeds(root);
  const failures: FuzzFailure[] = [];
  const deadline = Date.now() + options.seconds * 1000;
  let cases = 0;
  while (cases < options.count && Date.now() < deadline) {
    const seed = all[Math.floor(random() * all.length)];
    let text = seed.text;
    const rounds = 1 + Math.floor(random() * 3);
    for (let r = 0; r < rounds; r++) text = mutate(text, random);
    const error = runCase(text, random);
    cases++;
    if (error) failures.push({ seed: seed.name, text, error });
  }
  return { cases, failures };
}
