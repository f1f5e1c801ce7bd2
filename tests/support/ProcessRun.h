#pragma once

// One run of a program of this project (syncsites-cli, syncsites-server) for the tests that drive the real binaries:
// its exit code and both output streams. Header-only, Qt Core only.

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QThread>

namespace syncsites::test {

struct ProcessRun
{
    int exitCode = -1; ///< -1: it did not start or did not finish in time; -2: it crashed
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }

    /// For failure messages: the exit code and both streams.
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
    }

    /// Runs `program` with no input and waits for it (killed after `timeoutMs`).
    static ProcessRun of(const QString& program, const QStringList& arguments, int timeoutMs = 120000)
    {
        QProcess process;
        process.setProgram(program);
        process.setArguments(arguments);
        process.start();
        ProcessRun run;
        if (!process.waitForStarted(10000)) {
            run.err = "did not start: " + process.errorString().toUtf8();
            return run;
        }
        process.closeWriteChannel();
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            run.err = "timed out";
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }
};

/// The port a started `serve --listen 127.0.0.1:0 --port-file FILE` writes to FILE; 0 when the process ends
/// first or nothing comes within about `timeoutMs`.
inline quint16 waitForPortFile(const QProcess& process, const QString& portFile, int timeoutMs = 10000)
{
    for (int waited = 0; waited < timeoutMs && process.state() == QProcess::Running; waited += 25) {
        QFile file(portFile);
        if (file.open(QIODevice::ReadOnly))
            if (const quint16 port = quint16(file.readAll().trimmed().toUInt()); port > 0)
                return port;
        QThread::msleep(25);
    }
    return 0;
}

} // namespace syncsites::test
