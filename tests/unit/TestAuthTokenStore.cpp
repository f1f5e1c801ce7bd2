#include "TokenStore.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using namespace syncsites;

using namespace std::chrono_literals;

namespace {

// A clock the test moves by hand.
struct FakeClock
{
    QDateTime now = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    TokenStore::Clock clock()
    {
        return [this] {
            return now;
        };
    }
};

} // namespace

class TestAuthTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void issueAndLookup()
    {
        FakeClock time;
        TokenStore store(time.clock());
        const IssuedToken site = store.issue(TokenSubject::Site, QStringLiteral("north"), 3600s);
        const IssuedToken user = store.issue(TokenSubject::User, QStringLiteral("alice"), 600s);
        QCOMPARE(site.token.size(), 43);
        QVERIFY(site.token != user.token);
        QCOMPARE(site.expiresAt, time.now.addSecs(3600));

        const auto info = store.lookup(site.token);
        QVERIFY(info.ok());
        QCOMPARE(info->kind, TokenSubject::Site);
        QCOMPARE(info->subject, QStringLiteral("north"));
        QCOMPARE(info->issuedAt, time.now);
        QCOMPARE(store.lookup(user.token)->subject, QStringLiteral("alice"));
        QCOMPARE(store.lookup(QStringLiteral("made-up")).error().code, QStringLiteral("invalid_token"));
        QCOMPARE(store.lookup(QString()).error().code, QStringLiteral("invalid_token"));
    }

    void expiry_data()
    {
        QTest::addColumn<int>("elapsedSeconds");
        QTest::addColumn<QString>("expected"); // empty: valid
        QTest::newRow("fresh") << 0 << QString();
        QTest::newRow("a second before") << 599 << QString();
        QTest::newRow("at expiry") << 600 << QStringLiteral("token_expired");
        QTest::newRow("long after") << 86400 << QStringLiteral("token_expired");
    }

    void expiry()
    {
        QFETCH(int, elapsedSeconds);
        QFETCH(QString, expected);
        FakeClock time;
        TokenStore store(time.clock());
        const IssuedToken token = store.issue(TokenSubject::User, QStringLiteral("bob"), 600s);
        time.now = time.now.addSecs(elapsedSeconds);
        const auto info = store.lookup(token.token);
        QCOMPARE(info.ok() ? QString() : info.error().code, expected);
        QCOMPARE(store.activeCount(TokenSubject::User), expected.isEmpty() ? 1 : 0);
    }

    void sweep()
    {
        FakeClock time;
        TokenStore store(time.clock());
        const IssuedToken shortLived = store.issue(TokenSubject::User, QStringLiteral("a"), 60s);
        const IssuedToken longLived = store.issue(TokenSubject::User, QStringLiteral("b"), 3600s);
        time.now = time.now.addSecs(120);
        QCOMPARE(store.size(), 2);
        QCOMPARE(store.sweepExpired(), 1);
        QCOMPARE(store.size(), 1);
        // Once swept an expired token is simply unknown.
        QCOMPARE(store.lookup(shortLived.token).error().code, QStringLiteral("invalid_token"));
        QVERIFY(store.lookup(longLived.token).ok());
    }

    void revoke()
    {
        TokenStore store;
        const IssuedToken a = store.issue(TokenSubject::Site, QStringLiteral("north"), 3600s);
        const IssuedToken b = store.issue(TokenSubject::Site, QStringLiteral("north"), 3600s);
        const IssuedToken c = store.issue(TokenSubject::Site, QStringLiteral("south"), 3600s);
        const IssuedToken d = store.issue(TokenSubject::User, QStringLiteral("north"), 3600s); // same name, a user
        QVERIFY(store.revoke(a.token));
        QVERIFY(!store.revoke(a.token));
        QCOMPARE(store.lookup(a.token).error().code, QStringLiteral("invalid_token"));
        QVERIFY(store.lookup(b.token).ok());

        QCOMPARE(store.revokeSubject(TokenSubject::Site, QStringLiteral("north")), 1);
        QVERIFY(!store.lookup(b.token).ok());
        QVERIFY(store.lookup(c.token).ok());
        QVERIFY(store.lookup(d.token).ok());
        QCOMPARE(store.revokeSubject(TokenSubject::Site, QStringLiteral("nobody")), 0);
    }

    void perSubjectCap()
    {
        FakeClock time;
        TokenStore store(time.clock());
        QVector<QString> tokens;
        for (int i = 0; i < TokenStore::kMaxTokensPerSubject + 3; ++i)
            tokens.append(store.issue(TokenSubject::User, QStringLiteral("looper"), 3600s).token);
        QCOMPARE(store.activeCount(TokenSubject::User), TokenStore::kMaxTokensPerSubject);
        // The oldest went first; the newest are all valid.
        for (int i = 0; i < 3; ++i)
            QVERIFY(!store.lookup(tokens.at(i)).ok());
        for (int i = 3; i < tokens.size(); ++i)
            QVERIFY(store.lookup(tokens.at(i)).ok());
    }

    void tokensAreStoredHashed()
    {
        // Nothing but the token itself opens the entry: not its SHA-256, not a prefix.
        TokenStore store;
        const IssuedToken issued = store.issue(TokenSubject::Site, QStringLiteral("north"), 60s);
        const QByteArray digest = QCryptographicHash::hash(issued.token.toUtf8(), QCryptographicHash::Sha256);
        QVERIFY(!store.lookup(QString::fromLatin1(digest.toHex())).ok());
        QVERIFY(!store.lookup(QString::fromLatin1(digest.toBase64())).ok());
        QVERIFY(!store.lookup(issued.token.left(42)).ok());
        QVERIFY(store.lookup(issued.token).ok());
    }

    void concurrentUse()
    {
        TokenStore store;
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&store, &failures, t] {
                for (int i = 0; i < 500; ++i) {
                    const IssuedToken token = store.issue(TokenSubject::User, QStringLiteral("u%1").arg(t), 3600s);
                    if (!store.lookup(token.token).ok())
                        ++failures;
                    if (i % 2 == 0)
                        store.revoke(token.token);
                }
            });
        }
        for (auto& thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(store.size(), 8 * TokenStore::kMaxTokensPerSubject);
    }
};

QTEST_GUILESS_MAIN(TestAuthTokenStore)
#include "TestAuthTokenStore.moc"
