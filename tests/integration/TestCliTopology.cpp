// `syncsites-cli topology validate|demo` run as a real process: exit codes, what goes to stdout and what to
// stderr, on the committed files under tests/fixtures/topology.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace syncsites {

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList& arguments, const QByteArray& input = QByteArray())
{
    QProcess process;
    process.setProgram(QStringLiteral(SYNCSITES_CLI));
    process.setArguments(arguments);
    process.start();
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString fixture(const char* name)
{
    return test::fixturePath(QStringLiteral("topology/") + QString::fromLatin1(name));
}

QString describe(const Run& run)
{
    return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3")
        .arg(run.exitCode)
        .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err));
}

QStringList lines(const QByteArray& text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestCliTopology : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validFiles_data();
    void validFiles();
    void demoValidates();
    void ruleViolations_data();
    void ruleViolations();
    void ruleViolationsAsJson_data();
    void ruleViolationsAsJson();
    void validAsJsonIsAnEmptyArray();
    void formatErrors_data();
    void formatErrors();
    void unreadableFile();
    void readsStandardInput();
    void demoIsDeterministic();
    void usageErrors_data();
    void usageErrors();

private:
    QTemporaryDir m_dir;
};

void TestCliTopology::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(SYNCSITES_CLI)));
    QVERIFY(QFile::exists(fixture("valid-example.json")));
    QVERIFY(m_dir.isValid());
}

void TestCliTopology::validFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("the issue's example") << fixture("valid-example.json");
}

void TestCliTopology::validFiles()
{
    QFETCH(QString, file);
    const Run run = runCli({QStringLiteral("topology"), QStringLiteral("validate"), file});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.isEmpty(), qPrintable(describe(run)));
    QVERIFY2(run.err.contains(": valid (4 sites, 1 store)"), qPrintable(describe(run)));
}

void TestCliTopology::demoValidates()
{
    for (const char* seed : {"1", "2", "17"}) {
        const Run demo = runCli(
            {QStringLiteral("topology"), QStringLiteral("demo"), QStringLiteral("--seed"), QString::fromLatin1(seed)});
        QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
        QVERIFY(demo.err.isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("demo-%1.json").arg(QString::fromLatin1(seed)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(demo.out);
        file.close();

        const Run run = runCli({QStringLiteral("topology"), QStringLiteral("validate"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.isEmpty(), qPrintable(describe(run)));
        QVERIFY2(run.err.contains(": valid (18 sites, 40 stores)"), qPrintable(describe(run)));
    }
}

void TestCliTopology::ruleViolations_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("prefixes");

    const auto row = [](const char* file, QStringList prefixes) {
        QTest::newRow(file) << fixture(file) << prefixes;
    };
    row("r1-two-centrals.json", {QStringLiteral("R1 Backup Central: ")});
    row("r2-missing-core-link.json", {QStringLiteral("R2 Clinic A: ")});
    row("r3-no-oms-central.json", {QStringLiteral("R3 Clinic A: ")});
    row("r4-client-without-server.json", {QStringLiteral("R4 Front Desk: ")});
    row("r4-desktop-on-legacy-server.json", {QStringLiteral("R4 Cold Room Desk: ")});
    row("r5-second-active.json", {QStringLiteral("R5 CPH: ")});
    row("r6-transfer-on-client.json", {QStringLiteral("R6 CPH: ")});
    row("r6-home-named.json", {QStringLiteral("R6 CPH: ")});
    row("several-violations.json",
        {QStringLiteral("R1 Backup Central: "), QStringLiteral("R3 Clinic A: "), QStringLiteral("R4 Front Desk: "),
         QStringLiteral("R6 CLA: "), QStringLiteral("R6 CLA: ")});
}

void TestCliTopology::ruleViolations()
{
    QFETCH(QString, file);
    QFETCH(QStringList, prefixes);

    const Run run = runCli({QStringLiteral("topology"), QStringLiteral("validate"), file});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    const QStringList out = lines(run.out);
    QCOMPARE(out.size(), prefixes.size());
    for (int i = 0; i < out.size(); ++i) {
        QVERIFY2(out[i].startsWith(prefixes[i]), qPrintable(out[i]));
        QVERIFY2(out[i].size() > prefixes[i].size() + 20, qPrintable(out[i])); // and a sentence after it
    }
    QVERIFY2(!run.err.contains("valid ("), qPrintable(describe(run)));
}

void TestCliTopology::ruleViolationsAsJson_data()
{
    ruleViolations_data();
}

void TestCliTopology::ruleViolationsAsJson()
{
    QFETCH(QString, file);
    QFETCH(QStringList, prefixes);

    const Run text = runCli({QStringLiteral("topology"), QStringLiteral("validate"), file});
    const Run run = runCli({QStringLiteral("topology"), QStringLiteral("validate"), file, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(describe(run)));
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), prefixes.size());
    const QStringList textLines = lines(text.out);
    for (int i = 0; i < array.size(); ++i) {
        QVERIFY(array[i].isObject());
        const QJsonObject o = array[i].toObject();
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("message"), QStringLiteral("rule"), QStringLiteral("subject")}));
        const QString rule = o.value(QLatin1String("rule")).toString();
        const QString subject = o.value(QLatin1String("subject")).toString();
        const QString message = o.value(QLatin1String("message")).toString();
        QCOMPARE(rule + QLatin1Char(' ') + subject + QStringLiteral(": "), prefixes[i]);
        // The same violation as the text output, word for word.
        QCOMPARE(textLines.value(i), prefixes[i] + message);
    }
}

void TestCliTopology::validAsJsonIsAnEmptyArray()
{
    const Run run = runCli({QStringLiteral("topology"), QStringLiteral("validate"), QStringLiteral("--json"),
                            fixture("valid-example.json")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonDocument doc = QJsonDocument::fromJson(run.out);
    QVERIFY2(doc.isArray(), qPrintable(describe(run)));
    QVERIFY(doc.array().isEmpty());
}

void TestCliTopology::formatErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");

    QTest::newRow("not JSON") << fixture("format-not-json.json") << QStringLiteral("$: ");
    QTest::newRow("unknown kind") << fixture("format-unknown-kind.json") << QStringLiteral("$.sites[2].kind: ");
    QTest::newRow("link to a missing site")
        << fixture("format-link-to-missing-site.json") << QStringLiteral("$.sites[2].links.oms: ");
    QTest::newRow("sync type none") << fixture("format-sync-type-none.json")
                                    << QStringLiteral("$.stores[0].visibility[\"Clinic A\"]: ");
}

void TestCliTopology::formatErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, path);

    for (const bool json : {false, true}) {
        QStringList arguments{QStringLiteral("topology"), QStringLiteral("validate"), file};
        if (json)
            arguments.append(QStringLiteral("--json"));
        const Run run = runCli(arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
        QVERIFY2(run.out.isEmpty(), qPrintable(describe(run)));
        QVERIFY2(QString::fromUtf8(run.err).startsWith(path), qPrintable(describe(run)));
        QCOMPARE(lines(run.err).size(), 1);
    }
}

void TestCliTopology::unreadableFile()
{
    const QString missing = m_dir.filePath(QStringLiteral("no-such-file.json"));
    const Run run = runCli({QStringLiteral("topology"), QStringLiteral("validate"), missing});
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.out.isEmpty(), qPrintable(describe(run)));
    QVERIFY2(run.err.contains("no-such-file.json"), qPrintable(describe(run)));

    const Run directory = runCli({QStringLiteral("topology"), QStringLiteral("validate"), m_dir.path()});
    QVERIFY2(directory.exitCode == 2, qPrintable(describe(directory)));
    QVERIFY2(directory.out.isEmpty(), qPrintable(describe(directory)));
}

void TestCliTopology::readsStandardInput()
{
    QFile file(fixture("r5-second-active.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Run run =
        runCli({QStringLiteral("topology"), QStringLiteral("validate"), QStringLiteral("-")}, file.readAll());
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.out.startsWith("R5 CPH: "), qPrintable(describe(run)));
}

void TestCliTopology::demoIsDeterministic()
{
    const QStringList seed5{QStringLiteral("topology"), QStringLiteral("demo"), QStringLiteral("--seed"),
                            QStringLiteral("5")};
    const Run a = runCli(seed5);
    const Run b = runCli(seed5);
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(b.exitCode, 0);
    QVERIFY(a.out.size() > 1000);
    QCOMPARE(a.out, b.out);

    const Run other =
        runCli({QStringLiteral("topology"), QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("6")});
    QCOMPARE(other.exitCode, 0);
    QVERIFY(other.out != a.out);

    // No --seed is seed 1.
    const Run byDefault = runCli({QStringLiteral("topology"), QStringLiteral("demo")});
    const Run one =
        runCli({QStringLiteral("topology"), QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("1")});
    QCOMPARE(byDefault.exitCode, 0);
    QCOMPARE(byDefault.out, one.out);
}

void TestCliTopology::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("topolgy")};
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("topology"), QStringLiteral("check")};
    QTest::newRow("no subcommand") << QStringList{QStringLiteral("topology")};
    QTest::newRow("validate without a file") << QStringList{QStringLiteral("topology"), QStringLiteral("validate")};
    QTest::newRow("validate with an unknown option")
        << QStringList{QStringLiteral("topology"), QStringLiteral("validate"), QStringLiteral("--yaml"),
                       fixture("valid-example.json")};
    QTest::newRow("validate two files") << QStringList{QStringLiteral("topology"), QStringLiteral("validate"),
                                                       fixture("valid-example.json"), fixture("valid-example.json")};
    QTest::newRow("demo with a bad seed") << QStringList{QStringLiteral("topology"), QStringLiteral("demo"),
                                                         QStringLiteral("--seed"), QStringLiteral("x")};
    QTest::newRow("demo with an unknown argument")
        << QStringList{QStringLiteral("topology"), QStringLiteral("demo"), QStringLiteral("--size")};
}

void TestCliTopology::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = runCli(arguments);
    QVERIFY2(run.exitCode == 64, qPrintable(describe(run)));
    QVERIFY2(run.out.isEmpty(), qPrintable(describe(run)));
    QVERIFY2(run.err.contains("syncsites-cli: "), qPrintable(describe(run)));
}

} // namespace syncsites

QTEST_GUILESS_MAIN(syncsites::TestCliTopology)
#include "TestCliTopology.moc"
