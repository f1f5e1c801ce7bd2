#pragma once

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace syncsites {
class SiteService;
}

namespace syncsites::cli {

/// The streams and arguments a command works with. stdout is for scripts, stderr for people.
class CliContext
{
public:
    explicit CliContext(QStringList arguments);

    /// Arguments after the program name, with global options (such as --replica FILE) taken out.
    const QStringList& arguments() const { return m_arguments; }
    const QString& replicaPath() const { return m_replica; }

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    /// Prints "syncsites-cli: message" on stderr and returns `code`.
    int fail(int code, const QString& message);

    /// What a command needs of the replica it works on.
    enum class Needs
    {
        Site,   ///< registered to a site (a site id): the store commands
        Server, ///< set up to sync (a server and a site, as `init` saves them): the sync commands
    };
    /// Opens the replica named by --replica for `command` (never creating it). Returns Success and sets `site`, or
    /// prints why not and returns the exit code: Usage without --replica or for a replica without what `needs`
    /// says, LocalStorage when it cannot be opened or read.
    int openReplica(const QString& command, std::unique_ptr<SiteService>* site, Needs needs = Needs::Site);

private:
    QStringList m_arguments;
    QString m_replica;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace syncsites::cli
