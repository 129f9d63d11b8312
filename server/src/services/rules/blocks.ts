/** What a block must hold and where a label may stand: shared-networks, pools, `case`, `interface`. */
import type { Scope } from '../../knowledge/types';
import { t } from '../../base/l10n';
import type { BlockOwner, Statement } from '../../parser/nodes';
import type { ProblemSink } from './sink';

export function checkBlock(s: Statement, scope: Scope | 'conditional', sink: ProblemSink): void {
  switch (s.kind) {
    case 'shared-network':
      if (s.body && s.body.closed && !s.body.statements.some((x) => x.kind === 'subnet' || x.kind === 'subnet6' || x.kind === 'pool' || x.kind === 'pool6')) {
        sink.add('syntaxError', s.keyword, t('A shared-network must hold at least one subnet (dhcpd: "empty shared-network decl").'));
      }
      checkInterfaces(s, sink);
      break;
    case 'pool':
    case 'pool6':
      if (s.body?.closed && s.kind === 'pool' && !s.body.statements.some((x) => x.kind === 'range')) {
        sink.add('poolWithoutRange', s.keyword, t('This pool has no `range`: dhcpd refuses it (dhcpd: "Pool declaration with no address range.").'));
      }
      if (s.body?.closed && s.kind === 'pool6' && !s.body.statements.some((x) => x.kind === 'range6' || x.kind === 'prefix6')) {
        sink.add('poolWithoutRange', s.keyword, t('This pool6 has no `range6` or `prefix6`: dhcpd refuses it (dhcpd: "Pool6 declaration with no address range6 or prefix6.").'));
      }
      break;
    case 'case':
      if (enclosingSwitchOrDefine(s).kind !== 'switch') {
        sink.add('syntaxError', s.keyword, s.keyword.text === 'case'
          ? t('`case` outside a `switch` (dhcpd: "case statement in inappropriate scope.").')
          : t('`default:` outside a `switch` (dhcpd: "switch default statement in inappropriate scope.").'));
      }
      break;
    case 'parameter':
      if (s.keyword.text === 'interface' && scope !== 'shared-network') checkInterfaces(s.parent.owner as Statement, sink);
      break;
  }
}

/**
 * The block a `case` label stands in, seen through `define` bodies: dhcpd parses a function's
 * body in the context of the switch around the definition (measured: `case` directly inside a
 * define inside a switch is accepted; inside an `if` it is not, nor in a define outside a switch).
 */
function enclosingSwitchOrDefine(s: Statement): BlockOwner {
  let owner = s.parent.owner;
  while (owner.kind === 'executable' && owner.keyword.text === 'define') owner = owner.parent.owner;
  return owner;
}

function checkInterfaces(owner: Statement, sink: ProblemSink): void {
  if (!owner.body) return;
  const interfaces = owner.body.statements.filter((x) => x.kind === 'parameter' && x.keyword.text === 'interface');
  if (interfaces.length > 1) {
    sink.add('syntaxError', interfaces[1].keyword, t('A subnet or shared-network is connected to one interface only (dhcpd: "A subnet or shared network can\'t be connected to two interfaces.").'));
  }
}
