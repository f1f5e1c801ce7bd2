#pragma once

#include "CliContext.h"

namespace syncsites {
class Database;
struct ReplicaConfig;
struct SyncFailure;
struct SyncSummary;
} // namespace syncsites

namespace syncsites::cli {

/// `init --server URL --site NAME --password-file F [--ca-cert C] [--json]` and `sync [--json]` (docs/cli.md):
/// one sync session of the replica named by --replica, with a progress bar per stage on a terminal.
class SyncCommands
{
public:
    static int init(CliContext& context, const QStringList& arguments);
    static int sync(CliContext& context, const QStringList& arguments);

    /// The exit code for a session's outcome (ExitCode.h), shared by every command that talks to a hub.
    static int exitCodeFor(const SyncSummary& summary);
    static int exitCodeFor(const SyncFailure& failure);

    /// One session with progress bars on stderr (and the summary as JSON on stdout with `json`); Ctrl-C cancels.
    /// Returns the session's summary; `exitCodeFor()` turns it into the exit code.
    static SyncSummary runSession(CliContext& context, Database& database, const ReplicaConfig& config,
                                  const QString& secret, bool json);
};

} // namespace syncsites::cli
