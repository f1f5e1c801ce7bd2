#include "Routing.h"

namespace syncsites {

namespace {

// A user works at `siteName` when it is one of their sites, or the server of a client site of theirs: a client
// holds no data, and its users sign in on the server it is attached to.
bool worksAt(const Topology& topology, const QStringList& userSites, const QString& siteName)
{
    for (const QString& name : userSites) {
        if (name == siteName)
            return true;
        const Site* s = topology.site(name);
        if (s && s->isClient() && s->server == siteName)
            return true;
    }
    return false;
}

} // namespace

RouteReason Routing::route(const Topology& topology, const RecordRef& record, const PullContext& pull)
{
    const Site* site = topology.site(pull.site);
    const Category category = record.table->category;
    // An oms_central on a server of its own takes the whole oms history over from here.
    if (site && site->takesHistoryOf() == category)
        return RouteReason::Sent;
    // Only sites that pull this category from a hub receive it (the hub itself and clients pull nothing).
    if (!site || !site->syncLinks().contains(category))
        return RouteReason::NotLinked;

    const bool backfilling = !record.store.isEmpty() && pull.backfillStores.contains(record.store);
    if (record.sourceSite == pull.site && !pull.initialising && !backfilling)
        return RouteReason::EchoSuppressed;

    switch (record.table->scope) {
    case TableScope::Central:
        return RouteReason::Sent;
    case TableScope::CentralSecret: {
        // An oms_central checks the handshakes of the sites that sync oms with it: it gets their hashes, and no
        // other (not its own: it signs in to the central, it is not signed in to). A delete goes to it whatever
        // the site was, as the hub can no longer tell.
        if (site->kind != SiteKind::OmsCentral)
            return RouteReason::HubOnly;
        if (record.deleted)
            return RouteReason::Sent;
        const Site* owner = topology.site(record.credentialSite);
        const bool syncsHere =
            owner && owner->name != pull.site && owner->syncLinks().value(Category::Oms) == pull.site;
        return syncsHere ? RouteReason::Sent : RouteReason::HubOnly;
    }
    case TableScope::UserAccount:
        // Once an account or a user's link to a site is deleted, the hub can no longer tell which sites held
        // it: the delete goes to every linked site. Deleting what a site does not hold changes nothing, and a
        // site drops an account left with no link to itself, so a removed user cannot sign in there offline.
        if (record.deleted)
            return RouteReason::Sent;
        return worksAt(topology, record.userSites, pull.site) ? RouteReason::Sent : RouteReason::NotUsersSite;
    case TableScope::Store:
    case TableScope::StoreChild:
        break;
    }

    if (holdsStoreData(topology.syncType(record.store, pull.site)))
        return RouteReason::Sent;
    if (record.table->transfer && !record.partnerStore.isEmpty() &&
        topology.syncType(record.partnerStore, pull.site) == SyncType::Active)
        return RouteReason::Sent;
    return RouteReason::StoreNotVisible;
}

} // namespace syncsites
