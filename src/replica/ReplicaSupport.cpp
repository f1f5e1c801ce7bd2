#include "ReplicaSupport.h"

#include "Database.h"
#include "SettingTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QUuid>

namespace syncsites::replica {

namespace {
constexpr int sqliteBusy = 5;   // SQLITE_BUSY
constexpr int sqliteLocked = 6; // SQLITE_LOCKED
} // namespace

Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                           const QString& doing)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.prepare(statement);
    if (ok) {
        for (const QVariant& value : values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (ok)
        return query;
    const QSqlError error = query.lastError();
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (numeric && (code == sqliteBusy || code == sqliteLocked))
        return Error{QStringLiteral("database_busy"),
                     QCoreApplication::translate("StoreActions",
                                                 "The database stayed locked by another task or program while %1. "
                                                 "Try again; if it keeps happening, close other programs that use "
                                                 "the database.")
                         .arg(doing),
                     detail};
    return Error{
        QStringLiteral("database_error"),
        QCoreApplication::translate("StoreActions", "A database error occurred while %1: %2.").arg(doing, detail),
        detail};
}

QString nowTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Result<QString> localSiteId(Database& database)
{
    const Result<std::optional<QString>> id = SettingTable(database).siteId();
    if (!id)
        return id.error();
    if (!id->has_value() || (*id)->isEmpty())
        return Error{QStringLiteral("replica_not_registered"),
                     QCoreApplication::translate("StoreActions", "The database %1 is not registered to a site yet. Run "
                                                                 "syncsites-cli init first.")
                         .arg(database.path()),
                     {}};
    return **id;
}

QString newRecordId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace syncsites::replica
