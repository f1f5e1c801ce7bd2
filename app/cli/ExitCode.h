#pragma once

namespace syncsites::cli {

/// One exit-code table for every command (also in `--help` and docs/cli.md).
enum ExitCode : int
{
    Success = 0,
    Problems = 1,     ///< done, but with problems: topology violations, rejected records
    BadInput = 2,     ///< an input file could not be read, parsed, or has a format error
    LocalStorage = 9, ///< the local database cannot be opened or written (disk full, corrupt, too new)
    Usage = 64,       ///< wrong command line
};

inline constexpr const char* exitCodeTable = "Exit codes:\n"
                                             "  0   success\n"
                                             "  1   done, with problems (topology rule violations)\n"
                                             "  2   an input file cannot be read or parsed, or has a format error\n"
                                             "  9   the local database cannot be opened or written\n"
                                             "  64  usage error (unknown command or option)\n";

} // namespace syncsites::cli
