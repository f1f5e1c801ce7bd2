// A hub that lost a site's last pushes (restored from a backup made before them) gets them again: each push batch
// says the site changelog position it completes (`through`), the hub keeps the highest it applied per site and
// category in the batch's transaction, and the handshake tells the site (`pushed_through`); a site beyond it moves
// its push position back and sends the rest again. Also: a replayed batch changes nothing, a batch without `through`
// (an older site) is taken as before, and a hub that says nothing (an older one) or is ahead moves nothing. The real
// SyncSession against an in-process demo hub.

#include "HubTestHarness.h"
#include "RecordStore.h"
#include "SettingTable.h"
#include "SiteReplica.h"
#include "SqlSupport.h"
#include "StableId.h"
#include "StoreActions.h"
#include "SyncStateRepository.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace syncsites;
using namespace syncsites::test;

namespace {

const QString kSefa = QStringLiteral("Sefa District Hospital"); // oms_standalone, home of SEF-PHA
const QString kSefaStore = QStringLiteral("SEF-PHA");
const QString kKasa = QStringLiteral("Kasa Health Centre"); // pushes by hand (raw requests), home of KAS-DSP
const QString kKasaStore = QStringLiteral("KAS-DSP");

QString str(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestPushAgain : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HubTestHarness> m_hub;
    std::unique_ptr<SiteReplica> m_sefa;
    QTemporaryDir m_dir;
    int m_counter = 0;

    Result<QSqlQuery> hubSql(const QString& statement, const QVariantList& values = {})
    {
        Result<QSqlDatabase> db = m_hub->database().connection();
        if (!db)
            return db.error();
        return sql::run(*db, statement, values, str("testing"));
    }

    // The position the hub keeps for a site's core pushes; -1 when it keeps none.
    qint64 hubPushedThrough(const QString& site)
    {
        Result<QSqlQuery> q = hubSql(str("SELECT pushed_through FROM site_push_state WHERE site_id = ? AND "
                                         "category = 'core'"),
                                     {StableId::site(site)});
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    qint64 sitePushPosition()
    {
        const Result<LinkState> link = SyncStateRepository(m_sefa->database()).linkState(Category::Core);
        return link ? link->pushPosition : -1;
    }

    // New stock lines at Sefa (its own changes, to push).
    QStringList newLines(int count)
    {
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            const auto put = StoreActions(m_sefa->database())
                                 .putRecord(kSefaStore, str("stock_line"),
                                            QJsonObject{{str("item_id"), StableId::item(str("PARA500"))},
                                                        {str("batch"), QStringLiteral("AGAIN-%1").arg(++m_counter)},
                                                        {str("pack_size"), 10},
                                                        {str("available_packs"), 5 + i}});
            if (!put) {
                QTest::qFail(qPrintable(put.error().message), __FILE__, __LINE__);
                return {};
            }
            ids << put->id;
        }
        return ids;
    }

    qint64 hubStockLines()
    {
        Result<QSqlQuery> q = hubSql(str("SELECT count(*) FROM stock_line"));
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    QSet<QString> hubLines()
    {
        QSet<QString> ids;
        Result<QSqlQuery> q =
            hubSql(str("SELECT id FROM stock_line WHERE store_id = ?"), {StableId::store(kSefaStore)});
        while (q && q->next())
            ids.insert(q->value(0).toString());
        return ids;
    }

    QJsonObject handshake(const QString& site)
    {
        auto client = m_hub->client();
        // Sefa's replica is bound to the hub under its own installation id.
        const QString installation =
            site == kSefa ? SettingTable(m_sefa->database()).installationId().value() : m_hub->installationId(site);
        const HubTestHarness::Reply reply = client->handshake(site, m_hub->secret(site), installation);
        if (reply.status != 200)
            QTest::qFail(reply.describe().constData(), __FILE__, __LINE__);
        return reply.json();
    }

    HubTestHarness::Reply pushRaw(const QString& token, const QString& batchId, const QJsonValue& through)
    {
        QJsonObject body{{str("category"), str("core")},
                         {str("batch_id"), batchId},
                         {str("records"), QJsonArray{HubTestHarness::stockLine(kKasaStore)}}};
        if (!through.isUndefined())
            body.insert(str("through"), through);
        return m_hub->client()->post(str("/api/v1/sync/push"), body, token);
    }

private slots:
    void initTestCase()
    {
        HubHarnessOptions options;
        options.records = 100;
        auto hub = HubTestHarness::start(options);
        QVERIFY2(hub.ok(), qPrintable(hub.error().message));
        m_hub = std::move(hub).value();
        auto replica =
            SiteReplica::create(m_dir.filePath(str("sefa.sqlite")), kSefa, m_hub->url(), m_hub->secret(kSefa));
        QVERIFY2(replica.ok(), qPrintable(replica.error().message));
        m_sefa = std::move(replica).value();
        SYNCSITES_SYNC_OK(*m_sefa);
    }

    // A hub that lost the last batches of a site's pushes, as a restored backup loses them: their records, their
    // changelog rows, their answers and its note of how far the site's pushes reach. The site's next session sends
    // them again (and says so), the hub then holds every line once, and the session after sends nothing.
    void lostPushesAreSentAgain()
    {
        QVERIFY(!newLines(4).isEmpty());
        SYNCSITES_SYNC_OK(*m_sefa);
        // The backup's moment.
        const qint64 backupPosition = sitePushPosition();
        QCOMPARE(hubPushedThrough(kSefa), backupPosition);
        const qint64 backupCursor = m_hub->maxCursor();
        QStringList answered;
        for (Result<QSqlQuery> q =
                 hubSql(str("SELECT batch_id FROM push_batch WHERE site_id = ?"), {StableId::site(kSefa)});
             q && q->next();)
            answered << q->value(0).toString();

        // Pushed after it, in two sessions.
        const QStringList first = newLines(3);
        SYNCSITES_SYNC_OK(*m_sefa);
        const QStringList second = newLines(2);
        SYNCSITES_SYNC_OK(*m_sefa);
        const QStringList lost = first + second;
        QCOMPARE(hubPushedThrough(kSefa), sitePushPosition());
        QVERIFY(sitePushPosition() > backupPosition);
        const QSet<QString> expected = hubLines();
        for (const QString& id : lost)
            QVERIFY(expected.contains(id));

        // The hub goes back to the backup.
        {
            Result<Transaction> tx = Transaction::begin(m_hub->database());
            QVERIFY(tx.ok());
            QVERIFY(hubSql(str("DELETE FROM stock_line WHERE id IN ('%1')").arg(lost.join(str("', '")))).ok());
            QVERIFY(hubSql(str("DELETE FROM changelog WHERE cursor > ?"), {backupCursor}).ok());
            QVERIFY(hubSql(str("DELETE FROM push_batch WHERE site_id = ? AND batch_id NOT IN ('%1')")
                               .arg(answered.join(str("', '"))),
                           {StableId::site(kSefa)})
                        .ok());
            QVERIFY(hubSql(str("UPDATE site_push_state SET pushed_through = ? WHERE site_id = ?"),
                           {backupPosition, StableId::site(kSefa)})
                        .ok());
            QVERIFY(tx->commit().ok());
        }
        QCOMPARE(hubLines(), expected - QSet<QString>(lost.begin(), lost.end()));
        QCOMPARE(handshake(kSefa).value(str("pushed_through")).toObject().value(str("core")).toInteger(),
                 backupPosition);

        const qint64 before = sitePushPosition();
        QTest::ignoreMessage(QtInfoMsg,
                             QRegularExpression(QStringLiteral("core link: the server holds this site's changes only "
                                                               "up to position %1 - sending %2 changes again")
                                                    .arg(backupPosition)
                                                    .arg(lost.size())));
        const SyncSummary again = m_sefa->sync();
        QVERIFY2(again.outcome == SyncOutcome::Success, qPrintable(SiteReplica::describe(again)));
        QCOMPARE(again.pushed, qint64(lost.size()));
        QCOMPARE(again.rejected, qint64(0));
        QCOMPARE(sitePushPosition(), before);
        QCOMPARE(hubPushedThrough(kSefa), before);
        QCOMPARE(hubLines(), expected); // each line once, none missing
        for (const QString& id : lost) {
            const auto atSite = RecordStore(m_sefa->database()).get(str("stock_line"), id);
            const auto atHub = RecordStore(m_hub->database()).get(str("stock_line"), id);
            QVERIFY(atSite && atSite->has_value() && atHub && atHub->has_value());
            QCOMPARE(**atHub, **atSite);
        }
        QVERIFY2(m_sefa->differenceFrom(*m_hub).isEmpty(), qPrintable(m_sefa->differenceFrom(*m_hub)));

        const SyncSummary after = m_sefa->sync();
        QVERIFY2(after.outcome == SyncOutcome::Success, qPrintable(SiteReplica::describe(after)));
        QCOMPARE(after.pushed, qint64(0));
        QCOMPARE(sitePushPosition(), before);
    }

    // A hub that says nothing (an older hub, or one that never got a push with a position from this site) and a hub
    // that is ahead of the site (its replica set up again) move nothing back: only the new change goes.
    void silentOrAheadHubMovesNothing()
    {
        QVERIFY(hubSql(str("DELETE FROM site_push_state WHERE site_id = ?"), {StableId::site(kSefa)}).ok());
        QVERIFY(!handshake(kSefa).contains(str("pushed_through")));
        const qint64 before = sitePushPosition();
        QVERIFY(!newLines(1).isEmpty());
        SyncSummary summary = m_sefa->sync();
        QVERIFY2(summary.outcome == SyncOutcome::Success, qPrintable(SiteReplica::describe(summary)));
        QCOMPARE(summary.pushed, qint64(1));
        QVERIFY(sitePushPosition() > before);
        QCOMPARE(hubPushedThrough(kSefa), sitePushPosition());

        const qint64 ahead = sitePushPosition() + 1000000;
        QVERIFY(hubSql(str("UPDATE site_push_state SET pushed_through = ? WHERE site_id = ?"),
                       {ahead, StableId::site(kSefa)})
                    .ok());
        QVERIFY(!newLines(1).isEmpty());
        summary = m_sefa->sync();
        QVERIFY2(summary.outcome == SyncOutcome::Success, qPrintable(SiteReplica::describe(summary)));
        QCOMPARE(summary.pushed, qint64(1));
        QCOMPARE(hubPushedThrough(kSefa), ahead); // the highest stays
    }

    // An older site sends no `through`: its batch is taken as before and the hub notes nothing; a `through` that is
    // not a whole number >= 0 is ignored the same way.
    void batchWithoutThroughIsTaken()
    {
        const QString token = m_hub->token(kKasa, *m_hub->client());
        QVERIFY(!token.isEmpty());
        for (const QJsonValue& through : {QJsonValue(QJsonValue::Undefined), QJsonValue(str("12")), QJsonValue(-3),
                                          QJsonValue(2.5), QJsonValue(QJsonValue::Null)}) {
            const HubTestHarness::Reply reply = pushRaw(token, HubTestHarness::newId(), through);
            QVERIFY2(reply.status == 200, reply.describe().constData());
            QCOMPARE(reply.json().value(str("accepted")).toInt(), 1);
            QCOMPARE(hubPushedThrough(kKasa), qint64(-1));
        }
        QVERIFY(!handshake(kKasa).contains(str("pushed_through")));
    }

    // The highest position applied is kept; a replayed batch (same id) gets its first answer and changes nothing,
    // whatever position it names now.
    void replayedBatchChangesNothing()
    {
        const QString token = m_hub->token(kKasa, *m_hub->client());
        const QString batch = HubTestHarness::newId();
        const HubTestHarness::Reply first = pushRaw(token, batch, 1000);
        QVERIFY2(first.status == 200, first.describe().constData());
        QCOMPARE(hubPushedThrough(kKasa), qint64(1000));
        const qint64 linesBefore = hubStockLines();

        const HubTestHarness::Reply replayed = pushRaw(token, batch, 5000);
        QVERIFY2(replayed.status == 200, replayed.describe().constData());
        QCOMPARE(replayed.header("x-replayed"), QByteArray("true"));
        QCOMPARE(replayed.body, first.body);
        QCOMPARE(hubPushedThrough(kKasa), qint64(1000));
        QCOMPARE(hubStockLines(), linesBefore);

        QVERIFY(pushRaw(token, HubTestHarness::newId(), 500).status == 200);
        QCOMPARE(hubPushedThrough(kKasa), qint64(1000));
        QVERIFY(pushRaw(token, HubTestHarness::newId(), 2000).status == 200);
        QCOMPARE(hubPushedThrough(kKasa), qint64(2000));
        const QJsonObject answer = handshake(kKasa);
        QCOMPARE(answer.value(str("pushed_through")).toObject(), (QJsonObject{{str("core"), 2000}}));
    }

    void cleanupTestCase()
    {
        m_sefa.reset();
        m_hub.reset();
    }
};

QTEST_GUILESS_MAIN(TestPushAgain)
#include "TestPushAgain.moc"
