// ItemCsv: the items CSV files administrators import (delimiters, quoting, headers, per-line problems).
#include "ItemCsv.h"

#include <QTest>

using namespace syncsites;

namespace {

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

} // namespace

class TestCoreItemCsv : public QObject
{
    Q_OBJECT

private slots:
    void readsTheColumnsInAnyOrderAndCase();
    void delimiterIsSniffedFromTheHeader_data();
    void delimiterIsSniffedFromTheHeader();
    void quotedFieldsHoldDelimitersQuotesAndLineBreaks();
    void badFieldsRefuseTheirLineOnly();
    void blankCellsKeepWhatTheItemHas();
    void unreadableFilesAreErrors_data();
    void unreadableFilesAreErrors();
};

void TestCoreItemCsv::readsTheColumnsInAnyOrderAndCase()
{
    const Result<ItemCsvFile> file = ItemCsv::parse(
        str("\xEF\xBB\xBFUnit,CODE, Item Name ,pack-size,Active,Notes\r\ntab,PARA,Paracetamol,100,No,x\r\n"));
    QVERIFY2(file.ok(), qPrintable(file.error().message));
    QCOMPARE(file->ignoredColumns, QStringList{str("Notes")});
    QCOMPARE(file->lines.size(), 1);
    const ItemCsvLine& line = file->lines.first();
    QCOMPARE(line.line, 2);
    QCOMPARE(line.code, str("PARA"));
    QCOMPARE(line.name.value_or(QString()), str("Paracetamol"));
    QCOMPARE(line.unit.value_or(QString()), str("tab"));
    QCOMPARE(line.packSize.value_or(0), 100);
    QCOMPARE(line.active.value_or(true), false);
    QVERIFY(line.problem.isEmpty());
}

void TestCoreItemCsv::delimiterIsSniffedFromTheHeader_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("comma") << str("code,name\nA,\"x; y\"\n") << str(",");
    QTest::newRow("semicolon") << str("code;name;unit\nA;x, y;tab\n") << str(";");
    QTest::newRow("tab") << str("code\tname\nA\tx, y; z\n") << str("\t");
}

void TestCoreItemCsv::delimiterIsSniffedFromTheHeader()
{
    QFETCH(QString, text);
    QFETCH(QString, delimiter);
    const Result<ItemCsvFile> file = ItemCsv::parse(text);
    QVERIFY2(file.ok(), qPrintable(file.error().message));
    QCOMPARE(QString(file->delimiter), delimiter);
    QCOMPARE(file->lines.size(), 1);
    QCOMPARE(file->lines[0].code, str("A"));
    QVERIFY(file->lines[0].name->startsWith(str("x")));
    QVERIFY(file->lines[0].problem.isEmpty());
}

void TestCoreItemCsv::quotedFieldsHoldDelimitersQuotesAndLineBreaks()
{
    const Result<ItemCsvFile> file =
        ItemCsv::parse(str("code,name\nA,\"Salts, \"\"oral\"\"\"\nB,\"two\nlines\"\nC,plain\n"));
    QVERIFY(file.ok());
    QCOMPARE(file->lines.size(), 3);
    QCOMPARE(*file->lines[0].name, str("Salts, \"oral\""));
    QCOMPARE(*file->lines[1].name, str("two\nlines"));
    QCOMPARE(file->lines[1].line, 3);
    QCOMPARE(file->lines[2].line, 5); // the quoted line break counts
    // The line break is a control character: a name may not hold one.
    QVERIFY(!file->lines[1].problem.isEmpty());
}

void TestCoreItemCsv::badFieldsRefuseTheirLineOnly()
{
    const Result<ItemCsvFile> file = ItemCsv::parse(str("code,name,pack_size,active\n"
                                                        "A,Good,5,yes\n"
                                                        ",No code,1,yes\n"
                                                        "B,,1,yes\n"
                                                        "C,Bad pack,ten,yes\n"
                                                        "D,Bad active,1,maybe\n"
                                                        "E,Too many,1,yes,extra\n"
                                                        "F,Trailing empties,1,yes,,\n"
                                                        "A,Again,1,yes\n"));
    QVERIFY(file.ok());
    QCOMPARE(file->lines.size(), 8);
    QVERIFY(file->lines[0].problem.isEmpty());
    QVERIFY(file->lines[1].problem.contains(str("code is empty")));
    QVERIFY(file->lines[2].problem.contains(str("name is empty")));
    QVERIFY(file->lines[3].problem.contains(str("\"ten\"")));
    QVERIFY(file->lines[4].problem.contains(str("\"maybe\"")));
    QVERIFY(file->lines[5].problem.contains(str("5 fields")));
    QVERIFY(file->lines[6].problem.isEmpty());
    QVERIFY(file->lines[7].problem.contains(str("line 2")));
}

void TestCoreItemCsv::blankCellsKeepWhatTheItemHas()
{
    const Result<ItemCsvFile> file = ItemCsv::parse(str("code,unit,pack_size,active\nA,,,\n"));
    QVERIFY(file.ok());
    const ItemCsvLine& line = file->lines.first();
    QVERIFY(!line.name.has_value());
    QCOMPARE(line.unit.value_or(str("unset")), QString()); // an empty unit clears it
    QVERIFY(!line.packSize.has_value());
    QVERIFY(!line.active.has_value());
    QVERIFY(line.problem.isEmpty());
}

void TestCoreItemCsv::unreadableFilesAreErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("words");
    QTest::newRow("empty") << QString() << str("empty");
    QTest::newRow("blank lines") << str("\n\r\n  \n") << str("empty");
    QTest::newRow("no code column") << str("name,unit\nx,y\n") << str("\"code\"");
    QTest::newRow("column twice") << str("code,name,Name\nA,b,c\n") << str("twice");
    QTest::newRow("open quote") << str("code,name\nA,\"never closed\nB,x\n") << str("line 2");
}

void TestCoreItemCsv::unreadableFilesAreErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, words);
    const Result<ItemCsvFile> file = ItemCsv::parse(text);
    QVERIFY(!file.ok());
    QCOMPARE(file.error().code, str("csv_invalid"));
    QVERIFY2(file.error().message.contains(words), qPrintable(file.error().message));
}

QTEST_GUILESS_MAIN(TestCoreItemCsv)
#include "TestCoreItemCsv.moc"
