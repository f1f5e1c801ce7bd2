#pragma once

#include "Result.h"

#include <QVector>

namespace syncsites {

class Database;

/// What one TransferProcessor::run() wrote. All zero when nothing needed doing.
struct TransferReport
{
    int inboundCreated = 0;      ///< inbound shipments created for outbound shipments that arrived
    int inboundLinesUpdated = 0; ///< lines added, changed or removed on inbound shipments not yet received
    int outboundDelivered = 0;   ///< outbound shipments marked delivered because their inbound was received
    int responsesCreated = 0;    ///< responses created for requests that arrived
    int requestsFinalised = 0;   ///< requests marked finalised because their response was finalised
    /// Transfers left unanswered because the database refused a record (e.g. a line naming an item this site does
    /// not have): record_* errors naming table, record and field. They are tried again at the next run.
    QVector<Error> skipped;

    int total() const
    {
        return inboundCreated + inboundLinesUpdated + outboundDelivered + responsesCreated + requestsFinalised;
    }
    bool operator==(const TransferReport& other) const
    {
        return inboundCreated == other.inboundCreated && inboundLinesUpdated == other.inboundLinesUpdated &&
               outboundDelivered == other.outboundDelivered && responsesCreated == other.responsesCreated &&
               requestsFinalised == other.requestsFinalised && skipped == other.skipped;
    }
};

/// The transfer processor (spec, "Transfers between stores on different sites"): after records are integrated,
/// it answers the transfers that name a store Active on this site and closes those that were answered.
///
/// For the stores Active here (store.home_site_id = this replica's site id):
/// - a shipped outbound shipment to such a store with no inbound yet: creates the inbound
///   shipment in the receiving store, status shipped, linked to the outbound, with a copy of its lines. Ids are
///   derived (TransferIds). Until the inbound is received its lines follow the outbound's (added, changed,
///   removed); once received they are left alone.
/// - an outbound shipment of such a store, still shipped, whose inbound (derived id) was received: marks it
///   delivered, with the inbound's delivered_at, linked to the inbound.
/// - a sent request requisition to such a store with no response: creates the response (draft) with the
///   requested packs, supplied 0.
/// - a sent request of such a store whose response (derived id) is finalised: marks it finalised.
/// Stores that are Collector or Transfer here are never written. Only an answer in the store the start was addressed
/// to, naming the start's store as its partner, with the id derived from the start, counts as an answer (the hub
/// refuses any other: answer_without_start, answer_not_addressed).
///
/// Idempotent: a second run with nothing new writes nothing (no changelog rows). All writes of a run are in one
/// write Transaction (a savepoint inside an open one) with the local origin (received = 0), so the engine pushes
/// them in the same session; each transfer's writes are a savepoint of their own, so a record the database refuses
/// skips that transfer only (TransferReport::skipped) and never blocks the others. Candidates are found with joins
/// over the store, partner and link indexes, never record by record over the whole table.
///
/// Threading: run on one thread at a time; works on the calling thread's connection. Holds a reference to the
/// Database, which must outlive it. Errors as values: replica_not_registered, database_busy, database_error (and
/// the other database_* codes); on an error nothing of the run is kept.
class TransferProcessor
{
public:
    explicit TransferProcessor(Database& database);

    Result<TransferReport> run();

private:
    Database& m_database;
};

} // namespace syncsites
