// The protocol's answers as the engine parses them (wire::HandshakeAnswer, PushAnswer, PullPage::fromJson): a good
// answer is read exactly; a malformed one is refused with `bad_response` whose details name the field, so that a
// damaged body is a transient failure and never a wrong cursor.

#include "WireMessages.h"

#include <QJsonDocument>
#include <QTest>

using namespace syncsites;
using namespace syncsites::wire;

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

// JSON written with single quotes (easier to read in C++ strings).
QJsonObject parse(const char* json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json).replace('\'', '"'), &error);
    if (doc.isNull())
        qFatal("bad JSON in the test: %s", qPrintable(error.errorString()));
    return doc.object();
}

// Sets `path` ("a" or "a.b") in `json` to `value`; an undefined value removes it.
QJsonObject with(QJsonObject json, const QString& path, const QJsonValue& value)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() == 1) {
        if (value.isUndefined())
            json.remove(path);
        else
            json.insert(path, value);
        return json;
    }
    QJsonObject inner = json.value(parts.first()).toObject();
    inner = with(inner, parts.mid(1).join(QLatin1Char('.')), value);
    json.insert(parts.first(), inner);
    return json;
}

const char* const kHandshake =
    "{'protocol_version': 1, 'token': 'tok-123', "
    "    'expires_at': '2024-05-01T11:00:00.000Z', 'server_time': '2024-05-01T10:00:00.250Z', "
    "    'site': {'id': 'site-1', 'name': 'Soko Health Centre', 'kind': 'oms_android'}, "
    "    'links': [{'category': 'core', 'hub': 'National Medical Stores', 'url': 'http://127.0.0.1:8080'}, "
    "              {'category': 'oms', 'hub': 'National Cold Chain Hub', 'url': 'https://cold.example:8443'}], "
    "    'limits': {'pull_batch_max': 5000, 'push_batch_max': 2000}}";

const char* const kPush =
    "{'batch_id': 'b-1', 'accepted': 41, "
    "    'rejected': [{'table': 'stock_line', 'id': 'sl-9', 'code': 'store_not_active', "
    "                  'message': 'Store KAN-WRD is collector here.', 'field': 'store_id'}, "
    "                 {'table': 'invoice', 'id': 'inv-2', 'code': 'partner_not_visible', 'message': 'm'}]}";

const char* const kPull = "{'records': [ "
                          "        {'cursor': 1040, 'table': 'stock_line', 'id': 'sl-1', 'action': 'upsert', "
                          "         'data': {'id': 'sl-1', 'store_id': 'st-1', 'available_packs': 12.5}}, "
                          "        {'cursor': 1042, 'table': 'invoice_line', 'id': 'il-7', 'action': 'delete'}], "
                          "    'next_cursor': 1042, 'remaining': 95120, "
                          "    'instructions': [{'kind': 'purge', 'store': 'KAN-WRD', 'sync_type': 'none', 'home': "
                          "'Kanda District Hospital', "
                          "                      'up_to': 1040}, "
                          "                     {'kind': 'backfill', 'store': 'SEF-LAB', 'sync_type': 'collector', "
                          "'home': 'Sefa', 'up_to': 9}, "
                          "                     {'kind': 'hand_over', 'store': 'LIR-DSP', 'sync_type': 'active', "
                          "'home': 'Sefa', 'up_to': 10}]}";

void verifyMalformed(const Error& error, const QString& field)
{
    QCOMPARE(error.code, s("bad_response"));
    QCOMPARE(error.details.toMap().value(s("field")).toString(), field);
    QVERIFY2(error.message.contains(field), qPrintable(error.message));
}

} // namespace

class TestEngineWireMessages : public QObject
{
    Q_OBJECT

private slots:
    void handshakeRequestIsTheDocumentedShape();
    void goodHandshakeIsReadExactly();
    void handshakeWithoutLimitsTakesDefaults();
    void malformedHandshake_data();
    void malformedHandshake();
    void goodPushAnswerIsReadExactly();
    void malformedPushAnswer_data();
    void malformedPushAnswer();
    void goodPullPageIsReadExactly();
    void emptyLastPage();
    void malformedPullPage_data();
    void malformedPullPage();
};

void TestEngineWireMessages::handshakeRequestIsTheDocumentedShape()
{
    HandshakeRequest request;
    request.site = s("Soko Health Centre");
    request.secret = s("sesame");
    request.installationId = s("8c1f0000-0000-0000-0000-000000000000");
    request.appVersion = s("0.1.0");
    QCOMPARE(request.toJson(),
             parse("{'protocol': {'min': 1, 'max': 1}, 'site': 'Soko Health Centre', 'secret': 'sesame', "
                   "                       'installation_id': '8c1f0000-0000-0000-0000-000000000000', 'app_version': "
                   "'0.1.0'}"));
}

void TestEngineWireMessages::goodHandshakeIsReadExactly()
{
    const Result<HandshakeAnswer> answer = HandshakeAnswer::fromJson(parse(kHandshake));
    QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().message));
    QCOMPARE(answer->protocolVersion, 1);
    QCOMPARE(answer->token, s("tok-123"));
    QCOMPARE(answer->expiresAt, QDateTime(QDate(2024, 5, 1), QTime(11, 0), Qt::UTC));
    QCOMPARE(answer->serverTime, QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 250), Qt::UTC));
    QCOMPARE(answer->siteId, s("site-1"));
    QCOMPARE(answer->siteName, s("Soko Health Centre"));
    QCOMPARE(answer->siteKind, s("oms_android"));
    QCOMPARE(answer->links.size(), 2);
    QCOMPARE(answer->links[0].category, Category::Core);
    QCOMPARE(answer->links[0].hub, s("National Medical Stores"));
    QCOMPARE(answer->links[0].url, s("http://127.0.0.1:8080"));
    QCOMPARE(answer->links[1].category, Category::Oms);
    QCOMPARE(answer->links[1].hub, s("National Cold Chain Hub"));
    QCOMPARE(answer->links[1].url, s("https://cold.example:8443"));
    QCOMPARE(answer->pullBatchMax, 5000);
    QCOMPARE(answer->pushBatchMax, 2000);
}

void TestEngineWireMessages::handshakeWithoutLimitsTakesDefaults()
{
    const Result<HandshakeAnswer> answer = HandshakeAnswer::fromJson(
        with(with(parse(kHandshake), s("limits"), QJsonValue::Undefined), s("links"), QJsonArray()));
    QVERIFY(answer.ok());
    QCOMPARE(answer->pullBatchMax, 1000);
    QCOMPARE(answer->pushBatchMax, 1000);
    QVERIFY(answer->links.isEmpty());
}

void TestEngineWireMessages::malformedHandshake_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("field");
    const QJsonObject good = parse(kHandshake);
    QTest::newRow("no protocol_version") << with(good, s("protocol_version"), QJsonValue::Undefined)
                                         << s("protocol_version");
    QTest::newRow("protocol_version 0") << with(good, s("protocol_version"), 0) << s("protocol_version");
    QTest::newRow("protocol_version text") << with(good, s("protocol_version"), s("1")) << s("protocol_version");
    QTest::newRow("no token") << with(good, s("token"), QJsonValue::Undefined) << s("token");
    QTest::newRow("empty token") << with(good, s("token"), s("")) << s("token");
    QTest::newRow("no site") << with(good, s("site"), QJsonValue::Undefined) << s("site");
    QTest::newRow("site without id") << with(good, s("site.id"), QJsonValue::Undefined) << s("site");
    QTest::newRow("site without name") << with(good, s("site.name"), s("")) << s("site");
    QTest::newRow("unknown link category")
        << with(good, s("links"), QJsonArray{QJsonObject{{s("category"), s("gold")}, {s("hub"), s("x")}}})
        << s("links.category");
    QTest::newRow("link without category")
        << with(good, s("links"), QJsonArray{QJsonObject{{s("hub"), s("x")}}}) << s("links.category");
    QTest::newRow("pull limit 0") << with(good, s("limits.pull_batch_max"), 0) << s("limits");
    QTest::newRow("push limit negative") << with(good, s("limits.push_batch_max"), -5) << s("limits");
    QTest::newRow("body limit negative") << with(good, s("limits.max_request_bytes"), -1) << s("limits");
    QTest::newRow("body limit beyond 64 bits") << with(good, s("limits.max_request_bytes"), 1e300) << s("limits");
}

void TestEngineWireMessages::malformedHandshake()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, field);
    const Result<HandshakeAnswer> answer = HandshakeAnswer::fromJson(json);
    QVERIFY(!answer.ok());
    verifyMalformed(answer.error(), field);
}

void TestEngineWireMessages::goodPushAnswerIsReadExactly()
{
    const Result<PushAnswer> answer = PushAnswer::fromJson(parse(kPush));
    QVERIFY(answer.ok());
    QCOMPARE(answer->batchId, s("b-1"));
    QCOMPARE(answer->accepted, 41);
    QCOMPARE(answer->replayed, false);
    QCOMPARE(answer->rejected.size(), 2);
    const Rejection& r = answer->rejected[0];
    QCOMPARE(r.table, s("stock_line"));
    QCOMPARE(r.id, s("sl-9"));
    QCOMPARE(r.code, s("store_not_active"));
    QCOMPARE(r.message, s("Store KAN-WRD is collector here."));
    QCOMPARE(r.field, s("store_id"));
    QCOMPARE(answer->rejected[1].id, s("inv-2"));
    QCOMPARE(answer->rejected[1].field, QString());

    const Result<PushAnswer> none = PushAnswer::fromJson(parse("{'batch_id': 'b-2', 'accepted': 0, 'rejected': []}"));
    QVERIFY(none.ok());
    QCOMPARE(none->accepted, 0);
    QVERIFY(none->rejected.isEmpty());
}

void TestEngineWireMessages::malformedPushAnswer_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("field");
    const QJsonObject good = parse(kPush);
    QTest::newRow("no batch_id") << with(good, s("batch_id"), QJsonValue::Undefined) << s("batch_id");
    QTest::newRow("no accepted") << with(good, s("accepted"), QJsonValue::Undefined) << s("accepted");
    QTest::newRow("accepted text") << with(good, s("accepted"), s("41")) << s("accepted");
    QTest::newRow("accepted fraction") << with(good, s("accepted"), 4.5) << s("accepted");
    QTest::newRow("no rejected") << with(good, s("rejected"), QJsonValue::Undefined) << s("rejected");
    QTest::newRow("rejected object") << with(good, s("rejected"), QJsonObject()) << s("rejected");
    QTest::newRow("rejection without id")
        << with(good, s("rejected"), QJsonArray{QJsonObject{{s("table"), s("t")}, {s("code"), s("c")}}})
        << s("rejected");
    QTest::newRow("rejection without code")
        << with(good, s("rejected"), QJsonArray{QJsonObject{{s("table"), s("t")}, {s("id"), s("i")}}}) << s("rejected");
}

void TestEngineWireMessages::malformedPushAnswer()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, field);
    const Result<PushAnswer> answer = PushAnswer::fromJson(json);
    QVERIFY(!answer.ok());
    verifyMalformed(answer.error(), field);
}

void TestEngineWireMessages::goodPullPageIsReadExactly()
{
    const Result<PullPage> page = PullPage::fromJson(parse(kPull));
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
    QCOMPARE(page->nextCursor, qint64(1042));
    QCOMPARE(page->remaining, qint64(95120));
    QCOMPARE(page->records.size(), 2);
    const PulledRecord& up = page->records[0];
    QCOMPARE(up.cursor, qint64(1040));
    QCOMPARE(up.table, s("stock_line"));
    QCOMPARE(up.id, s("sl-1"));
    QCOMPARE(up.deleted, false);
    QCOMPARE(up.data, parse("{'id': 'sl-1', 'store_id': 'st-1', 'available_packs': 12.5}"));
    const PulledRecord& del = page->records[1];
    QCOMPARE(del.cursor, qint64(1042));
    QCOMPARE(del.table, s("invoice_line"));
    QCOMPARE(del.id, s("il-7"));
    QCOMPARE(del.deleted, true);
    QVERIFY(del.data.isEmpty());
    QCOMPARE(page->instructions.size(), 3);
    const Instruction& purge = page->instructions[0];
    QCOMPARE(purge.kind, Instruction::Kind::Purge);
    QCOMPARE(purge.store, s("KAN-WRD"));
    QCOMPARE(purge.syncType, s("none"));
    QCOMPARE(purge.home, s("Kanda District Hospital"));
    QCOMPARE(purge.upTo, qint64(1040));
    QCOMPARE(page->instructions[1].kind, Instruction::Kind::Backfill);
    QCOMPARE(page->instructions[1].upTo, qint64(9));
    QCOMPARE(page->instructions[2].kind, Instruction::Kind::HandOver);
    QCOMPARE(instructionKindId(Instruction::Kind::HandOver), s("hand_over"));
    QCOMPARE(instructionKindId(Instruction::Kind::Backfill), s("backfill"));
    QCOMPARE(instructionKindId(Instruction::Kind::Purge), s("purge"));
}

void TestEngineWireMessages::emptyLastPage()
{
    const Result<PullPage> page = PullPage::fromJson(parse("{'records': [], 'next_cursor': 77, 'remaining': 0}"));
    QVERIFY(page.ok());
    QVERIFY(page->records.isEmpty());
    QVERIFY(page->instructions.isEmpty());
    QCOMPARE(page->nextCursor, qint64(77));
    QCOMPARE(page->remaining, qint64(0));
}

void TestEngineWireMessages::malformedPullPage_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("field");
    const QJsonObject good = parse(kPull);
    const QJsonArray records = good.value(s("records")).toArray();
    const QJsonObject upsert = records.at(0).toObject();
    const auto withRecord = [&](const QJsonObject& record) {
        return with(good, s("records"), QJsonArray{record});
    };
    QTest::newRow("no next_cursor") << with(good, s("next_cursor"), QJsonValue::Undefined) << s("next_cursor");
    QTest::newRow("next_cursor text") << with(good, s("next_cursor"), s("1042")) << s("next_cursor");
    QTest::newRow("next_cursor fraction") << with(good, s("next_cursor"), 1042.5) << s("next_cursor");
    QTest::newRow("no remaining") << with(good, s("remaining"), QJsonValue::Undefined) << s("remaining");
    QTest::newRow("remaining null") << with(good, s("remaining"), QJsonValue::Null) << s("remaining");
    QTest::newRow("no records") << with(good, s("records"), QJsonValue::Undefined) << s("records");
    QTest::newRow("records object") << with(good, s("records"), QJsonObject()) << s("records");
    QTest::newRow("record without table")
        << withRecord(with(upsert, s("table"), QJsonValue::Undefined)) << s("records");
    QTest::newRow("record without id") << withRecord(with(upsert, s("id"), s(""))) << s("records");
    QTest::newRow("unknown action") << withRecord(with(upsert, s("action"), s("merge"))) << s("records");
    QTest::newRow("no action") << withRecord(with(upsert, s("action"), QJsonValue::Undefined)) << s("records");
    QTest::newRow("upsert without data") << withRecord(with(upsert, s("data"), QJsonValue::Undefined))
                                         << s("records.data");
    QTest::newRow("data of another record") << withRecord(with(upsert, s("data.id"), s("sl-2"))) << s("records.data");
    QTest::newRow("record beyond next_cursor") << withRecord(with(upsert, s("cursor"), 5000)) << s("records.cursor");
    QTest::newRow("unknown instruction")
        << with(good, s("instructions"), QJsonArray{QJsonObject{{s("kind"), s("explode")}, {s("store"), s("X")}}})
        << s("instructions.kind");
    QTest::newRow("instruction without store")
        << with(good, s("instructions"), QJsonArray{QJsonObject{{s("kind"), s("purge")}, {s("up_to"), 3}}})
        << s("instructions.store");
}

void TestEngineWireMessages::malformedPullPage()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, field);
    const Result<PullPage> page = PullPage::fromJson(json);
    QVERIFY(!page.ok());
    verifyMalformed(page.error(), field);
}

QTEST_GUILESS_MAIN(TestEngineWireMessages)
#include "TestEngineWireMessages.moc"
