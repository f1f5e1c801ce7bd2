#pragma once

#include "CliContext.h"

namespace syncsites::cli {

/// `topology validate FILE.json [--json]` and `topology demo [--seed N]`.
class TopologyCommand
{
public:
    static int run(CliContext& context, const QStringList& arguments);

private:
    static int validate(CliContext& context, const QStringList& arguments);
    static int demo(CliContext& context, const QStringList& arguments);
};

} // namespace syncsites::cli
