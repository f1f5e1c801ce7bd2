#pragma once

#include "SyncType.h"

#include <QColor>
#include <QString>

namespace syncsites::ui {

/// How a sync type looks everywhere in the app: one colour and one word, readable in light and dark palettes.
class SyncTypeStyle
{
public:
    static QColor background(SyncType type);
    static QColor foreground(SyncType type);
    /// The translated word shown in cells and chips ("Active", "Collector", "Transfer", "").
    static QString label(SyncType type);
    /// A sentence explaining the type, for tooltips.
    static QString explanation(SyncType type);
};

} // namespace syncsites::ui
