#pragma once

#include "Result.h"

#include <QString>

namespace syncsites {

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
