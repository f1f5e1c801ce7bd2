#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace syncsites {

class Database;

/// What ReplicaRescue::exportUnpushed() saved.
struct UnpushedExport
{
    QString path;
    int upserts = 0;        ///< records with their content as this site last wrote them
    int deletes = 0;        ///< records this site deleted
    QStringList unreadable; ///< "table/id: why" for records whose change could not be read back (damaged pages)
};

/// Keeps a site's own work across a re-initialisation (`syncsites-cli reinit`): the records this site changed and
/// its hub has not acknowledged are exported to a JSON file from the old replica (damaged, as far as it can be
/// read; a record whose row is gone though no delete was made here is listed as unreadable, never exported as a
/// delete), and written again into the new replica after its first pull, as this site's own changes, so that its
/// next sync pushes them. The file stays as a record of what was carried over.
///
/// The file: {"format": "syncsites-unpushed/1", "site": NAME, "exported_at": ISO, "changes": [{"table", "id",
/// "action": "upsert", "record": {...}} | {"table", "id", "action": "delete"}], "unreadable": ["table/id: why"]},
/// changes in the catalog's table order (parents before children).
///
/// Threading: the calling thread's connections; blocking. Errors as values: the replica's settings or changelog
/// cannot be read (database_*), the file cannot be written or read (file_write_failed, file_unreadable,
/// export_malformed).
class ReplicaRescue
{
public:
    static Result<UnpushedExport> exportUnpushed(Database& replica, const QString& path);
    struct Reapplied
    {
        int written = 0;
        QStringList refused; ///< "table/id: why" for changes the replica refused (its rules, a missing parent)
    };
    /// Writes the file's changes into `replica` in one transaction (or inside the caller's), as this site's own;
    /// a change the replica refuses is listed and the others are written.
    static Result<Reapplied> reapply(Database& replica, const QString& path);
};

} // namespace syncsites
