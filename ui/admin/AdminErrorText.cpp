#include "AdminErrorText.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

namespace syncsites::ui {

QVector<Violation> AdminErrorText::violations(const Error& error)
{
    QVector<Violation> out;
    if (error.code != QLatin1String("topology_invalid"))
        return out;
    const QVariantList list = error.details.toMap().value(QStringLiteral("violations")).toList();
    for (const QVariant& v : list) {
        const QVariantMap m = v.toMap();
        out.append({m.value(QStringLiteral("rule")).toString(), m.value(QStringLiteral("subject")).toString(),
                    m.value(QStringLiteral("message")).toString()});
    }
    return out;
}

QString AdminErrorText::describe(const QString& what, const Error& error)
{
    QStringList lines{QCoreApplication::translate("AdminErrorText", "%1: %2").arg(what, error.message)};
    for (const Violation& v : violations(error))
        lines.append(QCoreApplication::translate("AdminErrorText", "%1 — %2").arg(v.rule, v.message));
    return lines.join(QLatin1Char('\n'));
}

} // namespace syncsites::ui
