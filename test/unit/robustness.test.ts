/**
 * Any input: binary, NUL bytes, a BOM, CR/CRLF, tabs, huge lines, deep nesting, unterminated
 * strings and comments, huge numbers; include cycles and missing files. Never a throw, never
 * unbounded recursion, one clear diagnostic.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeText, located, service, summary } from '../helpers';

test('binary noise and NUL bytes give diagnostics, not exceptions', () => {
  let seed = 7;
  const bytes = Array.from({ length: 200_000 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
  const text = Buffer.from(bytes).toString('latin1') + '\0\0\0';
  const problems = located(analyzeText(text));
  assert.ok(problems.length > 0);
  for (const p of problems) assert.ok(p.offset >= 0 && p.offset + p.length <= text.length);
});

test('tabs and CRLF are fine; a byte-order mark is not (dhcpd: "expecting a parameter or declaration")', () => {
  assert.deepEqual(summary('authoritative;\r\n\tdefault-lease-time\t600;\r\n'), []);
  assert.deepEqual(summary('\ufeffauthoritative;\r\n\tdefault-lease-time\t600;\r\n'), ['byteOrderMark@1']);
});

test('bare CR line ends: dhcpd reads a comment to the next LF, and we say so', () => {
  assert.deepEqual(summary('# comment\rdefault-lease-time 600;\rmax-lease-time nope;\r'), ['commentSwallowsLines@1']);
});

test('50,000 nested braces: one warning, no stack overflow', () => {
  const text = 'group {'.repeat(50_000) + '}'.repeat(50_000);
  const problems = located(analyzeText(text));
  assert.deepEqual(problems.map((p) => p.rule), ['nestingTooDeep']);
});

test('50,000 nested parentheses: one warning, no stack overflow', () => {
  const text = 'if ' + '('.repeat(50_000) + 'true' + ')'.repeat(50_000) + ' { }\n';
  assert.deepEqual(located(analyzeText(text)).map((p) => p.rule), ['nestingTooDeep']);
});

test('a 5 MB single line and 100k statements on one line', () => {
  const long = 'option domain-name "' + 'a'.repeat(5_000_000) + '";\n';
  assert.deepEqual(summary(long), []);
  const many = 'default-lease-time 600; '.repeat(100_000) + '\n';
  assert.deepEqual(summary(many), []);
});

test('unterminated string and comment at the end of the file', () => {
  assert.deepEqual(summary('option domain-name "example.org;\n'), ['unterminatedString@1']);
  assert.deepEqual(summary('authoritative; # no newline at the end'), []);
});

test('huge numbers are out of range, not a crash', () => {
  assert.deepEqual(summary('default-lease-time 99999999999999999999999999;\n'), ['numberWraps@1']);
  // As dhcpd: digits wrap modulo 2^32; only a 32-bit negative beyond -2^31 (after the wrap) is refused.
  assert.deepEqual(summary('option time-offset -99999999999999;\n'), []);
  assert.deepEqual(summary('option time-offset -2147483649;\n'), ['invalidOptionValue@1']);
});

test('include cycles and self-includes get a diagnostic, never a loop', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dhcpd-inc-'));
  fs.writeFileSync(path.join(dir, 'a.conf'), 'include "b.conf";\n');
  fs.writeFileSync(path.join(dir, 'b.conf'), 'include "a.conf";\n');
  fs.writeFileSync(path.join(dir, 'self.conf'), 'include "self.conf";\n');
  const a = service.analyze(path.join(dir, 'a.conf'), fs.readFileSync(path.join(dir, 'a.conf'), 'utf8'), { family: 4 });
  assert.deepEqual(service.problemsForDocument(a).map((p) => p.rule), ['includeCycle']);
  const self = service.analyze(path.join(dir, 'self.conf'), 'include "self.conf";\n', { family: 4 });
  assert.deepEqual(service.problemsForDocument(self).map((p) => p.rule), ['includeCycle']);
});

test('a missing include is a diagnostic on the include', () => {
  const problems = located(analyzeText('include "/nonexistent/dhcpd.hosts";\n'));
  assert.deepEqual(problems.map((p) => [p.rule, p.line, p.column]), [['includeNotFound', 1, 9]]);
  assert.match(problems[0].message, /Can't open \/nonexistent\/dhcpd\.hosts/);
});

test('included statements take part: a peer declared here, used by pools in the included file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dhcpd-inc-'));
  fs.writeFileSync(
    path.join(dir, 'shared.conf'),
    'subnet 10.0.0.0 netmask 255.255.255.0 { pool { failover peer "p"; range 10.0.0.10 10.0.0.20; } }\n',
  );
  const main = 'failover peer "p" { primary; address 10.0.0.1; port 647; peer address 10.0.0.2; peer port 647; max-response-delay 30; max-unacked-updates 10; load balance max seconds 3; mclt 600; split 128; }\ninclude "shared.conf";\n';
  const analysis = service.analyze(path.join(dir, 'primary.conf'), main, { family: 4 });
  assert.deepEqual(service.problemsForDocument(analysis), []);
});

test('the language service only reads: its host has no way to write', () => {
  // The host interface is readFile alone; nothing in the service can write a file.
  const calls: string[] = [];
  const text = 'include "x.conf";\n';
  const s = new (service.constructor as new (h: { readFile(f: string): string | undefined }) => typeof service)({
    readFile: (f: string) => {
      calls.push(f);
      return undefined;
    },
  });
  s.analyze('/tmp/a/main.conf', text, { family: 4 });
  assert.deepEqual(calls, ['/tmp/a/x.conf', path.resolve('x.conf')]);
});

test('names of Object.prototype (constructor, toString, __proto__) anywhere: diagnostics, hover and completion, never a throw', async () => {
  const { TextDocument } = await import('vscode-languageserver-textdocument');
  const { hover } = await import('../../server/src/services/hover');
  const { completion } = await import('../../server/src/services/completion');
  const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
  const text = names.map((n) => [
    `${n};`,
    `${n} 1;`,
    `option ${n} 1;`,
    `option ${n}.${n} 1;`,
    `host h { ${n}; hardware ${n} 00:11; }`,
    `if ${n}(1) { set x = ${n}; }`,
    `if option ${n} = ${n} { }`,
    `class "c" { match ${n}(1); }`,
    `failover peer "p" { ${n}; }`,
    `subnet 10.0.0.0 netmask 255.0.0.0 { pool { ${n} ${n}; } }`,
  ].join('\n')).join('\n') + '\n';
  const analysis = analyzeText(text);
  assert.ok(located(analysis).length > 0);
  assert.ok(service.check('x.conf', text, { family: 4 }).problems.length > 0);
  const doc = TextDocument.create('file:///x.conf', 'dhcpd', 1, text);
  for (let offset = 0; offset <= text.length; offset += 3) {
    hover(doc, analysis, doc.positionAt(offset), 'en');
    completion(doc, analysis, doc.positionAt(offset), 'fr');
  }
});
