#pragma once

#include <QStringList>
#include <QTextStream>

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

private:
    QStringList m_arguments;
    QString m_replica;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace syncsites::cli
