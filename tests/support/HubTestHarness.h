#pragma once

// A real hub for the sync protocol's tests: a demo hub database in a temporary directory, served by an
// in-process HubServer on 127.0.0.1 (port 0), and a small HTTP client that speaks the protocol over real sockets.

#include "ChangeLog.h"
#include "Database.h"
#include "DemoNetwork.h"
#include "HubServer.h"
#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QTemporaryDir>
#include <QVector>

#include <cstdint>
#include <limits>
#include <memory>

/// QCOMPARE for two sets of "table/id" keys that says how they differ instead of printing both.
#define SYNCSITES_COMPARE_KEYS(got, expected)                                                                          \
    do {                                                                                                               \
        const QSet<QString> got_ = (got);                                                                              \
        const QSet<QString> expected_ = (expected);                                                                    \
        QVERIFY2(got_ == expected_, ::syncsites::test::HubTestHarness::difference(got_, expected_).constData());       \
    } while (false)

namespace httplib {
class Client;
}

namespace syncsites::test {

/// How a HubTestHarness is made.
struct HubHarnessOptions
{
    qint64 records = 0;         ///< generated store records written after the network
    std::uint64_t dataSeed = 1; ///< the DemoRecordGenerator seed (the network is always DemoNetwork seed 1)
    HubConfig hub;              ///< passwordCost is forced to PasswordHasher::testCost()
    HttpServerConfig http;
};

/// A demo hub served on loopback for one test (or one test case): the DemoNetwork (seed 1) written with
/// DemoDataWriter, provisioned with HubProvisioner (a secret per data-holding site, a few users), `records`
/// generated store records, and a HubServer listening on 127.0.0.1, port 0, with its public URL set as
/// `syncsites-server serve` sets it.
///
/// It also answers the tests' questions about the hub's database on the calling thread's connection: the
/// changelog, and what core's Routing::route says each row should go to (the oracle the SQL routing is checked
/// against).
///
/// Threading: make, use and destroy it on the test's thread; Client objects may live on other threads (one per
/// thread). The destructor stops the server and deletes the directory.
class HubTestHarness
{
public:
    /// One HTTP answer: status (0 when no answer came), body, headers.
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers; ///< names lower case
        QString transportError;                       ///< why there was no answer

        QJsonObject json() const;
        /// `error.code`, `error.message`, `error.details` of the one error shape.
        QString errorCode() const;
        QString errorMessage() const;
        QJsonObject errorDetails() const;
        QByteArray header(const QByteArray& name) const;
        /// A line for failure messages: status, and the body's first 300 bytes.
        QByteArray describe() const;
    };

    /// One page of a pull, parsed.
    struct PullPage
    {
        Reply reply;
        QJsonArray records;
        QJsonArray instructions;
        qint64 nextCursor = -1;
        qint64 remaining = -1;
    };

    /// Everything a pull loop received.
    struct PullResult
    {
        bool ok = false;
        Reply failure; ///< the page that failed, when !ok
        QVector<QJsonObject> records;
        QJsonArray instructions;
        QVector<qint64> nextCursors; ///< per page
        QVector<qint64> remaining;   ///< per page
        qint64 lastCursor = 0;
        int pages = 0;
        /// "table/id" of every record received.
        QSet<QString> keys() const;
    };

    /// One keep-alive HTTP/1.1 connection to the hub (cpp-httplib), with the protocol's requests.
    /// Use an instance on one thread.
    class Client
    {
    public:
        explicit Client(quint16 port);
        ~Client();
        Client(const Client&) = delete;
        Client& operator=(const Client&) = delete;

        /// A GET with the Target-Digest the engine sends (the hub requires it on a pull).
        Reply get(const QString& target, const QString& token = QString());
        /// A GET with the given Target-Digest header value; empty: no header.
        Reply getWithTargetDigest(const QString& target, const QString& token, const QByteArray& targetDigest);
        Reply post(const QString& path, const QByteArray& body, const QString& token = QString(),
                   const QByteArray& contentType = QByteArrayLiteral("application/json"));
        Reply post(const QString& path, const QJsonObject& body, const QString& token = QString());

        Reply handshake(const QString& site, const QString& secret, const QString& installationId, int protocolMin = 1,
                        int protocolMax = 1);
        /// The token of a successful handshake, or an empty string (the reply is in `failure` when given).
        QString token(const QString& site, const QString& secret, const QString& installationId,
                      Reply* failure = nullptr);
        Reply push(const QString& token, const QString& category, const QString& batchId, const QJsonArray& records);
        PullPage pull(const QString& token, const QString& category, qint64 cursor, int limit,
                      const QString& extraQuery = QString());
        /// Pulls page after page from `cursor` until `remaining` is 0 (at most `maxPages`).
        PullResult pullAll(const QString& token, const QString& category, qint64 cursor, int limit,
                           const QString& extraQuery = QString(), int maxPages = 100000);
        Reply report(const QString& token, const QJsonObject& body);

    private:
        std::unique_ptr<httplib::Client> m_http;
    };

    static Result<std::unique_ptr<HubTestHarness>> start(const HubHarnessOptions& options = HubHarnessOptions());
    ~HubTestHarness();
    HubTestHarness(const HubTestHarness&) = delete;
    HubTestHarness& operator=(const HubTestHarness&) = delete;

    Database& database() { return *m_database; }
    HubServer& server() { return *m_server; }
    quint16 port() const { return m_port; }
    QString url() const;
    QString directory() const { return m_dir.path(); }
    const DemoNetwork& network() const { return m_network; }
    /// The topology the server routes by now (after any reloadTopology()).
    Topology topology() const;
    std::unique_ptr<Client> client() const { return std::make_unique<Client>(m_port); }
    /// The token /metrics wants on a harness hub (unless HubHarnessOptions::http gives another): pass it as the
    /// `token` of a get().
    static QString metricsToken() { return QStringLiteral("test-metrics-token"); }

    /// The secret of a data-holding site and the password of a user, as HubProvisioner returned them.
    QString secret(const QString& site) const;
    QString password(const QString& username) const;
    /// A stable installation id per site (the one `token()` uses).
    QString installationId(const QString& site);
    /// Handshakes as the site with its own installation id; an empty string on failure.
    QString token(const QString& site, Client& client);
    /// The data-holding sites that hold credentials (all but the msupply_central), in topology order.
    QStringList syncingSites() const;

    // The oracle, on the calling thread's connection.

    /// "table/id" of every changelog row of `category` with a cursor in (after, upTo] that core's Routing::route
    /// sends to `site`. Each row becomes a RecordRef: its store and partner ids mapped to codes (StableId), its
    /// source site, and for user_account and user_site rows the sites the user works at (from user_site now).
    QSet<QString> routedByCore(const QString& site, Category category, bool initialising, qint64 after = 0,
                               const QSet<QString>& backfillStores = {},
                               qint64 upTo = std::numeric_limits<qint64>::max());
    /// "table/id" of every record the hub holds now that `site` should hold: routedByCore(site, category, true)
    /// restricted to records that still exist. What a fully synced replica of the site holds.
    QSet<QString> expectedHoldings(const QString& site, Category category);
    /// The highest changelog cursor (0 when empty), -1 on error.
    qint64 maxCursor();
    /// Changelog rows after `after`, oldest first.
    struct ChangeRow
    {
        qint64 cursor = 0;
        QString key; ///< table/id
        Category category = Category::Core;
        QString storeId;
        QString sourceSiteId;
        bool received = false;
        QString partnerStoreId;
    };
    QVector<ChangeRow> changesAfter(qint64 after);

    // Records to push.

    static QJsonObject upsert(const QString& table, const QJsonObject& data);
    static QJsonObject remove(const QString& table, const QString& id);
    /// A new stock line of a store (random id) for one of the demo items.
    static QJsonObject stockLine(const QString& storeCode, const QString& itemCode = QStringLiteral("PARA500"),
                                 const QString& id = QString());
    /// A new shipment; `type` outbound (starts a transfer) or inbound (answers one).
    static QJsonObject invoice(const QString& storeCode, const QString& partnerCode, const QString& type,
                               const QString& id = QString());
    static QJsonObject invoiceLine(const QString& invoiceId, const QString& itemCode = QStringLiteral("ORS"),
                                   const QString& id = QString());
    static QJsonObject asset(const QString& storeCode, const QString& id = QString());
    static QString newId();

    /// How two sets of "table/id" differ, in a line (a few of the missing and unexpected keys).
    static QByteArray difference(const QSet<QString>& got, const QSet<QString>& expected);

private:
    HubTestHarness() = default;
    Status refreshChangelog();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<HubServer> m_server;
    DemoNetwork m_network;
    QJsonObject m_credentials;
    QHash<QString, QString> m_installations;
    QVector<ChangeLogEntry> m_changelog; ///< every changelog row read so far, oldest first
    quint16 m_port = 0;
};

} // namespace syncsites::test
