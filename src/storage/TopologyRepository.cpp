#include "TopologyRepository.h"

#include "Database.h"
#include "RecordStore.h"
#include "StableId.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QSet>

namespace syncsites {

namespace {

QJsonValue idOrNull(const QString& name, QString (*makeId)(const QString&))
{
    return name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(makeId(name));
}

QString linkId(const QString& site, Category category)
{
    return StableId::of(QStringLiteral("site_link"), site + QLatin1Char('/') + categoryId(category));
}

QString visibilityId(const QString& store, const QString& site)
{
    return StableId::of(QStringLiteral("store_visibility"), store + QLatin1Char('/') + site);
}

// Deletes the rows of `table` whose id is not in `keep`.
Status deleteOthers(RecordStore& records, QStringView table, const QSet<QString>& keep)
{
    const Result<QVector<QJsonObject>> rows = records.list(table);
    if (!rows)
        return rows.error();
    for (const QJsonObject& row : *rows) {
        const QString id = row.value(QStringLiteral("id")).toString();
        if (keep.contains(id))
            continue;
        if (const Result<bool> removed = records.remove(table, id); !removed)
            return removed.error();
    }
    return {};
}

} // namespace

Status TopologyRepository::save(const Topology& topology)
{
    Result<Transaction> tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    RecordStore records(m_database);
    QSet<QString> siteIds, linkIds, storeIds, visibilityIds;

    // Sites first without their server (a client's server may come later in the list), then links and servers.
    for (const Site& site : topology.sites()) {
        const QString id = StableId::site(site.name);
        siteIds.insert(id);
        const QJsonObject row{{QStringLiteral("id"), id},
                              {QStringLiteral("name"), site.name},
                              {QStringLiteral("kind"), siteKindId(site.kind)},
                              {QStringLiteral("url"), site.url.isEmpty() ? QJsonValue() : QJsonValue(site.url)}};
        if (Status s = records.upsert(u"site", row); !s)
            return s;
    }
    for (const Site& site : topology.sites()) {
        const QJsonObject server{{QStringLiteral("server_site_id"), idOrNull(site.server, &StableId::site)}};
        if (Status s = records.update(u"site", StableId::site(site.name), server); !s)
            return s;
        for (auto it = site.links.constBegin(); it != site.links.constEnd(); ++it) {
            const QString id = linkId(site.name, it.key());
            linkIds.insert(id);
            const QJsonObject row{{QStringLiteral("id"), id},
                                  {QStringLiteral("site_id"), StableId::site(site.name)},
                                  {QStringLiteral("category"), categoryId(it.key())},
                                  {QStringLiteral("hub_site_id"), StableId::site(it.value())}};
            if (Status s = records.upsert(u"site_link", row); !s)
                return s;
        }
    }
    for (const Store& store : topology.stores()) {
        const QString id = StableId::store(store.code);
        storeIds.insert(id);
        const QJsonObject row{{QStringLiteral("id"), id},
                              {QStringLiteral("code"), store.code},
                              {QStringLiteral("name"), store.name},
                              {QStringLiteral("home_site_id"), StableId::site(store.home)}};
        if (Status s = records.upsert(u"store", row); !s)
            return s;
        for (auto it = store.visibility.constBegin(); it != store.visibility.constEnd(); ++it) {
            if (it.value() == SyncType::None)
                continue;
            const QString vid = visibilityId(store.code, it.key());
            visibilityIds.insert(vid);
            const QJsonObject v{{QStringLiteral("id"), vid},
                                {QStringLiteral("store_id"), id},
                                {QStringLiteral("site_id"), StableId::site(it.key())},
                                {QStringLiteral("sync_type"), syncTypeId(it.value())}};
            if (Status s = records.upsert(u"store_visibility", v); !s)
                return s;
        }
    }
    // Children before parents, so that nothing still refers to a deleted row.
    if (Status s = deleteOthers(records, u"store_visibility", visibilityIds); !s)
        return s;
    if (Status s = deleteOthers(records, u"store", storeIds); !s)
        return s;
    if (Status s = deleteOthers(records, u"site_link", linkIds); !s)
        return s;
    if (Status s = deleteOthers(records, u"site", siteIds); !s)
        return s;
    return tx->commit();
}

Result<Topology> TopologyRepository::load()
{
    Result<Transaction> tx = Transaction::begin(m_database, Transaction::Mode::Read);
    if (!tx)
        return tx.error();
    RecordStore records(m_database);
    const auto sites = records.list(u"site");
    const auto links = records.list(u"site_link");
    const auto stores = records.list(u"store");
    const auto visibility = records.list(u"store_visibility");
    for (const auto* r : {&sites, &links, &stores, &visibility}) {
        if (!*r)
            return r->error();
    }

    QHash<QString, QString> siteName;
    for (const QJsonObject& row : *sites)
        siteName.insert(row.value(QStringLiteral("id")).toString(), row.value(QStringLiteral("name")).toString());
    QHash<QString, Site> byId;
    QStringList order;
    for (const QJsonObject& row : *sites) {
        const QString id = row.value(QStringLiteral("id")).toString();
        Site site;
        site.name = row.value(QStringLiteral("name")).toString();
        const QString kind = row.value(QStringLiteral("kind")).toString();
        const std::optional<SiteKind> k = siteKindFromId(kind);
        if (!k)
            return Error{QStringLiteral("topology_invalid_kind"),
                         QStringLiteral("Site \"%1\" has an unknown kind \"%2\" in the database.").arg(site.name, kind),
                         QVariant()};
        site.kind = *k;
        site.server = siteName.value(row.value(QStringLiteral("server_site_id")).toString());
        site.url = row.value(QStringLiteral("url")).toString();
        byId.insert(id, site);
        order.append(id);
    }
    for (const QJsonObject& row : *links) {
        const auto category = categoryFromId(row.value(QStringLiteral("category")).toString());
        const QString site = row.value(QStringLiteral("site_id")).toString();
        if (category && byId.contains(site))
            byId[site].links.insert(*category, siteName.value(row.value(QStringLiteral("hub_site_id")).toString()));
    }

    // The database keeps no order: sites come in tiers (the central hub, the oms hub, servers, other sites,
    // clients), then by name;
    // stores by code.
    const auto tier = [](const Site& s) {
        if (s.info().hubOf)
            return s.info().hubOf == Category::Core ? 0 : 1;
        return s.info().servesClients ? 2 : s.holdsData() ? 3 : 4;
    };
    std::sort(order.begin(), order.end(), [&](const QString& a, const QString& b) {
        const Site& sa = byId[a];
        const Site& sb = byId[b];
        return tier(sa) != tier(sb) ? tier(sa) < tier(sb) : sa.name < sb.name;
    });
    Topology topology;
    for (const QString& id : order)
        topology.putSite(byId[id]);

    QVector<Store> storeList;
    QHash<QString, int> storeIndex;
    for (const QJsonObject& row : *stores) {
        Store store;
        store.code = row.value(QStringLiteral("code")).toString();
        store.name = row.value(QStringLiteral("name")).toString();
        store.home = siteName.value(row.value(QStringLiteral("home_site_id")).toString());
        storeIndex.insert(row.value(QStringLiteral("id")).toString(), int(storeList.size()));
        storeList.append(store);
    }
    for (const QJsonObject& row : *visibility) {
        const auto it = storeIndex.constFind(row.value(QStringLiteral("store_id")).toString());
        const auto type = syncTypeFromId(row.value(QStringLiteral("sync_type")).toString());
        if (it == storeIndex.constEnd() || !type)
            continue;
        storeList[*it].visibility.insert(siteName.value(row.value(QStringLiteral("site_id")).toString()), *type);
    }
    std::sort(storeList.begin(), storeList.end(), [](const Store& a, const Store& b) { return a.code < b.code; });
    for (const Store& store : storeList)
        topology.putStore(store);
    return topology;
}

} // namespace syncsites
