/**
 * A UTF-8 byte-order mark at the start of a file (Windows editors write one): dhcpd reads its
 * three bytes as a word and refuses the file, even when only a comment or nothing follows
 * (measured with dhcpd 4.4.3: "line 0: expecting a parameter or declaration").
 */
import { t } from '../base/l10n';
import type { Problem } from '../parser/problems';
import { RULES } from '../knowledge/rules';
import type { TextSource } from '../base/pieceText';

export function byteOrderMarkProblems(text: TextSource, base = 0): Problem[] {
  if (text.charCodeAt(0) !== 0xfeff) return [];
  return [{
    rule: 'byteOrderMark',
    severity: RULES.byteOrderMark,
    message: t('The file starts with a UTF-8 byte-order mark, which dhcpd cannot read (dhcpd: "expecting a parameter or declaration"). Save the file without it.'),
    offset: base,
    length: 1,
    fixes: [{ title: t('Remove the byte-order mark'), edits: [{ offset: base, length: 1, newText: '' }], preferred: true }],
  }];
}
