#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace syncsites {

/// One step of the schema's history. Steps are never edited once released: a change is a new step.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
    /// The step rebuilds tables (SQLite's create-copy-drop-rename): foreign keys are switched off around the
    /// migration transaction and checked with PRAGMA foreign_key_check before it commits.
    bool rebuildsTables = false;
};

/// The versioned schema: the DDL of every version and the code that brings a file up to date.
///
/// The version of a file is the highest row of its schema_version table. A fresh file runs every step from 1, so a
/// fresh database and an upgraded one are the same by construction. An upgrade runs in one transaction (an old
/// file is either fully upgraded or left as it was), then regenerates the changelog triggers (Schema).
/// Stateless; errors as values: database_foreign, database_too_new, database_needs_upgrade, migration_failed.
class Migrations
{
public:
    /// Every step, oldest first.
    static const QVector<Migration>& all();
    static int latestVersion();

    /// The schema version of the file: 0 for an empty one.
    static Result<int> currentVersion(const QSqlDatabase& db, const QString& path);

    /// Brings the file to `targetVersion` (at most latestVersion()) and returns the version it is at. A newer file is
    /// refused; an older one is refused when `allowUpgrade` is false. `path` is only used in messages.
    static Result<int> migrate(const QSqlDatabase& db, const QString& path, int targetVersion, bool allowUpgrade);
};

} // namespace syncsites
