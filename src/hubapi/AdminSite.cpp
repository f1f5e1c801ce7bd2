#include "AdminSite.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace syncsites {

namespace {

Error badAnswer(const QString& what)
{
    return Error(QStringLiteral("bad_response"),
                 QCoreApplication::translate("AdminSite", "The server's answer could not be read (%1). Check that "
                                                          "the server runs the same version as this app.")
                     .arg(what));
}

QString nullableString(const QJsonValue& value)
{
    return value.isString() ? value.toString() : QString();
}

} // namespace

Result<AdminSite> AdminSite::fromJson(const QJsonObject& json)
{
    AdminSite site;
    site.name = json.value(QStringLiteral("name")).toString();
    if (site.name.isEmpty())
        return badAnswer(QStringLiteral("a site without a name"));
    const QString kindId = json.value(QStringLiteral("kind")).toString();
    const std::optional<SiteKind> kind = siteKindFromId(kindId);
    if (!kind)
        return badAnswer(QStringLiteral("unknown kind \"%1\"").arg(kindId));
    site.kind = *kind;
    site.server = nullableString(json.value(QStringLiteral("server")));
    site.url = nullableString(json.value(QStringLiteral("url")));
    const QJsonObject links = json.value(QStringLiteral("links")).toObject();
    for (auto it = links.constBegin(); it != links.constEnd(); ++it) {
        if (const std::optional<Category> c = categoryFromId(it.key()))
            site.links.insert(*c, it.value().toString());
    }
    for (const QJsonValue& code : json.value(QStringLiteral("active_stores")).toArray())
        site.activeStores.append(code.toString());
    site.installationId = nullableString(json.value(QStringLiteral("installation_id")));
    const QString contact = nullableString(json.value(QStringLiteral("last_contact")));
    if (!contact.isEmpty()) {
        site.lastContact = QDateTime::fromString(contact, Qt::ISODateWithMs);
        if (!site.lastContact.isValid())
            return badAnswer(QStringLiteral("last_contact \"%1\"").arg(contact));
    }
    return site;
}

Result<AdminSiteList> AdminSiteList::fromJson(const QJsonObject& json)
{
    if (!json.value(QStringLiteral("revision")).isDouble() || !json.value(QStringLiteral("sites")).isArray())
        return badAnswer(QStringLiteral("no revision or sites"));
    AdminSiteList list;
    list.revision = json.value(QStringLiteral("revision")).toInteger();
    for (const QJsonValue& v : json.value(QStringLiteral("sites")).toArray()) {
        Result<AdminSite> site = AdminSite::fromJson(v.toObject());
        if (!site)
            return site.error();
        list.sites.append(*site);
    }
    return list;
}

Result<EditResult> EditResult::fromJson(const QJsonObject& json)
{
    if (!json.value(QStringLiteral("revision")).isDouble())
        return badAnswer(QStringLiteral("no revision"));
    EditResult result;
    result.revision = json.value(QStringLiteral("revision")).toInteger();
    result.unchanged = json.value(QStringLiteral("unchanged")).toBool();
    const QJsonObject secrets = json.value(QStringLiteral("new_site_secrets")).toObject();
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it)
        result.newSiteSecrets.insert(it.key(), it.value().toString());
    return result;
}

} // namespace syncsites
