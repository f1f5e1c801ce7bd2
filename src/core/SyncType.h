#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace syncsites {

/// A store's sync type on one site. None means the store is not visible there.
enum class SyncType
{
    None,
    Active,
    Collector,
    Transfer,
};

/// "active", "collector", "transfer" or "none".
QString syncTypeId(SyncType type);
std::optional<SyncType> syncTypeFromId(QStringView id);

/// True where the site holds the store's regular data (Active or Collector).
inline bool holdsStoreData(SyncType type)
{
    return type == SyncType::Active || type == SyncType::Collector;
}

} // namespace syncsites
