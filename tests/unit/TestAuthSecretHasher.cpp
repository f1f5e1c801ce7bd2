#include "PasswordHasher.h"
#include "Pbkdf2Hash.h"
#include "SecretHasher.h"

#include <QElapsedTimer>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <ctime>

using namespace syncsites;

// Site secrets: HMAC-SHA-256 with a random salt as the key; the PBKDF2 hashes of older versions still verify.
class TestAuthSecretHasher : public QObject
{
    Q_OBJECT

private slots:
    void verifyRightAndWrong()
    {
        const QString secret = PasswordHasher::randomSecret(24);
        const QString stored = SecretHasher::hash(secret);
        QVERIFY(SecretHasher::verify(secret, stored));
        QVERIFY(!SecretHasher::verify(secret + QLatin1Char('x'), stored));
        QVERIFY(!SecretHasher::verify(secret.left(secret.size() - 1), stored));
        QVERIFY(!SecretHasher::verify(QString(), stored));
        QVERIFY(!SecretHasher::needsRehash(stored));
    }

    void formatAndSalts()
    {
        const QString a = SecretHasher::hash(QStringLiteral("same"));
        const QString b = SecretHasher::hash(QStringLiteral("same"));
        QVERIFY(a != b);
        static const QRegularExpression format(
            QStringLiteral("^hmac-sha256\\$[A-Za-z0-9+/]{22}==\\$[A-Za-z0-9+/]{43}=$"));
        QVERIFY2(format.match(a).hasMatch(), qPrintable(a));
        // The mac is HMAC-SHA-256(key = salt, message = the secret's UTF-8): checkable by anything.
        const QStringList parts = a.split(QLatin1Char('$'));
        const QByteArray salt = QByteArray::fromBase64(parts.at(1).toLatin1());
        QCOMPARE(
            QString::fromLatin1(QMessageAuthenticationCode::hash("same", salt, QCryptographicHash::Sha256).toBase64()),
            parts.at(2));
    }

    void legacyPbkdf2VerifiesAndNeedsRehash()
    {
        const QString old = Pbkdf2Hash::hashForTests(QStringLiteral("site secret"), 1000);
        QVERIFY(SecretHasher::verify(QStringLiteral("site secret"), old));
        QVERIFY(!SecretHasher::verify(QStringLiteral("site secreT"), old));
        QVERIFY(SecretHasher::needsRehash(old));
    }

    void malformedIsFalse_data()
    {
        QTest::addColumn<QString>("stored");
        const QStringList parts = SecretHasher::hash(QStringLiteral("s")).split(QLatin1Char('$'));
        QTest::newRow("empty") << QString();
        QTest::newRow("garbage") << QStringLiteral("hmac-sha256$x");
        QTest::newRow("other scheme") << QStringLiteral("hmac-md5$") + parts.at(1) + QLatin1Char('$') + parts.at(2);
        QTest::newRow("short salt") << parts.at(0) + QStringLiteral("$AAAA$") + parts.at(2);
        QTest::newRow("short mac") << parts.at(0) + QLatin1Char('$') + parts.at(1) + QStringLiteral("$AAAA");
        QTest::newRow("mac not base64") << parts.at(0) + QLatin1Char('$') + parts.at(1) + QStringLiteral("$@@");
        QTest::newRow("extra field") << parts.join(QLatin1Char('$')) + QStringLiteral("$x");
    }

    void malformedIsFalse()
    {
        QFETCH(QString, stored);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("malformed")));
        QVERIFY(!SecretHasher::verify(QStringLiteral("s"), stored));
        QVERIFY(SecretHasher::needsRehash(stored));
    }

    void verifyCostsWellUnderAMillisecond()
    {
        // The point of the change: a handshake's secret check costs microseconds, not the 40-75 ms of PBKDF2.
        // Median of 9 runs of 1,000 checks; asserted with a wide margin (a shared 2-core machine), printed as is.
        const QString secret = PasswordHasher::randomSecret(24);
        const QString stored = SecretHasher::hash(secret);
        QVector<double> cpuUs;
        for (int run = 0; run < 9; ++run) {
            const std::clock_t start = std::clock();
            for (int i = 0; i < 1000; ++i)
                QVERIFY(SecretHasher::verify(secret, stored));
            cpuUs.append(double(std::clock() - start) * 1e6 / CLOCKS_PER_SEC / 1000.0);
        }
        std::sort(cpuUs.begin(), cpuUs.end());
        qInfo("hmac-sha256 site secret: verify median %.1f us CPU (min %.1f, max %.1f)", cpuUs.at(4), cpuUs.first(),
              cpuUs.last());
        QVERIFY2(cpuUs.at(4) < 500.0, "a site secret check must cost well under a millisecond");
    }
};

QTEST_GUILESS_MAIN(TestAuthSecretHasher)
#include "TestAuthSecretHasher.moc"
