// Generates the benchmark configurations: a failover primary with one peer, 200 subnets with
// failover pools, and N hosts. `node bench/generate.mjs [hosts...]` writes bench/generated/hosts-N.conf.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function generate(hosts) {
  const out = [];
  out.push('# Benchmark primary: one failover peer, 200 subnets with failover pools, ' + hosts + ' hosts.');
  out.push('authoritative;', 'ddns-update-style none;', 'default-lease-time 600;', 'max-lease-time 7200;', '');
  out.push('failover peer "bench" {', '  primary;', '  address 10.255.255.1;', '  port 647;', '  peer address 10.255.255.2;',
    '  peer port 647;', '  max-response-delay 30;', '  max-unacked-updates 10;', '  load balance max seconds 3;', '  mclt 1800;', '  split 128;', '}', '');
  for (let s = 0; s < 200; s++) {
    const a = 10 + Math.floor(s / 250);
    const b = s % 250;
    out.push(`subnet ${a}.${b}.0.0 netmask 255.255.0.0 {`, `  option routers ${a}.${b}.0.1;`, '  pool {', '    failover peer "bench";',
      `    range ${a}.${b}.0.100 ${a}.${b}.0.250;`, '  }', '}');
  }
  out.push('');
  for (let h = 0; h < hosts; h++) {
    const s = h % 200;
    const a = 10 + Math.floor(s / 250);
    const b = s % 250;
    const n = Math.floor(h / 200);
    const mac = [0x02, (h >>> 24) & 255, (h >>> 16) & 255, (h >>> 8) & 255, h & 255, 0x42].map((x) => x.toString(16).padStart(2, '0')).join(':');
    out.push(`host host-${h} {`, `  hardware ethernet ${mac};`, `  fixed-address ${a}.${b}.${1 + Math.floor(n / 250)}.${n % 250 + 1};`, '}');
  }
  return out.join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number);
  const dir = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'generated');
  mkdirSync(dir, { recursive: true });
  for (const n of sizes.length ? sizes : [1000, 20000, 100000]) {
    const file = join(dir, `hosts-${n}.conf`);
    writeFileSync(file, generate(n));
    console.log(file);
  }
}
