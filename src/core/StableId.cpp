#include "StableId.h"

#include <QUuid>

namespace syncsites {

namespace {
// The SyncSites namespace for UUID v5 ids (a fixed random UUID).
const QUuid idNamespace(QStringLiteral("{6f1c2a8e-3b57-4d0e-9a61-2c4f7e8b9d13}"));
} // namespace

QString StableId::of(const QString& kind, const QString& key)
{
    return QUuid::createUuidV5(idNamespace, kind + QLatin1Char(':') + key).toString(QUuid::WithoutBraces);
}

QString StableId::site(const QString& name)
{
    return of(QStringLiteral("site"), name);
}

QString StableId::store(const QString& code)
{
    return of(QStringLiteral("store"), code);
}

QString StableId::item(const QString& code)
{
    return of(QStringLiteral("item"), code);
}

QString StableId::user(const QString& username)
{
    return of(QStringLiteral("user"), username);
}

} // namespace syncsites
