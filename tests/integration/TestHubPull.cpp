// GET /api/v1/sync/pull against a real hub on 127.0.0.1 (HubTestHarness): parameters, paging, `remaining`,
// initialisation, instructions after an administrator's edit of sync types, backfills, and the pull throughput
// of an initial sync (printed, not asserted).
#include "HubRepository.h"
#include "HubTestHarness.h"
#include "RecordStore.h"
#include "RoutedChangeQuery.h"
#include "StableId.h"
#include "TopologyRepository.h"
#include "Transaction.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace syncsites;
using namespace syncsites::test;
using Harness = HubTestHarness;

namespace {

const QString kSefa = QStringLiteral("Sefa District Hospital");
const QString kLira = QStringLiteral("Lira Health Centre");
const QString kKasa = QStringLiteral("Kasa Health Centre");
const QString kNorth = QStringLiteral("Northern Province Server");
const QString kMulanje = QStringLiteral("Mulanje District Hospital");

// The instructions of a pull result for one store.
QVector<QJsonObject> instructionsFor(const QJsonArray& instructions, const QString& store)
{
    QVector<QJsonObject> out;
    for (const QJsonValue& v : instructions) {
        if (v.toObject().value(QStringLiteral("store")).toString() == store)
            out.append(v.toObject());
    }
    return out;
}

QString describe(const QJsonArray& instructions)
{
    return QString::fromUtf8(QJsonDocument(instructions).toJson(QJsonDocument::Compact));
}

} // namespace

class TestHubPull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void badParametersNameTheField_data();
    void badParametersNameTheField();
    void pagesAreContiguousAndAddUpToOnePull();
    void aRecordChangedTwiceComesOnceInAPage();
    void aFullLastPageStillEndsTheInitialisation();
    void remainingCountsNewRecordsLaterInTheSession();
    void aReplacedInstallationInitialisesAgain();
    void gainedCollectorGetsABackfill();
    void lostCollectorGetsAPurge();
    void movedHomeGetsAHandOver();
    void backfillSendsOwnRecordsToo();
    void backfillOfAStoreNotHeldIsRefused();
    void initialPullThroughput();

private:
    /// An administrator's edit, as the admin API will make it: the topology saved in one transaction, then the
    /// hub's snapshot reloaded.
    void setSyncType(const QString& store, const QString& site, SyncType type);
    QString token(const QString& site);
    /// Pulls `site`'s core stream to the end from its last cursor (kept per site).
    Harness::PullResult catchUp(const QString& site, int limit = 1000);

    std::unique_ptr<Harness> m_hub;
    std::unique_ptr<Harness::Client> m_client;
    QHash<QString, QString> m_tokens;
    QHash<QString, qint64> m_cursors;
};

void TestHubPull::initTestCase()
{
    HubHarnessOptions options;
    options.records = 1500;
    Result<std::unique_ptr<Harness>> hub = Harness::start(options);
    QVERIFY2(hub, qPrintable(hub.error().message));
    m_hub = std::move(hub).value();
    m_client = m_hub->client();
}

void TestHubPull::cleanupTestCase()
{
    m_client.reset();
    m_hub.reset();
}

QString TestHubPull::token(const QString& site)
{
    if (!m_tokens.contains(site))
        m_tokens.insert(site, m_hub->token(site, *m_client));
    return m_tokens.value(site);
}

Harness::PullResult TestHubPull::catchUp(const QString& site, int limit)
{
    Harness::PullResult r = m_client->pullAll(token(site), QStringLiteral("core"), m_cursors.value(site), limit);
    if (r.ok)
        m_cursors.insert(site, r.lastCursor);
    return r;
}

void TestHubPull::setSyncType(const QString& store, const QString& site, SyncType type)
{
    Topology topology = m_hub->topology();
    QVERIFY(topology.setSyncType(store, site, type));
    Result<Transaction> tx = Transaction::begin(m_hub->database());
    QVERIFY(tx);
    const Status saved = TopologyRepository(m_hub->database()).save(topology);
    QVERIFY2(saved, qPrintable(saved.error().message));
    QVERIFY(tx->commit());
    QVERIFY(m_hub->server().state().reloadTopology());
    QCOMPARE(m_hub->topology().syncType(store, site), type);
}

void TestHubPull::badParametersNameTheField_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("no category") << QStringLiteral("cursor=0") << QStringLiteral("category");
    QTest::newRow("unknown category") << QStringLiteral("category=assets&cursor=0") << QStringLiteral("category");
    QTest::newRow("negative cursor") << QStringLiteral("category=core&cursor=-1") << QStringLiteral("cursor");
    QTest::newRow("cursor not a number") << QStringLiteral("category=core&cursor=abc") << QStringLiteral("cursor");
    QTest::newRow("zero limit") << QStringLiteral("category=core&cursor=0&limit=0") << QStringLiteral("limit");
    QTest::newRow("limit over the maximum")
        << QStringLiteral("category=core&cursor=0&limit=20001") << QStringLiteral("limit");
    QTest::newRow("limit not a number") << QStringLiteral("category=core&limit=ten") << QStringLiteral("limit");
    QTest::newRow("backfill without up_to")
        << QStringLiteral("category=core&cursor=0&store=SEF-PHA") << QStringLiteral("up_to");
    QTest::newRow("backfill with a bad up_to")
        << QStringLiteral("category=core&cursor=0&store=SEF-PHA&up_to=x") << QStringLiteral("up_to");
}

void TestHubPull::badParametersNameTheField()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const Harness::Reply reply = m_client->get(QStringLiteral("/api/v1/sync/pull?") + query, token(kSefa));
    QVERIFY2(reply.status == 400, reply.describe().constData());
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_field"));
    QCOMPARE(reply.errorDetails().value(QStringLiteral("field")).toString(), field);
    // A refused pull changes nothing: Sefa is still initialising.
    QVERIFY(!*HubRepository(m_hub->database()).isInitialised(StableId::site(kSefa), Category::Core));
}

void TestHubPull::pagesAreContiguousAndAddUpToOnePull()
{
    // Mulanje pulls its initial data in pages of 37.
    const QString site = kMulanje;
    const Harness::PullResult paged = m_client->pullAll(token(site), QStringLiteral("core"), 0, 37);
    QVERIFY2(paged.ok, paged.failure.describe().constData());
    QVERIFY2(paged.pages > 5, qPrintable(QString::number(paged.pages)));
    qint64 previous = 0;
    int page = 0;
    qint64 lastRecordCursor = 0;
    for (const QJsonObject& record : paged.records) {
        const qint64 cursor = record.value(QStringLiteral("cursor")).toInteger();
        // Records come oldest first, and each page's records lie between the cursor asked for and next_cursor.
        while (page < paged.nextCursors.size() && cursor > paged.nextCursors[page]) {
            previous = paged.nextCursors[page];
            ++page;
        }
        QVERIFY(page < paged.nextCursors.size());
        QVERIFY(cursor > previous && cursor <= paged.nextCursors[page]);
        QVERIFY(cursor > lastRecordCursor);
        lastRecordCursor = cursor;
    }
    for (int i = 1; i < paged.nextCursors.size(); ++i) {
        QVERIFY(paged.nextCursors[i] > paged.nextCursors[i - 1]);
        QVERIFY(paged.remaining[i] < paged.remaining[i - 1]);
    }
    QCOMPARE(paged.remaining.last(), 0);
    // The first page's `remaining` is exact: the rows still to come after it.
    RoutedChangeSpec spec;
    spec.siteId = StableId::site(site);
    spec.initialising = true;
    spec.after = paged.nextCursors.first();
    QCOMPARE(paged.remaining.first(), *RoutedChangeQuery(m_hub->database()).count(spec));
    SYNCSITES_COMPARE_KEYS(paged.keys(), m_hub->routedByCore(site, Category::Core, true));

    // The same site on a new installation (an administrator released the binding): one big page.
    QVERIFY(*HubRepository(m_hub->database()).releaseBinding(StableId::site(site)));
    auto other = m_hub->client();
    const QString fresh = other->token(site, m_hub->secret(site), QUuid::createUuid().toString(QUuid::WithoutBraces));
    QVERIFY(!fresh.isEmpty());
    const Harness::PullResult whole = other->pullAll(fresh, QStringLiteral("core"), 0, 5000);
    QVERIFY2(whole.ok, whole.failure.describe().constData());
    QCOMPARE(whole.pages, 1);
    SYNCSITES_COMPARE_KEYS(whole.keys(), paged.keys());
    QCOMPARE(whole.lastCursor, paged.lastCursor);
}

void TestHubPull::aRecordChangedTwiceComesOnceInAPage()
{
    const QString site = kNorth; // SEF-PHA is Collector there
    QVERIFY(catchUp(site).ok);
    auto sefa = m_hub->client();
    const QString sefaToken = m_hub->token(kSefa, *sefa);
    QJsonObject line = Harness::stockLine(QStringLiteral("SEF-PHA"));
    const QString id = line.value(QStringLiteral("id")).toString();
    const QJsonObject other = Harness::stockLine(QStringLiteral("SEF-PHA"));
    for (double packs : {10.0, 20.0, 30.0}) {
        QJsonObject data = line.value(QStringLiteral("data")).toObject();
        data.insert(QStringLiteral("available_packs"), packs);
        line.insert(QStringLiteral("data"), data);
        const QJsonArray batch = packs == 20.0 ? QJsonArray{line, other} : QJsonArray{line};
        QCOMPARE(sefa->push(sefaToken, QStringLiteral("core"), Harness::newId(), batch).status, 200);
    }
    const Harness::PullResult pulled = catchUp(site);
    QVERIFY(pulled.ok);
    QCOMPARE(pulled.pages, 1);
    QCOMPARE(pulled.records.size(), 2);
    // `other` was written between the second and the third change: the line comes last, once, as it is now.
    QCOMPARE(pulled.records[0].value(QStringLiteral("id")).toString(), other.value(QStringLiteral("id")).toString());
    QCOMPARE(pulled.records[1].value(QStringLiteral("id")).toString(), id);
    QCOMPARE(
        pulled.records[1].value(QStringLiteral("data")).toObject().value(QStringLiteral("available_packs")).toDouble(),
        30.0);
    QCOMPARE(pulled.records[1].value(QStringLiteral("cursor")).toInteger(), m_hub->maxCursor());
    QCOMPARE(pulled.lastCursor, m_hub->maxCursor());
}

void TestHubPull::aFullLastPageStillEndsTheInitialisation()
{
    // Kasa's whole initial stream in one page of exactly its size: that page is the end.
    const QString site = kKasa;
    RoutedChangeSpec spec;
    spec.siteId = StableId::site(site);
    spec.initialising = true;
    const qint64 rows = *RoutedChangeQuery(m_hub->database()).count(spec);
    QVERIFY(rows > 10 && rows <= 5000);
    const Harness::PullPage page = m_client->pull(token(site), QStringLiteral("core"), 0, int(rows));
    QVERIFY2(page.reply.status == 200, page.reply.describe().constData());
    QCOMPARE(page.remaining, 0);
    // The end is kept; the next pull from there shows the page arrived, and the site is initialised.
    QVERIFY(!*HubRepository(m_hub->database()).isInitialised(StableId::site(site), Category::Core));
    QCOMPARE(m_client->pull(token(site), QStringLiteral("core"), page.nextCursor, 10).reply.status, 200);
    QVERIFY2(*HubRepository(m_hub->database()).isInitialised(StableId::site(site), Category::Core),
             "a pull that answered remaining 0 reached the end, and the site pulled on from it");
    // And a page one short of the end says one more is to come.
    QVERIFY(*HubRepository(m_hub->database()).releaseBinding(StableId::site(site)));
    auto other = m_hub->client();
    const QString fresh = other->token(site, m_hub->secret(site), QUuid::createUuid().toString(QUuid::WithoutBraces));
    const Harness::PullPage shortPage = other->pull(fresh, QStringLiteral("core"), 0, int(rows - 1));
    QCOMPARE(shortPage.remaining, 1);
    QVERIFY(!*HubRepository(m_hub->database()).isInitialised(StableId::site(site), Category::Core));
}

void TestHubPull::remainingCountsNewRecordsLaterInTheSession()
{
    const QString site = kNorth;
    QVERIFY(catchUp(site).ok);
    // Sefa (whose pharmacy the Northern Province Server collects) adds 25 stock lines.
    QJsonArray batch;
    for (int i = 0; i < 25; ++i)
        batch.append(Harness::stockLine(QStringLiteral("SEF-PHA")));
    QCOMPARE(m_client->push(token(kSefa), QStringLiteral("core"), Harness::newId(), batch).status, 200);
    // The same session pulls again, 10 at a time.
    const Harness::PullResult pulled = catchUp(site, 10);
    QVERIFY(pulled.ok);
    QCOMPARE(pulled.records.size(), 25);
    QCOMPARE(pulled.remaining, (QVector<qint64>{15, 5, 0}));
}

void TestHubPull::aReplacedInstallationInitialisesAgain()
{
    // Lira pulls to the end, then pushes a stock line: a regular pull does not send it back.
    const QString site = kLira;
    QVERIFY(catchUp(site).ok);
    const QJsonObject line = Harness::stockLine(QStringLiteral("LIR-DSP"));
    QCOMPARE(m_client->push(token(site), QStringLiteral("core"), Harness::newId(), {line}).status, 200);
    const QString key = QStringLiteral("stock_line/") + line.value(QStringLiteral("id")).toString();
    QVERIFY(!catchUp(site).keys().contains(key));
    // Lira's tablet is replaced: an administrator releases the binding, the new installation starts from 0 and
    // must get everything Lira holds, its own records included.
    QVERIFY(*HubRepository(m_hub->database()).releaseBinding(StableId::site(site)));
    auto device = m_hub->client();
    const QString fresh = device->token(site, m_hub->secret(site), QUuid::createUuid().toString(QUuid::WithoutBraces));
    QVERIFY(!fresh.isEmpty());
    const Harness::PullResult initial = device->pullAll(fresh, QStringLiteral("core"), 0, 2000);
    QVERIFY2(initial.ok, initial.failure.describe().constData());
    QVERIFY2(initial.keys().contains(key), "the new installation gets the site's own records");
    SYNCSITES_COMPARE_KEYS(initial.keys(), m_hub->routedByCore(site, Category::Core, true));
}

void TestHubPull::gainedCollectorGetsABackfill()
{
    // KAS-MAT becomes Collector on the Northern Province Server: it gets the store's whole history.
    QCOMPARE(m_hub->topology().syncType(QStringLiteral("KAS-MAT"), kNorth), SyncType::None);
    for (const QString& site : {kNorth, kSefa, kLira, kKasa})
        QVERIFY(catchUp(site).ok);
    setSyncType(QStringLiteral("KAS-MAT"), kNorth, SyncType::Collector);
    const qint64 edit = m_hub->maxCursor();

    const Harness::PullResult north = catchUp(kNorth);
    QVERIFY(north.ok);
    const QVector<QJsonObject> got = instructionsFor(north.instructions, QStringLiteral("KAS-MAT"));
    QVERIFY2(got.size() == 1, qPrintable(describe(north.instructions)));
    QCOMPARE(got[0].value(QStringLiteral("kind")).toString(), QStringLiteral("backfill"));
    QCOMPARE(got[0].value(QStringLiteral("sync_type")).toString(), QStringLiteral("collector"));
    const qint64 upTo = got[0].value(QStringLiteral("up_to")).toInteger();
    QVERIFY(upTo > 0 && upTo <= edit);
    // Sites whose view of KAS-MAT did not change are told nothing about it.
    for (const QString& site : {kSefa, kLira, kKasa}) {
        const Harness::PullResult r = catchUp(site);
        QVERIFY(r.ok);
        QVERIFY2(r.instructions.isEmpty(), qPrintable(site + QLatin1Char(' ') + describe(r.instructions)));
    }

    // The backfill: every row of KAS-MAT's data up to the edit.
    const Harness::PullResult backfill = m_client->pullAll(token(kNorth), QStringLiteral("core"), 0, 300,
                                                           QStringLiteral("store=KAS-MAT&up_to=%1").arg(upTo));
    QVERIFY2(backfill.ok, backfill.failure.describe().constData());
    QSet<QString> expected;
    for (const Harness::ChangeRow& row : m_hub->changesAfter(0)) {
        if (row.cursor <= upTo && row.category == Category::Core &&
            row.storeId == StableId::store(QStringLiteral("KAS-MAT")) && !row.key.startsWith(QLatin1String("store")))
            expected.insert(row.key);
    }
    QVERIFY(expected.size() > 20);
    SYNCSITES_COMPARE_KEYS(backfill.keys(), expected);
    QVERIFY(backfill.instructions.isEmpty());
    // A backfill does not move the site's own cursor.
    QCOMPARE(catchUp(kNorth).records.size(), 0);
}

void TestHubPull::lostCollectorGetsAPurge()
{
    QCOMPARE(m_hub->topology().syncType(QStringLiteral("SEF-WRD"), kNorth), SyncType::Collector);
    for (const QString& site : {kNorth, kSefa})
        QVERIFY(catchUp(site).ok);
    setSyncType(QStringLiteral("SEF-WRD"), kNorth, SyncType::None);
    const Harness::PullResult north = catchUp(kNorth);
    QVERIFY(north.ok);
    const QVector<QJsonObject> got = instructionsFor(north.instructions, QStringLiteral("SEF-WRD"));
    QVERIFY2(got.size() == 1, qPrintable(describe(north.instructions)));
    QCOMPARE(got[0].value(QStringLiteral("kind")).toString(), QStringLiteral("purge"));
    QCOMPARE(got[0].value(QStringLiteral("sync_type")).toString(), QStringLiteral("none"));
    QVERIFY(catchUp(kSefa).instructions.isEmpty());
    // New records of SEF-WRD no longer reach it.
    const QJsonObject line = Harness::stockLine(QStringLiteral("SEF-WRD"));
    QCOMPARE(m_client->push(token(kSefa), QStringLiteral("core"), Harness::newId(), {line}).status, 200);
    QVERIFY(
        !catchUp(kNorth).keys().contains(QStringLiteral("stock_line/") + line.value(QStringLiteral("id")).toString()));
}

void TestHubPull::movedHomeGetsAHandOver()
{
    // KAS-DSP (Collector on Sefa) moves home from Kasa to Sefa.
    QCOMPARE(m_hub->topology().syncType(QStringLiteral("KAS-DSP"), kSefa), SyncType::Collector);
    for (const QString& site : {kSefa, kKasa, kLira})
        QVERIFY(catchUp(site).ok);
    setSyncType(QStringLiteral("KAS-DSP"), kSefa, SyncType::Active);
    QCOMPARE(m_hub->topology().syncType(QStringLiteral("KAS-DSP"), kKasa), SyncType::Collector);

    const Harness::PullResult sefa = catchUp(kSefa);
    QVERIFY(sefa.ok);
    const QVector<QJsonObject> got = instructionsFor(sefa.instructions, QStringLiteral("KAS-DSP"));
    QVERIFY2(got.size() == 1, qPrintable(describe(sefa.instructions)));
    QCOMPARE(got[0].value(QStringLiteral("kind")).toString(), QStringLiteral("hand_over"));
    QCOMPARE(got[0].value(QStringLiteral("home")).toString(), kSefa);
    QCOMPARE(got[0].value(QStringLiteral("sync_type")).toString(), QStringLiteral("active"));
    QVERIFY(catchUp(kLira).instructions.isEmpty());

    // Sefa now writes KAS-DSP; Kasa may not any more.
    const Harness::Reply bySefa = m_client->push(token(kSefa), QStringLiteral("core"), Harness::newId(),
                                                 {Harness::stockLine(QStringLiteral("KAS-DSP"))});
    QCOMPARE(bySefa.json().value(QStringLiteral("accepted")).toInt(), 1);
    const Harness::Reply byKasa = m_client->push(token(kKasa), QStringLiteral("core"), Harness::newId(),
                                                 {Harness::stockLine(QStringLiteral("KAS-DSP"))});
    QCOMPARE(byKasa.json()
                 .value(QStringLiteral("rejected"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("store_not_active"));
}

void TestHubPull::backfillSendsOwnRecordsToo()
{
    // A regular pull never sends Lira its own LIR-MAT records; a backfill of LIR-MAT sends all of them, and (LIR-MAT is
    // Active there) the transfers that name it as their partner.
    const qint64 upTo = m_hub->maxCursor();
    const Harness::PullResult backfill = m_client->pullAll(token(kLira), QStringLiteral("core"), 0, 5000,
                                                           QStringLiteral("store=LIR-MAT&up_to=%1").arg(upTo));
    QVERIFY2(backfill.ok, backfill.failure.describe().constData());
    QSet<QString> expected;
    int ownRows = 0;
    for (const Harness::ChangeRow& row : m_hub->changesAfter(0)) {
        const bool partner =
            row.partnerStoreId == StableId::store(QStringLiteral("LIR-MAT")) &&
            (row.key.startsWith(QLatin1String("invoice")) || row.key.startsWith(QLatin1String("requisition")));
        if (row.category == Category::Core && ((row.storeId == StableId::store(QStringLiteral("LIR-MAT")) &&
                                                !row.key.startsWith(QLatin1String("store"))) ||
                                               partner)) {
            expected.insert(row.key);
            ownRows += row.sourceSiteId == StableId::site(kLira) ? 1 : 0;
        }
    }
    QVERIFY(ownRows > 0);
    SYNCSITES_COMPARE_KEYS(backfill.keys(), expected);
    // Up to a cursor: nothing after it.
    const Harness::PullResult early = m_client->pullAll(token(kLira), QStringLiteral("core"), 0, 5000,
                                                        QStringLiteral("store=LIR-MAT&up_to=%1").arg(upTo / 2));
    QVERIFY(early.ok);
    for (const QJsonObject& r : early.records)
        QVERIFY(r.value(QStringLiteral("cursor")).toInteger() <= upTo / 2);
    QVERIFY(early.records.size() < backfill.records.size());
}

void TestHubPull::backfillOfAStoreNotHeldIsRefused()
{
    for (const QString& store : {QStringLiteral("NP-WH"), QStringLiteral("CWS"), QStringLiteral("NO-SUCH")}) {
        const Harness::PullPage page = m_client->pull(token(kSefa), QStringLiteral("core"), 0, 10,
                                                      QStringLiteral("store=%1&up_to=100").arg(store));
        QVERIFY2(page.reply.status == 403, qPrintable(store + QString::fromUtf8(page.reply.describe())));
        QCOMPARE(page.reply.errorCode(), QStringLiteral("store_not_visible"));
        QVERIFY(page.reply.errorMessage().contains(store));
    }
}

void TestHubPull::initialPullThroughput()
{
    // A hub of 20,000 records; the Northern Province Server (its own three stores, four Collector stores, transfers)
    // initialises in pages of 5000. Printed for the record; no timing is asserted.
    HubHarnessOptions options;
    options.records = 20000;
    options.dataSeed = 7;
    Result<std::unique_ptr<Harness>> started = Harness::start(options);
    QVERIFY2(started, qPrintable(started.error().message));
    Harness& hub = **started;
    auto client = hub.client();
    for (const QString& site : {kNorth, kSefa}) {
        const QString siteToken = hub.token(site, *client);
        QElapsedTimer timer;
        timer.start();
        const Harness::PullResult pulled = client->pullAll(siteToken, QStringLiteral("core"), 0, 5000);
        const qint64 ms = qMax<qint64>(1, timer.elapsed());
        QVERIFY2(pulled.ok, pulled.failure.describe().constData());
        SYNCSITES_COMPARE_KEYS(pulled.keys(), hub.routedByCore(site, Category::Core, true));
        qInfo("initial pull throughput: %s, %lld records in %d pages of at most 5000 in %lld ms: %lld records/s "
              "(hub of %lld changelog rows, loopback, %s build)",
              qPrintable(site), qint64(pulled.records.size()), pulled.pages, ms,
              qint64(pulled.records.size()) * 1000 / ms, hub.maxCursor(),
#ifdef NDEBUG
              "release"
#else
              "debug"
#endif
        );
    }
}

QTEST_GUILESS_MAIN(TestHubPull)
#include "TestHubPull.moc"
