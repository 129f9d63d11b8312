/**
 * The scanner reads plainly written addresses and MACs in one step (the bulk of huge files).
 * That fast path must give exactly the tree and the problems of the token-by-token path, for
 * values written plainly and for every way of writing them otherwise.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '../../server/src/parser/parser';
import { Scanner } from '../../server/src/parser/scanner';
import { runRules } from '../../server/src/services/rules/runner';
import { rng, seeds } from '../fuzz/fuzzer';
import { ROOT } from '../helpers';

/**
 * The whole tree, every field of every node: a parent or an owner is written as where it stands,
 * knowledge entries by name, and arrays whatever their spare capacity.
 */
function tree(doc: unknown): string {
  return JSON.stringify(doc, function (this: unknown, key, value) {
    if (key === 'parent' || key === 'owner') return value && `${value.kind ?? 'block'}@${value.offset}`;
    if (key === 'info') return value?.name;
    // What the fast lane marks, for the rules (compared below by their problems).
    if (key === 'plain') return undefined;
    return value;
  });
}

function dump(text: string, tokensOnly: boolean): string {
  const r = parse(text, { family: 4, tokensOnly });
  // The rules too: a plain host body is checked with its host, the rest one statement at a time.
  const rules = runRules(r.document, 4, text).map((p) => `${p.rule}@${p.offset}+${p.length} ${p.severity}: ${p.message}`);
  const out: string[] = [tree(r.document.body.statements)];
  // In offset order, as every front end shows them: a lookahead in the text instead of a token
  // may report a problem on a later token after, rather than before, one on an earlier token.
  out.push(...[...r.problems].sort((a, b) => a.offset - b.offset).map((p) => `${p.rule}@${p.offset}+${p.length} ${p.severity}: ${p.message}`));
  out.push(...r.document.comments.map((c) => `#@${c.offset}+${c.length}`));
  out.push(tree(r.document.peers), tree(r.document.declarations), ...rules);
  return out.join('\n');
}

const MACS = ['00:11:22:33:44:55', '00:11:22:33:44:5', '0:11:22:33:44:55', 'AA:bb:cc:dd:ee:ff', '00:11 :22:33:44:55', '00: 11:22:33:44:55', '00:11:22:33:44:55:', '00:11:22:33:44:55x', '00:11:22:33:44:555', '00:11:22:33:44', '00:11:22:33:44:55:66:77', 'zz:11:22:33:44:55', '100:11:22:33:44:55', '00:11:22:33:44:55.', '00:11:22:33:44:55# c', '\n  00:11:22:33:44:55', '00:1g', 'ab', 'a', ''];
const IPS = ['10.0.0.1', '10.0.0.255', '10.0.0.256', '010.0.0.1', '10.0.00.1', '10.0.0', '10.0.0.1.5', '10.0.0.1x', '10. 0.0.1', '10 .0.0.1', '1.2.3.4,5.6.7.8', '255.255.255.255', '999.1.1.1', '10.0.0.-1', 'host.example.org', '10', '0.0.0.0', '10.0.0.1# c', '\n 10.0.0.1', '10.0.0.01', '1.2.3.4é', ''];

test('plain values read in one step give the tree and problems of the token path', () => {
  const texts: string[] = [];
  for (const mac of MACS) for (const end of [';', ' ;', '', ';}']) texts.push(`host h { hardware ethernet ${mac}${end} }\n`);
  for (const ip of IPS) {
    for (const end of [';', ' ;', '', ';}']) {
      texts.push(`host h { fixed-address ${ip}${end} }\n`);
      texts.push(`subnet ${ip} netmask 255.255.255.0 { range ${ip} ${ip}${end} option routers ${ip}${end} }\n`);
      texts.push(`option domain-name-servers ${ip}, ${ip}${end}\n`);
    }
  }
  texts.push(`subclass "c" 01:02:03;\nsubclass "c" 1:02:aa;\noption dhcp-client-identifier 01:aa:bb;\n`);
  for (const text of texts) assert.equal(dump(text, false), dump(text, true), text);
});

const HOSTS = [
  'host h { hardware ethernet 00:11:22:33:44:55; fixed-address 10.0.0.1; }',
  'host h {\n  hardware ethernet 00:11:22:33:44:55;\n  fixed-address 10.0.0.1;\n}',
  'host h{hardware ethernet 00:11:22:33:44:55;fixed-address 10.0.0.1;}',
  'host h {}',
  'host h { }\nhost h { }',
  'host h\r\n{\r\n\thardware\tethernet\t00:aa:bb:cc:dd:ee ;\r\n}',
  'host h-1_x { fixed-address 10.0.0.1; fixed-address 10.0.0.2; hardware ethernet 00:11:22:33:44:55; hardware ethernet 00:11:22:33:44:56; }',
  'host 42 { fixed-address 10.0.0.1; }',
  'HOST h { fixed-address 10.0.0.1; }',
  'host H { Hardware ethernet 00:11:22:33:44:55; }',
  'host h { hardware Ethernet 00:11:22:33:44:55; }',
  'host h { hardware token-ring 00:11:22:33:44:55; }',
  'host h { hardware ethernet 00:11:22:33:44; }',
  'host h { hardware ethernet 00:11:22:33:44:55:66; }',
  'host h { hardware ethernet 00:11:22:33:44:AA; }',
  'host h { hardware ethernet 00:11:22:33:44:55 }',
  'host h { hardware ethernet 00:11:22:33:44:55; fixed-address 10.0.0.1, 10.0.0.2; }',
  'host h { fixed-address 10.0.0.1 ; }',
  'host h { fixed-address 010.0.0.1; }',
  'host h { fixed-address h.example.org; }',
  'host h { fixed-address 10.0.0.1 }',
  'host h { fixed-address 10.0.0.1; # comment\n}',
  'host h { # comment\n fixed-address 10.0.0.1; }',
  'host h.example.org { fixed-address 10.0.0.1; }',
  'host h. { fixed-address 10.0.0.1; }',
  'host "h" { fixed-address 10.0.0.1; }',
  'host h { fixed-address 10.0.0.1; option host-name "h"; }',
  'host h { host i { fixed-address 10.0.0.1; } }',
  'host h { fixed-address 10.0.0.1;',
  'host h { fixed-address 10.0.0.1',
  'host h {',
  'host h',
  'host',
  'host h { hardware ethernet 00:11:22:33:44:55; }}',
  'host hé { fixed-address 10.0.0.1; }',
  'host h\0 { fixed-address 10.0.0.1; }',
  'host h { hardware ethernet 00:11:22:33:44:55;; }',
  'host h { hardwareethernet 00:11:22:33:44:55; }',
  'host h { fixed-address10.0.0.1; }',
  'host h { fixed-address 10.0.0.1.; }',
  'host h { fixed-address 10.0.0.1x; }',
  'host h { fixed-address 10.0.0.256; }',
  'group { host h { fixed-address 10.0.0.1; } }',
  'host h { }\nhost h { hardware ethernet 00:11:22:33:44:55; hardware ethernet 00:11:22:33:44:56; }',
  'subnet 10.0.0.0 netmask 255.0.0.0 { host h { fixed-address 10.0.0.1; } }',
];

test('plain hosts read in one step give the tree and problems of the token path', () => {
  for (const host of HOSTS) {
    for (const text of [host, host + '\n', `${host}\nhost z { fixed-address 10.0.0.9; }\n`, `option domain-name "x";\n${host}\n`]) {
      assert.equal(dump(text, false), dump(text, true), text);
    }
  }
});

test('the scanner takes the hosts written plainly, and only those', () => {
  // Right after the first word, as the parser calls it (which also wants that word to be `host`).
  const taken = (text: string): boolean => {
    const s = new Scanner(text);
    s.next();
    return s.plainHost() && text.charCodeAt(s.position - 1) === 125;
  };
  assert.deepEqual(HOSTS.filter(taken), [
    ...HOSTS.slice(0, 9),
    'host h { fixed-address 10.0.0.1 ; }',
    'host h { hardware ethernet 00:11:22:33:44:55; }}',
    'host h { }\nhost h { hardware ethernet 00:11:22:33:44:55; hardware ethernet 00:11:22:33:44:56; }',
  ]);
});

test('the scanner takes the values written plainly, and only those', () => {
  const hex = (text: string): string | false => {
    const s = new Scanner(text);
    return s.plainHexList() && text.slice(s.valueStart, s.position);
  };
  const ip = (text: string): string | false => {
    const s = new Scanner(text);
    return s.plainIPv4() && text.slice(s.valueStart, s.position);
  };
  assert.deepEqual(
    ['00:11:22:33:44:55;', ' \n 0a:1b;', 'ab }', '00:11:22:33:44:55', '00:11 :22;', '00:11 # c', 'AA:bb;', '0:11;', '001:22;', '00:1;', '# c\n00;'].map(hex),
    ['00:11:22:33:44:55', '0a:1b', 'ab', '00:11:22:33:44:55', false, false, false, false, false, false, false],
  );
  assert.deepEqual(
    ['10.0.0.1;', ' 10.0.0.255,', '1.2.3.4.5', '10.0.0.256;', '010.0.0.1;', '10.0.0;', '10. 0.0.1;', '10.0.0.1x;', '0.0.0.0'].map(ip),
    ['10.0.0.1', '10.0.0.255', '1.2.3.4', false, false, false, false, false, '0.0.0.0'],
  );
});

test('plain values read in one step give the tree of the token path on real and fuzzed files', () => {
  const random = rng(5);
  // The seeds, and a list of hosts as huge files write them (what Scanner.plainHost takes).
  const hosts = Array.from({ length: 40 }, (_, i) => `host h${i} {\n  hardware ethernet 00:11:22:33:44:${(i + 16).toString(16)};\n  fixed-address 10.0.0.${i + 1};\n}\n`).join('');
  const files = [...seeds(ROOT), { name: 'hosts', text: hosts }, { name: 'hosts', text: hosts }];
  for (const seed of files) assert.equal(dump(seed.text, false), dump(seed.text, true), seed.name);
  // Cut, doubled and spliced seeds: values broken in every place.
  for (let n = 0; n < 3000; n++) {
    const a = files[Math.floor(random() * files.length)].text;
    const b = files[Math.floor(random() * files.length)].text;
    const i = Math.floor(random() * a.length);
    const j = Math.floor(random() * b.length);
    const text = a.slice(0, i) + b.slice(j, j + Math.floor(random() * 200));
    assert.equal(dump(text, false), dump(text, true), JSON.stringify(text.slice(Math.max(0, i - 80), i + 80)));
  }
});
