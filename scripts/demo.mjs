// `npm start`: shows the product working on the examples: the .vsix that was built, then the
// CLI on a correct primary and on a secondary with the usual mistakes.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

const vsix = 'dhcpd-conf.vsix';
console.log(`\n${vsix}: ${(statSync(vsix).size / 1024).toFixed(0)} KiB — install with: code --install-extension ${vsix}\n`);
for (const file of ['examples/primary.dhcpd.conf', 'examples/broken-secondary.dhcpd.conf']) {
  console.log(`$ dhcpd-conf check ${file}`);
  try {
    const out = execFileSync(process.execPath, ['dist/cli.js', 'check', file], { encoding: 'utf8' });
    console.log(out || '(no problems)');
  } catch (e) {
    console.log(e.stdout);
    console.log(`(exit ${e.status}: dhcpd -t would refuse this file)`);
  }
}

console.log('$ dhcpd-conf secondary examples/primary.dhcpd.conf   (the matching secondary, made from the primary)');
const secondary = execFileSync(process.execPath, ['dist/cli.js', 'secondary', 'examples/primary.dhcpd.conf'], { encoding: 'utf8' });
console.log(secondary.split('\n').slice(0, 24).join('\n') + '\n...');
