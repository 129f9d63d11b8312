/**
 * Documentation of every option of the knowledge base, keyed by `space.name`, read by
 * scripts/genOptions.mjs. Markdown.
 *   en: a compact rewrite of the option's description in dhcp-options(5) (or, for the options the man
 *       page does not document, of the RFC that defines it); RFC references are kept.
 *   fr: the same in French. Option names, types and RFC numbers stay as they are.
 */

/** @type {Record<string, { en: string, fr: string }>} */
export const DOCS = {
  // ------------------------------------------------------------------------------------------
  // dhcp: standard DHCPv4 options

  'dhcp.subnet-mask': {
    en: "The client's subnet mask, as per RFC 950.\n\nIf no `subnet-mask` option is in scope, dhcpd falls back on the mask of the `subnet` declaration of the network the address is assigned on; any `subnet-mask` option in scope overrides it.",
    fr: "Masque de sous-réseau du client, selon la RFC 950.\n\nSi aucune option `subnet-mask` n'est dans la portée, dhcpd prend en dernier recours le masque de la déclaration `subnet` du réseau sur lequel l'adresse est attribuée ; toute option `subnet-mask` dans la portée a priorité sur lui.",
  },
  'dhcp.time-offset': {
    en: "Offset of the client's subnet from Coordinated Universal Time (UTC), in seconds (signed).",
    fr: "Décalage du sous-réseau du client par rapport au temps universel coordonné (UTC), en secondes (valeur signée).",
  },
  'dhcp.routers': {
    en: "IP addresses of the routers on the client's subnet, in order of preference.",
    fr: "Adresses IP des routeurs du sous-réseau du client, par ordre de préférence.",
  },
  'dhcp.time-servers': {
    en: 'RFC 868 time servers available to the client, in order of preference.',
    fr: 'Serveurs de temps RFC 868 à la disposition du client, par ordre de préférence.',
  },
  'dhcp.ien116-name-servers': {
    en: 'IEN 116 name servers available to the client, in order of preference.',
    fr: 'Serveurs de noms IEN 116 à la disposition du client, par ordre de préférence.',
  },
  'dhcp.domain-name-servers': {
    en: 'Domain Name System (STD 13, RFC 1035) name servers available to the client, in order of preference.',
    fr: 'Serveurs DNS (STD 13, RFC 1035) à la disposition du client, par ordre de préférence.',
  },
  'dhcp.log-servers': {
    en: 'MIT-LCS UDP log servers available to the client, in order of preference.',
    fr: 'Serveurs de journalisation UDP MIT-LCS à la disposition du client, par ordre de préférence.',
  },
  'dhcp.cookie-servers': {
    en: 'RFC 865 cookie (quote of the day) servers available to the client, in order of preference.',
    fr: "Serveurs « cookie » (citation du jour) RFC 865 à la disposition du client, par ordre de préférence.",
  },
  'dhcp.lpr-servers': {
    en: 'RFC 1179 line printer (LPR) servers available to the client, in order of preference.',
    fr: "Serveurs d'impression LPR (RFC 1179) à la disposition du client, par ordre de préférence.",
  },
  'dhcp.impress-servers': {
    en: 'Imagen Impress servers available to the client, in order of preference.',
    fr: 'Serveurs Imagen Impress à la disposition du client, par ordre de préférence.',
  },
  'dhcp.resource-location-servers': {
    en: 'RFC 887 Resource Location servers available to the client, in order of preference.',
    fr: 'Serveurs de localisation de ressources (RFC 887) à la disposition du client, par ordre de préférence.',
  },
  'dhcp.host-name': {
    en: "Name of the client, qualified or not with the local domain name (the domain is better given with `domain-name`). See RFC 1035 for character set restrictions.\n\n`dhclient-script` only applies it if the client machine's host name is not already set.",
    fr: "Nom d'hôte du client, qualifié ou non par le domaine local (il vaut mieux indiquer le domaine avec `domain-name`). Voir la RFC 1035 pour les caractères autorisés.\n\n`dhclient-script` ne l'applique que si le nom d'hôte de la machine n'est pas déjà défini.",
  },
  'dhcp.boot-size': {
    en: "Length of the client's default boot image, in 512-octet blocks.",
    fr: "Taille de l'image de démarrage par défaut du client, en blocs de 512 octets.",
  },
  'dhcp.merit-dump': {
    en: "Path name of the file where the client should dump its core image if it crashes (NVT ASCII).",
    fr: "Chemin du fichier dans lequel le client doit écrire son image mémoire (core dump) en cas de plantage (caractères NVT ASCII).",
  },
  'dhcp.domain-name': {
    en: 'Domain name the client should use when resolving host names via the Domain Name System.',
    fr: 'Nom de domaine que le client doit utiliser pour résoudre les noms d\'hôtes par le DNS.',
  },
  'dhcp.swap-server': {
    en: "IP address of the client's swap server.",
    fr: "Adresse IP du serveur de swap du client.",
  },
  'dhcp.root-path': {
    en: "Path name of the client's root disk (NVT ASCII), e.g. `\"10.0.1.4:/var/tmp/rootfs\"`.",
    fr: "Chemin du disque racine du client (caractères NVT ASCII), par exemple `\"10.0.1.4:/var/tmp/rootfs\"`.",
  },
  'dhcp.extensions-path': {
    en: 'Name of a file holding additional options, to be interpreted in the DHCP option format of RFC 2132.',
    fr: "Nom d'un fichier contenant des options supplémentaires, à interpréter selon le format des options DHCP de la RFC 2132.",
  },
  'dhcp.ip-forwarding': {
    en: 'Whether the client should enable packet forwarding in its IP layer: `true` enables it, `false` disables it.',
    fr: 'Indique si le client doit activer le transfert de paquets (routage) dans sa couche IP : `true` l\'active, `false` le désactive.',
  },
  'dhcp.non-local-source-routing': {
    en: 'Whether the client should forward datagrams with non-local source routes: `true` allows it, `false` forbids it.',
    fr: 'Indique si le client doit relayer les datagrammes porteurs d\'une route source non locale : `true` l\'autorise, `false` l\'interdit.',
  },
  'dhcp.policy-filter': {
    en: 'Policy filters for non-local source routing: a list of destination address and mask pairs. The client should discard any source-routed datagram whose next hop matches none of them. See STD 3 (RFC 1122).',
    fr: 'Filtres de politique pour le routage par la source non local : une liste de couples adresse de destination et masque. Le client doit rejeter tout datagramme routé par la source dont le prochain saut ne correspond à aucun filtre. Voir STD 3 (RFC 1122).',
  },
  'dhcp.max-dgram-reassembly': {
    en: 'Largest datagram the client should be prepared to reassemble; the minimum legal value is 576.',
    fr: 'Taille du plus grand datagramme que le client doit pouvoir réassembler ; la valeur minimale autorisée est 576.',
  },
  'dhcp.default-ip-ttl': {
    en: 'Default time-to-live the client should use on outgoing datagrams.',
    fr: 'Durée de vie (TTL) par défaut que le client doit utiliser pour ses datagrammes sortants.',
  },
  'dhcp.path-mtu-aging-timeout': {
    en: 'Timeout, in seconds, for aging Path MTU values discovered by the mechanism of RFC 1191.',
    fr: 'Délai, en secondes, au bout duquel expirent les valeurs de MTU de chemin découvertes selon la RFC 1191.',
  },
  'dhcp.path-mtu-plateau-table': {
    en: 'Table of MTU sizes to use for Path MTU Discovery (RFC 1191), as 16-bit values from smallest to largest; the smallest may not be below 68.',
    fr: 'Table des tailles de MTU à utiliser pour la découverte du MTU de chemin (RFC 1191), en entiers 16 bits du plus petit au plus grand ; le plus petit ne peut pas être inférieur à 68.',
  },
  'dhcp.interface-mtu': {
    en: 'MTU to use on this interface; the minimum legal value is 68.',
    fr: 'MTU à utiliser sur cette interface ; la valeur minimale autorisée est 68.',
  },
  'dhcp.all-subnets-local': {
    en: "Whether the client may assume that every subnet of its IP network uses the same MTU as its own subnet: `true` means they all share it, `false` that some may have smaller MTUs.",
    fr: "Indique si le client peut considérer que tous les sous-réseaux de son réseau IP ont le même MTU que le sien : `true` s'ils le partagent tous, `false` si certains peuvent avoir un MTU plus petit.",
  },
  'dhcp.broadcast-address': {
    en: "Broadcast address in use on the client's subnet. Legal values are given in section 3.2.1.3 of STD 3 (RFC 1122).",
    fr: "Adresse de diffusion utilisée sur le sous-réseau du client. Les valeurs autorisées sont définies à la section 3.2.1.3 de STD 3 (RFC 1122).",
  },
  'dhcp.perform-mask-discovery': {
    en: 'Whether the client should perform subnet mask discovery using ICMP (`true`) or not (`false`).',
    fr: 'Indique si le client doit découvrir son masque de sous-réseau par ICMP (`true`) ou non (`false`).',
  },
  'dhcp.mask-supplier': {
    en: 'Whether the client should answer subnet mask requests sent with ICMP (`true`) or not (`false`).',
    fr: 'Indique si le client doit répondre aux requêtes ICMP de masque de sous-réseau (`true`) ou non (`false`).',
  },
  'dhcp.router-discovery': {
    en: 'Whether the client should solicit routers using the Router Discovery mechanism of RFC 1256 (`true`) or not (`false`).',
    fr: 'Indique si le client doit solliciter les routeurs par le mécanisme de découverte de routeurs de la RFC 1256 (`true`) ou non (`false`).',
  },
  'dhcp.router-solicitation-address': {
    en: 'Address to which the client should send router solicitation requests.',
    fr: 'Adresse à laquelle le client doit envoyer ses sollicitations de routeur.',
  },
  'dhcp.static-routes': {
    en: 'Static routes the client should install in its routing cache, as pairs of destination and router addresses; several routes to the same destination are listed in descending order of priority.\n\nThe default route (0.0.0.0) is not a legal destination: use `routers`. The option carries no subnet mask, so it is useless for classless routing, and popular clients (Microsoft\'s among them) do not implement it.',
    fr: 'Routes statiques que le client doit installer dans sa table de routage, sous forme de couples adresse de destination et adresse du routeur ; plusieurs routes vers une même destination sont données par priorité décroissante.\n\nLa route par défaut (0.0.0.0) n\'est pas une destination valide : utilisez `routers`. L\'option ne porte pas de masque, elle est donc inutilisable pour le routage sans classe, et les clients courants (dont celui de Microsoft) ne l\'implémentent pas.',
  },
  'dhcp.trailer-encapsulation': {
    en: 'Whether the client should negotiate the use of trailers (RFC 893) when using ARP (`true`) or not (`false`).',
    fr: "Indique si le client doit négocier l'utilisation des trailers (RFC 893) avec ARP (`true`) ou non (`false`).",
  },
  'dhcp.arp-cache-timeout': {
    en: 'Timeout, in seconds, of ARP cache entries.',
    fr: 'Durée de validité, en secondes, des entrées du cache ARP.',
  },
  'dhcp.ieee802-3-encapsulation': {
    en: 'On an Ethernet interface, whether the client should use IEEE 802.3 encapsulation (RFC 1042, `true`) or Ethernet version 2 encapsulation (RFC 894, `false`).',
    fr: "Sur une interface Ethernet, indique si le client doit utiliser l'encapsulation IEEE 802.3 (RFC 1042, `true`) ou Ethernet version 2 (RFC 894, `false`).",
  },
  'dhcp.default-tcp-ttl': {
    en: 'Default TTL the client should use when sending TCP segments; the minimum value is 1.',
    fr: 'TTL par défaut que le client doit utiliser pour ses segments TCP ; la valeur minimale est 1.',
  },
  'dhcp.tcp-keepalive-interval': {
    en: "Seconds the client's TCP should wait before sending a keepalive message on a connection. Zero means no keepalives unless an application asks for them.",
    fr: "Nombre de secondes que la pile TCP du client doit attendre avant d'envoyer un message keepalive sur une connexion. Zéro : pas de keepalive, sauf demande explicite d'une application.",
  },
  'dhcp.tcp-keepalive-garbage': {
    en: 'Whether the client should send TCP keepalive messages with an octet of garbage, for compatibility with older implementations (`true`) or not (`false`).',
    fr: "Indique si le client doit ajouter un octet de remplissage à ses messages keepalive TCP, par compatibilité avec d'anciennes implémentations (`true`) ou non (`false`).",
  },
  'dhcp.nis-domain': {
    en: "Name of the client's NIS (Sun Network Information Services) domain (NVT ASCII).",
    fr: 'Nom du domaine NIS (Sun Network Information Services) du client (caractères NVT ASCII).',
  },
  'dhcp.nis-servers': {
    en: 'IP addresses of the NIS servers available to the client, in order of preference.',
    fr: 'Adresses IP des serveurs NIS à la disposition du client, par ordre de préférence.',
  },
  'dhcp.ntp-servers': {
    en: 'IP addresses of the NTP (RFC 5905) servers available to the client, in order of preference.',
    fr: 'Adresses IP des serveurs NTP (RFC 5905) à la disposition du client, par ordre de préférence.',
  },
  'dhcp.vendor-encapsulated-options': {
    en: 'Vendor-specific information (option 43): a single vendor-specific value, or one or more vendor suboptions.\n\nUsually not set directly: define an option space for the vendor and its options, give them values, and select the space with `vendor-option-space`; dhcpd then builds this option. It can also be written as a string or colon-separated hex bytes (see RFC 2132).',
    fr: "Informations propres au fournisseur (option 43) : une valeur unique, ou une ou plusieurs sous-options du fournisseur.\n\nEn général on ne la renseigne pas directement : on définit un espace d'options pour le fournisseur et ses options, on leur donne des valeurs, puis on sélectionne l'espace avec `vendor-option-space` ; dhcpd construit alors l'option. On peut aussi l'écrire sous forme de chaîne ou d'octets hexadécimaux séparés par des deux-points (voir la RFC 2132).",
  },
  'dhcp.netbios-name-servers': {
    en: 'RFC 1001/1002 NetBIOS name servers (NBNS, now better known as WINS servers), in order of preference.',
    fr: 'Serveurs de noms NetBIOS (NBNS, plus connus aujourd\'hui sous le nom de serveurs WINS) selon les RFC 1001/1002, par ordre de préférence.',
  },
  'dhcp.netbios-dd-server': {
    en: 'RFC 1001/1002 NetBIOS datagram distribution (NBDD) servers, in order of preference.',
    fr: 'Serveurs de distribution de datagrammes NetBIOS (NBDD) selon les RFC 1001/1002, par ordre de préférence.',
  },
  'dhcp.netbios-node-type': {
    en: 'NetBIOS over TCP/IP node type of the client (RFC 1001/1002): `1` B-node (broadcast, no WINS), `2` P-node (peer, WINS only), `4` M-node (mixed: broadcast, then WINS), `8` H-node (hybrid: WINS, then broadcast).',
    fr: 'Type de nœud NetBIOS sur TCP/IP du client (RFC 1001/1002) : `1` nœud B (diffusion, sans WINS), `2` nœud P (point à point, WINS seul), `4` nœud M (mixte : diffusion puis WINS), `8` nœud H (hybride : WINS puis diffusion).',
  },
  'dhcp.netbios-scope': {
    en: 'NetBIOS over TCP/IP scope parameter of the client, as in RFC 1001/1002; see RFC 1001, RFC 1002 and RFC 1035 for character set restrictions.',
    fr: 'Paramètre de portée (scope) NetBIOS sur TCP/IP du client, selon les RFC 1001/1002 ; voir les RFC 1001, RFC 1002 et RFC 1035 pour les caractères autorisés.',
  },
  'dhcp.font-servers': {
    en: 'X Window System font servers available to the client, in order of preference.',
    fr: 'Serveurs de polices X Window à la disposition du client, par ordre de préférence.',
  },
  'dhcp.x-display-manager': {
    en: 'Systems running the X Window System Display Manager available to the client, in order of preference.',
    fr: "Machines exécutant le gestionnaire d'affichage X Window (X Display Manager) à la disposition du client, par ordre de préférence.",
  },
  'dhcp.dhcp-requested-address': {
    en: 'Sent by the client in a DHCPDISCOVER to ask for a particular IP address.\n\nNot user configurable.',
    fr: "Envoyée par le client dans un DHCPDISCOVER pour demander une adresse IP précise.\n\nNon configurable par l'utilisateur.",
  },
  'dhcp.dhcp-lease-time': {
    en: 'In a client request (DHCPDISCOVER or DHCPREQUEST), the lease time the client asks for; in a server reply (DHCPOFFER), the lease time the server is willing to offer.\n\nNot directly configurable in the server: use the `max-lease-time` and `default-lease-time` statements.',
    fr: 'Dans une requête du client (DHCPDISCOVER ou DHCPREQUEST), la durée de bail demandée ; dans une réponse du serveur (DHCPOFFER), la durée de bail proposée.\n\nNon configurable directement dans le serveur : utilisez les instructions `max-lease-time` et `default-lease-time`.',
  },
  'dhcp.dhcp-option-overload': {
    en: 'Says that the `file` or `sname` fields of the packet carry options: `1` the `file` field, `2` the `sname` field, `3` both. The server adds it when the options do not fit in the usual space.\n\nNot user configurable.',
    fr: "Indique que les champs `file` ou `sname` du paquet transportent des options : `1` le champ `file`, `2` le champ `sname`, `3` les deux. Le serveur l'ajoute quand les options ne tiennent pas dans l'espace habituel.\n\nNon configurable par l'utilisateur.",
  },
  'dhcp.dhcp-message-type': {
    en: 'Type of the DHCP message (RFC 2132): `1` DHCPDISCOVER, `2` DHCPOFFER, `3` DHCPREQUEST, `4` DHCPDECLINE, `5` DHCPACK, `6` DHCPNAK, `7` DHCPRELEASE, `8` DHCPINFORM.\n\nNot user configurable.',
    fr: "Type du message DHCP (RFC 2132) : `1` DHCPDISCOVER, `2` DHCPOFFER, `3` DHCPREQUEST, `4` DHCPDECLINE, `5` DHCPACK, `6` DHCPNAK, `7` DHCPRELEASE, `8` DHCPINFORM.\n\nNon configurable par l'utilisateur.",
  },
  'dhcp.dhcp-server-identifier': {
    en: 'IP address of the server, in DHCPOFFER and DHCPREQUEST messages (optionally in DHCPACK and DHCPNAK). Clients tell offers apart with it, send their unicast messages to it, and name with it the offer they accept.\n\nSetting this option is the same as the `server-identifier` statement (dhcpd.conf(5): "equivalent to using the server-identifier statement"); by default dhcpd sends the first address of the interface the request came in on.',
    fr: "Adresse IP du serveur, dans les messages DHCPOFFER et DHCPREQUEST (et éventuellement DHCPACK et DHCPNAK). Les clients s'en servent pour distinguer les offres, y envoyer leurs messages en unicast et désigner l'offre qu'ils acceptent.\n\nDéfinir cette option revient à écrire l'instruction `server-identifier` (dhcpd.conf(5) : « equivalent to using the server-identifier statement ») ; par défaut, dhcpd envoie la première adresse de l'interface sur laquelle la requête est arrivée.",
  },
  'dhcp.dhcp-parameter-request-list': {
    en: 'Sent by the client: the options it wants the server to return (set with the `request` statement in ISC dhclient). Without it, the server returns every option valid in scope that fits in the reply.\n\nSet on the server, it decides which options are returned: to force options a client did not ask for, or to send a smaller set to clients that need it.',
    fr: "Envoyée par le client : les options qu'il souhaite recevoir (réglées par l'instruction `request` de dhclient ISC). En son absence, le serveur renvoie toutes les options valides dans la portée qui tiennent dans la réponse.\n\nDéfinie sur le serveur, elle fixe les options renvoyées : pour imposer des options que le client n'a pas demandées, ou envoyer un jeu réduit aux clients qui en ont besoin.",
  },
  'dhcp.dhcp-message': {
    en: 'Error message sent by the server to the client in a DHCPNAK, or by the client in a DHCPDECLINE to say why it declined the offered parameters.\n\nNot user configurable.',
    fr: "Message d'erreur envoyé par le serveur au client dans un DHCPNAK, ou par le client dans un DHCPDECLINE pour expliquer le refus des paramètres proposés.\n\nNon configurable par l'utilisateur.",
  },
  'dhcp.dhcp-max-message-size': {
    en: 'Sent by the client: the largest response the server may send it. Set on the server, it is used when the client sent none, for BOOTP as well as DHCP responses.',
    fr: "Envoyée par le client : la taille maximale de la réponse que le serveur peut lui envoyer. Définie sur le serveur, elle s'applique quand le client n'en a pas envoyé, pour les réponses BOOTP comme DHCP.",
  },
  'dhcp.dhcp-renewal-time': {
    en: 'Seconds from the time a client gets an address until it enters the RENEWING state (T1).\n\nIgnored when not less than the rebinding time or the lease time. The configured value also serves as DHCPv6 T1 (renew) time.',
    fr: "Nombre de secondes entre l'obtention d'une adresse par le client et son passage à l'état RENEWING (T1).\n\nIgnorée si elle n'est pas inférieure au délai de rebinding ou à la durée du bail. La valeur configurée sert aussi de délai T1 (renouvellement) en DHCPv6.",
  },
  'dhcp.dhcp-rebinding-time': {
    en: 'Seconds from the time a client gets an address until it enters the REBINDING state (T2).\n\nIgnored when not less than the lease time. The configured value also serves as DHCPv6 T2 (rebind) time.',
    fr: "Nombre de secondes entre l'obtention d'une adresse par le client et son passage à l'état REBINDING (T2).\n\nIgnorée si elle n'est pas inférieure à la durée du bail. La valeur configurée sert aussi de délai T2 (rebind) en DHCPv6.",
  },
  'dhcp.vendor-class-identifier': {
    en: 'Sent by some clients to identify their vendor type and possibly their configuration: bytes whose meaning is vendor-specific and not standardised. `set vendor-string = option vendor-class-identifier;` records what clients send in the lease file.\n\nThe server normally uses it to choose what to return in `vendor-encapsulated-options`.',
    fr: "Envoyée par certains clients pour indiquer leur type de fournisseur, voire leur configuration : des octets dont le sens dépend du fournisseur et n'est pas normalisé. `set vendor-string = option vendor-class-identifier;` enregistre dans le fichier des baux ce qu'envoient les clients.\n\nLe serveur s'en sert d'ordinaire pour choisir le contenu de `vendor-encapsulated-options`.",
  },
  'dhcp.dhcp-client-identifier': {
    en: 'Client identifier. In a `host` declaration, dhcpd finds the host by matching it against the identifier the client sends.\n\nSome clients configured with an ASCII identifier put a zero byte in front of it, so you may need `option dhcp-client-identifier "\\0foo";` rather than `"foo"`.',
    fr: "Identifiant du client. Dans une déclaration `host`, dhcpd reconnaît l'hôte en le comparant à l'identifiant envoyé par le client.\n\nCertains clients configurés avec un identifiant ASCII le font précéder d'un octet nul : il faut alors écrire `option dhcp-client-identifier \"\\0foo\";` plutôt que `\"foo\"`.",
  },
  'dhcp.nwip-domain': {
    en: 'Name of the NetWare/IP domain a NetWare/IP client should use.',
    fr: 'Nom du domaine NetWare/IP que doit utiliser un client NetWare/IP.',
  },
  'dhcp.nwip-suboptions': {
    en: 'Suboptions for NetWare/IP clients (see RFC 2242). Normally built from the `nwip.` suboptions rather than set directly.',
    fr: 'Sous-options destinées aux clients NetWare/IP (voir la RFC 2242). On la construit normalement à partir des sous-options `nwip.` plutôt que de la définir directement.',
  },
  'dhcp.nisplus-domain': {
    en: "Name of the client's NIS+ domain (NVT ASCII).",
    fr: 'Nom du domaine NIS+ du client (caractères NVT ASCII).',
  },
  'dhcp.nisplus-servers': {
    en: 'IP addresses of the NIS+ servers available to the client, in order of preference.',
    fr: 'Adresses IP des serveurs NIS+ à la disposition du client, par ordre de préférence.',
  },
  'dhcp.tftp-server-name': {
    en: 'Identifies a TFTP server; where the client supports it, same effect as the `server-name` declaration. BOOTP clients are unlikely to support it; some DHCP clients support it, and some require it.',
    fr: "Désigne un serveur TFTP ; si le client la prend en charge, même effet que la déclaration `server-name`. Les clients BOOTP ne la gèrent guère ; certains clients DHCP la gèrent, d'autres l'exigent.",
  },
  'dhcp.bootfile-name': {
    en: 'Identifies a bootstrap file; where the client supports it, same effect as the `filename` declaration. BOOTP clients are unlikely to support it; some DHCP clients support it, and some require it.',
    fr: "Désigne un fichier d'amorçage ; si le client la prend en charge, même effet que la déclaration `filename`. Les clients BOOTP ne la gèrent guère ; certains clients DHCP la gèrent, d'autres l'exigent.",
  },
  'dhcp.mobile-ip-home-agent': {
    en: 'IP addresses of the mobile IP home agents available to the client, in order of preference (usually a single one).',
    fr: "Adresses IP des agents mères (home agents) IP mobile à la disposition du client, par ordre de préférence (en général un seul).",
  },
  'dhcp.smtp-server': {
    en: 'SMTP servers available to the client, in order of preference.',
    fr: 'Serveurs SMTP à la disposition du client, par ordre de préférence.',
  },
  'dhcp.pop-server': {
    en: 'POP3 servers available to the client, in order of preference.',
    fr: 'Serveurs POP3 à la disposition du client, par ordre de préférence.',
  },
  'dhcp.nntp-server': {
    en: 'NNTP servers available to the client, in order of preference.',
    fr: 'Serveurs NNTP à la disposition du client, par ordre de préférence.',
  },
  'dhcp.www-server': {
    en: 'WWW servers available to the client, in order of preference.',
    fr: 'Serveurs WWW à la disposition du client, par ordre de préférence.',
  },
  'dhcp.finger-server': {
    en: 'Finger servers available to the client, in order of preference.',
    fr: 'Serveurs Finger à la disposition du client, par ordre de préférence.',
  },
  'dhcp.irc-server': {
    en: 'IRC servers available to the client, in order of preference.',
    fr: 'Serveurs IRC à la disposition du client, par ordre de préférence.',
  },
  'dhcp.streettalk-server': {
    en: 'StreetTalk servers available to the client, in order of preference.',
    fr: 'Serveurs StreetTalk à la disposition du client, par ordre de préférence.',
  },
  'dhcp.streettalk-directory-assistance-server': {
    en: 'StreetTalk Directory Assistance (STDA) servers available to the client, in order of preference.',
    fr: "Serveurs d'assistance à l'annuaire StreetTalk (STDA) à la disposition du client, par ordre de préférence.",
  },
  'dhcp.user-class': {
    en: 'Used by some clients to carry identifying information chosen by the user: like `vendor-class-identifier`, but set by the user rather than the vendor, usually as a text string in the client\'s interface.',
    fr: "Utilisée par certains clients pour transmettre une information d'identification choisie par l'utilisateur : comme `vendor-class-identifier`, mais fixée par l'utilisateur et non par le fournisseur, en général sous forme de texte dans l'interface du client.",
  },
  'dhcp.slp-directory-agent': {
    en: 'IP addresses of one or more Service Location Protocol (SLP) Directory Agents, after a boolean: `true` means the SLP agent should use only these addresses, `false` that it may also discover agents by active or passive multicast (see RFC 2165).\n\nSome vendors call SLP NDS: an NDS directory agent can be configured with this option.',
    fr: "Adresses IP d'un ou plusieurs agents d'annuaire SLP (Service Location Protocol), précédées d'un booléen : `true` signifie que l'agent SLP doit utiliser ces seules adresses, `false` qu'il peut aussi découvrir des agents par multicast actif ou passif (voir la RFC 2165).\n\nCertains éditeurs appellent SLP « NDS » : un agent d'annuaire NDS se configure avec cette option.",
  },
  'dhcp.slp-service-scope': {
    en: 'SLP service scopes, after a boolean: `true` means the SLP agent should use only these scopes, `false` that it may prefer its own static configuration. The text is a comma-separated list of scopes; when it is omitted, the agent uses the scopes of all the directory agents it knows.',
    fr: "Portées de service SLP, précédées d'un booléen : `true` signifie que l'agent SLP doit utiliser ces seules portées, `false` qu'il peut leur préférer sa propre configuration statique. Le texte est une liste de portées séparées par des virgules ; s'il est omis, l'agent utilise les portées de tous les agents d'annuaire qu'il connaît.",
  },
  'dhcp.fqdn': {
    en: "Client FQDN option (RFC 4702): the client's fully qualified domain name and the flags that decide who updates the DNS. dhcpd handles it as the `fqdn.` suboption space (`fqdn.fqdn`, `fqdn.server-update` ...), through which it is read or set; it is normally left to the server's DNS update machinery.",
    fr: "Option Client FQDN (RFC 4702) : le nom de domaine pleinement qualifié du client et les indicateurs qui désignent qui met à jour le DNS. dhcpd la traite comme l'espace de sous-options `fqdn.` (`fqdn.fqdn`, `fqdn.server-update` ...), par lequel on la lit ou la définit ; on la laisse normalement au mécanisme de mise à jour DNS du serveur.",
  },
  'dhcp.relay-agent-information': {
    en: 'Relay Agent Information option, option 82 (RFC 3046): added by relay agents to the requests they forward, it encapsulates the `agent.` suboptions (`agent.circuit-id`, `agent.remote-id` ...). The server returns it in its replies; it is read in conditions rather than configured.',
    fr: "Option Relay Agent Information, dite option 82 (RFC 3046) : ajoutée par les agents relais aux requêtes qu'ils transmettent, elle encapsule les sous-options `agent.` (`agent.circuit-id`, `agent.remote-id` ...). Le serveur la renvoie dans ses réponses ; on la lit dans des conditions plutôt qu'on ne la configure.",
  },
  'dhcp.nds-servers': {
    en: 'IP addresses of NDS (Novell Directory Services) servers.',
    fr: 'Adresses IP des serveurs NDS (Novell Directory Services).',
  },
  'dhcp.nds-tree-name': {
    en: 'NDS tree name the NDS client should use.',
    fr: "Nom de l'arbre NDS que doit utiliser le client NDS.",
  },
  'dhcp.nds-context': {
    en: 'Initial NetWare Directory Service context of an NDS client.',
    fr: "Contexte NetWare Directory Service initial d'un client NDS.",
  },
  'dhcp.bcms-controller-names': {
    en: 'Domain names of the local Broadcast and Multicast Control Services (BCMS) controllers the client may use (RFC 4280).',
    fr: 'Noms de domaine des contrôleurs BCMS (Broadcast and Multicast Control Services) locaux utilisables par le client (RFC 4280).',
  },
  'dhcp.bcms-controller-address': {
    en: 'IPv4 addresses of the Broadcast and Multicast Control Services (BCMS) controllers the client may use (RFC 4280).',
    fr: 'Adresses IPv4 des contrôleurs BCMS (Broadcast and Multicast Control Services) utilisables par le client (RFC 4280).',
  },
  'dhcp.client-last-transaction-time': {
    en: 'Part of lease query (RFC 4388): seconds since the client last communicated with the DHCP server.\n\nNot user configurable.',
    fr: "Élément de la requête de bail (leasequery, RFC 4388) : nombre de secondes écoulées depuis le dernier échange du client avec le serveur DHCP.\n\nNon configurable par l'utilisateur.",
  },
  'dhcp.associated-ip': {
    en: 'Part of lease query (RFC 4388): all the IP addresses associated with a given DHCP client.\n\nNot user configurable.',
    fr: "Élément de la requête de bail (leasequery, RFC 4388) : toutes les adresses IP associées à un client DHCP donné.\n\nNon configurable par l'utilisateur.",
  },
  'dhcp.pxe-system-type': {
    en: 'One or more 16-bit values by which a PXE client gives its pre-boot architecture type(s) (RFC 4578).',
    fr: "Une ou plusieurs valeurs 16 bits par lesquelles un client PXE indique son ou ses types d'architecture de pré-amorçage (RFC 4578).",
  },
  'dhcp.pxe-interface-id': {
    en: 'Three octets by which a PXE client gives its network interface type (RFC 4578).',
    fr: "Trois octets par lesquels un client PXE indique le type de son interface réseau (RFC 4578).",
  },
  'dhcp.pxe-client-id': {
    en: 'A type octet followed by a string by which a PXE client gives its identity (RFC 4578).',
    fr: "Un octet de type suivi d'une chaîne par lesquels un client PXE indique son identité (RFC 4578).",
  },
  'dhcp.uap-servers': {
    en: 'URLs of user authentication services that handle requests in the User Authentication Protocol (UAP), separated by spaces (RFC 2485). UAP servers accept HTTP 1.1 or SSLv3 connections; a URL without a port uses the default one (80 for http, 443 for https), and one without a path uses `/uap`.',
    fr: "URL de services d'authentification qui traitent les requêtes du protocole UAP (User Authentication Protocol), séparées par des espaces (RFC 2485). Les serveurs UAP acceptent des connexions HTTP 1.1 ou SSLv3 ; une URL sans port utilise le port par défaut (80 pour http, 443 pour https), une URL sans chemin utilise `/uap`.",
  },
  'dhcp.geoconf-civic': {
    en: "The client's civic location (GEOCONF_CIVIC structure), as defined by RFC 4776.",
    fr: "Localisation civique du client (structure GEOCONF_CIVIC), telle que définie par la RFC 4776.",
  },
  'dhcp.pcode': {
    en: 'Time zone as a POSIX string suitable for the `TZ` variable (RFC 4833).',
    fr: 'Fuseau horaire sous forme de chaîne POSIX, utilisable dans la variable `TZ` (RFC 4833).',
  },
  'dhcp.tcode': {
    en: 'Name of a time zone entry of the TZ database, e.g. `Europe/Paris` (RFC 4833).',
    fr: "Nom d'une entrée de fuseau horaire de la base TZ, par exemple `Europe/Paris` (RFC 4833).",
  },
  'dhcp.v6-only-preferred': {
    en: 'Number of seconds the client should disable DHCPv4 for, on networks where it can do with IPv6 only (RFC 8925).',
    fr: 'Nombre de secondes pendant lesquelles le client doit désactiver DHCPv4, sur les réseaux où il peut se contenter d\'IPv6 (RFC 8925).',
  },
  'dhcp.netinfo-server-address': {
    en: 'Allocated to, and said to be used by, Apple (NetInfo server addresses), but described in no RFC: the format is uncertain and so is what clients do with it. Use at your own risk.',
    fr: "Attribuée à Apple, qui l'utiliserait (adresses de serveurs NetInfo), mais décrite dans aucune RFC : le format est incertain, tout comme l'usage qu'en font les clients. À utiliser à vos risques et périls.",
  },
  'dhcp.netinfo-server-tag': {
    en: 'Allocated to, and said to be used by, Apple (NetInfo server tag), but described in no RFC: the format is uncertain and so is what clients do with it. Use at your own risk.',
    fr: "Attribuée à Apple, qui l'utiliserait (étiquette de serveur NetInfo), mais décrite dans aucune RFC : le format est incertain, tout comme l'usage qu'en font les clients. À utiliser à vos risques et périls.",
  },
  'dhcp.default-url': {
    en: 'Described in no standard, but said to be used by Apple; what clients do with it is unknown. Use at your own risk.',
    fr: "Décrite dans aucune norme, mais Apple l'utiliserait ; on ignore ce qu'en font les clients. À utiliser à vos risques et périls.",
  },
  'dhcp.auto-config': {
    en: 'Auto-Configure option (RFC 2563): tells a client that got no address whether it may configure an IPv4 link-local address itself: `0` DoNotAutoConfigure, `1` AutoConfigure.',
    fr: "Option Auto-Configure (RFC 2563) : indique à un client qui n'a pas obtenu d'adresse s'il peut s'attribuer lui-même une adresse IPv4 lien-local : `0` DoNotAutoConfigure, `1` AutoConfigure.",
  },
  'dhcp.name-service-search': {
    en: 'Name services the client should try, in order, as a list of 16-bit codes (RFC 2937).',
    fr: "Services de noms que le client doit essayer, dans l'ordre, sous forme de liste de codes 16 bits (RFC 2937).",
  },
  'dhcp.subnet-selection': {
    en: 'Sent by the client when it needs an address on another subnet than the one normally chosen from the relay address it comes through (RFC 3011). dhcpd uses code 118, which has not always been the assigned one, so some clients may use another; regard it as somewhat experimental.\n\nNot user configurable in the server.',
    fr: "Envoyée par le client qui a besoin d'une adresse sur un autre sous-réseau que celui choisi normalement d'après l'adresse du relais par lequel il passe (RFC 3011). dhcpd utilise le code 118, qui n'a pas toujours été le code attribué : certains clients peuvent en utiliser un autre ; option à considérer comme expérimentale.\n\nNon configurable par l'utilisateur dans le serveur.",
  },
  'dhcp.domain-search': {
    en: 'Search list of domain names the client uses to complete names that are not fully qualified (RFC 3397). Unlike the historic use of `domain-name` for this, it is encoded with RFC 1035 compressed labels on the wire: `option domain-search "example.com", "sales.example.com";`.',
    fr: "Liste de recherche des noms de domaine qu'utilise le client pour compléter les noms non pleinement qualifiés (RFC 3397). Contrairement à l'usage historique de `domain-name` à cette fin, elle est codée sur le réseau en étiquettes compressées RFC 1035 : `option domain-search \"example.com\", \"sales.example.com\";`.",
  },
  'dhcp.vivco': {
    en: 'Vendor-Identifying Vendor Class option (RFC 3925): vendor class data identified by IANA enterprise numbers, encapsulating the `vendor-class.` option space.',
    fr: "Option Vendor-Identifying Vendor Class (RFC 3925) : données de classe fournisseur identifiées par numéro d'entreprise IANA, encapsulant l'espace d'options `vendor-class.`.",
  },
  'dhcp.vivso': {
    en: 'Vendor-Identifying Vendor-Specific Information (VIVSO, RFC 3925): one separate option per 32-bit Enterprise ID, each holding options whose format is defined by the vendor. Usually built from option definitions (the `vendor.` space) rather than set by hand.',
    fr: "Vendor-Identifying Vendor-Specific Information (VIVSO, RFC 3925) : une option distincte par identifiant d'entreprise (Enterprise ID) de 32 bits, chacune contenant des options au format défini par le fournisseur. On la construit en général à partir de définitions d'options (l'espace `vendor.`) plutôt qu'à la main.",
  },
  'dhcp.pana-agent': {
    en: 'IPv4 addresses of PANA Authentication Agents (PAA) for the client to use, in order of preference (RFC 5192).',
    fr: "Adresses IPv4 des agents d'authentification PANA (PAA) que doit utiliser le client, par ordre de préférence (RFC 5192).",
  },
  'dhcp.v4-lost': {
    en: 'Domain name of the LoST (Location-to-Service Translation) server the client should use (RFC 5223).',
    fr: 'Nom de domaine du serveur LoST (Location-to-Service Translation) que doit utiliser le client (RFC 5223).',
  },
  'dhcp.capwap-ac-v4': {
    en: 'IPv4 addresses of the CAPWAP Access Controllers the WTP may use, in order of preference (RFC 5417).',
    fr: "Adresses IPv4 des contrôleurs d'accès CAPWAP utilisables par le WTP, par ordre de préférence (RFC 5417).",
  },
  'dhcp.sip-ua-cs-domains': {
    en: 'SIP User Agent Configuration Service Domains (RFC 6011): domain names in which the SIP user agent looks for its configuration service.',
    fr: "Domaines du service de configuration des agents utilisateurs SIP (RFC 6011) : noms de domaine dans lesquels l'agent SIP cherche son service de configuration.",
  },
  'dhcp.ipv4-address-andsf': {
    en: 'IPv4 addresses of ANDSF (Access Network Discovery and Selection Function) servers, in order of preference (RFC 6153).',
    fr: "Adresses IPv4 des serveurs ANDSF (Access Network Discovery and Selection Function), par ordre de préférence (RFC 6153).",
  },
  'dhcp.rdnss-selection': {
    en: 'RDNSS selection (RFC 6731): an 8-bit flags field, the primary and secondary addresses of a recursive name server, and the list of domains for which this server has special knowledge.',
    fr: 'Sélection de RDNSS (RFC 6731) : un champ de drapeaux de 8 bits, les adresses primaire et secondaire d\'un serveur de noms récursif, et la liste des domaines pour lesquels ce serveur a une connaissance particulière.',
  },
  'dhcp.tftp-server-address': {
    en: 'IPv4 addresses of one or more TFTP servers the client may use (RFC 5859).',
    fr: "Adresses IPv4 d'un ou plusieurs serveurs TFTP utilisables par le client (RFC 5859).",
  },
  'dhcp.v4-portparams': {
    en: 'Port parameters for a shared IPv4 address (RFC 7618): an 8-bit offset, the PSID length (8 bits) and the Port Set Identifier (16 bits), which together give the ports the client may use.',
    fr: "Paramètres de ports pour une adresse IPv4 partagée (RFC 7618) : un décalage de 8 bits, la longueur du PSID (8 bits) et l'identifiant d'ensemble de ports PSID (16 bits), qui définissent ensemble les ports utilisables par le client.",
  },
  'dhcp.v4-captive-portal': {
    en: 'URI of the captive portal the client is behind (RFC 7710).',
    fr: 'URI du portail captif derrière lequel se trouve le client (RFC 7710).',
  },
  'dhcp.loader-configfile': {
    en: 'Boot loader configuration file a PXE client should use (RFC 5071).',
    fr: "Fichier de configuration du chargeur d'amorçage que doit utiliser un client PXE (RFC 5071).",
  },
  'dhcp.loader-pathprefix': {
    en: 'Path prefix a PXE client should use together with the boot loader configuration file (RFC 5071).',
    fr: "Préfixe de chemin qu'un client PXE doit utiliser avec le fichier de configuration du chargeur d'amorçage (RFC 5071).",
  },
  'dhcp.loader-reboottime': {
    en: 'Longest time, in seconds, a PXE client should allow itself to obtain its configured network resources before rebooting (RFC 5071).',
    fr: "Durée maximale, en secondes, qu'un client PXE doit s'accorder pour obtenir ses ressources réseau configurées avant de redémarrer (RFC 5071).",
  },
  'dhcp.option-6rd': {
    en: 'IPv6 rapid deployment (6rd) parameters (RFC 5969): the IPv4 mask length (8 bits), the 6rd prefix length (8 bits), the 6rd prefix as an IPv6 address, and one or more IPv4 addresses (border relays).',
    fr: "Paramètres du déploiement rapide d'IPv6 (6rd, RFC 5969) : la longueur du masque IPv4 (8 bits), la longueur du préfixe 6rd (8 bits), le préfixe 6rd sous forme d'adresse IPv6, et une ou plusieurs adresses IPv4 (relais de bordure).",
  },
  'dhcp.v4-access-domain': {
    en: 'Domain name of the access network, for LIS (Location Information Server) discovery (RFC 5986).',
    fr: "Nom de domaine du réseau d'accès, pour la découverte du LIS (Location Information Server) (RFC 5986).",
  },

  // ------------------------------------------------------------------------------------------
  // agent: relay agent information suboptions (option 82)

  'agent.circuit-id': {
    en: 'Agent-local identifier of the circuit a client-to-server packet came in on; the agent uses it to send replies back on the right circuit. Its format is vendor-dependent (RFC 3046).',
    fr: "Identifiant, propre à l'agent relais, du circuit par lequel est arrivé un paquet du client ; l'agent s'en sert pour renvoyer les réponses sur le bon circuit. Son format dépend du fournisseur (RFC 3046).",
  },
  'agent.remote-id': {
    en: 'Information about the remote host end of the circuit: caller ID, user name, remote ATM address, cable modem ID and the like. Treat it as an opaque value, administratively unique to one remote end (RFC 3046).',
    fr: "Informations sur l'extrémité distante du circuit : numéro de l'appelant, nom d'utilisateur, adresse ATM distante, identifiant de modem câble, etc. À traiter comme une valeur opaque, unique par administration pour chaque extrémité distante (RFC 3046).",
  },
  'agent.agent-id': {
    en: 'Suboption 3: an IPv4 address identifying the relay agent, from early drafts of the relay agent information option. RFC 3046 does not define code 3, but dhcpd still knows the name.',
    fr: "Sous-option 3 : une adresse IPv4 identifiant l'agent relais, issue des premiers brouillons de l'option relay agent information. La RFC 3046 ne définit pas le code 3, mais dhcpd connaît toujours ce nom.",
  },
  'agent.DOCSIS-device-class': {
    en: 'A 32-bit field of flags describing the host endpoint, hardware and software, that the relay can tell but the host or the server may not know (RFC 3256). Only bit 0 (least significant) is defined: set, the host is a CPE Controlled Cable Modem (CCCM); other bits are reserved.',
    fr: "Champ de 32 bits de drapeaux décrivant l'hôte, son matériel et son logiciel, que le relais sait distinguer mais que l'hôte ou le serveur peuvent ignorer (RFC 3256). Seul le bit 0 (poids faible) est défini : à 1, l'hôte est un modem câble contrôlé par le CPE (CCCM) ; les autres bits sont réservés.",
  },
  'agent.link-selection': {
    en: 'Set by relay agents to tell the server which subnet the client is really attached to, when the giaddr (where replies go) is not on that subnet (RFC 3527). dhcpd finds the subnet, then its shared network, and may give the client any address of that shared network.',
    fr: "Renseignée par les agents relais pour indiquer au serveur le sous-réseau auquel le client est réellement rattaché, quand le giaddr (où partent les réponses) n'est pas sur ce sous-réseau (RFC 3527). dhcpd retrouve le sous-réseau, puis son shared-network, et peut attribuer au client n'importe quelle adresse de ce shared-network.",
  },
  'agent.relay-port': {
    en: 'Relay Agent Source Port suboption (RFC 8357), zero-length: added by a relay agent that uses a UDP source port other than 67, so that the server replies to that port.',
    fr: "Sous-option Relay Agent Source Port (RFC 8357), de longueur nulle : ajoutée par un agent relais qui utilise un port source UDP autre que 67, pour que le serveur réponde sur ce port.",
  },

  // ------------------------------------------------------------------------------------------
  // fqdn: client FQDN suboptions

  'fqdn.no-client-update': {
    en: 'Sent by the client, `true` means it will not update its own A record; sent by the server, that the client should not update it.',
    fr: "Envoyée par le client, `true` signifie qu'il ne mettra pas à jour son propre enregistrement A ; envoyée par le serveur, que le client ne doit pas le mettre à jour.",
  },
  'fqdn.server-update': {
    en: 'Sent by the client, asks the server to update its A record; sent by the server, says the server has updated (or is about to update) it.',
    fr: "Envoyée par le client, demande au serveur de mettre à jour son enregistrement A ; envoyée par le serveur, indique que celui-ci l'a mis à jour (ou va le faire).",
  },
  'fqdn.encoded': {
    en: '`true` when the domain name of the option is in DNS wire format rather than plain ASCII. Clients that do not support wire format set it to false, and the server returns the value the client sent. Set in the configuration, it chooses how `fqdn.fqdn` is encoded.',
    fr: "`true` quand le nom de domaine de l'option est au format DNS binaire plutôt qu'en ASCII. Les clients qui ne gèrent pas ce format la mettent à false, et le serveur renvoie la valeur envoyée par le client. Définie dans la configuration, elle détermine le codage de `fqdn.fqdn`.",
  },
  'fqdn.rcode1': {
    en: 'Result of the update of the A record, as a DNS response code; sent only by the server to the client.',
    fr: "Résultat de la mise à jour de l'enregistrement A, sous forme de code de réponse DNS ; envoyé uniquement par le serveur au client.",
  },
  'fqdn.rcode2': {
    en: 'Result of the update of the PTR record, as a DNS response code; sent only by the server to the client.',
    fr: "Résultat de la mise à jour de l'enregistrement PTR, sous forme de code de réponse DNS ; envoyé uniquement par le serveur au client.",
  },
  'fqdn.hostname': {
    en: 'Never set: read it in expressions (`option`, `config-option`) to get the first label of `fqdn.fqdn`, e.g. `"foo"` for `"foo.example.com."`.',
    fr: "Ne jamais la définir : on la lit dans des expressions (`option`, `config-option`) pour obtenir la première étiquette de `fqdn.fqdn`, par exemple `\"foo\"` pour `\"foo.example.com.\"`.",
  },
  'fqdn.domainname': {
    en: 'Never set: read it in expressions to get the labels after the first one of `fqdn.fqdn`, e.g. `"example.com."` for `"foo.example.com."`. It is unset when the client sent an unqualified name or no `fqdn` option at all.',
    fr: "Ne jamais la définir : on la lit dans des expressions pour obtenir les étiquettes qui suivent la première dans `fqdn.fqdn`, par exemple `\"example.com.\"` pour `\"foo.example.com.\"`. Elle est absente si le client a envoyé un nom non qualifié, ou aucune option `fqdn`.",
  },
  'fqdn.fqdn': {
    en: 'Domain name the client wishes to use: fully qualified, or a single label. Without a trailing `.` it is not fully qualified, and the server will usually update it in a locally defined domain.',
    fr: "Nom de domaine que le client souhaite utiliser : pleinement qualifié, ou réduit à une seule étiquette. Sans `.` final, il n'est pas pleinement qualifié et le serveur le met en général à jour dans un domaine défini localement.",
  },

  // ------------------------------------------------------------------------------------------
  // nwip: NetWare/IP suboptions (RFC 2242)

  'nwip.nsq-broadcast': {
    en: 'If `true`, the client should locate a NetWare/IP server with the NetWare Nearest Server Query (RFC 2242). Behaviour when false or absent is unspecified.',
    fr: "Si `true`, le client doit trouver un serveur NetWare/IP par la requête NetWare Nearest Server Query (RFC 2242). Le comportement quand elle vaut false ou est absente n'est pas spécifié.",
  },
  'nwip.preferred-dss': {
    en: 'Up to five IP addresses of NetWare Domain SAP/RIP servers (DSS) (RFC 2242).',
    fr: "Jusqu'à cinq adresses IP de serveurs NetWare Domain SAP/RIP (DSS) (RFC 2242).",
  },
  'nwip.nearest-nwip-server': {
    en: 'Up to five IP addresses of Nearest NetWare/IP servers (RFC 2242).',
    fr: "Jusqu'à cinq adresses IP de serveurs NetWare/IP les plus proches (Nearest NetWare/IP servers) (RFC 2242).",
  },
  'nwip.autoretries': {
    en: 'Number of times a NetWare/IP client should try to reach a given DSS server at startup.',
    fr: 'Nombre de tentatives que doit faire un client NetWare/IP pour joindre un serveur DSS donné au démarrage.',
  },
  'nwip.autoretry-secs': {
    en: 'Seconds a NetWare/IP client should wait between retries when trying to reach a DSS server at startup.',
    fr: "Nombre de secondes qu'un client NetWare/IP doit attendre entre deux tentatives pour joindre un serveur DSS au démarrage.",
  },
  'nwip.nwip-1-1': {
    en: 'If `true`, the NetWare/IP client should support NetWare/IP version 1.1 compatibility; only needed when it will talk to NetWare/IP 1.1 servers.',
    fr: 'Si `true`, le client NetWare/IP doit activer la compatibilité NetWare/IP version 1.1 ; utile seulement s\'il doit dialoguer avec des serveurs NetWare/IP 1.1.',
  },
  'nwip.primary-dss': {
    en: 'IP address of the primary Domain SAP/RIP Service server (DSS) of this NetWare/IP domain; the NetWare/IP administration utility uses it as primary DSS when configuring a secondary DSS server.',
    fr: "Adresse IP du serveur DSS (Domain SAP/RIP Service) primaire de ce domaine NetWare/IP ; l'utilitaire d'administration NetWare/IP s'en sert comme DSS primaire lors de la configuration d'un DSS secondaire.",
  },

  // ------------------------------------------------------------------------------------------
  // vendor-class, vendor, isc: the spaces of vivco and vivso, with ISC's own entries (2495)

  'vendor-class.isc': {
    en: "ISC's entry (IANA enterprise number 2495) in the `vendor-class` space, the contents of the `vivco` option (RFC 3925). Other vendors' entries are defined with `option vendor-class.NAME code ENTERPRISE-NUMBER = ...;`.",
    fr: "Entrée d'ISC (numéro d'entreprise IANA 2495) dans l'espace `vendor-class`, contenu de l'option `vivco` (RFC 3925). Les entrées d'autres fournisseurs se définissent par `option vendor-class.NOM code NUMERO-ENTREPRISE = ...;`.",
  },
  'vendor.isc': {
    en: "ISC's entry (IANA enterprise number 2495) in the `vendor` space, the contents of the `vivso` option (RFC 3925); it encapsulates the `isc` option space. Other vendors' entries are defined with `option vendor.NAME code ENTERPRISE-NUMBER = encapsulate SPACE;`.",
    fr: "Entrée d'ISC (numéro d'entreprise IANA 2495) dans l'espace `vendor`, contenu de l'option `vivso` (RFC 3925) ; elle encapsule l'espace d'options `isc`. Les entrées d'autres fournisseurs se définissent par `option vendor.NOM code NUMERO-ENTREPRISE = encapsulate ESPACE;`.",
  },
  'isc.media': {
    en: "Suboption 1 of ISC's own vendor space (`isc`, carried in `vivso` under enterprise number 2495), a text. An ISC DHCP extension that dhcp-options(5) does not document.",
    fr: "Sous-option 1 de l'espace fournisseur propre à ISC (`isc`, transporté dans `vivso` sous le numéro d'entreprise 2495), de type texte. Extension d'ISC DHCP que dhcp-options(5) ne documente pas.",
  },
  'isc.update-assist': {
    en: "Suboption 2 of ISC's own vendor space (`isc`, carried in `vivso` under enterprise number 2495), a string. An ISC DHCP extension that dhcp-options(5) does not document.",
    fr: "Sous-option 2 de l'espace fournisseur propre à ISC (`isc`, transporté dans `vivso` sous le numéro d'entreprise 2495), de type chaîne. Extension d'ISC DHCP que dhcp-options(5) ne documente pas.",
  },

  // ------------------------------------------------------------------------------------------
  // dhcp6: standard DHCPv6 options

  'dhcp6.client-id': {
    en: "The client's DUID (`duid-llt`, `duid-en` or `duid-ll`), the DHCPv6 counterpart of the DHCPv4 client identifier. Provided by clients and treated by servers as an opaque key: not to be configured.",
    fr: "Le DUID du client (`duid-llt`, `duid-en` ou `duid-ll`), équivalent DHCPv6 de l'identifiant client DHCPv4. Fourni par les clients et traité par les serveurs comme une clé opaque : à ne pas configurer.",
  },
  'dhcp6.server-id': {
    en: "The server's DUID; may be set to give the server an opaque identifier of your choice.",
    fr: 'Le DUID du serveur ; on peut le définir pour donner au serveur un identifiant opaque de son choix.',
  },
  'dhcp6.ia-na': {
    en: 'Identity Association for Non-temporary Addresses: carries the non-temporary addresses assigned to the client. Produced by the server software; not to be configured.',
    fr: "Identity Association for Non-temporary Addresses : transporte les adresses non temporaires attribuées au client. Produite par le logiciel serveur ; à ne pas configurer.",
  },
  'dhcp6.ia-ta': {
    en: 'Identity Association for Temporary Addresses, which may change at every renewal. Not supported by the current DHCPv6 software.',
    fr: "Identity Association for Temporary Addresses, adresses qui peuvent changer à chaque renouvellement. Non prise en charge par le logiciel DHCPv6 actuel.",
  },
  'dhcp6.ia-addr': {
    en: 'IA Address option, inside `ia-na` or `ia-ta`, for each address of the IA. Produced by the software; not to be configured.',
    fr: "Option IA Address, placée dans `ia-na` ou `ia-ta` pour chaque adresse de l'IA. Produite par le logiciel ; à ne pas configurer.",
  },
  'dhcp6.oro': {
    en: 'Option Request Option: the DHCPv6 counterpart of `dhcp-parameter-request-list`, listing the options the client wants. Not to be configured directly: use the `request` statement of dhclient.conf(5).',
    fr: "Option Request Option : l'équivalent DHCPv6 de `dhcp-parameter-request-list`, qui liste les options voulues par le client. À ne pas configurer directement : utilisez l'instruction `request` de dhclient.conf(5).",
  },
  'dhcp6.preference': {
    en: 'Tells clients which server is preferred on a subnet. Only applies to the first stages of configuration: a client bound to an IA stays with it until it is no longer valid or has expired. Configurable on the server.',
    fr: "Indique aux clients quel serveur est préféré sur un sous-réseau. Ne joue que dans les premières étapes de la configuration : un client lié à une IA y reste jusqu'à ce qu'elle ne soit plus valide ou expire. Configurable sur le serveur.",
  },
  'dhcp6.elapsed-time': {
    en: 'Built by the client software and possibly read by intermediaries; not to be configured.',
    fr: 'Construite par le logiciel client et éventuellement lue par les intermédiaires ; à ne pas configurer.',
  },
  'dhcp6.relay-msg': {
    en: 'Built by DHCPv6 relay agents to carry the relayed message; used only by protocol software, not meant for user configuration.',
    fr: "Construite par les agents relais DHCPv6 pour transporter le message relayé ; utilisée uniquement par le logiciel de protocole, elle n'est pas destinée à être configurée.",
  },
  'dhcp6.unicast': {
    en: 'Address to which clients may unicast their Request, Renew, Decline and Release messages instead of multicasting them. Per RFC 3315, the server rejects a unicast message unless it sent (or would send) this option to the client; configurable at global and shared-network level.',
    fr: "Adresse à laquelle les clients peuvent envoyer en unicast leurs messages Request, Renew, Decline et Release au lieu de les diffuser en multicast. Selon la RFC 3315, le serveur rejette un message unicast s'il n'a pas envoyé (ou n'aurait pas envoyé) cette option au client ; configurable au niveau global et au niveau shared-network.",
  },
  'dhcp6.status-code': {
    en: 'Status code (`success`, `UnspecFail`, `NoAddrsAvail` ...) and optional message by which servers report errors to clients. Built and read by protocol software; not to be configured.',
    fr: "Code d'état (`success`, `UnspecFail`, `NoAddrsAvail` ...) et message facultatif par lesquels les serveurs signalent les erreurs aux clients. Construite et lue par le logiciel de protocole ; à ne pas configurer.",
  },
  'dhcp6.rapid-commit': {
    en: 'Zero-length option by which clients ask for rapid commit with the server (a two-message exchange).',
    fr: "Option de longueur nulle par laquelle les clients demandent au serveur une validation rapide (rapid commit, échange en deux messages).",
  },
  'dhcp6.vendor-opts': {
    en: 'Vendor-specific Information Option (VSIO): an encapsulated space where each option is identified by a 32-bit Enterprise ID and holds options defined by the vendor. Best configured through the `vsio` option space.',
    fr: "Vendor-specific Information Option (VSIO) : un espace encapsulé où chaque option est identifiée par un Enterprise ID de 32 bits et contient des options définies par le fournisseur. Se configure de préférence par l'espace d'options `vsio`.",
  },
  'dhcp6.interface-id': {
    en: 'Added by relay agents to identify the interface the client is attached to. Configuring it makes no sense, but inspecting it can tell clients apart.',
    fr: "Ajoutée par les agents relais pour identifier l'interface à laquelle le client est rattaché. La configurer n'a pas de sens, mais l'examiner permet de distinguer les clients.",
  },
  'dhcp6.reconf-msg': {
    en: 'Sent by servers in Reconfigure messages to tell the client which message to reconfigure with (`RENEW`, `INFORMATION-REQUEST` ...). DHCPv6 Reconfigure is not supported: informational only.',
    fr: "Envoyée par les serveurs dans les messages Reconfigure pour indiquer au client par quel message se reconfigurer (`RENEW`, `INFORMATION-REQUEST` ...). Reconfigure n'est pas pris en charge : documentée à titre informatif.",
  },
  'dhcp6.reconf-accept': {
    en: 'Zero-length option by which clients say they would answer a Reconfigure from the server. DHCPv6 Reconfigure is not supported: informational only.',
    fr: "Option de longueur nulle par laquelle les clients annoncent qu'ils répondraient à un Reconfigure du serveur. Reconfigure n'est pas pris en charge : documentée à titre informatif.",
  },
  'dhcp6.sip-servers-names': {
    en: 'Domain names of the local SIP outbound proxy servers the SIP clients should use. For IPv6 addresses, see `dhcp6.sip-servers-addresses`.',
    fr: "Noms de domaine des serveurs mandataires SIP sortants (outbound proxy) locaux que doivent utiliser les clients SIP. Pour des adresses IPv6, voir `dhcp6.sip-servers-addresses`.",
  },
  'dhcp6.sip-servers-addresses': {
    en: 'IPv6 addresses of the local SIP outbound proxy servers the SIP clients should use. For domain names, see `dhcp6.sip-servers-names`.',
    fr: "Adresses IPv6 des serveurs mandataires SIP sortants (outbound proxy) locaux que doivent utiliser les clients SIP. Pour des noms de domaine, voir `dhcp6.sip-servers-names`.",
  },
  'dhcp6.name-servers': {
    en: 'Recursive DNS servers available to the client: the `nameserver` lines of /etc/resolv.conf.',
    fr: 'Serveurs DNS récursifs à la disposition du client : les lignes `nameserver` de /etc/resolv.conf.',
  },
  'dhcp6.domain-search': {
    en: "Domain search list applied to the client's DNS queries: the `search` line of /etc/resolv.conf.",
    fr: 'Liste de recherche de domaines appliquée aux requêtes DNS du client : la ligne `search` de /etc/resolv.conf.',
  },
  'dhcp6.ia-pd': {
    en: 'Identity Association for Prefix Delegation: delegates IPv6 prefixes to the client. Built and read by the software, not edited in dhcpd.conf.',
    fr: "Identity Association for Prefix Delegation : délègue des préfixes IPv6 au client. Construite et lue par le logiciel, elle ne se règle pas dans dhcpd.conf.",
  },
  'dhcp6.ia-prefix': {
    en: 'IA Prefix option, inside `ia-pd`: a prefix delegated to the client. Built and read by the software, not edited in dhcpd.conf.',
    fr: "Option IA Prefix, placée dans `ia-pd` : un préfixe délégué au client. Construite et lue par le logiciel, elle ne se règle pas dans dhcpd.conf.",
  },
  'dhcp6.nis-servers': {
    en: 'IPv6 addresses of the NIS servers available to the client, in order of preference.',
    fr: 'Adresses IPv6 des serveurs NIS à la disposition du client, par ordre de préférence.',
  },
  'dhcp6.nisp-servers': {
    en: 'IPv6 addresses of the NIS+ servers available to the client, in order of preference.',
    fr: 'Adresses IPv6 des serveurs NIS+ à la disposition du client, par ordre de préférence.',
  },
  'dhcp6.nis-domain-name': {
    en: 'NIS domain name the client should use, related to `dhcp6.nis-servers`; written as a quoted domain list.',
    fr: "Nom de domaine NIS que doit utiliser le client, en lien avec `dhcp6.nis-servers` ; s'écrit comme une liste de domaines entre guillemets.",
  },
  'dhcp6.nisp-domain-name': {
    en: 'NIS+ domain name the client should use, related to `dhcp6.nisp-servers`; written as a quoted domain list.',
    fr: "Nom de domaine NIS+ que doit utiliser le client, en lien avec `dhcp6.nisp-servers` ; s'écrit comme une liste de domaines entre guillemets.",
  },
  'dhcp6.sntp-servers': {
    en: 'IPv6 addresses of the local SNTP servers the client can synchronise its clock with.',
    fr: "Adresses IPv6 des serveurs SNTP locaux avec lesquels le client peut synchroniser son horloge.",
  },
  'dhcp6.info-refresh-time': {
    en: 'Tells clients that use Information-request how long to wait before refreshing the information they got (seconds, or `infinite`). Only delivered, and likely to matter, if the client asked for it.',
    fr: "Indique aux clients qui utilisent Information-request combien de temps attendre avant de rafraîchir les informations reçues (en secondes, ou `infinite`). N'est transmise, et n'a vraisemblablement d'effet, que si le client l'a demandée.",
  },
  'dhcp6.bcms-server-d': {
    en: 'Domain names of the local BCMS (Broadcast and Multicast Control Services) controllers the client may use.',
    fr: 'Noms de domaine des contrôleurs BCMS (Broadcast and Multicast Control Services) locaux utilisables par le client.',
  },
  'dhcp6.bcms-server-a': {
    en: 'IPv6 addresses of the local BCMS (Broadcast and Multicast Control Services) controllers the client may use.',
    fr: 'Adresses IPv6 des contrôleurs BCMS (Broadcast and Multicast Control Services) locaux utilisables par le client.',
  },
  'dhcp6.geoconf-civic': {
    en: "The client's civic location (GEOCONF_CIVIC structure), as defined by RFC 4776.",
    fr: 'Localisation civique du client (structure GEOCONF_CIVIC), telle que définie par la RFC 4776.',
  },
  'dhcp6.remote-id': {
    en: 'Built by relay agents to tell the server what they know of the client (the port it is attached to and so forth). Its contents have a vendor-specific structure (as VSIO), which dhcpd treats as opaque.',
    fr: "Construite par les agents relais pour transmettre au serveur ce qu'ils savent du client (port de rattachement, etc.). Son contenu a une structure propre au fournisseur (comme VSIO), que dhcpd traite comme opaque.",
  },
  'dhcp6.subscriber-id': {
    en: "Opaque value from the relay agent giving more information about the subscriber; its contents depend on the vendor and on the operator's configuration of the remote device.",
    fr: "Valeur opaque fournie par l'agent relais, qui donne des informations complémentaires sur l'abonné ; son contenu dépend du fournisseur et de la configuration de l'équipement distant par l'opérateur.",
  },
  'dhcp6.fqdn': {
    en: "Client FQDN option: negotiates the client's fully qualified domain name and which party does the dynamic DNS updates. Normally built by the client or the server; it uses the same `fqdn.` suboption space as DHCPv4.",
    fr: "Option Client FQDN : négocie le nom de domaine pleinement qualifié du client et qui se charge des mises à jour DNS dynamiques. Normalement construite par le client ou le serveur ; elle utilise le même espace de sous-options `fqdn.` qu'en DHCPv4.",
  },
  'dhcp6.pana-agent': {
    en: 'IPv6 addresses of PANA Authentication Agents (PAA) for the client to use, in order of preference (RFC 5192).',
    fr: "Adresses IPv6 des agents d'authentification PANA (PAA) que doit utiliser le client, par ordre de préférence (RFC 5192).",
  },
  'dhcp6.new-posix-timezone': {
    en: 'Time zone as a POSIX string suitable for the `TZ` variable (RFC 4833).',
    fr: 'Fuseau horaire sous forme de chaîne POSIX, utilisable dans la variable `TZ` (RFC 4833).',
  },
  'dhcp6.new-tzdb-timezone': {
    en: 'Name of a time zone entry of the TZ database, e.g. `Europe/Paris` (RFC 4833).',
    fr: "Nom d'une entrée de fuseau horaire de la base TZ, par exemple `Europe/Paris` (RFC 4833).",
  },
  'dhcp6.ero': {
    en: 'Relay agent Echo Request Option: the options the relay agent asks the server to echo back (RFC 4994).',
    fr: "Echo Request Option de l'agent relais : les options que l'agent relais demande au serveur de lui renvoyer (RFC 4994).",
  },
  'dhcp6.lq-query': {
    en: 'Used internally for lease query (RFC 5007).',
    fr: 'Utilisée en interne pour la requête de bail (leasequery, RFC 5007).',
  },
  'dhcp6.client-data': {
    en: 'Used internally for lease query (RFC 5007).',
    fr: 'Utilisée en interne pour la requête de bail (leasequery, RFC 5007).',
  },
  'dhcp6.clt-time': {
    en: 'Used internally for lease query (RFC 5007): client last transaction time, in seconds.',
    fr: 'Utilisée en interne pour la requête de bail (leasequery, RFC 5007) : temps écoulé depuis la dernière transaction du client, en secondes.',
  },
  'dhcp6.lq-relay-data': {
    en: 'Used internally for lease query (RFC 5007): a peer address followed by a relay message.',
    fr: "Utilisée en interne pour la requête de bail (leasequery, RFC 5007) : une adresse de pair suivie d'un message de relais.",
  },
  'dhcp6.lq-client-link': {
    en: 'Used internally for lease query (RFC 5007): addresses of the links on which the client has bindings.',
    fr: 'Utilisée en interne pour la requête de bail (leasequery, RFC 5007) : adresses des liens sur lesquels le client a des attributions.',
  },
  'dhcp6.v6-lost': {
    en: 'Domain name of the LoST (Location-to-Service Translation) server the client should use (RFC 5223).',
    fr: 'Nom de domaine du serveur LoST (Location-to-Service Translation) que doit utiliser le client (RFC 5223).',
  },
  'dhcp6.capwap-ac-v6': {
    en: 'IPv6 addresses of the CAPWAP Access Controllers the WTP may use, in order of preference (RFC 5417).',
    fr: "Adresses IPv6 des contrôleurs d'accès CAPWAP utilisables par le WTP, par ordre de préférence (RFC 5417).",
  },
  'dhcp6.relay-id': {
    en: 'The DUID of the relay agent (RFC 5460).',
    fr: "Le DUID de l'agent relais (RFC 5460).",
  },
  'dhcp6.v6-access-domain': {
    en: 'Domain name of the access network, for LIS (Location Information Server) discovery (RFC 5986).',
    fr: "Nom de domaine du réseau d'accès, pour la découverte du LIS (Location Information Server) (RFC 5986).",
  },
  'dhcp6.sip-ua-cs-list': {
    en: 'SIP User Agent Configuration Service Domains: the domain names in which the SIP user agent looks for its configuration service (RFC 6011).',
    fr: "Domaines du service de configuration des agents utilisateurs SIP : noms de domaine dans lesquels l'agent SIP cherche son service de configuration (RFC 6011).",
  },
  'dhcp6.bootfile-url': {
    en: 'URL of a boot file (RFC 5970).',
    fr: "URL d'un fichier d'amorçage (RFC 5970).",
  },
  'dhcp6.bootfile-param': {
    en: 'Parameters for the boot file; see RFC 5970 for their layout within the string.',
    fr: "Paramètres du fichier d'amorçage ; voir la RFC 5970 pour leur disposition dans la chaîne.",
  },
  'dhcp6.client-arch-type': {
    en: 'One or more client architecture types, as 16-bit values (RFC 5970).',
    fr: "Un ou plusieurs types d'architecture du client, en valeurs de 16 bits (RFC 5970).",
  },
  'dhcp6.nii': {
    en: "Client Network Interface Identifier: the client's level of UNDI support, as type, major and minor value (RFC 5970).",
    fr: "Client Network Interface Identifier : le niveau de prise en charge d'UNDI par le client, sous forme de type, version majeure et version mineure (RFC 5970).",
  },
  'dhcp6.aftr-name': {
    en: 'Domain name of the AFTR tunnel endpoint, for DS-Lite (RFC 6334).',
    fr: "Nom de domaine de l'extrémité de tunnel AFTR, pour DS-Lite (RFC 6334).",
  },
  'dhcp6.erp-local-domain-name': {
    en: 'Domain name of the ERP (EAP Re-authentication Protocol) domain (RFC 6440).',
    fr: 'Nom du domaine ERP (EAP Re-authentication Protocol) (RFC 6440).',
  },
  'dhcp6.rdnss-selection': {
    en: 'RDNSS selection (RFC 6731): the IPv6 address of a recursive name server, an 8-bit flags field, and the list of domains for which this server has special knowledge.',
    fr: "Sélection de RDNSS (RFC 6731) : l'adresse IPv6 d'un serveur de noms récursif, un champ de drapeaux de 8 bits et la liste des domaines pour lesquels ce serveur a une connaissance particulière.",
  },
  'dhcp6.client-linklayer-addr': {
    en: "The client's link-layer address: two bytes of link-layer type followed by the address itself (RFC 6939).",
    fr: "Adresse de couche liaison du client : deux octets de type de lien suivis de l'adresse elle-même (RFC 6939).",
  },
  'dhcp6.link-address': {
    en: 'IPv6 address by which a relay agent tells the server the link the client is on (RFC 6977).',
    fr: 'Adresse IPv6 par laquelle un agent relais indique au serveur le lien sur lequel se trouve le client (RFC 6977).',
  },
  'dhcp6.solmax-rt': {
    en: "Overrides the client's default SOL_MAX_RT, as a 32-bit value (RFC 7083).",
    fr: 'Remplace la valeur par défaut de SOL_MAX_RT du client, sur 32 bits (RFC 7083).',
  },
  'dhcp6.inf-max-rt': {
    en: "Overrides the client's default INF_MAX_RT, as a 32-bit value (RFC 7083).",
    fr: 'Remplace la valeur par défaut de INF_MAX_RT du client, sur 32 bits (RFC 7083).',
  },
  'dhcp6.dhcpv4-msg': {
    en: 'DHCPv4 over DHCPv6 (RFC 7341): carries a DHCPv4 message in a DHCPV4-QUERY or DHCPV4-RESPONSE message. Built by protocol software.',
    fr: 'DHCPv4 sur DHCPv6 (RFC 7341) : transporte un message DHCPv4 dans un message DHCPV4-QUERY ou DHCPV4-RESPONSE. Construite par le logiciel de protocole.',
  },
  'dhcp6.dhcp4-o-dhcp6-server': {
    en: 'DHCPv4 over DHCPv6 (RFC 7341): IPv6 addresses of the DHCP 4o6 servers the client should send its DHCPv4 messages to.',
    fr: 'DHCPv4 sur DHCPv6 (RFC 7341) : adresses IPv6 des serveurs DHCP 4o6 auxquels le client doit envoyer ses messages DHCPv4.',
  },
  'dhcp6.v6-captive-portal': {
    en: 'URI of the captive portal the client is behind (RFC 7710).',
    fr: 'URI du portail captif derrière lequel se trouve le client (RFC 7710).',
  },
  'dhcp6.relay-source-port': {
    en: 'Relay Source Port option (RFC 8357): added by a relay agent that uses a UDP source port other than 547, so that replies come back to that port; it carries the downstream source port.',
    fr: "Option Relay Source Port (RFC 8357) : ajoutée par un agent relais qui utilise un port source UDP autre que 547, pour que les réponses lui reviennent sur ce port ; elle porte le port source côté aval.",
  },
  'dhcp6.ipv6-address-andsf': {
    en: 'IPv6 addresses of ANDSF (Access Network Discovery and Selection Function) servers, in order of preference (RFC 6153).',
    fr: 'Adresses IPv6 des serveurs ANDSF (Access Network Discovery and Selection Function), par ordre de préférence (RFC 6153).',
  },

  // ------------------------------------------------------------------------------------------
  // vsio, isc6: the space of dhcp6.vendor-opts, with ISC's own entry (2495)

  'vsio.isc': {
    en: "ISC's entry (IANA enterprise number 2495) in the `vsio` space, the contents of `dhcp6.vendor-opts`; it encapsulates the `isc6` option space. Other vendors' entries are defined with `option vsio.NAME code ENTERPRISE-NUMBER = encapsulate SPACE;`.",
    fr: "Entrée d'ISC (numéro d'entreprise IANA 2495) dans l'espace `vsio`, contenu de `dhcp6.vendor-opts` ; elle encapsule l'espace d'options `isc6`. Les entrées d'autres fournisseurs se définissent par `option vsio.NOM code NUMERO-ENTREPRISE = encapsulate ESPACE;`.",
  },
  'isc6.media': {
    en: "Suboption 1 of ISC's own DHCPv6 vendor space (`isc6`, carried in `dhcp6.vendor-opts` under enterprise number 2495), a text. An ISC DHCP extension that dhcp-options(5) does not document.",
    fr: "Sous-option 1 de l'espace fournisseur DHCPv6 propre à ISC (`isc6`, transporté dans `dhcp6.vendor-opts` sous le numéro d'entreprise 2495), de type texte. Extension d'ISC DHCP que dhcp-options(5) ne documente pas.",
  },
  'isc6.update-assist': {
    en: "Suboption 2 of ISC's own DHCPv6 vendor space (`isc6`, carried in `dhcp6.vendor-opts` under enterprise number 2495), a string. An ISC DHCP extension that dhcp-options(5) does not document.",
    fr: "Sous-option 2 de l'espace fournisseur DHCPv6 propre à ISC (`isc6`, transporté dans `dhcp6.vendor-opts` sous le numéro d'entreprise 2495), de type chaîne. Extension d'ISC DHCP que dhcp-options(5) ne documente pas.",
  },
  'isc6.4o6-interface': {
    en: "Used internally by dhcpd's DHCPv4-over-DHCPv6 mode (RFC 7341, `-4o6`): the name of the interface a 4o6 message came in on, passed between the DHCPv6 and DHCPv4 servers. Not to be configured.",
    fr: "Utilisée en interne par le mode DHCPv4 sur DHCPv6 de dhcpd (RFC 7341, `-4o6`) : le nom de l'interface par laquelle est arrivé un message 4o6, transmis entre les serveurs DHCPv6 et DHCPv4. À ne pas configurer.",
  },
  'isc6.4o6-source-address': {
    en: "Used internally by dhcpd's DHCPv4-over-DHCPv6 mode (RFC 7341, `-4o6`): the IPv6 source address of a 4o6 message, passed between the DHCPv6 and DHCPv4 servers. Not to be configured.",
    fr: "Utilisée en interne par le mode DHCPv4 sur DHCPv6 de dhcpd (RFC 7341, `-4o6`) : l'adresse IPv6 source d'un message 4o6, transmise entre les serveurs DHCPv6 et DHCPv4. À ne pas configurer.",
  },
};
