#pragma once

#include "SyncedTable.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace syncsites {

/// What a transfer record does: starts a transfer (an outbound shipment, a request requisition, and their
/// lines) or answers one (the inbound shipment made for a received shipment, the response to a request).
enum class TransferRole
{
    None,
    Starts,
    Answers,
};

/// The start of a transfer (an outbound shipment, a request requisition) as the hub holds it: what an answer is
/// checked against.
struct TransferStart
{
    QString store;        ///< the store that started it
    QString partnerStore; ///< the store it was addressed to: the only store that may answer it
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
    /// A start (TransferRole::Starts): the change opens the transfer or readdresses it (a new header, or one whose
    /// partner changed). Only then must the partner be visible on the site: a store handed over to a site where its
    /// partner is not visible must still be able to close the transfers it had in flight. False for a line and for
    /// a header the hub holds with the same partner. Filled by the hub before PushRules.
    bool opensTransfer = true;
    /// An answer (TransferRole::Answers): the start it links to, when that start exists and the answer's id is the
    /// one derived from it (TransferIds); nullopt when it answers nothing. Filled by the hub before PushRules.
    std::optional<TransferStart> answeredStart = std::nullopt;
    /// site_credential rows: the site whose secret hash it is (a credential's id is its site's id).
    QString credentialSite{};
};

} // namespace syncsites
