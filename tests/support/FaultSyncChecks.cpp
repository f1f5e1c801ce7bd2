#include "FaultSyncChecks.h"

#include "Database.h"
#include "RecordStore.h"
#include "SyncStateRepository.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <utility>

namespace syncsites::test {

namespace {

QString keyOf(const QString& table, const QString& id)
{
    return table + QLatin1Char('/') + id;
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A record's changelog rows, for failure messages: "cursor action source received; ...".
QString history(Database& database, const QString& table, const QString& id)
{
    const Result<QSqlDatabase> db = database.connection();
    if (!db)
        return QString();
    QSqlQuery query(*db);
    query.prepare(QStringLiteral("SELECT cursor, action, source_site_id, received, changed_at FROM changelog WHERE "
                                 "table_name = ? AND record_id = ? ORDER BY cursor"));
    query.addBindValue(table);
    query.addBindValue(id);
    query.exec();
    QStringList rows;
    while (query.next())
        rows << QStringLiteral("%1 %2 from %3 received %4 at %5")
                    .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString(), query.value(4).toString());
    return rows.join(QLatin1String("; "));
}

} // namespace

qint64 FaultSyncChecks::scalar(Database& database, const QString& statement, const QVariantList& values)
{
    const Result<QSqlDatabase> db = database.connection();
    if (!db)
        return -1;
    QSqlQuery query(*db);
    if (!query.prepare(statement))
        return -1;
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString FaultSyncChecks::integrity(Database& database)
{
    const Result<QSqlDatabase> db = database.connection();
    if (!db)
        return db.error().message;
    QStringList problems;
    QSqlQuery query(*db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return QStringLiteral("integrity_check failed to run");
    while (query.next())
        if (query.value(0).toString() != QLatin1String("ok"))
            problems << query.value(0).toString();
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return QStringLiteral("foreign_key_check failed to run");
    while (query.next())
        problems << QStringLiteral("foreign key: %1 rowid %2 -> %3")
                        .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
    return problems.isEmpty() ? QStringLiteral("ok") : problems.mid(0, 10).join(QLatin1String("; "));
}

QHash<QString, FaultSyncChecks::LocalChange> FaultSyncChecks::localChanges(Database& replica)
{
    QHash<QString, LocalChange> out;
    const Result<QSqlDatabase> db = replica.connection();
    if (!db)
        return out;
    QSqlQuery query(*db);
    query.exec(
        QStringLiteral("SELECT table_name, record_id, action FROM changelog WHERE received = 0 ORDER BY cursor"));
    while (query.next()) {
        LocalChange& change = out[keyOf(query.value(0).toString(), query.value(1).toString())];
        ++change.rows;
        change.deleted = query.value(2).toString() == QLatin1String("delete");
    }
    return out;
}

QHash<QString, int> FaultSyncChecks::rowsFromSite(Database& hub, const QString& siteId, qint64 after)
{
    QHash<QString, int> out;
    const Result<QSqlDatabase> db = hub.connection();
    if (!db)
        return out;
    QSqlQuery query(*db);
    query.prepare(
        QStringLiteral("SELECT table_name, record_id FROM changelog WHERE source_site_id = ? AND cursor > ?"));
    query.addBindValue(siteId);
    query.addBindValue(after);
    query.exec();
    while (query.next())
        ++out[keyOf(query.value(0).toString(), query.value(1).toString())];
    return out;
}

QStringList FaultSyncChecks::changesMissingOnHub(Database& replica, Database& hub, const QString& siteId,
                                                 qint64 hubAfter, int limit)
{
    QStringList problems;
    const QHash<QString, LocalChange> changes = localChanges(replica);
    const QHash<QString, int> logged = rowsFromSite(hub, siteId, hubAfter);
    RecordStore here(replica);
    RecordStore there(hub);
    int bad = 0;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const QString table = it.key().section(QLatin1Char('/'), 0, 0);
        const QString id = it.key().section(QLatin1Char('/'), 1);
        const auto mine = here.get(table, id);
        const auto theirs = there.get(table, id);
        QString problem;
        if (!mine || !theirs) {
            problem = QStringLiteral("%1: cannot be read").arg(it.key());
        } else if (*mine != *theirs) {
            problem = QStringLiteral("%1: here %2, hub %3")
                          .arg(it.key(), mine->has_value() ? compact(**mine) : QStringLiteral("<none>"),
                               theirs->has_value() ? compact(**theirs) : QStringLiteral("<none>"));
        } else if (logged.value(it.key()) > it->rows) {
            problem = QStringLiteral("%1: logged %2 times on the hub (%4), changed %3 times here")
                          .arg(it.key())
                          .arg(logged.value(it.key()))
                          .arg(it->rows)
                          .arg(history(hub, table, id));
        } else if (!it->deleted && logged.value(it.key()) == 0) {
            problem = QStringLiteral("%1: on the hub but not from this site").arg(it.key());
        }
        if (problem.isEmpty())
            continue;
        if (++bad <= limit)
            problems << problem;
    }
    if (bad > limit)
        problems << QStringLiteral("... %1 more").arg(bad - limit);
    return problems;
}

QStringList FaultSyncChecks::duplicateAnswers(Database& database)
{
    QStringList out;
    const Result<QSqlDatabase> db = database.connection();
    if (!db)
        return {db.error().message};
    for (const auto& [table, column] :
         {std::pair{"invoice", "linked_invoice_id"}, std::pair{"requisition", "linked_requisition_id"}}) {
        QSqlQuery query(*db);
        query.exec(QStringLiteral("SELECT %2, count(*) FROM %1 WHERE %2 IS NOT NULL GROUP BY %2 HAVING count(*) > 1")
                       .arg(QLatin1String(table), QLatin1String(column)));
        while (query.next())
            out << QStringLiteral("%1 %2 answered %3 times")
                       .arg(QLatin1String(table), query.value(0).toString(), query.value(1).toString());
    }
    return out;
}

QStringList FaultSyncChecks::quarantine(Database& replica)
{
    QStringList out;
    const auto entries = SyncStateRepository(replica).quarantined();
    if (!entries)
        return {entries.error().message};
    for (const QuarantineEntry& e : *entries)
        out << QStringLiteral("%1 %2: %3 %4").arg(e.tableName, e.recordId, e.reasonCode, e.reason);
    return out;
}

QString FaultSyncChecks::describe(const SyncSummary& summary)
{
    return QStringLiteral("%1, pushed %2, pulled %3, rejected %4, waiting %5%6")
        .arg(syncOutcomeId(summary.outcome))
        .arg(summary.pushed)
        .arg(summary.pulled)
        .arg(summary.rejected)
        .arg(summary.waiting)
        .arg(summary.failure ? QStringLiteral(": [%1/%2] %3")
                                   .arg(summary.failure->kindId(), summary.failure->code, summary.failure->text())
                             : QString());
}

QString FaultSyncChecks::faultOutcomeProblem(const SyncSummary& summary)
{
    if (summary.outcome == SyncOutcome::Success)
        return summary.failure ? QStringLiteral("a success with a failure: ") + describe(summary) : QString();
    if (summary.outcome != SyncOutcome::Failed)
        return QStringLiteral("neither a success nor a failure: ") + describe(summary);
    if (!summary.failure)
        return QStringLiteral("a failure without a reason");
    const SyncFailure& f = *summary.failure;
    const bool networkish = f.kind == SyncFailure::Kind::ServerUnreachable || f.kind == SyncFailure::Kind::Timeout ||
                            f.kind == SyncFailure::Kind::ServerError;
    if (!networkish || !f.transient)
        return QStringLiteral("a fault of the network taken for a lasting problem: ") + describe(summary);
    if (f.message.isEmpty() || f.remedy.isEmpty())
        return QStringLiteral("a failure without message or remedy: ") + describe(summary);
    return QString();
}

} // namespace syncsites::test
