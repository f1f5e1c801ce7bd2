#include "HubProcess.h"

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace syncsites::bench {

Result<std::unique_ptr<HubProcess>> HubProcess::start(const QString& serverBinary, const QString& database,
                                                      const QString& portFile, const QString& logFile,
                                                      const QStringList& extraArguments)
{
    if (!QFileInfo(serverBinary).isExecutable())
        return Error(QStringLiteral("bench"), QStringLiteral("no server program at %1").arg(serverBinary));
    QFile::remove(portFile);
    std::unique_ptr<HubProcess> hub(new HubProcess());
    hub->m_process = std::make_unique<QProcess>();
    hub->m_process->setStandardErrorFile(logFile);
    hub->m_process->setStandardOutputFile(QProcess::nullDevice());
    QStringList arguments{
        QStringLiteral("serve"),       QStringLiteral("--db"),        database, QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:0"), QStringLiteral("--port-file"), portFile};
    arguments += extraArguments;
    hub->m_process->start(serverBinary, arguments);
    if (!hub->m_process->waitForStarted(10000))
        return Error(QStringLiteral("bench"),
                     QStringLiteral("the server did not start: %1").arg(hub->m_process->errorString()));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        QFile file(portFile);
        if (file.open(QIODevice::ReadOnly)) {
            bool ok = false;
            const int port = file.readAll().trimmed().toInt(&ok);
            if (ok && port > 0) {
                hub->m_port = quint16(port);
                return hub;
            }
        }
        if (hub->m_process->state() == QProcess::NotRunning)
            break;
        QThread::msleep(20);
    }
    QFile log(logFile);
    const QString text = log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()).trimmed() : QString();
    return Error(QStringLiteral("bench"), QStringLiteral("the server did not start serving: %1").arg(text));
}

HubProcess::~HubProcess()
{
    stop();
}

QString HubProcess::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

qint64 HubProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

double HubProcess::peakRssMb() const
{
    return processPeakRssMb(pid());
}

double HubProcess::cpuSeconds() const
{
    return processCpuSeconds(pid());
}

int HubProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return m_process ? m_process->exitCode() : -1;
    m_process->terminate();
    if (!m_process->waitForFinished(30000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
        return -1;
    }
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

QString siblingProgram(const QString& given, const QString& relativePath)
{
    if (!given.isEmpty())
        return given;
    return QDir(QCoreApplication::applicationDirPath() + QStringLiteral("/..")).absoluteFilePath(relativePath);
}

} // namespace syncsites::bench
