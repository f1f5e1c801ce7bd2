<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
        <translation>Não foi possível ler a resposta do servidor (%1). Verifique se o servidor tem a mesma versão desta aplicação.</translation>
    </message>
</context>
<context>
    <name>AppMode</name>
    <message>
        <source>Standalone site</source>
        <translation>Site autónomo</translation>
    </message>
    <message>
        <source>Client of a server</source>
        <translation>Cliente de um servidor</translation>
    </message>
    <message>
        <source>Network console</source>
        <translation>Consola da rede</translation>
    </message>
</context>
<context>
    <name>CatalogueItem</name>
    <message>
        <source>The item code is empty. Every item needs a code, e.g. PARA500.</source>
        <translation>O código do artigo está vazio. Cada artigo precisa de um código, p. ex. PARA500.</translation>
    </message>
    <message>
        <source>The item code &quot;%1&quot; starts or ends with spaces.</source>
        <translation>O código de artigo «%1» começa ou acaba com espaços.</translation>
    </message>
    <message>
        <source>The item code &quot;%1…&quot; is longer than %2 characters.</source>
        <translation>O código de artigo «%1…» tem mais de %2 caracteres.</translation>
    </message>
    <message>
        <source>The item code &quot;%1&quot; holds a slash or a control character; use letters, digits, dots or dashes.</source>
        <translation>O código de artigo «%1» contém uma barra ou um carácter de controlo; use letras, algarismos, pontos ou hífenes.</translation>
    </message>
    <message>
        <source>The item name is empty.</source>
        <translation>O nome do artigo está vazio.</translation>
    </message>
    <message>
        <source>The item name &quot;%1…&quot; is longer than %2 characters.</source>
        <translation>O nome de artigo «%1…» tem mais de %2 caracteres.</translation>
    </message>
    <message>
        <source>The item name &quot;%1&quot; holds a control character.</source>
        <translation>O nome de artigo «%1» contém um carácter de controlo.</translation>
    </message>
    <message>
        <source>The unit &quot;%1…&quot; is longer than %2 characters.</source>
        <translation>A unidade «%1…» tem mais de %2 caracteres.</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; holds a control character.</source>
        <translation>A unidade «%1» contém um carácter de controlo.</translation>
    </message>
    <message>
        <source>The pack size must be a whole number from 1 to %1 (units in one pack).</source>
        <translation>O tamanho da embalagem tem de ser um número inteiro de 1 a %1 (unidades numa embalagem).</translation>
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
        <translation>%1 dias</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the server&apos;s. Set its date, time and time zone correctly: records and sync times saved here are wrong until then.</source>
        <translation>O relógio deste computador está %1 adiantado em relação ao do servidor. Acerte a data, a hora e o fuso horário: até lá, os registos e as horas de sincronização guardados aqui ficam errados.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the server&apos;s. Set its date, time and time zone correctly: records and sync times saved here are wrong until then.</source>
        <translation>O relógio deste computador está %1 atrasado em relação ao do servidor. Acerte a data, a hora e o fuso horário: até lá, os registos e as horas de sincronização guardados aqui ficam errados.</translation>
    </message>
    <message>
        <source>Clock %1 ahead of the server&apos;s</source>
        <translation>Relógio %1 adiantado em relação ao servidor</translation>
    </message>
    <message>
        <source>Clock %1 behind the server&apos;s</source>
        <translation>Relógio %1 atrasado em relação ao servidor</translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível escrever %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Não foi possível escrever %1.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Gerado em %1</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Stock lines</source>
        <translation>Linhas de stock</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Remessas</translation>
    </message>
    <message>
        <source>Shipment lines</source>
        <translation>Linhas de remessa</translation>
    </message>
    <message>
        <source>Requisitions</source>
        <translation>Requisições</translation>
    </message>
    <message>
        <source>Requisition lines</source>
        <translation>Linhas de requisição</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Equipamentos</translation>
    </message>
    <message>
        <source>Temperature logs</source>
        <translation>Registos de temperatura</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artigos</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Armazéns</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Site links</source>
        <translation>Ligações entre sites</translation>
    </message>
    <message>
        <source>Store visibility</source>
        <translation>Visibilidade dos armazéns</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Cannot create the demo folder %1. Choose a folder you can write to.</source>
        <translation>Não é possível criar a pasta de demonstração %1. Escolha uma pasta onde possa escrever.</translation>
    </message>
    <message>
        <source>Cannot read %1. Delete the demo folder to make a new demo.</source>
        <translation>Não é possível ler %1. Elimine a pasta de demonstração para criar uma nova demonstração.</translation>
    </message>
</context>
<context>
    <name>HubApiClient</name>
    <message>
        <source>The server&apos;s answer could not be read (%1: %2). The server may run a different version of SyncSites; ask its administrator.</source>
        <translation>Não foi possível ler a resposta do servidor (%1: %2). O servidor pode ter outra versão do SyncSites; fale com o administrador dele.</translation>
    </message>
    <message>
        <source>The connection through the proxy %1 to the server %2 failed. Check the proxy in Settings, or clear it if this network has none.</source>
        <translation>A ligação ao servidor %2 através do proxy %1 falhou. Verifique o proxy nas Definições, ou apague-o se esta rede não tiver proxy.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the server address in Settings and that this computer is connected to the network.</source>
        <translation>O servidor %1 não foi encontrado. Verifique o endereço do servidor nas Definições e se este computador está ligado à rede.</translation>
    </message>
    <message>
        <source>Nothing answers at %1. Check the server address and port in Settings; the server may also be stopped.</source>
        <translation>Nada responde em %1. Verifique o endereço e a porta do servidor nas Definições; o servidor também pode estar parado.</translation>
    </message>
    <message>
        <source>The server at %1 closed the secure connection: it may not speak https at this address. Try the address with http:// instead, or check the port in Settings.</source>
        <translation>O servidor em %1 fechou a ligação segura: talvez não use https neste endereço. Experimente o endereço com http://, ou verifique a porta nas Definições.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection without answering. Check the server address and port in Settings, or ask its administrator.</source>
        <translation>O servidor %1 fechou a ligação sem responder. Verifique o endereço e a porta do servidor nas Definições, ou fale com o administrador dele.</translation>
    </message>
    <message>
        <source>The server %1 took too long to answer. The connection may be slow; try again.</source>
        <translation>O servidor %1 demorou demasiado a responder. A ligação pode estar lenta; tente novamente.</translation>
    </message>
    <message>
        <source>The server at %1 does not speak https at this address. Try the address with http:// instead, or check the port in Settings.</source>
        <translation>O servidor em %1 não usa https neste endereço. Experimente o endereço com http://, ou verifique a porta nas Definições.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted. Ask the administrator for the certificate authority file and set it in Settings.</source>
        <translation>A ligação segura a %1 falhou: o certificado não é de confiança. Peça ao administrador o ficheiro da autoridade de certificação e indique-o nas Definições.</translation>
    </message>
    <message>
        <source>This computer has no network connection. Connect it and try again.</source>
        <translation>Este computador não tem ligação à rede. Ligue-o e tente novamente.</translation>
    </message>
    <message>
        <source>The proxy refused the connection. Check the proxy in Settings.</source>
        <translation>O proxy recusou a ligação. Verifique o proxy nas Definições.</translation>
    </message>
    <message>
        <source>The server %1 could not be reached (%2). Try again later.</source>
        <translation>Não foi possível contactar o servidor %1 (%2). Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1) and no explanation. Try again later or ask its administrator.</source>
        <translation>O servidor respondeu com um erro (HTTP %1) sem explicação. Tente novamente mais tarde ou fale com o administrador dele.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1). Try again later.</source>
        <translation>O servidor respondeu com um erro (HTTP %1). Tente novamente mais tarde.</translation>
    </message>
</context>
<context>
    <name>HubDataActionsClient</name>
    <message>
        <source>The server&apos;s answer to %1 was not understood. It may run another version; ask its administrator.</source>
        <translation>A resposta do servidor a %1 não foi compreendida. Pode ter outra versão; fale com o administrador dele.</translation>
    </message>
    <message>
        <source>a question about a store&apos;s actions</source>
        <translation>uma pergunta sobre as ações de um armazém</translation>
    </message>
</context>
<context>
    <name>HubSetUpClient</name>
    <message>
        <source>The server&apos;s answer could not be read (%1). Check that the address is a SyncSites server, or try again later.</source>
        <translation>Não foi possível ler a resposta do servidor (%1). Verifique se o endereço é de um servidor SyncSites, ou tente novamente mais tarde.</translation>
    </message>
</context>
<context>
    <name>HubSitesClient</name>
    <message>
        <source>The server answered without a secret.</source>
        <translation>O servidor respondeu sem segredo.</translation>
    </message>
</context>
<context>
    <name>Integrator</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>A sincronização foi cancelada.</translation>
    </message>
</context>
<context>
    <name>ItemCsv</name>
    <message>
        <source>The file has more than %1 lines. Split it into smaller files and import them one after the other.</source>
        <translation>O ficheiro tem mais de %1 linhas. Divida-o em ficheiros mais pequenos e importe-os um a seguir ao outro.</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed (a &quot; is missing). Fix the file in a spreadsheet or text editor and import it again.</source>
        <translation>Um campo entre aspas que começa na linha %1 nunca é fechado (falta um &quot;). Corrija o ficheiro numa folha de cálculo ou num editor de texto e importe-o de novo.</translation>
    </message>
    <message>
        <source>The file is empty. An items file starts with a header line such as &quot;code,name,unit,pack_size&quot;, then one item a line.</source>
        <translation>O ficheiro está vazio. Um ficheiro de artigos começa com uma linha de cabeçalho como «code,name,unit,pack_size», seguida de um artigo por linha.</translation>
    </message>
    <message>
        <source>The header names the column &quot;%1&quot; twice (columns %2 and %3).</source>
        <translation>O cabeçalho indica a coluna «%1» duas vezes (colunas %2 e %3).</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least &quot;code&quot; (and &quot;name&quot; for new items); it reads &quot;%1&quot;.</source>
        <translation>A primeira linha tem de indicar as colunas, pelo menos «code» (e «name» para artigos novos); contém «%1».</translation>
    </message>
    <message>
        <source>(It reads &quot;%1&quot;.)</source>
        <translation>(Contém «%1».)</translation>
    </message>
    <message>
        <source>&quot;active&quot; must be yes or no (it reads &quot;%1&quot;).</source>
        <translation>«active» tem de ser yes ou no (contém «%1»).</translation>
    </message>
    <message>
        <source>The line has %1 fields but the header names %2: a field may hold an unquoted &quot;%3&quot;. Put such a field in double quotes.</source>
        <translation>A linha tem %1 campos, mas o cabeçalho indica %2: um campo pode conter um «%3» sem aspas. Ponha esse campo entre aspas duplas.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulação</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already on line %2; each item may be on one line only.</source>
        <translation>O código «%1» já está na linha %2; cada artigo só pode estar numa linha.</translation>
    </message>
</context>
<context>
    <name>LocalUsers</name>
    <message>
        <source>reading the user accounts</source>
        <translation>leitura das contas de utilizador</translation>
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <source>Success</source>
        <translation>Com êxito</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Feita em parte</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em curso</translation>
    </message>
</context>
<context>
    <name>PushBatch</name>
    <message>
        <source>This record is too large to sync: %1 KiB, where the server takes at most %2 KiB in one request. Shorten it (a long note or comment), then retry it from the quarantine.</source>
        <translation>Este registo é demasiado grande para sincronizar: %1 KiB, quando o servidor aceita no máximo %2 KiB num pedido. Encurte-o (uma nota ou um comentário longo) e depois tente-o de novo a partir da quarentena.</translation>
    </message>
</context>
<context>
    <name>PushRules</name>
    <message>
        <source>The site &quot;%1&quot; is not part of this network.</source>
        <translation>O site «%1» não faz parte desta rede.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not sync %2 data with this server, so it cannot send %3 records.</source>
        <translation>«%1» não sincroniza dados %2 com este servidor, por isso não pode enviar registos %3.</translation>
    </message>
    <message>
        <source>%1 records are central data: they are changed only on the central server, by an administrator.</source>
        <translation>Os registos %1 são dados centrais: só são alterados no servidor central, por um administrador.</translation>
    </message>
    <message>
        <source>The record names store &quot;%1&quot;, which this network does not have.</source>
        <translation>O registo indica o armazém «%1», que esta rede não tem.</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>não visível</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; is %2 on &quot;%3&quot;; only its home site &quot;%4&quot; may change its data. The change was kept in quarantine.</source>
        <translation>O armazém «%1» está %2 em «%3»; só o seu site de origem «%4» pode alterar os dados dele. A alteração ficou em quarentena.</translation>
    </message>
    <message>
        <source>The transfer names partner store &quot;%1&quot;, which this network does not have.</source>
        <translation>A transferência indica o armazém parceiro «%1», que esta rede não tem.</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; is not visible on &quot;%2&quot;, so a transfer to it cannot start here. Ask an administrator to make it a Transfer store on this site.</source>
        <translation>O armazém «%1» não é visível em «%2», por isso não é possível iniciar aqui uma transferência para ele. Peça a um administrador para o tornar armazém de Transferência neste site.</translation>
    </message>
    <message>
        <source>This record answers a shipment or requisition that the server does not have (or its id is not the one made for that answer), so it cannot be accepted. Nothing else was changed.</source>
        <translation>Este registo responde a uma remessa ou requisição que o servidor não tem (ou o id não é o criado para essa resposta), por isso não pode ser aceite. Nada mais foi alterado.</translation>
    </message>
    <message>
        <source>This record answers a shipment or requisition that was sent to store &quot;%1&quot;, not to &quot;%2&quot;: only the home site of &quot;%1&quot; may answer it.</source>
        <translation>Este registo responde a uma remessa ou requisição enviada ao armazém «%1», não a «%2»: só o site de origem de «%1» lhe pode responder.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Open mSupply site and cannot hold asset data.</source>
        <translation>«%1» não é um site Open mSupply e não pode guardar dados de equipamentos.</translation>
    </message>
</context>
<context>
    <name>RecordColumn</name>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Equipamento</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>Tipo de equipamento</translation>
    </message>
    <message>
        <source>Available packs</source>
        <translation>Embalagens disponíveis</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>Preço de custo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue em</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Data de validade</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalizado em</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Password hash cost</source>
        <translation>Custo do hash</translation>
    </message>
    <message>
        <source>Home site</source>
        <translation>Site de origem</translation>
    </message>
    <message>
        <source>Server site</source>
        <translation>Site servidor</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>Instalado em</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Remessa</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Linked shipment</source>
        <translation>Remessa ligada</translation>
    </message>
    <message>
        <source>Linked requisition</source>
        <translation>Requisição ligada</translation>
    </message>
    <message>
        <source>Logged at</source>
        <translation>Registado em</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Retido</translation>
    </message>
    <message>
        <source>Pack size</source>
        <translation>Tamanho da embalagem</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Embalagens</translation>
    </message>
    <message>
        <source>Partner store</source>
        <translation>Armazém parceiro</translation>
    </message>
    <message>
        <source>Password hash</source>
        <translation>Hash da palavra-passe</translation>
    </message>
    <message>
        <source>Requested packs</source>
        <translation>Embalagens pedidas</translation>
    </message>
    <message>
        <source>Requisition</source>
        <translation>Requisição</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Secret hash</source>
        <translation>Hash do segredo</translation>
    </message>
    <message>
        <source>Sell price</source>
        <translation>Preço de venda</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado em</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de série</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expedido em</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Armazém</translation>
    </message>
    <message>
        <source>Supplied packs</source>
        <translation>Embalagens fornecidas</translation>
    </message>
    <message>
        <source>Sync type</source>
        <translation>Tipo de sincronização</translation>
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
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado em</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de utilizador</translation>
    </message>
</context>
<context>
    <name>ReinitProgress</name>
    <message>
        <source>Setting up %1 again</source>
        <translation>A configurar %1 de novo</translation>
    </message>
    <message>
        <source>Saving the changes not yet sent, then copying the site&apos;s data from the server again…</source>
        <translation>A guardar as alterações ainda não enviadas e depois a copiar de novo os dados do site a partir do servidor…</translation>
    </message>
</context>
<context>
    <name>ReplicaBrowser</name>
    <message>
        <source>There is no table named &quot;%1&quot;.</source>
        <translation>Não existe nenhuma tabela chamada «%1».</translation>
    </message>
    <message>
        <source>%1 records are private to the hub and the users they describe; they are not shown here.</source>
        <translation>Os registos %1 são privados do servidor e dos utilizadores que descrevem; não são mostrados aqui.</translation>
    </message>
    <message>
        <source>reading this site</source>
        <translation>leitura deste site</translation>
    </message>
    <message>
        <source>counting records</source>
        <translation>contagem dos registos</translation>
    </message>
    <message>
        <source>reading records</source>
        <translation>leitura dos registos</translation>
    </message>
    <message>
        <source>reading store, item and site names</source>
        <translation>leitura dos nomes de armazéns, artigos e sites</translation>
    </message>
    <message>
        <source>reading the shipments to receive</source>
        <translation>leitura das remessas a receber</translation>
    </message>
    <message>
        <source>reading the items in stock</source>
        <translation>leitura dos artigos em stock</translation>
    </message>
</context>
<context>
    <name>ReplicaHealth</name>
    <message>
        <source>This computer&apos;s copy of the data (%1) is damaged: %2. Sync is stopped so that the damage does not spread.</source>
        <translation>A cópia dos dados neste computador (%1) está danificada: %2. A sincronização foi parada para o dano não se espalhar.</translation>
    </message>
</context>
<context>
    <name>ReplicaReinit</name>
    <message>
        <source>%1 cannot be moved to %2: %3</source>
        <translation>%1 não pode ser movido para %2: %3</translation>
    </message>
    <message>
        <source>%1 The site&apos;s settings and its installation id are in that file, so it cannot be set up again from it: set the site up on a new file, after your administrator releases the site&apos;s binding on the server.</source>
        <translation>%1 As definições do site e o id de instalação estão nesse ficheiro, por isso não é possível configurar o site de novo a partir dele: configure o site num ficheiro novo, depois de o administrador libertar o vínculo do site no servidor.</translation>
    </message>
    <message>
        <source>%1 is not set up for a site; set it up rather than again.</source>
        <translation>%1 não está configurado para nenhum site; configure-o em vez de o configurar de novo.</translation>
    </message>
    <message>
        <source>Resuming the set-up of &quot;%1&quot; (the changes are kept in %2).</source>
        <translation>A retomar a configuração de «%1» (as alterações estão guardadas em %2).</translation>
    </message>
    <message>
        <source>%1 is being synced by another program (or the app). Stop its automatic sync, then try again.</source>
        <translation>%1 está a ser sincronizado por outro programa (ou pela aplicação). Pare a sincronização automática dele e tente novamente.</translation>
    </message>
    <message>
        <source>Saved %1 changed and %2 deleted record(s) not yet sent to %3.</source>
        <translation>Guardados os registos ainda não enviados para %3: %1 alterados e %2 eliminados.</translation>
    </message>
    <message>
        <source>Could not be read back (damaged): %1</source>
        <translation>Não foi possível ler de novo (danificado): %1</translation>
    </message>
    <message>
        <source>. Nothing else was changed.</source>
        <translation>. Nada mais foi alterado.</translation>
    </message>
    <message>
        <source>The old replica is kept at %1.</source>
        <translation>A réplica antiga está guardada em %1.</translation>
    </message>
    <message>
        <source>The new replica&apos;s first sync did not finish; the changes are kept in %1. Run the set-up again once the problem is solved: it resumes.</source>
        <translation>A primeira sincronização da nova réplica não terminou; as alterações estão guardadas em %1. Execute de novo a configuração depois de resolver o problema: ela continua onde parou.</translation>
    </message>
    <message>
        <source>The saved changes could not be written back: %1. They are kept in %2.</source>
        <translation>Não foi possível escrever de novo as alterações guardadas: %1. Estão guardadas em %2.</translation>
    </message>
    <message>
        <source>Not written back (refused here): %1</source>
        <translation>Não escrito de novo (recusado aqui): %1</translation>
    </message>
    <message>
        <source>Wrote back %1 change(s) made here; sending them.</source>
        <translation>Alterações feitas aqui e escritas de novo: %1; a enviá-las.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is set up again; the changes carried over are listed in %2.</source>
        <translation>«%1» foi configurado de novo; as alterações mantidas estão listadas em %2.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>not visible</source>
        <translation>não visível</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>The site&apos;s secret file %1 cannot be read (%2). Run &quot;syncsites-cli init&quot; again with the site&apos;s password file.</source>
        <translation>Não é possível ler o ficheiro de segredo do site %1 (%2). Execute de novo «syncsites-cli init» com o ficheiro de palavra-passe do site.</translation>
    </message>
    <message>
        <source>The secret file %1 cannot be written (%2).</source>
        <translation>Não é possível escrever o ficheiro de segredo %1 (%2).</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read (%2).</source>
        <translation>Não é possível ler o ficheiro de palavra-passe %1 (%2).</translation>
    </message>
    <message>
        <source>The password file %1 is empty. Put the site&apos;s secret on its first line.</source>
        <translation>O ficheiro de palavra-passe %1 está vazio. Ponha o segredo do site na primeira linha.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Cannot create the folder %1 to keep the site&apos;s secret.</source>
        <translation>Não é possível criar a pasta %1 para guardar o segredo do site.</translation>
    </message>
    <message>
        <source>Cannot save the site&apos;s secret in %1 (%2). Check the disk has room and the folder is writable.</source>
        <translation>Não é possível guardar o segredo do site em %1 (%2). Verifique se o disco tem espaço e se é possível escrever na pasta.</translation>
    </message>
    <message>
        <source>This computer holds no secret for this site. The network administrator has it.</source>
        <translation>Este computador não tem nenhum segredo para este site. O administrador da rede tem-no.</translation>
    </message>
</context>
<context>
    <name>SetSyncTypeCommand</name>
    <message>
        <source>not visible</source>
        <translation>não visível</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 em %2: %3</translation>
    </message>
</context>
<context>
    <name>SiteNodeItem</name>
    <message>
        <source>%1, %2, sync health: %3</source>
        <translation>%1, %2, estado da sincronização: %3</translation>
    </message>
    <message>
        <source>%1
%2
Sync health: %3
Stores: %4 Active, %5 Collector, %6 Transfer</source>
        <translation>%1
%2
Estado da sincronização: %3
Armazéns: Ativo %4, Coletor %5, Transferência %6</translation>
    </message>
    <message>
        <source>No stores</source>
        <translation>Nenhum armazém</translation>
    </message>
    <message>
        <source>Uses its server&apos;s stores</source>
        <translation>Usa os armazéns do seu servidor</translation>
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
        <translation>%1 é a base de dados de um servidor, não uma réplica</translation>
    </message>
    <message>
        <source>%1 is the replica of &quot;%2&quot;; it cannot become &quot;%3&quot;. Use a new replica file for another site.</source>
        <translation>%1 é a réplica de «%2»; não pode passar a ser «%3». Use um novo ficheiro de réplica para outro site.</translation>
    </message>
    <message>
        <source>There is no table &quot;%1&quot; here.</source>
        <translation>Não existe nenhuma tabela «%1» aqui.</translation>
    </message>
    <message>
        <source>The stock line is no longer in this store; it may have been removed by a sync.</source>
        <translation>A linha de stock já não está neste armazém; pode ter sido removida por uma sincronização.</translation>
    </message>
    <message>
        <source>Wrong user name or password, or this user does not work at this site (only their accounts are kept here for signing in offline).</source>
        <translation>Nome de utilizador ou palavra-passe errados, ou este utilizador não trabalha neste site (só as contas dessas pessoas são guardadas aqui para iniciar sessão sem ligação).</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the network administrator.</source>
        <translation>Esta conta está desativada. Fale com o administrador da rede.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2)</source>
        <translation>Não é possível escrever %1 (%2)</translation>
    </message>
</context>
<context>
    <name>StoreActions</name>
    <message>
        <source>The database stayed locked by another task or program while %1. Try again; if it keeps happening, close other programs that use the database.</source>
        <translation>A base de dados ficou bloqueada por outra tarefa ou programa durante: %1. Tente novamente; se continuar a acontecer, feche os outros programas que usam a base de dados.</translation>
    </message>
    <message>
        <source>A database error occurred while %1: %2.</source>
        <translation>Ocorreu um erro de base de dados durante: %1: %2.</translation>
    </message>
    <message>
        <source>The database %1 is not registered to a site yet. Run syncsites-cli init first.</source>
        <translation>A base de dados %1 ainda não está registada para nenhum site. Execute primeiro syncsites-cli init.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Coletor</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferência</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>não visível</translation>
    </message>
    <message>
        <source>There is no store with code &quot;%1&quot; on this site. Check the code; `syncsites-cli records list --table store` lists the stores.</source>
        <translation>Não existe nenhum armazém com o código «%1» neste site. Verifique o código; `syncsites-cli records list --table store` lista os armazéns.</translation>
    </message>
    <message>
        <source>There is no table named &quot;%1&quot;. The tables are: %2.</source>
        <translation>Não existe nenhuma tabela chamada «%1». As tabelas são: %2.</translation>
    </message>
    <message>
        <source>The number of packs must be more than 0 (got %1).</source>
        <translation>O número de embalagens tem de ser maior que 0 (recebido: %1).</translation>
    </message>
    <message>
        <source>looking up an item</source>
        <translation>procura de um artigo</translation>
    </message>
    <message>
        <source>There is no item with code &quot;%1&quot; on this site. Check the code; `syncsites-cli records list --table item` lists the items.</source>
        <translation>Não existe nenhum artigo com o código «%1» neste site. Verifique o código; `syncsites-cli records list --table item` lista os artigos.</translation>
    </message>
    <message>
        <source>reading this site</source>
        <translation>leitura deste site</translation>
    </message>
    <message>
        <source>reading the stores</source>
        <translation>leitura dos armazéns</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; is %2 on this site; its data is edited at %3.</source>
        <translation>O armazém «%1» está %2 neste site; os dados dele são editados em %3.</translation>
    </message>
    <message>
        <source>A store cannot ship to or request from itself (&quot;%1&quot;). Name another store with --to.</source>
        <translation>Um armazém não pode enviar nem pedir stock a si próprio («%1»). Indique outro armazém com --to.</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; is not visible on this site, so a transfer or requisition to it cannot start here. Ask an administrator to make it a Transfer store on this site.</source>
        <translation>O armazém «%1» não é visível neste site, por isso não é possível iniciar aqui uma transferência ou requisição para ele. Peça a um administrador para o tornar armazém de Transferência neste site.</translation>
    </message>
    <message>
        <source>%1 records are secrets of the hub; they cannot be listed here.</source>
        <translation>Os registos %1 são segredos do servidor; não podem ser listados aqui.</translation>
    </message>
    <message>
        <source>%1 records belong to no store; list them without --store.</source>
        <translation>Os registos %1 não pertencem a nenhum armazém; liste-os sem --store.</translation>
    </message>
    <message>
        <source>looking up a store</source>
        <translation>procura de um armazém</translation>
    </message>
    <message>
        <source>%1 records are central data: they are changed only on the central server, by an administrator.</source>
        <translation>Os registos %1 são dados centrais: só são alterados no servidor central, por um administrador.</translation>
    </message>
    <message>
        <source>This site does not sync Open mSupply data (assets and temperature logs), so %1 records cannot be written or deleted here. Record them at a site that syncs them.</source>
        <translation>Este site não sincroniza dados Open mSupply (equipamentos e registos de temperatura), por isso não é possível escrever nem eliminar aqui registos %1. Registe-os num site que os sincronize.</translation>
    </message>
    <message>
        <source>%1 %2 belongs to store &quot;%3&quot;, not &quot;%4&quot; (--store); it was not written.</source>
        <translation>%1 %2 pertence ao armazém «%3», não a «%4» (--store); não foi escrito.</translation>
    </message>
    <message>
        <source>%1 %2: field %3: there is no %4 %5 here.</source>
        <translation>%1 %2: campo %3: não existe nenhum %4 %5 aqui.</translation>
    </message>
    <message>
        <source>%1 %2: field partner_store_id: there is no store %3 here.</source>
        <translation>%1 %2: campo partner_store_id: não existe nenhum armazém %3 aqui.</translation>
    </message>
    <message>
        <source>looking up stock</source>
        <translation>procura de stock</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; has no batch of item %2 with %3 packs available (the most in one batch is %4). Ship fewer packs, or split the shipment.</source>
        <translation>O armazém «%1» não tem nenhum lote do artigo %2 com %3 embalagens disponíveis (o máximo num lote é %4). Envie menos embalagens ou divida a remessa.</translation>
    </message>
    <message>
        <source>There is no shipment with id %1 on this site. Check the id; if it was sent recently, sync first.</source>
        <translation>Não existe nenhuma remessa com o id %1 neste site. Verifique o id; se foi enviada há pouco, sincronize primeiro.</translation>
    </message>
    <message>
        <source>There is no requisition with id %1 on this site. Check the id; if it was sent recently, sync first.</source>
        <translation>Não existe nenhuma requisição com o id %1 neste site. Verifique o id; se foi enviada há pouco, sincronize primeiro.</translation>
    </message>
    <message>
        <source>Shipment %1 is an outbound shipment to store &quot;%2&quot;, and its inbound shipment is not on this site. Receive it where store &quot;%2&quot; is Active, after that site has synced.</source>
        <translation>A remessa %1 é uma remessa de saída para o armazém «%2» e a respetiva remessa de entrada não está neste site. Receba-a onde o armazém «%2» estiver Ativo, depois de esse site sincronizar.</translation>
    </message>
    <message>
        <source>Requisition %1 is a request to store &quot;%2&quot;, and its response is not on this site. Respond where store &quot;%2&quot; is Active, after that site has synced.</source>
        <translation>A requisição %1 é um pedido ao armazém «%2» e a resposta não está neste site. Responda onde o armazém «%2» estiver Ativo, depois de esse site sincronizar.</translation>
    </message>
    <message>
        <source>Shipment %1 was already received (on %2); it cannot be received twice.</source>
        <translation>A remessa %1 já foi recebida (em %2); não pode ser recebida duas vezes.</translation>
    </message>
    <message>
        <source>Shipment %1 has not been shipped yet, so it cannot be received.</source>
        <translation>A remessa %1 ainda não foi expedida, por isso não pode ser recebida.</translation>
    </message>
    <message>
        <source>reading the lines of a shipment</source>
        <translation>leitura das linhas de uma remessa</translation>
    </message>
    <message>
        <source>Requisition %1 was already finalised (on %2); it cannot be finalised twice.</source>
        <translation>A requisição %1 já foi finalizada (em %2); não pode ser finalizada duas vezes.</translation>
    </message>
    <message>
        <source>reading the lines of a requisition</source>
        <translation>leitura das linhas de uma requisição</translation>
    </message>
    <message>
        <source>reading the requisitions to answer</source>
        <translation>leitura das requisições a responder</translation>
    </message>
    <message>
        <source>There is no %1 record %2 on this site: it may have been deleted already, or moved away by a sync.</source>
        <translation>Não existe nenhum registo %1 %2 neste site: pode já ter sido eliminado, ou levado por uma sincronização.</translation>
    </message>
    <message>
        <source>%1 %2 belongs to store &quot;%3&quot;, not &quot;%4&quot;; it was not deleted.</source>
        <translation>%1 %2 pertence ao armazém «%3», não a «%4»; não foi eliminado.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconhecido)</translation>
    </message>
    <message>
        <source>A line of shipment %1</source>
        <translation>Uma linha da remessa %1</translation>
    </message>
    <message>
        <source>A line of requisition %1</source>
        <translation>Uma linha da requisição %1</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>Remessa %1</translation>
    </message>
    <message>
        <source>Requisition %1</source>
        <translation>Requisição %1</translation>
    </message>
    <message>
        <source>%1 belongs to the shipment store &quot;%2&quot; sent here, so it cannot be deleted. Receive the shipment instead.</source>
        <translation>%1 pertence à remessa que o armazém «%2» enviou para aqui, por isso não pode ser eliminado. Receba antes a remessa.</translation>
    </message>
    <message>
        <source>%1 belongs to the answer to a request from store &quot;%2&quot;, so it cannot be deleted. Answer the requisition instead.</source>
        <translation>%1 pertence à resposta a um pedido do armazém «%2», por isso não pode ser eliminado. Responda antes à requisição.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: the shipment is %2 already (to store &quot;%3&quot;). Only a shipment that is still new can be deleted.</source>
        <translation>%1 não pode ser eliminado: a remessa já está %2 (para o armazém «%3»). Só uma remessa ainda nova pode ser eliminada.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: the requisition is %2 already (to store &quot;%3&quot;). Only a draft can be deleted.</source>
        <translation>%1 não pode ser eliminado: a requisição já está %2 (para o armazém «%3»). Só um rascunho pode ser eliminado.</translation>
    </message>
    <message>
        <source>counting what belongs to a record</source>
        <translation>contagem do que pertence a um registo</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>A sincronização foi cancelada.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation>Este computador não está ligado a uma rede.</translation>
    </message>
    <message>
        <source>The server name %1 cannot be found: check the server address, and that this computer&apos;s network reaches the internet.</source>
        <translation>Não foi possível encontrar o nome de servidor %1: verifique o endereço do servidor e se a rede deste computador tem acesso à internet.</translation>
    </message>
    <message>
        <source>Nothing answers at %1: the server may be stopped, or the address or port is wrong.</source>
        <translation>Nada responde em %1: o servidor pode estar parado, ou o endereço ou a porta estão errados.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>O servidor %1 não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The certificate of %1 cannot be trusted.</source>
        <translation>O certificado de %1 não é de confiança.</translation>
    </message>
    <message>
        <source>A secure (https) connection to %1 failed: the server may not speak https at this address (try http://) or the port is wrong.</source>
        <translation>Falhou a ligação segura (https) a %1: o servidor pode não usar https neste endereço (experimente http://) ou a porta está errada.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost during the request.</source>
        <translation>A ligação a %1 perdeu-se durante o pedido.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was damaged on the way (its digest does not match).</source>
        <translation>A resposta do servidor chegou danificada (a soma de verificação não corresponde).</translation>
    </message>
    <message>
        <source>The server&apos;s answer was damaged on the way (%1).</source>
        <translation>A resposta do servidor chegou danificada (%1).</translation>
    </message>
    <message>
        <source>The server %1 answered with HTTP status %2.</source>
        <translation>O servidor %1 respondeu com o estado HTTP %2.</translation>
    </message>
    <message>
        <source>The server answered for another batch.</source>
        <translation>O servidor respondeu a outro lote de envio.</translation>
    </message>
    <message>
        <source>The server answered with a cursor that goes backwards.</source>
        <translation>O servidor respondeu com um cursor que anda para trás.</translation>
    </message>
</context>
<context>
    <name>SyncFailure</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>A sincronização foi cancelada.</translation>
    </message>
    <message>
        <source>Start it again when you are ready; it resumes where it stopped.</source>
        <translation>Inicie-a de novo quando estiver pronto; continua onde parou.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation>Este computador não está ligado a uma rede.</translation>
    </message>
    <message>
        <source>Connect to the internet (Wi-Fi, cable or mobile data), then sync again.</source>
        <translation>Ligue-se à internet (Wi-Fi, cabo ou dados móveis) e sincronize de novo.</translation>
    </message>
    <message>
        <source>Check the server address in the settings and that the server is running. If other websites work, ask your administrator whether the server is down.</source>
        <translation>Verifique o endereço do servidor nas definições e se o servidor está a funcionar. Se outras páginas web abrem, pergunte ao seu administrador se o servidor está em baixo.</translation>
    </message>
    <message>
        <source>The connection is slow or the server is overloaded. Sync again later; nothing was lost, the next sync resumes where this one stopped.</source>
        <translation>A ligação está lenta ou o servidor está sobrecarregado. Sincronize de novo mais tarde; nada se perdeu, a próxima sincronização continua onde esta parou.</translation>
    </message>
    <message>
        <source>The connection is unreliable. Sync again; nothing was lost, the next sync resumes where this one stopped.</source>
        <translation>A ligação está instável. Sincronize de novo; nada se perdeu, a próxima sincronização continua onde esta parou.</translation>
    </message>
    <message>
        <source>Check the server address in the settings: use http:// if your administrator gave one, and the port they gave.</source>
        <translation>Verifique o endereço do servidor nas definições: use http:// se o administrador lhe deu um endereço com http://, e a porta que indicou.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted by this computer. Ask your administrator for the certificate authority file and set it in the settings (or check the computer&apos;s date and time).</source>
        <translation>Este computador não confia no certificado do servidor. Peça ao seu administrador o ficheiro da autoridade de certificação e indique-o nas definições (ou verifique a data e a hora do computador).</translation>
    </message>
    <message>
        <source>The server refuses this site for a while after too many wrong attempts.</source>
        <translation>O servidor recusa este site durante algum tempo depois de demasiadas tentativas erradas.</translation>
    </message>
    <message>
        <source>The server did not accept this site&apos;s name or secret.</source>
        <translation>O servidor não aceitou o nome ou o segredo deste site.</translation>
    </message>
    <message>
        <source>Wait %1 seconds, then check the site name and secret with your administrator.</source>
        <translation>Aguarde %1 segundos e depois verifique o nome e o segredo do site com o seu administrador.</translation>
    </message>
    <message>
        <source>Check the site name and its secret with your administrator. If they gave the site a new secret, enter it in Settings (New secret; with syncsites-cli, run init again), then sync again.</source>
        <translation>Verifique o nome do site e o segredo com o seu administrador. Se ele deu um novo segredo ao site, introduza-o nas Definições (Novo segredo; com o syncsites-cli, execute de novo o init) e sincronize de novo.</translation>
    </message>
    <message>
        <source>This site is registered to another computer or device.</source>
        <translation>Este site está registado noutro computador ou dispositivo.</translation>
    </message>
    <message>
        <source>If this computer replaces the other one, ask an administrator to release the site&apos;s binding on the server, then sync again.</source>
        <translation>Se este computador substitui o outro, peça a um administrador para libertar o vínculo do site no servidor e sincronize de novo.</translation>
    </message>
    <message>
        <source>This SyncSites and the server&apos;s have no protocol version in common.</source>
        <translation>Este SyncSites e o do servidor não têm nenhuma versão de protocolo em comum.</translation>
    </message>
    <message>
        <source>Ask your administrator to upgrade SyncSites on the server.</source>
        <translation>Peça ao seu administrador para atualizar o SyncSites no servidor.</translation>
    </message>
    <message>
        <source>Upgrade SyncSites on this computer.</source>
        <translation>Atualize o SyncSites neste computador.</translation>
    </message>
    <message>
        <source>Set the site&apos;s secret again (syncsites-cli init with the site&apos;s password file, or the desktop app&apos;s settings).</source>
        <translation>Introduza de novo o segredo do site (syncsites-cli init com o ficheiro de palavra-passe do site, ou as definições da aplicação).</translation>
    </message>
    <message>
        <source>Check which site this computer should be with your administrator.</source>
        <translation>Confirme com o seu administrador a que site este computador deve pertencer.</translation>
    </message>
    <message>
        <source>The server cannot store or read data right now.</source>
        <translation>O servidor não consegue guardar nem ler dados neste momento.</translation>
    </message>
    <message>
        <source>Nothing on this computer was lost; the sync is retried. If it keeps failing, tell your administrator: the server&apos;s disk or database needs attention (see the server&apos;s log).</source>
        <translation>Nada se perdeu neste computador; a sincronização é tentada de novo. Se continuar a falhar, avise o seu administrador: o disco ou a base de dados do servidor precisa de atenção (veja o log do servidor).</translation>
    </message>
    <message>
        <source>A proxy or firewall between this computer and the server removes the Target-Digest header from requests. Ask your administrator to let it through (see docs/protocol.md, &quot;Integrity&quot;).</source>
        <translation>Um proxy ou firewall entre este computador e o servidor retira o cabeçalho Target-Digest dos pedidos. Peça ao seu administrador para o deixar passar (veja docs/protocol.md, «Integrity»).</translation>
    </message>
    <message>
        <source>Set this site up again from the server with `syncsites-cli reinit --replica FILE`: it exports the changes not yet sent first and sends them after the new copy is pulled. Ask your administrator if you do not use the command line. Check the disk too.</source>
        <translation>Configure este site de novo a partir do servidor com `syncsites-cli reinit --replica FILE`: primeiro exporta as alterações ainda não enviadas e envia-as depois de receber a nova cópia. Peça ajuda ao seu administrador se não usa a linha de comandos. Verifique também o disco.</translation>
    </message>
    <message>
        <source>The disk of this computer is full. Free some space, then sync again; nothing was lost.</source>
        <translation>O disco deste computador está cheio. Liberte algum espaço e sincronize de novo; nada se perdeu.</translation>
    </message>
    <message>
        <source>The local database cannot be written. Check the disk; if the file is damaged, restore it from a backup or set the site up again.</source>
        <translation>Não é possível escrever na base de dados local. Verifique o disco; se o ficheiro estiver danificado, reponha-o a partir de uma cópia de segurança ou configure o site de novo.</translation>
    </message>
    <message>
        <source>The server failed to answer the request.</source>
        <translation>O servidor não conseguiu responder ao pedido.</translation>
    </message>
    <message>
        <source>The server has a problem or is busy. Sync again in a few minutes; if it keeps failing, tell your administrator.</source>
        <translation>O servidor tem um problema ou está ocupado. Sincronize de novo dentro de alguns minutos; se continuar a falhar, avise o seu administrador.</translation>
    </message>
    <message>
        <source>The server refused the request. Tell your administrator (error code %1).</source>
        <translation>O servidor recusou o pedido. Avise o seu administrador (código de erro %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be synced and are kept in the quarantine: %1</source>
        <translation>
            <numerusform>%n registo não pôde ser sincronizado e ficou em quarentena: %1</numerusform>
            <numerusform>%n registos não puderam ser sincronizados e ficaram em quarentena: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the quarantine to see why each record was refused. Correct them, or ask your administrator; then retry them.</source>
        <translation>Abra a quarentena para ver porque foi recusado cada registo. Corrija-os, ou peça ajuda ao seu administrador; depois tente enviá-los de novo.</translation>
    </message>
    <message>
        <source>The site had no network connection.</source>
        <translation>O site não tinha ligação de rede.</translation>
    </message>
    <message>
        <source>The site could not reach its server.</source>
        <translation>O site não conseguiu contactar o servidor.</translation>
    </message>
    <message>
        <source>The site&apos;s server did not answer in time.</source>
        <translation>O servidor do site não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The site could not make a secure connection to its server.</source>
        <translation>O site não conseguiu estabelecer uma ligação segura com o servidor.</translation>
    </message>
    <message>
        <source>The server did not accept the site&apos;s name or secret.</source>
        <translation>O servidor não aceitou o nome ou o segredo do site.</translation>
    </message>
    <message>
        <source>The site is registered to another computer or device.</source>
        <translation>O site está vinculado a outro computador ou dispositivo.</translation>
    </message>
    <message>
        <source>The site&apos;s SyncSites and its server&apos;s have no protocol version in common.</source>
        <translation>O SyncSites do site e o do servidor não têm nenhuma versão de protocolo em comum.</translation>
    </message>
    <message>
        <source>The site could not read or write its own data (its disk or database file).</source>
        <translation>O site não conseguiu ler ou escrever os seus próprios dados (o disco ou o ficheiro da base de dados).</translation>
    </message>
    <message>
        <source>The sync was cancelled at the site.</source>
        <translation>A sincronização foi cancelada no site.</translation>
    </message>
    <message>
        <source>The sync failed; the site sent no explanation.</source>
        <translation>A sincronização falhou; o site não enviou nenhuma explicação.</translation>
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
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Muito atrasado</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Com falhas</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>A sincronização foi cancelada.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created. Check that the replica&apos;s folder is writable.</source>
        <translation>Não é possível criar o ficheiro de bloqueio %1. Verifique se é possível escrever na pasta da réplica.</translation>
    </message>
    <message>
        <source>The session was interrupted: the program stopped before it finished. The next sync resumed where it stopped.</source>
        <translation>A sessão foi interrompida: o programa parou antes de terminar. A sincronização seguinte continuou onde tinha parado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a client site: it keeps no data of its own and cannot be synced from here. Use the desktop app in client mode, attached to its server.</source>
        <translation>«%1» é um site cliente: não guarda dados próprios e não pode ser sincronizado a partir daqui. Use a aplicação no modo cliente, ligada ao seu servidor.</translation>
    </message>
    <message>
        <source>The server sent an empty page that does not move forward.</source>
        <translation>O servidor enviou uma página vazia que não avança.</translation>
    </message>
</context>
<context>
    <name>SyncTypeStyle</name>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Coletor</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferência</translation>
    </message>
    <message>
        <source>Active: the store&apos;s data is added, edited and deleted on this site.</source>
        <translation>Ativo: os dados do armazém são adicionados, editados e eliminados neste site.</translation>
    </message>
    <message>
        <source>Collector: a read-only copy of all the store&apos;s data, for viewing and reports.</source>
        <translation>Coletor: uma cópia só de leitura de todos os dados do armazém, para consulta e relatórios.</translation>
    </message>
    <message>
        <source>Transfer: known here only as a partner for stock transfers and requisitions.</source>
        <translation>Transferência: conhecido aqui só como parceiro para transferências de stock e requisições.</translation>
    </message>
    <message>
        <source>Not visible on this site.</source>
        <translation>Não visível neste site.</translation>
    </message>
</context>
<context>
    <name>TopologyChanges</name>
    <message>
        <source>not visible</source>
        <translation>não visível</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; was added.</source>
        <translation>O site «%1» foi adicionado.</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; was changed (kind, links or server).</source>
        <translation>O site «%1» foi alterado (tipo, ligações ou servidor).</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; was removed.</source>
        <translation>O site «%1» foi removido.</translation>
    </message>
    <message>
        <source>Store %1 was removed.</source>
        <translation>O armazém %1 foi removido.</translation>
    </message>
    <message>
        <source>Store %1 was added (home: %2).</source>
        <translation>O armazém %1 foi adicionado (origem: %2).</translation>
    </message>
    <message>
        <source>Store %1 was renamed to &quot;%2&quot;.</source>
        <translation>O armazém %1 passou a chamar-se «%2».</translation>
    </message>
    <message>
        <source>%1 on %2: %3 → %4</source>
        <translation>%1 em %2: %3 → %4</translation>
    </message>
</context>
<context>
    <name>TopologyJson</name>
    <message>
        <source>missing required key %1</source>
        <translation>falta a chave obrigatória %1</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>era esperado um texto</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>não pode estar vazio</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>era esperado um objeto</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>era esperada uma lista</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>chave desconhecida</translation>
    </message>
    <message>
        <source>unknown site kind %1</source>
        <translation>tipo de site desconhecido %1</translation>
    </message>
    <message>
        <source>duplicate site name %1</source>
        <translation>nome de site repetido %1</translation>
    </message>
    <message>
        <source>unknown data category %1 (expected &quot;core&quot; or &quot;oms&quot;)</source>
        <translation>categoria de dados desconhecida %1 (era esperado «core» ou «oms»)</translation>
    </message>
    <message>
        <source>expected a site name</source>
        <translation>era esperado um nome de site</translation>
    </message>
    <message>
        <source>no site is named %1</source>
        <translation>nenhum site se chama %1</translation>
    </message>
    <message>
        <source>only a hub or a server site has a url; %1 is neither</source>
        <translation>só um servidor ou um site servidor tem url; %1 não é nenhum dos dois</translation>
    </message>
    <message>
        <source>duplicate store code %1</source>
        <translation>código de armazém repetido %1</translation>
    </message>
    <message>
        <source>unknown sync type %1 (expected &quot;active&quot;, &quot;collector&quot; or &quot;transfer&quot;)</source>
        <translation>tipo de sincronização desconhecido %1 (era esperado «active», «collector» ou «transfer»)</translation>
    </message>
    <message>
        <source>(not a string)</source>
        <translation>(não é um texto)</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON inválido (%1 no byte %2)</translation>
    </message>
    <message>
        <source>expected an object with &quot;sites&quot; and &quot;stores&quot;</source>
        <translation>era esperado um objeto com «sites» e «stores»</translation>
    </message>
</context>
<context>
    <name>TopologyValidator</name>
    <message>
        <source>There can be only one mSupply Server (Central); &quot;%1&quot; is a second one. Change its kind to mSupply Server (Remote) or remove it.</source>
        <translation>Só pode haver um mSupply Server (Central); «%1» é um segundo. Mude o tipo dele para mSupply Server (Remote) ou remova-o.</translation>
    </message>
    <message>
        <source>The network has no mSupply Server (Central). Add one: every other site syncs through it.</source>
        <translation>A rede não tem nenhum mSupply Server (Central). Adicione um: todos os outros sites sincronizam através dele.</translation>
    </message>
    <message>
        <source>There can be at most one Open mSupply Server (Central); &quot;%1&quot; is a second one. Change its kind to Open mSupply Server (Remote) or remove it.</source>
        <translation>Pode haver no máximo um Open mSupply Server (Central); «%1» é um segundo. Mude o tipo dele para Open mSupply Server (Remote) ou remova-o.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an %2, which keeps its own data; only mSupply Client and Open mSupply Desktop attach to a server. Remove its server.</source>
        <translation>«%1» é um %2, que guarda os seus próprios dados; só o mSupply Client e o Open mSupply Desktop se associam a um servidor. Remova o servidor dele.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the mSupply Server (Central), the hub of core data, and links to no other site for it. Remove its core link.</source>
        <translation>«%1» é o mSupply Server (Central), o servidor dos dados core, e não se liga a nenhum outro site para esses dados. Remova a sua ligação core.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the %2, the hub of oms data, and links to no other site for it. Remove its oms link.</source>
        <translation>«%1» é o %2, o servidor dos dados oms, e não se liga a nenhum outro site para esses dados. Remova a sua ligação oms.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an %2, which does not carry Open mSupply (oms) data. Remove its oms link.</source>
        <translation>«%1» é um %2, que não transporta dados Open mSupply (oms). Remova a sua ligação oms.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no %2 link. Link it to the %3 for %2 data.</source>
        <translation>«%1» não tem ligação %2. Ligue-o ao %3 para os dados %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; links for %2 data to &quot;%3&quot;, which is not a site of this network. Link it to the %4.</source>
        <translation>«%1» liga-se para os dados %2 a «%3», que não é um site desta rede. Ligue-o ao %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; links for %2 data to &quot;%3&quot;, an %4. It must link to the %5.</source>
        <translation>«%1» liga-se para os dados %2 a «%3», um %4. Tem de se ligar ao %5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an %2, which keeps no data and has no sync links. Remove its links and attach it to a server instead.</source>
        <translation>«%1» é um %2, que não guarda dados nem tem ligações de sincronização. Remova as suas ligações e associe-o antes a um servidor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an %2 but is attached to no server. Attach it to one of: %3.</source>
        <translation>«%1» é um %2, mas não está associado a nenhum servidor. Associe-o a um destes: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is attached to &quot;%2&quot;, which is not a site of this network. Attach it to one of: %3.</source>
        <translation>«%1» está associado a «%2», que não é um site desta rede. Associe-o a um destes: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an %2 attached to &quot;%3&quot;, an %4. An %2 can attach only to: %5.</source>
        <translation>«%1» é um %2 associado a «%3», um %4. Um %2 só se pode associar a: %5.</translation>
    </message>
    <message>
        <source>Store %1 has no Active site. Choose the site where it is edited.</source>
        <translation>O armazém %1 não tem site Ativo. Escolha o site onde é editado.</translation>
    </message>
    <message>
        <source>Store %1 is Active on &quot;%2&quot;, which is not a site of this network. Choose the site where it is edited.</source>
        <translation>O armazém %1 está Ativo em «%2», que não é um site desta rede. Escolha o site onde é editado.</translation>
    </message>
    <message>
        <source>Store %1 is Active on &quot;%2&quot;, an %3 that keeps no data. Make it Active on a site that keeps data (the client&apos;s server, for example).</source>
        <translation>O armazém %1 está Ativo em «%2», um %3 que não guarda dados. Torne-o Ativo num site que guarde dados (o servidor do cliente, por exemplo).</translation>
    </message>
    <message>
        <source>Store %1 is %2 on &quot;%3&quot;, which is not a site of this network. Remove that entry.</source>
        <translation>O armazém %1 está %2 em «%3», que não é um site desta rede. Remova essa entrada.</translation>
    </message>
    <message>
        <source>Store %1 lists its home site &quot;%2&quot; as %3. The home site is always Active; remove that entry.</source>
        <translation>O armazém %1 indica o seu site de origem «%2» como %3. O site de origem é sempre Ativo; remova essa entrada.</translation>
    </message>
    <message>
        <source>Store %1 is Active on both &quot;%2&quot; and &quot;%3&quot;. A store is Active on exactly one site: make &quot;%3&quot; Collector or Transfer, or move the home.</source>
        <translation>O armazém %1 está Ativo em «%2» e em «%3». Um armazém está Ativo num só site: torne «%3» Coletor ou Transferência, ou mova a origem.</translation>
    </message>
    <message>
        <source>Store %1 is %2 on &quot;%3&quot;, an %4 that keeps no data. Clients see their server&apos;s stores; remove that entry.</source>
        <translation>O armazém %1 está %2 em «%3», um %4 que não guarda dados. Os clientes veem os armazéns do seu servidor; remova essa entrada.</translation>
    </message>
    <message>
        <source>Store %1 is %2 on the mSupply Server (Central), which always holds every store it is not home to as Collector. Remove that entry.</source>
        <translation>O armazém %1 está %2 no mSupply Server (Central), que guarda sempre como Coletor todos os armazéns de que não é a origem. Remova essa entrada.</translation>
    </message>
    <message>
        <source>Store %1 holds Open mSupply data (assets), but its home &quot;%2&quot; is an %3, which cannot hold it. Keep its home on an Open mSupply site.</source>
        <translation>O armazém %1 contém dados Open mSupply (equipamentos), mas a sua origem «%2» é um %3, que não os pode guardar. Mantenha a origem num site Open mSupply.</translation>
    </message>
</context>
<context>
    <name>TransferProcessor</name>
    <message>
        <source>reading the lines of a shipment</source>
        <translation>leitura das linhas de uma remessa</translation>
    </message>
    <message>
        <source>looking for shipments that arrived</source>
        <translation>procura de remessas que chegaram</translation>
    </message>
    <message>
        <source>looking for shipments that were received</source>
        <translation>procura de remessas que foram recebidas</translation>
    </message>
    <message>
        <source>looking for requisitions that arrived</source>
        <translation>procura de requisições que chegaram</translation>
    </message>
    <message>
        <source>reading the lines of a requisition</source>
        <translation>leitura das linhas de uma requisição</translation>
    </message>
    <message>
        <source>looking for requisitions that were answered</source>
        <translation>procura de requisições que foram respondidas</translation>
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
        <translation>Pessoal de campo</translation>
    </message>
</context>
<context>
    <name>WireMessages</name>
    <message>
        <source>The server&apos;s answer was damaged on the way (field &quot;%1&quot; is missing or malformed). Sync again; if it keeps happening, check the network.</source>
        <translation>A resposta do servidor chegou danificada (o campo «%1» falta ou está mal formado). Sincronize de novo; se continuar a acontecer, verifique a rede.</translation>
    </message>
    <message>
        <source>&quot;category&quot; must be &quot;core&quot; or &quot;oms&quot;.</source>
        <translation>«category» tem de ser «core» ou «oms».</translation>
    </message>
    <message>
        <source>The handshake&apos;s field &quot;%1&quot; is missing or malformed.</source>
        <translation>O campo «%1» da negociação inicial falta ou está mal formado.</translation>
    </message>
    <message>
        <source>&quot;batch_id&quot; must be a string of 1 to 100 characters.</source>
        <translation>«batch_id» tem de ser um texto de 1 a 100 caracteres.</translation>
    </message>
    <message>
        <source>&quot;records&quot; must be a list of records (it may be empty).</source>
        <translation>«records» tem de ser uma lista de registos (pode estar vazia).</translation>
    </message>
    <message>
        <source>&quot;cursor&quot; must be a whole number, 0 or more.</source>
        <translation>«cursor» tem de ser um número inteiro, 0 ou mais.</translation>
    </message>
    <message>
        <source>&quot;limit&quot; must be between 1 and %1.</source>
        <translation>«limit» tem de estar entre 1 e %1.</translation>
    </message>
    <message>
        <source>A backfill needs &quot;up_to&quot;, the cursor to stop at.</source>
        <translation>Uma recuperação precisa de «up_to», o cursor onde parar.</translation>
    </message>
    <message>
        <source>A report needs started_at and finished_at (ISO 8601) and an outcome: success, partial, failed or cancelled.</source>
        <translation>Um relatório precisa de started_at e finished_at (ISO 8601) e de um resultado: success, partial, failed ou cancelled.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sync sites for health supply networks: the network, its stores&apos; sync types, sync and its health.</source>
        <translation>Sincronização de sites para redes de abastecimento de saúde: a rede, os tipos de sincronização dos seus armazéns, a sincronização e o seu estado.</translation>
    </message>
    <message>
        <source>Run on a demo network: a hub served by this app on 127.0.0.1, with its data in DIR (made at the first start), and this app as one of its sites, signed in as the demo administrator.</source>
        <translation>Funcionar numa rede de demonstração: um servidor fornecido por esta aplicação em 127.0.0.1, com os dados em DIR (criados no primeiro arranque), e esta aplicação como um dos seus sites, com sessão iniciada como administrador de demonstração.</translation>
    </message>
    <message>
        <source>Records the demo hub is made with (default 20000).</source>
        <translation>Número de registos com que o servidor de demonstração é criado (predefinição: 20000).</translation>
    </message>
    <message>
        <source>Keep the app&apos;s settings in FILE (an INI file) instead of the user&apos;s.</source>
        <translation>Guardar as definições da aplicação em FILE (um ficheiro INI) em vez das do utilizador.</translation>
    </message>
    <message>
        <source>After the first sync, save a picture of every page into DIR and quit.</source>
        <translation>Depois da primeira sincronização, guardar uma imagem de cada página em DIR e sair.</translation>
    </message>
    <message>
        <source>The window&apos;s size for --screenshots, e.g. 1024x600 (default 1366x768).</source>
        <translation>O tamanho da janela para --screenshots, p. ex. 1024x600 (predefinição: 1366x768).</translation>
    </message>
    <message>
        <source>--screenshot-size takes WxH, e.g. 1024x600.</source>
        <translation>--screenshot-size recebe LxA, p. ex. 1024x600.</translation>
    </message>
</context>
<context>
    <name>syncsites::app::DebugArchive</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>syncsites::app::DesktopApp</name>
    <message>
        <source>Online</source>
        <translation>Com ligação</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sem ligação</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Iniciar sessão de novo</translation>
    </message>
    <message>
        <source>The server ended your session: %1</source>
        <translation>O servidor terminou a sua sessão: %1</translation>
    </message>
    <message>
        <source>Sign in again as %1 to keep the sync-type edits not yet applied; if someone else signs in, they are discarded.</source>
        <translation>Inicie sessão de novo como %1 para manter as alterações de tipos de sincronização ainda não aplicadas; se outra pessoa iniciar sessão, são descartadas.</translation>
    </message>
    <message>
        <source>The demo cannot start</source>
        <translation>Não é possível iniciar a demonstração</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Definições…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Terminar sessão</translation>
    </message>
    <message>
        <source>Set &amp;up again…</source>
        <translation>&amp;Configurar de novo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Dark appearance</source>
        <translation>Aspeto &amp;escuro</translation>
    </message>
    <message>
        <source>&amp;Refresh from the server</source>
        <translation>&amp;Atualizar a partir do servidor</translation>
    </message>
    <message>
        <source>&amp;About SyncSites</source>
        <translation>&amp;Acerca do SyncSites</translation>
    </message>
    <message>
        <source>Network console on %1</source>
        <translation>Consola da rede em %1</translation>
    </message>
    <message>
        <source>%1 (%2) — server %3</source>
        <translation>%1 (%2) — servidor %3</translation>
    </message>
    <message>
        <source>The secret was not saved</source>
        <translation>O segredo não foi guardado</translation>
    </message>
    <message>
        <source>The site&apos;s data cannot be opened</source>
        <translation>Não é possível abrir os dados do site</translation>
    </message>
    <message>
        <source>The site&apos;s data is missing</source>
        <translation>Os dados do site não foram encontrados</translation>
    </message>
    <message>
        <source>%1

Restore the file from a backup and start again, or set this site up again (the network administrator must first release the site&apos;s binding on the server).</source>
        <translation>%1

Reponha o ficheiro a partir de uma cópia de segurança e inicie de novo, ou configure este site de novo (primeiro, o administrador da rede tem de libertar o vínculo do site no servidor).</translation>
    </message>
    <message>
        <source>Set up again…</source>
        <translation>Configurar de novo…</translation>
    </message>
    <message>
        <source>This data file belongs to another site</source>
        <translation>Este ficheiro de dados pertence a outro site</translation>
    </message>
    <message>
        <source>%1 holds the data of &quot;%2&quot;, not &quot;%3&quot;. Choose another data file in the set-up.</source>
        <translation>%1 contém os dados de «%2», não de «%3». Escolha outro ficheiro de dados na configuração.</translation>
    </message>
    <message>
        <source>The site&apos;s secret</source>
        <translation>O segredo do site</translation>
    </message>
    <message>
        <source>This computer holds no secret for %1 (a new or locked keychain, or it was removed). Enter the site&apos;s secret; the network administrator has it.</source>
        <translation>Este computador não tem nenhum segredo para %1 (porta-chaves novo ou bloqueado, ou o segredo foi removido). Introduza o segredo do site; o administrador da rede tem-no.</translation>
    </message>
    <message>
        <source>The site&apos;s secret is missing</source>
        <translation>O segredo do site não foi encontrado</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Armazéns</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Supervisors see every store&apos;s data but change none.</source>
        <translation>Os supervisores veem os dados de todos os armazéns, mas não alteram nenhum.</translation>
    </message>
    <message>
        <source>%1 does not work at %2: its stores are read-only for them.</source>
        <translation>%1 não trabalha em %2: os armazéns deste site são só de leitura para essa pessoa.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administração</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation> (sem ligação)</translation>
    </message>
    <message>
        <source>The site cannot be set up again</source>
        <translation>Não é possível configurar o site de novo</translation>
    </message>
    <message>
        <source>Copying the site&apos;s data from the server did not finish: %1

Start SyncSites again when the server can be reached; it resumes, and the changes not yet sent are kept in %2.</source>
        <translation>A cópia dos dados do site a partir do servidor não terminou: %1

Inicie o SyncSites de novo quando o servidor estiver acessível; a cópia continua, e as alterações ainda não enviadas ficam guardadas em %2.</translation>
    </message>
    <message>
        <source>Set up again</source>
        <translation>Configurar de novo</translation>
    </message>
    <message>
        <source>%1 is set up again from the server.</source>
        <translation>%1 foi configurado de novo a partir do servidor.</translation>
    </message>
    <message>
        <source>Changes made here and not yet sent that were carried over: %1.</source>
        <translation>Alterações feitas aqui e ainda não enviadas que foram mantidas: %1.</translation>
    </message>
    <message>
        <source>Not carried over (refused here): %1.</source>
        <translation>Não mantidas (recusadas aqui): %1.</translation>
    </message>
    <message>
        <source>The changes carried over are listed in %1.</source>
        <translation>As alterações mantidas estão listadas em %1.</translation>
    </message>
    <message>
        <source>The damaged file is kept at %1.</source>
        <translation>O ficheiro danificado está guardado em %1.</translation>
    </message>
    <message>
        <source>Not carried over: %1</source>
        <translation>Não mantidas: %1</translation>
    </message>
    <message>
        <source>The site&apos;s data is damaged</source>
        <translation>Os dados do site estão danificados</translation>
    </message>
    <message>
        <source>This computer&apos;s copy of the site&apos;s data is damaged. Sync is stopped so that the damage does not spread.</source>
        <translation>A cópia dos dados do site neste computador está danificada. A sincronização foi parada para o dano não se espalhar.</translation>
    </message>
    <message>
        <source>Set the site up again from the server? SyncSites closes; at its next start it keeps the changes not yet sent and sends them again.</source>
        <translation>Configurar o site de novo a partir do servidor? O SyncSites fecha-se; no próximo arranque mantém as alterações ainda não enviadas e envia-as de novo.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Definições não guardadas</translation>
    </message>
    <message>
        <source>Choose how this computer works with the network again? The app closes; the site&apos;s data stays on disk and the set-up runs at the next start.</source>
        <translation>Escolher de novo como este computador trabalha com a rede? A aplicação fecha-se; os dados do site ficam no disco e a configuração começa no próximo arranque.</translation>
    </message>
    <message>
        <source>About SyncSites</source>
        <translation>Acerca do SyncSites</translation>
    </message>
    <message>
        <source>&lt;b&gt;SyncSites %1&lt;/b&gt;&lt;p&gt;Sync sites for health supply networks: each store Active on one site, Collector copies for reports, Transfer partners for stock transfers.&lt;/p&gt;</source>
        <translation>&lt;b&gt;SyncSites %1&lt;/b&gt;&lt;p&gt;Sincronização de sites para redes de abastecimento de saúde: cada armazém Ativo num site, cópias Coletor para relatórios, parceiros de Transferência para transferências de stock.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SyncSites is already running</source>
        <translation>O SyncSites já está em execução</translation>
    </message>
</context>
<context>
    <name>syncsites::app::InstanceGuard</name>
    <message>
        <source>SyncSites is already running for %1: its window is brought to the front.</source>
        <translation>O SyncSites já está em execução para %1: a sua janela é trazida para a frente.</translation>
    </message>
    <message>
        <source>SyncSites is already running for %1 (process %2 on %3), but it does not answer. Close it and start again. If it is no longer running, delete %4.</source>
        <translation>O SyncSites já está em execução para %1 (processo %2 em %3), mas não responde. Feche-o e inicie-o novamente. Se já não estiver em execução, elimine %4.</translation>
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
        <translation>Copiar para a área de transferência um resumo para o suporte: versões, definições, a última sincronização; sem palavras-passe nem segredos</translation>
    </message>
    <message>
        <source>Save &amp;debug archive…</source>
        <translation>Guardar arquivo de &amp;depuração…</translation>
    </message>
    <message>
        <source>Save the logs, the settings (without secrets) and the diagnostics in one file for support</source>
        <translation>Guardar os registos de eventos, as definições (sem segredos) e o diagnóstico num único ficheiro para o suporte</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnóstico copiado para a área de transferência.</translation>
    </message>
    <message>
        <source>Save a debug archive</source>
        <translation>Guardar um arquivo de depuração</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Arquivos zip (*.zip)</translation>
    </message>
    <message>
        <source>The debug archive was not saved</source>
        <translation>O arquivo de depuração não foi guardado</translation>
    </message>
    <message>
        <source>Debug archive saved</source>
        <translation>Arquivo de depuração guardado</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Send this file to your support contact. It holds the app&apos;s logs, its settings without secrets, and the diagnostics.</source>
        <translation>Envie este ficheiro ao seu contacto de suporte. Contém os registos de eventos da aplicação, as suas definições sem segredos e o diagnóstico.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir pasta</translation>
    </message>
    <message>
        <source>Open the folder of the saved file</source>
        <translation>Abrir a pasta do ficheiro guardado</translation>
    </message>
</context>
<context>
    <name>syncsites::app::ZipWriter</name>
    <message>
        <source>The archive is too large for a zip file (4 GB at most).</source>
        <translation>O arquivo é demasiado grande para um ficheiro zip (4 GB no máximo).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível escrever %1: %2</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::AdjustStockDialog</name>
    <message>
        <source>Adjust stock in %1</source>
        <translation>Ajustar o stock em %1</translation>
    </message>
    <message>
        <source>Stock line:</source>
        <translation>Linha de stock:</translation>
    </message>
    <message>
        <source>Available now:</source>
        <translation>Disponível agora:</translation>
    </message>
    <message>
        <source>Available after:</source>
        <translation>Disponível depois:</translation>
    </message>
    <message>
        <source>Available packs after the adjustment</source>
        <translation>Embalagens disponíveis depois do ajuste</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Reason for the adjustment</source>
        <translation>Motivo do ajuste</translation>
    </message>
    <message>
        <source>For example: stocktake, 3 packs damaged</source>
        <translation>Por exemplo: inventário, 3 embalagens danificadas</translation>
    </message>
    <message>
        <source>The change is saved here at once and sent to the other sites at the next sync.</source>
        <translation>A alteração é guardada aqui de imediato e enviada aos outros sites na próxima sincronização.</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Adjusted from %1 to %2 packs: %3</source>
        <translation>Ajustado de %1 para %2 embalagens: %3</translation>
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
        <translation>Arma&amp;zéns</translation>
    </message>
    <message>
        <source>I&amp;tems</source>
        <translation>A&amp;rtigos</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilizadores</translation>
    </message>
    <message>
        <source>Topolog&amp;y</source>
        <translation>Topolo&amp;gia</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::AssetDialog</name>
    <message>
        <source>&amp;Known:</source>
        <translation>&amp;Conhecidos:</translation>
    </message>
    <message>
        <source>New asset in %1</source>
        <translation>Novo equipamento em %1</translation>
    </message>
    <message>
        <source>Asset code</source>
        <translation>Código do equipamento</translation>
    </message>
    <message>
        <source>e.g. FRIDGE-01</source>
        <translation>p. ex. FRIGO-01</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>Tipo de equipamento</translation>
    </message>
    <message>
        <source>refrigerator</source>
        <translation>frigorífico</translation>
    </message>
    <message>
        <source>freezer</source>
        <translation>congelador</translation>
    </message>
    <message>
        <source>ice-lined refrigerator</source>
        <translation>frigorífico com revestimento de gelo</translation>
    </message>
    <message>
        <source>solar refrigerator</source>
        <translation>frigorífico solar</translation>
    </message>
    <message>
        <source>cold box</source>
        <translation>caixa térmica</translation>
    </message>
    <message>
        <source>vaccine carrier</source>
        <translation>porta-vacinas</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de série</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>Instalado em</translation>
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
        <translation>&amp;Número de série:</translation>
    </message>
    <message>
        <source>&amp;Manufacturer:</source>
        <translation>&amp;Fabricante:</translation>
    </message>
    <message>
        <source>Installed on:</source>
        <translation>Instalado em:</translation>
    </message>
    <message>
        <source>The asset belongs to %1. It is sent to the cold-chain hub at the next sync.</source>
        <translation>O equipamento pertence a %1. É enviado ao servidor da cadeia de frio na próxima sincronização.</translation>
    </message>
    <message>
        <source>&amp;Add asset</source>
        <translation>&amp;Adicionar equipamento</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::AuditModel</name>
    <message>
        <source>Network replaced from a file</source>
        <translation>Rede substituída a partir de um ficheiro</translation>
    </message>
    <message>
        <source>Sync type changed</source>
        <translation>Tipo de sincronização alterado</translation>
    </message>
    <message>
        <source>Site added</source>
        <translation>Site adicionado</translation>
    </message>
    <message>
        <source>Site changed</source>
        <translation>Site alterado</translation>
    </message>
    <message>
        <source>Site removed</source>
        <translation>Site removido</translation>
    </message>
    <message>
        <source>New site secret</source>
        <translation>Novo segredo do site</translation>
    </message>
    <message>
        <source>Site&apos;s installation released</source>
        <translation>Instalação do site libertada</translation>
    </message>
    <message>
        <source>Store added</source>
        <translation>Armazém adicionado</translation>
    </message>
    <message>
        <source>Store changed</source>
        <translation>Armazém alterado</translation>
    </message>
    <message>
        <source>Item added</source>
        <translation>Artigo adicionado</translation>
    </message>
    <message>
        <source>Item changed</source>
        <translation>Artigo alterado</translation>
    </message>
    <message>
        <source>Item deleted</source>
        <translation>Artigo eliminado</translation>
    </message>
    <message>
        <source>Items imported</source>
        <translation>Artigos importados</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Utilizador adicionado</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Utilizador alterado</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
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
        <translation>site de origem</translation>
    </message>
    <message>
        <source>sync types</source>
        <translation>tipos de sincronização</translation>
    </message>
    <message>
        <source>sync type</source>
        <translation>tipo de sincronização</translation>
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
        <translation>armazéns</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidade</translation>
    </message>
    <message>
        <source>pack size</source>
        <translation>tamanho da embalagem</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nome completo</translation>
    </message>
    <message>
        <source>role</source>
        <translation>função</translation>
    </message>
    <message>
        <source>password</source>
        <translation>palavra-passe</translation>
    </message>
    <message>
        <source>password made by the server</source>
        <translation>palavra-passe criada pelo servidor</translation>
    </message>
    <message>
        <source>released</source>
        <translation>libertada</translation>
    </message>
    <message>
        <source>installation</source>
        <translation>instalação</translation>
    </message>
    <message>
        <source>data to send or drop at sites</source>
        <translation>dados a enviar ou a eliminar nos sites</translation>
    </message>
    <message>
        <source>new secrets for</source>
        <translation>novos segredos para</translation>
    </message>
    <message>
        <source>sites added</source>
        <translation>sites adicionados</translation>
    </message>
    <message>
        <source>sites changed</source>
        <translation>sites alterados</translation>
    </message>
    <message>
        <source>sites removed</source>
        <translation>sites removidos</translation>
    </message>
    <message>
        <source>stores added</source>
        <translation>armazéns adicionados</translation>
    </message>
    <message>
        <source>stores changed</source>
        <translation>armazéns alterados</translation>
    </message>
    <message>
        <source>stores removed</source>
        <translation>armazéns removidos</translation>
    </message>
    <message>
        <source>created</source>
        <translation>criados</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>atualizados</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sem alterações</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusados</translation>
    </message>
    <message>
        <source>revision %1 → %2</source>
        <translation>revisão %1 → %2</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revisão %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 mais</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::AuditPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Carregar mais</translation>
    </message>
    <message>
        <source>Audit log of changes</source>
        <translation>Registo de auditoria das alterações</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Atualizar o registo de auditoria</translation>
    </message>
    <message>
        <source>Load older audit entries</source>
        <translation>Carregar entradas mais antigas do registo de auditoria</translation>
    </message>
    <message>
        <source>The audit log is kept by the hub; connect to one to see it.</source>
        <translation>O registo de auditoria é mantido pelo servidor; ligue-se a um para o ver.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <source>Could not load the audit log: %1</source>
        <translation>Não foi possível carregar o registo de auditoria: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown.</source>
        <translation>
            <numerusform>%n alteração mostrada.</numerusform>
            <numerusform>%n alterações mostradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown; that is all.</source>
        <translation>
            <numerusform>%n alteração mostrada; não há mais.</numerusform>
            <numerusform>%n alterações mostradas; não há mais.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncsites::ui::CertificateFileField</name>
    <message>
        <source>Certificate authority file</source>
        <translation>Ficheiro da autoridade de certificação</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Escolher o ficheiro da autoridade de certificação</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autoridade de certificação</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados (*.pem *.crt);;Todos os ficheiros (*)</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ClientDataPage</name>
    <message>
        <source>Load &amp;more</source>
        <translation>Carregar &amp;mais</translation>
    </message>
    <message>
        <source>&amp;Adjust stock…</source>
        <translation>&amp;Ajustar stock…</translation>
    </message>
    <message>
        <source>New &amp;transfer…</source>
        <translation>Nova &amp;transferência…</translation>
    </message>
    <message>
        <source>&amp;Receive shipment…</source>
        <translation>&amp;Receber remessa…</translation>
    </message>
    <message>
        <source>Re&amp;quest stock…</source>
        <translation>Pe&amp;dir stock…</translation>
    </message>
    <message>
        <source>Ans&amp;wer requisition…</source>
        <translation>Res&amp;ponder a requisição…</translation>
    </message>
    <message>
        <source>Add ass&amp;et…</source>
        <translation>Adicionar &amp;equipamento…</translation>
    </message>
    <message>
        <source>Add temperature &amp;log…</source>
        <translation>Adicionar re&amp;gisto de temperatura…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Data&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Dados&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Armazém</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>%1 keeps no data of its own: these records are read and changed through its server, a page at a time. The server&apos;s Active stores can be changed here; Collector stores are read-only copies, changed at their home site.</source>
        <translation>%1 não guarda dados próprios: estes registos são lidos e alterados através do seu servidor, uma página de cada vez. Os armazéns Ativos do servidor podem ser alterados aqui; os armazéns Coletor são cópias só de leitura, alteradas no seu site de origem.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registos</translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation>Ajustar stock</translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation>Nova transferência</translation>
    </message>
    <message>
        <source>Receive shipment</source>
        <translation>Receber remessa</translation>
    </message>
    <message>
        <source>Request stock</source>
        <translation>Pedir stock</translation>
    </message>
    <message>
        <source>Answer requisition</source>
        <translation>Responder a requisição</translation>
    </message>
    <message>
        <source>Add asset</source>
        <translation>Adicionar equipamento</translation>
    </message>
    <message>
        <source>Add temperature log</source>
        <translation>Adicionar registo de temperatura</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Armazém:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabela:</translation>
    </message>
    <message>
        <source>%1 – %2 (%3, home %4)</source>
        <translation>%1 – %2 (%3, origem %4)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Data&lt;/h2&gt;%1, through the server %2</source>
        <translation>&lt;h2&gt;Dados&lt;/h2&gt;%1, através do servidor %2</translation>
    </message>
    <message>
        <source>No store of %1 can be browsed.</source>
        <translation>Não é possível consultar nenhum armazém de %1.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>A ler…</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registo</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registos</translation>
    </message>
    <message>
        <source>%1, all shown</source>
        <translation>%1, todos mostrados</translation>
    </message>
    <message>
        <source>%1 shown; more on the server</source>
        <translation>%1 mostrados; há mais no servidor</translation>
    </message>
    <message>
        <source>A store cannot ship to or request from itself. Choose another store.</source>
        <translation>Um armazém não pode enviar nem pedir stock a si próprio. Escolha outro armazém.</translation>
    </message>
    <message>
        <source>That item is no longer in the catalogue on the server. Refresh, then try again.</source>
        <translation>Esse artigo já não está no catálogo do servidor. Atualize e tente novamente.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Não feito: %1</translation>
    </message>
    <message>
        <source>&amp;Receive shipment (%1)…</source>
        <translation>&amp;Receber remessa (%1)…</translation>
    </message>
    <message>
        <source>Ans&amp;wer requisition (%1)…</source>
        <translation>Res&amp;ponder a requisição (%1)…</translation>
    </message>
    <message>
        <source>Choose a store first.</source>
        <translation>Escolha primeiro um armazém.</translation>
    </message>
    <message>
        <source>You may read %1 but not change it: your role reads data only.</source>
        <translation>Pode ler %1, mas não alterá-lo: a sua função só permite ler dados.</translation>
    </message>
    <message>
        <source>%1 is read-only here: it is a Collector copy, edited at %2.</source>
        <translation>%1 é só de leitura aqui: é uma cópia Coletor, editada em %2.</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>À espera do servidor…</translation>
    </message>
    <message>
        <source>Choose the stock line table and select a line to adjust.</source>
        <translation>Escolha a tabela de linhas de stock e selecione uma linha para ajustar.</translation>
    </message>
    <message>
        <source>Select the stock line to adjust.</source>
        <translation>Selecione a linha de stock a ajustar.</translation>
    </message>
    <message>
        <source>Change the available packs of the selected stock line.</source>
        <translation>Alterar as embalagens disponíveis da linha de stock selecionada.</translation>
    </message>
    <message>
        <source>Ship stock from this store to another store of the network.</source>
        <translation>Enviar stock deste armazém para outro armazém da rede.</translation>
    </message>
    <message>
        <source>Receive a shipment that has arrived for this store.</source>
        <translation>Receber uma remessa que chegou para este armazém.</translation>
    </message>
    <message>
        <source>Ask another store of the network for stock.</source>
        <translation>Pedir stock a outro armazém da rede.</translation>
    </message>
    <message>
        <source>Finalise the answer to a request that arrived for this store.</source>
        <translation>Finalizar a resposta a um pedido que chegou para este armazém.</translation>
    </message>
    <message>
        <source>Record cold-chain equipment (a refrigerator, say) of this store.</source>
        <translation>Registar equipamento da cadeia de frio (um frigorífico, por exemplo) deste armazém.</translation>
    </message>
    <message>
        <source>Record a temperature reading of one of this store&apos;s assets.</source>
        <translation>Registar uma leitura de temperatura de um dos equipamentos deste armazém.</translation>
    </message>
    <message>
        <source>Stock line %1</source>
        <translation>Linha de stock %1</translation>
    </message>
    <message>
        <source>, batch %1</source>
        <translation>, lote %1</translation>
    </message>
    <message>
        <source>, expires %1</source>
        <translation>, expira em %1</translation>
    </message>
    <message>
        <source>%1 in %2 now has %3 available packs, on the server.</source>
        <translation>%1 em %2 tem agora %3 embalagens disponíveis, no servidor.</translation>
    </message>
    <message>
        <source>Shipped %1 packs of %2 from %3 to %4 (outbound shipment %5), on the server.</source>
        <translation>Enviadas %1 embalagens de %2 de %3 para %4 (remessa de saída %5), no servidor.</translation>
    </message>
    <message>
        <source>Received shipment %1 in %2: its packs were added to the store&apos;s stock. The sending site sees it delivered after it has synced.</source>
        <translation>Remessa %1 recebida em %2: as suas embalagens foram juntas ao stock do armazém. O site que a enviou vê-a entregue depois de sincronizar.</translation>
    </message>
    <message>
        <source>Requested %1 packs of %2 for %3 from %4 (requisition %5), on the server; it is finalised once %4 has answered it.</source>
        <translation>Pedidas %1 embalagens de %2 para %3 a %4 (requisição %5), no servidor; o pedido fica finalizado quando %4 lhe responder.</translation>
    </message>
    <message>
        <source>Finalised response %1 from %2: it supplies what was requested. The requesting site sees its request finalised after it has synced.</source>
        <translation>Resposta %1 de %2 finalizada: fornece o que foi pedido. O site que fez o pedido vê-o finalizado depois de sincronizar.</translation>
    </message>
    <message>
        <source>Added asset %1 (%2) to %3, on the server.</source>
        <translation>Equipamento %1 (%2) adicionado a %3, no servidor.</translation>
    </message>
    <message>
        <source>Recorded %1 °C for asset %2, on the server.</source>
        <translation>Registados %1 °C para o equipamento %2, no servidor.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::DashboardCharts</name>
    <message>
        <source>Sessions per day</source>
        <translation>Sessões por dia</translation>
    </message>
    <message>
        <source>Records moved per day</source>
        <translation>Registos movidos por dia</translation>
    </message>
    <message>
        <source>Session durations</source>
        <translation>Duração das sessões</translation>
    </message>
    <message>
        <source>Sessions per day, %1</source>
        <translation>Sessões por dia, %1</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>Recebidos</translation>
    </message>
    <message>
        <source>Records moved per day, %1</source>
        <translation>Registos movidos por dia, %1</translation>
    </message>
    <message>
        <source>Session durations: %1</source>
        <translation>Duração das sessões: %1</translation>
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
        <translation>Sessões</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::DashboardPage</name>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir pasta</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
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
        <translation>Problema ao atualizar</translation>
    </message>
    <message>
        <source>Open the folder of the exported file</source>
        <translation>Abrir a pasta do ficheiro exportado</translation>
    </message>
    <message>
        <source>Sync health</source>
        <translation>Estado da sincronização</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Fetch every site&apos;s state from the hub again (F5)</source>
        <translation>Pedir de novo ao servidor o estado de cada site (F5)</translation>
    </message>
    <message>
        <source>Export the table to CSV</source>
        <translation>Exportar a tabela para CSV</translation>
    </message>
    <message>
        <source>Export a PDF report</source>
        <translation>Exportar um relatório PDF</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Site sessions</source>
        <translation>Sessões do site</translation>
    </message>
    <message>
        <source>Find a site</source>
        <translation>Procurar um site</translation>
    </message>
    <message>
        <source>Filter by site, kind, error or version (Ctrl+F)</source>
        <translation>Filtrar por site, tipo, erro ou versão (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter sites</source>
        <translation>Filtrar sites</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>Qualquer estado</translation>
    </message>
    <message>
        <source>Last success older than, in hours</source>
        <translation>Último êxito há mais de, em horas</translation>
    </message>
    <message>
        <source>any age</source>
        <translation>qualquer idade</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Show only sites whose last success is at least this many hours old (sites never synced included); 0 shows every age.</source>
        <translation>Mostrar só os sites cujo último êxito foi há pelo menos este número de horas (incluindo os sites nunca sincronizados); 0 mostra todos.</translation>
    </message>
    <message>
        <source>Last success older than</source>
        <translation>Último êxito há mais de</translation>
    </message>
    <message>
        <source>Not connected to a hub: sign in to see the sites.</source>
        <translation>Sem ligação a um servidor: inicie sessão para ver os sites.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>A atualizar…</translation>
    </message>
    <message>
        <source>%1, last %2 days</source>
        <translation>%1, últimos %2 dias</translation>
    </message>
    <message>
        <source>last session of each site</source>
        <translation>última sessão de cada site</translation>
    </message>
    <message>
        <source> The figures below are from the last successful refresh.</source>
        <translation> Os números abaixo são da última atualização com êxito.</translation>
    </message>
    <message>
        <source>Could not refresh the dashboard: %1</source>
        <translation>Não foi possível atualizar o painel: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Ainda não atualizado</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sem ligação</translation>
    </message>
    <message>
        <source>Updated %1 s ago</source>
        <translation>Atualizado há %1 s</translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>Atualizado há %1</translation>
    </message>
    <message>
        <source>%1 of %2 sites</source>
        <translation>%1 de %2 sites</translation>
    </message>
    <message>
        <source>Export the sites to CSV</source>
        <translation>Exportar os sites para CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sync health report</source>
        <translation>Relatório do estado da sincronização</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>servidor %1</translation>
    </message>
    <message>
        <source>%1 of %2 sites shown</source>
        <translation>%1 de %2 sites mostrados</translation>
    </message>
    <message>
        <source>data of %1</source>
        <translation>dados de %1</translation>
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
        <translation>Nova &amp;transferência…</translation>
    </message>
    <message>
        <source>&amp;Receive shipment…</source>
        <translation>&amp;Receber remessa…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No local data&lt;/h3&gt;&lt;p&gt;This app has no replica of its own: it works as a client of a server, or as a console of the central hub. Records are kept on the server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sem dados locais&lt;/h3&gt;&lt;p&gt;Esta aplicação não tem réplica própria: funciona como cliente de um servidor, ou como consola do servidor central. Os registos são guardados no servidor.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Armazém</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Filter records</source>
        <translation>Filtrar registos</translation>
    </message>
    <message>
        <source>Filter: item, batch, status…</source>
        <translation>Filtro: artigo, lote, estado…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registos</translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation>Ajustar stock</translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation>Nova transferência</translation>
    </message>
    <message>
        <source>Receive shipment</source>
        <translation>Receber remessa</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Armazém:</translation>
    </message>
    <message>
        <source>Ta&amp;ble:</source>
        <translation>Ta&amp;bela:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Data&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Dados&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Site: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Site: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (central, read-only)</source>
        <translation>%1 (central, só de leitura)</translation>
    </message>
    <message>
        <source>No store keeps its data on %1: none is Active or Collector here. Central tables can still be browsed.</source>
        <translation>Nenhum armazém guarda os seus dados em %1: nenhum está Ativo ou Coletor aqui. As tabelas centrais continuam a poder ser consultadas.</translation>
    </message>
    <message>
        <source>%1 are central data: they are changed only on the central server, by an administrator, and arrive here by sync.</source>
        <translation>%1 são dados centrais: só são alterados no servidor central, por um administrador, e chegam aqui por sincronização.</translation>
    </message>
    <message>
        <source>%1 is a Collector copy on this site: it is edited at %2, and changes arrive by sync.</source>
        <translation>%1 é uma cópia Coletor neste site: é editado em %2 e as alterações chegam por sincronização.</translation>
    </message>
    <message>
        <source>&amp;Receive shipment (%1)…</source>
        <translation>&amp;Receber remessa (%1)…</translation>
    </message>
    <message>
        <source>%1 is read-only here: it is edited at %2.</source>
        <translation>%1 é só de leitura aqui: é editado em %2.</translation>
    </message>
    <message>
        <source>Choose the Stock lines table and select a line to adjust.</source>
        <translation>Escolha a tabela Linhas de stock e selecione uma linha para ajustar.</translation>
    </message>
    <message>
        <source>Select the stock line to adjust.</source>
        <translation>Selecione a linha de stock a ajustar.</translation>
    </message>
    <message>
        <source>Change the available packs of the selected stock line.</source>
        <translation>Alterar as embalagens disponíveis da linha de stock selecionada.</translation>
    </message>
    <message>
        <source>Ship stock from this store to another store visible here.</source>
        <translation>Enviar stock deste armazém para outro armazém visível aqui.</translation>
    </message>
    <message>
        <source>Receive a shipment that has arrived for this store.</source>
        <translation>Receber uma remessa que chegou para este armazém.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 records (%2 loaded; scroll for more)</source>
        <translation>%1 registos (%2 carregados; desloque para ver mais)</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registo</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registos</translation>
    </message>
    <message>
        <source>, batch %1</source>
        <translation>, lote %1</translation>
    </message>
    <message>
        <source>, expires %1</source>
        <translation>, expira em %1</translation>
    </message>
    <message>
        <source>%1 in %2 now has %3 available packs. The change is sent at the next sync.</source>
        <translation>%1 em %2 tem agora %3 embalagens disponíveis. A alteração é enviada na próxima sincronização.</translation>
    </message>
    <message>
        <source>Shipped %1 packs of %2 from %3 to %4 (outbound shipment %5). It is sent at the next sync.</source>
        <translation>Enviadas %1 embalagens de %2 de %3 para %4 (remessa de saída %5). A remessa é enviada na próxima sincronização.</translation>
    </message>
    <message>
        <source>Received shipment %1 in %2: its packs were added to the store&apos;s stock. The sending site sees it delivered after both sites have synced.</source>
        <translation>Remessa %1 recebida em %2: as suas embalagens foram juntas ao stock do armazém. O site que a enviou vê-a entregue depois de os dois sites sincronizarem.</translation>
    </message>
    <message>
        <source>That store is no longer known on this site. Sync, then try again.</source>
        <translation>Esse armazém já não é conhecido neste site. Sincronize e tente novamente.</translation>
    </message>
    <message>
        <source>That item is no longer in the catalogue on this site. Sync, then try again.</source>
        <translation>Esse artigo já não está no catálogo deste site. Sincronize e tente novamente.</translation>
    </message>
    <message>
        <source>A store cannot ship to itself. Choose another store to ship to.</source>
        <translation>Um armazém não pode enviar para si próprio. Escolha outro armazém de destino.</translation>
    </message>
    <message>
        <source>This replica is not registered to a site yet. Finish the set-up first.</source>
        <translation>Esta réplica ainda não está registada para nenhum site. Termine primeiro a configuração.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Não feito: %1</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::DataPageActions</name>
    <message>
        <source>Re&amp;quest stock…</source>
        <translation>Pe&amp;dir stock…</translation>
    </message>
    <message>
        <source>Ans&amp;wer requisition…</source>
        <translation>Res&amp;ponder a requisição…</translation>
    </message>
    <message>
        <source>Add ass&amp;et…</source>
        <translation>Adicionar &amp;equipamento…</translation>
    </message>
    <message>
        <source>Add temperature &amp;log…</source>
        <translation>Adicionar re&amp;gisto de temperatura…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Request stock</source>
        <translation>Pedir stock</translation>
    </message>
    <message>
        <source>Answer requisition</source>
        <translation>Responder a requisição</translation>
    </message>
    <message>
        <source>Add asset</source>
        <translation>Adicionar equipamento</translation>
    </message>
    <message>
        <source>Add temperature log</source>
        <translation>Adicionar registo de temperatura</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Eliminar o registo selecionado</translation>
    </message>
    <message>
        <source>Ans&amp;wer requisition (%1)…</source>
        <translation>Res&amp;ponder a requisição (%1)…</translation>
    </message>
    <message>
        <source>Ask another store visible here for stock.</source>
        <translation>Pedir stock a outro armazém visível aqui.</translation>
    </message>
    <message>
        <source>Finalise the answer to a request that arrived for this store.</source>
        <translation>Finalizar a resposta a um pedido que chegou para este armazém.</translation>
    </message>
    <message>
        <source>Record cold-chain equipment (a refrigerator, say) of this store.</source>
        <translation>Registar equipamento da cadeia de frio (um frigorífico, por exemplo) deste armazém.</translation>
    </message>
    <message>
        <source>Record a temperature reading of one of this store&apos;s assets.</source>
        <translation>Registar uma leitura de temperatura de um dos equipamentos deste armazém.</translation>
    </message>
    <message>
        <source>Central data is changed only on the central server, by an administrator.</source>
        <translation>Os dados centrais só são alterados no servidor central, por um administrador.</translation>
    </message>
    <message>
        <source>Select the record to delete.</source>
        <translation>Selecione o registo a eliminar.</translation>
    </message>
    <message>
        <source>Delete the selected record; the delete is sent at the next sync.</source>
        <translation>Eliminar o registo selecionado; a eliminação é enviada na próxima sincronização.</translation>
    </message>
    <message>
        <source>Requested %1 packs of %2 for %3 from %4 (requisition %5). It is sent at the next sync; the request is finalised here once %4 has answered it.</source>
        <translation>Pedidas %1 embalagens de %2 para %3 a %4 (requisição %5). O pedido é enviado na próxima sincronização e fica finalizado aqui quando %4 lhe responder.</translation>
    </message>
    <message>
        <source>Finalised response %1 from %2: it supplies what was requested. The requesting site sees its request finalised after both sites have synced.</source>
        <translation>Resposta %1 de %2 finalizada: fornece o que foi pedido. O site que fez o pedido vê-o finalizado depois de os dois sites sincronizarem.</translation>
    </message>
    <message>
        <source>Added asset %1 (%2) to %3. It is sent at the next sync.</source>
        <translation>Equipamento %1 (%2) adicionado a %3. É enviado na próxima sincronização.</translation>
    </message>
    <message>
        <source>Recorded %1 °C for asset %2. It is sent at the next sync.</source>
        <translation>Registados %1 °C para o equipamento %2. É enviado na próxima sincronização.</translation>
    </message>
    <message>
        <source>Delete a record</source>
        <translation>Eliminar um registo</translation>
    </message>
    <message>
        <source>Delete %1 from %2?</source>
        <translation>Eliminar %1 de %2?</translation>
    </message>
    <message>
        <source>What belongs to it (a document&apos;s lines, an asset&apos;s temperature logs) goes with it. The delete is sent at the next sync and cannot be undone.</source>
        <translation>O que lhe pertence (as linhas de um documento, os registos de temperatura de um equipamento) é eliminado com ele. A eliminação é enviada na próxima sincronização e não pode ser anulada.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 from %2, with the %n record(s) that belonged to it. The delete is sent at the next sync.</source>
        <translation>
            <numerusform>%1 eliminado de %2, com %n registo que lhe pertencia. A eliminação é enviada na próxima sincronização.</numerusform>
            <numerusform>%1 eliminado de %2, com os %n registos que lhe pertenciam. A eliminação é enviada na próxima sincronização.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1 from %2. The delete is sent at the next sync.</source>
        <translation>%1 eliminado de %2. A eliminação é enviada na próxima sincronização.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::DataStoreListModel</name>
    <message>
        <source>Active on this site: edited here</source>
        <translation>Ativos neste site: editados aqui</translation>
    </message>
    <message>
        <source>Collector copies: read-only</source>
        <translation>Cópias Coletor: só de leitura</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (home site: %2)</source>
        <translation>%1 (site de origem: %2)</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::HealthTiles</name>
    <message>
        <source>%1: %2 sites</source>
        <translation>%1: %2 sites</translation>
    </message>
    <message>
        <source>Show every site</source>
        <translation>Mostrar todos os sites</translation>
    </message>
    <message>
        <source>Show only sites that are %1</source>
        <translation>Mostrar só os sites com o estado «%1»</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos os sites</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ItemEditDialog</name>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Ati&amp;vo</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Adicionar um artigo</translation>
    </message>
    <message>
        <source>Change an item</source>
        <translation>Alterar um artigo</translation>
    </message>
    <message>
        <source>An item&apos;s code never changes: sites and records name the item by it.</source>
        <translation>O código de um artigo nunca muda: os sites e os registos identificam o artigo por ele.</translation>
    </message>
    <message>
        <source>e.g. tablet, bottle, vial (optional)</source>
        <translation>p. ex. comprimido, frasco, ampola (opcional)</translation>
    </message>
    <message>
        <source>Inactive items stay in the records that name them but cannot be chosen for new ones.</source>
        <translation>Os artigos inativos ficam nos registos que os indicam, mas não podem ser escolhidos para registos novos.</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Adicionar artigo</translation>
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
        <translation>C&amp;ódigo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidade:</translation>
    </message>
    <message>
        <source>&amp;Pack size:</source>
        <translation>&amp;Tamanho da embalagem:</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ItemImportDialog</name>
    <message>
        <source>&amp;Apply import</source>
        <translation>&amp;Aplicar importação</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Import items from %1</source>
        <translation>Importar artigos de %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Ficheiro: %1</translation>
    </message>
    <message>
        <source>What each line of the file does</source>
        <translation>O que faz cada linha do ficheiro</translation>
    </message>
    <message>
        <source>Import the lines that were not refused</source>
        <translation>Importar as linhas que não foram recusadas</translation>
    </message>
    <message>
        <source>Checking the file with the hub (nothing is changed yet)…</source>
        <translation>A verificar o ficheiro com o servidor (ainda nada é alterado)…</translation>
    </message>
    <message>
        <source>Importing the items…</source>
        <translation>A importar os artigos…</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Não foi possível verificar o ficheiro: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nada foi importado: %1</translation>
    </message>
    <message>
        <source>Checked, nothing changed yet. Applying would create %1, update %2, leave %3 unchanged; %4 refused.</source>
        <translation>Verificado, ainda nada foi alterado. Aplicar iria criar %1, atualizar %2 e deixar %3 sem alteração; %4 recusados.</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 unchanged, %4 refused.</source>
        <translation>Importado: %1 criados, %2 atualizados, %3 sem alteração, %4 recusados.</translation>
    </message>
    <message>
        <source>Correct the refused lines in the file and import it again.</source>
        <translation>Corrija as linhas recusadas no ficheiro e importe-o de novo.</translation>
    </message>
    <message>
        <source>Refused lines are left out when you apply.</source>
        <translation>As linhas recusadas ficam de fora quando aplicar.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ItemImportReportModel</name>
    <message>
        <source>created</source>
        <translation>criado</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>atualizado</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sem alteração</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
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
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inativo</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Não usado</translation>
    </message>
    <message>
        <source>Stock, shipments or requisitions name this item: it can be deactivated, not deleted.</source>
        <translation>Há stock, remessas ou requisições que indicam este artigo: pode ser desativado, mas não eliminado.</translation>
    </message>
    <message>
        <source>No stock, shipment or requisition names this item yet.</source>
        <translation>Ainda nenhum stock, remessa ou requisição indica este artigo.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Pack size</source>
        <translation>Tamanho da embalagem</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ItemsTab</name>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Adicionar artigo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desativar</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;carregar</translation>
    </message>
    <message>
        <source>Filter by code, name or unit</source>
        <translation>Filtrar por código, nome ou unidade</translation>
    </message>
    <message>
        <source>Filter items by code, name or unit</source>
        <translation>Filtrar artigos por código, nome ou unidade</translation>
    </message>
    <message>
        <source>Items of the network</source>
        <translation>Artigos da rede</translation>
    </message>
    <message>
        <source>Change the name, unit or pack size of the selected item (Enter)</source>
        <translation>Alterar o nome, a unidade ou o tamanho da embalagem do artigo selecionado (Enter)</translation>
    </message>
    <message>
        <source>Add or update items from a CSV file: a header line naming code, name and optionally unit, pack_size, active. You see what it would do before anything changes.</source>
        <translation>Adicionar ou atualizar artigos a partir de um ficheiro CSV: uma linha de cabeçalho com code, name e, se quiser, unit, pack_size, active. Vê o que faria antes de qualquer alteração.</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Added the item %1 (%2).</source>
        <translation>Artigo %1 (%2) adicionado.</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation>Alterações de %1 guardadas.</translation>
    </message>
    <message>
        <source>Reactivated %1: it can be chosen again.</source>
        <translation>%1 reativado: pode voltar a ser escolhido.</translation>
    </message>
    <message>
        <source>Deactivated %1: records that name it keep it, new ones cannot choose it.</source>
        <translation>%1 desativado: os registos que o indicam mantêm-no, os novos não o podem escolher.</translation>
    </message>
    <message>
        <source>Import items from a CSV file</source>
        <translation>Importar artigos de um ficheiro CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>Ficheiros CSV (*.csv);;Ficheiros de texto (*.txt);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 8 MB; a catalogue file is much smaller. Check that you chose the right file.</source>
        <translation>%1 tem mais de 8 MB; um ficheiro de catálogo é muito mais pequeno. Verifique se escolheu o ficheiro certo.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>Imported the file; the list shows the items as they are now.</source>
        <translation>Ficheiro importado; a lista mostra os artigos tal como estão agora.</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reativar</translation>
    </message>
    <message>
        <source>Deactivate the selected item: records keep it, new ones cannot choose it</source>
        <translation>Desativar o artigo selecionado: os registos mantêm-no, os novos não o podem escolher</translation>
    </message>
    <message>
        <source>Make the selected item available again</source>
        <translation>Tornar o artigo selecionado de novo disponível</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Não feito: %1</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::JsonRecordsModel</name>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
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
        <translation>Ligação</translation>
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
        <translation>Recebidos</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitados</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
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
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Ir para</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Connection to the server</source>
        <translation>Ligação ao servidor</translation>
    </message>
    <message>
        <source>Sync state of this site</source>
        <translation>Estado da sincronização deste site</translation>
    </message>
    <message>
        <source>Clock warning</source>
        <translation>Aviso do relógio</translation>
    </message>
    <message>
        <source>Clock warning: %1</source>
        <translation>Aviso do relógio: %1</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>O servidor responde.</translation>
    </message>
    <message>
        <source>The server does not answer; work goes on and syncs when it is back.</source>
        <translation>O servidor não responde; o trabalho continua e é sincronizado quando ele voltar.</translation>
    </message>
    <message>
        <source>Connection to the server: %1</source>
        <translation>Ligação ao servidor: %1</translation>
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
        <translation>Já o &amp;anotei</translation>
    </message>
    <message>
        <source>The secret, shown once</source>
        <translation>O segredo, mostrado uma só vez</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Copiar o segredo para a área de transferência</translation>
    </message>
    <message>
        <source>This is the only time it is shown: SyncSites keeps no copy. Give it to the person in a safe way; they can change it after signing in.</source>
        <translation>Esta é a única vez que é mostrado: o SyncSites não guarda nenhuma cópia. Entregue-o à pessoa de forma segura; ela pode alterá-lo depois de iniciar sessão.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado para a área de transferência.</translation>
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
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registo</translation>
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
        <translation>Tentativas</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ReceiveDialog</name>
    <message>
        <source>Receive a shipment in %1</source>
        <translation>Receber uma remessa em %1</translation>
    </message>
    <message>
        <source>Shipments waiting to be received</source>
        <translation>Remessas à espera de receção</translation>
    </message>
    <message>
        <source>No shipment to %1 is waiting. Shipments from other sites arrive when this site syncs.</source>
        <translation>Nenhuma remessa para %1 está à espera. As remessas de outros sites chegam quando este site sincroniza.</translation>
    </message>
    <message>
        <source>Receiving a shipment marks it delivered and adds its packs to the stock of %1. The sending site sees it delivered after both sites have synced.</source>
        <translation>Receber uma remessa marca-a como entregue e junta as suas embalagens ao stock de %1. O site que a enviou vê-a entregue depois de os dois sites sincronizarem.</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Receber</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::RecordTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
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
        <translation>Pedir stock para %1</translation>
    </message>
    <message>
        <source>Store to request from</source>
        <translation>Armazém a quem pedir</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 here)</source>
        <translation>%1 – %2 (%3 aqui)</translation>
    </message>
    <message>
        <source>Item to request</source>
        <translation>Artigo a pedir</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Packs to request</source>
        <translation>Embalagens a pedir</translation>
    </message>
    <message>
        <source>Request &amp;from:</source>
        <translation>Pedir &amp;a:</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Artigo:</translation>
    </message>
    <message>
        <source>&amp;Packs:</source>
        <translation>&amp;Embalagens:</translation>
    </message>
    <message>
        <source>The request leaves %1 now, with status sent. The supplying store&apos;s site answers it after both sites have synced; the request is finalised here when it does.</source>
        <translation>O pedido sai de %1 agora, com o estado enviado. O site do armazém fornecedor responde depois de os dois sites sincronizarem; o pedido fica então finalizado aqui.</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>&amp;Enviar pedido</translation>
    </message>
    <message>
        <source>In stock here now: %1 packs.</source>
        <translation>Em stock aqui agora: %1 embalagens.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::RequisitionListModel</name>
    <message>
        <source>(unknown store)</source>
        <translation>(armazém desconhecido)</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Pedido por</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Packs requested</source>
        <translation>Embalagens pedidas</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>N.º do pedido</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::RespondDialog</name>
    <message>
        <source>Answer a requisition to %1</source>
        <translation>Responder a uma requisição para %1</translation>
    </message>
    <message>
        <source>No request to %1 is waiting for an answer. Requests from other sites arrive when this site syncs.</source>
        <translation>Nenhum pedido para %1 está à espera de resposta. Os pedidos de outros sites chegam quando este site sincroniza.</translation>
    </message>
    <message>
        <source>Answering a request finalises its response from %1: each line supplies what was requested. The requesting site sees its request finalised after both sites have synced.</source>
        <translation>Responder a um pedido finaliza a resposta de %1: cada linha fornece o que foi pedido. O site que fez o pedido vê-o finalizado depois de os dois sites sincronizarem.</translation>
    </message>
    <message>
        <source>Requisitions waiting for an answer</source>
        <translation>Requisições à espera de resposta</translation>
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
        <translation>Rever e aplicar alterações de tipo de sincronização</translation>
    </message>
    <message>
        <source>What the changes will do</source>
        <translation>O que as alterações vão fazer</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Armazém</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Records (about)</source>
        <translation>Registos (aprox.)</translation>
    </message>
    <message>
        <source>Rules the changes break</source>
        <translation>Regras que as alterações violam</translation>
    </message>
    <message>
        <source>&lt;b&gt;Their changes&lt;/b&gt; (since you loaded)</source>
        <translation>&lt;b&gt;Alterações dos outros&lt;/b&gt; (desde que carregou)</translation>
    </message>
    <message>
        <source>Changes made by others since you loaded the network</source>
        <translation>Alterações feitas por outros desde que carregou a rede</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your edits&lt;/b&gt;</source>
        <translation>&lt;b&gt;As suas alterações&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your pending edits</source>
        <translation>As suas alterações pendentes</translation>
    </message>
    <message>
        <source>Discard my edits and keep the latest network</source>
        <translation>Descartar as minhas alterações e ficar com a rede mais recente</translation>
    </message>
    <message>
        <source>Discard my edits</source>
        <translation>Descartar as minhas alterações</translation>
    </message>
    <message>
        <source>Re-apply my edits on the latest network</source>
        <translation>Voltar a aplicar as minhas alterações na rede mais recente</translation>
    </message>
    <message>
        <source>Re-apply my edits on the latest</source>
        <translation>Voltar a aplicar as minhas alterações na versão mais recente</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Apply the changes to the network</source>
        <translation>Aplicar as alterações à rede</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Sites that will receive a store&apos;s whole history</source>
        <translation>Sites que vão receber todo o histórico de um armazém</translation>
    </message>
    <message>
        <source>Sites that will drop a store&apos;s data</source>
        <translation>Sites que vão apagar os dados de um armazém</translation>
    </message>
    <message>
        <source>Stores that change home (the old home&apos;s unsent changes go to its quarantine)</source>
        <translation>Armazéns que mudam de origem (as alterações por enviar da origem antiga vão para a quarentena dela)</translation>
    </message>
    <message>
        <source>home moves from %1</source>
        <translation>a origem passa de %1</translation>
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
        <translation>Nenhum site ganha nem perde dados.</translation>
    </message>
    <message>
        <source>Checked here</source>
        <translation>Verificado aqui</translation>
    </message>
    <message>
        <source>Asking the hub for its check and estimates…</source>
        <translation>A pedir ao servidor a verificação e as estimativas…</translation>
    </message>
    <message>
        <source>%1 (checked here and by the hub): %2</source>
        <translation>%1 (verificado aqui e pelo servidor): %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>the hub</source>
        <translation>o servidor</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>About %1 records will be sent to sites that receive a history.</source>
        <translation>Cerca de %1 registos serão enviados aos sites que recebem um histórico.</translation>
    </message>
    <message>
        <source>The hub would refuse these changes: fix the rules listed, then review again.</source>
        <translation>O servidor recusaria estas alterações: corrija as regras indicadas e reveja de novo.</translation>
    </message>
    <message>
        <source>Fix the rules listed before applying.</source>
        <translation>Corrija as regras indicadas antes de aplicar.</translation>
    </message>
    <message>
        <source>Checked by the hub against revision %1. Apply when ready.</source>
        <translation>Verificado pelo servidor na revisão %1. Aplique quando estiver pronto.</translation>
    </message>
    <message>
        <source>The hub could not check the changes: %1</source>
        <translation>O servidor não conseguiu verificar as alterações: %1</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>A aplicar…</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Não aplicado: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone else changed the network while you were editing.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Outra pessoa alterou a rede enquanto estava a editar.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Both of you changed: %1. Re-applying keeps your choice there.</source>
        <translation>&lt;br&gt;Ambos alteraram: %1. Voltar a aplicar mantém aí a sua escolha.</translation>
    </message>
    <message>
        <source>(no change to stores or sites)</source>
        <translation>(nenhuma alteração a armazéns ou sites)</translation>
    </message>
    <message>
        <source>Re-apply your edits on the latest network (then review and apply again), or discard them.</source>
        <translation>Volte a aplicar as suas alterações na rede mais recente (depois reveja e aplique de novo) ou descarte-as.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SecretToggle</name>
    <message>
        <source>Hide the secret</source>
        <translation>Ocultar o segredo</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Mostrar o segredo</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SessionListModel</name>
    <message>
        <source>Succeeded</source>
        <translation>Com êxito</translation>
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
        <translation>Duração</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebidos</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitados</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SessionTimeline</name>
    <message>
        <source>No sessions reported.</source>
        <translation>Nenhuma sessão comunicada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Started %2, took %3&lt;br&gt;Pushed %4, pulled %5, rejected %6, waiting %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Iniciada %2, durou %3&lt;br&gt;Enviados %4, recebidos %5, rejeitados %6, em espera %7</translation>
    </message>
    <message>
        <source>&lt;br&gt;Error: %1 (%2)</source>
        <translation>&lt;br&gt;Erro: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Endereço do servidor</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>&amp;Certificate authority</source>
        <translation>&amp;Autoridade de certificação</translation>
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
        <translation>Sem proxy, p. ex. http://proxy:3128</translation>
    </message>
    <message>
        <source>Automatic &amp;sync</source>
        <translation>&amp;Sincronização automática</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Sincronização automática</translation>
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
        <translation>Aspeto</translation>
    </message>
    <message>
        <source>&amp;Keep syncing when the window is closed</source>
        <translation>&amp;Continuar a sincronizar com a janela fechada</translation>
    </message>
    <message>
        <source>Closing the window leaves SyncSites running in the system tray, so automatic sync goes on. Quit it from the tray or the File menu.</source>
        <translation>Ao fechar a janela, o SyncSites continua a funcionar na área de notificação e a sincronização automática prossegue. Para sair, use a área de notificação ou o menu Ficheiro.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Segredo</translation>
    </message>
    <message>
        <source>New &amp;secret</source>
        <translation>Novo &amp;segredo</translation>
    </message>
    <message>
        <source>Only when the administrator gave this site a new one</source>
        <translation>Só quando o administrador deu um novo a este site</translation>
    </message>
    <message>
        <source>New site secret</source>
        <translation>Novo segredo do site</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>Um novo idioma aplica-se quando a aplicação voltar a abrir.</translation>
    </message>
    <message>
        <source>The system&apos;s authorities</source>
        <translation>As autoridades do sistema</translation>
    </message>
    <message>
        <source>Off (sync by hand)</source>
        <translation>Desligada (sincronizar à mão)</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>A cada 5 minutos</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>A cada 15 minutos</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>A cada 30 minutos</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>A cada hora</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>A cada %n minuto</numerusform>
            <numerusform>A cada %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>The site&apos;s secret is kept in the system keychain.</source>
        <translation>O segredo do site é guardado no porta-chaves do sistema.</translation>
    </message>
    <message>
        <source>No system keychain runs here: the site&apos;s secret is kept in a file only you can read.</source>
        <translation>Não há porta-chaves do sistema aqui: o segredo do site é guardado num ficheiro que só a sua conta pode ler.</translation>
    </message>
    <message>
        <source>The server address must begin with https:// or http://.</source>
        <translation>O endereço do servidor tem de começar por https:// ou http://.</translation>
    </message>
    <message>
        <source>The proxy must be an address such as http://proxy:3128.</source>
        <translation>O proxy tem de ser um endereço como http://proxy:3128.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SetupIdentityPage</name>
    <message>
        <source>&amp;Site name</source>
        <translation>Nome do &amp;site</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nome do site</translation>
    </message>
    <message>
        <source>Choose this computer&apos;s site from the server&apos;s list, or type its name</source>
        <translation>Escolha o site deste computador na lista do servidor ou escreva o nome</translation>
    </message>
    <message>
        <source>Site s&amp;ecret</source>
        <translation>S&amp;egredo do site</translation>
    </message>
    <message>
        <source>Site secret</source>
        <translation>Segredo do site</translation>
    </message>
    <message>
        <source>&amp;Data file</source>
        <translation>&amp;Ficheiro de dados</translation>
    </message>
    <message>
        <source>Where to keep the site&apos;s data</source>
        <translation>Onde guardar os dados do site</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Choose where to keep the site&apos;s data</source>
        <translation>Escolher onde guardar os dados do site</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nome de &amp;utilizador</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de utilizador</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Palavra-passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>Which site is this computer?</source>
        <translation>Que site é este computador?</translation>
    </message>
    <message>
        <source>The site&apos;s name and secret as the network administrator set them up. The first sync brings the site&apos;s data; it can take a while on a slow link.</source>
        <translation>O nome e o segredo do site tal como o administrador da rede os configurou. A primeira sincronização traz os dados do site; pode demorar numa ligação lenta.</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Quem é?</translation>
    </message>
    <message>
        <source>Your user name and password on the server. They are checked now.</source>
        <translation>O seu nome de utilizador e palavra-passe no servidor. São verificados agora.</translation>
    </message>
    <message>
        <source>SyncSites data (*.sqlite);;All files (*)</source>
        <translation>Dados do SyncSites (*.sqlite);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>The server lists no site waiting to be set up. Type the site&apos;s name, or ask the administrator to add the site (or to release it, if this computer replaces another).</source>
        <translation>O servidor não tem nenhum site à espera de ser configurado. Escreva o nome do site ou peça ao administrador para adicionar o site (ou para o libertar, se este computador substitui outro).</translation>
    </message>
    <message>
        <source>Enter the site&apos;s name, its secret and where to keep its data.</source>
        <translation>Introduza o nome do site, o segredo e onde guardar os dados.</translation>
    </message>
    <message>
        <source>Checking the site&apos;s secret…</source>
        <translation>A verificar o segredo do site…</translation>
    </message>
    <message>
        <source>The secret is right: %1 (%2).</source>
        <translation>O segredo está correto: %1 (%2).</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Introduza o seu nome de utilizador e palavra-passe.</translation>
    </message>
    <message>
        <source>Enter the name of this client site.</source>
        <translation>Introduza o nome deste site cliente.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>A iniciar sessão…</translation>
    </message>
    <message>
        <source>The console is for administrators and supervisors. Field staff use SyncSites at a site: go back and choose &quot;%1&quot; or &quot;%2&quot;, or sign in as an administrator or a supervisor.</source>
        <translation>A consola é para administradores e supervisores. O pessoal de campo usa o SyncSites num site: volte atrás e escolha «%1» ou «%2», ou inicie sessão como administrador ou supervisor.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Sessão iniciada como %1 (%2).</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SetupModePage</name>
    <message>
        <source>How does this computer work with the network?</source>
        <translation>Como trabalha este computador com a rede?</translation>
    </message>
    <message>
        <source>You can change this later by setting the app up again.</source>
        <translation>Pode alterar isto mais tarde configurando de novo a aplicação.</translation>
    </message>
    <message>
        <source>A site with its own data (standalone)</source>
        <translation>Um site com dados próprios (autónomo)</translation>
    </message>
    <message>
        <source>This computer keeps a copy of its stores&apos; data and syncs it with the server. Work goes on when the network is down. You need the site&apos;s name and secret from the network administrator.</source>
        <translation>Este computador guarda uma cópia dos dados dos seus armazéns e sincroniza-a com o servidor. O trabalho continua quando a rede está em baixo. Precisa do nome e do segredo do site, dados pelo administrador da rede.</translation>
    </message>
    <message>
        <source>A client of a server</source>
        <translation>Um cliente de um servidor</translation>
    </message>
    <message>
        <source>This computer works directly on a server&apos;s data and keeps none of its own (mSupply client, Open mSupply desktop). It needs the server to be reachable.</source>
        <translation>Este computador trabalha diretamente nos dados de um servidor e não guarda dados próprios (cliente mSupply, Open mSupply desktop). Precisa de ter acesso ao servidor.</translation>
    </message>
    <message>
        <source>A console for the whole network</source>
        <translation>Uma consola para toda a rede</translation>
    </message>
    <message>
        <source>Administrators and supervisors: configure the network and its stores, and watch every site&apos;s sync health on the central server.</source>
        <translation>Administradores e supervisores: configurar a rede e os seus armazéns, e acompanhar o estado da sincronização de cada site no servidor central.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SetupServerPage</name>
    <message>
        <source>Which server?</source>
        <translation>Que servidor?</translation>
    </message>
    <message>
        <source>The address the network administrator gave you, for example https://sync.example.org.</source>
        <translation>O endereço que o administrador da rede lhe deu, por exemplo https://sync.example.org.</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Endereço do servidor</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>&amp;Certificate authority</source>
        <translation>&amp;Autoridade de certificação</translation>
    </message>
    <message>
        <source>&amp;Proxy</source>
        <translation>&amp;Proxy</translation>
    </message>
    <message>
        <source>Only if this network needs one, e.g. http://proxy:3128</source>
        <translation>Só se esta rede precisar de um, p. ex. http://proxy:3128</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Testar a ligação</translation>
    </message>
    <message>
        <source>Only if the administrator gave you one</source>
        <translation>Só se o administrador lhe deu uma</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, beginning with https:// or http://.</source>
        <translation>Introduza o endereço do servidor, a começar por https:// ou http://.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>A ligar a %1…</translation>
    </message>
    <message>
        <source>The server answered. You can go on.</source>
        <translation>O servidor respondeu. Pode continuar.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SetupWizard</name>
    <message>
        <source>Set up SyncSites</source>
        <translation>Configurar o SyncSites</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::ShipmentListModel</name>
    <message>
        <source>(unknown store)</source>
        <translation>(armazém desconhecido)</translation>
    </message>
    <message>
        <source>From store</source>
        <translation>Do armazém</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expedida</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Embalagens</translation>
    </message>
    <message>
        <source>Shipment id</source>
        <translation>N.º da remessa</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SignInDialog</name>
    <message>
        <source>Sign in to SyncSites</source>
        <translation>Iniciar sessão no SyncSites</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nome de &amp;utilizador</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de utilizador</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Palavra-passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problema ao iniciar sessão</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <source>Sign in offline</source>
        <translation>Iniciar sessão sem ligação</translation>
    </message>
    <message>
        <source>Check the password against the accounts this site received with its last sync, without the server.</source>
        <translation>Verificar a palavra-passe com as contas que este site recebeu na última sincronização, sem o servidor.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Introduza o seu nome de utilizador e palavra-passe.</translation>
    </message>
    <message>
        <source>You can sign in offline to work with this site&apos;s data until the server is back.</source>
        <translation>Pode iniciar sessão sem ligação para trabalhar com os dados deste site até o servidor voltar.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>A iniciar sessão…</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SiteDetailsPanel</name>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>há %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>há %1 h</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>há %1 dias</translation>
    </message>
    <message>
        <source>Stores of the selected site</source>
        <translation>Armazéns do site selecionado</translation>
    </message>
    <message>
        <source>Recent sessions of the selected site</source>
        <translation>Sessões recentes do site selecionado</translation>
    </message>
    <message>
        <source>Site details</source>
        <translation>Detalhes do site</translation>
    </message>
    <message>
        <source>Select a site in the drawing, or find one by name, to see its details, stores and recent sessions.</source>
        <translation>Selecione um site no esquema, ou procure-o pelo nome, para ver os detalhes, os armazéns e as sessões recentes.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Função:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Ligações:</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Last success:</source>
        <translation>Último êxito:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Último erro:</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Sessões recentes</translation>
    </message>
    <message>
        <source>Client of %1: keeps no data, reads and writes its server&apos;s stores</source>
        <translation>Cliente de %1: não guarda dados, lê e altera os armazéns do seu servidor</translation>
    </message>
    <message>
        <source>Hub of the %1 data</source>
        <translation>Servidor dos dados %1</translation>
    </message>
    <message>
        <source>; a site for the %1 data</source>
        <translation>; um site dos dados %1</translation>
    </message>
    <message>
        <source>Site: syncs with its hubs</source>
        <translation>Site: sincroniza com os seus servidores</translation>
    </message>
    <message>
        <source>; serves clients: %1</source>
        <translation>; serve os clientes: %1</translation>
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
        <translation>nenhum (a raiz da rede)</translation>
    </message>
    <message>
        <source>Stores: none (a client uses its server&apos;s)</source>
        <translation>Armazéns: nenhum (um cliente usa os do seu servidor)</translation>
    </message>
    <message>
        <source>Stores: none visible here</source>
        <translation>Armazéns: nenhum visível aqui</translation>
    </message>
    <message>
        <source>Stores here (%1)</source>
        <translation>Armazéns aqui (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not applicable: clients do not sync</source>
        <translation>não se aplica: os clientes não sincronizam</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Clients do not sync themselves; their server&apos;s sessions carry their work.</source>
        <translation>Os clientes não sincronizam sozinhos; as sessões do seu servidor levam o trabalho deles.</translation>
    </message>
    <message>
        <source>Sign in to the hub to see this site&apos;s sessions.</source>
        <translation>Inicie sessão no servidor para ver as sessões deste site.</translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation>A carregar as sessões…</translation>
    </message>
    <message>
        <source>Could not load the sessions: %1</source>
        <translation>Não foi possível carregar as sessões: %1</translation>
    </message>
    <message>
        <source>No sessions reported in the last %1 days.</source>
        <translation>Nenhuma sessão comunicada nos últimos %1 dias.</translation>
    </message>
    <message>
        <source>Reported to the hub in the last %1 days, newest first: %2.</source>
        <translation>Comunicadas ao servidor nos últimos %1 dias, mais recentes primeiro: %2.</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>não aplicável</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SiteDrillDown</name>
    <message>
        <source>Double-click a site to see its sessions.</source>
        <translation>Faça duplo clique num site para ver as sessões.</translation>
    </message>
    <message>
        <source>Session timeline</source>
        <translation>Cronologia das sessões</translation>
    </message>
    <message>
        <source>Figures per link of the selected session</source>
        <translation>Números por ligação da sessão selecionada</translation>
    </message>
    <message>
        <source>Fetching the sessions of %1…</source>
        <translation>A obter as sessões de %1…</translation>
    </message>
    <message>
        <source>No sessions reported in the last %1 days.</source>
        <translation>Nenhuma sessão comunicada nos últimos %1 dias.</translation>
    </message>
    <message>
        <source>Sessions in the last %1 days: %2. Click a bar or use the arrow keys to see one.</source>
        <translation>Sessões nos últimos %1 dias: %2. Clique numa barra ou use as setas para ver uma.</translation>
    </message>
    <message>
        <source>%1 reported no sessions in the last %2 days.</source>
        <translation>%1 não comunicou nenhuma sessão nos últimos %2 dias.</translation>
    </message>
    <message>
        <source>Could not fetch the sessions: %1</source>
        <translation>Não foi possível obter as sessões: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;The site reported no figures per link for this session.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;O site não comunicou números por ligação para esta sessão.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SiteEditDialog</name>
    <message>
        <source>Add a site</source>
        <translation>Adicionar um site</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>e.g. Lira Health Centre</source>
        <translation>p. ex. Centro de Saúde de Lira</translation>
    </message>
    <message>
        <source>e.g. https://north.example.org:8443 (optional)</source>
        <translation>p. ex. https://north.example.org:8443 (opcional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
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
        <translation>&amp;Adicionar</translation>
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
        <translation>O nome de um site não pode mudar: os sites e os seus dados são conhecidos por ele.</translation>
    </message>
    <message>
        <source>Give the site a name.</source>
        <translation>Dê um nome ao site.</translation>
    </message>
    <message>
        <source>There is already a site named &quot;%1&quot;.</source>
        <translation>Já existe um site chamado «%1».</translation>
    </message>
    <message>
        <source>A %1 works on a server, and the network has none it may attach to.</source>
        <translation>Um %1 trabalha num servidor e a rede não tem nenhum a que se possa ligar.</translation>
    </message>
    <message>
        <source>The URL must be a web address such as https://server.example.org:8443.</source>
        <translation>O URL tem de ser um endereço web como https://server.example.org:8443.</translation>
    </message>
    <message>
        <source>A %1 keeps no data: its users work on the server chosen above.</source>
        <translation>Um %1 não guarda dados: os seus utilizadores trabalham no servidor escolhido acima.</translation>
    </message>
    <message>
        <source>A %1 keeps its own data. Once added it gets a secret, shown once, to enter in its Settings.</source>
        <translation>Um %1 guarda os seus próprios dados. Depois de adicionado recebe um segredo, mostrado uma só vez, para introduzir nas Definições.</translation>
    </message>
    <message>
        <source>The hub checks the network&apos;s rules before it saves the change.</source>
        <translation>O servidor verifica as regras da rede antes de guardar a alteração.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SiteSecretDialog</name>
    <message>
        <source>The secret of %1</source>
        <translation>O segredo de %1</translation>
    </message>
    <message>
        <source>%1 must enter it in its Settings before it can sync. It is shown this once: copy it now and hand it over safely.</source>
        <translation>%1 tem de o introduzir nas Definições antes de poder sincronizar. Só é mostrado esta vez: copie-o agora e entregue-o de forma segura.</translation>
    </message>
    <message>
        <source>%1 was added. This is its secret.</source>
        <translation>%1 foi adicionado. Este é o segredo.</translation>
    </message>
    <message>
        <source>%1 has a new secret. Its old secret no longer works and its sessions have ended.</source>
        <translation>%1 tem um novo segredo. O segredo antigo já não funciona e as sessões terminaram.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado para a área de transferência.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fechar</translation>
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
        <translation>não se aplica</translation>
    </message>
    <message>
        <source>A client does not sync on its own: its data goes through its server %1.</source>
        <translation>Um cliente não sincroniza sozinho: os seus dados passam pelo servidor %1.</translation>
    </message>
    <message>
        <source>The hub does not sync on its own: the sites sync with it.</source>
        <translation>O servidor não sincroniza sozinho: os sites sincronizam com ele.</translation>
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
        <translation>Última tentativa: %1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Último êxito</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
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
        <translation>Armazém</translation>
    </message>
    <message>
        <source>Sync type here</source>
        <translation>Tipo de sincronização aqui</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SiteTableModel</name>
    <message>
        <source>not bound</source>
        <translation>não vinculado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>This site syncs only from the installation %1 until its binding is released.</source>
        <translation>Este site só sincroniza a partir da instalação %1 até o vínculo ser libertado.</translation>
    </message>
    <message>
        <source>The end of the newest sync session %1 reported: %2</source>
        <translation>O fim da última sessão de sincronização que %1 comunicou: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n store(s) Active on this site</source>
        <translation>
            <numerusform>%n armazém Ativo neste site</numerusform>
            <numerusform>%n armazéns Ativos neste site</numerusform>
        </translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
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
        <translation>Instalação</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Active stores</source>
        <translation>Armazéns Ativos</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SitesTab</name>
    <message>
        <source>&amp;Add site…</source>
        <translation>&amp;Adicionar site…</translation>
    </message>
    <message>
        <source>&amp;Edit site…</source>
        <translation>&amp;Editar site…</translation>
    </message>
    <message>
        <source>Re&amp;move site…</source>
        <translation>Re&amp;mover site…</translation>
    </message>
    <message>
        <source>New &amp;secret…</source>
        <translation>Novo &amp;segredo…</translation>
    </message>
    <message>
        <source>Re&amp;lease installation…</source>
        <translation>&amp;Libertar instalação…</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>Recarre&amp;gar</translation>
    </message>
    <message>
        <source>Give the selected site a new secret: its old one stops working and its sessions end.</source>
        <translation>Dar um novo segredo ao site selecionado: o antigo deixa de funcionar e as sessões terminam.</translation>
    </message>
    <message>
        <source>Let another computer sync as the selected site (after a replacement or a reinstallation).</source>
        <translation>Permitir que outro computador sincronize como o site selecionado (após uma substituição ou reinstalação).</translation>
    </message>
    <message>
        <source>The sites could not be loaded: %1</source>
        <translation>Não foi possível carregar os sites: %1</translation>
    </message>
    <message>
        <source>%1 was added to the network.</source>
        <translation>%1 foi adicionado à rede.</translation>
    </message>
    <message>
        <source>Adding %1 failed</source>
        <translation>Falhou a adição de %1</translation>
    </message>
    <message>
        <source>%1 was not changed: nothing differed.</source>
        <translation>%1 não foi alterado: nada era diferente.</translation>
    </message>
    <message>
        <source>%1 was changed.</source>
        <translation>%1 foi alterado.</translation>
    </message>
    <message>
        <source>Changing %1 failed</source>
        <translation>Falhou a alteração de %1</translation>
    </message>
    <message>
        <source>Remove %1 from the network?

Its secret and installation stop working: it can no longer sync. The Collector and Transfer copies of stores it held are dropped from the network; sites that link to it or work on it must be changed first, or the hub refuses.</source>
        <translation>Remover %1 da rede?

O segredo e a instalação deixam de funcionar: deixa de poder sincronizar. As cópias Coletor e Transferência dos armazéns que tinha são retiradas da rede; os sites ligados a ele ou que trabalham nele têm de ser alterados primeiro, senão o servidor recusa.</translation>
    </message>
    <message>
        <source>Remove %1 from the network?

Its users can no longer work through it.</source>
        <translation>Remover %1 da rede?

Os seus utilizadores deixam de poder trabalhar através dele.</translation>
    </message>
    <message>
        <source>Remove a site</source>
        <translation>Remover um site</translation>
    </message>
    <message>
        <source>&amp;Remove %1</source>
        <translation>&amp;Remover %1</translation>
    </message>
    <message>
        <source>%1 was removed from the network.</source>
        <translation>%1 foi removido da rede.</translation>
    </message>
    <message>
        <source>Removing %1 failed</source>
        <translation>Falhou a remoção de %1</translation>
    </message>
    <message>
        <source>%1 cannot be removed while stores are Active on it: %2. The hub refuses (site in use) until each of them is moved home to another site: use Move home on the Stores tab for each, then remove %1.</source>
        <translation>Não é possível remover %1 enquanto tiver armazéns Ativos: %2. O servidor recusa (site em uso) até cada um mudar de origem para outro site: use Mover a origem no separador Armazéns para cada um e depois remova %1.</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Novo segredo</translation>
    </message>
    <message>
        <source>Give %1 a new secret?

Its current secret stops working at once and its sessions end. %1 cannot sync again until the new secret, shown once, is entered in its Settings.</source>
        <translation>Dar um novo segredo a %1?

O segredo atual deixa logo de funcionar e as sessões terminam. %1 só pode voltar a sincronizar depois de o novo segredo, mostrado uma só vez, ser introduzido nas Definições.</translation>
    </message>
    <message>
        <source>&amp;Give a new secret</source>
        <translation>&amp;Dar um novo segredo</translation>
    </message>
    <message>
        <source>Giving %1 a new secret failed</source>
        <translation>Não foi possível dar um novo segredo a %1</translation>
    </message>
    <message>
        <source>%1 has a new secret; its old one no longer works.</source>
        <translation>%1 tem um novo segredo; o antigo já não funciona.</translation>
    </message>
    <message>
        <source>%1 is bound to no installation yet.</source>
        <translation>%1 ainda não está vinculado a nenhuma instalação.</translation>
    </message>
    <message>
        <source>%1 is bound to the installation %2: only that computer may sync as %1.</source>
        <translation>%1 está vinculado à instalação %2: só esse computador pode sincronizar como %1.</translation>
    </message>
    <message>
        <source>Release the installation</source>
        <translation>Libertar a instalação</translation>
    </message>
    <message>
        <source>Once released, another computer may sync as %1: the first one to sync with its secret is bound instead, and the current session ends. Do it when its computer was replaced or reinstalled.</source>
        <translation>Depois de libertado, outro computador pode sincronizar como %1: o primeiro a sincronizar com o segredo fica vinculado em vez dele, e a sessão atual termina. Faça-o quando o computador foi substituído ou reinstalado.</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Libertar</translation>
    </message>
    <message>
        <source>Releasing the installation of %1 failed</source>
        <translation>Falhou a libertação da instalação de %1</translation>
    </message>
    <message>
        <source>The installation %1 was released: the next computer to sync as %2 will be bound instead.</source>
        <translation>A instalação %1 foi libertada: o próximo computador a sincronizar como %2 ficará vinculado em vez dela.</translation>
    </message>
    <message>
        <source>%1 was bound to no installation: nothing to release.</source>
        <translation>%1 não estava vinculado a nenhuma instalação: nada a libertar.</translation>
    </message>
    <message>
        <source>Someone else changed the network meanwhile, so nothing was changed. The list now shows the latest network: check it and do your change again.</source>
        <translation>Outra pessoa alterou a rede entretanto, por isso nada foi alterado. A lista mostra agora a rede mais recente: verifique-a e faça de novo a sua alteração.</translation>
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
        <translation>p. ex. LIR-PHA</translation>
    </message>
    <message>
        <source>e.g. Lira Pharmacy</source>
        <translation>p. ex. Farmácia de Lira</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ódigo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;New home site:</source>
        <translation>&amp;Novo site de origem:</translation>
    </message>
    <message>
        <source>&amp;Home site:</source>
        <translation>&amp;Site de origem:</translation>
    </message>
    <message>
        <source>&amp;Keep a read-only (Collector) copy at %1</source>
        <translation>&amp;Manter uma cópia só de leitura (Coletor) em %1</translation>
    </message>
    <message>
        <source>Add a store</source>
        <translation>Adicionar um armazém</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Mudar o nome de %1</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Mudar o nome</translation>
    </message>
    <message>
        <source>Move the home of %1</source>
        <translation>Mover a origem de %1</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Rever…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Give the store a code.</source>
        <translation>Dê um código ao armazém.</translation>
    </message>
    <message>
        <source>There is already a store with the code %1.</source>
        <translation>Já existe um armazém com o código %1.</translation>
    </message>
    <message>
        <source>Give the store a name.</source>
        <translation>Dê um nome ao armazém.</translation>
    </message>
    <message>
        <source>Choose the site where the store&apos;s data is kept and edited (its home).</source>
        <translation>Escolha o site onde os dados do armazém são guardados e editados (o site de origem).</translation>
    </message>
    <message>
        <source>Type the store&apos;s new name.</source>
        <translation>Escreva o novo nome do armazém.</translation>
    </message>
    <message>
        <source>Choose the site that will keep and edit the store&apos;s data from now on.</source>
        <translation>Escolha o site que vai guardar e editar os dados do armazém a partir de agora.</translation>
    </message>
    <message>
        <source>The store becomes Active on %1 and read-only everywhere else. Before anything is changed you will see what the hand-over does: which sites receive or drop its data.</source>
        <translation>O armazém passa a Ativo em %1 e só de leitura em todos os outros. Antes de qualquer alteração verá o que a passagem faz: que sites recebem ou apagam os dados dele.</translation>
    </message>
    <message>
        <source>The store is Active on %1. Other sites see it once you give them a sync type on the Stores page.</source>
        <translation>O armazém está Ativo em %1. Os outros sites veem-no quando lhes der um tipo de sincronização na página Armazéns.</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Home site</source>
        <translation>Site de origem</translation>
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
        <translation>Site de origem: %1</translation>
    </message>
    <message>
        <source>This is the store&apos;s home site. To move the home, make another site Active.</source>
        <translation>Este é o site de origem do armazém. Para mover a origem, torne outro site Ativo.</translation>
    </message>
    <message>
        <source>Pending edit (was: %1).</source>
        <translation>Alteração pendente (antes: %1).</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>não visível</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 em %2: %3</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Armazém</translation>
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
        <translation>&amp;Adicionar armazém…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Mudar o &amp;nome…</translation>
    </message>
    <message>
        <source>&amp;Move home…</source>
        <translation>&amp;Mover a origem…</translation>
    </message>
    <message>
        <source>R&amp;etire…</source>
        <translation>R&amp;etirar…</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>Recarre&amp;gar</translation>
    </message>
    <message>
        <source>Make the selected store Active on another site (the hand-over), after a review of what each site receives or drops.</source>
        <translation>Tornar o armazém selecionado Ativo noutro site (a passagem), depois de rever o que cada site recebe ou apaga.</translation>
    </message>
    <message>
        <source>Remove the selected store from the network, after a review of what each site drops.</source>
        <translation>Retirar o armazém selecionado da rede, depois de rever o que cada site apaga.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Home site</source>
        <translation>Site de origem</translation>
    </message>
    <message>
        <source>The stores could not be loaded: %1</source>
        <translation>Não foi possível carregar os armazéns: %1</translation>
    </message>
    <message>
        <source>The store %1 was added, Active on %2.</source>
        <translation>O armazém %1 foi adicionado, Ativo em %2.</translation>
    </message>
    <message>
        <source>Adding the store %1 failed</source>
        <translation>Falhou a adição do armazém %1</translation>
    </message>
    <message>
        <source>The store %1 is now called %2.</source>
        <translation>O armazém %1 chama-se agora %2.</translation>
    </message>
    <message>
        <source>Renaming the store %1 failed</source>
        <translation>Falhou a mudança de nome do armazém %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Move the home of %1 (%2)&lt;/b&gt; from %3 to %4: the store becomes Active on %4; %3 %5.</source>
        <translation>&lt;b&gt;Mover a origem de %1 (%2)&lt;/b&gt; de %3 para %4: o armazém passa a Ativo em %4; %3 %5.</translation>
    </message>
    <message>
        <source>keeps a read-only (Collector) copy</source>
        <translation>mantém uma cópia só de leitura (Coletor)</translation>
    </message>
    <message>
        <source>drops its data</source>
        <translation>apaga os dados dele</translation>
    </message>
    <message>
        <source>The store %1 is now Active on %2.</source>
        <translation>O armazém %1 está agora Ativo em %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Retire the store %1 (%2)&lt;/b&gt;, Active on %3: it is removed from the network. No site syncs its data any more and the sites that held a copy drop it.</source>
        <translation>&lt;b&gt;Retirar o armazém %1 (%2)&lt;/b&gt;, Ativo em %3: é retirado da rede. Nenhum site volta a sincronizar os dados dele e os sites que tinham uma cópia apagam-na.</translation>
    </message>
    <message>
        <source>The store %1 was retired.</source>
        <translation>O armazém %1 foi retirado.</translation>
    </message>
    <message>
        <source>The change was refused</source>
        <translation>A alteração foi recusada</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (revisão %2)</translation>
    </message>
    <message>
        <source>Someone else changed the network meanwhile, so nothing was changed. The list now shows the latest network: check it and do your change again.</source>
        <translation>Outra pessoa alterou a rede entretanto, por isso nada foi alterado. A lista mostra agora a rede mais recente: verifique-a e faça de novo a sua alteração.</translation>
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
        <translation>Recarregar</translation>
    </message>
    <message>
        <source>Review and apply…</source>
        <translation>Rever e aplicar…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Stores and sync types&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Armazéns e tipos de sincronização&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Filter stores by code, name or home site</source>
        <translation>Filtrar armazéns por código, nome ou site de origem</translation>
    </message>
    <message>
        <source>Filter by code, name or home site</source>
        <translation>Filtrar por código, nome ou site de origem</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Anular: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Refazer: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Anular a última alteração</translation>
    </message>
    <message>
        <source>Redo the edit undone</source>
        <translation>Refazer a alteração anulada</translation>
    </message>
    <message>
        <source>Discard all pending edits</source>
        <translation>Descartar todas as alterações pendentes</translation>
    </message>
    <message>
        <source>Load the network from the hub again</source>
        <translation>Carregar de novo a rede a partir do servidor</translation>
    </message>
    <message>
        <source>Review the pending edits and apply them</source>
        <translation>Rever as alterações pendentes e aplicá-las</translation>
    </message>
    <message>
        <source>Sync types</source>
        <translation>Tipos de sincronização</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registo de auditoria</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Armazéns</translation>
    </message>
    <message>
        <source>Store sync types by site</source>
        <translation>Tipos de sincronização dos armazéns por site</translation>
    </message>
    <message>
        <source>Broken rules; activate one to go to its cell</source>
        <translation>Regras violadas; ative uma para ir à sua célula</translation>
    </message>
    <message>
        <source>Not connected to a hub: there is nothing to reload from.</source>
        <translation>Sem ligação a um servidor: não há de onde recarregar.</translation>
    </message>
    <message>
        <source>Loading the network from the hub…</source>
        <translation>A carregar a rede a partir do servidor…</translation>
    </message>
    <message>
        <source>Could not load the network: %1</source>
        <translation>Não foi possível carregar a rede: %1</translation>
    </message>
    <message>
        <source>Loaded revision %1; your pending edits were kept on top of it.</source>
        <translation>Revisão %1 carregada; as suas alterações pendentes foram mantidas por cima.</translation>
    </message>
    <message>
        <source>Loaded revision %1. These edits no longer fit and were dropped: %2</source>
        <translation>Revisão %1 carregada. Estas alterações já não se aplicam e foram descartadas: %2</translation>
    </message>
    <message>
        <source>The network has not changed on the hub (revision %1).</source>
        <translation>A rede não mudou no servidor (revisão %1).</translation>
    </message>
    <message>
        <source>Sync-type edits not applied</source>
        <translation>Alterações de tipo de sincronização não aplicadas</translation>
    </message>
    <message numerus="yes">
        <source>%n sync-type change(s) on the Stores page are not applied to the hub yet.</source>
        <translation>
            <numerusform>%n alteração de tipo de sincronização na página Armazéns ainda não foi aplicada no servidor.</numerusform>
            <numerusform>%n alterações de tipo de sincronização na página Armazéns ainda não foram aplicadas no servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review and apply them now, discard them, or cancel to keep them on the page and stay.</source>
        <translation>Reveja-as e aplique-as agora, descarte-as, ou cancele para as manter na página e ficar.</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Rever e aplicar…</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>&amp;Descartá-las</translation>
    </message>
    <message>
        <source>Read-only: not connected to a hub. Sync types are changed on the hub; connect to it to edit them.</source>
        <translation>Só de leitura: sem ligação a um servidor. Os tipos de sincronização alteram-se no servidor; ligue-se a ele para os editar.</translation>
    </message>
    <message>
        <source>Read-only: only administrators can change sync types. You can look at them and at the audit log.</source>
        <translation>Só de leitura: só os administradores podem alterar os tipos de sincronização. Pode consultá-los, tal como o registo de auditoria.</translation>
    </message>
    <message>
        <source>Read-only: this is a local copy of the network. Reload it from the hub to edit sync types.</source>
        <translation>Só de leitura: esta é uma cópia local da rede. Recarregue-a a partir do servidor para editar os tipos de sincronização.</translation>
    </message>
    <message>
        <source>Double-click a cell, or select it and press F2, to change a store&apos;s sync type on that site. Nothing changes on the hub until you review and apply.</source>
        <translation>Faça duplo clique numa célula, ou selecione-a e prima F2, para alterar o tipo de sincronização de um armazém nesse site. Nada muda no servidor até rever e aplicar.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No rule is broken.</source>
        <translation>Nenhuma regra violada.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n rule(s) broken&lt;/b&gt; — click one to go to its cell:</source>
        <translation>
            <numerusform>&lt;b&gt;%n regra violada&lt;/b&gt; — clique nela para ir à sua célula:</numerusform>
            <numerusform>&lt;b&gt;%n regras violadas&lt;/b&gt; — clique numa para ir à sua célula:</numerusform>
        </translation>
    </message>
    <message>
        <source>No pending edits</source>
        <translation>Sem alterações pendentes</translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s)</source>
        <translation>
            <numerusform>%n alteração pendente</numerusform>
            <numerusform>%n alterações pendentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n store(s)</source>
        <translation>
            <numerusform> em %n armazém</numerusform>
            <numerusform> em %n armazéns</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rules are broken: the review shows them and will not apply until they are fixed.</source>
        <translation>Há regras violadas: a revisão mostra-as e não aplica nada até serem corrigidas.</translation>
    </message>
    <message>
        <source>Your edits were re-applied on revision %1. Review and apply them.</source>
        <translation>As suas alterações foram aplicadas de novo na revisão %1. Reveja-as e aplique-as.</translation>
    </message>
    <message>
        <source>Your edits were re-applied on revision %1, except: %2</source>
        <translation>As suas alterações foram aplicadas de novo na revisão %1, exceto: %2</translation>
    </message>
    <message>
        <source>Your edits were discarded; this is the latest network (revision %1).</source>
        <translation>As suas alterações foram descartadas; esta é a rede mais recente (revisão %1).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… e mais %n</numerusform>
            <numerusform>… e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n change(s)&lt;/b&gt; to the network as loaded (revision %1):</source>
        <translation>
            <numerusform>&lt;b&gt;%n alteração&lt;/b&gt; à rede tal como foi carregada (revisão %1):</numerusform>
            <numerusform>&lt;b&gt;%n alterações&lt;/b&gt; à rede tal como foi carregada (revisão %1):</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied: the network is now at revision %1.</source>
        <translation>Aplicado: a rede está agora na revisão %1.</translation>
    </message>
    <message>
        <source>someone else changed the network, and loading the latest failed: %1</source>
        <translation>outra pessoa alterou a rede e falhou o carregamento da versão mais recente: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Someone else changed the network (now revision %1). Your edits are kept, based on revision %2.</source>
        <translation>Outra pessoa alterou a rede (agora revisão %1). As suas alterações são mantidas, com base na revisão %2.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SyncHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebidos</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusados</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SyncPage</name>
    <message>
        <source>Result of the last sync</source>
        <translation>Resultado da última sincronização</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Última sincronização com êxito</translation>
    </message>
    <message>
        <source>Records waiting to be sent</source>
        <translation>Registos à espera de envio</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sem ligação</translation>
    </message>
    <message>
        <source>Connection to the server</source>
        <translation>Ligação ao servidor</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Tentar de novo agora</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Última sincronização com êxito:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>À espera de envio:</translation>
    </message>
    <message>
        <source>Automatic sync interval</source>
        <translation>Intervalo da sincronização automática</translation>
    </message>
    <message>
        <source>Off (sync only when asked)</source>
        <translation>Desligada (sincronizar só quando pedido)</translation>
    </message>
    <message>
        <source>Automatic sync:</source>
        <translation>Sincronização automática:</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Etapa atual</translation>
    </message>
    <message>
        <source>Records, rate and time left</source>
        <translation>Registos, velocidade e tempo restante</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progresso da sincronização</translation>
    </message>
    <message>
        <source>Stages of the session</source>
        <translation>Etapas da sessão</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>Histórico de sincronização</translation>
    </message>
    <message>
        <source>Quarantined records</source>
        <translation>Registos em quarentena</translation>
    </message>
    <message>
        <source>Details of the selected record</source>
        <translation>Detalhes do registo selecionado</translation>
    </message>
    <message>
        <source>Select a record to see why it was refused and what it holds.</source>
        <translation>Selecione um registo para ver porque foi recusado e o que contém.</translation>
    </message>
    <message>
        <source>&amp;Retry all</source>
        <translation>&amp;Tentar tudo de novo</translation>
    </message>
    <message>
        <source>Retry the quarantined records</source>
        <translation>Tentar de novo os registos em quarentena</translation>
    </message>
    <message>
        <source>Send the quarantined records again, as they are now</source>
        <translation>Enviar de novo os registos em quarentena, tal como estão agora</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportar...</translation>
    </message>
    <message>
        <source>Export the quarantine to a file</source>
        <translation>Exportar a quarentena para um ficheiro</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarentena</translation>
    </message>
    <message>
        <source>The sync history could not be read: %1</source>
        <translation>Não foi possível ler o histórico de sincronização: %1</translation>
    </message>
    <message>
        <source>Quarantine (%1)</source>
        <translation>Quarentena (%1)</translation>
    </message>
    <message>
        <source>Last sync %1: %2. %3</source>
        <translation>Última sincronização %1: %2. %3</translation>
    </message>
    <message>
        <source>%1 sent, %2 received.</source>
        <translation>%1 enviados, %2 recebidos.</translation>
    </message>
    <message>
        <source>This site has not synced yet. Press Sync now to start.</source>
        <translation>Este site ainda não sincronizou. Prima Sincronizar para começar.</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>A iniciar...</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>A sincronizar...</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>a iniciar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Cancelar a sincronização</translation>
    </message>
    <message>
        <source>Stop this sync; what was received so far is kept</source>
        <translation>Parar esta sincronização; o que já foi recebido é mantido</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Send this site&apos;s changes and receive the others&apos; (Ctrl+S, F5)</source>
        <translation>Enviar as alterações deste site e receber as dos outros (Ctrl+S, F5)</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>The interval is used until the app closes, but it could not be saved: %1</source>
        <translation>O intervalo é usado até fechar a aplicação, mas não foi possível guardá-lo: %1</translation>
    </message>
    <message>
        <source>Every %1 seconds</source>
        <translation>A cada %1 segundos</translation>
    </message>
    <message>
        <source>Table: %1
Record: %2
</source>
        <translation>Tabela: %1
Registo: %2
</translation>
    </message>
    <message>
        <source>Store: %1
</source>
        <translation>Armazém: %1
</translation>
    </message>
    <message>
        <source>Reason: %1 (%2)
In the quarantine since: %3
Retries: %4
</source>
        <translation>Motivo: %1 (%2)
Em quarentena desde: %3
Tentativas: %4
</translation>
    </message>
    <message>
        <source>Session: #%1
</source>
        <translation>Sessão: n.º %1
</translation>
    </message>
    <message>
        <source>
The record as it was refused:
</source>
        <translation>
O registo tal como foi recusado:
</translation>
    </message>
    <message>
        <source>Export the quarantine</source>
        <translation>Exportar a quarentena</translation>
    </message>
    <message>
        <source>quarantine.json</source>
        <translation>quarantine.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Ficheiros JSON (*.json)</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Não foi possível escrever o ficheiro %1: %2</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1 escrito em %2.</translation>
    </message>
    <message>
        <source>Sending the quarantined records again...</source>
        <translation>A enviar de novo os registos em quarentena...</translation>
    </message>
    <message>
        <source>%1 sent again; all went through.</source>
        <translation>%1 enviados de novo; todos foram aceites.</translation>
    </message>
    <message>
        <source>%1 sent again: %2 went through, %3 still refused.</source>
        <translation>%1 enviados de novo: %2 foram aceites, %3 continuam recusados.</translation>
    </message>
    <message>
        <source>The retry failed: %1</source>
        <translation>A nova tentativa falhou: %1</translation>
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
        <translation>Última sincronização com êxito: %1</translation>
    </message>
    <message>
        <source>Result of the last sync: %1</source>
        <translation>Resultado da última sincronização: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>À espera de envio: %1</translation>
    </message>
    <message>
        <source>Current stage: %1</source>
        <translation>Etapa atual: %1</translation>
    </message>
    <message>
        <source>Records, rate and time left: %1</source>
        <translation>Registos, velocidade e tempo restante: %1</translation>
    </message>
    <message>
        <source>Syncing: %1</source>
        <translation>A sincronizar: %1</translation>
    </message>
    <message>
        <source>Offline: last synced %1</source>
        <translation>Sem ligação: última sincronização %1</translation>
    </message>
    <message>
        <source>Offline: not synced with the server yet</source>
        <translation>Sem ligação: ainda não sincronizado com o servidor</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>A sincronização falhou: %1</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ainda não sincronizado</translation>
    </message>
    <message>
        <source>Offline: the last sync could not reach the server. Your work is kept here and is sent at the next successful sync.</source>
        <translation>Sem ligação: a última sincronização não conseguiu chegar ao servidor. O seu trabalho fica guardado aqui e é enviado na próxima sincronização com êxito.</translation>
    </message>
    <message>
        <source>Offline: this site has not reached the server yet.</source>
        <translation>Sem ligação: este site ainda não chegou ao servidor.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Com ligação</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Nova tentativa daqui a %n segundo.</numerusform>
            <numerusform>Nova tentativa daqui a %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n minute(s).</source>
        <translation>
            <numerusform>Nova tentativa daqui a %n minuto.</numerusform>
            <numerusform>Nova tentativa daqui a %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again at the next automatic sync, %1.</source>
        <translation>Nova tentativa na próxima sincronização automática, às %1.</translation>
    </message>
    <message>
        <source>Automatic sync is off: sync again when the connection is back.</source>
        <translation>A sincronização automática está desligada: sincronize de novo quando a ligação voltar.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SyncStageModel</name>
    <message>
        <source>In progress</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Interrompida</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
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
        <translation>A ligar ao servidor</translation>
    </message>
    <message>
        <source>Sending %1 data</source>
        <translation>A enviar os dados %1</translation>
    </message>
    <message>
        <source>Receiving and saving %1 data</source>
        <translation>A receber e a guardar os dados %1</translation>
    </message>
    <message>
        <source>Processing transfers</source>
        <translation>A processar as transferências</translation>
    </message>
    <message>
        <source>Reporting to the server</source>
        <translation>A informar o servidor</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>há 1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>há %1 minutos</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>há 1 hora</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>há %1 horas</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>há %1 dias</translation>
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
        <translation>falta menos de um segundo</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>faltam cerca de %1 s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>falta cerca de %1</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nada a fazer</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>%1 escritos</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 de %2 registos</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registos</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 registos/s</translation>
    </message>
    <message>
        <source>%1 sent, %2 received</source>
        <translation>%1 enviados, %2 recebidos</translation>
    </message>
    <message>
        <source>Sync finished: %1.</source>
        <translation>Sincronização terminada: %1.</translation>
    </message>
    <message>
        <source>Sync finished: %1, but 1 record was refused and kept in the quarantine.</source>
        <translation>Sincronização terminada: %1, mas 1 registo foi recusado e ficou em quarentena.</translation>
    </message>
    <message>
        <source>Sync finished: %1, but %2 records were refused and kept in the quarantine.</source>
        <translation>Sincronização terminada: %1, mas %2 registos foram recusados e ficaram em quarentena.</translation>
    </message>
    <message>
        <source>Sync cancelled. Nothing was lost: the next sync resumes where this one stopped.</source>
        <translation>Sincronização cancelada. Nada se perdeu: a próxima sincronização continua onde esta parou.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>A sincronização falhou: %1</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>A sincronização falhou.</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registo</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>A cada minuto</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>A cada %1 minutos</translation>
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
        <translation>&amp;Abrir o SyncSites</translation>
    </message>
    <message>
        <source>&amp;Quit SyncSites</source>
        <translation>&amp;Sair do SyncSites</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>A sincronizar...</translation>
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
        <translation>O SyncSites continua a sincronizar em segundo plano. Abra-o a partir deste ícone; para o parar, escolha Sair no menu do ícone ou no menu Ficheiro.</translation>
    </message>
    <message>
        <source>SyncSites is still running</source>
        <translation>O SyncSites continua em execução</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>A sincronização falhou</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SyncTypeDelegate</name>
    <message>
        <source>Sync type of %1 on %2</source>
        <translation>Tipo de sincronização de %1 em %2</translation>
    </message>
    <message>
        <source>None (not visible)</source>
        <translation>Nenhum (não visível)</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::TemperatureLogDialog</name>
    <message>
        <source>Temperature reading in %1</source>
        <translation>Leitura de temperatura em %1</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Equipamento</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Lida em</translation>
    </message>
    <message>
        <source>Temperature in degrees Celsius</source>
        <translation>Temperatura em graus Celsius</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>&amp;Asset:</source>
        <translation>&amp;Equipamento:</translation>
    </message>
    <message>
        <source>&amp;Read at:</source>
        <translation>&amp;Lida em:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatura:</translation>
    </message>
    <message>
        <source>%1 has no asset yet: add one first (Add asset).</source>
        <translation>%1 ainda não tem equipamento: adicione um primeiro (Adicionar equipamento).</translation>
    </message>
    <message>
        <source>The reading is sent to the cold-chain hub at the next sync.</source>
        <translation>A leitura é enviada ao servidor da cadeia de frio na próxima sincronização.</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>&amp;Registar</translation>
    </message>
    <message>
        <source>Outside the 2–8 °C range vaccines are kept in.</source>
        <translation>Fora do intervalo de 2–8 °C em que se guardam as vacinas.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::TopologyFileTab</name>
    <message>
        <source>Topology files (*.json);;All files (*)</source>
        <translation>Ficheiros de topologia (*.json);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>%1 gets the data of store %2 (%3).</source>
        <translation>%1 recebe os dados do armazém %2 (%3).</translation>
    </message>
    <message>
        <source>%1 drops the data of store %2 (it was %3 there).</source>
        <translation>%1 apaga os dados do armazém %2 (era %3 aí).</translation>
    </message>
    <message>
        <source>Store %1 moves home from %2 to %3; changes %2 has not sent yet are refused.</source>
        <translation>O armazém %1 muda de origem de %2 para %3; as alterações que %2 ainda não enviou são recusadas.</translation>
    </message>
    <message>
        <source>&amp;Export to a file…</source>
        <translation>&amp;Exportar para um ficheiro…</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importar um ficheiro…</translation>
    </message>
    <message>
        <source>The whole network as one file (sites, their links, stores and where each store is Active, Collector or Transfer). Export it to keep a copy or edit it; importing a file checks it first and shows what it would change before anything is applied.</source>
        <translation>Toda a rede num só ficheiro (sites, as suas ligações, armazéns e onde cada armazém é Ativo, Coletor ou Transferência). Exporte-o para guardar uma cópia ou editá-lo; ao importar um ficheiro, este é verificado primeiro e é mostrado o que mudaria antes de aplicar seja o que for.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Relatório de importação</translation>
    </message>
    <message>
        <source>Export the network</source>
        <translation>Exportar a rede</translation>
    </message>
    <message>
        <source>Import a network</source>
        <translation>Importar uma rede</translation>
    </message>
    <message>
        <source>The network could not be read: %1</source>
        <translation>Não foi possível ler a rede: %1</translation>
    </message>
    <message numerus="yes">
        <source>The hub&apos;s network: %n site(s), </source>
        <translation>
            <numerusform>A rede do servidor: %n site, </numerusform>
            <numerusform>A rede do servidor: %n sites, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n store(s) </source>
        <translation>
            <numerusform>%n armazém </numerusform>
            <numerusform>%n armazéns </numerusform>
        </translation>
    </message>
    <message>
        <source>(revision %1).</source>
        <translation>(revisão %1).</translation>
    </message>
    <message>
        <source>Reading the network…</source>
        <translation>A ler a rede…</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Não exportado: %1</translation>
    </message>
    <message>
        <source>Not exported: %1 could not be written (%2). Choose another folder.</source>
        <translation>Não exportado: não foi possível escrever %1 (%2). Escolha outra pasta.</translation>
    </message>
    <message>
        <source>Exported the network (revision %1) to %2.</source>
        <translation>Rede (revisão %1) exportada para %2.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MB: it is not a topology file.</source>
        <translation>%1 tem mais de 16 MB: não é um ficheiro de topologia.</translation>
    </message>
    <message>
        <source>%1 is not a topology file: %2 Nothing was changed.</source>
        <translation>%1 não é um ficheiro de topologia: %2 Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>The file breaks %n rule(s) of the network, listed above. Fix them and import it again; nothing was changed.</source>
        <translation>
            <numerusform>O ficheiro viola %n regra da rede, indicada acima. Corrija-a e importe-o de novo; nada foi alterado.</numerusform>
            <numerusform>O ficheiro viola %n regras da rede, indicadas acima. Corrija-as e importe-o de novo; nada foi alterado.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace the network&lt;/b&gt; with %1: %2 sites and %3 stores (now %4 and %5).</source>
        <translation>&lt;b&gt;Substituir a rede&lt;/b&gt; por %1: %2 sites e %3 armazéns (agora %4 e %5).</translation>
    </message>
    <message>
        <source>The file changes no store&apos;s visibility; review it and apply.</source>
        <translation>O ficheiro não muda a visibilidade de nenhum armazém; reveja-o e aplique.</translation>
    </message>
    <message numerus="yes">
        <source>The file changes what %n store/site pair(s) hold, listed above; review and apply.</source>
        <translation>
            <numerusform>O ficheiro muda o que contém %n par armazém/site, indicado acima; reveja e aplique.</numerusform>
            <numerusform>O ficheiro muda o que contêm %n pares armazém/site, indicados acima; reveja e aplique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone changed the network while you reviewed the file; nothing was applied. Import the file again to review it against the network as it is now.</source>
        <translation>Alguém alterou a rede enquanto revia o ficheiro; nada foi aplicado. Importe o ficheiro de novo para o rever face à rede tal como está agora.</translation>
    </message>
    <message>
        <source>The network was not replaced</source>
        <translation>A rede não foi substituída</translation>
    </message>
    <message>
        <source>The network was replaced (revision %1). Sites get the changes at their next sync.</source>
        <translation>A rede foi substituída (revisão %1). Os sites recebem as alterações na próxima sincronização.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::TopologyLegend</name>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Stores:</source>
        <translation>Armazéns:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Ligações:</translation>
    </message>
    <message>
        <source>core data</source>
        <translation>dados core</translation>
    </message>
    <message>
        <source>oms data</source>
        <translation>dados oms</translation>
    </message>
    <message>
        <source>client of a server</source>
        <translation>cliente de um servidor</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::TopologyPage</name>
    <message>
        <source>Topology</source>
        <translation>Topologia</translation>
    </message>
    <message>
        <source>Network drawing</source>
        <translation>Esquema da rede</translation>
    </message>
    <message>
        <source>Find a site</source>
        <translation>Procurar um site</translation>
    </message>
    <message>
        <source>Find a site by name…</source>
        <translation>Procurar um site pelo nome…</translation>
    </message>
    <message>
        <source>Show sites of kind</source>
        <translation>Mostrar sites do tipo</translation>
    </message>
    <message>
        <source>Dim the sites of other kinds</source>
        <translation>Atenuar os sites de outros tipos</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Show sites with sync health</source>
        <translation>Mostrar sites com o estado de sincronização</translation>
    </message>
    <message>
        <source>Dim the sites in another state of sync health</source>
        <translation>Atenuar os sites com outro estado de sincronização</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>Qualquer estado</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar à janela</translation>
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
        <translation>Reduzir (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Ampliar (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit to window (Ctrl+0)</source>
        <translation>Ajustar à janela (Ctrl+0)</translation>
    </message>
    <message>
        <source>Export the drawing as a PNG image</source>
        <translation>Exportar o esquema como imagem PNG</translation>
    </message>
    <message>
        <source>Export the drawing as an SVG file</source>
        <translation>Exportar o esquema como ficheiro SVG</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export the drawing as a PNG image or an SVG file</source>
        <translation>Exportar o esquema como imagem PNG ou ficheiro SVG</translation>
    </message>
    <message>
        <source>%1 of %2 sites match the filters; the others are dimmed.</source>
        <translation>%1 de %2 sites correspondem aos filtros; os outros estão atenuados.</translation>
    </message>
    <message>
        <source>No site&apos;s name contains “%1”.</source>
        <translation>Nenhum nome de site contém «%1».</translation>
    </message>
    <message>
        <source>No site selected (sites: %1). The arrow keys choose a site, Enter centres it.</source>
        <translation>Nenhum site selecionado (sites: %1). As setas escolhem um site; Enter centra-o.</translation>
    </message>
    <message>
        <source>%1, last success %2. Site %3 of %4.</source>
        <translation>%1, último êxito %2. Site %3 de %4.</translation>
    </message>
    <message>
        <source>%1. Site %2 of %3.</source>
        <translation>%1. Site %2 de %3.</translation>
    </message>
    <message>
        <source>SyncSites network</source>
        <translation>Rede SyncSites</translation>
    </message>
    <message>
        <source>The sites of the network, their links and their stores&apos; sync types.</source>
        <translation>Os sites da rede, as suas ligações e os tipos de sincronização dos seus armazéns.</translation>
    </message>
    <message>
        <source>Export the drawing as SVG</source>
        <translation>Exportar o esquema como SVG</translation>
    </message>
    <message>
        <source>SVG files (*.svg)</source>
        <translation>Ficheiros SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the drawing as PNG</source>
        <translation>Exportar o esquema como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved the drawing to %1.</source>
        <translation>Esquema guardado em %1.</translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder exists and is writable.</source>
        <translation>Não foi possível escrever %1: verifique se a pasta existe e se pode escrever nela.</translation>
    </message>
    <message>
        <source>Sites: %1. Drag to pan, use the wheel to zoom, click a site (or use the arrow keys) for its details.</source>
        <translation>Sites: %1. Arraste para deslocar, use a roda para ampliar ou reduzir; clique num site (ou use as setas) para ver os detalhes.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::TransferDialog</name>
    <message>
        <source>New transfer from %1</source>
        <translation>Nova transferência de %1</translation>
    </message>
    <message>
        <source>Ship to:</source>
        <translation>Enviar para:</translation>
    </message>
    <message>
        <source>Store to ship to</source>
        <translation>Armazém de destino</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Artigo:</translation>
    </message>
    <message>
        <source>Item to ship</source>
        <translation>Artigo a enviar</translation>
    </message>
    <message>
        <source>Packs:</source>
        <translation>Embalagens:</translation>
    </message>
    <message>
        <source>Packs to ship</source>
        <translation>Embalagens a enviar</translation>
    </message>
    <message>
        <source>The shipment leaves %1 now, with status shipped. The receiving store&apos;s site gets it at its next sync, after this site has synced.</source>
        <translation>A remessa sai de %1 agora, com o estado expedida. O site do armazém de destino recebe-a na próxima sincronização, depois de este site sincronizar.</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 here)</source>
        <translation>%1 – %2 (%3 aqui)</translation>
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
        <translation>Em stock: %1 embalagens; o máximo num só lote: %2.</translation>
    </message>
    <message>
        <source>No stock line of this item here: it is shipped untracked.</source>
        <translation>Nenhuma linha de stock deste artigo aqui: é enviado sem rastreio.</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::UserEditDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Adicionar um utilizador</translation>
    </message>
    <message>
        <source>Change a user</source>
        <translation>Alterar um utilizador</translation>
    </message>
    <message>
        <source>letters, digits, . _ - @</source>
        <translation>letras, algarismos, . _ - @</translation>
    </message>
    <message>
        <source>Filter sites</source>
        <translation>Filtrar sites</translation>
    </message>
    <message>
        <source>Filter the list of sites</source>
        <translation>Filtrar a lista de sites</translation>
    </message>
    <message>
        <source>Sites the person works at</source>
        <translation>Sites onde a pessoa trabalha</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Adicionar utilizador</translation>
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
        <translation>&amp;Nome de utilizador:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nome &amp;completo:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Função:</translation>
    </message>
    <message>
        <source>Si&amp;tes the person works at:</source>
        <translation>Si&amp;tes onde a pessoa trabalha:</translation>
    </message>
</context>
<context>
    <name>syncsites::ui::UserTableModel</name>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de utilizador</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
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
        <translation>&amp;Adicionar utilizador…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Repor &amp;palavra-passe…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Desativar…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;carregar</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Contas de utilizador</translation>
    </message>
    <message>
        <source>Change the full name, role and sites of the selected user (Enter)</source>
        <translation>Alterar o nome completo, a função e os sites do utilizador selecionado (Enter)</translation>
    </message>
    <message>
        <source>Give the selected user a new random password, shown once</source>
        <translation>Dar ao utilizador selecionado uma nova palavra-passe aleatória, mostrada uma só vez</translation>
    </message>
    <message>
        <source>The list of sites could not be loaded: %1</source>
        <translation>Não foi possível carregar a lista de sites: %1</translation>
    </message>
    <message>
        <source>Added the user %1.</source>
        <translation>Utilizador %1 adicionado.</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Palavra-passe de %1</translation>
    </message>
    <message>
        <source>The hub made this password for %1. Give it to them: they sign in with the user name %1 and this password.</source>
        <translation>O servidor criou esta palavra-passe para %1. Entregue-a à pessoa: ela inicia sessão com o nome de utilizador %1 e esta palavra-passe.</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation>Alterações de %1 guardadas.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Repor palavra-passe</translation>
    </message>
    <message>
        <source>Give %1 a new random password? The present one stops working at once, and %1 is signed out everywhere.</source>
        <translation>Dar uma nova palavra-passe aleatória a %1? A atual deixa logo de funcionar e a sessão de %1 termina em todo o lado.</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Repor palavra-passe</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Reset the password of %1.</source>
        <translation>Repor a palavra-passe de %1.</translation>
    </message>
    <message>
        <source>New password of %1</source>
        <translation>Nova palavra-passe de %1</translation>
    </message>
    <message>
        <source>%1 now signs in with this password. Give it to them.</source>
        <translation>%1 inicia agora sessão com esta palavra-passe. Entregue-a à pessoa.</translation>
    </message>
    <message>
        <source>Enabled the account of %1: they can sign in again.</source>
        <translation>Conta de %1 ativada: a pessoa pode voltar a iniciar sessão.</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Desativar conta</translation>
    </message>
    <message>
        <source>Disable the account of %1? They are signed out everywhere and cannot sign in until it is enabled again. Nothing they did is deleted.</source>
        <translation>Desativar a conta de %1? A sessão da pessoa termina em todo o lado e ela não pode iniciar sessão até a conta voltar a ser ativada. Nada do que fez é eliminado.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desativar</translation>
    </message>
    <message>
        <source>Disabled the account of %1.</source>
        <translation>Conta de %1 desativada.</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>A&amp;tivar</translation>
    </message>
    <message>
        <source>Disable the selected account: the person can no longer sign in</source>
        <translation>Desativar a conta selecionada: a pessoa deixa de poder iniciar sessão</translation>
    </message>
    <message>
        <source>Enable the selected account again</source>
        <translation>Ativar de novo a conta selecionada</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Não feito: %1</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make another user an administrator first, so that someone can still manage the network, then change or disable this account.</source>
        <translation>%1 é o último administrador ativo; primeiro torne outro utilizador administrador, para que alguém possa continuar a gerir a rede, e depois altere ou desative esta conta.</translation>
    </message>
    <message>
        <source>There is already a user named %1. Choose another user name, or change that account.</source>
        <translation>Já existe um utilizador chamado %1. Escolha outro nome de utilizador ou altere essa conta.</translation>
    </message>
    <message>
        <source>Only administrators may manage users. Sign in as an administrator.</source>
        <translation>Só os administradores podem gerir utilizadores. Inicie sessão como administrador.</translation>
    </message>
</context>
</TS>
