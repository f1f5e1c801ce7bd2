#include "VisibilityPlanner.h"

namespace syncsites {

QVector<VisibilityAction> VisibilityPlanner::plan(const Topology& before, const Topology& after)
{
    using Kind = VisibilityAction::Kind;
    QVector<VisibilityAction> actions;
    for (const Store& store : after.stores()) {
        const Store* old = before.store(store.code);
        // A new store has no history yet: its records flow as ordinary changes, nobody needs a backfill.
        if (!old)
            continue;
        if (!old->home.isEmpty() && old->home != store.home)
            actions.append({Kind::HandOver, store.code, store.home, old->home, SyncType::Active, SyncType::Active});

        for (const Site& site : after.sites()) {
            if (!site.holdsData())
                continue;
            const SyncType was = before.syncType(store.code, site.name);
            const SyncType now = after.syncType(store.code, site.name);
            if (was == now)
                continue;
            if (holdsStoreData(now) && !holdsStoreData(was))
                actions.append({Kind::Backfill, store.code, site.name, QString(), was, now});
            else if (holdsStoreData(was) && !holdsStoreData(now))
                actions.append({Kind::Purge, store.code, site.name, QString(), was, now});
        }
    }
    // A store that disappears is purged wherever its data was held.
    for (const Store& old : before.stores()) {
        if (after.store(old.code))
            continue;
        for (const Site& site : before.sites()) {
            const SyncType was = before.syncType(old.code, site.name);
            if (site.holdsData() && holdsStoreData(was))
                actions.append({Kind::Purge, old.code, site.name, QString(), was, SyncType::None});
        }
    }
    return actions;
}

} // namespace syncsites
