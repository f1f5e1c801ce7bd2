<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdminErrorText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>AdminSite</name>
    <message>
        <source>The server&apos;s answer could not be read (%1). Check that the server runs the same version as this app.</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue (%1). Vérifiez que le serveur a la même version que cette application.</translation>
    </message>
</context>
<context>
    <name>AppMode</name>
    <message>
        <source>Standalone site</source>
        <translation>Site autonome</translation>
    </message>
    <message>
        <source>Client of a server</source>
        <translation>Client d&apos;un serveur</translation>
    </message>
    <message>
        <source>Network console</source>
        <translation>Console du réseau</translation>
    </message>
</context>
<context>
    <name>CatalogueItem</name>
    <message>
        <source>The item code is empty. Every item needs a code, e.g. PARA500.</source>
        <translation>Le code de l&apos;article est vide. Chaque article a besoin d&apos;un code, ex. PARA500.</translation>
    </message>
    <message>
        <source>The item code &quot;%1&quot; starts or ends with spaces.</source>
        <translation>Le code d&apos;article « %1 » commence ou finit par des espaces.</translation>
    </message>
    <message>
        <source>The item code &quot;%1…&quot; is longer than %2 characters.</source>
        <translation>Le code d&apos;article « %1… » dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>The item code &quot;%1&quot; holds a slash or a control character; use letters, digits, dots or dashes.</source>
        <translation>Le code d&apos;article « %1 » contient une barre oblique ou un caractère de contrôle ; utilisez des lettres, des chiffres, des points ou des tirets.</translation>
    </message>
    <message>
        <source>The item name is empty.</source>
        <translation>Le nom de l&apos;article est vide.</translation>
    </message>
    <message>
        <source>The item name &quot;%1…&quot; is longer than %2 characters.</source>
        <translation>Le nom d&apos;article « %1… » dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>The item name &quot;%1&quot; holds a control character.</source>
        <translation>Le nom d&apos;article « %1 » contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>The unit &quot;%1…&quot; is longer than %2 characters.</source>
        <translation>L&apos;unité « %1… » dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; holds a control character.</source>
        <translation>L&apos;unité « %1 » contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>The pack size must be a whole number from 1 to %1 (units in one pack).</source>
        <translation>La taille du colis doit être un nombre entier de 1 à %1 (unités par colis).</translation>
    </message>
</context>
<context>
    <name>ClockSkew</name>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the server&apos;s. Set its date, time and time zone correctly: records and sync times saved here are wrong until then.</source>
        <translation>L&apos;horloge de cet ordinateur avance de %1 sur celle du serveur. Réglez correctement sa date, son heure et son fuseau horaire : les enregistrements et heures de synchronisation sauvés ici sont faux d&apos;ici là.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the server&apos;s. Set its date, time and time zone correctly: records and sync times saved here are wrong until then.</source>
        <translation>L&apos;horloge de cet ordinateur retarde de %1 sur celle du serveur. Réglez correctement sa date, son heure et son fuseau horaire : les enregistrements et heures de synchronisation sauvés ici sont faux d&apos;ici là.</translation>
    </message>
    <message>
        <source>Clock %1 ahead of the server&apos;s</source>
        <translation>Horloge en avance de %1 sur le serveur</translation>
    </message>
    <message>
        <source>Clock %1 behind the server&apos;s</source>
        <translation>Horloge en retard de %1 sur le serveur</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Créé le %1</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Stock lines</source>
        <translation>Lignes de stock</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Expéditions</translation>
    </message>
    <message>
        <source>Shipment lines</source>
        <translation>Lignes d&apos;expédition</translation>
    </message>
    <message>
        <source>Requisitions</source>
        <translation>Réquisitions</translation>
    </message>
    <message>
        <source>Requisition lines</source>
        <translation>Lignes de réquisition</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>Temperature logs</source>
        <translation>Relevés de température</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Magasins</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Site links</source>
        <translation>Liens entre sites</translation>
    </message>
    <message>
        <source>Store visibility</source>
        <translation>Visibilité des magasins</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Cannot create the demo folder %1. Choose a folder you can write to.</source>
        <translation>Impossible de créer le dossier de démonstration %1. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Cannot read %1. Delete the demo folder to make a new demo.</source>
        <translation>Impossible de lire %1. Supprimez le dossier de démonstration pour créer une nouvelle démonstration.</translation>
    </message>
</context>
<context>
    <name>HubApiClient</name>
    <message>
        <source>The server&apos;s answer could not be read (%1: %2). The server may run a different version of SyncSites; ask its administrator.</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue (%1 : %2). Le serveur a peut-être une autre version de SyncSites ; demandez à son administrateur.</translation>
    </message>
    <message>
        <source>The connection through the proxy %1 to the server %2 failed. Check the proxy in Settings, or clear it if this network has none.</source>
        <translation>La connexion au serveur %2 par le proxy %1 a échoué. Vérifiez le proxy dans les Paramètres, ou effacez-le si ce réseau n&apos;en a pas.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the server address in Settings and that this computer is connected to the network.</source>
        <translation>Le serveur %1 est introuvable. Vérifiez l&apos;adresse du serveur dans les Paramètres et que cet ordinateur est connecté au réseau.</translation>
    </message>
    <message>
        <source>The server %1 took too long to answer. The connection may be slow; try again.</source>
        <translation>Le serveur %1 a mis trop de temps à répondre. La connexion est peut-être lente ; réessayez.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted. Ask the administrator for the certificate authority file and set it in Settings.</source>
        <translation>La connexion sécurisée à %1 a échoué : son certificat n&apos;est pas reconnu. Demandez à l&apos;administrateur le fichier de l&apos;autorité de certification et indiquez-le dans les Paramètres.</translation>
    </message>
    <message>
        <source>This computer has no network connection. Connect it and try again.</source>
        <translation>Cet ordinateur n&apos;a pas de connexion réseau. Connectez-le et réessayez.</translation>
    </message>
    <message>
        <source>The proxy refused the connection. Check the proxy in Settings.</source>
        <translation>Le proxy a refusé la connexion. Vérifiez le proxy dans les Paramètres.</translation>
    </message>
    <message>
        <source>The server %1 could not be reached (%2). Try again later.</source>
        <translation>Le serveur %1 n&apos;a pas pu être joint (%2). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1) and no explanation. Try again later or ask its administrator.</source>
        <translation>Le serveur a répondu par une erreur (HTTP %1) sans explication. Réessayez plus tard ou demandez à son administrateur.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1). Try again later.</source>
        <translation>Le serveur a répondu par une erreur (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Nothing answers at %1. Check the server address and port in Settings; the server may also be stopped.</source>
        <translation>Rien ne répond à l&apos;adresse %1. Vérifiez l&apos;adresse et le port du serveur dans les Paramètres ; le serveur est peut-être aussi arrêté.</translation>
    </message>
    <message>
        <source>The server at %1 closed the secure connection: it may not speak https at this address. Try the address with http:// instead, or check the port in Settings.</source>
        <translation>Le serveur à l&apos;adresse %1 a fermé la connexion sécurisée : il ne parle peut-être pas https à cette adresse. Essayez l&apos;adresse avec http:// à la place, ou vérifiez le port dans les Paramètres.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection without answering. Check the server address and port in Settings, or ask its administrator.</source>
        <translation>Le serveur %1 a fermé la connexion sans répondre. Vérifiez l&apos;adresse et le port du serveur dans les Paramètres, ou demandez à son administrateur.</translation>
    </message>
    <message>
        <source>The server at %1 does not speak https at this address. Try the address with http:// instead, or check the port in Settings.</source>
        <translation>Le serveur à l&apos;adresse %1 ne parle pas https à cette adresse. Essayez l&apos;adresse avec http:// à la place, ou vérifiez le port dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>HubDataActionsClient</name>
    <message>
        <source>The server&apos;s answer to %1 was not understood. It may run another version; ask its administrator.</source>
        <translation>La réponse du serveur à %1 n&apos;a pas été comprise. Il a peut-être une autre version ; demandez à son administrateur.</translation>
    </message>
    <message>
        <source>a question about a store&apos;s actions</source>
        <translation>une question sur les actions d&apos;un magasin</translation>
    </message>
</context>
<context>
    <name>HubSetUpClient</name>
    <message>
        <source>The server&apos;s answer could not be read (%1). Check that the address is a SyncSites server, or try again later.</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue (%1). Vérifiez que l&apos;adresse est celle d&apos;un serveur SyncSites, ou réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>HubSitesClient</name>
    <message>
        <source>The server answered without a secret.</source>
        <translation>Le serveur a répondu sans secret.</translation>
    </message>
</context>
<context>
    <name>Integrator</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
</context>
<context>
    <name>ItemCsv</name>
    <message>
        <source>The file has more than %1 lines. Split it into smaller files and import them one after the other.</source>
        <translation>Le fichier a plus de %1 lignes. Découpez-le en fichiers plus petits et importez-les l&apos;un après l&apos;autre.</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed (a &quot; is missing). Fix the file in a spreadsheet or text editor and import it again.</source>
        <translation>Un champ entre guillemets qui commence à la ligne %1 n&apos;est jamais fermé (il manque un &quot;). Corrigez le fichier dans un tableur ou un éditeur de texte et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file is empty. An items file starts with a header line such as &quot;code,name,unit,pack_size&quot;, then one item a line.</source>
        <translation>Le fichier est vide. Un fichier d&apos;articles commence par une ligne d&apos;en-tête comme « code,name,unit,pack_size », puis un article par ligne.</translation>
    </message>
    <message>
        <source>The header names the column &quot;%1&quot; twice (columns %2 and %3).</source>
        <translation>L&apos;en-tête nomme deux fois la colonne « %1 » (colonnes %2 et %3).</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least &quot;code&quot; (and &quot;name&quot; for new items); it reads &quot;%1&quot;.</source>
        <translation>La première ligne doit nommer les colonnes, avec au moins « code » (et « name » pour les nouveaux articles) ; elle contient « %1 ».</translation>
    </message>
    <message>
        <source>(It reads &quot;%1&quot;.)</source>
        <translation>(Elle contient « %1 ».)</translation>
    </message>
    <message>
        <source>&quot;active&quot; must be yes or no (it reads &quot;%1&quot;).</source>
        <translation>« active » doit valoir yes ou no (la valeur est « %1 »).</translation>
    </message>
    <message>
        <source>The line has %1 fields but the header names %2: a field may hold an unquoted &quot;%3&quot;. Put such a field in double quotes.</source>
        <translation>La ligne a %1 champs mais l&apos;en-tête en nomme %2 : un champ contient peut-être un « %3 » sans guillemets. Mettez ce champ entre guillemets doubles.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already on line %2; each item may be on one line only.</source>
        <translation>Le code « %1 » est déjà à la ligne %2 ; chaque article ne peut être que sur une seule ligne.</translation>
    </message>
</context>
<context>
    <name>LocalUsers</name>
    <message>
        <source>reading the user accounts</source>
        <translation>lecture des comptes utilisateurs</translation>
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <source>Success</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>En partie faite</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>PushBatch</name>
    <message>
        <source>This record is too large to sync: %1 KiB, where the server takes at most %2 KiB in one request. Shorten it (a long note or comment), then retry it from the quarantine.</source>
        <translation>Cet enregistrement est trop gros pour être synchronisé : %1 Kio, alors que le serveur accepte au plus %2 Kio par requête. Raccourcissez-le (une longue note ou un long commentaire), puis réessayez-le depuis la quarantaine.</translation>
    </message>
</context>
<context>
    <name>PushRules</name>
    <message>
        <source>The site &quot;%1&quot; is not part of this network.</source>
        <translation>Le site « %1 » ne fait pas partie de ce réseau.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not sync %2 data with this server, so it cannot send %3 records.</source>
        <translation>« %1 » ne synchronise pas les données %2 avec ce serveur, il ne peut donc pas envoyer d&apos;enregistrements %3.</translation>
    </message>
    <message>
        <source>%1 records are central data: they are changed only on the central server, by an administrator.</source>
        <translation>Les enregistrements %1 sont des données centrales : ils ne sont modifiés que sur le serveur central, par un administrateur.</translation>
    </message>
    <message>
        <source>The record names store &quot;%1&quot;, which this network does not have.</source>
        <translation>L&apos;enregistrement cite le magasin « %1 », que ce réseau n&apos;a pas.</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>non visible</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; is %2 on &quot;%3&quot;; only its home site &quot;%4&quot; may change its data. The change was kept in quarantine.</source>
        <translation>Le magasin « %1 » est %2 sur « %3 » ; seul son site d&apos;origine « %4 » peut modifier ses données. Le changement a été gardé en quarantaine.</translation>
    </message>
    <message>
        <source>The transfer names partner store &quot;%1&quot;, which this network does not have.</source>
        <translation>Le transfert cite le magasin partenaire « %1 », que ce réseau n&apos;a pas.</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; is not visible on &quot;%2&quot;, so a transfer to it cannot start here. Ask an administrator to make it a Transfer store on this site.</source>
        <translation>Le magasin « %1 » n&apos;est pas visible sur « %2 », donc un transfert vers lui ne peut pas partir d&apos;ici. Demandez à un administrateur d&apos;en faire un magasin Transfert sur ce site.</translation>
    </message>
    <message>
        <source>This record answers a shipment or requisition that the server does not have (or its id is not the one made for that answer), so it cannot be accepted. Nothing else was changed.</source>
        <translation>Cet enregistrement répond à une expédition ou une réquisition que le serveur n&apos;a pas (ou son id n&apos;est pas celui créé pour cette réponse), il ne peut donc pas être accepté. Rien d&apos;autre n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This record answers a shipment or requisition that was sent to store &quot;%1&quot;, not to &quot;%2&quot;: only the home site of &quot;%1&quot; may answer it.</source>
        <translation>Cet enregistrement répond à une expédition ou une réquisition envoyée au magasin « %1 », pas à « %2 » : seul le site d&apos;origine de « %1 » peut y répondre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Open mSupply site and cannot hold asset data.</source>
        <translation>« %1 » n&apos;est pas un site Open mSupply et ne peut pas garder de données d&apos;équipement.</translation>
    </message>
</context>
<context>
    <name>RecordColumn</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>Type d&apos;équipement</translation>
    </message>
    <message>
        <source>Available packs</source>
        <translation>Colis disponibles</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>Prix d&apos;achat</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré le</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Date de péremption</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalisé le</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Password hash cost</source>
        <translation>Coût du hachage</translation>
    </message>
    <message>
        <source>Home site</source>
        <translation>Site d&apos;origine</translation>
    </message>
    <message>
        <source>Server site</source>
        <translation>Site serveur</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>Installé le</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Linked shipment</source>
        <translation>Expédition liée</translation>
    </message>
    <message>
        <source>Linked requisition</source>
        <translation>Réquisition liée</translation>
    </message>
    <message>
        <source>Logged at</source>
        <translation>Relevé le</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Pack size</source>
        <translation>Taille du colis</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Partner store</source>
        <translation>Magasin partenaire</translation>
    </message>
    <message>
        <source>Password hash</source>
        <translation>Empreinte du mot de passe</translation>
    </message>
    <message>
        <source>Requested packs</source>
        <translation>Colis demandés</translation>
    </message>
    <message>
        <source>Requisition</source>
        <translation>Réquisition</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Secret hash</source>
        <translation>Empreinte du secret</translation>
    </message>
    <message>
        <source>Sell price</source>
        <translation>Prix de vente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédié le</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Supplied packs</source>
        <translation>Colis fournis</translation>
    </message>
    <message>
        <source>Sync type</source>
        <translation>Type de synchronisation</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>Température (°C)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour le</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>ReinitProgress</name>
    <message>
        <source>Setting up %1 again</source>
        <translation>Nouvelle configuration de %1</translation>
    </message>
    <message>
        <source>Saving the changes not yet sent, then copying the site&apos;s data from the server again…</source>
        <translation>Sauvegarde des modifications pas encore envoyées, puis nouvelle copie des données du site depuis le serveur…</translation>
    </message>
</context>
<context>
    <name>ReplicaBrowser</name>
    <message>
        <source>There is no table named &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de table nommée « %1 ».</translation>
    </message>
    <message>
        <source>%1 records are private to the hub and the users they describe; they are not shown here.</source>
        <translation>Les enregistrements %1 sont privés au serveur et aux utilisateurs qu&apos;ils décrivent ; ils ne sont pas affichés ici.</translation>
    </message>
    <message>
        <source>reading this site</source>
        <translation>lecture de ce site</translation>
    </message>
    <message>
        <source>counting records</source>
        <translation>comptage des enregistrements</translation>
    </message>
    <message>
        <source>reading records</source>
        <translation>lecture des enregistrements</translation>
    </message>
    <message>
        <source>reading store, item and site names</source>
        <translation>lecture des noms de magasins, d&apos;articles et de sites</translation>
    </message>
    <message>
        <source>reading the shipments to receive</source>
        <translation>lecture des expéditions à recevoir</translation>
    </message>
    <message>
        <source>reading the items in stock</source>
        <translation>lecture des articles en stock</translation>
    </message>
</context>
<context>
    <name>ReplicaHealth</name>
    <message>
        <source>This computer&apos;s copy of the data (%1) is damaged: %2. Sync is stopped so that the damage does not spread.</source>
        <translation>La copie des données de cet ordinateur (%1) est abîmée : %2. La synchronisation est arrêtée pour que les dégâts ne se propagent pas.</translation>
    </message>
</context>
<context>
    <name>ReplicaReinit</name>
    <message>
        <source>%1 cannot be moved to %2: %3</source>
        <translation>%1 ne peut pas être déplacé vers %2 : %3</translation>
    </message>
    <message>
        <source>%1 The site&apos;s settings and its installation id are in that file, so it cannot be set up again from it: set the site up on a new file, after your administrator releases the site&apos;s binding on the server.</source>
        <translation>%1 Les paramètres du site et son id d&apos;installation sont dans ce fichier, il ne peut donc pas être reconfiguré à partir de lui : configurez le site sur un nouveau fichier, après que votre administrateur a libéré le lien du site sur le serveur.</translation>
    </message>
    <message>
        <source>%1 is not set up for a site; set it up rather than again.</source>
        <translation>%1 n&apos;est configuré pour aucun site ; configurez-le plutôt que de le reconfigurer.</translation>
    </message>
    <message>
        <source>Resuming the set-up of &quot;%1&quot; (the changes are kept in %2).</source>
        <translation>Reprise de la configuration de « %1 » (les modifications sont gardées dans %2).</translation>
    </message>
    <message>
        <source>%1 is being synced by another program (or the app). Stop its automatic sync, then try again.</source>
        <translation>%1 est synchronisé par un autre programme (ou par l&apos;application). Arrêtez sa synchronisation automatique, puis réessayez.</translation>
    </message>
    <message>
        <source>Saved %1 changed and %2 deleted record(s) not yet sent to %3.</source>
        <translation>Sauvegardés, pas encore envoyés à %3 : %1 enregistrements modifiés et %2 supprimés.</translation>
    </message>
    <message>
        <source>Could not be read back (damaged): %1</source>
        <translation>N&apos;a pas pu être relu (abîmé) : %1</translation>
    </message>
    <message>
        <source>. Nothing else was changed.</source>
        <translation>. Rien d&apos;autre n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The old replica is kept at %1.</source>
        <translation>L&apos;ancienne réplique est gardée dans %1.</translation>
    </message>
    <message>
        <source>The new replica&apos;s first sync did not finish; the changes are kept in %1. Run the set-up again once the problem is solved: it resumes.</source>
        <translation>La première synchronisation de la nouvelle réplique ne s&apos;est pas terminée ; les modifications sont gardées dans %1. Relancez la configuration une fois le problème résolu : elle reprend.</translation>
    </message>
    <message>
        <source>The saved changes could not be written back: %1. They are kept in %2.</source>
        <translation>Les modifications sauvegardées n&apos;ont pas pu être réécrites : %1. Elles sont gardées dans %2.</translation>
    </message>
    <message>
        <source>Not written back (refused here): %1</source>
        <translation>Non réécrit (refusé ici) : %1</translation>
    </message>
    <message>
        <source>Wrote back %1 change(s) made here; sending them.</source>
        <translation>Modifications faites ici et réécrites : %1 ; envoi en cours.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is set up again; the changes carried over are listed in %2.</source>
        <translation>« %1 » est reconfiguré ; les modifications reprises sont listées dans %2.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>not visible</source>
        <translation>non visible</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>The site&apos;s secret file %1 cannot be read (%2). Run &quot;syncsites-cli init&quot; again with the site&apos;s password file.</source>
        <translation>Le fichier de secret du site %1 ne peut pas être lu (%2). Relancez « syncsites-cli init » avec le fichier de mot de passe du site.</translation>
    </message>
    <message>
        <source>The secret file %1 cannot be written (%2).</source>
        <translation>Le fichier de secret %1 ne peut pas être écrit (%2).</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read (%2).</source>
        <translation>Le fichier de mot de passe %1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>The password file %1 is empty. Put the site&apos;s secret on its first line.</source>
        <translation>Le fichier de mot de passe %1 est vide. Mettez le secret du site sur sa première ligne.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Cannot create the folder %1 to keep the site&apos;s secret.</source>
        <translation>Impossible de créer le dossier %1 pour garder le secret du site.</translation>
    </message>
    <message>
        <source>Cannot save the site&apos;s secret in %1 (%2). Check the disk has room and the folder is writable.</source>
        <translation>Impossible d&apos;enregistrer le secret du site dans %1 (%2). Vérifiez qu&apos;il reste de la place sur le disque et qu&apos;on peut écrire dans le dossier.</translation>
    </message>
    <message>
        <source>This computer holds no secret for this site. The network administrator has it.</source>
        <translation>Cet ordinateur n&apos;a pas de secret pour ce site. L&apos;administrateur du réseau l&apos;a.</translation>
    </message>
</context>
<context>
    <name>SetSyncTypeCommand</name>
    <message>
        <source>not visible</source>
        <translation>non visible</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>SiteNodeItem</name>
    <message>
        <source>%1
%2
Sync health: %3
Stores: %4 Active, %5 Collector, %6 Transfer</source>
        <translation>%1
%2
État de la synchronisation : %3
Magasins : %4 Actif, %5 Collecteur, %6 Transfert</translation>
    </message>
    <message>
        <source>No stores</source>
        <translation>Aucun magasin</translation>
    </message>
    <message>
        <source>Uses its server&apos;s stores</source>
        <translation>Utilise les magasins de son serveur</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>%1, %2, sync health: %3</source>
        <translation>%1, %2, état de la synchronisation : %3</translation>
    </message>
</context>
<context>
    <name>SiteService</name>
    <message>
        <source>%1 is a hub&apos;s database, not a replica</source>
        <translation>%1 est la base de données d&apos;un serveur, pas une réplique</translation>
    </message>
    <message>
        <source>%1 is the replica of &quot;%2&quot;; it cannot become &quot;%3&quot;. Use a new replica file for another site.</source>
        <translation>%1 est la réplique de « %2 » ; elle ne peut pas devenir « %3 ». Utilisez un nouveau fichier de réplique pour un autre site.</translation>
    </message>
    <message>
        <source>There is no table &quot;%1&quot; here.</source>
        <translation>Il n&apos;y a pas de table « %1 » ici.</translation>
    </message>
    <message>
        <source>The stock line is no longer in this store; it may have been removed by a sync.</source>
        <translation>La ligne de stock n&apos;est plus dans ce magasin ; elle a peut-être été retirée par une synchronisation.</translation>
    </message>
    <message>
        <source>Wrong user name or password, or this user does not work at this site (only their accounts are kept here for signing in offline).</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect, ou cet utilisateur ne travaille pas sur ce site (seuls ses comptes sont gardés ici pour la connexion hors ligne).</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the network administrator.</source>
        <translation>Ce compte est désactivé. Demandez à l&apos;administrateur du réseau.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2)</source>
        <translation>%1 ne peut pas être écrit (%2)</translation>
    </message>
</context>
<context>
    <name>StoreActions</name>
    <message>
        <source>The database stayed locked by another task or program while %1. Try again; if it keeps happening, close other programs that use the database.</source>
        <translation>La base de données est restée verrouillée par une autre tâche ou un autre programme pendant : %1. Réessayez ; si cela se reproduit, fermez les autres programmes qui utilisent la base.</translation>
    </message>
    <message>
        <source>A database error occurred while %1: %2.</source>
        <translation>Une erreur de base de données s&apos;est produite pendant : %1 : %2.</translation>
    </message>
    <message>
        <source>The database %1 is not registered to a site yet. Run syncsites-cli init first.</source>
        <translation>La base de données %1 n&apos;est encore enregistrée pour aucun site. Lancez d&apos;abord syncsites-cli init.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Collecteur</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>non visible</translation>
    </message>
    <message>
        <source>There is no store with code &quot;%1&quot; on this site. Check the code; `syncsites-cli records list --table store` lists the stores.</source>
        <translation>Il n&apos;y a pas de magasin avec le code « %1 » sur ce site. Vérifiez le code ; `syncsites-cli records list --table store` liste les magasins.</translation>
    </message>
    <message>
        <source>There is no table named &quot;%1&quot;. The tables are: %2.</source>
        <translation>Il n&apos;y a pas de table nommée « %1 ». Les tables sont : %2.</translation>
    </message>
    <message>
        <source>The number of packs must be more than 0 (got %1).</source>
        <translation>Le nombre de colis doit être supérieur à 0 (reçu %1).</translation>
    </message>
    <message>
        <source>looking up an item</source>
        <translation>recherche d&apos;un article</translation>
    </message>
    <message>
        <source>There is no item with code &quot;%1&quot; on this site. Check the code; `syncsites-cli records list --table item` lists the items.</source>
        <translation>Il n&apos;y a pas d&apos;article avec le code « %1 » sur ce site. Vérifiez le code ; `syncsites-cli records list --table item` liste les articles.</translation>
    </message>
    <message>
        <source>reading this site</source>
        <translation>lecture de ce site</translation>
    </message>
    <message>
        <source>reading the stores</source>
        <translation>lecture des magasins</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; is %2 on this site; its data is edited at %3.</source>
        <translation>Le magasin « %1 » est %2 sur ce site ; ses données sont modifiées sur %3.</translation>
    </message>
    <message>
        <source>A store cannot ship to or request from itself (&quot;%1&quot;). Name another store with --to.</source>
        <translation>Un magasin ne peut pas s&apos;expédier ni se demander du stock à lui-même (« %1 »). Indiquez un autre magasin avec --to.</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; is not visible on this site, so a transfer or requisition to it cannot start here. Ask an administrator to make it a Transfer store on this site.</source>
        <translation>Le magasin « %1 » n&apos;est pas visible sur ce site, donc un transfert ou une réquisition vers lui ne peut pas partir d&apos;ici. Demandez à un administrateur d&apos;en faire un magasin Transfert sur ce site.</translation>
    </message>
    <message>
        <source>%1 records are secrets of the hub; they cannot be listed here.</source>
        <translation>Les enregistrements %1 sont des secrets du serveur ; ils ne peuvent pas être listés ici.</translation>
    </message>
    <message>
        <source>%1 records belong to no store; list them without --store.</source>
        <translation>Les enregistrements %1 n&apos;appartiennent à aucun magasin ; listez-les sans --store.</translation>
    </message>
    <message>
        <source>looking up a store</source>
        <translation>recherche d&apos;un magasin</translation>
    </message>
    <message>
        <source>%1 records are central data: they are changed only on the central server, by an administrator.</source>
        <translation>Les enregistrements %1 sont des données centrales : ils ne sont modifiés que sur le serveur central, par un administrateur.</translation>
    </message>
    <message>
        <source>%1 %2 belongs to store &quot;%3&quot;, not &quot;%4&quot; (--store); it was not written.</source>
        <translation>%1 %2 appartient au magasin « %3 », pas « %4 » (--store) ; il n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>%1 %2: field %3: there is no %4 %5 here.</source>
        <translation>%1 %2 : champ %3 : il n&apos;y a pas de %4 %5 ici.</translation>
    </message>
    <message>
        <source>%1 %2: field partner_store_id: there is no store %3 here.</source>
        <translation>%1 %2 : champ partner_store_id : il n&apos;y a pas de magasin %3 ici.</translation>
    </message>
    <message>
        <source>looking up stock</source>
        <translation>recherche du stock</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; has no batch of item %2 with %3 packs available (the most in one batch is %4). Ship fewer packs, or split the shipment.</source>
        <translation>Le magasin « %1 » n&apos;a pas de lot de l&apos;article %2 avec %3 colis disponibles (le plus dans un lot est %4). Expédiez moins de colis, ou divisez l&apos;expédition.</translation>
    </message>
    <message>
        <source>There is no shipment with id %1 on this site. Check the id; if it was sent recently, sync first.</source>
        <translation>Il n&apos;y a pas d&apos;expédition avec l&apos;id %1 sur ce site. Vérifiez l&apos;id ; si elle a été envoyée récemment, synchronisez d&apos;abord.</translation>
    </message>
    <message>
        <source>There is no requisition with id %1 on this site. Check the id; if it was sent recently, sync first.</source>
        <translation>Il n&apos;y a pas de réquisition avec l&apos;id %1 sur ce site. Vérifiez l&apos;id ; si elle a été envoyée récemment, synchronisez d&apos;abord.</translation>
    </message>
    <message>
        <source>Shipment %1 is an outbound shipment to store &quot;%2&quot;, and its inbound shipment is not on this site. Receive it where store &quot;%2&quot; is Active, after that site has synced.</source>
        <translation>L&apos;expédition %1 est une expédition sortante vers le magasin « %2 », et son expédition entrante n&apos;est pas sur ce site. Recevez-la là où le magasin « %2 » est Actif, après la synchronisation de ce site.</translation>
    </message>
    <message>
        <source>Requisition %1 is a request to store &quot;%2&quot;, and its response is not on this site. Respond where store &quot;%2&quot; is Active, after that site has synced.</source>
        <translation>La réquisition %1 est une demande au magasin « %2 », et sa réponse n&apos;est pas sur ce site. Répondez là où le magasin « %2 » est Actif, après la synchronisation de ce site.</translation>
    </message>
    <message>
        <source>Shipment %1 was already received (on %2); it cannot be received twice.</source>
        <translation>L&apos;expédition %1 a déjà été reçue (le %2) ; elle ne peut pas être reçue deux fois.</translation>
    </message>
    <message>
        <source>Shipment %1 has not been shipped yet, so it cannot be received.</source>
        <translation>L&apos;expédition %1 n&apos;a pas encore été expédiée, elle ne peut donc pas être reçue.</translation>
    </message>
    <message>
        <source>reading the lines of a shipment</source>
        <translation>lecture des lignes d&apos;une expédition</translation>
    </message>
    <message>
        <source>Requisition %1 was already finalised (on %2); it cannot be finalised twice.</source>
        <translation>La réquisition %1 a déjà été finalisée (le %2) ; elle ne peut pas être finalisée deux fois.</translation>
    </message>
    <message>
        <source>reading the lines of a requisition</source>
        <translation>lecture des lignes d&apos;une réquisition</translation>
    </message>
    <message>
        <source>reading the requisitions to answer</source>
        <translation>lecture des réquisitions à traiter</translation>
    </message>
    <message>
        <source>There is no %1 record %2 on this site: it may have been deleted already, or moved away by a sync.</source>
        <translation>Il n&apos;y a pas d&apos;enregistrement %1 %2 sur ce site : il a peut-être déjà été supprimé, ou déplacé par une synchronisation.</translation>
    </message>
    <message>
        <source>%1 %2 belongs to store &quot;%3&quot;, not &quot;%4&quot;; it was not deleted.</source>
        <translation>%1 %2 appartient au magasin « %3 », pas « %4 » ; il n&apos;a pas été supprimé.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>A line of shipment %1</source>
        <translation>Une ligne de l&apos;expédition %1</translation>
    </message>
    <message>
        <source>A line of requisition %1</source>
        <translation>Une ligne de la réquisition %1</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>Expédition %1</translation>
    </message>
    <message>
        <source>Requisition %1</source>
        <translation>Réquisition %1</translation>
    </message>
    <message>
        <source>%1 belongs to the shipment store &quot;%2&quot; sent here, so it cannot be deleted. Receive the shipment instead.</source>
        <translation>%1 appartient à l&apos;expédition que le magasin « %2 » a envoyée ici, il ne peut donc pas être supprimé. Recevez plutôt l&apos;expédition.</translation>
    </message>
    <message>
        <source>%1 belongs to the answer to a request from store &quot;%2&quot;, so it cannot be deleted. Answer the requisition instead.</source>
        <translation>%1 appartient à la réponse à une demande du magasin « %2 », il ne peut donc pas être supprimé. Répondez plutôt à la réquisition.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: the shipment is %2 already (to store &quot;%3&quot;). Only a shipment that is still new can be deleted.</source>
        <translation>%1 ne peut pas être supprimé : l&apos;expédition est déjà %2 (vers le magasin « %3 »). Seule une expédition encore nouvelle peut être supprimée.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: the requisition is %2 already (to store &quot;%3&quot;). Only a draft can be deleted.</source>
        <translation>%1 ne peut pas être supprimé : la réquisition est déjà %2 (vers le magasin « %3 »). Seul un brouillon peut être supprimé.</translation>
    </message>
    <message>
        <source>counting what belongs to a record</source>
        <translation>comptage de ce qui appartient à un enregistrement</translation>
    </message>
    <message>
        <source>This site does not sync Open mSupply data (assets and temperature logs), so %1 records cannot be written or deleted here. Record them at a site that syncs them.</source>
        <translation>Ce site ne synchronise pas les données Open mSupply (équipements et relevés de température), donc des enregistrements %1 ne peuvent pas être écrits ni supprimés ici. Enregistrez-les sur un site qui les synchronise.</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation>Cet ordinateur n&apos;est pas connecté à un réseau.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>Le serveur %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The certificate of %1 cannot be trusted.</source>
        <translation>Le certificat de %1 n&apos;est pas reconnu.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost during the request.</source>
        <translation>La connexion à %1 a été perdue pendant la requête.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was damaged on the way (its digest does not match).</source>
        <translation>La réponse du serveur a été abîmée en route (son empreinte ne correspond pas).</translation>
    </message>
    <message>
        <source>The server&apos;s answer was damaged on the way (%1).</source>
        <translation>La réponse du serveur a été abîmée en route (%1).</translation>
    </message>
    <message>
        <source>The server %1 answered with HTTP status %2.</source>
        <translation>Le serveur %1 a répondu avec le statut HTTP %2.</translation>
    </message>
    <message>
        <source>The server answered for another batch.</source>
        <translation>Le serveur a répondu pour un autre lot d&apos;envoi.</translation>
    </message>
    <message>
        <source>The server answered with a cursor that goes backwards.</source>
        <translation>Le serveur a répondu avec un curseur qui recule.</translation>
    </message>
    <message>
        <source>The server name %1 cannot be found: check the server address, and that this computer&apos;s network reaches the internet.</source>
        <translation>Le nom de serveur %1 est introuvable : vérifiez l&apos;adresse du serveur, et que le réseau de cet ordinateur accède à Internet.</translation>
    </message>
    <message>
        <source>Nothing answers at %1: the server may be stopped, or the address or port is wrong.</source>
        <translation>Rien ne répond à l&apos;adresse %1 : le serveur est peut-être arrêté, ou l&apos;adresse ou le port est incorrect.</translation>
    </message>
    <message>
        <source>A secure (https) connection to %1 failed: the server may not speak https at this address (try http://) or the port is wrong.</source>
        <translation>La connexion sécurisée (https) à %1 a échoué : le serveur ne parle peut-être pas https à cette adresse (essayez http://) ou le port est incorrect.</translation>
    </message>
</context>
<context>
    <name>SyncFailure</name>
    <message numerus="yes">
        <source>%n record(s) could not be synced and are kept in the quarantine: %1</source>
        <translation>
            <numerusform>%n enregistrement n&apos;a pas pu être synchronisé et est gardé en quarantaine : %1</numerusform>
            <numerusform>%n enregistrements n&apos;ont pas pu être synchronisés et sont gardés en quarantaine : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
    <message>
        <source>Start it again when you are ready; it resumes where it stopped.</source>
        <translation>Relancez-la quand vous êtes prêt ; elle reprend là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation>Cet ordinateur n&apos;est pas connecté à un réseau.</translation>
    </message>
    <message>
        <source>Connect to the internet (Wi-Fi, cable or mobile data), then sync again.</source>
        <translation>Connectez-vous à Internet (Wi-Fi, câble ou données mobiles), puis synchronisez à nouveau.</translation>
    </message>
    <message>
        <source>Check the server address in the settings and that the server is running. If other websites work, ask your administrator whether the server is down.</source>
        <translation>Vérifiez l&apos;adresse du serveur dans les paramètres et que le serveur fonctionne. Si d&apos;autres sites web marchent, demandez à votre administrateur si le serveur est arrêté.</translation>
    </message>
    <message>
        <source>The connection is slow or the server is overloaded. Sync again later; nothing was lost, the next sync resumes where this one stopped.</source>
        <translation>La connexion est lente ou le serveur est surchargé. Synchronisez à nouveau plus tard ; rien n&apos;est perdu, la prochaine synchronisation reprend là où celle-ci s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>The connection is unreliable. Sync again; nothing was lost, the next sync resumes where this one stopped.</source>
        <translation>La connexion est instable. Synchronisez à nouveau ; rien n&apos;est perdu, la prochaine synchronisation reprend là où celle-ci s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted by this computer. Ask your administrator for the certificate authority file and set it in the settings (or check the computer&apos;s date and time).</source>
        <translation>Le certificat du serveur n&apos;est pas reconnu par cet ordinateur. Demandez à votre administrateur le fichier de l&apos;autorité de certification et indiquez-le dans les paramètres (ou vérifiez la date et l&apos;heure de l&apos;ordinateur).</translation>
    </message>
    <message>
        <source>The server refuses this site for a while after too many wrong attempts.</source>
        <translation>Le serveur refuse ce site pendant un moment après trop d&apos;essais erronés.</translation>
    </message>
    <message>
        <source>The server did not accept this site&apos;s name or secret.</source>
        <translation>Le serveur n&apos;a pas accepté le nom ou le secret de ce site.</translation>
    </message>
    <message>
        <source>Wait %1 seconds, then check the site name and secret with your administrator.</source>
        <translation>Attendez %1 secondes, puis vérifiez le nom du site et son secret avec votre administrateur.</translation>
    </message>
    <message>
        <source>Check the site name and its secret with your administrator. If they gave the site a new secret, enter it in Settings (New secret; with syncsites-cli, run init again), then sync again.</source>
        <translation>Vérifiez le nom du site et son secret avec votre administrateur. S&apos;il a donné un nouveau secret au site, saisissez-le dans les Paramètres (Nouveau secret ; avec syncsites-cli, relancez init), puis synchronisez à nouveau.</translation>
    </message>
    <message>
        <source>This site is registered to another computer or device.</source>
        <translation>Ce site est enregistré pour un autre ordinateur ou appareil.</translation>
    </message>
    <message>
        <source>If this computer replaces the other one, ask an administrator to release the site&apos;s binding on the server, then sync again.</source>
        <translation>Si cet ordinateur remplace l&apos;autre, demandez à un administrateur de libérer le lien du site sur le serveur, puis synchronisez à nouveau.</translation>
    </message>
    <message>
        <source>This SyncSites and the server&apos;s have no protocol version in common.</source>
        <translation>Ce SyncSites et celui du serveur n&apos;ont aucune version de protocole en commun.</translation>
    </message>
    <message>
        <source>Ask your administrator to upgrade SyncSites on the server.</source>
        <translation>Demandez à votre administrateur de mettre à jour SyncSites sur le serveur.</translation>
    </message>
    <message>
        <source>Upgrade SyncSites on this computer.</source>
        <translation>Mettez à jour SyncSites sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Set the site&apos;s secret again (syncsites-cli init with the site&apos;s password file, or the desktop app&apos;s settings).</source>
        <translation>Saisissez à nouveau le secret du site (syncsites-cli init avec le fichier de mot de passe du site, ou les paramètres de l&apos;application).</translation>
    </message>
    <message>
        <source>Check which site this computer should be with your administrator.</source>
        <translation>Vérifiez avec votre administrateur à quel site cet ordinateur doit appartenir.</translation>
    </message>
    <message>
        <source>The server cannot store or read data right now.</source>
        <translation>Le serveur ne peut pas enregistrer ni lire de données pour le moment.</translation>
    </message>
    <message>
        <source>Nothing on this computer was lost; the sync is retried. If it keeps failing, tell your administrator: the server&apos;s disk or database needs attention (see the server&apos;s log).</source>
        <translation>Rien n&apos;a été perdu sur cet ordinateur ; la synchronisation est réessayée. Si l&apos;échec continue, prévenez votre administrateur : le disque ou la base de données du serveur doit être vérifié (voir le journal du serveur).</translation>
    </message>
    <message>
        <source>A proxy or firewall between this computer and the server removes the Target-Digest header from requests. Ask your administrator to let it through (see docs/protocol.md, &quot;Integrity&quot;).</source>
        <translation>Un proxy ou un pare-feu entre cet ordinateur et le serveur retire l&apos;en-tête Target-Digest des requêtes. Demandez à votre administrateur de le laisser passer (voir docs/protocol.md, « Integrity »).</translation>
    </message>
    <message>
        <source>Set this site up again from the server with `syncsites-cli reinit --replica FILE`: it exports the changes not yet sent first and sends them after the new copy is pulled. Ask your administrator if you do not use the command line. Check the disk too.</source>
        <translation>Reconfigurez ce site depuis le serveur avec `syncsites-cli reinit --replica FILE` : il exporte d&apos;abord les modifications pas encore envoyées et les envoie une fois la nouvelle copie reçue. Demandez à votre administrateur si vous n&apos;utilisez pas la ligne de commande. Vérifiez aussi le disque.</translation>
    </message>
    <message>
        <source>The disk of this computer is full. Free some space, then sync again; nothing was lost.</source>
        <translation>Le disque de cet ordinateur est plein. Libérez de la place, puis synchronisez à nouveau ; rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>The local database cannot be written. Check the disk; if the file is damaged, restore it from a backup or set the site up again.</source>
        <translation>La base de données locale ne peut pas être écrite. Vérifiez le disque ; si le fichier est abîmé, restaurez-le depuis une sauvegarde ou reconfigurez le site.</translation>
    </message>
    <message>
        <source>The server failed to answer the request.</source>
        <translation>Le serveur n&apos;a pas pu répondre à la requête.</translation>
    </message>
    <message>
        <source>The server has a problem or is busy. Sync again in a few minutes; if it keeps failing, tell your administrator.</source>
        <translation>Le serveur a un problème ou est occupé. Synchronisez à nouveau dans quelques minutes ; si l&apos;échec continue, prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>The server refused the request. Tell your administrator (error code %1).</source>
        <translation>Le serveur a refusé la requête. Prévenez votre administrateur (code d&apos;erreur %1).</translation>
    </message>
    <message>
        <source>Open the quarantine to see why each record was refused. Correct them, or ask your administrator; then retry them.</source>
        <translation>Ouvrez la quarantaine pour voir pourquoi chaque enregistrement a été refusé. Corrigez-les, ou demandez à votre administrateur ; puis réessayez-les.</translation>
    </message>
    <message>
        <source>Check the server address in the settings: use http:// if your administrator gave one, and the port they gave.</source>
        <translation>Vérifiez l&apos;adresse du serveur dans les paramètres : utilisez http:// si votre administrateur a donné une adresse en http://, et le port qu&apos;il a indiqué.</translation>
    </message>
    <message>
        <source>The site had no network connection.</source>
        <translation>Le site n&apos;avait pas de connexion réseau.</translation>
    </message>
    <message>
        <source>The site could not reach its server.</source>
        <translation>Le site n&apos;a pas pu joindre son serveur.</translation>
    </message>
    <message>
        <source>The site&apos;s server did not answer in time.</source>
        <translation>Le serveur du site n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The site could not make a secure connection to its server.</source>
        <translation>Le site n&apos;a pas pu établir de connexion sécurisée avec son serveur.</translation>
    </message>
    <message>
        <source>The server did not accept the site&apos;s name or secret.</source>
        <translation>Le serveur n&apos;a pas accepté le nom ou le secret du site.</translation>
    </message>
    <message>
        <source>The site is registered to another computer or device.</source>
        <translation>Le site est lié à un autre ordinateur ou appareil.</translation>
    </message>
    <message>
        <source>The site&apos;s SyncSites and its server&apos;s have no protocol version in common.</source>
        <translation>Le SyncSites du site et celui de son serveur n&apos;ont aucune version de protocole en commun.</translation>
    </message>
    <message>
        <source>The site could not read or write its own data (its disk or database file).</source>
        <translation>Le site n&apos;a pas pu lire ou écrire ses propres données (son disque ou son fichier de base de données).</translation>
    </message>
    <message>
        <source>The sync was cancelled at the site.</source>
        <translation>La synchronisation a été annulée sur le site.</translation>
    </message>
    <message>
        <source>The sync failed; the site sent no explanation.</source>
        <translation>La synchronisation a échoué ; le site n&apos;a envoyé aucune explication.</translation>
    </message>
</context>
<context>
    <name>SyncHealth</name>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Très en retard</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created. Check that the replica&apos;s folder is writable.</source>
        <translation>Le fichier de verrou %1 ne peut pas être créé. Vérifiez qu&apos;on peut écrire dans le dossier de la réplique.</translation>
    </message>
    <message>
        <source>The session was interrupted: the program stopped before it finished. The next sync resumed where it stopped.</source>
        <translation>La session a été interrompue : le programme s&apos;est arrêté avant la fin. La synchronisation suivante a repris là où elle s&apos;était arrêtée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a client site: it keeps no data of its own and cannot be synced from here. Use the desktop app in client mode, attached to its server.</source>
        <translation>« %1 » est un site client : il ne garde aucune donnée et ne peut pas être synchronisé d&apos;ici. Utilisez l&apos;application en mode client, rattachée à son serveur.</translation>
    </message>
    <message>
        <source>The server sent an empty page that does not move forward.</source>
        <translation>Le serveur a envoyé une page vide qui n&apos;avance pas.</translation>
    </message>
</context>
<context>
    <name>SyncTypeStyle</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Collecteur</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Active: the store&apos;s data is added, edited and deleted on this site.</source>
        <translation>Actif : les données du magasin sont ajoutées, modifiées et supprimées sur ce site.</translation>
    </message>
    <message>
        <source>Collector: a read-only copy of all the store&apos;s data, for viewing and reports.</source>
        <translation>Collecteur : une copie en lecture seule de toutes les données du magasin, pour consulter et faire des rapports.</translation>
    </message>
    <message>
        <source>Transfer: known here only as a partner for stock transfers and requisitions.</source>
        <translation>Transfert : connu ici seulement comme partenaire pour les transferts de stock et les réquisitions.</translation>
    </message>
    <message>
        <source>Not visible on this site.</source>
        <translation>Non visible sur ce site.</translation>
    </message>
</context>
<context>
    <name>TopologyChanges</name>
    <message>
        <source>not visible</source>
        <translation>non visible</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; was added.</source>
        <translation>Site « %1 » ajouté.</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; was changed (kind, links or server).</source>
        <translation>Site « %1 » modifié (type, liens ou serveur).</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; was removed.</source>
        <translation>Site « %1 » retiré.</translation>
    </message>
    <message>
        <source>Store %1 was removed.</source>
        <translation>Magasin %1 retiré.</translation>
    </message>
    <message>
        <source>Store %1 was added (home: %2).</source>
        <translation>Magasin %1 ajouté (origine : %2).</translation>
    </message>
    <message>
        <source>Store %1 was renamed to &quot;%2&quot;.</source>
        <translation>Magasin %1 renommé en « %2 ».</translation>
    </message>
    <message>
        <source>%1 on %2: %3 → %4</source>
        <translation>%1 sur %2 : %3 → %4</translation>
    </message>
</context>
<context>
    <name>TopologyJson</name>
    <message>
        <source>missing required key %1</source>
        <translation>clé obligatoire %1 absente</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>tableau attendu</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>unknown site kind %1</source>
        <translation>type de site inconnu %1</translation>
    </message>
    <message>
        <source>duplicate site name %1</source>
        <translation>nom de site en double %1</translation>
    </message>
    <message>
        <source>unknown data category %1 (expected &quot;core&quot; or &quot;oms&quot;)</source>
        <translation>catégorie de données inconnue %1 (« core » ou « oms » attendu)</translation>
    </message>
    <message>
        <source>expected a site name</source>
        <translation>nom de site attendu</translation>
    </message>
    <message>
        <source>no site is named %1</source>
        <translation>aucun site ne s&apos;appelle %1</translation>
    </message>
    <message>
        <source>only a hub or a server site has a url; %1 is neither</source>
        <translation>seul un serveur ou un site serveur a une url ; %1 n&apos;est ni l&apos;un ni l&apos;autre</translation>
    </message>
    <message>
        <source>duplicate store code %1</source>
        <translation>code de magasin en double %1</translation>
    </message>
    <message>
        <source>unknown sync type %1 (expected &quot;active&quot;, &quot;collector&quot; or &quot;transfer&quot;)</source>
        <translation>type de synchronisation inconnu %1 (« active », « collector » ou « transfer » attendu)</translation>
    </message>
    <message>
        <source>(not a string)</source>
        <translation>(pas une chaîne)</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON non valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>expected an object with &quot;sites&quot; and &quot;stores&quot;</source>
        <translation>un objet avec « sites » et « stores » est attendu</translation>
    </message>
</context>
<context>
    <name>TopologyValidator</name>
    <message>
        <source>There can be only one mSupply Server (Central); &quot;%1&quot; is a second one. Change its kind to mSupply Server (Remote) or remove it.</source>
        <translation>Il ne peut y avoir qu&apos;un seul mSupply Server (Central) ; « %1 » en est un deuxième. Changez son type en mSupply Server (Remote) ou retirez-le.</translation>
    </message>
    <message>
        <source>The network has no mSupply Server (Central). Add one: every other site syncs through it.</source>
        <translation>Le réseau n&apos;a pas de mSupply Server (Central). Ajoutez-en un : tous les autres sites se synchronisent par lui.</translation>
    </message>
    <message>
        <source>There can be at most one Open mSupply Server (Central); &quot;%1&quot; is a second one. Change its kind to Open mSupply Server (Remote) or remove it.</source>
        <translation>Il peut y avoir au plus un Open mSupply Server (Central) ; « %1 » en est un deuxième. Changez son type en Open mSupply Server (Remote) ou retirez-le.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an %2, which keeps its own data; only mSupply Client and Open mSupply Desktop attach to a server. Remove its server.</source>
        <translation>« %1 » est un %2, qui garde ses propres données ; seuls mSupply Client et Open mSupply Desktop se rattachent à un serveur. Retirez son serveur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the mSupply Server (Central), the hub of core data, and links to no other site for it. Remove its core link.</source>
        <translation>« %1 » est le mSupply Server (Central), le serveur des données core, et n&apos;est lié à aucun autre site pour elles. Retirez son lien core.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the %2, the hub of oms data, and links to no other site for it. Remove its oms link.</source>
        <translation>« %1 » est le %2, le serveur des données oms, et n&apos;est lié à aucun autre site pour elles. Retirez son lien oms.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an %2, which does not carry Open mSupply (oms) data. Remove its oms link.</source>
        <translation>« %1 » est un %2, qui ne transporte pas les données Open mSupply (oms). Retirez son lien oms.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no %2 link. Link it to the %3 for %2 data.</source>
        <translation>« %1 » n&apos;a pas de lien %2. Liez-le au %3 pour les données %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; links for %2 data to &quot;%3&quot;, which is not a site of this network. Link it to the %4.</source>
        <translation>« %1 » est lié pour les données %2 à « %3 », qui n&apos;est pas un site de ce réseau. Liez-le au %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; links for %2 data to &quot;%3&quot;, an %4. It must link to the %5.</source>
        <translation>« %1 » est lié pour les données %2 à « %3 », un %4. Il doit être lié au %5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an %2, which keeps no data and has no sync links. Remove its links and attach it to a server instead.</source>
        <translation>« %1 » est un %2, qui ne garde aucune donnée et n&apos;a pas de liens de synchronisation. Retirez ses liens et rattachez-le plutôt à un serveur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an %2 but is attached to no server. Attach it to one of: %3.</source>
        <translation>« %1 » est un %2 mais n&apos;est rattaché à aucun serveur. Rattachez-le à l&apos;un de ceux-ci : %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is attached to &quot;%2&quot;, which is not a site of this network. Attach it to one of: %3.</source>
        <translation>« %1 » est rattaché à « %2 », qui n&apos;est pas un site de ce réseau. Rattachez-le à l&apos;un de ceux-ci : %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an %2 attached to &quot;%3&quot;, an %4. An %2 can attach only to: %5.</source>
        <translation>« %1 » est un %2 rattaché à « %3 », un %4. Un %2 ne peut se rattacher qu&apos;à : %5.</translation>
    </message>
    <message>
        <source>Store %1 has no Active site. Choose the site where it is edited.</source>
        <translation>Le magasin %1 n&apos;a pas de site Actif. Choisissez le site où il est modifié.</translation>
    </message>
    <message>
        <source>Store %1 is Active on &quot;%2&quot;, which is not a site of this network. Choose the site where it is edited.</source>
        <translation>Le magasin %1 est Actif sur « %2 », qui n&apos;est pas un site de ce réseau. Choisissez le site où il est modifié.</translation>
    </message>
    <message>
        <source>Store %1 is Active on &quot;%2&quot;, an %3 that keeps no data. Make it Active on a site that keeps data (the client&apos;s server, for example).</source>
        <translation>Le magasin %1 est Actif sur « %2 », un %3 qui ne garde aucune donnée. Rendez-le Actif sur un site qui garde des données (le serveur du client, par exemple).</translation>
    </message>
    <message>
        <source>Store %1 is %2 on &quot;%3&quot;, which is not a site of this network. Remove that entry.</source>
        <translation>Le magasin %1 est %2 sur « %3 », qui n&apos;est pas un site de ce réseau. Retirez cette entrée.</translation>
    </message>
    <message>
        <source>Store %1 lists its home site &quot;%2&quot; as %3. The home site is always Active; remove that entry.</source>
        <translation>Le magasin %1 indique son site d&apos;origine « %2 » comme %3. Le site d&apos;origine est toujours Actif ; retirez cette entrée.</translation>
    </message>
    <message>
        <source>Store %1 is Active on both &quot;%2&quot; and &quot;%3&quot;. A store is Active on exactly one site: make &quot;%3&quot; Collector or Transfer, or move the home.</source>
        <translation>Le magasin %1 est Actif à la fois sur « %2 » et « %3 ». Un magasin est Actif sur un seul site : rendez « %3 » Collecteur ou Transfert, ou déplacez l&apos;origine.</translation>
    </message>
    <message>
        <source>Store %1 is %2 on &quot;%3&quot;, an %4 that keeps no data. Clients see their server&apos;s stores; remove that entry.</source>
        <translation>Le magasin %1 est %2 sur « %3 », un %4 qui ne garde aucune donnée. Les clients voient les magasins de leur serveur ; retirez cette entrée.</translation>
    </message>
    <message>
        <source>Store %1 is %2 on the mSupply Server (Central), which always holds every store it is not home to as Collector. Remove that entry.</source>
        <translation>Le magasin %1 est %2 sur le mSupply Server (Central), qui garde toujours en Collecteur chaque magasin dont il n&apos;est pas l&apos;origine. Retirez cette entrée.</translation>
    </message>
    <message>
        <source>Store %1 holds Open mSupply data (assets), but its home &quot;%2&quot; is an %3, which cannot hold it. Keep its home on an Open mSupply site.</source>
        <translation>Le magasin %1 contient des données Open mSupply (équipements), mais son site d&apos;origine « %2 » est un %3, qui ne peut pas les garder. Gardez son origine sur un site Open mSupply.</translation>
    </message>
</context>
<context>
    <name>TransferProcessor</name>
    <message>
        <source>reading the lines of a shipment</source>
        <translation>lecture des lignes d&apos;une expédition</translation>
    </message>
    <message>
        <source>looking for shipments that arrived</source>
        <translation>recherche des expéditions arrivées</translation>
    </message>
    <message>
        <source>looking for shipments that were received</source>
        <translation>recherche des expéditions reçues</translation>
    </message>
    <message>
        <source>looking for requisitions that arrived</source>
        <translation>recherche des réquisitions arrivées</translation>
    </message>
    <message>
        <source>reading the lines of a requisition</source>
        <translation>lecture des lignes d&apos;une réquisition</translation>
    </message>
    <message>
        <source>looking for requisitions that were answered</source>
        <translation>recherche des réquisitions ayant reçu une réponse</translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Field staff</source>
        <translation>Personnel de terrain</translation>
    </message>
</context>
<context>
    <name>WireMessages</name>
    <message>
        <source>The server&apos;s answer was damaged on the way (field &quot;%1&quot; is missing or malformed). Sync again; if it keeps happening, check the network.</source>
        <translation>La réponse du serveur a été abîmée en route (le champ « %1 » est absent ou mal formé). Synchronisez à nouveau ; si cela se reproduit, vérifiez le réseau.</translation>
    </message>
    <message>
        <source>&quot;category&quot; must be &quot;core&quot; or &quot;oms&quot;.</source>
        <translation>« category » doit valoir « core » ou « oms ».</translation>
    </message>
    <message>
        <source>The handshake&apos;s field &quot;%1&quot; is missing or malformed.</source>
        <translation>Le champ « %1 » de la poignée de main est absent ou mal formé.</translation>
    </message>
    <message>
        <source>&quot;batch_id&quot; must be a string of 1 to 100 characters.</source>
        <translation>« batch_id » doit être une chaîne de 1 à 100 caractères.</translation>
    </message>
    <message>
        <source>&quot;records&quot; must be a list of records (it may be empty).</source>
        <translation>« records » doit être une liste d&apos;enregistrements (elle peut être vide).</translation>
    </message>
    <message>
        <source>&quot;cursor&quot; must be a whole number, 0 or more.</source>
        <translation>« cursor » doit être un nombre entier, 0 ou plus.</translation>
    </message>
    <message>
        <source>&quot;limit&quot; must be between 1 and %1.</source>
        <translation>« limit » doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>A backfill needs &quot;up_to&quot;, the cursor to stop at.</source>
        <translation>Un rattrapage a besoin de « up_to », le curseur où s&apos;arrêter.</translation>
    </message>
    <message>
        <source>A report needs started_at and finished_at (ISO 8601) and an outcome: success, partial, failed or cancelled.</source>
        <translation>Un rapport a besoin de started_at et finished_at (ISO 8601) et d&apos;un résultat : success, partial, failed ou cancelled.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sync sites for health supply networks: the network, its stores&apos; sync types, sync and its health.</source>
        <translation>Synchronisation des sites pour les réseaux d&apos;approvisionnement en santé : le réseau, les types de synchronisation de ses magasins, la synchronisation et son état.</translation>
    </message>
    <message>
        <source>Run on a demo network: a hub served by this app on 127.0.0.1, with its data in DIR (made at the first start), and this app as one of its sites, signed in as the demo administrator.</source>
        <translation>Fonctionner sur un réseau de démonstration : un serveur fourni par cette application sur 127.0.0.1, avec ses données dans DIR (créées au premier démarrage), et cette application comme l&apos;un de ses sites, connectée en tant qu&apos;administrateur de démonstration.</translation>
    </message>
    <message>
        <source>Records the demo hub is made with (default 20000).</source>
        <translation>Nombre d&apos;enregistrements du serveur de démonstration (20000 par défaut).</translation>
    </message>
    <message>
        <source>Keep the app&apos;s settings in FILE (an INI file) instead of the user&apos;s.</source>
        <translation>Garder les paramètres de l&apos;application dans FILE (un fichier INI) au lieu de ceux de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>After the first sync, save a picture of every page into DIR and quit.</source>
        <translation>Après la première synchronisation, enregistrer une image de chaque page dans DIR et quitter.</translation>
    </message>
    <message>
        <source>The window&apos;s size for --screenshots, e.g. 1024x600 (default 1366x768).</source>
        <translation>La taille de la fenêtre pour --screenshots, ex. 1024x600 (1366x768 par défaut).</translation>
    </message>
    <message>
        <source>--screenshot-size takes WxH, e.g. 1024x600.</source>
        <translation>--screenshot-size attend LxH, ex. 1024x600.</translation>
    </message>
</context>
<context>
    <name>syncsites::app::DebugArchive</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>syncsites::app::DesktopApp</name>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>The server ended your session: %1</source>
        <translation>Le serveur a terminé votre session : %1</translation>
    </message>
    <message>
        <source>The demo cannot start</source>
        <translation>La démonstration ne peut pas démarrer</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Set &amp;up again…</source>
        <translation>&amp;Reconfigurer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Dark appearance</source>
        <translation>Apparence &amp;sombre</translation>
    </message>
    <message>
        <source>&amp;Refresh from the server</source>
        <translation>&amp;Actualiser depuis le serveur</translation>
    </message>
    <message>
        <source>&amp;About SyncSites</source>
        <translation>À &amp;propos de SyncSites</translation>
    </message>
    <message>
        <source>Network console on %1</source>
        <translation>Console du réseau sur %1</translation>
    </message>
    <message>
        <source>%1 (%2) — server %3</source>
        <translation>%1 (%2) — serveur %3</translation>
    </message>
    <message>
        <source>The secret was not saved</source>
        <translation>Le secret n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>The site&apos;s data cannot be opened</source>
        <translation>Les données du site ne peuvent pas être ouvertes</translation>
    </message>
    <message>
        <source>The site&apos;s data is missing</source>
        <translation>Les données du site sont introuvables</translation>
    </message>
    <message>
        <source>%1

Restore the file from a backup and start again, or set this site up again (the network administrator must first release the site&apos;s binding on the server).</source>
        <translation>%1

Restaurez le fichier depuis une sauvegarde et redémarrez, ou reconfigurez ce site (l&apos;administrateur du réseau doit d&apos;abord libérer le lien du site sur le serveur).</translation>
    </message>
    <message>
        <source>Set up again…</source>
        <translation>Reconfigurer…</translation>
    </message>
    <message>
        <source>This data file belongs to another site</source>
        <translation>Ce fichier de données appartient à un autre site</translation>
    </message>
    <message>
        <source>%1 holds the data of &quot;%2&quot;, not &quot;%3&quot;. Choose another data file in the set-up.</source>
        <translation>%1 contient les données de « %2 », pas de « %3 ». Choisissez un autre fichier de données dans la configuration.</translation>
    </message>
    <message>
        <source>The site&apos;s secret</source>
        <translation>Le secret du site</translation>
    </message>
    <message>
        <source>This computer holds no secret for %1 (a new or locked keychain, or it was removed). Enter the site&apos;s secret; the network administrator has it.</source>
        <translation>Cet ordinateur n&apos;a pas de secret pour %1 (trousseau nouveau ou verrouillé, ou secret retiré). Saisissez le secret du site ; l&apos;administrateur du réseau l&apos;a.</translation>
    </message>
    <message>
        <source>The site&apos;s secret is missing</source>
        <translation>Le secret du site est introuvable</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Magasins</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Supervisors see every store&apos;s data but change none.</source>
        <translation>Les superviseurs voient les données de tous les magasins mais n&apos;en modifient aucune.</translation>
    </message>
    <message>
        <source>%1 does not work at %2: its stores are read-only for them.</source>
        <translation>%1 ne travaille pas sur %2 : ses magasins sont en lecture seule pour cette personne.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation> (hors ligne)</translation>
    </message>
    <message>
        <source>The site cannot be set up again</source>
        <translation>Le site ne peut pas être reconfiguré</translation>
    </message>
    <message>
        <source>Copying the site&apos;s data from the server did not finish: %1

Start SyncSites again when the server can be reached; it resumes, and the changes not yet sent are kept in %2.</source>
        <translation>La copie des données du site depuis le serveur ne s&apos;est pas terminée : %1

Relancez SyncSites quand le serveur est joignable ; la copie reprend, et les modifications pas encore envoyées sont gardées dans %2.</translation>
    </message>
    <message>
        <source>Set up again</source>
        <translation>Reconfigurer</translation>
    </message>
    <message>
        <source>%1 is set up again from the server.</source>
        <translation>%1 est reconfiguré depuis le serveur.</translation>
    </message>
    <message>
        <source>Changes made here and not yet sent that were carried over: %1.</source>
        <translation>Modifications faites ici et pas encore envoyées qui ont été reprises : %1.</translation>
    </message>
    <message>
        <source>Not carried over (refused here): %1.</source>
        <translation>Non reprises (refusées ici) : %1.</translation>
    </message>
    <message>
        <source>The changes carried over are listed in %1.</source>
        <translation>Les modifications reprises sont listées dans %1.</translation>
    </message>
    <message>
        <source>The damaged file is kept at %1.</source>
        <translation>Le fichier abîmé est gardé dans %1.</translation>
    </message>
    <message>
        <source>Not carried over: %1</source>
        <translation>Non repris : %1</translation>
    </message>
    <message>
        <source>The site&apos;s data is damaged</source>
        <translation>Les données du site sont abîmées</translation>
    </message>
    <message>
        <source>This computer&apos;s copy of the site&apos;s data is damaged. Sync is stopped so that the damage does not spread.</source>
        <translation>La copie des données du site sur cet ordinateur est abîmée. La synchronisation est arrêtée pour que les dégâts ne se propagent pas.</translation>
    </message>
    <message>
        <source>Set the site up again from the server? SyncSites closes; at its next start it keeps the changes not yet sent and sends them again.</source>
        <translation>Reconfigurer le site depuis le serveur ? SyncSites se ferme ; au prochain démarrage, il garde les modifications pas encore envoyées et les renvoie.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>Choose how this computer works with the network again? The app closes; the site&apos;s data stays on disk and the set-up runs at the next start.</source>
        <translation>Choisir à nouveau comment cet ordinateur travaille avec le réseau ? L&apos;application se ferme ; les données du site restent sur le disque et la configuration se lance au prochain démarrage.</translation>
    </message>
    <message>
        <source>About SyncSites</source>
        <translation>À propos de SyncSites</translation>
    </message>
    <message>
        <source>&lt;b&gt;SyncSites %1&lt;/b&gt;&lt;p&gt;Sync sites for health supply networks: each store Active on one site, Collector copies for reports, Transfer partners for stock transfers.&lt;/p&gt;</source>
        <translation>&lt;b&gt;SyncSites %1&lt;/b&gt;&lt;p&gt;Synchronisation des sites pour les réseaux d&apos;approvisionnement en santé : chaque magasin Actif sur un site, des copies Collecteur pour les rapports, des partenaires Transfert pour les transferts de stock.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sign in again as %1 to keep the sync-type edits not yet applied; if someone else signs in, they are discarded.</source>
        <translation>Reconnectez-vous en tant que %1 pour garder les modifications de types de synchronisation pas encore appliquées ; si quelqu&apos;un d&apos;autre se connecte, elles sont abandonnées.</translation>
    </message>
    <message>
        <source>SyncSites is already running</source>
        <translation>SyncSites est déjà en cours d&apos;exécution</translation>
    </message>
</context>
<context>
    <name>syncsites::app::InstanceGuard</name>
    <message>
        <source>SyncSites is already running for %1: its window is brought to the front.</source>
        <translation>SyncSites est déjà en cours d&apos;exécution pour %1 : sa fenêtre est mise au premier plan.</translation>
    </message>
    <message>
        <source>SyncSites is already running for %1 (process %2 on %3), but it does not answer. Close it and start again. If it is no longer running, delete %4.</source>
        <translation>SyncSites est déjà en cours d&apos;exécution pour %1 (processus %2 sur %3), mais il ne répond pas. Fermez-le et redémarrez-le. S&apos;il ne s&apos;exécute plus, supprimez %4.</translation>
    </message>
</context>
<context>
    <name>syncsites::app::SupportMenu</name>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copier les informations de diagnostic</translation>
    </message>
    <message>
        <source>Put a summary for support on the clipboard: versions, settings, the last sync; no passwords or secrets</source>
        <translation>Copier dans le presse-papiers un résumé pour l&apos;assistance : versions, paramètres, dernière synchronisation ; ni mots de passe ni secrets</translation>
    </message>
    <message>
        <source>Save &amp;debug archive…</source>
        <translation>Enregistrer une archive de &amp;débogage…</translation>
    </message>
    <message>
        <source>Save the logs, the settings (without secrets) and the diagnostics in one file for support</source>
        <translation>Enregistrer les journaux, les paramètres (sans les secrets) et les informations de diagnostic dans un seul fichier pour l&apos;assistance</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Informations de diagnostic copiées dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Save a debug archive</source>
        <translation>Enregistrer une archive de débogage</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>The debug archive was not saved</source>
        <translation>L&apos;archive de débogage n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Debug archive saved</source>
        <translation>Archive de débogage enregistrée</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Send this file to your support contact. It holds the app&apos;s logs, its settings without secrets, and the diagnostics.</source>
        <translation>Envoyez ce fichier à votre contact d&apos;assistance. Il contient les journaux de l&apos;application, ses paramètres sans les secrets et les informations de diagnostic.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the folder of the saved file</source>
        <translation>Ouvrir le dossier du fichier enregistré</translation>
    </message>
</context>
<context>
    <name>syncsites::app::ZipWriter</name>
    <message>
        <source>The archive is too large for a zip file (4 GB at most).</source>
        <translation>L&apos;archive est trop volumineuse pour un fichier zip (4 Go au plus).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::AdjustStockDialog</name>
    <message>
        <source>Adjust stock in %1</source>
        <translation>Ajuster le stock de %1</translation>
    </message>
    <message>
        <source>Stock line:</source>
        <translation>Ligne de stock :</translation>
    </message>
    <message>
        <source>Available now:</source>
        <translation>Disponible maintenant :</translation>
    </message>
    <message>
        <source>Available after:</source>
        <translation>Disponible après :</translation>
    </message>
    <message>
        <source>Available packs after the adjustment</source>
        <translation>Colis disponibles après l&apos;ajustement</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Reason for the adjustment</source>
        <translation>Motif de l&apos;ajustement</translation>
    </message>
    <message>
        <source>For example: stocktake, 3 packs damaged</source>
        <translation>Par exemple : inventaire, 3 colis abîmés</translation>
    </message>
    <message>
        <source>The change is saved here at once and sent to the other sites at the next sync.</source>
        <translation>La modification est enregistrée ici tout de suite et envoyée aux autres sites à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Adjusted from %1 to %2 packs: %3</source>
        <translation>Ajusté de %1 à %2 colis : %3</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::AdminPage</name>
    <message>
        <source>S&amp;ites</source>
        <translation>S&amp;ites</translation>
    </message>
    <message>
        <source>Sto&amp;res</source>
        <translation>Maga&amp;sins</translation>
    </message>
    <message>
        <source>I&amp;tems</source>
        <translation>Ar&amp;ticles</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>Topolog&amp;y</source>
        <translation>Topolog&amp;ie</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::AssetDialog</name>
    <message>
        <source>&amp;Known:</source>
        <translation>&amp;Connus :</translation>
    </message>
    <message>
        <source>New asset in %1</source>
        <translation>Nouvel équipement dans %1</translation>
    </message>
    <message>
        <source>Asset code</source>
        <translation>Code de l&apos;équipement</translation>
    </message>
    <message>
        <source>e.g. FRIDGE-01</source>
        <translation>ex. FRIGO-01</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>Type d&apos;équipement</translation>
    </message>
    <message>
        <source>refrigerator</source>
        <translation>réfrigérateur</translation>
    </message>
    <message>
        <source>freezer</source>
        <translation>congélateur</translation>
    </message>
    <message>
        <source>ice-lined refrigerator</source>
        <translation>réfrigérateur à accumulateurs de glace</translation>
    </message>
    <message>
        <source>solar refrigerator</source>
        <translation>réfrigérateur solaire</translation>
    </message>
    <message>
        <source>cold box</source>
        <translation>glacière</translation>
    </message>
    <message>
        <source>vaccine carrier</source>
        <translation>porte-vaccins</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>Installé le</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>Numéro de &amp;série :</translation>
    </message>
    <message>
        <source>&amp;Manufacturer:</source>
        <translation>&amp;Fabricant :</translation>
    </message>
    <message>
        <source>Installed on:</source>
        <translation>Installé le :</translation>
    </message>
    <message>
        <source>The asset belongs to %1. It is sent to the cold-chain hub at the next sync.</source>
        <translation>L&apos;équipement appartient à %1. Il est envoyé au serveur de la chaîne du froid à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>&amp;Add asset</source>
        <translation>&amp;Ajouter l&apos;équipement</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::AuditModel</name>
    <message>
        <source>revision %1 → %2</source>
        <translation>révision %1 → %2</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>révision %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 de plus</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Network replaced from a file</source>
        <translation>Réseau remplacé depuis un fichier</translation>
    </message>
    <message>
        <source>Sync type changed</source>
        <translation>Type de synchronisation modifié</translation>
    </message>
    <message>
        <source>Site added</source>
        <translation>Site ajouté</translation>
    </message>
    <message>
        <source>Site changed</source>
        <translation>Site modifié</translation>
    </message>
    <message>
        <source>Site removed</source>
        <translation>Site retiré</translation>
    </message>
    <message>
        <source>New site secret</source>
        <translation>Nouveau secret du site</translation>
    </message>
    <message>
        <source>Site&apos;s installation released</source>
        <translation>Installation du site libérée</translation>
    </message>
    <message>
        <source>Store added</source>
        <translation>Magasin ajouté</translation>
    </message>
    <message>
        <source>Store changed</source>
        <translation>Magasin modifié</translation>
    </message>
    <message>
        <source>Item added</source>
        <translation>Article ajouté</translation>
    </message>
    <message>
        <source>Item changed</source>
        <translation>Article modifié</translation>
    </message>
    <message>
        <source>Item deleted</source>
        <translation>Article supprimé</translation>
    </message>
    <message>
        <source>Items imported</source>
        <translation>Articles importés</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Utilisateur ajouté</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Utilisateur modifié</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>home site</source>
        <translation>site d&apos;origine</translation>
    </message>
    <message>
        <source>sync types</source>
        <translation>types de synchronisation</translation>
    </message>
    <message>
        <source>sync type</source>
        <translation>type de synchronisation</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <source>stores</source>
        <translation>magasins</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>pack size</source>
        <translation>taille du colis</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nom complet</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>password made by the server</source>
        <translation>mot de passe créé par le serveur</translation>
    </message>
    <message>
        <source>released</source>
        <translation>libérée</translation>
    </message>
    <message>
        <source>installation</source>
        <translation>installation</translation>
    </message>
    <message>
        <source>data to send or drop at sites</source>
        <translation>données à envoyer ou à supprimer sur les sites</translation>
    </message>
    <message>
        <source>new secrets for</source>
        <translation>nouveaux secrets pour</translation>
    </message>
    <message>
        <source>sites added</source>
        <translation>sites ajoutés</translation>
    </message>
    <message>
        <source>sites changed</source>
        <translation>sites modifiés</translation>
    </message>
    <message>
        <source>sites removed</source>
        <translation>sites retirés</translation>
    </message>
    <message>
        <source>stores added</source>
        <translation>magasins ajoutés</translation>
    </message>
    <message>
        <source>stores changed</source>
        <translation>magasins modifiés</translation>
    </message>
    <message>
        <source>stores removed</source>
        <translation>magasins retirés</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créés</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangés</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusés</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::AuditPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <source>Audit log of changes</source>
        <translation>Journal d&apos;audit des modifications</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Actualiser le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Load older audit entries</source>
        <translation>Charger les entrées plus anciennes du journal d&apos;audit</translation>
    </message>
    <message>
        <source>The audit log is kept by the hub; connect to one to see it.</source>
        <translation>Le journal d&apos;audit est tenu par le serveur ; connectez-vous à un serveur pour le voir.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not load the audit log: %1</source>
        <translation>Impossible de charger le journal d&apos;audit : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown.</source>
        <translation>
            <numerusform>%n modification affichée.</numerusform>
            <numerusform>%n modifications affichées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown; that is all.</source>
        <translation>
            <numerusform>%n modification affichée ; c&apos;est tout.</numerusform>
            <numerusform>%n modifications affichées ; c&apos;est tout.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncsites::ui::CertificateFileField</name>
    <message>
        <source>Certificate authority file</source>
        <translation>Fichier de l&apos;autorité de certification</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Choisir le fichier de l&apos;autorité de certification</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ClientDataPage</name>
    <message>
        <source>Load &amp;more</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <source>&amp;Adjust stock…</source>
        <translation>&amp;Ajuster le stock…</translation>
    </message>
    <message>
        <source>New &amp;transfer…</source>
        <translation>Nouveau &amp;transfert…</translation>
    </message>
    <message>
        <source>&amp;Receive shipment…</source>
        <translation>&amp;Recevoir une expédition…</translation>
    </message>
    <message>
        <source>Re&amp;quest stock…</source>
        <translation>De&amp;mander du stock…</translation>
    </message>
    <message>
        <source>Ans&amp;wer requisition…</source>
        <translation>Répondre à la ré&amp;quisition…</translation>
    </message>
    <message>
        <source>Add ass&amp;et…</source>
        <translation>Ajouter un équip&amp;ement…</translation>
    </message>
    <message>
        <source>Add temperature &amp;log…</source>
        <translation>Ajouter un relevé de temp&amp;érature…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Data&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Données&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>%1 keeps no data of its own: these records are read and changed through its server, a page at a time. The server&apos;s Active stores can be changed here; Collector stores are read-only copies, changed at their home site.</source>
        <translation>%1 ne garde aucune donnée : ces enregistrements sont lus et modifiés par son serveur, une page à la fois. Les magasins Actifs du serveur peuvent être modifiés ici ; les magasins Collecteurs sont des copies en lecture seule, modifiées sur leur site d&apos;origine.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation>Ajuster le stock</translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation>Nouveau transfert</translation>
    </message>
    <message>
        <source>Receive shipment</source>
        <translation>Recevoir une expédition</translation>
    </message>
    <message>
        <source>Request stock</source>
        <translation>Demander du stock</translation>
    </message>
    <message>
        <source>Answer requisition</source>
        <translation>Répondre à la réquisition</translation>
    </message>
    <message>
        <source>Add asset</source>
        <translation>Ajouter un équipement</translation>
    </message>
    <message>
        <source>Add temperature log</source>
        <translation>Ajouter un relevé de température</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Magasin :</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Table :</translation>
    </message>
    <message>
        <source>%1 – %2 (%3, home %4)</source>
        <translation>%1 – %2 (%3, origine %4)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Data&lt;/h2&gt;%1, through the server %2</source>
        <translation>&lt;h2&gt;Données&lt;/h2&gt;%1, par le serveur %2</translation>
    </message>
    <message>
        <source>No store of %1 can be browsed.</source>
        <translation>Aucun magasin de %1 ne peut être consulté.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 enregistrement</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 enregistrements</translation>
    </message>
    <message>
        <source>%1, all shown</source>
        <translation>%1, tous affichés</translation>
    </message>
    <message>
        <source>%1 shown; more on the server</source>
        <translation>%1 affichés ; d&apos;autres sur le serveur</translation>
    </message>
    <message>
        <source>A store cannot ship to or request from itself. Choose another store.</source>
        <translation>Un magasin ne peut pas s&apos;expédier ni se demander du stock à lui-même. Choisissez un autre magasin.</translation>
    </message>
    <message>
        <source>That item is no longer in the catalogue on the server. Refresh, then try again.</source>
        <translation>Cet article n&apos;est plus dans le catalogue du serveur. Actualisez, puis réessayez.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Non effectué : %1</translation>
    </message>
    <message>
        <source>&amp;Receive shipment (%1)…</source>
        <translation>&amp;Recevoir une expédition (%1)…</translation>
    </message>
    <message>
        <source>Ans&amp;wer requisition (%1)…</source>
        <translation>Répondre à la ré&amp;quisition (%1)…</translation>
    </message>
    <message>
        <source>Choose a store first.</source>
        <translation>Choisissez d&apos;abord un magasin.</translation>
    </message>
    <message>
        <source>You may read %1 but not change it: your role reads data only.</source>
        <translation>Vous pouvez lire %1 mais pas le modifier : votre rôle permet seulement de lire les données.</translation>
    </message>
    <message>
        <source>%1 is read-only here: it is a Collector copy, edited at %2.</source>
        <translation>%1 est en lecture seule ici : c&apos;est une copie Collecteur, modifiée sur %2.</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>En attente du serveur…</translation>
    </message>
    <message>
        <source>Choose the stock line table and select a line to adjust.</source>
        <translation>Choisissez la table des lignes de stock et sélectionnez une ligne à ajuster.</translation>
    </message>
    <message>
        <source>Select the stock line to adjust.</source>
        <translation>Sélectionnez la ligne de stock à ajuster.</translation>
    </message>
    <message>
        <source>Change the available packs of the selected stock line.</source>
        <translation>Modifier les colis disponibles de la ligne de stock sélectionnée.</translation>
    </message>
    <message>
        <source>Ship stock from this store to another store of the network.</source>
        <translation>Expédier du stock de ce magasin vers un autre magasin du réseau.</translation>
    </message>
    <message>
        <source>Receive a shipment that has arrived for this store.</source>
        <translation>Recevoir une expédition arrivée pour ce magasin.</translation>
    </message>
    <message>
        <source>Ask another store of the network for stock.</source>
        <translation>Demander du stock à un autre magasin du réseau.</translation>
    </message>
    <message>
        <source>Finalise the answer to a request that arrived for this store.</source>
        <translation>Finaliser la réponse à une demande arrivée pour ce magasin.</translation>
    </message>
    <message>
        <source>Record cold-chain equipment (a refrigerator, say) of this store.</source>
        <translation>Enregistrer un équipement de la chaîne du froid (un réfrigérateur, par exemple) de ce magasin.</translation>
    </message>
    <message>
        <source>Record a temperature reading of one of this store&apos;s assets.</source>
        <translation>Enregistrer un relevé de température d&apos;un des équipements de ce magasin.</translation>
    </message>
    <message>
        <source>Stock line %1</source>
        <translation>Ligne de stock %1</translation>
    </message>
    <message>
        <source>, batch %1</source>
        <translation>, lot %1</translation>
    </message>
    <message>
        <source>, expires %1</source>
        <translation>, expire le %1</translation>
    </message>
    <message>
        <source>%1 in %2 now has %3 available packs, on the server.</source>
        <translation>%1 dans %2 a maintenant %3 colis disponibles, sur le serveur.</translation>
    </message>
    <message>
        <source>Shipped %1 packs of %2 from %3 to %4 (outbound shipment %5), on the server.</source>
        <translation>%1 colis de %2 expédiés de %3 vers %4 (expédition sortante %5), sur le serveur.</translation>
    </message>
    <message>
        <source>Received shipment %1 in %2: its packs were added to the store&apos;s stock. The sending site sees it delivered after it has synced.</source>
        <translation>Expédition %1 reçue dans %2 : ses colis ont été ajoutés au stock du magasin. Le site expéditeur la voit livrée après sa synchronisation.</translation>
    </message>
    <message>
        <source>Requested %1 packs of %2 for %3 from %4 (requisition %5), on the server; it is finalised once %4 has answered it.</source>
        <translation>%1 colis de %2 demandés pour %3 à %4 (réquisition %5), sur le serveur ; elle est finalisée quand %4 y a répondu.</translation>
    </message>
    <message>
        <source>Finalised response %1 from %2: it supplies what was requested. The requesting site sees its request finalised after it has synced.</source>
        <translation>Réponse %1 de %2 finalisée : elle fournit ce qui a été demandé. Le site demandeur voit sa demande finalisée après sa synchronisation.</translation>
    </message>
    <message>
        <source>Added asset %1 (%2) to %3, on the server.</source>
        <translation>Équipement %1 (%2) ajouté à %3, sur le serveur.</translation>
    </message>
    <message>
        <source>Recorded %1 °C for asset %2, on the server.</source>
        <translation>%1 °C enregistré pour l&apos;équipement %2, sur le serveur.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::DashboardCharts</name>
    <message>
        <source>Sessions per day</source>
        <translation>Sessions par jour</translation>
    </message>
    <message>
        <source>Records moved per day</source>
        <translation>Enregistrements transférés par jour</translation>
    </message>
    <message>
        <source>Session durations</source>
        <translation>Durée des sessions</translation>
    </message>
    <message>
        <source>Sessions per day, %1</source>
        <translation>Sessions par jour, %1</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Records moved per day, %1</source>
        <translation>Enregistrements transférés par jour, %1</translation>
    </message>
    <message>
        <source>Session durations: %1</source>
        <translation>Durée des sessions : %1</translation>
    </message>
    <message>
        <source>&lt;1s</source>
        <translation>&lt;1 s</translation>
    </message>
    <message>
        <source>1–5s</source>
        <translation>1–5 s</translation>
    </message>
    <message>
        <source>5–15s</source>
        <translation>5–15 s</translation>
    </message>
    <message>
        <source>15–60s</source>
        <translation>15–60 s</translation>
    </message>
    <message>
        <source>1–5m</source>
        <translation>1–5 min</translation>
    </message>
    <message>
        <source>&gt;5m</source>
        <translation>&gt;5 min</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::DashboardPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Refresh problem</source>
        <translation>Problème d&apos;actualisation</translation>
    </message>
    <message>
        <source>Sync health</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Fetch every site&apos;s state from the hub again (F5)</source>
        <translation>Redemander l&apos;état de chaque site au serveur (F5)</translation>
    </message>
    <message>
        <source>Export the table to CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <source>Export a PDF report</source>
        <translation>Exporter un rapport PDF</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Site sessions</source>
        <translation>Sessions du site</translation>
    </message>
    <message>
        <source>Find a site</source>
        <translation>Chercher un site</translation>
    </message>
    <message>
        <source>Filter by site, kind, error or version (Ctrl+F)</source>
        <translation>Filtrer par site, type, erreur ou version (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter sites</source>
        <translation>Filtrer les sites</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Last success older than, in hours</source>
        <translation>Dernière réussite il y a plus de, en heures</translation>
    </message>
    <message>
        <source>any age</source>
        <translation>tout âge</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Show only sites whose last success is at least this many hours old (sites never synced included); 0 shows every age.</source>
        <translation>N&apos;afficher que les sites dont la dernière réussite date d&apos;au moins ce nombre d&apos;heures (y compris les sites jamais synchronisés) ; 0 les affiche tous.</translation>
    </message>
    <message>
        <source>Last success older than</source>
        <translation>Dernière réussite il y a plus de</translation>
    </message>
    <message>
        <source>Not connected to a hub: sign in to see the sites.</source>
        <translation>Pas connecté à un serveur : connectez-vous pour voir les sites.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>%1, last %2 days</source>
        <translation>%1, %2 derniers jours</translation>
    </message>
    <message>
        <source>last session of each site</source>
        <translation>dernière session de chaque site</translation>
    </message>
    <message>
        <source> The figures below are from the last successful refresh.</source>
        <translation> Les chiffres ci-dessous viennent de la dernière actualisation réussie.</translation>
    </message>
    <message>
        <source>Could not refresh the dashboard: %1</source>
        <translation>Impossible d&apos;actualiser le tableau de bord : %1</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Pas encore actualisé</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Pas connecté</translation>
    </message>
    <message>
        <source>Updated %1 s ago</source>
        <translation>Mis à jour il y a %1 s</translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>Mis à jour il y a %1</translation>
    </message>
    <message>
        <source>%1 of %2 sites</source>
        <translation>%1 sites sur %2</translation>
    </message>
    <message>
        <source>Export the sites to CSV</source>
        <translation>Exporter les sites en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sync health report</source>
        <translation>Rapport sur l&apos;état de la synchronisation</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>serveur %1</translation>
    </message>
    <message>
        <source>%1 of %2 sites shown</source>
        <translation>%1 sites affichés sur %2</translation>
    </message>
    <message>
        <source>data of %1</source>
        <translation>données de %1</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the folder of the exported file</source>
        <translation>Ouvrir le dossier du fichier exporté</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::DataPage</name>
    <message>
        <source>&amp;Adjust stock…</source>
        <translation>&amp;Ajuster le stock…</translation>
    </message>
    <message>
        <source>New &amp;transfer…</source>
        <translation>Nouveau &amp;transfert…</translation>
    </message>
    <message>
        <source>&amp;Receive shipment…</source>
        <translation>&amp;Recevoir une expédition…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No local data&lt;/h3&gt;&lt;p&gt;This app has no replica of its own: it works as a client of a server, or as a console of the central hub. Records are kept on the server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pas de données locales&lt;/h3&gt;&lt;p&gt;Cette application n&apos;a pas de réplique propre : elle fonctionne comme client d&apos;un serveur, ou comme console du serveur central. Les enregistrements sont gardés sur le serveur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Filter records</source>
        <translation>Filtrer les enregistrements</translation>
    </message>
    <message>
        <source>Filter: item, batch, status…</source>
        <translation>Filtre : article, lot, statut…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation>Ajuster le stock</translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation>Nouveau transfert</translation>
    </message>
    <message>
        <source>Receive shipment</source>
        <translation>Recevoir une expédition</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Magasin :</translation>
    </message>
    <message>
        <source>Ta&amp;ble:</source>
        <translation>Ta&amp;ble :</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Data&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Données&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Site: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Site : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (central, read-only)</source>
        <translation>%1 (central, lecture seule)</translation>
    </message>
    <message>
        <source>No store keeps its data on %1: none is Active or Collector here. Central tables can still be browsed.</source>
        <translation>Aucun magasin ne garde ses données sur %1 : aucun n&apos;y est Actif ou Collecteur. Les tables centrales restent consultables.</translation>
    </message>
    <message>
        <source>%1 are central data: they are changed only on the central server, by an administrator, and arrive here by sync.</source>
        <translation>%1 sont des données centrales : elles ne sont modifiées que sur le serveur central, par un administrateur, et arrivent ici par synchronisation.</translation>
    </message>
    <message>
        <source>%1 is a Collector copy on this site: it is edited at %2, and changes arrive by sync.</source>
        <translation>%1 est une copie Collecteur sur ce site : il est modifié sur %2, et les modifications arrivent par synchronisation.</translation>
    </message>
    <message>
        <source>&amp;Receive shipment (%1)…</source>
        <translation>&amp;Recevoir une expédition (%1)…</translation>
    </message>
    <message>
        <source>%1 is read-only here: it is edited at %2.</source>
        <translation>%1 est en lecture seule ici : il est modifié sur %2.</translation>
    </message>
    <message>
        <source>Choose the Stock lines table and select a line to adjust.</source>
        <translation>Choisissez la table Lignes de stock et sélectionnez une ligne à ajuster.</translation>
    </message>
    <message>
        <source>Select the stock line to adjust.</source>
        <translation>Sélectionnez la ligne de stock à ajuster.</translation>
    </message>
    <message>
        <source>Change the available packs of the selected stock line.</source>
        <translation>Modifier les colis disponibles de la ligne de stock sélectionnée.</translation>
    </message>
    <message>
        <source>Ship stock from this store to another store visible here.</source>
        <translation>Expédier du stock de ce magasin vers un autre magasin visible ici.</translation>
    </message>
    <message>
        <source>Receive a shipment that has arrived for this store.</source>
        <translation>Recevoir une expédition arrivée pour ce magasin.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 records (%2 loaded; scroll for more)</source>
        <translation>%1 enregistrements (%2 chargés ; faites défiler pour la suite)</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 enregistrement</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 enregistrements</translation>
    </message>
    <message>
        <source>, batch %1</source>
        <translation>, lot %1</translation>
    </message>
    <message>
        <source>, expires %1</source>
        <translation>, expire le %1</translation>
    </message>
    <message>
        <source>%1 in %2 now has %3 available packs. The change is sent at the next sync.</source>
        <translation>%1 dans %2 a maintenant %3 colis disponibles. La modification est envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Shipped %1 packs of %2 from %3 to %4 (outbound shipment %5). It is sent at the next sync.</source>
        <translation>%1 colis de %2 expédiés de %3 vers %4 (expédition sortante %5). L&apos;envoi se fait à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Received shipment %1 in %2: its packs were added to the store&apos;s stock. The sending site sees it delivered after both sites have synced.</source>
        <translation>Expédition %1 reçue dans %2 : ses colis ont été ajoutés au stock du magasin. Le site expéditeur la voit livrée après la synchronisation des deux sites.</translation>
    </message>
    <message>
        <source>That store is no longer known on this site. Sync, then try again.</source>
        <translation>Ce magasin n&apos;est plus connu sur ce site. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>That item is no longer in the catalogue on this site. Sync, then try again.</source>
        <translation>Cet article n&apos;est plus dans le catalogue de ce site. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>A store cannot ship to itself. Choose another store to ship to.</source>
        <translation>Un magasin ne peut pas s&apos;expédier à lui-même. Choisissez un autre magasin destinataire.</translation>
    </message>
    <message>
        <source>This replica is not registered to a site yet. Finish the set-up first.</source>
        <translation>Cette réplique n&apos;est encore enregistrée pour aucun site. Terminez d&apos;abord la configuration.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Non effectué : %1</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::DataPageActions</name>
    <message>
        <source>Re&amp;quest stock…</source>
        <translation>De&amp;mander du stock…</translation>
    </message>
    <message>
        <source>Ans&amp;wer requisition…</source>
        <translation>Répondre à la ré&amp;quisition…</translation>
    </message>
    <message>
        <source>Add ass&amp;et…</source>
        <translation>Ajouter un équip&amp;ement…</translation>
    </message>
    <message>
        <source>Add temperature &amp;log…</source>
        <translation>Ajouter un relevé de temp&amp;érature…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Request stock</source>
        <translation>Demander du stock</translation>
    </message>
    <message>
        <source>Answer requisition</source>
        <translation>Répondre à la réquisition</translation>
    </message>
    <message>
        <source>Add asset</source>
        <translation>Ajouter un équipement</translation>
    </message>
    <message>
        <source>Add temperature log</source>
        <translation>Ajouter un relevé de température</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Supprimer l&apos;enregistrement sélectionné</translation>
    </message>
    <message>
        <source>Ans&amp;wer requisition (%1)…</source>
        <translation>Répondre à la ré&amp;quisition (%1)…</translation>
    </message>
    <message>
        <source>Ask another store visible here for stock.</source>
        <translation>Demander du stock à un autre magasin visible ici.</translation>
    </message>
    <message>
        <source>Finalise the answer to a request that arrived for this store.</source>
        <translation>Finaliser la réponse à une demande arrivée pour ce magasin.</translation>
    </message>
    <message>
        <source>Record cold-chain equipment (a refrigerator, say) of this store.</source>
        <translation>Enregistrer un équipement de la chaîne du froid (un réfrigérateur, par exemple) de ce magasin.</translation>
    </message>
    <message>
        <source>Record a temperature reading of one of this store&apos;s assets.</source>
        <translation>Enregistrer un relevé de température d&apos;un des équipements de ce magasin.</translation>
    </message>
    <message>
        <source>Central data is changed only on the central server, by an administrator.</source>
        <translation>Les données centrales ne sont modifiées que sur le serveur central, par un administrateur.</translation>
    </message>
    <message>
        <source>Select the record to delete.</source>
        <translation>Sélectionnez l&apos;enregistrement à supprimer.</translation>
    </message>
    <message>
        <source>Delete the selected record; the delete is sent at the next sync.</source>
        <translation>Supprimer l&apos;enregistrement sélectionné ; la suppression est envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Requested %1 packs of %2 for %3 from %4 (requisition %5). It is sent at the next sync; the request is finalised here once %4 has answered it.</source>
        <translation>%1 colis de %2 demandés pour %3 à %4 (réquisition %5). La demande part à la prochaine synchronisation ; elle est finalisée ici quand %4 y a répondu.</translation>
    </message>
    <message>
        <source>Finalised response %1 from %2: it supplies what was requested. The requesting site sees its request finalised after both sites have synced.</source>
        <translation>Réponse %1 de %2 finalisée : elle fournit ce qui a été demandé. Le site demandeur voit sa demande finalisée après la synchronisation des deux sites.</translation>
    </message>
    <message>
        <source>Added asset %1 (%2) to %3. It is sent at the next sync.</source>
        <translation>Équipement %1 (%2) ajouté à %3. Il est envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Delete a record</source>
        <translation>Supprimer un enregistrement</translation>
    </message>
    <message>
        <source>Delete %1 from %2?</source>
        <translation>Supprimer %1 de %2 ?</translation>
    </message>
    <message>
        <source>What belongs to it (a document&apos;s lines, an asset&apos;s temperature logs) goes with it. The delete is sent at the next sync and cannot be undone.</source>
        <translation>Ce qui lui appartient (les lignes d&apos;un document, les relevés de température d&apos;un équipement) est supprimé avec lui. La suppression est envoyée à la prochaine synchronisation et ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 from %2, with the %n record(s) that belonged to it. The delete is sent at the next sync.</source>
        <translation>
            <numerusform>%1 supprimé de %2, avec %n enregistrement qui lui appartenait. La suppression est envoyée à la prochaine synchronisation.</numerusform>
            <numerusform>%1 supprimé de %2, avec les %n enregistrements qui lui appartenaient. La suppression est envoyée à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1 from %2. The delete is sent at the next sync.</source>
        <translation>%1 supprimé de %2. La suppression est envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Recorded %1 °C for asset %2. It is sent at the next sync.</source>
        <translation>%1 °C enregistré pour l&apos;équipement %2. Envoyé à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::DataStoreListModel</name>
    <message>
        <source>Active on this site: edited here</source>
        <translation>Actifs sur ce site : modifiés ici</translation>
    </message>
    <message>
        <source>Collector copies: read-only</source>
        <translation>Copies Collecteur : lecture seule</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (home site: %2)</source>
        <translation>%1 (site d&apos;origine : %2)</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::HealthTiles</name>
    <message>
        <source>%1: %2 sites</source>
        <translation>%1 : %2 sites</translation>
    </message>
    <message>
        <source>Show every site</source>
        <translation>Afficher tous les sites</translation>
    </message>
    <message>
        <source>Show only sites that are %1</source>
        <translation>N&apos;afficher que les sites à l&apos;état « %1 »</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ItemEditDialog</name>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Acti&amp;f</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Ajouter un article</translation>
    </message>
    <message>
        <source>Change an item</source>
        <translation>Modifier un article</translation>
    </message>
    <message>
        <source>An item&apos;s code never changes: sites and records name the item by it.</source>
        <translation>Le code d&apos;un article ne change jamais : les sites et les enregistrements désignent l&apos;article par ce code.</translation>
    </message>
    <message>
        <source>e.g. tablet, bottle, vial (optional)</source>
        <translation>ex. comprimé, flacon, ampoule (facultatif)</translation>
    </message>
    <message>
        <source>Inactive items stay in the records that name them but cannot be chosen for new ones.</source>
        <translation>Les articles inactifs restent dans les enregistrements qui les citent mais ne peuvent pas être choisis pour de nouveaux.</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Ajouter l&apos;article</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>&amp;Pack size:</source>
        <translation>&amp;Taille du colis :</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ItemImportDialog</name>
    <message>
        <source>&amp;Apply import</source>
        <translation>&amp;Appliquer l&apos;import</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Import items from %1</source>
        <translation>Importer des articles depuis %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>What each line of the file does</source>
        <translation>Ce que fait chaque ligne du fichier</translation>
    </message>
    <message>
        <source>Import the lines that were not refused</source>
        <translation>Importer les lignes qui n&apos;ont pas été refusées</translation>
    </message>
    <message>
        <source>Checking the file with the hub (nothing is changed yet)…</source>
        <translation>Vérification du fichier par le serveur (rien n&apos;est encore modifié)…</translation>
    </message>
    <message>
        <source>Importing the items…</source>
        <translation>Import des articles…</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Le fichier n&apos;a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <source>Checked, nothing changed yet. Applying would create %1, update %2, leave %3 unchanged; %4 refused.</source>
        <translation>Vérifié, rien n&apos;est encore modifié. L&apos;import créerait %1, mettrait à jour %2, laisserait %3 inchangés ; %4 refusés.</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 unchanged, %4 refused.</source>
        <translation>Importé : %1 créés, %2 mis à jour, %3 inchangés, %4 refusés.</translation>
    </message>
    <message>
        <source>Correct the refused lines in the file and import it again.</source>
        <translation>Corrigez les lignes refusées dans le fichier et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Refused lines are left out when you apply.</source>
        <translation>Les lignes refusées sont laissées de côté à l&apos;import.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ItemImportReportModel</name>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ItemTableModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Non utilisé</translation>
    </message>
    <message>
        <source>Stock, shipments or requisitions name this item: it can be deactivated, not deleted.</source>
        <translation>Du stock, des expéditions ou des réquisitions citent cet article : il peut être désactivé, pas supprimé.</translation>
    </message>
    <message>
        <source>No stock, shipment or requisition names this item yet.</source>
        <translation>Aucun stock, aucune expédition ni réquisition ne cite encore cet article.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Pack size</source>
        <translation>Taille du colis</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ItemsTab</name>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Ajouter un article…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Filter by code, name or unit</source>
        <translation>Filtrer par code, nom ou unité</translation>
    </message>
    <message>
        <source>Filter items by code, name or unit</source>
        <translation>Filtrer les articles par code, nom ou unité</translation>
    </message>
    <message>
        <source>Items of the network</source>
        <translation>Articles du réseau</translation>
    </message>
    <message>
        <source>Change the name, unit or pack size of the selected item (Enter)</source>
        <translation>Modifier le nom, l&apos;unité ou la taille du colis de l&apos;article sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Add or update items from a CSV file: a header line naming code, name and optionally unit, pack_size, active. You see what it would do before anything changes.</source>
        <translation>Ajouter ou mettre à jour des articles depuis un fichier CSV : une ligne d&apos;en-tête nommant code, name et, si besoin, unit, pack_size, active. Vous voyez ce qu&apos;il ferait avant tout changement.</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre :</translation>
    </message>
    <message>
        <source>Added the item %1 (%2).</source>
        <translation>Article %1 (%2) ajouté.</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation>Modifications de %1 enregistrées.</translation>
    </message>
    <message>
        <source>Reactivated %1: it can be chosen again.</source>
        <translation>%1 réactivé : il peut à nouveau être choisi.</translation>
    </message>
    <message>
        <source>Deactivated %1: records that name it keep it, new ones cannot choose it.</source>
        <translation>%1 désactivé : les enregistrements qui le citent le gardent, les nouveaux ne peuvent pas le choisir.</translation>
    </message>
    <message>
        <source>Import items from a CSV file</source>
        <translation>Importer des articles depuis un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 8 MB; a catalogue file is much smaller. Check that you chose the right file.</source>
        <translation>%1 dépasse 8 Mo ; un fichier de catalogue est bien plus petit. Vérifiez que vous avez choisi le bon fichier.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>Imported the file; the list shows the items as they are now.</source>
        <translation>Fichier importé ; la liste montre les articles tels qu&apos;ils sont maintenant.</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>Deactivate the selected item: records keep it, new ones cannot choose it</source>
        <translation>Désactiver l&apos;article sélectionné : les enregistrements le gardent, les nouveaux ne peuvent pas le choisir</translation>
    </message>
    <message>
        <source>Make the selected item available again</source>
        <translation>Rendre l&apos;article sélectionné à nouveau disponible</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Non effectué : %1</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::JsonRecordsModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::LinkFiguresModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::MainWindow</name>
    <message>
        <source>SyncSites</source>
        <translation>SyncSites</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Connection to the server</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <source>Clock warning</source>
        <translation>Alerte d&apos;horloge</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>Le serveur répond.</translation>
    </message>
    <message>
        <source>The server does not answer; work goes on and syncs when it is back.</source>
        <translation>Le serveur ne répond pas ; le travail continue et se synchronise à son retour.</translation>
    </message>
    <message>
        <source>Sync state of this site</source>
        <translation>État de la synchronisation de ce site</translation>
    </message>
    <message>
        <source>Clock warning: %1</source>
        <translation>Alerte d&apos;horloge : %1</translation>
    </message>
    <message>
        <source>Connection to the server: %1</source>
        <translation>Connexion au serveur : %1</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::OneTimeSecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Je l&apos;ai &amp;noté</translation>
    </message>
    <message>
        <source>The secret, shown once</source>
        <translation>Le secret, affiché une seule fois</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Copier le secret dans le presse-papiers</translation>
    </message>
    <message>
        <source>This is the only time it is shown: SyncSites keeps no copy. Give it to the person in a safe way; they can change it after signing in.</source>
        <translation>C&apos;est la seule fois qu&apos;il est affiché : SyncSites n&apos;en garde aucune copie. Donnez-le à la personne de façon sûre ; elle pourra le changer après s&apos;être connectée.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::QuarantineModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Essais</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ReceiveDialog</name>
    <message>
        <source>Receive a shipment in %1</source>
        <translation>Recevoir une expédition dans %1</translation>
    </message>
    <message>
        <source>Shipments waiting to be received</source>
        <translation>Expéditions en attente de réception</translation>
    </message>
    <message>
        <source>No shipment to %1 is waiting. Shipments from other sites arrive when this site syncs.</source>
        <translation>Aucune expédition vers %1 n&apos;est en attente. Les expéditions des autres sites arrivent quand ce site se synchronise.</translation>
    </message>
    <message>
        <source>Receiving a shipment marks it delivered and adds its packs to the stock of %1. The sending site sees it delivered after both sites have synced.</source>
        <translation>Recevoir une expédition la marque livrée et ajoute ses colis au stock de %1. Le site expéditeur la voit livrée après la synchronisation des deux sites.</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recevoir</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::RecordTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::RequisitionDialog</name>
    <message>
        <source>Request stock for %1</source>
        <translation>Demander du stock pour %1</translation>
    </message>
    <message>
        <source>Store to request from</source>
        <translation>Magasin à qui demander</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 here)</source>
        <translation>%1 – %2 (%3 ici)</translation>
    </message>
    <message>
        <source>Item to request</source>
        <translation>Article à demander</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Packs to request</source>
        <translation>Colis à demander</translation>
    </message>
    <message>
        <source>Request &amp;from:</source>
        <translation>Demander &amp;à :</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>Art&amp;icle :</translation>
    </message>
    <message>
        <source>&amp;Packs:</source>
        <translation>&amp;Colis :</translation>
    </message>
    <message>
        <source>The request leaves %1 now, with status sent. The supplying store&apos;s site answers it after both sites have synced; the request is finalised here when it does.</source>
        <translation>La demande part de %1 maintenant, avec le statut envoyé. Le site du magasin fournisseur y répond après la synchronisation des deux sites ; la demande est alors finalisée ici.</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>&amp;Envoyer la demande</translation>
    </message>
    <message>
        <source>In stock here now: %1 packs.</source>
        <translation>En stock ici maintenant : %1 colis.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::RequisitionListModel</name>
    <message>
        <source>(unknown store)</source>
        <translation>(magasin inconnu)</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Packs requested</source>
        <translation>Colis demandés</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>N° de demande</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::RespondDialog</name>
    <message>
        <source>Answer a requisition to %1</source>
        <translation>Répondre à une réquisition adressée à %1</translation>
    </message>
    <message>
        <source>No request to %1 is waiting for an answer. Requests from other sites arrive when this site syncs.</source>
        <translation>Aucune demande adressée à %1 n&apos;attend de réponse. Les demandes des autres sites arrivent quand ce site se synchronise.</translation>
    </message>
    <message>
        <source>Answering a request finalises its response from %1: each line supplies what was requested. The requesting site sees its request finalised after both sites have synced.</source>
        <translation>Répondre à une demande finalise la réponse de %1 : chaque ligne fournit ce qui a été demandé. Le site demandeur voit sa demande finalisée après la synchronisation des deux sites.</translation>
    </message>
    <message>
        <source>Requisitions waiting for an answer</source>
        <translation>Réquisitions en attente de réponse</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>&amp;Finaliser</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ReviewDialog</name>
    <message>
        <source>Review and apply sync type changes</source>
        <translation>Vérifier et appliquer les changements de type de synchronisation</translation>
    </message>
    <message>
        <source>What the changes will do</source>
        <translation>Ce que feront les changements</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Records (about)</source>
        <translation>Enregistrements (environ)</translation>
    </message>
    <message>
        <source>Rules the changes break</source>
        <translation>Règles que les changements enfreignent</translation>
    </message>
    <message>
        <source>&lt;b&gt;Their changes&lt;/b&gt; (since you loaded)</source>
        <translation>&lt;b&gt;Leurs changements&lt;/b&gt; (depuis votre chargement)</translation>
    </message>
    <message>
        <source>Changes made by others since you loaded the network</source>
        <translation>Changements faits par d&apos;autres depuis que vous avez chargé le réseau</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your edits&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vos modifications&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your pending edits</source>
        <translation>Vos modifications en attente</translation>
    </message>
    <message>
        <source>Discard my edits and keep the latest network</source>
        <translation>Abandonner mes modifications et garder le réseau le plus récent</translation>
    </message>
    <message>
        <source>Discard my edits</source>
        <translation>Abandonner mes modifications</translation>
    </message>
    <message>
        <source>Re-apply my edits on the latest network</source>
        <translation>Réappliquer mes modifications sur le réseau le plus récent</translation>
    </message>
    <message>
        <source>Re-apply my edits on the latest</source>
        <translation>Réappliquer mes modifications sur la dernière version</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Apply the changes to the network</source>
        <translation>Appliquer les changements au réseau</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Sites that will receive a store&apos;s whole history</source>
        <translation>Sites qui recevront tout l&apos;historique d&apos;un magasin</translation>
    </message>
    <message>
        <source>Sites that will drop a store&apos;s data</source>
        <translation>Sites qui supprimeront les données d&apos;un magasin</translation>
    </message>
    <message>
        <source>Stores that change home (the old home&apos;s unsent changes go to its quarantine)</source>
        <translation>Magasins qui changent de site d&apos;origine (les modifications non envoyées de l&apos;ancien site vont dans sa quarantaine)</translation>
    </message>
    <message>
        <source>home moves from %1</source>
        <translation>le site d&apos;origine passe de %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>No site gains or loses data.</source>
        <translation>Aucun site ne gagne ni ne perd de données.</translation>
    </message>
    <message>
        <source>Checked here</source>
        <translation>Vérifié ici</translation>
    </message>
    <message>
        <source>Asking the hub for its check and estimates…</source>
        <translation>Demande de vérification et d&apos;estimations au serveur…</translation>
    </message>
    <message>
        <source>%1 (checked here and by the hub): %2</source>
        <translation>%1 (vérifié ici et par le serveur) : %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>the hub</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>About %1 records will be sent to sites that receive a history.</source>
        <translation>Environ %1 enregistrements seront envoyés aux sites qui reçoivent un historique.</translation>
    </message>
    <message>
        <source>The hub would refuse these changes: fix the rules listed, then review again.</source>
        <translation>Le serveur refuserait ces changements : corrigez les règles listées, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Fix the rules listed before applying.</source>
        <translation>Corrigez les règles listées avant d&apos;appliquer.</translation>
    </message>
    <message>
        <source>Checked by the hub against revision %1. Apply when ready.</source>
        <translation>Vérifié par le serveur pour la révision %1. Appliquez quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>The hub could not check the changes: %1</source>
        <translation>Le serveur n&apos;a pas pu vérifier les changements : %1</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Non appliqué : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone else changed the network while you were editing.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Quelqu&apos;un d&apos;autre a modifié le réseau pendant votre travail.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Both of you changed: %1. Re-applying keeps your choice there.</source>
        <translation>&lt;br&gt;Vous avez modifié tous les deux : %1. Réappliquer y garde votre choix.</translation>
    </message>
    <message>
        <source>(no change to stores or sites)</source>
        <translation>(aucun changement de magasin ni de site)</translation>
    </message>
    <message>
        <source>Re-apply your edits on the latest network (then review and apply again), or discard them.</source>
        <translation>Réappliquez vos modifications sur le réseau le plus récent (puis vérifiez et appliquez à nouveau), ou abandonnez-les.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SecretToggle</name>
    <message>
        <source>Hide the secret</source>
        <translation>Masquer le secret</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SessionListModel</name>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SessionTimeline</name>
    <message>
        <source>No sessions reported.</source>
        <translation>Aucune session signalée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Started %2, took %3&lt;br&gt;Pushed %4, pulled %5, rejected %6, waiting %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Commencée %2, durée %3&lt;br&gt;Envoyés %4, reçus %5, rejetés %6, en attente %7</translation>
    </message>
    <message>
        <source>&lt;br&gt;Error: %1 (%2)</source>
        <translation>&lt;br&gt;Erreur : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Adresse du serveur</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>&amp;Certificate authority</source>
        <translation>&amp;Autorité de certification</translation>
    </message>
    <message>
        <source>&amp;Proxy</source>
        <translation>&amp;Proxy</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>No proxy, e.g. http://proxy:3128</source>
        <translation>Pas de proxy, ex. http://proxy:3128</translation>
    </message>
    <message>
        <source>Automatic &amp;sync</source>
        <translation>&amp;Synchronisation automatique</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Synchronisation automatique</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>New &amp;secret</source>
        <translation>Nouveau &amp;secret</translation>
    </message>
    <message>
        <source>Only when the administrator gave this site a new one</source>
        <translation>Seulement si l&apos;administrateur a donné un nouveau secret à ce site</translation>
    </message>
    <message>
        <source>New site secret</source>
        <translation>Nouveau secret du site</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>The system&apos;s authorities</source>
        <translation>Les autorités du système</translation>
    </message>
    <message>
        <source>Off (sync by hand)</source>
        <translation>Désactivée (synchronisation à la main)</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Toutes les 5 minutes</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Toutes les 15 minutes</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>Toutes les 30 minutes</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Toutes les %n minute</numerusform>
            <numerusform>Toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>The site&apos;s secret is kept in the system keychain.</source>
        <translation>Le secret du site est gardé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No system keychain runs here: the site&apos;s secret is kept in a file only you can read.</source>
        <translation>Aucun trousseau du système ici : le secret du site est gardé dans un fichier que vous seul pouvez lire.</translation>
    </message>
    <message>
        <source>The server address must begin with https:// or http://.</source>
        <translation>L&apos;adresse du serveur doit commencer par https:// ou http://.</translation>
    </message>
    <message>
        <source>The proxy must be an address such as http://proxy:3128.</source>
        <translation>Le proxy doit être une adresse comme http://proxy:3128.</translation>
    </message>
    <message>
        <source>&amp;Keep syncing when the window is closed</source>
        <translation>&amp;Continuer à synchroniser quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Closing the window leaves SyncSites running in the system tray, so automatic sync goes on. Quit it from the tray or the File menu.</source>
        <translation>Fermer la fenêtre laisse SyncSites fonctionner dans la zone de notification : la synchronisation automatique continue. Quittez-le depuis la zone de notification ou le menu Fichier.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SetupIdentityPage</name>
    <message>
        <source>&amp;Site name</source>
        <translation>Nom du &amp;site</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <source>Choose this computer&apos;s site from the server&apos;s list, or type its name</source>
        <translation>Choisissez le site de cet ordinateur dans la liste du serveur, ou tapez son nom</translation>
    </message>
    <message>
        <source>Site s&amp;ecret</source>
        <translation>S&amp;ecret du site</translation>
    </message>
    <message>
        <source>Site secret</source>
        <translation>Secret du site</translation>
    </message>
    <message>
        <source>&amp;Data file</source>
        <translation>&amp;Fichier de données</translation>
    </message>
    <message>
        <source>Where to keep the site&apos;s data</source>
        <translation>Où garder les données du site</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Which site is this computer?</source>
        <translation>Quel site est cet ordinateur ?</translation>
    </message>
    <message>
        <source>The site&apos;s name and secret as the network administrator set them up. The first sync brings the site&apos;s data; it can take a while on a slow link.</source>
        <translation>Le nom et le secret du site tels que l&apos;administrateur du réseau les a créés. La première synchronisation apporte les données du site ; elle peut être longue sur une connexion lente.</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Qui êtes-vous ?</translation>
    </message>
    <message>
        <source>Your user name and password on the server. They are checked now.</source>
        <translation>Votre nom d&apos;utilisateur et votre mot de passe sur le serveur. Ils sont vérifiés maintenant.</translation>
    </message>
    <message>
        <source>The server lists no site waiting to be set up. Type the site&apos;s name, or ask the administrator to add the site (or to release it, if this computer replaces another).</source>
        <translation>Le serveur n&apos;a aucun site en attente de configuration. Tapez le nom du site, ou demandez à l&apos;administrateur d&apos;ajouter le site (ou de le libérer, si cet ordinateur en remplace un autre).</translation>
    </message>
    <message>
        <source>Enter the site&apos;s name, its secret and where to keep its data.</source>
        <translation>Saisissez le nom du site, son secret et l&apos;endroit où garder ses données.</translation>
    </message>
    <message>
        <source>Checking the site&apos;s secret…</source>
        <translation>Vérification du secret du site…</translation>
    </message>
    <message>
        <source>The secret is right: %1 (%2).</source>
        <translation>Le secret est correct : %1 (%2).</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Enter the name of this client site.</source>
        <translation>Saisissez le nom de ce site client.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Connecté en tant que %1 (%2).</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose where to keep the site&apos;s data</source>
        <translation>Choisir où garder les données du site</translation>
    </message>
    <message>
        <source>SyncSites data (*.sqlite);;All files (*)</source>
        <translation>Données SyncSites (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The console is for administrators and supervisors. Field staff use SyncSites at a site: go back and choose &quot;%1&quot; or &quot;%2&quot;, or sign in as an administrator or a supervisor.</source>
        <translation>La console est réservée aux administrateurs et aux superviseurs. Le personnel de terrain utilise SyncSites sur un site : revenez en arrière et choisissez « %1 » ou « %2 », ou connectez-vous en tant qu&apos;administrateur ou superviseur.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SetupModePage</name>
    <message>
        <source>How does this computer work with the network?</source>
        <translation>Comment cet ordinateur travaille-t-il avec le réseau ?</translation>
    </message>
    <message>
        <source>You can change this later by setting the app up again.</source>
        <translation>Vous pourrez changer cela plus tard en configurant à nouveau l&apos;application.</translation>
    </message>
    <message>
        <source>A site with its own data (standalone)</source>
        <translation>Un site avec ses propres données (autonome)</translation>
    </message>
    <message>
        <source>This computer keeps a copy of its stores&apos; data and syncs it with the server. Work goes on when the network is down. You need the site&apos;s name and secret from the network administrator.</source>
        <translation>Cet ordinateur garde une copie des données de ses magasins et la synchronise avec le serveur. Le travail continue quand le réseau est coupé. Il vous faut le nom et le secret du site, donnés par l&apos;administrateur du réseau.</translation>
    </message>
    <message>
        <source>A client of a server</source>
        <translation>Un client d&apos;un serveur</translation>
    </message>
    <message>
        <source>This computer works directly on a server&apos;s data and keeps none of its own (mSupply client, Open mSupply desktop). It needs the server to be reachable.</source>
        <translation>Cet ordinateur travaille directement sur les données d&apos;un serveur et n&apos;en garde aucune (client mSupply, Open mSupply desktop). Le serveur doit être joignable.</translation>
    </message>
    <message>
        <source>A console for the whole network</source>
        <translation>Une console pour tout le réseau</translation>
    </message>
    <message>
        <source>Administrators and supervisors: configure the network and its stores, and watch every site&apos;s sync health on the central server.</source>
        <translation>Administrateurs et superviseurs : configurer le réseau et ses magasins, et suivre l&apos;état de synchronisation de chaque site sur le serveur central.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SetupServerPage</name>
    <message>
        <source>Which server?</source>
        <translation>Quel serveur ?</translation>
    </message>
    <message>
        <source>The address the network administrator gave you, for example https://sync.example.org.</source>
        <translation>L&apos;adresse donnée par l&apos;administrateur du réseau, par exemple https://sync.example.org.</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Adresse du serveur</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>&amp;Certificate authority</source>
        <translation>&amp;Autorité de certification</translation>
    </message>
    <message>
        <source>&amp;Proxy</source>
        <translation>&amp;Proxy</translation>
    </message>
    <message>
        <source>Only if this network needs one, e.g. http://proxy:3128</source>
        <translation>Seulement si ce réseau en utilise un, ex. http://proxy:3128</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Only if the administrator gave you one</source>
        <translation>Seulement si l&apos;administrateur vous en a donné une</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, beginning with https:// or http://.</source>
        <translation>Saisissez l&apos;adresse du serveur, commençant par https:// ou http://.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The server answered. You can go on.</source>
        <translation>Le serveur a répondu. Vous pouvez continuer.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SetupWizard</name>
    <message>
        <source>Set up SyncSites</source>
        <translation>Configurer SyncSites</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ShipmentListModel</name>
    <message>
        <source>(unknown store)</source>
        <translation>(magasin inconnu)</translation>
    </message>
    <message>
        <source>From store</source>
        <translation>Du magasin</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédié</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Shipment id</source>
        <translation>N° d&apos;expédition</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SignInDialog</name>
    <message>
        <source>Sign in to SyncSites</source>
        <translation>Se connecter à SyncSites</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in offline</source>
        <translation>Se connecter hors ligne</translation>
    </message>
    <message>
        <source>Check the password against the accounts this site received with its last sync, without the server.</source>
        <translation>Vérifier le mot de passe avec les comptes reçus par ce site à sa dernière synchronisation, sans le serveur.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>You can sign in offline to work with this site&apos;s data until the server is back.</source>
        <translation>Vous pouvez vous connecter hors ligne pour travailler sur les données de ce site jusqu&apos;au retour du serveur.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SiteDetailsPanel</name>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
    <message>
        <source>Stores of the selected site</source>
        <translation>Magasins du site sélectionné</translation>
    </message>
    <message>
        <source>Recent sessions of the selected site</source>
        <translation>Sessions récentes du site sélectionné</translation>
    </message>
    <message>
        <source>Site details</source>
        <translation>Détails du site</translation>
    </message>
    <message>
        <source>Select a site in the drawing, or find one by name, to see its details, stores and recent sessions.</source>
        <translation>Sélectionnez un site sur le dessin, ou cherchez-le par son nom, pour voir ses détails, ses magasins et ses sessions récentes.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Liens :</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Last success:</source>
        <translation>Dernière réussite :</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Dernière erreur :</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Sessions récentes</translation>
    </message>
    <message>
        <source>Client of %1: keeps no data, reads and writes its server&apos;s stores</source>
        <translation>Client de %1 : ne garde aucune donnée, lit et modifie les magasins de son serveur</translation>
    </message>
    <message>
        <source>Hub of the %1 data</source>
        <translation>Serveur des données %1</translation>
    </message>
    <message>
        <source>; a site for the %1 data</source>
        <translation> ; un site pour les données %1</translation>
    </message>
    <message>
        <source>Site: syncs with its hubs</source>
        <translation>Site : se synchronise avec ses serveurs</translation>
    </message>
    <message>
        <source>; serves clients: %1</source>
        <translation> ; sert les clients : %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>server → %1</source>
        <translation>serveur → %1</translation>
    </message>
    <message>
        <source>none (the root of the network)</source>
        <translation>aucun (la racine du réseau)</translation>
    </message>
    <message>
        <source>Stores: none (a client uses its server&apos;s)</source>
        <translation>Magasins : aucun (un client utilise ceux de son serveur)</translation>
    </message>
    <message>
        <source>Stores: none visible here</source>
        <translation>Magasins : aucun visible ici</translation>
    </message>
    <message>
        <source>Stores here (%1)</source>
        <translation>Magasins ici (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not applicable: clients do not sync</source>
        <translation>sans objet : les clients ne se synchronisent pas</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Clients do not sync themselves; their server&apos;s sessions carry their work.</source>
        <translation>Les clients ne se synchronisent pas eux-mêmes ; les sessions de leur serveur portent leur travail.</translation>
    </message>
    <message>
        <source>Sign in to the hub to see this site&apos;s sessions.</source>
        <translation>Connectez-vous au serveur pour voir les sessions de ce site.</translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation>Chargement des sessions…</translation>
    </message>
    <message>
        <source>Could not load the sessions: %1</source>
        <translation>Impossible de charger les sessions : %1</translation>
    </message>
    <message>
        <source>No sessions reported in the last %1 days.</source>
        <translation>Aucune session signalée ces %1 derniers jours.</translation>
    </message>
    <message>
        <source>Reported to the hub in the last %1 days, newest first: %2.</source>
        <translation>Signalées au serveur ces %1 derniers jours, les plus récentes d&apos;abord : %2.</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SiteDrillDown</name>
    <message>
        <source>Double-click a site to see its sessions.</source>
        <translation>Double-cliquez sur un site pour voir ses sessions.</translation>
    </message>
    <message>
        <source>Session timeline</source>
        <translation>Chronologie des sessions</translation>
    </message>
    <message>
        <source>Figures per link of the selected session</source>
        <translation>Chiffres par lien de la session sélectionnée</translation>
    </message>
    <message>
        <source>Fetching the sessions of %1…</source>
        <translation>Récupération des sessions de %1…</translation>
    </message>
    <message>
        <source>No sessions reported in the last %1 days.</source>
        <translation>Aucune session signalée ces %1 derniers jours.</translation>
    </message>
    <message>
        <source>Sessions in the last %1 days: %2. Click a bar or use the arrow keys to see one.</source>
        <translation>Sessions ces %1 derniers jours : %2. Cliquez sur une barre ou utilisez les flèches pour en voir une.</translation>
    </message>
    <message>
        <source>%1 reported no sessions in the last %2 days.</source>
        <translation>%1 n&apos;a signalé aucune session ces %2 derniers jours.</translation>
    </message>
    <message>
        <source>Could not fetch the sessions: %1</source>
        <translation>Impossible de récupérer les sessions : %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;The site reported no figures per link for this session.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Le site n&apos;a signalé aucun chiffre par lien pour cette session.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SiteEditDialog</name>
    <message>
        <source>Add a site</source>
        <translation>Ajouter un site</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>e.g. Lira Health Centre</source>
        <translation>ex. Centre de santé de Lira</translation>
    </message>
    <message>
        <source>e.g. https://north.example.org:8443 (optional)</source>
        <translation>ex. https://north.example.org:8443 (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>A site&apos;s name cannot change: sites and their data are known by it.</source>
        <translation>Le nom d&apos;un site ne peut pas changer : les sites et leurs données sont connus par ce nom.</translation>
    </message>
    <message>
        <source>Give the site a name.</source>
        <translation>Donnez un nom au site.</translation>
    </message>
    <message>
        <source>There is already a site named &quot;%1&quot;.</source>
        <translation>Il existe déjà un site nommé « %1 ».</translation>
    </message>
    <message>
        <source>A %1 works on a server, and the network has none it may attach to.</source>
        <translation>Un %1 travaille sur un serveur, et le réseau n&apos;en a aucun auquel le rattacher.</translation>
    </message>
    <message>
        <source>The URL must be a web address such as https://server.example.org:8443.</source>
        <translation>L&apos;URL doit être une adresse web comme https://server.example.org:8443.</translation>
    </message>
    <message>
        <source>A %1 keeps no data: its users work on the server chosen above.</source>
        <translation>Un %1 ne garde aucune donnée : ses utilisateurs travaillent sur le serveur choisi ci-dessus.</translation>
    </message>
    <message>
        <source>A %1 keeps its own data. Once added it gets a secret, shown once, to enter in its Settings.</source>
        <translation>Un %1 garde ses propres données. Une fois ajouté, il reçoit un secret, affiché une seule fois, à saisir dans ses Paramètres.</translation>
    </message>
    <message>
        <source>The hub checks the network&apos;s rules before it saves the change.</source>
        <translation>Le serveur vérifie les règles du réseau avant d&apos;enregistrer le changement.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SiteSecretDialog</name>
    <message>
        <source>The secret of %1</source>
        <translation>Le secret de %1</translation>
    </message>
    <message>
        <source>%1 must enter it in its Settings before it can sync. It is shown this once: copy it now and hand it over safely.</source>
        <translation>%1 doit le saisir dans ses Paramètres avant de pouvoir se synchroniser. Il n&apos;est affiché qu&apos;une fois : copiez-le maintenant et transmettez-le de façon sûre.</translation>
    </message>
    <message>
        <source>%1 was added. This is its secret.</source>
        <translation>%1 a été ajouté. Voici son secret.</translation>
    </message>
    <message>
        <source>%1 has a new secret. Its old secret no longer works and its sessions have ended.</source>
        <translation>%1 a un nouveau secret. Son ancien secret ne marche plus et ses sessions sont terminées.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SiteStatusModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Client of %1</source>
        <translation>Client de %1</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Dernière tentative : %1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Dernière réussite</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>A client does not sync on its own: its data goes through its server %1.</source>
        <translation>Un client ne se synchronise pas lui-même : ses données passent par son serveur %1.</translation>
    </message>
    <message>
        <source>The hub does not sync on its own: the sites sync with it.</source>
        <translation>Le serveur ne se synchronise pas lui-même : les sites se synchronisent avec lui.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SiteStoresModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Sync type here</source>
        <translation>Type de synchronisation ici</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SiteTableModel</name>
    <message>
        <source>not bound</source>
        <translation>non lié</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>This site syncs only from the installation %1 until its binding is released.</source>
        <translation>Ce site ne se synchronise que depuis l&apos;installation %1 tant que son lien n&apos;est pas libéré.</translation>
    </message>
    <message>
        <source>The end of the newest sync session %1 reported: %2</source>
        <translation>Fin de la dernière session de synchronisation signalée par %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n store(s) Active on this site</source>
        <translation>
            <numerusform>%n magasin Actif sur ce site</numerusform>
            <numerusform>%n magasins Actifs sur ce site</numerusform>
        </translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Active stores</source>
        <translation>Magasins Actifs</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SitesTab</name>
    <message>
        <source>&amp;Add site…</source>
        <translation>&amp;Ajouter un site…</translation>
    </message>
    <message>
        <source>&amp;Edit site…</source>
        <translation>&amp;Modifier le site…</translation>
    </message>
    <message>
        <source>Re&amp;move site…</source>
        <translation>&amp;Retirer le site…</translation>
    </message>
    <message>
        <source>New &amp;secret…</source>
        <translation>Nouveau &amp;secret…</translation>
    </message>
    <message>
        <source>Re&amp;lease installation…</source>
        <translation>&amp;Libérer l&apos;installation…</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>Rechar&amp;ger</translation>
    </message>
    <message>
        <source>Give the selected site a new secret: its old one stops working and its sessions end.</source>
        <translation>Donner un nouveau secret au site sélectionné : l&apos;ancien ne marche plus et ses sessions se terminent.</translation>
    </message>
    <message>
        <source>Let another computer sync as the selected site (after a replacement or a reinstallation).</source>
        <translation>Permettre à un autre ordinateur de se synchroniser comme le site sélectionné (après un remplacement ou une réinstallation).</translation>
    </message>
    <message>
        <source>The sites could not be loaded: %1</source>
        <translation>Les sites n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>%1 was added to the network.</source>
        <translation>%1 a été ajouté au réseau.</translation>
    </message>
    <message>
        <source>Adding %1 failed</source>
        <translation>L&apos;ajout de %1 a échoué</translation>
    </message>
    <message>
        <source>%1 was not changed: nothing differed.</source>
        <translation>%1 n&apos;a pas été modifié : rien n&apos;était différent.</translation>
    </message>
    <message>
        <source>%1 was changed.</source>
        <translation>%1 a été modifié.</translation>
    </message>
    <message>
        <source>Changing %1 failed</source>
        <translation>La modification de %1 a échoué</translation>
    </message>
    <message>
        <source>Remove %1 from the network?

Its secret and installation stop working: it can no longer sync. The Collector and Transfer copies of stores it held are dropped from the network; sites that link to it or work on it must be changed first, or the hub refuses.</source>
        <translation>Retirer %1 du réseau ?

Son secret et son installation ne marchent plus : il ne peut plus se synchroniser. Les copies Collecteur et Transfert de ses magasins sont retirées du réseau ; les sites liés à lui ou qui travaillent sur lui doivent d&apos;abord être modifiés, sinon le serveur refuse.</translation>
    </message>
    <message>
        <source>Remove %1 from the network?

Its users can no longer work through it.</source>
        <translation>Retirer %1 du réseau ?

Ses utilisateurs ne peuvent plus travailler par lui.</translation>
    </message>
    <message>
        <source>Remove a site</source>
        <translation>Retirer un site</translation>
    </message>
    <message>
        <source>&amp;Remove %1</source>
        <translation>&amp;Retirer %1</translation>
    </message>
    <message>
        <source>%1 was removed from the network.</source>
        <translation>%1 a été retiré du réseau.</translation>
    </message>
    <message>
        <source>Removing %1 failed</source>
        <translation>Le retrait de %1 a échoué</translation>
    </message>
    <message>
        <source>%1 cannot be removed while stores are Active on it: %2. The hub refuses (site in use) until each of them is moved home to another site: use Move home on the Stores tab for each, then remove %1.</source>
        <translation>%1 ne peut pas être retiré tant que des magasins y sont Actifs : %2. Le serveur refuse (site utilisé) jusqu&apos;à ce que chacun soit déplacé vers un autre site d&apos;origine : utilisez Déplacer l&apos;origine dans l&apos;onglet Magasins pour chacun, puis retirez %1.</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Nouveau secret</translation>
    </message>
    <message>
        <source>Give %1 a new secret?

Its current secret stops working at once and its sessions end. %1 cannot sync again until the new secret, shown once, is entered in its Settings.</source>
        <translation>Donner un nouveau secret à %1 ?

Son secret actuel ne marche plus tout de suite et ses sessions se terminent. %1 ne peut plus se synchroniser tant que le nouveau secret, affiché une seule fois, n&apos;est pas saisi dans ses Paramètres.</translation>
    </message>
    <message>
        <source>&amp;Give a new secret</source>
        <translation>&amp;Donner un nouveau secret</translation>
    </message>
    <message>
        <source>Giving %1 a new secret failed</source>
        <translation>Le nouveau secret de %1 n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>%1 has a new secret; its old one no longer works.</source>
        <translation>%1 a un nouveau secret ; l&apos;ancien ne marche plus.</translation>
    </message>
    <message>
        <source>%1 is bound to no installation yet.</source>
        <translation>%1 n&apos;est encore lié à aucune installation.</translation>
    </message>
    <message>
        <source>%1 is bound to the installation %2: only that computer may sync as %1.</source>
        <translation>%1 est lié à l&apos;installation %2 : seul cet ordinateur peut se synchroniser comme %1.</translation>
    </message>
    <message>
        <source>Release the installation</source>
        <translation>Libérer l&apos;installation</translation>
    </message>
    <message>
        <source>Once released, another computer may sync as %1: the first one to sync with its secret is bound instead, and the current session ends. Do it when its computer was replaced or reinstalled.</source>
        <translation>Une fois libéré, un autre ordinateur peut se synchroniser comme %1 : le premier qui se synchronise avec son secret est lié à sa place, et la session en cours se termine. À faire quand son ordinateur a été remplacé ou réinstallé.</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Libérer</translation>
    </message>
    <message>
        <source>Releasing the installation of %1 failed</source>
        <translation>La libération de l&apos;installation de %1 a échoué</translation>
    </message>
    <message>
        <source>The installation %1 was released: the next computer to sync as %2 will be bound instead.</source>
        <translation>L&apos;installation %1 a été libérée : le prochain ordinateur qui se synchronise comme %2 sera lié à sa place.</translation>
    </message>
    <message>
        <source>%1 was bound to no installation: nothing to release.</source>
        <translation>%1 n&apos;était lié à aucune installation : rien à libérer.</translation>
    </message>
    <message>
        <source>Someone else changed the network meanwhile, so nothing was changed. The list now shows the latest network: check it and do your change again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié le réseau entre-temps, donc rien n&apos;a été modifié. La liste montre maintenant le réseau le plus récent : vérifiez-le et refaites votre changement.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::StoreEditDialog</name>
    <message>
        <source>e.g. LIR-PHA</source>
        <translation>ex. LIR-PHA</translation>
    </message>
    <message>
        <source>e.g. Lira Pharmacy</source>
        <translation>ex. Pharmacie de Lira</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;New home site:</source>
        <translation>&amp;Nouveau site d&apos;origine :</translation>
    </message>
    <message>
        <source>&amp;Home site:</source>
        <translation>&amp;Site d&apos;origine :</translation>
    </message>
    <message>
        <source>&amp;Keep a read-only (Collector) copy at %1</source>
        <translation>&amp;Garder une copie en lecture seule (Collecteur) sur %1</translation>
    </message>
    <message>
        <source>Add a store</source>
        <translation>Ajouter un magasin</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Move the home of %1</source>
        <translation>Déplacer l&apos;origine de %1</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Vérifier…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Give the store a code.</source>
        <translation>Donnez un code au magasin.</translation>
    </message>
    <message>
        <source>There is already a store with the code %1.</source>
        <translation>Il existe déjà un magasin avec le code %1.</translation>
    </message>
    <message>
        <source>Give the store a name.</source>
        <translation>Donnez un nom au magasin.</translation>
    </message>
    <message>
        <source>Choose the site where the store&apos;s data is kept and edited (its home).</source>
        <translation>Choisissez le site où les données du magasin sont gardées et modifiées (son site d&apos;origine).</translation>
    </message>
    <message>
        <source>Type the store&apos;s new name.</source>
        <translation>Tapez le nouveau nom du magasin.</translation>
    </message>
    <message>
        <source>Choose the site that will keep and edit the store&apos;s data from now on.</source>
        <translation>Choisissez le site qui gardera et modifiera les données du magasin désormais.</translation>
    </message>
    <message>
        <source>The store becomes Active on %1 and read-only everywhere else. Before anything is changed you will see what the hand-over does: which sites receive or drop its data.</source>
        <translation>Le magasin devient Actif sur %1 et en lecture seule partout ailleurs. Avant tout changement, vous verrez ce que fait le transfert : quels sites reçoivent ou suppriment ses données.</translation>
    </message>
    <message>
        <source>The store is Active on %1. Other sites see it once you give them a sync type on the Stores page.</source>
        <translation>Le magasin est Actif sur %1. Les autres sites le voient dès que vous leur donnez un type de synchronisation sur la page Magasins.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::StoreListModel</name>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Home site</source>
        <translation>Site d&apos;origine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::StoreMatrixModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Home site: %1</source>
        <translation>Site d&apos;origine : %1</translation>
    </message>
    <message>
        <source>This is the store&apos;s home site. To move the home, make another site Active.</source>
        <translation>C&apos;est le site d&apos;origine du magasin. Pour déplacer l&apos;origine, rendez un autre site Actif.</translation>
    </message>
    <message>
        <source>Pending edit (was: %1).</source>
        <translation>Modification en attente (avant : %1).</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>non visible</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::StoresAdminTab</name>
    <message>
        <source>&amp;Add store…</source>
        <translation>&amp;Ajouter un magasin…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>&amp;Move home…</source>
        <translation>&amp;Déplacer l&apos;origine…</translation>
    </message>
    <message>
        <source>R&amp;etire…</source>
        <translation>R&amp;etirer…</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>Rechar&amp;ger</translation>
    </message>
    <message>
        <source>Make the selected store Active on another site (the hand-over), after a review of what each site receives or drops.</source>
        <translation>Rendre le magasin sélectionné Actif sur un autre site (la passation), après avoir vérifié ce que chaque site reçoit ou supprime.</translation>
    </message>
    <message>
        <source>Remove the selected store from the network, after a review of what each site drops.</source>
        <translation>Retirer le magasin sélectionné du réseau, après avoir vérifié ce que chaque site supprime.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Home site</source>
        <translation>Site d&apos;origine</translation>
    </message>
    <message>
        <source>The stores could not be loaded: %1</source>
        <translation>Les magasins n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>The store %1 was added, Active on %2.</source>
        <translation>Le magasin %1 a été ajouté, Actif sur %2.</translation>
    </message>
    <message>
        <source>Adding the store %1 failed</source>
        <translation>L&apos;ajout du magasin %1 a échoué</translation>
    </message>
    <message>
        <source>The store %1 is now called %2.</source>
        <translation>Le magasin %1 s&apos;appelle maintenant %2.</translation>
    </message>
    <message>
        <source>Renaming the store %1 failed</source>
        <translation>Le changement de nom du magasin %1 a échoué</translation>
    </message>
    <message>
        <source>&lt;b&gt;Move the home of %1 (%2)&lt;/b&gt; from %3 to %4: the store becomes Active on %4; %3 %5.</source>
        <translation>&lt;b&gt;Déplacer l&apos;origine de %1 (%2)&lt;/b&gt; de %3 vers %4 : le magasin devient Actif sur %4 ; %3 %5.</translation>
    </message>
    <message>
        <source>keeps a read-only (Collector) copy</source>
        <translation>garde une copie en lecture seule (Collecteur)</translation>
    </message>
    <message>
        <source>drops its data</source>
        <translation>supprime ses données</translation>
    </message>
    <message>
        <source>The store %1 is now Active on %2.</source>
        <translation>Le magasin %1 est maintenant Actif sur %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Retire the store %1 (%2)&lt;/b&gt;, Active on %3: it is removed from the network. No site syncs its data any more and the sites that held a copy drop it.</source>
        <translation>&lt;b&gt;Retirer le magasin %1 (%2)&lt;/b&gt;, Actif sur %3 : il est retiré du réseau. Plus aucun site ne synchronise ses données et les sites qui en avaient une copie la suppriment.</translation>
    </message>
    <message>
        <source>The store %1 was retired.</source>
        <translation>Le magasin %1 a été retiré.</translation>
    </message>
    <message>
        <source>The change was refused</source>
        <translation>Le changement a été refusé</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (révision %2)</translation>
    </message>
    <message>
        <source>Someone else changed the network meanwhile, so nothing was changed. The list now shows the latest network: check it and do your change again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié le réseau entre-temps, donc rien n&apos;a été modifié. La liste montre maintenant le réseau le plus récent : vérifiez-le et refaites votre changement.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::StoresPage</name>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Review and apply…</source>
        <translation>Vérifier et appliquer…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Stores and sync types&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Magasins et types de synchronisation&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Filter stores by code, name or home site</source>
        <translation>Filtrer les magasins par code, nom ou site d&apos;origine</translation>
    </message>
    <message>
        <source>Filter by code, name or home site</source>
        <translation>Filtrer par code, nom ou site d&apos;origine</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Annuler : %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rétablir : %1 (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Redo the edit undone</source>
        <translation>Rétablir la modification annulée</translation>
    </message>
    <message>
        <source>Discard all pending edits</source>
        <translation>Abandonner toutes les modifications en attente</translation>
    </message>
    <message>
        <source>Load the network from the hub again</source>
        <translation>Recharger le réseau depuis le serveur</translation>
    </message>
    <message>
        <source>Review the pending edits and apply them</source>
        <translation>Vérifier les modifications en attente et les appliquer</translation>
    </message>
    <message>
        <source>Sync types</source>
        <translation>Types de synchronisation</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Magasins</translation>
    </message>
    <message>
        <source>Store sync types by site</source>
        <translation>Types de synchronisation des magasins par site</translation>
    </message>
    <message>
        <source>Broken rules; activate one to go to its cell</source>
        <translation>Règles enfreintes ; activez-en une pour aller à sa cellule</translation>
    </message>
    <message>
        <source>Not connected to a hub: there is nothing to reload from.</source>
        <translation>Pas connecté à un serveur : rien à recharger.</translation>
    </message>
    <message>
        <source>Loading the network from the hub…</source>
        <translation>Chargement du réseau depuis le serveur…</translation>
    </message>
    <message>
        <source>Could not load the network: %1</source>
        <translation>Impossible de charger le réseau : %1</translation>
    </message>
    <message>
        <source>Loaded revision %1; your pending edits were kept on top of it.</source>
        <translation>Révision %1 chargée ; vos modifications en attente ont été gardées par-dessus.</translation>
    </message>
    <message>
        <source>Loaded revision %1. These edits no longer fit and were dropped: %2</source>
        <translation>Révision %1 chargée. Ces modifications ne s&apos;appliquent plus et ont été abandonnées : %2</translation>
    </message>
    <message>
        <source>The network has not changed on the hub (revision %1).</source>
        <translation>Le réseau n&apos;a pas changé sur le serveur (révision %1).</translation>
    </message>
    <message>
        <source>Sync-type edits not applied</source>
        <translation>Modifications de type de synchronisation non appliquées</translation>
    </message>
    <message numerus="yes">
        <source>%n sync-type change(s) on the Stores page are not applied to the hub yet.</source>
        <translation>
            <numerusform>%n changement de type de synchronisation sur la page Magasins n&apos;est pas encore appliqué au serveur.</numerusform>
            <numerusform>%n changements de type de synchronisation sur la page Magasins ne sont pas encore appliqués au serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review and apply them now, discard them, or cancel to keep them on the page and stay.</source>
        <translation>Vérifiez-les et appliquez-les maintenant, abandonnez-les, ou annulez pour les garder sur la page et rester.</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Vérifier et appliquer…</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>&amp;Les abandonner</translation>
    </message>
    <message>
        <source>Read-only: not connected to a hub. Sync types are changed on the hub; connect to it to edit them.</source>
        <translation>Lecture seule : pas connecté à un serveur. Les types de synchronisation se changent sur le serveur ; connectez-vous pour les modifier.</translation>
    </message>
    <message>
        <source>Read-only: only administrators can change sync types. You can look at them and at the audit log.</source>
        <translation>Lecture seule : seuls les administrateurs peuvent changer les types de synchronisation. Vous pouvez les consulter, ainsi que le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Read-only: this is a local copy of the network. Reload it from the hub to edit sync types.</source>
        <translation>Lecture seule : ceci est une copie locale du réseau. Rechargez-le depuis le serveur pour modifier les types de synchronisation.</translation>
    </message>
    <message>
        <source>Double-click a cell, or select it and press F2, to change a store&apos;s sync type on that site. Nothing changes on the hub until you review and apply.</source>
        <translation>Double-cliquez sur une cellule, ou sélectionnez-la et appuyez sur F2, pour changer le type de synchronisation d&apos;un magasin sur ce site. Rien ne change sur le serveur tant que vous n&apos;avez pas vérifié et appliqué.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No rule is broken.</source>
        <translation>Aucune règle n&apos;est enfreinte.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n rule(s) broken&lt;/b&gt; — click one to go to its cell:</source>
        <translation>
            <numerusform>&lt;b&gt;%n règle enfreinte&lt;/b&gt; — cliquez dessus pour aller à sa cellule :</numerusform>
            <numerusform>&lt;b&gt;%n règles enfreintes&lt;/b&gt; — cliquez sur l&apos;une d&apos;elles pour aller à sa cellule :</numerusform>
        </translation>
    </message>
    <message>
        <source>No pending edits</source>
        <translation>Aucune modification en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s)</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n store(s)</source>
        <translation>
            <numerusform> dans %n magasin</numerusform>
            <numerusform> dans %n magasins</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rules are broken: the review shows them and will not apply until they are fixed.</source>
        <translation>Des règles sont enfreintes : la vérification les montre et n&apos;appliquera rien tant qu&apos;elles ne sont pas corrigées.</translation>
    </message>
    <message>
        <source>Your edits were re-applied on revision %1. Review and apply them.</source>
        <translation>Vos modifications ont été réappliquées sur la révision %1. Vérifiez-les et appliquez-les.</translation>
    </message>
    <message>
        <source>Your edits were re-applied on revision %1, except: %2</source>
        <translation>Vos modifications ont été réappliquées sur la révision %1, sauf : %2</translation>
    </message>
    <message>
        <source>Your edits were discarded; this is the latest network (revision %1).</source>
        <translation>Vos modifications ont été abandonnées ; voici le réseau le plus récent (révision %1).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n change(s)&lt;/b&gt; to the network as loaded (revision %1):</source>
        <translation>
            <numerusform>&lt;b&gt;%n changement&lt;/b&gt; au réseau tel que chargé (révision %1) :</numerusform>
            <numerusform>&lt;b&gt;%n changements&lt;/b&gt; au réseau tel que chargé (révision %1) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied: the network is now at revision %1.</source>
        <translation>Appliqué : le réseau est maintenant à la révision %1.</translation>
    </message>
    <message>
        <source>someone else changed the network, and loading the latest failed: %1</source>
        <translation>quelqu&apos;un d&apos;autre a modifié le réseau, et le chargement de la version la plus récente a échoué : %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Someone else changed the network (now revision %1). Your edits are kept, based on revision %2.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié le réseau (maintenant révision %1). Vos modifications sont gardées, basées sur la révision %2.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SyncHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SyncPage</name>
    <message>
        <source>Result of the last sync</source>
        <translation>Résultat de la dernière synchronisation</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Dernière synchronisation réussie</translation>
    </message>
    <message>
        <source>Records waiting to be sent</source>
        <translation>Enregistrements en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Dernière synchronisation réussie :</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>En attente d&apos;envoi :</translation>
    </message>
    <message>
        <source>Automatic sync interval</source>
        <translation>Intervalle de synchronisation automatique</translation>
    </message>
    <message>
        <source>Off (sync only when asked)</source>
        <translation>Désactivée (synchronisation seulement sur demande)</translation>
    </message>
    <message>
        <source>Automatic sync:</source>
        <translation>Synchronisation automatique :</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <source>Records, rate and time left</source>
        <translation>Enregistrements, débit et temps restant</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Stages of the session</source>
        <translation>Étapes de la session</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>Historique de synchronisation</translation>
    </message>
    <message>
        <source>Quarantined records</source>
        <translation>Enregistrements en quarantaine</translation>
    </message>
    <message>
        <source>Details of the selected record</source>
        <translation>Détails de l&apos;enregistrement sélectionné</translation>
    </message>
    <message>
        <source>Select a record to see why it was refused and what it holds.</source>
        <translation>Sélectionnez un enregistrement pour voir pourquoi il a été refusé et ce qu&apos;il contient.</translation>
    </message>
    <message>
        <source>&amp;Retry all</source>
        <translation>&amp;Tout réessayer</translation>
    </message>
    <message>
        <source>Retry the quarantined records</source>
        <translation>Réessayer les enregistrements en quarantaine</translation>
    </message>
    <message>
        <source>Send the quarantined records again, as they are now</source>
        <translation>Renvoyer les enregistrements en quarantaine, tels qu&apos;ils sont maintenant</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exporter...</translation>
    </message>
    <message>
        <source>Export the quarantine to a file</source>
        <translation>Exporter la quarantaine dans un fichier</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>The sync history could not be read: %1</source>
        <translation>L&apos;historique de synchronisation n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Quarantine (%1)</source>
        <translation>Quarantaine (%1)</translation>
    </message>
    <message>
        <source>Last sync %1: %2. %3</source>
        <translation>Dernière synchronisation %1 : %2. %3</translation>
    </message>
    <message>
        <source>%1 sent, %2 received.</source>
        <translation>%1 envoyés, %2 reçus.</translation>
    </message>
    <message>
        <source>This site has not synced yet. Press Sync now to start.</source>
        <translation>Ce site ne s&apos;est pas encore synchronisé. Appuyez sur Synchroniser pour commencer.</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Démarrage...</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Synchronisation...</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Stop this sync; what was received so far is kept</source>
        <translation>Arrêter cette synchronisation ; ce qui a déjà été reçu est gardé</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Send this site&apos;s changes and receive the others&apos; (Ctrl+S, F5)</source>
        <translation>Envoyer les modifications de ce site et recevoir celles des autres (Ctrl+S, F5)</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The interval is used until the app closes, but it could not be saved: %1</source>
        <translation>L&apos;intervalle est utilisé jusqu&apos;à la fermeture de l&apos;application, mais il n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Every %1 seconds</source>
        <translation>Toutes les %1 secondes</translation>
    </message>
    <message>
        <source>Table: %1
Record: %2
</source>
        <translation>Table : %1
Enregistrement : %2
</translation>
    </message>
    <message>
        <source>Store: %1
</source>
        <translation>Magasin : %1
</translation>
    </message>
    <message>
        <source>Reason: %1 (%2)
In the quarantine since: %3
Retries: %4
</source>
        <translation>Motif : %1 (%2)
En quarantaine depuis : %3
Essais : %4
</translation>
    </message>
    <message>
        <source>Session: #%1
</source>
        <translation>Session : n° %1
</translation>
    </message>
    <message>
        <source>
The record as it was refused:
</source>
        <translation>
L&apos;enregistrement tel qu&apos;il a été refusé :
</translation>
    </message>
    <message>
        <source>Export the quarantine</source>
        <translation>Exporter la quarantaine</translation>
    </message>
    <message>
        <source>quarantine.json</source>
        <translation>quarantaine.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1 écrit dans %2.</translation>
    </message>
    <message>
        <source>Sending the quarantined records again...</source>
        <translation>Nouvel envoi des enregistrements en quarantaine...</translation>
    </message>
    <message>
        <source>%1 sent again; all went through.</source>
        <translation>%1 renvoyés ; tous sont passés.</translation>
    </message>
    <message>
        <source>%1 sent again: %2 went through, %3 still refused.</source>
        <translation>%1 renvoyés : %2 sont passés, %3 toujours refusés.</translation>
    </message>
    <message>
        <source>The retry failed: %1</source>
        <translation>Le nouvel essai a échoué : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Syncing: %1</source>
        <translation>Synchronisation : %1</translation>
    </message>
    <message>
        <source>Offline: last synced %1</source>
        <translation>Hors ligne : dernière synchronisation %1</translation>
    </message>
    <message>
        <source>Offline: not synced with the server yet</source>
        <translation>Hors ligne : pas encore synchronisé avec le serveur</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Offline: the last sync could not reach the server. Your work is kept here and is sent at the next successful sync.</source>
        <translation>Hors ligne : la dernière synchronisation n&apos;a pas pu joindre le serveur. Votre travail est gardé ici et sera envoyé à la prochaine synchronisation réussie.</translation>
    </message>
    <message>
        <source>Offline: this site has not reached the server yet.</source>
        <translation>Hors ligne : ce site n&apos;a pas encore joint le serveur.</translation>
    </message>
    <message>
        <source>Connection to the server</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Dernière synchronisation réussie : %1</translation>
    </message>
    <message>
        <source>Result of the last sync: %1</source>
        <translation>Résultat de la dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>En attente d&apos;envoi : %1</translation>
    </message>
    <message>
        <source>Current stage: %1</source>
        <translation>Étape en cours : %1</translation>
    </message>
    <message>
        <source>Records, rate and time left: %1</source>
        <translation>Enregistrements, débit et temps restant : %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Nouvel essai dans %n seconde.</numerusform>
            <numerusform>Nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n minute(s).</source>
        <translation>
            <numerusform>Nouvel essai dans %n minute.</numerusform>
            <numerusform>Nouvel essai dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again at the next automatic sync, %1.</source>
        <translation>Nouvel essai à la prochaine synchronisation automatique, à %1.</translation>
    </message>
    <message>
        <source>Automatic sync is off: sync again when the connection is back.</source>
        <translation>La synchronisation automatique est désactivée : synchronisez à nouveau quand la connexion est rétablie.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SyncStageModel</name>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SyncText</name>
    <message>
        <source>Connecting to the server</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <source>Sending %1 data</source>
        <translation>Envoi des données %1</translation>
    </message>
    <message>
        <source>Receiving and saving %1 data</source>
        <translation>Réception et enregistrement des données %1</translation>
    </message>
    <message>
        <source>Processing transfers</source>
        <translation>Traitement des transferts</translation>
    </message>
    <message>
        <source>Reporting to the server</source>
        <translation>Rapport au serveur</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>il y a 1 minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>il y a %1 minutes</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>il y a 1 heure</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>il y a %1 heures</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>less than a second left</source>
        <translation>moins d&apos;une seconde restante</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>environ %1 s restantes</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>environ %1 restantes</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>rien à faire</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>%1 écrits</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 enregistrements sur %2</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 enregistrements</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 enregistrements/s</translation>
    </message>
    <message>
        <source>%1 sent, %2 received</source>
        <translation>%1 envoyés, %2 reçus</translation>
    </message>
    <message>
        <source>Sync finished: %1.</source>
        <translation>Synchronisation terminée : %1.</translation>
    </message>
    <message>
        <source>Sync finished: %1, but 1 record was refused and kept in the quarantine.</source>
        <translation>Synchronisation terminée : %1, mais 1 enregistrement a été refusé et mis en quarantaine.</translation>
    </message>
    <message>
        <source>Sync finished: %1, but %2 records were refused and kept in the quarantine.</source>
        <translation>Synchronisation terminée : %1, mais %2 enregistrements ont été refusés et mis en quarantaine.</translation>
    </message>
    <message>
        <source>Sync cancelled. Nothing was lost: the next sync resumes where this one stopped.</source>
        <translation>Synchronisation annulée. Rien n&apos;est perdu : la prochaine synchronisation reprend là où celle-ci s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>Échec de la synchronisation.</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 enregistrement</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Toutes les minutes</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Toutes les %1 minutes</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SyncTrayIcon</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <source>&amp;Open SyncSites</source>
        <translation>&amp;Ouvrir SyncSites</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Synchronisation...</translation>
    </message>
    <message>
        <source>SyncSites</source>
        <translation>SyncSites</translation>
    </message>
    <message>
        <source>SyncSites: %1</source>
        <translation>SyncSites : %1</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>&amp;Quit SyncSites</source>
        <translation>&amp;Quitter SyncSites</translation>
    </message>
    <message>
        <source>SyncSites keeps syncing in the background. Open it from this icon; to stop it, choose Quit in the icon&apos;s menu or in the File menu.</source>
        <translation>SyncSites continue à synchroniser en arrière-plan. Ouvrez-le depuis cette icône ; pour l&apos;arrêter, choisissez Quitter dans le menu de l&apos;icône ou dans le menu Fichier.</translation>
    </message>
    <message>
        <source>SyncSites is still running</source>
        <translation>SyncSites fonctionne toujours</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SyncTypeDelegate</name>
    <message>
        <source>Sync type of %1 on %2</source>
        <translation>Type de synchronisation de %1 sur %2</translation>
    </message>
    <message>
        <source>None (not visible)</source>
        <translation>Aucun (non visible)</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::TemperatureLogDialog</name>
    <message>
        <source>Temperature reading in %1</source>
        <translation>Relevé de température dans %1</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Relevé le</translation>
    </message>
    <message>
        <source>Temperature in degrees Celsius</source>
        <translation>Température en degrés Celsius</translation>
    </message>
    <message>
        <source>&amp;Asset:</source>
        <translation>&amp;Équipement :</translation>
    </message>
    <message>
        <source>&amp;Read at:</source>
        <translation>&amp;Relevé le :</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Température :</translation>
    </message>
    <message>
        <source>%1 has no asset yet: add one first (Add asset).</source>
        <translation>%1 n&apos;a pas encore d&apos;équipement : ajoutez-en un d&apos;abord (Ajouter un équipement).</translation>
    </message>
    <message>
        <source>The reading is sent to the cold-chain hub at the next sync.</source>
        <translation>Le relevé est envoyé au serveur de la chaîne du froid à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>Outside the 2–8 °C range vaccines are kept in.</source>
        <translation>Hors de la plage de 2 à 8 °C où l&apos;on garde les vaccins.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::TopologyFileTab</name>
    <message>
        <source>Topology files (*.json);;All files (*)</source>
        <translation>Fichiers de topologie (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 gets the data of store %2 (%3).</source>
        <translation>%1 reçoit les données du magasin %2 (%3).</translation>
    </message>
    <message>
        <source>%1 drops the data of store %2 (it was %3 there).</source>
        <translation>%1 supprime les données du magasin %2 (il y était %3).</translation>
    </message>
    <message>
        <source>Store %1 moves home from %2 to %3; changes %2 has not sent yet are refused.</source>
        <translation>Le magasin %1 change d&apos;origine, de %2 vers %3 ; les modifications que %2 n&apos;a pas encore envoyées sont refusées.</translation>
    </message>
    <message>
        <source>&amp;Export to a file…</source>
        <translation>&amp;Exporter dans un fichier…</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <source>The whole network as one file (sites, their links, stores and where each store is Active, Collector or Transfer). Export it to keep a copy or edit it; importing a file checks it first and shows what it would change before anything is applied.</source>
        <translation>Tout le réseau dans un seul fichier (les sites, leurs liens, les magasins et où chaque magasin est Actif, Collecteur ou Transfert). Exportez-le pour en garder une copie ou le modifier ; l&apos;import d&apos;un fichier le vérifie d&apos;abord et montre ce qu&apos;il changerait avant toute application.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;import</translation>
    </message>
    <message>
        <source>Export the network</source>
        <translation>Exporter le réseau</translation>
    </message>
    <message>
        <source>Import a network</source>
        <translation>Importer un réseau</translation>
    </message>
    <message>
        <source>The network could not be read: %1</source>
        <translation>Le réseau n&apos;a pas pu être lu : %1</translation>
    </message>
    <message numerus="yes">
        <source>The hub&apos;s network: %n site(s), </source>
        <translation>
            <numerusform>Le réseau du serveur : %n site, </numerusform>
            <numerusform>Le réseau du serveur : %n sites, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n store(s) </source>
        <translation>
            <numerusform>%n magasin </numerusform>
            <numerusform>%n magasins </numerusform>
        </translation>
    </message>
    <message>
        <source>(revision %1).</source>
        <translation>(révision %1).</translation>
    </message>
    <message>
        <source>Reading the network…</source>
        <translation>Lecture du réseau…</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté : %1</translation>
    </message>
    <message>
        <source>Not exported: %1 could not be written (%2). Choose another folder.</source>
        <translation>Non exporté : %1 n&apos;a pas pu être écrit (%2). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Exported the network (revision %1) to %2.</source>
        <translation>Réseau (révision %1) exporté dans %2.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MB: it is not a topology file.</source>
        <translation>%1 dépasse 16 Mo : ce n&apos;est pas un fichier de topologie.</translation>
    </message>
    <message>
        <source>%1 is not a topology file: %2 Nothing was changed.</source>
        <translation>%1 n&apos;est pas un fichier de topologie : %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>The file breaks %n rule(s) of the network, listed above. Fix them and import it again; nothing was changed.</source>
        <translation>
            <numerusform>Le fichier enfreint %n règle du réseau, listée ci-dessus. Corrigez-la et importez-le à nouveau ; rien n&apos;a été modifié.</numerusform>
            <numerusform>Le fichier enfreint %n règles du réseau, listées ci-dessus. Corrigez-les et importez-le à nouveau ; rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace the network&lt;/b&gt; with %1: %2 sites and %3 stores (now %4 and %5).</source>
        <translation>&lt;b&gt;Remplacer le réseau&lt;/b&gt; par %1 : %2 sites et %3 magasins (actuellement %4 et %5).</translation>
    </message>
    <message>
        <source>The file changes no store&apos;s visibility; review it and apply.</source>
        <translation>Le fichier ne change la visibilité d&apos;aucun magasin ; vérifiez-le et appliquez.</translation>
    </message>
    <message numerus="yes">
        <source>The file changes what %n store/site pair(s) hold, listed above; review and apply.</source>
        <translation>
            <numerusform>Le fichier change ce que contient %n couple magasin/site, listé ci-dessus ; vérifiez et appliquez.</numerusform>
            <numerusform>Le fichier change ce que contiennent %n couples magasin/site, listés ci-dessus ; vérifiez et appliquez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone changed the network while you reviewed the file; nothing was applied. Import the file again to review it against the network as it is now.</source>
        <translation>Quelqu&apos;un a modifié le réseau pendant votre vérification du fichier ; rien n&apos;a été appliqué. Importez à nouveau le fichier pour le vérifier par rapport au réseau actuel.</translation>
    </message>
    <message>
        <source>The network was not replaced</source>
        <translation>Le réseau n&apos;a pas été remplacé</translation>
    </message>
    <message>
        <source>The network was replaced (revision %1). Sites get the changes at their next sync.</source>
        <translation>Le réseau a été remplacé (révision %1). Les sites reçoivent les changements à leur prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::TopologyLegend</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Stores:</source>
        <translation>Magasins :</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Liens :</translation>
    </message>
    <message>
        <source>core data</source>
        <translation>données core</translation>
    </message>
    <message>
        <source>oms data</source>
        <translation>données oms</translation>
    </message>
    <message>
        <source>client of a server</source>
        <translation>client d&apos;un serveur</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::TopologyPage</name>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Network drawing</source>
        <translation>Dessin du réseau</translation>
    </message>
    <message>
        <source>Find a site</source>
        <translation>Chercher un site</translation>
    </message>
    <message>
        <source>Find a site by name…</source>
        <translation>Chercher un site par son nom…</translation>
    </message>
    <message>
        <source>Show sites of kind</source>
        <translation>Afficher les sites du type</translation>
    </message>
    <message>
        <source>Dim the sites of other kinds</source>
        <translation>Griser les sites des autres types</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Show sites with sync health</source>
        <translation>Afficher les sites dans l&apos;état de synchronisation</translation>
    </message>
    <message>
        <source>Dim the sites in another state of sync health</source>
        <translation>Griser les sites dans un autre état de synchronisation</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Exporter en &amp;SVG…</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Zoom avant (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit to window (Ctrl+0)</source>
        <translation>Ajuster à la fenêtre (Ctrl+0)</translation>
    </message>
    <message>
        <source>Export the drawing as a PNG image</source>
        <translation>Exporter le dessin en image PNG</translation>
    </message>
    <message>
        <source>Export the drawing as an SVG file</source>
        <translation>Exporter le dessin en fichier SVG</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export the drawing as a PNG image or an SVG file</source>
        <translation>Exporter le dessin en image PNG ou en fichier SVG</translation>
    </message>
    <message>
        <source>%1 of %2 sites match the filters; the others are dimmed.</source>
        <translation>%1 sites sur %2 correspondent aux filtres ; les autres sont grisés.</translation>
    </message>
    <message>
        <source>No site&apos;s name contains “%1”.</source>
        <translation>Aucun nom de site ne contient « %1 ».</translation>
    </message>
    <message>
        <source>SyncSites network</source>
        <translation>Réseau SyncSites</translation>
    </message>
    <message>
        <source>The sites of the network, their links and their stores&apos; sync types.</source>
        <translation>Les sites du réseau, leurs liens et les types de synchronisation de leurs magasins.</translation>
    </message>
    <message>
        <source>Export the drawing as SVG</source>
        <translation>Exporter le dessin en SVG</translation>
    </message>
    <message>
        <source>SVG files (*.svg)</source>
        <translation>Fichiers SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the drawing as PNG</source>
        <translation>Exporter le dessin en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved the drawing to %1.</source>
        <translation>Dessin enregistré dans %1.</translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder exists and is writable.</source>
        <translation>Impossible d&apos;écrire %1 : vérifiez que le dossier existe et qu&apos;on peut y écrire.</translation>
    </message>
    <message>
        <source>No site selected (sites: %1). The arrow keys choose a site, Enter centres it.</source>
        <translation>Aucun site sélectionné (sites : %1). Les flèches choisissent un site, Entrée le centre.</translation>
    </message>
    <message>
        <source>%1, last success %2. Site %3 of %4.</source>
        <translation>%1, dernière réussite %2. Site %3 sur %4.</translation>
    </message>
    <message>
        <source>%1. Site %2 of %3.</source>
        <translation>%1. Site %2 sur %3.</translation>
    </message>
    <message>
        <source>Sites: %1. Drag to pan, use the wheel to zoom, click a site (or use the arrow keys) for its details.</source>
        <translation>Sites : %1. Faites glisser pour vous déplacer, la molette pour zoomer ; cliquez sur un site (ou utilisez les flèches) pour ses détails.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::TransferDialog</name>
    <message>
        <source>New transfer from %1</source>
        <translation>Nouveau transfert depuis %1</translation>
    </message>
    <message>
        <source>Ship to:</source>
        <translation>Expédier à :</translation>
    </message>
    <message>
        <source>Store to ship to</source>
        <translation>Magasin destinataire</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Article :</translation>
    </message>
    <message>
        <source>Item to ship</source>
        <translation>Article à expédier</translation>
    </message>
    <message>
        <source>Packs:</source>
        <translation>Colis :</translation>
    </message>
    <message>
        <source>Packs to ship</source>
        <translation>Colis à expédier</translation>
    </message>
    <message>
        <source>The shipment leaves %1 now, with status shipped. The receiving store&apos;s site gets it at its next sync, after this site has synced.</source>
        <translation>L&apos;expédition part de %1 maintenant, avec le statut expédié. Le site du magasin destinataire la reçoit à sa prochaine synchronisation, après celle de ce site.</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 here)</source>
        <translation>%1 – %2 (%3 ici)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Expédier</translation>
    </message>
    <message>
        <source>In stock: %1 packs; the most in one batch: %2.</source>
        <translation>En stock : %1 colis ; le plus dans un seul lot : %2.</translation>
    </message>
    <message>
        <source>No stock line of this item here: it is shipped untracked.</source>
        <translation>Aucune ligne de stock de cet article ici : il est expédié sans suivi.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::UserEditDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Change a user</source>
        <translation>Modifier un utilisateur</translation>
    </message>
    <message>
        <source>letters, digits, . _ - @</source>
        <translation>lettres, chiffres, . _ - @</translation>
    </message>
    <message>
        <source>Filter sites</source>
        <translation>Filtrer les sites</translation>
    </message>
    <message>
        <source>Filter the list of sites</source>
        <translation>Filtrer la liste des sites</translation>
    </message>
    <message>
        <source>Sites the person works at</source>
        <translation>Sites où la personne travaille</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Si&amp;tes the person works at:</source>
        <translation>Si&amp;tes où la personne travaille :</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::UserTableModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::UsersTab</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Comptes utilisateurs</translation>
    </message>
    <message>
        <source>Change the full name, role and sites of the selected user (Enter)</source>
        <translation>Modifier le nom complet, le rôle et les sites de l&apos;utilisateur sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Give the selected user a new random password, shown once</source>
        <translation>Donner à l&apos;utilisateur sélectionné un nouveau mot de passe aléatoire, affiché une seule fois</translation>
    </message>
    <message>
        <source>The list of sites could not be loaded: %1</source>
        <translation>La liste des sites n&apos;a pas pu être chargée : %1</translation>
    </message>
    <message>
        <source>Added the user %1.</source>
        <translation>Utilisateur %1 ajouté.</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <source>The hub made this password for %1. Give it to them: they sign in with the user name %1 and this password.</source>
        <translation>Le serveur a créé ce mot de passe pour %1. Donnez-le-lui : la personne se connecte avec le nom d&apos;utilisateur %1 et ce mot de passe.</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation>Modifications de %1 enregistrées.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Give %1 a new random password? The present one stops working at once, and %1 is signed out everywhere.</source>
        <translation>Donner un nouveau mot de passe aléatoire à %1 ? L&apos;actuel ne marche plus tout de suite, et %1 est déconnecté partout.</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Reset the password of %1.</source>
        <translation>Réinitialiser le mot de passe de %1.</translation>
    </message>
    <message>
        <source>New password of %1</source>
        <translation>Nouveau mot de passe de %1</translation>
    </message>
    <message>
        <source>%1 now signs in with this password. Give it to them.</source>
        <translation>%1 se connecte maintenant avec ce mot de passe. Donnez-le-lui.</translation>
    </message>
    <message>
        <source>Enabled the account of %1: they can sign in again.</source>
        <translation>Compte de %1 réactivé : la personne peut à nouveau se connecter.</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Désactiver le compte</translation>
    </message>
    <message>
        <source>Disable the account of %1? They are signed out everywhere and cannot sign in until it is enabled again. Nothing they did is deleted.</source>
        <translation>Désactiver le compte de %1 ? La personne est déconnectée partout et ne peut plus se connecter tant que le compte n&apos;est pas réactivé. Rien de ce qu&apos;elle a fait n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Disabled the account of %1.</source>
        <translation>Compte de %1 désactivé.</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>Disable the selected account: the person can no longer sign in</source>
        <translation>Désactiver le compte sélectionné : la personne ne peut plus se connecter</translation>
    </message>
    <message>
        <source>Enable the selected account again</source>
        <translation>Réactiver le compte sélectionné</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Non effectué : %1</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make another user an administrator first, so that someone can still manage the network, then change or disable this account.</source>
        <translation>%1 est le dernier administrateur actif ; faites d&apos;abord d&apos;un autre utilisateur un administrateur, pour que quelqu&apos;un puisse encore gérer le réseau, puis modifiez ou désactivez ce compte.</translation>
    </message>
    <message>
        <source>There is already a user named %1. Choose another user name, or change that account.</source>
        <translation>Il existe déjà un utilisateur nommé %1. Choisissez un autre nom d&apos;utilisateur, ou modifiez ce compte.</translation>
    </message>
    <message>
        <source>Only administrators may manage users. Sign in as an administrator.</source>
        <translation>Seuls les administrateurs peuvent gérer les utilisateurs. Connectez-vous en tant qu&apos;administrateur.</translation>
    </message>
</context>
</TS>
