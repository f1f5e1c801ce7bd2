#pragma once

#include "Result.h"

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace syncsites::bench {

/// A hub served by a separate `syncsites-server serve` process on 127.0.0.1 (a free port), so that its memory and
/// CPU are its own: peakRssMb() reads its VmHWM, cpuSeconds() its user + system time, while it runs.
/// stop() (and the destructor) ends it with SIGTERM, as an operator would, and waits for it.
class HubProcess
{
public:
    /// Serves `database` (made beforehand) with `serverBinary`; `extraArguments` go after the required ones
    /// (e.g. --workers N). The server's stderr goes to `logFile`. Waits until it has written its port file.
    static Result<std::unique_ptr<HubProcess>> start(const QString& serverBinary, const QString& database,
                                                     const QString& portFile, const QString& logFile,
                                                     const QStringList& extraArguments = {});
    ~HubProcess();
    HubProcess(const HubProcess&) = delete;
    HubProcess& operator=(const HubProcess&) = delete;

    quint16 port() const { return m_port; }
    QString url() const;
    qint64 pid() const;
    double peakRssMb() const;
    double cpuSeconds() const;
    /// SIGTERM, then waits (up to 30 s); returns the exit code, or -1 when it did not end by itself.
    int stop();

private:
    HubProcess() = default;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

/// The path of a sibling program of this benchmark in the build tree (app/server/syncsites-server,
/// app/cli/syncsites-cli), unless `given` names one.
QString siblingProgram(const QString& given, const QString& relativePath);

} // namespace syncsites::bench
