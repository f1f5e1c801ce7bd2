#include "TopologyJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace syncsites {

namespace {

// Its sentences, in the translation context "TopologyJson" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TopologyJson)
};

Error formatError(const QString& path, const QString& reason)
{
    return Error{QStringLiteral("topology_format"), path + QStringLiteral(": ") + reason, path};
}

QString quoted(const QString& s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

/// Reads one object, remembering which keys were used so that any other key is reported.
class ObjectReader
{
public:
    ObjectReader(QJsonObject object, QString path) : m_object(std::move(object)), m_path(std::move(path)) {}

    QString path(const QString& key) const { return m_path + QLatin1Char('.') + key; }
    bool has(const QString& key) const { return m_object.contains(key); }

    // Reads a string member; `required` makes a missing one an error.
    std::optional<Error> string(const QString& key, bool required, QString& out)
    {
        m_known.insert(key);
        if (!m_object.contains(key)) {
            if (required)
                return formatError(m_path, Text::tr("missing required key %1").arg(quoted(key)));
            return std::nullopt;
        }
        const QJsonValue v = m_object.value(key);
        if (!v.isString())
            return formatError(path(key), Text::tr("expected a string"));
        out = v.toString();
        if (required && out.trimmed().isEmpty())
            return formatError(path(key), Text::tr("must not be empty"));
        return std::nullopt;
    }

    std::optional<Error> object(const QString& key, QJsonObject& out)
    {
        m_known.insert(key);
        if (!m_object.contains(key))
            return std::nullopt;
        const QJsonValue v = m_object.value(key);
        if (!v.isObject())
            return formatError(path(key), Text::tr("expected an object"));
        out = v.toObject();
        return std::nullopt;
    }

    std::optional<Error> array(const QString& key, bool required, QJsonArray& out)
    {
        m_known.insert(key);
        if (!m_object.contains(key)) {
            if (required)
                return formatError(m_path, Text::tr("missing required key %1").arg(quoted(key)));
            return std::nullopt;
        }
        const QJsonValue v = m_object.value(key);
        if (!v.isArray())
            return formatError(path(key), Text::tr("expected an array"));
        out = v.toArray();
        return std::nullopt;
    }

    std::optional<Error> unknownKeys() const
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_known.contains(it.key()))
                return formatError(path(it.key()), Text::tr("unknown key"));
        }
        return std::nullopt;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_known;
};

#define SS_TRY(expr)                                                                                                   \
    if (auto err_ = (expr))                                                                                            \
        return *err_;

Result<Topology> parseTopology(const QJsonObject& root)
{
    ObjectReader top(root, QStringLiteral("$"));
    QJsonArray sitesJson;
    QJsonArray storesJson;
    SS_TRY(top.array(QStringLiteral("sites"), true, sitesJson));
    SS_TRY(top.array(QStringLiteral("stores"), false, storesJson));
    SS_TRY(top.unknownKeys());

    // First pass: names and kinds, so that references can point forwards.
    QVector<Site> sites;
    QSet<QString> names;
    QVector<QJsonObject> siteObjects;
    for (int i = 0; i < sitesJson.size(); ++i) {
        const QString path = QStringLiteral("$.sites[%1]").arg(i);
        if (!sitesJson[i].isObject())
            return formatError(path, Text::tr("expected an object"));
        siteObjects.append(sitesJson[i].toObject());
        ObjectReader r(siteObjects.last(), path);
        Site site;
        QString kindId;
        SS_TRY(r.string(QStringLiteral("name"), true, site.name));
        SS_TRY(r.string(QStringLiteral("kind"), true, kindId));
        const std::optional<SiteKind> kind = siteKindFromId(kindId);
        if (!kind)
            return formatError(r.path(QStringLiteral("kind")), Text::tr("unknown site kind %1").arg(quoted(kindId)));
        site.kind = *kind;
        if (names.contains(site.name))
            return formatError(r.path(QStringLiteral("name")),
                               Text::tr("duplicate site name %1").arg(quoted(site.name)));
        names.insert(site.name);
        sites.append(site);
    }

    Topology topology;
    for (int i = 0; i < sites.size(); ++i) {
        const QString path = QStringLiteral("$.sites[%1]").arg(i);
        ObjectReader r(siteObjects[i], path);
        Site& site = sites[i];
        QString ignored;
        SS_TRY(r.string(QStringLiteral("name"), true, ignored));
        SS_TRY(r.string(QStringLiteral("kind"), true, ignored));
        QJsonObject links;
        SS_TRY(r.object(QStringLiteral("links"), links));
        for (auto it = links.constBegin(); it != links.constEnd(); ++it) {
            const QString linkPath = r.path(QStringLiteral("links")) + QLatin1Char('.') + it.key();
            const std::optional<Category> category = categoryFromId(it.key());
            if (!category)
                return formatError(
                    linkPath,
                    Text::tr("unknown data category %1 (expected \"core\" or \"oms\")").arg(quoted(it.key())));
            if (!it.value().isString())
                return formatError(linkPath, Text::tr("expected a site name"));
            const QString target = it.value().toString();
            if (!names.contains(target))
                return formatError(linkPath, Text::tr("no site is named %1").arg(quoted(target)));
            site.links.insert(*category, target);
        }
        SS_TRY(r.string(QStringLiteral("server"), false, site.server));
        if (r.has(QStringLiteral("server")) && !names.contains(site.server))
            return formatError(r.path(QStringLiteral("server")),
                               Text::tr("no site is named %1").arg(quoted(site.server)));
        SS_TRY(r.string(QStringLiteral("url"), false, site.url));
        if (r.has(QStringLiteral("url")) && !site.info().servesClients && !site.info().hubOf)
            return formatError(r.path(QStringLiteral("url")),
                               Text::tr("only a hub or a server site has a url; %1 is neither").arg(quoted(site.name)));
        SS_TRY(r.unknownKeys());
        topology.putSite(site);
    }

    QSet<QString> codes;
    for (int i = 0; i < storesJson.size(); ++i) {
        const QString path = QStringLiteral("$.stores[%1]").arg(i);
        if (!storesJson[i].isObject())
            return formatError(path, Text::tr("expected an object"));
        ObjectReader r(storesJson[i].toObject(), path);
        Store store;
        SS_TRY(r.string(QStringLiteral("code"), true, store.code));
        SS_TRY(r.string(QStringLiteral("name"), true, store.name));
        SS_TRY(r.string(QStringLiteral("home"), true, store.home));
        if (codes.contains(store.code))
            return formatError(r.path(QStringLiteral("code")),
                               Text::tr("duplicate store code %1").arg(quoted(store.code)));
        codes.insert(store.code);
        if (!names.contains(store.home))
            return formatError(r.path(QStringLiteral("home")), Text::tr("no site is named %1").arg(quoted(store.home)));
        QJsonObject visibility;
        SS_TRY(r.object(QStringLiteral("visibility"), visibility));
        for (auto it = visibility.constBegin(); it != visibility.constEnd(); ++it) {
            const QString entryPath =
                r.path(QStringLiteral("visibility")) + QStringLiteral("[\"") + it.key() + QStringLiteral("\"]");
            if (!names.contains(it.key()))
                return formatError(entryPath, Text::tr("no site is named %1").arg(quoted(it.key())));
            const QString typeId = it.value().toString();
            const std::optional<SyncType> type = it.value().isString() ? syncTypeFromId(typeId) : std::nullopt;
            if (!type || *type == SyncType::None)
                return formatError(entryPath,
                                   Text::tr("unknown sync type %1 (expected \"active\", \"collector\" or \"transfer\")")
                                       .arg(it.value().isString() ? quoted(typeId) : Text::tr("(not a string)")));
            store.visibility.insert(it.key(), *type);
        }
        SS_TRY(r.unknownKeys());
        topology.putStore(store);
    }
    return topology;
}

#undef SS_TRY

} // namespace

Result<Topology> TopologyJson::parse(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return formatError(
            QStringLiteral("$"),
            Text::tr("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return formatError(QStringLiteral("$"), Text::tr("expected an object with \"sites\" and \"stores\""));
    return parseTopology(doc.object());
}

QByteArray TopologyJson::serialize(const Topology& topology)
{
    QJsonArray sites;
    for (const Site& site : topology.sites()) {
        QJsonObject o{{QStringLiteral("name"), site.name}, {QStringLiteral("kind"), siteKindId(site.kind)}};
        if (!site.links.isEmpty()) {
            QJsonObject links;
            for (auto it = site.links.constBegin(); it != site.links.constEnd(); ++it)
                links.insert(categoryId(it.key()), it.value());
            o.insert(QStringLiteral("links"), links);
        }
        if (!site.server.isEmpty())
            o.insert(QStringLiteral("server"), site.server);
        if (!site.url.isEmpty())
            o.insert(QStringLiteral("url"), site.url);
        sites.append(o);
    }
    QJsonArray stores;
    for (const Store& store : topology.stores()) {
        QJsonObject o{{QStringLiteral("code"), store.code},
                      {QStringLiteral("name"), store.name},
                      {QStringLiteral("home"), store.home}};
        QJsonObject visibility;
        for (auto it = store.visibility.constBegin(); it != store.visibility.constEnd(); ++it) {
            if (it.value() != SyncType::None)
                visibility.insert(it.key(), syncTypeId(it.value()));
        }
        if (!visibility.isEmpty())
            o.insert(QStringLiteral("visibility"), visibility);
        stores.append(o);
    }
    const QJsonObject root{{QStringLiteral("sites"), sites}, {QStringLiteral("stores"), stores}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace syncsites
