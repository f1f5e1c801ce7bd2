#pragma once

#include "CliContext.h"
#include "Result.h"

#include <memory>

namespace syncsites {
class SiteService;
}

namespace syncsites::cli {

/// `records list --table TABLE [--store CODE] [--json]` and `records put --store CODE --table TABLE --json '{...}'`
/// on the replica named by --replica (docs/cli.md). Records go to stdout (for scripts), messages to stderr.
class RecordsCommand
{
public:
    static int run(CliContext& context, const QStringList& arguments);

    // Shared with TransferCommands, the other commands that work on a replica.

    /// Opens the replica named by --replica (never creating it). Returns Success and sets `database`, or prints why
    /// not and returns the exit code: Usage without --replica or for a database not registered to a site,
    /// LocalStorage when it cannot be opened.
    static int openReplica(CliContext& context, const QString& command, std::unique_ptr<SiteService>* site);

    /// The exit code for an error of StoreActions (ExitCode.h; the table is in docs/cli.md).
    static int exitCodeFor(const Error& error);

private:
    static int list(CliContext& context, const QStringList& arguments);
    static int put(CliContext& context, const QStringList& arguments);
};

} // namespace syncsites::cli
