#pragma once

#include "Result.h"

#include <QString>

namespace syncsites {

class Database;

/// How this replica syncs, kept in its replica_setting table (local, never synced): the server it registered
/// with, the site it is, the certificate authority and proxy to use, and the automatic sync interval. The site's
/// secret is not here: see SecretFile.
struct ReplicaConfig
{
    QString serverUrl;
    QString siteName;
    QString caCertificatePath; ///< empty: the system's authorities
    QString proxyUrl;          ///< empty: no proxy
    int intervalSeconds = 300; ///< automatic sync every so often; 0: manual only

    bool isRegistered() const { return !serverUrl.isEmpty() && !siteName.isEmpty(); }

    /// Reads it (an unregistered replica gives an empty config).
    static Result<ReplicaConfig> load(Database& database);
    /// Saves it, and the site's id and name in SettingTable (the source of every local write).
    Status save(Database& database) const;
};

} // namespace syncsites
