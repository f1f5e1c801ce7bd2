#pragma once

#include "CliContext.h"

namespace syncsites::cli {

/// What a replica knows about its own sync (docs/cli.md): `status [--json]`, `log [--json] [--limit N]`,
/// `quarantine list [--json] | retry | export FILE`.
class StateCommands
{
public:
    static int status(CliContext& context, const QStringList& arguments);
    static int log(CliContext& context, const QStringList& arguments);
    static int quarantine(CliContext& context, const QStringList& arguments);
};

} // namespace syncsites::cli
