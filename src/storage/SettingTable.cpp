#include "SettingTable.h"

#include "Database.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QSqlQuery>
#include <QUuid>

namespace syncsites {

QString databaseRoleId(DatabaseRole role)
{
    return role == DatabaseRole::Hub ? QStringLiteral("hub") : QStringLiteral("replica");
}

std::optional<DatabaseRole> databaseRoleFromId(QStringView id)
{
    if (id == u"hub")
        return DatabaseRole::Hub;
    if (id == u"replica")
        return DatabaseRole::Replica;
    return std::nullopt;
}

QLatin1String SettingTable::siteIdKey()
{
    return QLatin1String("site_id");
}

QLatin1String SettingTable::siteNameKey()
{
    return QLatin1String("site_name");
}

QLatin1String SettingTable::installationIdKey()
{
    return QLatin1String("installation_id");
}

QLatin1String SettingTable::roleKey()
{
    return QLatin1String("database_role");
}

SettingTable::SettingTable(Database& database) : m_database(database) {}

Result<std::optional<QString>> SettingTable::value(const QString& key) const
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> query = sql::run(*db, QStringLiteral("SELECT value FROM replica_setting WHERE key = ?"), {key},
                                       QStringLiteral("reading the setting %1").arg(key));
    if (!query)
        return query.error();
    std::optional<QString> found;
    if (query->next())
        found = query->value(0).toString();
    return found;
}

Status SettingTable::setValue(const QString& key, const QString& value)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> query = sql::run(*db,
                                       QStringLiteral("INSERT INTO replica_setting (key, value) VALUES (?, ?) ON "
                                                      "CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                       {key, value}, QStringLiteral("saving the setting %1").arg(key));
    return query ? Status() : Status(query.error());
}

Status SettingTable::remove(const QString& key)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> query = sql::run(*db, QStringLiteral("DELETE FROM replica_setting WHERE key = ?"), {key},
                                       QStringLiteral("removing the setting %1").arg(key));
    return query ? Status() : Status(query.error());
}

Result<std::optional<QString>> SettingTable::siteId() const
{
    return value(siteIdKey());
}

Status SettingTable::setSiteId(const QString& siteId)
{
    return setValue(siteIdKey(), siteId);
}

Result<std::optional<QString>> SettingTable::siteName() const
{
    return value(siteNameKey());
}

Status SettingTable::setSiteName(const QString& name)
{
    return setValue(siteNameKey(), name);
}

Result<DatabaseRole> SettingTable::role() const
{
    Result<std::optional<QString>> saved = value(roleKey());
    if (!saved)
        return saved.error();
    if (!saved->has_value())
        return DatabaseRole::Replica;
    return databaseRoleFromId(**saved).value_or(DatabaseRole::Replica);
}

Status SettingTable::setRole(DatabaseRole role)
{
    return setValue(roleKey(), databaseRoleId(role));
}

Result<QString> SettingTable::installationId()
{
    Result<std::optional<QString>> saved = value(installationIdKey());
    if (!saved)
        return saved.error();
    if (saved->has_value())
        return **saved;

    // Made once: under the write lock, a concurrent caller's id wins and is returned to both.
    Result<Transaction> transaction = Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    Result<QSqlQuery> inserted =
        sql::run(transaction->connection(),
                 QStringLiteral("INSERT INTO replica_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"),
                 {QString(installationIdKey()), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                 QStringLiteral("saving the installation id"));
    if (!inserted)
        return inserted.error();
    saved = value(installationIdKey());
    if (!saved)
        return saved.error();
    const Status committed = transaction->commit();
    if (!committed)
        return committed.error();
    if (!saved->has_value())
        return Error{QStringLiteral("database_error"), QStringLiteral("The installation id could not be saved."), {}};
    return **saved;
}

} // namespace syncsites
