#pragma once

#include "Result.h"

#include <QString>

namespace syncsites {

class Database;

/// How this replica syncs, kept in its replica_setting table (local, never synced): the server it registered
/// with, the site it is, the certificate authority and proxy to use, and the automatic sync interval. The site's
/// secret is not here: see SecretFile.
struct SiteConfig
{
    QString serverUrl;
    QString siteName;
    QString caCertificatePath; ///< empty: the system's authorities
    QString proxyUrl;          ///< empty: no proxy
    int intervalSeconds = 300; ///< automatic sync every so often; 0: manual only

    bool isRegistered() const { return !serverUrl.isEmpty() && !siteName.isEmpty(); }

    /// Reads it (an unregistered replica gives an empty config).
    static Result<SiteConfig> load(Database& database);
    /// Saves it, and the site's id and name in ReplicaSettings (the source of every local write).
    Status save(Database& database) const;
};

/// A site's secret in a file beside its replica (`REPLICA.secret`), readable only by its owner (0600), for the cli
/// and the server; the desktop app keeps it in the system keychain instead.
class SecretFile
{
public:
    static QString pathFor(const QString& replicaPath);
    static Result<QString> read(const QString& path);
    static Status write(const QString& path, const QString& secret);

    /// A password file as an administrator hands it out: its first line, trailing whitespace and newlines ignored.
    static Result<QString> readPasswordFile(const QString& path);
};

} // namespace syncsites
