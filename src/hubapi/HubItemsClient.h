#pragma once

#include "HubApiClient.h"
#include "ItemRecord.h"

namespace syncsites {

/// The hub's items API (docs/openapi.yaml, /api/v1/admin/items) for the desktop app's Items page, through a
/// HubApiClient (its server, token and errors). Asynchronous as HubApiClient is: `done` runs later on the
/// client's thread, and not at all when `context` is gone.
class HubItemsClient
{
public:
    explicit HubItemsClient(HubApiClient& api) : m_api(api) {}

    /// Every item, inactive ones included, ordered by code.
    void list(const QObject* context, HubApiClient::Done<QVector<ItemRecord>> done);
    /// Adds an item; 409 already_exists when the code is taken.
    void add(const ItemRecord& item, const QObject* context, HubApiClient::Done<ItemRecord> done);
    /// Changes the name, unit, pack size or active flag of the item `code` (the code itself never changes).
    void edit(const ItemRecord& item, const QObject* context, HubApiClient::Done<ItemRecord> done);
    /// Imports a CSV text (a header line naming code, name and optionally unit, pack_size, active); `dryRun` only
    /// reports what would happen.
    void import(const QString& csv, bool dryRun, const QObject* context, HubApiClient::Done<ItemImportReport> done);

private:
    HubApiClient& m_api;
};

} // namespace syncsites
