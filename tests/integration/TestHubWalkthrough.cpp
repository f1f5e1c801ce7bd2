// Runs tests/sync-walkthrough.sh (the curl walk through the sync protocol) with the built syncsites-server, and
// checks that it exits 0 and shows each step's answer.
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

class TestHubWalkthrough : public QObject
{
    Q_OBJECT

private slots:
    void walkthroughRunsAndShowsEachAnswer();
};

void TestHubWalkthrough::walkthroughRunsAndShowsEachAnswer()
{
    for (const char* tool : {"bash", "curl", "python3"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QSKIP(qPrintable(QStringLiteral("the walkthrough needs %1").arg(QString::fromLatin1(tool))));
    }
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(QStringLiteral("bash"), {QStringLiteral(SYNCSITES_WALKTHROUGH), QStringLiteral(SYNCSITES_SERVER)});
    QVERIFY(script.waitForStarted());
    const bool finished = script.waitForFinished(60000);
    const QByteArray output = script.readAll();
    if (!finished)
        script.kill();
    QVERIFY2(finished, output.constData());
    QVERIFY2(script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0, output.constData());

    // Every step, in order, with what its answer must show.
    const QList<QByteArray> expected{
        "== 1. A demo hub",
        "200 records",
        "== 2. Serve it",
        "\"status\": \"serving\"",
        "== 3. Handshake",
        "\"protocol_version\": 1",
        "\"kind\": \"oms_standalone\"",
        "\"token\": \"",
        "== 4. Push",
        "\"accepted\": 1",
        "\"code\": \"store_not_active\"",
        "\"message\": \"", // a sentence for the person whose record was refused
        "== 5. Pull",
        "\"next_cursor\": ",
        "\"remaining\": ",
        "== 6. Report",
        "\"id\": 1",
        "== 7. Stop the server",
        "server exited with 0",
    };
    qsizetype at = 0;
    for (const QByteArray& text : expected) {
        const qsizetype found = output.indexOf(text, at);
        QVERIFY2(found >= 0, qPrintable(QStringLiteral("missing, after byte %1: %2\n%3")
                                            .arg(at)
                                            .arg(QString::fromUtf8(text), QString::fromUtf8(output))));
        at = found + text.size();
    }
}

QTEST_GUILESS_MAIN(TestHubWalkthrough)
#include "TestHubWalkthrough.moc"
