#include "Topology.h"

namespace syncsites {

void Topology::putSite(const Site& site)
{
    const auto it = m_siteIndex.constFind(site.name);
    if (it != m_siteIndex.constEnd()) {
        m_sites[*it] = site;
        return;
    }
    m_siteIndex.insert(site.name, int(m_sites.size()));
    m_sites.append(site);
}

void Topology::putStore(const Store& store)
{
    const auto it = m_storeIndex.constFind(store.code);
    if (it != m_storeIndex.constEnd()) {
        m_stores[*it] = store;
        return;
    }
    m_storeIndex.insert(store.code, int(m_stores.size()));
    m_stores.append(store);
}

bool Topology::removeSite(const QString& name)
{
    const auto it = m_siteIndex.constFind(name);
    if (it == m_siteIndex.constEnd())
        return false;
    m_sites.removeAt(*it);
    reindex();
    return true;
}

bool Topology::removeStore(const QString& code)
{
    const auto it = m_storeIndex.constFind(code);
    if (it == m_storeIndex.constEnd())
        return false;
    m_stores.removeAt(*it);
    reindex();
    return true;
}

void Topology::reindex()
{
    m_siteIndex.clear();
    m_storeIndex.clear();
    for (int i = 0; i < m_sites.size(); ++i)
        m_siteIndex.insert(m_sites[i].name, i);
    for (int i = 0; i < m_stores.size(); ++i)
        m_storeIndex.insert(m_stores[i].code, i);
}

const Site* Topology::site(const QString& name) const
{
    const auto it = m_siteIndex.constFind(name);
    return it == m_siteIndex.constEnd() ? nullptr : &m_sites[*it];
}

const Store* Topology::store(const QString& code) const
{
    const auto it = m_storeIndex.constFind(code);
    return it == m_storeIndex.constEnd() ? nullptr : &m_stores[*it];
}

const Site* Topology::central() const
{
    for (const Site& s : m_sites) {
        if (s.kind == SiteKind::MsupplyCentral)
            return &s;
    }
    return nullptr;
}

QString Topology::hubFor(const QString& siteName, Category category) const
{
    const Site* s = site(siteName);
    if (!s)
        return {};
    if (s->info().hubOf == category)
        return s->name;
    return s->links.value(category);
}

SyncType Topology::syncType(const QString& storeCode, const QString& siteName) const
{
    const Store* st = store(storeCode);
    if (!st)
        return SyncType::None;
    if (st->home == siteName)
        return SyncType::Active;
    const auto it = st->visibility.constFind(siteName);
    if (it != st->visibility.constEnd())
        return *it;
    const Site* s = site(siteName);
    if (s && s->kind == SiteKind::MsupplyCentral)
        return SyncType::Collector;
    return SyncType::None;
}

bool Topology::setSyncType(const QString& storeCode, const QString& siteName, SyncType type)
{
    const auto it = m_storeIndex.constFind(storeCode);
    if (it == m_storeIndex.constEnd())
        return false;
    Store& st = m_stores[*it];
    if (type == SyncType::Active) {
        if (st.home == siteName)
            return true;
        // The old home keeps a read-only copy unless the administrator says otherwise.
        const Site* oldHome = site(st.home);
        if (oldHome && oldHome->kind != SiteKind::MsupplyCentral)
            st.visibility.insert(st.home, SyncType::Collector);
        st.home = siteName;
        st.visibility.remove(siteName);
        return true;
    }
    if (st.home == siteName)
        return true; // the home stays Active until another site becomes Active
    const Site* target = site(siteName);
    const bool impliedCollector = target && target->kind == SiteKind::MsupplyCentral && type == SyncType::Collector;
    if (type == SyncType::None || impliedCollector)
        st.visibility.remove(siteName);
    else
        st.visibility.insert(siteName, type);
    return true;
}

QStringList Topology::activeStores(const QString& siteName) const
{
    QStringList codes;
    for (const Store& st : m_stores) {
        if (st.home == siteName)
            codes.append(st.code);
    }
    return codes;
}

} // namespace syncsites
