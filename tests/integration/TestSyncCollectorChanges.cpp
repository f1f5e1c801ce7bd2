// A site given a Collector copy of a store by an administrator, in the two situations the convergence test
// (TestSyncConvergence) found going wrong, made deterministic: the spec says the site gets "the store's whole
// history" at its next sync, and nothing of it is refused.
//
// Each test has its own demo hub (no generated records) and the replicas of Lira Health Centre (oms_android, home of
// LIR-MAT) and Kasa Health Centre (msupply_mobile, which does not see LIR-MAT at first).

#include "HubTestHarness.h"
#include "RecordStore.h"
#include "SiteReplica.h"
#include "StableId.h"
#include "StoreActions.h"
#include "SyncStateRepository.h"
#include "TestHubAdminClient.h"

#include <QTest>

using namespace syncsites;
using namespace syncsites::test;

namespace {

const QString kLira = QStringLiteral("Lira Health Centre"); // oms_android, home of LIR-MAT
const QString kKasa = QStringLiteral("Kasa Health Centre"); // msupply_mobile; LIR-MAT not visible there
const QString kStore = QStringLiteral("LIR-MAT");

} // namespace

class TestSyncCollectorChanges : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void gainedCollectorHoldsTheHistoryAfterOneSession();
    void lineAddedBeforeTheCollectorWasGainedIsNotRefused();

private:
    void setSyncType(const QString& store, const QString& site, const QString& type);
    QString quarantineText(SiteReplica& replica);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HubTestHarness> m_hub;
    std::unique_ptr<SiteReplica> m_lira;
    std::unique_ptr<SiteReplica> m_kasa;
};

void TestSyncCollectorChanges::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto hub = HubTestHarness::start();
    QVERIFY2(hub.ok(), qPrintable(hub.ok() ? QString() : hub.error().message));
    m_hub = std::move(hub).value();
    QCOMPARE(m_hub->topology().syncType(kStore, kKasa), SyncType::None);
    for (auto [name, replica] : {std::pair{kLira, &m_lira}, std::pair{kKasa, &m_kasa}}) {
        auto made = SiteReplica::create(m_dir->filePath(name + QStringLiteral(".sqlite")), name, m_hub->url(),
                                        m_hub->secret(name));
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
        *replica = std::move(made).value();
        SYNCSITES_SYNC_OK(**replica);
    }
}

void TestSyncCollectorChanges::cleanup()
{
    m_lira.reset();
    m_kasa.reset();
    m_hub.reset();
    m_dir.reset();
}

void TestSyncCollectorChanges::setSyncType(const QString& store, const QString& site, const QString& type)
{
    AdminClient admin(m_hub->port());
    const QString token = admin.token(QStringLiteral("admin"), m_hub->password(QStringLiteral("admin")));
    QVERIFY(!token.isEmpty());
    const auto reply = admin.setSyncType(store, site, type, admin.revision(token), token);
    QVERIFY2(reply.status == 200, reply.describe().constData());
}

QString TestSyncCollectorChanges::quarantineText(SiteReplica& replica)
{
    QStringList out;
    if (const auto entries = SyncStateRepository(replica.database()).quarantined())
        for (const QuarantineEntry& e : *entries)
            out << QStringLiteral("%1 %2: %3").arg(e.tableName, e.recordId, e.reason);
    return out.join(QLatin1String("; "));
}

// Kasa has synced past the store's records (not routed to it then); the administrator's edit is the last change
// routed to Kasa before it syncs again (the usual case: an administrator adds a Collector, the site syncs). One
// session must bring the store's whole history.
void TestSyncCollectorChanges::gainedCollectorHoldsTheHistoryAfterOneSession()
{
    StoreActions lira(m_lira->database());
    QStringList lines;
    for (int i = 0; i < 3; ++i) {
        const auto put = lira.putRecord(kStore, QStringLiteral("stock_line"),
                                        QJsonObject{{QStringLiteral("item_id"), StableId::item(QStringLiteral("ORS"))},
                                                    {QStringLiteral("batch"), QStringLiteral("H-%1").arg(i)},
                                                    {QStringLiteral("available_packs"), 10.0 * (i + 1)}});
        QVERIFY(put.ok());
        lines << put->id;
    }
    SYNCSITES_SYNC_OK(*m_lira);
    // A change routed to every site moves Kasa's cursor past those lines (which are not routed to Kasa).
    setSyncType(QStringLiteral("QCL"), QStringLiteral("Northern Province Server"), QStringLiteral("transfer"));
    const SyncSummary moved = m_kasa->sync();
    QVERIFY2(moved.outcome == SyncOutcome::Success && moved.pulled == 1, qPrintable(SiteReplica::describe(moved)));

    setSyncType(kStore, kKasa, QStringLiteral("collector"));
    const SyncSummary once = m_kasa->sync();
    QVERIFY2(once.outcome == SyncOutcome::Success, qPrintable(SiteReplica::describe(once)));
    RecordStore kasa(m_kasa->database());
    for (const QString& id : std::as_const(lines)) {
        const auto held = kasa.get(u"stock_line", id);
        QVERIFY(held.ok());
        QVERIFY2(held->has_value(),
                 qPrintable(QStringLiteral("stock line %1 of %2 is not on Kasa after its first session as a "
                                           "Collector (the backfill is still pending: %3)")
                                .arg(id, kStore)
                                .arg(SyncStateRepository(m_kasa->database()).backfills(Category::Core)->size())));
    }
    const QString difference = m_kasa->differenceFrom(*m_hub);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// Kasa's cursor has passed a shipment of LIR-MAT that it was not to see; then the shipment gets a new line; then
// Kasa becomes a Collector of LIR-MAT. The line is newer than Kasa's cursor and its header older: the line must not
// be applied before the backfill has brought its header (nor refused for lack of it).
void TestSyncCollectorChanges::lineAddedBeforeTheCollectorWasGainedIsNotRefused()
{
    StoreActions lira(m_lira->database());
    const auto outbound =
        lira.createTransfer(kStore, QStringLiteral("SEF-PHA"), QStringLiteral("ORS"), 2); // SEF-PHA: Transfer there
    QVERIFY2(outbound.ok(), qPrintable(outbound.ok() ? QString() : outbound.error().message));
    SYNCSITES_SYNC_OK(*m_lira);

    // A change routed to every site moves Kasa's cursor past the shipment (which is not routed to Kasa).
    setSyncType(QStringLiteral("QCL"), QStringLiteral("Northern Province Server"), QStringLiteral("transfer"));
    const SyncSummary moved = m_kasa->sync();
    QVERIFY2(moved.outcome == SyncOutcome::Success && moved.pulled == 1, qPrintable(SiteReplica::describe(moved)));

    const auto line = lira.putRecord(kStore, QStringLiteral("invoice_line"),
                                     QJsonObject{{QStringLiteral("invoice_id"), *outbound},
                                                 {QStringLiteral("item_id"), StableId::item(QStringLiteral("PARA500"))},
                                                 {QStringLiteral("pack_size"), 1},
                                                 {QStringLiteral("packs"), 3.0}});
    QVERIFY2(line.ok(), qPrintable(line.ok() ? QString() : line.error().message));
    SYNCSITES_SYNC_OK(*m_lira);

    setSyncType(kStore, kKasa, QStringLiteral("collector"));
    const SyncSummary first = m_kasa->sync();
    QVERIFY2(first.outcome == SyncOutcome::Success && first.rejected == 0,
             qPrintable(SiteReplica::describe(first) + QStringLiteral(" | quarantine: ") + quarantineText(*m_kasa)));
    QVERIFY2(quarantineText(*m_kasa).isEmpty(), qPrintable(quarantineText(*m_kasa)));

    // However many sessions it takes, Kasa ends with the shipment and both its lines, as the hub has them.
    SYNCSITES_SYNC_OK(*m_kasa);
    RecordStore kasa(m_kasa->database());
    QVERIFY(kasa.get(u"invoice", *outbound)->has_value());
    QVERIFY(kasa.get(u"invoice_line", line->id)->has_value());
    const QString difference = m_kasa->differenceFrom(*m_hub);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

QTEST_GUILESS_MAIN(TestSyncCollectorChanges)
#include "TestSyncCollectorChanges.moc"
