#pragma once

// A site's replica for the engine's tests: a SQLite file in a test's directory, registered as one site of a hub
// (ReplicaConfig + secret), synced with the real SyncSession over loopback, and the checks that compare what it holds
// with what the routing rules say it should hold.

#include "DataCategory.h"
#include "Database.h"
#include "Result.h"
#include "SyncSession.h"

#include <QByteArray>
#include <QMap>
#include <QSet>
#include <QString>

#include <memory>

/// QVERIFY that a sync of `replica` (a SiteReplica) succeeds, saying what happened when it does not.
#define SYNCSITES_SYNC_OK(replica)                                                                                     \
    do {                                                                                                               \
        const ::syncsites::SyncSummary summary_ = (replica).sync();                                                    \
        QVERIFY2(                                                                                                      \
            summary_.outcome == ::syncsites::SyncOutcome::Success,                                                     \
            qPrintable((replica).site() + QStringLiteral(": ") + ::syncsites::test::SiteReplica::describe(summary_))); \
    } while (false)

namespace syncsites::test {

class HubTestHarness;

class SiteReplica
{
public:
    /// A new replica file at `path` for `site`, syncing with `serverUrl` using `secret`.
    static Result<std::unique_ptr<SiteReplica>> create(const QString& path, const QString& site,
                                                       const QString& serverUrl, const QString& secret);

    /// A line for failure messages: outcome, counts, and the failure's kind, code and words.
    static QString describe(const SyncSummary& summary);

    /// Session options for tests: short timeouts and backoff, a fixed seed, hub reports on.
    static SessionOptions testOptions(std::uint64_t seed = 1);

    SyncSummary sync(const SessionOptions& options = testOptions());
    SyncSummary sync(SyncSession& session);
    /// A session object for this replica (to cancel it from another thread, say).
    std::unique_ptr<SyncSession> session(const SessionOptions& options = testOptions());

    Database& database() { return *m_database; }
    /// Closes the replica (its file checkpointed, no -wal left), e.g. to damage or move it; reopen() opens it again.
    void close();
    Status reopen(const DatabaseOptions& options = {});
    const QString& site() const { return m_site; }
    const QString& path() const { return m_path; }
    void setServerUrl(const QString& url);
    /// The secret sessions use from now on (a site registered again with a rebuilt hub, say).
    void setSecret(const QString& secret) { m_secret = secret; }

    /// "table/id" of every record of `category` held here.
    QSet<QString> keys(Category category);

    /// Per store id (empty for central data): a hash of the store's records among `keys`, as `database` holds them.
    static QMap<QString, QByteArray> checksums(Database& database, const QSet<QString>& keys);

    /// Empty when this replica holds exactly what `hub` says it should (the same records, with the same data, for
    /// every category it links), otherwise a description of the difference. Records in this site's quarantine are
    /// left out: they differ on purpose (a refused edit stays here, its copy in the quarantine).
    QString differenceFrom(HubTestHarness& hub, const QList<Category>& categories = {Category::Core, Category::Oms});

private:
    SiteReplica() = default;

    std::unique_ptr<Database> m_database;
    QString m_site;
    QString m_path;
    QString m_serverUrl;
    QString m_secret;
};

} // namespace syncsites::test
