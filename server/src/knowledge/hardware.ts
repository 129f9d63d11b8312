/**
 * The network hardware types dhcpd 4.4.3 knows, measured with `dhcpd -t`
 * (test/fixtures/dhcpd-cases/A-hardware-types.conf, B-hardware-tokenring.conf): case-insensitive,
 * and `tokenring` without the dash is refused ("expecting a network hardware type").
 */
export const HARDWARE_TYPES: readonly string[] = ['ethernet', 'token-ring', 'fddi', 'infiniband'];

/**
 * The hardware types of a DUID-LLT or DUID-LL (`server-duid llt TYPE ...`): no infiniband there
 * ("hardware type expected"; A-server-duid-hardware-types.conf, B-server-duid-llt-infiniband.conf).
 */
export const DUID_HARDWARE_TYPES: readonly string[] = ['ethernet', 'token-ring', 'fddi'];
