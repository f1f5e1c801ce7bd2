#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "HttpServer.h"

namespace syncsites {

class HubState;

/// The store actions of the client kinds (POST /api/v1/data/actions/{action}, GET /api/v1/data/actions): the users
/// of an msupply_client or oms_desktop adjust stock, ship, receive, raise and answer requisitions in the Active
/// stores of the server their client site is attached to, with the same rules and messages as at a standalone
/// site. The server's database is a replica of the server's own site (its replica_setting names it: the central on
/// the central hub, the remote server on `serve --db REPLICA`), so StoreActions run on it act as that site.
///
/// Before acting, the checks of DataApi, in its words: the signed-in user works at the client site (or is an
/// administrator; field staff and administrators write, supervisors only read), the client's server is this
/// server, and the store written is ReadWrite for the client (DataApi::clientAccess), else 403 forbidden,
/// store_read_only or store_not_visible. StoreActions then checks the rest (partner visible on the server, stock,
/// receiving twice...) and its refusals come back with their code and sentence as a 4xx in the one error shape:
/// 400 for a request that cannot be done as asked (invalid_packs, same_store, unknown_item, unknown_store,
/// store_mismatch, record_*), 403 for a store this server may not write (store_not_active, partner_not_visible,
/// category_not_carried), 404 (invoice_not_found, requisition_not_found, record_not_found), 409 when the data is
/// not in the state the action needs (not_enough_stock, already_received, not_shipped, inbound_not_arrived,
/// already_finalised, response_not_arrived); database errors are 503.
///
/// Writes carry the server's own write origin (the Transaction's default), so the changelog sends them to every
/// site that holds the store. On the central hub (not a replica) the transfer processor runs after each action, as
/// after a push that carries shipments or requisitions: a shipment to another Active store of the hub is answered
/// at once. Metrics: syncsites_db_seconds{operation="data_action"}.
///
/// Threading: thread-safe; each request works on its worker's own database connection. Holds a reference to the
/// HubState, which must outlive it.
class DataActionsApi
{
public:
    explicit DataActionsApi(HubState& hub) : m_hub(hub) {}

    /// Adds the routes data_action_options and data_action, handled by a DataActionsApi that the routes own.
    static Status registerRoutes(HubState& hub, HttpServer& http);

    /// GET /api/v1/data/actions?client=NAME&store=CODE: what the actions of one store need: the partners visible on
    /// the server, the items with the store's stock, the shipments waiting to be received and the requisitions
    /// waiting for an answer, and whether the client is an Open mSupply kind (assets and temperature logs).
    HttpResponse options(const HttpRequest& request);
    /// POST /api/v1/data/actions/{action}?client=NAME, action one of adjust-stock, transfer, receive, requisition,
    /// respond, record (StoreActions::putRecord: {store, table, record}, e.g. an asset or a temperature log of an
    /// Open mSupply client; oms tables are refused to other client kinds with DataApi's category_not_carried).
    HttpResponse act(const HttpRequest& request);

private:
    HubState& m_hub;
};

} // namespace syncsites
