// Records' tables and columns read as words on the Data pages (and so in every language): each column of every
// synced table has its heading, each table with a store's records its title; an unknown name still reads as words.
#include "RecordWords.h"
#include "TableSchema.h"

#include <QTest>

using namespace syncsites;
using namespace syncsites::ui;

class TestRecordWords : public QObject
{
    Q_OBJECT

private slots:
    void everyColumnHasAHeading()
    {
        const QStringList known = RecordWords::knownColumns();
        for (const TableSchema& table : TableSchema::all()) {
            for (const ColumnSchema& column : table.columns())
                QVERIFY2(known.contains(QString(column.name)),
                         qPrintable(QStringLiteral("%1.%2 has no heading").arg(table.name(), column.name)));
        }
        QCOMPARE(RecordWords::columnHeading(QStringLiteral("expiry_date")), QStringLiteral("Expiry date"));
        QCOMPARE(RecordWords::columnHeading(QStringLiteral("item_id")), QStringLiteral("Item"));
        QCOMPARE(RecordWords::columnHeading(QStringLiteral("temperature_c")), QStringLiteral("Temperature (°C)"));
        QCOMPARE(RecordWords::columnHeading(QStringLiteral("some_new_field")), QStringLiteral("Some new field"));
    }

    void everyTableOfAStoreHasATitle()
    {
        const QStringList known = RecordWords::knownTables();
        for (const TableSchema& table : TableSchema::all()) {
            if (table.hasStore())
                QVERIFY2(known.contains(QString(table.name())), qPrintable(QString(table.name())));
        }
        QCOMPARE(RecordWords::tableTitle(QStringLiteral("stock_line")), QStringLiteral("Stock lines"));
        QCOMPARE(RecordWords::tableTitle(QStringLiteral("unknown_table")), QStringLiteral("unknown_table"));
    }
};

QTEST_GUILESS_MAIN(TestRecordWords)
#include "TestRecordWords.moc"
