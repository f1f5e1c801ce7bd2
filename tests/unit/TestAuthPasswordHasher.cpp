#include "PasswordHasher.h"
#include "Pbkdf2Hash.h"

#include <QElapsedTimer>
#include <QPasswordDigestor>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <ctime>

using namespace syncsites;

// People's passwords: Argon2id (libsodium), and the PBKDF2 hashes of older versions, still accepted.
class TestAuthPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void verifyRightAndWrong_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("ascii") << QStringLiteral("correct horse battery staple");
        QTest::newRow("empty") << QString();
        QTest::newRow("unicode") << QString::fromUtf8("p\xc3\xa4ssw\xc3\xb6rd \xe2\x9c\x93");
        QTest::newRow("generated") << PasswordHasher::randomSecret();
    }

    void verifyRightAndWrong()
    {
        QFETCH(QString, password);
        const PasswordHasher hasher(PasswordHasher::testCost());
        const QString stored = hasher.hash(password);
        QVERIFY(hasher.verify(password, stored));
        QVERIFY(!hasher.verify(password + QLatin1Char('x'), stored));
        QVERIFY(!hasher.verify(password.toUpper() + QStringLiteral("!"), stored));
        // Another hasher (another cost) verifies at the stored cost.
        QVERIFY(PasswordHasher(PasswordHasher::Cost{64, 2}).verify(password, stored));
    }

    void argon2idFormatAndSalts()
    {
        const PasswordHasher hasher(PasswordHasher::Cost{1024, 3});
        const QString a = hasher.hash(QStringLiteral("same"));
        const QString b = hasher.hash(QStringLiteral("same"));
        QVERIFY(a != b); // a fresh salt each time
        static const QRegularExpression format(
            QStringLiteral("^\\$argon2id\\$v=19\\$m=1024,t=3,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$"));
        QVERIFY2(format.match(a).hasMatch(), qPrintable(a));
        const auto cost = PasswordHasher::storedCost(a);
        QVERIFY(cost.ok());
        QCOMPARE(cost->memoryKiB, 1024);
        QCOMPARE(cost->passes, 3);
    }

    void costFloor()
    {
        QCOMPARE(PasswordHasher::costForMemoryMiB(18).error().code, QStringLiteral("hash_cost_too_low"));
        QCOMPARE(PasswordHasher::costForMemoryMiB(1).error().code, QStringLiteral("hash_cost_too_low"));
        QVERIFY(PasswordHasher::costForMemoryMiB(1000).ok());
        QCOMPARE(PasswordHasher::costForMemoryMiB(1025).error().code, QStringLiteral("hash_cost_too_high"));
        QVERIFY(PasswordHasher::costForMemoryMiB(18).error().message.contains(QStringLiteral("use 19 to 1024")));
        const auto floor = PasswordHasher::costForMemoryMiB(19);
        QVERIFY(floor.ok());
        QCOMPARE(floor->memoryKiB, 19 * 1024);
        QCOMPARE(floor->passes, PasswordHasher::kDefaultCost.passes);
    }

    void legacyPbkdf2StillVerifiesAndIsUpgraded()
    {
        // What a hub of an older version stored; the next good sign-in replaces it (AuthApi, needsRehash).
        const QString old = Pbkdf2Hash::hashForTests(QStringLiteral("s3cret"), 1000);
        const PasswordHasher hasher(PasswordHasher::testCost());
        QVERIFY(hasher.verify(QStringLiteral("s3cret"), old));
        QVERIFY(!hasher.verify(QStringLiteral("s3cret!"), old));
        QVERIFY(hasher.needsRehash(old));
        QVERIFY(!hasher.needsRehash(hasher.hash(QStringLiteral("s3cret"))));
    }

    void pbkdf2StoredFromOutside()
    {
        // A PBKDF2 hash written by anything that implements the old format verifies here.
        const QByteArray salt = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
        const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, "s3cret", salt, 1200, 32);
        const QString stored = QStringLiteral("pbkdf2-sha256$1200$") + QString::fromLatin1(salt.toBase64()) +
                               QLatin1Char('$') + QString::fromLatin1(key.toBase64());
        QVERIFY(PasswordHasher(PasswordHasher::testCost()).verify(QStringLiteral("s3cret"), stored));
    }

    void pbkdf2KnownVectors_data()
    {
        // RFC 7914 section 11 / the PBKDF2-HMAC-SHA256 vectors widely published with it.
        QTest::addColumn<int>("iterations");
        QTest::addColumn<QByteArray>("expectedHex");
        QTest::newRow("c=1") << 1 << QByteArray("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
        QTest::newRow("c=2") << 2 << QByteArray("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
        QTest::newRow("c=4096") << 4096
                                << QByteArray("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
    }

    void pbkdf2KnownVectors()
    {
        QFETCH(int, iterations);
        QFETCH(QByteArray, expectedHex);
        QCOMPARE(Pbkdf2Hash::derive("password", "salt", iterations, 32).toHex(), expectedHex);
    }

    void malformedIsFalseNotCrash_data()
    {
        QTest::addColumn<QString>("stored");
        const QString good = PasswordHasher(PasswordHasher::testCost()).hash(QStringLiteral("pw"));
        const QStringList parts = good.split(QLatin1Char('$'));
        const auto with = [&parts](int index, const QString& value) {
            QStringList copy = parts;
            copy[index] = value;
            return copy.join(QLatin1Char('$'));
        };
        const QString pbkdf2 = Pbkdf2Hash::hashForTests(QStringLiteral("pw"), 1000);
        const QStringList old = pbkdf2.split(QLatin1Char('$'));
        const auto withOld = [&old](int index, const QString& value) {
            QStringList copy = old;
            copy[index] = value;
            return copy.join(QLatin1Char('$'));
        };
        QTest::newRow("empty") << QString();
        QTest::newRow("garbage") << QStringLiteral("not a hash");
        QTest::newRow("argon2i, not id") << with(1, QStringLiteral("argon2i"));
        QTest::newRow("other version") << with(2, QStringLiteral("v=16"));
        QTest::newRow("4 GiB of memory") << with(3, QStringLiteral("m=4194304,t=2,p=1"));
        QTest::newRow("1000 passes") << with(3, QStringLiteral("m=8,t=1000,p=1"));
        QTest::newRow("4 lanes") << with(3, QStringLiteral("m=64,t=1,p=4"));
        QTest::newRow("unknown parameter") << with(3, QStringLiteral("m=64,t=1,x=1"));
        QTest::newRow("number with sign") << with(3, QStringLiteral("m=+64,t=1,p=1"));
        QTest::newRow("overflowing memory") << with(3, QStringLiteral("m=99999999999999,t=1,p=1"));
        QTest::newRow("salt missing") << parts.mid(0, 4).join(QLatin1Char('$'));
        QTest::newRow("damaged hash") << with(5, QStringLiteral("!!"));
        QTest::newRow("pbkdf2 too few parts") << old.mid(0, 3).join(QLatin1Char('$'));
        QTest::newRow("pbkdf2 zero iterations") << withOld(1, QStringLiteral("0"));
        QTest::newRow("pbkdf2 huge iterations") << withOld(1, QStringLiteral("999999999"));
        QTest::newRow("pbkdf2 leading zero") << withOld(1, QStringLiteral("01000"));
        QTest::newRow("pbkdf2 salt not base64") << withOld(2, QStringLiteral("@@@@"));
        QTest::newRow("pbkdf2 short hash") << withOld(3, QStringLiteral("AAAA"));
        QTest::newRow("pbkdf2 non-latin") << withOld(3, QString::fromUtf8("\xe2\x9c\x93"));
    }

    void malformedIsFalseNotCrash()
    {
        QFETCH(QString, stored);
        const PasswordHasher hasher(PasswordHasher::testCost());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("malformed")));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!hasher.verify(QStringLiteral("pw"), stored));
        QVERIFY2(timer.elapsed() < 5000, "a hostile stored cost must be refused unread");
        QVERIFY(hasher.needsRehash(stored));
    }

    void needsRehash()
    {
        const QString cheap = PasswordHasher(PasswordHasher::Cost{64, 1}).hash(QStringLiteral("pw"));
        QVERIFY(PasswordHasher(PasswordHasher::Cost{128, 1}).needsRehash(cheap));
        QVERIFY(PasswordHasher(PasswordHasher::Cost{64, 2}).needsRehash(cheap));
        QVERIFY(!PasswordHasher(PasswordHasher::Cost{64, 1}).needsRehash(cheap));
        // Never lower the cost of a stored hash.
        QVERIFY(!PasswordHasher(PasswordHasher::Cost{8, 1}).needsRehash(cheap));
    }

    void randomSecret()
    {
        QSet<QString> seen;
        static const QRegularExpression urlSafe(QStringLiteral("^[A-Za-z0-9_-]+$"));
        for (int i = 0; i < 200; ++i) {
            const QString secret = PasswordHasher::randomSecret();
            QCOMPARE(secret.size(), 43); // 32 bytes, base64 without padding
            QVERIFY2(urlSafe.match(secret).hasMatch(), qPrintable(secret));
            seen.insert(secret);
        }
        QCOMPARE(seen.size(), 200);
        QCOMPARE(PasswordHasher::randomSecret(1).size(), 2);
        QCOMPARE(PasswordHasher::randomSecret(5).size(), 7);
        QCOMPARE(PasswordHasher::randomSecret(0), QString());
    }

    void constantTimeEquals()
    {
        QVERIFY(PasswordHasher::constantTimeEquals("abc", "abc"));
        QVERIFY(!PasswordHasher::constantTimeEquals("abc", "abd"));
        QVERIFY(!PasswordHasher::constantTimeEquals("abc", "ab"));
        QVERIFY(PasswordHasher::constantTimeEquals(QByteArray(), QByteArray()));
    }

    void defaultCostTiming()
    {
        // Reports (does not assert) the cost of one verify() at the default cost, the figure quoted at
        // PasswordHasher::kDefaultCost, beside the PBKDF2 cost it replaced. Medians of 9 runs; CPU time is the
        // process's (one thread runs here), which a busy shared machine does not inflate the way it does wall time.
        const PasswordHasher hasher;
        const QString argon2id = hasher.hash(QStringLiteral("a person's password"));
        const QString pbkdf2 = Pbkdf2Hash::hashForTests(QStringLiteral("a person's password"), 120000);
        for (const QString& stored : {argon2id, pbkdf2}) {
            QVector<double> wallMs;
            QVector<double> cpuMs;
            for (int i = 0; i < 9; ++i) {
                QElapsedTimer timer;
                timer.start();
                const std::clock_t cpuStart = std::clock();
                QVERIFY(hasher.verify(QStringLiteral("a person's password"), stored));
                cpuMs.append(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
                wallMs.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            }
            std::sort(wallMs.begin(), wallMs.end());
            std::sort(cpuMs.begin(), cpuMs.end());
            qInfo("%s: verify median %.1f ms CPU, %.1f ms wall (wall min %.1f, max %.1f)",
                  qPrintable(stored.section(QLatin1Char('$'), 0, 3)), cpuMs.at(4), wallMs.at(4), wallMs.first(),
                  wallMs.last());
        }
    }
};

QTEST_GUILESS_MAIN(TestAuthPasswordHasher)
#include "TestAuthPasswordHasher.moc"
