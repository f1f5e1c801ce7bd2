#pragma once

namespace syncsites::cli {

/// One exit-code table for every command (also in `--help` and docs/cli.md). Scripts depend on these numbers.
enum ExitCode : int
{
    Success = 0,
    Problems = 1,      ///< done, with problems: rejected records (in quarantine), topology rule violations
    BadInput = 2,      ///< an input file could not be read, parsed, or has a format error
    Network = 3,       ///< no network, server unreachable, or timed out
    Tls = 4,           ///< the server's TLS certificate could not be verified
    Credentials = 5,   ///< wrong site name or secret (or too many attempts)
    Bound = 6,         ///< the site is bound to another installation
    Incompatible = 7,  ///< this program and the server speak no common protocol version
    ServerError = 8,   ///< the server failed or refused the request
    LocalStorage = 9,  ///< the local database cannot be opened or written (disk full, corrupt, too new)
    Usage = 64,        ///< wrong command line (unknown command, option, table or store)
    Interrupted = 130, ///< cancelled with Ctrl-C (SIGINT) or SIGTERM; the next sync resumes
};

inline constexpr const char* exitCodeTable = "Exit codes:\n"
                                             "  0   success\n"
                                             "  1   done, with problems (rejected records, topology rule violations)\n"
                                             "  2   an input file cannot be read or parsed, or has a format error\n"
                                             "  3   network: no network, server unreachable, or timed out\n"
                                             "  4   TLS: the server's certificate cannot be verified\n"
                                             "  5   wrong site credentials\n"
                                             "  6   the site is bound to another installation\n"
                                             "  7   incompatible versions (upgrade the side named in the message)\n"
                                             "  8   server error\n"
                                             "  9   the local database cannot be opened or written\n"
                                             "  64  usage error (unknown command, option, table or store)\n"
                                             "  130 interrupted (Ctrl-C); the next sync resumes where it stopped\n";

} // namespace syncsites::cli
