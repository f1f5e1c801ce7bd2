// SyncFailure::classify: every error code the engine meets (SyncClient's transport and server codes, storage's
// database codes) maps to one kind, says whether trying again can help, and always carries a message and a remedy
// a field worker can act on.

#include "SyncFailure.h"

#include <QTest>

using namespace syncsites;

Q_DECLARE_METATYPE(syncsites::SyncFailure::Kind)

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

} // namespace

class TestEngineSyncFailure : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void emptyUnderlyingMessageStillGivesOne_data();
    void emptyUnderlyingMessageStillGivesOne();
    void retryAfterAndStatusAreKept();
    void incompatibleSaysWhoMustUpgrade();
    void tooManyAttemptsSaysHowLongToWait();
    void refusedRequestNamesItsCode();
    void rejectedCountsAndNamesExamples();
    void kindIdsAreStableAndDistinct();
    void localSecretProblemIsNotBlamedOnTheServer();
};

void TestEngineSyncFailure::classify_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<SyncFailure::Kind>("kind");
    QTest::addColumn<bool>("transient");

    using K = SyncFailure::Kind;
    // SyncClient's transport codes
    QTest::newRow("no_network") << s("no_network") << 0 << K::NoNetwork << true;
    QTest::newRow("server_unreachable") << s("server_unreachable") << 0 << K::ServerUnreachable << true;
    QTest::newRow("timeout") << s("timeout") << 0 << K::Timeout << true;
    QTest::newRow("connection_lost") << s("connection_lost") << 0 << K::ServerUnreachable << true;
    QTest::newRow("bad_response") << s("bad_response") << 0 << K::ServerUnreachable << true;
    QTest::newRow("tls_certificate") << s("tls_certificate") << 0 << K::Tls << false;
    QTest::newRow("tls_error") << s("tls_error") << 0 << K::Tls << false;
    QTest::newRow("cancelled") << s("cancelled") << 0 << K::Cancelled << false;
    // the hub's error codes
    QTest::newRow("wrong_credentials") << s("wrong_credentials") << 401 << K::Credentials << false;
    QTest::newRow("too_many_attempts") << s("too_many_attempts") << 429 << K::Credentials << false;
    QTest::newRow("account_disabled") << s("account_disabled") << 401 << K::Credentials << false;
    QTest::newRow("installation_mismatch") << s("installation_mismatch") << 403 << K::Bound << false;
    QTest::newRow("protocol_incompatible") << s("protocol_incompatible") << 426 << K::Incompatible << false;
    QTest::newRow("server_busy") << s("server_busy") << 503 << K::ServerError << true;
    QTest::newRow("shutting_down") << s("shutting_down") << 503 << K::ServerError << true;
    QTest::newRow("rate_limited") << s("rate_limited") << 429 << K::ServerError << true;
    QTest::newRow("server_error 500") << s("server_error") << 500 << K::ServerError << true;
    QTest::newRow("a proxy's 502") << s("server_error") << 502 << K::ServerError << true;
    QTest::newRow("unknown code, 500") << s("something_new") << 500 << K::ServerError << true;
    QTest::newRow("forbidden") << s("forbidden") << 403 << K::ServerError << false;
    QTest::newRow("category_not_carried") << s("category_not_carried") << 403 << K::ServerError << false;
    QTest::newRow("invalid_field") << s("invalid_field") << 400 << K::ServerError << false;
    QTest::newRow("batch_too_large") << s("batch_too_large") << 413 << K::ServerError << false;
    QTest::newRow("not_found") << s("not_found") << 404 << K::ServerError << false;
    // the engine's own
    QTest::newRow("site_not_data_holding") << s("site_not_data_holding") << 0 << K::Credentials << false;
    QTest::newRow("replica_other_site") << s("replica_other_site") << 0 << K::Credentials << false;
    // storage's
    QTest::newRow("disk_full") << s("disk_full") << 0 << K::LocalStorage << false;
    QTest::newRow("disk_write_failed") << s("disk_write_failed") << 0 << K::LocalStorage << false;
    QTest::newRow("database_busy") << s("database_busy") << 0 << K::LocalStorage << true;
    QTest::newRow("database_corrupt") << s("database_corrupt") << 0 << K::LocalStorage << false;
    QTest::newRow("database_readonly") << s("database_readonly") << 0 << K::LocalStorage << false;
    QTest::newRow("database_io_error") << s("database_io_error") << 0 << K::LocalStorage << false;
    QTest::newRow("database_error") << s("database_error") << 0 << K::LocalStorage << false;
    QTest::newRow("migration_failed") << s("migration_failed") << 0 << K::LocalStorage << false;
}

void TestEngineSyncFailure::classify()
{
    QFETCH(QString, code);
    QFETCH(int, status);
    QFETCH(SyncFailure::Kind, kind);
    QFETCH(bool, transient);

    QVariantMap details;
    if (status > 0)
        details.insert(QStringLiteral("status"), status);
    const Error error{code, QStringLiteral("What the lower layer said about %1.").arg(code), details};
    const SyncFailure f = SyncFailure::classify(error);
    QCOMPARE(f.kind, kind);
    QCOMPARE(f.transient, transient);
    QCOMPARE(f.code, code);
    QCOMPARE(f.httpStatus, status);
    // The lower layer's own words are kept for logs and support.
    QCOMPARE(f.detail, error.message);
    QVERIFY2(!f.message.trimmed().isEmpty(), qPrintable(code));
    QVERIFY2(!f.remedy.trimmed().isEmpty(), qPrintable(code));
    QVERIFY(f.text().contains(f.message));
    QVERIFY(f.text().contains(f.remedy));
    QVERIFY(!f.kindId().isEmpty());
}

void TestEngineSyncFailure::emptyUnderlyingMessageStillGivesOne_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    // Codes that come from the server's answer, whose message the server may leave out (a proxy or an older hub
    // answering in the error shape without one). SyncClient and storage always give their own words.
    for (const auto& [code, status] :
         {std::pair{"wrong_credentials", 401}, std::pair{"too_many_attempts", 429}, std::pair{"account_disabled", 401},
          std::pair{"installation_mismatch", 403}, std::pair{"protocol_incompatible", 426},
          std::pair{"server_busy", 503}, std::pair{"server_error", 500}, std::pair{"forbidden", 403},
          std::pair{"something_new", 400}})
        QTest::newRow(code) << s(code) << status;
}

// What happened is always said, even when the server gave no words.
void TestEngineSyncFailure::emptyUnderlyingMessageStillGivesOne()
{
    QFETCH(QString, code);
    QFETCH(int, status);
    QVariantMap details;
    if (status > 0)
        details.insert(QStringLiteral("status"), status);
    const SyncFailure f = SyncFailure::classify(Error{code, QString(), details});
    QVERIFY2(!f.message.trimmed().isEmpty(), qPrintable(code + QStringLiteral(": no message")));
    QVERIFY2(!f.remedy.trimmed().isEmpty(), qPrintable(code + QStringLiteral(": no remedy")));
}

void TestEngineSyncFailure::retryAfterAndStatusAreKept()
{
    const SyncFailure f = SyncFailure::classify(
        Error{s("server_busy"), s("busy"), QVariantMap{{s("status"), 503}, {s("retry_after"), 7}}});
    QCOMPARE(f.retryAfterSeconds, 7);
    QCOMPARE(f.httpStatus, 503);
    QVERIFY(f.transient);
    const SyncFailure none = SyncFailure::classify(Error{s("timeout"), s("slow")});
    QCOMPARE(none.retryAfterSeconds, 0);
    QCOMPARE(none.httpStatus, 0);
}

void TestEngineSyncFailure::incompatibleSaysWhoMustUpgrade()
{
    const SyncFailure client = SyncFailure::classify(
        Error{s("protocol_incompatible"), s("old"), QVariantMap{{s("status"), 426}, {s("upgrade"), s("client")}}});
    QCOMPARE(client.kind, SyncFailure::Kind::Incompatible);
    QVERIFY2(client.remedy.contains(QLatin1String("this computer")), qPrintable(client.remedy));
    const SyncFailure server = SyncFailure::classify(
        Error{s("protocol_incompatible"), s("old"), QVariantMap{{s("status"), 426}, {s("upgrade"), s("server")}}});
    QCOMPARE(server.kind, SyncFailure::Kind::Incompatible);
    QVERIFY2(server.remedy.contains(QLatin1String("server")), qPrintable(server.remedy));
    QVERIFY(!server.remedy.contains(QLatin1String("this computer")));
}

void TestEngineSyncFailure::tooManyAttemptsSaysHowLongToWait()
{
    const SyncFailure f = SyncFailure::classify(
        Error{s("too_many_attempts"), s("wait"), QVariantMap{{s("status"), 429}, {s("retry_after"), 42}}});
    QCOMPARE(f.kind, SyncFailure::Kind::Credentials);
    QVERIFY2(f.remedy.contains(QLatin1String("42")), qPrintable(f.remedy));
    // A wrong secret is not cured by waiting: not transient, so the engine does not hammer the hub with it.
    QVERIFY(!f.transient);
}

void TestEngineSyncFailure::refusedRequestNamesItsCode()
{
    const SyncFailure f = SyncFailure::classify(
        Error{s("store_not_visible"), s("Store X is not visible."), QVariantMap{{s("status"), 403}}});
    QCOMPARE(f.kind, SyncFailure::Kind::ServerError);
    QVERIFY(!f.transient);
    QVERIFY2(f.remedy.contains(QLatin1String("store_not_visible")), qPrintable(f.remedy));
}

void TestEngineSyncFailure::rejectedCountsAndNamesExamples()
{
    const SyncFailure f = SyncFailure::rejected(3, s("stock_line sl-1 (store_not_active)"));
    QCOMPARE(f.kind, SyncFailure::Kind::Rejected);
    QCOMPARE(f.code, s("records_rejected"));
    QCOMPARE(f.kindId(), s("rejected"));
    QVERIFY(!f.transient);
    QVERIFY2(f.message.contains(QLatin1String("3")), qPrintable(f.message));
    QVERIFY2(f.message.contains(QLatin1String("stock_line sl-1")), qPrintable(f.message));
    QVERIFY(!f.remedy.isEmpty());
}

void TestEngineSyncFailure::kindIdsAreStableAndDistinct()
{
    using K = SyncFailure::Kind;
    const QList<QPair<K, QString>> expected{
        {K::NoNetwork, s("no_network")},      {K::ServerUnreachable, s("server_unreachable")},
        {K::Timeout, s("timeout")},           {K::Tls, s("tls")},
        {K::Credentials, s("credentials")},   {K::Bound, s("bound")},
        {K::Incompatible, s("incompatible")}, {K::ServerError, s("server_error")},
        {K::Rejected, s("rejected")},         {K::LocalStorage, s("local_storage")},
        {K::Cancelled, s("cancelled")},
    };
    for (const auto& [kind, id] : expected) {
        SyncFailure f;
        f.kind = kind;
        QCOMPARE(f.kindId(), id);
    }
}

// The engine's secret source (SecretFile::read: secret_missing) fails before any server is asked. The failure
// must not tell the user that the server refused the request.
void TestEngineSyncFailure::localSecretProblemIsNotBlamedOnTheServer()
{
    const SyncFailure f = SyncFailure::classify(
        Error{s("secret_missing"), s("The site's secret file /x/replica.sqlite.secret cannot be read.")});
    QVERIFY2(f.kind == SyncFailure::Kind::Credentials || f.kind == SyncFailure::Kind::LocalStorage,
             qPrintable(f.kindId() + QStringLiteral(": ") + f.text()));
    QVERIFY(!f.transient);
}

QTEST_GUILESS_MAIN(TestEngineSyncFailure)
#include "TestEngineSyncFailure.moc"
