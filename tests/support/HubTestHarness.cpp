#include "HubTestHarness.h"

#include "ContentDigest.h"

#include "ChangeLog.h"
#include "DemoDataWriter.h"
#include "HubProvisioner.h"
#include "PasswordHasher.h"
#include "RecordStore.h"
#include "Routing.h"
#include "StableId.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

// The harness links PkgConfig::HTTPLIB, so it sees the same CPPHTTPLIB_* defines as the server library.
#include <httplib.h>

#include <limits>

namespace syncsites::test {

namespace {

QString str(const char* text)
{
    return QString::fromLatin1(text);
}

HubTestHarness::Reply toReply(const httplib::Result& result)
{
    HubTestHarness::Reply reply;
    if (!result) {
        reply.transportError = QString::fromStdString(httplib::to_string(result.error()));
        return reply;
    }
    reply.status = result->status;
    reply.body = QByteArray::fromStdString(result->body);
    for (const auto& [name, value] : result->headers)
        reply.headers.append({QByteArray::fromStdString(name).toLower(), QByteArray::fromStdString(value)});
    return reply;
}

httplib::Headers authHeaders(const QString& token)
{
    httplib::Headers headers;
    if (!token.isEmpty())
        headers.emplace("Authorization", "Bearer " + token.toStdString());
    return headers;
}

} // namespace

// --- Reply ---

QJsonObject HubTestHarness::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HubTestHarness::Reply::errorCode() const
{
    return json().value(str("error")).toObject().value(str("code")).toString();
}

QString HubTestHarness::Reply::errorMessage() const
{
    return json().value(str("error")).toObject().value(str("message")).toString();
}

QJsonObject HubTestHarness::Reply::errorDetails() const
{
    return json().value(str("error")).toObject().value(str("details")).toObject();
}

QByteArray HubTestHarness::Reply::header(const QByteArray& name) const
{
    const QByteArray lower = name.toLower();
    for (const auto& [n, v] : headers) {
        if (n == lower)
            return v;
    }
    return QByteArray();
}

QByteArray HubTestHarness::Reply::describe() const
{
    if (status == 0)
        return "no answer: " + transportError.toUtf8();
    return "HTTP " + QByteArray::number(status) + ": " + body.left(300);
}

QSet<QString> HubTestHarness::PullResult::keys() const
{
    QSet<QString> out;
    for (const QJsonObject& r : records)
        out.insert(r.value(str("table")).toString() + QLatin1Char('/') + r.value(str("id")).toString());
    return out;
}

// --- Client ---

HubTestHarness::Client::Client(quint16 port) : m_http(std::make_unique<httplib::Client>("127.0.0.1", int(port)))
{
    m_http->set_keep_alive(true);
    m_http->set_url_encode(false); // targets are sent exactly as written
    m_http->set_connection_timeout(5);
    m_http->set_read_timeout(60);
    m_http->set_write_timeout(60);
}

HubTestHarness::Client::~Client() = default;

HubTestHarness::Reply HubTestHarness::Client::get(const QString& target, const QString& token)
{
    return getWithTargetDigest(target, token, ContentDigest::ofTarget("GET", target.toUtf8()));
}

HubTestHarness::Reply HubTestHarness::Client::getWithTargetDigest(const QString& target, const QString& token,
                                                                  const QByteArray& targetDigest)
{
    httplib::Headers headers = authHeaders(token);
    if (!targetDigest.isEmpty())
        headers.emplace(ContentDigest::targetHeaderName().toStdString(), targetDigest.toStdString());
    return toReply(m_http->Get(target.toStdString(), headers));
}

HubTestHarness::Reply HubTestHarness::Client::post(const QString& path, const QByteArray& body, const QString& token,
                                                   const QByteArray& contentType)
{
    return toReply(m_http->Post(path.toStdString(), authHeaders(token), body.toStdString(), contentType.toStdString()));
}

HubTestHarness::Reply HubTestHarness::Client::post(const QString& path, const QJsonObject& body, const QString& token)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

HubTestHarness::Reply HubTestHarness::Client::handshake(const QString& site, const QString& secret,
                                                        const QString& installationId, int protocolMin, int protocolMax)
{
    const QJsonObject body{{str("protocol"), QJsonObject{{str("min"), protocolMin}, {str("max"), protocolMax}}},
                           {str("site"), site},
                           {str("secret"), secret},
                           {str("installation_id"), installationId},
                           {str("app_version"), str("0.1.0-test")}};
    return post(str("/api/v1/sync/handshake"), body);
}

QString HubTestHarness::Client::token(const QString& site, const QString& secret, const QString& installationId,
                                      Reply* failure)
{
    const Reply reply = handshake(site, secret, installationId);
    if (reply.status != 200) {
        if (failure)
            *failure = reply;
        return QString();
    }
    return reply.json().value(str("token")).toString();
}

HubTestHarness::Reply HubTestHarness::Client::push(const QString& token, const QString& category,
                                                   const QString& batchId, const QJsonArray& records)
{
    return post(str("/api/v1/sync/push"),
                QJsonObject{{str("category"), category}, {str("batch_id"), batchId}, {str("records"), records}}, token);
}

HubTestHarness::PullPage HubTestHarness::Client::pull(const QString& token, const QString& category, qint64 cursor,
                                                      int limit, const QString& extraQuery)
{
    QString target =
        QStringLiteral("/api/v1/sync/pull?category=%1&cursor=%2&limit=%3").arg(category).arg(cursor).arg(limit);
    if (!extraQuery.isEmpty())
        target += QLatin1Char('&') + extraQuery;
    PullPage page;
    page.reply = get(target, token);
    if (page.reply.status != 200)
        return page;
    const QJsonObject body = page.reply.json();
    page.records = body.value(str("records")).toArray();
    page.instructions = body.value(str("instructions")).toArray();
    page.nextCursor = body.value(str("next_cursor")).toInteger(-1);
    page.remaining = body.value(str("remaining")).toInteger(-1);
    return page;
}

HubTestHarness::PullResult HubTestHarness::Client::pullAll(const QString& token, const QString& category, qint64 cursor,
                                                           int limit, const QString& extraQuery, int maxPages)
{
    PullResult result;
    result.lastCursor = cursor;
    for (int i = 0; i < maxPages; ++i) {
        const PullPage page = pull(token, category, result.lastCursor, limit, extraQuery);
        if (page.reply.status != 200 || page.nextCursor < 0 || page.remaining < 0) {
            result.failure = page.reply;
            return result;
        }
        ++result.pages;
        for (const QJsonValue& r : page.records)
            result.records.append(r.toObject());
        for (const QJsonValue& in : page.instructions)
            result.instructions.append(in);
        result.nextCursors.append(page.nextCursor);
        result.remaining.append(page.remaining);
        result.lastCursor = page.nextCursor;
        if (page.remaining == 0) {
            result.ok = true;
            return result;
        }
    }
    result.failure.transportError = QStringLiteral("no end after %1 pages").arg(maxPages);
    return result;
}

HubTestHarness::Reply HubTestHarness::Client::report(const QString& token, const QJsonObject& body)
{
    return post(str("/api/v1/sync/report"), body, token);
}

// --- the harness ---

Result<std::unique_ptr<HubTestHarness>> HubTestHarness::start(const HubHarnessOptions& options)
{
    // One access-log line per request drowns the test log; QT_LOGGING_RULES brings them back.
    QLoggingCategory::setFilterRules(QStringLiteral("syncsites.server.http.access.info=false"));
    std::unique_ptr<HubTestHarness> h(new HubTestHarness());
    if (!h->m_dir.isValid())
        return Error(str("harness"), str("cannot make a temporary directory"));
    Result<std::unique_ptr<Database>> db = Database::open(h->m_dir.filePath(str("hub.sqlite")));
    if (!db)
        return db.error();
    h->m_database = std::move(db).value();
    h->m_network = DemoNetwork::generate(DemoNetwork::defaultSeed);

    DemoDataWriter writer(*h->m_database);
    if (Status s = writer.writeNetwork(h->m_network); !s)
        return s.error();

    // Users of every routing case: the hub's own, a health centre's, a client desk's (routed to its server) and
    // one who works at two sites.
    const Topology& t = h->m_network.topology;
    QStringList centres;
    QStringList districts;
    for (const Site& s : t.sites()) {
        if (s.name.endsWith(str("Health Centre")))
            centres.append(s.name);
        if (s.name.endsWith(str("District Hospital")))
            districts.append(s.name);
    }
    const QString central = t.central()->name;
    const QVector<NewUser> users{
        {str("admin"), str("Test Administrator"), str("administrator"), {central}},
        {str("supervisor"), str("Test Supervisor"), str("supervisor"), {central}},
        {str("fieldstaff"), str("Test Field Worker"), str("field_staff"), {centres.value(0)}},
        {str("deskclerk"), str("Test Desk Clerk"), str("field_staff"), {str("Southern Dispensary Desk")}},
        {str("roamer"), str("Test Roamer"), str("field_staff"), {districts.value(0), centres.value(3)}},
    };
    const Result<QJsonObject> credentials =
        HubProvisioner::provision(*h->m_database, t, users, PasswordHasher::testCost());
    if (!credentials)
        return credentials.error();
    h->m_credentials = *credentials;
    if (options.records > 0) {
        const Result<DemoDataStats> stats = writer.writeRecords(h->m_network, options.dataSeed, options.records);
        if (!stats)
            return stats.error();
    }

    HubConfig config = options.hub;
    config.passwordCost = PasswordHasher::testCost();
    HttpServerConfig http = options.http;
    if (http.metricsToken.isEmpty())
        http.metricsToken = metricsToken();
    h->m_server = std::make_unique<HubServer>(*h->m_database, config, http);
    const Result<quint16> port = h->m_server->start(str("127.0.0.1"), 0);
    if (!port)
        return port.error();
    h->m_port = *port;
    // As `syncsites-server serve` does: sites reach the hub where it listens.
    h->m_server->state().setPublicUrl(h->url());
    return h;
}

HubTestHarness::~HubTestHarness()
{
    if (m_server)
        m_server->stop();
    m_server.reset();
    if (m_database)
        m_database->close();
}

QString HubTestHarness::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

Topology HubTestHarness::topology() const
{
    return m_server->state().topology()->topology;
}

QString HubTestHarness::secret(const QString& site) const
{
    return m_credentials.value(str("sites")).toObject().value(site).toString();
}

QString HubTestHarness::password(const QString& username) const
{
    return m_credentials.value(str("users")).toObject().value(username).toString();
}

QString HubTestHarness::installationId(const QString& site)
{
    auto it = m_installations.find(site);
    if (it == m_installations.end())
        it = m_installations.insert(site, QUuid::createUuid().toString(QUuid::WithoutBraces));
    return *it;
}

QString HubTestHarness::token(const QString& site, Client& client)
{
    return client.token(site, secret(site), installationId(site));
}

QStringList HubTestHarness::syncingSites() const
{
    QStringList out;
    for (const Site& s : m_network.topology.sites()) {
        if (s.holdsData() && s.kind != SiteKind::MsupplyCentral)
            out.append(s.name);
    }
    return out;
}

QSet<QString> HubTestHarness::routedByCore(const QString& site, Category category, bool initialising, qint64 after,
                                           const QSet<QString>& backfillStores, qint64 upTo)
{
    const std::shared_ptr<const TopologySnapshot> snapshot = m_server->state().topology();
    RecordStore records(*m_database);
    // Who works where, from user_site as it is now.
    QHash<QString, QStringList> sitesOfUser;
    QHash<QString, QString> userOfLink;
    const Result<QVector<QJsonObject>> links = records.list(u"user_site");
    if (links) {
        for (const QJsonObject& link : *links) {
            const QString user = link.value(str("user_id")).toString();
            sitesOfUser[user].append(snapshot->siteNameById.value(link.value(str("site_id")).toString()));
            userOfLink.insert(link.value(str("id")).toString(), user);
        }
    }

    PullContext pull;
    pull.site = site;
    pull.initialising = initialising;
    pull.backfillStores = backfillStores;
    QSet<QString> out;
    if (Status s = refreshChangelog(); !s)
        return {QStringLiteral("error: ") + s.error().message};
    for (const ChangeLogEntry& row : m_changelog) {
        if (row.cursor <= after || row.category != category)
            continue;
        if (row.cursor > upTo)
            break;
        const SyncedTable* table = findSyncedTable(row.tableName);
        if (!table)
            return {QStringLiteral("error: unknown table ") + row.tableName};
        RecordRef ref;
        ref.table = table;
        ref.recordId = row.recordId;
        if (table->scope == TableScope::Store || table->scope == TableScope::StoreChild) {
            ref.store = snapshot->storeCodeById.value(row.storeId);
            ref.partnerStore = snapshot->storeCodeById.value(row.partnerStoreId);
        }
        ref.sourceSite = snapshot->siteNameById.value(row.sourceSiteId);
        ref.deleted = row.action == ChangeLogEntry::Action::Delete;
        if (row.tableName == QLatin1String("site_credential"))
            ref.credentialSite = snapshot->siteNameById.value(row.recordId);
        if (row.tableName == QLatin1String("user_account"))
            ref.userSites = sitesOfUser.value(row.recordId);
        else if (row.tableName == QLatin1String("user_site"))
            ref.userSites = sitesOfUser.value(userOfLink.value(row.recordId));
        if (Routing::isSent(snapshot->topology, ref, pull))
            out.insert(row.tableName + QLatin1Char('/') + row.recordId);
    }
    return out;
}

QSet<QString> HubTestHarness::expectedHoldings(const QString& site, Category category)
{
    const QSet<QString> routed = routedByCore(site, category, true);
    QSet<QString> out;
    RecordStore records(*m_database);
    for (const QString& key : routed) {
        const Result<std::optional<QJsonObject>> record =
            records.get(key.section(QLatin1Char('/'), 0, 0), key.section(QLatin1Char('/'), 1));
        if (record && record->has_value())
            out.insert(key);
    }
    return out;
}

qint64 HubTestHarness::maxCursor()
{
    const Result<qint64> max = ChangeLog(*m_database).maxCursor();
    return max ? *max : -1;
}

QVector<HubTestHarness::ChangeRow> HubTestHarness::changesAfter(qint64 after)
{
    QVector<ChangeRow> out;
    if (!refreshChangelog())
        return out;
    for (const ChangeLogEntry& row : m_changelog) {
        if (row.cursor > after)
            out.append({row.cursor, row.tableName + QLatin1Char('/') + row.recordId, row.category, row.storeId,
                        row.sourceSiteId, row.received, row.partnerStoreId});
    }
    return out;
}

Status HubTestHarness::refreshChangelog()
{
    // The changelog only grows (cursors are never reused): read what is new since the last call.
    const qint64 last = m_changelog.isEmpty() ? 0 : m_changelog.last().cursor;
    const Result<QVector<ChangeLogEntry>> rows = ChangeLog(*m_database).after(last, std::numeric_limits<int>::max());
    if (!rows)
        return rows.error();
    m_changelog.append(*rows);
    return {};
}

QByteArray HubTestHarness::difference(const QSet<QString>& got, const QSet<QString>& expected)
{
    const QSet<QString> missingSet = expected - got;
    const QSet<QString> extraSet = got - expected;
    QStringList missing(missingSet.begin(), missingSet.end());
    QStringList extra(extraSet.begin(), extraSet.end());
    missing.sort();
    extra.sort();
    return QStringLiteral("%1 expected, %2 received; %3 missing (%4); %5 unexpected (%6)")
        .arg(expected.size())
        .arg(got.size())
        .arg(missing.size())
        .arg(missing.mid(0, 5).join(QStringLiteral(", ")))
        .arg(extra.size())
        .arg(extra.mid(0, 5).join(QStringLiteral(", ")))
        .toUtf8();
}

// --- records ---

QString HubTestHarness::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject HubTestHarness::upsert(const QString& table, const QJsonObject& data)
{
    return QJsonObject{
        {str("table"), table}, {str("id"), data.value(str("id"))}, {str("action"), str("upsert")}, {str("data"), data}};
}

QJsonObject HubTestHarness::remove(const QString& table, const QString& id)
{
    return QJsonObject{{str("table"), table}, {str("id"), id}, {str("action"), str("delete")}};
}

QJsonObject HubTestHarness::stockLine(const QString& storeCode, const QString& itemCode, const QString& id)
{
    return upsert(str("stock_line"), QJsonObject{{str("id"), id.isEmpty() ? newId() : id},
                                                 {str("store_id"), StableId::store(storeCode)},
                                                 {str("item_id"), StableId::item(itemCode)},
                                                 {str("batch"), str("B-TEST")},
                                                 {str("expiry_date"), str("2027-06-30")},
                                                 {str("pack_size"), 10},
                                                 {str("available_packs"), 25.0},
                                                 {str("cost_price"), 1.5},
                                                 {str("sell_price"), 2.0}});
}

QJsonObject HubTestHarness::invoice(const QString& storeCode, const QString& partnerCode, const QString& type,
                                    const QString& id)
{
    return upsert(str("invoice"), QJsonObject{{str("id"), id.isEmpty() ? newId() : id},
                                              {str("store_id"), StableId::store(storeCode)},
                                              {str("partner_store_id"), StableId::store(partnerCode)},
                                              {str("type"), type},
                                              {str("status"), str("new")},
                                              {str("created_at"), str("2024-05-01T10:00:00.000Z")}});
}

QJsonObject HubTestHarness::invoiceLine(const QString& invoiceId, const QString& itemCode, const QString& id)
{
    return upsert(str("invoice_line"), QJsonObject{{str("id"), id.isEmpty() ? newId() : id},
                                                   {str("invoice_id"), invoiceId},
                                                   {str("item_id"), StableId::item(itemCode)},
                                                   {str("pack_size"), 1},
                                                   {str("packs"), 12.0}});
}

QJsonObject HubTestHarness::asset(const QString& storeCode, const QString& id)
{
    const QString assetId = id.isEmpty() ? newId() : id;
    return upsert(str("asset"), QJsonObject{{str("id"), assetId},
                                            {str("store_id"), StableId::store(storeCode)},
                                            {str("code"), QString(str("FRIDGE-") + assetId.left(8))},
                                            {str("asset_type"), str("refrigerator")}});
}

} // namespace syncsites::test
