#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "HttpServer.h"
#include "Topology.h"

namespace syncsites {

class HubState;

/// What a client site may do with one store's data on the server it is attached to.
enum class StoreAccess
{
    None,      ///< not visible to that client
    Read,      ///< a Collector store that the client kind may read
    ReadWrite, ///< an Active store of the server
};

QString storeAccessId(StoreAccess access); ///< "none", "read", "read_write"

/// The data API of the client kinds (GET/PUT/DELETE /api/v1/data/...). Client kinds hold no data: an
/// msupply_client or oms_desktop reads and writes through the server it is attached to. This hub serves the
/// client sites whose server is the hub's own site. A request names its client site (`client=` query parameter
/// or the X-SyncSites-Client header); the signed-in user must work at that client site or be an administrator.
/// Field staff and administrators read and write, supervisors only read.
///
/// Which stores: the server's Active stores (read and write) and, for an msupply_client of the msupply_central,
/// its Collector stores (read only); nothing else (spec, "Site kinds"). Central tables item, store and site are
/// readable; user, credential and link tables are not offered. Writes go through RecordStore with the hub's own
/// write origin, so the changelog carries them to every site that holds the store.
///
/// Errors (the one JSON shape): 400 `invalid_field` (details.field names the field: a query parameter or a
/// record's column, as RecordStore reports it), 401 from UserSession, 403 `forbidden` (role, client site, table
/// not offered), `store_read_only` (a Collector store; the message says why and where to make the change),
/// `store_not_visible`, `partner_not_visible`, `central_data_read_only`, `category_not_carried`, 404 `not_found`,
/// 409 `record_in_use`, 503 for database errors. Metrics: syncsites_db_seconds{operation="data_*"}.
///
/// Threading: thread-safe; each request works on its worker's own database connection. Holds a reference to the
/// HubState, which must outlive it.
class DataApi
{
public:
    explicit DataApi(HubState& hub) : m_hub(hub) {}

    /// Adds the routes data_stores, data_list, data_get, data_put and data_delete.
    Status registerRoutes(HttpServer& http);

    HttpResponse stores(const HttpRequest& request); ///< GET /api/v1/data/stores
    HttpResponse list(const HttpRequest& request);   ///< GET /api/v1/data/{table}
    HttpResponse get(const HttpRequest& request);    ///< GET /api/v1/data/{table}/{id}
    HttpResponse put(const HttpRequest& request);    ///< PUT /api/v1/data/{table}/{id}
    HttpResponse remove(const HttpRequest& request); ///< DELETE /api/v1/data/{table}/{id}

    /// The access of client site `client` to store `storeCode` through its server (spec, client kinds): Active on
    /// the server → ReadWrite; Collector → Read when the client kind may read Collector stores of that server's
    /// kind; otherwise None (also for unknown sites and stores, and for a site that is not a client). Pure.
    static StoreAccess clientAccess(const Topology& topology, const QString& client, const QString& storeCode);

private:
    HubState& m_hub;
};

} // namespace syncsites
