// syncsites-cli init/sync/status/log/quarantine as real processes against a real `syncsites-server serve`, and
// `syncsites-server serve --db REPLICA` running a remote server: the command forms, the JSON shapes and the exit
// codes documented in docs/cli.md. Paths come from the build (SYNCSITES_CLI, SYNCSITES_SERVER).

#include "Database.h"
#include "ProcessRun.h"
#include "RecordStore.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

using Run = syncsites::test::ProcessRun;

Run run(const QString& program, const QStringList& arguments, int timeoutMs = 60000)
{
    return Run::of(program, arguments, timeoutMs);
}

Run cli(const QStringList& arguments)
{
    return run(QStringLiteral(SYNCSITES_CLI), arguments);
}

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_url;
    QJsonObject m_credentials;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString passwordFile(const QString& site, const QByteArray& trailing = "\n")
    {
        const QString file = path(site + QStringLiteral(".pw"));
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        f.write(m_credentials.value(QStringLiteral("sites")).toObject().value(site).toString().toUtf8() + trailing);
        return file;
    }

    static quint16 readPort(const QString& file)
    {
        for (int i = 0; i < 200; ++i) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly)) {
                const quint16 port = quint16(f.readAll().trimmed().toUInt());
                if (port > 0)
                    return port;
            }
            QTest::qWait(50);
        }
        return 0;
    }

private slots:
    void initTestCase()
    {
        const Run demo = run(QStringLiteral(SYNCSITES_SERVER),
                             {QStringLiteral("demo"), QStringLiteral("--db"), path(QStringLiteral("hub.sqlite")),
                              QStringLiteral("--records"), QStringLiteral("3000"), QStringLiteral("--credentials-out"),
                              path(QStringLiteral("creds.json")), QStringLiteral("--hash-cost"), QStringLiteral("19")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));
        QFile creds(path(QStringLiteral("creds.json")));
        QVERIFY(creds.open(QIODevice::ReadOnly));
        m_credentials = QJsonDocument::fromJson(creds.readAll()).object();
        m_server.start(QStringLiteral(SYNCSITES_SERVER),
                       {QStringLiteral("serve"), QStringLiteral("--db"), path(QStringLiteral("hub.sqlite")),
                        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--port-file"),
                        path(QStringLiteral("hub.port"))});
        const quint16 port = readPort(path(QStringLiteral("hub.port")));
        QVERIFY(port > 0);
        m_url = QStringLiteral("http://127.0.0.1:%1").arg(port);
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        m_server.waitForFinished(10000);
    }

    // init registers the replica (the password file's trailing whitespace ignored, --replica after the command
    // word) and runs the first sync; --json prints the summary; status and log describe it.
    void initSyncStatusLog()
    {
        const QString replica = path(QStringLiteral("sefa.sqlite"));
        const Run init = cli({QStringLiteral("init"), QStringLiteral("--server"), m_url, QStringLiteral("--site"),
                              QStringLiteral("Sefa District Hospital"), QStringLiteral("--password-file"),
                              passwordFile(QStringLiteral("Sefa District Hospital"), "  \n\n"),
                              QStringLiteral("--json"), QStringLiteral("--replica"), replica});
        QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
        const QJsonObject summary = init.json().object();
        QCOMPARE(summary.value(QStringLiteral("outcome")).toString(), QStringLiteral("success"));
        QVERIFY(summary.value(QStringLiteral("pulled")).toInt() > 0);
        for (const char* key : {"pushed", "pulled", "rejected", "duration_ms", "links"})
            QVERIFY2(summary.contains(QLatin1String(key)), key);
        QCOMPARE(summary.value(QStringLiteral("links")).toArray().size(), 2); // core and oms
        QVERIFY(QFileInfo(replica + QStringLiteral(".secret")).permissions() ==
                (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

        const Run sync = cli({QStringLiteral("--replica"), replica, QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
        QCOMPARE(sync.json().object().value(QStringLiteral("pulled")).toInt(), 0);

        const Run status =
            cli({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--replica"), replica});
        QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
        const QJsonObject s = status.json().object();
        QCOMPARE(s.value(QStringLiteral("site")).toString(), QStringLiteral("Sefa District Hospital"));
        QCOMPARE(s.value(QStringLiteral("waiting")).toInt(), 0);
        for (const QJsonValue& link : s.value(QStringLiteral("links")).toArray())
            QVERIFY(link.toObject().value(QStringLiteral("initialised")).toBool());

        const Run log = cli({QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--replica"), replica});
        QVERIFY2(log.exitCode == 0, qPrintable(log.describe()));
        const QJsonArray sessions = log.json().array();
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions.first().toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("success"));
        QVERIFY(!sessions.last().toObject().value(QStringLiteral("stages")).toArray().isEmpty());

        // Running init again for the same site resumes; for another site it is refused.
        const Run again =
            cli({QStringLiteral("init"), QStringLiteral("--replica"), replica, QStringLiteral("--server"), m_url,
                 QStringLiteral("--site"), QStringLiteral("Sefa District Hospital"), QStringLiteral("--password-file"),
                 passwordFile(QStringLiteral("Sefa District Hospital"))});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        const Run other = cli({QStringLiteral("init"), QStringLiteral("--replica"), replica, QStringLiteral("--server"),
                               m_url, QStringLiteral("--site"), QStringLiteral("Lira Health Centre"),
                               QStringLiteral("--password-file"), passwordFile(QStringLiteral("Lira Health Centre"))});
        QCOMPARE(other.exitCode, 64);
        QVERIFY(other.err.contains("Sefa District Hospital"));
    }

    // The exit-code table: usage 64, credentials 5, network 3, bound 6, rejected 1.
    void exitCodes()
    {
        QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 64);
        QCOMPARE(
            cli({QStringLiteral("sync"), QStringLiteral("--replica"), path(QStringLiteral("none.sqlite"))}).exitCode,
            9);

        const QString wrong = path(QStringLiteral("wrong.pw"));
        QFile f(wrong);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not-the-secret\n");
        f.close();
        const Run credentials =
            cli({QStringLiteral("init"), QStringLiteral("--replica"), path(QStringLiteral("kasa.sqlite")),
                 QStringLiteral("--server"), m_url, QStringLiteral("--site"), QStringLiteral("Kasa Health Centre"),
                 QStringLiteral("--password-file"), wrong});
        QVERIFY2(credentials.exitCode == 5, qPrintable(credentials.describe()));
        // Refused: nothing is left behind, neither the replica nor its secret.
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("kasa.sqlite"))));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("kasa.sqlite.secret"))));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("kasa.sqlite-wal"))));

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString nowhere = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        const Run network =
            cli({QStringLiteral("init"), QStringLiteral("--replica"), path(QStringLiteral("lira.sqlite")),
                 QStringLiteral("--server"), nowhere, QStringLiteral("--site"), QStringLiteral("Lira Health Centre"),
                 QStringLiteral("--password-file"), passwordFile(QStringLiteral("Lira Health Centre"))});
        QVERIFY2(network.exitCode == 3, qPrintable(network.describe()));

        // The same site from a second replica (another installation) is bound elsewhere.
        const Run bound =
            cli({QStringLiteral("init"), QStringLiteral("--replica"), path(QStringLiteral("sefa2.sqlite")),
                 QStringLiteral("--server"), m_url, QStringLiteral("--site"), QStringLiteral("Sefa District Hospital"),
                 QStringLiteral("--password-file"), passwordFile(QStringLiteral("Sefa District Hospital"))});
        QVERIFY2(bound.exitCode == 6, qPrintable(bound.describe()));
        QVERIFY(bound.err.contains("release"));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("sefa2.sqlite"))));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("sefa2.sqlite.secret"))));
    }

    // An edit of a Collector store is refused by the hub: exit 1, and the quarantine lists, exports and retries it.
    void rejectedRecordsAndTheQuarantine()
    {
        const QString replica = path(QStringLiteral("north.sqlite"));
        const Run init =
            cli({QStringLiteral("init"), QStringLiteral("--replica"), replica, QStringLiteral("--server"), m_url,
                 QStringLiteral("--site"), QStringLiteral("Northern Province Server"),
                 QStringLiteral("--password-file"), passwordFile(QStringLiteral("Northern Province Server"))});
        QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
        const Run lines = cli({QStringLiteral("records"), QStringLiteral("list"), QStringLiteral("--table"),
                               QStringLiteral("stock_line"), QStringLiteral("--store"), QStringLiteral("SEF-PHA"),
                               QStringLiteral("--json"), QStringLiteral("--replica"), replica});
        QVERIFY2(lines.exitCode == 0, qPrintable(lines.describe()));
        QVERIFY(!lines.json().array().isEmpty());
        QJsonObject line = lines.json().array().first().toObject();
        line.insert(QStringLiteral("available_packs"), 123456);
        const Run put =
            cli({QStringLiteral("records"), QStringLiteral("put"), QStringLiteral("--store"), QStringLiteral("SEF-PHA"),
                 QStringLiteral("--table"), QStringLiteral("stock_line"), QStringLiteral("--json"),
                 QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)), QStringLiteral("--replica"),
                 replica});
        QCOMPARE(put.exitCode, 1);
        QVERIFY2(put.err.contains("ollector"), put.err.constData());

        // Written behind the cli's back, as an old program might: the hub refuses it, sync exits 1.
        {
            auto database = syncsites::Database::open(replica);
            QVERIFY(database.ok());
            QVERIFY(syncsites::RecordStore(**database).upsert(u"stock_line", line));
        }
        const Run sync = cli({QStringLiteral("sync"), QStringLiteral("--replica"), replica, QStringLiteral("--json")});
        QVERIFY2(sync.exitCode == 1, qPrintable(sync.describe()));
        QCOMPARE(sync.json().object().value(QStringLiteral("rejected")).toInt(), 1);
        QVERIFY(sync.err.contains("quarantine"));

        const Run list = cli({QStringLiteral("quarantine"), QStringLiteral("list"), QStringLiteral("--json"),
                              QStringLiteral("--replica"), replica});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        QCOMPARE(list.json().array().size(), 1);
        const QJsonObject entry = list.json().array().first().toObject();
        QCOMPARE(entry.value(QStringLiteral("reason_code")).toString(), QStringLiteral("store_not_active"));
        QCOMPARE(entry.value(QStringLiteral("payload")).toObject().value(QStringLiteral("available_packs")).toInt(),
                 123456);
        const QString exported = path(QStringLiteral("quarantine.json"));
        const Run exportRun = cli(
            {QStringLiteral("quarantine"), QStringLiteral("export"), exported, QStringLiteral("--replica"), replica});
        QVERIFY2(exportRun.exitCode == 0, qPrintable(exportRun.describe()));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).array().size(), 1);
        // Still refused on retry: it stays, with one more retry counted.
        const Run retry =
            cli({QStringLiteral("quarantine"), QStringLiteral("retry"), QStringLiteral("--replica"), replica});
        QVERIFY2(retry.exitCode == 1, qPrintable(retry.describe()));
        const Run after = cli({QStringLiteral("quarantine"), QStringLiteral("list"), QStringLiteral("--json"),
                               QStringLiteral("--replica"), replica});
        QCOMPARE(after.json().array().first().toObject().value(QStringLiteral("retry_count")).toInt(), 1);
        QCOMPARE(
            cli({QStringLiteral("quarantine"), QStringLiteral("shred"), QStringLiteral("--replica"), replica}).exitCode,
            64);
    }

    // `syncsites-server serve --db REPLICA`: a remote server serves from its replica and syncs it on a schedule;
    // SIGTERM stops both.
    void serveReplicaAsRemoteServer()
    {
        const QString replica = path(QStringLiteral("south.sqlite"));
        const Run init =
            cli({QStringLiteral("init"), QStringLiteral("--replica"), replica, QStringLiteral("--server"), m_url,
                 QStringLiteral("--site"), QStringLiteral("Southern Province Server"),
                 QStringLiteral("--password-file"), passwordFile(QStringLiteral("Southern Province Server"))});
        QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
        QProcess remote;
        remote.start(QStringLiteral(SYNCSITES_SERVER),
                     {QStringLiteral("serve"), QStringLiteral("--db"), replica, QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--port-file"), path(QStringLiteral("south.port")),
                      QStringLiteral("--sync-interval"), QStringLiteral("1")});
        QVERIFY(readPort(path(QStringLiteral("south.port"))) > 0);
        QByteArray err;
        for (int i = 0; i < 100 && err.count("sync success") < 2; ++i) {
            remote.waitForReadyRead(100);
            err += remote.readAllStandardError();
        }
        QVERIFY2(err.contains("as the remote server \"Southern Province Server\""), err.constData());
        QVERIFY2(err.count("sync success") >= 2, err.constData());
        ::kill(pid_t(remote.processId()), SIGTERM);
        QVERIFY(remote.waitForFinished(15000));
        QCOMPARE(remote.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "TestCliSync.moc"
