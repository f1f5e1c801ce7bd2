#pragma once

#include <QStringList>

namespace syncsites {

/// The command line of syncsites-server: its commands (init, demo, serve, check, backup, restore), each with its
/// options, --help and --version (CommandLine), and the program's own --help and --version.
class ServerProgram
{
public:
    /// Runs the command the arguments (those after the program's name) name; returns the exit code. No command or
    /// an unknown one prints the usage on stderr and returns 64; so does a command's unknown option or missing
    /// value, with the words of the problem.
    static int run(const QStringList& arguments);
};

} // namespace syncsites
