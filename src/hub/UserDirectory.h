#pragma once

#include "Result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace syncsites {
class Database;
}

namespace syncsites {

/// A person's account on the hub (user_account and their user_site rows), with site names instead of ids.
struct UserAccount
{
    QString id;
    QString username;
    QString fullName;
    QString role; ///< administrator, supervisor, field_staff
    QString passwordHash;
    bool active = true;
    QStringList sites; ///< names of the sites the user works at, sorted

    /// The account as the API shows it: username, full_name, role, sites, active. Never the hash.
    QJsonObject toJson() const;
};

/// Reads and writes user accounts through RecordStore, so that every write is logged in the changelog (user rows
/// are synced to the sites the user works at). Site ids are turned into names with the map given (the hub's
/// topology snapshot); a link to a site not in the map is left out.
///
/// Threading: the calling thread's connection; writes join its open Transaction. Errors as values (the record_*
/// and database_* codes of RecordStore).
class UserDirectory
{
public:
    UserDirectory(Database& database, QHash<QString, QString> siteNameById)
        : m_database(database), m_siteNameById(std::move(siteNameById))
    {}

    Result<std::optional<UserAccount>> find(const QString& username);
    /// Every account, by username.
    Result<QVector<UserAccount>> all();
    /// Inserts or updates the account (its id is StableId::user(username)) and makes its user_site rows equal
    /// to `sites`.
    Status save(const UserAccount& account);

private:
    Result<QVector<UserAccount>> select(const std::optional<QString>& username);

    Database& m_database;
    QHash<QString, QString> m_siteNameById;
};

} // namespace syncsites
