// F3: edits made while a replica is pulled again from the start are kept and reach the hub. A site synced with one
// hub is moved to a rebuilt hub (another database: a new server id, the same network and records), so its next
// session pulls everything again, its own stores' records included. While that pull runs (between two pages, from
// the session's own progress callback, as a user's `records put` would land) the site edits records the pull has
// still to bring. None of the edits is overwritten by the older pulled copies, and the next session pushes them
// all to the hub.
#include "HubTestHarness.h"
#include "RecordStore.h"
#include "SiteReplica.h"
#include "StableId.h"
#include "SyncSession.h"
#include "Transaction.h"

#include <QSqlQuery>
#include <QTest>

using namespace syncsites;
using namespace syncsites::test;

namespace {

const QString kLira = QStringLiteral("Lira Health Centre"); // oms_android
constexpr int kEdits = 20;

} // namespace

class TestReinitKeepsEdits : public QObject
{
    Q_OBJECT

private slots:
    void editsDuringARepullAreKept();
};

void TestReinitKeepsEdits::editsDuringARepullAreKept()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HubHarnessOptions options;
    options.records = 12000;
    auto first = HubTestHarness::start(options);
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    auto made = SiteReplica::create(dir.filePath(QStringLiteral("lira.sqlite")), kLira, (*first)->url(),
                                    (*first)->secret(kLira));
    QVERIFY2(made.ok(), qPrintable(made.error().message));
    SiteReplica& site = **made;
    SYNCSITES_SYNC_OK(site);

    // The stock lines of the site's own stores: the ones to edit.
    QStringList lines;
    const QStringList stores = (*first)->topology().activeStores(kLira);
    for (const QString& store : stores) {
        const QSqlDatabase db = site.database().connection().value();
        QSqlQuery query(db);
        QVERIFY(query.exec(
            QStringLiteral("SELECT id FROM stock_line WHERE store_id = '%1' ORDER BY id").arg(StableId::store(store))));
        while (query.next())
            lines << query.value(0).toString();
    }
    QVERIFY2(lines.size() >= kEdits, qPrintable(QString::number(lines.size())));
    lines = lines.mid(lines.size() - kEdits); // late in the pull

    // The hub is rebuilt: the same network and records in a new database. The site is registered with it again.
    first->reset();
    auto rebuilt = HubTestHarness::start(options);
    QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.error().message));
    HubTestHarness& hub = **rebuilt;
    site.setServerUrl(hub.url());
    site.setSecret(hub.secret(kLira));

    SessionOptions sessionOptions = SiteReplica::testOptions();
    sessionOptions.initialPullLimit = 50; // many pages: the edits land between two of them
    sessionOptions.minPullLimit = 50;
    std::unique_ptr<SyncSession> session = site.session(sessionOptions);
    bool edited = false;
    QString editError;
    session->setObserver([&](const SyncProgress& progress) {
        if (edited || progress.stage != SyncStage::Pull || progress.done == 0)
            return;
        edited = true;
        RecordStore records(site.database());
        Result<Transaction> tx = Transaction::begin(site.database());
        if (!tx) {
            editError = tx.error().message;
            return;
        }
        for (const QString& id : std::as_const(lines)) {
            Result<std::optional<QJsonObject>> line = records.get(u"stock_line", id);
            if (!line || !line->has_value()) {
                editError = QStringLiteral("stock line %1 is not here").arg(id);
                return;
            }
            QJsonObject changed = **line;
            changed.insert(QStringLiteral("note"), QStringLiteral("counted during the re-pull"));
            changed.insert(QStringLiteral("available_packs"), 4242);
            if (const Status s = records.upsert(u"stock_line", changed); !s) {
                editError = s.error().message;
                return;
            }
        }
        if (const Status s = tx->commit(); !s)
            editError = s.error().message;
    });
    const SyncSummary repull = site.sync(*session);
    QVERIFY2(edited, "the pull ended before the edits were made");
    QVERIFY2(editError.isEmpty(), qPrintable(editError));
    QVERIFY2(repull.outcome == SyncOutcome::Success, qPrintable(SiteReplica::describe(repull)));

    const auto check = [&](Database& database, const QString& where) -> QString {
        RecordStore records(database);
        int kept = 0;
        for (const QString& id : std::as_const(lines)) {
            Result<std::optional<QJsonObject>> line = records.get(u"stock_line", id);
            if (line && line->has_value() &&
                (*line)->value(QStringLiteral("note")).toString() == QLatin1String("counted during the re-pull") &&
                (*line)->value(QStringLiteral("available_packs")).toDouble() == 4242)
                ++kept;
        }
        return kept == kEdits ? QString() : QStringLiteral("%1: %2 of %3 edits").arg(where).arg(kept).arg(kEdits);
    };
    const QString local = check(site.database(), QStringLiteral("the site after the re-pull"));
    QVERIFY2(local.isEmpty(), qPrintable(local));

    SYNCSITES_SYNC_OK(site); // pushes them
    const QString onHub = check(hub.database(), QStringLiteral("the hub"));
    QVERIFY2(onHub.isEmpty(), qPrintable(onHub));
    QVERIFY2(site.differenceFrom(hub).isEmpty(), qPrintable(site.differenceFrom(hub)));
}

QTEST_GUILESS_MAIN(TestReinitKeepsEdits)
#include "TestReinitKeepsEdits.moc"
