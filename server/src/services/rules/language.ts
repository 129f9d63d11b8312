/**
 * The language rules as one pass: each statement goes through placement, hosts, declarations,
 * blocks and addresses, in the order their findings have always come (ties at one offset keep it).
 */
import type { Family } from '../../knowledge/types';
import type { Statement } from '../../parser/nodes';
import { addressRules } from './addresses';
import { checkBlock } from './blocks';
import { declarationRules } from './declarations';
import { hostRules, type HostRuleOptions } from './hosts';
import { checkPlacement, scopeOf } from './scopes';
import type { ProblemSink, RuleVisitor } from './sink';

export function languageRules(family: Family, sink: ProblemSink, options: HostRuleOptions = {}): RuleVisitor {
  const addresses = addressRules(family, sink);
  const hosts = hostRules(family, sink, options);
  const declarations = declarationRules(sink);
  const visit = (s: Statement): void => {
    addresses.before(s);
    const scope = scopeOf(s.parent);
    const keyword = s.kind === 'failover-ref' ? 'failover peer' : s.keyword.text;
    hosts.slot(s, keyword);
    checkPlacement(s, keyword, scope, family, sink);
    switch (s.kind) {
      case 'host':
        hosts.host(s);
        break;
      case 'subnet':
        addresses.subnet(s);
        break;
      case 'shared-network':
      case 'pool':
      case 'pool6':
      case 'case':
        checkBlock(s, scope, sink);
        break;
      case 'parameter':
        checkBlock(s, scope, sink);
        declarations.visit(s, scope);
        break;
      default:
        declarations.visit(s, scope);
    }
  };
  return {
    visit,
    finish() {
      declarations.finish();
      addresses.finish();
    },
  };
}
