// The command line of the real syncsites-server (docs/operations.md): --help and --version of the program and of
// every command (exit 0, every option listed), unknown options and commands (exit 64), and the configuration file of
// `serve` — read with --config or from the default path (here SYNCSITES_SERVER_CONFIG, never the machine's /etc),
// paths in it relative to its folder, overridden by options on the command line, and refused with the file, the key
// and what is expected when a value is bad.
#include "ProcessRun.h"
#include "TestHubAdminClient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace syncsites;
using namespace syncsites::test;

namespace {

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

/// Runs the server with `arguments` and, when `config` is not null, SYNCSITES_SERVER_CONFIG set to it.
ProcessRun runServer(const QStringList& arguments, const QString& config = QString())
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!config.isNull())
        env.insert(str("SYNCSITES_SERVER_CONFIG"), config);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SYNCSITES_SERVER), arguments);
    ProcessRun run;
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = "did not start or finish";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void write(const QString& path, const QByteArray& text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

} // namespace

class TestServerCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpAndVersion_data();
    void helpAndVersion();
    void programHelpAndVersion();
    void unknownOptionsAndCommands();
    void configFileReadAndOverridden();
    void defaultConfigFileOnlyWhenItExists();
    void badConfigValues_data();
    void badConfigValues();
    void exampleFileIsValid();
    void journalPrioritiesUnderSystemd();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    /// Starts `serve ARGS` (with SYNCSITES_SERVER_CONFIG = `config` when not null) and waits for `portFile`; the
    /// port, 0 when it did not come up.
    /// `extra` adds to its environment.
    quint16 startServe(QProcess& process, const QStringList& arguments, const QString& portFile,
                       const QString& config = QString(), const QProcessEnvironment& extra = QProcessEnvironment());
    static void stop(QProcess& process);

    QTemporaryDir m_dir;
    QString m_hub;
    QString m_adminPassword;
};

void TestServerCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_hub = path(str("hub.sqlite"));
    const ProcessRun demo = runServer({str("demo"), str("--db"), m_hub, str("--records"), str("50"),
                                       str("--credentials-out"), path(str("credentials.json"))});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));
    QFile credentials(path(str("credentials.json")));
    QVERIFY(credentials.open(QIODevice::ReadOnly));
    m_adminPassword = QJsonDocument::fromJson(credentials.readAll())
                          .object()
                          .value(str("users"))
                          .toObject()
                          .value(str("admin"))
                          .toString();
    QVERIFY(!m_adminPassword.isEmpty());
}

quint16 TestServerCommandLine::startServe(QProcess& process, const QStringList& arguments, const QString& portFile,
                                          const QString& config, const QProcessEnvironment& extra)
{
    QFile::remove(portFile);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(extra);
    if (!config.isNull())
        env.insert(str("SYNCSITES_SERVER_CONFIG"), config);
    env.insert(str("QT_LOGGING_RULES"), str("syncsites.server.http.access.info=false"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SYNCSITES_SERVER), QStringList{str("serve")} + arguments);
    if (!process.waitForStarted(10000))
        return 0;
    return test::waitForPortFile(process, portFile);
}

void TestServerCommandLine::stop(QProcess& process)
{
    process.terminate();
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished();
    }
}

void TestServerCommandLine::helpAndVersion_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("init") << str("init")
                          << QStringList{str("--db"), str("--topology"), str("--credentials-out"), str("--items"),
                                         str("--hash-cost")};
    QTest::newRow("demo") << str("demo")
                          << QStringList{str("--db"), str("--records"), str("--seed"), str("--credentials-out"),
                                         str("--hash-cost")};
    QTest::newRow("serve") << str("serve")
                           << QStringList{str("--db"),
                                          str("--listen"),
                                          str("--port-file"),
                                          str("--tls-cert"),
                                          str("--tls-key"),
                                          str("--public-url"),
                                          str("--workers"),
                                          str("--sync-interval"),
                                          str("--check-seconds"),
                                          str("--metrics-token-file"),
                                          str("--header-timeout"),
                                          str("--min-rate"),
                                          str("--slow-grace"),
                                          str("--max-connections-per-address"),
                                          str("--report-retention-days"),
                                          str("--push-answer-retention-days"),
                                          str("--site-sync-interval"),
                                          str("--late-after"),
                                          str("--stale-after"),
                                          str("--config"),
                                          str("--no-config")};
    QTest::newRow("check") << str("check") << QStringList{str("--db"), str("--full"), str("--time-limit")};
    QTest::newRow("backup") << str("backup")
                            << QStringList{str("--db"), str("--out"), str("--quick"), str("--pages-per-step"),
                                           str("--step-pause-ms")};
    QTest::newRow("restore") << str("restore")
                             << QStringList{str("--from"), str("--db"), str("--force"), str("--quick")};
}

void TestServerCommandLine::helpAndVersion()
{
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    for (const QString& help : {str("--help"), str("-h")}) {
        const ProcessRun run = runServer({command, help});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.startsWith(str("Usage: syncsites-server ") + command + QLatin1Char(' ')), qPrintable(text));
        for (const QString& option : options)
            QVERIFY2(text.contains(option + QLatin1Char(' ')) || text.contains(option + QLatin1Char('\n')),
                     qPrintable(option + str(" is not in\n") + text));
        QVERIFY(text.contains(str("--help")) && text.contains(str("--version")));
        QVERIFY(run.err.isEmpty());
    }
    // `help COMMAND` says the same.
    QCOMPARE(runServer({str("help"), command}).out, runServer({command, str("--help")}).out);
    const ProcessRun version = runServer({command, str("--version")});
    QVERIFY2(version.exitCode == 0, qPrintable(version.describe()));
    QVERIFY2(version.out.startsWith("syncsites-server "), version.out.constData());
    // --help wins over the options a command needs, and over options given with it.
    QCOMPARE(runServer({command, str("--db"), path(str("x.sqlite")), str("--help")}).exitCode, 0);
}

void TestServerCommandLine::programHelpAndVersion()
{
    for (const QString& help : {str("--help"), str("-h"), str("help")}) {
        const ProcessRun run = runServer({help});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        for (const char* command : {"init", "demo", "serve", "check", "backup", "restore"})
            QVERIFY2(run.out.contains(QByteArray(QByteArray("\n  ") + command + ' ')), run.out.constData());
    }
    const ProcessRun version = runServer({str("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith("syncsites-server "), version.out.constData());
}

void TestServerCommandLine::unknownOptionsAndCommands()
{
    ProcessRun run = runServer({});
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains("Usage: syncsites-server COMMAND"), run.err.constData());
    run = runServer({str("frobnicate")});
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains("unknown command frobnicate"), run.err.constData());
    for (const char* command : {"init", "demo", "serve", "check", "backup", "restore"}) {
        run = runServer({str(command), str("--db"), m_hub, str("--bogus"), str("1")});
        QVERIFY2(run.exitCode == 64, qPrintable(run.describe()));
        QVERIFY2(run.err.contains("Unknown option 'bogus'") && run.err.contains("--help"), run.err.constData());
    }
    run = runServer({str("check"), str("--db")});
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains("Missing value after '--db'"), run.err.constData());
    run = runServer({str("check"), str("--db"), m_hub, str("stray")});
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains("Unexpected argument 'stray'"), run.err.constData());
    // Required options and bad values are still said as before.
    run = runServer({str("init")});
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains("--db is required"), run.err.constData());
    run = runServer({str("serve"), str("--no-config"), str("--db"), m_hub, str("--listen"), str("127.0.0.1:0"),
                     str("--workers"), str("many")});
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains("--workers takes a whole number, 1 or more"), run.err.constData());
    run = runServer({str("serve"), str("--no-config"), str("--db"), m_hub, str("--listen"), str("localhost")});
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains("--listen takes HOST:PORT"), run.err.constData());
    run = runServer({str("serve"), str("--no-config"), str("--listen"), str("127.0.0.1:0")});
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains("--db is required"), run.err.constData());
}

void TestServerCommandLine::configFileReadAndOverridden()
{
    // A file in a folder of its own: its paths are relative to that folder.
    QVERIFY(QDir(m_dir.path()).mkpath(str("etc")));
    const QString config = path(str("etc/hub.conf"));
    write(config, "; the hub of the test\n"
                  "[serve]\n"
                  "db = ../hub.sqlite\n"
                  "listen = 127.0.0.1:0\n"
                  "port-file = hub.port\n"
                  "workers = 3\n"
                  "check-seconds = 0\n"
                  "site-sync-interval = 120\n"
                  "late-after = 1234\n"
                  "stale-after = 5000\n"
                  "report-retention-days = 7\n");
    QProcess serve;
    const QString portFile = path(str("etc/hub.port"));
    const quint16 port = startServe(
        serve, {str("--config"), config, str("--workers"), str("2"), str("--stale-after"), str("6000")}, portFile);
    QVERIFY2(port > 0, serve.readAllStandardError().constData());
    AdminClient client(port);
    const QString token = client.token(str("admin"), m_adminPassword);
    QVERIFY(!token.isEmpty());
    const AdminClient::Reply sites = client.get(str("/api/v1/status/sites"), token);
    QVERIFY2(sites.status == 200, sites.describe().constData());
    const QJsonObject thresholds = sites.json().value(str("thresholds")).toObject();
    stop(serve);
    const QByteArray err = serve.readAllStandardError();
    QCOMPARE(thresholds.value(str("sync_interval_seconds")).toInteger(), qint64(120)); // the file
    QCOMPARE(thresholds.value(str("late_after_seconds")).toInteger(), qint64(1234));   // the file
    QCOMPARE(thresholds.value(str("stale_after_seconds")).toInteger(), qint64(6000));  // the command line
    QVERIFY2(err.contains(QByteArray("settings from " + config.toUtf8())), err.constData());
    QVERIFY2(err.contains("with 2 workers"), err.constData());   // the command line over the file's 3
    QVERIFY2(!err.contains("no damage found"), err.constData()); // check-seconds = 0 from the file
    QVERIFY2(err.contains(QByteArray("serving " + QFileInfo(m_hub).absoluteFilePath().toUtf8())), err.constData());

    // The late threshold defaults to twice the sites' interval when only that is given.
    write(config, "[serve]\ndb = ../hub.sqlite\nlisten = 127.0.0.1:0\nport-file = hub.port\ncheck-seconds = 0\n");
    const quint16 again =
        startServe(serve, {str("--config"), config, str("--site-sync-interval"), str("100")}, portFile);
    QVERIFY(again > 0);
    AdminClient second(again);
    const QString token2 = second.token(str("admin"), m_adminPassword);
    const QJsonObject defaults =
        second.get(str("/api/v1/status/sites"), token2).json().value(str("thresholds")).toObject();
    stop(serve);
    QCOMPARE(defaults.value(str("sync_interval_seconds")).toInteger(), qint64(100));
    QCOMPARE(defaults.value(str("late_after_seconds")).toInteger(), qint64(200));
    QCOMPARE(defaults.value(str("stale_after_seconds")).toInteger(), qint64(86400));
}

void TestServerCommandLine::defaultConfigFileOnlyWhenItExists()
{
    // The default file (SYNCSITES_SERVER_CONFIG stands in for /etc/syncsites/hub.conf) is read without --config.
    const QString config = path(str("default.conf"));
    write(config, "[serve]\ndb = hub.sqlite\nlisten = 127.0.0.1:0\nport-file = default.port\ncheck-seconds = 0\n");
    QProcess serve;
    const quint16 port = startServe(serve, {}, path(str("default.port")), config);
    QVERIFY2(port > 0, serve.readAllStandardError().constData());
    stop(serve);
    QVERIFY(serve.readAllStandardError().contains(QByteArray("settings from " + config.toUtf8())));

    // --no-config reads none; a default file that does not exist is no error, and none is read.
    ProcessRun run = runServer({str("serve"), str("--no-config")}, config);
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains("--db is required") && !run.err.contains("settings from"), run.err.constData());
    run = runServer({str("serve")}, path(str("missing.conf")));
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.trimmed().endsWith("--db is required"), run.err.constData());
    // --config names a file that must exist.
    run = runServer({str("serve"), str("--config"), path(str("missing.conf"))}, QString());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("cannot read the configuration file") && run.err.contains("missing.conf"),
             run.err.constData());
}

void TestServerCommandLine::badConfigValues_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("not a number") << QByteArray("[serve]\ndb = hub.sqlite\nlisten = 127.0.0.1:0\nworkers = eight\n")
                                  << QStringList{str("workers"), str("\"eight\""),
                                                 str("expected a whole number, 1 or more")};
    QTest::newRow("below the minimum")
        << QByteArray("[serve]\ndb = hub.sqlite\nlisten = 127.0.0.1:0\nreport-retention-days = 0\n")
        << QStringList{str("report-retention-days"), str("expected a number of days, 1 or more")};
    QTest::newRow("listen") << QByteArray("[serve]\ndb = hub.sqlite\nlisten = everywhere\n")
                            << QStringList{str("listen"), str("expected HOST:PORT")};
    QTest::newRow("unknown key") << QByteArray("[serve]\ndb = hub.sqlite\nwokers = 3\n")
                                 << QStringList{str("unknown key wokers"), str("workers")};
    QTest::newRow("outside [serve]") << QByteArray("db = hub.sqlite\n")
                                     << QStringList{str("db"), str("before any section"), str("[serve]")};
    QTest::newRow("stale before late")
        << QByteArray("[serve]\ndb = hub.sqlite\nlisten = 127.0.0.1:0\nlate-after = 900\nstale-after = 600\n")
        << QStringList{str("stale-after in"), str("late-after in"), str("shorter than the late one")};
}

void TestServerCommandLine::badConfigValues()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, words);
    const QString config = path(str("bad.conf"));
    write(config, text);
    const ProcessRun run = runServer({str("serve"), str("--config"), config});
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(config), qPrintable(err));
    for (const QString& word : words)
        QVERIFY2(err.contains(word), qPrintable(word + str(" is not in: ") + err));
    // An option on the command line overrides the file's value, bad or not.
    if (text.contains("workers = eight")) {
        QProcess serve;
        const quint16 port = startServe(serve,
                                        {str("--config"), config, str("--workers"), str("2"), str("--check-seconds"),
                                         str("0"), str("--port-file"), path(str("bad.port"))},
                                        path(str("bad.port")));
        QVERIFY2(port > 0, serve.readAllStandardError().constData());
        stop(serve);
    }
}

void TestServerCommandLine::exampleFileIsValid()
{
    // docs/hub.conf.example as shipped: every key known and every value good; only its database is not there.
    const QString missing = path(str("no-such-hub.sqlite"));
    const ProcessRun run =
        runServer({str("serve"), str("--config"), QStringLiteral(SYNCSITES_HUB_CONF_EXAMPLE), str("--db"), missing});
    QVERIFY2(run.exitCode == 9, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QByteArray("there is no database at " + missing.toUtf8())), run.err.constData());
}

// Under systemd (JOURNAL_STREAM set) each line starts with its syslog priority, which journald takes and strips;
// elsewhere the lines are as before. (A QT_MESSAGE_PATTERN the operator set would be kept.)
void TestServerCommandLine::journalPrioritiesUnderSystemd()
{
    const QString portFile = path(str("journal.port"));
    const QStringList arguments{str("--db"),        m_hub,    str("--listen"),        str("127.0.0.1:0"),
                                str("--port-file"), portFile, str("--check-seconds"), str("0"),
                                str("--no-config")};
    QProcessEnvironment journal;
    journal.insert(str("JOURNAL_STREAM"), str("8:12345"));
    QProcess serve;
    QVERIFY(startServe(serve, arguments, portFile, QString(), journal) > 0);
    stop(serve);
    const QByteArray underSystemd = serve.readAllStandardError();
    QVERIFY2(underSystemd.contains("\n<6>syncsites.server.http: listening") ||
                 underSystemd.startsWith("<6>syncsites.server.http: listening"),
             underSystemd.constData());
    // Every line of a logging category has its priority (the "syncsites-server: ..." status lines are written
    // straight to the standard error and take the journal's default, info).
    for (const QByteArray& line : underSystemd.split('\n')) {
        if (line.contains("syncsites.server.") || line.contains("syncsites.storage"))
            QVERIFY2(line.startsWith('<') && line.at(2) == '>', line.constData());
    }

    QVERIFY(startServe(serve, arguments, portFile) > 0);
    stop(serve);
    const QByteArray plain = serve.readAllStandardError();
    QVERIFY2(plain.contains("syncsites.server.http: listening"), plain.constData());
    QVERIFY2(!plain.contains("<6>"), plain.constData());
}

QTEST_GUILESS_MAIN(TestServerCommandLine)
#include "TestServerCommandLine.moc"
