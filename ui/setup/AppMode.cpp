#include "AppMode.h"

#include <QCoreApplication>

namespace syncsites::ui {

QString appModeId(AppMode mode)
{
    switch (mode) {
    case AppMode::Standalone:
        return QStringLiteral("standalone");
    case AppMode::Client:
        return QStringLiteral("client");
    case AppMode::Console:
        break;
    }
    return QStringLiteral("console");
}

std::optional<AppMode> appModeFromId(QStringView id)
{
    for (AppMode m : {AppMode::Standalone, AppMode::Client, AppMode::Console})
        if (appModeId(m) == id)
            return m;
    return std::nullopt;
}

QString appModeLabel(AppMode mode)
{
    switch (mode) {
    case AppMode::Standalone:
        return QCoreApplication::translate("AppMode", "Standalone site");
    case AppMode::Client:
        return QCoreApplication::translate("AppMode", "Client of a server");
    case AppMode::Console:
        break;
    }
    return QCoreApplication::translate("AppMode", "Network console");
}

} // namespace syncsites::ui
