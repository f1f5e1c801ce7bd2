#pragma once

#include "CliContext.h"

namespace syncsites::cli {

/// The replica's own care (docs/cli.md):
/// - `check [--full] [--json]`: SQLite's check of the replica for damage; exit 0 whole, 9 damaged. A whole replica
///   that a session had marked damaged may sync again.
/// - `reinit [--export FILE] [--json]`: sets the site up again from its hub on a new replica file, keeping this
///   site's work: the changes not yet pushed are exported first (ReplicaRescue), the old file is moved aside
///   (FILE.damaged-STAMP), the new replica keeps the site's installation id (so the hub's binding holds), pulls
///   everything, then gets the exported changes written back and pushes them. If a step fails, running `reinit`
///   again resumes where it stopped.
class ReplicaCommands
{
public:
    static int check(CliContext& context, const QStringList& arguments);
    static int reinit(CliContext& context, const QStringList& arguments);
};

} // namespace syncsites::cli
