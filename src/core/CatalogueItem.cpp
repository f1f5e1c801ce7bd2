#include "CatalogueItem.h"

#include "StableId.h"

#include <QCoreApplication>

namespace syncsites {

namespace {

// Its sentences, in the translation context "CatalogueItem" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueItem)
};

bool hasControlCharacter(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

QJsonObject CatalogueItem::toRecord() const
{
    return {{QStringLiteral("id"), StableId::item(code)},
            {QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("unit"), unit.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(unit)},
            {QStringLiteral("pack_size"), packSize},
            {QStringLiteral("active"), active}};
}

CatalogueItem CatalogueItem::fromRecord(const QJsonObject& row)
{
    CatalogueItem item;
    item.code = row.value(QLatin1String("code")).toString();
    item.name = row.value(QLatin1String("name")).toString();
    item.unit = row.value(QLatin1String("unit")).toString();
    item.packSize = row.value(QLatin1String("pack_size")).toInt(1);
    const QJsonValue active = row.value(QLatin1String("active"));
    item.active = active.isBool() ? active.toBool() : active.toInt(1) != 0;
    return item;
}

QString CatalogueItem::codeProblem(const QString& code)
{
    if (code.trimmed().isEmpty())
        return Text::tr("The item code is empty. Every item needs a code, e.g. PARA500.");
    if (code != code.trimmed())
        return Text::tr("The item code \"%1\" starts or ends with spaces.").arg(code);
    if (code.size() > kMaxCodeLength)
        return Text::tr("The item code \"%1…\" is longer than %2 characters.").arg(code.left(20)).arg(kMaxCodeLength);
    if (hasControlCharacter(code) || code.contains(QLatin1Char('/')))
        return Text::tr(
                   "The item code \"%1\" holds a slash or a control character; use letters, digits, dots or dashes.")
            .arg(code);
    return {};
}

QString CatalogueItem::nameProblem(const QString& name)
{
    if (name.trimmed().isEmpty())
        return Text::tr("The item name is empty.");
    if (name.size() > kMaxNameLength)
        return Text::tr("The item name \"%1…\" is longer than %2 characters.").arg(name.left(30)).arg(kMaxNameLength);
    if (hasControlCharacter(name))
        return Text::tr("The item name \"%1\" holds a control character.").arg(name);
    return {};
}

QString CatalogueItem::unitProblem(const QString& unit)
{
    if (unit.size() > kMaxUnitLength)
        return Text::tr("The unit \"%1…\" is longer than %2 characters.").arg(unit.left(20)).arg(kMaxUnitLength);
    if (hasControlCharacter(unit))
        return Text::tr("The unit \"%1\" holds a control character.").arg(unit);
    return {};
}

QString CatalogueItem::packSizeProblem(qint64 packSize)
{
    if (packSize < 1 || packSize > kMaxPackSize)
        return Text::tr("The pack size must be a whole number from 1 to %1 (units in one pack).").arg(kMaxPackSize);
    return {};
}

} // namespace syncsites
