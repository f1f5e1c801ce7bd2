#pragma once

#include "SyncType.h"

#include <QString>

namespace syncsites {

/// One consequence of an edit of sync types, for one store on one site.
struct VisibilityAction
{
    enum class Kind
    {
        Backfill, ///< the site gains the store's data: send it the whole history, not just newer changes
        Purge,    ///< the site loses the store's data (keeping transfer records naming its Active stores)
        HandOver, ///< the store's home moves from `fromSite` to `site`; `fromSite`'s unpushed changes are rejected
    };

    Kind kind = Kind::Backfill;
    QString store;
    QString site;     ///< the site the action happens on (HandOver: the new home)
    QString fromSite; ///< HandOver only: the old home
    SyncType before = SyncType::None;
    SyncType after = SyncType::None;

    bool operator==(const VisibilityAction& o) const
    {
        return kind == o.kind && store == o.store && site == o.site && fromSite == o.fromSite && before == o.before &&
               after == o.after;
    }
};

} // namespace syncsites
