#include "StoresBySite.h"

#include <algorithm>

namespace syncsites::ui {

namespace {

int rank(SyncType type)
{
    switch (type) {
    case SyncType::Active:
        return 0;
    case SyncType::Collector:
        return 1;
    case SyncType::Transfer:
        return 2;
    case SyncType::None:
        break;
    }
    return 3;
}

} // namespace

void StoresBySite::sort(QVector<StoreOnSite>& stores)
{
    std::sort(stores.begin(), stores.end(), [](const StoreOnSite& a, const StoreOnSite& b) {
        return rank(a.type) != rank(b.type) ? rank(a.type) < rank(b.type) : a.code < b.code;
    });
}

QHash<QString, QVector<StoreOnSite>> StoresBySite::compute(const Topology& topology)
{
    QHash<QString, QVector<StoreOnSite>> result;
    const Site* central = topology.central();
    for (const Store& store : topology.stores()) {
        auto add = [&](const QString& site) {
            const SyncType type = topology.syncType(store.code, site);
            if (type != SyncType::None)
                result[site].append({store.code, store.name, type});
        };
        add(store.home);
        for (auto it = store.visibility.constBegin(); it != store.visibility.constEnd(); ++it) {
            if (it.key() != store.home && (!central || it.key() != central->name))
                add(it.key());
        }
        if (central && central->name != store.home)
            add(central->name);
    }
    for (auto it = result.begin(); it != result.end(); ++it)
        sort(it.value());
    return result;
}

QVector<StoreOnSite> StoresBySite::of(const Topology& topology, const QString& site)
{
    QVector<StoreOnSite> stores;
    for (const Store& store : topology.stores()) {
        const SyncType type = topology.syncType(store.code, site);
        if (type != SyncType::None)
            stores.append({store.code, store.name, type});
    }
    sort(stores);
    return stores;
}

} // namespace syncsites::ui
