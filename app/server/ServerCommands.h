#pragma once

#include <QStringList>

namespace syncsites {

/// The commands of syncsites-server: `init`, `demo`, `serve` and `check` (docs/operations.md). Each returns the exit
/// code.
class ServerCommands
{
public:
    /// How long `serve` checks its database before serving, unless --check-seconds says otherwise.
    static constexpr int kServeCheckSeconds = 60;

    /// `check --db F [--full] [--time-limit S]`: SQLite's quick (or full) check; exit 0 no damage, 9 damaged.
    static int check(const QStringList& arguments);
    static int init(const QStringList& arguments);
    static int demo(const QStringList& arguments);
    static int serve(const QStringList& arguments);
};

} // namespace syncsites
