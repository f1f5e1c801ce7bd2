#pragma once

#include "Site.h"
#include "Store.h"

#include <QHash>
#include <QStringList>
#include <QVector>

namespace syncsites {

/// The network: sites, their links and attachments, stores and their sync types per site.
///
/// A plain value (copyable, no I/O). It may hold a topology that breaks the rules: TopologyValidator says
/// which. Lookups by name and code are O(1).
class Topology
{
public:
    const QVector<Site>& sites() const { return m_sites; }
    const QVector<Store>& stores() const { return m_stores; }

    /// Adds or replaces (by name / code).
    void putSite(const Site& site);
    void putStore(const Store& store);
    bool removeSite(const QString& name);
    bool removeStore(const QString& code);

    const Site* site(const QString& name) const;
    const Store* store(const QString& code) const;

    /// The msupply_central, or nullptr when there is none (or the first of several).
    const Site* central() const;

    /// The site that is the hub of a category for `siteName`: the target of its link, or itself if it is
    /// that category's hub. Empty when it does not carry the category.
    QString hubFor(const QString& siteName, Category category) const;

    /// The store's effective type on a site: Active on its home, the explicit entry, Collector on the
    /// msupply_central, otherwise None.
    SyncType syncType(const QString& storeCode, const QString& siteName) const;

    /// Sets the explicit type of a store on a non-home site (None removes the entry). Active moves the home.
    /// Returns false for an unknown store.
    bool setSyncType(const QString& storeCode, const QString& siteName, SyncType type);

    /// The codes of the stores Active on a site.
    QStringList activeStores(const QString& siteName) const;

    bool operator==(const Topology& other) const { return m_sites == other.m_sites && m_stores == other.m_stores; }
    bool operator!=(const Topology& other) const { return !(*this == other); }

private:
    void reindex();

    QVector<Site> m_sites;
    QVector<Store> m_stores;
    QHash<QString, int> m_siteIndex;
    QHash<QString, int> m_storeIndex;
};

} // namespace syncsites
