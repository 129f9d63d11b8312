#!/usr/bin/env node
/**
 * Generates server/src/knowledge/options.generated.ts: every standard option of ISC dhcpd 4.4.3-P1.
 *
 *   node scripts/genOptions.mjs           write the generated file
 *   node scripts/genOptions.mjs --check   exit 1 if the committed file is not what the generator produces
 *   node scripts/genOptions.mjs --man     print what was read from the man page (name, type, description)
 *
 * Sources:
 *   - dhcp-options(5), read from its roff source (/usr/share/man/man5/dhcp-options.5.gz): the option
 *     names of each space and the value as the man page writes it (`type`);
 *   - FORMATS below: name, code and format string of every option dhcpd knows, as in ISC DHCP
 *     4.4.3-P1 common/tables.c (dhcp_options, agent_options, fqdn_options, nwip_options,
 *     dhcpv6_options and the small vendor spaces), checked against the tables compiled into
 *     /usr/sbin/dhcpd 4.4.3-P1 and, value by value, with scripts/verifyOptions.mjs;
 *   - server/src/knowledge/optionDocs.json: the documentation of each option, in English (a compact rewrite of the
 *     man page text) and French, keyed by `space.name`.
 *
 * The option set is the one of FORMATS (what dhcpd knows); the man page only contributes types. The
 * generator fails when the man page names an option dhcpd does not know, when an option has no
 * documentation in both languages, or when the English text drops an RFC the man page cites.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// The option docs are data (knowledge/optionDocs.json); this script only derives options.generated.ts.
const DOCS = JSON.parse(readFileSync(new URL('../server/src/knowledge/optionDocs.json', import.meta.url), 'utf8'));

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MAN_PAGE = '/usr/share/man/man5/dhcp-options.5.gz';
export const OUTPUT = path.join(ROOT, 'server/src/knowledge/options.generated.ts');

/**
 * The option spaces dhcpd defines itself, in output order, with their family. `vendor-class`,
 * `vendor`, `isc`, `vsio` and `isc6` are the spaces behind vivco, vivso and dhcp6.vendor-opts (ISC's
 * own entries, enterprise number 2495); the man page does not list their options. The `server`
 * space (server/stables.c) is not here: its options are the server statements of dhcpd.conf(5).
 */
export const SPACES = {
  dhcp: 4,
  agent: 4,
  fqdn: 4,
  nwip: 4,
  'vendor-class': 4,
  vendor: 4,
  isc: 4,
  dhcp6: 6,
  vsio: 6,
  isc6: 6,
};

/**
 * [code, name, format] of every option of each space, in tables.c order (ISC DHCP 4.4.3-P1: dhcp_options,
 * agent_options, fqdn_options, nwip_options, vendor_class_options, vendor_options, isc_options,
 * dhcpv6_options, vsio_options, isc6_options).
 * Left out on purpose: nwip `illegal-1` .. `illegal-4` (codes 1-4), placeholders with an empty
 * format; dhcpd knows the names but refuses any value for them ("Bad format").
 */
export const FORMATS = {
  dhcp: [
    [1, 'subnet-mask', 'I'],
    [2, 'time-offset', 'l'],
    [3, 'routers', 'IA'],
    [4, 'time-servers', 'IA'],
    [5, 'ien116-name-servers', 'IA'],
    [6, 'domain-name-servers', 'IA'],
    [7, 'log-servers', 'IA'],
    [8, 'cookie-servers', 'IA'],
    [9, 'lpr-servers', 'IA'],
    [10, 'impress-servers', 'IA'],
    [11, 'resource-location-servers', 'IA'],
    [12, 'host-name', 't'],
    [13, 'boot-size', 'S'],
    [14, 'merit-dump', 't'],
    [15, 'domain-name', 't'],
    [16, 'swap-server', 'I'],
    [17, 'root-path', 't'],
    [18, 'extensions-path', 't'],
    [19, 'ip-forwarding', 'f'],
    [20, 'non-local-source-routing', 'f'],
    [21, 'policy-filter', 'IIA'],
    [22, 'max-dgram-reassembly', 'S'],
    [23, 'default-ip-ttl', 'B'],
    [24, 'path-mtu-aging-timeout', 'L'],
    [25, 'path-mtu-plateau-table', 'SA'],
    [26, 'interface-mtu', 'S'],
    [27, 'all-subnets-local', 'f'],
    [28, 'broadcast-address', 'I'],
    [29, 'perform-mask-discovery', 'f'],
    [30, 'mask-supplier', 'f'],
    [31, 'router-discovery', 'f'],
    [32, 'router-solicitation-address', 'I'],
    [33, 'static-routes', 'IIA'],
    [34, 'trailer-encapsulation', 'f'],
    [35, 'arp-cache-timeout', 'L'],
    [36, 'ieee802-3-encapsulation', 'f'],
    [37, 'default-tcp-ttl', 'B'],
    [38, 'tcp-keepalive-interval', 'L'],
    [39, 'tcp-keepalive-garbage', 'f'],
    [40, 'nis-domain', 't'],
    [41, 'nis-servers', 'IA'],
    [42, 'ntp-servers', 'IA'],
    [43, 'vendor-encapsulated-options', 'E.'],
    [44, 'netbios-name-servers', 'IA'],
    [45, 'netbios-dd-server', 'IA'],
    [46, 'netbios-node-type', 'B'],
    [47, 'netbios-scope', 't'],
    [48, 'font-servers', 'IA'],
    [49, 'x-display-manager', 'IA'],
    [50, 'dhcp-requested-address', 'I'],
    [51, 'dhcp-lease-time', 'L'],
    [52, 'dhcp-option-overload', 'B'],
    [53, 'dhcp-message-type', 'B'],
    [54, 'dhcp-server-identifier', 'I'],
    [55, 'dhcp-parameter-request-list', 'BA'],
    [56, 'dhcp-message', 't'],
    [57, 'dhcp-max-message-size', 'S'],
    [58, 'dhcp-renewal-time', 'L'],
    [59, 'dhcp-rebinding-time', 'L'],
    [60, 'vendor-class-identifier', 'X'],
    [61, 'dhcp-client-identifier', 'X'],
    [62, 'nwip-domain', 't'],
    [63, 'nwip-suboptions', 'Enwip.'],
    [64, 'nisplus-domain', 't'],
    [65, 'nisplus-servers', 'IA'],
    [66, 'tftp-server-name', 't'],
    [67, 'bootfile-name', 't'],
    [68, 'mobile-ip-home-agent', 'IA'],
    [69, 'smtp-server', 'IA'],
    [70, 'pop-server', 'IA'],
    [71, 'nntp-server', 'IA'],
    [72, 'www-server', 'IA'],
    [73, 'finger-server', 'IA'],
    [74, 'irc-server', 'IA'],
    [75, 'streettalk-server', 'IA'],
    [76, 'streettalk-directory-assistance-server', 'IA'],
    [77, 'user-class', 't'],
    [78, 'slp-directory-agent', 'fIa'],
    [79, 'slp-service-scope', 'fto'],
    [81, 'fqdn', 'Efqdn.'],
    [82, 'relay-agent-information', 'Eagent.'],
    [85, 'nds-servers', 'IA'],
    [86, 'nds-tree-name', 't'],
    [87, 'nds-context', 't'],
    [88, 'bcms-controller-names', 'D'],
    [89, 'bcms-controller-address', 'Ia'],
    [91, 'client-last-transaction-time', 'L'],
    [92, 'associated-ip', 'Ia'],
    [93, 'pxe-system-type', 'Sa'],
    [94, 'pxe-interface-id', 'BBB'],
    [97, 'pxe-client-id', 'BX'],
    [98, 'uap-servers', 't'],
    [99, 'geoconf-civic', 'X'],
    [100, 'pcode', 't'],
    [101, 'tcode', 't'],
    [108, 'v6-only-preferred', 'L'],
    [112, 'netinfo-server-address', 'Ia'],
    [113, 'netinfo-server-tag', 't'],
    [114, 'default-url', 't'],
    [116, 'auto-config', 'B'],
    [117, 'name-service-search', 'Sa'],
    [118, 'subnet-selection', 'I'],
    [119, 'domain-search', 'Dc'],
    [124, 'vivco', 'Evendor-class.'],
    [125, 'vivso', 'Evendor.'],
    [136, 'pana-agent', 'Ia'],
    [137, 'v4-lost', 'd'],
    [138, 'capwap-ac-v4', 'Ia'],
    [141, 'sip-ua-cs-domains', 'Dc'],
    [142, 'ipv4-address-andsf', 'IA'],
    [146, 'rdnss-selection', 'BIID'],
    [150, 'tftp-server-address', 'Ia'],
    [159, 'v4-portparams', 'BBS'],
    [160, 'v4-captive-portal', 't'],
    [209, 'loader-configfile', 't'],
    [210, 'loader-pathprefix', 't'],
    [211, 'loader-reboottime', 'L'],
    [212, 'option-6rd', 'BB6Ia'],
    [213, 'v4-access-domain', 'd'],
  ],
  agent: [
    [1, 'circuit-id', 'X'],
    [2, 'remote-id', 'X'],
    [3, 'agent-id', 'I'],
    [4, 'DOCSIS-device-class', 'L'],
    [5, 'link-selection', 'I'],
    [19, 'relay-port', 'Z'],
  ],
  fqdn: [
    [1, 'no-client-update', 'f'],
    [2, 'server-update', 'f'],
    [3, 'encoded', 'f'],
    [4, 'rcode1', 'B'],
    [5, 'rcode2', 'B'],
    [6, 'hostname', 't'],
    [7, 'domainname', 't'],
    [8, 'fqdn', 't'],
  ],
  nwip: [
    [5, 'nsq-broadcast', 'f'],
    [6, 'preferred-dss', 'IA'],
    [7, 'nearest-nwip-server', 'IA'],
    [8, 'autoretries', 'B'],
    [9, 'autoretry-secs', 'B'],
    [10, 'nwip-1-1', 'f'],
    [11, 'primary-dss', 'I'],
  ],
  'vendor-class': [[2495, 'isc', 'X']],
  vendor: [[2495, 'isc', 'Eisc.']],
  isc: [
    [1, 'media', 't'],
    [2, 'update-assist', 'X'],
  ],
  dhcp6: [
    [1, 'client-id', 'X'],
    [2, 'server-id', 'X'],
    [3, 'ia-na', 'X'],
    [4, 'ia-ta', 'X'],
    [5, 'ia-addr', 'X'],
    [6, 'oro', 'SA'],
    [7, 'preference', 'B'],
    [8, 'elapsed-time', 'S'],
    [9, 'relay-msg', 'X'],
    [12, 'unicast', '6'],
    [13, 'status-code', 'Nstatus-codes.to'],
    [14, 'rapid-commit', 'Z'],
    [17, 'vendor-opts', 'Evsio.'],
    [18, 'interface-id', 'X'],
    [19, 'reconf-msg', 'Ndhcpv6-messages.'],
    [20, 'reconf-accept', 'Z'],
    [21, 'sip-servers-names', 'D'],
    [22, 'sip-servers-addresses', '6A'],
    [23, 'name-servers', '6A'],
    [24, 'domain-search', 'D'],
    [25, 'ia-pd', 'X'],
    [26, 'ia-prefix', 'X'],
    [27, 'nis-servers', '6A'],
    [28, 'nisp-servers', '6A'],
    [29, 'nis-domain-name', 'D'],
    [30, 'nisp-domain-name', 'D'],
    [31, 'sntp-servers', '6A'],
    [32, 'info-refresh-time', 'T'],
    [33, 'bcms-server-d', 'D'],
    [34, 'bcms-server-a', '6A'],
    [36, 'geoconf-civic', 'X'],
    [37, 'remote-id', 'X'],
    [38, 'subscriber-id', 'X'],
    [39, 'fqdn', 'Efqdn6-if-you-see-me-its-a-bug-bug-bug.'],
    [40, 'pana-agent', '6A'],
    [41, 'new-posix-timezone', 't'],
    [42, 'new-tzdb-timezone', 't'],
    [43, 'ero', 'SA'],
    [44, 'lq-query', 'X'],
    [45, 'client-data', 'X'],
    [46, 'clt-time', 'L'],
    [47, 'lq-relay-data', '6X'],
    [48, 'lq-client-link', '6A'],
    [51, 'v6-lost', 'd'],
    [52, 'capwap-ac-v6', '6a'],
    [53, 'relay-id', 'X'],
    [57, 'v6-access-domain', 'd'],
    [58, 'sip-ua-cs-list', 'D'],
    [59, 'bootfile-url', 't'],
    [60, 'bootfile-param', 'X'],
    [61, 'client-arch-type', 'SA'],
    [62, 'nii', 'BBB'],
    [64, 'aftr-name', 'd'],
    [65, 'erp-local-domain-name', 'd'],
    [74, 'rdnss-selection', '6BD'],
    [79, 'client-linklayer-addr', 'X'],
    [80, 'link-address', '6'],
    [82, 'solmax-rt', 'L'],
    [83, 'inf-max-rt', 'L'],
    [87, 'dhcpv4-msg', 'X'],
    [88, 'dhcp4-o-dhcp6-server', '6A'],
    [103, 'v6-captive-portal', 't'],
    [135, 'relay-source-port', 'S'],
    [143, 'ipv6-address-andsf', '6A'],
  ],
  vsio: [[2495, 'isc', 'Eisc6.']],
  isc6: [
    [1, 'media', 't'],
    [2, 'update-assist', 'X'],
    [60000, '4o6-interface', 't'],
    [60001, '4o6-source-address', '6'],
  ],
};

/**
 * Where the man page's value text contradicts dhcpd's format (checked with `dhcpd -t`), the type
 * shown is corrected here. Key: `space.name`.
 */
export const TYPE_FIXES = {
  // `t` is text: dhcpd refuses a colon-separated hex list ("expecting string").
  'dhcp.host-name': 'text', // man: string
  'dhcp.nds-tree-name': 'text', // man: string
  'dhcp.nds-context': 'text', // man: string
  'dhcp.netbios-scope': 'text', // man: string
  'dhcp.nwip-domain': 'text', // man: string
  'dhcp.user-class': 'text', // man: string
  'dhcp.default-url': 'text', // man: string
  // `Sa`: the man page has a typo (uint6).
  'dhcp.name-service-search': 'uint16 [, uint16 ...]',
  // `BIID`: the last field is a domain list (`D`), not a single domain name.
  'dhcp.rdnss-selection': 'uint8 ip-address ip-address domain-list',
  // `6BD`: idem.
  'dhcp6.rdnss-selection': 'ip6-address uint8 domain-list',
  // `D`: a quoted domain list; dhcpd refuses an unquoted domain name ("Expecting a domain string").
  'dhcp6.nis-domain-name': 'domain-list', // man: domain-name
  'dhcp6.nisp-domain-name': 'domain-list', // man: domain-name
  // `B`: a number (dhcpd: "expecting number" for true/false).
  'fqdn.rcode1': 'uint8', // man: flag
  'fqdn.rcode2': 'uint8', // man: flag
  // `f`: a boolean (dhcpd: "expecting identifier" for a number).
  'nwip.nwip-1-1': 'flag', // man: uint8
  // `fto`: the text is optional.
  'dhcp.slp-service-scope': 'boolean [text]', // man: boolean text
  // `Nstatus-codes.to`: the text is optional; the code is a name (success, UnspecFail ...).
  'dhcp6.status-code': 'status-code [text]', // man: status-code [ string ]
  // `t` is text (a domain name here), written `--never set--` by the man page.
  'fqdn.hostname': 'text',
  'fqdn.domainname': 'text',
};

// ---------------------------------------------------------------------------------------------
// Man page

/** Plain text of a roff line: font escapes removed, character escapes resolved. */
function roffText(s) {
  return s
    .replace(/\\f[BIRP]/g, '')
    .replace(/\\'/g, "'")
    .replace(/\\-/g, '-')
    .replace(/\\\\/g, '\\')
    .replace(/\\"/g, '"');
}

/** The text of a macro line (`.B foo` -> `foo`) or of a text line. */
function lineText(line) {
  const m = /^\.(B|I)\s+(.*)$/.exec(line);
  if (m) return roffText(m[2]);
  if (line.startsWith('.')) return '';
  return roffText(line);
}

/** Sections of the man page that list options, and the space of an unprefixed name in each. */
const MAN_SECTIONS = {
  'STANDARD DHCPV4 OPTIONS': 'dhcp',
  'RELAY AGENT INFORMATION OPTION': 'agent',
  'THE CLIENT FQDN SUBOPTIONS': 'fqdn',
  'THE NETWARE/IP SUBOPTIONS': 'nwip',
  'STANDARD DHCPV6 OPTIONS': 'dhcp6',
};

/** `ip-address [, ip-address... ]` -> `ip-address [, ip-address ...]`. */
export function normalizeType(t) {
  return t
    .replace(/\s+/g, ' ')
    .replace(/;\s*$/, '')
    .replace(/\[\s*,\s*/g, '[, ')
    .replace(/,\s*\.\.\./g, ' ...')
    .replace(/\s*\.\.\.\s*\]/g, ' ...]')
    .replace(/\[\s+/g, '[')
    .replace(/\s+\]/g, ']')
    .replace(/,(?=\S)/g, ', ')
    .replace(/\s+,/g, ',')
    .trim();
}

/**
 * Reads the option entries of dhcp-options(5): `.B option NAME TYPE;` then an indented (`.RS`/`.RE`)
 * description. Returns entries in man page order: { space, name, type, description }.
 * Two entries followed by one description (fqdn.rcode1/rcode2) share it.
 */
export function parseManPage(roff) {
  const lines = roff.split('\n');
  const entries = [];
  let space = null; // current option section, or null
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const sh = /^\.SH\s+(.*)$/.exec(line);
    if (sh) {
      space = MAN_SECTIONS[sh[1].replace(/"/g, '').trim()] ?? null;
      i++;
      continue;
    }
    if (!space || !/^\.B option\b/.test(line)) {
      i++;
      continue;
    }
    // Synopsis: up to `.RS` (own description) or `.PP` (description shared with the next entry).
    const synopsis = [];
    for (; i < lines.length; i++) {
      const l = lines[i];
      if (l.startsWith('.RS') || l.startsWith('.PP')) break;
      synopsis.push(lineText(l));
    }
    const text = synopsis.join(' ').replace(/\s+/g, ' ').trim();
    const m = /^option\s+([A-Za-z0-9.-]+)\s*(.*)$/.exec(text);
    if (!m) throw new Error(`man page: cannot read the synopsis "${text}"`);
    let [, name, rest] = m;
    let entrySpace = space;
    const dot = name.indexOf('.');
    if (dot > 0) {
      entrySpace = name.slice(0, dot);
      name = name.slice(dot + 1);
    }
    const entry = { space: entrySpace, name, type: normalizeType(rest), description: '', prefixed: dot > 0 };
    entries.push(entry);
    if (!lines[i]?.startsWith('.RS')) continue; // shared description: read with the next entry
    // Description: up to the matching `.RE`.
    const body = [];
    let depth = 0;
    for (i++; i < lines.length; i++) {
      const l = lines[i];
      if (l.startsWith('.RS')) depth++;
      else if (l.startsWith('.RE')) {
        if (depth === 0) break;
        depth--;
      } else if (l.startsWith('.PP') || l.startsWith('.TP')) body.push('\n\n');
      else body.push(lineText(l));
    }
    const description = body
      .join(' ')
      .split(/\n\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n');
    for (let k = entries.length - 1; k >= 0 && entries[k].description === ''; k--) entries[k].description = description;
    i++;
  }
  return entries;
}

// ---------------------------------------------------------------------------------------------
// Types from formats (for options the man page does not document)

const ATOM_TYPES = {
  I: 'ip-address',
  6: 'ip6-address',
  l: 'int32',
  L: 'uint32',
  T: 'uint32',
  s: 'int16',
  S: 'uint16',
  b: 'int8',
  B: 'uint8',
  t: 'text',
  f: 'flag',
  X: 'string',
  d: 'domain-name',
  D: 'domain-list',
};

/** Splits a format string into atoms: `Nstatus-codes.` and `Evendor.` are one atom each. */
export function formatAtoms(format) {
  const atoms = [];
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === 'N' || c === 'E') {
      const end = format.indexOf('.', i);
      atoms.push(format.slice(i, end + 1));
      i = end;
    } else atoms.push(c);
  }
  return atoms;
}

/** The value of a format as the man page would write it: `Ia` -> `ip-address [, ip-address ...]`. */
export function typeFromFormat(format) {
  const words = [];
  for (const a of formatAtoms(format)) {
    if (a === 'Z' || a === 'c' || a === 'e') continue;
    if (a === 'A') {
      const record = words.join(' ');
      return `${record} [, ${record} ...]`;
    }
    if (a === 'a') {
      const last = words[words.length - 1];
      words[words.length - 1] = `${last} [, ${last} ...]`;
      continue;
    }
    if (a === 'o') {
      words[words.length - 1] = `[${words[words.length - 1]}]`;
      continue;
    }
    if (a[0] === 'E') words.push('string');
    else if (a[0] === 'N') words.push(a.slice(1, -1));
    else if (ATOM_TYPES[a]) words.push(ATOM_TYPES[a]);
    else throw new Error(`unknown format atom "${a}" in "${format}"`);
  }
  return words.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Generation

const rfcs = (s) => new Set([...s.matchAll(/RFC\s*(\d+)/g)].map((m) => m[1]));

/** The man page's entries keyed by `space.name`; an unprefixed duplicate of a prefixed entry loses. */
function manEntries(roff) {
  const byKey = new Map();
  for (const e of parseManPage(roff)) {
    const key = `${e.space}.${e.name}`;
    const old = byKey.get(key);
    if (old && old.prefixed && !e.prefixed) continue;
    byKey.set(key, e);
  }
  return byKey;
}

/** Builds the option table. Throws on any inconsistency between the sources. */
export function buildOptions(roff) {
  const man = manEntries(roff);
  const problems = [];
  const options = [];
  for (const [space, family] of Object.entries(SPACES)) {
    const rows = [...FORMATS[space]].sort((a, b) => a[0] - b[0]);
    for (const [code, name, format] of rows) {
      const key = `${space}.${name}`;
      const entry = man.get(key);
      const type = TYPE_FIXES[key] ?? (entry ? entry.type : typeFromFormat(format));
      const doc = DOCS[key];
      if (!doc || !doc.en?.trim() || !doc.fr?.trim()) problems.push(`${key}: missing en or fr documentation`);
      else if (entry) {
        const en = rfcs(doc.en);
        for (const r of rfcs(entry.description)) if (!en.has(r)) problems.push(`${key}: doc.en drops RFC ${r}`);
      }
      options.push({ name, space, code, family, format, type, doc: { en: doc?.en.trim() ?? '', fr: doc?.fr.trim() ?? '' } });
    }
  }
  for (const key of man.keys()) {
    const [space, name] = [key.slice(0, key.indexOf('.')), key.slice(key.indexOf('.') + 1)];
    if (!FORMATS[space]?.some((r) => r[1] === name)) problems.push(`${key}: in the man page, unknown to dhcpd`);
  }
  for (const key of Object.keys(DOCS)) {
    if (!options.some((o) => `${o.space}.${o.name}` === key)) problems.push(`${key}: documented but not an option`);
  }
  for (const key of Object.keys(TYPE_FIXES)) {
    if (!options.some((o) => `${o.space}.${o.name}` === key)) problems.push(`${key}: type fix for no option`);
  }
  if (problems.length) throw new Error(`genOptions:\n  ${problems.join('\n  ')}`);
  return options;
}

const q = (s) => JSON.stringify(s);

/** The TypeScript source of the generated file. */
export function render(options) {
  const out = [
    '// Generated by `node scripts/genOptions.mjs` from dhcp-options(5) and the option tables of',
    '// ISC dhcpd 4.4.3-P1 (common/tables.c). Do not edit by hand: edit the script or',
    '// server/src/knowledge/optionDocs.json and run it again.',
    '',
    "import type { OptionInfo } from './types';",
    '',
    'export const OPTIONS: readonly OptionInfo[] = [',
  ];
  for (const o of options) {
    out.push('  {');
    out.push(`    name: ${q(o.name)},`);
    out.push(`    space: ${q(o.space)},`);
    out.push(`    code: ${o.code},`);
    out.push(`    family: ${o.family},`);
    out.push(`    format: ${q(o.format)},`);
    out.push(`    type: ${q(o.type)},`);
    out.push('    doc: {');
    out.push(`      en: ${q(o.doc.en)},`);
    out.push(`      fr: ${q(o.doc.fr)},`);
    out.push('    },');
    out.push('  },');
  }
  out.push('];', '');
  return out.join('\n');
}

export function readManPage(file = MAN_PAGE) {
  return gunzipSync(readFileSync(file)).toString('utf8');
}

/** The generated source, from the installed man page. */
export function generate(manPage = MAN_PAGE) {
  return render(buildOptions(readManPage(manPage)));
}

function main(args) {
  if (args.includes('--man')) {
    for (const e of parseManPage(readManPage())) {
      console.log(`## ${e.space}.${e.name} :: ${e.type}\n${e.description}\n`);
    }
    return 0;
  }
  const source = generate();
  if (args.includes('--check')) {
    const current = existsSync(OUTPUT) ? readFileSync(OUTPUT, 'utf8') : '';
    if (current !== source) {
      console.error(`${path.relative(ROOT, OUTPUT)} is out of date: run node scripts/genOptions.mjs`);
      return 1;
    }
    console.log(`${path.relative(ROOT, OUTPUT)} is up to date`);
    return 0;
  }
  writeFileSync(OUTPUT, source);
  console.log(`wrote ${path.relative(ROOT, OUTPUT)}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
