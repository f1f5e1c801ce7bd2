#include "HubState.h"

#include "Database.h"
#include "SettingTable.h"
#include "StableId.h"
#include "TopologyRepository.h"

namespace syncsites {

HubState::HubState(Database& database, HubConfig config, std::shared_ptr<Metrics> metrics)
    : m_database(database), m_config(std::move(config)),
      m_metrics(metrics ? std::move(metrics) : std::make_shared<Metrics>()), m_hasher(m_config.passwordCost),
      m_topology(std::make_shared<TopologySnapshot>())
{}

Status HubState::reloadTopology()
{
    Result<Topology> loaded = TopologyRepository(m_database).load();
    if (!loaded)
        return loaded.error();
    auto snapshot = std::make_shared<TopologySnapshot>();
    snapshot->topology = std::move(loaded).value();
    for (const Store& store : snapshot->topology.stores())
        snapshot->storeCodeById.insert(StableId::store(store.code), store.code);
    for (const Site& site : snapshot->topology.sites())
        snapshot->siteNameById.insert(StableId::site(site.name), site.name);

    Result<std::optional<QString>> name = SettingTable(m_database).siteName();
    Result<QString> serverId = SettingTable(m_database).installationId();
    if (!serverId)
        return serverId.error();
    QMutexLocker locker(&m_mutex);
    m_serverId = *serverId;
    m_topology = std::move(snapshot);
    if (name && name->has_value())
        m_hubSiteName = **name;
    else if (const Site* central = m_topology->topology.central())
        m_hubSiteName = central->name;
    return {};
}

std::shared_ptr<const TopologySnapshot> HubState::topology() const
{
    QMutexLocker locker(&m_mutex);
    return m_topology;
}

void HubState::setPublicUrl(const QString& url)
{
    QMutexLocker locker(&m_mutex);
    m_publicUrl = url;
}

QString HubState::publicUrl() const
{
    QMutexLocker locker(&m_mutex);
    return m_publicUrl.isEmpty() ? m_config.publicUrl : m_publicUrl;
}

QString HubState::serverId() const
{
    QMutexLocker lock(&m_mutex);
    return m_serverId;
}

QString HubState::hubSiteName() const
{
    QMutexLocker locker(&m_mutex);
    return m_hubSiteName;
}

qint64 HubState::remaining(const QString& token, const QString& stream, const std::function<qint64()>& count,
                           qint64 sentNow, bool reachedEnd)
{
    const QString key = QString::fromLatin1(TokenStore::digest(token).toHex()) + QLatin1Char('/') + stream;
    {
        QMutexLocker locker(&m_mutex);
        const auto it = m_remaining.find(key);
        if (reachedEnd) {
            // Forgotten at the end: a later pull of the same stream in this session counts afresh (rows made since).
            if (it != m_remaining.end())
                m_remaining.erase(it);
            return 0;
        }
        if (it != m_remaining.end()) {
            *it = std::max<qint64>(0, *it - sentNow);
            return *it;
        }
    }
    // First pull of this stream in the session: count once, outside the lock (it reads the database).
    const qint64 total = std::max<qint64>(0, count());
    QMutexLocker locker(&m_mutex);
    if (m_remaining.size() > 10000)
        m_remaining.clear(); // sessions come and go; an estimate lost is recomputed on the next pull
    m_remaining.insert(key, total);
    return total;
}

} // namespace syncsites
