<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AdminErrorText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>No se pudo leer la respuesta del servidor (%1). Verifique que el servidor tenga la misma versión que esta aplicación.</translation>
    </message>
</context>
<context>
    <name>AppMode</name>
    <message>
        <source>Standalone site</source>
        <translation>Sitio independiente</translation>
    </message>
    <message>
        <source>Client of a server</source>
        <translation>Cliente de un servidor</translation>
    </message>
    <message>
        <source>Network console</source>
        <translation>Consola de la red</translation>
    </message>
</context>
<context>
    <name>CatalogueItem</name>
    <message>
        <source>The item code is empty. Every item needs a code, e.g. PARA500.</source>
        <translation>El código del artículo está vacío. Cada artículo necesita un código, p. ej. PARA500.</translation>
    </message>
    <message>
        <source>The item code &quot;%1&quot; starts or ends with spaces.</source>
        <translation>El código de artículo &quot;%1&quot; empieza o termina con espacios.</translation>
    </message>
    <message>
        <source>The item code &quot;%1…&quot; is longer than %2 characters.</source>
        <translation>El código de artículo &quot;%1…&quot; tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The item code &quot;%1&quot; holds a slash or a control character; use letters, digits, dots or dashes.</source>
        <translation>El código de artículo &quot;%1&quot; contiene una barra o un carácter de control; use letras, números, puntos o guiones.</translation>
    </message>
    <message>
        <source>The item name is empty.</source>
        <translation>El nombre del artículo está vacío.</translation>
    </message>
    <message>
        <source>The item name &quot;%1…&quot; is longer than %2 characters.</source>
        <translation>El nombre de artículo &quot;%1…&quot; tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The item name &quot;%1&quot; holds a control character.</source>
        <translation>El nombre de artículo &quot;%1&quot; contiene un carácter de control.</translation>
    </message>
    <message>
        <source>The unit &quot;%1…&quot; is longer than %2 characters.</source>
        <translation>La unidad &quot;%1…&quot; tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; holds a control character.</source>
        <translation>La unidad &quot;%1&quot; contiene un carácter de control.</translation>
    </message>
    <message>
        <source>The pack size must be a whole number from 1 to %1 (units in one pack).</source>
        <translation>El tamaño del empaque debe ser un número entero de 1 a %1 (unidades por empaque).</translation>
    </message>
</context>
<context>
    <name>ClockSkew</name>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the server&apos;s. Set its date, time and time zone correctly: records and sync times saved here are wrong until then.</source>
        <translation>El reloj de esta computadora está %1 adelantado respecto al del servidor. Configure bien su fecha, hora y zona horaria: hasta entonces, los registros y las horas de sincronización guardados aquí son incorrectos.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the server&apos;s. Set its date, time and time zone correctly: records and sync times saved here are wrong until then.</source>
        <translation>El reloj de esta computadora está %1 atrasado respecto al del servidor. Configure bien su fecha, hora y zona horaria: hasta entonces, los registros y las horas de sincronización guardados aquí son incorrectos.</translation>
    </message>
    <message>
        <source>Clock %1 ahead of the server&apos;s</source>
        <translation>Reloj %1 adelantado respecto al servidor</translation>
    </message>
    <message>
        <source>Clock %1 behind the server&apos;s</source>
        <translation>Reloj %1 atrasado respecto al servidor</translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Stock lines</source>
        <translation>Líneas de stock</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Shipment lines</source>
        <translation>Líneas de envío</translation>
    </message>
    <message>
        <source>Requisitions</source>
        <translation>Requisiciones</translation>
    </message>
    <message>
        <source>Requisition lines</source>
        <translation>Líneas de requisición</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Temperature logs</source>
        <translation>Registros de temperatura</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Almacenes</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <source>Site links</source>
        <translation>Vínculos entre sitios</translation>
    </message>
    <message>
        <source>Store visibility</source>
        <translation>Visibilidad de almacenes</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Cannot create the demo folder %1. Choose a folder you can write to.</source>
        <translation>No se puede crear la carpeta de demostración %1. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Cannot read %1. Delete the demo folder to make a new demo.</source>
        <translation>No se puede leer %1. Elimine la carpeta de demostración para crear una demostración nueva.</translation>
    </message>
</context>
<context>
    <name>HubApiClient</name>
    <message>
        <source>The server&apos;s answer could not be read (%1: %2). The server may run a different version of SyncSites; ask its administrator.</source>
        <translation>No se pudo leer la respuesta del servidor (%1: %2). Puede que el servidor tenga otra versión de SyncSites; consulte a su administrador.</translation>
    </message>
    <message>
        <source>The connection through the proxy %1 to the server %2 failed. Check the proxy in Settings, or clear it if this network has none.</source>
        <translation>Falló la conexión al servidor %2 a través del proxy %1. Verifique el proxy en Configuración, o bórrelo si esta red no usa proxy.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the server address in Settings and that this computer is connected to the network.</source>
        <translation>No se encontró el servidor %1. Verifique la dirección del servidor en Configuración y que esta computadora esté conectada a la red.</translation>
    </message>
    <message>
        <source>Nothing answers at %1. Check the server address and port in Settings; the server may also be stopped.</source>
        <translation>Nada responde en %1. Verifique la dirección y el puerto del servidor en Configuración; también puede que el servidor esté detenido.</translation>
    </message>
    <message>
        <source>The server at %1 closed the secure connection: it may not speak https at this address. Try the address with http:// instead, or check the port in Settings.</source>
        <translation>El servidor en %1 cerró la conexión segura: puede que no use https en esta dirección. Pruebe la dirección con http://, o verifique el puerto en Configuración.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection without answering. Check the server address and port in Settings, or ask its administrator.</source>
        <translation>El servidor %1 cerró la conexión sin responder. Verifique la dirección y el puerto del servidor en Configuración, o consulte a su administrador.</translation>
    </message>
    <message>
        <source>The server %1 took too long to answer. The connection may be slow; try again.</source>
        <translation>El servidor %1 tardó demasiado en responder. Puede que la conexión sea lenta; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server at %1 does not speak https at this address. Try the address with http:// instead, or check the port in Settings.</source>
        <translation>El servidor en %1 no usa https en esta dirección. Pruebe la dirección con http://, o verifique el puerto en Configuración.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted. Ask the administrator for the certificate authority file and set it in Settings.</source>
        <translation>Falló la conexión segura a %1: su certificado no es de confianza. Pida al administrador el archivo de la autoridad de certificación e indíquelo en Configuración.</translation>
    </message>
    <message>
        <source>This computer has no network connection. Connect it and try again.</source>
        <translation>Esta computadora no tiene conexión de red. Conéctela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The proxy refused the connection. Check the proxy in Settings.</source>
        <translation>El proxy rechazó la conexión. Verifique el proxy en Configuración.</translation>
    </message>
    <message>
        <source>The server %1 could not be reached (%2). Try again later.</source>
        <translation>No se pudo contactar al servidor %1 (%2). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1) and no explanation. Try again later or ask its administrator.</source>
        <translation>El servidor respondió con un error (HTTP %1) sin explicación. Vuelva a intentarlo más tarde o consulte a su administrador.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1). Try again later.</source>
        <translation>El servidor respondió con un error (HTTP %1). Vuelva a intentarlo más tarde.</translation>
    </message>
</context>
<context>
    <name>HubDataActionsClient</name>
    <message>
        <source>The server&apos;s answer to %1 was not understood. It may run another version; ask its administrator.</source>
        <translation>No se entendió la respuesta del servidor a %1. Puede que tenga otra versión; consulte a su administrador.</translation>
    </message>
    <message>
        <source>a question about a store&apos;s actions</source>
        <translation>una consulta sobre las acciones de un almacén</translation>
    </message>
</context>
<context>
    <name>HubSetUpClient</name>
    <message>
        <source>The server&apos;s answer could not be read (%1). Check that the address is a SyncSites server, or try again later.</source>
        <translation>No se pudo leer la respuesta del servidor (%1). Verifique que la dirección sea la de un servidor SyncSites, o vuelva a intentarlo más tarde.</translation>
    </message>
</context>
<context>
    <name>HubSitesClient</name>
    <message>
        <source>The server answered without a secret.</source>
        <translation>El servidor respondió sin secreto.</translation>
    </message>
</context>
<context>
    <name>Integrator</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Se canceló la sincronización.</translation>
    </message>
</context>
<context>
    <name>ItemCsv</name>
    <message>
        <source>The file has more than %1 lines. Split it into smaller files and import them one after the other.</source>
        <translation>El archivo tiene más de %1 líneas. Divídalo en archivos más pequeños e impórtelos uno tras otro.</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed (a &quot; is missing). Fix the file in a spreadsheet or text editor and import it again.</source>
        <translation>Un campo entre comillas que empieza en la línea %1 nunca se cierra (falta una &quot;). Corrija el archivo en una hoja de cálculo o un editor de texto y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>The file is empty. An items file starts with a header line such as &quot;code,name,unit,pack_size&quot;, then one item a line.</source>
        <translation>El archivo está vacío. Un archivo de artículos empieza con una línea de encabezado como &quot;code,name,unit,pack_size&quot; y luego un artículo por línea.</translation>
    </message>
    <message>
        <source>The header names the column &quot;%1&quot; twice (columns %2 and %3).</source>
        <translation>El encabezado nombra dos veces la columna &quot;%1&quot; (columnas %2 y %3).</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least &quot;code&quot; (and &quot;name&quot; for new items); it reads &quot;%1&quot;.</source>
        <translation>La primera línea debe nombrar las columnas, con al menos &quot;code&quot; (y &quot;name&quot; para artículos nuevos); dice &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>(It reads &quot;%1&quot;.)</source>
        <translation>(Dice &quot;%1&quot;.)</translation>
    </message>
    <message>
        <source>&quot;active&quot; must be yes or no (it reads &quot;%1&quot;).</source>
        <translation>&quot;active&quot; debe ser yes o no (dice &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The line has %1 fields but the header names %2: a field may hold an unquoted &quot;%3&quot;. Put such a field in double quotes.</source>
        <translation>La línea tiene %1 campos, pero el encabezado nombra %2: puede que un campo contenga un &quot;%3&quot; sin comillas. Ponga ese campo entre comillas dobles.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulación</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already on line %2; each item may be on one line only.</source>
        <translation>El código &quot;%1&quot; ya está en la línea %2; cada artículo puede estar en una sola línea.</translation>
    </message>
</context>
<context>
    <name>LocalUsers</name>
    <message>
        <source>reading the user accounts</source>
        <translation>leyendo las cuentas de usuario</translation>
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <source>Success</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Completada en parte</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
</context>
<context>
    <name>PushBatch</name>
    <message>
        <source>This record is too large to sync: %1 KiB, where the server takes at most %2 KiB in one request. Shorten it (a long note or comment), then retry it from the quarantine.</source>
        <translation>Este registro es demasiado grande para sincronizarlo: %1 KiB, y el servidor acepta como máximo %2 KiB por solicitud. Acórtelo (una nota o un comentario largo) y luego vuelva a intentarlo desde la cuarentena.</translation>
    </message>
</context>
<context>
    <name>PushRules</name>
    <message>
        <source>The site &quot;%1&quot; is not part of this network.</source>
        <translation>El sitio &quot;%1&quot; no forma parte de esta red.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not sync %2 data with this server, so it cannot send %3 records.</source>
        <translation>&quot;%1&quot; no sincroniza datos %2 con este servidor, así que no puede enviar registros %3.</translation>
    </message>
    <message>
        <source>%1 records are central data: they are changed only on the central server, by an administrator.</source>
        <translation>Los registros %1 son datos centrales: solo un administrador los cambia, en el servidor central.</translation>
    </message>
    <message>
        <source>The record names store &quot;%1&quot;, which this network does not have.</source>
        <translation>El registro nombra el almacén &quot;%1&quot;, que no existe en esta red.</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>no visible</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; is %2 on &quot;%3&quot;; only its home site &quot;%4&quot; may change its data. The change was kept in quarantine.</source>
        <translation>El almacén &quot;%1&quot; es %2 en &quot;%3&quot;; solo su sitio de origen &quot;%4&quot; puede cambiar sus datos. El cambio quedó en cuarentena.</translation>
    </message>
    <message>
        <source>The transfer names partner store &quot;%1&quot;, which this network does not have.</source>
        <translation>La transferencia nombra el almacén asociado &quot;%1&quot;, que no existe en esta red.</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; is not visible on &quot;%2&quot;, so a transfer to it cannot start here. Ask an administrator to make it a Transfer store on this site.</source>
        <translation>El almacén &quot;%1&quot; no es visible en &quot;%2&quot;, así que no se puede iniciar aquí una transferencia hacia él. Pida a un administrador que lo haga almacén de Transferencia en este sitio.</translation>
    </message>
    <message>
        <source>This record answers a shipment or requisition that the server does not have (or its id is not the one made for that answer), so it cannot be accepted. Nothing else was changed.</source>
        <translation>Este registro responde a un envío o una requisición que el servidor no tiene (o su id no es el creado para esa respuesta), así que no se puede aceptar. No se cambió nada más.</translation>
    </message>
    <message>
        <source>This record answers a shipment or requisition that was sent to store &quot;%1&quot;, not to &quot;%2&quot;: only the home site of &quot;%1&quot; may answer it.</source>
        <translation>Este registro responde a un envío o una requisición enviado al almacén &quot;%1&quot;, no a &quot;%2&quot;: solo el sitio de origen de &quot;%1&quot; puede responderlo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Open mSupply site and cannot hold asset data.</source>
        <translation>&quot;%1&quot; no es un sitio Open mSupply y no puede guardar datos de equipos.</translation>
    </message>
</context>
<context>
    <name>RecordColumn</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>Tipo de equipo</translation>
    </message>
    <message>
        <source>Available packs</source>
        <translation>Empaques disponibles</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>Precio de costo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Password hash cost</source>
        <translation>Costo del hash</translation>
    </message>
    <message>
        <source>Home site</source>
        <translation>Sitio de origen</translation>
    </message>
    <message>
        <source>Server site</source>
        <translation>Sitio servidor</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>Instalado el</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Linked shipment</source>
        <translation>Envío vinculado</translation>
    </message>
    <message>
        <source>Linked requisition</source>
        <translation>Requisición vinculada</translation>
    </message>
    <message>
        <source>Logged at</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <source>Pack size</source>
        <translation>Tamaño del empaque</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Empaques</translation>
    </message>
    <message>
        <source>Partner store</source>
        <translation>Almacén asociado</translation>
    </message>
    <message>
        <source>Password hash</source>
        <translation>Hash de la contraseña</translation>
    </message>
    <message>
        <source>Requested packs</source>
        <translation>Empaques solicitados</translation>
    </message>
    <message>
        <source>Requisition</source>
        <translation>Requisición</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Secret hash</source>
        <translation>Hash del secreto</translation>
    </message>
    <message>
        <source>Sell price</source>
        <translation>Precio de venta</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Despachado</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Supplied packs</source>
        <translation>Empaques entregados</translation>
    </message>
    <message>
        <source>Sync type</source>
        <translation>Tipo de sincronización</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>Temperatura (°C)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
</context>
<context>
    <name>ReinitProgress</name>
    <message>
        <source>Setting up %1 again</source>
        <translation>Configurando %1 de nuevo</translation>
    </message>
    <message>
        <source>Saving the changes not yet sent, then copying the site&apos;s data from the server again…</source>
        <translation>Guardando los cambios aún no enviados y luego copiando otra vez los datos del sitio desde el servidor…</translation>
    </message>
</context>
<context>
    <name>ReplicaBrowser</name>
    <message>
        <source>There is no table named &quot;%1&quot;.</source>
        <translation>No hay ninguna tabla llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 records are private to the hub and the users they describe; they are not shown here.</source>
        <translation>Los registros %1 son privados del servidor y de los usuarios que describen; no se muestran aquí.</translation>
    </message>
    <message>
        <source>reading this site</source>
        <translation>leyendo este sitio</translation>
    </message>
    <message>
        <source>counting records</source>
        <translation>contando registros</translation>
    </message>
    <message>
        <source>reading records</source>
        <translation>leyendo registros</translation>
    </message>
    <message>
        <source>reading store, item and site names</source>
        <translation>leyendo nombres de almacenes, artículos y sitios</translation>
    </message>
    <message>
        <source>reading the shipments to receive</source>
        <translation>leyendo los envíos por recibir</translation>
    </message>
    <message>
        <source>reading the items in stock</source>
        <translation>leyendo los artículos en stock</translation>
    </message>
</context>
<context>
    <name>ReplicaHealth</name>
    <message>
        <source>This computer&apos;s copy of the data (%1) is damaged: %2. Sync is stopped so that the damage does not spread.</source>
        <translation>La copia de los datos de esta computadora (%1) está dañada: %2. La sincronización se detuvo para que el daño no se propague.</translation>
    </message>
</context>
<context>
    <name>ReplicaReinit</name>
    <message>
        <source>%1 cannot be moved to %2: %3</source>
        <translation>%1 no se puede mover a %2: %3</translation>
    </message>
    <message>
        <source>%1 The site&apos;s settings and its installation id are in that file, so it cannot be set up again from it: set the site up on a new file, after your administrator releases the site&apos;s binding on the server.</source>
        <translation>%1 La configuración del sitio y su id de instalación están en ese archivo, así que no se puede volver a configurar a partir de él: configure el sitio en un archivo nuevo, después de que su administrador libere el vínculo del sitio en el servidor.</translation>
    </message>
    <message>
        <source>%1 is not set up for a site; set it up rather than again.</source>
        <translation>%1 no está configurado para ningún sitio; configúrelo en lugar de volver a configurarlo.</translation>
    </message>
    <message>
        <source>Resuming the set-up of &quot;%1&quot; (the changes are kept in %2).</source>
        <translation>Reanudando la configuración de &quot;%1&quot; (los cambios se guardan en %2).</translation>
    </message>
    <message>
        <source>%1 is being synced by another program (or the app). Stop its automatic sync, then try again.</source>
        <translation>Otro programa (o la aplicación) está sincronizando %1. Detenga su sincronización automática y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Saved %1 changed and %2 deleted record(s) not yet sent to %3.</source>
        <translation>Se guardaron %1 registro(s) cambiado(s) y %2 eliminado(s) aún no enviados a %3.</translation>
    </message>
    <message>
        <source>Could not be read back (damaged): %1</source>
        <translation>No se pudo volver a leer (dañado): %1</translation>
    </message>
    <message>
        <source>. Nothing else was changed.</source>
        <translation>. No se cambió nada más.</translation>
    </message>
    <message>
        <source>The old replica is kept at %1.</source>
        <translation>La réplica anterior se conserva en %1.</translation>
    </message>
    <message>
        <source>The new replica&apos;s first sync did not finish; the changes are kept in %1. Run the set-up again once the problem is solved: it resumes.</source>
        <translation>La primera sincronización de la nueva réplica no terminó; los cambios se guardan en %1. Vuelva a ejecutar la configuración cuando el problema esté resuelto: se reanudará.</translation>
    </message>
    <message>
        <source>The saved changes could not be written back: %1. They are kept in %2.</source>
        <translation>No se pudieron volver a escribir los cambios guardados: %1. Se conservan en %2.</translation>
    </message>
    <message>
        <source>Not written back (refused here): %1</source>
        <translation>No se volvió a escribir (rechazado aquí): %1</translation>
    </message>
    <message>
        <source>Wrote back %1 change(s) made here; sending them.</source>
        <translation>Se volvieron a escribir %1 cambio(s) hechos aquí; enviándolos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is set up again; the changes carried over are listed in %2.</source>
        <translation>&quot;%1&quot; se configuró de nuevo; los cambios conservados se listan en %2.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>not visible</source>
        <translation>no visible</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>The site&apos;s secret file %1 cannot be read (%2). Run &quot;syncsites-cli init&quot; again with the site&apos;s password file.</source>
        <translation>No se puede leer el archivo de secreto del sitio %1 (%2). Vuelva a ejecutar &quot;syncsites-cli init&quot; con el archivo de contraseña del sitio.</translation>
    </message>
    <message>
        <source>The secret file %1 cannot be written (%2).</source>
        <translation>No se puede escribir el archivo de secreto %1 (%2).</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read (%2).</source>
        <translation>No se puede leer el archivo de contraseña %1 (%2).</translation>
    </message>
    <message>
        <source>The password file %1 is empty. Put the site&apos;s secret on its first line.</source>
        <translation>El archivo de contraseña %1 está vacío. Ponga el secreto del sitio en su primera línea.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Cannot create the folder %1 to keep the site&apos;s secret.</source>
        <translation>No se puede crear la carpeta %1 para guardar el secreto del sitio.</translation>
    </message>
    <message>
        <source>Cannot save the site&apos;s secret in %1 (%2). Check the disk has room and the folder is writable.</source>
        <translation>No se puede guardar el secreto del sitio en %1 (%2). Verifique que haya espacio en el disco y que se pueda escribir en la carpeta.</translation>
    </message>
    <message>
        <source>This computer holds no secret for this site. The network administrator has it.</source>
        <translation>Esta computadora no tiene ningún secreto para este sitio. Lo tiene el administrador de la red.</translation>
    </message>
</context>
<context>
    <name>SetSyncTypeCommand</name>
    <message>
        <source>not visible</source>
        <translation>no visible</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>SiteNodeItem</name>
    <message>
        <source>%1, %2, sync health: %3</source>
        <translation>%1, %2, estado de sincronización: %3</translation>
    </message>
    <message>
        <source>%1
%2
Sync health: %3
Stores: %4 Active, %5 Collector, %6 Transfer</source>
        <translation>%1
%2
Estado de sincronización: %3
Almacenes: %4 Activo, %5 Recolector, %6 Transferencia</translation>
    </message>
    <message>
        <source>No stores</source>
        <translation>Sin almacenes</translation>
    </message>
    <message>
        <source>Uses its server&apos;s stores</source>
        <translation>Usa los almacenes de su servidor</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>SiteService</name>
    <message>
        <source>%1 is a hub&apos;s database, not a replica</source>
        <translation>%1 es la base de datos de un servidor, no una réplica</translation>
    </message>
    <message>
        <source>%1 is the replica of &quot;%2&quot;; it cannot become &quot;%3&quot;. Use a new replica file for another site.</source>
        <translation>%1 es la réplica de &quot;%2&quot;; no puede pasar a ser &quot;%3&quot;. Use un archivo de réplica nuevo para otro sitio.</translation>
    </message>
    <message>
        <source>There is no table &quot;%1&quot; here.</source>
        <translation>Aquí no hay ninguna tabla &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The stock line is no longer in this store; it may have been removed by a sync.</source>
        <translation>La línea de stock ya no está en este almacén; puede que una sincronización la haya quitado.</translation>
    </message>
    <message>
        <source>Wrong user name or password, or this user does not work at this site (only their accounts are kept here for signing in offline).</source>
        <translation>Usuario o contraseña incorrectos, o este usuario no trabaja en este sitio (aquí solo se guardan las cuentas de su personal para iniciar sesión sin conexión).</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the network administrator.</source>
        <translation>Esta cuenta está desactivada. Consulte al administrador de la red.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2)</source>
        <translation>No se puede escribir %1 (%2)</translation>
    </message>
</context>
<context>
    <name>StoreActions</name>
    <message>
        <source>The database stayed locked by another task or program while %1. Try again; if it keeps happening, close other programs that use the database.</source>
        <translation>La base de datos siguió bloqueada por otra tarea o programa (%1). Vuelva a intentarlo; si sigue ocurriendo, cierre los otros programas que usan la base de datos.</translation>
    </message>
    <message>
        <source>A database error occurred while %1: %2.</source>
        <translation>Error de base de datos (%1): %2.</translation>
    </message>
    <message>
        <source>The database %1 is not registered to a site yet. Run syncsites-cli init first.</source>
        <translation>La base de datos %1 aún no está registrada para ningún sitio. Ejecute primero syncsites-cli init.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Recolector</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>no visible</translation>
    </message>
    <message>
        <source>There is no store with code &quot;%1&quot; on this site. Check the code; `syncsites-cli records list --table store` lists the stores.</source>
        <translation>No hay ningún almacén con el código &quot;%1&quot; en este sitio. Verifique el código; `syncsites-cli records list --table store` lista los almacenes.</translation>
    </message>
    <message>
        <source>There is no table named &quot;%1&quot;. The tables are: %2.</source>
        <translation>No hay ninguna tabla llamada &quot;%1&quot;. Las tablas son: %2.</translation>
    </message>
    <message>
        <source>The number of packs must be more than 0 (got %1).</source>
        <translation>El número de empaques debe ser mayor que 0 (se recibió %1).</translation>
    </message>
    <message>
        <source>looking up an item</source>
        <translation>buscando un artículo</translation>
    </message>
    <message>
        <source>There is no item with code &quot;%1&quot; on this site. Check the code; `syncsites-cli records list --table item` lists the items.</source>
        <translation>No hay ningún artículo con el código &quot;%1&quot; en este sitio. Verifique el código; `syncsites-cli records list --table item` lista los artículos.</translation>
    </message>
    <message>
        <source>reading this site</source>
        <translation>leyendo este sitio</translation>
    </message>
    <message>
        <source>reading the stores</source>
        <translation>leyendo los almacenes</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; is %2 on this site; its data is edited at %3.</source>
        <translation>El almacén &quot;%1&quot; es %2 en este sitio; sus datos se editan en %3.</translation>
    </message>
    <message>
        <source>A store cannot ship to or request from itself (&quot;%1&quot;). Name another store with --to.</source>
        <translation>Un almacén no puede enviarse ni solicitarse stock a sí mismo (&quot;%1&quot;). Indique otro almacén con --to.</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; is not visible on this site, so a transfer or requisition to it cannot start here. Ask an administrator to make it a Transfer store on this site.</source>
        <translation>El almacén &quot;%1&quot; no es visible en este sitio, así que no se puede iniciar aquí una transferencia o requisición hacia él. Pida a un administrador que lo haga almacén de Transferencia en este sitio.</translation>
    </message>
    <message>
        <source>%1 records are secrets of the hub; they cannot be listed here.</source>
        <translation>Los registros %1 son secretos del servidor; no se pueden listar aquí.</translation>
    </message>
    <message>
        <source>%1 records belong to no store; list them without --store.</source>
        <translation>Los registros %1 no pertenecen a ningún almacén; lístelos sin --store.</translation>
    </message>
    <message>
        <source>looking up a store</source>
        <translation>buscando un almacén</translation>
    </message>
    <message>
        <source>%1 records are central data: they are changed only on the central server, by an administrator.</source>
        <translation>Los registros %1 son datos centrales: solo un administrador los cambia, en el servidor central.</translation>
    </message>
    <message>
        <source>This site does not sync Open mSupply data (assets and temperature logs), so %1 records cannot be written or deleted here. Record them at a site that syncs them.</source>
        <translation>Este sitio no sincroniza datos de Open mSupply (equipos y registros de temperatura), así que aquí no se pueden escribir ni eliminar registros %1. Regístrelos en un sitio que los sincronice.</translation>
    </message>
    <message>
        <source>%1 %2 belongs to store &quot;%3&quot;, not &quot;%4&quot; (--store); it was not written.</source>
        <translation>%1 %2 pertenece al almacén &quot;%3&quot;, no a &quot;%4&quot; (--store); no se escribió.</translation>
    </message>
    <message>
        <source>%1 %2: field %3: there is no %4 %5 here.</source>
        <translation>%1 %2: campo %3: aquí no hay ningún %4 %5.</translation>
    </message>
    <message>
        <source>%1 %2: field partner_store_id: there is no store %3 here.</source>
        <translation>%1 %2: campo partner_store_id: aquí no hay ningún almacén %3.</translation>
    </message>
    <message>
        <source>looking up stock</source>
        <translation>buscando stock</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; has no batch of item %2 with %3 packs available (the most in one batch is %4). Ship fewer packs, or split the shipment.</source>
        <translation>El almacén &quot;%1&quot; no tiene ningún lote del artículo %2 con %3 empaques disponibles (el máximo en un lote es %4). Envíe menos empaques o divida el envío.</translation>
    </message>
    <message>
        <source>There is no shipment with id %1 on this site. Check the id; if it was sent recently, sync first.</source>
        <translation>No hay ningún envío con id %1 en este sitio. Verifique el id; si se envió hace poco, sincronice primero.</translation>
    </message>
    <message>
        <source>There is no requisition with id %1 on this site. Check the id; if it was sent recently, sync first.</source>
        <translation>No hay ninguna requisición con id %1 en este sitio. Verifique el id; si se envió hace poco, sincronice primero.</translation>
    </message>
    <message>
        <source>Shipment %1 is an outbound shipment to store &quot;%2&quot;, and its inbound shipment is not on this site. Receive it where store &quot;%2&quot; is Active, after that site has synced.</source>
        <translation>El envío %1 es un envío de salida al almacén &quot;%2&quot;, y su envío de entrada no está en este sitio. Recíbalo donde el almacén &quot;%2&quot; es Activo, después de que ese sitio se sincronice.</translation>
    </message>
    <message>
        <source>Requisition %1 is a request to store &quot;%2&quot;, and its response is not on this site. Respond where store &quot;%2&quot; is Active, after that site has synced.</source>
        <translation>La requisición %1 es una solicitud al almacén &quot;%2&quot;, y su respuesta no está en este sitio. Respóndala donde el almacén &quot;%2&quot; es Activo, después de que ese sitio se sincronice.</translation>
    </message>
    <message>
        <source>Shipment %1 was already received (on %2); it cannot be received twice.</source>
        <translation>El envío %1 ya se recibió (el %2); no se puede recibir dos veces.</translation>
    </message>
    <message>
        <source>Shipment %1 has not been shipped yet, so it cannot be received.</source>
        <translation>El envío %1 aún no se ha enviado, así que no se puede recibir.</translation>
    </message>
    <message>
        <source>reading the lines of a shipment</source>
        <translation>leyendo las líneas de un envío</translation>
    </message>
    <message>
        <source>Requisition %1 was already finalised (on %2); it cannot be finalised twice.</source>
        <translation>La requisición %1 ya se finalizó (el %2); no se puede finalizar dos veces.</translation>
    </message>
    <message>
        <source>reading the lines of a requisition</source>
        <translation>leyendo las líneas de una requisición</translation>
    </message>
    <message>
        <source>reading the requisitions to answer</source>
        <translation>leyendo las requisiciones por responder</translation>
    </message>
    <message>
        <source>There is no %1 record %2 on this site: it may have been deleted already, or moved away by a sync.</source>
        <translation>No hay ningún registro %1 %2 en este sitio: puede que ya se haya eliminado o que una sincronización lo haya movido.</translation>
    </message>
    <message>
        <source>%1 %2 belongs to store &quot;%3&quot;, not &quot;%4&quot;; it was not deleted.</source>
        <translation>%1 %2 pertenece al almacén &quot;%3&quot;, no a &quot;%4&quot;; no se eliminó.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>A line of shipment %1</source>
        <translation>Una línea del envío %1</translation>
    </message>
    <message>
        <source>A line of requisition %1</source>
        <translation>Una línea de la requisición %1</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>Envío %1</translation>
    </message>
    <message>
        <source>Requisition %1</source>
        <translation>Requisición %1</translation>
    </message>
    <message>
        <source>%1 belongs to the shipment store &quot;%2&quot; sent here, so it cannot be deleted. Receive the shipment instead.</source>
        <translation>%1 pertenece al envío que el almacén &quot;%2&quot; mandó aquí, así que no se puede eliminar. En su lugar, reciba el envío.</translation>
    </message>
    <message>
        <source>%1 belongs to the answer to a request from store &quot;%2&quot;, so it cannot be deleted. Answer the requisition instead.</source>
        <translation>%1 pertenece a la respuesta a una solicitud del almacén &quot;%2&quot;, así que no se puede eliminar. En su lugar, responda la requisición.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: the shipment is %2 already (to store &quot;%3&quot;). Only a shipment that is still new can be deleted.</source>
        <translation>%1 no se puede eliminar: el envío ya está %2 (al almacén &quot;%3&quot;). Solo se puede eliminar un envío que sigue siendo nuevo.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: the requisition is %2 already (to store &quot;%3&quot;). Only a draft can be deleted.</source>
        <translation>%1 no se puede eliminar: la requisición ya está %2 (al almacén &quot;%3&quot;). Solo se puede eliminar un borrador.</translation>
    </message>
    <message>
        <source>counting what belongs to a record</source>
        <translation>contando lo que pertenece a un registro</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Se canceló la sincronización.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation>Esta computadora no está conectada a una red.</translation>
    </message>
    <message>
        <source>The server name %1 cannot be found: check the server address, and that this computer&apos;s network reaches the internet.</source>
        <translation>No se encuentra el nombre de servidor %1: verifique la dirección del servidor y que la red de esta computadora tenga acceso a internet.</translation>
    </message>
    <message>
        <source>Nothing answers at %1: the server may be stopped, or the address or port is wrong.</source>
        <translation>Nada responde en %1: puede que el servidor esté detenido, o que la dirección o el puerto sean incorrectos.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>El servidor %1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The certificate of %1 cannot be trusted.</source>
        <translation>El certificado de %1 no es de confianza.</translation>
    </message>
    <message>
        <source>A secure (https) connection to %1 failed: the server may not speak https at this address (try http://) or the port is wrong.</source>
        <translation>Falló la conexión segura (https) a %1: puede que el servidor no use https en esta dirección (pruebe http://) o que el puerto sea incorrecto.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost during the request.</source>
        <translation>Se perdió la conexión a %1 durante la solicitud.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was damaged on the way (its digest does not match).</source>
        <translation>La respuesta del servidor se dañó en el camino (su resumen no coincide).</translation>
    </message>
    <message>
        <source>The server&apos;s answer was damaged on the way (%1).</source>
        <translation>La respuesta del servidor se dañó en el camino (%1).</translation>
    </message>
    <message>
        <source>The server %1 answered with HTTP status %2.</source>
        <translation>El servidor %1 respondió con el estado HTTP %2.</translation>
    </message>
    <message>
        <source>The server answered for another batch.</source>
        <translation>El servidor respondió para otro lote de envío.</translation>
    </message>
    <message>
        <source>The server answered with a cursor that goes backwards.</source>
        <translation>El servidor respondió con un cursor que retrocede.</translation>
    </message>
</context>
<context>
    <name>SyncFailure</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Se canceló la sincronización.</translation>
    </message>
    <message>
        <source>Start it again when you are ready; it resumes where it stopped.</source>
        <translation>Iníciela de nuevo cuando esté listo; continuará donde se detuvo.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation>Esta computadora no está conectada a una red.</translation>
    </message>
    <message>
        <source>Connect to the internet (Wi-Fi, cable or mobile data), then sync again.</source>
        <translation>Conéctese a internet (wifi, cable o datos móviles) y vuelva a sincronizar.</translation>
    </message>
    <message>
        <source>Check the server address in the settings and that the server is running. If other websites work, ask your administrator whether the server is down.</source>
        <translation>Verifique la dirección del servidor en la configuración y que el servidor esté funcionando. Si otros sitios web funcionan, pregunte a su administrador si el servidor está caído.</translation>
    </message>
    <message>
        <source>The connection is slow or the server is overloaded. Sync again later; nothing was lost, the next sync resumes where this one stopped.</source>
        <translation>La conexión es lenta o el servidor está sobrecargado. Vuelva a sincronizar más tarde; no se perdió nada, la próxima sincronización continuará donde se detuvo esta.</translation>
    </message>
    <message>
        <source>The connection is unreliable. Sync again; nothing was lost, the next sync resumes where this one stopped.</source>
        <translation>La conexión es inestable. Vuelva a sincronizar; no se perdió nada, la próxima sincronización continuará donde se detuvo esta.</translation>
    </message>
    <message>
        <source>Check the server address in the settings: use http:// if your administrator gave one, and the port they gave.</source>
        <translation>Verifique la dirección del servidor en la configuración: use http:// si su administrador le dio una dirección con http://, y el puerto que le indicó.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted by this computer. Ask your administrator for the certificate authority file and set it in the settings (or check the computer&apos;s date and time).</source>
        <translation>Esta computadora no confía en el certificado del servidor. Pida a su administrador el archivo de la autoridad de certificación e indíquelo en la configuración (o verifique la fecha y la hora de la computadora).</translation>
    </message>
    <message>
        <source>The server refuses this site for a while after too many wrong attempts.</source>
        <translation>El servidor rechaza este sitio durante un tiempo después de demasiados intentos fallidos.</translation>
    </message>
    <message>
        <source>The server did not accept this site&apos;s name or secret.</source>
        <translation>El servidor no aceptó el nombre o el secreto de este sitio.</translation>
    </message>
    <message>
        <source>Wait %1 seconds, then check the site name and secret with your administrator.</source>
        <translation>Espere %1 segundos y luego verifique el nombre del sitio y el secreto con su administrador.</translation>
    </message>
    <message>
        <source>Check the site name and its secret with your administrator. If they gave the site a new secret, enter it in Settings (New secret; with syncsites-cli, run init again), then sync again.</source>
        <translation>Verifique el nombre del sitio y su secreto con su administrador. Si le dio al sitio un secreto nuevo, ingréselo en Configuración (Secreto nuevo; con syncsites-cli, vuelva a ejecutar init) y luego vuelva a sincronizar.</translation>
    </message>
    <message>
        <source>This site is registered to another computer or device.</source>
        <translation>Este sitio está registrado en otra computadora u otro dispositivo.</translation>
    </message>
    <message>
        <source>If this computer replaces the other one, ask an administrator to release the site&apos;s binding on the server, then sync again.</source>
        <translation>Si esta computadora reemplaza a la otra, pida a un administrador que libere el vínculo del sitio en el servidor y luego vuelva a sincronizar.</translation>
    </message>
    <message>
        <source>This SyncSites and the server&apos;s have no protocol version in common.</source>
        <translation>Este SyncSites y el del servidor no tienen ninguna versión de protocolo en común.</translation>
    </message>
    <message>
        <source>Ask your administrator to upgrade SyncSites on the server.</source>
        <translation>Pida a su administrador que actualice SyncSites en el servidor.</translation>
    </message>
    <message>
        <source>Upgrade SyncSites on this computer.</source>
        <translation>Actualice SyncSites en esta computadora.</translation>
    </message>
    <message>
        <source>Set the site&apos;s secret again (syncsites-cli init with the site&apos;s password file, or the desktop app&apos;s settings).</source>
        <translation>Vuelva a ingresar el secreto del sitio (syncsites-cli init con el archivo de contraseña del sitio, o la configuración de la aplicación de escritorio).</translation>
    </message>
    <message>
        <source>Check which site this computer should be with your administrator.</source>
        <translation>Verifique con su administrador a qué sitio debe pertenecer esta computadora.</translation>
    </message>
    <message>
        <source>The server cannot store or read data right now.</source>
        <translation>El servidor no puede guardar ni leer datos en este momento.</translation>
    </message>
    <message>
        <source>Nothing on this computer was lost; the sync is retried. If it keeps failing, tell your administrator: the server&apos;s disk or database needs attention (see the server&apos;s log).</source>
        <translation>No se perdió nada en esta computadora; la sincronización se reintentará. Si sigue fallando, avise a su administrador: hay que revisar el disco o la base de datos del servidor (vea el registro del servidor).</translation>
    </message>
    <message>
        <source>A proxy or firewall between this computer and the server removes the Target-Digest header from requests. Ask your administrator to let it through (see docs/protocol.md, &quot;Integrity&quot;).</source>
        <translation>Un proxy o cortafuegos entre esta computadora y el servidor quita el encabezado Target-Digest de las solicitudes. Pida a su administrador que lo deje pasar (vea docs/protocol.md, &quot;Integrity&quot;).</translation>
    </message>
    <message>
        <source>Set this site up again from the server with `syncsites-cli reinit --replica FILE`: it exports the changes not yet sent first and sends them after the new copy is pulled. Ask your administrator if you do not use the command line. Check the disk too.</source>
        <translation>Vuelva a configurar este sitio desde el servidor con `syncsites-cli reinit --replica FILE`: primero exporta los cambios aún no enviados y los envía después de recibir la nueva copia. Pida ayuda a su administrador si no usa la línea de comandos. Verifique también el disco.</translation>
    </message>
    <message>
        <source>The disk of this computer is full. Free some space, then sync again; nothing was lost.</source>
        <translation>El disco de esta computadora está lleno. Libere espacio y vuelva a sincronizar; no se perdió nada.</translation>
    </message>
    <message>
        <source>The local database cannot be written. Check the disk; if the file is damaged, restore it from a backup or set the site up again.</source>
        <translation>No se puede escribir en la base de datos local. Verifique el disco; si el archivo está dañado, restáurelo desde una copia de seguridad o vuelva a configurar el sitio.</translation>
    </message>
    <message>
        <source>The server failed to answer the request.</source>
        <translation>El servidor no pudo responder a la solicitud.</translation>
    </message>
    <message>
        <source>The server has a problem or is busy. Sync again in a few minutes; if it keeps failing, tell your administrator.</source>
        <translation>El servidor tiene un problema o está ocupado. Vuelva a sincronizar en unos minutos; si sigue fallando, avise a su administrador.</translation>
    </message>
    <message>
        <source>The server refused the request. Tell your administrator (error code %1).</source>
        <translation>El servidor rechazó la solicitud. Avise a su administrador (código de error %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be synced and are kept in the quarantine: %1</source>
        <translation>
            <numerusform>%n registro no se pudo sincronizar y está en cuarentena: %1</numerusform>
            <numerusform>%n registros no se pudieron sincronizar y están en cuarentena: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the quarantine to see why each record was refused. Correct them, or ask your administrator; then retry them.</source>
        <translation>Abra la cuarentena para ver por qué se rechazó cada registro. Corríjalos o consulte a su administrador; luego vuelva a intentarlos.</translation>
    </message>
    <message>
        <source>The site had no network connection.</source>
        <translation>El sitio no tenía conexión de red.</translation>
    </message>
    <message>
        <source>The site could not reach its server.</source>
        <translation>El sitio no pudo comunicarse con su servidor.</translation>
    </message>
    <message>
        <source>The site&apos;s server did not answer in time.</source>
        <translation>El servidor del sitio no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The site could not make a secure connection to its server.</source>
        <translation>El sitio no pudo establecer una conexión segura con su servidor.</translation>
    </message>
    <message>
        <source>The server did not accept the site&apos;s name or secret.</source>
        <translation>El servidor no aceptó el nombre o el secreto del sitio.</translation>
    </message>
    <message>
        <source>The site is registered to another computer or device.</source>
        <translation>El sitio está vinculado a otra computadora u otro dispositivo.</translation>
    </message>
    <message>
        <source>The site&apos;s SyncSites and its server&apos;s have no protocol version in common.</source>
        <translation>El SyncSites del sitio y el de su servidor no tienen ninguna versión de protocolo en común.</translation>
    </message>
    <message>
        <source>The site could not read or write its own data (its disk or database file).</source>
        <translation>El sitio no pudo leer o escribir sus propios datos (su disco o su archivo de base de datos).</translation>
    </message>
    <message>
        <source>The sync was cancelled at the site.</source>
        <translation>La sincronización se canceló en el sitio.</translation>
    </message>
    <message>
        <source>The sync failed; the site sent no explanation.</source>
        <translation>La sincronización falló; el sitio no envió ninguna explicación.</translation>
    </message>
</context>
<context>
    <name>SyncHealth</name>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Muy retrasado</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Con fallos</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Se canceló la sincronización.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created. Check that the replica&apos;s folder is writable.</source>
        <translation>No se puede crear el archivo de bloqueo %1. Verifique que se pueda escribir en la carpeta de la réplica.</translation>
    </message>
    <message>
        <source>The session was interrupted: the program stopped before it finished. The next sync resumed where it stopped.</source>
        <translation>La sesión se interrumpió: el programa se detuvo antes de terminar. La siguiente sincronización continuó donde se detuvo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a client site: it keeps no data of its own and cannot be synced from here. Use the desktop app in client mode, attached to its server.</source>
        <translation>&quot;%1&quot; es un sitio cliente: no guarda datos propios y no se puede sincronizar desde aquí. Use la aplicación de escritorio en modo cliente, conectada a su servidor.</translation>
    </message>
    <message>
        <source>The server sent an empty page that does not move forward.</source>
        <translation>El servidor envió una página vacía que no avanza.</translation>
    </message>
</context>
<context>
    <name>SyncTypeStyle</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Recolector</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Active: the store&apos;s data is added, edited and deleted on this site.</source>
        <translation>Activo: los datos del almacén se agregan, editan y eliminan en este sitio.</translation>
    </message>
    <message>
        <source>Collector: a read-only copy of all the store&apos;s data, for viewing and reports.</source>
        <translation>Recolector: una copia de solo lectura de todos los datos del almacén, para consultas e informes.</translation>
    </message>
    <message>
        <source>Transfer: known here only as a partner for stock transfers and requisitions.</source>
        <translation>Transferencia: aquí solo se conoce como socio para transferencias de stock y requisiciones.</translation>
    </message>
    <message>
        <source>Not visible on this site.</source>
        <translation>No visible en este sitio.</translation>
    </message>
</context>
<context>
    <name>TopologyChanges</name>
    <message>
        <source>not visible</source>
        <translation>no visible</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; was added.</source>
        <translation>Se agregó el sitio &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; was changed (kind, links or server).</source>
        <translation>Se cambió el sitio &quot;%1&quot; (tipo, vínculos o servidor).</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; was removed.</source>
        <translation>Se quitó el sitio &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Store %1 was removed.</source>
        <translation>Se quitó el almacén %1.</translation>
    </message>
    <message>
        <source>Store %1 was added (home: %2).</source>
        <translation>Se agregó el almacén %1 (origen: %2).</translation>
    </message>
    <message>
        <source>Store %1 was renamed to &quot;%2&quot;.</source>
        <translation>El almacén %1 se renombró como &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 on %2: %3 → %4</source>
        <translation>%1 en %2: %3 → %4</translation>
    </message>
</context>
<context>
    <name>TopologyJson</name>
    <message>
        <source>missing required key %1</source>
        <translation>falta la clave obligatoria %1</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>se esperaba un texto</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>se esperaba una lista</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>unknown site kind %1</source>
        <translation>tipo de sitio desconocido %1</translation>
    </message>
    <message>
        <source>duplicate site name %1</source>
        <translation>nombre de sitio repetido %1</translation>
    </message>
    <message>
        <source>unknown data category %1 (expected &quot;core&quot; or &quot;oms&quot;)</source>
        <translation>categoría de datos desconocida %1 (se esperaba &quot;core&quot; u &quot;oms&quot;)</translation>
    </message>
    <message>
        <source>expected a site name</source>
        <translation>se esperaba un nombre de sitio</translation>
    </message>
    <message>
        <source>no site is named %1</source>
        <translation>ningún sitio se llama %1</translation>
    </message>
    <message>
        <source>only a hub or a server site has a url; %1 is neither</source>
        <translation>solo un servidor o un sitio servidor tiene url; %1 no es ninguno de los dos</translation>
    </message>
    <message>
        <source>duplicate store code %1</source>
        <translation>código de almacén repetido %1</translation>
    </message>
    <message>
        <source>unknown sync type %1 (expected &quot;active&quot;, &quot;collector&quot; or &quot;transfer&quot;)</source>
        <translation>tipo de sincronización desconocido %1 (se esperaba &quot;active&quot;, &quot;collector&quot; o &quot;transfer&quot;)</translation>
    </message>
    <message>
        <source>(not a string)</source>
        <translation>(no es un texto)</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON no válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>expected an object with &quot;sites&quot; and &quot;stores&quot;</source>
        <translation>se esperaba un objeto con &quot;sites&quot; y &quot;stores&quot;</translation>
    </message>
</context>
<context>
    <name>TopologyValidator</name>
    <message>
        <source>There can be only one mSupply Server (Central); &quot;%1&quot; is a second one. Change its kind to mSupply Server (Remote) or remove it.</source>
        <translation>Solo puede haber un mSupply Server (Central); &quot;%1&quot; es un segundo. Cambie su tipo a mSupply Server (Remote) o quítelo.</translation>
    </message>
    <message>
        <source>The network has no mSupply Server (Central). Add one: every other site syncs through it.</source>
        <translation>La red no tiene ningún mSupply Server (Central). Agregue uno: todos los demás sitios se sincronizan a través de él.</translation>
    </message>
    <message>
        <source>There can be at most one Open mSupply Server (Central); &quot;%1&quot; is a second one. Change its kind to Open mSupply Server (Remote) or remove it.</source>
        <translation>Puede haber como máximo un Open mSupply Server (Central); &quot;%1&quot; es un segundo. Cambie su tipo a Open mSupply Server (Remote) o quítelo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an %2, which keeps its own data; only mSupply Client and Open mSupply Desktop attach to a server. Remove its server.</source>
        <translation>&quot;%1&quot; es un %2, que guarda sus propios datos; solo mSupply Client y Open mSupply Desktop se conectan a un servidor. Quite su servidor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the mSupply Server (Central), the hub of core data, and links to no other site for it. Remove its core link.</source>
        <translation>&quot;%1&quot; es el mSupply Server (Central), el servidor de los datos core, y no se vincula a ningún otro sitio para ellos. Quite su vínculo core.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the %2, the hub of oms data, and links to no other site for it. Remove its oms link.</source>
        <translation>&quot;%1&quot; es el %2, el servidor de los datos oms, y no se vincula a ningún otro sitio para ellos. Quite su vínculo oms.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an %2, which does not carry Open mSupply (oms) data. Remove its oms link.</source>
        <translation>&quot;%1&quot; es un %2, que no lleva datos de Open mSupply (oms). Quite su vínculo oms.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no %2 link. Link it to the %3 for %2 data.</source>
        <translation>&quot;%1&quot; no tiene vínculo %2. Vincúlelo al %3 para los datos %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; links for %2 data to &quot;%3&quot;, which is not a site of this network. Link it to the %4.</source>
        <translation>&quot;%1&quot; se vincula para los datos %2 a &quot;%3&quot;, que no es un sitio de esta red. Vincúlelo al %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; links for %2 data to &quot;%3&quot;, an %4. It must link to the %5.</source>
        <translation>&quot;%1&quot; se vincula para los datos %2 a &quot;%3&quot;, un %4. Debe vincularse al %5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an %2, which keeps no data and has no sync links. Remove its links and attach it to a server instead.</source>
        <translation>&quot;%1&quot; es un %2, que no guarda datos ni tiene vínculos de sincronización. Quite sus vínculos y, en su lugar, conéctelo a un servidor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an %2 but is attached to no server. Attach it to one of: %3.</source>
        <translation>&quot;%1&quot; es un %2, pero no está conectado a ningún servidor. Conéctelo a uno de estos: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is attached to &quot;%2&quot;, which is not a site of this network. Attach it to one of: %3.</source>
        <translation>&quot;%1&quot; está conectado a &quot;%2&quot;, que no es un sitio de esta red. Conéctelo a uno de estos: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an %2 attached to &quot;%3&quot;, an %4. An %2 can attach only to: %5.</source>
        <translation>&quot;%1&quot; es un %2 conectado a &quot;%3&quot;, un %4. Un %2 solo se puede conectar a: %5.</translation>
    </message>
    <message>
        <source>Store %1 has no Active site. Choose the site where it is edited.</source>
        <translation>El almacén %1 no tiene ningún sitio Activo. Elija el sitio donde se edita.</translation>
    </message>
    <message>
        <source>Store %1 is Active on &quot;%2&quot;, which is not a site of this network. Choose the site where it is edited.</source>
        <translation>El almacén %1 es Activo en &quot;%2&quot;, que no es un sitio de esta red. Elija el sitio donde se edita.</translation>
    </message>
    <message>
        <source>Store %1 is Active on &quot;%2&quot;, an %3 that keeps no data. Make it Active on a site that keeps data (the client&apos;s server, for example).</source>
        <translation>El almacén %1 es Activo en &quot;%2&quot;, un %3 que no guarda datos. Hágalo Activo en un sitio que guarde datos (por ejemplo, el servidor del cliente).</translation>
    </message>
    <message>
        <source>Store %1 is %2 on &quot;%3&quot;, which is not a site of this network. Remove that entry.</source>
        <translation>El almacén %1 es %2 en &quot;%3&quot;, que no es un sitio de esta red. Quite esa entrada.</translation>
    </message>
    <message>
        <source>Store %1 lists its home site &quot;%2&quot; as %3. The home site is always Active; remove that entry.</source>
        <translation>El almacén %1 indica su sitio de origen &quot;%2&quot; como %3. El sitio de origen siempre es Activo; quite esa entrada.</translation>
    </message>
    <message>
        <source>Store %1 is Active on both &quot;%2&quot; and &quot;%3&quot;. A store is Active on exactly one site: make &quot;%3&quot; Collector or Transfer, or move the home.</source>
        <translation>El almacén %1 es Activo en &quot;%2&quot; y también en &quot;%3&quot;. Un almacén es Activo en un solo sitio: haga &quot;%3&quot; Recolector o Transferencia, o mueva el origen.</translation>
    </message>
    <message>
        <source>Store %1 is %2 on &quot;%3&quot;, an %4 that keeps no data. Clients see their server&apos;s stores; remove that entry.</source>
        <translation>El almacén %1 es %2 en &quot;%3&quot;, un %4 que no guarda datos. Los clientes ven los almacenes de su servidor; quite esa entrada.</translation>
    </message>
    <message>
        <source>Store %1 is %2 on the mSupply Server (Central), which always holds every store it is not home to as Collector. Remove that entry.</source>
        <translation>El almacén %1 es %2 en el mSupply Server (Central), que siempre tiene como Recolector cada almacén del que no es origen. Quite esa entrada.</translation>
    </message>
    <message>
        <source>Store %1 holds Open mSupply data (assets), but its home &quot;%2&quot; is an %3, which cannot hold it. Keep its home on an Open mSupply site.</source>
        <translation>El almacén %1 tiene datos de Open mSupply (equipos), pero su sitio de origen &quot;%2&quot; es un %3, que no puede guardarlos. Mantenga su origen en un sitio Open mSupply.</translation>
    </message>
</context>
<context>
    <name>TransferProcessor</name>
    <message>
        <source>reading the lines of a shipment</source>
        <translation>leyendo las líneas de un envío</translation>
    </message>
    <message>
        <source>looking for shipments that arrived</source>
        <translation>buscando envíos que llegaron</translation>
    </message>
    <message>
        <source>looking for shipments that were received</source>
        <translation>buscando envíos que se recibieron</translation>
    </message>
    <message>
        <source>looking for requisitions that arrived</source>
        <translation>buscando requisiciones que llegaron</translation>
    </message>
    <message>
        <source>reading the lines of a requisition</source>
        <translation>leyendo las líneas de una requisición</translation>
    </message>
    <message>
        <source>looking for requisitions that were answered</source>
        <translation>buscando requisiciones que se respondieron</translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Field staff</source>
        <translation>Personal de campo</translation>
    </message>
</context>
<context>
    <name>WireMessages</name>
    <message>
        <source>The server&apos;s answer was damaged on the way (field &quot;%1&quot; is missing or malformed). Sync again; if it keeps happening, check the network.</source>
        <translation>La respuesta del servidor se dañó en el camino (el campo &quot;%1&quot; falta o tiene un formato incorrecto). Vuelva a sincronizar; si sigue ocurriendo, verifique la red.</translation>
    </message>
    <message>
        <source>&quot;category&quot; must be &quot;core&quot; or &quot;oms&quot;.</source>
        <translation>&quot;category&quot; debe ser &quot;core&quot; u &quot;oms&quot;.</translation>
    </message>
    <message>
        <source>The handshake&apos;s field &quot;%1&quot; is missing or malformed.</source>
        <translation>El campo &quot;%1&quot; del saludo inicial falta o tiene un formato incorrecto.</translation>
    </message>
    <message>
        <source>&quot;batch_id&quot; must be a string of 1 to 100 characters.</source>
        <translation>&quot;batch_id&quot; debe ser un texto de 1 a 100 caracteres.</translation>
    </message>
    <message>
        <source>&quot;records&quot; must be a list of records (it may be empty).</source>
        <translation>&quot;records&quot; debe ser una lista de registros (puede estar vacía).</translation>
    </message>
    <message>
        <source>&quot;cursor&quot; must be a whole number, 0 or more.</source>
        <translation>&quot;cursor&quot; debe ser un número entero, 0 o mayor.</translation>
    </message>
    <message>
        <source>&quot;limit&quot; must be between 1 and %1.</source>
        <translation>&quot;limit&quot; debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>A backfill needs &quot;up_to&quot;, the cursor to stop at.</source>
        <translation>Una recuperación de historial necesita &quot;up_to&quot;, el cursor donde detenerse.</translation>
    </message>
    <message>
        <source>A report needs started_at and finished_at (ISO 8601) and an outcome: success, partial, failed or cancelled.</source>
        <translation>Un informe necesita started_at y finished_at (ISO 8601) y un resultado: success, partial, failed o cancelled.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sync sites for health supply networks: the network, its stores&apos; sync types, sync and its health.</source>
        <translation>Sincronización de sitios para redes de suministros de salud: la red, los tipos de sincronización de sus almacenes, la sincronización y su estado.</translation>
    </message>
    <message>
        <source>Run on a demo network: a hub served by this app on 127.0.0.1, with its data in DIR (made at the first start), and this app as one of its sites, signed in as the demo administrator.</source>
        <translation>Usar una red de demostración: un servidor provisto por esta aplicación en 127.0.0.1, con sus datos en DIR (creados en el primer inicio), y esta aplicación como uno de sus sitios, con sesión iniciada como el administrador de demostración.</translation>
    </message>
    <message>
        <source>Records the demo hub is made with (default 20000).</source>
        <translation>Número de registros con que se crea el servidor de demostración (20000 por defecto).</translation>
    </message>
    <message>
        <source>Keep the app&apos;s settings in FILE (an INI file) instead of the user&apos;s.</source>
        <translation>Guardar la configuración de la aplicación en FILE (un archivo INI) en lugar de la del usuario.</translation>
    </message>
    <message>
        <source>After the first sync, save a picture of every page into DIR and quit.</source>
        <translation>Después de la primera sincronización, guardar una imagen de cada página en DIR y salir.</translation>
    </message>
    <message>
        <source>The window&apos;s size for --screenshots, e.g. 1024x600 (default 1366x768).</source>
        <translation>El tamaño de la ventana para --screenshots, p. ej. 1024x600 (1366x768 por defecto).</translation>
    </message>
    <message>
        <source>--screenshot-size takes WxH, e.g. 1024x600.</source>
        <translation>--screenshot-size espera ANxAL, p. ej. 1024x600.</translation>
    </message>
</context>
<context>
    <name>syncsites::app::DebugArchive</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>syncsites::app::DesktopApp</name>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Iniciar sesión de nuevo</translation>
    </message>
    <message>
        <source>The server ended your session: %1</source>
        <translation>El servidor cerró su sesión: %1</translation>
    </message>
    <message>
        <source>Sign in again as %1 to keep the sync-type edits not yet applied; if someone else signs in, they are discarded.</source>
        <translation>Vuelva a iniciar sesión como %1 para conservar los cambios de tipos de sincronización aún no aplicados; si otra persona inicia sesión, se descartan.</translation>
    </message>
    <message>
        <source>The demo cannot start</source>
        <translation>No se puede iniciar la demostración</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Set &amp;up again…</source>
        <translation>&amp;Volver a configurar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Dark appearance</source>
        <translation>Apariencia &amp;oscura</translation>
    </message>
    <message>
        <source>&amp;Refresh from the server</source>
        <translation>&amp;Actualizar desde el servidor</translation>
    </message>
    <message>
        <source>&amp;About SyncSites</source>
        <translation>Acerca &amp;de SyncSites</translation>
    </message>
    <message>
        <source>Network console on %1</source>
        <translation>Consola de la red en %1</translation>
    </message>
    <message>
        <source>%1 (%2) — server %3</source>
        <translation>%1 (%2) — servidor %3</translation>
    </message>
    <message>
        <source>The secret was not saved</source>
        <translation>No se guardó el secreto</translation>
    </message>
    <message>
        <source>The site&apos;s data cannot be opened</source>
        <translation>No se pueden abrir los datos del sitio</translation>
    </message>
    <message>
        <source>The site&apos;s data is missing</source>
        <translation>Faltan los datos del sitio</translation>
    </message>
    <message>
        <source>%1

Restore the file from a backup and start again, or set this site up again (the network administrator must first release the site&apos;s binding on the server).</source>
        <translation>%1

Restaure el archivo desde una copia de seguridad y vuelva a iniciar, o vuelva a configurar este sitio (primero el administrador de la red debe liberar el vínculo del sitio en el servidor).</translation>
    </message>
    <message>
        <source>Set up again…</source>
        <translation>Volver a configurar…</translation>
    </message>
    <message>
        <source>This data file belongs to another site</source>
        <translation>Este archivo de datos pertenece a otro sitio</translation>
    </message>
    <message>
        <source>%1 holds the data of &quot;%2&quot;, not &quot;%3&quot;. Choose another data file in the set-up.</source>
        <translation>%1 contiene los datos de &quot;%2&quot;, no de &quot;%3&quot;. Elija otro archivo de datos en la configuración.</translation>
    </message>
    <message>
        <source>The site&apos;s secret</source>
        <translation>El secreto del sitio</translation>
    </message>
    <message>
        <source>This computer holds no secret for %1 (a new or locked keychain, or it was removed). Enter the site&apos;s secret; the network administrator has it.</source>
        <translation>Esta computadora no tiene ningún secreto para %1 (un llavero nuevo o bloqueado, o se quitó). Ingrese el secreto del sitio; lo tiene el administrador de la red.</translation>
    </message>
    <message>
        <source>The site&apos;s secret is missing</source>
        <translation>Falta el secreto del sitio</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Almacenes</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Supervisors see every store&apos;s data but change none.</source>
        <translation>Los supervisores ven los datos de todos los almacenes, pero no cambian ninguno.</translation>
    </message>
    <message>
        <source>%1 does not work at %2: its stores are read-only for them.</source>
        <translation>%1 no trabaja en %2: sus almacenes son de solo lectura para esta persona.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation> (sin conexión)</translation>
    </message>
    <message>
        <source>The site cannot be set up again</source>
        <translation>No se puede volver a configurar el sitio</translation>
    </message>
    <message>
        <source>Copying the site&apos;s data from the server did not finish: %1

Start SyncSites again when the server can be reached; it resumes, and the changes not yet sent are kept in %2.</source>
        <translation>No terminó la copia de los datos del sitio desde el servidor: %1

Vuelva a iniciar SyncSites cuando se pueda contactar al servidor; la copia continuará, y los cambios aún no enviados se conservan en %2.</translation>
    </message>
    <message>
        <source>Set up again</source>
        <translation>Volver a configurar</translation>
    </message>
    <message>
        <source>%1 is set up again from the server.</source>
        <translation>%1 se volvió a configurar desde el servidor.</translation>
    </message>
    <message>
        <source>Changes made here and not yet sent that were carried over: %1.</source>
        <translation>Cambios hechos aquí y aún no enviados que se conservaron: %1.</translation>
    </message>
    <message>
        <source>Not carried over (refused here): %1.</source>
        <translation>No se conservaron (rechazados aquí): %1.</translation>
    </message>
    <message>
        <source>The changes carried over are listed in %1.</source>
        <translation>Los cambios conservados se listan en %1.</translation>
    </message>
    <message>
        <source>The damaged file is kept at %1.</source>
        <translation>El archivo dañado se conserva en %1.</translation>
    </message>
    <message>
        <source>Not carried over: %1</source>
        <translation>No se conservó: %1</translation>
    </message>
    <message>
        <source>The site&apos;s data is damaged</source>
        <translation>Los datos del sitio están dañados</translation>
    </message>
    <message>
        <source>This computer&apos;s copy of the site&apos;s data is damaged. Sync is stopped so that the damage does not spread.</source>
        <translation>La copia de los datos del sitio en esta computadora está dañada. La sincronización se detuvo para que el daño no se propague.</translation>
    </message>
    <message>
        <source>Set the site up again from the server? SyncSites closes; at its next start it keeps the changes not yet sent and sends them again.</source>
        <translation>¿Volver a configurar el sitio desde el servidor? SyncSites se cerrará; en el próximo inicio conservará los cambios aún no enviados y los volverá a enviar.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>No se guardó la configuración</translation>
    </message>
    <message>
        <source>Choose how this computer works with the network again? The app closes; the site&apos;s data stays on disk and the set-up runs at the next start.</source>
        <translation>¿Volver a elegir cómo trabaja esta computadora con la red? La aplicación se cerrará; los datos del sitio se quedan en el disco y la configuración se ejecutará en el próximo inicio.</translation>
    </message>
    <message>
        <source>About SyncSites</source>
        <translation>Acerca de SyncSites</translation>
    </message>
    <message>
        <source>&lt;b&gt;SyncSites %1&lt;/b&gt;&lt;p&gt;Sync sites for health supply networks: each store Active on one site, Collector copies for reports, Transfer partners for stock transfers.&lt;/p&gt;</source>
        <translation>&lt;b&gt;SyncSites %1&lt;/b&gt;&lt;p&gt;Sincronización de sitios para redes de suministros de salud: cada almacén Activo en un sitio, copias de tipo Recolector para informes y socios de tipo Transferencia para transferencias de stock.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SyncSites is already running</source>
        <translation>SyncSites ya se está ejecutando</translation>
    </message>
</context>
<context>
    <name>syncsites::app::InstanceGuard</name>
    <message>
        <source>SyncSites is already running for %1: its window is brought to the front.</source>
        <translation>SyncSites ya se está ejecutando para %1: su ventana se muestra en primer plano.</translation>
    </message>
    <message>
        <source>SyncSites is already running for %1 (process %2 on %3), but it does not answer. Close it and start again. If it is no longer running, delete %4.</source>
        <translation>SyncSites ya se está ejecutando para %1 (proceso %2 en %3), pero no responde. Ciérrelo y vuelva a iniciarlo. Si ya no se está ejecutando, elimine %4.</translation>
    </message>
</context>
<context>
    <name>syncsites::app::SupportMenu</name>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copiar diagnóstico</translation>
    </message>
    <message>
        <source>Put a summary for support on the clipboard: versions, settings, the last sync; no passwords or secrets</source>
        <translation>Copiar al portapapeles un resumen para soporte: versiones, configuración, la última sincronización; sin contraseñas ni secretos</translation>
    </message>
    <message>
        <source>Save &amp;debug archive…</source>
        <translation>Guardar archivo de de&amp;puración…</translation>
    </message>
    <message>
        <source>Save the logs, the settings (without secrets) and the diagnostics in one file for support</source>
        <translation>Guardar los registros de eventos, la configuración (sin secretos) y el diagnóstico en un solo archivo para soporte</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnóstico copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Save a debug archive</source>
        <translation>Guardar un archivo de depuración</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>The debug archive was not saved</source>
        <translation>No se guardó el archivo de depuración</translation>
    </message>
    <message>
        <source>Debug archive saved</source>
        <translation>Archivo de depuración guardado</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Send this file to your support contact. It holds the app&apos;s logs, its settings without secrets, and the diagnostics.</source>
        <translation>Envíe este archivo a su contacto de soporte. Contiene los registros de eventos de la aplicación, su configuración sin secretos y el diagnóstico.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the folder of the saved file</source>
        <translation>Abrir la carpeta del archivo guardado</translation>
    </message>
</context>
<context>
    <name>syncsites::app::ZipWriter</name>
    <message>
        <source>The archive is too large for a zip file (4 GB at most).</source>
        <translation>El paquete es demasiado grande para un archivo zip (4 GB como máximo).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::AdjustStockDialog</name>
    <message>
        <source>Adjust stock in %1</source>
        <translation>Ajustar stock en %1</translation>
    </message>
    <message>
        <source>Stock line:</source>
        <translation>Línea de stock:</translation>
    </message>
    <message>
        <source>Available now:</source>
        <translation>Disponible ahora:</translation>
    </message>
    <message>
        <source>Available after:</source>
        <translation>Disponible después:</translation>
    </message>
    <message>
        <source>Available packs after the adjustment</source>
        <translation>Empaques disponibles después del ajuste</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Reason for the adjustment</source>
        <translation>Motivo del ajuste</translation>
    </message>
    <message>
        <source>For example: stocktake, 3 packs damaged</source>
        <translation>Por ejemplo: inventario, 3 empaques dañados</translation>
    </message>
    <message>
        <source>The change is saved here at once and sent to the other sites at the next sync.</source>
        <translation>El cambio se guarda aquí de inmediato y se envía a los demás sitios en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Adjusted from %1 to %2 packs: %3</source>
        <translation>Ajustado de %1 a %2 empaques: %3</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::AdminPage</name>
    <message>
        <source>S&amp;ites</source>
        <translation>S&amp;itios</translation>
    </message>
    <message>
        <source>Sto&amp;res</source>
        <translation>Alma&amp;cenes</translation>
    </message>
    <message>
        <source>I&amp;tems</source>
        <translation>Ar&amp;tículos</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>Topolog&amp;y</source>
        <translation>&amp;Topología</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::AssetDialog</name>
    <message>
        <source>&amp;Known:</source>
        <translation>&amp;Conocidos:</translation>
    </message>
    <message>
        <source>New asset in %1</source>
        <translation>Equipo nuevo en %1</translation>
    </message>
    <message>
        <source>Asset code</source>
        <translation>Código del equipo</translation>
    </message>
    <message>
        <source>e.g. FRIDGE-01</source>
        <translation>p. ej. REFRI-01</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>Tipo de equipo</translation>
    </message>
    <message>
        <source>refrigerator</source>
        <translation>refrigerador</translation>
    </message>
    <message>
        <source>freezer</source>
        <translation>congelador</translation>
    </message>
    <message>
        <source>ice-lined refrigerator</source>
        <translation>refrigerador revestido de hielo</translation>
    </message>
    <message>
        <source>solar refrigerator</source>
        <translation>refrigerador solar</translation>
    </message>
    <message>
        <source>cold box</source>
        <translation>caja fría</translation>
    </message>
    <message>
        <source>vaccine carrier</source>
        <translation>termo porta vacunas</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>Instalado el</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>Número de &amp;serie:</translation>
    </message>
    <message>
        <source>&amp;Manufacturer:</source>
        <translation>&amp;Fabricante:</translation>
    </message>
    <message>
        <source>Installed on:</source>
        <translation>Instalado el:</translation>
    </message>
    <message>
        <source>The asset belongs to %1. It is sent to the cold-chain hub at the next sync.</source>
        <translation>El equipo pertenece a %1. Se envía al servidor de cadena de frío en la próxima sincronización.</translation>
    </message>
    <message>
        <source>&amp;Add asset</source>
        <translation>&amp;Agregar equipo</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::AuditModel</name>
    <message>
        <source>Network replaced from a file</source>
        <translation>Red reemplazada desde un archivo</translation>
    </message>
    <message>
        <source>Sync type changed</source>
        <translation>Tipo de sincronización modificado</translation>
    </message>
    <message>
        <source>Site added</source>
        <translation>Sitio agregado</translation>
    </message>
    <message>
        <source>Site changed</source>
        <translation>Sitio modificado</translation>
    </message>
    <message>
        <source>Site removed</source>
        <translation>Sitio quitado de la red</translation>
    </message>
    <message>
        <source>New site secret</source>
        <translation>Nuevo secreto del sitio</translation>
    </message>
    <message>
        <source>Site&apos;s installation released</source>
        <translation>Instalación del sitio liberada</translation>
    </message>
    <message>
        <source>Store added</source>
        <translation>Almacén agregado</translation>
    </message>
    <message>
        <source>Store changed</source>
        <translation>Almacén modificado</translation>
    </message>
    <message>
        <source>Item added</source>
        <translation>Artículo agregado</translation>
    </message>
    <message>
        <source>Item changed</source>
        <translation>Artículo modificado</translation>
    </message>
    <message>
        <source>Item deleted</source>
        <translation>Artículo eliminado</translation>
    </message>
    <message>
        <source>Items imported</source>
        <translation>Artículos importados</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Usuario agregado</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Usuario modificado</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>home site</source>
        <translation>sitio de origen</translation>
    </message>
    <message>
        <source>sync types</source>
        <translation>tipos de sincronización</translation>
    </message>
    <message>
        <source>sync type</source>
        <translation>tipo de sincronización</translation>
    </message>
    <message>
        <source>site</source>
        <translation>sitio</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>sitios</translation>
    </message>
    <message>
        <source>stores</source>
        <translation>almacenes</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>pack size</source>
        <translation>tamaño del empaque</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nombre completo</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>password made by the server</source>
        <translation>contraseña creada por el servidor</translation>
    </message>
    <message>
        <source>released</source>
        <translation>liberada</translation>
    </message>
    <message>
        <source>installation</source>
        <translation>instalación</translation>
    </message>
    <message>
        <source>data to send or drop at sites</source>
        <translation>datos que enviar o eliminar en los sitios</translation>
    </message>
    <message>
        <source>new secrets for</source>
        <translation>nuevos secretos para</translation>
    </message>
    <message>
        <source>sites added</source>
        <translation>sitios agregados</translation>
    </message>
    <message>
        <source>sites changed</source>
        <translation>sitios modificados</translation>
    </message>
    <message>
        <source>sites removed</source>
        <translation>sitios quitados</translation>
    </message>
    <message>
        <source>stores added</source>
        <translation>almacenes agregados</translation>
    </message>
    <message>
        <source>stores changed</source>
        <translation>almacenes modificados</translation>
    </message>
    <message>
        <source>stores removed</source>
        <translation>almacenes quitados</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creados</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizados</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazados</translation>
    </message>
    <message>
        <source>revision %1 → %2</source>
        <translation>revisión %1 → %2</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revisión %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 más</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::AuditPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <source>Audit log of changes</source>
        <translation>Registro de auditoría de cambios</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Actualizar el registro de auditoría</translation>
    </message>
    <message>
        <source>Load older audit entries</source>
        <translation>Cargar entradas más antiguas del registro de auditoría</translation>
    </message>
    <message>
        <source>The audit log is kept by the hub; connect to one to see it.</source>
        <translation>El registro de auditoría lo guarda el servidor; conéctese a uno para verlo.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Could not load the audit log: %1</source>
        <translation>No se pudo cargar el registro de auditoría: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown.</source>
        <translation>
            <numerusform>%n cambio mostrado.</numerusform>
            <numerusform>%n cambios mostrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown; that is all.</source>
        <translation>
            <numerusform>%n cambio mostrado; eso es todo.</numerusform>
            <numerusform>%n cambios mostrados; eso es todo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncsites::ui::CertificateFileField</name>
    <message>
        <source>Certificate authority file</source>
        <translation>Archivo de la autoridad de certificación</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Elegir el archivo de la autoridad de certificación</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autoridad de certificación</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ClientDataPage</name>
    <message>
        <source>Load &amp;more</source>
        <translation>Cargar &amp;más</translation>
    </message>
    <message>
        <source>&amp;Adjust stock…</source>
        <translation>&amp;Ajustar stock…</translation>
    </message>
    <message>
        <source>New &amp;transfer…</source>
        <translation>Nueva &amp;transferencia…</translation>
    </message>
    <message>
        <source>&amp;Receive shipment…</source>
        <translation>&amp;Recibir envío…</translation>
    </message>
    <message>
        <source>Re&amp;quest stock…</source>
        <translation>&amp;Solicitar stock…</translation>
    </message>
    <message>
        <source>Ans&amp;wer requisition…</source>
        <translation>Res&amp;ponder requisición…</translation>
    </message>
    <message>
        <source>Add ass&amp;et…</source>
        <translation>Agregar &amp;equipo…</translation>
    </message>
    <message>
        <source>Add temperature &amp;log…</source>
        <translation>Agregar registro de te&amp;mperatura…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Data&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Datos&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>%1 keeps no data of its own: these records are read and changed through its server, a page at a time. The server&apos;s Active stores can be changed here; Collector stores are read-only copies, changed at their home site.</source>
        <translation>%1 no guarda datos propios: estos registros se leen y se cambian a través de su servidor, una página a la vez. Los almacenes Activos del servidor se pueden cambiar aquí; los almacenes Recolectores son copias de solo lectura, que se cambian en su sitio de origen.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation>Ajustar stock</translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation>Nueva transferencia</translation>
    </message>
    <message>
        <source>Receive shipment</source>
        <translation>Recibir envío</translation>
    </message>
    <message>
        <source>Request stock</source>
        <translation>Solicitar stock</translation>
    </message>
    <message>
        <source>Answer requisition</source>
        <translation>Responder requisición</translation>
    </message>
    <message>
        <source>Add asset</source>
        <translation>Agregar equipo</translation>
    </message>
    <message>
        <source>Add temperature log</source>
        <translation>Agregar registro de temperatura</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Almacén:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabla:</translation>
    </message>
    <message>
        <source>%1 – %2 (%3, home %4)</source>
        <translation>%1 – %2 (%3, origen %4)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Data&lt;/h2&gt;%1, through the server %2</source>
        <translation>&lt;h2&gt;Datos&lt;/h2&gt;%1, a través del servidor %2</translation>
    </message>
    <message>
        <source>No store of %1 can be browsed.</source>
        <translation>No se puede consultar ningún almacén de %1.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <source>%1, all shown</source>
        <translation>%1, todos mostrados</translation>
    </message>
    <message>
        <source>%1 shown; more on the server</source>
        <translation>%1 mostrados; hay más en el servidor</translation>
    </message>
    <message>
        <source>A store cannot ship to or request from itself. Choose another store.</source>
        <translation>Un almacén no puede enviarse ni solicitarse stock a sí mismo. Elija otro almacén.</translation>
    </message>
    <message>
        <source>That item is no longer in the catalogue on the server. Refresh, then try again.</source>
        <translation>Ese artículo ya no está en el catálogo del servidor. Actualice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No se hizo: %1</translation>
    </message>
    <message>
        <source>&amp;Receive shipment (%1)…</source>
        <translation>&amp;Recibir envío (%1)…</translation>
    </message>
    <message>
        <source>Ans&amp;wer requisition (%1)…</source>
        <translation>Res&amp;ponder requisición (%1)…</translation>
    </message>
    <message>
        <source>Choose a store first.</source>
        <translation>Primero elija un almacén.</translation>
    </message>
    <message>
        <source>You may read %1 but not change it: your role reads data only.</source>
        <translation>Puede leer %1, pero no cambiarlo: su rol solo permite leer datos.</translation>
    </message>
    <message>
        <source>%1 is read-only here: it is a Collector copy, edited at %2.</source>
        <translation>%1 es de solo lectura aquí: es una copia Recolector, que se edita en %2.</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Esperando al servidor…</translation>
    </message>
    <message>
        <source>Choose the stock line table and select a line to adjust.</source>
        <translation>Elija la tabla de líneas de stock y seleccione una línea para ajustar.</translation>
    </message>
    <message>
        <source>Select the stock line to adjust.</source>
        <translation>Seleccione la línea de stock que desea ajustar.</translation>
    </message>
    <message>
        <source>Change the available packs of the selected stock line.</source>
        <translation>Cambiar los empaques disponibles de la línea de stock seleccionada.</translation>
    </message>
    <message>
        <source>Ship stock from this store to another store of the network.</source>
        <translation>Enviar stock de este almacén a otro almacén de la red.</translation>
    </message>
    <message>
        <source>Receive a shipment that has arrived for this store.</source>
        <translation>Recibir un envío que llegó para este almacén.</translation>
    </message>
    <message>
        <source>Ask another store of the network for stock.</source>
        <translation>Solicitar stock a otro almacén de la red.</translation>
    </message>
    <message>
        <source>Finalise the answer to a request that arrived for this store.</source>
        <translation>Finalizar la respuesta a una solicitud que llegó para este almacén.</translation>
    </message>
    <message>
        <source>Record cold-chain equipment (a refrigerator, say) of this store.</source>
        <translation>Registrar un equipo de cadena de frío (por ejemplo, un refrigerador) de este almacén.</translation>
    </message>
    <message>
        <source>Record a temperature reading of one of this store&apos;s assets.</source>
        <translation>Registrar una lectura de temperatura de uno de los equipos de este almacén.</translation>
    </message>
    <message>
        <source>Stock line %1</source>
        <translation>Línea de stock %1</translation>
    </message>
    <message>
        <source>, batch %1</source>
        <translation>, lote %1</translation>
    </message>
    <message>
        <source>, expires %1</source>
        <translation>, vence el %1</translation>
    </message>
    <message>
        <source>%1 in %2 now has %3 available packs, on the server.</source>
        <translation>%1 en %2 ahora tiene %3 empaques disponibles, en el servidor.</translation>
    </message>
    <message>
        <source>Shipped %1 packs of %2 from %3 to %4 (outbound shipment %5), on the server.</source>
        <translation>Se enviaron %1 empaques de %2 de %3 a %4 (envío de salida %5), en el servidor.</translation>
    </message>
    <message>
        <source>Received shipment %1 in %2: its packs were added to the store&apos;s stock. The sending site sees it delivered after it has synced.</source>
        <translation>Se recibió el envío %1 en %2: sus empaques se agregaron al stock del almacén. El sitio que lo envió lo verá entregado después de sincronizarse.</translation>
    </message>
    <message>
        <source>Requested %1 packs of %2 for %3 from %4 (requisition %5), on the server; it is finalised once %4 has answered it.</source>
        <translation>Se solicitaron %1 empaques de %2 para %3 a %4 (requisición %5), en el servidor; quedará finalizada cuando %4 la responda.</translation>
    </message>
    <message>
        <source>Finalised response %1 from %2: it supplies what was requested. The requesting site sees its request finalised after it has synced.</source>
        <translation>Se finalizó la respuesta %1 de %2: entrega lo solicitado. El sitio solicitante verá su solicitud finalizada después de sincronizarse.</translation>
    </message>
    <message>
        <source>Added asset %1 (%2) to %3, on the server.</source>
        <translation>Se agregó el equipo %1 (%2) a %3, en el servidor.</translation>
    </message>
    <message>
        <source>Recorded %1 °C for asset %2, on the server.</source>
        <translation>Se registraron %1 °C para el equipo %2, en el servidor.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::DashboardCharts</name>
    <message>
        <source>Sessions per day</source>
        <translation>Sesiones por día</translation>
    </message>
    <message>
        <source>Records moved per day</source>
        <translation>Registros transferidos por día</translation>
    </message>
    <message>
        <source>Session durations</source>
        <translation>Duración de las sesiones</translation>
    </message>
    <message>
        <source>Sessions per day, %1</source>
        <translation>Sesiones por día, %1</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Records moved per day, %1</source>
        <translation>Registros transferidos por día, %1</translation>
    </message>
    <message>
        <source>Session durations: %1</source>
        <translation>Duración de las sesiones: %1</translation>
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
        <translation>Sesiones</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::DashboardPage</name>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Refresh problem</source>
        <translation>Problema al actualizar</translation>
    </message>
    <message>
        <source>Open the folder of the exported file</source>
        <translation>Abrir la carpeta del archivo exportado</translation>
    </message>
    <message>
        <source>Sync health</source>
        <translation>Estado de sincronización</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Fetch every site&apos;s state from the hub again (F5)</source>
        <translation>Volver a pedir al servidor el estado de cada sitio (F5)</translation>
    </message>
    <message>
        <source>Export the table to CSV</source>
        <translation>Exportar la tabla a CSV</translation>
    </message>
    <message>
        <source>Export a PDF report</source>
        <translation>Exportar un informe PDF</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Site sessions</source>
        <translation>Sesiones del sitio</translation>
    </message>
    <message>
        <source>Find a site</source>
        <translation>Buscar un sitio</translation>
    </message>
    <message>
        <source>Filter by site, kind, error or version (Ctrl+F)</source>
        <translation>Filtrar por sitio, tipo, error o versión (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter sites</source>
        <translation>Filtrar sitios</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Last success older than, in hours</source>
        <translation>Último éxito hace más de, en horas</translation>
    </message>
    <message>
        <source>any age</source>
        <translation>cualquier antigüedad</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Show only sites whose last success is at least this many hours old (sites never synced included); 0 shows every age.</source>
        <translation>Mostrar solo los sitios cuyo último éxito fue hace al menos estas horas (incluidos los sitios nunca sincronizados); 0 los muestra todos.</translation>
    </message>
    <message>
        <source>Last success older than</source>
        <translation>Último éxito hace más de</translation>
    </message>
    <message>
        <source>Not connected to a hub: sign in to see the sites.</source>
        <translation>Sin conexión con un servidor: inicie sesión para ver los sitios.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>%1, last %2 days</source>
        <translation>%1, últimos %2 días</translation>
    </message>
    <message>
        <source>last session of each site</source>
        <translation>última sesión de cada sitio</translation>
    </message>
    <message>
        <source> The figures below are from the last successful refresh.</source>
        <translation> Las cifras de abajo son de la última actualización correcta.</translation>
    </message>
    <message>
        <source>Could not refresh the dashboard: %1</source>
        <translation>No se pudo actualizar el panel: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Aún no actualizado</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Updated %1 s ago</source>
        <translation>Actualizado hace %1 s</translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>Actualizado hace %1</translation>
    </message>
    <message>
        <source>%1 of %2 sites</source>
        <translation>%1 de %2 sitios</translation>
    </message>
    <message>
        <source>Export the sites to CSV</source>
        <translation>Exportar los sitios a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sync health report</source>
        <translation>Informe del estado de sincronización</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>servidor %1</translation>
    </message>
    <message>
        <source>%1 of %2 sites shown</source>
        <translation>%1 de %2 sitios mostrados</translation>
    </message>
    <message>
        <source>data of %1</source>
        <translation>datos de %1</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::DataPage</name>
    <message>
        <source>&amp;Adjust stock…</source>
        <translation>&amp;Ajustar stock…</translation>
    </message>
    <message>
        <source>New &amp;transfer…</source>
        <translation>Nueva &amp;transferencia…</translation>
    </message>
    <message>
        <source>&amp;Receive shipment…</source>
        <translation>&amp;Recibir envío…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No local data&lt;/h3&gt;&lt;p&gt;This app has no replica of its own: it works as a client of a server, or as a console of the central hub. Records are kept on the server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sin datos locales&lt;/h3&gt;&lt;p&gt;Esta aplicación no tiene réplica propia: funciona como cliente de un servidor o como consola del servidor central. Los registros se guardan en el servidor.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Filter records</source>
        <translation>Filtrar registros</translation>
    </message>
    <message>
        <source>Filter: item, batch, status…</source>
        <translation>Filtro: artículo, lote, estado…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation>Ajustar stock</translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation>Nueva transferencia</translation>
    </message>
    <message>
        <source>Receive shipment</source>
        <translation>Recibir envío</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Almacén:</translation>
    </message>
    <message>
        <source>Ta&amp;ble:</source>
        <translation>&amp;Tabla:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Data&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Datos&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Site: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Sitio: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (central, read-only)</source>
        <translation>%1 (central, solo lectura)</translation>
    </message>
    <message>
        <source>No store keeps its data on %1: none is Active or Collector here. Central tables can still be browsed.</source>
        <translation>Ningún almacén guarda sus datos en %1: ninguno es Activo ni Recolector aquí. Aún se pueden consultar las tablas centrales.</translation>
    </message>
    <message>
        <source>%1 are central data: they are changed only on the central server, by an administrator, and arrive here by sync.</source>
        <translation>%1 son datos centrales: solo un administrador los cambia, en el servidor central, y llegan aquí por sincronización.</translation>
    </message>
    <message>
        <source>%1 is a Collector copy on this site: it is edited at %2, and changes arrive by sync.</source>
        <translation>%1 es una copia Recolector en este sitio: se edita en %2, y los cambios llegan por sincronización.</translation>
    </message>
    <message>
        <source>&amp;Receive shipment (%1)…</source>
        <translation>&amp;Recibir envío (%1)…</translation>
    </message>
    <message>
        <source>%1 is read-only here: it is edited at %2.</source>
        <translation>%1 es de solo lectura aquí: se edita en %2.</translation>
    </message>
    <message>
        <source>Choose the Stock lines table and select a line to adjust.</source>
        <translation>Elija la tabla Líneas de stock y seleccione una línea para ajustar.</translation>
    </message>
    <message>
        <source>Select the stock line to adjust.</source>
        <translation>Seleccione la línea de stock que desea ajustar.</translation>
    </message>
    <message>
        <source>Change the available packs of the selected stock line.</source>
        <translation>Cambiar los empaques disponibles de la línea de stock seleccionada.</translation>
    </message>
    <message>
        <source>Ship stock from this store to another store visible here.</source>
        <translation>Enviar stock de este almacén a otro almacén visible aquí.</translation>
    </message>
    <message>
        <source>Receive a shipment that has arrived for this store.</source>
        <translation>Recibir un envío que llegó para este almacén.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 records (%2 loaded; scroll for more)</source>
        <translation>%1 registros (%2 cargados; desplácese para ver más)</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <source>, batch %1</source>
        <translation>, lote %1</translation>
    </message>
    <message>
        <source>, expires %1</source>
        <translation>, vence el %1</translation>
    </message>
    <message>
        <source>%1 in %2 now has %3 available packs. The change is sent at the next sync.</source>
        <translation>%1 en %2 ahora tiene %3 empaques disponibles. El cambio se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Shipped %1 packs of %2 from %3 to %4 (outbound shipment %5). It is sent at the next sync.</source>
        <translation>Se enviaron %1 empaques de %2 de %3 a %4 (envío de salida %5). Se manda en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Received shipment %1 in %2: its packs were added to the store&apos;s stock. The sending site sees it delivered after both sites have synced.</source>
        <translation>Se recibió el envío %1 en %2: sus empaques se agregaron al stock del almacén. El sitio que lo envió lo verá entregado después de que ambos sitios se sincronicen.</translation>
    </message>
    <message>
        <source>That store is no longer known on this site. Sync, then try again.</source>
        <translation>Ese almacén ya no se conoce en este sitio. Sincronice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>That item is no longer in the catalogue on this site. Sync, then try again.</source>
        <translation>Ese artículo ya no está en el catálogo de este sitio. Sincronice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>A store cannot ship to itself. Choose another store to ship to.</source>
        <translation>Un almacén no puede enviarse a sí mismo. Elija otro almacén de destino.</translation>
    </message>
    <message>
        <source>This replica is not registered to a site yet. Finish the set-up first.</source>
        <translation>Esta réplica aún no está registrada para ningún sitio. Primero termine la configuración.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No se hizo: %1</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::DataPageActions</name>
    <message>
        <source>Re&amp;quest stock…</source>
        <translation>&amp;Solicitar stock…</translation>
    </message>
    <message>
        <source>Ans&amp;wer requisition…</source>
        <translation>Res&amp;ponder requisición…</translation>
    </message>
    <message>
        <source>Add ass&amp;et…</source>
        <translation>Agregar &amp;equipo…</translation>
    </message>
    <message>
        <source>Add temperature &amp;log…</source>
        <translation>Agregar registro de te&amp;mperatura…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Request stock</source>
        <translation>Solicitar stock</translation>
    </message>
    <message>
        <source>Answer requisition</source>
        <translation>Responder requisición</translation>
    </message>
    <message>
        <source>Add asset</source>
        <translation>Agregar equipo</translation>
    </message>
    <message>
        <source>Add temperature log</source>
        <translation>Agregar registro de temperatura</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Eliminar el registro seleccionado</translation>
    </message>
    <message>
        <source>Ans&amp;wer requisition (%1)…</source>
        <translation>Res&amp;ponder requisición (%1)…</translation>
    </message>
    <message>
        <source>Ask another store visible here for stock.</source>
        <translation>Solicitar stock a otro almacén visible aquí.</translation>
    </message>
    <message>
        <source>Finalise the answer to a request that arrived for this store.</source>
        <translation>Finalizar la respuesta a una solicitud que llegó para este almacén.</translation>
    </message>
    <message>
        <source>Record cold-chain equipment (a refrigerator, say) of this store.</source>
        <translation>Registrar un equipo de cadena de frío (por ejemplo, un refrigerador) de este almacén.</translation>
    </message>
    <message>
        <source>Record a temperature reading of one of this store&apos;s assets.</source>
        <translation>Registrar una lectura de temperatura de uno de los equipos de este almacén.</translation>
    </message>
    <message>
        <source>Central data is changed only on the central server, by an administrator.</source>
        <translation>Los datos centrales solo los cambia un administrador, en el servidor central.</translation>
    </message>
    <message>
        <source>Select the record to delete.</source>
        <translation>Seleccione el registro que desea eliminar.</translation>
    </message>
    <message>
        <source>Delete the selected record; the delete is sent at the next sync.</source>
        <translation>Eliminar el registro seleccionado; la eliminación se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Requested %1 packs of %2 for %3 from %4 (requisition %5). It is sent at the next sync; the request is finalised here once %4 has answered it.</source>
        <translation>Se solicitaron %1 empaques de %2 para %3 a %4 (requisición %5). Se envía en la próxima sincronización; la solicitud quedará finalizada aquí cuando %4 la responda.</translation>
    </message>
    <message>
        <source>Finalised response %1 from %2: it supplies what was requested. The requesting site sees its request finalised after both sites have synced.</source>
        <translation>Se finalizó la respuesta %1 de %2: entrega lo solicitado. El sitio solicitante verá su solicitud finalizada después de que ambos sitios se sincronicen.</translation>
    </message>
    <message>
        <source>Added asset %1 (%2) to %3. It is sent at the next sync.</source>
        <translation>Se agregó el equipo %1 (%2) a %3. Se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Recorded %1 °C for asset %2. It is sent at the next sync.</source>
        <translation>Se registraron %1 °C para el equipo %2. Se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Delete a record</source>
        <translation>Eliminar un registro</translation>
    </message>
    <message>
        <source>Delete %1 from %2?</source>
        <translation>¿Eliminar %1 de %2?</translation>
    </message>
    <message>
        <source>What belongs to it (a document&apos;s lines, an asset&apos;s temperature logs) goes with it. The delete is sent at the next sync and cannot be undone.</source>
        <translation>Lo que le pertenece (las líneas de un documento, los registros de temperatura de un equipo) se elimina con él. La eliminación se envía en la próxima sincronización y no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 from %2, with the %n record(s) that belonged to it. The delete is sent at the next sync.</source>
        <translation>
            <numerusform>Se eliminó %1 de %2, junto con %n registro que le pertenecía. La eliminación se envía en la próxima sincronización.</numerusform>
            <numerusform>Se eliminó %1 de %2, junto con los %n registros que le pertenecían. La eliminación se envía en la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1 from %2. The delete is sent at the next sync.</source>
        <translation>Se eliminó %1 de %2. La eliminación se envía en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::DataStoreListModel</name>
    <message>
        <source>Active on this site: edited here</source>
        <translation>Activos en este sitio: se editan aquí</translation>
    </message>
    <message>
        <source>Collector copies: read-only</source>
        <translation>Copias Recolector: solo lectura</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (home site: %2)</source>
        <translation>%1 (sitio de origen: %2)</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::HealthTiles</name>
    <message>
        <source>%1: %2 sites</source>
        <translation>%1: %2 sitios</translation>
    </message>
    <message>
        <source>Show every site</source>
        <translation>Mostrar todos los sitios</translation>
    </message>
    <message>
        <source>Show only sites that are %1</source>
        <translation>Mostrar solo los sitios en estado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos los sitios</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ItemEditDialog</name>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Acti&amp;vo</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Agregar un artículo</translation>
    </message>
    <message>
        <source>Change an item</source>
        <translation>Cambiar un artículo</translation>
    </message>
    <message>
        <source>An item&apos;s code never changes: sites and records name the item by it.</source>
        <translation>El código de un artículo nunca cambia: los sitios y los registros identifican el artículo por ese código.</translation>
    </message>
    <message>
        <source>e.g. tablet, bottle, vial (optional)</source>
        <translation>p. ej. tableta, frasco, vial (opcional)</translation>
    </message>
    <message>
        <source>Inactive items stay in the records that name them but cannot be chosen for new ones.</source>
        <translation>Los artículos inactivos siguen en los registros que los mencionan, pero no se pueden elegir para registros nuevos.</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Agregar artículo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>Có&amp;digo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>&amp;Pack size:</source>
        <translation>&amp;Tamaño del empaque:</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ItemImportDialog</name>
    <message>
        <source>&amp;Apply import</source>
        <translation>&amp;Aplicar importación</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Import items from %1</source>
        <translation>Importar artículos desde %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>What each line of the file does</source>
        <translation>Qué hace cada línea del archivo</translation>
    </message>
    <message>
        <source>Import the lines that were not refused</source>
        <translation>Importar las líneas que no se rechazaron</translation>
    </message>
    <message>
        <source>Checking the file with the hub (nothing is changed yet)…</source>
        <translation>Verificando el archivo con el servidor (aún no se cambia nada)…</translation>
    </message>
    <message>
        <source>Importing the items…</source>
        <translation>Importando los artículos…</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>No se pudo verificar el archivo: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Checked, nothing changed yet. Applying would create %1, update %2, leave %3 unchanged; %4 refused.</source>
        <translation>Verificado, aún no se cambió nada. Al aplicar se crearían %1, se actualizarían %2, quedarían %3 sin cambios; %4 rechazados.</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 unchanged, %4 refused.</source>
        <translation>Importado: %1 creados, %2 actualizados, %3 sin cambios, %4 rechazados.</translation>
    </message>
    <message>
        <source>Correct the refused lines in the file and import it again.</source>
        <translation>Corrija las líneas rechazadas en el archivo y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>Refused lines are left out when you apply.</source>
        <translation>Las líneas rechazadas se omiten al aplicar.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ItemImportReportModel</name>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ItemTableModel</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Sin uso</translation>
    </message>
    <message>
        <source>Stock, shipments or requisitions name this item: it can be deactivated, not deleted.</source>
        <translation>Hay stock, envíos o requisiciones que mencionan este artículo: se puede desactivar, pero no eliminar.</translation>
    </message>
    <message>
        <source>No stock, shipment or requisition names this item yet.</source>
        <translation>Todavía ningún stock, envío ni requisición menciona este artículo.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Pack size</source>
        <translation>Tamaño del empaque</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ItemsTab</name>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Agregar artículo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>Filter by code, name or unit</source>
        <translation>Filtrar por código, nombre o unidad</translation>
    </message>
    <message>
        <source>Filter items by code, name or unit</source>
        <translation>Filtrar artículos por código, nombre o unidad</translation>
    </message>
    <message>
        <source>Items of the network</source>
        <translation>Artículos de la red</translation>
    </message>
    <message>
        <source>Change the name, unit or pack size of the selected item (Enter)</source>
        <translation>Cambiar el nombre, la unidad o el tamaño del empaque del artículo seleccionado (Intro)</translation>
    </message>
    <message>
        <source>Add or update items from a CSV file: a header line naming code, name and optionally unit, pack_size, active. You see what it would do before anything changes.</source>
        <translation>Agregar o actualizar artículos desde un archivo CSV: una línea de encabezado que nombre code, name y, si se desea, unit, pack_size, active. Usted ve lo que haría antes de que cambie nada.</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Added the item %1 (%2).</source>
        <translation>Se agregó el artículo %1 (%2).</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation>Se guardaron los cambios de %1.</translation>
    </message>
    <message>
        <source>Reactivated %1: it can be chosen again.</source>
        <translation>Se reactivó %1: se puede volver a elegir.</translation>
    </message>
    <message>
        <source>Deactivated %1: records that name it keep it, new ones cannot choose it.</source>
        <translation>Se desactivó %1: los registros que lo mencionan lo conservan, los nuevos no pueden elegirlo.</translation>
    </message>
    <message>
        <source>Import items from a CSV file</source>
        <translation>Importar artículos desde un archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 8 MB; a catalogue file is much smaller. Check that you chose the right file.</source>
        <translation>%1 ocupa más de 8 MB; un archivo de catálogo es mucho más pequeño. Verifique que eligió el archivo correcto.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Imported the file; the list shows the items as they are now.</source>
        <translation>Se importó el archivo; la lista muestra los artículos como están ahora.</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message>
        <source>Deactivate the selected item: records keep it, new ones cannot choose it</source>
        <translation>Desactivar el artículo seleccionado: los registros lo conservan, los nuevos no pueden elegirlo</translation>
    </message>
    <message>
        <source>Make the selected item available again</source>
        <translation>Volver a hacer disponible el artículo seleccionado</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No se hizo: %1</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::JsonRecordsModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Connection to the server</source>
        <translation>Conexión con el servidor</translation>
    </message>
    <message>
        <source>Sync state of this site</source>
        <translation>Estado de sincronización de este sitio</translation>
    </message>
    <message>
        <source>Clock warning</source>
        <translation>Alerta de reloj</translation>
    </message>
    <message>
        <source>Clock warning: %1</source>
        <translation>Alerta de reloj: %1</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>El servidor responde.</translation>
    </message>
    <message>
        <source>The server does not answer; work goes on and syncs when it is back.</source>
        <translation>El servidor no responde; el trabajo continúa y se sincroniza cuando vuelva.</translation>
    </message>
    <message>
        <source>Connection to the server: %1</source>
        <translation>Conexión con el servidor: %1</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::OneTimeSecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Ya lo &amp;anoté</translation>
    </message>
    <message>
        <source>The secret, shown once</source>
        <translation>El secreto, se muestra una sola vez</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Copiar el secreto al portapapeles</translation>
    </message>
    <message>
        <source>This is the only time it is shown: SyncSites keeps no copy. Give it to the person in a safe way; they can change it after signing in.</source>
        <translation>Esta es la única vez que se muestra: SyncSites no guarda ninguna copia. Entrégueselo a la persona de forma segura; podrá cambiarlo después de iniciar sesión.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
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
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ReceiveDialog</name>
    <message>
        <source>Receive a shipment in %1</source>
        <translation>Recibir un envío en %1</translation>
    </message>
    <message>
        <source>Shipments waiting to be received</source>
        <translation>Envíos pendientes de recibir</translation>
    </message>
    <message>
        <source>No shipment to %1 is waiting. Shipments from other sites arrive when this site syncs.</source>
        <translation>No hay ningún envío pendiente para %1. Los envíos de otros sitios llegan cuando este sitio se sincroniza.</translation>
    </message>
    <message>
        <source>Receiving a shipment marks it delivered and adds its packs to the stock of %1. The sending site sees it delivered after both sites have synced.</source>
        <translation>Al recibir un envío, este se marca como entregado y sus empaques se agregan al stock de %1. El sitio que lo envió lo ve entregado después de que ambos sitios se sincronicen.</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recibir</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::RecordTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
        <translation>Solicitar stock para %1</translation>
    </message>
    <message>
        <source>Store to request from</source>
        <translation>Almacén al que solicitar</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 here)</source>
        <translation>%1 – %2 (%3 aquí)</translation>
    </message>
    <message>
        <source>Item to request</source>
        <translation>Artículo a solicitar</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Packs to request</source>
        <translation>Empaques a solicitar</translation>
    </message>
    <message>
        <source>Request &amp;from:</source>
        <translation>&amp;Solicitar a:</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Artículo:</translation>
    </message>
    <message>
        <source>&amp;Packs:</source>
        <translation>&amp;Empaques:</translation>
    </message>
    <message>
        <source>The request leaves %1 now, with status sent. The supplying store&apos;s site answers it after both sites have synced; the request is finalised here when it does.</source>
        <translation>La solicitud sale de %1 ahora, con estado enviada. El sitio del almacén proveedor la responde después de que ambos sitios se sincronicen; entonces la solicitud queda finalizada aquí.</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>En&amp;viar solicitud</translation>
    </message>
    <message>
        <source>In stock here now: %1 packs.</source>
        <translation>En stock aquí ahora: %1 empaques.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::RequisitionListModel</name>
    <message>
        <source>(unknown store)</source>
        <translation>(almacén desconocido)</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Packs requested</source>
        <translation>Empaques solicitados</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>N.º de solicitud</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::RespondDialog</name>
    <message>
        <source>Answer a requisition to %1</source>
        <translation>Responder una requisición a %1</translation>
    </message>
    <message>
        <source>No request to %1 is waiting for an answer. Requests from other sites arrive when this site syncs.</source>
        <translation>No hay ninguna solicitud a %1 pendiente de respuesta. Las solicitudes de otros sitios llegan cuando este sitio se sincroniza.</translation>
    </message>
    <message>
        <source>Answering a request finalises its response from %1: each line supplies what was requested. The requesting site sees its request finalised after both sites have synced.</source>
        <translation>Al responder una solicitud se finaliza la respuesta de %1: cada línea entrega lo solicitado. El sitio solicitante ve su solicitud finalizada después de que ambos sitios se sincronicen.</translation>
    </message>
    <message>
        <source>Requisitions waiting for an answer</source>
        <translation>Requisiciones pendientes de respuesta</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>&amp;Finalizar</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ReviewDialog</name>
    <message>
        <source>Review and apply sync type changes</source>
        <translation>Revisar y aplicar cambios de tipo de sincronización</translation>
    </message>
    <message>
        <source>What the changes will do</source>
        <translation>Qué harán los cambios</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Records (about)</source>
        <translation>Registros (aprox.)</translation>
    </message>
    <message>
        <source>Rules the changes break</source>
        <translation>Reglas que los cambios incumplen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Their changes&lt;/b&gt; (since you loaded)</source>
        <translation>&lt;b&gt;Cambios de otros&lt;/b&gt; (desde que usted cargó)</translation>
    </message>
    <message>
        <source>Changes made by others since you loaded the network</source>
        <translation>Cambios hechos por otros desde que usted cargó la red</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your edits&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sus cambios&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your pending edits</source>
        <translation>Sus cambios pendientes</translation>
    </message>
    <message>
        <source>Discard my edits and keep the latest network</source>
        <translation>Descartar mis cambios y conservar la red más reciente</translation>
    </message>
    <message>
        <source>Discard my edits</source>
        <translation>Descartar mis cambios</translation>
    </message>
    <message>
        <source>Re-apply my edits on the latest network</source>
        <translation>Volver a aplicar mis cambios sobre la red más reciente</translation>
    </message>
    <message>
        <source>Re-apply my edits on the latest</source>
        <translation>Volver a aplicar mis cambios sobre la última versión</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Apply the changes to the network</source>
        <translation>Aplicar los cambios a la red</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Sites that will receive a store&apos;s whole history</source>
        <translation>Sitios que recibirán todo el historial de un almacén</translation>
    </message>
    <message>
        <source>Sites that will drop a store&apos;s data</source>
        <translation>Sitios que eliminarán los datos de un almacén</translation>
    </message>
    <message>
        <source>Stores that change home (the old home&apos;s unsent changes go to its quarantine)</source>
        <translation>Almacenes que cambian de origen (los cambios no enviados del origen anterior van a su cuarentena)</translation>
    </message>
    <message>
        <source>home moves from %1</source>
        <translation>el origen pasa de %1</translation>
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
        <translation>Ningún sitio gana ni pierde datos.</translation>
    </message>
    <message>
        <source>Checked here</source>
        <translation>Verificado aquí</translation>
    </message>
    <message>
        <source>Asking the hub for its check and estimates…</source>
        <translation>Pidiendo al servidor su verificación y estimaciones…</translation>
    </message>
    <message>
        <source>%1 (checked here and by the hub): %2</source>
        <translation>%1 (verificado aquí y por el servidor): %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>the hub</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>About %1 records will be sent to sites that receive a history.</source>
        <translation>Se enviarán unos %1 registros a los sitios que reciben un historial.</translation>
    </message>
    <message>
        <source>The hub would refuse these changes: fix the rules listed, then review again.</source>
        <translation>El servidor rechazaría estos cambios: corrija las reglas indicadas y vuelva a revisar.</translation>
    </message>
    <message>
        <source>Fix the rules listed before applying.</source>
        <translation>Corrija las reglas indicadas antes de aplicar.</translation>
    </message>
    <message>
        <source>Checked by the hub against revision %1. Apply when ready.</source>
        <translation>Verificado por el servidor con la revisión %1. Aplique cuando esté listo.</translation>
    </message>
    <message>
        <source>The hub could not check the changes: %1</source>
        <translation>El servidor no pudo verificar los cambios: %1</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>No se aplicó: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone else changed the network while you were editing.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Otra persona cambió la red mientras usted editaba.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Both of you changed: %1. Re-applying keeps your choice there.</source>
        <translation>&lt;br&gt;Ambos cambiaron: %1. Al volver a aplicar se mantiene su elección ahí.</translation>
    </message>
    <message>
        <source>(no change to stores or sites)</source>
        <translation>(ningún cambio en almacenes ni sitios)</translation>
    </message>
    <message>
        <source>Re-apply your edits on the latest network (then review and apply again), or discard them.</source>
        <translation>Vuelva a aplicar sus cambios sobre la red más reciente (luego revise y aplique de nuevo), o descártelos.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SecretToggle</name>
    <message>
        <source>Hide the secret</source>
        <translation>Ocultar el secreto</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Mostrar el secreto</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SessionListModel</name>
    <message>
        <source>Succeeded</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SessionTimeline</name>
    <message>
        <source>No sessions reported.</source>
        <translation>No se informaron sesiones.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Started %2, took %3&lt;br&gt;Pushed %4, pulled %5, rejected %6, waiting %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Inició %2, duró %3&lt;br&gt;Enviados %4, recibidos %5, rechazados %6, en espera %7</translation>
    </message>
    <message>
        <source>&lt;br&gt;Error: %1 (%2)</source>
        <translation>&lt;br&gt;Error: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Dirección del servidor</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>&amp;Certificate authority</source>
        <translation>Autoridad de &amp;certificación</translation>
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
        <translation>Sin proxy, p. ej. http://proxy:3128</translation>
    </message>
    <message>
        <source>Automatic &amp;sync</source>
        <translation>&amp;Sincronización automática</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Sincronización automática</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Keep syncing when the window is closed</source>
        <translation>&amp;Seguir sincronizando con la ventana cerrada</translation>
    </message>
    <message>
        <source>Closing the window leaves SyncSites running in the system tray, so automatic sync goes on. Quit it from the tray or the File menu.</source>
        <translation>Al cerrar la ventana, SyncSites sigue funcionando en la bandeja del sistema y la sincronización automática continúa. Para salir, use la bandeja o el menú Archivo.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>New &amp;secret</source>
        <translation>Nuevo s&amp;ecreto</translation>
    </message>
    <message>
        <source>Only when the administrator gave this site a new one</source>
        <translation>Solo si el administrador le dio uno nuevo a este sitio</translation>
    </message>
    <message>
        <source>New site secret</source>
        <translation>Nuevo secreto del sitio</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>Un nuevo idioma se aplica cuando la aplicación se vuelve a abrir.</translation>
    </message>
    <message>
        <source>The system&apos;s authorities</source>
        <translation>Las autoridades del sistema</translation>
    </message>
    <message>
        <source>Off (sync by hand)</source>
        <translation>Desactivada (sincronizar a mano)</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Cada 5 minutos</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Cada 15 minutos</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>Cada 30 minutos</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Cada hora</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Cada %n minuto</numerusform>
            <numerusform>Cada %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>The site&apos;s secret is kept in the system keychain.</source>
        <translation>El secreto del sitio se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No system keychain runs here: the site&apos;s secret is kept in a file only you can read.</source>
        <translation>Aquí no hay llavero del sistema: el secreto del sitio se guarda en un archivo que solo usted puede leer.</translation>
    </message>
    <message>
        <source>The server address must begin with https:// or http://.</source>
        <translation>La dirección del servidor debe comenzar con https:// o http://.</translation>
    </message>
    <message>
        <source>The proxy must be an address such as http://proxy:3128.</source>
        <translation>El proxy debe ser una dirección como http://proxy:3128.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SetupIdentityPage</name>
    <message>
        <source>&amp;Site name</source>
        <translation>&amp;Nombre del sitio</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nombre del sitio</translation>
    </message>
    <message>
        <source>Choose this computer&apos;s site from the server&apos;s list, or type its name</source>
        <translation>Elija el sitio de esta computadora en la lista del servidor, o escriba su nombre</translation>
    </message>
    <message>
        <source>Site s&amp;ecret</source>
        <translation>S&amp;ecreto del sitio</translation>
    </message>
    <message>
        <source>Site secret</source>
        <translation>Secreto del sitio</translation>
    </message>
    <message>
        <source>&amp;Data file</source>
        <translation>Archivo de &amp;datos</translation>
    </message>
    <message>
        <source>Where to keep the site&apos;s data</source>
        <translation>Dónde guardar los datos del sitio</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose where to keep the site&apos;s data</source>
        <translation>Elegir dónde guardar los datos del sitio</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Which site is this computer?</source>
        <translation>¿Qué sitio es esta computadora?</translation>
    </message>
    <message>
        <source>The site&apos;s name and secret as the network administrator set them up. The first sync brings the site&apos;s data; it can take a while on a slow link.</source>
        <translation>El nombre y el secreto del sitio, tal como los configuró el administrador de la red. La primera sincronización trae los datos del sitio; puede tardar con una conexión lenta.</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>¿Quién es usted?</translation>
    </message>
    <message>
        <source>Your user name and password on the server. They are checked now.</source>
        <translation>Su nombre de usuario y contraseña en el servidor. Se verifican ahora.</translation>
    </message>
    <message>
        <source>SyncSites data (*.sqlite);;All files (*)</source>
        <translation>Datos de SyncSites (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The server lists no site waiting to be set up. Type the site&apos;s name, or ask the administrator to add the site (or to release it, if this computer replaces another).</source>
        <translation>El servidor no tiene ningún sitio pendiente de configurar. Escriba el nombre del sitio, o pida al administrador que agregue el sitio (o que lo libere, si esta computadora reemplaza a otra).</translation>
    </message>
    <message>
        <source>Enter the site&apos;s name, its secret and where to keep its data.</source>
        <translation>Ingrese el nombre del sitio, su secreto y dónde guardar sus datos.</translation>
    </message>
    <message>
        <source>Checking the site&apos;s secret…</source>
        <translation>Verificando el secreto del sitio…</translation>
    </message>
    <message>
        <source>The secret is right: %1 (%2).</source>
        <translation>El secreto es correcto: %1 (%2).</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Ingrese su nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>Enter the name of this client site.</source>
        <translation>Ingrese el nombre de este sitio cliente.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>The console is for administrators and supervisors. Field staff use SyncSites at a site: go back and choose &quot;%1&quot; or &quot;%2&quot;, or sign in as an administrator or a supervisor.</source>
        <translation>La consola es para administradores y supervisores. El personal de campo usa SyncSites en un sitio: vuelva atrás y elija &quot;%1&quot; o &quot;%2&quot;, o inicie sesión como administrador o supervisor.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Sesión iniciada como %1 (%2).</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SetupModePage</name>
    <message>
        <source>How does this computer work with the network?</source>
        <translation>¿Cómo trabaja esta computadora con la red?</translation>
    </message>
    <message>
        <source>You can change this later by setting the app up again.</source>
        <translation>Puede cambiar esto más tarde si vuelve a configurar la aplicación.</translation>
    </message>
    <message>
        <source>A site with its own data (standalone)</source>
        <translation>Un sitio con sus propios datos (independiente)</translation>
    </message>
    <message>
        <source>This computer keeps a copy of its stores&apos; data and syncs it with the server. Work goes on when the network is down. You need the site&apos;s name and secret from the network administrator.</source>
        <translation>Esta computadora guarda una copia de los datos de sus almacenes y la sincroniza con el servidor. El trabajo continúa cuando la red no funciona. Necesita el nombre y el secreto del sitio que le da el administrador de la red.</translation>
    </message>
    <message>
        <source>A client of a server</source>
        <translation>Un cliente de un servidor</translation>
    </message>
    <message>
        <source>This computer works directly on a server&apos;s data and keeps none of its own (mSupply client, Open mSupply desktop). It needs the server to be reachable.</source>
        <translation>Esta computadora trabaja directamente con los datos de un servidor y no guarda datos propios (cliente mSupply, Open mSupply desktop). Necesita que el servidor esté accesible.</translation>
    </message>
    <message>
        <source>A console for the whole network</source>
        <translation>Una consola para toda la red</translation>
    </message>
    <message>
        <source>Administrators and supervisors: configure the network and its stores, and watch every site&apos;s sync health on the central server.</source>
        <translation>Administradores y supervisores: configurar la red y sus almacenes, y seguir el estado de sincronización de cada sitio en el servidor central.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SetupServerPage</name>
    <message>
        <source>Which server?</source>
        <translation>¿Qué servidor?</translation>
    </message>
    <message>
        <source>The address the network administrator gave you, for example https://sync.example.org.</source>
        <translation>La dirección que le dio el administrador de la red, por ejemplo https://sync.example.org.</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Dirección del servidor</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>&amp;Certificate authority</source>
        <translation>Autoridad de &amp;certificación</translation>
    </message>
    <message>
        <source>&amp;Proxy</source>
        <translation>&amp;Proxy</translation>
    </message>
    <message>
        <source>Only if this network needs one, e.g. http://proxy:3128</source>
        <translation>Solo si esta red lo necesita, p. ej. http://proxy:3128</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>Pro&amp;bar la conexión</translation>
    </message>
    <message>
        <source>Only if the administrator gave you one</source>
        <translation>Solo si el administrador le dio una</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, beginning with https:// or http://.</source>
        <translation>Ingrese la dirección del servidor, que comienza con https:// o http://.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>The server answered. You can go on.</source>
        <translation>El servidor respondió. Puede continuar.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SetupWizard</name>
    <message>
        <source>Set up SyncSites</source>
        <translation>Configurar SyncSites</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ShipmentListModel</name>
    <message>
        <source>(unknown store)</source>
        <translation>(almacén desconocido)</translation>
    </message>
    <message>
        <source>From store</source>
        <translation>Del almacén</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Empaques</translation>
    </message>
    <message>
        <source>Shipment id</source>
        <translation>N.º de envío</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SignInDialog</name>
    <message>
        <source>Sign in to SyncSites</source>
        <translation>Iniciar sesión en SyncSites</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in offline</source>
        <translation>Iniciar sesión sin conexión</translation>
    </message>
    <message>
        <source>Check the password against the accounts this site received with its last sync, without the server.</source>
        <translation>Verificar la contraseña con las cuentas que este sitio recibió en su última sincronización, sin el servidor.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Ingrese su nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>You can sign in offline to work with this site&apos;s data until the server is back.</source>
        <translation>Puede iniciar sesión sin conexión para trabajar con los datos de este sitio hasta que el servidor vuelva.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SiteDetailsPanel</name>
    <message>
        <source>just now</source>
        <translation>justo ahora</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
    <message>
        <source>Stores of the selected site</source>
        <translation>Almacenes del sitio seleccionado</translation>
    </message>
    <message>
        <source>Recent sessions of the selected site</source>
        <translation>Sesiones recientes del sitio seleccionado</translation>
    </message>
    <message>
        <source>Site details</source>
        <translation>Detalles del sitio</translation>
    </message>
    <message>
        <source>Select a site in the drawing, or find one by name, to see its details, stores and recent sessions.</source>
        <translation>Seleccione un sitio en el dibujo, o búsquelo por nombre, para ver sus detalles, almacenes y sesiones recientes.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Función:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Enlaces:</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Last success:</source>
        <translation>Último éxito:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Último error:</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Sesiones recientes</translation>
    </message>
    <message>
        <source>Client of %1: keeps no data, reads and writes its server&apos;s stores</source>
        <translation>Cliente de %1: no guarda datos, lee y modifica los almacenes de su servidor</translation>
    </message>
    <message>
        <source>Hub of the %1 data</source>
        <translation>Servidor de los datos %1</translation>
    </message>
    <message>
        <source>; a site for the %1 data</source>
        <translation>; un sitio para los datos %1</translation>
    </message>
    <message>
        <source>Site: syncs with its hubs</source>
        <translation>Sitio: se sincroniza con sus servidores</translation>
    </message>
    <message>
        <source>; serves clients: %1</source>
        <translation>; atiende a los clientes: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>server → %1</source>
        <translation>servidor → %1</translation>
    </message>
    <message>
        <source>none (the root of the network)</source>
        <translation>ninguno (la raíz de la red)</translation>
    </message>
    <message>
        <source>Stores: none (a client uses its server&apos;s)</source>
        <translation>Almacenes: ninguno (un cliente usa los de su servidor)</translation>
    </message>
    <message>
        <source>Stores: none visible here</source>
        <translation>Almacenes: ninguno visible aquí</translation>
    </message>
    <message>
        <source>Stores here (%1)</source>
        <translation>Almacenes aquí (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not applicable: clients do not sync</source>
        <translation>no aplica: los clientes no se sincronizan</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Clients do not sync themselves; their server&apos;s sessions carry their work.</source>
        <translation>Los clientes no se sincronizan solos; las sesiones de su servidor llevan su trabajo.</translation>
    </message>
    <message>
        <source>Sign in to the hub to see this site&apos;s sessions.</source>
        <translation>Inicie sesión en el servidor para ver las sesiones de este sitio.</translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation>Cargando sesiones…</translation>
    </message>
    <message>
        <source>Could not load the sessions: %1</source>
        <translation>No se pudieron cargar las sesiones: %1</translation>
    </message>
    <message>
        <source>No sessions reported in the last %1 days.</source>
        <translation>No se informaron sesiones en los últimos %1 días.</translation>
    </message>
    <message>
        <source>Reported to the hub in the last %1 days, newest first: %2.</source>
        <translation>Informadas al servidor en los últimos %1 días, las más recientes primero: %2.</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplica</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SiteDrillDown</name>
    <message>
        <source>Double-click a site to see its sessions.</source>
        <translation>Haga doble clic en un sitio para ver sus sesiones.</translation>
    </message>
    <message>
        <source>Session timeline</source>
        <translation>Cronología de sesiones</translation>
    </message>
    <message>
        <source>Figures per link of the selected session</source>
        <translation>Cifras por enlace de la sesión seleccionada</translation>
    </message>
    <message>
        <source>Fetching the sessions of %1…</source>
        <translation>Obteniendo las sesiones de %1…</translation>
    </message>
    <message>
        <source>No sessions reported in the last %1 days.</source>
        <translation>No se informaron sesiones en los últimos %1 días.</translation>
    </message>
    <message>
        <source>Sessions in the last %1 days: %2. Click a bar or use the arrow keys to see one.</source>
        <translation>Sesiones en los últimos %1 días: %2. Haga clic en una barra o use las flechas para ver una.</translation>
    </message>
    <message>
        <source>%1 reported no sessions in the last %2 days.</source>
        <translation>%1 no informó sesiones en los últimos %2 días.</translation>
    </message>
    <message>
        <source>Could not fetch the sessions: %1</source>
        <translation>No se pudieron obtener las sesiones: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;The site reported no figures per link for this session.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;El sitio no informó cifras por enlace para esta sesión.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SiteEditDialog</name>
    <message>
        <source>Add a site</source>
        <translation>Agregar un sitio</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>e.g. Lira Health Centre</source>
        <translation>p. ej. Centro de Salud de Lira</translation>
    </message>
    <message>
        <source>e.g. https://north.example.org:8443 (optional)</source>
        <translation>p. ej. https://north.example.org:8443 (opcional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>A site&apos;s name cannot change: sites and their data are known by it.</source>
        <translation>El nombre de un sitio no puede cambiar: los sitios y sus datos se identifican por él.</translation>
    </message>
    <message>
        <source>Give the site a name.</source>
        <translation>Dele un nombre al sitio.</translation>
    </message>
    <message>
        <source>There is already a site named &quot;%1&quot;.</source>
        <translation>Ya existe un sitio llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A %1 works on a server, and the network has none it may attach to.</source>
        <translation>Un %1 trabaja sobre un servidor, y la red no tiene ninguno al que pueda conectarse.</translation>
    </message>
    <message>
        <source>The URL must be a web address such as https://server.example.org:8443.</source>
        <translation>La URL debe ser una dirección web como https://server.example.org:8443.</translation>
    </message>
    <message>
        <source>A %1 keeps no data: its users work on the server chosen above.</source>
        <translation>Un %1 no guarda datos: sus usuarios trabajan en el servidor elegido arriba.</translation>
    </message>
    <message>
        <source>A %1 keeps its own data. Once added it gets a secret, shown once, to enter in its Settings.</source>
        <translation>Un %1 guarda sus propios datos. Al agregarlo recibe un secreto, que se muestra una sola vez, para ingresar en su Configuración.</translation>
    </message>
    <message>
        <source>The hub checks the network&apos;s rules before it saves the change.</source>
        <translation>El servidor verifica las reglas de la red antes de guardar el cambio.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SiteSecretDialog</name>
    <message>
        <source>The secret of %1</source>
        <translation>El secreto de %1</translation>
    </message>
    <message>
        <source>%1 must enter it in its Settings before it can sync. It is shown this once: copy it now and hand it over safely.</source>
        <translation>%1 debe ingresarlo en su Configuración antes de poder sincronizar. Se muestra solo esta vez: cópielo ahora y entréguelo de forma segura.</translation>
    </message>
    <message>
        <source>%1 was added. This is its secret.</source>
        <translation>Se agregó %1. Este es su secreto.</translation>
    </message>
    <message>
        <source>%1 has a new secret. Its old secret no longer works and its sessions have ended.</source>
        <translation>%1 tiene un nuevo secreto. Su secreto anterior ya no funciona y sus sesiones terminaron.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SiteStatusModel</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
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
        <translation>%1 d</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplica</translation>
    </message>
    <message>
        <source>A client does not sync on its own: its data goes through its server %1.</source>
        <translation>Un cliente no se sincroniza por sí mismo: sus datos pasan por su servidor %1.</translation>
    </message>
    <message>
        <source>The hub does not sync on its own: the sites sync with it.</source>
        <translation>El servidor no se sincroniza por sí mismo: los sitios se sincronizan con él.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Client of %1</source>
        <translation>Cliente de %1</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Último intento: %1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Último éxito</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SiteStoresModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Sync type here</source>
        <translation>Tipo de sincronización aquí</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SiteTableModel</name>
    <message>
        <source>not bound</source>
        <translation>no vinculado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>This site syncs only from the installation %1 until its binding is released.</source>
        <translation>Este sitio solo se sincroniza desde la instalación %1 hasta que se libere su vínculo.</translation>
    </message>
    <message>
        <source>The end of the newest sync session %1 reported: %2</source>
        <translation>Fin de la última sesión de sincronización informada por %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n store(s) Active on this site</source>
        <translation>
            <numerusform>%n almacén Activo en este sitio</numerusform>
            <numerusform>%n almacenes Activos en este sitio</numerusform>
        </translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Active stores</source>
        <translation>Almacenes Activos</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SitesTab</name>
    <message>
        <source>&amp;Add site…</source>
        <translation>&amp;Agregar sitio…</translation>
    </message>
    <message>
        <source>&amp;Edit site…</source>
        <translation>&amp;Editar sitio…</translation>
    </message>
    <message>
        <source>Re&amp;move site…</source>
        <translation>&amp;Quitar sitio…</translation>
    </message>
    <message>
        <source>New &amp;secret…</source>
        <translation>Nuevo &amp;secreto…</translation>
    </message>
    <message>
        <source>Re&amp;lease installation…</source>
        <translation>&amp;Liberar instalación…</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Give the selected site a new secret: its old one stops working and its sessions end.</source>
        <translation>Dar un nuevo secreto al sitio seleccionado: el anterior deja de funcionar y sus sesiones terminan.</translation>
    </message>
    <message>
        <source>Let another computer sync as the selected site (after a replacement or a reinstallation).</source>
        <translation>Permitir que otra computadora se sincronice como el sitio seleccionado (tras un reemplazo o una reinstalación).</translation>
    </message>
    <message>
        <source>The sites could not be loaded: %1</source>
        <translation>No se pudieron cargar los sitios: %1</translation>
    </message>
    <message>
        <source>%1 was added to the network.</source>
        <translation>Se agregó %1 a la red.</translation>
    </message>
    <message>
        <source>Adding %1 failed</source>
        <translation>No se pudo agregar %1</translation>
    </message>
    <message>
        <source>%1 was not changed: nothing differed.</source>
        <translation>%1 no se cambió: no había diferencias.</translation>
    </message>
    <message>
        <source>%1 was changed.</source>
        <translation>Se cambió %1.</translation>
    </message>
    <message>
        <source>Changing %1 failed</source>
        <translation>No se pudo cambiar %1</translation>
    </message>
    <message>
        <source>Remove %1 from the network?

Its secret and installation stop working: it can no longer sync. The Collector and Transfer copies of stores it held are dropped from the network; sites that link to it or work on it must be changed first, or the hub refuses.</source>
        <translation>¿Quitar %1 de la red?

Su secreto y su instalación dejan de funcionar: ya no podrá sincronizar. Las copias Recolector y Transferencia de los almacenes que tenía se eliminan de la red; los sitios vinculados a él o que trabajan sobre él deben cambiarse primero, o el servidor lo rechaza.</translation>
    </message>
    <message>
        <source>Remove %1 from the network?

Its users can no longer work through it.</source>
        <translation>¿Quitar %1 de la red?

Sus usuarios ya no podrán trabajar a través de él.</translation>
    </message>
    <message>
        <source>Remove a site</source>
        <translation>Quitar un sitio</translation>
    </message>
    <message>
        <source>&amp;Remove %1</source>
        <translation>&amp;Quitar %1</translation>
    </message>
    <message>
        <source>%1 was removed from the network.</source>
        <translation>Se quitó %1 de la red.</translation>
    </message>
    <message>
        <source>Removing %1 failed</source>
        <translation>No se pudo quitar %1</translation>
    </message>
    <message>
        <source>%1 cannot be removed while stores are Active on it: %2. The hub refuses (site in use) until each of them is moved home to another site: use Move home on the Stores tab for each, then remove %1.</source>
        <translation>No se puede quitar %1 mientras tenga almacenes Activos: %2. El servidor lo rechaza (sitio en uso) hasta que cada uno se mueva a otro sitio de origen: use Mover el origen en la pestaña Almacenes para cada uno y luego quite %1.</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Nuevo secreto</translation>
    </message>
    <message>
        <source>Give %1 a new secret?

Its current secret stops working at once and its sessions end. %1 cannot sync again until the new secret, shown once, is entered in its Settings.</source>
        <translation>¿Dar un nuevo secreto a %1?

Su secreto actual deja de funcionar de inmediato y sus sesiones terminan. %1 no podrá volver a sincronizar hasta que el nuevo secreto, que se muestra una sola vez, se ingrese en su Configuración.</translation>
    </message>
    <message>
        <source>&amp;Give a new secret</source>
        <translation>&amp;Dar un nuevo secreto</translation>
    </message>
    <message>
        <source>Giving %1 a new secret failed</source>
        <translation>No se pudo dar un nuevo secreto a %1</translation>
    </message>
    <message>
        <source>%1 has a new secret; its old one no longer works.</source>
        <translation>%1 tiene un nuevo secreto; el anterior ya no funciona.</translation>
    </message>
    <message>
        <source>%1 is bound to no installation yet.</source>
        <translation>%1 aún no está vinculado a ninguna instalación.</translation>
    </message>
    <message>
        <source>%1 is bound to the installation %2: only that computer may sync as %1.</source>
        <translation>%1 está vinculado a la instalación %2: solo esa computadora puede sincronizar como %1.</translation>
    </message>
    <message>
        <source>Release the installation</source>
        <translation>Liberar la instalación</translation>
    </message>
    <message>
        <source>Once released, another computer may sync as %1: the first one to sync with its secret is bound instead, and the current session ends. Do it when its computer was replaced or reinstalled.</source>
        <translation>Una vez liberado, otra computadora puede sincronizar como %1: la primera que sincronice con su secreto queda vinculada en su lugar, y la sesión actual termina. Hágalo cuando su computadora se haya reemplazado o reinstalado.</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Liberar</translation>
    </message>
    <message>
        <source>Releasing the installation of %1 failed</source>
        <translation>No se pudo liberar la instalación de %1</translation>
    </message>
    <message>
        <source>The installation %1 was released: the next computer to sync as %2 will be bound instead.</source>
        <translation>Se liberó la instalación %1: la próxima computadora que sincronice como %2 quedará vinculada en su lugar.</translation>
    </message>
    <message>
        <source>%1 was bound to no installation: nothing to release.</source>
        <translation>%1 no estaba vinculado a ninguna instalación: no hay nada que liberar.</translation>
    </message>
    <message>
        <source>Someone else changed the network meanwhile, so nothing was changed. The list now shows the latest network: check it and do your change again.</source>
        <translation>Otra persona cambió la red mientras tanto, así que no se cambió nada. La lista muestra ahora la red más reciente: revísela y vuelva a hacer su cambio.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::StoreEditDialog</name>
    <message>
        <source>e.g. LIR-PHA</source>
        <translation>p. ej. LIR-PHA</translation>
    </message>
    <message>
        <source>e.g. Lira Pharmacy</source>
        <translation>p. ej. Farmacia de Lira</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>Có&amp;digo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;New home site:</source>
        <translation>Nuevo sitio de &amp;origen:</translation>
    </message>
    <message>
        <source>&amp;Home site:</source>
        <translation>Sitio de &amp;origen:</translation>
    </message>
    <message>
        <source>&amp;Keep a read-only (Collector) copy at %1</source>
        <translation>&amp;Mantener una copia de solo lectura (Recolector) en %1</translation>
    </message>
    <message>
        <source>Add a store</source>
        <translation>Agregar un almacén</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Cambiar el nombre de %1</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>Move the home of %1</source>
        <translation>Mover el origen de %1</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>Re&amp;visar…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Give the store a code.</source>
        <translation>Dele un código al almacén.</translation>
    </message>
    <message>
        <source>There is already a store with the code %1.</source>
        <translation>Ya existe un almacén con el código %1.</translation>
    </message>
    <message>
        <source>Give the store a name.</source>
        <translation>Dele un nombre al almacén.</translation>
    </message>
    <message>
        <source>Choose the site where the store&apos;s data is kept and edited (its home).</source>
        <translation>Elija el sitio donde se guardan y editan los datos del almacén (su sitio de origen).</translation>
    </message>
    <message>
        <source>Type the store&apos;s new name.</source>
        <translation>Escriba el nuevo nombre del almacén.</translation>
    </message>
    <message>
        <source>Choose the site that will keep and edit the store&apos;s data from now on.</source>
        <translation>Elija el sitio que guardará y editará los datos del almacén a partir de ahora.</translation>
    </message>
    <message>
        <source>The store becomes Active on %1 and read-only everywhere else. Before anything is changed you will see what the hand-over does: which sites receive or drop its data.</source>
        <translation>El almacén pasa a ser Activo en %1 y de solo lectura en todos los demás. Antes de cambiar nada, verá lo que hace el traspaso: qué sitios reciben o eliminan sus datos.</translation>
    </message>
    <message>
        <source>The store is Active on %1. Other sites see it once you give them a sync type on the Stores page.</source>
        <translation>El almacén está Activo en %1. Los otros sitios lo ven cuando usted les asigna un tipo de sincronización en la página Almacenes.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::StoreListModel</name>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Home site</source>
        <translation>Sitio de origen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Sitio de origen: %1</translation>
    </message>
    <message>
        <source>This is the store&apos;s home site. To move the home, make another site Active.</source>
        <translation>Este es el sitio de origen del almacén. Para mover el origen, haga Activo otro sitio.</translation>
    </message>
    <message>
        <source>Pending edit (was: %1).</source>
        <translation>Cambio pendiente (antes: %1).</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>no visible</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Almacén</translation>
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
        <translation>&amp;Agregar almacén…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nombrar…</translation>
    </message>
    <message>
        <source>&amp;Move home…</source>
        <translation>&amp;Mover el origen…</translation>
    </message>
    <message>
        <source>R&amp;etire…</source>
        <translation>&amp;Dar de baja…</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>Recar&amp;gar</translation>
    </message>
    <message>
        <source>Make the selected store Active on another site (the hand-over), after a review of what each site receives or drops.</source>
        <translation>Hacer Activo el almacén seleccionado en otro sitio (el traspaso), después de revisar qué recibe o elimina cada sitio.</translation>
    </message>
    <message>
        <source>Remove the selected store from the network, after a review of what each site drops.</source>
        <translation>Quitar el almacén seleccionado de la red, después de revisar qué elimina cada sitio.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Home site</source>
        <translation>Sitio de origen</translation>
    </message>
    <message>
        <source>The stores could not be loaded: %1</source>
        <translation>No se pudieron cargar los almacenes: %1</translation>
    </message>
    <message>
        <source>The store %1 was added, Active on %2.</source>
        <translation>Se agregó el almacén %1, Activo en %2.</translation>
    </message>
    <message>
        <source>Adding the store %1 failed</source>
        <translation>No se pudo agregar el almacén %1</translation>
    </message>
    <message>
        <source>The store %1 is now called %2.</source>
        <translation>El almacén %1 ahora se llama %2.</translation>
    </message>
    <message>
        <source>Renaming the store %1 failed</source>
        <translation>No se pudo cambiar el nombre del almacén %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Move the home of %1 (%2)&lt;/b&gt; from %3 to %4: the store becomes Active on %4; %3 %5.</source>
        <translation>&lt;b&gt;Mover el origen de %1 (%2)&lt;/b&gt; de %3 a %4: el almacén pasa a ser Activo en %4; %3 %5.</translation>
    </message>
    <message>
        <source>keeps a read-only (Collector) copy</source>
        <translation>conserva una copia de solo lectura (Recolector)</translation>
    </message>
    <message>
        <source>drops its data</source>
        <translation>elimina sus datos</translation>
    </message>
    <message>
        <source>The store %1 is now Active on %2.</source>
        <translation>El almacén %1 ahora está Activo en %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Retire the store %1 (%2)&lt;/b&gt;, Active on %3: it is removed from the network. No site syncs its data any more and the sites that held a copy drop it.</source>
        <translation>&lt;b&gt;Dar de baja el almacén %1 (%2)&lt;/b&gt;, Activo en %3: se quita de la red. Ningún sitio sincroniza ya sus datos y los sitios que tenían una copia la eliminan.</translation>
    </message>
    <message>
        <source>The store %1 was retired.</source>
        <translation>Se dio de baja el almacén %1.</translation>
    </message>
    <message>
        <source>The change was refused</source>
        <translation>El cambio fue rechazado</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (revisión %2)</translation>
    </message>
    <message>
        <source>Someone else changed the network meanwhile, so nothing was changed. The list now shows the latest network: check it and do your change again.</source>
        <translation>Otra persona cambió la red mientras tanto, así que no se cambió nada. La lista muestra ahora la red más reciente: revísela y vuelva a hacer su cambio.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::StoresPage</name>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Review and apply…</source>
        <translation>Revisar y aplicar…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Stores and sync types&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Almacenes y tipos de sincronización&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Filter stores by code, name or home site</source>
        <translation>Filtrar almacenes por código, nombre o sitio de origen</translation>
    </message>
    <message>
        <source>Filter by code, name or home site</source>
        <translation>Filtrar por código, nombre o sitio de origen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Deshacer: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rehacer: %1 (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>Redo the edit undone</source>
        <translation>Rehacer el cambio deshecho</translation>
    </message>
    <message>
        <source>Discard all pending edits</source>
        <translation>Descartar todos los cambios pendientes</translation>
    </message>
    <message>
        <source>Load the network from the hub again</source>
        <translation>Volver a cargar la red desde el servidor</translation>
    </message>
    <message>
        <source>Review the pending edits and apply them</source>
        <translation>Revisar los cambios pendientes y aplicarlos</translation>
    </message>
    <message>
        <source>Sync types</source>
        <translation>Tipos de sincronización</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Almacenes</translation>
    </message>
    <message>
        <source>Store sync types by site</source>
        <translation>Tipos de sincronización de los almacenes por sitio</translation>
    </message>
    <message>
        <source>Broken rules; activate one to go to its cell</source>
        <translation>Reglas incumplidas; active una para ir a su celda</translation>
    </message>
    <message>
        <source>Not connected to a hub: there is nothing to reload from.</source>
        <translation>Sin conexión con un servidor: no hay desde dónde recargar.</translation>
    </message>
    <message>
        <source>Loading the network from the hub…</source>
        <translation>Cargando la red desde el servidor…</translation>
    </message>
    <message>
        <source>Could not load the network: %1</source>
        <translation>No se pudo cargar la red: %1</translation>
    </message>
    <message>
        <source>Loaded revision %1; your pending edits were kept on top of it.</source>
        <translation>Revisión %1 cargada; sus cambios pendientes se mantuvieron sobre ella.</translation>
    </message>
    <message>
        <source>Loaded revision %1. These edits no longer fit and were dropped: %2</source>
        <translation>Revisión %1 cargada. Estos cambios ya no encajan y se descartaron: %2</translation>
    </message>
    <message>
        <source>The network has not changed on the hub (revision %1).</source>
        <translation>La red no ha cambiado en el servidor (revisión %1).</translation>
    </message>
    <message>
        <source>Sync-type edits not applied</source>
        <translation>Cambios de tipo de sincronización sin aplicar</translation>
    </message>
    <message numerus="yes">
        <source>%n sync-type change(s) on the Stores page are not applied to the hub yet.</source>
        <translation>
            <numerusform>%n cambio de tipo de sincronización en la página Almacenes aún no se ha aplicado en el servidor.</numerusform>
            <numerusform>%n cambios de tipo de sincronización en la página Almacenes aún no se han aplicado en el servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review and apply them now, discard them, or cancel to keep them on the page and stay.</source>
        <translation>Revíselos y aplíquelos ahora, descártelos, o cancele para conservarlos en la página y quedarse.</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Revisar y aplicar…</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>&amp;Descartarlos</translation>
    </message>
    <message>
        <source>Read-only: not connected to a hub. Sync types are changed on the hub; connect to it to edit them.</source>
        <translation>Solo lectura: sin conexión con un servidor. Los tipos de sincronización se cambian en el servidor; conéctese a él para editarlos.</translation>
    </message>
    <message>
        <source>Read-only: only administrators can change sync types. You can look at them and at the audit log.</source>
        <translation>Solo lectura: solo los administradores pueden cambiar los tipos de sincronización. Usted puede verlos, y también el registro de auditoría.</translation>
    </message>
    <message>
        <source>Read-only: this is a local copy of the network. Reload it from the hub to edit sync types.</source>
        <translation>Solo lectura: esta es una copia local de la red. Vuelva a cargarla desde el servidor para editar los tipos de sincronización.</translation>
    </message>
    <message>
        <source>Double-click a cell, or select it and press F2, to change a store&apos;s sync type on that site. Nothing changes on the hub until you review and apply.</source>
        <translation>Haga doble clic en una celda, o selecciónela y presione F2, para cambiar el tipo de sincronización de un almacén en ese sitio. Nada cambia en el servidor hasta que usted revise y aplique.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No rule is broken.</source>
        <translation>No se incumple ninguna regla.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n rule(s) broken&lt;/b&gt; — click one to go to its cell:</source>
        <translation>
            <numerusform>&lt;b&gt;%n regla incumplida&lt;/b&gt; — haga clic en ella para ir a su celda:</numerusform>
            <numerusform>&lt;b&gt;%n reglas incumplidas&lt;/b&gt; — haga clic en una para ir a su celda:</numerusform>
        </translation>
    </message>
    <message>
        <source>No pending edits</source>
        <translation>No hay cambios pendientes</translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s)</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n store(s)</source>
        <translation>
            <numerusform> en %n almacén</numerusform>
            <numerusform> en %n almacenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rules are broken: the review shows them and will not apply until they are fixed.</source>
        <translation>Hay reglas incumplidas: la revisión las muestra y no aplicará nada hasta que se corrijan.</translation>
    </message>
    <message>
        <source>Your edits were re-applied on revision %1. Review and apply them.</source>
        <translation>Sus cambios se volvieron a aplicar sobre la revisión %1. Revíselos y aplíquelos.</translation>
    </message>
    <message>
        <source>Your edits were re-applied on revision %1, except: %2</source>
        <translation>Sus cambios se volvieron a aplicar sobre la revisión %1, excepto: %2</translation>
    </message>
    <message>
        <source>Your edits were discarded; this is the latest network (revision %1).</source>
        <translation>Sus cambios se descartaron; esta es la red más reciente (revisión %1).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n change(s)&lt;/b&gt; to the network as loaded (revision %1):</source>
        <translation>
            <numerusform>&lt;b&gt;%n cambio&lt;/b&gt; en la red tal como se cargó (revisión %1):</numerusform>
            <numerusform>&lt;b&gt;%n cambios&lt;/b&gt; en la red tal como se cargó (revisión %1):</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied: the network is now at revision %1.</source>
        <translation>Aplicado: la red está ahora en la revisión %1.</translation>
    </message>
    <message>
        <source>someone else changed the network, and loading the latest failed: %1</source>
        <translation>otra persona cambió la red, y no se pudo cargar la más reciente: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Someone else changed the network (now revision %1). Your edits are kept, based on revision %2.</source>
        <translation>Otra persona cambió la red (ahora revisión %1). Sus cambios se conservan, basados en la revisión %2.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SyncHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SyncPage</name>
    <message>
        <source>Result of the last sync</source>
        <translation>Resultado de la última sincronización</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Última sincronización correcta</translation>
    </message>
    <message>
        <source>Records waiting to be sent</source>
        <translation>Registros pendientes de enviar</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connection to the server</source>
        <translation>Conexión con el servidor</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Última sincronización correcta:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Pendientes de enviar:</translation>
    </message>
    <message>
        <source>Automatic sync interval</source>
        <translation>Intervalo de sincronización automática</translation>
    </message>
    <message>
        <source>Off (sync only when asked)</source>
        <translation>Desactivada (sincronizar solo cuando se pida)</translation>
    </message>
    <message>
        <source>Automatic sync:</source>
        <translation>Sincronización automática:</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Etapa actual</translation>
    </message>
    <message>
        <source>Records, rate and time left</source>
        <translation>Registros, velocidad y tiempo restante</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Stages of the session</source>
        <translation>Etapas de la sesión</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>Historial de sincronización</translation>
    </message>
    <message>
        <source>Quarantined records</source>
        <translation>Registros en cuarentena</translation>
    </message>
    <message>
        <source>Details of the selected record</source>
        <translation>Detalles del registro seleccionado</translation>
    </message>
    <message>
        <source>Select a record to see why it was refused and what it holds.</source>
        <translation>Seleccione un registro para ver por qué fue rechazado y qué contiene.</translation>
    </message>
    <message>
        <source>&amp;Retry all</source>
        <translation>&amp;Reintentar todo</translation>
    </message>
    <message>
        <source>Retry the quarantined records</source>
        <translation>Reintentar los registros en cuarentena</translation>
    </message>
    <message>
        <source>Send the quarantined records again, as they are now</source>
        <translation>Volver a enviar los registros en cuarentena, tal como están ahora</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportar...</translation>
    </message>
    <message>
        <source>Export the quarantine to a file</source>
        <translation>Exportar la cuarentena a un archivo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Cuarentena</translation>
    </message>
    <message>
        <source>The sync history could not be read: %1</source>
        <translation>No se pudo leer el historial de sincronización: %1</translation>
    </message>
    <message>
        <source>Quarantine (%1)</source>
        <translation>Cuarentena (%1)</translation>
    </message>
    <message>
        <source>Last sync %1: %2. %3</source>
        <translation>Última sincronización %1: %2. %3</translation>
    </message>
    <message>
        <source>%1 sent, %2 received.</source>
        <translation>%1 enviados, %2 recibidos.</translation>
    </message>
    <message>
        <source>This site has not synced yet. Press Sync now to start.</source>
        <translation>Este sitio aún no se ha sincronizado. Presione Sincronizar para comenzar.</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Iniciando...</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Sincronizando...</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Cancelar la sincronización</translation>
    </message>
    <message>
        <source>Stop this sync; what was received so far is kept</source>
        <translation>Detener esta sincronización; lo recibido hasta ahora se conserva</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Send this site&apos;s changes and receive the others&apos; (Ctrl+S, F5)</source>
        <translation>Enviar los cambios de este sitio y recibir los de los demás (Ctrl+S, F5)</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>The interval is used until the app closes, but it could not be saved: %1</source>
        <translation>El intervalo se usa hasta que se cierre la aplicación, pero no se pudo guardar: %1</translation>
    </message>
    <message>
        <source>Every %1 seconds</source>
        <translation>Cada %1 segundos</translation>
    </message>
    <message>
        <source>Table: %1
Record: %2
</source>
        <translation>Tabla: %1
Registro: %2
</translation>
    </message>
    <message>
        <source>Store: %1
</source>
        <translation>Almacén: %1
</translation>
    </message>
    <message>
        <source>Reason: %1 (%2)
In the quarantine since: %3
Retries: %4
</source>
        <translation>Motivo: %1 (%2)
En cuarentena desde: %3
Reintentos: %4
</translation>
    </message>
    <message>
        <source>Session: #%1
</source>
        <translation>Sesión: n.º %1
</translation>
    </message>
    <message>
        <source>
The record as it was refused:
</source>
        <translation>
El registro tal como fue rechazado:
</translation>
    </message>
    <message>
        <source>Export the quarantine</source>
        <translation>Exportar la cuarentena</translation>
    </message>
    <message>
        <source>quarantine.json</source>
        <translation>quarantine.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>No se pudo escribir el archivo %1: %2</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1 escritos en %2.</translation>
    </message>
    <message>
        <source>Sending the quarantined records again...</source>
        <translation>Volviendo a enviar los registros en cuarentena...</translation>
    </message>
    <message>
        <source>%1 sent again; all went through.</source>
        <translation>%1 reenviados; todos pasaron.</translation>
    </message>
    <message>
        <source>%1 sent again: %2 went through, %3 still refused.</source>
        <translation>%1 reenviados: %2 pasaron, %3 siguen rechazados.</translation>
    </message>
    <message>
        <source>The retry failed: %1</source>
        <translation>El reintento falló: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Última sincronización correcta: %1</translation>
    </message>
    <message>
        <source>Result of the last sync: %1</source>
        <translation>Resultado de la última sincronización: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>Pendientes de enviar: %1</translation>
    </message>
    <message>
        <source>Current stage: %1</source>
        <translation>Etapa actual: %1</translation>
    </message>
    <message>
        <source>Records, rate and time left: %1</source>
        <translation>Registros, velocidad y tiempo restante: %1</translation>
    </message>
    <message>
        <source>Syncing: %1</source>
        <translation>Sincronizando: %1</translation>
    </message>
    <message>
        <source>Offline: last synced %1</source>
        <translation>Sin conexión: última sincronización %1</translation>
    </message>
    <message>
        <source>Offline: not synced with the server yet</source>
        <translation>Sin conexión: aún no se ha sincronizado con el servidor</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Falló la sincronización: %1</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún no sincronizado</translation>
    </message>
    <message>
        <source>Offline: the last sync could not reach the server. Your work is kept here and is sent at the next successful sync.</source>
        <translation>Sin conexión: la última sincronización no pudo llegar al servidor. Su trabajo se guarda aquí y se envía en la próxima sincronización correcta.</translation>
    </message>
    <message>
        <source>Offline: this site has not reached the server yet.</source>
        <translation>Sin conexión: este sitio aún no ha llegado al servidor.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Conectado</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Nuevo intento en %n segundo.</numerusform>
            <numerusform>Nuevo intento en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n minute(s).</source>
        <translation>
            <numerusform>Nuevo intento en %n minuto.</numerusform>
            <numerusform>Nuevo intento en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again at the next automatic sync, %1.</source>
        <translation>Nuevo intento en la próxima sincronización automática, a las %1.</translation>
    </message>
    <message>
        <source>Automatic sync is off: sync again when the connection is back.</source>
        <translation>La sincronización automática está desactivada: vuelva a sincronizar cuando regrese la conexión.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SyncStageModel</name>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SyncText</name>
    <message>
        <source>Connecting to the server</source>
        <translation>Conectando con el servidor</translation>
    </message>
    <message>
        <source>Sending %1 data</source>
        <translation>Enviando datos %1</translation>
    </message>
    <message>
        <source>Receiving and saving %1 data</source>
        <translation>Recibiendo y guardando datos %1</translation>
    </message>
    <message>
        <source>Processing transfers</source>
        <translation>Procesando transferencias</translation>
    </message>
    <message>
        <source>Reporting to the server</source>
        <translation>Informando al servidor</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>justo ahora</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>hace 1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>hace %1 minutos</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>hace 1 hora</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>hace %1 horas</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
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
        <translation>falta menos de un segundo</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>faltan unos %1 s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>faltan unos %1</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nada que hacer</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>%1 escritos</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 de %2 registros</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 registros/s</translation>
    </message>
    <message>
        <source>%1 sent, %2 received</source>
        <translation>%1 enviados, %2 recibidos</translation>
    </message>
    <message>
        <source>Sync finished: %1.</source>
        <translation>Sincronización terminada: %1.</translation>
    </message>
    <message>
        <source>Sync finished: %1, but 1 record was refused and kept in the quarantine.</source>
        <translation>Sincronización terminada: %1, pero 1 registro fue rechazado y quedó en cuarentena.</translation>
    </message>
    <message>
        <source>Sync finished: %1, but %2 records were refused and kept in the quarantine.</source>
        <translation>Sincronización terminada: %1, pero %2 registros fueron rechazados y quedaron en cuarentena.</translation>
    </message>
    <message>
        <source>Sync cancelled. Nothing was lost: the next sync resumes where this one stopped.</source>
        <translation>Sincronización cancelada. No se perdió nada: la próxima sincronización continúa donde se detuvo esta.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Falló la sincronización: %1</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>Falló la sincronización.</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Cada minuto</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Cada %1 minutos</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SyncTrayIcon</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>&amp;Open SyncSites</source>
        <translation>&amp;Abrir SyncSites</translation>
    </message>
    <message>
        <source>&amp;Quit SyncSites</source>
        <translation>&amp;Salir de SyncSites</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Sincronizando...</translation>
    </message>
    <message>
        <source>SyncSites</source>
        <translation>SyncSites</translation>
    </message>
    <message>
        <source>SyncSites: %1</source>
        <translation>SyncSites: %1</translation>
    </message>
    <message>
        <source>SyncSites keeps syncing in the background. Open it from this icon; to stop it, choose Quit in the icon&apos;s menu or in the File menu.</source>
        <translation>SyncSites sigue sincronizando en segundo plano. Ábralo desde este ícono; para detenerlo, elija Salir en el menú del ícono o en el menú Archivo.</translation>
    </message>
    <message>
        <source>SyncSites is still running</source>
        <translation>SyncSites sigue en ejecución</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Falló la sincronización</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SyncTypeDelegate</name>
    <message>
        <source>Sync type of %1 on %2</source>
        <translation>Tipo de sincronización de %1 en %2</translation>
    </message>
    <message>
        <source>None (not visible)</source>
        <translation>Ninguno (no visible)</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::TemperatureLogDialog</name>
    <message>
        <source>Temperature reading in %1</source>
        <translation>Lectura de temperatura en %1</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Fecha de lectura</translation>
    </message>
    <message>
        <source>Temperature in degrees Celsius</source>
        <translation>Temperatura en grados Celsius</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>&amp;Asset:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>&amp;Read at:</source>
        <translation>Fecha de &amp;lectura:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatura:</translation>
    </message>
    <message>
        <source>%1 has no asset yet: add one first (Add asset).</source>
        <translation>%1 aún no tiene ningún equipo: agregue uno primero (Agregar equipo).</translation>
    </message>
    <message>
        <source>The reading is sent to the cold-chain hub at the next sync.</source>
        <translation>La lectura se envía al servidor de la cadena de frío en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Outside the 2–8 °C range vaccines are kept in.</source>
        <translation>Fuera del rango de 2–8 °C en el que se conservan las vacunas.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::TopologyFileTab</name>
    <message>
        <source>Topology files (*.json);;All files (*)</source>
        <translation>Archivos de topología (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 gets the data of store %2 (%3).</source>
        <translation>%1 recibe los datos del almacén %2 (%3).</translation>
    </message>
    <message>
        <source>%1 drops the data of store %2 (it was %3 there).</source>
        <translation>%1 elimina los datos del almacén %2 (allí era %3).</translation>
    </message>
    <message>
        <source>Store %1 moves home from %2 to %3; changes %2 has not sent yet are refused.</source>
        <translation>El almacén %1 mueve su origen de %2 a %3; se rechazan los cambios que %2 aún no ha enviado.</translation>
    </message>
    <message>
        <source>&amp;Export to a file…</source>
        <translation>&amp;Exportar a un archivo…</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importar un archivo…</translation>
    </message>
    <message>
        <source>The whole network as one file (sites, their links, stores and where each store is Active, Collector or Transfer). Export it to keep a copy or edit it; importing a file checks it first and shows what it would change before anything is applied.</source>
        <translation>Toda la red en un solo archivo (los sitios, sus enlaces, los almacenes y dónde es cada almacén Activo, Recolector o Transferencia). Expórtela para guardar una copia o editarla; al importar un archivo, primero se verifica y se muestra qué cambiaría antes de aplicar nada.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>Export the network</source>
        <translation>Exportar la red</translation>
    </message>
    <message>
        <source>Import a network</source>
        <translation>Importar una red</translation>
    </message>
    <message>
        <source>The network could not be read: %1</source>
        <translation>No se pudo leer la red: %1</translation>
    </message>
    <message numerus="yes">
        <source>The hub&apos;s network: %n site(s), </source>
        <translation>
            <numerusform>La red del servidor: %n sitio, </numerusform>
            <numerusform>La red del servidor: %n sitios, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n store(s) </source>
        <translation>
            <numerusform>%n almacén </numerusform>
            <numerusform>%n almacenes </numerusform>
        </translation>
    </message>
    <message>
        <source>(revision %1).</source>
        <translation>(revisión %1).</translation>
    </message>
    <message>
        <source>Reading the network…</source>
        <translation>Leyendo la red…</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>No se exportó: %1</translation>
    </message>
    <message>
        <source>Not exported: %1 could not be written (%2). Choose another folder.</source>
        <translation>No se exportó: no se pudo escribir %1 (%2). Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Exported the network (revision %1) to %2.</source>
        <translation>Se exportó la red (revisión %1) a %2.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MB: it is not a topology file.</source>
        <translation>%1 pesa más de 16 MB: no es un archivo de topología.</translation>
    </message>
    <message>
        <source>%1 is not a topology file: %2 Nothing was changed.</source>
        <translation>%1 no es un archivo de topología: %2 No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>The file breaks %n rule(s) of the network, listed above. Fix them and import it again; nothing was changed.</source>
        <translation>
            <numerusform>El archivo incumple %n regla de la red, indicada arriba. Corríjala e importe el archivo de nuevo; no se cambió nada.</numerusform>
            <numerusform>El archivo incumple %n reglas de la red, indicadas arriba. Corríjalas e importe el archivo de nuevo; no se cambió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace the network&lt;/b&gt; with %1: %2 sites and %3 stores (now %4 and %5).</source>
        <translation>&lt;b&gt;Reemplazar la red&lt;/b&gt; por %1: %2 sitios y %3 almacenes (ahora %4 y %5).</translation>
    </message>
    <message>
        <source>The file changes no store&apos;s visibility; review it and apply.</source>
        <translation>El archivo no cambia la visibilidad de ningún almacén; revíselo y aplique.</translation>
    </message>
    <message numerus="yes">
        <source>The file changes what %n store/site pair(s) hold, listed above; review and apply.</source>
        <translation>
            <numerusform>El archivo cambia lo que contiene %n par almacén/sitio, indicado arriba; revise y aplique.</numerusform>
            <numerusform>El archivo cambia lo que contienen %n pares almacén/sitio, indicados arriba; revise y aplique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone changed the network while you reviewed the file; nothing was applied. Import the file again to review it against the network as it is now.</source>
        <translation>Otra persona cambió la red mientras usted revisaba el archivo; no se aplicó nada. Vuelva a importar el archivo para revisarlo con la red tal como está ahora.</translation>
    </message>
    <message>
        <source>The network was not replaced</source>
        <translation>La red no se reemplazó</translation>
    </message>
    <message>
        <source>The network was replaced (revision %1). Sites get the changes at their next sync.</source>
        <translation>Se reemplazó la red (revisión %1). Los sitios reciben los cambios en su próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::TopologyLegend</name>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Stores:</source>
        <translation>Almacenes:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Enlaces:</translation>
    </message>
    <message>
        <source>core data</source>
        <translation>datos core</translation>
    </message>
    <message>
        <source>oms data</source>
        <translation>datos oms</translation>
    </message>
    <message>
        <source>client of a server</source>
        <translation>cliente de un servidor</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::TopologyPage</name>
    <message>
        <source>Topology</source>
        <translation>Topología</translation>
    </message>
    <message>
        <source>Network drawing</source>
        <translation>Dibujo de la red</translation>
    </message>
    <message>
        <source>Find a site</source>
        <translation>Buscar un sitio</translation>
    </message>
    <message>
        <source>Find a site by name…</source>
        <translation>Buscar un sitio por nombre…</translation>
    </message>
    <message>
        <source>Show sites of kind</source>
        <translation>Mostrar sitios del tipo</translation>
    </message>
    <message>
        <source>Dim the sites of other kinds</source>
        <translation>Atenuar los sitios de otros tipos</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Show sites with sync health</source>
        <translation>Mostrar sitios con el estado de sincronización</translation>
    </message>
    <message>
        <source>Dim the sites in another state of sync health</source>
        <translation>Atenuar los sitios con otro estado de sincronización</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Exportar &amp;PNG…</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Exportar &amp;SVG…</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Acercar (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit to window (Ctrl+0)</source>
        <translation>Ajustar a la ventana (Ctrl+0)</translation>
    </message>
    <message>
        <source>Export the drawing as a PNG image</source>
        <translation>Exportar el dibujo como imagen PNG</translation>
    </message>
    <message>
        <source>Export the drawing as an SVG file</source>
        <translation>Exportar el dibujo como archivo SVG</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export the drawing as a PNG image or an SVG file</source>
        <translation>Exportar el dibujo como imagen PNG o archivo SVG</translation>
    </message>
    <message>
        <source>%1 of %2 sites match the filters; the others are dimmed.</source>
        <translation>%1 de %2 sitios coinciden con los filtros; los demás se ven atenuados.</translation>
    </message>
    <message>
        <source>No site&apos;s name contains “%1”.</source>
        <translation>Ningún nombre de sitio contiene &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No site selected (sites: %1). The arrow keys choose a site, Enter centres it.</source>
        <translation>Ningún sitio seleccionado (sitios: %1). Las flechas eligen un sitio; Intro lo centra.</translation>
    </message>
    <message>
        <source>%1, last success %2. Site %3 of %4.</source>
        <translation>%1, último éxito %2. Sitio %3 de %4.</translation>
    </message>
    <message>
        <source>%1. Site %2 of %3.</source>
        <translation>%1. Sitio %2 de %3.</translation>
    </message>
    <message>
        <source>SyncSites network</source>
        <translation>Red de SyncSites</translation>
    </message>
    <message>
        <source>The sites of the network, their links and their stores&apos; sync types.</source>
        <translation>Los sitios de la red, sus enlaces y los tipos de sincronización de sus almacenes.</translation>
    </message>
    <message>
        <source>Export the drawing as SVG</source>
        <translation>Exportar el dibujo como SVG</translation>
    </message>
    <message>
        <source>SVG files (*.svg)</source>
        <translation>Archivos SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the drawing as PNG</source>
        <translation>Exportar el dibujo como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved the drawing to %1.</source>
        <translation>Dibujo guardado en %1.</translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder exists and is writable.</source>
        <translation>No se pudo escribir %1: verifique que la carpeta existe y que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>Sites: %1. Drag to pan, use the wheel to zoom, click a site (or use the arrow keys) for its details.</source>
        <translation>Sitios: %1. Arrastre para desplazarse, use la rueda para acercar o alejar; haga clic en un sitio (o use las flechas) para ver sus detalles.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::TransferDialog</name>
    <message>
        <source>New transfer from %1</source>
        <translation>Nueva transferencia desde %1</translation>
    </message>
    <message>
        <source>Ship to:</source>
        <translation>Enviar a:</translation>
    </message>
    <message>
        <source>Store to ship to</source>
        <translation>Almacén de destino</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Artículo:</translation>
    </message>
    <message>
        <source>Item to ship</source>
        <translation>Artículo a enviar</translation>
    </message>
    <message>
        <source>Packs:</source>
        <translation>Empaques:</translation>
    </message>
    <message>
        <source>Packs to ship</source>
        <translation>Empaques a enviar</translation>
    </message>
    <message>
        <source>The shipment leaves %1 now, with status shipped. The receiving store&apos;s site gets it at its next sync, after this site has synced.</source>
        <translation>El envío sale de %1 ahora, con estado enviado. El sitio del almacén de destino lo recibe en su próxima sincronización, después de que este sitio se sincronice.</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 here)</source>
        <translation>%1 – %2 (%3 aquí)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>In stock: %1 packs; the most in one batch: %2.</source>
        <translation>En stock: %1 empaques; lo máximo en un solo lote: %2.</translation>
    </message>
    <message>
        <source>No stock line of this item here: it is shipped untracked.</source>
        <translation>No hay ninguna línea de stock de este artículo aquí: se envía sin seguimiento.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::UserEditDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Agregar un usuario</translation>
    </message>
    <message>
        <source>Change a user</source>
        <translation>Editar un usuario</translation>
    </message>
    <message>
        <source>letters, digits, . _ - @</source>
        <translation>letras, números, . _ - @</translation>
    </message>
    <message>
        <source>Filter sites</source>
        <translation>Filtrar sitios</translation>
    </message>
    <message>
        <source>Filter the list of sites</source>
        <translation>Filtrar la lista de sitios</translation>
    </message>
    <message>
        <source>Sites the person works at</source>
        <translation>Sitios donde trabaja la persona</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Agregar usuario</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nombre co&amp;mpleto:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Si&amp;tes the person works at:</source>
        <translation>Si&amp;tios donde trabaja la persona:</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::UserTableModel</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::UsersTab</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Agregar usuario…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Recar&amp;gar</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <source>Change the full name, role and sites of the selected user (Enter)</source>
        <translation>Cambiar el nombre completo, el rol y los sitios del usuario seleccionado (Intro)</translation>
    </message>
    <message>
        <source>Give the selected user a new random password, shown once</source>
        <translation>Dar al usuario seleccionado una nueva contraseña aleatoria, que se muestra una sola vez</translation>
    </message>
    <message>
        <source>The list of sites could not be loaded: %1</source>
        <translation>No se pudo cargar la lista de sitios: %1</translation>
    </message>
    <message>
        <source>Added the user %1.</source>
        <translation>Se agregó el usuario %1.</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <source>The hub made this password for %1. Give it to them: they sign in with the user name %1 and this password.</source>
        <translation>El servidor creó esta contraseña para %1. Entréguesela: la persona inicia sesión con el nombre de usuario %1 y esta contraseña.</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation>Se guardaron los cambios de %1.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>Give %1 a new random password? The present one stops working at once, and %1 is signed out everywhere.</source>
        <translation>¿Dar a %1 una nueva contraseña aleatoria? La actual deja de funcionar de inmediato, y se cierra la sesión de %1 en todas partes.</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Restablecer contraseña</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Reset the password of %1.</source>
        <translation>Se restableció la contraseña de %1.</translation>
    </message>
    <message>
        <source>New password of %1</source>
        <translation>Nueva contraseña de %1</translation>
    </message>
    <message>
        <source>%1 now signs in with this password. Give it to them.</source>
        <translation>%1 ahora inicia sesión con esta contraseña. Entréguesela.</translation>
    </message>
    <message>
        <source>Enabled the account of %1: they can sign in again.</source>
        <translation>Se activó la cuenta de %1: la persona puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Desactivar cuenta</translation>
    </message>
    <message>
        <source>Disable the account of %1? They are signed out everywhere and cannot sign in until it is enabled again. Nothing they did is deleted.</source>
        <translation>¿Desactivar la cuenta de %1? Se cierra su sesión en todas partes y no podrá iniciar sesión hasta que se vuelva a activar. No se elimina nada de lo que hizo.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Disabled the account of %1.</source>
        <translation>Se desactivó la cuenta de %1.</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Disable the selected account: the person can no longer sign in</source>
        <translation>Desactivar la cuenta seleccionada: la persona ya no podrá iniciar sesión</translation>
    </message>
    <message>
        <source>Enable the selected account again</source>
        <translation>Volver a activar la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No se hizo: %1</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make another user an administrator first, so that someone can still manage the network, then change or disable this account.</source>
        <translation>%1 es el último administrador activo; primero haga administrador a otro usuario, para que alguien pueda seguir gestionando la red, y luego cambie o desactive esta cuenta.</translation>
    </message>
    <message>
        <source>There is already a user named %1. Choose another user name, or change that account.</source>
        <translation>Ya existe un usuario llamado %1. Elija otro nombre de usuario, o cambie esa cuenta.</translation>
    </message>
    <message>
        <source>Only administrators may manage users. Sign in as an administrator.</source>
        <translation>Solo los administradores pueden gestionar usuarios. Inicie sesión como administrador.</translation>
    </message>
</context>
</TS>
