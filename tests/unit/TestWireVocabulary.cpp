// Words spelled once and shared by both ends: the session outcomes (core's SyncLog, which the hub's report reader
// and the dashboard take), the user a sign-in answer shows (core's UserProfile, written by the hub's AuthApi and read
// by the desktop app's SignedInUser), and the pushed records the engine writes (wire::PushedRecord).

#include "SyncLog.h"
#include "UserProfile.h"
#include "UserRole.h"
#include "WireMessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace syncsites;

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

QString compact(const QJsonObject& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

class TestWireVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void outcomesAreCoresFinishedOnes()
    {
        const QStringList finished{s("success"), s("partial"), s("failed"), s("cancelled")};
        QCOMPARE(finishedSyncOutcomeIds(), finished);
        QCOMPARE(wire::reportOutcomes(), finished);
        QCOMPARE(allSyncOutcomes().size(), 5);
        for (SyncOutcome outcome : allSyncOutcomes())
            QCOMPARE(syncOutcomeFromId(syncOutcomeId(outcome)), outcome);
        QVERIFY(!finishedSyncOutcomeIds().contains(syncOutcomeId(SyncOutcome::Running)));
        QVERIFY(!syncOutcomeFromId(u"done"));
    }

    void sessionReportRefusesRunning()
    {
        wire::SessionReport report;
        report.startedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        report.finishedAt = report.startedAt.addSecs(2);
        for (SyncOutcome outcome : allSyncOutcomes()) {
            report.outcome = syncOutcomeId(outcome);
            QCOMPARE(wire::SessionReport::fromJson(report.toJson()).ok(), outcome != SyncOutcome::Running);
        }
    }

    void userProfileShape()
    {
        const UserProfile profile{
            s("ada"), s("Ada Lovelace"), userRoleId(UserRole::Supervisor), {s("Kanda Store"), s("Soko Health Centre")}};
        // The shape of docs/openapi.yaml's `user`: these four fields, never the hash or `active`.
        QCOMPARE(compact(profile.toJson()), s("{\"full_name\":\"Ada Lovelace\",\"role\":\"supervisor\",\"sites\":"
                                              "[\"Kanda Store\",\"Soko Health Centre\"],\"username\":\"ada\"}"));
        const Result<UserProfile> read = UserProfile::fromJson(profile.toJson());
        QVERIFY(read);
        QCOMPARE(read->username, profile.username);
        QCOMPARE(read->fullName, profile.fullName);
        QCOMPARE(read->role, profile.role);
        QCOMPARE(read->sites, profile.sites);
    }

    void userProfileRefusesWhatItCannotRead()
    {
        QJsonObject bare{{s("username"), s("ada")}, {s("role"), s("field_staff")}};
        const Result<UserProfile> read = UserProfile::fromJson(bare);
        QVERIFY(read);
        QVERIFY(read->fullName.isEmpty());
        QVERIFY(read->sites.isEmpty());

        QJsonObject unknownRole = bare;
        unknownRole.insert(s("role"), s("owner"));
        QCOMPARE(UserProfile::fromJson(unknownRole).error().code, s("bad_response"));
        QVERIFY(UserProfile::fromJson(unknownRole).error().message.contains(s("unknown: owner")));

        QJsonObject noName = bare;
        noName.remove(s("username"));
        QVERIFY(UserProfile::fromJson(noName).error().message.contains(s("username")));

        QJsonObject badSites = bare;
        badSites.insert(s("sites"), s("Kanda Store"));
        QCOMPARE(UserProfile::fromJson(badSites).error().code, s("bad_response"));
    }

    void pushedRecordsAsTheEngineWritesThem()
    {
        const QJsonObject data{{s("id"), s("r1")}, {s("store_id"), s("s1")}};
        QCOMPARE(compact(wire::PushedRecord::upsert(s("stock_line"), s("r1"), data).toJson()),
                 s("{\"action\":\"upsert\",\"data\":{\"id\":\"r1\",\"store_id\":\"s1\"},\"id\":\"r1\",\"table\":"
                   "\"stock_line\"}"));
        QCOMPARE(compact(wire::PushedRecord::remove(s("invoice"), s("i1")).toJson()),
                 s("{\"action\":\"delete\",\"id\":\"i1\",\"table\":\"invoice\"}"));
        const wire::PushedRecord read =
            wire::PushedRecord::fromJson(wire::PushedRecord::upsert(s("stock_line"), s("r1"), data).toJson());
        QVERIFY(read.isUpsert());
        QCOMPARE(read.table, s("stock_line"));
        QCOMPARE(read.id, s("r1"));
        QCOMPARE(read.data, data);
    }
};

QTEST_GUILESS_MAIN(TestWireVocabulary)
#include "TestWireVocabulary.moc"
