#pragma once

#include "DataCategory.h"

#include <QLatin1String>
#include <QStringView>
#include <QVector>

namespace syncsites {

/// How the rows of a table are owned, which decides how they are routed and who may write them.
enum class TableScope
{
    Central,       ///< central data with no store, sent to every site linking to the hub (items, stores, sites)
    UserAccount,   ///< a user and the sites they work at: sent only to those sites
    CentralSecret, ///< site credential hashes: never leave the hub, but for the oms_central
    Store,         ///< a store's own data: routed by the store's sync type on the pulling site
    StoreChild,    ///< a line or log whose store (and partner) come from its parent row
};

/// One synced table, described as data. Storage builds its triggers from this table, routing reads it.
struct SyncedTable
{
    QLatin1String name;
    Category category;
    TableScope scope;
    QLatin1String parentTable; ///< StoreChild only: the header table
    QLatin1String parentKey;   ///< StoreChild only: the column naming the header row
    bool transfer;             ///< rows may name a partner store (shipments, requisitions and their lines)
};

/// Every synced table, parents before children (the order to integrate in).
const QVector<SyncedTable>& syncedTables();

/// The table of that name, or nullptr.
const SyncedTable* findSyncedTable(QStringView name);

} // namespace syncsites
