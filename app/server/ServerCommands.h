#pragma once

#include <QStringList>

namespace syncsites::server {

/// The commands of syncsites-server: `init`, `demo` and `serve` (docs/operations.md). Each returns the exit code.
class ServerCommands
{
public:
    static int init(const QStringList& arguments);
    static int demo(const QStringList& arguments);
    static int serve(const QStringList& arguments);
};

} // namespace syncsites::server
