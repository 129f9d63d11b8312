/** Command-line options shared by every subcommand: `--name value`, `--name=value`, `-n value`. */

/** The flag of an argument: `--out=DIR` → `--out`. */
export function flagOf(arg: string): string {
  return arg.startsWith('--') ? arg.split('=')[0] : arg;
}

/**
 * The value of the option at `args[i]`: after its `=`, or the next argument (then `i` moves on,
 * returned as `next`). `usage` makes the error for a missing value.
 */
export function optionValue(args: readonly string[], i: number, usage: (message: string) => Error, missing: string, allowEmpty = true): { value: string; next: number } {
  const a = args[i];
  const eq = a.indexOf('=');
  if (a.startsWith('--') && eq > 0) return { value: a.slice(eq + 1), next: i };
  const v = args[i + 1];
  if (v === undefined || (!allowEmpty && v === '')) throw usage(missing);
  return { value: v, next: i + 1 };
}
