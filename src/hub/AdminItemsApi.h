#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

namespace syncsites {

class HubState;

/// The network's item catalogue (administrators edit, supervisors read):
///
/// - GET    /api/v1/admin/items → {"items": [{code, name, unit, pack_size, active, used}]}, by code;
/// - POST   /api/v1/admin/items {code, name, unit?, pack_size?, active?} → 201 {"item"};
/// - GET    /api/v1/admin/items/{code} → {"item"};
/// - PATCH  /api/v1/admin/items/{code} {name?, unit?, pack_size?, active?} → {"item"} (the code never changes:
///   it is the item's identity at every site);
/// - DELETE /api/v1/admin/items/{code} → {"deleted": true}; 409 item_in_use once any record names it
///   (deactivate it instead: `active: false` keeps its history and stops its use);
/// - POST   /api/v1/admin/items/import[?dry_run=true] with a CSV file (Content-Type text/csv, or JSON {"csv": text})
///   → {applied, created, updated, unchanged, refused, ignored_columns, lines: [{line, code, outcome, reason?}]}.
///   The good lines are applied together, in one transaction, and the refused ones are reported with why; a dry
///   run writes nothing. A file that cannot be read as items is 400 csv_invalid.
///
/// Items are synced central data: every change is a changelog row that every site pulls. Each change is one
/// transaction with its audit row (item.add, item.edit, item.delete, item.import).
///
/// Threading: thread-safe; holds a reference to the HubState, which must outlive it.
class AdminItemsApi
{
public:
    explicit AdminItemsApi(HubState& hub) : m_hub(hub) {}

    HttpResponse list(const HttpRequest& request);
    HttpResponse get(const HttpRequest& request);
    HttpResponse add(const HttpRequest& request);
    HttpResponse edit(const HttpRequest& request);
    HttpResponse remove(const HttpRequest& request);
    HttpResponse import(const HttpRequest& request);

private:
    HubState& m_hub;
};

} // namespace syncsites
