/**
 * The recursive-descent parser of dhcpd.conf, following the grammar of ISC dhcpd 4.4
 * (server/confpars.c, common/parse.c): keyword-driven statements, blocks in braces, values read
 * according to dhcpd's option format strings, and the expressions of dhcp-eval(5).
 *
 * Recovery: a statement that goes wrong reports one problem and resynchronises to the next `;`
 * at its own nesting level, or stops before the `}` that closes its block, so one mistake makes
 * one diagnostic. A missing `;` is reported at the end of the statement that lacks it (dhcpd
 * reports it on the next token), and parsing goes on with the next line as a new statement.
 * Nesting is capped: deeper blocks are skipped with one diagnostic, never recursed into.
 *
 * This module is the entry and the dispatch; the statements are read by their families
 * (declarations, failover, keysZones, options, executable, parameters) over the shared
 * ParserContext (context.ts), itself over the TokenCursor (cursor.ts).
 */
import type { Family, OptionInfo, StatementInfo } from '../knowledge/types';
import { t } from '../base/l10n';
import type { Problem } from './problems';
import type { Block, BlockOwner, Document, Statement } from './nodes';
import { TokenKind } from './scanner';
import type { ExprType } from './expressions';
import { exact, ParserContext } from './context';
import { parseClass, parseGroup, parseInclude, parseNamedBlock, parsePool, parseRange, parseRange6, parseSubnet, parseSubnet6, plainHost } from './declarations';
import { parseFailover, parseNoFailoverPeer } from './failover';
import { parseKey, parseZone } from './keysZones';
import { parseOption, parseOptionVerb } from './options';
import { EXECUTABLE_WORDS, parseCaseLabel, parseExecutable, parseIf, parseMatch, parseOn, parseSpawn, parseStrayBranch, parseSwitch } from './executable';
import {
  parseFixed6,
  parseFixedAddress,
  parseHardware,
  parseHostIdentifier,
  parseInterface,
  parseLeaseLimit,
  parseNotAuthoritative,
  parseParameter,
  parsePermit,
  parseServerDuid,
  parseUid,
} from './parameters';

export { MAX_NESTING, isIPv6 } from './context';
export { isAtoiNumber } from './failover';
export { base64Problem } from './keysZones';

export interface ParseOptions {
  readonly family: Family;
  /** Option spaces and options declared before the text (an incremental reparse of a region). */
  readonly declared?: ReadonlyArray<{ readonly space: string; readonly option?: OptionInfo }>;
  /** Added to every offset (included files get their own range of offsets). */
  readonly base?: number;
  /**
   * Hands each top-level statement over as soon as it is read, instead of keeping it in the
   * document (whose body then stays empty): a check of a huge file holds one statement at a
   * time, not the whole tree.
   */
  readonly onTopLevel?: (s: Statement) => void;
  /** Read every value token by token, without the scanner's fast paths (tests compare both). */
  readonly tokensOnly?: boolean;
}

export interface ParseResult {
  readonly document: Document;
  readonly problems: Problem[];
}

export class Parser extends ParserContext {
  constructor(text: string, options: ParseOptions) {
    super(text, options.family, options.base ?? 0, options.tokensOnly === true, options.onTopLevel);
    for (const d of options.declared ?? []) {
      if (d.option) this.userOptions.set(`${d.option.space}.${d.option.name.toLowerCase()}`, d.option);
      else this.userSpaces.add(d.space);
    }
  }

  parseDocument(): Document {
    const body: Block = { offset: this.base, length: this.text.length, statements: [], closed: true, owner: undefined as unknown as BlockOwner };
    const doc: Document = { kind: 'document', offset: this.base, length: this.text.length, body, comments: this.comments, peers: this.peers, declarations: [] };
    body.owner = doc;
    this.parseStatements(body, true);
    (body as { statements: Statement[] }).statements = exact(body.statements);
    for (const st of body.statements) if ((st as { declares?: unknown }).declares) doc.declarations.push(st);
    return doc;
  }

  /** Reads statements into a block until its `}` (left unread) or the end of the text. */
  protected override parseStatements(block: Block, topLevel: boolean): void {
    for (;;) {
      const tok = this.peek();
      if (tok.kind === TokenKind.EOF) return;
      if (this.isPunct(tok, '}')) {
        if (!topLevel) return;
        this.next();
        this.reportAt(tok, 'unbalancedBrace', t('This `}` closes nothing: there is no `{` open here.'), [
          { title: t('Remove this `}`'), edits: [{ offset: tok.offset, length: 1, newText: '' }], preferred: true },
        ]);
        continue;
      }
      const before = tok.offset;
      if (topLevel) this.silentUntilTopLevel = false;
      const stmt = this.parseStatement(block);
      if (stmt && topLevel && this.onTopLevel) {
        this.onTopLevel(stmt);
        if (this.pendingSiblings.length) for (const b of this.takePendingSiblings()) this.onTopLevel(b);
      } else if (stmt) {
        block.statements.push(this.keep(stmt));
        if (this.pendingSiblings.length) block.statements.push(...this.takePendingSiblings());
      }
      // Guarantee progress whatever went wrong.
      if (this.peek().offset === before && this.peek().kind !== TokenKind.EOF && !this.atPunct('}')) this.next();
    }
  }

  parseStatement(parent: Block): Statement | undefined {
    const tok = this.peek();
    if (tok.kind === TokenKind.String) {
      this.next();
      this.reportAt(tok, 'syntaxError', t('A statement cannot start with a string (dhcpd: "expecting a parameter or declaration").'));
      this.resync();
      return this.unknown(tok, parent);
    }
    if (tok.kind === TokenKind.Punct) {
      this.next();
      if (tok.text === '%') {
        // dhcpd skips a statement that starts with `%` up to the end of its line (measured).
        while (!this.peek().lineBefore && this.peek().kind !== TokenKind.EOF) this.next();
        return undefined;
      }
      if (tok.text === ';') {
        this.reportAt(tok, 'syntaxError', t('An empty statement: this `;` ends nothing (dhcpd: "expecting a parameter or declaration").'), [
          { title: t('Remove this `;`'), edits: [{ offset: tok.offset, length: 1, newText: '' }], preferred: true },
        ]);
        return undefined;
      }
      this.reportAt(tok, 'syntaxError', t('Unexpected {0} (dhcpd: "expecting a parameter or declaration").', this.describe(tok)));
      if (tok.text !== '{') this.resync();
      else this.skipBalanced();
      return this.unknown(tok, parent);
    }
    const word = tok.text.toLowerCase();
    switch (word) {
      case 'include':
        return parseInclude(this, parent);
      case 'shared-network':
        return parseNamedBlock(this, parent, 'shared-network');
      case 'subnet':
        return parseSubnet(this, parent);
      case 'subnet6':
        return parseSubnet6(this, parent);
      case 'pool':
      case 'pool6':
        return parsePool(this, parent, word);
      case 'range':
        return parseRange(this, parent);
      case 'range6':
      case 'prefix6':
        return parseRange6(this, parent, word);
      case 'host':
        return plainHost(this, tok, parent) ?? parseNamedBlock(this, parent, 'host');
      case 'group':
        return parseGroup(this, parent);
      case 'class':
      case 'subclass':
      case 'vendor-class':
      case 'user-class':
        return parseClass(this, parent, word);
      case 'failover':
        return parseFailover(this, parent);
      case 'key':
        return parseKey(this, parent);
      case 'zone':
        return parseZone(this, parent);
      case 'option':
        return parseOption(this, parent);
      case 'supersede':
      case 'default':
      case 'prepend':
      case 'append':
      case 'send':
        if (word === 'default' && this.atPunct(':', 1)) return parseCaseLabel(this, parent);
        return parseOptionVerb(this, parent, word);
      case 'allow':
      case 'deny':
      case 'ignore':
        return parsePermit(this, parent, word);
      case 'not':
        return parseNotAuthoritative(this, parent);
      case 'no':
        if (parent.owner.kind === 'pool') return parseNoFailoverPeer(this, parent);
        return parseParameter(this, parent);
      case 'if':
        return parseIf(this, parent);
      case 'elsif':
      case 'else':
        return parseStrayBranch(this, parent, word);
      case 'switch':
        return parseSwitch(this, parent);
      case 'case':
        return parseCaseLabel(this, parent);
      case 'on':
        return parseOn(this, parent);
      case 'match':
        return parseMatch(this, parent);
      case 'spawn':
        return parseSpawn(this, parent);
      case 'lease':
        return parseLeaseLimit(this, parent);
      case 'hardware':
        return parseHardware(this, parent);
      case 'fixed-address':
        return parseFixedAddress(this, parent);
      case 'fixed-address6':
      case 'fixed-prefix6':
        return parseFixed6(this, parent, word);
      case 'server-duid':
        return parseServerDuid(this, parent);
      case 'interface':
        return parseInterface(this, parent);
      case 'host-identifier':
        return parseHostIdentifier(this, parent);
      case 'uid':
        return parseUid(this, parent);
      default:
        if (EXECUTABLE_WORDS.has(word)) return parseExecutable(this, parent, word);
        return parseParameter(this, parent);
    }
  }
}

export function parse(text: string, options: ParseOptions): ParseResult {
  const parser = new Parser(text, options);
  const document = parser.parseDocument();
  return { document, problems: parser.problems };
}

export type { ExprType, StatementInfo };
