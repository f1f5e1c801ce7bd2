#include "DesktopApp.h"
#include "MainWindow.h"
#include "SyncEngine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

using namespace syncsites;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SyncSites"));
    QApplication::setOrganizationName(QStringLiteral("SyncSites"));
    QApplication::setApplicationVersion(QStringLiteral(SYNCSITES_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app/syncsites.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.syncsites.SyncSites")); // packaging/linux

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Sync sites for health supply networks: the network, its stores' sync types, sync and its health."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Run on a demo network: a hub served by this app on 127.0.0.1, with its "
                                            "data in DIR (made at the first start), and this app as one of its "
                                            "sites, signed in as the demo administrator."),
        QStringLiteral("DIR"));
    const QCommandLineOption recordsOption(
        QStringLiteral("demo-records"),
        QCoreApplication::translate("main", "Records the demo hub is made with (default 20000)."), QStringLiteral("N"),
        QStringLiteral("20000"));
    const QCommandLineOption settingsOption(
        QStringLiteral("settings"),
        QCoreApplication::translate("main", "Keep the app's settings in FILE (an INI file) instead of the user's."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "After the first sync, save a picture of every page into DIR and quit."),
        QStringLiteral("DIR"));
    const QCommandLineOption screenshotSizeOption(
        QStringLiteral("screenshot-size"),
        QCoreApplication::translate("main", "The window's size for --screenshots, e.g. 1024x600 (default 1366x768)."),
        QStringLiteral("WxH"), QStringLiteral("1366x768"));
    parser.addOptions({demoOption, recordsOption, settingsOption, screenshotsOption, screenshotSizeOption});
    parser.process(app);

    app::DesktopOptions options;
    options.demoFolder = parser.value(demoOption);
    options.demoRecords = parser.value(recordsOption).toLongLong();
    options.settingsFile = parser.value(settingsOption);
    options.screenshotDir = parser.value(screenshotsOption);
    const QStringList size = parser.value(screenshotSizeOption).split(QLatin1Char('x'));
    options.screenshotSize = size.size() == 2 ? QSize(size[0].toInt(), size[1].toInt()) : QSize();
    if (!options.screenshotSize.isValid() || options.screenshotSize.isEmpty()) {
        qCritical("%s", qPrintable(QCoreApplication::translate("main", "--screenshot-size takes WxH, e.g. 1024x600.")));
        return 2;
    }

    app::DesktopApp desktop(options);
    if (!desktop.start())
        return desktop.anotherInstanceRuns() ? 0 : 1; // that one's window is shown: nothing failed
    if (!options.screenshotDir.isEmpty()) {
        const auto grabAndQuit = [&desktop, &options] {
            // Give the pages a moment to receive the hub's answers that the session's end asked for.
            QTimer::singleShot(3000, &desktop, [&desktop, &options] {
                desktop.grabPages(options.screenshotDir);
                QApplication::quit();
            });
        };
        if (desktop.engine())
            QObject::connect(desktop.engine(), &SyncEngine::sessionFinished, &desktop, grabAndQuit);
        else
            grabAndQuit();
    }
    return app.exec();
}
