#pragma once

// The oracle of the visibility walk (TestVisibilityWalk.h), written from the sync model spec ("Routing", "Data
// categories and hubs"), not from the code that routes: what a database holds, and what a site should hold.

#include "DataCategory.h"
#include "Database.h"
#include "SiteKind.h"
#include "Topology.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace syncsites::test::walk {

/// SYNCSITES_SOAK=1: the long walk.
bool soak();
/// A sync type as the admin API names it ("none" for SyncType::None).
QString typeId(SyncType type);

/// A table of store data as the spec's routing section describes it: its category, the header a line takes its store
/// and partner from, and whether its records are transfer records (shipments, requisitions and their lines).
struct StoreTable
{
    const char* name;
    Category category;
    const char* header;    ///< nullptr: the row has its own store_id (and partner_store_id)
    const char* headerKey; ///< the column naming the header row
    bool transfer;
};

/// The tables of store data, headers before their lines.
extern const StoreTable kStoreTables[7];

/// Central data every site that links for core holds as the hub has it (users and credentials are left out).
extern const char* const kCentralTables[5];

bool openMsupplyKind(SiteKind kind);

/// Whether a site pulls a category from its hub ("Data categories and hubs", topology rules 2 and 3): every
/// data-holding site but the msupply_central links for core; the oms_remote, oms_standalone and oms_android link for
/// oms, and so does the oms_central's own replica in the default mode (no server of its own).
bool linksFor(const Site& site, Category category);

/// One record of store data: its table, its store and partner (a line's: its header's), its columns.
struct Row
{
    const StoreTable* table = nullptr;
    QString store;   ///< store id
    QString partner; ///< store id, empty when none
    QJsonObject data;
};

/// What a database holds of the synced data the oracle looks at, keyed "table/id".
struct Holdings
{
    QHash<QString, Row> rows;            ///< store data
    QHash<QString, QJsonObject> central; ///< kCentralTables
    int credentials = 0;                 ///< site_credential rows
    QString error;
};

QString key(const QString& table, const QString& id);

Holdings readHoldings(Database& database);

/// The spec's routing, as holdings: whether `site` holds `row` once it has synced.
bool shouldHold(const Topology& topology, const Site& site, const Row& row, const QHash<QString, QString>& codeOf);

/// The fields in which two versions of a record differ: "packs 3 != 4, status ...".
QString fieldsDiffering(const QJsonObject& here, const QJsonObject& hub);

} // namespace syncsites::test::walk
