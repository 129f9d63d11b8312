/**
 * dhcpd.leases → Kea memfile CSV (lease4): the active leases, so that clients keep their
 * addresses. The header is Kea's lease4 CSV header of Kea 2.2 (later versions read it and add
 * their new columns themselves).
 */
export const LEASE4_HEADER = 'address,hwaddr,client_id,valid_lifetime,expire,subnet_id,fqdn_fwd,fqdn_rev,hostname,state,user_context';

export interface DhcpdLease {
  readonly address: string;
  readonly starts?: number;
  readonly ends?: number; // epoch seconds; undefined: never
  readonly state?: string;
  readonly mac?: string;
  readonly uid?: string;
  readonly hostname?: string;
}

/** `4 2026/12/04 18:00:00` (UTC) or `epoch 1764871200` or `never`. */
function parseTime(text: string): number | undefined {
  const t = text.trim();
  const epoch = /^epoch (\d+)/.exec(t);
  if (epoch) return Number(epoch[1]);
  const m = /^\d (\d{4})\/(\d{1,2})\/(\d{1,2}) (\d{1,2}):(\d{2}):(\d{2})/.exec(t);
  if (!m) return undefined;
  return Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])) / 1000);
}

/** A dhcpd string (`"\001\002..."` with octal escapes) or a colon hex list, as colon hex. */
function uidHex(text: string): string {
  if (/^[0-9a-f]{1,2}(:[0-9a-f]{1,2})*$/i.test(text)) return text.split(':').map((b) => b.padStart(2, '0').toLowerCase()).join(':');
  const bytes: number[] = [];
  const s = text.replace(/^"|"$/g, '');
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && /^[0-7]{3}/.test(s.slice(i + 1, i + 4))) {
      bytes.push(parseInt(s.slice(i + 1, i + 4), 8));
      i += 3;
    } else if (s[i] === '\\') {
      bytes.push(s.charCodeAt(++i));
    } else bytes.push(s.charCodeAt(i) & 255);
  }
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** The last block of each address, as dhcpd reads its own file. */
export function parseDhcpdLeases(text: string): DhcpdLease[] {
  const byAddress = new Map<string, DhcpdLease>();
  const block = /^lease (\d+\.\d+\.\d+\.\d+) \{([\s\S]*?)^\}/gm;
  for (const m of text.matchAll(block)) {
    const body = m[2];
    const get = (re: RegExp): string | undefined => re.exec(body)?.[1];
    const ends = get(/^\s*ends ([^;]*);/m);
    byAddress.set(m[1], {
      address: m[1],
      starts: parseTime(get(/^\s*starts ([^;]*);/m) ?? ''),
      ends: ends === undefined || ends.trim() === 'never' ? undefined : parseTime(ends),
      state: get(/^\s*binding state (\S+);/m),
      mac: get(/^\s*hardware ethernet ([0-9a-fA-F:]+);/m)?.toLowerCase(),
      uid: get(/^\s*uid ("(?:[^"\\]|\\.)*"|[0-9a-fA-F:]+);/m),
      hostname: get(/^\s*client-hostname "((?:[^"\\]|\\.)*)";/m),
    });
  }
  return [...byAddress.values()];
}

export interface LeaseConversion {
  readonly csv: string;
  readonly written: number;
  /** Leases left out, with why. */
  readonly skipped: Array<{ address: string; why: string }>;
}

/**
 * The active, unexpired leases as Kea CSV rows. `subnetOf` gives the Kea subnet id of an
 * address (undefined: in no migrated subnet).
 */
export function leasesToCsv(leases: readonly DhcpdLease[], subnetOf: (ip: string) => number | undefined, now: number, defaultLifetime: number): LeaseConversion {
  const rows = [LEASE4_HEADER];
  const skipped: Array<{ address: string; why: string }> = [];
  for (const l of leases) {
    if (l.state !== 'active') continue;
    if (l.ends !== undefined && l.ends <= now) {
      skipped.push({ address: l.address, why: 'expired' });
      continue;
    }
    const id = subnetOf(l.address);
    if (id === undefined) {
      skipped.push({ address: l.address, why: 'in no migrated subnet' });
      continue;
    }
    if (!l.mac && !l.uid) {
      skipped.push({ address: l.address, why: 'no hardware address or client identifier' });
      continue;
    }
    const ends = l.ends ?? now + defaultLifetime;
    const lifetime = l.ends !== undefined && l.starts !== undefined && l.starts < ends ? ends - l.starts : defaultLifetime;
    const host = (l.hostname ?? '').replace(/,/g, '&#x2c');
    rows.push([l.address, l.mac ?? '', l.uid ? uidHex(l.uid) : '', lifetime, ends, id, 0, 0, host, 0, ''].join(','));
  }
  return { csv: rows.join('\n') + '\n', written: rows.length - 1, skipped };
}
