/** The user's severity settings (`dhcpd.lint`, `--rule`), applied to the findings. */
import type { Severity } from '../knowledge/rules';
import type { Problem } from '../parser/problems';

export type SeveritySetting = Severity | 'ignore';

export type LintSettings = Partial<Record<string, SeveritySetting>>;

/** Applies the user's severity settings; drops the ignored. */
export function applyLintSettings(problems: readonly Problem[], settings: LintSettings | undefined): Problem[] {
  if (!settings || Object.keys(settings).length === 0) return problems.slice();
  const out: Problem[] = [];
  for (const p of problems) {
    const s = settings[p.rule];
    if (s === 'ignore') continue;
    out.push(s && s !== p.severity ? { ...p, severity: s } : p);
  }
  return out;
}
