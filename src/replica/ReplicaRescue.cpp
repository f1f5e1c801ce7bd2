#include "ReplicaRescue.h"

#include "ChangeLog.h"
#include "Database.h"
#include "RecordStore.h"
#include "SettingTable.h"
#include "SyncStateRepository.h"
#include "TableSchema.h"
#include "Transaction.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace syncsites {

namespace {

const QLatin1String kFormat("syncsites-unpushed/1");

int tableOrder(const QString& table)
{
    const QVector<TableSchema>& all = TableSchema::all();
    for (int i = 0; i < all.size(); ++i) {
        if (all[i].name() == table)
            return i;
    }
    return int(all.size());
}

} // namespace

Result<UnpushedExport> ReplicaRescue::exportUnpushed(Database& replica, const QString& path)
{
    // Every category's changes after its acknowledged push position; a category never linked has position 0.
    SyncStateRepository state(replica);
    QSet<QString> keys;
    for (const Category category : {Category::Core, Category::Oms}) {
        const Result<LinkState> link = state.linkState(category);
        if (!link)
            return link.error();
        Result<QSet<QString>> pending = ChangeLog(replica).unpushedKeys(link->pushPosition, category);
        if (!pending)
            return pending.error();
        keys.unite(*pending);
    }
    QStringList ordered(keys.cbegin(), keys.cend());
    std::sort(ordered.begin(), ordered.end(), [](const QString& a, const QString& b) {
        const int ta = tableOrder(a.section(QLatin1Char('/'), 0, 0));
        const int tb = tableOrder(b.section(QLatin1Char('/'), 0, 0));
        return ta != tb ? ta < tb : a < b;
    });

    UnpushedExport result;
    result.path = path;
    QJsonArray changes;
    RecordStore records(replica);
    for (const QString& key : std::as_const(ordered)) {
        const QString table = key.section(QLatin1Char('/'), 0, 0);
        const QString id = key.section(QLatin1Char('/'), 1);
        if (!TableSchema::find(table)) {
            result.unreadable << QStringLiteral("%1: not a synced table").arg(key);
            continue;
        }
        const Result<std::optional<QJsonObject>> record = records.get(table, id);
        if (!record) {
            result.unreadable << QStringLiteral("%1: %2").arg(key, record.error().message);
            continue;
        }
        QJsonObject change{{QStringLiteral("table"), table}, {QStringLiteral("id"), id}};
        if (record->has_value()) {
            change.insert(QStringLiteral("action"), QStringLiteral("upsert"));
            change.insert(QStringLiteral("record"), **record);
            ++result.upserts;
        } else {
            // No row: a delete only if the last change made here says so. A row gone without one was lost with a
            // damaged page; exporting it as a delete would delete it at the hub and on every site.
            const Result<QVector<ChangeLogEntry>> history = ChangeLog(replica).forRecord(table, id);
            if (!history || history->isEmpty() || history->last().action != ChangeLogEntry::Action::Delete) {
                result.unreadable << QStringLiteral("%1: %2").arg(
                    key, history ? QStringLiteral("its row is missing from the file, though it was not deleted here")
                                 : history.error().message);
                continue;
            }
            change.insert(QStringLiteral("action"), QStringLiteral("delete"));
            ++result.deletes;
        }
        changes.append(change);
    }

    const Result<std::optional<QString>> site = SettingTable(replica).siteName();
    QJsonObject document{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("site"), site ? site->value_or(QString()) : QString()},
        {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("unreadable"), QJsonArray::fromStringList(result.unreadable)},
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(document).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit())
        return Error{QStringLiteral("file_write_failed"),
                     QStringLiteral("The changes not yet sent cannot be saved to %1 (%2). Nothing was changed; free "
                                    "some space or choose another file with --export.")
                         .arg(path, file.errorString())};
    return result;
}

Result<ReplicaRescue::Reapplied> ReplicaRescue::reapply(Database& replica, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("file_unreadable"),
                     QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || root.value(QStringLiteral("format")).toString() != kFormat)
        return Error{QStringLiteral("export_malformed"),
                     QStringLiteral("%1 is not a file of changes exported by SyncSites (%2).")
                         .arg(path, parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                 : QStringLiteral("no format marker"))};

    Result<Transaction> tx = Transaction::begin(replica);
    if (!tx)
        return tx.error();
    RecordStore records(replica);
    Reapplied result;
    const QJsonArray changes = root.value(QStringLiteral("changes")).toArray();
    for (const QJsonValue& value : changes) {
        const QJsonObject change = value.toObject();
        const QString table = change.value(QStringLiteral("table")).toString();
        const QString id = change.value(QStringLiteral("id")).toString();
        const QString action = change.value(QStringLiteral("action")).toString();
        // Each change in a savepoint of its own: one the rules refuse leaves nothing half-written.
        Result<Transaction> one = Transaction::begin(replica);
        if (!one)
            return one.error();
        Status done;
        if (action == QLatin1String("upsert")) {
            done = records.upsert(table, change.value(QStringLiteral("record")).toObject());
        } else if (action == QLatin1String("delete")) {
            const Result<bool> removed = records.remove(table, id);
            if (!removed)
                done = removed.error();
        } else {
            done = Error{QStringLiteral("export_malformed"), QStringLiteral("no action \"upsert\" or \"delete\"")};
        }
        if (done)
            done = one->commit();
        else
            one->rollback();
        if (!done) {
            // A storage failure stops everything (rolled back); a change the rules refuse is only listed.
            if (done.error().code.startsWith(QLatin1String("database_")) ||
                done.error().code == QLatin1String("disk_full"))
                return done.error();
            result.refused << QStringLiteral("%1/%2: %3").arg(table, id, done.error().message);
            continue;
        }
        ++result.written;
    }
    if (Status s = tx->commit(); !s)
        return s.error();
    return result;
}

} // namespace syncsites
