/**
 * The configurations the end-to-end tests open: a correct tutorial-style failover primary, and its
 * secondary with one planted mistake (`split 128;`, which belongs to the primary only).
 */
export const PEER = 'dhcp-failover';

export const PRIMARY = `# Primary ("master") DHCP server of a failover pair, tutorial style.
authoritative;
ddns-update-style none;
default-lease-time 600;
max-lease-time 7200;
option domain-name "example.org";
option domain-name-servers 192.0.2.53;

failover peer "${PEER}" {
  primary; # declare this to be the primary server
  address 192.0.2.1;
  port 647;
  peer address 192.0.2.2;
  peer port 647;
  max-response-delay 30;
  max-unacked-updates 10;
  load balance max seconds 3;
  mclt 1800;
  split 128;
}

subnet 192.0.2.0 netmask 255.255.255.0 {
  option routers 192.0.2.254;
  option subnet-mask 255.255.255.0;
  pool {
    failover peer "${PEER}";
    range 192.0.2.100 192.0.2.200;
  }
}

subnet 198.51.100.0 netmask 255.255.255.0 {
  option routers 198.51.100.1;
}
`;

export const SECONDARY = `# Secondary DHCP server of the failover pair. One mistake is planted in it.
authoritative;
ddns-update-style none;
default-lease-time 600;
max-lease-time 7200;
option domain-name "example.org";
option domain-name-servers 192.0.2.53;

failover peer "${PEER}" {
  secondary;
  address 192.0.2.2;
  port 647;
  peer address 192.0.2.1;
  peer port 647;
  max-response-delay 30;
  max-unacked-updates 10;
  load balance max seconds 3;
  split 128;
}

subnet 192.0.2.0 netmask 255.255.255.0 {
  option routers 192.0.2.254;
  option subnet-mask 255.255.255.0;
  pool {
    failover peer "${PEER}";
    range 192.0.2.100 192.0.2.200;
  }
}
`;

/** 1-based line and column of the first `needle` in `text`. */
export function positionOf(text, needle) {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const col = lines[i].indexOf(needle);
    if (col >= 0) return { line: i + 1, column: col + 1, zeroBased: { line: i, character: col } };
  }
  throw new Error(`${JSON.stringify(needle)} not in the fixture`);
}
