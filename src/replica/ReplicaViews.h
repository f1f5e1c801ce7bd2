#pragma once

#include "SyncType.h"

#include <QString>
#include <QVector>

namespace syncsites {

// What a replica shows of its stores and shipments: plain values, handed from the site layer to the pages.

/// A store as the Data page offers it: its code, name, home site and sync type on this site.
struct BrowsableStore
{
    QString code;
    QString name;
    QString home;
    SyncType type = SyncType::None;
};

/// The stores of this replica's site, by what may be done with them here.
struct ReplicaStores
{
    QString siteName;
    bool carriesOms = false;           ///< the site syncs Open mSupply data (assets, temperature logs)
    QVector<BrowsableStore> browsable; ///< Active, then Collector here: the stores whose data this replica holds
    QVector<BrowsableStore> partners;  ///< every store visible here (any type): possible transfer partners
};

/// Which rows of a table to read: all of a central table, or a store's (a line by its header's store); `filter`
/// keeps rows where any column, or the code or name of a store, item or site a column refers to, contains it.
struct RecordQuery
{
    QString table;
    QString storeCode; ///< ignored for central tables
    QString filter;
};

/// An inbound shipment of a store that has arrived (status shipped) and waits to be received.
struct ShipmentToReceive
{
    QString id;
    QString partnerCode;
    QString partnerName;
    QString shippedAt;
    int lines = 0;
    double packs = 0;
};

/// An item of the catalogue with what one store holds of it (stock lines not on hold).
struct ItemStock
{
    QString code;
    QString name;
    double availablePacks = 0; ///< in all batches
    double largestBatch = 0;   ///< the most packs in one batch: the most one transfer can ship
};

/// A request addressed to a store of this site that waits for its answer: sent, and its response not finalised yet.
struct RequisitionToAnswer
{
    QString id;        ///< the response's id when it is made, else the request's: what StoreActions::respond takes
    QString requestId; ///< the request's id, as the requesting store knows it
    QString requesterCode;
    QString requesterName;
    QString sentAt;
    int lines = 0;
    double packs = 0; ///< requested, in all lines
};

} // namespace syncsites
