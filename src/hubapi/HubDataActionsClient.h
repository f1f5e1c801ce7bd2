#pragma once

#include "HubApiClient.h"

namespace syncsites {

/// The store actions of a client site through its server (docs/openapi.yaml, /api/v1/data/actions): the Data page
/// of a client computer adjusts stock, ships, receives, raises and answers requisitions in the server's Active
/// stores, with the rules and messages of a standalone site, through a HubApiClient (its server, token and errors).
/// Asynchronous as HubApiClient is: `done` runs later on the client's thread, and not at all when `context` is gone.
/// Each action answers the id of the record it made or changed; a refusal is the hub's error (its code, e.g.
/// store_read_only, not_enough_stock, already_received, and its sentence).
class HubDataActionsClient
{
public:
    explicit HubDataActionsClient(HubApiClient& api) : m_api(api) {}

    /// What the actions of `store` need, as the hub answers it: {client, server, store, access, partners [{code,
    /// name, home, sync_type}], items [{code, name, available_packs, largest_batch}], shipments_to_receive [{id,
    /// partner_code, partner_name, shipped_at, lines, packs}], requisitions_to_answer [{id, request_id,
    /// requester_code, requester_name, sent_at, lines, packs}], open_msupply}.
    void options(const QString& client, const QString& store, const QObject* context,
                 HubApiClient::Done<QJsonObject> done);

    /// Sets the available packs of stock line `lineId` of `store`, with a note (the change and its reason).
    void adjustStock(const QString& client, const QString& store, const QString& lineId, double availablePacks,
                     const QString& note, const QObject* context, HubApiClient::Done<QString> done);
    /// Ships `packs` of item `itemCode` from `from` to `to`; answers the outbound shipment's id.
    void transfer(const QString& client, const QString& from, const QString& to, const QString& itemCode, double packs,
                  const QObject* context, HubApiClient::Done<QString> done);
    /// Receives a shipment (the inbound's or the outbound's id); answers the inbound shipment's id.
    void receive(const QString& client, const QString& invoiceId, const QObject* context,
                 HubApiClient::Done<QString> done);
    /// `from` requests `packs` of item `itemCode` from `to`; answers the request's id.
    void requisition(const QString& client, const QString& from, const QString& to, const QString& itemCode,
                     double packs, const QObject* context, HubApiClient::Done<QString> done);
    /// Finalises the response to a request (the response's or the request's id); answers the response's id.
    void respond(const QString& client, const QString& requisitionId, const QObject* context,
                 HubApiClient::Done<QString> done);

    /// Adds or changes (by id) a record of a store table of `store` with the rules of a standalone site (an id is
    /// made up when it has none, its store filled in): an asset or a temperature log of an Open mSupply client, say.
    /// Answers the record's id.
    void putRecord(const QString& client, const QString& store, const QString& table, const QJsonObject& record,
                   const QObject* context, HubApiClient::Done<QString> done);

private:
    void act(const char* action, const QString& client, const QJsonObject& body, const QObject* context,
             HubApiClient::Done<QString> done);

    HubApiClient& m_api;
};

} // namespace syncsites
