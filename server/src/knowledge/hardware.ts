/**
 * The network hardware types dhcpd knows (common/parse.c, parse_hardware_param), in `hardware
 * TYPE ADDRESS;` and in a server DUID (`server-duid LLT TYPE ...`).
 */
export const HARDWARE_TYPES: readonly string[] = ['ethernet', 'token-ring', 'fddi', 'infiniband'];
