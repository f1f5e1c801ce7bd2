#pragma once

// One run of a program of this project (syncsites-cli, syncsites-server) for the tests that drive the real binaries:
// its exit code and both output streams. Header-only, Qt Core only.

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

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

} // namespace syncsites::test
