#pragma once

#include "Topology.h"

#include <QString>
#include <QVector>

#include <cstdint>

namespace syncsites {

/// An item of the demo catalogue.
struct DemoItem
{
    QString code;
    QString name;
    QString unit;
};

/// A supply route of the demo network: `supplier` ships to `customer`, and `customer` requests from it.
/// Both stores are visible on each other's home site, so either side can start its part.
struct SupplyRoute
{
    QString supplier;
    QString customer;
};

/// The demo network: a realistic health-supply topology with every site kind, its supply routes and an
/// item catalogue. Deterministic from the seed on every platform (its own PRNG, no std distributions).
struct DemoNetwork
{
    static constexpr std::uint64_t defaultSeed = 1;

    Topology topology;
    QVector<SupplyRoute> routes;
    QVector<DemoItem> items;

    static DemoNetwork generate(std::uint64_t seed = defaultSeed);
};

} // namespace syncsites
