// What a support person relies on, in the whole app as the README's run command starts it (a demo folder): the log
// file (written, rotated, from every thread, credentials masked), one app per replica (a second start shows the
// first one's window and goes; a crashed one's lock is taken over), Help → Copy diagnostics and Help → Save debug
// archive (never a secret, password or token; a .zip any system opens).
#include "AppSettings.h"
#include "DebugArchive.h"
#include "DesktopApp.h"
#include "DesktopDiagnostics.h"
#include "DesktopPaths.h"
#include "HubApiClient.h"
#include "InstanceGuard.h"
#include "LogFile.h"
#include "MainWindow.h"
#include "Redaction.h"
#include "SupportMenu.h"
#include "SyncEngine.h"
#include "SyncSummary.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <cstdio>
#include <thread>
#include <vector>

using namespace syncsites;

namespace {

/// What the planted secrets are; none may show up in diagnostics or a debug archive.
const QStringList kPlanted{QStringLiteral("PlantedPassword-1"), QStringLiteral("PlantedSecret-2"),
                           QStringLiteral("PlantedToken-3"), QStringLiteral("PlantedUrlPassword-4")};

quint32 get32(const QByteArray& data, qsizetype at)
{
    const auto* p = reinterpret_cast<const uchar*>(data.constData() + at);
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

quint16 get16(const QByteArray& data, qsizetype at)
{
    const auto* p = reinterpret_cast<const uchar*>(data.constData() + at);
    return quint16(p[0] | p[1] << 8);
}

/// The files of a zip archive by name, read as any unzip reads them (central directory, local headers, deflate,
/// CRC-32 checked); empty when the archive is not a valid one.
QMap<QString, QByteArray> unzip(const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QByteArray zip = in.readAll();
    if (zip.size() < 22 || get32(zip, zip.size() - 22) != 0x06054b50)
        return {};
    const int count = get16(zip, zip.size() - 12);
    qsizetype at = get32(zip, zip.size() - 6);
    QMap<QString, QByteArray> files;
    for (int i = 0; i < count; ++i) {
        if (get32(zip, at) != 0x02014b50)
            return {};
        const quint16 method = get16(zip, at + 10);
        const quint32 crc = get32(zip, at + 16);
        const quint32 stored = get32(zip, at + 20);
        const quint32 size = get32(zip, at + 24);
        const quint16 nameLength = get16(zip, at + 28);
        const qsizetype next = at + 46 + nameLength + get16(zip, at + 30) + get16(zip, at + 32);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        const qsizetype local = get32(zip, at + 42);
        if (get32(zip, local) != 0x04034b50)
            return {};
        const qsizetype dataAt = local + 30 + get16(zip, local + 26) + get16(zip, local + 28);
        const QByteArray data = zip.mid(dataAt, stored);
        QByteArray content;
        if (method == 0) {
            content = data;
        } else if (method == 8) {
            content.resize(size);
            z_stream stream{};
            inflateInit2(&stream, -MAX_WBITS);
            stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
            stream.avail_in = uInt(data.size());
            stream.next_out = reinterpret_cast<Bytef*>(content.data());
            stream.avail_out = uInt(content.size());
            const int done = inflate(&stream, Z_FINISH);
            inflateEnd(&stream);
            if (done != Z_STREAM_END)
                return {};
        } else {
            return {};
        }
        if (quint32(crc32(0, reinterpret_cast<const Bytef*>(content.constData()), uInt(content.size()))) != crc)
            return {};
        files.insert(name, content);
        at = next;
    }
    return files;
}

/// The demo's own secrets: its users' passwords and its sites' secrets (credentials.json).
QStringList demoSecrets(const QString& folder)
{
    QFile file(QDir(folder).filePath(QStringLiteral("credentials.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject credentials = QJsonDocument::fromJson(file.readAll()).object();
    QStringList secrets;
    for (const char* group : {"users", "sites"}) {
        const QJsonObject entries = credentials.value(QLatin1String(group)).toObject();
        for (auto it = entries.begin(); it != entries.end(); ++it)
            secrets << it.value().toString();
    }
    return secrets;
}

/// Messages handed on by a LogFile (the handler before it): counted, not printed.
QAtomicInt handedOn;
void countMessage(QtMsgType, const QMessageLogContext&, const QString&)
{
    handedOn.fetchAndAddRelaxed(1);
}

} // namespace

class TestDesktopSupport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    app::DesktopOptions demoOptions() const
    {
        app::DesktopOptions options;
        options.demoFolder = m_dir.filePath(QStringLiteral("demo"));
        options.demoRecords = 300;
        return options;
    }

    static bool signedIn(app::DesktopApp& desktop)
    {
        if (!desktop.user().username.isEmpty())
            return true;
        QSignalSpy entered(&desktop, &app::DesktopApp::signedIn);
        return entered.wait(60000);
    }

    static QString readAll(const QString& file)
    {
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? QString::fromUtf8(in.readAll()) : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The demo's first start makes it (hub, replica, settings); the tests reuse it.
        app::DesktopApp desktop(demoOptions());
        QVERIFY(desktop.start());
        QVERIFY(signedIn(desktop));
    }

    // The app writes its log in the demo's folder: a line per message, in UTC, with level and category, rotating at
    // the limit and keeping as many files as it is told.
    void theAppWritesAndRotatesItsLog()
    {
        app::DesktopOptions options = demoOptions();
        options.logMaxBytes = 4000;
        options.logFiles = 3;
        const QString log = app::DesktopPaths::logFile(options);
        QCOMPARE(QFileInfo(log).absolutePath(), QDir(options.demoFolder).filePath(QStringLiteral("logs")));
        for (int i = 0; i < 5; ++i)
            QFile::remove(log + (i ? QStringLiteral(".%1").arg(i) : QString()));
        {
            app::DesktopApp desktop(options);
            QVERIFY(desktop.start());
            QVERIFY(signedIn(desktop));
            QVERIFY(QFile::exists(log));
            const QString first = readAll(log);
            QVERIFY2(first.contains(QLatin1String("info syncsites.desktop: SyncSites ")), qPrintable(first));
            qWarning("a warning with a proxy http://someone:PlantedUrlPassword-4@proxy.example:3128 and "
                     "password=PlantedPassword-1");
            QVERIFY(readAll(log).contains(QLatin1String("http://***@proxy.example:3128")));
            QVERIFY(!readAll(log).contains(QLatin1String("PlantedPassword-1")));
            // Enough lines to rotate more than the files kept.
            for (int i = 0; i < 60; ++i)
                qInfo("rotation line %d %s", i, QByteArray(100, 'x').constData());
        }
        QVERIFY(QFile::exists(log));
        QVERIFY(QFile::exists(log + QStringLiteral(".1")));
        QVERIFY(QFile::exists(log + QStringLiteral(".2")));
        QVERIFY(!QFile::exists(log + QStringLiteral(".3")));
        const QRegularExpression format(
            QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (debug|info|warning|critical|fatal) [\w.]+: )"));
        for (const QString& file : QStringList{log, log + QStringLiteral(".1"), log + QStringLiteral(".2")}) {
            QVERIFY2(QFileInfo(file).size() <= 4000 + 200, qPrintable(file));
            const QStringList lines = readAll(file).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY(!lines.isEmpty());
            for (const QString& line : lines)
                QVERIFY2(line.startsWith(QLatin1String("    ")) || format.match(line).hasMatch(), qPrintable(line));
        }
        // The newest line is in the current file, the older ones were rotated.
        QVERIFY(readAll(log).contains(QLatin1String("rotation line 59 ")));
        QVERIFY(readAll(log + QStringLiteral(".1")).contains(QLatin1String("rotation line ")));
    }

    // Messages from many threads at once: every one whole, on a line of its own, and each handed on as before.
    void theLogTakesMessagesFromEveryThread()
    {
        const QString path = m_dir.filePath(QStringLiteral("threads/syncsites.log"));
        const QtMessageHandler before = qInstallMessageHandler(countMessage);
        handedOn = 0;
        {
            app::LogFile log(path, app::LogFile::Limits{10 * 1024 * 1024, 2});
            QVERIFY(log.install());
            QVERIFY(log.isInstalled());
            std::vector<std::thread> threads;
            for (int t = 0; t < 4; ++t) {
                threads.emplace_back([t] {
                    for (int i = 0; i < 250; ++i)
                        qWarning("thread %d message %d\nits second line", t, i);
                });
            }
            for (std::thread& thread : threads)
                thread.join();
        }
        qInstallMessageHandler(before);
        QCOMPARE(handedOn.loadRelaxed(), 1000); // the "started" line goes to the file only
        const QStringList lines = readAll(path).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 2 * 1000);
        QCOMPARE(lines.filter(QStringLiteral("    its second line")).size(), 1000);
        const QRegularExpression line(QStringLiteral(R"(Z warning default: thread \d message \d+$)"));
        int messages = 0;
        for (const QString& text : lines)
            messages += line.match(text).hasMatch() ? 1 : 0;
        QCOMPARE(messages, 1000);
    }

    // A second start on the same demo shows the first one's window (minimised, or hidden in the tray) and goes,
    // starting nothing (no demo hub, no log); the first one's claim is released when it is destroyed.
    void aSecondStartShowsTheFirstAndGoes()
    {
        const app::DesktopOptions options = demoOptions();
        const QString log = app::DesktopPaths::logFile(options);
        const QString lock = app::InstanceGuard::lockFileOf(app::DesktopPaths::instanceFile(options));
        {
            app::DesktopApp first(options);
            QVERIFY(first.start());
            QVERIFY(signedIn(first));
            QVERIFY(QFile::exists(lock));
            const int starts = readAll(log).count(QLatin1String("syncsites.desktop: SyncSites"));

            first.window()->showMinimized();
            QTRY_VERIFY(first.window()->isMinimized());
            {
                app::DesktopApp second(options);
                QVERIFY(!second.start());
                QVERIFY(second.anotherInstanceRuns());
                QVERIFY(!second.window());
            }
            QTRY_VERIFY(!first.window()->isMinimized());
            QVERIFY(first.window()->isVisible());

            first.window()->hide(); // as closing it to the tray does
            {
                app::DesktopApp second(options);
                QVERIFY(!second.start());
                QVERIFY(second.anotherInstanceRuns());
            }
            QTRY_VERIFY(first.window()->isVisible());
            QCOMPARE(readAll(log).count(QLatin1String("syncsites.desktop: SyncSites")), starts);
        }
        // Released: the next start has it.
        QLockFile next(lock);
        QVERIFY(next.tryLock(0));
        next.unlock();
        app::DesktopApp again(options);
        QVERIFY(again.start());
        QVERIFY(!again.anotherInstanceRuns());
    }

    // The app crashed (killed) with the replica claimed: its lock is stale, and the next start takes it over and
    // answers the starts after it.
    void aCrashedAppsClaimIsTakenOver()
    {
        const app::DesktopOptions options = demoOptions();
        const QString file = app::DesktopPaths::instanceFile(options);
        QProcess crashed;
        crashed.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-instance"), file});
        QVERIFY(crashed.waitForStarted());
        QByteArray said;
        QTRY_VERIFY2_WITH_TIMEOUT((said += crashed.readAllStandardOutput()).contains("held"),
                                  qPrintable(QString::fromLocal8Bit(said + crashed.readAllStandardError())), 10000);
        {
            // Alive, it has the replica: a start is refused.
            app::InstanceGuard guard;
            QCOMPARE(guard.claim(file), app::InstanceGuard::Claim::OtherTold);
        }
        crashed.kill();
        QVERIFY(crashed.waitForFinished());
        QVERIFY(QFile::exists(app::InstanceGuard::lockFileOf(file))); // left behind

        app::DesktopApp desktop(options);
        QVERIFY(desktop.start());
        QVERIFY(signedIn(desktop));
        desktop.window()->showMinimized();
        QTRY_VERIFY(desktop.window()->isMinimized());
        app::DesktopApp second(options);
        QVERIFY(!second.start());
        QVERIFY(second.anotherInstanceRuns());
        QTRY_VERIFY(!desktop.window()->isMinimized());
    }

    // Without a replica (a network console), the settings file is what one app has to itself; QSettings writing
    // that file meanwhile (it locks it for the write) neither waits for the app's claim nor takes it.
    void aConsoleClaimsItsSettingsFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("console/settings.ini"));
        QDir().mkpath(QFileInfo(file).absolutePath());
        {
            ui::AppSettings settings(file);
            settings.setMode(ui::AppMode::Console);
            settings.setServerUrl(QStringLiteral("https://hub.example"));
        }
        app::DesktopOptions options;
        options.settingsFile = file;
        QCOMPARE(app::DesktopPaths::instanceFile(options), QFileInfo(file).absoluteFilePath());
        QCOMPARE(app::DesktopPaths::settingsFile(options), QFileInfo(file).absoluteFilePath());

        app::InstanceGuard first;
        QCOMPARE(first.claim(app::DesktopPaths::instanceFile(options)), app::InstanceGuard::Claim::Ours);
        QSignalSpy asked(&first, &app::InstanceGuard::showRequested);
        QElapsedTimer writing;
        writing.start();
        {
            ui::AppSettings settings(file);
            settings.setLanguage(QStringLiteral("fr"));
            settings.sync();
        }
        QVERIFY2(writing.elapsed() < 5000, qPrintable(QString::number(writing.elapsed())));
        app::InstanceGuard second;
        QCOMPARE(second.claim(file), app::InstanceGuard::Claim::OtherTold);
        QVERIFY(asked.wait(5000));
        QVERIFY(second.refusal(file).contains(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath())));

        // A site set up: its replica instead.
        {
            ui::AppSettings settings(file);
            settings.setMode(ui::AppMode::Standalone);
            settings.setReplicaPath(m_dir.filePath(QStringLiteral("console/site.sqlite")));
        }
        QCOMPARE(app::DesktopPaths::instanceFile(options), m_dir.filePath(QStringLiteral("console/site.sqlite")));
    }

    // Copy diagnostics and the debug archive, with secrets planted in the settings and the demo's own (its users'
    // passwords, the site's secret, the session's token): none of them in either.
    void diagnosticsAndTheDebugArchiveHoldNoSecret()
    {
        const app::DesktopOptions options = demoOptions();
        {
            QSettings planted(app::DesktopPaths::settingsFile(options), QSettings::IniFormat);
            planted.setValue(QStringLiteral("server/password"), kPlanted[0]);
            planted.setValue(QStringLiteral("site/secret"), kPlanted[1]);
            planted.setValue(QStringLiteral("user/token"), kPlanted[2]);
            planted.setValue(QStringLiteral("support/mirror"),
                             QStringLiteral("https://someone:%1@mirror.example/").arg(kPlanted[3]));
        }
        app::DesktopApp desktop(options);
        QVERIFY(desktop.start());
        QVERIFY(signedIn(desktop));
        QSignalSpy finished(desktop.engine(), &SyncEngine::sessionFinished);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().value<SyncSummary>().outcome, SyncOutcome::Success);
        QStringList secrets = kPlanted + demoSecrets(options.demoFolder);
        secrets << desktop.api()->token() << desktop.user().token;
        QVERIFY(secrets.size() > kPlanted.size() + 4);
        for (const QString& secret : secrets)
            QVERIFY(!secret.isEmpty());

        // Help → Copy diagnostics.
        auto* support = desktop.findChild<app::SupportMenu*>();
        QVERIFY(support);
        auto* copy = desktop.window()->findChild<QAction*>(QStringLiteral("copyDiagnosticsAction"));
        QVERIFY(copy);
        QVERIFY(desktop.window()->helpMenu()->actions().contains(copy));
        QSignalSpy copied(support, &app::SupportMenu::diagnosticsCopied);
        copy->trigger();
        QVERIFY(copied.wait(10000));
        const QString text = QGuiApplication::clipboard()->text();
        QCOMPARE(text, copied.first().first().toString());
        for (const QString& expected :
             {QStringLiteral("App version: "), QStringLiteral("Qt: %1").arg(QLatin1String(qVersion())),
              QStringLiteral("OS: "), QStringLiteral("Mode: standalone (demo)"),
              QStringLiteral("Server URL: http://127.0.0.1:"), QStringLiteral("Site: Mulanje District Hospital"),
              QStringLiteral("Language: "), QStringLiteral("User: admin, administrator"),
              QStringLiteral("Last sync: success"), QStringLiteral("Replica check: no damage recorded"),
              QStringLiteral("Log file: %1").arg(QDir::toNativeSeparators(app::DesktopPaths::logFile(options)))})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n") + text));
        for (const QString& secret : secrets)
            QVERIFY2(!text.contains(secret), qPrintable(text));

        // Help → Save debug archive…: saved, said so with Open folder; the logs, the settings without secrets,
        // the diagnostics, and nothing else.
        QVERIFY(desktop.window()->findChild<QAction*>(QStringLiteral("saveDebugArchiveAction")));
        const QString archive = m_dir.filePath(QStringLiteral("support/debug.zip"));
        QDir().mkpath(QFileInfo(archive).absolutePath());
        QSignalSpy saved(support, &app::SupportMenu::debugArchiveSaved);
        support->saveDebugArchive(archive);
        QVERIFY(saved.wait(10000));
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = desktop.window()->findChild<QMessageBox*>(QStringLiteral("debugArchiveSavedBox"))));
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(QDir::toNativeSeparators(QFileInfo(archive).absoluteFilePath())));
        QVERIFY(box->findChild<QPushButton*>(QStringLiteral("openFolderButton")));
        box->button(QMessageBox::Close)->click();

        const QMap<QString, QByteArray> files = unzip(archive);
        QVERIFY2(!files.isEmpty(), "not a valid zip archive");
        QVERIFY2(files.contains(QStringLiteral("debug/diagnostics.txt")), qPrintable(files.keys().join(u' ')));
        QVERIFY(files.contains(QStringLiteral("debug/settings.ini")));
        QVERIFY(files.contains(QStringLiteral("debug/logs/syncsites.log")));
        for (const QString& name : files.keys())
            QVERIFY2(name == QLatin1String("debug/diagnostics.txt") || name == QLatin1String("debug/settings.ini") ||
                         name.startsWith(QLatin1String("debug/logs/syncsites.log")),
                     qPrintable(name));
        QVERIFY(files.value(QStringLiteral("debug/diagnostics.txt")).contains("Site: Mulanje District Hospital"));
        const QString settings = QString::fromUtf8(files.value(QStringLiteral("debug/settings.ini")));
        QVERIFY2(settings.contains(QLatin1String("name=Mulanje District Hospital")), qPrintable(settings));
        QVERIFY2(settings.contains(QLatin1String("mirror=https://***@mirror.example/")), qPrintable(settings));
        QVERIFY2(!settings.contains(QLatin1String("password")) && !settings.contains(QLatin1String("secret=")) &&
                     !settings.contains(QLatin1String("token")),
                 qPrintable(settings));
        QVERIFY(files.value(QStringLiteral("debug/logs/syncsites.log")).contains("syncsites.desktop: SyncSites"));
        for (auto it = files.begin(); it != files.end(); ++it) {
            for (const QString& secret : secrets)
                QVERIFY2(!it.value().contains(secret.toUtf8()), qPrintable(it.key()));
        }

        // A place it cannot be written to: said so.
        QSignalSpy failed(support, &app::SupportMenu::debugArchiveFailed);
        support->saveDebugArchive(m_dir.filePath(QStringLiteral("no such folder/debug.zip")));
        QVERIFY(failed.wait(10000));
        QTRY_VERIFY(desktop.window()->findChild<QMessageBox*>(QStringLiteral("debugArchiveFailedBox")));
        desktop.window()->findChild<QMessageBox*>(QStringLiteral("debugArchiveFailedBox"))->close();
    }

    // The masking itself: keys that name secrets, and credentials inside a text; diagnostics of a client with a
    // proxy that needs a password.
    void secretsAreMasked()
    {
        for (const char* key : {"site/secret", "server/proxy_password", "user/token", "api_key", "SiteSecret"})
            QVERIFY2(app::Redaction::isSecretKey(QLatin1String(key)), key);
        for (const char* key : {"server/url", "site/name", "view/language", "window/geometry", "user/last_username"})
            QVERIFY2(!app::Redaction::isSecretKey(QLatin1String(key)), key);
        QCOMPARE(app::Redaction::maskCredentials(QStringLiteral("via https://u:p@proxy:3128/x and ftp://a@b")),
                 QStringLiteral("via https://***@proxy:3128/x and ftp://***@b"));
        QCOMPARE(app::Redaction::maskCredentials(QStringLiteral("password=abc token = d, \"secret\": \"e f\"")),
                 QStringLiteral("password=*** token = ***, \"secret\": ***"));
        const QString sentence = QStringLiteral("The hub refused the site's secret: ask for a new one. tokens=3");
        QCOMPARE(app::Redaction::maskCredentials(sentence), sentence);

        app::DesktopDiagnostics::Facts facts;
        facts.mode = QStringLiteral("client");
        facts.serverUrl = QStringLiteral("https://hub.example");
        facts.proxyUrl = QStringLiteral("http://someone:%1@proxy.example:3128").arg(kPlanted[3]);
        facts.siteName = QStringLiteral("Chikwawa Clinic");
        const QString text = app::DesktopDiagnostics::text(facts);
        QVERIFY(text.contains(QLatin1String("Proxy: http://***@proxy.example:3128")));
        QVERIFY(!text.contains(kPlanted[3]));
        QVERIFY(text.contains(QLatin1String("Mode: client")));
        QVERIFY(!text.contains(QLatin1String("Last sync"))); // no site here
    }
};

int main(int argc, char* argv[])
{
    // aCrashedAppsClaimIsTakenOver's other process: claims the file as the app does, says so, and waits to be killed.
    if (argc == 3 && qstrcmp(argv[1], "--hold-instance") == 0) {
        QCoreApplication app(argc, argv);
        app::InstanceGuard guard;
        if (guard.claim(QString::fromLocal8Bit(argv[2])) != app::InstanceGuard::Claim::Ours)
            return 1;
        std::printf("held\n");
        std::fflush(stdout);
        return QCoreApplication::exec();
    }
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestDesktopSupport test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestDesktopSupport.moc"
