/**
 * Reads a value according to one of dhcpd's option format strings (the letters of
 * common/tables.c, also used by the server parameters of server/stables.c), so that a value is
 * accepted or refused exactly where dhcpd would.
 */
import { t } from '../base/l10n';
import type { Fix } from './problems';
import type { RuleId, Severity } from '../knowledge/rules';
import type { Value } from './nodes';
import { Token, TokenKind } from './scanner';

/** What the format reader needs from the parser. */
export interface ValueReader {
  readonly end: number;
  slice(start: number, end: number): string;
  peek(k?: number): Token;
  next(): Token;
  atPunct(p: string, k?: number): boolean;
  acceptPunct(p: string): boolean;
  describe(tok: Token): string;
  report(rule: RuleId, offset: number, length: number, message: string, fixes?: Fix[], severity?: Severity): void;
  readNumberValue(what: string): Value | undefined;
  readAddressOrHost(what: string): Value | undefined;
  readIPv6(what: string): Value | undefined;
  readHexList(strict?: boolean): Value | undefined;
}

/** Integer formats: [min, max]. */
const INTEGER_RANGES: Record<string, [number, number]> = {
  b: [-128, 127],
  B: [0, 255],
  s: [-32768, 32767],
  S: [0, 65535],
  l: [-2147483648, 2147483647],
  L: [0, 4294967295],
  T: [0, 4294967295],
};

/**
 * Whether dhcpd refuses an integer for a format (common/parse.c convert_num): digits accumulate
 * modulo 2^32 without complaint; a 32-bit value is refused only when negative beyond -2^31, an
 * 8- or 16-bit one when its value (mod 2^32) exceeds 2^bits-1, or, negative, -2^(bits-1).
 */
export function integerProblem(text: string, letter: string): { max: number } | undefined {
  const bits = letter === 'b' || letter === 'B' ? 8 : letter === 's' || letter === 'S' ? 16 : 32;
  const negative = text.startsWith('-');
  const digits = negative ? text.slice(1) : text;
  let magnitude: bigint;
  try {
    magnitude = BigInt(digits) % 4294967296n;
  } catch {
    return undefined;
  }
  if (negative) {
    const max = 2 ** (bits - 1);
    return magnitude > BigInt(max) ? { max } : undefined;
  }
  if (bits === 32) return undefined;
  const max = 2 ** bits - 1;
  return magnitude > BigInt(max) ? { max } : undefined;
}

/** The human name of a format letter, for messages and hover. */
export function describeFormat(format: string): string {
  const names: Record<string, string> = {
    I: 'ip-address', '6': 'ip6-address', l: 'int32', L: 'uint32', s: 'int16', S: 'uint16', b: 'int8', B: 'uint8',
    T: 'seconds', f: 'boolean', t: 'text', d: 'domain-name', K: 'key-name', D: 'domain-list', X: 'string', Z: 'nothing', F: 'flag',
  };
  const out: string[] = [];
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === 'E' || c === 'N') {
      const dot = format.indexOf('.', i);
      out.push(c === 'E' ? 'encapsulation' : `one of ${format.slice(i + 1, dot)}`);
      i = dot < 0 ? format.length : dot;
    } else if (c === 'A' || c === 'a') {
      if (out.length) out[out.length - 1] += ' [, ...]';
    } else if (c === 'o') {
      if (out.length) out[out.length - 1] = `[${out[out.length - 1]}]`;
    } else if (names[c]) out.push(names[c]);
  }
  return out.join(' ');
}

interface Atom {
  readonly letter: string;
  /** For `N`: the enumeration's name. */
  readonly arg?: string;
  optional: boolean;
  /** `a`: this atom repeats, separated by commas. */
  repeat: boolean;
}

function compile(format: string): { atoms: Atom[]; recordRepeats: boolean } {
  const atoms: Atom[] = [];
  let recordRepeats = false;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === 'e') continue;
    if (c === 'E' || c === 'N') {
      const dot = format.indexOf('.', i);
      atoms.push({ letter: c, arg: format.slice(i + 1, dot < 0 ? undefined : dot), optional: false, repeat: false });
      i = dot < 0 ? format.length : dot;
      continue;
    }
    if (c === 'A') {
      recordRepeats = true;
      continue;
    }
    if (c === 'a') {
      if (atoms.length) atoms[atoms.length - 1].repeat = true;
      continue;
    }
    if (c === 'o') {
      if (atoms.length) atoms[atoms.length - 1].optional = true;
      continue;
    }
    if (c === 'c') continue; // compression flag of D
    atoms.push({ letter: c, optional: false, repeat: false });
  }
  return { atoms, recordRepeats };
}

/** Known enumerations (server/stables.c and common/tables.c). */
export const ENUMERATIONS: Record<string, readonly string[]> = {
  // `ad-hoc` is refused by 4.4 ("ddns-update-style ad_hoc no longer supported").
  'ddns-styles': ['none', 'interim', 'standard'],
  'syslog-facilities': [
    'kern', 'user', 'mail', 'daemon', 'auth', 'syslog', 'lpr', 'news', 'uucp', 'cron', 'authpriv', 'ftp',
    'local0', 'local1', 'local2', 'local3', 'local4', 'local5', 'local6', 'local7',
  ],
  'prefix_length_modes': ['ignore', 'prefer', 'exact', 'minimum', 'maximum'],
};

/**
 * Reads the value of `name` with `format` into `values`. Reports one problem and returns false
 * when the value does not fit; the caller resynchronises.
 */
export function parseFormattedValue(r: ValueReader, format: string, values: Value[], rule: RuleId, name: string, enumValues?: readonly string[]): boolean {
  const { atoms, recordRepeats } = compile(format);
  if (atoms.length === 0) return true;
  for (;;) {
    for (const atom of atoms) {
      if (atom.optional && (r.atPunct(';') || r.atPunct(','))) continue;
      for (;;) {
        const v = readAtom(r, atom, rule, name, enumValues);
        if (!v) return false;
        values.push(v);
        if (atom.repeat && r.atPunct(',')) {
          r.next();
          continue;
        }
        break;
      }
    }
    if (recordRepeats && r.atPunct(',')) {
      r.next();
      continue;
    }
    return true;
  }
}

function readAtom(r: ValueReader, atom: Atom, rule: RuleId, name: string, enumValues?: readonly string[]): Value | undefined {
  const tok = r.peek();
  const bad = (message: string): undefined => {
    r.report(rule, tok.offset, tok.length, message);
    return undefined;
  };
  switch (atom.letter) {
    case 'I': {
      if (tok.kind === TokenKind.String) return bad(t('`{0}` takes an IP address or host name without quotes, not the string {1} (dhcpd: "expecting IP address or hostname").', name, r.describe(tok)));
      return r.readAddressOrHost(t('an IP address or host name'));
    }
    case '6':
      return r.readIPv6(t('an IPv6 address'));
    case 'b':
    case 'B':
    case 's':
    case 'S':
    case 'l':
    case 'L':
    case 'T': {
      if (atom.letter === 'T' && tok.kind === TokenKind.Word && tok.text.toLowerCase() === 'infinite') {
        r.next();
        return { kind: 'number', text: '4294967295', offset: tok.offset, length: tok.length };
      }
      if (tok.kind === TokenKind.Word && /^[0-9]/.test(tok.text) && !/^(0x[0-9a-f]+|[0-9]+)$/i.test(tok.text)) {
        return bad(t('`{0}` is not a number (dhcpd: "Bogus number {0}").', tok.text));
      }
      const v = r.readNumberValue(t('a number'));
      if (!v) return undefined;
      const n = Number(v.text.startsWith('-0x') ? -Number(v.text.slice(1)) : v.text);
      const problem = integerProblem(v.text, atom.letter);
      if (problem) {
        r.report(rule, v.offset, v.length, t('{0} is out of range for `{1}` (dhcpd: "{0} exceeds max ({2}) for precision.").', v.text, name, problem.max));
        return undefined;
      }
      if (n === -1 && atom.letter === 'T') {
        // A lease time is unsigned: -1 is stored as 0xffffffff, exactly what `infinite` means.
        r.report('leaseTimeMinusOne', v.offset, v.length, t('dhcpd stores -1 as 4294967295, which means an infinite lease: `infinite` says the same more plainly.'), [
          { title: t('Write `infinite`'), edits: [{ offset: v.offset, length: v.length, newText: 'infinite' }], preferred: true },
        ]);
      } else if (n < 0 && atom.letter === atom.letter.toUpperCase()) {
        r.report('numberWraps', v.offset, v.length, t('`{1}` cannot be negative: dhcpd reads {0} as a huge number.', v.text, name));
      } else if (n > INTEGER_RANGES[atom.letter][1]) {
        r.report('numberWraps', v.offset, v.length, t('{0} is too large for `{1}`: dhcpd keeps only its low 32 bits.', v.text, name));
      }
      return v;
    }
    case 'f': {
      const w = tok.kind === TokenKind.Word ? tok.text.toLowerCase() : '';
      if (['true', 'false', 'on', 'off', 'ignore'].includes(w)) {
        r.next();
        return { kind: 'name', text: w, offset: tok.offset, length: tok.length };
      }
      return bad(t('`{0}` takes `true` or `false` (or `on` or `off`), not {1} (dhcpd: "expecting boolean.").', name, r.describe(tok)));
    }
    case 't':
    case 'k': {
      if (tok.kind === TokenKind.String) {
        r.next();
        return { kind: 'string', text: tok.text, offset: tok.offset, length: tok.length };
      }
      // dhcpd also takes one bare word that its lexer does not read as a number (`option domain-name example;`).
      if (tok.kind === TokenKind.Word && !isNumberToken(tok.text)) {
        r.next();
        return { kind: 'name', text: tok.text, offset: tok.offset, length: tok.length };
      }
      return bad(t('`{0}` takes text in double quotes, not {1} (dhcpd: "expecting string.").', name, r.describe(tok)));
    }
    case 'd': {
      if (tok.kind === TokenKind.Word) {
        const start = tok.offset;
        let text = r.next().text;
        while (r.atPunct('.') && r.peek(1).kind === TokenKind.Word) {
          r.next();
          text += '.' + r.next().text;
        }
        // A fully qualified name ends with a dot (measured: `example.org.` is accepted).
        if (r.atPunct('.') && !r.atPunct('.', 1)) {
          r.next();
          text += '.';
        }
        return { kind: 'name', text, offset: start, length: r.end - start };
      }
      return bad(t('`{0}` takes a domain name without quotes, not {1} (dhcpd: "not a valid domain name.").', name, r.describe(tok)));
    }
    case 'D': {
      // A list of quoted domain names separated by commas.
      const start = tok.offset;
      const names: string[] = [];
      for (;;) {
        const s = r.peek();
        if (s.kind !== TokenKind.String) {
          r.report(rule, s.offset, s.length, t('`{0}` takes domain names in double quotes, separated by commas, not {1}.', name, r.describe(s)));
          return undefined;
        }
        if (!isDomainName(s.text)) {
          r.report(rule, s.offset, s.length, t('`{0}` is not a valid domain name.', s.text));
          return undefined;
        }
        r.next();
        names.push(s.text);
        if (r.atPunct(',') && r.peek(1).kind === TokenKind.String) {
          r.next();
          continue;
        }
        break;
      }
      return { kind: 'string', text: names.join(', '), offset: start, length: r.end - start };
    }
    case 'X':
    case 'E': {
      if (tok.kind === TokenKind.String) {
        r.next();
        return { kind: 'string', text: tok.text, offset: tok.offset, length: tok.length };
      }
      const hex = r.readHexList(true);
      if (hex) return hex;
      return bad(t('`{0}` takes a string in double quotes or colon-separated hexadecimal bytes, not {1}.', name, r.describe(tok)));
    }
    case 'N': {
      const allowed = enumValues ?? ENUMERATIONS[atom.arg ?? ''];
      if (tok.kind === TokenKind.Word) {
        const w = tok.text;
        if (allowed && !allowed.includes(w)) {
          // dhcpd compares the values as written (measured: `ddns-update-style Interim;` is refused).
          const lower = w.toLowerCase();
          if (allowed.includes(lower)) {
            r.report(rule, tok.offset, tok.length, t('Write `{0}` in lower case: dhcpd takes the values of `{1}` exactly as they are spelt (dhcpd: "unknown value").', lower, name), [
              { title: t('Write `{0}`', lower), edits: [{ offset: tok.offset, length: tok.length, newText: lower }], preferred: true },
            ]);
            return undefined;
          }
          return bad(t('`{0}` is not a value of `{1}`: expected one of {2}.', tok.text, name, allowed.join(', ')));
        }
        r.next();
        return { kind: 'name', text: w, offset: tok.offset, length: tok.length };
      }
      return bad(t('`{0}` takes one of {1}, not {2}.', name, (allowed ?? []).join(', '), r.describe(tok)));
    }
    case 'U': {
      // An identifier: not a string, not a number (measured: `vendor-option-space "x";` is refused).
      if (tok.kind === TokenKind.Word && !isNumberToken(tok.text)) {
        r.next();
        return { kind: 'name', text: tok.text, offset: tok.offset, length: tok.length };
      }
      return bad(t('`{0}` takes an option space name without quotes, not {1} (dhcpd: "expecting identifier.").', name, r.describe(tok)));
    }
    case 'K': {
      // The name of a key: in double quotes, or written as a domain name (measured with omapi-key).
      if (tok.kind === TokenKind.String) {
        r.next();
        return { kind: 'string', text: tok.text, offset: tok.offset, length: tok.length };
      }
      return readAtom(r, { ...atom, letter: 'd' }, rule, name, enumValues);
    }
    case 'Z':
    case 'F':
      return { kind: 'other', text: '', offset: tok.offset, length: 0 };
    default: {
      // A format we do not model: take what is there up to the `;` without judging it.
      const start = tok.offset;
      while (!r.atPunct(';') && !r.atPunct('}') && r.peek().kind !== TokenKind.EOF) r.next();
      return { kind: 'other', text: r.slice(start, r.end), offset: start, length: Math.max(r.end - start, 0) };
    }
  }
}

/**
 * Whether dhcpd's lexer (read_number in common/conflex.c) reads a word as a NUMBER: a digit or
 * `-`, then digits only. Any other character makes it a name, or a "number or name" (`0x1f`, `4a`)
 * that dhcpd takes wherever a name goes (measured: `option domain-name 0x12;`, `12x3`, `-x` are
 * accepted, `42`, `-42` and `-` are not).
 */
export function isNumberToken(word: string): boolean {
  return /^[-0-9][0-9]*$/.test(word);
}

/** A domain name as dhcpd accepts it in a domain-list: labels of at most 63 characters. */
export function isDomainName(text: string): boolean {
  if (text.length === 0 || text.length > 253) return false;
  const labels = text.replace(/\.$/, '').split('.');
  return labels.every((l) => l.length > 0 && l.length <= 63);
}

/** One or two hexadecimal digits: a byte of a MAC or a hex list (fast path). */
function isHexByte(s: string): boolean {
  if (s.length < 1 || s.length > 2) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/**
 * What dhcpd takes as one element of a colon-separated list: hex digits, maybe negative (its
 * lexer reads `-1` as a number). Too large for a byte is refused (dhcpd: "exceeds max").
 */
export function hexElement(s: string): 'byte' | 'too-large' | undefined {
  if (isHexByte(s)) return 'byte';
  if (!/^-?[0-9a-f]+$/i.test(s)) return undefined;
  const n = parseInt(s, 16);
  return n > 255 || n < -128 ? 'too-large' : 'byte';
}
