#include "SyncType.h"

namespace syncsites {

QString syncTypeId(SyncType type)
{
    switch (type) {
    case SyncType::Active:
        return QStringLiteral("active");
    case SyncType::Collector:
        return QStringLiteral("collector");
    case SyncType::Transfer:
        return QStringLiteral("transfer");
    case SyncType::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<SyncType> syncTypeFromId(QStringView id)
{
    if (id == u"active")
        return SyncType::Active;
    if (id == u"collector")
        return SyncType::Collector;
    if (id == u"transfer")
        return SyncType::Transfer;
    if (id == u"none")
        return SyncType::None;
    return std::nullopt;
}

} // namespace syncsites
