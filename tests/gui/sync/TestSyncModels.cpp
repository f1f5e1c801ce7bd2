// The Sync page's models under QAbstractItemModelTester, and the words the page uses for ages, durations and
// progress.

#include "QuarantineModel.h"
#include "SyncHistoryModel.h"
#include "SyncStageModel.h"
#include "SyncText.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace syncsites;
using namespace syncsites::ui;

namespace {

SyncLogEntry session(qint64 id, SyncOutcome outcome, qint64 pushed, qint64 pulled, const QString& error = QString())
{
    SyncLogEntry s;
    s.id = id;
    s.startedAt = QDateTime(QDate(2024, 5, 1), QTime(10, int(id)), Qt::UTC);
    s.finishedAt = s.startedAt.addMSecs(2500);
    s.outcome = outcome;
    s.pushed = pushed;
    s.pulled = pulled;
    s.errorMessage = error;
    return s;
}

SyncProgress progress(const QString& link, SyncStage stage, qint64 done, qint64 total)
{
    SyncProgress p;
    p.link = link;
    p.stage = stage;
    p.done = done;
    p.total = total;
    p.recordsPerSecond = 100;
    p.secondsLeft = total > done ? double(total - done) / 100.0 : -1;
    return p;
}

} // namespace

class TestSyncModels : public QObject
{
    Q_OBJECT

private slots:
    void historyModel_newestFirstWithCountsAndMessages()
    {
        SyncHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setSessions({session(3, SyncOutcome::Failed, 0, 0, QStringLiteral("The server could not be reached.")),
                           session(2, SyncOutcome::Success, 4, 1200), session(1, SyncOutcome::Cancelled, 0, 10)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(SyncHistoryModel::ColumnCount));
        QCOMPARE(model.index(0, 0).data(SyncHistoryModel::SessionIdRole).toLongLong(), 3);
        QCOMPARE(model.index(0, 0).data(SyncHistoryModel::OutcomeIdRole).toString(), QStringLiteral("failed"));
        QCOMPARE(model.index(0, SyncHistoryModel::MessageColumn).data().toString(),
                 QStringLiteral("The server could not be reached."));
        QCOMPARE(model.index(1, SyncHistoryModel::OutcomeColumn).data().toString(), QStringLiteral("Success"));
        QCOMPARE(model.index(1, SyncHistoryModel::PushedColumn).data(SyncHistoryModel::SortRole).toLongLong(), 4);
        QCOMPARE(model.index(1, SyncHistoryModel::PulledColumn).data(SyncHistoryModel::SortRole).toLongLong(), 1200);
        QCOMPARE(model.index(1, SyncHistoryModel::DurationColumn).data(SyncHistoryModel::SortRole).toLongLong(), 2500);
        QVERIFY(!model.index(1, SyncHistoryModel::DurationColumn).data().toString().isEmpty());
        QVERIFY(model.index(2, SyncHistoryModel::OutcomeColumn).data(Qt::DecorationRole).isValid());
        QCOMPARE(model.headerData(SyncHistoryModel::RejectedColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Refused"));
        model.setSessions({});
        QCOMPARE(model.rowCount(), 0);
    }

    void quarantineModel_showsRecordAndReason()
    {
        QuarantineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QuarantineEntry e;
        e.id = 7;
        e.tableName = QStringLiteral("stock_line");
        e.recordId = QStringLiteral("abc");
        e.reasonCode = QStringLiteral("store_not_active");
        e.reason = QStringLiteral("The store is not Active on this site.");
        e.retryCount = 2;
        e.quarantinedAt = QDateTime::currentDateTimeUtc();
        model.setEntries({e});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, QuarantineModel::TableColumn).data().toString(), QStringLiteral("stock_line"));
        QCOMPARE(model.index(0, QuarantineModel::RecordColumn).data().toString(), QStringLiteral("abc"));
        QCOMPARE(model.index(0, QuarantineModel::ReasonColumn).data().toString(), e.reason);
        QCOMPARE(model.index(0, QuarantineModel::RetriesColumn).data().toInt(), 2);
        QCOMPARE(model.index(0, 0).data(QuarantineModel::EntryIdRole).toLongLong(), 7);
        QCOMPARE(model.index(0, 0).data(QuarantineModel::ReasonCodeRole).toString(), e.reasonCode);
        QVERIFY(model.index(0, QuarantineModel::ReasonColumn).data(Qt::ToolTipRole).toString().contains(e.reasonCode));
    }

    void stageModel_rowPerStageInOrder()
    {
        SyncStageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update(progress(QString(), SyncStage::Handshake, 0, 1));
        model.update(progress(QString(), SyncStage::Handshake, 1, 1));
        QCOMPARE(model.rowCount(), 1);
        model.update(progress(QStringLiteral("core"), SyncStage::Push, 0, 3));
        model.update(progress(QStringLiteral("core"), SyncStage::Pull, 500, 2000));
        QCOMPARE(model.rowCount(), 3);
        // A new stage finishes the ones before it.
        QVERIFY(model.index(0, 0).data(SyncStageModel::FinishedRole).toBool());
        QVERIFY(model.index(1, 0).data(SyncStageModel::FinishedRole).toBool());
        QVERIFY(!model.index(2, 0).data(SyncStageModel::FinishedRole).toBool());
        QCOMPARE(model.index(2, 0).data(SyncStageModel::StageIdRole).toString(), QStringLiteral("pull"));
        QCOMPARE(model.index(2, 0).data(SyncStageModel::LinkRole).toString(), QStringLiteral("core"));
        QCOMPARE(model.index(2, SyncStageModel::StageColumn).data().toString(),
                 QStringLiteral("Receiving and saving core data"));
        const QString text = model.index(2, SyncStageModel::ProgressColumn).data().toString();
        QVERIFY2(text.contains(QStringLiteral("records/s")) && text.contains(QStringLiteral("left")), qPrintable(text));
        model.update(progress(QStringLiteral("core"), SyncStage::Pull, 1000, 2000));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, 0).data(SyncStageModel::DoneRole).toLongLong(), 1000);
        model.finish(false);
        QCOMPARE(model.index(2, SyncStageModel::StatusColumn).data().toString(), QStringLiteral("Stopped"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void text_agesDurationsAndResults()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(SyncText::age(now.addSecs(-20), now), QStringLiteral("just now"));
        QCOMPARE(SyncText::age(now.addSecs(-12 * 60 - 5), now), QStringLiteral("12 minutes ago"));
        QCOMPARE(SyncText::age(now.addSecs(-3 * 3600), now), QStringLiteral("3 hours ago"));
        QCOMPARE(SyncText::age(now.addDays(-3), now), QStringLiteral("3 days ago"));
        QCOMPARE(SyncText::age(QDateTime(), now), QStringLiteral("never"));
        QCOMPARE(SyncText::duration(185000), QStringLiteral("3 min 5 s"));
        QCOMPARE(SyncText::timeLeft(12.2), QStringLiteral("about 13 s left"));
        QVERIFY(SyncText::timeLeft(-1).isEmpty());

        SyncSummary ok;
        ok.outcome = SyncOutcome::Success;
        ok.pushed = 3;
        ok.pulled = 40;
        QCOMPARE(SyncText::result(ok), QStringLiteral("Sync finished: 3 records sent, 40 records received."));
        SyncSummary failed;
        failed.outcome = SyncOutcome::Failed;
        failed.failure = SyncFailure::classify(Error(QStringLiteral("no_network"), QStringLiteral("down")));
        QVERIFY(SyncText::result(failed).contains(failed.failure->message));
        QVERIFY(SyncText::result(failed).contains(failed.failure->remedy));
    }
};

QTEST_MAIN(TestSyncModels)
#include "TestSyncModels.moc"
