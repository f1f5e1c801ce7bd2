#pragma once

#include "CliContext.h"
#include "Result.h"

namespace syncsites::cli {

/// `records list --table TABLE [--store CODE] [--json]` and `records put --store CODE --table TABLE --json '{...}'`
/// on the replica named by --replica (docs/cli.md). Records go to stdout (for scripts), messages to stderr.
class RecordsCommand
{
public:
    static int run(CliContext& context, const QStringList& arguments);

    /// The exit code for an error of StoreActions (ExitCode.h; the table is in docs/cli.md); shared with
    /// TransferCommands.
    static int exitCodeFor(const Error& error);

private:
    static int list(CliContext& context, const QStringList& arguments);
    static int put(CliContext& context, const QStringList& arguments);
};

} // namespace syncsites::cli
