#include "PasswordHasher.h"

#include <QElapsedTimer>
#include <QPasswordDigestor>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <ctime>

using namespace syncsites::server;

class TestServerPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void verifyRightAndWrong_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("ascii") << QStringLiteral("correct horse battery staple");
        QTest::newRow("empty") << QString();
        QTest::newRow("unicode") << QString::fromUtf8("p\xc3\xa4ssw\xc3\xb6rd \xe2\x9c\x93");
        QTest::newRow("generated") << PasswordHasher::randomSecret();
    }

    void verifyRightAndWrong()
    {
        QFETCH(QString, secret);
        const PasswordHasher hasher(PasswordHasher::kTestIterations);
        const QString stored = hasher.hash(secret);
        QVERIFY(hasher.verify(secret, stored));
        QVERIFY(!hasher.verify(secret + QLatin1Char('x'), stored));
        QVERIFY(!hasher.verify(secret.toUpper() + QStringLiteral("!"), stored));
        // Another hasher (another cost) verifies at the stored cost.
        QVERIFY(PasswordHasher(5000).verify(secret, stored));
    }

    void formatAndSalts()
    {
        const PasswordHasher hasher(PasswordHasher::kTestIterations);
        const QString a = hasher.hash(QStringLiteral("same"));
        const QString b = hasher.hash(QStringLiteral("same"));
        QVERIFY(a != b); // a fresh salt each time
        static const QRegularExpression format(
            QStringLiteral("^pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}==\\$[A-Za-z0-9+/]{43}=$"));
        QVERIFY2(format.match(a).hasMatch(), qPrintable(a));
        const auto parsed = PasswordHasher::parse(a);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->iterations, 1000);
        QCOMPARE(parsed->salt.size(), PasswordHasher::kSaltBytes);
        QCOMPARE(parsed->hash.size(), PasswordHasher::kHashBytes);
        QVERIFY(parsed->salt != PasswordHasher::parse(b)->salt);
    }

    void knownVectors_data()
    {
        // RFC 7914 section 11 / the PBKDF2-HMAC-SHA256 vectors widely published with it.
        QTest::addColumn<int>("iterations");
        QTest::addColumn<QByteArray>("expectedHex");
        QTest::newRow("c=1") << 1 << QByteArray("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
        QTest::newRow("c=2") << 2 << QByteArray("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
        QTest::newRow("c=4096") << 4096
                                << QByteArray("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
    }

    void knownVectors()
    {
        QFETCH(int, iterations);
        QFETCH(QByteArray, expectedHex);
        QCOMPARE(PasswordHasher::derive("password", "salt", iterations, 32).toHex(), expectedHex);
        // Qt's PBKDF2 gives the same bytes: stored hashes do not depend on which one derived them.
        QCOMPARE(
            QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, "password", "salt", iterations, 32).toHex(),
            expectedHex);
    }

    void storedHashFromOutside()
    {
        // A hash written by anything that implements the format verifies here.
        const QByteArray salt = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
        const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, "s3cret", salt, 1200, 32);
        const QString stored = QStringLiteral("pbkdf2-sha256$1200$") + QString::fromLatin1(salt.toBase64()) +
                               QLatin1Char('$') + QString::fromLatin1(key.toBase64());
        QVERIFY(PasswordHasher(PasswordHasher::kTestIterations).verify(QStringLiteral("s3cret"), stored));
    }

    void malformedIsFalseNotCrash_data()
    {
        QTest::addColumn<QString>("stored");
        const PasswordHasher hasher(PasswordHasher::kTestIterations);
        const QString good = hasher.hash(QStringLiteral("pw"));
        const QStringList parts = good.split(QLatin1Char('$'));
        const auto with = [&parts](int index, const QString& value) {
            QStringList copy = parts;
            copy[index] = value;
            return copy.join(QLatin1Char('$'));
        };
        QTest::newRow("empty") << QString();
        QTest::newRow("garbage") << QStringLiteral("not a hash");
        QTest::newRow("too few parts") << parts.mid(0, 3).join(QLatin1Char('$'));
        QTest::newRow("too many parts") << good + QStringLiteral("$x");
        QTest::newRow("other scheme") << with(0, QStringLiteral("bcrypt"));
        QTest::newRow("zero iterations") << with(1, QStringLiteral("0"));
        QTest::newRow("negative iterations") << with(1, QStringLiteral("-5"));
        QTest::newRow("plus sign") << with(1, QStringLiteral("+1000"));
        QTest::newRow("leading zero") << with(1, QStringLiteral("01000"));
        QTest::newRow("huge iterations") << with(1, QStringLiteral("999999999"));
        QTest::newRow("overflowing iterations") << with(1, QStringLiteral("99999999999999999999"));
        QTest::newRow("text iterations") << with(1, QStringLiteral("many"));
        QTest::newRow("salt not base64") << with(2, QStringLiteral("@@@@"));
        QTest::newRow("empty salt") << with(2, QString());
        QTest::newRow("short salt") << with(2, QStringLiteral("AAAA"));
        QTest::newRow("hash not base64") << with(3, QStringLiteral("!!"));
        QTest::newRow("short hash") << with(3, QStringLiteral("AAAA"));
        QTest::newRow("non-latin") << with(3, QString::fromUtf8("\xe2\x9c\x93"));
    }

    void malformedIsFalseNotCrash()
    {
        QFETCH(QString, stored);
        const PasswordHasher hasher(PasswordHasher::kTestIterations);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("malformed")));
        QVERIFY(!hasher.verify(QStringLiteral("pw"), stored));
        QCOMPARE(PasswordHasher::parse(stored).error().code, QStringLiteral("malformed_password_hash"));
        QVERIFY(hasher.needsRehash(stored));
    }

    void needsRehash()
    {
        const QString cheap = PasswordHasher(1000).hash(QStringLiteral("pw"));
        QVERIFY(PasswordHasher(2000).needsRehash(cheap));
        QVERIFY(!PasswordHasher(1000).needsRehash(cheap));
        QVERIFY(!PasswordHasher(500).needsRehash(cheap)); // never lower the cost of a stored hash
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
        // Reports (does not assert) the cost of one verify() at the default cost: the figure quoted at
        // PasswordHasher::kDefaultIterations. Medians of 9 runs; CPU time is the process's (one thread runs here),
        // which a busy shared machine does not inflate the way it inflates wall time.
        const PasswordHasher hasher;
        const QString stored = hasher.hash(QStringLiteral("site secret"));
        QVector<double> wallMs;
        QVector<double> cpuMs;
        for (int i = 0; i < 9; ++i) {
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpuStart = std::clock();
            QVERIFY(hasher.verify(QStringLiteral("site secret"), stored));
            cpuMs.append(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
            wallMs.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(wallMs.begin(), wallMs.end());
        std::sort(cpuMs.begin(), cpuMs.end());
        qInfo("PBKDF2-HMAC-SHA256, %d iterations: verify median %.1f ms CPU, %.1f ms wall (wall min %.1f, max %.1f)",
              PasswordHasher::kDefaultIterations, cpuMs.at(4), wallMs.at(4), wallMs.first(), wallMs.last());
    }
};

QTEST_GUILESS_MAIN(TestServerPasswordHasher)
#include "TestServerPasswordHasher.moc"
