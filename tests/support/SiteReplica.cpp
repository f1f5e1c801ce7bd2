#include "SiteReplica.h"

#include "HubTestHarness.h"
#include "RecordStore.h"
#include "ReplicaConfig.h"
#include "SecretFile.h"
#include "SqlSupport.h"
#include "SyncStateRepository.h"
#include "SyncedTable.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace syncsites::test {

Result<std::unique_ptr<SiteReplica>> SiteReplica::create(const QString& path, const QString& site,
                                                         const QString& serverUrl, const QString& secret)
{
    std::unique_ptr<SiteReplica> replica(new SiteReplica());
    Result<std::unique_ptr<Database>> database = Database::open(path);
    if (!database)
        return database.error();
    replica->m_database = std::move(database).value();
    replica->m_site = site;
    replica->m_path = path;
    replica->m_serverUrl = serverUrl;
    replica->m_secret = secret;
    ReplicaConfig config;
    config.serverUrl = serverUrl;
    config.siteName = site;
    if (Status s = config.save(*replica->m_database); !s)
        return s.error();
    if (Status s = SecretFile::write(SecretFile::pathFor(path), secret); !s)
        return s.error();
    return replica;
}

void SiteReplica::close()
{
    if (m_database)
        m_database->close();
    m_database.reset();
}

Status SiteReplica::reopen(const DatabaseOptions& options)
{
    DatabaseOptions existing = options;
    existing.createIfMissing = false;
    Result<std::unique_ptr<Database>> database = Database::open(m_path, existing);
    if (!database)
        return database.error();
    m_database = std::move(database).value();
    return {};
}

QString SiteReplica::describe(const SyncSummary& s)
{
    QString text = QStringLiteral("%1 pushed %2 pulled %3 rejected %4 transfers %5")
                       .arg(syncOutcomeId(s.outcome))
                       .arg(s.pushed)
                       .arg(s.pulled)
                       .arg(s.rejected)
                       .arg(s.transfersWritten);
    if (s.failure)
        text += QStringLiteral(" [%1/%2%3] %4")
                    .arg(s.failure->kindId(), s.failure->code,
                         s.failure->transient ? QStringLiteral(" transient") : QString(), s.failure->text());
    return text;
}

SessionOptions SiteReplica::testOptions(std::uint64_t seed)
{
    SessionOptions options;
    options.appVersion = QStringLiteral("test");
    options.maxAttempts = 4;
    options.backoffBase = std::chrono::milliseconds(20);
    options.backoffMax = std::chrono::milliseconds(200);
    options.seed = seed;
    options.connectTimeout = std::chrono::milliseconds(2000);
    options.readTimeout = std::chrono::milliseconds(5000);
    return options;
}

void SiteReplica::setServerUrl(const QString& url)
{
    m_serverUrl = url;
    Result<ReplicaConfig> config = ReplicaConfig::load(*m_database);
    if (config) {
        config->serverUrl = url;
        config->save(*m_database);
    }
}

std::unique_ptr<SyncSession> SiteReplica::session(const SessionOptions& options)
{
    ReplicaConfig config;
    if (Result<ReplicaConfig> loaded = ReplicaConfig::load(*m_database))
        config = *loaded;
    return std::make_unique<SyncSession>(*m_database, config, m_secret, options);
}

SyncSummary SiteReplica::sync(const SessionOptions& options)
{
    std::unique_ptr<SyncSession> s = session(options);
    return s->run();
}

SyncSummary SiteReplica::sync(SyncSession& session)
{
    return session.run();
}

QSet<QString> SiteReplica::keys(Category category)
{
    QSet<QString> out;
    const QSqlDatabase db = m_database->connection().value();
    for (const SyncedTable& table : syncedTables()) {
        if (table.category != category)
            continue;
        QSqlQuery query(db);
        query.exec(QLatin1String("SELECT id FROM ") + table.name);
        while (query.next())
            out.insert(table.name + QLatin1Char('/') + query.value(0).toString());
    }
    return out;
}

QMap<QString, QByteArray> SiteReplica::checksums(Database& database, const QSet<QString>& keys)
{
    QStringList sorted(keys.cbegin(), keys.cend());
    std::sort(sorted.begin(), sorted.end());
    RecordStore records(database);
    QMap<QString, QCryptographicHash*> hashes;
    QMap<QString, QByteArray> out;
    std::vector<std::unique_ptr<QCryptographicHash>> owned;
    for (const QString& key : sorted) {
        const QString table = key.section(QLatin1Char('/'), 0, 0);
        const QString id = key.section(QLatin1Char('/'), 1);
        const Result<std::optional<QJsonObject>> record = records.get(table, id);
        const Result<QString> store = records.storeOf(table, id);
        const QString group = store ? *store : QStringLiteral("?");
        if (!hashes.contains(group)) {
            owned.push_back(std::make_unique<QCryptographicHash>(QCryptographicHash::Sha1));
            hashes.insert(group, owned.back().get());
        }
        QCryptographicHash* hash = hashes.value(group);
        hash->addData(key.toUtf8());
        if (record && record->has_value())
            hash->addData(QJsonDocument(**record).toJson(QJsonDocument::Compact));
        else
            hash->addData(QByteArrayLiteral("<missing>"));
    }
    for (auto it = hashes.cbegin(); it != hashes.cend(); ++it)
        out.insert(it.key(), it.value()->result().toHex());
    return out;
}

QString SiteReplica::differenceFrom(HubTestHarness& hub, const QList<Category>& categories)
{
    QStringList problems;
    // A record in this site's quarantine is known to differ (a refused edit kept here, or one that did not fit).
    QSet<QString> quarantined;
    if (const auto entries = SyncStateRepository(*m_database).quarantined())
        for (const QuarantineEntry& e : *entries)
            quarantined.insert(e.tableName + QLatin1Char('/') + e.recordId);
    for (Category category : categories) {
        const QSet<QString> expected = hub.expectedHoldings(m_site, category) - quarantined;
        const QSet<QString> got = keys(category) - quarantined;
        if (got != expected) {
            problems << QStringLiteral("%1 %2: %3")
                            .arg(m_site, categoryId(category),
                                 QString::fromUtf8(HubTestHarness::difference(got, expected)));
            continue;
        }
        const QMap<QString, QByteArray> mine = checksums(*m_database, expected);
        const QMap<QString, QByteArray> theirs = checksums(hub.database(), expected);
        for (auto it = theirs.cbegin(); it != theirs.cend(); ++it) {
            if (mine.value(it.key()) == it.value())
                continue;
            // Name the first record that differs.
            RecordStore here(*m_database);
            RecordStore there(hub.database());
            QString example;
            for (const QString& key : expected) {
                const QString table = key.section(QLatin1Char('/'), 0, 0);
                const QString id = key.section(QLatin1Char('/'), 1);
                const auto a = here.get(table, id);
                const auto b = there.get(table, id);
                if (a && b && *a != *b) {
                    example = QStringLiteral(" (%1: here %2, hub %3)")
                                  .arg(key,
                                       QString::fromUtf8(
                                           QJsonDocument(a->value_or(QJsonObject())).toJson(QJsonDocument::Compact)),
                                       QString::fromUtf8(
                                           QJsonDocument(b->value_or(QJsonObject())).toJson(QJsonDocument::Compact)));
                    break;
                }
            }
            problems << QStringLiteral("%1 %2: store %3 differs from the hub%4")
                            .arg(m_site, categoryId(category), it.key(), example);
        }
    }
    return problems.join(QLatin1String("; "));
}

} // namespace syncsites::test
