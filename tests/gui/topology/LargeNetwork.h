#pragma once

// A generated network of the size the topology page must stay smooth with: 1,000 sites of every kind and
// 10,000 stores, with Collector copies on the servers and Transfer partners between neighbours.

#include "Topology.h"

#include <QString>

namespace syncsites::test {

inline Topology largeNetwork(int siteCount = 1000, int storeCount = 10000)
{
    Topology topology;
    const QString central = QStringLiteral("Central");
    const QString coldHub = QStringLiteral("Cold Hub");
    auto add = [&](const QString& name, SiteKind kind, const QString& server = QString()) {
        Site site;
        site.name = name;
        site.kind = kind;
        const SiteKindInfo& info = siteKindInfo(kind);
        if (info.upstream.contains(Category::Core))
            site.links.insert(Category::Core, central);
        if (info.upstream.contains(Category::Oms))
            site.links.insert(Category::Oms, coldHub);
        site.server = server;
        topology.putSite(site);
    };
    add(central, SiteKind::MsupplyCentral);
    add(coldHub, SiteKind::OmsCentral);
    const int servers = 30;
    const int clients = 68;
    for (int i = 0; i < servers; ++i)
        add(QStringLiteral("Server %1").arg(i, 2, 10, QLatin1Char('0')),
            i % 2 ? SiteKind::OmsRemote : SiteKind::MsupplyRemote);
    const SiteKind siteKinds[] = {SiteKind::MsupplySingleUser, SiteKind::MsupplyMobile, SiteKind::OmsStandalone,
                                  SiteKind::OmsAndroid};
    const int dataSites = siteCount - 2 - servers - clients;
    for (int i = 0; i < dataSites; ++i)
        add(QStringLiteral("Site %1").arg(i, 3, 10, QLatin1Char('0')), siteKinds[i % 4]);
    for (int i = 0; i < clients; ++i) {
        const int server = i % servers;
        const bool oms = server % 2 == 1;
        add(QStringLiteral("Client %1").arg(i, 2, 10, QLatin1Char('0')),
            oms ? SiteKind::OmsDesktop : SiteKind::MsupplyClient,
            i == 0 ? central : QStringLiteral("Server %1").arg(server, 2, 10, QLatin1Char('0')));
    }

    // Stores go round the data-holding sites; each site's stores are collected by its server, and each store is a
    // transfer partner on the next site.
    QStringList holders;
    for (const Site& site : topology.sites()) {
        if (site.holdsData())
            holders.append(site.name);
    }
    for (int i = 0; i < storeCount; ++i) {
        const int h = i % int(holders.size());
        Store store;
        store.code = QStringLiteral("S%1").arg(i, 5, 10, QLatin1Char('0'));
        store.name = QStringLiteral("Store %1").arg(i);
        store.home = holders[h];
        if (store.home.startsWith(QLatin1String("Site "))) {
            const int site = store.home.mid(5).toInt();
            store.visibility.insert(QStringLiteral("Server %1").arg(site % servers, 2, 10, QLatin1Char('0')),
                                    SyncType::Collector);
        }
        const QString next = holders[(h + 1) % holders.size()];
        if (next != store.home && next != central)
            store.visibility.insert(next, SyncType::Transfer);
        topology.putStore(store);
    }
    return topology;
}

} // namespace syncsites::test
