#pragma once

#include "PasswordHasher.h"
#include "Result.h"
#include "Topology.h"

#include <QJsonObject>

namespace syncsites {
class Database;
}

namespace syncsites {

/// A user made when a hub is created.
struct NewUser
{
    QString username;
    QString fullName;
    QString role;      ///< administrator, supervisor, field_staff
    QStringList sites; ///< the sites the user works at
};

/// Makes a new hub database ready to serve: the topology, the hub's own identity, a random secret for every
/// data-holding site and the first users with random passwords, all in one transaction. Returns the secrets as
/// the credentials file's JSON, `{"sites": {name: secret}, "users": {username: password}}`; only their slow
/// salted hashes are stored (SecretHasher for site secrets, PasswordHasher for passwords).
class HubProvisioner
{
public:
    /// `passwordCost`: the Argon2id cost of the users' password hashes.
    static Result<QJsonObject> provision(Database& database, const Topology& topology, const QVector<NewUser>& users,
                                         PasswordHasher::Cost passwordCost);

    /// Writes the credentials file readable by its owner only (0600).
    static Status writeCredentials(const QString& path, const QJsonObject& credentials);
};

} // namespace syncsites
