#pragma once

#include <limits>

#include "DataCategory.h"
#include "Result.h"
#include "WireMessages.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <memory>

namespace syncsites {

class Database;
class RecordStore;

/// Applies pulled pages to a replica, each page with its cursor in one local transaction, so that a page is applied
/// exactly once whatever happens (a crash, a cancel, a full disk roll the whole page back).
///
/// Records are written with the link's hub as their origin and `received = 1`, so they are never pushed back; so
/// are purges and dropped accounts. A record that does not fit (a missing reference, a bad field) is put in the
/// quarantine with the error that names its table, record and field, and the page goes on; a database failure
/// (disk full, locked, damaged) fails the page and nothing of it is kept.
///
/// Instructions (docs/protocol.md): a purge deletes the store's data except transfer records naming one of this
/// site's Active stores; a backfill or a hand-over is recorded (SyncStateRepository::addBackfill) and the page is cut
/// at the instruction's cursor: records after it wait until the store's history is in, so that no line arrives
/// before its header. A hand-over always asks for the history, which brings the transfers naming the store as
/// partner even to a site that held its records as Collector. Where the store is not (or no longer) Active here,
/// transfers that named it as partner and belong to stores not held here are removed (a former home).
///
/// A record with a change of this site's own not yet pushed is never overwritten (nor deleted) by a pulled copy: the
/// change is pushed next, and the hub's copy then is the site's (an edit made while a replica is pulled again from
/// the start, after a hub was rebuilt, say).
///
/// Threading: use on one thread; it writes on that thread's connection.
class Integrator
{
public:
    /// The links a backfill instruction of this stream applies to.
    struct BackfillLinks
    {
        QVector<Category> sameHub;  ///< served by this stream's hub: the history up to the instruction's cursor
        QVector<Category> otherHub; ///< served by another server: all the history it has (kWholeHistory)
    };
    /// The `up_to` of a backfill asked of another server, whose cursors are not this stream's: everything.
    static constexpr qint64 kWholeHistory = std::numeric_limits<qint64>::max();

    struct Options
    {
        QString siteId;    ///< this site
        QString hubSiteId; ///< the origin of what is integrated
        Category category = Category::Core;
        BackfillLinks backfillLinks;
        qint64 sessionId = 0;
        /// A history link (wire::Link::history): records held here already are kept, deletes are not applied.
        bool keepLocal = false;
    };

    struct Outcome
    {
        int applied = 0;      ///< records written or deleted
        int quarantined = 0;  ///< records that did not fit
        int keptLocal = 0;    ///< records not written: this site has a change of its own to push
        QStringList examples; ///< "table id: reason" of the first few quarantined
        qint64 savedCursor = 0;
        bool reachedEnd = false; ///< the stream's end: the site is initialised
        bool cut = false;        ///< the page was cut at a backfill: pull again from savedCursor after the backfills
    };

    Integrator(Database& database, Options options);
    ~Integrator();

    /// A page of the site's own stream from `cursor`.
    Result<Outcome> integrate(const wire::PullPage& page, const std::atomic<bool>& cancelled);
    /// A page of one store's history (a backfill); its cursor is the backfill's, never the stream's.
    Result<Outcome> integrateBackfill(const wire::PullPage& page, const QString& storeCode,
                                      const std::atomic<bool>& cancelled);

    /// Re-applies one quarantined pulled record (quarantine retry); the error when it still does not fit.
    Status reapply(const QString& table, const QString& id, const QJsonObject& data);

    /// Applies again the pulled records that did not fit (a line that came before its header, say: a store's
    /// history arrives in a backfill after newer rows of it); those that fit now leave the quarantine. Returns how
    /// many still do not fit. A record that comes again and fits leaves the quarantine by itself.
    Result<int> retryIntegrationFailures();

private:
    Status applyRecords(const QVector<wire::PulledRecord>& records, qint64 upTo, const std::atomic<bool>& cancelled,
                        Outcome& outcome, bool* touchedUsers);
    Status purge(const QString& storeCode);
    Status dropStrayAccounts();
    /// Removes the transfers addressed to `storeCode` by stores this site does not hold: routing sent them only
    /// while the store was Active here.
    Status dropPartnerTransfers(const QString& storeCode);
    Result<qint64> integrationFailures();
    Status clearIntegrationFailure(const QString& table, const QString& id);

    Database& m_database;
    Options m_options;
    std::unique_ptr<RecordStore> m_records;
    qint64 m_quarantinedHere = 0; ///< integration failures in the quarantine
};

} // namespace syncsites
