/**
 * Every rule of the product, by stable id. The id is at once the diagnostic's `code` and its
 * settings key (`dhcpd.lint.<id>`). The default severity follows one principle: `error` exactly
 * when `dhcpd -t` refuses the file, `warning` when dhcpd accepts it but it is wrong or the
 * failover pair will misbehave, `information` for advice. A rule has exactly one severity: a
 * finding that deserves another severity gets its own id (test/unit/ruleSeverity.test.ts), so
 * that `--rule id=ignore` never hides an error along with a warning.
 */

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const RULES = {
  // Language
  syntaxError: 'error',
  byteOrderMark: 'error',
  missingSemicolon: 'error',
  unbalancedBrace: 'error',
  unterminatedString: 'error',
  nestingTooDeep: 'warning',
  unknownStatement: 'error',
  unknownOption: 'error',
  invalidOptionValue: 'error',
  invalidValue: 'error',
  notAllowedHere: 'error',
  subnetHostBits: 'error',
  invalidNetmask: 'error',
  duplicateHost: 'error',
  undeclaredKey: 'error',
  undeclaredClass: 'error',
  rangeOutsideSubnet: 'error',
  rangeReversed: 'warning',
  overlappingRanges: 'error',
  overlappingSubnets: 'warning',
  includeNotFound: 'error',
  includeCycle: 'error',
  commentSwallowsLines: 'warning',
  // Accepted by dhcpd, but not what the writer meant (each its own id: one id, one severity)
  statementIgnored: 'warning',
  ignoredExpression: 'warning',
  numberWraps: 'warning',
  leaseTimeMinusOne: 'information',
  suspiciousHardwareAddress: 'warning',
  nonContiguousNetmask: 'warning',
  overlappingRanges6: 'warning',
  includeNotChecked: 'warning',
  // Failover
  failoverRoleMissing: 'information',
  failoverRoleConflict: 'warning',
  failoverPrimaryNeedsMclt: 'error',
  failoverPrimaryNeedsSplit: 'error',
  failoverSplitOnSecondary: 'error',
  failoverMcltOnSecondary: 'warning',
  failoverSplitAndHba: 'warning',
  failoverSplitRange: 'error',
  failoverHbaLength: 'error',
  failoverPortRange: 'warning',
  failoverDefaultPort: 'information',
  failoverAddressMissing: 'warning',
  failoverPeerAddressMissing: 'error',
  failoverSameEndpoint: 'warning',
  failoverTimerMissing: 'warning',
  failoverLoadBalanceDisabled: 'warning',
  failoverBalancePercent: 'warning',
  failoverBalanceOrder: 'warning',
  failoverAutoPartnerDown: 'information',
  failoverUnknownStatement: 'error',
  failoverPeerPrefixIgnored: 'warning',
  failoverDuplicateStatement: 'warning',
  failoverPeerRedeclared: 'error',
  failoverTypographicQuotes: 'error',
  failoverPeerScope: 'error',
  failoverPeerNotFound: 'error',
  failoverPeerUnquoted: 'error',
  failoverPeerUnused: 'error',
  failoverPoolTwoPeers: 'warning',
  failoverDynamicBootpRange: 'error',
  failoverDynamicBootpBeforePeer: 'warning',
  failoverDynamicBootpAllowed: 'warning',
  poolWithoutRange: 'error',
  failoverMixedPools: 'warning',
  failoverFixedAddressInRange: 'warning',
  failoverPeerEmptyName: 'warning',
  failoverRangeNetworkAddress: 'warning',
  // A failover pair (two files compared)
  pairPeerName: 'warning',
  pairRoles: 'warning',
  pairEndpoints: 'warning',
  pairPools: 'warning',
  pairMcltSplit: 'warning',
  pairLoadBalance: 'warning',
  pairSharedDiffers: 'warning',
  failoverSamePartner: 'warning',
  generatedReview: 'warning',
} as const satisfies Record<string, Severity>;

export type RuleId = keyof typeof RULES;

export function isRuleId(id: string): id is RuleId {
  return Object.prototype.hasOwnProperty.call(RULES, id);
}
