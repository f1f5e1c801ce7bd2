#pragma once

#include "DemoNetwork.h"
#include "Result.h"

#include <QHash>

#include <functional>

namespace syncsites {

class Database;

/// What DemoDataWriter::writeRecords wrote.
struct DemoDataStats
{
    qint64 records = 0;
    QHash<QString, qint64> perTable;
    qint64 elapsedMs = 0;
};

/// Writes the demo network into a hub database: the topology and items as the central server's own data, then
/// N generated store records (DemoRecordGenerator), each labelled as coming from its store's home site, as if
/// pushed from there. Streams: memory stays flat for millions of records; commits every `batchSize` records so
/// that a crash loses at most one batch.
///
/// Threading: the calling thread's connection. Errors as values (database_* codes).
class DemoDataWriter
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit DemoDataWriter(Database& database) : m_database(database) {}

    /// Marks the database as the hub (the network's msupply_central) and writes topology and items.
    Status writeNetwork(const DemoNetwork& network);

    /// Appends `count` records generated from `seed`, committing every `batchSize` records (at least one) and
    /// calling `progress` after each commit. Records already in the database with the same ids (the same seed
    /// written twice) fail with database_error; the failed batch is rolled back, earlier batches stay.
    Result<DemoDataStats> writeRecords(const DemoNetwork& network, std::uint64_t seed, qint64 count,
                                       const Progress& progress = {}, int batchSize = 20000);

private:
    Database& m_database;
};

} // namespace syncsites
