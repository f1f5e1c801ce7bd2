#include "Gzip.h"
#include "SplitMix64.h"
#include "TestSupport.h"

#include <QTest>

using namespace syncsites;

class TestProtocolGzip : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("data");
        SplitMix64 random(test::testSeed("TestProtocolGzip"));
        QByteArray noise(100000, Qt::Uninitialized);
        for (char& c : noise)
            c = static_cast<char>(random.below(256));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short") << QByteArray("{\"a\":1}");
        QTest::newRow("repetitive") << QByteArray(1000000, 'x');
        QTest::newRow("incompressible") << noise;
    }

    void roundTrip()
    {
        QFETCH(QByteArray, data);
        const QByteArray compressed = Gzip::compress(data);
        QVERIFY(compressed.startsWith("\x1f\x8b")); // a gzip member, not a bare zlib stream
        const auto decoded = Gzip::decompress(compressed, data.size());
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
        QCOMPARE(*decoded, data);
    }

    void concatenatedMembers()
    {
        const QByteArray both = Gzip::compress("hello ") + Gzip::compress("world");
        QCOMPARE(*Gzip::decompress(both, 100), QByteArray("hello world"));
    }

    void limitStopsEarly()
    {
        const QByteArray bomb = Gzip::compress(QByteArray(50 * 1024 * 1024, '\0'));
        QVERIFY(bomb.size() < 100 * 1024);
        const auto decoded = Gzip::decompress(bomb, 1024 * 1024);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, QStringLiteral("body_too_large"));
        // Exactly at the limit is fine.
        QCOMPARE(Gzip::decompress(Gzip::compress(QByteArray(1000, 'a')), 1000)->size(), 1000);
    }

    void corruptInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QByteArray good = Gzip::compress(QByteArray(5000, 'q'));
        QByteArray flipped = good;
        flipped[flipped.size() / 2] = static_cast<char>(flipped.at(flipped.size() / 2) ^ 0x55);
        QByteArray badCrc = good;
        badCrc[badCrc.size() - 6] = static_cast<char>(badCrc.at(badCrc.size() - 6) ^ 0x01);
        QTest::newRow("not gzip") << QByteArray("plain text, not compressed");
        QTest::newRow("truncated") << good.left(good.size() - 4);
        QTest::newRow("header only") << good.left(10);
        QTest::newRow("flipped byte") << flipped;
        QTest::newRow("bad crc") << badCrc;
        QTest::newRow("trailing garbage") << good + "garbage";
    }

    void corruptInput()
    {
        QFETCH(QByteArray, data);
        const auto decoded = Gzip::decompress(data, 1000000);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, QStringLiteral("invalid_gzip"));
    }

    void acceptsGzip_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("accepts");
        QTest::newRow("absent") << QByteArray() << false;
        QTest::newRow("gzip") << QByteArray("gzip") << true;
        QTest::newRow("list") << QByteArray("gzip, deflate, br") << true;
        QTest::newRow("Qt's default") << QByteArray("gzip, deflate") << true;
        QTest::newRow("case and spaces") << QByteArray(" GZip ;Q=0.5 ") << true;
        QTest::newRow("x-gzip") << QByteArray("x-gzip") << true;
        QTest::newRow("refused") << QByteArray("gzip;q=0") << false;
        QTest::newRow("refused 0.000") << QByteArray("br, gzip;q=0.000") << false;
        QTest::newRow("star") << QByteArray("*") << true;
        QTest::newRow("star but gzip refused") << QByteArray("*, gzip;q=0") << false;
        QTest::newRow("star refused") << QByteArray("*;q=0") << false;
        QTest::newRow("identity") << QByteArray("identity") << false;
        QTest::newRow("br only") << QByteArray("br") << false;
        QTest::newRow("gzipped lookalike") << QByteArray("gzipx") << false;
    }

    void acceptsGzip()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, accepts);
        QCOMPARE(Gzip::acceptsGzip(header), accepts);
    }
};

QTEST_GUILESS_MAIN(TestProtocolGzip)
#include "TestProtocolGzip.moc"
