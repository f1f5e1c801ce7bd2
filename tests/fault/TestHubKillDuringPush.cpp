// The real `syncsites-server serve` killed (SIGKILL) while it applies a large push batch, at seeded moments; after a
// restart the site sends the same batch again. Whether the first try was committed or not, every record ends up on
// the hub exactly once with exactly one changelog row, and the database stays sound. Seeded (SYNCSITES_TEST_SEED).
#include "ChangeLog.h"
#include "Database.h"
#include "HubTestHarness.h"
#include "SplitMix64.h"
#include "StableId.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <thread>

using namespace syncsites;
using namespace syncsites::test;
using Harness = HubTestHarness;

namespace {

const QString kSite = QStringLiteral("Sefa District Hospital");
constexpr int kIterations = 6;
constexpr int kBatchSize = 1500;

qint64 scalar(Database& db, const QString& sql)
{
    const Result<QSqlDatabase> c = db.connection();
    if (!c)
        return -1;
    QSqlQuery q(*c);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestHubKillDuringPush : public QObject
{
    Q_OBJECT

private slots:
    void replayAfterAKilledPushAppliesTheBatchOnce();

private:
    /// Starts serve on a free port; returns the port (0 on failure).
    quint16 startServe(QProcess& process);

    QTemporaryDir m_dir;
    QString m_db;
};

quint16 TestHubKillDuringPush::startServe(QProcess& process)
{
    const QString portFile = m_dir.filePath(QStringLiteral("port"));
    QFile::remove(portFile);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_LOGGING_RULES")))
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("syncsites.server.http.access.info=false"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(SYNCSITES_SERVER),
                  {QStringLiteral("serve"), QStringLiteral("--db"), m_db, QStringLiteral("--listen"),
                   QStringLiteral("127.0.0.1:0"), QStringLiteral("--port-file"), portFile});
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000 && QFileInfo(portFile).size() == 0)
        QThread::msleep(20);
    QFile file(portFile);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return quint16(file.readAll().trimmed().toUInt());
}

void TestHubKillDuringPush::replayAfterAKilledPushAppliesTheBatchOnce()
{
    const std::uint64_t seed = testSeed("TestHubKillDuringPush");
    SplitMix64 rng(seed);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("hub.sqlite"));
    const QString credentialsFile = m_dir.filePath(QStringLiteral("credentials.json"));
    QProcess demo;
    demo.start(QStringLiteral(SYNCSITES_SERVER),
               {QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--records"),
                QStringLiteral("200"), QStringLiteral("--credentials-out"), credentialsFile,
                QStringLiteral("--hash-cost"), QStringLiteral("19")});
    QVERIFY(demo.waitForFinished(60000));
    QCOMPARE(demo.exitCode(), 0);
    QFile credentials(credentialsFile);
    QVERIFY(credentials.open(QIODevice::ReadOnly));
    const QString secret = QJsonDocument::fromJson(credentials.readAll())
                               .object()
                               .value(QStringLiteral("sites"))
                               .toObject()
                               .value(kSite)
                               .toString();
    const QString installation = QUuid::createUuid().toString(QUuid::WithoutBraces);

    DatabaseOptions options;
    options.createIfMissing = false;
    Result<std::unique_ptr<Database>> opened = Database::open(m_db, options);
    QVERIFY2(opened, qPrintable(opened.error().message));
    Database& db = **opened;
    const QString sefa = StableId::site(kSite);

    int committedBeforeKill = 0;
    qint64 pushMs = 0; ///< how long one batch takes, measured by the first iteration
    for (int i = 0; i < kIterations; ++i) {
        QJsonArray batch;
        QStringList ids;
        for (int r = 0; r < kBatchSize; ++r) {
            const QJsonObject line = Harness::stockLine(QStringLiteral("SEF-PHA"));
            batch.append(line);
            ids.append(line.value(QStringLiteral("id")).toString());
        }
        const QString batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const qint64 rowsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM stock_line"));
        const qint64 cursorBefore = scalar(db, QStringLiteral("SELECT coalesce(max(cursor), 0) FROM changelog"));

        // The first try, killed after a seeded delay within the time a push takes (the first iteration lets it
        // finish, and measures that time).
        QProcess serve;
        const quint16 port = startServe(serve);
        QVERIFY(port > 0);
        const int delayMs = i == 0 ? -1 : int(rng.below(std::uint64_t(qMax<qint64>(pushMs, 50))));
        QElapsedTimer pushTimer;
        std::atomic<int> firstStatus{-1};
        {
            Harness::Client client(port);
            const QString token = client.token(kSite, secret, installation);
            QVERIFY(!token.isEmpty());
            pushTimer.start();
            std::thread pusher([&] {
                Harness::Client pushClient(port);
                firstStatus = pushClient.push(token, QStringLiteral("core"), batchId, batch).status;
            });
            if (delayMs >= 0) {
                QThread::msleep(ulong(delayMs));
            } else {
                while (firstStatus.load() < 0)
                    QThread::msleep(5);
                pushMs = pushTimer.elapsed();
            }
            serve.kill(); // SIGKILL: no chance to finish anything
            pusher.join();
        }
        QVERIFY(serve.waitForFinished(5000));
        const qint64 rowsAfterKill = scalar(db, QStringLiteral("SELECT count(*) FROM stock_line"));
        // All or nothing: the batch is one transaction.
        QVERIFY2(rowsAfterKill == rowsBefore || rowsAfterKill == rowsBefore + kBatchSize,
                 qPrintable(QStringLiteral("%1 rows after the kill, %2 before").arg(rowsAfterKill).arg(rowsBefore)));
        const bool committed = rowsAfterKill == rowsBefore + kBatchSize;
        committedBeforeKill += committed ? 1 : 0;

        // Restarted, the site sends the same batch again.
        QProcess again;
        const quint16 port2 = startServe(again);
        QVERIFY(port2 > 0);
        {
            Harness::Client client(port2);
            const QString token = client.token(kSite, secret, installation);
            QVERIFY(!token.isEmpty());
            const Harness::Reply replay = client.push(token, QStringLiteral("core"), batchId, batch);
            QVERIFY2(replay.status == 200, replay.describe().constData());
            QCOMPARE(replay.json().value(QStringLiteral("accepted")).toInt(), kBatchSize);
            QCOMPARE(replay.header("X-Replayed") == "true", committed);
            // The site can still pull.
            QCOMPARE(client.pull(token, QStringLiteral("core"), 0, 10).reply.status, 200);
        }
        again.terminate();
        QVERIFY(again.waitForFinished(5000));
        QCOMPARE(again.exitCode(), 0);

        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM stock_line")), rowsBefore + kBatchSize);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM changelog WHERE cursor > %1").arg(cursorBefore)),
                 qint64(kBatchSize));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT record_id) FROM changelog WHERE cursor > %1 AND "
                                           "table_name = 'stock_line' AND source_site_id = '%2' AND received = 1")
                                .arg(cursorBefore)
                                .arg(sefa)),
                 qint64(kBatchSize));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM push_batch WHERE batch_id = '%1'").arg(batchId)), 1);
        qInfo("iteration %d: killed %s, first try %s; replay %s", i,
              delayMs < 0 ? "after the answer" : qPrintable(QStringLiteral("after %1 ms").arg(delayMs)),
              committed ? "committed" : "rolled back", committed ? "answered from the stored answer" : "applied");
    }
    const Result<QSqlDatabase> c = db.connection();
    QVERIFY(c);
    QSqlQuery check(*c);
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(committedBeforeKill >= 1); // the first iteration at least
}

QTEST_GUILESS_MAIN(TestHubKillDuringPush)
#include "TestHubKillDuringPush.moc"
