#pragma once

#include "Topology.h"

#include <QStringList>
#include <QVector>

namespace syncsites::ui {

/// What differs between two topologies, in the words of the Stores page: sites and stores added or removed, and
/// each store's sync type per data-holding site. Pure; used to show a conflict (their changes, your edits).
class TopologyChanges
{
public:
    struct Cell
    {
        QString store;
        QString site;
        SyncType before = SyncType::None;
        SyncType after = SyncType::None;
    };

    static TopologyChanges between(const Topology& before, const Topology& after);

    bool isEmpty() const { return m_cells.isEmpty() && m_lines.isEmpty(); }
    const QVector<Cell>& cells() const { return m_cells; }
    /// One sentence per change, sites and stores first, then cells.
    QStringList describe() const;
    /// Whether a cell (store, site) is among the changes.
    bool touches(const QString& store, const QString& site) const;

private:
    QStringList m_lines; ///< site and store additions, removals and other changes
    QVector<Cell> m_cells;
};

} // namespace syncsites::ui
