#pragma once

#include "CommandLine.h"

namespace syncsites {

/// The commands of syncsites-server: `init`, `demo`, `serve` and `check` (docs/operations.md), each given its options
/// as parsed by CommandLine (ServerProgram). Each returns the exit code.
class ServerCommands
{
public:
    /// `check --db F [--full] [--time-limit S]`: SQLite's quick (or full) check; exit 0 no damage, 9 damaged.
    static int check(const OptionValues& options);
    static int init(const OptionValues& options);
    static int demo(const OptionValues& options);
    /// `serve`: its settings from the command line, a configuration file and the defaults (ServeSettings).
    static int serve(const OptionValues& options);
};

} // namespace syncsites
