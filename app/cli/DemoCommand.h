#pragma once

#include "CliContext.h"

namespace syncsites::cli {

/// `demo --db FILE [--records N] [--seed S]`: creates a hub database holding the demo network and N generated
/// store records (the same network as `topology demo --seed S`).
class DemoCommand
{
public:
    static int run(CliContext& context, const QStringList& arguments);
};

} // namespace syncsites::cli
