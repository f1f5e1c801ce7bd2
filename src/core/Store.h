#pragma once

#include "SyncType.h"

#include <QMap>
#include <QString>

namespace syncsites {

/// A store: Active on its home site, and visible on other sites as listed. `visibility` holds the explicit
/// non-home entries only, as in a topology file; the msupply_central's Collector entry is implied.
struct Store
{
    QString code;
    QString name;
    QString home;
    QMap<QString, SyncType> visibility;

    bool operator==(const Store& other) const
    {
        return code == other.code && name == other.name && home == other.home && visibility == other.visibility;
    }
    bool operator!=(const Store& other) const { return !(*this == other); }
};

} // namespace syncsites
