// Both halves of each message: what one side writes (toJson, PullPageWriter, PullRequest::target) the other reads back
// (fromJson, PullQuery) exactly, and a request the hub refuses names its field. Also the shared values of the hub's
// user APIs (AuditEntry, UserRole).

#include "AuditEntry.h"
#include "UserRole.h"
#include "WireMessages.h"

#include <QJsonDocument>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace syncsites;
using namespace syncsites::wire;

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

QString fieldOf(const Error& error)
{
    return error.details.toMap().value(s("field")).toString();
}

// The decoded query items of a request target, as the hub's HTTP layer hands them over.
QList<QPair<QString, QString>> queryItems(const QString& target)
{
    QList<QPair<QString, QString>> items;
    const QUrlQuery query(QUrl(target).query());
    for (const auto& item : query.queryItems(QUrl::FullyDecoded))
        items.append({item.first, item.second});
    return items;
}

} // namespace

class TestProtocolRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void handshakeRequest()
    {
        HandshakeRequest request;
        request.site = s("Soko Health Centre");
        request.secret = s("s3cret");
        request.installationId = s("{8c1f3a52-0a3e-4d5e-9b7a-2f1e0c9d8b7a}");
        request.appVersion = s("0.1.0");
        const Result<HandshakeRequest> read = HandshakeRequest::fromJson(request.toJson());
        QVERIFY(read);
        QCOMPARE(read->site, request.site);
        QCOMPARE(read->secret, request.secret);
        QCOMPARE(read->installationId, request.installationId);
        QCOMPARE(read->appVersion, request.appVersion);
        QCOMPARE(read->protocolMin, kProtocolMin);
        QCOMPARE(read->protocolMax, kProtocolMax);

        // The first field missing or malformed, in the hub's order.
        QJsonObject json = request.toJson();
        json.remove(s("installation_id"));
        QCOMPARE(fieldOf(HandshakeRequest::fromJson(json).error()), s("installation_id"));
        json.remove(s("secret"));
        QCOMPARE(fieldOf(HandshakeRequest::fromJson(json).error()), s("secret"));
        json.insert(s("protocol"), QJsonObject{{s("min"), 2}, {s("max"), 1}});
        const Error error = HandshakeRequest::fromJson(json).error();
        QCOMPARE(error.code, s("invalid_field"));
        QCOMPARE(fieldOf(error), s("protocol"));
        QCOMPARE(error.message, s("The handshake's field \"protocol\" is missing or malformed."));
    }

    void handshakeAnswer()
    {
        HandshakeAnswer answer;
        answer.protocolVersion = 1;
        answer.serverId = s("5b1e");
        answer.token = s("token");
        answer.expiresAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
        answer.serverTime = QDateTime(QDate(2026, 1, 2), QTime(2, 4, 5, 6), Qt::UTC);
        answer.siteId = s("site-id");
        answer.siteName = s("Soko Health Centre");
        answer.siteKind = s("oms_android");
        answer.links = {Link{Category::Core, s("National Medical Stores"), s("http://127.0.0.1:8080"), false},
                        Link{Category::Oms, s("National Medical Stores"), s("http://127.0.0.1:8080"), true}};
        answer.pullBatchMax = 20000;
        answer.pushBatchMax = 5000;
        answer.maxRequestBytes = 33554432;
        const QJsonObject json = answer.toJson();
        QVERIFY(!json.value(s("links")).toArray().at(0).toObject().contains(s("history")));
        const Result<HandshakeAnswer> read = HandshakeAnswer::fromJson(json);
        QVERIFY(read);
        QCOMPARE(read->serverId, answer.serverId);
        QCOMPARE(read->token, answer.token);
        QCOMPARE(read->expiresAt, answer.expiresAt);
        QCOMPARE(read->serverTime, answer.serverTime);
        QCOMPARE(read->siteId, answer.siteId);
        QCOMPARE(read->siteName, answer.siteName);
        QCOMPARE(read->siteKind, answer.siteKind);
        QCOMPARE(read->links.size(), 2);
        QCOMPARE(read->links[1].category, Category::Oms);
        QCOMPARE(read->links[1].hub, answer.links[1].hub);
        QCOMPARE(read->links[1].url, answer.links[1].url);
        QVERIFY(!read->links[0].history);
        QVERIFY(read->links[1].history);
        QCOMPARE(read->pullBatchMax, 20000);
        QCOMPARE(read->pushBatchMax, 5000);
        QCOMPARE(read->maxRequestBytes, qint64(33554432));
        QVERIFY(!json.contains(s("pushed_through"))); // none known: not sent
        QVERIFY(read->pushedThrough.isEmpty());
    }

    // How far the hub holds the site's pushes, per category: only the categories it knows; an unknown category (a
    // newer hub's) is skipped, a position that is not a whole number >= 0 is a damaged answer.
    void handshakePushedThrough()
    {
        HandshakeAnswer answer;
        answer.protocolVersion = 1;
        answer.token = s("token");
        answer.siteId = s("site-id");
        answer.siteName = s("Soko Health Centre");
        answer.siteKind = s("oms_android");
        answer.pushedThrough.insert(Category::Core, 4211);
        QJsonObject json = answer.toJson();
        QCOMPARE(json.value(s("pushed_through")).toObject(), (QJsonObject{{s("core"), 4211}}));
        Result<HandshakeAnswer> read = HandshakeAnswer::fromJson(json);
        QVERIFY(read);
        QCOMPARE(read->pushedThrough, answer.pushedThrough);

        json.insert(s("pushed_through"), QJsonObject{{s("core"), 7}, {s("oms"), 0}, {s("stock"), 9}});
        read = HandshakeAnswer::fromJson(json);
        QVERIFY(read);
        QCOMPARE(read->pushedThrough, (QMap<Category, qint64>{{Category::Core, 7}, {Category::Oms, 0}}));

        for (const QJsonValue& bad : {QJsonValue(-1), QJsonValue(1.5), QJsonValue(s("7")), QJsonValue()}) {
            json.insert(s("pushed_through"), QJsonObject{{s("core"), bad}});
            read = HandshakeAnswer::fromJson(json);
            QVERIFY(!read);
            QCOMPARE(read.error().code, s("bad_response"));
        }
        json.insert(s("pushed_through"), QJsonArray{1});
        QVERIFY(!HandshakeAnswer::fromJson(json));
    }

    void pushRequest()
    {
        const QJsonObject data{{s("id"), s("r1")}, {s("store_id"), s("s1")}};
        PushRequest request{Category::Oms, s("batch-1"),
                            QJsonArray{PushedRecord::upsert(s("stock_line"), s("r1"), data).toJson(),
                                       PushedRecord::remove(s("invoice_line"), s("r2")).toJson()}};
        const Result<PushRequest> read = PushRequest::fromJson(request.toJson());
        QVERIFY(read);
        QCOMPARE(read->category, Category::Oms);
        QCOMPARE(read->batchId, s("batch-1"));
        QCOMPARE(read->records.size(), 2);
        const PushedRecord upsert = PushedRecord::fromJson(read->records.at(0).toObject());
        QCOMPARE(upsert.table, s("stock_line"));
        QCOMPARE(upsert.id, s("r1"));
        QVERIFY(upsert.isUpsert());
        QCOMPARE(upsert.data, data);
        const PushedRecord removed = PushedRecord::fromJson(read->records.at(1).toObject());
        QVERIFY(removed.isDelete());
        QVERIFY(!read->records.at(1).toObject().contains(s("data")));
        QVERIFY(!request.toJson().contains(s("through"))); // an older site's batch, or a quarantine retry
        QVERIFY(!read->through);

        // The position the batch completes; one that is not a whole number >= 0 is read as absent, not refused.
        PushRequest positioned = request;
        positioned.through = 4211;
        QCOMPARE(positioned.toJson().value(s("through")).toInteger(), 4211);
        Result<PushRequest> withThrough = PushRequest::fromJson(positioned.toJson());
        QVERIFY(withThrough);
        QCOMPARE(withThrough->through, std::optional<qint64>(4211));
        QVERIFY(!PushRequest::throughMalformed(positioned.toJson(), *withThrough));
        for (const QJsonValue& bad : {QJsonValue(-1), QJsonValue(1.5), QJsonValue(s("12")), QJsonValue()}) {
            QJsonObject json = positioned.toJson();
            json.insert(s("through"), bad);
            withThrough = PushRequest::fromJson(json);
            QVERIFY(withThrough);
            QVERIFY(!withThrough->through);
            QVERIFY(PushRequest::throughMalformed(json, *withThrough));
        }

        QJsonObject json = request.toJson();
        json.insert(s("records"), s("none"));
        QCOMPARE(fieldOf(PushRequest::fromJson(json).error()), s("records"));
        json.insert(s("batch_id"), QString(101, QLatin1Char('x')));
        QCOMPARE(fieldOf(PushRequest::fromJson(json).error()), s("batch_id"));
        json.insert(s("category"), s("stock"));
        QCOMPARE(fieldOf(PushRequest::fromJson(json).error()), s("category"));
    }

    void pushAnswer()
    {
        PushAnswer answer;
        answer.batchId = s("batch-1");
        answer.accepted = 3;
        answer.rejected = {
            Rejection{s("stock_line"), s("r1"), s("invalid_field"), s("No such field."), s("colour"), std::nullopt},
            Rejection{s("invoice"), s("r2"), s("store_not_active"), s("Not here."), QString(),
                      QJsonValue(QJsonValue::Null)},
            Rejection{s("invoice"), s("r3"), s("store_not_active"), s("Not here."), QString(),
                      QJsonValue(QJsonObject{{s("id"), s("r3")}})}};
        const Result<PushAnswer> read = PushAnswer::fromJson(answer.toJson());
        QVERIFY(read);
        QCOMPARE(read->batchId, answer.batchId);
        QCOMPARE(read->accepted, 3);
        QCOMPARE(read->rejected.size(), 3);
        QCOMPARE(read->rejected[0].field, s("colour"));
        QVERIFY(!read->rejected[0].current);
        QVERIFY(read->rejected[1].current && read->rejected[1].current->isNull());
        QCOMPARE(read->rejected[2].current->toObject().value(s("id")).toString(), s("r3"));

        // The hub echoes the table and id as the record sent them: a missing id stays missing.
        const QJsonObject echoed = answer.rejected[0].toJson(QJsonObject{{s("table"), s("nope")}});
        QCOMPARE(echoed.value(s("table")).toString(), s("nope"));
        QVERIFY(!echoed.contains(s("id")));
        QCOMPARE(PushAnswer::toJson(s("b"), 1, QJsonArray{echoed}).value(s("rejected")).toArray().size(), 1);
    }

    void pullPage()
    {
        PullPageWriter writer(3);
        writer.addDelete(3, s("invoice_line"), s("d\"1"));
        writer.beginUpsert(5, s("invoice"), s("gone"));
        writer.dropUpsert();
        QByteArray& out = writer.beginUpsert(7, s("invoice"), s("u1"));
        out.append(R"({"id":"u1","comment":"a\nb"})");
        writer.endUpsert();
        writer.addInstruction(Instruction{Instruction::Kind::HandOver, s("KAN-WRD"), s("active"), s("Kanda"), 6});
        QCOMPARE(writer.recordCount(), qint64(2));
        const QByteArray body = writer.finish(9, 0);
        const QJsonDocument document = QJsonDocument::fromJson(body);
        QVERIFY2(document.isObject(), body.constData());
        const Result<PullPage> page = PullPage::fromJson(document.object());
        QVERIFY(page);
        QCOMPARE(page->nextCursor, qint64(9));
        QCOMPARE(page->remaining, qint64(0));
        QCOMPARE(page->records.size(), 2);
        QCOMPARE(page->records[0].cursor, qint64(3));
        QCOMPARE(page->records[0].id, s("d\"1"));
        QVERIFY(page->records[0].deleted);
        QCOMPARE(page->records[1].table, s("invoice"));
        QCOMPARE(page->records[1].data.value(s("comment")).toString(), s("a\nb"));
        QCOMPARE(page->instructions.size(), 1);
        QCOMPARE(page->instructions[0].kind, Instruction::Kind::HandOver);
        QCOMPARE(page->instructions[0].store, s("KAN-WRD"));
        QCOMPARE(page->instructions[0].syncType, s("active"));
        QCOMPARE(page->instructions[0].home, s("Kanda"));
        QCOMPARE(page->instructions[0].upTo, qint64(6));
        for (Instruction::Kind kind :
             {Instruction::Kind::Backfill, Instruction::Kind::Purge, Instruction::Kind::HandOver})
            QCOMPARE(instructionKindFromId(instructionKindId(kind)), kind);
        QVERIFY(!instructionKindFromId(u"move"));

        PullPageWriter empty(0);
        QCOMPARE(empty.finish(4, 0), QByteArray(R"({"records":[],"next_cursor":4,"remaining":0,"instructions":[]})"));
    }

    void pullQuery()
    {
        const PullRequest request{Category::Oms, 42, 500, s("KAN WRD&1"), 40};
        const QString target = request.target();
        QVERIFY(target.startsWith(s("/api/v1/sync/pull?category=oms&cursor=42&limit=500&store=")));
        const PullQuery query(queryItems(target));
        QCOMPARE(*query.category(), Category::Oms);
        QCOMPARE(*query.cursor(), qint64(42));
        QCOMPARE(*query.limit(1000, 20000), 500);
        QCOMPARE(query.backfillStore(), s("KAN WRD&1"));
        QCOMPARE(*query.backfillUpTo(), qint64(40));
        QCOMPARE(fieldOf(query.limit(1000, 100).error()), s("limit"));

        const PullQuery bare(queryItems(s("/api/v1/sync/pull?category=core")));
        QCOMPARE(*bare.cursor(), qint64(0));
        QCOMPARE(*bare.limit(1000, 20000), 1000);
        QVERIFY(bare.backfillStore().isEmpty());
        QCOMPARE(fieldOf(bare.backfillUpTo().error()), s("up_to"));
        const PullQuery bad(queryItems(s("/api/v1/sync/pull?category=x&cursor=-1")));
        QCOMPARE(fieldOf(bad.category().error()), s("category"));
        QCOMPARE(fieldOf(bad.cursor().error()), s("cursor"));
    }

    void sessionReport()
    {
        SessionReport report;
        report.startedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        report.finishedAt = report.startedAt.addSecs(12);
        report.outcome = s("partial");
        report.errorCode = s("server_busy");
        report.errorMessage = s("Busy.");
        report.pushed = 4;
        report.pulled = 5;
        report.rejected = 1;
        report.waiting = 2;
        report.appVersion = s("0.1.0");
        report.protocolVersion = 1;
        report.links = QJsonArray{QJsonObject{{s("category"), s("core")}}};
        const Result<SessionReport> read = SessionReport::fromJson(report.toJson());
        QVERIFY(read);
        QCOMPARE(read->startedAt, report.startedAt);
        QCOMPARE(read->finishedAt, report.finishedAt);
        QCOMPARE(read->outcome, report.outcome);
        QCOMPARE(read->errorCode, report.errorCode);
        QCOMPARE(read->errorMessage, report.errorMessage);
        QCOMPARE(read->pushed, qint64(4));
        QCOMPARE(read->pulled, qint64(5));
        QCOMPARE(read->rejected, qint64(1));
        QCOMPARE(read->waiting, qint64(2));
        QCOMPARE(read->appVersion, report.appVersion);
        QCOMPARE(read->protocolVersion, 1);
        QCOMPARE(read->links, report.links);

        report.outcome = s("running");
        QCOMPARE(SessionReport::fromJson(report.toJson()).error().code, s("invalid_field"));
        QCOMPARE(ReportAnswer{7}.toJson().value(s("id")).toInteger(), qint64(7));
    }

    void auditEntry()
    {
        AuditEntry entry;
        entry.id = 12;
        entry.at = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        entry.username = s("ada");
        entry.action = s("store.sync_type");
        entry.subject = s("KAN-WRD");
        entry.details = QJsonObject{{s("revision"), 4}};
        const Result<AuditEntry> read = AuditEntry::fromJson(entry.toJson());
        QVERIFY(read);
        QCOMPARE(read->id, entry.id);
        QCOMPARE(read->at, entry.at);
        QCOMPARE(read->username, entry.username);
        QCOMPARE(read->action, entry.action);
        QCOMPARE(read->subject, entry.subject);
        QCOMPARE(read->details, entry.details);
        QJsonObject broken = entry.toJson();
        broken.remove(s("at"));
        QCOMPARE(AuditEntry::fromJson(broken).error().code, s("bad_response"));
    }

    void userRoles()
    {
        for (UserRole role : {UserRole::Administrator, UserRole::Supervisor, UserRole::FieldStaff})
            QCOMPARE(userRoleFromId(userRoleId(role)), role);
        QCOMPARE(userRoleId(UserRole::FieldStaff), s("field_staff"));
        QVERIFY(!userRoleFromId(u"owner"));
    }
};

QTEST_GUILESS_MAIN(TestProtocolRoundTrip)
#include "TestProtocolRoundTrip.moc"
