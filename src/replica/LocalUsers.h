#pragma once

#include "Result.h"

#include <QStringList>

#include <optional>

namespace syncsites {

class Database;

/// A user account as sync brought it to this replica: the hub sends a user's account (with its password's slow
/// salted hash) only to the sites the user works at, so that they can sign in there without the hub.
struct LocalUser
{
    QString username;
    QString fullName;
    QString role; ///< administrator, supervisor, field_staff
    QString passwordHash;
    bool active = true;
    QStringList sites; ///< names of the sites the user works at, as far as this replica knows them
};

/// Reads the user accounts of a site replica (for offline sign-in in the desktop app).
class LocalUsers
{
public:
    explicit LocalUsers(Database& replica) : m_replica(replica) {}

    /// The account, or nullopt when this replica has none by that name (case-sensitive, as the hub).
    Result<std::optional<LocalUser>> find(const QString& username) const;

private:
    Database& m_replica;
};

} // namespace syncsites
