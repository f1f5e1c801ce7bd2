#pragma once

#include "CommandLine.h"

namespace syncsites {

/// `syncsites-server backup` and `restore` (docs/operations.md, "Backups"), over DatabaseBackup and DatabaseRestore.
/// Each returns the exit code: 0 done, 2 the backup file is missing, unreadable, damaged or not a SyncSites
/// database, 9 the database cannot be read or written (or is in use, or exists without --force), 64 usage.
class BackupCommands
{
public:
    static QVector<CommandOption> backupOptions();
    static QVector<CommandOption> restoreOptions();

    /// `backup --db FILE --out BACKUP [--quick] [--pages-per-step N] [--step-pause-ms MS]`: a consistent copy of a
    /// database, also while it is served.
    static int backup(const OptionValues& options);
    /// `restore --from BACKUP --db FILE [--force] [--quick]`: the backup checked, then put in place.
    static int restore(const OptionValues& options);
};

} // namespace syncsites
