#pragma once

#include "DataCategory.h"
#include "Result.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace syncsites {

class Database;

/// One row of the changelog: a record of a synced table was upserted or deleted.
struct ChangeLogEntry
{
    enum class Action
    {
        Upsert,
        Delete,
    };

    qint64 cursor = 0;
    QString tableName;
    QString recordId;
    Action action = Action::Upsert;
    QString storeId;        ///< empty for central data; a line's header's store
    QString partnerStoreId; ///< transfer records only
    Category category = Category::Core;
    QString sourceSiteId;  ///< the site the change came from
    bool received = false; ///< integrated from a pull (never pushed back)
    QDateTime changedAt;
};

/// "upsert" or "delete".
QString changeActionId(ChangeLogEntry::Action action);

/// Reads the changelog, which the triggers made by Schema write and nothing else does.
///
/// Cursors grow with every write and are never reused; reading in cursor order replays the writes in the order
/// they were committed on SQLite (on PostgreSQL a reader must not pass in-flight writers: see docs/schema.md).
/// Threading: any thread, each on its own connection; the object holds only a reference to the Database.
/// Errors as values (database_* codes).
class ChangeLog
{
public:
    explicit ChangeLog(Database& database);

    /// Rows with a cursor above `after`, oldest first, at most `limit`; only one category when given.
    Result<QVector<ChangeLogEntry>> after(qint64 after, int limit,
                                          std::optional<Category> category = std::nullopt) const;

    /// The highest cursor (0 when the changelog is empty); of one category when given.
    Result<qint64> maxCursor(std::optional<Category> category = std::nullopt) const;

    /// What this site has to push: its own changes (received = 0) above `pushPosition`, oldest first.
    Result<QVector<ChangeLogEntry>> unpushed(qint64 pushPosition, int limit,
                                             std::optional<Category> category = std::nullopt) const;
    /// "table/id" of every record with a change of this site's own above `pushPosition` (not yet pushed).
    Result<QSet<QString>> unpushedKeys(qint64 pushPosition, std::optional<Category> category = std::nullopt) const;
    Result<qint64> countUnpushed(qint64 pushPosition, std::optional<Category> category = std::nullopt) const;

    /// Every row of one record, oldest first.
    Result<QVector<ChangeLogEntry>> forRecord(const QString& tableName, const QString& recordId) const;
    /// True when every changelog row of the record is a change of this site's own above `position` (none received,
    /// none at or below it), and it has at least one: a record the hub has not been sent and has not sent here.
    Result<bool> onlyUnpushedAfter(const QString& tableName, const QString& recordId, qint64 position) const;

    /// The highest cursor among the rows of these tables, 0 when they have none (the hub's topology revision is
    /// this over site, site_link, store and store_visibility).
    Result<qint64> maxCursorOf(const QStringList& tables) const;
    /// Rows of these tables with a cursor above `after`, oldest first, at most `limit`.
    Result<QVector<ChangeLogEntry>> afterIn(qint64 after, const QStringList& tables, int limit) const;
    /// How many rows of these tables carry `storeId` (of one category when given): the size of a store's history.
    Result<qint64> countForStore(const QString& storeId, const QStringList& tables,
                                 std::optional<Category> category = std::nullopt) const;

private:
    Result<QVector<ChangeLogEntry>> select(const QString& where, const QVariantList& values, int limit) const;

    Database& m_database;
};

} // namespace syncsites
