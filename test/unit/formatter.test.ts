/**
 * The formatter: exact output on the layouts people write, white space as the only change,
 * idempotence on every fixture and example, line endings, range and on-type formatting.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { format, formatText, onTypeFormat, sameTokens, type FormatOptions } from '../../server/src/services/formatter';
import { analyzeText, familyOfFixture, FIXTURES, ROOT } from '../helpers';

const SPACES: FormatOptions = { tabSize: 2, insertSpaces: true };
const TABS: FormatOptions = { tabSize: 4, insertSpaces: false };

const fmt = (lines: string[], options = SPACES): string[] => formatText(lines.join('\n'), 4, options).split('\n');

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///test/dhcpd.conf', 'dhcpd', 1, text), edits);
}

const MESSY = [
  '   # Primary server   ',
  'authoritative; ddns-update-style none;   ',
  '',
  '',
  '',
  'failover peer "dhcp-failover" {',
  'primary; # the primary',
  '        address 10.0.0.1;',
  '   peer address 10.0.0.2; mclt 1800; }',
  'subnet 10.0.0.0 netmask 255.255.255.0 { option routers 10.0.0.1;',
  '\tpool {',
  '    failover peer "dhcp-failover";',
  '          range 10.0.0.100 10.0.0.200;',
  '  }',
  '  option domain-name-servers 10.0.0.53,',
  '10.0.0.54;',
  '    host a { hardware ethernet 00:11:22:33:44:55; fixed-address 10.0.0.5; } host b { fixed-address 10.0.0.6; }',
  '}',
  '',
  '',
];

const MESSY_FORMATTED = [
  '# Primary server',
  'authoritative;',
  'ddns-update-style none;',
  '',
  'failover peer "dhcp-failover" {',
  '  primary; # the primary',
  '  address 10.0.0.1;',
  '  peer address 10.0.0.2;',
  '  mclt 1800;',
  '}',
  'subnet 10.0.0.0 netmask 255.255.255.0 {',
  '  option routers 10.0.0.1;',
  '  pool {',
  '    failover peer "dhcp-failover";',
  '    range 10.0.0.100 10.0.0.200;',
  '  }',
  '  option domain-name-servers 10.0.0.53,',
  '    10.0.0.54;',
  '  host a { hardware ethernet 00:11:22:33:44:55; fixed-address 10.0.0.5; }',
  '  host b { fixed-address 10.0.0.6; }',
  '}',
  '',
];

test('canonical layout: indentation, one statement per line, one-line blocks kept, blank runs collapsed', () => {
  assert.deepEqual(fmt(MESSY), MESSY_FORMATTED);
});

test('indentation with tabs when the editor asks for tabs', () => {
  assert.deepEqual(fmt(['subnet 10.0.0.0 netmask 255.255.255.0 {', '  pool {', '        range 10.0.0.5 10.0.0.6;', '  }', '}'], TABS), [
    'subnet 10.0.0.0 netmask 255.255.255.0 {',
    '\tpool {',
    '\t\trange 10.0.0.5 10.0.0.6;',
    '\t}',
    '}',
  ]);
});

test('the tab size sets the width of a level', () => {
  assert.deepEqual(fmt(['group {', 'host a { fixed-address 10.0.0.1; }', '}'], { tabSize: 4, insertSpaces: true }), ['group {', '    host a { fixed-address 10.0.0.1; }', '}']);
});

test('formatting is idempotent', () => {
  const once = formatText(MESSY.join('\n'), 4, SPACES);
  assert.equal(formatText(once, 4, SPACES), once);
  assert.deepEqual(format(once, undefined, SPACES), []);
});

test('strings are never touched, even across lines; a comment keeps its text but loses trailing blanks', () => {
  const text = 'subnet 10.0.0.0 netmask 255.255.255.0 {\n    option domain-name "a   \n      b";   \n      # note:   spaced   \t\n}\n';
  assert.equal(formatText(text, 4, SPACES), 'subnet 10.0.0.0 netmask 255.255.255.0 {\n  option domain-name "a   \n      b";\n  # note:   spaced\n}\n');
});

test('spacing inside a line is kept (aligned columns), only the indentation changes', () => {
  assert.deepEqual(fmt(['subnet 10.0.0.0 netmask 255.255.255.0 {', 'option routers      10.0.0.1;   # gw', 'option subnet-mask  255.255.255.0;', '}']), [
    'subnet 10.0.0.0 netmask 255.255.255.0 {',
    '  option routers      10.0.0.1;   # gw',
    '  option subnet-mask  255.255.255.0;',
    '}',
  ]);
});

test('a brace on its own line, `} else {`, continuation lines, `key {…};`', () => {
  assert.deepEqual(
    fmt([
      'pool',
      '{',
      'range 10.0.0.5 10.0.0.6;',
      '}',
      'if option host-name = "a" {',
      'option routers 10.0.0.1; } elsif option host-name = "b" { option routers 10.0.0.2;',
      '} else {',
      'option routers',
      '10.0.0.3;',
      '}',
      'key k { algorithm hmac-md5; secret "c2VjcmV0"; }; authoritative;',
    ]),
    [
      'pool',
      '{',
      '  range 10.0.0.5 10.0.0.6;',
      '}',
      'if option host-name = "a" {',
      '  option routers 10.0.0.1;',
      '} elsif option host-name = "b" {',
      '  option routers 10.0.0.2;',
      '} else {',
      '  option routers',
      '    10.0.0.3;',
      '}',
      'key k { algorithm hmac-md5; secret "c2VjcmV0"; };',
      'authoritative;',
    ],
  );
});

test('switch: case labels at the block level, their statements one level under', () => {
  assert.deepEqual(
    fmt(['switch (option user-class) {', 'case "accounting":', 'add "acct";', 'break;', 'default:', 'if exists host-name {', 'log (info, "x");', '}', '}']),
    [
      'switch (option user-class) {',
      '  case "accounting":',
      '    add "acct";',
      '    break;',
      '  default:',
      '    if exists host-name {',
      '      log (info, "x");',
      '    }',
      '}',
    ],
  );
});

test('comments follow the indentation of the statements around them', () => {
  assert.deepEqual(fmt(['subnet 10.0.0.0 netmask 255.255.255.0 { # the LAN', '# the gateway', '      option routers 10.0.0.1;', '# end', '}']), [
    'subnet 10.0.0.0 netmask 255.255.255.0 { # the LAN',
    '  # the gateway',
    '  option routers 10.0.0.1;',
    '  # end',
    '}',
  ]);
});

test('nested one-line blocks stay on one line', () => {
  const line = 'subnet 10.3.0.0 netmask 255.255.255.0 { pool { failover peer "crlf"; range 10.3.0.10 10.3.0.20; } }';
  assert.deepEqual(fmt([line, '']), [line, '']);
});

test('a line dhcpd skips (`%` …) is never split', () => {
  assert.deepEqual(fmt(['authoritative; % skipped; still skipped;', 'default-lease-time 600;']), [
    'authoritative;',
    '% skipped; still skipped;',
    'default-lease-time 600;',
  ]);
});

test('the final line break is kept when there is one and not added when there is none', () => {
  assert.equal(formatText('authoritative;   \n\n\n', 4, SPACES), 'authoritative;\n');
  assert.equal(formatText('authoritative;   ', 4, SPACES), 'authoritative;');
  assert.equal(formatText('\n\n  authoritative;\n', 4, SPACES), 'authoritative;\n');
  assert.equal(formatText('', 4, SPACES), '');
});

test('a byte-order mark stays first; form feeds and other odd white space stay with their line', () => {
  assert.equal(formatText('\uFEFF  authoritative;\n', 4, SPACES), '\uFEFFauthoritative;\n');
  const odd = 'group {\n\f  authoritative; default-lease-time 600;\v max-lease-time 7200;\n}\n';
  assert.equal(formatText(odd, 4, SPACES), 'group {\n\f  authoritative;\n  default-lease-time 600;\v max-lease-time 7200;\n}\n');
});

test('CRLF files stay CRLF, new line breaks included', () => {
  const text = 'subnet 10.0.0.0 netmask 255.255.255.0 {\r\noption routers 10.0.0.1; option domain-name "x";\r\n\r\n\r\n}\r\n';
  assert.equal(formatText(text, 4, SPACES), 'subnet 10.0.0.0 netmask 255.255.255.0 {\r\n  option routers 10.0.0.1;\r\n  option domain-name "x";\r\n\r\n}\r\n');
});

test('broken files format too: an unclosed block, a stray `}`, a missing `;`', () => {
  assert.deepEqual(fmt(['}', 'subnet 10.0.0.0 netmask 255.255.255.0 {', 'default-lease-time 600', 'max-lease-time 7200;', 'pool {', 'range 10.0.0.5 10.0.0.6;']), [
    '}',
    'subnet 10.0.0.0 netmask 255.255.255.0 {',
    '  default-lease-time 600',
    '    max-lease-time 7200;',
    '  pool {',
    '    range 10.0.0.5 10.0.0.6;',
  ]);
});

test('format returns LSP edits that give the formatted text, and none on a formatted text', () => {
  const text = MESSY.join('\n');
  const edits = format(text, analyzeText(text), SPACES);
  assert.equal(apply(text, edits), MESSY_FORMATTED.join('\n'));
  assert.deepEqual(edits.slice(0, 2), [
    { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, newText: '' },
    { range: { start: { line: 0, character: 19 }, end: { line: 0, character: 22 } }, newText: '' },
  ]);
});

test('range formatting changes only the lines of the range', () => {
  const text = ['subnet 10.0.0.0 netmask 255.255.255.0 {', 'option routers 10.0.0.1;   ', 'pool {', 'range 10.0.0.5 10.0.0.6; allow unknown-clients;', '}', '}'].join('\n');
  const edits = format(text, analyzeText(text), SPACES, { start: { line: 2, character: 0 }, end: { line: 4, character: 0 } });
  assert.equal(
    apply(text, edits),
    ['subnet 10.0.0.0 netmask 255.255.255.0 {', 'option routers 10.0.0.1;   ', '  pool {', '    range 10.0.0.5 10.0.0.6;', '    allow unknown-clients;', '}', '}'].join('\n'),
  );
  for (const e of edits) assert.ok(e.range.start.line >= 2 && e.range.end.line <= 3, JSON.stringify(e));
});

test('on-type formatting after `}` and `;` reindents the current line only', () => {
  const text = 'subnet 10.0.0.0 netmask 255.255.255.0 {\n pool {\nrange 10.0.0.5 10.0.0.6;\n        }\n';
  assert.deepEqual(onTypeFormat(text, undefined, { line: 3, character: 9 }, '}', SPACES), [
    { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 8 } }, newText: '  ' },
  ]);
  assert.deepEqual(onTypeFormat(text, undefined, { line: 2, character: 24 }, ';', SPACES), [
    { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '    ' },
  ]);
  assert.deepEqual(onTypeFormat(text, undefined, { line: 2, character: 24 }, '\n', SPACES), []);
});

test('sameTokens: white space between tokens may change, nothing else', () => {
  assert.equal(sameTokens('a  b;\n', 'a\n  b;'), true);
  assert.equal(sameTokens('# c  \n', '# c\n'), true);
  assert.equal(sameTokens('a b', 'ab'), false);
  assert.equal(sameTokens('"x y"', '"x  y"'), false);
  assert.equal(sameTokens('# x y', '# x  y'), false);
});

/** Every configuration file of the repository: rule fixtures, mutations, generator outputs, examples. */
function repositoryFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.conf')) out.push(full);
    }
  };
  walk(FIXTURES);
  walk(path.join(ROOT, 'examples'));
  return out.sort();
}

const noSpace = (s: string): string => s.replace(/\s+/g, '');

test('every fixture and example: white space only, idempotent, with spaces and with tabs', () => {
  const files = repositoryFiles();
  assert.ok(files.length > 600, `found ${files.length} files`);
  const failures: string[] = [];
  let changed = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const options of [SPACES, TABS]) {
      const once = formatText(text, familyOfFixture(text), options);
      const twice = formatText(once, familyOfFixture(text), options);
      const name = `${path.relative(ROOT, file)} (${options.insertSpaces ? 'spaces' : 'tabs'})`;
      if (noSpace(once) !== noSpace(text)) failures.push(`${name}: not white space only`);
      if (twice !== once) failures.push(`${name}: not idempotent`);
      if (/\r\n/.test(text) !== /\r\n/.test(once)) failures.push(`${name}: line endings changed`);
      if (options === SPACES && once !== text) changed++;
    }
  }
  assert.deepEqual(failures, []);
  // The formatter does something: the mutations misindent and join lines on purpose.
  assert.ok(changed > 20, `${changed} files reformatted`);
});

test('the primary example is already formatted; the broken one shows its missing `;`', () => {
  const primary = fs.readFileSync(path.join(ROOT, 'examples', 'primary.dhcpd.conf'), 'utf8');
  assert.equal(formatText(primary, 4, SPACES), primary);
  // dhcpd reads the line after a missing `;` as the rest of the statement: so does the indentation.
  const broken = fs.readFileSync(path.join(ROOT, 'examples', 'broken-secondary.dhcpd.conf'), 'utf8');
  assert.equal(formatText(broken, 4, SPACES), broken.replace('  option subnet-mask', '    option subnet-mask'));
});
