// SyncEngine: sessions run off the calling thread and report through signals. At most one session runs and at most
// one more is queued; cancel() ends the running one and drops the queued one; an interval starts sessions on its
// own; a session that cannot start is reported and leaves the engine idle. The "hub" is a socket that accepts
// connections and never answers (a session hangs in its handshake until its read timeout or a cancel), or a port
// where nothing listens (a session fails at once).

#include "Database.h"
#include "ReplicaConfig.h"
#include "SyncEngine.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>

using namespace syncsites;
using namespace std::chrono_literals;

namespace {

// A TCP socket on 127.0.0.1 (port 0). Listening, the kernel completes connections that nobody ever reads from;
// not listening, connections are refused.
class LoopbackSocket
{
public:
    explicit LoopbackSocket(bool listening)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
            (listening && ::listen(m_fd, 64) != 0))
            return;
        socklen_t length = sizeof address;
        if (::getsockname(m_fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
            m_port = ntohs(address.sin_port);
    }
    ~LoopbackSocket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    LoopbackSocket(const LoopbackSocket&) = delete;
    LoopbackSocket& operator=(const LoopbackSocket&) = delete;

    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

SyncSummary summaryAt(const QSignalSpy& spy, int i)
{
    return spy.at(i).at(0).value<SyncSummary>();
}

QList<bool> boolsOf(const QSignalSpy& spy)
{
    QList<bool> out;
    for (const QList<QVariant>& args : spy)
        out << args.at(0).toBool();
    return out;
}

} // namespace

class TestEngineSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void queuesAtMostOneSession();
    void cancelEndsTheRunningAndDropsTheQueued();
    void intervalStartsSessions();
    void progressIsReported();
    void sessionThatCannotStartIsReported();
    void queuedSessionThatCannotStartEndsRunning();
    void destructorCancelsARunningSession();

private:
    // A replica registered as a site of a "hub" at `url`.
    void registerAt(const QString& url);
    static SessionOptions options(std::chrono::milliseconds readTimeout);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestEngineSyncEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("replica.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    m_database = std::move(db).value();
}

void TestEngineSyncEngine::cleanup()
{
    if (m_database)
        m_database->close();
    m_database.reset();
    m_dir.reset();
}

void TestEngineSyncEngine::registerAt(const QString& url)
{
    ReplicaConfig config;
    config.serverUrl = url;
    config.siteName = QStringLiteral("Sefa District Hospital");
    config.intervalSeconds = 0;
    QVERIFY(config.save(*m_database).ok());
}

SessionOptions TestEngineSyncEngine::options(std::chrono::milliseconds readTimeout)
{
    SessionOptions options;
    options.appVersion = QStringLiteral("test");
    options.maxAttempts = 1; // a timeout ends the session at once
    options.seed = 1;
    options.connectTimeout = 1000ms;
    options.readTimeout = readTimeout;
    options.reportToHub = false;
    return options;
}

void TestEngineSyncEngine::queuesAtMostOneSession()
{
    LoopbackSocket silent(true);
    QVERIFY(silent.port() > 0);
    registerAt(silent.url());
    SyncEngine engine(
        *m_database, [] { return Result<QString>(QStringLiteral("secret")); }, options(600ms));
    QSignalSpy started(&engine, &SyncEngine::sessionStarted);
    QSignalSpy finished(&engine, &SyncEngine::sessionFinished);
    QSignalSpy running(&engine, &SyncEngine::runningChanged);

    engine.syncNow();
    QVERIFY(engine.isRunning());
    QVERIFY(!engine.isQueued());
    QCOMPARE(started.count(), 1);
    QCOMPARE(boolsOf(running), QList<bool>{true});

    // Asked again while running: one is queued, however often it is asked.
    engine.syncNow();
    QVERIFY(engine.isQueued());
    engine.syncNow();
    engine.syncNow();
    QVERIFY(engine.isQueued());
    QCOMPARE(started.count(), 1);

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QCOMPARE(started.count(), 2);
    // No third session comes after the queued one.
    QTest::qWait(1000);
    QCOMPARE(finished.count(), 2);
    QCOMPARE(started.count(), 2);
    QVERIFY(!engine.isRunning());
    QVERIFY(!engine.isQueued());
    // Running from the first start to the end of the queued session, without a gap in between (a repeated
    // runningChanged(true) when the queued one starts is tolerated).
    QList<bool> changes = boolsOf(running);
    changes.erase(std::unique(changes.begin(), changes.end()), changes.end());
    QCOMPARE(changes, (QList<bool>{true, false}));
    for (int i = 0; i < 2; ++i) {
        const SyncSummary summary = summaryAt(finished, i);
        QCOMPARE(summary.outcome, SyncOutcome::Failed);
        QVERIFY(summary.failure.has_value());
        QCOMPARE(summary.failure->kind, SyncFailure::Kind::Timeout);
    }
}

void TestEngineSyncEngine::cancelEndsTheRunningAndDropsTheQueued()
{
    LoopbackSocket silent(true);
    registerAt(silent.url());
    SyncEngine engine(
        *m_database, [] { return Result<QString>(QStringLiteral("secret")); }, options(20000ms));
    QSignalSpy finished(&engine, &SyncEngine::sessionFinished);
    QSignalSpy running(&engine, &SyncEngine::runningChanged);
    engine.syncNow();
    engine.syncNow();
    QVERIFY(engine.isQueued());
    QTest::qWait(200); // the session waits for the silent hub's answer
    QVERIFY(engine.isRunning());

    QElapsedTimer clock;
    clock.start();
    engine.cancel();
    QVERIFY(!engine.isQueued());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QVERIFY2(clock.elapsed() < 5000, "the cancel did not cut the waiting request");
    const SyncSummary summary = summaryAt(finished, 0);
    QCOMPARE(summary.outcome, SyncOutcome::Cancelled);
    QVERIFY(summary.failure.has_value());
    QCOMPARE(summary.failure->kind, SyncFailure::Kind::Cancelled);
    QTest::qWait(500);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!engine.isRunning());
    QCOMPARE(boolsOf(running), (QList<bool>{true, false}));

    // Cancelling an idle engine does nothing; it syncs again afterwards.
    engine.cancel();
    engine.syncNow();
    QVERIFY(engine.isRunning());
    engine.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 5000);
}

void TestEngineSyncEngine::intervalStartsSessions()
{
    LoopbackSocket closed(false);
    QVERIFY(closed.port() > 0);
    registerAt(closed.url());
    SyncEngine engine(
        *m_database, [] { return Result<QString>(QStringLiteral("secret")); }, options(2000ms));
    QSignalSpy started(&engine, &SyncEngine::sessionStarted);
    QSignalSpy finished(&engine, &SyncEngine::sessionFinished);
    QCOMPARE(engine.interval(), 0);

    QElapsedTimer clock;
    clock.start();
    engine.setInterval(1);
    QCOMPARE(engine.interval(), 1);
    // The first automatic session starts one interval from now, not at once.
    QCOMPARE(started.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
    QVERIFY2(clock.elapsed() >= 900, qPrintable(QString::number(clock.elapsed())));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QCOMPARE(summaryAt(finished, 0).failure->kind, SyncFailure::Kind::ServerUnreachable);
    // And again one interval later.
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 5000);

    engine.setInterval(0);
    QCOMPARE(engine.interval(), 0);
    QTest::qWait(2200);
    QCOMPARE(started.count(), 2);

    engine.setInterval(-5);
    QCOMPARE(engine.interval(), 0);
}

void TestEngineSyncEngine::progressIsReported()
{
    LoopbackSocket silent(true);
    registerAt(silent.url());
    SyncEngine engine(
        *m_database, [] { return Result<QString>(QStringLiteral("secret")); }, options(500ms));
    QSignalSpy progressed(&engine, &SyncEngine::progressed);
    QSignalSpy finished(&engine, &SyncEngine::sessionFinished);
    engine.syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(progressed.count() >= 1, 5000);
    const SyncProgress first = progressed.at(0).at(0).value<SyncProgress>();
    QCOMPARE(first.stage, SyncStage::Handshake);
    QCOMPARE(first.done, qint64(0));
    QCOMPARE(first.total, qint64(1));
    QVERIFY(first.sessionId > 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QCOMPARE(summaryAt(finished, 0).sessionId, first.sessionId);
}

void TestEngineSyncEngine::sessionThatCannotStartIsReported()
{
    LoopbackSocket silent(true);
    registerAt(silent.url());
    SyncEngine engine(
        *m_database,
        [] {
            return Result<QString>(Error{QStringLiteral("secret_missing"), QStringLiteral("no secret file")});
        },
        options(500ms));
    QSignalSpy started(&engine, &SyncEngine::sessionStarted);
    QSignalSpy finished(&engine, &SyncEngine::sessionFinished);
    QSignalSpy running(&engine, &SyncEngine::runningChanged);
    engine.syncNow();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(started.count(), 0);
    QCOMPARE(running.count(), 0);
    QVERIFY(!engine.isRunning());
    const SyncSummary summary = summaryAt(finished, 0);
    QCOMPARE(summary.outcome, SyncOutcome::Failed);
    QVERIFY(summary.failure.has_value());
    QCOMPARE(summary.failure->code, QStringLiteral("secret_missing"));
    QVERIFY(!summary.failure->remedy.isEmpty());
}

// The first session runs, a second is queued, and by the time it should start its secret cannot be read. The
// engine reports that session as failed and must end up idle, and say so (runningChanged(false)), or a window
// showing "syncing..." would never stop.
void TestEngineSyncEngine::queuedSessionThatCannotStartEndsRunning()
{
    LoopbackSocket silent(true);
    registerAt(silent.url());
    auto secretReadable = std::make_shared<std::atomic<bool>>(true);
    SyncEngine engine(
        *m_database,
        [secretReadable]() -> Result<QString> {
            if (secretReadable->load())
                return QStringLiteral("secret");
            return Error{QStringLiteral("secret_missing"), QStringLiteral("no secret file")};
        },
        options(500ms));
    QSignalSpy finished(&engine, &SyncEngine::sessionFinished);
    QSignalSpy running(&engine, &SyncEngine::runningChanged);
    engine.syncNow();
    engine.syncNow();
    QVERIFY(engine.isQueued());
    secretReadable->store(false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QCOMPARE(summaryAt(finished, 1).failure->code, QStringLiteral("secret_missing"));
    QVERIFY(!engine.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!running.isEmpty() && running.last().at(0).toBool() == false, 2000);
}

void TestEngineSyncEngine::destructorCancelsARunningSession()
{
    LoopbackSocket silent(true);
    registerAt(silent.url());
    auto engine = std::make_unique<SyncEngine>(
        *m_database, [] { return Result<QString>(QStringLiteral("secret")); }, options(30000ms));
    engine->syncNow();
    engine->syncNow();
    QTest::qWait(200);
    QVERIFY(engine->isRunning());
    QElapsedTimer clock;
    clock.start();
    engine.reset();
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    // The interrupted session left the replica usable.
    const Result<ReplicaConfig> config = ReplicaConfig::load(*m_database);
    QVERIFY(config.ok());
    QCOMPARE(config->serverUrl, silent.url());
}

QTEST_GUILESS_MAIN(TestEngineSyncEngine)
#include "TestEngineSyncEngine.moc"
