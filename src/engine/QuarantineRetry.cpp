#include "QuarantineRetry.h"

#include "Database.h"
#include "Integrator.h"
#include "PushBatch.h"
#include "RecordStore.h"
#include "SettingTable.h"
#include "SqlSupport.h"
#include "StableId.h"
#include "SyncClient.h"
#include "SyncStateRepository.h"
#include "TableSchema.h"
#include "WireMessages.h"

#include <QSqlQuery>
#include <QUuid>

#include <map>

namespace syncsites {

QuarantineRetry::QuarantineRetry(Database& replica, ReplicaConfig config, QString secret)
    : m_database(replica), m_config(std::move(config)), m_secret(std::move(secret))
{}

Result<QuarantineRetry::Outcome> QuarantineRetry::run()
{
    SyncStateRepository state(m_database);
    Result<QVector<QuarantineEntry>> entries = state.quarantined();
    if (!entries)
        return entries.error();
    Outcome outcome;
    const QString siteId = StableId::site(m_config.siteName);

    // Records that did not fit here: applied again, with the core hub as their origin.
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QVariant> hub = sql::scalar(
        *db, QStringLiteral("SELECT hub_site_id FROM site_link WHERE site_id = '%1' AND category = 'core'").arg(siteId),
        QStringLiteral("reading this site's hub"));
    if (!hub)
        return hub.error();
    Integrator integrator(m_database, Integrator::Options{siteId, hub->toString(), Category::Core, {}, 0});
    std::map<Category, QVector<QuarantineEntry>> toPush;
    for (const QuarantineEntry& entry : *entries) {
        if (!entry.reasonCode.startsWith(QLatin1String("record_"))) {
            const TableSchema* table = TableSchema::find(entry.tableName);
            toPush[table ? table->table().category : Category::Core].append(entry);
            continue;
        }
        ++outcome.retried;
        const Status applied = integrator.reapply(entry.tableName, entry.recordId, entry.payload);
        if (applied) {
            ++outcome.resolved;
            if (Status s = state.removeFromQuarantine(entry.id); !s)
                return s.error();
        } else {
            ++outcome.stillRefused;
            if (Result<int> r = state.countRetry(entry.id); !r)
                return r.error();
        }
    }
    if (toPush.empty())
        return outcome;

    // Records the hub refused: sent again as they are now.
    ClientOptions options;
    options.baseUrl = m_config.serverUrl;
    options.caCertificatePath = m_config.caCertificatePath;
    options.proxyUrl = m_config.proxyUrl;
    SyncClient main(options);
    Result<QString> installation = SettingTable(m_database).installationId();
    if (!installation)
        return installation.error();
    wire::HandshakeRequest request{m_config.siteName, m_secret, *installation, QStringLiteral("0.1.0")};
    Result<wire::HandshakeAnswer> answer = main.handshake(request);
    if (!answer)
        return answer.error();
    for (auto& [category, list] : toPush) {
        SyncClient* client = &main;
        QString token = answer->token;
        std::unique_ptr<SyncClient> other;
        for (const wire::Link& link : answer->links) {
            if (link.category != category || link.url.isEmpty() || link.url == m_config.serverUrl)
                continue;
            options.baseUrl = link.url;
            other = std::make_unique<SyncClient>(options);
            Result<wire::HandshakeAnswer> otherAnswer = other->handshake(request);
            if (!otherAnswer)
                return otherAnswer.error();
            client = other.get();
            token = otherAnswer->token;
        }
        // The change as it was refused, kept in the quarantine (the live row is the hub's copy, or none).
        QJsonArray batch;
        for (const QuarantineEntry& entry : list) {
            batch.append((entry.payload.isEmpty()
                              ? wire::PushedRecord::remove(entry.tableName, entry.recordId)
                              : wire::PushedRecord::upsert(entry.tableName, entry.recordId, entry.payload))
                             .toJson());
        }
        Result<wire::PushAnswer> pushed =
            client->push(token, category, QUuid::createUuid().toString(QUuid::WithoutBraces), batch);
        if (!pushed)
            return pushed.error();
        QHash<QString, wire::Rejection> refused;
        for (const wire::Rejection& r : pushed->rejected)
            refused.insert(r.table + QLatin1Char('/') + r.id, r);
        // Still refused: the live row is what the hub says this site holds. Taken: the change is live again, as the
        // hub holds it (received, so it is not pushed a second time).
        if (Status s = PushBatchBuilder::restoreRefused(m_database, pushed->rejected, hub->toString()); !s)
            return s.error();
        for (QuarantineEntry entry : list) {
            ++outcome.retried;
            const QString key = entry.tableName + QLatin1Char('/') + entry.recordId;
            if (!refused.contains(key)) {
                ++outcome.resolved;
                if (Status s = integrator.reapply(entry.tableName, entry.recordId, entry.payload);
                    !s && !s.error().code.startsWith(QLatin1String("record_")))
                    return s.error();
                if (Status s = state.removeFromQuarantine(entry.id); !s)
                    return s.error();
                continue;
            }
            ++outcome.stillRefused;
            if (Result<int> r = state.countRetry(entry.id); !r)
                return r.error();
        }
    }
    return outcome;
}

} // namespace syncsites
