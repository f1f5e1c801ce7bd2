// The hub's SQL routing (RoutedChangeQuery behind GET /api/v1/sync/pull) checked against core's Routing::route
// over every changelog row, for every site of the demo network, over real HTTP on 127.0.0.1.
#include "HubRepository.h"
#include "HubTestHarness.h"
#include "RecordStore.h"
#include "StableId.h"

#include <QTest>

using namespace syncsites;
using namespace syncsites::test;
using Harness = HubTestHarness;

namespace {

QString cat(Category c)
{
    return categoryId(c);
}

} // namespace

class TestHubRouting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void initialPullOfEverySiteEqualsCoreRouting();
    void categoriesNotCarriedAreRefused();
    void afterInitialisationOwnRecordsAreNotEchoed();
    void aUserRemovedFromASiteIsTakenAwayFromIt();

private:
    // Pushes, for each Active store of the site: a stock line; an outbound shipment with a line to a partner
    // visible on the site (when there is one); an asset where the site carries oms. Returns the ids pushed.
    QSet<QString> pushSomething(const QString& site, Harness::Client& client, const QString& token);

    std::unique_ptr<Harness> m_hub;
    QHash<QString, QString> m_tokens;
    QHash<QString, qint64> m_cursor; ///< site/category → cursor after the initial pull
};

void TestHubRouting::initTestCase()
{
    HubHarnessOptions options;
    options.records = 2000;
    Result<std::unique_ptr<Harness>> hub = Harness::start(options);
    QVERIFY2(hub, qPrintable(hub.error().message));
    m_hub = std::move(hub).value();
    auto client = m_hub->client();
    for (const QString& site : m_hub->syncingSites()) {
        const QString token = m_hub->token(site, *client);
        QVERIFY2(!token.isEmpty(), qPrintable(site));
        m_tokens.insert(site, token);
    }
    QCOMPARE(m_tokens.size(), 15); // every data-holding site of the demo network but the msupply_central
}

void TestHubRouting::cleanupTestCase()
{
    m_hub.reset();
}

void TestHubRouting::initialPullOfEverySiteEqualsCoreRouting()
{
    auto client = m_hub->client();
    const Topology topology = m_hub->topology();
    HubRepository repository(m_hub->database());
    int streams = 0;
    qint64 recordsPulled = 0;
    for (const QString& site : m_hub->syncingSites()) {
        for (Category category : allCategories) {
            if (!topology.site(site)->links.contains(category))
                continue;
            QVERIFY(!*repository.isInitialised(StableId::site(site), category));
            const Harness::PullResult pulled = client->pullAll(m_tokens.value(site), cat(category), 0, 700);
            QVERIFY2(pulled.ok, pulled.failure.describe().constData());
            const QSet<QString> expected = m_hub->routedByCore(site, category, /*initialising=*/true);
            const QSet<QString> got = pulled.keys();
            QVERIFY2(got == expected, qPrintable(site + QLatin1Char(' ') + cat(category) + QStringLiteral(": ") +
                                                 QString::fromUtf8(Harness::difference(got, expected))));
            QVERIFY2(!expected.isEmpty(), qPrintable(site));
            // Pulled to the end, but the answer might not have arrived: still initialising until the site pulls on
            // from there, which proves it integrated the last page.
            QVERIFY2(!*repository.isInitialised(StableId::site(site), category), qPrintable(site));
            const Harness::PullPage next = client->pull(m_tokens.value(site), cat(category), pulled.lastCursor, 10);
            QVERIFY2(next.reply.status == 200, next.reply.describe().constData());
            QVERIFY2(*repository.isInitialised(StableId::site(site), category), qPrintable(site));
            m_cursor.insert(site + QLatin1Char('/') + cat(category), pulled.lastCursor);
            ++streams;
            recordsPulled += got.size();
        }
    }
    // 15 core streams and 7 oms streams (one oms_remote, two oms_standalone and four oms_android sites).
    QCOMPARE(streams, 15 + 7);
    qInfo("routing cross-check: %d streams, %lld distinct records, changelog of %lld rows", streams, recordsPulled,
          m_hub->maxCursor());
}

void TestHubRouting::categoriesNotCarriedAreRefused()
{
    auto client = m_hub->client();
    const Topology topology = m_hub->topology();
    int refused = 0;
    for (const QString& site : m_hub->syncingSites()) {
        for (Category category : allCategories) {
            if (topology.site(site)->syncLinks().contains(category))
                continue;
            const Harness::PullPage page = client->pull(m_tokens.value(site), cat(category), 0, 10);
            QVERIFY2(page.reply.status == 403, qPrintable(site + QString::fromUtf8(page.reply.describe())));
            QCOMPARE(page.reply.errorCode(), QStringLiteral("category_not_carried"));
            const Harness::Reply pushed = client->push(m_tokens.value(site), cat(category), Harness::newId(), {});
            QCOMPARE(pushed.status, 403);
            QCOMPARE(pushed.errorCode(), QStringLiteral("category_not_carried"));
            ++refused;
        }
    }
    // The legacy kinds (msupply_remote, 2 msupply_single_user, 4 msupply_mobile). The oms_central, which has no
    // server of its own in the demo network, links for oms to the central's process (docs/routing.md, rule 1).
    QCOMPARE(refused, 7);
}

QSet<QString> TestHubRouting::pushSomething(const QString& site, Harness::Client& client, const QString& token)
{
    const Topology topology = m_hub->topology();
    QSet<QString> ids;
    QJsonArray core;
    QJsonArray oms;
    for (const QString& store : topology.activeStores(site)) {
        const QJsonObject line = Harness::stockLine(store);
        core.append(line);
        ids.insert(QStringLiteral("stock_line/") + line.value(QStringLiteral("id")).toString());
        for (const Store& partner : topology.stores()) {
            if (partner.code == store || topology.syncType(partner.code, site) == SyncType::None ||
                topology.syncType(partner.code, site) == SyncType::Active)
                continue;
            const QJsonObject shipment = Harness::invoice(store, partner.code, QStringLiteral("outbound"));
            const QString shipmentId = shipment.value(QStringLiteral("id")).toString();
            const QJsonObject shipmentLine = Harness::invoiceLine(shipmentId);
            core.append(shipment);
            core.append(shipmentLine);
            ids.insert(QStringLiteral("invoice/") + shipmentId);
            ids.insert(QStringLiteral("invoice_line/") + shipmentLine.value(QStringLiteral("id")).toString());
            break;
        }
        if (topology.site(site)->links.contains(Category::Oms)) {
            const QJsonObject asset = Harness::asset(store);
            oms.append(asset);
            ids.insert(QStringLiteral("asset/") + asset.value(QStringLiteral("id")).toString());
        }
    }
    for (const auto& [category, records] :
         {std::pair{QStringLiteral("core"), core}, std::pair{QStringLiteral("oms"), oms}}) {
        if (records.isEmpty())
            continue;
        const Harness::Reply reply = client.push(token, category, Harness::newId(), records);
        if (reply.status != 200 || reply.json().value(QStringLiteral("accepted")).toInt() != records.size()) {
            qWarning("%s: push refused: %s", qPrintable(site), reply.describe().constData());
            return {};
        }
    }
    return ids;
}

void TestHubRouting::afterInitialisationOwnRecordsAreNotEchoed()
{
    if (m_cursor.isEmpty())
        QSKIP("needs the initial pulls");
    auto client = m_hub->client();
    const Topology topology = m_hub->topology();
    QHash<QString, QSet<QString>> pushedBy;
    for (const QString& site : m_hub->syncingSites()) {
        const QSet<QString> ids = pushSomething(site, *client, m_tokens.value(site));
        QVERIFY2(!ids.isEmpty(), qPrintable(site));
        pushedBy.insert(site, ids);
    }

    int othersSeen = 0;
    for (const QString& site : m_hub->syncingSites()) {
        for (Category category : allCategories) {
            if (!topology.site(site)->links.contains(category))
                continue;
            const qint64 from = m_cursor.value(site + QLatin1Char('/') + cat(category));
            const Harness::PullResult pulled = client->pullAll(m_tokens.value(site), cat(category), from, 1000);
            QVERIFY2(pulled.ok, pulled.failure.describe().constData());
            const QSet<QString> got = pulled.keys();
            const QSet<QString> expected = m_hub->routedByCore(site, category, /*initialising=*/false, from);
            QVERIFY2(got == expected, qPrintable(site + QLatin1Char(' ') + cat(category) + QStringLiteral(": ") +
                                                 QString::fromUtf8(Harness::difference(got, expected))));
            // Nothing of its own comes back; some other site's records do (transfers, Collector copies).
            QVERIFY2(!got.intersects(pushedBy.value(site)), qPrintable(site));
            for (auto it = pushedBy.constBegin(); it != pushedBy.constEnd(); ++it) {
                if (it.key() != site && got.intersects(it.value()))
                    ++othersSeen;
            }
        }
    }
    QVERIFY2(othersSeen >= 10, qPrintable(QString::number(othersSeen)));

    // A concrete case: Sefa's new stock line of SEF-PHA reaches the Northern Province Server (Collector there) and
    // not Lira Health Centre (Transfer there), nor Sefa itself.
    const QString sefa = topology.store(QStringLiteral("SEF-PHA")) ? QStringLiteral("SEF-PHA") : QString();
    if (!sefa.isEmpty()) {
        const QString home = topology.store(sefa)->home;
        const QJsonObject line = Harness::stockLine(sefa);
        const qint64 before = m_hub->maxCursor();
        const Harness::Reply pushed =
            client->push(m_tokens.value(home), QStringLiteral("core"), Harness::newId(), QJsonArray{line});
        QCOMPARE(pushed.status, 200);
        const QString key = QStringLiteral("stock_line/") + line.value(QStringLiteral("id")).toString();
        for (const QString& site : m_hub->syncingSites()) {
            const Harness::PullResult pulled =
                client->pullAll(m_tokens.value(site), QStringLiteral("core"), before, 100);
            QVERIFY(pulled.ok);
            QCOMPARE(pulled.keys().contains(key), holdsStoreData(topology.syncType(sefa, site)) && site != home);
        }
    }
}

void TestHubRouting::aUserRemovedFromASiteIsTakenAwayFromIt()
{
    // "roamer" works at two sites; an administrator takes one of them away. That site holds the user's account
    // (with its password hash, for signing in offline) and must learn that the user no longer works there.
    const QString userId = StableId::user(QStringLiteral("roamer"));
    RecordStore records(m_hub->database());
    QString site;
    QString linkId;
    const Result<QVector<QJsonObject>> links = records.list(u"user_site");
    QVERIFY(links.ok());
    const Topology topology = m_hub->topology();
    for (const QJsonObject& link : *links) {
        if (link.value(QStringLiteral("user_id")).toString() == userId) {
            linkId = link.value(QStringLiteral("id")).toString();
            for (const Site& s : topology.sites()) {
                if (StableId::site(s.name) == link.value(QStringLiteral("site_id")).toString())
                    site = s.name;
            }
            break;
        }
    }
    QVERIFY(!site.isEmpty() && m_tokens.contains(site));
    auto client = m_hub->client();
    const Harness::PullResult before = client->pullAll(m_tokens.value(site), QStringLiteral("core"), 0, 5000);
    QVERIFY(before.keys().contains(QStringLiteral("user_account/") + userId));
    QVERIFY(before.keys().contains(QStringLiteral("user_site/") + linkId));

    const Result<bool> removed = records.remove(u"user_site", linkId);
    QVERIFY(removed && *removed);
    const Harness::PullResult after =
        client->pullAll(m_tokens.value(site), QStringLiteral("core"), before.lastCursor, 100);
    QVERIFY(after.ok);
    // The delete reaches the site (and the core rules agree), so its engine can drop the account.
    QVERIFY(after.keys().contains(QStringLiteral("user_site/") + linkId));
    QCOMPARE(after.keys(), m_hub->routedByCore(site, Category::Core, false, before.lastCursor));
}

QTEST_GUILESS_MAIN(TestHubRouting)
#include "TestHubRouting.moc"
