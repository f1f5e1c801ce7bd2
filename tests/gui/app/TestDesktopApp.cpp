// The whole desktop app as the README's run command starts it: a demo hub served by the app on loopback, the app
// one of its sites with its own replica, signed in as the demo administrator, syncing as it opens.
#include "Database.h"
#include "DesktopApp.h"
#include "FileDamage.h"
#include "MainWindow.h"
#include "ReplicaHealth.h"
#include "SettingTable.h"
#include "SyncEngine.h"
#include "SyncSummary.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace syncsites;

class TestDesktopApp : public QObject
{
    Q_OBJECT

    /// The demo signs its administrator in through the hub's API after start() returns: waits for the pages.
    static bool signedIn(app::DesktopApp& desktop)
    {
        if (!desktop.user().username.isEmpty())
            return true;
        QSignalSpy entered(&desktop, &app::DesktopApp::signedIn);
        return entered.wait(60000);
    }

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
            QVERIFY(signedIn(desktop));
            QCOMPARE(desktop.user().username, QStringLiteral("admin"));
            QCOMPARE(desktop.user().role, UserRole::Administrator);
            QVERIFY(!desktop.user().offline);
            QVERIFY(desktop.window()->isVisible());
            QCOMPARE(desktop.window()->pageIds(),
                     (QStringList{QStringLiteral("topology"), QStringLiteral("stores"), QStringLiteral("sync"),
                                  QStringLiteral("dashboard"), QStringLiteral("data"),
                                  QStringLiteral("administration")}));
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
            QVERIFY(signedIn(desktop));
            QSignalSpy finished(desktop.engine(), &SyncEngine::sessionFinished);
            QVERIFY(finished.wait(120000));
            const auto summary = finished.first().first().value<SyncSummary>();
            QVERIFY2(summary.outcome == SyncOutcome::Success,
                     qPrintable(summary.failure ? summary.failure->message : QString()));
            QVERIFY2(summary.pulled < firstPulled / 10, qPrintable(QString::number(summary.pulled)));
        }
        {
            // The replica damaged (one page of its stock lines, as failing storage does) and its daily check due:
            // the first sync finds it, refuses, and the app offers to set the site up again; at the next start it
            // does, keeping the damaged file aside, and syncs again.
            const QString replica = QDir(options.demoFolder).filePath(QStringLiteral("site.sqlite"));
            int lines = 0;
            {
                auto db = Database::open(replica);
                QVERIFY(db.ok());
                QVERIFY(SettingTable(**db).setValue(
                    ReplicaHealth::checkedAtKey(),
                    QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODateWithMs)));
                QSqlQuery query((*db)->connection().value());
                QVERIFY(query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'stock_line'")));
                QVERIFY(query.next());
                lines = query.value(0).toInt();
            }
            QVERIFY(test::damageLastLeaf(replica, lines).ok());

            QStringList boxes;
            QTimer answer;
            answer.setInterval(50);
            connect(&answer, &QTimer::timeout, this, [&boxes] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                if (!box || (!boxes.isEmpty() && boxes.last() == box->objectName()))
                    return;
                boxes << box->objectName();
                // SYNCSITES_SCREENSHOT_DIR=DIR: keep a picture of each question (docs/screenshots).
                if (const QString shots = qEnvironmentVariable("SYNCSITES_SCREENSHOT_DIR"); !shots.isEmpty())
                    box->grab().save(QDir(shots).filePath(box->objectName() + QStringLiteral(".png")));
                box->button(box->objectName() == QLatin1String("replicaDamagedBox") ? QMessageBox::Yes
                                                                                    : QMessageBox::Ok)
                    ->click();
            });
            answer.start();
            {
                app::DesktopApp desktop(options);
                QVERIFY(desktop.start());
                QVERIFY(signedIn(desktop));
                QSignalSpy finished(desktop.engine(), &SyncEngine::sessionFinished);
                QVERIFY(finished.wait(120000));
                const auto summary = finished.first().first().value<SyncSummary>();
                QVERIFY(summary.failure);
                QCOMPARE(summary.failure->code, QStringLiteral("replica_damaged"));
                QTRY_COMPARE(boxes, QStringList{QStringLiteral("replicaDamagedBox")});
                QVERIFY(!desktop.window()->isVisible());
            }
            {
                app::DesktopApp desktop(options);
                QVERIFY(desktop.start());
                QVERIFY(signedIn(desktop));
                QCOMPARE(boxes, (QStringList{QStringLiteral("replicaDamagedBox"), QStringLiteral("reinitDoneBox")}));
                QSignalSpy finished(desktop.engine(), &SyncEngine::sessionFinished);
                QVERIFY(finished.wait(120000));
                const auto summary = finished.first().first().value<SyncSummary>();
                QVERIFY2(summary.outcome == SyncOutcome::Success,
                         qPrintable(summary.failure ? summary.failure->message : QString()));
            }
            answer.stop();
            QCOMPARE(QDir(options.demoFolder).entryList({QStringLiteral("site.sqlite.damaged-*")}).size(), 1);
            QCOMPARE(QDir(options.demoFolder).entryList({QStringLiteral("site.sqlite.unpushed-*.json")}).size(), 1);
        }
        {
            // The replica emptied outside the app (a failed copy, a full disk): the app says so and starts no
            // further; it never puts an empty replica in its place.
            const QString replica = QDir(options.demoFolder).filePath(QStringLiteral("site.sqlite"));
            const QStringList files{replica, replica + QStringLiteral("-wal"), replica + QStringLiteral("-shm")};
            for (const QString& file : files)
                QFile::remove(file);
            QFile emptied(replica);
            QVERIFY(emptied.open(QIODevice::WriteOnly));
            emptied.close();
            QString shown;
            QTimer::singleShot(200, this, [&shown] {
                if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                    shown = box->text();
                    box->reject();
                }
            });
            app::DesktopApp desktop(options);
            QVERIFY(!desktop.start());
            QVERIFY2(shown.contains(QLatin1String("is empty (0 bytes)")), qPrintable(shown));
            QCOMPARE(QFileInfo(replica).size(), 0);
        }
    }
};

QTEST_MAIN(TestDesktopApp)
#include "TestDesktopApp.moc"
