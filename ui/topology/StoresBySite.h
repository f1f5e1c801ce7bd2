#pragma once

#include "Topology.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace syncsites::ui {

/// A store as one site sees it.
struct StoreOnSite
{
    QString code;
    QString name;
    SyncType type = SyncType::None;
};

/// Every site's visible stores at once, read from the stores' visibility entries (not every store x site pair),
/// so that 10,000 stores on 1,000 sites take milliseconds. Each list is ordered Active, Collector, Transfer,
/// then by code; the types are Topology::syncType's.
class StoresBySite
{
public:
    static QHash<QString, QVector<StoreOnSite>> compute(const Topology& topology);
    /// One site's stores, in the same order.
    static QVector<StoreOnSite> of(const Topology& topology, const QString& site);

private:
    static void sort(QVector<StoreOnSite>& stores);
};

} // namespace syncsites::ui
