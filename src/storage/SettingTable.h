#pragma once

#include "Result.h"

#include <QString>

#include <optional>

namespace syncsites {

class Database;

/// What this database is: a hub's database or a site's replica.
enum class DatabaseRole
{
    Replica,
    Hub,
};
QString databaseRoleId(DatabaseRole role); ///< "replica" or "hub"
std::optional<DatabaseRole> databaseRoleFromId(QStringView id);

/// The key/value settings of this database (replica_setting), local and never synced: which site it is, its
/// installation id, its role. The site id is also the default source of every changelog row written here.
///
/// Threading: any thread, each on its own connection; holds only a reference to the Database.
/// Errors as values (database_* codes).
class SettingTable
{
public:
    static QLatin1String siteIdKey();         ///< "site_id"
    static QLatin1String siteNameKey();       ///< "site_name"
    static QLatin1String installationIdKey(); ///< "installation_id"
    static QLatin1String roleKey();           ///< "database_role"

    explicit SettingTable(Database& database);

    /// The value, or nullopt when not set.
    Result<std::optional<QString>> value(const QString& key) const;
    Status setValue(const QString& key, const QString& value);
    Status remove(const QString& key);

    Result<std::optional<QString>> siteId() const;
    Status setSiteId(const QString& siteId);
    Result<std::optional<QString>> siteName() const;
    Status setSiteName(const QString& name);
    /// The role saved, Replica when none was.
    Result<DatabaseRole> role() const;
    Status setRole(DatabaseRole role);

    /// This installation's id: a random UUID made and saved the first time it is asked for (before the first
    /// contact with a hub), then always the same. Safe when several threads or processes ask at once.
    Result<QString> installationId();

private:
    Database& m_database;
};

} // namespace syncsites
