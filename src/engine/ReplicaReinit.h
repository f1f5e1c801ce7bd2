#pragma once

#include "ReplicaRescue.h"
#include "Result.h"
#include "SyncSummary.h"

#include <QString>

#include <functional>

namespace syncsites {

class Database;
struct ReplicaConfig;

/// Sets a site up again from its hub on a new replica file, keeping its work: `syncsites-cli reinit` and the
/// desktop app's "Set up again from the server" after a replica was found damaged (ReplicaHealth).
///
/// 1. The records this site changed and its hub has not acknowledged are exported (ReplicaRescue) to
///    `exportPath` (default FILE.unpushed-STAMP.json).
/// 2. A new replica is made beside the old one (FILE.reinit) with the same site, server and installation id, so
///    that the hub's binding holds; it remembers the export it still has to write back.
/// 3. The old file (with its -wal and -shm) moves to FILE.damaged-STAMP and the new one takes its name.
/// 4. A session pulls everything; the exported changes are written back as this site's own (one refused by the
///    rules is reported and stays in the export file); a second session pushes them.
/// Each step leaves a state the next run() resumes from: killed at any point, running it again finishes the job
/// without exporting twice or losing the export.
///
/// Threading: blocking, on the calling thread (never the GUI thread); nothing else may have the file open.
class ReplicaReinit
{
public:
    struct Report
    {
        bool resumed = false;    ///< a run cut short was finished
        UnpushedExport exported; ///< what step 1 saved (empty when resumed)
        QString exportPath;
        QString asidePath;   ///< where the old file went (empty when resumed)
        int written = 0;     ///< changes written back
        QStringList refused; ///< "table/id: why" for changes the new replica refused
        SyncSummary pulled;  ///< the first session
        SyncSummary pushed;  ///< the second (not run when the first failed)
        bool finished() const { return pushed.outcome == SyncOutcome::Success; }
    };
    /// Runs one sync session of the new replica (with the caller's progress display and cancellation).
    using RunSession = std::function<SyncSummary(Database& replica, const ReplicaConfig& config)>;
    /// Progress for people, one sentence at a time.
    using Say = std::function<void(const QString& sentence)>;

    /// Errors (nothing more was changed when one comes back): the file cannot be opened or has no site
    /// (`replica_unreadable`, `replica_not_set_up`), the export cannot be written (`file_write_failed`), a file
    /// cannot be moved or created (`database_*`, `file_move_failed`). A failed session is not an error: see
    /// Report::pulled and Report::pushed (running again resumes).
    static Result<Report> run(const QString& path, QString exportPath, const RunSession& runSession,
                              const Say& say = {});

    /// The replica_setting key of the export still to write back.
    static QLatin1String pendingKey();
};

} // namespace syncsites
