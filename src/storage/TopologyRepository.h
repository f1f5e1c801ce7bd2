#pragma once

#include "Result.h"
#include "Topology.h"

namespace syncsites {

class Database;

/// Saves a core Topology into the central tables (site, site_link, store, store_visibility) and loads it back.
/// Ids are StableId's, so the same network has the same ids in every database.
///
/// save() makes the tables equal to the topology in one transaction (a savepoint inside an open one): rows that
/// did not change are not rewritten (the triggers log only real changes), rows no longer in the topology are
/// deleted. Threading: works on the calling thread's connection. Errors as values (the database_* and record_*
/// codes of RecordStore).
class TopologyRepository
{
public:
    explicit TopologyRepository(Database& database) : m_database(database) {}

    Status save(const Topology& topology);
    Result<Topology> load();

private:
    Database& m_database;
};

} // namespace syncsites
