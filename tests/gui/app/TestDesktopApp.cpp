// The whole desktop app as the README's run command starts it: a demo hub served by the app on loopback, the app
// one of its sites with its own replica, signed in as the demo administrator, syncing as it opens.
#include "DesktopApp.h"
#include "MainWindow.h"
#include "SyncEngine.h"
#include "SyncSummary.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace syncsites;

class TestDesktopApp : public QObject
{
    Q_OBJECT

private slots:
    void demoOpensSignedInAndSyncs()
    {
        QTemporaryDir dir;
        app::DesktopOptions options;
        options.demoFolder = dir.filePath(QStringLiteral("demo"));
        options.demoRecords = 3000;
        qint64 firstPulled = 0;
        {
            app::DesktopApp desktop(options);
            QVERIFY(desktop.start());
            QCOMPARE(desktop.user().username, QStringLiteral("admin"));
            QCOMPARE(desktop.user().role, UserRole::Administrator);
            QVERIFY(!desktop.user().offline);
            QVERIFY(desktop.window()->isVisible());
            QCOMPARE(desktop.window()->pageIds(),
                     (QStringList{QStringLiteral("topology"), QStringLiteral("stores"), QStringLiteral("sync"),
                                  QStringLiteral("dashboard"), QStringLiteral("data")}));
            QCOMPARE(desktop.window()->currentPage(), QStringLiteral("topology"));

            // The app syncs as it opens: the first sync brings the site's data.
            QVERIFY(desktop.engine());
            QSignalSpy finished(desktop.engine(), &SyncEngine::sessionFinished);
            QVERIFY(finished.wait(120000));
            const auto summary = finished.first().first().value<SyncSummary>();
            QVERIFY2(summary.outcome == SyncOutcome::Success,
                     qPrintable(summary.failure ? summary.failure->message : QString()));
            firstPulled = summary.pulled;
            QVERIFY(firstPulled > 0);
            auto* identity = desktop.window()->findChild<QLabel*>(QStringLiteral("identityLabel"));
            QVERIFY(identity->text().contains(QStringLiteral("Demo Administrator")));
        }
        {
            // A second start reuses the demo: a new port, the same hub; nothing is pulled again.
            app::DesktopApp desktop(options);
            QVERIFY(desktop.start());
            QSignalSpy finished(desktop.engine(), &SyncEngine::sessionFinished);
            QVERIFY(finished.wait(120000));
            const auto summary = finished.first().first().value<SyncSummary>();
            QVERIFY2(summary.outcome == SyncOutcome::Success,
                     qPrintable(summary.failure ? summary.failure->message : QString()));
            QVERIFY2(summary.pulled < firstPulled / 10, qPrintable(QString::number(summary.pulled)));
        }
    }
};

QTEST_MAIN(TestDesktopApp)
#include "TestDesktopApp.moc"
