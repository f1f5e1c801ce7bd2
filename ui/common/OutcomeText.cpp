#include "OutcomeText.h"

#include <QCoreApplication>

namespace syncsites::ui {

QString OutcomeText::label(QStringView outcome)
{
    if (outcome == u"success")
        return QCoreApplication::translate("OutcomeText", "Success");
    if (outcome == u"partial")
        return QCoreApplication::translate("OutcomeText", "Partly done");
    if (outcome == u"failed")
        return QCoreApplication::translate("OutcomeText", "Failed");
    if (outcome == u"cancelled")
        return QCoreApplication::translate("OutcomeText", "Cancelled");
    if (outcome == u"running")
        return QCoreApplication::translate("OutcomeText", "Running");
    return outcome.toString();
}

} // namespace syncsites::ui
