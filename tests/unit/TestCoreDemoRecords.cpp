// The demo record generator: deterministic from its seed, exactly N records, every record consistent with the demo
// network (ids, home sites, supply routes, Open mSupply stores for assets), in an order a real network could have
// made them, with consistent statuses, and in constant memory however many records are asked for.
#include "DemoNetwork.h"
#include "DemoRecordGenerator.h"
#include "StableId.h"
#include "TestSupport.h"
#include "TransferIds.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

// QVERIFY2 builds its message even when the check passes; this builds it only on failure (checks run per record).
#define VERIFY_OR_SAY(statement, message)                                                                              \
    do {                                                                                                               \
        if (!(statement))                                                                                              \
            QFAIL(qPrintable(QStringLiteral("'" #statement "' returned FALSE. (") + (message) + QLatin1Char(')')));    \
    } while (false)

namespace syncsites {

namespace {

const QString invoiceTable = QStringLiteral("invoice");
const QString invoiceLineTable = QStringLiteral("invoice_line");
const QString requisitionTable = QStringLiteral("requisition");
const QString requisitionLineTable = QStringLiteral("requisition_line");
const QString assetTable = QStringLiteral("asset");
const QString temperatureLogTable = QStringLiteral("temperature_log");
const QString stockLineTable = QStringLiteral("stock_line");

// An activity makes at most 14 records (a request with six lines and its response); the stream may stop in the
// middle of the last one.
constexpr int tailMargin = 20;

// A generated stream and what the checks need to look things up in it.
struct Stream
{
    DemoNetwork network;
    QVector<GeneratedRecord> records;
    QHash<QString, int> indexById; ///< record id -> position in `records`
    QHash<QString, QString> storeCodeById;
    QHash<QString, QString> itemCodeById;
};

QVector<GeneratedRecord> generate(const DemoNetwork& network, std::uint64_t seed, qint64 count)
{
    DemoRecordGenerator generator(network, seed, count);
    QVector<GeneratedRecord> records;
    GeneratedRecord record;
    while (generator.next(record))
        records.append(record);
    return records;
}

Stream makeStream(std::uint64_t seed, qint64 count)
{
    Stream s;
    s.network = DemoNetwork::generate(seed);
    s.records = generate(s.network, seed, count);
    for (int i = 0; i < s.records.size(); ++i)
        s.indexById.insert(s.records[i].values.value(0).toString(), i);
    for (const Store& store : s.network.topology.stores())
        s.storeCodeById.insert(StableId::store(store.code), store.code);
    for (const DemoItem& item : s.network.items)
        s.itemCodeById.insert(StableId::item(item.code), item.code);
    return s;
}

// The value of a column of a record, by name.
QVariant field(const GeneratedRecord& record, const char* column)
{
    static QHash<QString, QStringList> columnsByTable;
    const QString table(record.table);
    auto it = columnsByTable.find(table);
    if (it == columnsByTable.end())
        it = columnsByTable.insert(table, DemoRecordGenerator::columns(record.table));
    const int index = int(it->indexOf(QLatin1String(column)));
    if (index < 0)
        qFatal("no column %s in %s", column, qPrintable(table));
    return record.values.value(index);
}

QString text(const GeneratedRecord& record, const char* column)
{
    return field(record, column).toString();
}

QString describe(const GeneratedRecord& record)
{
    QStringList values;
    for (const QVariant& v : record.values)
        values.append(v.isNull() ? QStringLiteral("<null>") : v.toString());
    return QString(record.table) + QStringLiteral(" from ") + record.originSite + QStringLiteral(": ") +
           values.join(QLatin1Char('|'));
}

bool sameRecord(const GeneratedRecord& a, const GeneratedRecord& b)
{
    return a.table == b.table && a.originSite == b.originSite && a.values == b.values;
}

// The record a line, a temperature log or a linked header refers to; nullptr when it is not in the stream.
const GeneratedRecord* find(const Stream& s, const QString& id)
{
    const auto it = s.indexById.constFind(id);
    return it == s.indexById.constEnd() ? nullptr : &s.records[*it];
}

// The store code a record belongs to: its own store, its header's, or its asset's.
QString storeCodeOf(const Stream& s, const GeneratedRecord& record)
{
    const QString table(record.table);
    QString storeId;
    if (table == invoiceLineTable)
        storeId = text(*find(s, text(record, "invoice_id")), "store_id");
    else if (table == requisitionLineTable)
        storeId = text(*find(s, text(record, "requisition_id")), "store_id");
    else if (table == temperatureLogTable)
        storeId = text(*find(s, text(record, "asset_id")), "store_id");
    else
        storeId = text(record, "store_id");
    return s.storeCodeById.value(storeId);
}

bool isTimestamp(const QVariant& value)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
    const QString t = value.toString();
    return shape.match(t).hasMatch() && QDateTime::fromString(t, Qt::ISODateWithMs).isValid();
}

// At most `places` decimals when printed the shortest way ("0.15", not "0.15000000000000002").
bool hasDecimals(const QVariant& value, int places)
{
    const QString shortest = QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    const qsizetype dot = shortest.indexOf(QLatin1Char('.'));
    return dot < 0 || shortest.size() - dot - 1 <= places;
}

bool isDate(const QVariant& value)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\d{4}-\d\d-\d\d$)"));
    const QString t = value.toString();
    return shape.match(t).hasMatch() && QDate::fromString(t, Qt::ISODate).isValid();
}

// Peak and current resident set size of this process, in kB, from /proc/self/status; -1 when unavailable.
qint64 procStatusKb(const char* key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets VmHWM to the current RSS (Linux 4.0+); false where that is not allowed.
bool resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

} // namespace

class TestCoreDemoRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    // First, so that no other test's allocations hide the generator's in the peak RSS.
    void memoryStaysFlat();
    void sameSeedSameStream();
    void seedsDiffer();
    void exactCount_data();
    void exactCount();
    void valuesMatchColumns_data() { seeds(); }
    void valuesMatchColumns();
    void idsReferToTheNetwork_data() { seeds(); }
    void idsReferToTheNetwork();
    void idsAreUniqueUuids_data() { seeds(); }
    void idsAreUniqueUuids();
    void linesComeAfterTheirHeader_data() { seeds(); }
    void linesComeAfterTheirHeader();
    void answersFollowAndLinkToWhatTheyAnswer_data() { seeds(); }
    void answersFollowAndLinkToWhatTheyAnswer();
    void answerLinesMirrorTheOriginal_data() { seeds(); }
    void answerLinesMirrorTheOriginal();
    void statusPairsAreConsistent_data() { seeds(); }
    void statusPairsAreConsistent();
    void timestampsAreOrdered_data() { seeds(); }
    void timestampsAreOrdered();
    void valuesAreInTheirDomain_data() { seeds(); }
    void valuesAreInTheirDomain();
    void assetsOnlyForOpenMsupplyStores_data() { seeds(); }
    void assetsOnlyForOpenMsupplyStores();
    void originIsTheStoresHome_data() { seeds(); }
    void originIsTheStoresHome();
    void transfersFollowSupplyRoutes_data() { seeds(); }
    void transfersFollowSupplyRoutes();
    void everyTableInTheMix();
    void derivedIds();

private:
    void seeds();
    const Stream& stream(std::uint64_t seed);

    QHash<std::uint64_t, Stream> m_streams;
    std::uint64_t m_randomSeed = 0;
};

void TestCoreDemoRecords::initTestCase()
{
    m_randomSeed = test::testSeed("TestCoreDemoRecords");
}

const Stream& TestCoreDemoRecords::stream(std::uint64_t seed)
{
    auto it = m_streams.find(seed);
    if (it == m_streams.end())
        it = m_streams.insert(seed, makeStream(seed, 10000));
    return *it;
}

// The per-record checks run on 10,000 records of a few fixed seeds and of a random one.
void TestCoreDemoRecords::seeds()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 1") << quint64(1);
    QTest::newRow("seed 2") << quint64(2);
    QTest::newRow("seed 2^64-1") << quint64(~std::uint64_t(0));
    QTest::newRow("random seed") << quint64(m_randomSeed);
}

void TestCoreDemoRecords::memoryStaysFlat()
{
    // One million records (about 7 s in Debug; two million take twice as long and prove no more): a generator that
    // kept what it made would grow by about a gigabyte.
    constexpr qint64 total = 1000000;
    constexpr qint64 warmUp = 20000;
    const DemoNetwork network = DemoNetwork::generate(7);
    DemoRecordGenerator generator(network, 7, total);
    GeneratedRecord record;
    for (qint64 i = 0; i < warmUp; ++i)
        QVERIFY(generator.next(record));

    const bool peakReset = resetPeakRss();
    const qint64 peakBefore = procStatusKb("VmHWM");
    const qint64 rssBefore = procStatusKb("VmRSS");
    if (peakBefore < 0 || rssBefore < 0)
        QSKIP("/proc/self/status is not available");
    qint64 rssMax = rssBefore;
    qint64 bytes = 0; // touch the values so that nothing is optimised away
    QElapsedTimer timer;
    timer.start();
    while (generator.next(record)) {
        bytes += record.values.value(0).toString().size();
        if (generator.produced() % 100000 == 0)
            rssMax = qMax(rssMax, procStatusKb("VmRSS"));
    }
    const qint64 elapsed = qMax<qint64>(1, timer.elapsed());
    QCOMPARE(generator.produced(), total);
    QCOMPARE(bytes, (total - warmUp) * 36);
    const qint64 peakGrowth = procStatusKb("VmHWM") - peakBefore;
    const qint64 rssGrowth = rssMax - rssBefore;
    qInfo("generated %lld records in %lld ms (%lld records/s); peak RSS %+lld kB%s, RSS %+lld kB", total - warmUp,
          elapsed, (total - warmUp) * 1000 / elapsed, peakGrowth, peakReset ? "" : " (peak not reset)", rssGrowth);
    // Generous: the allocator's slack and Qt's caches stay far below it.
    constexpr qint64 boundKb = 50 * 1024;
    VERIFY_OR_SAY(peakGrowth < boundKb, QString::number(peakGrowth));
    VERIFY_OR_SAY(rssGrowth < boundKb, QString::number(rssGrowth));
}

void TestCoreDemoRecords::sameSeedSameStream()
{
    for (const std::uint64_t seed : {std::uint64_t(1), std::uint64_t(42), m_randomSeed}) {
        const DemoNetwork network = DemoNetwork::generate(seed);
        // Two generators interleaved: no shared state between them.
        DemoRecordGenerator a(network, seed, 5000);
        DemoRecordGenerator b(network, seed, 5000);
        GeneratedRecord ra;
        GeneratedRecord rb;
        int compared = 0;
        while (a.next(ra)) {
            QVERIFY(b.next(rb));
            VERIFY_OR_SAY(sameRecord(ra, rb), describe(ra) + QLatin1Char('\n') + describe(rb));
            ++compared;
        }
        QVERIFY(!b.next(rb));
        QCOMPARE(compared, 5000);

        // A network generated anew from the seed gives the same stream: nothing depends on addresses.
        const DemoNetwork again = DemoNetwork::generate(seed);
        const QVector<GeneratedRecord> first = generate(network, seed, 5000);
        const QVector<GeneratedRecord> second = generate(again, seed, 5000);
        for (int i = 0; i < first.size(); ++i)
            VERIFY_OR_SAY(sameRecord(first[i], second[i]), QString::number(i));
    }
}

void TestCoreDemoRecords::seedsDiffer()
{
    const DemoNetwork network = DemoNetwork::generate(1);
    const QVector<GeneratedRecord> one = generate(network, 1, 5000);
    const QVector<GeneratedRecord> two = generate(network, 2, 5000);
    QSet<QString> idsOfOne;
    for (const GeneratedRecord& r : one)
        idsOfOne.insert(r.values.value(0).toString());
    int shared = 0;
    int sameTable = 0;
    for (int i = 0; i < two.size(); ++i) {
        shared += idsOfOne.contains(two[i].values.value(0).toString()) ? 1 : 0;
        sameTable += one[i].table == two[i].table ? 1 : 0;
    }
    QCOMPARE(shared, 0);
    VERIFY_OR_SAY(sameTable < 4900, QString::number(sameTable)); // the mix itself is seeded too

    // The network's seed matters too.
    QVERIFY(!sameRecord(generate(DemoNetwork::generate(2), 2, 1).first(), two.first()));
}

void TestCoreDemoRecords::exactCount_data()
{
    QTest::addColumn<qint64>("count");
    for (const qint64 n : {0, 1, 2, 3, 7, 12, 13, 999, 12345})
        QTest::addRow("%lld", static_cast<long long>(n)) << n;
}

void TestCoreDemoRecords::exactCount()
{
    QFETCH(qint64, count);
    const DemoNetwork network = DemoNetwork::generate(3);
    DemoRecordGenerator generator(network, 3, count);
    QCOMPARE(generator.total(), count);
    QCOMPARE(generator.produced(), qint64(0));
    GeneratedRecord record;
    qint64 made = 0;
    while (generator.next(record)) {
        ++made;
        QCOMPARE(generator.produced(), made);
        QVERIFY(made <= count);
    }
    QCOMPARE(made, count);
    QCOMPARE(generator.produced(), count);
    QVERIFY(!generator.next(record)); // and stays done

    // The total only cuts the stream: a shorter run is a prefix of a longer one.
    const QVector<GeneratedRecord> longer = generate(network, 3, count + 50);
    const QVector<GeneratedRecord> shorter = generate(network, 3, count);
    QCOMPARE(shorter.size(), qsizetype(count));
    for (int i = 0; i < shorter.size(); ++i)
        VERIFY_OR_SAY(sameRecord(shorter[i], longer[i]), QString::number(i));
}

void TestCoreDemoRecords::valuesMatchColumns()
{
    QFETCH(quint64, seed);
    const QList<QLatin1String> tables = DemoRecordGenerator::tables();
    QCOMPARE(tables.size(), qsizetype(7));
    for (const QLatin1String table : tables) {
        const QStringList columns = DemoRecordGenerator::columns(table);
        QVERIFY2(!columns.isEmpty(), table.data());
        QCOMPARE(columns.first(), QStringLiteral("id"));
        QCOMPARE(QSet<QString>(columns.cbegin(), columns.cend()).size(), columns.size());
    }
    QVERIFY(DemoRecordGenerator::columns(QLatin1String("no_such_table")).isEmpty());

    for (const GeneratedRecord& record : stream(seed).records) {
        VERIFY_OR_SAY(tables.contains(record.table), describe(record));
        VERIFY_OR_SAY(record.values.size() == DemoRecordGenerator::columns(record.table).size(), describe(record));
        VERIFY_OR_SAY(!record.values.first().toString().isEmpty(), describe(record));
        // A NULL is an invalid QVariant: QVariant::isNull() is false for a null QString in Qt 6.
        for (const QVariant& value : record.values) {
            VERIFY_OR_SAY(value.isValid() == !value.isNull(), describe(record));
            VERIFY_OR_SAY(value.typeId() != QMetaType::QString || !value.toString().isNull(), describe(record));
        }
    }
}

void TestCoreDemoRecords::idsReferToTheNetwork()
{
    QFETCH(quint64, seed);
    const Stream& s = stream(seed);
    const QStringList storeColumns{QStringLiteral("store_id"), QStringLiteral("partner_store_id")};
    for (const GeneratedRecord& record : s.records) {
        const QStringList columns = DemoRecordGenerator::columns(record.table);
        for (const QString& column : storeColumns) {
            const int i = int(columns.indexOf(column));
            if (i >= 0)
                VERIFY_OR_SAY(s.storeCodeById.contains(record.values[i].toString()), describe(record));
        }
        const int item = int(columns.indexOf(QStringLiteral("item_id")));
        if (item >= 0)
            VERIFY_OR_SAY(s.itemCodeById.contains(record.values[item].toString()), describe(record));
        // A transfer never names its own store as partner.
        const int partner = int(columns.indexOf(QStringLiteral("partner_store_id")));
        if (partner >= 0)
            VERIFY_OR_SAY(record.values[partner] != field(record, "store_id"), describe(record));
    }
}

void TestCoreDemoRecords::idsAreUniqueUuids()
{
    QFETCH(quint64, seed);
    const Stream& s = stream(seed);
    QCOMPARE(s.indexById.size(), s.records.size()); // no id twice, in any table
    for (const GeneratedRecord& record : s.records) {
        const QString id = record.values.first().toString();
        const QUuid uuid = QUuid::fromString(id);
        VERIFY_OR_SAY(!uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == id, describe(record));
        VERIFY_OR_SAY(uuid.variant() == QUuid::DCE, id);
        // Random ids look like the version 4 ids users' records get; answers derive theirs (version 5).
        VERIFY_OR_SAY(uuid.version() == QUuid::Random || uuid.version() == QUuid::Sha1, id);
    }
}

void TestCoreDemoRecords::linesComeAfterTheirHeader()
{
    QFETCH(quint64, seed);
    const Stream& s = stream(seed);
    int lines = 0;
    for (int i = 0; i < s.records.size(); ++i) {
        const GeneratedRecord& record = s.records[i];
        const QString table(record.table);
        const char* parentColumn = nullptr;
        QString parentTable;
        if (table == invoiceLineTable) {
            parentColumn = "invoice_id";
            parentTable = invoiceTable;
        } else if (table == requisitionLineTable) {
            parentColumn = "requisition_id";
            parentTable = requisitionTable;
        } else if (table == temperatureLogTable) {
            parentColumn = "asset_id";
            parentTable = assetTable;
        } else {
            continue;
        }
        ++lines;
        const int parent = s.indexById.value(text(record, parentColumn), -1);
        VERIFY_OR_SAY(parent >= 0, describe(record));
        VERIFY_OR_SAY(parent < i, describe(record));
        QCOMPARE(QString(s.records[parent].table), parentTable);
    }
    QVERIFY(lines > 1000);
}

void TestCoreDemoRecords::answersFollowAndLinkToWhatTheyAnswer()
{
    QFETCH(quint64, seed);
    const Stream& s = stream(seed);
    int inbound = 0;
    int responses = 0;
    for (int i = 0; i < s.records.size(); ++i) {
        const GeneratedRecord& r = s.records[i];
        const QString table(r.table);
        const bool invoice = table == invoiceTable;
        if (!invoice && table != requisitionTable)
            continue;
        const QString type = text(r, "type");
        const QVariant linked = field(r, invoice ? "linked_invoice_id" : "linked_requisition_id");
        if (type == QLatin1String("outbound") || type == QLatin1String("request")) {
            VERIFY_OR_SAY(linked.isNull(), describe(r));
            continue;
        }
        (invoice ? inbound : responses) += 1;
        const int original = s.indexById.value(linked.toString(), -1);
        VERIFY_OR_SAY(original >= 0 && original < i, describe(r));
        const GeneratedRecord& o = s.records[original];
        QCOMPARE(QString(o.table), table);
        QCOMPARE(text(o, "type"), invoice ? QStringLiteral("outbound") : QStringLiteral("request"));
        QCOMPARE(text(r, "id"), invoice ? TransferIds::inboundInvoice(text(o, "id"))
                                        : TransferIds::responseRequisition(text(o, "id")));
        // The answer is made in the partner store, naming the original's store.
        QCOMPARE(text(r, "store_id"), text(o, "partner_store_id"));
        QCOMPARE(text(r, "partner_store_id"), text(o, "store_id"));
    }
    QVERIFY(inbound > 50);
    QVERIFY(responses > 50);
}

void TestCoreDemoRecords::answerLinesMirrorTheOriginal()
{
    QFETCH(quint64, seed);
    const Stream& s = stream(seed);
    // Lines by header, in stream order.
    QHash<QString, QVector<int>> linesOf;
    for (int i = 0; i < s.records.size(); ++i) {
        const GeneratedRecord& r = s.records[i];
        if (QString(r.table) == invoiceLineTable)
            linesOf[text(r, "invoice_id")].append(i);
        else if (QString(r.table) == requisitionLineTable)
            linesOf[text(r, "requisition_id")].append(i);
    }
    int checked = 0;
    for (int i = 0; i < s.records.size() - tailMargin; ++i) {
        const GeneratedRecord& r = s.records[i];
        const bool invoice = QString(r.table) == invoiceTable;
        if (!invoice && QString(r.table) != requisitionTable)
            continue;
        const QString type = text(r, "type");
        if (type != QLatin1String("inbound") && type != QLatin1String("response"))
            continue;
        const QString original = text(r, invoice ? "linked_invoice_id" : "linked_requisition_id");
        const QVector<int> theirs = linesOf.value(original);
        const QVector<int> ours = linesOf.value(text(r, "id"));
        VERIFY_OR_SAY(!theirs.isEmpty(), describe(r));
        QCOMPARE(ours.size(), theirs.size());
        const char* const prefix = invoice ? "inbound_invoice_line" : "response_requisition_line";
        for (int l = 0; l < ours.size(); ++l) {
            const GeneratedRecord& line = s.records[ours[l]];
            const GeneratedRecord& from = s.records[theirs[l]];
            QCOMPARE(text(line, "id"), StableId::of(QLatin1String(prefix), text(from, "id")));
            QCOMPARE(line.values.mid(2), from.values.mid(2)); // item, batch, quantities
        }
        ++checked;
    }
    QVERIFY(checked > 100);
}

void TestCoreDemoRecords::statusPairsAreConsistent()
{
    QFETCH(quint64, seed);
    const Stream& s = stream(seed);
    QHash<QString, int> byStatus;
    for (int i = 0; i < s.records.size(); ++i) {
        const GeneratedRecord& r = s.records[i];
        const bool invoice = QString(r.table) == invoiceTable;
        if (!invoice && QString(r.table) != requisitionTable)
            continue;
        const QString type = text(r, "type");
        const QString status = text(r, "status");
        byStatus[type + QLatin1Char(' ') + status] += 1;
        if (type == QLatin1String("outbound")) {
            const GeneratedRecord* in = find(s, TransferIds::inboundInvoice(text(r, "id")));
            if (status == QLatin1String("new")) {
                VERIFY_OR_SAY(!in, describe(r)); // not shipped: the customer knows nothing yet
            } else if (i < s.records.size() - tailMargin) {
                VERIFY_OR_SAY(in, describe(r));
            }
            if (in) {
                QCOMPARE(text(*in, "status"), status); // delivered on both sides, or shipped on both
                QCOMPARE(field(*in, "shipped_at"), field(r, "shipped_at"));
                QCOMPARE(field(*in, "delivered_at"), field(r, "delivered_at"));
            }
        } else if (type == QLatin1String("inbound")) {
            VERIFY_OR_SAY(status == QLatin1String("shipped") || status == QLatin1String("delivered"), describe(r));
            const GeneratedRecord* out = find(s, text(r, "linked_invoice_id"));
            VERIFY_OR_SAY(out && text(*out, "status") == status, describe(r));
        } else if (type == QLatin1String("request")) {
            const GeneratedRecord* response = find(s, TransferIds::responseRequisition(text(r, "id")));
            if (status == QLatin1String("draft")) {
                VERIFY_OR_SAY(!response, describe(r)); // not sent: the supplier knows nothing yet
            } else if (i < s.records.size() - tailMargin) {
                VERIFY_OR_SAY(response, describe(r));
            }
            if (response) {
                // Finalised on one side exactly when on the other; a sent request's response is still a draft.
                QCOMPARE(text(*response, "status"),
                         status == QLatin1String("finalised") ? QStringLiteral("finalised") : QStringLiteral("draft"));
            }
        } else {
            QCOMPARE(type, QStringLiteral("response"));
            const GeneratedRecord* request = find(s, text(r, "linked_requisition_id"));
            VERIFY_OR_SAY(request, describe(r));
            QCOMPARE(status == QLatin1String("finalised"), text(*request, "status") == QLatin1String("finalised"));
            VERIFY_OR_SAY(text(*request, "status") != QLatin1String("draft"), describe(r));
        }
    }
    // Every status is in the mix.
    for (const char* pair :
         {"outbound new", "outbound shipped", "outbound delivered", "inbound shipped", "inbound delivered",
          "request draft", "request sent", "request finalised", "response draft", "response finalised"})
        QVERIFY2(byStatus.value(QLatin1String(pair)) > 0, pair);
}

void TestCoreDemoRecords::timestampsAreOrdered()
{
    QFETCH(quint64, seed);
    const Stream& s = stream(seed);
    const auto at = [](const GeneratedRecord& r, const char* column) {
        return QDateTime::fromString(text(r, column), Qt::ISODateWithMs);
    };
    QHash<QString, QDateTime> lastLog;
    for (const GeneratedRecord& r : s.records) {
        const QString table(r.table);
        if (table == invoiceTable) {
            const bool shipped = text(r, "status") != QLatin1String("new");
            const bool delivered = text(r, "status") == QLatin1String("delivered");
            VERIFY_OR_SAY(field(r, "shipped_at").isNull() != shipped, describe(r));
            VERIFY_OR_SAY(field(r, "delivered_at").isNull() != delivered, describe(r));
            if (shipped && text(r, "type") == QLatin1String("outbound"))
                VERIFY_OR_SAY(at(r, "created_at") <= at(r, "shipped_at"), describe(r));
            if (shipped && text(r, "type") == QLatin1String("inbound")) // made when the shipment arrived
                VERIFY_OR_SAY(at(r, "shipped_at") <= at(r, "created_at"), describe(r));
            if (delivered)
                VERIFY_OR_SAY(at(r, "shipped_at") < at(r, "delivered_at"), describe(r));
        } else if (table == requisitionTable) {
            const bool request = text(r, "type") == QLatin1String("request");
            const QString status = text(r, "status");
            const bool finalised = status == QLatin1String("finalised");
            // A response exists only for a sent request: it carries the request's sent_at.
            VERIFY_OR_SAY(field(r, "sent_at").isNull() == (request && status == QLatin1String("draft")), describe(r));
            VERIFY_OR_SAY(field(r, "finalised_at").isNull() != finalised, describe(r));
            if (request && !field(r, "sent_at").isNull())
                VERIFY_OR_SAY(at(r, "created_at") <= at(r, "sent_at"), describe(r));
            if (!request)
                VERIFY_OR_SAY(at(r, "sent_at") <= at(r, "created_at"), describe(r));
            if (finalised)
                VERIFY_OR_SAY(at(r, "sent_at") < at(r, "finalised_at"), describe(r));
        } else if (table == temperatureLogTable) {
            // An asset's readings are made one after another, in the order of the stream.
            const QString asset = text(r, "asset_id");
            const QDateTime logged = at(r, "logged_at");
            if (lastLog.contains(asset))
                VERIFY_OR_SAY(lastLog.value(asset) < logged, describe(r));
            lastLog.insert(asset, logged);
        }
    }
}

void TestCoreDemoRecords::valuesAreInTheirDomain()
{
    QFETCH(quint64, seed);
    const Stream& s = stream(seed);
    // The CHECK constraints and column types of the schema (tests/integration/TestDemoData writes them for real).
    for (const GeneratedRecord& r : s.records) {
        const QString table(r.table);
        if (table == stockLineTable) {
            VERIFY_OR_SAY(field(r, "pack_size").toInt() >= 1, describe(r));
            VERIFY_OR_SAY(field(r, "available_packs").toDouble() >= 0, describe(r));
            VERIFY_OR_SAY(field(r, "cost_price").toDouble() > 0, describe(r));
            VERIFY_OR_SAY(field(r, "sell_price").toDouble() >= field(r, "cost_price").toDouble(), describe(r));
            VERIFY_OR_SAY(hasDecimals(field(r, "cost_price"), 2) && hasDecimals(field(r, "sell_price"), 2),
                          describe(r));
            VERIFY_OR_SAY(isDate(field(r, "expiry_date")), describe(r));
            VERIFY_OR_SAY(!text(r, "batch").isEmpty(), describe(r));
        } else if (table == invoiceTable) {
            const QStringList types{QStringLiteral("outbound"), QStringLiteral("inbound")};
            const QStringList statuses{QStringLiteral("new"), QStringLiteral("shipped"), QStringLiteral("delivered")};
            VERIFY_OR_SAY(types.contains(text(r, "type")) && statuses.contains(text(r, "status")), describe(r));
            for (const char* c : {"created_at", "shipped_at", "delivered_at"})
                VERIFY_OR_SAY(field(r, c).isNull() || isTimestamp(field(r, c)), describe(r));
            VERIFY_OR_SAY(isTimestamp(field(r, "created_at")), describe(r));
        } else if (table == invoiceLineTable) {
            VERIFY_OR_SAY(field(r, "pack_size").toInt() >= 1, describe(r));
            VERIFY_OR_SAY(field(r, "packs").toDouble() > 0, describe(r));
            VERIFY_OR_SAY(hasDecimals(field(r, "cost_price"), 2), describe(r));
            VERIFY_OR_SAY(isDate(field(r, "expiry_date")), describe(r));
        } else if (table == requisitionTable) {
            const QStringList types{QStringLiteral("request"), QStringLiteral("response")};
            const QStringList statuses{QStringLiteral("draft"), QStringLiteral("sent"), QStringLiteral("finalised")};
            VERIFY_OR_SAY(types.contains(text(r, "type")) && statuses.contains(text(r, "status")), describe(r));
            for (const char* c : {"created_at", "sent_at", "finalised_at"})
                VERIFY_OR_SAY(field(r, c).isNull() || isTimestamp(field(r, c)), describe(r));
            VERIFY_OR_SAY(isTimestamp(field(r, "created_at")), describe(r));
        } else if (table == requisitionLineTable) {
            const double requested = field(r, "requested_packs").toDouble();
            const double supplied = field(r, "supplied_packs").toDouble();
            VERIFY_OR_SAY(requested > 0 && supplied >= 0 && supplied <= requested, describe(r));
            // Whole packs.
            VERIFY_OR_SAY(hasDecimals(field(r, "requested_packs"), 0) && hasDecimals(field(r, "supplied_packs"), 0),
                          describe(r));
        } else if (table == assetTable) {
            VERIFY_OR_SAY(text(r, "code").startsWith(QLatin1String("CCE-")), describe(r));
            VERIFY_OR_SAY(!text(r, "asset_type").isEmpty() && !text(r, "manufacturer").isEmpty(), describe(r));
            VERIFY_OR_SAY(isDate(field(r, "installed_on")), describe(r));
        } else if (table == temperatureLogTable) {
            const double celsius = field(r, "temperature_c").toDouble();
            VERIFY_OR_SAY(celsius >= -30 && celsius <= 30, describe(r));
            VERIFY_OR_SAY(hasDecimals(field(r, "temperature_c"), 1), describe(r)); // as a logger reports it
            VERIFY_OR_SAY(isTimestamp(field(r, "logged_at")), describe(r));
        }
    }
}

void TestCoreDemoRecords::assetsOnlyForOpenMsupplyStores()
{
    QFETCH(quint64, seed);
    const Stream& s = stream(seed);
    const Topology& t = s.network.topology;
    QSet<QString> storesWithAssets;
    int legacyStores = 0;
    for (const Store& store : t.stores())
        legacyStores += t.site(store.home)->info().openMsupply ? 0 : 1;
    QVERIFY(legacyStores > 0); // otherwise the check below proves nothing
    for (const GeneratedRecord& r : s.records) {
        if (QString(r.table) != assetTable)
            continue;
        const QString code = s.storeCodeById.value(text(r, "store_id"));
        const Store* store = t.store(code);
        VERIFY_OR_SAY(store, describe(r));
        VERIFY_OR_SAY(t.site(store->home)->info().openMsupply, code + QStringLiteral(" at ") + store->home);
        storesWithAssets.insert(code);
    }
    VERIFY_OR_SAY(storesWithAssets.size() >= 5, QString::number(storesWithAssets.size()));
}

void TestCoreDemoRecords::originIsTheStoresHome()
{
    QFETCH(quint64, seed);
    const Stream& s = stream(seed);
    QSet<QString> origins;
    for (const GeneratedRecord& r : s.records) {
        const QString code = storeCodeOf(s, r);
        const Store* store = s.network.topology.store(code);
        VERIFY_OR_SAY(store, describe(r));
        VERIFY_OR_SAY(r.originSite == store->home, describe(r) + QStringLiteral(" store ") + code);
        QVERIFY(s.network.topology.site(r.originSite)->holdsData());
        origins.insert(r.originSite);
    }
    // Records come from all over the network, not from the hub only.
    int dataSites = 0;
    for (const Site& site : s.network.topology.sites())
        dataSites += site.holdsData() ? 1 : 0;
    QCOMPARE(origins.size(), qsizetype(dataSites));
}

void TestCoreDemoRecords::transfersFollowSupplyRoutes()
{
    QFETCH(quint64, seed);
    const Stream& s = stream(seed);
    const Topology& t = s.network.topology;
    QSet<QPair<QString, QString>> routes;
    for (const SupplyRoute& route : s.network.routes)
        routes.insert({route.supplier, route.customer});
    QSet<QPair<QString, QString>> used;
    for (const GeneratedRecord& r : s.records) {
        const bool invoice = QString(r.table) == invoiceTable;
        if (!invoice && QString(r.table) != requisitionTable)
            continue;
        const QString store = s.storeCodeById.value(text(r, "store_id"));
        const QString partner = s.storeCodeById.value(text(r, "partner_store_id"));
        const QString type = text(r, "type");
        // Goods go from supplier to customer; requests from customer to supplier.
        const bool storeSupplies = type == QLatin1String("outbound") || type == QLatin1String("response");
        const QString supplier = storeSupplies ? store : partner;
        const QString customer = storeSupplies ? partner : store;
        VERIFY_OR_SAY(routes.contains({supplier, customer}), describe(r));
        used.insert({supplier, customer});
        // Each side sees the other on its home site, so either can start its part (the push rules ask for it).
        VERIFY_OR_SAY(t.syncType(supplier, t.store(customer)->home) != SyncType::None, describe(r));
        VERIFY_OR_SAY(t.syncType(customer, t.store(supplier)->home) != SyncType::None, describe(r));
    }
    VERIFY_OR_SAY(used.size() * 10 >= routes.size() * 9, QString::number(used.size())); // most routes used
}

void TestCoreDemoRecords::everyTableInTheMix()
{
    for (const std::uint64_t seed : {std::uint64_t(1), std::uint64_t(2), m_randomSeed}) {
        const Stream& s = stream(seed);
        QCOMPARE(s.records.size(), qsizetype(10000));
        QHash<QString, int> perTable;
        for (const GeneratedRecord& r : s.records)
            perTable[QString(r.table)] += 1;
        for (const QLatin1String table : DemoRecordGenerator::tables()) {
            // At least 2% each: a realistic mix, not a token row.
            VERIFY_OR_SAY(perTable.value(QString(table)) >= 200,
                          QString(table) + QLatin1Char(' ') + QString::number(perTable.value(QString(table))));
        }
        QCOMPARE(perTable.size(), DemoRecordGenerator::tables().size());
    }
}

void TestCoreDemoRecords::derivedIds()
{
    const QString outbound = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    QCOMPARE(TransferIds::inboundInvoice(outbound), TransferIds::inboundInvoice(outbound));
    QCOMPARE(TransferIds::inboundInvoice(outbound), StableId::of(QStringLiteral("inbound_invoice"), outbound));
    QCOMPARE(TransferIds::responseRequisition(outbound),
             StableId::of(QStringLiteral("response_requisition"), outbound));
    QVERIFY(TransferIds::inboundInvoice(outbound) != TransferIds::responseRequisition(outbound));
    QVERIFY(TransferIds::inboundInvoice(outbound) !=
            TransferIds::inboundInvoice(QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7")));
}

} // namespace syncsites

QTEST_GUILESS_MAIN(syncsites::TestCoreDemoRecords)
#include "TestCoreDemoRecords.moc"
