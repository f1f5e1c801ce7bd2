#pragma once

#include "SyncedTable.h"

#include <QString>
#include <QStringList>

namespace syncsites {

/// What a transfer record does: starts a transfer (an outbound shipment, a request requisition, and their
/// lines) or answers one (the inbound shipment made for a received shipment, the response to a request).
enum class TransferRole
{
    None,
    Starts,
    Answers,
};

/// The facts about one changed record that routing and push rules need. Stores are named by code and sites
/// by name, as in the topology.
struct RecordRef
{
    const SyncedTable* table = nullptr;
    QString recordId;
    QString store;        ///< the owning store (a line's or log's: its header's store); empty for central data
    QString partnerStore; ///< transfer records: the other store; else empty
    TransferRole transferRole = TransferRole::None;
    QString sourceSite;    ///< the site where the change was made
    QStringList userSites; ///< UserAccount rows: the sites that user works at
    bool deleted = false;  ///< the change is a delete
};

} // namespace syncsites
