#pragma once

#include "ChangeLog.h"
#include "Result.h"

#include <optional>

namespace syncsites {

class Database;

/// Which changelog rows a hub sends to one site: the routing rules (core's Routing::route, docs/routing.md)
/// computed in SQL against the hub's central tables, so that a pull never loads what it will not send.
struct RoutedChangeSpec
{
    QString siteId;
    Category category = Category::Core;
    qint64 after = 0; ///< rows with a greater cursor
    int limit = 500;
    bool initialising = false; ///< the site has not yet pulled to the end once: its own records come back too
    bool omsCentral = false;   ///< the site is the oms_central (it gets site credential hashes)
    /// The oms_central on a server of its own taking over the category's history (Site::takesHistoryOf): every
    /// row of the category, its own included.
    bool history = false;
    /// A backfill: only this store's rows (its whole history up to `backfillUpTo`), own records included.
    std::optional<QString> backfillStoreId;
    qint64 backfillUpTo = 0;
};

/// Runs the routing query. The caller checks first that the site carries the category. Threading: any thread,
/// on its own connection. Errors as values (database_* codes).
class RoutedChangeQuery
{
public:
    explicit RoutedChangeQuery(Database& database) : m_database(database) {}

    Result<QVector<ChangeLogEntry>> fetch(const RoutedChangeSpec& spec);
    /// How many rows `fetch` would return without a limit (for progress bars).
    Result<qint64> count(const RoutedChangeSpec& spec);

private:
    Result<QVector<ChangeLogEntry>> run(const RoutedChangeSpec& spec, bool countOnly, qint64* count);

    Database& m_database;
};

} // namespace syncsites
