#pragma once

#include "Result.h"
#include "Topology.h"

#include <QByteArray>

namespace syncsites {

/// The topology file format (docs/topology-format.md). Reading checks the shape only: unknown keys, kinds
/// and sync types, duplicate names and dangling references are format errors whose message starts with the
/// JSON path (`$.sites[2].kind: ...`). Rule violations are TopologyValidator's business.
class TopologyJson
{
public:
    /// Error code "topology_format" on a format error; details holds the JSON path.
    static Result<Topology> parse(const QByteArray& json);

    /// Indented JSON in the documented shape; parse(serialize(t)) == t for any topology parse accepts.
    static QByteArray serialize(const Topology& topology);
};

} // namespace syncsites
