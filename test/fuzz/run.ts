/**
 * `npm run fuzz -- [--seconds N] [--seed S]`: fuzzes until the time is up (default one hour) and
 * writes each failing input to fuzz-failures/ for a regression fixture.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fuzz } from './fuzzer';

const args = process.argv.slice(2);
const arg = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const seconds = arg('--seconds', 3600);
const seed = arg('--seed', Date.now() % 1e9);
const root = path.resolve(__dirname, '..', '..');
const { cases, failures } = fuzz(root, { seed, count: Number.MAX_SAFE_INTEGER, seconds });
const out = path.join(root, 'fuzz-failures');
failures.forEach((f, i) => {
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, `${seed}-${i}.conf`), f.text);
  fs.writeFileSync(path.join(out, `${seed}-${i}.txt`), `${f.seed}\n${f.error}\n`);
});
console.log(`fuzz: seed ${seed}, ${cases} cases in ${seconds} s, ${failures.length} failures${failures.length ? ` (see ${out})` : ''}`);
process.exitCode = failures.length ? 1 : 0;
