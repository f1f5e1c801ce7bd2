#pragma once

#include "SyncHealth.h"

#include <QHash>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;

namespace syncsites::ui {

/// A row of tiles: every site, then the count of each health. A tile is a checkable button: clicking a health
/// filters by it, clicking it again (or "All sites") clears the filter.
class HealthTiles : public QWidget
{
    Q_OBJECT

public:
    explicit HealthTiles(QWidget* parent = nullptr);

    void setCounts(const QHash<SyncHealth, int>& counts, int total);
    /// Checks the tile of `health` (-1: "All sites") without emitting.
    void setSelected(int health);
    int count(SyncHealth health) const { return m_counts.value(health); }

signals:
    /// -1: every health; otherwise int(SyncHealth).
    void healthSelected(int health);

private:
    QButtonGroup* m_group;
    QHash<SyncHealth, int> m_counts;
    QHash<int, QAbstractButton*> m_tiles; ///< by health, -1 for all
};

} // namespace syncsites::ui
