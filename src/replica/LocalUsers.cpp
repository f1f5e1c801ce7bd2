#include "LocalUsers.h"

#include "Database.h"
#include "ReplicaSupport.h"

#include <QCoreApplication>

namespace syncsites {

Result<std::optional<LocalUser>> LocalUsers::find(const QString& username) const
{
    const Result<QSqlDatabase> db = m_replica.connection();
    if (!db)
        return db.error();
    const QString doing = QCoreApplication::translate("LocalUsers", "reading the user accounts");
    Result<QSqlQuery> account = replica::runQuery(
        *db,
        QStringLiteral("SELECT id, username, full_name, role, password_hash, active FROM user_account "
                       "WHERE username = ?"),
        {username}, doing);
    if (!account)
        return account.error();
    if (!account->next())
        return std::optional<LocalUser>();
    LocalUser user;
    const QString id = account->value(0).toString();
    user.username = account->value(1).toString();
    user.fullName = account->value(2).toString();
    user.role = account->value(3).toString();
    user.passwordHash = account->value(4).toString();
    user.active = account->value(5).toInt() != 0;
    Result<QSqlQuery> sites = replica::runQuery(
        *db,
        QStringLiteral("SELECT s.name FROM user_site us JOIN site s ON s.id = us.site_id WHERE us.user_id = ? "
                       "ORDER BY s.name"),
        {id}, doing);
    if (!sites)
        return sites.error();
    while (sites->next())
        user.sites.append(sites->value(0).toString());
    return std::optional<LocalUser>(user);
}

} // namespace syncsites
