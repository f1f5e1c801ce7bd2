#include "OutcomeStyle.h"

#include "SyncHealth.h"

#include <QCoreApplication>

namespace syncsites::ui {

QStringList OutcomeStyle::outcomes()
{
    return {QStringLiteral("success"), QStringLiteral("partial"), QStringLiteral("failed"),
            QStringLiteral("cancelled")};
}

QColor OutcomeStyle::color(const QString& outcome)
{
    if (outcome == QLatin1String("success"))
        return syncHealthColor(SyncHealth::Synced);
    if (outcome == QLatin1String("partial"))
        return syncHealthColor(SyncHealth::Late);
    if (outcome == QLatin1String("failed"))
        return syncHealthColor(SyncHealth::Failing);
    return syncHealthColor(SyncHealth::NeverSynced);
}

QString OutcomeStyle::label(const QString& outcome)
{
    if (outcome == QLatin1String("success"))
        return QCoreApplication::translate("OutcomeStyle", "Success");
    if (outcome == QLatin1String("partial"))
        return QCoreApplication::translate("OutcomeStyle", "Partial");
    if (outcome == QLatin1String("failed"))
        return QCoreApplication::translate("OutcomeStyle", "Failed");
    if (outcome == QLatin1String("cancelled"))
        return QCoreApplication::translate("OutcomeStyle", "Cancelled");
    return outcome;
}

} // namespace syncsites::ui
