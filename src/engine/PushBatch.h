#pragma once

#include "DataCategory.h"
#include "Result.h"
#include "WireMessages.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace syncsites {

class Database;
struct ChangeLogEntry;

/// One batch of this site's own changes, as sent to the hub.
struct PushBatch
{
    QString batchId;
    qint64 from = 0; ///< changelog cursors (from, to] of this category
    qint64 to = 0;
    qint64 rows = 0;  ///< changelog rows covered (a record changed twice is sent once)
    qint64 bytes = 0; ///< the records' size as JSON (what the hub's request limit counts, before compression)
    QJsonArray records;
    QHash<QString, QJsonObject> sent; ///< "table/id" → the record as sent (for the quarantine)
    QHash<QString, QString> storeOf;  ///< "table/id" → its store id
};

/// Makes push batches from this site's changelog (its own writes, `received = 0`, above the link's push position)
/// and records their acknowledgement.
///
/// The hub applies a batch's records in order and refuses a record whose header (or other record it refers to) it
/// does not hold, so a batch sends every upsert after the records it refers to, whatever the order of their last
/// changes; a record that the batch's records refer to and that has only changes after the batch (never sent) goes
/// in the batch too. Deletes keep the order they were made in.
///
/// A batch's id and cursor range are saved in the replica before it is sent; until it is acknowledged, next()
/// gives the same batch again (same id, same range), also after a crash, so the hub answers a resent batch from
/// its memory instead of applying it twice. acknowledge() moves the push position past the batch, puts rejected
/// records in the quarantine with their reason, and takes accepted ones out of it, in one transaction. A refused
/// change lives on only in the quarantine: the live row becomes what the hub says the site holds instead (its copy,
/// or none; restoreRefused), so that nothing refused is also live data (spec, "Changes of visibility").
///
/// Threading: one thread; the Database must outlive it.
class PushBatchBuilder
{
public:
    /// `hubSiteId`: the origin given to the hub's copies written in place of refused changes.
    PushBatchBuilder(Database& database, Category category, qint64 sessionId, QString hubSiteId = QString());

    /// In the caller's write transaction: makes the live rows of refused records what the hub said the site holds
    /// (Rejection::current), written as received from `hubSiteId` so they are never pushed. Deletes first, then the
    /// hub's copies in catalogue order (headers before lines); a copy that does not fit here (its header is gone)
    /// leaves no live row. Rejections without `current` leave their row as it is.
    static Status restoreRefused(Database& database, const QVector<wire::Rejection>& rejected,
                                 const QString& hubSiteId);

    /// The most bytes of JSON records a new batch may hold (the hub's request limit, less a margin); 0: no limit.
    /// prepare() halves a batch's rows until it fits; a batch of one changelog row that does not fit is still made:
    /// tooLarge() says so, and rejectTooLarge() puts it in the quarantine instead of sending it.
    void setMaxBytes(qint64 maxBytes) { m_maxBytes = maxBytes; }
    qint64 maxBytes() const { return m_maxBytes; }
    bool tooLarge(const PushBatch& batch) const;

    /// Changelog rows still to push.
    Result<qint64> waiting() const;
    /// The pending batch, or a new one of at most `maxRows` changelog rows; nullopt when nothing is left.
    Result<std::optional<PushBatch>> next(int maxRows);
    /// The batch of at most `maxRows` changelog rows after cursor `after`, read but not yet pending: it has no id,
    /// and next() does not know it. Lets a session read the next batch while the one before travels; begin() makes
    /// it the pending batch once that one is acknowledged. nullopt when nothing is left after `after`.
    Result<std::optional<PushBatch>> prepare(qint64 after, int maxRows);
    /// Gives a prepared batch its id and saves it as the pending batch (before it is sent).
    Status begin(PushBatch& batch);
    Status acknowledge(const PushBatch& batch, const wire::PushAnswer& answer);
    /// Forgets the pending batch, which the hub refused unread (413: larger than it takes), so that next() makes a
    /// smaller one from the same position.
    Status discardPending();
    /// The hub holds this site's pushes only up to `hubPosition` (PushRequest::through), below the push position (a
    /// hub restored from a backup): moves the push position back there and forgets the pending batch, in one
    /// transaction, so that the changes above it are sent again (the hub applies an upsert or delete it has seen
    /// before as it would the first time). Returns how many changelog rows that puts back to push; 0 (nothing
    /// changed) when the hub is not behind or only rows there is nothing to send for lie between.
    Result<qint64> rewindTo(qint64 hubPosition);
    /// Acknowledges `batch` without sending it: each of its records goes to the quarantine as `too_large`
    /// (with its size and `limit`), its live row stays as it is, and the push moves on past it.
    Status rejectTooLarge(const PushBatch& batch, qint64 limit);

private:
    /// One record of a batch being made: its current data, or a delete.
    struct Outgoing
    {
        QString table;
        QString id;
        QString storeId;
        bool remove = false;
        QJsonObject data;
    };

    QString pendingKey() const;
    /// The records of these changelog rows, each once, every upsert after the records of the batch it refers to.
    Status fill(PushBatch& batch, const QVector<ChangeLogEntry>& rows);
    /// Adds to `outgoing` the records its upserts refer to that have only changes after the batch (never sent).
    Status addUnsentParents(const PushBatch& batch, QVector<Outgoing>& outgoing, QHash<QString, int>& placeOf) const;
    static void append(PushBatch& batch, const Outgoing& out);

    Database& m_database;
    Category m_category;
    qint64 m_sessionId;
    QString m_hubSiteId;
    qint64 m_maxBytes = 0;
};

} // namespace syncsites
