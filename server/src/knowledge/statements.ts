/**
 * Every statement of dhcpd.conf(5) and dhcp-eval(5) as data, with its scopes, syntax and docs.
 *
 * Sources: the dhcpd.conf(5) and dhcp-eval(5) man pages of ISC DHCP 4.4.3-P1, the `server_options[]`
 * table of server/stables.c (formats), server/confpars.c (`parse_statement`, `parse_failover_peer`,
 * `parse_pool_statement`, `parse_class_declaration`) and common/parse.c (`parse_executable_statement`).
 *
 * `scopes` is where the real dhcpd 4.4.3-P1 accepts a statement: every entry was checked with
 * `dhcpd -4 -t` / `dhcpd -6 -t` inside each kind of block (see the report that came with this file).
 * Parameters that dhcpd parses as server options are accepted in every block, including the body
 * of an `on` event, even when the man page says they only take effect at the top level (measured:
 * not one is global-only for `dhcpd -t`). `refused` marks the statements whose place validation checks (scopes.ts derives
 * SCOPE_RULES from it), with dhcpd's message.
 *
 * `family` tells which protocol the statement is meant for (4, 6 or both); dhcpd -4 accepts many
 * DHCPv6 parameters without complaint and the other way round.
 */
import type { Doc, PermitInfo, Scope, StatementInfo } from './types';
import { DECLARATION_SCOPES } from './types';
import { HARDWARE_TYPES } from './hardware';

const d = (en: string, fr: string): Doc => ({ en, fr });

/** Every block that holds parameters and declarations. */
const BLOCKS: readonly Scope[] = DECLARATION_SCOPES;
/** Executable statements and server options: every block, and the body of an `on` event. */
const ANYWHERE: readonly Scope[] = [...BLOCKS, 'event'];
/** `authoritative`: refused in a host ("authority makes no sense here") and in an event. */
const NOT_HOST: readonly Scope[] = BLOCKS.filter((s) => s !== 'host');
/** Where `host` and `group` may be declared. */
const HOST_PARENTS: readonly Scope[] = ['global', 'shared-network', 'subnet', 'subnet6', 'pool', 'pool6', 'group'];
/** Where class declarations may be written (not in a class, nor in an event). */
const CLASS_PARENTS: readonly Scope[] = [...HOST_PARENTS, 'host'];
const PORT: readonly [number, number] = [1, 65535];
const UINT32: readonly [number, number] = [0, 4294967295];

/** A parameter that dhcpd parses as a server option (server/stables.c): accepted everywhere. */
function option(
  name: string,
  format: string,
  family: StatementInfo['family'],
  syntax: string,
  doc: Doc,
  extra: Partial<Pick<StatementInfo, 'values' | 'range' | 'default'>> = {},
): StatementInfo {
  return { name, kind: 'parameter', family, scopes: ANYWHERE, syntax, format, ...extra, doc };
}

/** A statement of the failover peer block. */
function failover(
  name: string,
  syntax: string,
  doc: Doc,
  extra: Partial<Pick<StatementInfo, 'values' | 'range' | 'default'>> = {},
): StatementInfo {
  return { name, kind: 'failover', family: 4, scopes: ['failover-peer'], syntax, ...extra, doc };
}

/** A statement of a `zone` block. */
function zone(name: string, syntax: string, doc: Doc): StatementInfo {
  return { name, kind: 'zone', family: 'both', scopes: ['zone'], syntax, doc };
}

/** An executable statement of dhcp-eval(5), accepted in every block and in `on` events. */
function executable(name: string, syntax: string, doc: Doc, scopes: readonly Scope[] = ANYWHERE): StatementInfo {
  return { name, kind: 'executable', family: 'both', scopes, syntax, doc };
}

// ---------------------------------------------------------------------------------------------
// Declarations
// ---------------------------------------------------------------------------------------------

const DECLARATIONS: readonly StatementInfo[] = [
  {
    name: 'include',
    kind: 'declaration',
    family: 'both',
    scopes: BLOCKS,
    syntax: 'include "filename";',
    doc: d(
      'Reads the named file and processes its contents as if they were written in place of the `include` statement. ' +
        'The path is a quoted string; a relative path is not resolved against the including file, so prefer an absolute path. ' +
        'For failover, the man page advises one small file per server holding its `failover peer` block and including the configuration both servers share.',
      "Lit le fichier indiqué et traite son contenu comme s’il était écrit à la place de l’instruction `include`. " +
        "Le chemin est une chaîne entre guillemets ; un chemin relatif n’est pas résolu par rapport au fichier qui l’inclut, préférez donc un chemin absolu. " +
        'Pour le failover, la page de manuel conseille un petit fichier propre à chaque serveur, contenant son bloc `failover peer` et incluant la configuration commune aux deux serveurs.',
    ),
  },
  {
    name: 'shared-network',
    kind: 'declaration',
    family: 'both',
    scopes: ['global', 'pool', 'pool6', 'group'],
    refused: { dhcpd: 'shared-network parameters not allowed here.' },
    syntax: 'shared-network name {\n  [ parameters ]\n  [ declarations ]\n}',
    doc: d(
      'Groups the subnets that share one physical network segment, when several IP subnets run on the same link. ' +
        'Parameters written here apply to every subnet inside unless a subnet or host overrides them, and the dynamic addresses of all its subnets form one pool for the segment. ' +
        'The name, a word or a quoted string, only appears in log messages.',
      'Regroupe les sous-réseaux qui partagent un même segment physique, quand plusieurs sous-réseaux IP cohabitent sur le même lien. ' +
        "Les paramètres écrits ici s’appliquent à tous les sous-réseaux qu’il contient, sauf redéfinition dans un sous-réseau ou un host, et les adresses dynamiques de tous ses sous-réseaux forment un pool commun au segment. " +
        'Le nom, un mot ou une chaîne entre guillemets, n’apparaît que dans les messages du journal.',
    ),
  },
  {
    name: 'subnet',
    kind: 'declaration',
    family: 4,
    // In a pool6 too (dhcpd -6, test/fixtures/dhcpd-cases/A-subnet-in-pool6.conf). dhcpd -6 takes a v4
    // subnet alone, with its ranges; mixed with subnet6 it is refused (validation).
    scopes: ['global', 'shared-network', 'pool', 'pool6', 'group'],
    refused: { dhcpd: 'subnet declarations not allowed here.' },
    syntax: 'subnet subnet-number netmask netmask {\n  [ parameters ]\n  [ declarations ]\n}',
    doc: d(
      'Declares an IPv4 subnet so that dhcpd can tell whether an address belongs to it. ' +
        'Every subnet the server serves, and every subnet it is attached to, needs one, even without dynamic addresses. ' +
        'The subnet number must have no host bits set for the netmask; addresses to lease are given by `range` statements, directly or in `pool` blocks.',
      'Déclare un sous-réseau IPv4 pour que dhcpd sache si une adresse lui appartient. ' +
        "Chaque sous-réseau desservi par le serveur, et chaque sous-réseau auquel il est raccordé, doit être déclaré, même sans adresse dynamique. " +
        "Le numéro de sous-réseau ne doit avoir aucun bit d’hôte à 1 pour ce masque ; les adresses à distribuer sont données par des `range`, directement ou dans des blocs `pool`.",
    ),
  },
  {
    name: 'subnet6',
    kind: 'declaration',
    family: 6,
    // dhcpd's scope check lets it stand in a pool; that pool is then refused for its own reasons
    // (dhcpd-cases/B-subnet6-in-pool.conf).
    scopes: ['global', 'shared-network', 'pool', 'pool6', 'group'],
    refused: { dhcpd: 'subnet declarations not allowed here.', familyOnly: true },
    syntax: 'subnet6 subnet6-number {\n  [ parameters ]\n  [ declarations ]\n}',
    doc: d(
      'Declares an IPv6 subnet, written `ip6-address/bits`, so that dhcpd can tell whether an address belongs to it. ' +
        'It carries the parameters of that subnet and the `range6`, `prefix6` and `pool6` statements giving what may be leased there. ' +
        'Only accepted by dhcpd running in DHCPv6 mode (`dhcpd -6`).',
      'Déclare un sous-réseau IPv6, écrit `adresse-ip6/bits`, pour que dhcpd sache si une adresse lui appartient. ' +
        'Il contient les paramètres de ce sous-réseau et les instructions `range6`, `prefix6` et `pool6` qui définissent ce qui peut y être attribué. ' +
        'Accepté seulement par dhcpd en mode DHCPv6 (`dhcpd -6`).',
    ),
  },
  {
    name: 'pool',
    kind: 'declaration',
    family: 4,
    scopes: ['subnet', 'shared-network'],
    refused: { dhcpd: 'pool declared outside of network' },
    syntax: 'pool {\n  [ failover peer "name"; ]\n  [ permit list ]\n  range low-address high-address;\n  [ parameters ]\n}',
    doc: d(
      'Declares an address pool: one or more `range` statements with their own parameters and an optional permit list (`allow`/`deny`) deciding which clients may take an address from it. ' +
        'A pool must sit in a `subnet` or a `shared-network` (in a shared-network, after the subnets its ranges belong to) and contain at least one `range`. ' +
        'For failover, the pool names its peer with `failover peer "name";`, and the failover pools must be identical on both servers.',
      "Déclare un pool d’adresses : un ou plusieurs `range` avec leurs propres paramètres et une liste d’autorisations facultative (`allow`/`deny`) qui détermine quels clients peuvent y prendre une adresse. " +
        "Un pool doit se trouver dans un `subnet` ou un `shared-network` (dans un shared-network, après les sous-réseaux de ses plages) et contenir au moins un `range`. " +
        'Pour le failover, le pool désigne son pair par `failover peer "nom";`, et les pools en failover doivent être identiques sur les deux serveurs.',
    ),
  },
  {
    name: 'pool6',
    kind: 'declaration',
    family: 6,
    // In any subnet, a v4 one too (dhcpd -6; dhcpd-cases/A-pool6-in-subnet.conf); never directly in a
    // shared-network (B-pool6-in-shared-network.conf).
    scopes: ['subnet', 'subnet6'],
    refused: { dhcpd: 'pool6 declared outside of network', familyOnly: true },
    syntax: 'pool6 {\n  [ permit list ]\n  range6 ...;\n  prefix6 ...;\n  [ parameters ]\n}',
    doc: d(
      'The DHCPv6 counterpart of `pool`: a set of `range6` (addresses, including temporary ones) and `prefix6` (delegated prefixes) statements with their own parameters and permit list. ' +
        'dhcpd only accepts it directly inside a `subnet6`, not in a shared-network.',
      'L’équivalent DHCPv6 de `pool` : un ensemble de `range6` (adresses, y compris temporaires) et de `prefix6` (préfixes délégués) avec leurs propres paramètres et leur liste d’autorisations. ' +
        'dhcpd ne l’accepte que directement dans un `subnet6`, pas dans un shared-network.',
    ),
  },
  {
    name: 'range',
    kind: 'declaration',
    family: 4,
    scopes: ['subnet', 'pool'],
    refused: { dhcpd: 'range declaration not allowed here.' },
    syntax: 'range [ dynamic-bootp ] low-address [ high-address ];',
    doc: d(
      'Gives the lowest and highest IPv4 addresses dhcpd may lease dynamically; a single address may be written alone. ' +
        'All addresses must lie in the enclosing subnet, and ranges must not overlap. ' +
        '`dynamic-bootp` also lets BOOTP clients get addresses from the range; dhcpd refuses it in a pool that uses failover.',
      'Donne la plus basse et la plus haute adresse IPv4 que dhcpd peut attribuer dynamiquement ; une adresse seule peut être écrite sans borne haute. ' +
        'Toutes les adresses doivent appartenir au sous-réseau englobant, et les plages ne doivent pas se chevaucher. ' +
        '`dynamic-bootp` permet aussi aux clients BOOTP de recevoir une adresse de la plage ; dhcpd le refuse dans un pool en failover.',
    ),
  },
  {
    name: 'range6',
    kind: 'declaration',
    family: 6,
    scopes: ['subnet6', 'pool6'],
    refused: { dhcpd: 'range6 declaration not allowed here.', familyOnly: true },
    syntax:
      'range6 low-address high-address;\nrange6 subnet6-number;\nrange6 subnet6-number temporary;\nrange6 address temporary;',
    doc: d(
      'Gives the IPv6 addresses dhcpd may lease dynamically, as a low and a high address or as a prefix in CIDR notation; they must lie in the enclosing `subnet6`. ' +
        'With `temporary`, the prefix (64 bits by default) is used for temporary addresses (RFC 4941, IA_TA). ' +
        'Addresses given to hosts with `fixed-address6` and the server’s own addresses are excluded.',
      'Donne les adresses IPv6 que dhcpd peut attribuer dynamiquement, sous forme d’une adresse basse et d’une adresse haute ou d’un préfixe en notation CIDR ; elles doivent appartenir au `subnet6` englobant. ' +
        'Avec `temporary`, le préfixe (64 bits par défaut) sert aux adresses temporaires (RFC 4941, IA_TA). ' +
        'Les adresses données aux hosts par `fixed-address6` et celles du serveur lui-même sont exclues.',
    ),
  },
  {
    name: 'prefix6',
    kind: 'declaration',
    family: 6,
    scopes: ['subnet6', 'pool6'],
    refused: { dhcpd: 'prefix6 declaration not allowed here.', familyOnly: true },
    syntax: 'prefix6 low-address high-address / bits;',
    doc: d(
      'Declares prefixes for DHCPv6 prefix delegation (RFC 3633): prefixes of `bits` length are handed out between the low and the high address. ' +
        'Prefixes given to hosts with `fixed-prefix6` are excluded.',
      'Déclare des préfixes pour la délégation de préfixes DHCPv6 (RFC 3633) : des préfixes de longueur `bits` sont attribués entre l’adresse basse et l’adresse haute. ' +
        'Les préfixes donnés aux hosts par `fixed-prefix6` sont exclus.',
    ),
  },
  {
    name: 'host',
    kind: 'declaration',
    family: 'both',
    scopes: HOST_PARENTS,
    refused: { dhcpd: 'host declarations not allowed here.' },
    syntax: 'host hostname {\n  [ parameters ]\n  [ declarations ]\n}',
    doc: d(
      'Describes one client so that dhcpd recognises it, by its `hardware` address or `option dhcp-client-identifier` (or `host-identifier` in DHCPv6), and gives it its own parameters such as a `fixed-address`. ' +
        'A client with a host declaration is “known” for the `known-clients` permits, even without a fixed address. ' +
        'Host declarations are global whatever block they are written in; dhcpd warns when they sit in a subnet or shared-network.',
      'Décrit un client pour que dhcpd le reconnaisse, par son adresse `hardware` ou son `option dhcp-client-identifier` (ou `host-identifier` en DHCPv6), et lui donne ses propres paramètres comme une `fixed-address`. ' +
        'Un client déclaré par un host est « connu » pour les autorisations `known-clients`, même sans adresse fixe. ' +
        'Les déclarations host sont globales quel que soit le bloc où elles sont écrites ; dhcpd émet un avertissement quand elles se trouvent dans un subnet ou un shared-network.',
    ),
  },
  {
    name: 'group',
    kind: 'declaration',
    family: 'both',
    scopes: HOST_PARENTS,
    refused: { dhcpd: 'group declarations not allowed here.' },
    syntax: 'group {\n  [ parameters ]\n  [ declarations ]\n}',
    doc: d(
      'Applies a set of parameters to the declarations it encloses: hosts, subnets, shared networks or other groups. ' +
        'It has no meaning of its own for the network topology; it only saves repeating the same parameters.',
      'Applique un ensemble de paramètres aux déclarations qu’il contient : hosts, sous-réseaux, shared-networks ou autres groupes. ' +
        'Il n’a pas de signification propre pour la topologie du réseau ; il évite seulement de répéter les mêmes paramètres.',
    ),
  },
  {
    name: 'class',
    kind: 'declaration',
    family: 'both',
    scopes: CLASS_PARENTS,
    refused: { dhcpd: 'class declarations not allowed here.' },
    syntax: 'class "name" {\n  [ match if boolean-expression; ]\n  [ match data-expression; | spawn with data-expression; ]\n  [ lease limit number; ]\n  [ parameters ]\n}',
    doc: d(
      'Declares a client class. Clients join it through `match if` (a boolean expression on their packet), through `match` and `subclass` declarations, or through `add` statements; `spawn with` creates subclasses on the fly and `lease limit` caps the leases its members hold. ' +
        'Pools refer to a class with `allow members of "name";`, and the class must be declared before that reference. ' +
        'A class used only for that still needs a declaration, possibly empty.',
      'Déclare une classe de clients. Un client y entre par `match if` (une expression booléenne sur son paquet), par `match` et des déclarations `subclass`, ou par une instruction `add` ; `spawn with` crée des sous-classes à la volée et `lease limit` plafonne les baux de ses membres. ' +
        'Un pool y fait référence par `allow members of "nom";`, et la classe doit être déclarée avant cette référence. ' +
        'Une classe qui ne sert qu’à cela doit quand même être déclarée, éventuellement vide.',
    ),
  },
  {
    name: 'subclass',
    kind: 'declaration',
    family: 'both',
    scopes: CLASS_PARENTS,
    refused: { dhcpd: 'class declarations not allowed here.' },
    syntax: 'subclass "class-name" subclass-data;\nsubclass "class-name" subclass-data {\n  [ parameters ]\n}',
    doc: d(
      'Declares a member of a class that has a `match` (or `spawn with`) expression: a client whose expression value equals `subclass-data` (a string or a colon-separated hex list) belongs to the class and to this subclass. ' +
        'Matching is a hash lookup, much faster than many `match if` classes. ' +
        'A subclass may have its own parameters in braces; the class must be declared first.',
      'Déclare un membre d’une classe dotée d’une expression `match` (ou `spawn with`) : un client dont la valeur de l’expression est égale à `subclass-data` (une chaîne ou une liste hexadécimale séparée par des deux-points) appartient à la classe et à cette sous-classe. ' +
        'La recherche se fait dans une table de hachage, bien plus rapide qu’une longue série de classes `match if`. ' +
        'Une sous-classe peut avoir ses propres paramètres entre accolades ; la classe doit être déclarée avant.',
    ),
  },
  {
    name: 'vendor-class',
    kind: 'declaration',
    family: 4,
    scopes: CLASS_PARENTS,
    refused: { dhcpd: 'class declarations not allowed here.' },
    syntax: 'vendor-class "name" {\n  [ parameters ]\n}',
    doc: d(
      'Obsolete form of class declaration kept for compatibility and not described in dhcpd.conf(5). ' +
        'dhcpd 4.4 accepts it only when a `class` of the same name is already declared, and then treats it as a subclass of that class. ' +
        'Write a `class` with `match if option vendor-class-identifier = "...";` instead.',
      'Ancienne forme de déclaration de classe conservée pour compatibilité et absente de dhcpd.conf(5). ' +
        'dhcpd 4.4 ne l’accepte que si une `class` du même nom est déjà déclarée, et la traite alors comme une sous-classe de cette classe. ' +
        'Écrivez plutôt une `class` avec `match if option vendor-class-identifier = "...";`.',
    ),
  },
  {
    name: 'user-class',
    kind: 'declaration',
    family: 4,
    scopes: CLASS_PARENTS,
    refused: { dhcpd: 'class declarations not allowed here.' },
    syntax: 'user-class "name" {\n  [ parameters ]\n}',
    doc: d(
      'Obsolete form of class declaration kept for compatibility and not described in dhcpd.conf(5). ' +
        'dhcpd 4.4 accepts it only when a `class` of the same name is already declared, and then treats it as a subclass of that class. ' +
        'Write a `class` with `match if option user-class = "...";` instead.',
      'Ancienne forme de déclaration de classe conservée pour compatibilité et absente de dhcpd.conf(5). ' +
        'dhcpd 4.4 ne l’accepte que si une `class` du même nom est déjà déclarée, et la traite alors comme une sous-classe de cette classe. ' +
        'Écrivez plutôt une `class` avec `match if option user-class = "...";`.',
    ),
  },
  {
    name: 'failover peer',
    kind: 'declaration',
    family: 4,
    scopes: ['global', 'shared-network'],
    refused: { dhcpd: 'failover peers may only be defined in shared-network declarations and the outer scope.' },
    syntax: 'failover peer "name" {\n  primary; | secondary;\n  address address;\n  [ port port-number; ]\n  peer address address;\n  [ peer port port-number; ]\n  max-response-delay seconds;\n  max-unacked-updates count;\n  [ mclt seconds; ]\n  [ split bits; | hba colon-separated-hex-list; ]\n  [ load balance max seconds seconds; ]\n}',
    doc: d(
      'Declares the DHCP failover relationship between this server and its partner: the role (`primary` or `secondary`), the address and port of each side, the timers and, on the primary only, `mclt` and `split` (or `hba`). ' +
        'Every declared peer must be referred to by at least one pool (`failover peer "name";` in a `pool`), or dhcpd refuses to start (“Failover peer, name, has no referring pools”). ' +
        'The name must be the same, case-sensitive, on both servers: with different names each dhcpd starts, but refuses its partner’s connection (“unknown failover relationship name”). The pools themselves must be identical on both servers. ' +
        'Both servers must have synchronized clocks (install NTP on both): dhcpd rejects the failover connection when the clocks differ by more than 60 seconds, and the logs say “Failover CONNECT from X: time offset too large” on one side and “Failover CONNECT to X rejected: Connection rejected, time mismatch too great.” on the other. ' +
        'A peer may only be declared at the top level or in a `shared-network`, before the pools that use it.',
      'Déclare la relation de failover DHCP entre ce serveur et son partenaire : le rôle (`primary` ou `secondary`), l’adresse et le port de chaque côté, les temporisations et, sur le primaire seulement, `mclt` et `split` (ou `hba`). ' +
        'Chaque pair déclaré doit être référencé par au moins un pool (`failover peer "nom";` dans un `pool`), sinon dhcpd refuse de démarrer (« Failover peer, nom, has no referring pools »). ' +
        'Le nom doit être identique sur les deux serveurs, majuscules et minuscules comprises (il est sensible à la casse) : avec des noms différents, chaque dhcpd démarre, mais refuse la connexion de son partenaire (« unknown failover relationship name »). Les pools eux-mêmes doivent être identiques sur les deux serveurs. ' +
        'Les deux serveurs doivent avoir des horloges synchronisées (installez NTP sur les deux) : dhcpd rejette la connexion de failover quand les horloges diffèrent de plus de 60 secondes ; les journaux indiquent alors « Failover CONNECT from X: time offset too large » d’un côté et « Failover CONNECT to X rejected: Connection rejected, time mismatch too great. » de l’autre. ' +
        'Un pair ne peut être déclaré qu’au niveau global ou dans un `shared-network`, avant les pools qui l’utilisent.',
    ),
  },
  {
    name: 'key',
    kind: 'declaration',
    family: 'both',
    scopes: ANYWHERE,
    syntax: 'key name {\n  algorithm algorithm-name;\n  secret secret-string;\n}',
    doc: d(
      'Declares a TSIG key, used to sign dynamic DNS updates (named by `key` in a `zone`) or to authenticate OMAPI clients (`omapi-key`). ' +
        'The name, algorithm and secret must match those configured on the DNS server. ' +
        'Declare it before the zones that use it; a key block without its `algorithm` or its `secret` makes dhcpd 4.4.3 crash instead of reporting an error.',
      'Déclare une clé TSIG, qui signe les mises à jour DNS dynamiques (désignée par `key` dans une `zone`) ou authentifie les clients OMAPI (`omapi-key`). ' +
        'Le nom, l’algorithme et le secret doivent être ceux configurés sur le serveur DNS. ' +
        'Déclarez-la avant les zones qui l’utilisent ; un bloc key sans `algorithm` ou sans `secret` fait planter dhcpd 4.4.3 au lieu de signaler une erreur.',
    ),
  },
  {
    name: 'zone',
    kind: 'declaration',
    family: 'both',
    scopes: ANYWHERE,
    syntax: 'zone name {\n  primary address;\n  [ secondary address; ]\n  [ primary6 ip6-address; ]\n  [ secondary6 ip6-address; ]\n  [ key key-name; ]\n}',
    doc: d(
      'Tells dhcpd which name server receives the dynamic DNS updates for one zone, and with which TSIG key they are signed. ' +
        'The name must be a zone with its own SOA record on the DNS server; write it unquoted, preferably ending with a dot (`example.org.`). ' +
        'Each of `primary`, `secondary`, `primary6` and `secondary6` may appear once.',
      'Indique à dhcpd quel serveur de noms reçoit les mises à jour DNS dynamiques d’une zone, et avec quelle clé TSIG elles sont signées. ' +
        'Le nom doit être une zone ayant son propre enregistrement SOA sur le serveur DNS ; écrivez-le sans guillemets, de préférence terminé par un point (`example.org.`). ' +
        'Chacune des instructions `primary`, `secondary`, `primary6` et `secondary6` ne peut apparaître qu’une fois.',
    ),
  },
  {
    name: 'option space',
    kind: 'declaration',
    family: 'both',
    scopes: ['global'],
    syntax: 'option space name [ [ code width number ] [ length width number ] [ hash size number ] ] ;',
    doc: d(
      'Declares a new option space, a namespace for options such as vendor-specific sub-options, which are then defined as `option name.option-name code N = type;`. ' +
        'Code and length widths (1, 2 or 4 bytes for codes; 0, 1 or 2 for lengths) default to the DHCPv4 layout of one byte each. ' +
        'dhcpd only accepts option space declarations at the top level.',
      'Déclare un nouvel espace d’options, un espace de noms pour des options comme les sous-options propres à un constructeur, définies ensuite par `option nom.nom-option code N = type;`. ' +
        'Les largeurs du code et de la longueur (1, 2 ou 4 octets pour le code ; 0, 1 ou 2 pour la longueur) valent par défaut un octet chacune, comme en DHCPv4. ' +
        'dhcpd n’accepte les déclarations d’espace d’options qu’au niveau global.',
    ),
  },
  {
    name: 'option',
    kind: 'declaration',
    family: 'both',
    scopes: ['global'],
    syntax: 'option new-name code new-code = definition ;',
    doc: d(
      'Defines a new option, or redefines a known one, with its code and its type: `boolean`, `[un]signed integer 8|16|32`, `ip-address`, `ip6-address`, `text`, `string`, `domain-list`, `encapsulate space`, `array of ...` or a record `{ type, ... }`. ' +
        'A name written `space.name` puts the option in that option space. ' +
        'dhcpd only accepts option definitions at the top level.',
      'Définit une nouvelle option, ou redéfinit une option connue, avec son code et son type : `boolean`, `[un]signed integer 8|16|32`, `ip-address`, `ip6-address`, `text`, `string`, `domain-list`, `encapsulate espace`, `array of ...` ou un enregistrement `{ type, ... }`. ' +
        'Un nom écrit `espace.nom` place l’option dans cet espace d’options. ' +
        'dhcpd n’accepte les définitions d’options qu’au niveau global.',
    ),
  },
  {
    name: 'match if',
    kind: 'declaration',
    family: 'both',
    scopes: ['class'],
    // A subclass refuses it with "invalid match in subclass." (or spawn), reported by validation's own check.
    refused: { dhcpd: 'expecting a parameter or declaration', checkedApart: ['subclass'] },
    syntax: 'match if boolean-expression;',
    doc: d(
      'Puts a client in this class when the boolean expression, evaluated on the client’s packet, is true. ' +
        'Only values from the packet can be used, since classification happens before any executable statement runs. ' +
        'A class may have a single `match if`; combined with `match` or `spawn with`, it selects the clients that are then sorted into subclasses.',
      'Place un client dans cette classe quand l’expression booléenne, évaluée sur son paquet, est vraie. ' +
        'Seules les valeurs du paquet sont utilisables, car la classification a lieu avant l’exécution de toute instruction. ' +
        'Une classe ne peut avoir qu’un seul `match if` ; combiné à `match` ou `spawn with`, il sélectionne les clients qui sont ensuite répartis en sous-classes.',
    ),
  },
  {
    name: 'match',
    kind: 'declaration',
    family: 'both',
    scopes: ['class'],
    // A subclass refuses it with "invalid match in subclass." (or spawn), reported by validation's own check.
    refused: { dhcpd: 'expecting a parameter or declaration', checkedApart: ['subclass'] },
    syntax: 'match data-expression;',
    doc: d(
      'Gives the expression whose value is looked up among this class’s `subclass` declarations: a client whose value equals a subclass’s data belongs to the class and to that subclass. ' +
        'Example: `match pick-first-value (option dhcp-client-identifier, hardware);`. ' +
        'Not allowed in a subclass, and only one `match` or `spawn with` per class.',
      'Donne l’expression dont la valeur est cherchée parmi les déclarations `subclass` de cette classe : un client dont la valeur est égale aux données d’une sous-classe appartient à la classe et à cette sous-classe. ' +
        'Exemple : `match pick-first-value (option dhcp-client-identifier, hardware);`. ' +
        'Interdit dans une sous-classe, et un seul `match` ou `spawn with` par classe.',
    ),
  },
  {
    name: 'spawn with',
    kind: 'declaration',
    family: 'both',
    scopes: ['class'],
    // A subclass refuses it with "invalid match in subclass." (or spawn), reported by validation's own check.
    refused: { dhcpd: 'expecting a parameter or declaration', checkedApart: ['subclass'] },
    syntax: 'spawn with data-expression;',
    doc: d(
      'Makes this a spawning class: for each new value of the expression, dhcpd creates a subclass automatically, records it in the lease file and places the client in it. ' +
        'With `lease limit`, this caps the leases per value, for example per relay agent circuit ID (`spawn with option agent.circuit-id;`).',
      'Fait de cette classe une classe génératrice : pour chaque nouvelle valeur de l’expression, dhcpd crée automatiquement une sous-classe, l’enregistre dans le fichier des baux et y place le client. ' +
        'Avec `lease limit`, cela plafonne les baux par valeur, par exemple par circuit d’agent relais (`spawn with option agent.circuit-id;`).',
    ),
  },
];

// ---------------------------------------------------------------------------------------------
// Parameters with a syntax of their own (parse_statement, host and class declarations)
// ---------------------------------------------------------------------------------------------

const SPECIAL_PARAMETERS: readonly StatementInfo[] = [
  {
    name: 'failover peer',
    kind: 'parameter',
    family: 4,
    scopes: ['pool', 'shared-network'],
    syntax: 'failover peer "name";',
    doc: d(
      'In a pool, puts the pool under the named failover relationship, so that its addresses are shared with the partner server. ' +
        'The name must be quoted and equal, case included, to a `failover peer` declared earlier; the identical pool on the other server must name the same peer. ' +
        'Written in a `shared-network`, it applies to the pools declared after it, but dhcpd still requires at least one pool to name each peer itself.',
      'Dans un pool, place le pool sous la relation de failover nommée, pour que ses adresses soient partagées avec le serveur partenaire. ' +
        'Le nom doit être entre guillemets et identique, casse comprise, à un `failover peer` déclaré plus haut ; le pool identique de l’autre serveur doit désigner le même pair. ' +
        'Écrit dans un `shared-network`, il s’applique aux pools déclarés après lui, mais dhcpd exige quand même qu’au moins un pool désigne lui-même chaque pair.',
    ),
  },
  {
    name: 'no failover peer',
    kind: 'parameter',
    family: 4,
    scopes: ['pool'],
    syntax: 'no failover peer',
    doc: d(
      'In a pool: drop the failover peer the pool inherits from its shared-network (`failover peer "name";` written in the shared-network), so that this pool is served without failover. ' +
        'dhcpd 4.4.3 reads no `;` after it (confpars.c, parse_pool_statement): `no failover peer;` is refused (“expecting a parameter or declaration”), and the next statement follows directly.',
      'Dans un pool : retire le pair de failover que le pool hérite de son shared-network (`failover peer "nom";` écrit dans le shared-network), pour que ce pool soit servi sans failover. ' +
        'dhcpd 4.4.3 ne lit pas de `;` après (confpars.c, parse_pool_statement) : `no failover peer;` est refusé (« expecting a parameter or declaration »), et l’instruction suivante vient directement après.',
    ),
  },
  {
    name: 'authoritative',
    kind: 'parameter',
    family: 'both',
    scopes: NOT_HOST,
    refused: { dhcpd: 'authority makes no sense here.' },
    syntax: 'authoritative;',
    default: 'not authoritative',
    doc: d(
      'Declares that this server’s information about the network segment is correct, so it answers clients with a wrong or unknown address by a DHCPNAK and they quickly get a correct address. ' +
        'Without it dhcpd stays non-authoritative and silent, to avoid disturbing a network served by another server; it then also ignores DHCPINFORM messages. ' +
        'Usually written once at the top of the file; the smallest meaningful scope is a shared-network or a lone subnet, and dhcpd refuses it in a host.',
      'Déclare que les informations de ce serveur sur le segment réseau sont correctes : il répond par un DHCPNAK aux clients dont l’adresse est fausse ou inconnue, qui obtiennent vite une adresse correcte. ' +
        'Sans cela, dhcpd reste non autoritaire et silencieux, pour ne pas perturber un réseau servi par un autre serveur ; il ignore alors aussi les messages DHCPINFORM. ' +
        'S’écrit en général une fois en tête de fichier ; la plus petite portée qui ait un sens est un shared-network ou un subnet isolé, et dhcpd le refuse dans un host.',
    ),
  },
  {
    name: 'not authoritative',
    kind: 'parameter',
    family: 'both',
    scopes: NOT_HOST,
    refused: { dhcpd: 'authority makes no sense here.' },
    syntax: 'not authoritative;',
    default: 'not authoritative',
    doc: d(
      'Declares that this server is not authoritative for the segment: it never sends a DHCPNAK for addresses it does not know. ' +
        'This is already the default; it is useful to exempt one shared-network or subnet from a global `authoritative;`.',
      'Déclare que ce serveur n’est pas autoritaire sur le segment : il n’envoie jamais de DHCPNAK pour des adresses qu’il ne connaît pas. ' +
        'C’est déjà le comportement par défaut ; cela sert à soustraire un shared-network ou un subnet à un `authoritative;` global.',
    ),
  },
  {
    name: 'server-identifier',
    kind: 'parameter',
    family: 4,
    scopes: BLOCKS,
    syntax: 'server-identifier hostname;',
    format: 'I',
    doc: d(
      'Sets the address sent in the DHCP Server Identifier option in this scope; setting `option dhcp-server-identifier` is equivalent (dhcpd.conf(5)). ' +
        'The value must be an address of this server that every client of the scope can reach. ' +
        'Rarely needed: by default dhcpd uses the first address of the interface the request arrived on.',
      'Fixe l’adresse envoyée dans l’option Server Identifier pour cette portée ; définir `option dhcp-server-identifier` revient au même (dhcpd.conf(5)). ' +
        'La valeur doit être une adresse de ce serveur joignable par tous les clients de la portée. ' +
        'Rarement utile : par défaut dhcpd prend la première adresse de l’interface par laquelle la requête est arrivée.',
    ),
  },
  {
    name: 'lease-id-format',
    kind: 'parameter',
    family: 'both',
    scopes: BLOCKS,
    syntax: 'lease-id-format format;',
    values: ['octal', 'hex'],
    default: 'octal',
    doc: d(
      'Chooses how identifiers are written to the lease file: the server DUID, the client UIDs of DHCPv4 leases and the IAID_DUID of DHCPv6 leases. ' +
        '`octal` writes quoted strings with octal escapes for non-printable bytes; `hex` writes colon-separated hexadecimal pairs. ' +
        'dhcpd reads both formats back whatever this setting.',
      'Choisit le format des identifiants écrits dans le fichier des baux : le DUID du serveur, les UID clients des baux DHCPv4 et les IAID_DUID des baux DHCPv6. ' +
        '`octal` écrit des chaînes entre guillemets avec des échappements octaux pour les octets non imprimables ; `hex` écrit des paires hexadécimales séparées par des deux-points. ' +
        'dhcpd relit les deux formats quel que soit ce réglage.',
    ),
  },
  {
    name: 'server-duid',
    kind: 'parameter',
    family: 6,
    scopes: BLOCKS,
    syntax:
      'server-duid LLT [ hardware-type timestamp hardware-address ] ;\nserver-duid EN enterprise-number enterprise-identifier ;\nserver-duid LL [ hardware-type hardware-address ] ;',
    values: ['LLT', 'EN', 'LL'],
    default: 'LLT',
    doc: d(
      'Sets the DHCPv6 server DUID: LLT (link-layer address plus time), EN (enterprise number and identifier) or LL (link-layer address). ' +
        'With LLT or LL the contents may be given, otherwise dhcpd generates them; EN needs both its values. The hardware type is a name such as `ethernet`. ' +
        'A server-duid in the lease file takes precedence, and an `option dhcp6.server-id` overrides both.',
      'Fixe le DUID du serveur DHCPv6 : LLT (adresse de couche liaison et horodatage), EN (numéro d’entreprise et identifiant) ou LL (adresse de couche liaison). ' +
        'Avec LLT ou LL le contenu peut être donné, sinon dhcpd le génère ; EN exige ses deux valeurs. Le type matériel est un nom comme `ethernet`. ' +
        'Un server-duid présent dans le fichier des baux l’emporte, et une `option dhcp6.server-id` l’emporte sur les deux.',
    ),
  },
  {
    name: 'db-time-format',
    kind: 'parameter',
    family: 'both',
    scopes: ANYWHERE,
    syntax: 'db-time-format [ default | local ] ;',
    values: ['default', 'local'],
    default: 'default',
    doc: d(
      'Chooses how timestamps are written to the lease file. ' +
        '`default` writes the weekday, date and time in UTC; `local` writes seconds since the epoch with the local date and time in a comment. ' +
        'See dhcpd.leases(5).',
      'Choisit le format des dates écrites dans le fichier des baux. ' +
        '`default` écrit le jour de la semaine, la date et l’heure en UTC ; `local` écrit le nombre de secondes depuis l’epoch, avec la date et l’heure locales en commentaire. ' +
        'Voir dhcpd.leases(5).',
    ),
  },
  {
    name: 'interface',
    kind: 'parameter',
    family: 'both',
    scopes: ['shared-network', 'subnet', 'subnet6'],
    refused: { dhcpd: 'expecting a parameter or declaration' },
    syntax: 'interface interface-name;',
    doc: d(
      'Attaches this shared network (or the network of this subnet) to the named network interface. ' +
        'dhcpd accepts it but dhcpd.conf(5) does not describe it: dhcpd normally finds the interface by matching its addresses with the declared subnets.',
      'Rattache ce shared-network (ou le réseau de ce subnet) à l’interface réseau nommée. ' +
        'dhcpd l’accepte mais dhcpd.conf(5) ne le décrit pas : dhcpd trouve normalement l’interface en comparant ses adresses aux sous-réseaux déclarés.',
    ),
  },
  {
    name: 'lease limit',
    kind: 'parameter',
    family: 'both',
    scopes: ['class', 'subclass'],
    refused: { dhcpd: 'expecting a parameter or declaration' },
    syntax: 'lease limit number;',
    doc: d(
      'Caps the number of clients of this class (or subclass) that may hold a lease at the same time. ' +
        'Once the limit is reached, a new member only gets an address when another member’s lease expires or is released. ' +
        'Mostly used with `spawn with`, to limit the leases of each spawned subclass.',
      'Plafonne le nombre de clients de cette classe (ou sous-classe) pouvant détenir un bail en même temps. ' +
        'Une fois la limite atteinte, un nouveau membre n’obtient une adresse que lorsque le bail d’un autre expire ou est libéré. ' +
        'S’emploie surtout avec `spawn with`, pour limiter les baux de chaque sous-classe générée.',
    ),
  },
  {
    name: 'hardware',
    kind: 'parameter',
    family: 'both',
    scopes: ['host'],
    refused: { dhcpd: 'hardware address parameter not allowed here.' },
    syntax: 'hardware hardware-type hardware-address;',
    values: HARDWARE_TYPES,
    doc: d(
      'Gives the network hardware address of the client this host declaration describes: a type (`ethernet`, `token-ring`, `fddi` or `infiniband`) and hexadecimal octets separated by colons. ' +
        'BOOTP clients can only be recognised this way; DHCP clients are matched on it when they send no client identifier. ' +
        'Only allowed in a host, once per host.',
      'Donne l’adresse matérielle du client décrit par ce host : un type (`ethernet`, `token-ring`, `fddi` ou `infiniband`) et des octets hexadécimaux séparés par des deux-points. ' +
        'Les clients BOOTP ne peuvent être reconnus que de cette façon ; les clients DHCP le sont quand ils n’envoient pas d’identifiant client. ' +
        'Autorisé seulement dans un host, une fois par host.',
    ),
  },
  {
    name: 'fixed-address',
    kind: 'parameter',
    family: 4,
    scopes: ['host'],
    refused: { dhcpd: 'fixed-address parameter not allowed here.' },
    syntax: 'fixed-address address [, address ... ];',
    doc: d(
      'Assigns one or more fixed IPv4 addresses (or host names resolving to them) to the client of this host declaration. ' +
        'When the client boots, it gets the address that belongs to the network it is on; if none does, this host declaration does not match it. ' +
        'Only allowed in a host, once per host; keep fixed addresses outside the dynamic ranges, above all in failover pools.',
      'Attribue une ou plusieurs adresses IPv4 fixes (ou noms d’hôtes qui s’y résolvent) au client de ce host. ' +
        'Au démarrage, le client reçoit l’adresse qui appartient au réseau où il se trouve ; si aucune ne convient, ce host ne le reconnaît pas. ' +
        'Autorisé seulement dans un host, une fois par host ; gardez les adresses fixes hors des plages dynamiques, surtout dans les pools en failover.',
    ),
  },
  {
    name: 'fixed-address6',
    kind: 'parameter',
    family: 6,
    scopes: ['host'],
    refused: { dhcpd: 'fixed-address parameter not allowed here.' },
    syntax: 'fixed-address6 ip6-address ;',
    doc: d(
      'Assigns a fixed IPv6 address to the client of this host declaration. ' +
        'Only one address per host; for several addresses, write several host declarations. Only allowed in a host.',
      'Attribue une adresse IPv6 fixe au client de ce host. ' +
        'Une seule adresse par host ; pour plusieurs adresses, écrivez plusieurs déclarations host. Autorisé seulement dans un host.',
    ),
  },
  {
    name: 'fixed-prefix6',
    kind: 'parameter',
    family: 6,
    scopes: ['host'],
    refused: { dhcpd: 'fixed-prefix6 declaration not allowed here.' },
    syntax: 'fixed-prefix6 low-address / bits;',
    doc: d(
      'Assigns a fixed delegated IPv6 prefix to the client of this host declaration: its start address and its length in bits. ' +
        'Several may be written in one host; the server picks the one matching the requested length, or the first. ' +
        'Unlike a fixed address, the prefix need not belong to the subnet the client is on.',
      'Attribue un préfixe IPv6 délégué fixe au client de ce host : son adresse de début et sa longueur en bits. ' +
        'Un host peut en contenir plusieurs ; le serveur choisit celui de la longueur demandée, sinon le premier. ' +
        'Contrairement à une adresse fixe, le préfixe n’a pas à appartenir au sous-réseau du client.',
    ),
  },
  {
    name: 'host-identifier',
    kind: 'parameter',
    family: 'both',
    scopes: ['host'],
    refused: { dhcpd: 'expecting a parameter or declaration' },
    syntax: 'host-identifier option option-name option-data;\nhost-identifier v6relopt number option-name option-data;',
    doc: d(
      'Identifies the client of this host declaration by the constant value of any option it sends, for example `host-identifier option dhcp6.client-id 00:01:...;`. ' +
        'With `v6relopt number`, the option is taken from a relay: 1 is the relay closest to the client, larger numbers go towards the server. ' +
        'The man page describes it for DHCPv6; dhcpd 4.4 also accepts it in a DHCPv4 configuration. One per host.',
      'Identifie le client de ce host par la valeur constante d’une option qu’il envoie, par exemple `host-identifier option dhcp6.client-id 00:01:...;`. ' +
        'Avec `v6relopt numéro`, l’option est prise chez un relais : 1 est le relais le plus proche du client, les numéros plus grands se rapprochent du serveur. ' +
        'La page de manuel le décrit pour DHCPv6 ; dhcpd 4.4 l’accepte aussi dans une configuration DHCPv4. Un seul par host.',
    ),
  },
  {
    name: 'uid',
    kind: 'parameter',
    family: 4,
    scopes: ['host'],
    refused: { dhcpd: 'expecting a parameter or declaration' },
    syntax: 'uid client-identifier;',
    doc: d(
      'Sets the client identifier (a string or a colon-separated hex list) that matches this host declaration. ' +
        'It is the form dhcpd writes for host declarations created through OMAPI; dhcpd.conf(5) does not describe it, and `option dhcp-client-identifier` is the usual way to write it in a configuration file.',
      'Fixe l’identifiant client (une chaîne ou une liste hexadécimale séparée par des deux-points) qui correspond à ce host. ' +
        'C’est la forme que dhcpd écrit pour les hosts créés par OMAPI ; dhcpd.conf(5) ne la décrit pas, et `option dhcp-client-identifier` est la façon habituelle de l’écrire dans un fichier de configuration.',
    ),
  },
  {
    name: 'option',
    kind: 'parameter',
    family: 'both',
    scopes: ANYWHERE,
    syntax: 'option option-name value;\noption option-name = expression;',
    doc: d(
      'Sets the value of a DHCP option sent to clients in this scope, for example `option routers 10.0.0.1;`. ' +
        'The option must be known (built in or defined with `option name code ...`) and the value must match its type; `option name = expression;` computes the value for each client. ' +
        'When the same option is set at several levels, the most specific scope wins.',
      'Fixe la valeur d’une option DHCP envoyée aux clients de cette portée, par exemple `option routers 10.0.0.1;`. ' +
        'L’option doit être connue (prédéfinie ou définie par `option nom code ...`) et la valeur doit respecter son type ; `option nom = expression;` calcule la valeur pour chaque client. ' +
        'Quand la même option est fixée à plusieurs niveaux, la portée la plus précise l’emporte.',
    ),
  },
  {
    name: 'allow',
    kind: 'parameter',
    family: 'both',
    scopes: ANYWHERE,
    syntax: 'allow permit;',
    doc: d(
      'In a pool, adds an entry to the pool’s permit list: only clients matching an `allow` entry may get an address from the pool (`allow members of "class";`, `allow known-clients;` ...). ' +
        'Elsewhere, turns on a server flag for the scope: `unknown-clients`, `bootp`, `booting`, `duplicates`, `declines`, `client-updates`, `leasequery`. ' +
        'In a pool, dhcpd only accepts pool permits after `allow`.',
      'Dans un pool, ajoute une entrée à la liste d’autorisations : seuls les clients correspondant à une entrée `allow` peuvent y obtenir une adresse (`allow members of "classe";`, `allow known-clients;` ...). ' +
        'Ailleurs, active un drapeau du serveur pour la portée : `unknown-clients`, `bootp`, `booting`, `duplicates`, `declines`, `client-updates`, `leasequery`. ' +
        'Dans un pool, dhcpd n’accepte après `allow` que des autorisations de pool.',
    ),
  },
  {
    name: 'deny',
    kind: 'parameter',
    family: 'both',
    scopes: ANYWHERE,
    syntax: 'deny permit;',
    doc: d(
      'In a pool, adds an entry to the pool’s deny list: clients matching a `deny` entry may not get an address from the pool (`deny unknown-clients;` ...). ' +
        'Elsewhere, turns off a server flag for the scope, such as `deny bootp;` or `deny declines;`. ' +
        'In a pool, dhcpd only accepts pool permits after `deny`.',
      'Dans un pool, ajoute une entrée à la liste d’interdictions : les clients correspondant à une entrée `deny` ne peuvent pas y obtenir d’adresse (`deny unknown-clients;` ...). ' +
        'Ailleurs, désactive un drapeau du serveur pour la portée, comme `deny bootp;` ou `deny declines;`. ' +
        'Dans un pool, dhcpd n’accepte après `deny` que des autorisations de pool.',
    ),
  },
  {
    name: 'ignore',
    kind: 'parameter',
    family: 'both',
    scopes: ANYWHERE,
    syntax: 'ignore flag;',
    doc: d(
      'Like `deny` for a server flag (`unknown-clients`, `bootp`, `booting`, `duplicates`, `declines`, `client-updates`, `leasequery`), but the refused requests are not logged. ' +
        'For `client-updates`, it also tells the client through the FQDN option that it may do its own DNS update. ' +
        'It never takes a pool permit; in a pool it sets the server flag.',
      'Comme `deny` pour un drapeau du serveur (`unknown-clients`, `bootp`, `booting`, `duplicates`, `declines`, `client-updates`, `leasequery`), mais les requêtes refusées ne sont pas journalisées. ' +
        'Pour `client-updates`, il indique aussi au client, par l’option FQDN, qu’il peut faire lui-même sa mise à jour DNS. ' +
        'Il n’accepte jamais d’autorisation de pool ; dans un pool, il fixe le drapeau du serveur.',
    ),
  },
];

// ---------------------------------------------------------------------------------------------
// Server options: the `server_options[]` table of server/stables.c, in its order (codes 1-100;
// the LDAP options 60-77 are not compiled into the reference dhcpd).
// ---------------------------------------------------------------------------------------------

const SERVER_OPTIONS: readonly StatementInfo[] = [
  option(
    'default-lease-time',
    'T',
    'both',
    'default-lease-time time;',
    d(
      'Lease length, in seconds, given to a client that does not ask for a particular one. ' +
        'It applies to DHCPv4 and DHCPv6 leases (the valid lifetime in DHCPv6). ' +
        'Default 43200 seconds (12 hours); keep it no larger than `max-lease-time`.',
      'Durée de bail, en secondes, donnée à un client qui n’en demande pas de particulière. ' +
        'Elle s’applique aux baux DHCPv4 et DHCPv6 (la durée de validité en DHCPv6). ' +
        'Par défaut 43200 secondes (12 heures) ; ne la fixez pas au-delà de `max-lease-time`.',
    ),
    { default: '43200' },
  ),
  option(
    'max-lease-time',
    'T',
    'both',
    'max-lease-time time;',
    d(
      'Longest lease, in seconds, that dhcpd grants, whatever the client asks for. ' +
        'Default 86400 seconds (one day). Dynamic BOOTP leases are not limited by it.',
      'Durée de bail maximale, en secondes, que dhcpd accorde, quoi que demande le client. ' +
        'Par défaut 86400 secondes (un jour). Les baux BOOTP dynamiques n’y sont pas soumis.',
    ),
    { default: '86400' },
  ),
  option(
    'min-lease-time',
    'T',
    'both',
    'min-lease-time time;',
    d(
      'Shortest lease, in seconds, that dhcpd grants. ' +
        'Default: 300 seconds, or `max-lease-time` if that is smaller. It is also the lease length used when a pool is above its `adaptive-lease-time-threshold`.',
      'Durée de bail minimale, en secondes, que dhcpd accorde. ' +
        'Par défaut 300 secondes, ou `max-lease-time` si elle est plus petite. C’est aussi la durée utilisée quand un pool dépasse son `adaptive-lease-time-threshold`.',
    ),
    { default: '300' },
  ),
  option(
    'dynamic-bootp-lease-cutoff',
    'T',
    4,
    'dynamic-bootp-lease-cutoff date;',
    d(
      'Sets a time at which every lease dynamically given to a BOOTP client ends, for instance the end of a school term, since BOOTP clients cannot renew. ' +
        'The man page writes the value as a UTC date `W YYYY/MM/DD HH:MM:SS`, but dhcpd 4.4.3 parses it as a number (format T, seconds since the epoch) or `infinite`, and refuses the date form.',
      'Fixe une date à laquelle se terminent tous les baux attribués dynamiquement aux clients BOOTP, par exemple la fin d’un trimestre scolaire, puisque ces clients ne savent pas renouveler. ' +
        'La page de manuel écrit la valeur comme une date UTC `J AAAA/MM/JJ HH:MM:SS`, mais dhcpd 4.4.3 la lit comme un nombre (format T, secondes depuis l’epoch) ou `infinite`, et refuse la forme date.',
    ),
  ),
  option(
    'dynamic-bootp-lease-length',
    'L',
    4,
    'dynamic-bootp-lease-length length;',
    d(
      'Length, in seconds, of the leases dynamically given to BOOTP clients; each BOOTP boot within that time restarts it. ' +
        'By default BOOTP leases never expire. Adjust with great care: a BOOTP client never learns that its lease ended.',
      'Durée, en secondes, des baux attribués dynamiquement aux clients BOOTP ; chaque démarrage BOOTP pendant cette durée la fait repartir de zéro. ' +
        'Par défaut les baux BOOTP n’expirent jamais. À régler avec une grande prudence : un client BOOTP n’apprend jamais la fin de son bail.',
    ),
    { default: 'infinite' },
  ),
  option(
    'boot-unknown-clients',
    'f',
    'both',
    'boot-unknown-clients flag;',
    d(
      'When false, clients without a host declaration may not get an address in this scope. ' +
        'When true or absent, they may, within the limits of the pools’ permit lists. It is the same flag as `allow|deny unknown-clients;` outside pools.',
      'À false, les clients sans déclaration host ne peuvent pas obtenir d’adresse dans cette portée. ' +
        'À true ou absent, ils le peuvent, dans la limite des listes d’autorisations des pools. C’est le même drapeau que `allow|deny unknown-clients;` hors des pools.',
    ),
    { default: 'on' },
  ),
  option(
    'dynamic-bootp',
    'f',
    4,
    'dynamic-bootp flag;',
    d(
      'Boolean form of the server flag set by `allow dynamic-bootp;` / `deny dynamic-bootp;`, which decides whether BOOTP clients may get dynamically allocated addresses in this scope. ' +
        'Not described in dhcpd.conf(5); in pools, use the `dynamic bootp clients` permit.',
      'Forme booléenne du drapeau fixé par `allow dynamic-bootp;` / `deny dynamic-bootp;`, qui détermine si les clients BOOTP peuvent recevoir des adresses dynamiques dans cette portée. ' +
        'Absent de dhcpd.conf(5) ; dans les pools, utilisez l’autorisation `dynamic bootp clients`.',
    ),
  ),
  option(
    'allow-bootp',
    'f',
    4,
    'allow-bootp flag;',
    d(
      'Boolean form of the `bootp` flag: `allow-bootp off;` does what `deny bootp;` does. ' +
        'Not described in dhcpd.conf(5); prefer `allow bootp;`, `deny bootp;` or `ignore bootp;`.',
      'Forme booléenne du drapeau `bootp` : `allow-bootp off;` fait comme `deny bootp;`. ' +
        'Absent de dhcpd.conf(5) ; préférez `allow bootp;`, `deny bootp;` ou `ignore bootp;`.',
    ),
  ),
  option(
    'allow-booting',
    'f',
    'both',
    'allow-booting flag;',
    d(
      'Boolean form of the `booting` flag: `allow-booting off;` in a host does what `deny booting;` does. ' +
        'Not described in dhcpd.conf(5); prefer `allow booting;`, `deny booting;` or `ignore booting;`.',
      'Forme booléenne du drapeau `booting` : `allow-booting off;` dans un host fait comme `deny booting;`. ' +
        'Absent de dhcpd.conf(5) ; préférez `allow booting;`, `deny booting;` ou `ignore booting;`.',
    ),
  ),
  option(
    'one-lease-per-client',
    'f',
    4,
    'one-lease-per-client flag;',
    d(
      'When on, a client that sends a DHCPREQUEST for one lease has every other lease it holds freed. ' +
        'This assumes the client has a single interface and forgets leases on networks it left, which is not guaranteed: use with care.',
      'Activé, un client qui envoie un DHCPREQUEST pour un bail voit tous ses autres baux libérés. ' +
        'Cela suppose que le client n’a qu’une interface et oublie les baux des réseaux qu’il a quittés, ce qui n’est pas garanti : à utiliser avec prudence.',
    ),
  ),
  option(
    'get-lease-hostnames',
    'f',
    4,
    'get-lease-hostnames flag;',
    d(
      'When on, dhcpd looks up in the DNS the name of the address it gives a client and sends it as the client’s host-name option. ' +
        'Off by default. In dhcpd 4.4.3 this is a reverse lookup made for each client when its lease is granted, and only when no host-name is already set for it; a slow DNS slows down every answer.',
      'Activé, dhcpd cherche dans le DNS le nom de l’adresse qu’il attribue à un client et l’envoie comme option host-name. ' +
        'Désactivé par défaut. Dans dhcpd 4.4.3, c’est une résolution inverse faite pour chaque client au moment où son bail est accordé, et seulement si aucun host-name n’est déjà défini pour lui ; un DNS lent ralentit chaque réponse.',
    ),
    { default: 'off' },
  ),
  option(
    'use-host-decl-names',
    'f',
    'both',
    'use-host-decl-names flag;',
    d(
      'When on, each host declaration in this scope gives its name to the client as the host-name option, as if `option host-name "name";` were written in it. ' +
        'The name is also used for DNS updates when no other name is available. An explicit `option host-name` in the host wins.',
      'Activé, chaque déclaration host de cette portée donne son nom au client comme option host-name, comme si `option host-name "nom";` y était écrit. ' +
        'Le nom sert aussi aux mises à jour DNS quand aucun autre nom n’est disponible. Une `option host-name` explicite dans le host l’emporte.',
    ),
    { default: 'off' },
  ),
  option(
    'use-lease-addr-for-default-route',
    'f',
    4,
    'use-lease-addr-for-default-route flag;',
    d(
      'When on, dhcpd sends the client’s own leased address as its router instead of the `routers` option, which was meant to make old Windows 95 clients ARP for every address behind a proxy-ARP router. ' +
        'Not recommended: many clients do not work with it.',
      'Activé, dhcpd envoie au client sa propre adresse louée comme routeur au lieu de l’option `routers`, ce qui devait amener d’anciens clients Windows 95 à faire une requête ARP pour toute adresse située derrière un routeur proxy-ARP. ' +
        'Déconseillé : beaucoup de clients ne fonctionnent pas avec ce réglage.',
    ),
  ),
  option(
    'min-secs',
    'B',
    4,
    'min-secs seconds;',
    d(
      'dhcpd does not answer a client until it reports having tried for at least this many seconds (the secs field, at most 255). ' +
        'A value of 1 makes the server skip a client’s first request and answer its second. ' +
        'It can keep a backup server quiet while the main one answers, but unlike failover it does not share the address pool.',
      'dhcpd ne répond pas à un client avant qu’il n’annonce essayer depuis au moins ce nombre de secondes (le champ secs, 255 au plus). ' +
        'La valeur 1 fait ignorer la première requête d’un client et répondre à la deuxième. ' +
        'Cela peut faire taire un serveur de secours tant que le principal répond, mais contrairement au failover, le pool d’adresses n’est pas partagé.',
    ),
    { range: [0, 255] },
  ),
  option(
    'filename',
    't',
    4,
    'filename "filename";',
    d(
      'Name of the initial boot file the client should load (for PXE, for example `pxelinux.0`). ' +
        'It must be a name the client’s transfer protocol, usually TFTP, understands on the server given by `next-server`.',
      'Nom du fichier de démarrage initial que le client doit charger (en PXE, par exemple `pxelinux.0`). ' +
        'Ce doit être un nom compris par le protocole de transfert du client, en général TFTP, sur le serveur donné par `next-server`.',
    ),
  ),
  option(
    'server-name',
    't',
    4,
    'server-name name ;',
    d(
      'Name of the server the client is booting from, sent to the client in the BOOTP header’s server name field.',
      'Nom du serveur depuis lequel le client démarre, envoyé au client dans le champ nom de serveur de l’en-tête BOOTP.',
    ),
  ),
  option(
    'next-server',
    'I',
    4,
    'next-server server-name;',
    d(
      'Address of the server from which the client loads its boot file (`filename`), usually a TFTP server. ' +
        'Give a numeric IPv4 address or a domain name.',
      'Adresse du serveur depuis lequel le client charge son fichier de démarrage (`filename`), en général un serveur TFTP. ' +
        'Donnez une adresse IPv4 numérique ou un nom de domaine.',
    ),
  ),
  option(
    'vendor-option-space',
    'U',
    'both',
    'vendor-option-space string;',
    d(
      'Chooses the option space whose options are encapsulated in the vendor-encapsulated-options option sent to clients in this scope. ' +
        'See VENDOR ENCAPSULATED OPTIONS in dhcp-options(5); it is also needed before `parse-vendor-option;`.',
      'Choisit l’espace d’options dont les options sont encapsulées dans l’option vendor-encapsulated-options envoyée aux clients de cette portée. ' +
        'Voir VENDOR ENCAPSULATED OPTIONS dans dhcp-options(5) ; il est aussi nécessaire avant `parse-vendor-option;`.',
    ),
  ),
  option(
    'always-reply-rfc1048',
    'f',
    4,
    'always-reply-rfc1048 flag;',
    d(
      'When on, dhcpd answers BOOTP clients with an RFC 1048 vendor options field even if their request did not use that format. ' +
        'Useful for clients that do not receive their options and show “(non-rfc1048)” in the server log.',
      'Activé, dhcpd répond aux clients BOOTP avec un champ d’options au format RFC 1048 même si leur requête n’utilisait pas ce format. ' +
        'Utile pour les clients qui ne reçoivent pas leurs options et apparaissent avec « (non-rfc1048) » dans le journal du serveur.',
    ),
  ),
  option(
    'site-option-space',
    'X',
    4,
    'site-option-space name ;',
    d(
      'Chooses the option space from which site-local options (codes 224 to 254) are taken for clients in this scope. ' +
        'Since vendors reuse those codes for different purposes, conditional statements can select a different space for each kind of device.',
      'Choisit l’espace d’options d’où sont tirées les options locales au site (codes 224 à 254) pour les clients de cette portée. ' +
        'Comme les constructeurs réutilisent ces codes pour des usages différents, des instructions conditionnelles peuvent choisir un espace par type d’appareil.',
    ),
  ),
  option(
    'always-broadcast',
    'f',
    4,
    'always-broadcast flag;',
    d(
      'When on, dhcpd broadcasts its replies even to clients that did not set the broadcast bit, for clients that otherwise never receive them. ' +
        'Restrict it to as few clients as possible (a host, a class, a conditional) to avoid extra broadcast traffic.',
      'Activé, dhcpd diffuse ses réponses en broadcast même aux clients qui n’ont pas positionné le bit broadcast, pour ceux qui, sans cela, ne les recevraient jamais. ' +
        'Limitez-le au plus petit nombre de clients possible (un host, une classe, une condition) pour éviter un trafic de diffusion superflu.',
    ),
  ),
  option(
    'ddns-domainname',
    't',
    'both',
    'ddns-domainname name;',
    d(
      'Domain name appended to the client’s host name to form the fully qualified name used in dynamic DNS updates.',
      'Nom de domaine ajouté au nom d’hôte du client pour former le nom complet utilisé dans les mises à jour DNS dynamiques.',
    ),
  ),
  option(
    'ddns-hostname',
    't',
    'both',
    'ddns-hostname name;',
    d(
      'Host name used for the client’s A (or AAAA) and PTR records in dynamic DNS updates. ' +
        'When absent, dhcpd derives the name from the client’s FQDN or host-name option; `ddns-hostname = expression;` can compute it per client.',
      'Nom d’hôte utilisé pour les enregistrements A (ou AAAA) et PTR du client dans les mises à jour DNS dynamiques. ' +
        'Absent, dhcpd déduit le nom des options FQDN ou host-name du client ; `ddns-hostname = expression;` peut le calculer pour chaque client.',
    ),
  ),
  option(
    'ddns-rev-domainname',
    't',
    'both',
    'ddns-rev-domainname name;',
    d(
      'Domain appended to the client’s reversed address to form the name of its PTR record. ' +
        'Default `in-addr.arpa.`: a client at 10.17.92.74 gets the PTR name 74.92.17.10.in-addr.arpa.',
      'Domaine ajouté à l’adresse inversée du client pour former le nom de son enregistrement PTR. ' +
        'Par défaut `in-addr.arpa.` : un client en 10.17.92.74 reçoit le nom PTR 74.92.17.10.in-addr.arpa.',
    ),
    { default: 'in-addr.arpa.' },
  ),
  option(
    'lease-file-name',
    't',
    4,
    'lease-file-name name;',
    d(
      'Absolute path of the DHCPv4 lease file. It only has effect at the top level of the file. ' +
        'It takes precedence over the `-lf` command-line flag and the PATH_DHCPD_DB environment variable. ' +
        'Each server of a failover pair needs its own lease file.',
      'Chemin absolu du fichier des baux DHCPv4. Il n’a d’effet qu’au niveau global du fichier. ' +
        'Il l’emporte sur l’option `-lf` de la ligne de commande et sur la variable d’environnement PATH_DHCPD_DB. ' +
        'Chaque serveur d’une paire en failover doit avoir son propre fichier des baux.',
    ),
    { default: '/var/lib/dhcp/dhcpd.leases' },
  ),
  option(
    'pid-file-name',
    't',
    4,
    'pid-file-name name;',
    d(
      'Path of the file in which dhcpd writes its process ID when it starts. It only has effect at the top level of the file. ' +
        'It takes precedence over the command-line flag and the PATH_DHCPD_PID environment variable.',
      'Chemin du fichier où dhcpd écrit son numéro de processus au démarrage. Il n’a d’effet qu’au niveau global du fichier. ' +
        'Il l’emporte sur l’option de la ligne de commande et sur la variable d’environnement PATH_DHCPD_PID.',
    ),
    { default: '/var/run/dhcpd.pid' },
  ),
  option(
    'duplicates',
    'f',
    4,
    'duplicates flag;',
    d(
      'Boolean form of the `duplicates` flag: `duplicates off;` does what `deny duplicates;` does. ' +
        'Not described in dhcpd.conf(5); prefer `allow duplicates;` or `deny duplicates;`.',
      'Forme booléenne du drapeau `duplicates` : `duplicates off;` fait comme `deny duplicates;`. ' +
        'Absent de dhcpd.conf(5) ; préférez `allow duplicates;` ou `deny duplicates;`.',
    ),
  ),
  option(
    'declines',
    'f',
    4,
    'declines flag;',
    d(
      'Boolean form of the `declines` flag: `declines off;` does what `deny declines;` does. ' +
        'Not described in dhcpd.conf(5); prefer `allow declines;`, `deny declines;` or `ignore declines;`.',
      'Forme booléenne du drapeau `declines` : `declines off;` fait comme `deny declines;`. ' +
        'Absent de dhcpd.conf(5) ; préférez `allow declines;`, `deny declines;` ou `ignore declines;`.',
    ),
  ),
  option(
    'ddns-updates',
    'f',
    'both',
    'ddns-updates flag;',
    d(
      'Turns dynamic DNS updates on or off in this scope when a lease is confirmed; on by default. ' +
        'To disable updates everywhere, prefer `ddns-update-style none;`.',
      'Active ou désactive les mises à jour DNS dynamiques dans cette portée à la confirmation d’un bail ; activé par défaut. ' +
        'Pour les désactiver partout, préférez `ddns-update-style none;`.',
    ),
    { default: 'on' },
  ),
  option(
    'omapi-port',
    'S',
    'both',
    'omapi-port port;',
    d(
      'TCP port on which dhcpd listens for OMAPI connections, used by omshell to examine and change the running server (for example to put a failover peer in partner-down). ' +
        'OMAPI is off unless this is set; 7911 is the usual port. Protect it with `omapi-key`.',
      'Port TCP sur lequel dhcpd écoute les connexions OMAPI, utilisées par omshell pour examiner et modifier le serveur en marche (par exemple passer un pair en partner-down). ' +
        'OMAPI est inactif sans ce réglage ; 7911 est le port habituel. Protégez-le avec `omapi-key`.',
    ),
    { range: PORT },
  ),
  option(
    'local-port',
    'S',
    'both',
    'local-port port;',
    d(
      'UDP port on which dhcpd listens for DHCP requests, instead of 67 (547 in DHCPv6). ' +
        'Mostly for testing; clients and relays expect the standard port.',
      'Port UDP sur lequel dhcpd écoute les requêtes DHCP, au lieu de 67 (547 en DHCPv6). ' +
        'Surtout pour des essais ; clients et relais attendent le port standard.',
    ),
    { range: PORT, default: '67' },
  ),
  option(
    'limited-broadcast-address',
    'I',
    4,
    'limited-broadcast-address address;',
    d(
      'Address dhcpd uses as the limited-broadcast destination of its broadcast replies, instead of 255.255.255.255. ' +
        'Accepted by dhcpd but not described in dhcpd.conf(5); rarely needed.',
      'Adresse que dhcpd utilise comme destination de diffusion limitée pour ses réponses en broadcast, au lieu de 255.255.255.255. ' +
        'Acceptée par dhcpd mais absente de dhcpd.conf(5) ; rarement utile.',
    ),
  ),
  option(
    'remote-port',
    'S',
    4,
    'remote-port port;',
    d(
      'UDP port to which dhcpd sends its replies to clients, instead of 68. ' +
        'Replies to relays go to the relay’s port, except for a relay at 127.0.0.1. Only useful for testing.',
      'Port UDP vers lequel dhcpd envoie ses réponses aux clients, au lieu de 68. ' +
        'Les réponses aux relais vont au port du relais, sauf pour un relais en 127.0.0.1. Utile seulement pour des essais.',
    ),
    { range: PORT, default: '68' },
  ),
  option(
    'local-address',
    'I',
    4,
    'local-address address;',
    d(
      'Makes dhcpd listen only for requests sent to this address instead of all addresses. ' +
        'Since directly attached clients broadcast, it only suits servers reached through relays, and it only works when dhcpd was built with USE_SOCKETS.',
      'Fait écouter dhcpd uniquement les requêtes envoyées à cette adresse au lieu de toutes. ' +
        'Comme les clients directement raccordés émettent en broadcast, cela ne convient qu’aux serveurs joints par des relais, et ne fonctionne que si dhcpd a été compilé avec USE_SOCKETS.',
    ),
  ),
  option(
    'omapi-key',
    'K',
    'both',
    'omapi-key key-name;',
    d(
      'Names the TSIG key, declared with `key`, that OMAPI clients must use to authenticate. ' +
        'The key must be declared in the file, or dhcpd exits at startup. Accepted but not described in dhcpd.conf(5); see omshell(1).',
      'Désigne la clé TSIG, déclarée par `key`, que les clients OMAPI doivent utiliser pour s’authentifier. ' +
        'La clé doit être déclarée dans le fichier, sinon dhcpd s’arrête au démarrage. Accepté mais absent de dhcpd.conf(5) ; voir omshell(1).',
    ),
  ),
  option(
    'stash-agent-options',
    'f',
    4,
    'stash-agent-options flag;',
    d(
      'When on, dhcpd keeps the relay agent information options received with a client’s first DHCPREQUEST and acts as if they came with its later renewals. ' +
        'Renewals are unicast straight to the server and usually lack those options.',
      'Activé, dhcpd garde les options d’agent relais reçues avec le premier DHCPREQUEST d’un client et fait comme si elles accompagnaient ses renouvellements suivants. ' +
        'Les renouvellements sont envoyés en unicast directement au serveur et ne contiennent en général pas ces options.',
    ),
  ),
  option(
    'ddns-ttl',
    'T',
    'both',
    'ddns-ttl seconds;',
    d(
      'Time to live, in seconds, of the DNS records dhcpd adds through dynamic updates. ' +
        'Accepted but not described in dhcpd.conf(5) of 4.4.3; when absent, dhcpd derives the TTL from the lease length.',
      'Durée de vie (TTL), en secondes, des enregistrements DNS que dhcpd ajoute par mise à jour dynamique. ' +
        'Accepté mais absent de dhcpd.conf(5) en 4.4.3 ; s’il n’est pas défini, dhcpd déduit le TTL de la durée du bail.',
    ),
  ),
  option(
    'ddns-update-style',
    'Nddns-styles.',
    'both',
    'ddns-update-style style;',
    d(
      'Chooses the dynamic DNS update scheme: `standard` (RFC 4701-4703, DHCID records), `interim` (the older draft scheme with TXT records) or `none`. ' +
        'Default `none`; new installations should use `standard`. ' +
        'It only takes effect at the top level, since it is read once after the file; `ad-hoc` is no longer supported and the values are case-sensitive.',
      'Choisit le mode de mise à jour DNS dynamique : `standard` (RFC 4701 à 4703, enregistrements DHCID), `interim` (l’ancien mode issu des drafts de l’IETF, enregistrements TXT) ou `none`. ' +
        'Par défaut `none` ; les nouvelles installations devraient utiliser `standard`. ' +
        'Il n’a d’effet qu’au niveau global, car il n’est lu qu’une fois, après la lecture du fichier ; `ad-hoc` n’est plus pris en charge et les valeurs sont sensibles à la casse.',
    ),
    { values: ['none', 'interim', 'standard'], default: 'none' },
  ),
  option(
    'client-updates',
    'f',
    'both',
    'client-updates flag;',
    d(
      'Boolean form of the `client-updates` flag: `client-updates off;` does what `deny client-updates;` does. ' +
        'Not described in dhcpd.conf(5); prefer `allow client-updates;`, `deny client-updates;` or `ignore client-updates;`.',
      'Forme booléenne du drapeau `client-updates` : `client-updates off;` fait comme `deny client-updates;`. ' +
        'Absent de dhcpd.conf(5) ; préférez `allow client-updates;`, `deny client-updates;` ou `ignore client-updates;`.',
    ),
  ),
  option(
    'update-optimization',
    'f',
    'both',
    'update-optimization flag;',
    d(
      'When on (the default), dhcpd only updates the DNS when the client’s information changes, it gets a different lease or its lease expires. ' +
        'When off, it updates the DNS at every renewal, which lets the DNS heal from inconsistencies at the cost of many more updates.',
      'Activé (par défaut), dhcpd ne met à jour le DNS que si les informations du client changent, s’il reçoit un autre bail ou si son bail expire. ' +
        'Désactivé, il met à jour le DNS à chaque renouvellement, ce qui permet de corriger les incohérences du DNS, au prix de beaucoup plus de mises à jour.',
    ),
    { default: 'on' },
  ),
  option(
    'ping-check',
    'f',
    4,
    'ping-check flag;',
    d(
      'When on, dhcpd sends an ICMP echo request to an address before offering it and waits `ping-timeout` seconds; if something answers, the address is abandoned and not offered. ' +
        'This adds a delay to the first offer. Set it to false to skip the check.',
      'Activé, dhcpd envoie une requête d’écho ICMP à une adresse avant de la proposer et attend `ping-timeout` secondes ; si quelque chose répond, l’adresse est abandonnée et n’est pas proposée. ' +
        'Cela retarde la première offre. Mettez-le à false pour désactiver la vérification.',
    ),
    { default: 'on' },
  ),
  option(
    'update-static-leases',
    'f',
    'both',
    'update-static-leases flag;',
    d(
      'When on, dhcpd also does DNS updates for clients with a `fixed-address` or `fixed-address6`. ' +
        'Not recommended: dhcpd cannot tell when such a record is stale, never removes it, and updates it at every renewal. Off by default.',
      'Activé, dhcpd fait aussi les mises à jour DNS des clients dotés d’une `fixed-address` ou `fixed-address6`. ' +
        'Déconseillé : dhcpd ne sait pas quand un tel enregistrement est périmé, ne le supprime jamais et le met à jour à chaque renouvellement. Désactivé par défaut.',
    ),
    { default: 'off' },
  ),
  option(
    'log-facility',
    'Nsyslog-facilities.',
    'both',
    'log-facility facility;',
    d(
      'Syslog facility dhcpd logs to once the configuration has been read; messages printed while reading it still go to the default facility, `daemon`. ' +
        'dhcpd 4.4.3 on Linux accepts kern, user, mail, daemon, auth, syslog, lpr, news, uucp, cron, authpriv, ftp and local0 to local7. ' +
        'Your syslog configuration must route the facility to a file, e.g. `local7.debug /var/log/dhcpd.log`.',
      'Catégorie syslog utilisée par dhcpd une fois la configuration lue ; les messages émis pendant la lecture vont encore à la catégorie par défaut, `daemon`. ' +
        'dhcpd 4.4.3 sous Linux accepte kern, user, mail, daemon, auth, syslog, lpr, news, uucp, cron, authpriv, ftp et local0 à local7. ' +
        'La configuration de syslog doit diriger cette catégorie vers un fichier, par exemple `local7.debug /var/log/dhcpd.log`.',
    ),
    {
      values: [
        'kern',
        'user',
        'mail',
        'daemon',
        'auth',
        'syslog',
        'lpr',
        'news',
        'uucp',
        'cron',
        'authpriv',
        'ftp',
        'local0',
        'local1',
        'local2',
        'local3',
        'local4',
        'local5',
        'local6',
        'local7',
      ],
      default: 'daemon',
    },
  ),
  option(
    'do-forward-updates',
    'f',
    'both',
    'do-forward-updates flag;',
    d(
      'Whether dhcpd updates the client’s A record (forward DNS) when it gets or renews a lease; on by default and only meaningful when DNS updates are enabled. ' +
        'When off, dhcpd only updates the PTR record, from the name the client sends in its FQDN option. The client-updates flag is still honoured.',
      'Indique si dhcpd met à jour l’enregistrement A du client (DNS direct) quand il obtient ou renouvelle un bail ; activé par défaut et utile seulement si les mises à jour DNS sont actives. ' +
        'Désactivé, dhcpd ne met à jour que l’enregistrement PTR, d’après le nom que le client envoie dans son option FQDN. Le drapeau client-updates reste respecté.',
    ),
    { default: 'on' },
  ),
  option(
    'ping-timeout',
    'T',
    4,
    'ping-timeout seconds;',
    d(
      'How many seconds dhcpd waits for an answer to its ping check before offering the address. ' +
        'Default 1 second; `ping-timeout-ms`, when greater than zero, replaces it.',
      'Nombre de secondes pendant lesquelles dhcpd attend une réponse à sa vérification par ping avant de proposer l’adresse. ' +
        'Par défaut 1 seconde ; `ping-timeout-ms`, s’il est supérieur à zéro, le remplace.',
    ),
    { default: '1' },
  ),
  option(
    'infinite-is-reserved',
    'f',
    4,
    'infinite-is-reserved flag;',
    d(
      'When on, a lease given to a client that asked for an infinite lease time (0xffffffff) is automatically marked reserved: it is then only offered back to that client. ' +
        'Off by default. See RESERVED LEASES in dhcpd.conf(5).',
      'Activé, un bail donné à un client qui a demandé une durée infinie (0xffffffff) est automatiquement marqué réservé : il n’est alors plus proposé qu’à ce client. ' +
        'Désactivé par défaut. Voir RESERVED LEASES dans dhcpd.conf(5).',
    ),
    { default: 'off' },
  ),
  option(
    'update-conflict-detection',
    'f',
    'both',
    'update-conflict-detection flag;',
    d(
      'When on (the default), dhcpd uses the DHCID records to detect that a DNS name belongs to another client before updating it. ' +
        'When off, it replaces any previous records without question. Only effective at the top level.',
      'Activé (par défaut), dhcpd utilise les enregistrements DHCID pour détecter qu’un nom DNS appartient à un autre client avant de le modifier. ' +
        'Désactivé, il remplace sans vérification les enregistrements existants. N’a d’effet qu’au niveau global.',
    ),
    { default: 'on' },
  ),
  option(
    'leasequery',
    'f',
    'both',
    'leasequery flag;',
    d(
      'Boolean form of the `leasequery` flag: `leasequery on;` does what `allow leasequery;` does. ' +
        'Not described in dhcpd.conf(5); prefer `allow leasequery;` or `deny leasequery;`.',
      'Forme booléenne du drapeau `leasequery` : `leasequery on;` fait comme `allow leasequery;`. ' +
        'Absent de dhcpd.conf(5) ; préférez `allow leasequery;` ou `deny leasequery;`.',
    ),
    { default: 'off' },
  ),
  option(
    'adaptive-lease-time-threshold',
    'B',
    'both',
    'adaptive-lease-time-threshold percentage;',
    d(
      'When the share of allocated leases in a pool rises above this percentage, new clients of the pool get `min-lease-time` leases, so that addresses come back faster. ' +
        'Clients renewing a valid lease keep at least its remaining time; normal lease times return when usage falls below the threshold. Valid values: 1 to 99.',
      'Quand la part de baux attribués dans un pool dépasse ce pourcentage, les nouveaux clients du pool reçoivent des baux de `min-lease-time`, pour que les adresses reviennent plus vite. ' +
        'Les clients qui renouvellent un bail valide en gardent au moins le temps restant ; les durées normales reviennent quand l’occupation repasse sous le seuil. Valeurs : 1 à 99.',
    ),
    { range: [1, 99] },
  ),
  option(
    'do-reverse-updates',
    'f',
    'both',
    'do-reverse-updates flag;',
    d(
      'Whether dhcpd updates the client’s PTR record (reverse DNS) during dynamic DNS updates. ' +
        'Accepted but not described in dhcpd.conf(5) of 4.4.3.',
      'Indique si dhcpd met à jour l’enregistrement PTR du client (DNS inverse) lors des mises à jour DNS dynamiques. ' +
        'Accepté mais absent de dhcpd.conf(5) en 4.4.3.',
    ),
  ),
  option(
    'fqdn-reply',
    'f',
    'both',
    'fqdn-reply flag;',
    d(
      'Whether dhcpd answers the client FQDN option in its replies when it does DNS updates for the client. ' +
        'Accepted but not described in dhcpd.conf(5) of 4.4.3.',
      'Indique si dhcpd répond à l’option FQDN du client dans ses réponses quand il fait les mises à jour DNS pour ce client. ' +
        'Accepté mais absent de dhcpd.conf(5) en 4.4.3.',
    ),
  ),
  option(
    'preferred-lifetime',
    'T',
    6,
    'preferred-lifetime seconds;',
    d(
      'Preferred lifetime, in seconds, of the DHCPv6 addresses dhcpd leases; after it the address is deprecated, although still valid, so applications move to newer addresses. ' +
        'Default: 5/8 of the default lease time (the valid lifetime).',
      'Durée de vie préférée, en secondes, des adresses DHCPv6 attribuées ; passé ce délai l’adresse est dépréciée, bien que toujours valide, pour que les applications passent à des adresses plus récentes. ' +
        'Par défaut : les 5/8 de la durée de bail par défaut (la durée de validité).',
    ),
    { default: '5/8 of default-lease-time' },
  ),
  option(
    'dhcpv6-lease-file-name',
    't',
    6,
    'dhcpv6-lease-file-name name;',
    d(
      'Absolute path of the lease file when dhcpd runs in DHCPv6 mode. It only has effect at the top level of the file. ' +
        'It takes precedence over the `-lf` flag and the PATH_DHCPD6_DB environment variable.',
      'Chemin absolu du fichier des baux quand dhcpd fonctionne en DHCPv6. Il n’a d’effet qu’au niveau global du fichier. ' +
        'Il l’emporte sur l’option `-lf` et sur la variable d’environnement PATH_DHCPD6_DB.',
    ),
    { default: '/var/lib/dhcp/dhcpd6.leases' },
  ),
  option(
    'dhcpv6-pid-file-name',
    't',
    6,
    'dhcpv6-pid-file-name name;',
    d(
      'Path of the process ID file used only when dhcpd runs in DHCPv6 mode. It only has effect at the top level of the file. ' +
        'It takes precedence over the command-line flag and the PATH_DHCPD6_PID environment variable.',
      'Chemin du fichier du numéro de processus, utilisé seulement quand dhcpd fonctionne en DHCPv6. Il n’a d’effet qu’au niveau global du fichier. ' +
        'Il l’emporte sur l’option de la ligne de commande et sur la variable d’environnement PATH_DHCPD6_PID.',
    ),
    { default: '/var/lib/dhcp/dhcpd6.pid' },
  ),
  option(
    'limit-addrs-per-ia',
    'L',
    6,
    'limit-addrs-per-ia number;',
    d(
      'Largest number of addresses a DHCPv6 client may hold in one IA (identity association). ' +
        'Default 1; raise it to let clients keep several addresses at a time.',
      'Nombre maximal d’adresses qu’un client DHCPv6 peut détenir dans une IA (association d’identité). ' +
        'Par défaut 1 ; augmentez-le pour laisser les clients garder plusieurs adresses à la fois.',
    ),
    { default: '1' },
  ),
  option(
    'limit-prefs-per-ia',
    'L',
    6,
    'limit-prefs-per-ia number;',
    d(
      'Largest number of delegated prefixes a DHCPv6 client may hold in one IA_PD, the prefix counterpart of `limit-addrs-per-ia`. ' +
        'Accepted but not described in dhcpd.conf(5) of 4.4.3.',
      'Nombre maximal de préfixes délégués qu’un client DHCPv6 peut détenir dans une IA_PD, l’équivalent pour les préfixes de `limit-addrs-per-ia`. ' +
        'Accepté mais absent de dhcpd.conf(5) en 4.4.3.',
    ),
  ),
  option(
    'delayed-ack',
    'S',
    4,
    'delayed-ack count;',
    d(
      'Largest number of DHCPv4 replies queued until the lease database is committed to disk; the queue is sent after the commit, as RFC 2131 wants stable storage updated before replying. ' +
        'Default 0, which disables the feature; 28 is a sensible start. Not compatible with DHCPv4-over-DHCPv6.',
      'Nombre maximal de réponses DHCPv4 mises en attente jusqu’à l’écriture de la base des baux sur disque ; elles partent après l’écriture, car la RFC 2131 exige que le stockage permanent soit à jour avant toute réponse. ' +
        'Par défaut 0, ce qui désactive la fonction ; 28 est un bon point de départ. Incompatible avec DHCPv4-over-DHCPv6.',
    ),
    { range: [0, 65535], default: '0' },
  ),
  option(
    'max-ack-delay',
    'L',
    4,
    'max-ack-delay microseconds;',
    d(
      'Longest time, in microseconds, a reply queued by `delayed-ack` may wait before the database is committed and the queue sent. ' +
        'Default 250000 (a quarter of a second).',
      'Temps maximal, en microsecondes, pendant lequel une réponse mise en attente par `delayed-ack` peut attendre avant l’écriture de la base et l’envoi de la file. ' +
        'Par défaut 250000 (un quart de seconde).',
    ),
    { range: UINT32, default: '250000' },
  ),
  option(
    'dhcp-cache-threshold',
    'B',
    'both',
    'dhcp-cache-threshold percentage;',
    d(
      'Percentage of the lease time, from its start, during which a renewing client gets its current lease back unchanged instead of an extended one, so dhcpd does not rewrite the lease file for clients that renew too often. ' +
        'Default 25; 0 disables it. Values 0 to 100; on-commit statements still run.',
      'Pourcentage de la durée du bail, depuis son début, pendant lequel un client qui renouvelle reçoit son bail inchangé au lieu d’un bail prolongé, pour éviter de réécrire le fichier des baux pour des clients qui renouvellent trop souvent. ' +
        'Par défaut 25 ; 0 le désactive. Valeurs de 0 à 100 ; les instructions on commit s’exécutent quand même.',
    ),
    { range: [0, 100], default: '25' },
  ),
  option(
    'dont-use-fsync',
    'f',
    'both',
    'dont-use-fsync flag;',
    d(
      'When on, dhcpd does not call fsync() after writing leases. ' +
        'Faster, but a lease may be lost if the server stops right after granting it, which can lead to duplicate addresses; not recommended. Off by default.',
      'Activé, dhcpd n’appelle pas fsync() après l’écriture des baux. ' +
        'Plus rapide, mais un bail peut être perdu si le serveur s’arrête juste après l’avoir accordé, ce qui peut donner des adresses en double ; déconseillé. Désactivé par défaut.',
    ),
    { default: 'off' },
  ),
  option(
    'ddns-local-address4',
    'I',
    'both',
    'ddns-local-address4 address;',
    d(
      'Local IPv4 address dhcpd uses as the source of the DNS update requests it sends.',
      'Adresse IPv4 locale que dhcpd utilise comme source des requêtes de mise à jour DNS qu’il envoie.',
    ),
  ),
  option(
    'ddns-local-address6',
    '6',
    'both',
    'ddns-local-address6 address;',
    d(
      'Local IPv6 address dhcpd uses as the source of the DNS update requests it sends.',
      'Adresse IPv6 locale que dhcpd utilise comme source des requêtes de mise à jour DNS qu’il envoie.',
    ),
  ),
  option(
    'ignore-client-uids',
    'f',
    4,
    'ignore-client-uids flag;',
    d(
      'When on, dhcpd does not record the client identifier (UID) of DHCPv4 clients and identifies them by hardware address only. ' +
        'When off or absent, client UIDs are recorded.',
      'Activé, dhcpd n’enregistre pas l’identifiant client (UID) des clients DHCPv4 et ne les identifie que par leur adresse matérielle. ' +
        'Désactivé ou absent, les UID des clients sont enregistrés.',
    ),
    { default: 'off' },
  ),
  option(
    'log-threshold-low',
    'B',
    'both',
    'log-threshold-low percentage;',
    d(
      'Pool usage percentage below which dhcpd logs again after a `log-threshold-high` message; default 0. ' +
        'If set above the high threshold, a message is logged at every acknowledgement while usage stays above the high threshold.',
      'Pourcentage d’occupation du pool en dessous duquel dhcpd journalise de nouveau après un message `log-threshold-high` ; 0 par défaut. ' +
        'S’il est plus grand que le seuil haut, un message est journalisé à chaque accusé de réception tant que l’occupation dépasse le seuil haut.',
    ),
    { range: [0, 100], default: '0' },
  ),
  option(
    'log-threshold-high',
    'B',
    'both',
    'log-threshold-high percentage;',
    d(
      'Pool usage percentage above which dhcpd logs a message about the pool, once, until usage falls below `log-threshold-low`. ' +
        '0 or absent: no message.',
      'Pourcentage d’occupation du pool au-dessus duquel dhcpd journalise un message sur le pool, une fois, jusqu’à ce que l’occupation repasse sous `log-threshold-low`. ' +
        '0 ou absent : aucun message.',
    ),
    { range: [0, 100], default: '0' },
  ),
  option(
    'echo-client-id',
    'f',
    4,
    'echo-client-id flag;',
    d(
      'When on, dhcpd copies the client identifier option (code 61) a client sends into its DHCPACK or DHCPNAK, as RFC 6842 requires. ' +
        'Off by default.',
      'Activé, dhcpd recopie dans son DHCPACK ou DHCPNAK l’option identifiant client (code 61) envoyée par le client, comme l’exige la RFC 6842. ' +
        'Désactivé par défaut.',
    ),
    { default: 'off' },
  ),
  option(
    'server-id-check',
    'f',
    4,
    'server-id-check flag;',
    d(
      'When on, a failover server only processes DHCPREQUESTs whose server identifier option matches its own identifier, for clients that insist on the answer of one given peer. ' +
        'Off by default; keep the same setting on both failover partners, and think twice before enabling it.',
      'Activé, un serveur en failover ne traite que les DHCPREQUEST dont l’option server identifier correspond à son propre identifiant, pour les clients qui exigent la réponse d’un pair donné. ' +
        'Désactivé par défaut ; gardez le même réglage sur les deux partenaires, et réfléchissez-y à deux fois avant de l’activer.',
    ),
    { default: 'off' },
  ),
  option(
    'prefix-length-mode',
    'Nprefix_length_modes.',
    6,
    'prefix-length-mode mode;',
    d(
      'How dhcpd picks a delegated prefix when the client asks for a given length: `ignore` the request, `prefer` that length and fall back to any (the default), `exact` length only, `minimum` (that length or longer) or `maximum` (that length or shorter). ' +
        'Pools are tried in the order they are declared.',
      'Façon dont dhcpd choisit un préfixe délégué quand le client demande une longueur : `ignore` (ignorer la demande), `prefer` (cette longueur de préférence, sinon n’importe laquelle ; par défaut), `exact` (cette longueur seulement), `minimum` (cette longueur ou plus longue) ou `maximum` (cette longueur ou plus courte). ' +
        'Les pools sont essayés dans l’ordre de leur déclaration.',
    ),
    { values: ['ignore', 'prefer', 'exact', 'minimum', 'maximum'], default: 'prefer' },
  ),
  option(
    'dhcpv6-set-tee-times',
    'f',
    6,
    'dhcpv6-set-tee-times flag;',
    d(
      'When on, dhcpd computes the DHCPv6 T1 and T2 times as RFC 3315 recommends (0.5 and 0.8 of the shortest preferred lifetime) when dhcp-renewal-time and dhcp-rebinding-time are not set; otherwise they are sent as zero. ' +
        'Transitional; it may disappear in a future release.',
      'Activé, dhcpd calcule les durées T1 et T2 DHCPv6 comme le recommande la RFC 3315 (0,5 et 0,8 fois la plus courte durée de vie préférée) quand dhcp-renewal-time et dhcp-rebinding-time ne sont pas fixés ; sinon elles sont envoyées à zéro. ' +
        'Réglage transitoire ; il pourrait disparaître dans une version future.',
    ),
    { default: 'off' },
  ),
  option(
    'abandon-lease-time',
    'T',
    4,
    'abandon-lease-time time;',
    d(
      'Longest time, in seconds, an abandoned IPv4 lease stays unavailable (abandoned after a ping answer or a DHCPDECLINE); abandoned leases are only offered when no free lease is left. ' +
        'Default 86400 (24 hours); values under 60 are not recommended. Only effective at the top level, and read once at startup.',
      'Durée maximale, en secondes, pendant laquelle un bail IPv4 abandonné (après une réponse au ping ou un DHCPDECLINE) reste indisponible ; les baux abandonnés ne sont proposés que lorsqu’il ne reste aucun bail libre. ' +
        'Par défaut 86400 (24 heures) ; des valeurs inférieures à 60 sont déconseillées. N’a d’effet qu’au niveau global et n’est lu qu’au démarrage.',
    ),
    { default: '86400' },
  ),
  {
    // Compiled only with EUI_64 (includes/site.h): the reference dhcpd 4.4.3-P1 refuses it anywhere.
    name: 'use-eui-64',
    kind: 'parameter',
    family: 6,
    scopes: [],
    refused: { dhcpd: 'semicolon expected.' },
    syntax: 'use-eui-64 flag;',
    format: 'f',
    default: 'off',
    doc: d(
      'When on, dhcpd builds a client’s IPv6 address from its EUI-64 DUID instead of the dynamic algorithm, so a DUID always gets the same address in a pool; `range6` must then cover whole /64 prefixes. ' +
        'Only available when dhcpd is built with EUI_64 (includes/site.h): the stock dhcpd 4.4.3 refuses it.',
      'Activé, dhcpd construit l’adresse IPv6 d’un client à partir de son DUID EUI-64 au lieu de l’algorithme dynamique, si bien qu’un DUID reçoit toujours la même adresse dans un pool ; les `range6` doivent alors couvrir des préfixes /64 entiers. ' +
        'Disponible seulement si dhcpd est compilé avec EUI_64 (includes/site.h) : le dhcpd 4.4.3 standard le refuse.',
    ),
  },
  option(
    'check-secs-byte-order',
    'f',
    4,
    'check-secs-byte-order flag;',
    d(
      'When on, dhcpd detects DHCPv4 clients that write the secs field in the wrong byte order (high byte set, low byte zero) and swaps the bytes. ' +
        'Only useful with failover load balancing, which relies on that field. Off by default.',
      'Activé, dhcpd repère les clients DHCPv4 qui écrivent le champ secs dans le mauvais ordre d’octets (octet fort non nul, octet faible nul) et inverse les octets. ' +
        'Utile seulement avec l’équilibrage de charge du failover, qui s’appuie sur ce champ. Désactivé par défaut.',
    ),
    { default: 'off' },
  ),
  {
    // Compiled only with EUI_64 (includes/site.h): the reference dhcpd 4.4.3-P1 refuses it anywhere.
    name: 'persist-eui-64-leases',
    kind: 'parameter',
    family: 6,
    scopes: [],
    refused: { dhcpd: 'semicolon expected.' },
    syntax: 'persist-eui-64-leases flag;',
    format: 'f',
    default: 'on',
    doc: d(
      'Whether EUI-64 based leases are written to the lease file; on by default and only settable at the top level. ' +
        'Only available when dhcpd is built with EUI_64 (includes/site.h): the stock dhcpd 4.4.3 refuses it.',
      'Indique si les baux fondés sur EUI-64 sont écrits dans le fichier des baux ; activé par défaut et réglable seulement au niveau global. ' +
        'Disponible seulement si dhcpd est compilé avec EUI_64 (includes/site.h) : le dhcpd 4.4.3 standard le refuse.',
    ),
  },
  option(
    'ddns-dual-stack-mixed-mode',
    'f',
    'both',
    'ddns-dual-stack-mixed-mode flag;',
    d(
      'Turns on Dual Stack Mixed Mode (DSMM) DNS conflict resolution, where the DHCPv4 and DHCPv6 servers use different update styles and each only touches its own record types. ' +
        'Off by default; needs `update-conflict-detection` and only has effect at the top level.',
      'Active la résolution de conflits DNS en Dual Stack Mixed Mode (DSMM), où les serveurs DHCPv4 et DHCPv6 utilisent des modes de mise à jour différents et ne touchent chacun qu’à leurs propres types d’enregistrements. ' +
        'Désactivé par défaut ; exige `update-conflict-detection` et n’a d’effet qu’au niveau global.',
    ),
    { default: 'off' },
  ),
  option(
    'ddns-guard-id-must-match',
    'f',
    'both',
    'ddns-guard-id-must-match flag;',
    d(
      'When on (the default), DNS entries guarded by a DHCID record may only be changed for the client whose identity matches that record. ' +
        'When off, any updater may replace them as long as a DHCID record exists. Needs conflict detection; only effective at the top level.',
      'Activé (par défaut), les entrées DNS protégées par un enregistrement DHCID ne peuvent être modifiées que pour le client dont l’identité correspond à cet enregistrement. ' +
        'Désactivé, n’importe quel émetteur de mises à jour peut les remplacer dès qu’un enregistrement DHCID existe. Exige la détection de conflits ; n’a d’effet qu’au niveau global.',
    ),
    { default: 'on' },
  ),
  option(
    'ddns-other-guard-is-dynamic',
    'f',
    'both',
    'ddns-other-guard-is-dynamic flag;',
    d(
      'With DSMM, when on, a DHCID record of the other update style marks the name’s DNS entries as dynamic, so this server may overwrite them. ' +
        'Off by default; it weakens the protection of static entries. Only effective at the top level.',
      'En DSMM, activé, un enregistrement DHCID de l’autre mode de mise à jour marque les entrées DNS du nom comme dynamiques, que ce serveur peut alors écraser. ' +
        'Désactivé par défaut ; cela affaiblit la protection des entrées statiques. N’a d’effet qu’au niveau global.',
    ),
    { default: 'off' },
  ),
  option(
    'release-on-roam',
    'f',
    6,
    'release-on-roam flag;',
    d(
      'When on, dhcpd releases a DHCPv6 client’s leases on its old network as soon as it sees the client (same IAID and DUID) appear on a new one, and logs it. ' +
        'Off by default, in which case the old leases stay unavailable until they expire. Only effective at the top level.',
      'Activé, dhcpd libère les baux d’un client DHCPv6 sur son ancien réseau dès qu’il le voit (même IAID et DUID) apparaître sur un nouveau, et le journalise. ' +
        'Désactivé par défaut : les anciens baux restent alors indisponibles jusqu’à leur expiration. N’a d’effet qu’au niveau global.',
    ),
    { default: 'off' },
  ),
  option(
    'local-address6',
    '6',
    6,
    'local-address6 address;',
    d(
      'IPv6 address dhcpd uses as the source of the DHCPv6 packets it sends, instead of letting the kernel choose. ' +
        'With `bind-local-address6 on;`, the service sockets are also bound to it. Only effective at the top level.',
      'Adresse IPv6 que dhcpd utilise comme source des paquets DHCPv6 qu’il envoie, au lieu de laisser le noyau la choisir. ' +
        'Avec `bind-local-address6 on;`, les sockets de service y sont aussi liées. N’a d’effet qu’au niveau global.',
    ),
  ),
  option(
    'bind-local-address6',
    'f',
    6,
    'bind-local-address6 flag;',
    d(
      'When on, dhcpd binds its DHCPv6 service sockets to the `local-address6` address. ' +
        'Off by default; only effective at the top level.',
      'Activé, dhcpd lie ses sockets de service DHCPv6 à l’adresse `local-address6`. ' +
        'Désactivé par défaut ; n’a d’effet qu’au niveau global.',
    ),
    { default: 'off' },
  ),
  option(
    'ping-cltt-secs',
    'T',
    4,
    'ping-cltt-secs seconds;',
    d(
      'When a lease is offered again to its previous owner, dhcpd only pings the address if more than this many seconds have passed since the client’s last transaction time (CLTT). ' +
        'Default 60 seconds.',
      'Quand un bail est reproposé à son ancien détenteur, dhcpd ne vérifie l’adresse par ping que si plus de ce nombre de secondes s’est écoulé depuis la dernière transaction du client (CLTT). ' +
        'Par défaut 60 secondes.',
    ),
    { default: '60' },
  ),
  option(
    'ping-timeout-ms',
    'T',
    4,
    'ping-timeout-ms milliseconds;',
    d(
      'Ping check timeout in milliseconds; when greater than zero it replaces `ping-timeout`. Default 0.',
      'Délai d’attente de la vérification par ping, en millisecondes ; supérieur à zéro, il remplace `ping-timeout`. Par défaut 0.',
    ),
    { default: '0' },
  ),
];

// ---------------------------------------------------------------------------------------------
// The failover peer block (server/confpars.c parse_failover_peer)
// ---------------------------------------------------------------------------------------------

const FAILOVER: readonly StatementInfo[] = [
  failover(
    'primary',
    'primary;',
    d(
      'Makes this server the primary of the failover pair; the partner must be `secondary`. ' +
        'Only the primary carries `mclt` and `split` (or `hba`), and dhcpd refuses a primary without them. ' +
        'When neither `primary` nor `secondary` is written, dhcpd assumes primary; when both are, the last one wins.',
      'Fait de ce serveur le primaire de la paire en failover ; le partenaire doit être `secondary`. ' +
        'Seul le primaire définit `mclt` et `split` (ou `hba`), et dhcpd refuse un primaire qui ne les a pas. ' +
        'Sans `primary` ni `secondary`, dhcpd considère le serveur comme primaire ; si les deux sont écrits, le dernier l’emporte.',
    ),
  ),
  failover(
    'secondary',
    'secondary;',
    d(
      'Makes this server the secondary of the failover pair; the partner must be `primary`. ' +
        'The secondary declares neither `split` nor `hba` (dhcpd refuses them) nor `mclt` (the man page forbids it; the secondary learns it from the primary). ' +
        'Without a role, dhcpd assumes primary.',
      'Fait de ce serveur le secondaire de la paire en failover ; le partenaire doit être `primary`. ' +
        'Le secondaire ne déclare ni `split` ni `hba` (dhcpd les refuse) ni `mclt` (la page de manuel l’interdit ; le secondaire l’apprend du primaire). ' +
        'Sans rôle, dhcpd considère le serveur comme primaire.',
    ),
  ),
  failover(
    'address',
    'address address;',
    d(
      'The local machine’s own failover address: the IP address or DNS name on which this server listens for connections from its peer. ' +
        'It is also used as this server’s identifier in the failover protocol, so it may not be omitted, and it must be the `peer address` written on the other server. ' +
        'It must be a local address of this machine, so that the server can listen on it; it need not lie in a subnet declared in the file.',
      'L’adresse de failover de ce serveur (l’« adresse d’interaction de la machine locale » des tutoriels) : l’adresse IP ou le nom DNS sur lequel ce serveur écoute les connexions de son pair. ' +
        'Elle sert aussi d’identifiant de ce serveur dans le protocole de failover, elle ne doit donc pas être omise, et elle doit être la `peer address` écrite sur l’autre serveur. ' +
        'Ce doit être une adresse locale de cette machine, pour que le serveur puisse y écouter ; elle n’a pas besoin d’appartenir à un sous-réseau déclaré dans le fichier.',
    ),
  ),
  failover(
    'peer address',
    'peer address address;',
    d(
      'The address of the failover partner: the IP address or DNS name of the other DHCP server, to which this server connects to exchange failover messages. ' +
        'Mandatory: dhcpd refuses the peer without it (“peer address may not be omitted”). It must be the `address` written on the other server.',
      'L’adresse du partenaire de failover (l’« adresse du DHCP en failover » des tutoriels) : l’adresse IP ou le nom DNS de l’autre serveur DHCP, auquel ce serveur se connecte pour échanger les messages de failover. ' +
        'Obligatoire : dhcpd refuse le pair sans elle (« peer address may not be omitted »). Ce doit être l’`address` écrite sur l’autre serveur.',
    ),
  ),
  failover(
    'port',
    'port port-number;',
    d(
      'The listening port: the TCP port on which this server waits for failover connections from its peer. ' +
        'Default 647, the port IANA assigned to DHCP failover (`port 0` also means 647; a number above 65535 is cut to 16 bits). It should equal the `peer port` of the other server. ' +
        'One connection carries the whole dialogue, so the pair connects as long as one direction is right; when both directions are wrong, dhcpd reports no error and both servers stay in recover.',
      'Le port d’écoute : le port TCP sur lequel ce serveur attend les connexions de failover de son pair. ' +
        'Par défaut 647, le port attribué par l’IANA au failover DHCP (`port 0` vaut aussi 647 ; un nombre au-delà de 65535 est tronqué à 16 bits). Il devrait être égal au `peer port` de l’autre serveur. ' +
        'Une seule connexion assure tout le dialogue : la paire se connecte dès qu’un des deux sens est correct ; si les deux sens sont faux, dhcpd ne signale aucune erreur et les deux serveurs restent en recover.',
    ),
    { range: PORT, default: '647' },
  ),
  failover(
    'peer port',
    'peer port port-number;',
    d(
      'The peer’s port: the TCP port to which this server connects on its partner for failover messages. ' +
        'Default 647. It should equal the `port` of the other server: one right direction is enough for the pair to connect; when both are wrong, both servers stay in recover without an error.',
      'Le port du pair : le port TCP auquel ce serveur se connecte chez son partenaire pour les messages de failover. ' +
        'Par défaut 647. Il devrait être égal au `port` de l’autre serveur : un seul sens correct suffit pour que la paire se connecte ; si les deux sont faux, les deux serveurs restent en recover sans aucune erreur.',
    ),
    { range: PORT, default: '647' },
  ),
  failover(
    'max-response-delay',
    'max-response-delay seconds;',
    d(
      'Number of seconds without any message from the peer after which this server considers the connection lost and enters the communications-interrupted state; the partner is not declared down (that is partner-down). ' +
        'Small enough that a transient failure does not keep the servers apart for long, large enough that connections are not constantly made and broken. ' +
        'The man page requires it; when absent or 0, dhcpd uses 20 seconds.',
      'Nombre de secondes sans aucun message du pair au-delà duquel ce serveur considère la connexion comme perdue et passe à l’état communications-interrupted ; le partenaire n’est pas pour autant déclaré en panne (cela, c’est l’état partner-down). ' +
        'Assez petit pour qu’une panne passagère ne sépare pas longtemps les serveurs, assez grand pour que les connexions ne soient pas sans cesse établies et rompues. ' +
        'La page de manuel l’exige ; absent ou à 0, dhcpd prend 20 secondes.',
    ),
    { default: '20' },
  ),
  failover(
    'max-unacked-updates',
    'max-unacked-updates count;',
    d(
      'Flow control, not a failure threshold: the number of BNDUPD (binding update) messages that may be sent before a BNDACK (binding acknowledgement) is received. ' +
        'The value written here is announced to the peer, which may then have that many lease updates in flight towards this server. ' +
        'The man page requires it and suggests 10; when absent or 0, dhcpd uses 100.',
      'Ce n’est pas un seuil de défaillance mais un contrôle de flux : le nombre de messages BNDUPD (mise à jour de bail, binding update) qui peuvent être envoyés avant la réception d’un BNDACK (binding acknowledgement, acquittement). ' +
        'La valeur écrite ici est annoncée au pair, qui peut alors avoir autant de mises à jour de baux en cours vers ce serveur. ' +
        'La page de manuel l’exige et suggère 10 ; absent ou à 0, dhcpd prend 100.',
    ),
    { default: '100' },
  ),
  failover(
    'load balance max seconds',
    'load balance max seconds seconds;',
    d(
      'Cutoff on the client’s secs field (seconds since it began trying): above it, this server answers the client even if load balancing assigns the client to the peer. ' +
        'So if one peer keeps talking failover but stops answering clients, the other takes over its clients as they retry; 3 or 5 is recommended. ' +
        'When 0 or absent, load balancing is disabled and both servers answer every client (dhcpd prints a warning).',
      'Plutôt qu’une « durée avant de décharger les requêtes vers le pair », c’est un seuil sur le champ secs du client (secondes depuis le début de ses tentatives) : au-delà, ce serveur répond au client même si l’équilibrage de charge l’attribue au pair. ' +
        'Ainsi, si un pair continue le dialogue de failover mais ne répond plus aux clients, l’autre reprend ses clients quand ils réessaient ; 3 ou 5 sont les valeurs recommandées. ' +
        'À 0 ou absent, l’équilibrage de charge est désactivé et les deux serveurs répondent à tous les clients (dhcpd affiche un avertissement).',
    ),
    { default: '0' },
  ),
  failover(
    'mclt',
    'mclt seconds;',
    d(
      'The Maximum Client Lead Time (MCLT): the longest time by which a server may extend a lease beyond what its peer knows. ' +
        'It bounds how long a server in partner-down waits before reusing its partner’s addresses, and how long a recovering server waits before serving: longer is safer but slower to recover, shorter means more load while the servers are apart; about 3600 is reasonable. ' +
        'In the peer block, primary only: the primary must have it (and not 0), and it is not written on the secondary, which learns it from the primary. ' +
        'In a `failover peer "name" state { }` block it is the reverse: `mclt` is refused on the primary (dhcpd: “mclt not valid for primary”) and allowed on the secondary.',
      'Le Maximum Client Lead Time (MCLT, « avance maximale sur le client ») : la durée maximale dont un serveur peut prolonger un bail au-delà de ce que sait son pair. ' +
        'Il borne le temps qu’un serveur en partner-down attend avant de réutiliser les adresses de son partenaire, et celui qu’un serveur en reprise attend avant de servir : une valeur élevée est plus sûre mais allonge la reprise, une valeur faible charge davantage les serveurs tant qu’ils sont séparés ; environ 3600 est une valeur raisonnable. ' +
        'Dans le bloc du pair, primaire seulement : le primaire doit le définir (avec une valeur non nulle), et on ne l’écrit pas sur le secondaire, qui l’apprend du primaire. ' +
        'Dans un bloc `failover peer "nom" state { }`, c’est l’inverse : `mclt` est refusé sur le primaire (dhcpd : « mclt not valid for primary ») et admis sur le secondaire.',
    ),
  ),
  failover(
    'split',
    'split bits;',
    d(
      'Load balancing between the two servers: dhcpd hashes each client’s identity into one of 256 buckets, and `split` is the number of buckets (0 to 256) the primary serves while both servers are normal; the secondary serves the others. ' +
        '128 gives half to each; 0 gives every client to the secondary, 256 every client to the primary. ' +
        'Primary only (dhcpd refuses it on a secondary), and never together with `hba`.',
      'Équilibrage de charge entre les deux serveurs (ce n’est pas un nombre de baux) : dhcpd répartit les clients, par un hachage de leur identité, entre 256 alvéoles (buckets), et `split` est le nombre d’alvéoles (de 0 à 256) que sert le primaire quand les deux serveurs sont en état normal ; le secondaire sert les autres. ' +
        '128 donne la moitié à chacun ; 0 donne tous les clients au secondaire, 256 tous au primaire. ' +
        'Primaire seulement (dhcpd le refuse sur un secondaire), et jamais en même temps que `hba`.',
    ),
    { range: [0, 256] },
  ),
  failover(
    'hba',
    'hba colon-separated-hex-list;',
    d(
      'Hash bucket assignment: a 256-bit bitmap, written as exactly 32 colon-separated hex bytes, telling bucket by bucket which clients the primary serves (bit set) and which the secondary serves. ' +
        'A finer alternative to `split`, rarely needed. Primary only, and never together with `split`.',
      'Hash bucket assignment (attribution des alvéoles, ou buckets) : un masque de 256 bits, écrit en exactement 32 octets hexadécimaux séparés par des deux-points, qui indique alvéole par alvéole quels clients sert le primaire (bit à 1) et lesquels sert le secondaire. ' +
        'Une variante plus fine de `split`, rarement utile. Primaire seulement, et jamais en même temps que `split`.',
    ),
  ),
  failover(
    'auto-partner-down',
    'auto-partner-down seconds;',
    d(
      'Seconds after entering the communications-interrupted state at which this server automatically moves to partner-down, and after MCLT starts using its partner’s free addresses. ' +
        'Only safe when the partner is really down: after a mere network partition both servers keep answering clients and hand out the same addresses. ' +
        'Reserve it for servers joined by a dedicated link; 0 (the default) disables it.',
      'Délai, en secondes, après l’entrée dans l’état communications-interrupted, au bout duquel ce serveur passe automatiquement en partner-down, puis, une fois le MCLT écoulé, utilise les adresses libres de son partenaire. ' +
        'Sans danger seulement si le partenaire est vraiment arrêté : après une simple coupure réseau, les deux serveurs continuent de répondre aux clients et distribuent les mêmes adresses. ' +
        'À réserver aux serveurs reliés par un lien dédié ; 0 (par défaut) le désactive.',
    ),
    { default: '0' },
  ),
  failover(
    'max-lease-misbalance',
    'max-lease-misbalance percentage;',
    d(
      'Tolerated imbalance, as a percentage of the free leases, before a pool balance run moves leases between the peers; it also drives how often pools are checked. ' +
        'Smaller values move leases more often, larger ones less often but risk starving a server. Default 15; values above 50 behave alike.',
      'Déséquilibre toléré, en pourcentage des baux libres, avant qu’un rééquilibrage de pool ne transfère des baux entre les pairs ; il règle aussi la fréquence de vérification des pools. ' +
        'Des valeurs faibles transfèrent plus souvent, des valeurs fortes moins souvent, au risque qu’un serveur se retrouve à court de baux libres. Par défaut 15 ; les valeurs supérieures à 50 ont toutes le même effet.',
    ),
    { range: [0, 100], default: '15' },
  ),
  failover(
    'max-lease-ownership',
    'max-lease-ownership percentage;',
    d(
      'Percentage of the free leases by which a balanced pool may stay skewed, so that returning clients keep their address on the server that served them. ' +
        'Default 10; choose it lower than `max-lease-misbalance`.',
      'Pourcentage des baux libres dont un pool équilibré peut rester décalé, pour que les clients qui reviennent gardent leur adresse sur le serveur qui les a servis. ' +
        'Par défaut 10 ; choisissez-le inférieur à `max-lease-misbalance`.',
    ),
    { range: [0, 100], default: '10' },
  ),
  failover(
    'min-balance',
    'min-balance seconds;',
    d(
      'Shortest delay, in seconds, before the next scheduled pool balance check. ' +
        'Default 60; keep it no larger than `max-balance`.',
      'Délai minimal, en secondes, avant la prochaine vérification programmée de l’équilibre des pools. ' +
        'Par défaut 60 ; ne le fixez pas au-delà de `max-balance`.',
    ),
    { range: UINT32, default: '60' },
  ),
  failover(
    'max-balance',
    'max-balance seconds;',
    d(
      'Longest delay, in seconds, before the next scheduled pool balance check, so a rebalance happens within a reasonable time. ' +
        'Default 3600.',
      'Délai maximal, en secondes, avant la prochaine vérification programmée de l’équilibre des pools, pour qu’un rééquilibrage ait lieu dans un délai raisonnable. ' +
        'Par défaut 3600.',
    ),
    { range: UINT32, default: '3600' },
  ),
];

// ---------------------------------------------------------------------------------------------
// key and zone blocks
// ---------------------------------------------------------------------------------------------

const KEY_AND_ZONE: readonly StatementInfo[] = [
  {
    name: 'algorithm',
    kind: 'parameter',
    family: 'both',
    scopes: ['key'],
    refused: { dhcpd: 'expecting a parameter or declaration' },
    syntax: 'algorithm algorithm-name;',
    values: [
      'hmac-md5',
      'hmac-md5.sig-alg.reg.int',
      'hmac-sha1',
      'hmac-sha224',
      'hmac-sha256',
      'hmac-sha384',
      'hmac-sha512',
    ],
    doc: d(
      'The TSIG algorithm of the key: HMAC-MD5 (also written HMAC-MD5.SIG-ALG.REG.INT), HMAC-SHA1, HMAC-SHA224, HMAC-SHA256, HMAC-SHA384 or HMAC-SHA512. ' +
        'It must be the algorithm the DNS server uses for this key. dhcpd -t does not check the name.',
      'L’algorithme TSIG de la clé : HMAC-MD5 (aussi écrit HMAC-MD5.SIG-ALG.REG.INT), HMAC-SHA1, HMAC-SHA224, HMAC-SHA256, HMAC-SHA384 ou HMAC-SHA512. ' +
        'Ce doit être l’algorithme utilisé par le serveur DNS pour cette clé. dhcpd -t ne vérifie pas le nom.',
    ),
  },
  {
    name: 'secret',
    kind: 'parameter',
    family: 'both',
    scopes: ['key'],
    syntax: 'secret secret-string;',
    doc: d(
      'The shared secret of the key, in base64, as generated for the DNS server (for example by dnssec-keygen or tsig-keygen). ' +
        'Keep the file that holds it readable by root only.',
      'Le secret partagé de la clé, en base64, tel que généré pour le serveur DNS (par exemple par dnssec-keygen ou tsig-keygen). ' +
        'Ne laissez le fichier qui le contient lisible que par root.',
    ),
  },
  zone(
    'primary',
    'primary address [, address ... ];',
    d(
      'IPv4 address (or name) of the name server that receives the dynamic updates for this zone. ' +
        'Only one `primary` per zone.',
      'Adresse IPv4 (ou nom) du serveur de noms qui reçoit les mises à jour dynamiques de cette zone. ' +
        'Un seul `primary` par zone.',
    ),
  ),
  zone(
    'primary6',
    'primary6 ip6-address [, ip6-address ... ];',
    d(
      'IPv6 address of the name server that receives the dynamic updates for this zone. Only one `primary6` per zone.',
      'Adresse IPv6 du serveur de noms qui reçoit les mises à jour dynamiques de cette zone. Un seul `primary6` par zone.',
    ),
  ),
  zone(
    'secondary',
    'secondary address [, address ... ];',
    d(
      'IPv4 addresses (or names) of further name servers tried when the primary does not answer; dhcpd tries at most three servers in all.',
      'Adresses IPv4 (ou noms) d’autres serveurs de noms essayés quand le primaire ne répond pas ; dhcpd essaie au plus trois serveurs en tout.',
    ),
  ),
  zone(
    'secondary6',
    'secondary6 ip6-address [, ip6-address ... ];',
    d(
      'IPv6 addresses of further name servers tried when the primary does not answer.',
      'Adresses IPv6 d’autres serveurs de noms essayés quand le primaire ne répond pas.',
    ),
  ),
  zone(
    'key',
    'key key-name;',
    d(
      'Names the TSIG key, declared earlier with `key`, that signs the updates sent for this zone. ' +
        'dhcpd refuses an unknown key name.',
      'Désigne la clé TSIG, déclarée plus haut par `key`, qui signe les mises à jour envoyées pour cette zone. ' +
        'dhcpd refuse un nom de clé inconnu.',
    ),
  ),
];

// ---------------------------------------------------------------------------------------------
// Executable statements (dhcp-eval(5), common/parse.c parse_executable_statement)
// ---------------------------------------------------------------------------------------------

const EXECUTABLES: readonly StatementInfo[] = [
  executable(
    'on',
    'on { commit | expiry | release } [ or ... ] {\n  [ statements ]\n}',
    d(
      'Runs the enclosed statements when a lease event happens: `commit` (the server commits a lease to a client), `release` (the client releases it) or `expiry` (it expires). ' +
        'Several events can be joined with `or`. Bodies usually `log`, `set` or `execute`; keep them short, since they run synchronously.',
      'Exécute les instructions du bloc quand un événement de bail se produit : `commit` (le serveur confirme un bail à un client), `release` (le client le libère) ou `expiry` (il expire). ' +
        'Plusieurs événements se combinent avec `or`. Le bloc contient en général `log`, `set` ou `execute` ; gardez-le court, car il s’exécute de façon synchrone.',
    ),
  ),
  executable(
    'if',
    'if boolean-expression {\n  [ statements ]\n} [ elsif boolean-expression { ... } ] [ else { ... } ]',
    d(
      'Runs the enclosed statements only when the boolean expression is true for the client being served; `elsif` and `else` branches are tried in order otherwise. ' +
        'An expression that evaluates to null counts as false. It can appear wherever a parameter can and may enclose parameters and options.',
      'N’exécute les instructions du bloc que si l’expression booléenne est vraie pour le client servi ; sinon les branches `elsif` et `else` sont essayées dans l’ordre. ' +
        'Une expression qui vaut null compte comme fausse. L’instruction `if` peut figurer partout où un paramètre peut figurer, et contenir des paramètres et des options.',
    ),
  ),
  executable(
    'elsif',
    'elsif boolean-expression {\n  [ statements ]\n}',
    d(
      'Follows the closing brace of an `if` or `elsif`: its statements run when all the previous conditions were false and this one is true.',
      'Suit l’accolade fermante d’un `if` ou d’un `elsif` : ses instructions s’exécutent quand toutes les conditions précédentes étaient fausses et que celle-ci est vraie.',
    ),
  ),
  executable(
    'else',
    'else {\n  [ statements ]\n}',
    d(
      'Follows the closing brace of an `if` or `elsif`: its statements run when none of the conditions was true. `else if` is also accepted.',
      'Suit l’accolade fermante d’un `if` ou d’un `elsif` : ses instructions s’exécutent quand aucune condition n’était vraie. `else if` est aussi accepté.',
    ),
  ),
  executable(
    'switch',
    'switch (expression) {\n  case value:\n    [ statements ]\n  default:\n    [ statements ]\n}',
    d(
      'Evaluates a data or numeric expression and runs the statements from the first `case` whose value matches, up to the next `break`; `default:` is used when no case matches. ' +
        'All cases must be of the same type as the switch expression.',
      'Évalue une expression de données ou numérique et exécute les instructions à partir du premier `case` dont la valeur correspond, jusqu’au `break` suivant ; `default:` sert quand aucun cas ne correspond. ' +
        'Tous les cas doivent être du même type que l’expression du switch.',
    ),
  ),
  executable(
    'case',
    'case expression:',
    d(
      'Inside a `switch`, marks where execution starts when the switch expression equals this value; execution continues to the next `break`. ' +
        'dhcpd refuses `case` outside a switch.',
      'Dans un `switch`, marque où commence l’exécution quand l’expression du switch vaut cette valeur ; l’exécution continue jusqu’au `break` suivant. ' +
        'dhcpd refuse `case` hors d’un switch.',
    ),
  ),
  executable(
    'default',
    'default:\ndefault option-name value;',
    d(
      'Two uses. Inside a `switch`, `default:` marks the statements run when no `case` matches (refused outside a switch). ' +
        'As `default option-name value;`, it sets an option only if no value has been given for it already, unlike `option`/`supersede` which always replace it.',
      'Deux usages. Dans un `switch`, `default:` marque les instructions exécutées quand aucun `case` ne correspond (refusé hors d’un switch). ' +
        'Sous la forme `default nom-option valeur;`, il ne fixe une option que si aucune valeur ne lui a déjà été donnée, contrairement à `option`/`supersede` qui la remplacent toujours.',
    ),
  ),
  executable(
    'break',
    'break;',
    d(
      'Inside a `switch`, ends the statements of the current `case`.',
      'Dans un `switch`, termine les instructions du `case` en cours.',
    ),
  ),
  executable(
    'log',
    'log (priority, data-expression);\nlog (data-expression);',
    d(
      'Writes the value of a data expression to the server log, with an optional priority: `fatal`, `error`, `info` or `debug` (the default). ' +
        'It takes a single expression; use `concat` to log several values, e.g. `log (info, concat("lease ", binary-to-ascii(10, 8, ".", leased-address)));`.',
      'Écrit la valeur d’une expression de données dans le journal du serveur, avec une priorité facultative : `fatal`, `error`, `info` ou `debug` (par défaut). ' +
        'L’instruction n’accepte qu’une seule expression ; utilisez `concat` pour journaliser plusieurs valeurs, par exemple `log (info, concat("lease ", binary-to-ascii(10, 8, ".", leased-address)));`.',
    ),
  ),
  executable(
    'execute',
    'execute (command-path [, data-expression ... ]);',
    d(
      'Runs an external command, given as a string literal, with the other arguments (strings or data expressions) as its command-line arguments. ' +
        'dhcpd waits for it to finish, so only very short programs are suitable, typically in `on commit`. ' +
        'The arguments may come from the client: the program must check them.',
      'Lance une commande externe, donnée comme chaîne littérale, avec les autres arguments (chaînes ou expressions de données) comme arguments de ligne de commande. ' +
        'dhcpd attend qu’elle se termine : seuls des programmes très courts conviennent donc, typiquement dans `on commit`. ' +
        'Les arguments peuvent venir du client : le programme doit les vérifier.',
    ),
  ),
  executable(
    'set',
    'set variable-name = expression;',
    d(
      'Assigns the value of an expression to a variable in the lease’s scope, so later statements (for example in `on expiry`) can read it back by name.',
      'Affecte la valeur d’une expression à une variable dans la portée du bail, que des instructions ultérieures (par exemple dans `on expiry`) peuvent relire par son nom.',
    ),
  ),
  executable(
    'unset',
    'unset variable-name;',
    d('Removes a variable set with `set` or `define`.', 'Supprime une variable créée par `set` ou `define`.'),
  ),
  executable(
    'define',
    'define variable-name = expression;\ndefine function-name (argument, ...) {\n  [ statements ]\n}',
    d(
      'Defines a variable in the current scope, or a function whose body ends with `return`, callable by name in expressions.',
      'Définit une variable dans la portée courante, ou une fonction dont le corps se termine par `return`, appelable par son nom dans les expressions.',
    ),
  ),
  executable(
    'eval',
    'eval expression;',
    d(
      'Evaluates an expression for its side effects, such as a function call, and discards the result.',
      'Évalue une expression pour ses effets de bord, comme un appel de fonction, et en ignore le résultat.',
    ),
  ),
  executable(
    'return',
    'return expression;',
    d(
      'Ends a function defined with `define` and gives its value.',
      'Termine une fonction définie par `define` et renvoie sa valeur.',
    ),
  ),
  executable(
    'add',
    'add "class-name";',
    d(
      'Adds the client being served to the named class (billing classes with `lease limit` included). ' +
        'The class must be declared first. dhcpd 4.4.3 crashes when `add` is written at the top level of the file.',
      'Ajoute le client servi à la classe nommée (y compris les classes de facturation à `lease limit`). ' +
        'La classe doit être déclarée avant. dhcpd 4.4.3 plante quand `add` est écrit au niveau global du fichier.',
    ),
    ANYWHERE.filter((s) => s !== 'global'),
  ),
  executable(
    'supersede',
    'supersede option-name value;',
    d(
      'Sets an option, replacing any value given in a less specific scope; in dhcpd it is the same as `option option-name value;`.',
      'Fixe une option en remplaçant toute valeur donnée dans une portée moins précise ; dans dhcpd c’est la même chose que `option nom-option valeur;`.',
    ),
  ),
  executable(
    'append',
    'append option-name value;',
    d(
      'Adds the value after any value the option already has, for options that hold a list.',
      'Ajoute la valeur après celles que l’option a éventuellement déjà, pour les options qui contiennent une liste.',
    ),
  ),
  executable(
    'prepend',
    'prepend option-name value;',
    d(
      'Puts the value before any value the option already has, for options that hold a list.',
      'Place la valeur avant celles que l’option a éventuellement déjà, pour les options qui contiennent une liste.',
    ),
  ),
  executable(
    'send',
    'send option-name value;',
    d(
      'A dhclient.conf statement that makes the client send an option. dhcpd accepts it in dhcpd.conf but it has no documented use in a server configuration; use `option`.',
      'Une instruction de dhclient.conf qui fait envoyer une option par le client. dhcpd l’accepte dans dhcpd.conf mais elle n’y a aucun usage documenté ; utilisez `option`.',
    ),
  ),
  executable(
    'parse-vendor-option',
    'parse-vendor-option;',
    d(
      'Parses the vendor-encapsulated-options option (code 43) sent by the client into sub-options, using the option space chosen by `vendor-option-space`, so conditions can test them.',
      'Décode en sous-options l’option vendor-encapsulated-options (code 43) envoyée par le client, selon l’espace d’options choisi par `vendor-option-space`, pour que des conditions puissent les tester.',
    ),
  ),
];

/** Every statement of dhcpd.conf, once per (name, kind, scopes). */
export const STATEMENTS: readonly StatementInfo[] = [
  ...DECLARATIONS,
  ...SPECIAL_PARAMETERS,
  ...SERVER_OPTIONS,
  ...FAILOVER,
  ...KEY_AND_ZONE,
  ...EXECUTABLES,
];


/** The failover states dhcpd reads in a state block (confpars.c, parse_failover_state). */
export const FAILOVER_STATES: readonly string[] = [
  'unknown-state', 'partner-down', 'normal', 'communications-interrupted', 'resolution-interrupted', 'potential-conflict',
  'recover', 'recover-done', 'recover-wait', 'conflict-done', 'shutdown', 'paused', 'startup',
];
const STATES = FAILOVER_STATES.join(', ');

/**
 * The `failover peer "name" state { }` block and its statements (confpars.c,
 * parse_failover_state_declaration; dhcpd.leases(5)), and `no failover peer` of a pool
 * (confpars.c, parse_pool_statement). Documented for hover, and kept out of STATEMENTS so that
 * nothing accepts them elsewhere (the peer block proper has no `my state`).
 */
export const STATE_BLOCK: StatementInfo = {
  name: 'failover peer state',
  kind: 'declaration',
  family: 4,
  scopes: ['global', 'shared-network'],
  syntax: 'failover peer "name" state {\n  my state state [ at date ];\n  partner state state [ at date ];\n  [ mclt seconds; ]\n}',
  doc: d(
    'The failover state of peer "name", as dhcpd records it in the lease file (dhcpd.leases(5)). dhcpd also accepts it in dhcpd.conf, after the declaration of the peer (otherwise: “state declaration for unknown failover peer”). ' +
      'dhcpd.conf(5) describes one use: with dhcpd stopped, change the last such block of the lease file to `my state partner-down;` to start a server that knows its partner is down. ' +
      'Make sure the partner will not restart on its own first: two servers that both hand out the whole pool give the same addresses to different clients. ' +
      `States: ${STATES}.`,
    'L’état de failover du pair "nom", tel que dhcpd l’enregistre dans le fichier des baux (dhcpd.leases(5)). dhcpd l’accepte aussi dans dhcpd.conf, après la déclaration du pair (sinon : « state declaration for unknown failover peer »). ' +
      'dhcpd.conf(5) en décrit un usage : dhcpd étant arrêté, modifier le dernier bloc de ce type du fichier des baux pour y écrire `my state partner-down;` pour démarrer un serveur qui sait son partenaire arrêté. ' +
      'Assurez-vous d’abord que le partenaire ne redémarrera pas tout seul : deux serveurs qui distribuent chacun tout le pool attribuent les mêmes adresses à des clients différents. ' +
      `États : ${STATES}.`,
  ),
};

export const STATE_BLOCK_STATEMENTS: readonly StatementInfo[] = [
  {
    name: 'my state',
    kind: 'failover',
    family: 4,
    scopes: ['failover-peer'],
    syntax: 'my state state [ at date ];',
    doc: d(
      'In a `failover peer "name" state { }` block: the state this server was in, and since when (`at` a date as in the lease file; without it, now). ' +
        `dhcpd starts from it. States: ${STATES}; \`partner-down\` is the one written by hand.`,
      'Dans un bloc `failover peer "nom" state { }` : l’état dans lequel se trouvait ce serveur, et depuis quand (`at` suivi d’une date comme dans le fichier des baux ; sans `at`, maintenant). ' +
        `dhcpd repart de cet état. États : ${STATES} ; \`partner-down\` est celui qu’on écrit à la main.`,
    ),
  },
  {
    name: 'partner state',
    kind: 'failover',
    family: 4,
    scopes: ['failover-peer'],
    syntax: 'partner state state [ at date ];',
    doc: d(
      'In a `failover peer "name" state { }` block: the last known state of the partner, and since when. dhcpd.leases(5) writes it `peer state`; dhcpd reads `partner state`. ' +
        `States: ${STATES}.`,
      'Dans un bloc `failover peer "nom" state { }` : le dernier état connu du partenaire, et depuis quand. dhcpd.leases(5) l’écrit `peer state` ; dhcpd lit `partner state`. ' +
        `États : ${STATES}.`,
    ),
  },
  {
    name: 'mclt',
    kind: 'failover',
    family: 4,
    scopes: ['failover-peer'],
    syntax: 'mclt seconds;',
    doc: d(
      'In a `failover peer "name" state { }` block, the reverse of the peer block: `mclt` is refused on the primary (dhcpd: “mclt not valid for primary”) and allowed on the secondary, where it records the MCLT learnt from the primary.',
      'Dans un bloc `failover peer "nom" state { }`, c’est l’inverse du bloc du pair : `mclt` est refusé sur le primaire (dhcpd : « mclt not valid for primary ») et admis sur le secondaire, où il enregistre le MCLT appris du primaire.',
    ),
  },
];

// ---------------------------------------------------------------------------------------------
// Permits of allow / deny / ignore
// ---------------------------------------------------------------------------------------------

export const PERMITS: readonly PermitInfo[] = [
  {
    name: 'known-clients',
    where: 'pool',
    doc: d(
      'Clients that have a host declaration anywhere in the configuration, not only in the current scope. ' +
        '`allow known-clients;` reserves the pool to them; `deny known-clients;` keeps them out of it.',
      'Les clients qui ont une déclaration host n’importe où dans la configuration, pas seulement dans la portée courante. ' +
        '`allow known-clients;` leur réserve le pool ; `deny known-clients;` les en exclut.',
    ),
  },
  {
    name: 'known clients',
    where: 'pool',
    doc: d(
      'Same as `known-clients`: dhcpd accepts both spellings in a pool permit list.',
      'Identique à `known-clients` : dhcpd accepte les deux écritures dans une liste d’autorisations de pool.',
    ),
  },
  {
    name: 'unknown-clients',
    where: 'pool',
    doc: d(
      'Clients without any host declaration. In a pool, `deny unknown-clients;` reserves the pool to registered clients and `allow unknown-clients;` opens it to the others. ' +
        'This is the recommended way to restrict a network to known clients.',
      'Les clients sans aucune déclaration host. Dans un pool, `deny unknown-clients;` réserve le pool aux clients enregistrés et `allow unknown-clients;` l’ouvre aux autres. ' +
        'C’est la façon recommandée de réserver un réseau aux clients connus.',
    ),
  },
  {
    name: 'unknown clients',
    where: 'pool',
    doc: d(
      'Same as `unknown-clients`: dhcpd accepts both spellings in a pool permit list.',
      'Identique à `unknown-clients` : dhcpd accepte les deux écritures dans une liste d’autorisations de pool.',
    ),
  },
  {
    name: 'members of',
    where: 'pool',
    argument: 'class-name',
    doc: d(
      'Clients that are members of the named class (or of one of its subclasses). The class name is quoted and the class must be declared before the pool. ' +
        'Example: `allow members of "voip-phones";`.',
      'Les clients membres de la classe nommée (ou d’une de ses sous-classes). Le nom de classe est entre guillemets et la classe doit être déclarée avant le pool. ' +
        'Exemple : `allow members of "voip-phones";`.',
    ),
  },
  {
    name: 'dynamic bootp clients',
    where: 'pool',
    doc: d(
      'BOOTP clients that get an address from a range. dhcpd accepts `allow dynamic bootp clients;` in a failover pool and serves them there, load balancing included, but the failover protocol itself does not permit dynamic BOOTP (confpars.c says so of `range dynamic-bootp`): write `deny dynamic bootp clients;` in failover pools, and serve BOOTP from separate pools.',
      'Les clients BOOTP qui reçoivent une adresse d’une plage. dhcpd accepte `allow dynamic bootp clients;` dans un pool en failover et les y sert, équilibrage de charge compris, mais le protocole de failover lui-même n’autorise pas le BOOTP dynamique (confpars.c le rappelle pour `range dynamic-bootp`) : écrivez `deny dynamic bootp clients;` dans les pools en failover, et servez BOOTP depuis des pools séparés.',
    ),
  },
  {
    name: 'authenticated clients',
    where: 'pool',
    doc: d(
      'Clients authenticated with the DHCP authentication protocol. Not yet supported by dhcpd.',
      'Les clients authentifiés par le protocole d’authentification DHCP. Pas encore pris en charge par dhcpd.',
    ),
  },
  {
    name: 'unauthenticated clients',
    where: 'pool',
    doc: d(
      'Clients not authenticated with the DHCP authentication protocol. Not yet supported by dhcpd.',
      'Les clients non authentifiés par le protocole d’authentification DHCP. Pas encore pris en charge par dhcpd.',
    ),
  },
  {
    name: 'all clients',
    where: 'pool',
    doc: d(
      'Every client. `deny all clients;` keeps a pool in reserve, or forces its clients to get new addresses when they next renew, to renumber a network quickly.',
      'Tous les clients. `deny all clients;` met un pool en réserve, ou oblige ses clients à prendre une nouvelle adresse au prochain renouvellement, pour renuméroter rapidement un réseau.',
    ),
  },
  {
    name: 'after',
    where: 'pool',
    argument: 'date',
    doc: d(
      'A point in time: `allow after DATE;` opens the pool from that time, `deny after DATE;` closes it, to move clients from one pool to another; lease times are cut so that leases end by DATE plus `min-lease-time`. ' +
        'DATE is `W YYYY/MM/DD HH:MM:SS` in UTC, `epoch SECONDS` or `never`.',
      'Un instant : `allow after DATE;` ouvre le pool à partir de cet instant, `deny after DATE;` le ferme, pour faire passer des clients d’un pool à un autre ; les durées de bail sont raccourcies pour finir au plus tard à DATE plus `min-lease-time`. ' +
        'DATE s’écrit `J AAAA/MM/JJ HH:MM:SS` en UTC, `epoch SECONDES` ou `never`.',
    ),
  },
  {
    name: 'unknown-clients',
    where: 'scope',
    doc: d(
      'Server flag: whether clients without a host declaration get dynamic addresses in this scope; allowed by default. Same as `boot-unknown-clients`. ' +
        'Deprecated outside pools: to restrict a network to known clients, write `deny unknown-clients;` inside the pools.',
      'Drapeau du serveur : indique si les clients sans déclaration host reçoivent des adresses dynamiques dans cette portée ; autorisé par défaut. Identique à `boot-unknown-clients`. ' +
        'Déconseillé hors des pools : pour réserver un réseau aux clients connus, écrivez `deny unknown-clients;` dans les pools.',
    ),
  },
  {
    name: 'bootp',
    where: 'scope',
    doc: d(
      'Server flag: whether dhcpd answers BOOTP requests in this scope; allowed by default. ' +
        'In a pool only `ignore bootp;` is accepted.',
      'Drapeau du serveur : indique si dhcpd répond aux requêtes BOOTP dans cette portée ; autorisé par défaut. ' +
        'Dans un pool, seul `ignore bootp;` est accepté.',
    ),
  },
  {
    name: 'booting',
    where: 'scope',
    doc: d(
      'Server flag, meaningful in a host declaration: `deny booting;` or `ignore booting;` stops dhcpd from answering that client at all. Allowed by default.',
      'Drapeau du serveur, utile dans une déclaration host : `deny booting;` ou `ignore booting;` empêche dhcpd de répondre à ce client, quoi qu’il demande. Autorisé par défaut.',
    ),
  },
  {
    name: 'duplicates',
    where: 'scope',
    doc: d(
      'Server flag: with `deny duplicates;`, a request matching a host’s hardware address discards the other leases of that address even if their client identifier differs (for multi-boot machines). ' +
        'This violates the DHCP protocol; duplicates are allowed by default.',
      'Drapeau du serveur : avec `deny duplicates;`, une requête correspondant à l’adresse matérielle d’un host supprime les autres baux de cette adresse même si leur identifiant client diffère (machines multi-démarrage). ' +
        'Cela viole le protocole DHCP ; les doublons sont autorisés par défaut.',
    ),
  },
  {
    name: 'declines',
    where: 'scope',
    doc: d(
      'Server flag: whether dhcpd honours DHCPDECLINE messages, which normally make it abandon the address. ' +
        '`deny declines;` or `ignore declines;` protects the pool from clients that decline every address. DHCPv4 only.',
      'Drapeau du serveur : indique si dhcpd tient compte des messages DHCPDECLINE, qui lui font normalement abandonner l’adresse. ' +
        '`deny declines;` ou `ignore declines;` protège le pool des clients qui refusent toutes les adresses. DHCPv4 seulement.',
    ),
  },
  {
    name: 'client-updates',
    where: 'scope',
    doc: d(
      'Server flag: whether dhcpd honours a client’s wish to update its own A record; allowed by default. ' +
        '`ignore client-updates;` makes the server do the update and tells the client it may update too; `deny client-updates;` tells it not to.',
      'Drapeau du serveur : indique si dhcpd respecte le souhait d’un client de mettre à jour lui-même son enregistrement A ; autorisé par défaut. ' +
        '`ignore client-updates;` fait faire la mise à jour par le serveur en indiquant au client qu’il peut aussi la faire ; `deny client-updates;` lui dit de ne pas la faire.',
    ),
  },
  {
    name: 'leasequery',
    where: 'scope',
    doc: d(
      'Server flag: whether dhcpd answers DHCPLEASEQUERY packets, which ask about a given lease (when it was issued, when it expires). Denied by default.',
      'Drapeau du serveur : indique si dhcpd répond aux paquets DHCPLEASEQUERY, qui interrogent sur un bail donné (date d’attribution, date d’expiration). Refusé par défaut.',
    ),
  },
  {
    name: 'dynamic-bootp',
    where: 'scope',
    doc: d(
      'Server flag: whether BOOTP clients may get dynamically allocated addresses in this scope. ' +
        'Accepted by dhcpd but not described in dhcpd.conf(5); in pools use the `dynamic bootp clients` permit, and in a pool only `ignore dynamic-bootp;` is accepted.',
      'Drapeau du serveur : indique si les clients BOOTP peuvent recevoir des adresses dynamiques dans cette portée. ' +
        'Accepté par dhcpd mais absent de dhcpd.conf(5) ; dans les pools, utilisez l’autorisation `dynamic bootp clients`, et dans un pool seul `ignore dynamic-bootp;` est accepté.',
    ),
  },
];
