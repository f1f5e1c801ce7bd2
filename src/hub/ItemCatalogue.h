#pragma once

#include "CatalogueItem.h"
#include "ItemCsv.h"
#include "Result.h"

#include <QJsonObject>
#include <QVector>

#include <optional>

namespace syncsites {

class Database;

/// An item and whether any record names it (stock, invoice lines, requisition lines): a used item can be
/// deactivated, never deleted.
struct ItemEntry
{
    CatalogueItem item;
    bool used = false;

    /// {code, name, unit, pack_size, active, used}.
    QJsonObject toJson() const;
};

/// One line of an import's report.
struct ItemImportOutcome
{
    int line = 0;
    QString code;
    QString outcome; ///< created, updated, unchanged or refused
    QString reason;
};

/// What an import did, or would do (a dry run).
struct ItemImportPlan
{
    QVector<ItemImportOutcome> lines;
    QVector<CatalogueItem> writes; ///< the items created or updated
    QStringList ignoredColumns;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int refused = 0;

    QJsonObject toJson(bool applied) const;
};

/// The hub's item catalogue: the synced `item` table, read and written through RecordStore (so every change goes
/// to the changelog, and every site pulls it). It opens no transaction: callers wrap an edit and its audit row in
/// one. Threading: use on one thread, with that thread's connection.
class ItemCatalogue
{
public:
    explicit ItemCatalogue(Database& database) : m_database(database) {}

    /// Every item, ordered by code.
    Result<QVector<ItemEntry>> list();
    Result<std::optional<ItemEntry>> find(const QString& code);
    /// Creates or updates the item (its id is StableId::item(code)).
    Status save(const CatalogueItem& item);
    /// Deletes an unused item; the caller checks `used` first.
    Result<bool> remove(const QString& code);

    /// What importing `file` would do against the items there are now: a line with a problem, or creating an item
    /// without a name, is refused; the others create, update (only the columns the file has) or change nothing.
    Result<ItemImportPlan> plan(const ItemCsvFile& file);
    /// Writes the plan's items.
    Status apply(const ItemImportPlan& plan);

private:
    Result<QSet<QString>> usedItemIds(const std::optional<QString>& onlyId = std::nullopt);

    Database& m_database;
};

} // namespace syncsites
